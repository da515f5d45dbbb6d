// Package testbot wires the real engine over the shipped guides for tests of
// adapters and servers: content → index → library → engine → registry →
// router, with the core middleware.
package testbot

import (
	"log/slog"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/index"
)

// Bot is a ready engine with its registry and router.
type Bot struct {
	Engine   *engine.Engine
	Registry *bot.Registry
	Router   *bot.Router
	Library  *engine.Library
}

// New builds the bot from the shipped guides; extra middleware run inside
// recover and logging.
func New(tb testing.TB, mw ...bot.Middleware) *Bot {
	tb.Helper()
	guides, err := content.Default()
	if err != nil {
		tb.Fatalf("load content: %v", err)
	}
	return FromGuides(tb, guides, mw...)
}

// FromGuides builds the bot from the given guides.
func FromGuides(tb testing.TB, guides []*bot.Guide, mw ...bot.Middleware) *Bot {
	tb.Helper()
	return WithOptions(tb, guides, engine.Options{}, mw...)
}

// WithOptions builds the bot from the given guides with engine options.
func WithOptions(tb testing.TB, guides []*bot.Guide, opts engine.Options, mw ...bot.Middleware) *Bot {
	tb.Helper()
	idx, err := index.Build(guides)
	if err != nil {
		tb.Fatalf("build index: %v", err)
	}
	tb.Cleanup(func() { idx.Close() })
	logger := slog.New(slog.DiscardHandler)
	lib, err := engine.NewLibrary(guides, idx)
	if err != nil {
		tb.Fatalf("library: %v", err)
	}
	eng := engine.New(lib, logger, opts)
	reg := bot.NewRegistry()
	if err := eng.Register(reg); err != nil {
		tb.Fatalf("register: %v", err)
	}
	chain := append([]bot.Middleware{bot.Recover(logger, nil), bot.Logging(logger), bot.InputLimits(2000)}, mw...)
	return &Bot{Engine: eng, Registry: reg, Library: lib, Router: bot.NewRouter(reg, logger, chain...)}
}
