-- Commit: one conversation's writes, atomic and applied once.
-- KEYS: 1 sess, 2 log, 3 ans, 4 meta, 5 seen (all share the conversation's hash tag)
-- ARGV: 1 session JSON, 2 session TTL (ms), 3 answer TTL (ms; 0: as long as the log keeps the entry),
--       4 message id or '', 5 unused (''), 6 channel, 7 patient or '', 8 started, 9 last,
--       10 commit id or '', 11 most log entries kept (0: no cap), 12 most log bytes kept (0: no cap),
--       then one (from, kind, entry JSON) triple per entry, in order.
-- With a message id, the last entry is what the message got (the answer, or the patient's own
-- message while staff hold the conversation): it is remembered for a resend, as long as the log
-- keeps that entry. The log's stream entries carry, beside the entry JSON "e", the commit id "c" (on
-- a commit's first entry) and the message id "m" (on the entry that answered it), so trimming the
-- oldest entries forgets their answer and applied-once marker with them.
-- Returns 1 when applied, 0 when this commit id was applied before (a retry after a lost reply) or
-- the message id was answered by another commit (two connections answering one message).
local first = 13
local answer = ''
if ARGV[4] ~= '' and #ARGV >= first then
  answer = ARGV[#ARGV]
end
if answer ~= '' and redis.call('HEXISTS', KEYS[3], ARGV[4]) == 1 then
  return 0
end
local ttl = tonumber(ARGV[3])
if ARGV[10] ~= '' then
  if redis.call('SADD', KEYS[5], ARGV[10]) == 0 then
    return 0
  end
  if ttl > 0 then
    redis.call('PEXPIRE', KEYS[5], ttl)
  else
    redis.call('PERSIST', KEYS[5])
  end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if #ARGV < first then
  return 1
end
local turns = 0
local added = 0
local bytes = 0
for i = first, #ARGV, 3 do
  local fields = {'e', ARGV[i + 2]}
  if i == first and ARGV[10] ~= '' then
    table.insert(fields, 'c')
    table.insert(fields, ARGV[10])
  end
  if i + 3 > #ARGV and answer ~= '' then
    table.insert(fields, 'm')
    table.insert(fields, ARGV[4])
  end
  redis.call('XADD', KEYS[2], '*', unpack(fields))
  added = added + 1
  bytes = bytes + #ARGV[i + 2]
  if ARGV[i] == 'patient' then
    turns = turns + 1
  end
  if ARGV[i + 1] ~= '' then
    redis.call('HINCRBY', KEYS[4], 'kind:' .. ARGV[i + 1], 1)
  end
end
if answer ~= '' then
  redis.call('HSET', KEYS[3], ARGV[4], answer)
  if ttl > 0 then
    redis.call('PEXPIRE', KEYS[3], ttl)
  else
    redis.call('PERSIST', KEYS[3])
  end
end
-- Trim the oldest entries past either cap, never those just added. "bytes" in meta is the size of
-- the entries' JSON the log holds (logs written before it was kept count from their next commit).
local maxEntries, maxBytes = tonumber(ARGV[11]), tonumber(ARGV[12])
local size = redis.call('HINCRBY', KEYS[4], 'bytes', bytes)
local n = redis.call('XLEN', KEYS[2])
local function over()
  return n > added and ((maxEntries > 0 and n > maxEntries) or (maxBytes > 0 and size > maxBytes))
end
while over() do
  -- As many as the entries cap needs (usually what was just added); one at a time for the bytes cap.
  local want = 1
  if maxEntries > 0 and n - maxEntries > want then
    want = math.min(n - maxEntries, 128)
  end
  local batch = redis.call('XRANGE', KEYS[2], '-', '+', 'COUNT', want)
  for _, item in ipairs(batch) do
    if not over() then
      break
    end
    local f = item[2]
    for j = 1, #f, 2 do
      if f[j] == 'e' then
        size = size - #f[j + 1]
      elseif f[j] == 'm' then
        redis.call('HDEL', KEYS[3], f[j + 1])
      elseif f[j] == 'c' then
        redis.call('SREM', KEYS[5], f[j + 1])
      end
    end
    redis.call('XDEL', KEYS[2], item[1])
    n = n - 1
  end
end
if size < 0 then
  size = 0
end
redis.call('HSET', KEYS[4], 'bytes', size)
redis.call('HSETNX', KEYS[4], 'started', ARGV[8])
redis.call('HSET', KEYS[4], 'channel', ARGV[6])
if ARGV[7] ~= '' then
  redis.call('HSET', KEYS[4], 'patient', ARGV[7])
end
-- Times are fixed-width UTC strings, so comparing them as strings compares the instants.
local last = redis.call('HGET', KEYS[4], 'last')
if not last or last < ARGV[9] then
  redis.call('HSET', KEYS[4], 'last', ARGV[9])
end
if turns > 0 then
  redis.call('HINCRBY', KEYS[4], 'turns', turns)
end
return 1
