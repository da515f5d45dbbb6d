package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord"
	"github.com/careerbot-dev/careerbot/bot/slack"
	"github.com/careerbot-dev/careerbot/httpapi"
	"github.com/careerbot-dev/careerbot/metrics"
)

// runServe serves the HTTP API and web chat and every configured chat
// adapter until ctx ends (SIGINT/SIGTERM), then shuts down gracefully. A
// fatal adapter error (a bad token, a refused intent) stops the process
// with the adapter's explanation.
func (m *Main) runServe(ctx context.Context) error {
	met := metrics.New()
	limiter := bot.NewLimiter(m.Config.Limits.Rate, m.Logger)
	c, err := m.newCore(met, limiter)
	if err != nil {
		return err
	}

	adapters, mounts, err := m.adapters(c, met)
	if err != nil {
		return err
	}
	srv := httpapi.New(httpapi.Options{Config: m.Config.HTTP, Router: c.router, Logger: m.Logger, Metrics: met, Adapters: adapters})
	for pattern, h := range mounts {
		srv.Handle(pattern, h)
	}

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	fail := func(err error) {
		if err != nil && !errors.Is(err, context.Canceled) {
			cancel(err)
		}
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		fail(srv.ListenAndServe(ctx, m.Config.HTTP.Listen))
	}()
	m.Logger.Info("careerbot serving", "http", "http://"+m.Config.HTTP.Listen, "web_chat", "http://"+m.Config.HTTP.Listen+"/",
		"guides", len(c.engine.Library().Guides))

	stopHUP := catchHUP(ctx, m.Logger, m.Config.ContentDir != "" && m.Config.Content.Watch)
	defer stopHUP()
	if dir := m.Config.ContentDir; dir != "" && m.Config.Content.Watch {
		r := &reloader{dir: dir, engine: c.engine, logger: m.Logger, onReload: func(ok bool, guides, sections int) {
			met.Reload(ok)
			if ok {
				met.IndexSize(guides, sections)
			}
		}}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.watch(ctx, m.Config.Content.Debounce); err != nil {
				m.Logger.Warn("content watching is off", "dir", dir, "err", err)
			}
		}()
	}
	for _, a := range adapters {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := a.Run(ctx); err != nil && ctx.Err() == nil {
				fail(fmt.Errorf("%s: %w", a.Name(), err))
			}
		}()
	}
	<-ctx.Done()
	wg.Wait()
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	m.Logger.Info("careerbot stopped")
	return nil
}

// adapters builds every adapter whose settings are present, and says in the
// log which are off and why.
func (m *Main) adapters(c *core, obs bot.Observer) ([]bot.Adapter, map[string]http.Handler, error) {
	var out []bot.Adapter
	mounts := map[string]http.Handler{}
	if !m.Config.Discord.Enabled() {
		m.Logger.Info("discord is off: set DISCORD_TOKEN, or discord.token in the --config file, to turn it on (see bot/discord/README.md)")
	} else {
		d, err := discord.New(m.Config.Discord, c.router, c.registry, m.Logger.With("adapter", "discord"))
		if err != nil {
			return nil, nil, fmt.Errorf("discord: %w", err)
		}
		d.SetObserver(obs)
		out = append(out, d)
		if m.Config.Discord.Mode == discord.ModeHTTP {
			mounts["POST /discord/interactions"] = d.InteractionsHandler()
		}
	}
	if m.Config.Slack.BotToken == "" {
		m.Logger.Info("slack is off: set SLACK_BOT_TOKEN, or slack.bot_token in the --config file, to turn it on (see bot/slack/README.md)")
	} else {
		s, err := slack.New(m.Config.Slack, c.router, c.registry, m.Logger.With("adapter", "slack"))
		if err != nil {
			return nil, nil, fmt.Errorf("slack: %w", err)
		}
		s.SetObserver(obs)
		out = append(out, s)
		mounts["/slack/"] = s.HTTPHandler()
	}
	return out, mounts, nil
}
