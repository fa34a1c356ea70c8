// Package whatsapp connects the WhatsApp Cloud API (Meta) to bot.Service.
//
// Meta calls one webhook, /webhooks/whatsapp: a GET handshake when the app is set up, then POSTs
// carrying patients' messages and the delivery statuses of ours. A POST is trusted only when its
// X-Hub-Signature-256 is the HMAC-SHA256 of the exact bytes received under the app secret; it is
// checked before the body is parsed. Meta wants an answer within a few seconds and redelivers
// anything not answered 200, for days, so the handler only verifies, parses and queues, and
// answers at once; 503 when the queue is full, so Meta tries again later.
//
// A 200 is a promise: Meta will not send the delivery again. With a Queue (a Redis stream a
// shard, one consumer group for every replica) the delivery is in Redis before the 200; a reader
// a shard moves its items to the shard's worker and keeps them (Touch) until they are answered,
// their log entries written, and marked done. A replica killed meanwhile leaves them pending; once
// stale (15 s) the next reader of any replica takes them, and sends again an answer that was
// logged but maybe not sent: only messages in flight at the crash may be answered twice. When
// Redis cannot take a delivery it waits in memory, as without a Queue, and is lost if this
// replica dies before answering it (faqbot_whatsapp_memory_queued_total counts those).
//
// The queue is sharded by the patient's wa_id: one worker owns each shard, so one patient's
// messages are handled one after another, in timestamp order, while patients on other shards go on
// in parallel. A worker takes whatever is waiting for a patient as one batch: it marks the newest
// message read with the typing indicator, runs every message through bot.Service.Handle (the same
// engine, sessions and log as the web chat), then sends emergency replies first and on their own
// before any other reply of the batch.
//
// Deliveries are at least once, and two replicas may each receive a copy: every message id
// (wamid) is claimed atomically in Redis (Claimer) for eight days, longer than Meta retries, and
// only the claimant answers. Handle's own per-message memory is the second line.
//
// Replies go out through the Graph API (Client): long text is split at 4,096 characters on
// paragraph or line boundaries; suggestions become reply buttons when they fit (at most three,
// titles of at most 20 characters) and a list otherwise. Throughput errors (130429) and server
// errors are retried with capped backoff; permanent ones (131047: the 24-hour window has closed)
// are recorded on the conversation entry so staff see the failure; an expired token (190) is
// logged loudly and counted. Delivery statuses that Meta reports later are recorded against the
// entry that our message carried (StatusRecorder).
//
// Nothing here logs message text or the access token; phone numbers appear masked (MaskPhone),
// and Redis keys carry hashes, never numbers: conversation ids are keyed by a server secret (IDs),
// so an id cannot be traced back to a number by trying them all. The secret can be rotated
// (IDs.WithPrevious): a patient's conversation kept under a previous secret's id moves to the new
// id with their next message, before it is handled (Adopt, Mover).
package whatsapp
