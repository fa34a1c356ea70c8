package redistest

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Cluster is a Redis Cluster of real redis-server masters on loopback, without replicas.
type Cluster struct {
	// Nodes are the masters; Stop, Restart or Kill one to test a node failing.
	Nodes []*Server
}

// StartCluster starts masters redis-servers (at least 3, Redis Cluster's minimum) in cluster mode,
// joins them with `redis-cli --cluster create`, waits until the cluster is ok and stops it all
// when tb ends.
func StartCluster(tb testing.TB, masters int) *Cluster {
	tb.Helper()
	if masters < 3 {
		tb.Fatalf("redistest: a Redis Cluster needs at least 3 masters, not %d", masters)
	}
	cli, err := exec.LookPath("redis-cli")
	if err != nil {
		cli = "/usr/bin/redis-cli"
	}
	c := &Cluster{}
	args := []string{"--cluster", "create"}
	for range masters {
		n := Start(tb, "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
			"--cluster-node-timeout", "5000")
		c.Nodes = append(c.Nodes, n)
		args = append(args, n.Addr())
	}
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	if out, err := exec.Command(cli, args...).CombinedOutput(); err != nil {
		tb.Fatalf("redistest: %s %s: %v\n%s", cli, strings.Join(args, " "), err, out)
	}

	// Every node must know every slot's owner before clients are pointed at the cluster.
	deadline := time.Now().Add(startTimeout)
	for _, n := range c.Nodes {
		nc := redis.NewClient(&redis.Options{Addr: n.Addr()})
		for {
			info, err := nc.ClusterInfo(context.Background()).Result()
			if err == nil && strings.Contains(info, "cluster_state:ok") {
				break
			}
			if time.Now().After(deadline) {
				nc.Close()
				tb.Fatalf("redistest: cluster not ok after %v: %v\n%s", startTimeout, err, info)
			}
			time.Sleep(20 * time.Millisecond)
		}
		nc.Close()
	}
	return c
}

// Addrs are the masters' host:port addresses.
func (c *Cluster) Addrs() []string {
	addrs := make([]string, len(c.Nodes))
	for i, n := range c.Nodes {
		addrs[i] = n.Addr()
	}
	return addrs
}

// Client returns a go-redis cluster client, closed when tb ends.
func (c *Cluster) Client(tb testing.TB) *redis.ClusterClient {
	tb.Helper()
	cc := redis.NewClusterClient(&redis.ClusterOptions{Addrs: c.Addrs()})
	tb.Cleanup(func() { cc.Close() })
	return cc
}
