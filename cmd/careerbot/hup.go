package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// catchHUP keeps SIGHUP from stopping serve (Go's default for it is to
// exit, and systemd's `systemctl reload` sends it): the content watcher
// reloads on it when content_dir is watched; otherwise this logs that there
// is nothing to reload. It registers before it returns; stop unregisters.
func catchHUP(ctx context.Context, logger *slog.Logger, reloads bool) (stop func()) {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-hup:
				if !reloads {
					logger.Info("SIGHUP: nothing to reload (set content_dir, with content.watch on, to reload guides)")
				}
			}
		}
	}()
	return func() { signal.Stop(hup); <-done }
}
