package content

import (
	"context"
	"crypto/sha256"
	"sync"

	"github.com/careerbot-dev/careerbot/bot"
)

// ParseCache remembers the guides of the last successful load of a folder
// by file name and content hash, so that a reload parses only the files
// that changed and hands back the very same *bot.Guide for the others
// (which lets the index and the engine tell what changed). Every file is
// still read and the folder still checked as a whole (limits, CrossCheck).
// Safe for one load at a time.
type ParseCache struct {
	mu   sync.Mutex
	prev map[string]cached // the last successful load
	next map[string]cached // the load in progress
	hits int               // guides reused by the last load
}

type cached struct {
	sum [32]byte
	g   *bot.Guide
}

// LoadDir is LoadDirContext with the cache (a content.Loader).
func (c *ParseCache) LoadDir(ctx context.Context, dir string, lim Limits) ([]*bot.Guide, error) {
	c.mu.Lock()
	c.next, c.hits = map[string]cached{}, 0
	prev := c.prev
	c.mu.Unlock()
	gs, err := loadDir(ctx, dir, lim, func(file string, data []byte) (*bot.Guide, Problems) {
		sum := sha256.Sum256(data)
		if e, ok := prev[file]; ok && e.sum == sum {
			c.mu.Lock()
			c.next[file] = e
			c.hits++
			c.mu.Unlock()
			return e.g, nil
		}
		g, ps := Parse(file, data)
		if g != nil && len(ps) == 0 {
			c.mu.Lock()
			c.next[file] = cached{sum, g}
			c.mu.Unlock()
		}
		return g, ps
	})
	c.mu.Lock()
	defer c.mu.Unlock()
	if err == nil {
		c.prev = c.next
	}
	c.next = nil
	return gs, err
}

// Reused is how many guides the last load took from the cache.
func (c *ParseCache) Reused() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits
}
