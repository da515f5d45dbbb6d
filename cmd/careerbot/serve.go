package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord"
	"github.com/careerbot-dev/careerbot/bot/slack"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/httpapi"
	"github.com/careerbot-dev/careerbot/metrics"
)

// runServe serves the HTTP API and web chat and every configured chat
// adapter until ctx ends (SIGINT/SIGTERM), then shuts down gracefully. A
// fatal adapter error (a bad token, a refused intent) stops the process
// with the adapter's explanation.
func (m *Main) runServe(ctx context.Context) error {
	hup := m.Hup
	if hup == nil {
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, syscall.SIGHUP)
		defer signal.Stop(ch)
		hup = ch
	}
	met := metrics.New()
	limiter := bot.NewLimiter(m.Config.Limits.Rate, m.Logger)
	st, stStatus, err := m.openStore(ctx, met)
	if err != nil {
		return err
	}
	if st != nil && st.Dialect() == "postgres" {
		// Replicas: a follow-up may reach another process than the question.
		var lastLog atomic.Int64
		m.conversations = bot.NewSharedConversations(engine.NewMemoryConversations(10000), st, func(err error) {
			if now := time.Now().Unix(); lastLog.Swap(now) < now-60 {
				m.Logger.Warn("conversations: the shared store failed; context stays on this replica", "err", err)
			}
		})
	}
	c, err := m.newCore(met, limiter)
	if err != nil {
		return err
	}
	shared := m.sharedState(st, met)
	sctx, scancel := context.WithCancel(context.WithoutCancel(ctx)) // purges and recovers; stopped before the store closes
	sdone := make(chan struct{})
	go func() { defer close(sdone); shared.Run(sctx) }()
	defer func() { scancel(); <-sdone }()
	var feedback bot.FeedbackTaker
	var reporter bot.Reporter
	if m.recorder != nil {
		feedback = bot.FeedbackThrough(m.recorder, limiter.Middleware(met.OnLimited))
		reporter = st
		// The recorder outlives the other goroutines so that answers given
		// during shutdown are still written.
		rctx, rcancel := context.WithCancel(context.WithoutCancel(ctx))
		rdone := make(chan struct{})
		go func() { defer close(rdone); m.recorder.Run(rctx) }()
		defer func() { rcancel(); <-rdone }()
		pctx, pcancel := context.WithCancel(ctx) // daily purge, stopped before the store closes
		pdone := make(chan struct{})
		go func() { defer close(pdone); st.RunRetention(pctx, m.storeConfig().RetentionOrDefault()) }()
		defer func() { pcancel(); <-pdone }()
	}
	adapters, mounts, err := m.adapters(c, met)
	if err != nil {
		return err
	}
	for _, a := range adapters {
		if fa, ok := a.(interface{ SetFeedback(bot.FeedbackTaker) }); ok && feedback != nil {
			fa.SetFeedback(feedback) // 👍/👎 under answers
		}
		if sa, ok := a.(interface{ SetState(bot.SharedState) }); ok {
			sa.SetState(shared) // de-duplication, replay protection, rejoin window
		}
	}
	srv := httpapi.New(httpapi.Options{Config: m.Config.HTTP, Router: c.router, Logger: m.Logger, Metrics: met, Adapters: adapters,
		Feedback: feedback, Reporter: reporter, Details: func() map[string]any {
			return map[string]any{"store": stStatus.detail(), "shared_state": shared.Detail()}
		}})
	for pattern, h := range mounts {
		srv.Handle(pattern, h)
	}

	// Bind before saying we serve: a taken port fails here, with its error.
	listen := m.Config.HTTP.Listen
	if listen == "" {
		listen = httpapi.DefaultListen
	}
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return fmt.Errorf("http: listen on %s: %w", listen, err)
	}
	addr := ln.Addr().String()

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
		fail(srv.Serve(ctx, ln))
	}()
	// Loading and indexing leave garbage (file contents, index batches):
	// it is given back rather than idled on, once serving (a forced
	// collection and returning the pages took 0.15-0.2 s before /readyz
	// at 10,000 guides).
	go debug.FreeOSMemory()
	m.Logger.Info("careerbot serving", "http", "http://"+addr, "web_chat", "http://"+addr+"/",
		"guides", len(c.engine.Library().Guides))

	// SIGHUP (logrotate, systemctl reload) reloads the content folder when
	// there is one and never ends the process.
	var r *reloader
	if dir := m.Config.ContentDir; dir != "" {
		r = &reloader{dir: dir, engine: c.engine, logger: m.Logger, limits: m.Config.Content.limits(), load: m.parsed.LoadDir,
			indexDir: m.Config.Content.IndexDir, onReload: func(ok bool, guides, sections int) {
				met.Reload(ok)
				if ok {
					met.IndexSize(guides, sections)
				}
			}}
		debounce := time.Duration(0) // SIGHUP only
		if m.Config.Content.Watch {
			debounce = max(m.Config.Content.Debounce, time.Millisecond)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.watch(ctx, debounce, hup)
		}()
	} else {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case <-hup:
					m.Logger.Info("SIGHUP: nothing to reload (the shipped guides are served; set content_dir to reload a folder)")
				}
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
	if r != nil {
		r.stop() // no content swapped in after shutdown began
	}
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
		d, err := discord.New(m.Config.Discord, c.router, c.registry, m.Logger)
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
