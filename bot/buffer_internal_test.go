package bot

import (
	"testing"
	"time"
)

func TestBackoff(t *testing.T) {
	lo, hi := 50*time.Millisecond, 5*time.Second
	var got []time.Duration
	for d := time.Duration(0); len(got) < 10; {
		d = nextBackoff(d, lo, hi)
		got = append(got, d)
	}
	want := []time.Duration{50, 100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000}
	for i := range want {
		if got[i] != want[i]*time.Millisecond {
			t.Fatalf("backoff sequence = %v, want %v ms", got, want)
		}
	}
	for range 1000 {
		if j := jitter(time.Second); j < 800*time.Millisecond || j > 1200*time.Millisecond {
			t.Fatalf("jitter(1s) = %v, want within ±20%%", j)
		}
	}
}
