package slack

import (
	"context"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// dedup remembers keys (event ids, message timestamps, welcomes, request
// signatures) for a time window through a bot.SharedState: process memory
// by default, shared by every replica once SetState gives it the store's.
type dedup struct {
	ttl   time.Duration
	state bot.Slot[bot.SharedState]
}

func newDedup(max int, ttl time.Duration) *dedup {
	d := &dedup{ttl: ttl}
	d.set(bot.NewMemoryState(max))
	return d
}

func (d *dedup) set(s bot.SharedState) { d.state.Set(s) }

// sharedState is the state claims go through (set at construction).
func (d *dedup) sharedState() bot.SharedState {
	s, _ := d.state.Get()
	return s
}

// Seen records key and reports whether it was already recorded within the
// window. The empty key is never a duplicate.
func (d *dedup) Seen(key string, now time.Time) bool {
	return d.SeenFor(key, now, d.ttl)
}

// SeenFor is Seen with its own window.
func (d *dedup) SeenFor(key string, now time.Time, ttl time.Duration) bool {
	if key == "" {
		return false
	}
	return !d.sharedState().Claim(context.Background(), "slack:"+key, now, ttl)
}

// Len returns how many keys are remembered in process memory (0 when the
// state is not the default in-process one).
func (d *dedup) Len() int {
	if m, ok := d.sharedState().(*bot.MemoryState); ok {
		return m.Len()
	}
	return 0
}
