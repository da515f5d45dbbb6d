package slack

import (
	"sync"
	"time"
)

// dedup remembers keys (event ids, message timestamps) for a time window
// in bounded memory: the oldest keys are forgotten first.
type dedup struct {
	mu    sync.Mutex
	ttl   time.Duration
	max   int
	seen  map[string]time.Time
	order []string // insertion order, ring of at most max keys
	head  int
}

func newDedup(max int, ttl time.Duration) *dedup {
	return &dedup{ttl: ttl, max: max, seen: make(map[string]time.Time, max)}
}

// Seen records key and reports whether it was already recorded within the
// window. The empty key is never a duplicate.
func (d *dedup) Seen(key string, now time.Time) bool {
	if key == "" {
		return false
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if t, ok := d.seen[key]; ok && now.Sub(t) < d.ttl {
		return true
	}
	if _, ok := d.seen[key]; !ok {
		if len(d.order) < d.max {
			d.order = append(d.order, key)
		} else {
			delete(d.seen, d.order[d.head])
			d.order[d.head] = key
			d.head = (d.head + 1) % d.max
		}
	}
	d.seen[key] = now
	return false
}

// Len returns how many keys are remembered.
func (d *dedup) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.seen)
}
