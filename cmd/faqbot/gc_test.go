package main

import "testing"

func TestGCPercentFor(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int
	}{
		{0, 1600},
		{1 << 20, 1600},  // 1 MB live: capped
		{4 << 20, 800},   // 4 MB: 32 MB of room
		{16 << 20, 200},  // 16 MB
		{32 << 20, 100},  // 32 MB: the default already gives 32 MB
		{512 << 20, 100}, // never below the default
	} {
		if got := gcPercentFor(c.live); got != c.want {
			t.Errorf("gcPercentFor(%d MB) = %d, want %d", c.live>>20, got, c.want)
		}
	}
}
