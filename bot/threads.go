package bot

import (
	"context"
	"sync"
	"time"
)

// Threads remembers where the bot answered, so that a reply there counts as
// a follow-up without a new mention: the Slack threads it answered in, the
// Discord messages it posted (a reply to one continues its conversation).
// Each place maps to the conversation it belongs to. The default is in
// memory (NewMemoryThreads); a shared store can implement it when several
// replicas serve one community.
type Threads interface {
	// Mark remembers place, in conversation, for ttl.
	Mark(ctx context.Context, place, conversation string, ttl time.Duration)
	// Conversation returns the conversation place was marked with, if it
	// was marked and has not expired.
	Conversation(ctx context.Context, place string) (string, bool)
}

// DefaultThreadTTL is how long the bot remembers a place it answered in.
const DefaultThreadTTL = 24 * time.Hour

// MemoryThreads is Threads in memory: at most max places; when full,
// expired places go first, then the oldest.
type MemoryThreads struct {
	mu  sync.Mutex
	max int
	m   map[string]threadEntry
	now func() time.Time
}

type threadEntry struct {
	conv    string
	expires time.Time
}

// NewMemoryThreads remembers at most max places (default 10000); now is
// the clock (nil: time.Now).
func NewMemoryThreads(max int, now func() time.Time) *MemoryThreads {
	if max <= 0 {
		max = 10000
	}
	if now == nil {
		now = time.Now
	}
	return &MemoryThreads{max: max, m: map[string]threadEntry{}, now: now}
}

// Mark implements Threads.
func (t *MemoryThreads) Mark(_ context.Context, place, conversation string, ttl time.Duration) {
	if place == "" {
		return
	}
	if ttl <= 0 {
		ttl = DefaultThreadTTL
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	now := t.now()
	if _, ok := t.m[place]; !ok && len(t.m) >= t.max {
		oldest, oldestAt := "", time.Time{}
		for k, e := range t.m {
			if now.After(e.expires) {
				delete(t.m, k)
				continue
			}
			if oldest == "" || e.expires.Before(oldestAt) {
				oldest, oldestAt = k, e.expires
			}
		}
		if len(t.m) >= t.max {
			delete(t.m, oldest)
		}
	}
	t.m[place] = threadEntry{conv: conversation, expires: now.Add(ttl)}
}

// Conversation implements Threads.
func (t *MemoryThreads) Conversation(_ context.Context, place string) (string, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	e, ok := t.m[place]
	if !ok {
		return "", false
	}
	if t.now().After(e.expires) {
		delete(t.m, place)
		return "", false
	}
	return e.conv, true
}

// Len is the number of places remembered (expired ones included until
// they are looked up or pushed out).
func (t *MemoryThreads) Len() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.m)
}
