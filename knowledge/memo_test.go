package knowledge

import "testing"

// A Memo computes a key's value once, and forgets everything when it is full.
func TestMemo(t *testing.T) {
	var m Memo[int, int]
	calls := 0
	sq := func(k int) func() int { return func() int { calls++; return k * k } }
	if got := m.Get(3, sq(3)); got != 9 || calls != 1 {
		t.Fatalf("Get(3) = %d after %d calls, want 9 after 1", got, calls)
	}
	if got := m.Get(3, sq(3)); got != 9 || calls != 1 {
		t.Errorf("Get(3) again = %d after %d calls, want 9 remembered", got, calls)
	}
	for k := range memoMax {
		m.Get(k+10, sq(k))
	}
	if n := len(m.m); n > memoMax {
		t.Errorf("a full Memo holds %d values, want at most %d", n, memoMax)
	}
	calls = 0
	m.Get(3, sq(3))
	if calls != 1 {
		t.Errorf("Get(3) after the Memo filled: %d calls, want it forgotten and computed again", calls)
	}
}
