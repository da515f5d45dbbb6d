//go:build !unix

package store_test

import "time"

// processCPU is not measured here (no getrusage).
func processCPU() (total, sys time.Duration) { return 0, 0 }
