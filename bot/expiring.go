package bot

import (
	"container/heap"
	"sync"
	"time"
)

// Expiring is a bounded map whose entries expire by time: when full, the
// entry that would expire soonest goes first. Safe for concurrent use.
// MemoryState, MemoryThreads and the engine's conversations keep their
// memory in one.
type Expiring[V any] struct {
	mu  sync.Mutex
	max int
	m   map[string]expiringEntry[V]
	h   expiryHeap
	seq uint64
}

type expiringEntry[V any] struct {
	v     V
	until time.Time
	seq   uint64
}

// NewExpiring returns an empty map holding at most max entries.
func NewExpiring[V any](max int) *Expiring[V] {
	if max <= 0 {
		max = 10000
	}
	return &Expiring[V]{max: max, m: map[string]expiringEntry[V]{}}
}

// Get returns the value for key if it has not expired by now.
func (e *Expiring[V]) Get(key string, now time.Time) (V, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	x, ok := e.m[key]
	if !ok || !now.Before(x.until) {
		var zero V
		return zero, false
	}
	return x.v, true
}

// Set keeps v for key until now+ttl (replacing what was there).
func (e *Expiring[V]) Set(key string, v V, now time.Time, ttl time.Duration) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.setLocked(key, v, now, ttl)
}

// SetIfAbsent keeps v for key unless an unexpired entry is there; it
// reports whether it set it (a claim that wins once).
func (e *Expiring[V]) SetIfAbsent(key string, v V, now time.Time, ttl time.Duration) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if x, ok := e.m[key]; ok && now.Before(x.until) {
		return false
	}
	e.setLocked(key, v, now, ttl)
	return true
}

func (e *Expiring[V]) setLocked(key string, v V, now time.Time, ttl time.Duration) {
	e.expire(now)
	if _, ok := e.m[key]; !ok {
		for len(e.m) >= e.max && e.h.Len() > 0 {
			e.pop()
		}
	}
	e.seq++
	until := now.Add(ttl)
	e.m[key] = expiringEntry[V]{v: v, until: until, seq: e.seq}
	heap.Push(&e.h, claimEntry{key, until, e.seq})
	if e.h.Len() > 2*e.max+16 {
		e.compact() // replaced entries leave stale heap items behind
	}
}

// Len is the number of entries held (expired ones included until a Set
// sweeps them).
func (e *Expiring[V]) Len() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.m)
}

// expire forgets entries that ended at or before now; e.mu is held.
func (e *Expiring[V]) expire(now time.Time) {
	for e.h.Len() > 0 && !now.Before(e.h[0].until) {
		e.pop()
	}
}

// pop removes the heap's first item and its entry, unless the entry was
// replaced since; e.mu is held.
func (e *Expiring[V]) pop() {
	c := heap.Pop(&e.h).(claimEntry)
	if x, ok := e.m[c.key]; ok && x.seq == c.seq {
		delete(e.m, c.key)
	}
}

// compact rebuilds the heap from the live entries; e.mu is held.
func (e *Expiring[V]) compact() {
	h := make(expiryHeap, 0, len(e.m))
	for k, x := range e.m {
		h = append(h, claimEntry{k, x.until, x.seq})
	}
	heap.Init(&h)
	e.h = h
}
