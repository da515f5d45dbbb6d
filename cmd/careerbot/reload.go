package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/engine"
)

// reloader re-reads the content folder and swaps a freshly built library
// into the engine. Invalid content keeps the old library serving and logs
// every problem with file:line. Reloads run one at a time on their own
// goroutine, so shutdown never waits for one; once stop is called no reload
// swaps content in.
type reloader struct {
	dir      string
	engine   *engine.Engine
	logger   *slog.Logger
	limits   content.Limits
	indexDir string                              // content.index_dir (used when no index serves yet)
	onReload func(ok bool, guides, sections int) // metrics; may be nil
	mu       sync.Mutex                          // one reload at a time
	ready    chan struct{}                       // closed once watching (tests)
	// load reads the folder; nil means content.LoadDirContext (tests
	// replace it to hold a reload in progress).
	load content.Loader

	swapMu  sync.Mutex // orders swaps against stop
	stopped bool
}

// reload builds and swaps; it reports whether the new content is served.
// It gives up, serving the previous content, when ctx ends or stop was
// called.
func (r *reloader) reload(ctx context.Context, reason string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if ctx.Err() != nil || r.isStopped() {
		return false
	}
	start := time.Now()
	load := r.load
	if load == nil {
		load = content.LoadDirContext
	}
	guides, err := load(ctx, r.dir, r.limits)
	loaded := time.Now()
	if ctx.Err() != nil {
		r.logger.Info("content reload abandoned: shutting down", "reason", reason)
		return false
	}
	if err != nil {
		if ps, ok := content.AsProblems(err); ok {
			for _, p := range ps {
				r.logger.Error("content problem; still serving the previous content", "problem", p.String())
			}
		} else {
			r.logger.Error("content reload failed; still serving the previous content", "err", err)
		}
		r.report(false, 0, 0)
		return false
	}
	// The serving library (and its index) stays open while it serves, and
	// reloads run one at a time. While the new library is built beside it,
	// the collector keeps the process near its size (a soft limit a quarter
	// above it) instead of letting garbage double the heap.
	restore := boundGrowth(1.25)
	lib, idx, err := updateLibrary(r.engine.Library(), guides, r.indexDir, r.logger)
	restore()
	if err != nil {
		r.logger.Error("index build failed; still serving the previous content", "err", err)
		r.report(false, 0, 0)
		return false
	}
	lib.SetCloser(idx.Close)
	r.swapMu.Lock()
	if r.stopped || ctx.Err() != nil {
		r.swapMu.Unlock()
		_ = idx.Close()
		r.logger.Info("content reload abandoned: shutting down", "reason", reason)
		return false
	}
	r.engine.Swap(lib)
	r.swapMu.Unlock()
	r.logger.Info("content reloaded", "reason", reason, "guides", len(guides), "sections", lib.SectionCount(),
		"took", time.Since(start).Round(time.Millisecond), "loading", loaded.Sub(start).Round(time.Millisecond))
	r.report(true, len(guides), lib.SectionCount())
	debug.FreeOSMemory() // the build's garbage and, once unused, the old library
	return true
}

// boundGrowth sets a soft memory limit of factor times the memory the Go
// runtime holds now (unless a lower limit is set, e.g. by GOMEMLIMIT) and
// returns what puts the previous limit back.
func boundGrowth(factor float64) (restore func()) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	limit := int64(float64(ms.Sys-ms.HeapReleased) * factor)
	prev := debug.SetMemoryLimit(-1)
	if limit >= prev {
		return func() {}
	}
	debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(prev) }
}

// stop makes sure no reload swaps content in from now on (shutdown began).
func (r *reloader) stop() {
	r.swapMu.Lock()
	r.stopped = true
	r.swapMu.Unlock()
}

func (r *reloader) isStopped() bool {
	r.swapMu.Lock()
	defer r.swapMu.Unlock()
	return r.stopped
}

func (r *reloader) report(ok bool, guides, sections int) {
	if r.onReload != nil {
		r.onReload(ok, guides, sections)
	}
}

// worker runs the reloads asked for on kick until ctx ends. A reload in
// progress when ctx ends stops at its next check; nobody waits for it.
func (r *reloader) worker(ctx context.Context, kick <-chan string) {
	for {
		select {
		case <-ctx.Done():
			return
		case reason := <-kick:
			r.reload(ctx, reason)
		}
	}
}

// watch reloads on hup (SIGHUP) and, when debounce is positive and file
// watching works, on changes to *.md files in the folder, until ctx ends.
// It returns at once when ctx ends, even during a reload.
func (r *reloader) watch(ctx context.Context, debounce time.Duration, hup <-chan os.Signal) {
	kick := make(chan string, 1)
	ask := func(reason string) {
		select {
		case kick <- reason:
		default: // one reload is already pending: it will see this change too
		}
	}
	go r.worker(ctx, kick)
	var events chan fsnotify.Event
	var errs chan error
	if debounce > 0 {
		w, err := fsnotify.NewWatcher()
		if err == nil {
			defer w.Close()
			err = w.Add(r.dir)
		}
		if err != nil {
			// SIGHUP still reloads.
			r.logger.Warn("content watching is off; SIGHUP still reloads", "dir", r.dir, "err", err)
		} else {
			events, errs = w.Events, w.Errors
		}
	}
	if r.ready != nil {
		close(r.ready)
	}
	var timer *time.Timer
	fire := make(chan struct{}, 1)
	for {
		select {
		case <-ctx.Done():
			if timer != nil {
				timer.Stop()
			}
			return
		case <-hup:
			ask("SIGHUP")
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			if !strings.HasSuffix(ev.Name, ".md") || strings.HasPrefix(filepath.Base(ev.Name), ".") {
				continue
			}
			if timer != nil {
				timer.Stop()
			}
			timer = time.AfterFunc(debounce, func() {
				select {
				case fire <- struct{}{}:
				default:
				}
			})
		case <-fire:
			ask("file change")
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			r.logger.Warn("content watcher", "err", err)
		}
	}
}
