//go:build !linux

package main

import "time"

// sleepUntil returns at t or a little later (the runtime's timer resolution).
func sleepUntil(t time.Time) { time.Sleep(time.Until(t)) }
