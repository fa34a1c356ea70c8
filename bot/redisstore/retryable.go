package redisstore

import (
	"errors"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/faqbot/faqbot/bot"
)

// transient are the prefixes of Redis error replies that mean "not now" rather than "never":
// loading a dataset after a restart, a busy script, a cluster resharding or failing over, memory
// full. Retrying a commit that got one can succeed.
var transient = []string{"LOADING", "BUSY", "TRYAGAIN", "CLUSTERDOWN", "MASTERDOWN", "READONLY",
	"NOREPLICAS", "OOM", "MOVED", "ASK", "NOSCRIPT", "ERR max number of clients"}

// Retryable is bot.BufferOptions.Retryable for this store: true when Redis could not be reached or
// answered "not now", false for failures a retry would meet again (bad input, a wrong key type, a
// closed client).
func Retryable(err error) bool {
	if !bot.DefaultRetryable(err) || errors.Is(err, redis.Nil) ||
		errors.Is(err, redis.ErrClosed) {
		return false
	}
	var reply redis.Error
	if errors.As(err, &reply) {
		msg := reply.Error()
		for _, p := range transient {
			if strings.HasPrefix(msg, p) {
				return true
			}
		}
		return false
	}
	return true // the network: refused, reset, timed out
}
