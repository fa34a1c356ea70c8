// Package relay makes several `faqbot serve` replicas on one Redis (or one Redis Cluster) behave as
// one for what lives in a process rather than in Redis: a patient's WebSocket, and the staff
// console's live updates. Sessions and logs need nothing: they are in Redis already.
//
// A Relay wraps this replica's ws.Hub. It is a ws.Deliverer, so the staff console reaches web
// patients through it without knowing where they are connected, and its Bus is a staff.Bus.
//
// # Two channels, every replica on both
//
//   - "staff": a staff message for a web patient ({"r":replica,"conv","id","text","from"}). Deliver
//     hands it to this replica's hub and publishes it; every other replica hands it to its own.
//   - "events": the console's notifications ({"r":replica,"events":[{"type","conv"}…]}). Bus.Publish
//     tells this replica's consoles at once and queues the event; one goroutine publishes what is
//     queued, the events of a few milliseconds in one message, each once, so bot.Service never
//     waits for Redis on their account and a busy clinic costs a few hundred PUBLISHes a second at most.
//
// One channel each with the conversation id in the payload, rather than a channel per conversation:
// staff messages are few (people typing), so sending each to every replica costs nothing, while a
// channel per conversation would cost a SUBSCRIBE and an UNSUBSCRIBE per patient connection (and a
// storm of them when a deploy moves every widget to the other replicas), plus, on a cluster, a
// subscriber connection per master and re-subscription whenever slots move. Events are many (one
// per patient message) but tiny and batched. A replica ignores its own messages ("r").
// On a cluster both channels are shard channels (SPUBLISH) in one slot (see bot/redisstore), so a
// message goes to one node instead of over the cluster bus to all, and one connection hears both.
//
// Redis pub/sub delivers at most once: while a replica's subscription is down, messages are lost.
// The relay makes that harmless: when the subscription comes back it tells this replica's consoles
// to re-read everything (a "resync" event), and a staff message that missed its patient's socket is
// still in the conversation log, shown when the widget reconnects. Events that could not be
// published (Redis down, queue full) are followed by a resync for the other replicas' consoles.
//
// # Presence
//
// Live must be true when the patient is connected to any replica. The hub tells the relay when a
// conversation gains its first or loses its last connection here; a goroutine writes that to
// Redis (bot/redisstore SetPresence: a zset per conversation, replica -> until, in the
// conversation's slot), and refreshes every conversation held here each PresenceTTL/3, so the
// presence of a replica that died without cleaning up expires after PresenceTTL. Live asks the hub
// first and Redis only when the patient is not here.
package relay
