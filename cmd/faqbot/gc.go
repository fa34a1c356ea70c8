package main

import (
	"os"
	"runtime"
	"runtime/debug"
	rtmetrics "runtime/metrics"
)

// The garbage collector runs each time the heap has grown by GOGC% of what was live after the last
// run. faqbot's live heap is small (the knowledge base and the sessions: a few MB), so with the
// default GOGC=100 it would collect every few MB, dozens of times a second under load, and each
// collection's pauses land in some answer's latency. gcHeadroom gives the collector at least
// gcMinHeadroom of room to grow: GOGC rises while the live heap is small and falls back to 100 as
// it grows, so a server holding many idle connections keeps the default's memory use.

// gcMinHeadroom is the least the heap may grow between collections.
const gcMinHeadroom = 32 << 20

// gcPercentFor is the GOGC that gives a live heap of live bytes at least gcMinHeadroom to grow:
// 100 or more, and at most 1600.
func gcPercentFor(live uint64) int {
	if live == 0 {
		return 1600
	}
	p := int(gcMinHeadroom * 100 / live)
	return min(max(p, 100), 1600)
}

// keepGCHeadroom retunes GOGC after every collection, unless GOGC is set in the environment (an
// operator's choice wins). It returns at once; the work happens in the runtime's finalizer goroutine.
func keepGCHeadroom() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	current := debug.SetGCPercent(gcPercentFor(0))
	sample := []rtmetrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		// A finalizer runs once the object is collected: after each garbage collection.
		runtime.SetFinalizer(new([16]byte), func(*[16]byte) {
			rtmetrics.Read(sample)
			if sample[0].Value.Kind() == rtmetrics.KindUint64 {
				// Retune only on a change of a fifth or more: it is cheap, but not free.
				if p := gcPercentFor(sample[0].Value.Uint64()); p*5 < current*4 || p*4 > current*5 {
					debug.SetGCPercent(p)
					current = p
				}
			}
			arm()
		})
	}
	arm()
}
