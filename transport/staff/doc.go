// Package staff is the staff console's server side: accounts, sign-in, the JSON API of
// CONTRACTS.md §6 under /api/staff/, live updates, the audit trail and retention. The page itself
// is web/staffui; the Redis side (sessions, throttle counters, audit stream, conversation scans,
// erasure) is bot/redisstore.
//
// # Access
//
// Accounts are the lines of FAQBOT_STAFF_FILE ("name:bcrypt-hash", htpasswd -B), re-read whenever
// the file changes (one stat per use). Signing in (POST /api/staff/login) checks the password with
// bcrypt; an unknown name is checked against a dummy hash so it takes as long as a wrong password.
// Each attempt is counted in Redis before its password is checked, in one atomic step with the
// check of three limits over a window: per name from one client address, per address, and (higher)
// per name from every address, so guessing from one place cannot lock a colleague out elsewhere.
// Past a limit the answer is 429 without checking; parallel attempts cannot slip past it. A
// success gives its attempt back. The client address is the TCP peer, or the address a trusted
// proxy (FAQBOT_TRUSTED_PROXIES) names in X-Forwarded-For. At most Config.PasswordChecks bcrypt
// comparisons run at once (half the cores), so sign-ins cannot starve patients; one that finds no
// turn within two seconds is answered 503 with Retry-After. A success creates a session: 128 random bits in an
// HttpOnly, SameSite=Strict cookie (Secure, and named with the __Host- prefix, unless
// FAQBOT_INSECURE_COOKIES=1); Redis keeps only the SHA-256 of the id, mapped to the staff name, with
// an expiry. Every API route except login and logout goes through one check (session exists, its
// account still exists in the file): the route table is the only way routes are registered, and a
// catch-all under /api/staff/ answers 401 too, so a new route cannot be left open. Removing an
// account ends its sessions at once. State-changing requests from another origin are refused by
// http.CrossOriginProtection (Sec-Fetch-Site / Origin checks), the SameSite cookie being the
// second line. The export, though a GET, hands out every conversation, so it also needs
// Sec-Fetch-Site same-origin (the console's link) or none (a typed address), or, from a script, the
// header X-Faqbot-Staff: a link or image on another site cannot trigger one.
//
// # Live updates
//
// The console listens to GET /api/staff/events (server-sent events). Events are small
// notifications ({"type":"entry","conv":"…"}), never conversation text: the console re-reads
// what it shows through the API, so an event cannot leak anything and a missed one costs only a
// refresh. A stream re-checks its session every 300 ms and ends within a second of a sign-out,
// expiry or account removal, on whichever replica that happened. They come from a Bus. New log entries are written by bot.Service through the Store, so
// NotifyStore wraps that bot.Store and publishes after each Commit that added entries; the console's
// own writes (reviews, staff replies, erasures) publish directly. MemBus serves one process; with
// several replicas, transport/relay's Bus (Redis pub/sub) takes its place without changing either side.
//
// # Takeover
//
// A staff reply puts a hold on the conversation (bot.Turn.HeldUntil, default 30 minutes from the
// last staff message) during which bot.Service logs patient messages without answering; it is
// delivered through the conversation's channel (the patient's WebSocket, or a WhatsApp text) and
// logged as a staff entry. Release lifts the hold.
//
// # Retention and privacy
//
// A Sweeper erases conversations whose last activity is older than the retention period
// (FAQBOT_RETENTION, default 90 days), each erasure audited as done by "retention", and trims audit
// records older than the retention. The audit trail holds no conversation content (who did what to
// which id, when; a review's note stays with the conversation), so erasing a conversation, on
// request or by retention, leaves nothing of its text anywhere; notes earlier versions put in the
// trail are purged once by the sweeper. Patient addresses are masked in every API answer and
// export; nothing here logs message text.
package staff
