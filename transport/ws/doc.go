// Package ws adapts the patient WebSocket of CONTRACTS.md §3 to bot.Service: GET /ws.
//
// # Connections
//
// Each connection has exactly one reader goroutine (readPump) and at most one writer at a time,
// joined by a small buffered send channel, as in gorilla/websocket's chat example. The reader
// decodes a frame, answers it through bot.Service (synchronously, so a patient's messages are
// answered in the order sent) and sends the reply: written at once by the answering goroutine when
// nothing else is being written, else queued. A writer goroutine (writePump) writes queued frames
// (staff messages, pings, typing) and runs only while frames wait: whoever queues one starts it
// (kick) and it ends when the queue is empty, so an idle connection has no writer goroutine. The
// reader has a frame answered by one of a few long-lived answerer goroutines and waits for it, so
// an idle connection's reader waits on a small stack rather than one grown by answering.
// Nothing ever blocks on another connection: a client whose queue stays full (it sends but does not
// read) is closed with 1013 (try again later) instead of slowing anyone.
// ServeHTTP returns right after the upgrade, so the HTTP server's goroutine and buffers are freed.
// An idle connection holds a 512-byte read buffer (write buffers are pooled, held only while a frame
// is written), no timer (one hub goroutine pings every connection in turn) and no context of its
// own: about 3.6 KB of heap and the reader's 4 KB stack (a blocked gorilla read needs more than the
// 2 KB a goroutine starts with), 7.5 KB in all (BenchmarkIdleConnections).
//
// The reader's own answers wait for room in the queue (so a client that sends fast is slowed to the
// pace it reads at), up to writeWait; staff messages never wait.
//
// # Protocol
//
// The client says hello (with its token, or none), gets welcome with the token and the history,
// then sends messages, each answered by a reply carrying the server's entry id and the client's
// message id (in_reply_to). A message id seen before is answered with the same reply and logged
// once: the connection remembers the ids it answered and those of its history (bot.Live), and
// asks the store for the earlier answer. Frames that are not the protocol get an error frame
// (bad_request, too_long, rate_limited, unavailable) carrying in_reply_to when the message had an
// id, and the connection stays open; binary frames close it with 1003, frames over the read limit
// with 1009. History entries carry, besides from/text/at/reply, the entry "id", "in_reply_to" (bot
// entries: the client message id answered) and "name" (staff entries).
//
// # Live conversations
//
// The Hub knows which conversations have a connection on this replica, so the staff console can
// push a staff message (Deliver) or ask whether a patient is connected (Live). Other replicas are
// reached by wrapping a Hub in a relay with the same methods (transport/relay, Redis pub/sub), which
// OnChange tells when a conversation gains its first connection here or loses its last. Hub.Shutdown closes
// every connection with 1001 (going away) so widgets reconnect to another replica, and waits.
//
// Logs name the conversation id, never the text of a message or the session token.
package ws
