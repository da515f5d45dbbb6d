package engine

import (
	"sync"
	"sync/atomic"
)

// boundedMap is a concurrent map the engine's memos keep their entries in:
// at most boundedMapMax of them, starting afresh when full (so entries of
// libraries since swapped out are not kept for long). Each memo checks an
// entry against what it was made from before using it.
type boundedMap[K comparable, V any] struct {
	m sync.Map // K → V
	n atomic.Int32
}

// boundedMapMax is how many entries a memo keeps.
const boundedMapMax = 256

// load returns the entry kept for k.
func (b *boundedMap[K, V]) load(k K) (V, bool) {
	v, ok := b.m.Load(k)
	if !ok {
		var zero V
		return zero, false
	}
	return v.(V), true
}

// store keeps v for k, first dropping every entry when the map is full.
func (b *boundedMap[K, V]) store(k K, v V) {
	if b.n.Add(1) > boundedMapMax {
		b.m.Clear()
		b.n.Store(1)
	}
	b.m.Store(k, v)
}
