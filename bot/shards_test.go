package bot

import (
	"fmt"
	"runtime"
	"testing"
)

// shards is how many parts inShards cuts a long test's items into: one a core.
var shards = runtime.GOMAXPROCS(0)

// inShards runs check on each shard of a long test's items as parallel subtests, and returns once
// all are done: the slow checks (long under the race detector) use every core. check takes the items
// i with i%stride == shard; it must change no shared state but its shard's own results.
func inShards(t *testing.T, check func(t *testing.T, shard, stride int)) {
	t.Helper()
	t.Run("shards", func(t *testing.T) {
		for shard := range shards {
			t.Run(fmt.Sprint(shard), func(t *testing.T) {
				t.Parallel()
				check(t, shard, shards)
			})
		}
	})
	if t.Failed() {
		t.FailNow() // a shard stopped: the totals the caller checks next mean nothing
	}
}

func sum(ns []int) (s int) {
	for _, n := range ns {
		s += n
	}
	return s
}
