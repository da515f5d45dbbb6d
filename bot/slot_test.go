package bot

import (
	"sync"
	"testing"
)

// A Slot starts empty, holds what was set, empties on Clear, and GetOrSet
// keeps the first of racing values.
func TestSlot(t *testing.T) {
	var s Slot[Observer]
	if _, ok := s.Get(); ok {
		t.Fatal("zero slot holds a value")
	}
	s.Set(NopObserver{})
	if o, ok := s.Get(); !ok || o == nil {
		t.Fatal("set value not held")
	}
	s.Clear()
	if _, ok := s.Get(); ok {
		t.Fatal("cleared slot holds a value")
	}
	var n Slot[int]
	var wg sync.WaitGroup
	got := make([]int, 8)
	for i := range got {
		wg.Add(1)
		go func() { defer wg.Done(); got[i] = n.GetOrSet(i + 1) }()
	}
	wg.Wait()
	for _, v := range got {
		if v != got[0] {
			t.Fatalf("GetOrSet returned different values: %v", got)
		}
	}
}
