package redisstore

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
)

// Open connects to the Redis of a redis:// or rediss:// URL (password, database number and TLS as
// the URL says, see redis.ParseURL), checks that it answers and returns a Store that owns the client:
// Close closes it. A redis+cluster:// or rediss+cluster:// URL names a Redis Cluster instead
// (open_cluster.go).
//
// The client dials once per command attempt instead of go-redis's default five: while Redis is down,
// a failing write should fail fast and leave retrying to the write buffer (bot.BufferedStore), so
// patients are not kept waiting for their answers.
func Open(ctx context.Context, rawURL string, opts Options) (*Store, error) {
	if IsClusterURL(rawURL) {
		return openCluster(ctx, rawURL, opts)
	}
	o, err := clientOptions(rawURL)
	if err != nil {
		return nil, err
	}
	c := redis.NewClient(o)
	if err := c.Ping(ctx).Err(); err != nil {
		c.Close()
		return nil, fmt.Errorf("redisstore: connect to %s: %w", o.Addr, err)
	}
	s := New(c, opts)
	s.closers = append(s.closers, c.Close)
	return s, nil
}

// OpenInProcess starts an in-process Redis (miniredis) on a loopback port and returns a Store over a
// go-redis client connected to it: the same code path as a real Redis, but nothing persists and
// nothing is shared with other processes. Close stops the server.
func OpenInProcess(opts Options) (*Store, error) {
	m := miniredis.NewMiniRedis()
	if err := m.Start(); err != nil {
		return nil, fmt.Errorf("redisstore: start in-process redis: %w", err)
	}
	c := redis.NewClient(&redis.Options{Addr: m.Addr(), DialerRetries: 1})
	s := New(c, opts)
	s.closers = append(s.closers, func() error { m.Close(); return nil }, c.Close)
	return s, nil
}

// clientOptions are the go-redis options of a redis:// or rediss:// URL, with the store's defaults.
func clientOptions(rawURL string) (*redis.Options, error) {
	o, err := redis.ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("redisstore: bad Redis URL: %s", redactedError(rawURL, err))
	}
	o.DialerRetries = 1
	return o, nil
}

// redactedError is err's message without the URL's password: errors from URL parsing can quote the
// whole URL, and they end up in logs.
func redactedError(rawURL string, err error) string {
	u, perr := url.Parse(rawURL)
	if perr != nil {
		return "the URL does not parse"
	}
	msg := err.Error()
	if p, ok := u.User.Password(); ok && p != "" {
		msg = strings.ReplaceAll(msg, p, "xxxxx")
	}
	return msg
}
