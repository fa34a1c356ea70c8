//go:build unix

package main

import (
	"math"
	"syscall"
)

// openFilesLimit is the process's open-files limit (RLIMIT_NOFILE, soft; Go raises it to the hard
// limit at start), or 0 when unknown or too large to matter (unlimited).
func openFilesLimit() int {
	var r syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r); err != nil || r.Cur > math.MaxInt32 {
		return 0
	}
	return int(r.Cur)
}
