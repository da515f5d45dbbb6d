package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/engine"
)

// reloader re-reads the content folder and swaps a freshly built library
// into the engine. Invalid content keeps the old library serving and logs
// every problem with file:line.
type reloader struct {
	dir      string
	engine   *engine.Engine
	logger   *slog.Logger
	onReload func(ok bool, guides, sections int) // metrics; may be nil
	mu       sync.Mutex                          // one reload at a time
	ready    chan struct{}                       // closed once watching (tests)
}

// reload builds and swaps; it reports whether the new content is served.
func (r *reloader) reload(reason string) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	start := time.Now()
	guides, err := content.LoadDir(r.dir)
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
	lib, idx, err := buildLibrary(guides)
	if err != nil {
		r.logger.Error("index build failed; still serving the previous content", "err", err)
		r.report(false, 0, 0)
		return false
	}
	lib.SetCloser(idx.Close)
	r.engine.Swap(lib)
	r.logger.Info("content reloaded", "reason", reason, "guides", len(guides), "sections", lib.SectionCount(),
		"took", time.Since(start).Round(time.Millisecond))
	r.report(true, len(guides), lib.SectionCount())
	return true
}

func (r *reloader) report(ok bool, guides, sections int) {
	if r.onReload != nil {
		r.onReload(ok, guides, sections)
	}
}

// watch reloads on SIGHUP and, debounced, on changes to *.md files in the
// folder, until ctx ends.
func (r *reloader) watch(ctx context.Context, debounce time.Duration) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	defer w.Close()
	if err := w.Add(r.dir); err != nil {
		return err
	}
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
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
			return nil
		case <-hup:
			r.reload("SIGHUP")
		case ev, ok := <-w.Events:
			if !ok {
				return nil
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
			r.reload("file change")
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			r.logger.Warn("content watcher", "err", err)
		}
	}
}
