package bot

import "sync/atomic"

// Slot holds one value that may be replaced while other goroutines read it
// (an adapter's observer, feedback taker or shared state). The zero Slot
// is empty.
type Slot[T any] struct {
	p atomic.Pointer[slotBox[T]]
}

type slotBox[T any] struct{ v T }

// Set stores v.
func (s *Slot[T]) Set(v T) { s.p.Store(&slotBox[T]{v}) }

// Clear empties the slot.
func (s *Slot[T]) Clear() { s.p.Store(nil) }

// Get returns the value and whether the slot holds one.
func (s *Slot[T]) Get() (T, bool) {
	if b := s.p.Load(); b != nil {
		return b.v, true
	}
	var zero T
	return zero, false
}

// GetOrSet returns the value, storing v first when the slot is empty (one
// winner when several goroutines race).
func (s *Slot[T]) GetOrSet(v T) T {
	s.p.CompareAndSwap(nil, &slotBox[T]{v})
	return s.p.Load().v
}
