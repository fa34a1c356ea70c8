package redisstore

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"github.com/redis/go-redis/v9"
)

// A Redis Cluster is named by a URL with the scheme redis+cluster:// (rediss+cluster:// for TLS)
// and one or more of its nodes, comma-separated; the client learns the others from them:
//
//	redis+cluster://[user:password@]host:port[,host:port…][/0][?dial_timeout=3s&…]
//
// Query parameters are go-redis's ClusterOptions (redis.ParseClusterURL). A cluster has only
// database 0.

// IsClusterURL reports whether rawURL names a Redis Cluster (redis+cluster:// or rediss+cluster://).
func IsClusterURL(rawURL string) bool {
	scheme, _, ok := strings.Cut(rawURL, "://")
	scheme = strings.ToLower(scheme)
	return ok && (scheme == "redis+cluster" || scheme == "rediss+cluster")
}

// openCluster is Open for a cluster URL: it checks that every master answers.
func openCluster(ctx context.Context, rawURL string, opts Options) (*Store, error) {
	o, err := clusterOptions(rawURL)
	if err != nil {
		return nil, err
	}
	c := redis.NewClusterClient(o)
	err = c.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error { return m.Ping(ctx).Err() })
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("redisstore: connect to cluster %s: %w", strings.Join(o.Addrs, ","), err)
	}
	s := New(c, opts)
	s.closers = append(s.closers, c.Close)
	return s, nil
}

// clusterOptions are the go-redis options of a cluster URL, with the store's defaults.
func clusterOptions(rawURL string) (*redis.ClusterOptions, error) {
	bad := func(why string) error {
		return fmt.Errorf("redisstore: bad Redis Cluster URL: %s (want redis+cluster://[user:password@]host:port[,host:port…])", why)
	}
	scheme, rest, _ := strings.Cut(rawURL, "://")
	base := strings.TrimSuffix(strings.ToLower(scheme), "+cluster")
	authority, tail := rest, ""
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority, tail = rest[:i], rest[i:]
	}
	userinfo := ""
	if i := strings.LastIndex(authority, "@"); i >= 0 {
		userinfo, authority = authority[:i+1], authority[i+1:]
	}
	var hosts []string
	for _, h := range strings.Split(authority, ",") {
		if h = strings.TrimSpace(h); h != "" {
			hosts = append(hosts, h)
		}
	}
	if len(hosts) == 0 {
		return nil, bad("no node named")
	}
	path, query, _ := strings.Cut(tail, "?")
	if strings.Contains(query, "#") || strings.Contains(path, "#") {
		return nil, bad("a fragment")
	}
	if path != "" && path != "/" && path != "/0" {
		return nil, bad("a cluster has only database 0")
	}
	q, err := url.ParseQuery(query)
	if err != nil {
		return nil, bad("the query does not parse")
	}
	if q.Has("addr") {
		return nil, bad("name the nodes in the host part, comma-separated, not with addr=")
	}
	for _, h := range hosts[1:] {
		q.Add("addr", h)
	}
	single := base + "://" + userinfo + hosts[0]
	if len(q) > 0 {
		single += "?" + q.Encode()
	}
	o, err := redis.ParseClusterURL(single)
	if err != nil {
		return nil, fmt.Errorf("redisstore: bad Redis Cluster URL: %s", redactedError(single, err))
	}
	o.DialerRetries = 1
	return o, nil
}
