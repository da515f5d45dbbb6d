//go:build !unix

package proccpu

import "time"

// Used is not measured here (no getrusage): benchmarks report no CPU time.
func Used() (total, sys time.Duration) { return 0, 0 }
