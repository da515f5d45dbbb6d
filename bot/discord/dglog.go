package discord

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"
)

// discordgo logs through one package-level hook (discordgo.Logger) and
// knows nothing of slog. Its errors matter: an event it cannot decode is
// dropped with only a log line. The hook is installed once and forwards to
// the logger of a running adapter (a process runs one; in tests the most
// recently started one); with none running, discordgo's lines are dropped.
var (
	dgHookOnce sync.Once
	dgLogger   atomic.Pointer[slog.Logger]
)

// dgLogLevel is the discordgo LogLevel of our sessions: errors and
// warnings (its info and debug levels log every event).
const dgLogLevel = discordgo.LogWarning

// routeDiscordgoLog sends discordgo's log lines to log until the returned
// function is called.
func routeDiscordgoLog(log *slog.Logger) (stop func()) {
	dgHookOnce.Do(func() { discordgo.Logger = dgLog })
	l := log.With("component", "discordgo")
	dgLogger.Store(l)
	return func() { dgLogger.CompareAndSwap(l, nil) }
}

func dgLog(level, _ int, format string, args ...any) {
	l := dgLogger.Load()
	if l == nil {
		return
	}
	lv := slog.LevelDebug
	switch level {
	case discordgo.LogError:
		lv = slog.LevelError
	case discordgo.LogWarning:
		lv = slog.LevelWarn
	case discordgo.LogInformational:
		lv = slog.LevelInfo
	}
	l.Log(context.Background(), lv, "discordgo: "+strings.TrimSpace(fmt.Sprintf(format, args...)))
}
