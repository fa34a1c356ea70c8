//go:build !unix

package main

// openFilesLimit is 0: no open-files limit is known here.
func openFilesLimit() int { return 0 }
