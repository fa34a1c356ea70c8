package redisstore

import (
	"strings"
	"testing"
)

func TestClientOptions(t *testing.T) {
	o, err := clientOptions("rediss://app:p%40ss@redis.example:6380/4")
	if err != nil {
		t.Fatal(err)
	}
	if o.TLSConfig == nil || o.TLSConfig.ServerName != "redis.example" {
		t.Errorf("rediss:// TLS config = %+v, want TLS with ServerName redis.example", o.TLSConfig)
	}
	if o.Addr != "redis.example:6380" || o.Username != "app" || o.Password != "p@ss" || o.DB != 4 {
		t.Errorf("options = addr %q user %q password %q db %d", o.Addr, o.Username, o.Password, o.DB)
	}
	if o.DialerRetries != 1 {
		t.Errorf("DialerRetries = %d, want 1 (fail fast, the write buffer retries)", o.DialerRetries)
	}

	o, err = clientOptions("redis://:secret@127.0.0.1:6379")
	if err != nil || o.TLSConfig != nil || o.Password != "secret" || o.DB != 0 {
		t.Errorf("redis:// options = %+v, %v", o, err)
	}

	for _, bad := range []string{
		"http://:hunter2@127.0.0.1:6379",
		"redis://:hunter2@127.0.0.1:6379/notanumber",
		"redis://:hunter2@127.0.0.1:6379/0?bogus=1",
		"redis://:hunter2@[::1",
		"",
	} {
		_, err := clientOptions(bad)
		if err == nil {
			t.Errorf("clientOptions(%q) succeeded", bad)
			continue
		}
		t.Logf("%q: %v", bad, err)
		if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("clientOptions(%q) error shows the password: %v", bad, err)
		}
	}
}
