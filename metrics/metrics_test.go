package metrics

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/careerbot-dev/careerbot/bot"
)

func testRouter(t *testing.T, m *Metrics, mw ...bot.Middleware) *bot.Router {
	t.Helper()
	reg := bot.NewRegistry()
	reg.MustAdd(bot.Command{Name: "ask", Description: "Ask", Options: []bot.Option{{Name: "question", Description: "q", Rest: true}},
		Handler: func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
			switch req.Option("question") {
			case "boom":
				panic("boom")
			case "fail":
				return nil, errors.New("backend down")
			case "bad":
				return nil, bot.Errorf(bot.EINVALID, "bad")
			case "off-topic":
				return &bot.Answer{Answered: false, Body: "no idea"}, nil
			}
			return &bot.Answer{Answered: true, Body: "yes"}, nil
		}})
	return bot.NewRouter(reg, nil, append([]bot.Middleware{m.Middleware(reg), bot.Recover(discard(), m.Panic)}, mw...)...)
}

func q(r *bot.Router, platform, cmd, text string) *bot.Answer {
	return r.Handle(context.Background(), &bot.Request{Platform: platform, UserID: "u", Command: cmd,
		Options: map[string]string{"question": text}, Text: text})
}

func TestMiddlewareCountsOutcomesAndLatency(t *testing.T) {
	m := New()
	r := testRouter(t, m)
	q(r, "discord", "ask", "hello")
	q(r, "discord", "", "hello")
	q(r, "discord", "ask", "off-topic")
	q(r, "slack", "ask", "bad")
	q(r, "slack", "ask", "fail")
	if a := q(r, "slack", "ask", "boom"); a.Code != bot.EINTERNAL {
		t.Fatalf("panic answer = %+v", a)
	}
	q(r, "slack", "no-such-command-\x00zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "x")

	for _, tc := range []struct {
		platform, command, outcome string
		want                       float64
	}{
		{"discord", "ask", "answered", 2},
		{"discord", "ask", "not_answered", 1},
		{"slack", "ask", "rejected", 1},
		{"slack", "ask", "error", 2},
		{"slack", "unknown", "rejected", 1},
	} {
		if got := testutil.ToFloat64(m.questions.WithLabelValues(tc.platform, tc.command, tc.outcome)); got != tc.want {
			t.Errorf("questions{%s,%s,%s} = %v, want %v", tc.platform, tc.command, tc.outcome, got, tc.want)
		}
	}
	if got := testutil.ToFloat64(m.panics); got != 1 {
		t.Errorf("panics = %v, want 1", got)
	}
	if n := testutil.CollectAndCount(m.questions); n != 5 {
		t.Errorf("%d question series, want 5 (unknown commands must not add labels)", n)
	}
	if n := testutil.CollectAndCount(m.latency); n != 3 {
		t.Errorf("%d latency series, want 3", n)
	}
	body := scrape(t, m)
	for _, want := range []string{
		`careerbot_answer_latency_seconds_count{command="ask",platform="discord"} 3`,
		`careerbot_questions_total{command="ask",outcome="answered",platform="discord"} 2`,
		`careerbot_panics_recovered_total 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("scrape lacks %q", want)
		}
	}
}

func TestMiddlewareCountsRateLimited(t *testing.T) {
	m := New()
	r := testRouter(t, m, bot.RateLimit(bot.LimitConfig{PerMinute: 1, Burst: 1}, nil, m.OnLimited))
	for i := 0; i < 4; i++ {
		q(r, "http", "ask", "hello")
	}
	if got := testutil.ToFloat64(m.questions.WithLabelValues("http", "ask", "limited")); got != 3 {
		t.Errorf("limited questions = %v, want 3 (noted and silent)", got)
	}
	if got := testutil.ToFloat64(m.limited.WithLabelValues("http", bot.LimitUser)); got != 3 {
		t.Errorf("rate_limited_total = %v, want 3", got)
	}
}

func TestMethods(t *testing.T) {
	m := New()
	m.AdapterUp("discord", true)
	m.AdapterUp("slack", true)
	m.AdapterUp("slack", false)
	m.Reconnect("slack")
	m.Reconnect("slack")
	m.Reload(true)
	m.Reload(false)
	m.Reload(false)
	m.IndexSize(3, 45)
	m.Welcome("discord")
	m.WelcomeFailed("discord")
	m.QuickStart("slack")
	m.RoleChange("discord")
	m.RoleChange("discord")
	m.Question("cli", "salary", "answered", 0)
	checks := []struct {
		name string
		c    prometheus.Collector
		want float64
	}{
		{"adapter_up discord", m.adapterUp.WithLabelValues("discord"), 1},
		{"adapter_up slack", m.adapterUp.WithLabelValues("slack"), 0},
		{"reconnects slack", m.reconnects.WithLabelValues("slack"), 2},
		{"reloads ok", m.reloads.WithLabelValues("ok"), 1},
		{"reloads failed", m.reloads.WithLabelValues("failed"), 2},
		{"guides", m.guides, 3},
		{"sections", m.sections, 45},
		{"welcomes", m.welcomes.WithLabelValues("discord"), 1},
		{"welcome failures", m.welcomeFails.WithLabelValues("discord"), 1},
		{"quick starts", m.quickStarts.WithLabelValues("slack"), 1},
		{"role changes", m.roleChanges.WithLabelValues("discord"), 2},
		{"questions cli", m.questions.WithLabelValues("cli", "salary", "answered"), 1},
	}
	for _, c := range checks {
		if got := testutil.ToFloat64(c.c); got != c.want {
			t.Errorf("%s = %v, want %v", c.name, got, c.want)
		}
	}
	if testutil.ToFloat64(m.lastReload) == 0 {
		t.Error("last reload timestamp not set")
	}
}

func TestNilMetricsIsNoop(t *testing.T) {
	var m *Metrics
	m.AdapterUp("x", true)
	m.Reconnect("x")
	m.Limited("x", "user")
	m.Panic()
	m.Reload(true)
	m.IndexSize(1, 2)
	m.Welcome("x")
	m.WelcomeFailed("x")
	m.QuickStart("x")
	m.RoleChange("x")
	m.Question("a", "b", "c", 0)
	if m.Registry() != nil {
		t.Fatal("nil metrics has a registry")
	}
	r := testRouter(t, m)
	if a := q(r, "cli", "ask", "hello"); !a.Answered {
		t.Fatalf("router with nil metrics: %+v", a)
	}
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != http.StatusNotFound {
		t.Fatalf("nil metrics handler status %d", rec.Code)
	}
}

func TestOwnRegistryNotGlobal(t *testing.T) {
	a, b := New(), New() // would panic on duplicate registration if global
	a.Panic()
	if testutil.ToFloat64(b.panics) != 0 {
		t.Fatal("metrics instances share state")
	}
	mfs, err := prometheus.DefaultGatherer.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if strings.HasPrefix(mf.GetName(), Namespace+"_") {
			t.Errorf("%s registered on the global default registry", mf.GetName())
		}
	}
}

func TestLabelSanitised(t *testing.T) {
	for in, want := range map[string]string{
		"":                       "unknown",
		"discord":                "discord",
		"a\x00b":                 "a_b",
		"\xff\xfe":               "_",
		strings.Repeat("x", 100): strings.Repeat("x", 32),
	} {
		if got := label(in); got != want {
			t.Errorf("label(%q) = %q, want %q", in, got, want)
		}
	}
}

func scrape(t *testing.T, m *Metrics) string {
	t.Helper()
	srv := httptest.NewServer(m.Handler())
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("scrape status %d", resp.StatusCode)
	}
	return string(b)
}

func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }

var _ bot.Observer = (*Metrics)(nil)

func TestAnswerCacheLookups(t *testing.T) {
	m := New()
	m.AnswerCache(true)
	m.AnswerCache(true)
	m.AnswerCache(false)
	out := scrape(t, m)
	for _, want := range []string{`careerbot_answer_cache_lookups_total{result="hit"} 2`, `careerbot_answer_cache_lookups_total{result="miss"} 1`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	var nilM *Metrics
	nilM.AnswerCache(true) // no panic
}
