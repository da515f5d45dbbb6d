package par

import (
	"sync/atomic"
	"testing"
)

func TestForCallsEachOnce(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		seen := make([]int32, n)
		var bad atomic.Bool
		For(n, func(w, i int) {
			if w < 0 || w >= Workers() {
				bad.Store(true)
			}
			atomic.AddInt32(&seen[i], 1)
		})
		if bad.Load() {
			t.Fatalf("n=%d: a worker number outside [0, %d)", n, Workers())
		}
		for i, c := range seen {
			if c != 1 {
				t.Fatalf("n=%d: fn called %d times for %d", n, c, i)
			}
		}
	}
}
