package main

import (
	"syscall"
	"time"
)

// sleepUntil returns at t, within the kernel's timer slack (about 50 µs). It sleeps in nanosleep
// rather than on a Go timer: the runtime waits for timers in epoll with millisecond resolution, so
// an idle process oversleeps by up to 1 ms, which a load tool would report as server latency.
func sleepUntil(t time.Time) {
	for {
		d := time.Until(t)
		if d <= 0 {
			return
		}
		ts := syscall.NsecToTimespec(int64(d))
		syscall.Nanosleep(&ts, nil) // interrupted: the loop sleeps the rest
	}
}
