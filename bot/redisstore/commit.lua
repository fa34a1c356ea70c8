-- Commit: one conversation's writes, atomic and applied once.
-- KEYS: 1 sess, 2 log, 3 ans, 4 meta, 5 seen (all share the conversation's hash tag)
-- ARGV: 1 session JSON, 2 session TTL (ms), 3 answer TTL (ms), 4 message id or '',
--       5 unused (''), 6 channel, 7 patient or '', 8 started, 9 last,
--       10 commit id or '', then one (from, kind, entry JSON) triple per entry, in order.
-- With a message id, the last entry is what the message got (the answer, or the patient's own
-- message while staff hold the conversation): it is remembered for a resend.
-- Returns 1 when applied, 0 when this commit id was applied before (a retry after a lost reply) or
-- the message id was answered by another commit (two connections answering one message).
local answer = ''
if ARGV[4] ~= '' and #ARGV > 10 then
  answer = ARGV[#ARGV]
end
if answer ~= '' and redis.call('HEXISTS', KEYS[3], ARGV[4]) == 1 then
  return 0
end
if ARGV[10] ~= '' then
  if redis.call('SADD', KEYS[5], ARGV[10]) == 0 then
    return 0
  end
  redis.call('PEXPIRE', KEYS[5], ARGV[3])
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if #ARGV <= 10 then
  return 1
end
local turns = 0
for i = 11, #ARGV, 3 do
  redis.call('XADD', KEYS[2], '*', 'e', ARGV[i + 2])
  if ARGV[i] == 'patient' then
    turns = turns + 1
  end
  if ARGV[i + 1] ~= '' then
    redis.call('HINCRBY', KEYS[4], 'kind:' .. ARGV[i + 1], 1)
  end
end
if answer ~= '' then
  redis.call('HSET', KEYS[3], ARGV[4], answer)
  redis.call('PEXPIRE', KEYS[3], ARGV[3])
end
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
