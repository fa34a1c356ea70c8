package redisstore

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestClusterOptions(t *testing.T) {
	o, err := clusterOptions("rediss+cluster://app:p%40ss@n1.example:7000,n2.example:7001 , n3.example:7002/0?dial_timeout=3s")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"n1.example:7000", "n2.example:7001", "n3.example:7002"}; !slices.Equal(o.Addrs, want) {
		t.Errorf("Addrs = %q, want %q", o.Addrs, want)
	}
	if o.TLSConfig == nil || o.TLSConfig.ServerName != "n1.example" {
		t.Errorf("rediss+cluster:// TLS config = %+v, want TLS", o.TLSConfig)
	}
	if o.Username != "app" || o.Password != "p@ss" || o.DialTimeout != 3*time.Second || o.DialerRetries != 1 {
		t.Errorf("options: user %q password %q dial timeout %v dialer retries %d", o.Username, o.Password, o.DialTimeout, o.DialerRetries)
	}

	o, err = clusterOptions("REDIS+CLUSTER://127.0.0.1:7000")
	if err != nil || o.TLSConfig != nil || !slices.Equal(o.Addrs, []string{"127.0.0.1:7000"}) {
		t.Errorf("one node, no TLS: %+v %v", o, err)
	}
	o, err = clusterOptions("redis+cluster://[::1]:7000,[::1]:7001/")
	if err != nil || !slices.Equal(o.Addrs, []string{"[::1]:7000", "[::1]:7001"}) {
		t.Errorf("IPv6 nodes: %+v %v", o, err)
	}

	for _, bad := range []string{
		"redis+cluster://:hunter2@",
		"redis+cluster://:hunter2@h:7000/3",
		"redis+cluster://:hunter2@h:7000?bogus=1",
		"redis+cluster://:hunter2@h:7000?addr=h2:7001",
		"redis+cluster://:hunter2@h:7000,h2",
		"redis+cluster://:hunter2@h:7000#x",
	} {
		_, err := clusterOptions(bad)
		if err == nil {
			t.Errorf("clusterOptions(%q) succeeded", bad)
			continue
		}
		if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("clusterOptions(%q) error shows the password: %v", bad, err)
		}
	}

	for url, want := range map[string]bool{
		"redis+cluster://h:1": true, "rediss+cluster://h:1": true, "Redis+Cluster://h:1": true,
		"redis://h:1": false, "rediss://h:1": false, "redis+clusterx://h:1": false, "": false,
	} {
		if got := IsClusterURL(url); got != want {
			t.Errorf("IsClusterURL(%q) = %v, want %v", url, got, want)
		}
	}
}
