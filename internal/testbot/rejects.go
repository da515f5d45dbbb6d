package testbot

import (
	"sync"

	"github.com/careerbot-dev/careerbot/bot"
)

// Rejects is a bot.Observer that counts the requests an adapter refused,
// by reason; the rest of the observer's calls are ignored.
type Rejects struct {
	bot.NopObserver
	mu sync.Mutex
	n  map[string]int
}

// Rejected implements bot.Observer.
func (r *Rejects) Rejected(_, reason string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.n == nil {
		r.n = map[string]int{}
	}
	r.n[reason]++
}

// Count returns how many requests were refused for a reason.
func (r *Rejects) Count(reason string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.n[reason]
}
