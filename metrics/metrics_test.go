package metrics

import (
	"context"
	"errors"
	"fmt"
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

// directMiddleware is Middleware as it was before the series cache: every
// request's series looked up by its labels. The reference for the cache.
func directMiddleware(m *Metrics, reg *bot.Registry) bot.Middleware {
	return func(next bot.Handler) bot.Handler {
		return func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
			a, err := next(ctx, req)
			platform, command := label(req.Platform), commandLabel(reg, req.Command)
			m.questions.WithLabelValues(platform, command, Outcome(a, err)).Inc()
			m.latency.WithLabelValues(platform, command).Observe(0)
			return a, err
		}
	}
}

// seriesCounts is every question series with its count, and every latency
// series with its number of observations.
func seriesCounts(t *testing.T, m *Metrics) string {
	t.Helper()
	mfs, err := m.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, mf := range mfs {
		if n := mf.GetName(); n != Namespace+"_questions_total" && n != Namespace+"_answer_latency_seconds" {
			continue
		}
		for _, s := range mf.GetMetric() {
			var ls []string
			for _, l := range s.GetLabel() {
				ls = append(ls, l.GetName()+"="+l.GetValue())
			}
			v := s.GetCounter().GetValue()
			if h := s.GetHistogram(); h != nil {
				v = float64(h.GetSampleCount())
			}
			out = append(out, fmt.Sprintf("%s{%s} %v", mf.GetName(), strings.Join(ls, ","), v))
		}
	}
	return strings.Join(out, "\n")
}

// The series cache counts what looking every series up counted: the same
// series with the same counts, whatever the platforms and commands (free
// text, platforms that sanitise to the same label, more keys than the cache
// keeps).
func checkSeriesCache(t *testing.T, reqs [][2]string) {
	t.Helper()
	cached, direct := New(), New()
	rc := testRouter(t, cached)
	reg := rc.Registry
	rd := bot.NewRouter(reg, nil, directMiddleware(direct, reg), bot.Recover(discard(), direct.Panic))
	for _, r := range reqs {
		for _, text := range []string{"hello", "off-topic", "bad"} {
			q(rc, r[0], r[1], text)
			q(rd, r[0], r[1], text)
		}
	}
	if got, want := seriesCounts(t, cached), seriesCounts(t, direct); got != want {
		t.Fatalf("with the cache:\n%s\nlooked up:\n%s", got, want)
	}
}

func TestSeriesCacheCountsAsLookingUp(t *testing.T) {
	var reqs [][2]string
	for i := range 2*maxCachedSeries + 50 {
		reqs = append(reqs, [2]string{fmt.Sprintf("p%d", i%(maxCachedSeries/2)), []string{"ask", "", "nope", "ask"}[i%4]})
	}
	reqs = append(reqs, [2]string{"a\x00b", "ask"}, [2]string{"a\x01b", "ask"}, [2]string{"", "ask"}, [2]string{"unknown", ""},
		[2]string{strings.Repeat("x", 40), "ask"}, [2]string{strings.Repeat("x", 41), "ask"}, [2]string{"\xff", bot.CommandAutocomplete})
	checkSeriesCache(t, reqs)
}

func FuzzSeriesCache(f *testing.F) {
	f.Add("discord", "ask", "a\x00b", "")
	f.Add("", "nope", "\xff\xfe", "autocomplete")
	f.Fuzz(func(t *testing.T, p1, c1, p2, c2 string) {
		checkSeriesCache(t, [][2]string{{p1, c1}, {p2, c2}, {p1, c2}, {p2, c1}, {p1, c1}})
	})
}
