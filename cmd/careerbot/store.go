package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/yamlx"
	"github.com/careerbot-dev/careerbot/metrics"
	"github.com/careerbot-dev/careerbot/store"
)

// validateStore checks the store section; messages name file, line and key.
func (c *Config) validateStore(path string, doc any) []string {
	var msgs []string
	node, _ := doc.(*yaml.Node)
	bad := func(key, format string, args ...any) {
		msgs = append(msgs, fmt.Sprintf("%s:%d: %s: %s", path, yamlx.Line(node, keyPath(key)...), key, fmt.Sprintf(format, args...)))
	}
	s := c.Store
	if s.Path != "" && s.URL != "" {
		bad("store.url", "set either store.path (SQLite) or store.url (Postgres), not both")
	}
	if s.URL != "" && !strings.HasPrefix(s.URL, "postgres://") && !strings.HasPrefix(s.URL, "postgresql://") {
		bad("store.url", "must start with postgres:// (Postgres is the only server supported)")
	}
	if s.Retention < 0 || (s.Retention > 0 && s.Retention < time.Hour) {
		bad("store.retention", "%v must be at least 1h (default 2160h, 90 days)", s.Retention)
	}
	if s.QueueSize < 0 || s.QueueSize > 1_000_000 {
		bad("store.queue_size", "%d must be between 1 and 1000000 (0: default)", s.QueueSize)
	}
	if t := c.HTTP.AdminToken; t != "" && len(t) < 16 {
		bad("http.admin_token", "must be at least 16 characters (it guards the admin dashboard)")
	}
	if s.Secret != "" && len(s.Secret) < 16 {
		bad("store.secret", "must be at least 16 characters (or empty: one is generated into the store)")
	}
	return msgs
}

// storeConfig returns the store section with the SQLite path resolved:
// store.path (relative to the config file), else careerbot.db in data_dir,
// else next to the config file, else in the current folder.
func (m *Main) storeConfig() store.Config {
	c := m.Config.Store
	if c.URL != "" {
		return c
	}
	base := "."
	if m.Config.path != "" {
		base = filepath.Dir(m.Config.path)
	}
	switch {
	case c.Path != "":
		if !filepath.IsAbs(c.Path) {
			c.Path = filepath.Join(base, c.Path)
		}
	case m.Config.DataDir != "":
		dir := m.Config.DataDir
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(base, dir)
		}
		c.Path = filepath.Join(dir, "careerbot.db")
	default:
		c.Path = filepath.Join(base, "careerbot.db")
	}
	return c
}

// storeStatus is what /readyz says about the store.
type storeStatus struct {
	state string // "ok", "off", "unavailable"
	err   string
}

func (s storeStatus) detail() map[string]any {
	d := map[string]any{"state": s.state}
	if s.err != "" {
		d["error"] = s.err
	}
	return d
}

// openStore opens the store for serve and starts recording: it sets
// m.recorder and returns the store (nil when off or, with store.required:
// false, unavailable). A store that cannot be opened is fatal unless
// store.required is false.
func (m *Main) openStore(ctx context.Context, met *metrics.Metrics) (*store.Store, storeStatus, error) {
	c := m.storeConfig()
	sm := met.Store(nil)
	if !c.On() {
		m.Logger.Info("store is off (store.enabled: false): questions and votes are not recorded")
		sm.Up(false)
		return nil, storeStatus{state: "off"}, nil
	}
	st, err := store.Open(ctx, c, m.Logger)
	if err != nil {
		if c.IsRequired() {
			return nil, storeStatus{}, fmt.Errorf("%w (set store.required: false to run without recording)", err)
		}
		m.Logger.Error("running without a store: questions and votes are not recorded", "err", err)
		sm.Up(false)
		return nil, storeStatus{state: "unavailable", err: err.Error()}, nil
	}
	m.closers = append(m.closers, st.Close)
	m.recorder = bot.NewRecorder(bot.RecorderOptions{Sink: st, Key: st.Key(), QuestionText: c.StoresText(),
		QueueSize: c.QueueSize, Logger: m.Logger, OnDrop: sm.Dropped})
	sm.Up(true)
	m.Logger.Info("recording questions and votes", "store", st.Dialect(), "db", st.Where(), "question_text", c.StoresText(),
		"retention", c.RetentionOrDefault())
	return st, storeStatus{state: "ok"}, nil
}

func (m *Main) checkStoreFlags() error {
	switch m.Command {
	case "report":
		if _, err := parseSince(m.Since, time.Now()); err != nil {
			return usageErr("--since: %v", err)
		}
		switch m.Format {
		case "table", "csv", "json":
		default:
			return usageErr("--format must be table, csv or json, not %q", m.Format)
		}
	case "forget":
		if p, id, ok := strings.Cut(m.User, ":"); !ok || p == "" || id == "" {
			return usageErr("forget needs --user PLATFORM:ID, e.g. --user discord:123456789012345678")
		}
	}
	if len(m.Args) > 0 {
		return usageErr("%s takes no arguments besides its flags", m.Command)
	}
	return nil
}

// parseSince reads 7d, 24h, 90m or a date (2006-01-02, UTC).
func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if n, ok := strings.CutSuffix(s, "d"); ok {
		d, err := strconv.Atoi(n)
		if err != nil || d < 0 {
			return time.Time{}, fmt.Errorf("%q: want a number of days like 7d", s)
		}
		return now.Add(-time.Duration(d) * 24 * time.Hour), nil
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("%q: want 7d, 24h or a date like 2026-11-01", s)
}

// openStoreForCLI opens the store for report and forget.
func (m *Main) openStoreForCLI(ctx context.Context) (*store.Store, error) {
	c := m.storeConfig()
	if !c.On() {
		return nil, errors.New("the store is off (store.enabled: false): nothing was recorded")
	}
	c.MustExist = true // a wrong path must not create an empty store
	st, err := store.Open(ctx, c, m.Logger)
	if err != nil {
		return nil, err
	}
	m.closers = append(m.closers, st.Close)
	return st, nil
}

func (m *Main) runReport(ctx context.Context) error {
	since, _ := parseSince(m.Since, time.Now())
	st, err := m.openStoreForCLI(ctx)
	if err != nil {
		return err
	}
	r, err := st.Report(ctx, since)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return writeReport(m.Stdout, r, m.Format)
}

func (m *Main) runForget(ctx context.Context) error {
	platform, id, _ := strings.Cut(m.User, ":")
	st, err := m.openStoreForCLI(ctx)
	if err != nil {
		return err
	}
	n, err := st.Forget(ctx, bot.HashUser(st.Key(), platform, id))
	if err != nil {
		return fmt.Errorf("forget: %w", err)
	}
	fmt.Fprintf(m.Stdout, "forgot %s: %d record(s) deleted\n", platform, n)
	return nil
}

// sharedState is the state the adapters share with other replicas (and
// with the next start): on the store when there is one (Postgres: shared
// by every replica; SQLite: kept across restarts), else process memory.
func (m *Main) sharedState(st *store.Store, met *metrics.Metrics) *bot.Shared {
	sm := met.SharedState()
	o := bot.SharedOptions{Logger: m.Logger, OnDegraded: sm.Degraded}
	if st == nil {
		m.Logger.Info("shared state in process memory only (no store): replicas do not share de-duplication, and a restart forgets it")
		return bot.NewShared(nil, o)
	}
	o.Name = st.Dialect()
	return bot.NewShared(st, o)
}
