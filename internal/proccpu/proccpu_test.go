package proccpu

import (
	"runtime"
	"testing"
	"time"
)

// Used grows while the process works, and its system part never exceeds it.
func TestUsedGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("no getrusage")
	}
	t0, _ := Used()
	x := 0
	for start := time.Now(); time.Since(start) < 50*time.Millisecond; {
		x++
	}
	t1, s1 := Used()
	if t1 <= t0 || s1 > t1 {
		t.Fatalf("CPU used before %v, after %v (system %v) with %d loops between", t0, t1, s1, x)
	}
}
