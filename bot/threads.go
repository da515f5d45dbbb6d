package bot

import (
	"context"
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

// MemoryThreads is Threads in memory: at most max places; when full, the
// place that would expire soonest goes first.
type MemoryThreads struct {
	places *Expiring[string]
	now    func() time.Time
}

// NewMemoryThreads remembers at most max places (default 10000); now is
// the clock (nil: time.Now).
func NewMemoryThreads(max int, now func() time.Time) *MemoryThreads {
	if now == nil {
		now = time.Now
	}
	return &MemoryThreads{places: NewExpiring[string](max), now: now}
}

// Mark implements Threads.
func (t *MemoryThreads) Mark(_ context.Context, place, conversation string, ttl time.Duration) {
	if place == "" {
		return
	}
	if ttl <= 0 {
		ttl = DefaultThreadTTL
	}
	t.places.Set(place, conversation, t.now(), ttl)
}

// Conversation implements Threads.
func (t *MemoryThreads) Conversation(_ context.Context, place string) (string, bool) {
	return t.places.Get(place, t.now())
}

// Len is the number of places remembered (expired ones included until
// they are pushed out).
func (t *MemoryThreads) Len() int { return t.places.Len() }
