package content

import (
	"context"
	"crypto/sha256"
	"errors"
	"io/fs"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// ParseCache remembers the guides of the last successful load of a folder,
// so that a reload reads and parses only the files that changed and hands
// back the very same *bot.Guide for the others (which lets the index and
// the engine tell what changed). A file counts as unchanged when its size,
// modification and change times and inode are the same (where the system
// has them; elsewhere it is read and compared by content hash). The folder
// is still checked as a whole (limits, CrossCheck). One load at a time.
type ParseCache struct {
	// Snapshot, when set, is a file where the parsed guides are kept
	// between runs: the first load reads it, so that files unchanged since
	// the last run are neither read nor parsed, and a load that parsed
	// something writes it again, in the background once SnapshotDelay has
	// passed without another load (so edits in a row cost one write) or at
	// Flush; not when the guides' contents are those the file holds (an
	// edit undone). After a write in the background the process's free
	// memory is returned to the system. A missing, stale or damaged
	// snapshot is ignored.
	Snapshot string
	// SnapshotDelay is how long a snapshot write waits (default 30s).
	SnapshotDelay time.Duration
	// Logger reports snapshot problems (nil: unreported).
	Logger *slog.Logger

	saveMu   sync.Mutex // one snapshot write at a time
	pending  map[string]cached
	timer    *time.Timer
	restored bool
	onDisk   map[string][32]byte // each file's content hash in the snapshot file (nil: unknown)

	mu   sync.Mutex
	prev map[string]cached // the last successful load
	next map[string]cached // the load in progress
	hits int               // guides reused by the last load
}

type cached struct {
	stat statKey
	sum  [32]byte
	g    *bot.Guide
}

// LoadDir is LoadDirContext with the cache (a content.Loader).
func (c *ParseCache) LoadDir(ctx context.Context, dir string, lim Limits) ([]*bot.Guide, error) {
	c.mu.Lock()
	prev := c.prev
	// The snapshot is read while the folder is listed and its files'
	// sizes and times are taken (load), and waited for at the first file.
	ready := func() map[string]cached { return prev }
	if !c.restored && c.Snapshot != "" && c.prev == nil {
		c.restored = true
		done := make(chan struct{})
		var snap map[string]cached
		go func() {
			defer close(done)
			m, err := readSnapshot(c.Snapshot)
			if err == nil {
				snap = m
			} else if !errors.Is(err, fs.ErrNotExist) && c.Logger != nil {
				c.Logger.Warn("parsed-guides snapshot ignored", "file", c.Snapshot, "err", err)
			}
		}()
		ready = sync.OnceValue(func() map[string]cached {
			<-done
			c.mu.Lock()
			if c.prev == nil {
				c.prev = snap
			}
			if snap != nil {
				c.onDisk = sumsOf(snap)
			}
			c.mu.Unlock()
			return snap
		})
		defer ready() // also when no file was looked at
	}
	c.next, c.hits = map[string]cached{}, 0
	c.mu.Unlock()
	before := map[string]statKey{} // taken before reading: a later write changes it
	keep := func(file string, e cached) {
		c.mu.Lock()
		c.next[file] = e
		c.hits++
		c.mu.Unlock()
	}
	gs, err := loadDir(ctx, dir, lim, hooks{
		reuse: func(file string, st fs.FileInfo) (*bot.Guide, bool) {
			k, ok := keyOf(st)
			if e, had := ready()[file]; ok && had && e.stat == k {
				keep(file, e)
				return e.g, true
			}
			if ok {
				c.mu.Lock()
				before[file] = k
				c.mu.Unlock()
			}
			return nil, false
		},
		parse: func(file string, data []byte) (*bot.Guide, Problems) {
			sum := sha256.Sum256(data)
			c.mu.Lock()
			k := before[file]
			c.mu.Unlock()
			if e, ok := ready()[file]; ok && e.sum == sum {
				e.stat = k
				keep(file, e)
				return e.g, nil
			}
			g, ps := Parse(file, data)
			if g != nil && len(ps) == 0 {
				c.mu.Lock()
				c.next[file] = cached{stat: k, sum: sum, g: g}
				c.mu.Unlock()
			}
			return g, ps
		},
	})
	c.mu.Lock()
	defer c.mu.Unlock()
	if err == nil {
		c.prev = c.next
		if c.Snapshot != "" && c.hits < len(c.next) {
			c.pending = c.next
			delay := c.SnapshotDelay
			if delay <= 0 {
				delay = 30 * time.Second
			}
			if c.timer != nil {
				c.timer.Stop()
			}
			c.timer = time.AfterFunc(delay, func() {
				if c.flush() {
					// The write's garbage is small, but an idle server
					// collects only every 2 minutes: what the load left
					// (files read, parsed guides replaced) goes back now.
					debug.FreeOSMemory()
				}
			})
		}
	}
	c.next = nil
	return gs, err
}

// Flush writes the snapshot now if a load since the last write parsed
// something (shutdown, tests).
func (c *ParseCache) Flush() { c.flush() }

// flush is Flush; it reports whether it wrote the file.
func (c *ParseCache) flush() bool {
	c.saveMu.Lock()
	defer c.saveMu.Unlock()
	c.mu.Lock()
	entries := c.pending
	c.pending = nil
	if c.timer != nil {
		c.timer.Stop()
	}
	onDisk := c.onDisk
	c.mu.Unlock()
	// No one changes entries any more: a later load makes a new map.
	if entries == nil || sameSums(entries, onDisk) {
		return false
	}
	if err := writeSnapshot(c.Snapshot, entries); err != nil {
		if c.Logger != nil {
			c.Logger.Warn("parsed-guides snapshot not written", "file", c.Snapshot, "err", err)
		}
		return false
	}
	sums := sumsOf(entries)
	c.mu.Lock()
	c.onDisk = sums
	c.mu.Unlock()
	return true
}

// Reused is how many guides the last load took from the cache.
func (c *ParseCache) Reused() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits
}
