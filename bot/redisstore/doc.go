// Package redisstore keeps faqbot's sessions and conversation logs in Redis (go-redis/v9): the
// production bot.Store, shared by every replica.
//
// # Keys
//
// Every key of one conversation carries the conversation id as a Redis Cluster hash tag, so they all
// live in one slot: a conversation's writes run as one atomic script on one node. With the default
// prefix "faqbot" and conversation id C:
//
//	faqbot:{C}:sess   string  the bot.Session as JSON; expires after Options.SessionTTL without a commit
//	faqbot:{C}:log    stream  the conversation log: one stream entry per bot.Entry, field "e" holding the
//	                          entry's JSON (its ID, At, reply, sources… all kept), "c" the commit id on a
//	                          commit's first entry, "m" the message id on the entry that answered it;
//	                          stream ids are Redis's write times, At is when the message happened. Never
//	                          expires (retention deletes whole conversations), but holds at most
//	                          Options.MaxEntries entries and MaxBytes of JSON: commit.lua trims the oldest
//	faqbot:{C}:ans    hash    message id -> JSON of the entry that answered it, so a resent message
//	                          gets the same reply; an id is forgotten when its entry is trimmed from the
//	                          log (or, with a positive Options.AnswerTTL, that long after the last answer)
//	faqbot:{C}:meta   hash    what the staff console lists without reading the log:
//	                            channel, patient (channel address; masked only when shown),
//	                            started, last   (fixed-width UTC RFC 3339, see timeFormat),
//	                            turns           (patient messages),
//	                            kind:<kind>     (bot replies of each kind: kind:answer, kind:fallback, …),
//	                            reviewed        ("1" once staff reviewed it; written by the console),
//	                            held_until      (staff takeover end; absent when the bot is in charge),
//	                            bytes           (the log's entry JSON, for the MaxBytes cap)
//	faqbot:{C}:seen   set     ids of the commits applied (each commit's first entry id), so a commit
//	                          retried after a lost reply is applied once; trimmed with the log, as ans
//	faqbot:{C}:wamsg  hash    WhatsApp message id we sent -> id of the entry it carried (whatsapp.go)
//	faqbot:{C}:wast   hash    entry id -> WhatsApp delivery status ("read", "failed:131047"); History
//	                          merges it into the entries' Status and StatusCode
//	faqbot:{C}:live   zset    replicas holding a WebSocket of the conversation -> until (unix ms), for
//	                          the console's "live" across replicas (pubsub.go, transport/relay); expires
//	                          when no replica refreshes it
//	faqbot:{C}:moving hash    C's keys on their way to another id (MoveConversation, move.go); gone
//	                          once they are there
//	faqbot:{C}:from   string  the id C's conversation was moved from; expires after a day
//
// Indexes for the staff console share one hash tag of their own, {convs}, so the console can
// combine them (ZINTER, ZUNION) even in a cluster:
//
//	faqbot:{convs}               zset  conversation id by last activity (unix ms)
//	faqbot:{convs}:ch:<channel>  zset  the same, per channel (web, whatsapp)
//	faqbot:{convs}:kind:<kind>   zset  conversations with a bot reply of that kind, by the last one
//	faqbot:claim:<key>           string  Claim's marker (WhatsApp delivery dedupe across replicas)
//	faqbot:{q:<name>:<shard>}    stream  Queue: webhook deliveries between their 200 and their answer (queue.go)
//	faqbot:secret:<name>         string  Secret: a server secret shared by the replicas (rekey.go)
//	faqbot:day:<day>:<key>       string  CountDay's count of one key (a hashed client address) on one
//	                                     UTC day; expires an hour after the day ends (days.go)
//	faqbot:{rekey:<name>}:…      Rekey's lock, progress and done mark (rekey.go)
//
// Replicas talk over two pub/sub channels with the same hash tag (pubsub.go): faqbot:{convs}:ch:staff
// and faqbot:{convs}:ch:events. On a cluster they are shard channels (SPUBLISH, SSUBSCRIBE), so a
// message goes to the node owning that slot only, and one connection subscribes to both.
//
// A conversation that only has a session (a widget opened, nothing asked) has no log, meta or index
// entry: the console lists conversations, not page views.
//
// # Round trips
//
// Begin is one pipeline (GET sess, HGET ans <msg id>, HGET meta held_until). Commit is one pipeline:
// EVALSHA of commit.lua over the conversation's keys (session, log, answer, meta, applied-once
// check, all atomic in the conversation's slot) plus ZADD GT of the indexes. CommitBatch sends many
// commits' scripts and ZADDs in one pipeline (the write buffer's batches). go-redis's ClusterClient
// splits a pipeline per node and sends the parts in parallel. After Redis loses its script cache (a
// restart), the first write costs one more round trip (EVAL, which caches the script again).
//
// A web message costs one round trip, and none before its answer: the WebSocket connection holds
// the session (bot.Live), and the write buffer sends the commit behind the answer. Begin is read
// when a session resumes, for a resent message id, and after a staff hold changed.
//
// # Outages
//
// Store itself does not retry beyond go-redis's own few attempts: wrap it in bot.BufferedStore with
// Retryable (this package's classification of Redis errors) so commits wait in memory while Redis
// is down and are written, in order and once each, when it is back. Stores refuse input they can
// never write with errors wrapping bot.ErrInvalid.
//
// # Cluster
//
// Open takes redis+cluster://host:port,host:port… (rediss+cluster:// for TLS) for a Redis Cluster
// (open_cluster.go); everything above works unchanged on it, the hash tags keeping each
// conversation's keys, and the console's indexes, in one slot each.
//
// # Without a Redis
//
// OpenInProcess starts an in-process Redis (miniredis) and talks to it through go-redis exactly as
// to a real one: `faqbot serve` uses it when REDIS_URL is unset, and nothing persists.
package redisstore
