package bot

import (
	"strconv"
	"testing"
	"time"
)

// Entries expire by time, the map stays within its bound (the soonest to
// expire goes first), and a replaced entry keeps its new life.
func TestExpiring(t *testing.T) {
	e := NewExpiring[int](3)
	t0 := time.Now()
	e.Set("a", 1, t0, time.Minute)
	e.Set("b", 2, t0, 2*time.Minute)
	e.Set("c", 3, t0, 3*time.Minute)
	e.Set("a", 10, t0, 10*time.Minute) // replaced: now the longest-lived
	e.Set("d", 4, t0, 4*time.Minute)   // full: "b" (soonest) goes
	if _, ok := e.Get("b", t0); ok {
		t.Error("b should have been pushed out")
	}
	if v, ok := e.Get("a", t0.Add(5*time.Minute)); !ok || v != 10 {
		t.Errorf("a = %d, %v; want the replaced value alive", v, ok)
	}
	if _, ok := e.Get("c", t0.Add(3*time.Minute)); ok {
		t.Error("c is expired at its end time")
	}
	if e.SetIfAbsent("d", 5, t0, time.Minute) {
		t.Error("SetIfAbsent won over a live entry")
	}
	if !e.SetIfAbsent("d", 5, t0.Add(5*time.Minute), time.Minute) {
		t.Error("SetIfAbsent lost to an expired entry")
	}
	// Many replacements of few keys: the heap is compacted, the map stays small.
	for i := 0; i < 1000; i++ {
		e.Set("k"+strconv.Itoa(i%2), i, t0, time.Hour)
	}
	if e.Len() > 3 || len(e.h) > 2*3+16 {
		t.Errorf("len %d, heap %d after many replacements", e.Len(), len(e.h))
	}
}
