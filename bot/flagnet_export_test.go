package bot

import "testing"

// WithoutNet turns the learned net off for the rest of t: for the tests of what the rules keep
// apart (a clinic's own red flags are not universal), which the net, knowing no clinic, does not.
func WithoutNet(t testing.TB) {
	saved := net
	net = nil
	t.Cleanup(func() { net = saved })
}
