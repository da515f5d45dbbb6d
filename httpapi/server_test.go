package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/testbot"
	"github.com/careerbot-dev/careerbot/metrics"
)

type fakeAdapter struct {
	name  string
	ready atomic.Bool
}

func (f *fakeAdapter) Name() string { return f.name }
func (f *fakeAdapter) Run(ctx context.Context) error {
	<-ctx.Done()
	return nil
}
func (f *fakeAdapter) Ready() bool { return f.ready.Load() }

type env struct {
	srv     *Server
	url     string
	metrics *metrics.Metrics
	bot     *testbot.Bot
}

// newEnv serves the real engine (testbot) with metrics and the given extra
// middleware on a loopback httptest server.
func newEnv(t *testing.T, cfg Config, mw ...bot.Middleware) *env {
	t.Helper()
	m := metrics.New()
	b := testbot.New(t, append([]bot.Middleware{m.Middleware(nil)}, mw...)...)
	s := New(Options{Config: cfg, Router: b.Router, Metrics: m, Logger: slog.New(slog.DiscardHandler)})
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return &env{srv: s, url: ts.URL, metrics: m, bot: b}
}

type result struct {
	status int
	header http.Header
	body   []byte
}

func do(t *testing.T, method, url, contentType string, body io.Reader, hdr ...string) result {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	resp, err := http.DefaultClient.Do(req.WithContext(ctx))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return result{resp.StatusCode, resp.Header, b}
}

func postAsk(t *testing.T, e *env, body string, hdr ...string) result {
	t.Helper()
	return do(t, "POST", e.url+"/v1/ask", "application/json", strings.NewReader(body), hdr...)
}

func askJSON(text, career string) string {
	b, _ := json.Marshal(AskRequest{Text: text, Career: career})
	return string(b)
}

func decodeAnswer(t *testing.T, r result) (*bot.Answer, map[string]any) {
	t.Helper()
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q, want JSON", ct)
	}
	var raw map[string]any
	if err := json.Unmarshal(r.body, &raw); err != nil {
		t.Fatalf("body is not JSON: %v\n%s", err, r.body)
	}
	var a bot.Answer
	if err := json.Unmarshal(r.body, &a); err != nil {
		t.Fatal(err)
	}
	return &a, raw
}

func wantError(t *testing.T, r result, status int, code string) {
	t.Helper()
	if r.status != status {
		t.Fatalf("status %d, want %d: %s", r.status, status, r.body)
	}
	var e errorJSON
	if err := json.Unmarshal(r.body, &e); err != nil {
		t.Fatalf("error body is not JSON: %v\n%s", err, r.body)
	}
	if e.Error != code || e.Message == "" {
		t.Fatalf("error body %+v, want code %q and a message", e, code)
	}
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("error Content-Type %q", ct)
	}
}

func TestHealthz(t *testing.T) {
	e := newEnv(t, Config{})
	r := do(t, "GET", e.url+"/healthz", "", nil)
	if r.status != 200 || strings.TrimSpace(string(r.body)) != `{"status":"ok"}` {
		t.Fatalf("healthz = %d %s", r.status, r.body)
	}
	r = do(t, "POST", e.url+"/healthz", "", nil)
	wantError(t, r, http.StatusMethodNotAllowed, "method_not_allowed")
	if r.header.Get("Allow") != "GET, HEAD" {
		t.Errorf("Allow = %q", r.header.Get("Allow"))
	}
}

func TestReadyz(t *testing.T) {
	b := testbot.New(t)
	discord, slack := &fakeAdapter{name: "discord"}, &fakeAdapter{name: "slack"}
	discord.ready.Store(true)
	var content atomic.Bool
	content.Store(true)
	s := New(Options{Router: b.Router, Adapters: []bot.Adapter{discord, slack}, ContentReady: content.Load})
	ts := httptest.NewServer(s)
	defer ts.Close()

	get := func() (int, map[string]any) {
		r := do(t, "GET", ts.URL+"/readyz", "", nil)
		var m map[string]any
		if err := json.Unmarshal(r.body, &m); err != nil {
			t.Fatalf("readyz body: %v %s", err, r.body)
		}
		return r.status, m
	}
	code, m := get()
	if code != 503 || m["status"] != "not_ready" {
		t.Fatalf("slack down: %d %v", code, m)
	}
	if ad := m["adapters"].(map[string]any); ad["discord"] != true || ad["slack"] != false {
		t.Fatalf("adapters = %v", ad)
	}
	slack.ready.Store(true)
	if code, m = get(); code != 200 || m["status"] != "ready" || m["content"] != true {
		t.Fatalf("all up: %d %v", code, m)
	}
	content.Store(false)
	if code, m = get(); code != 503 || m["content"] != false {
		t.Fatalf("content not indexed: %d %v", code, m)
	}
	content.Store(true)
	s.draining.Store(true)
	if code, m = get(); code != 503 || m["shutting_down"] != true {
		t.Fatalf("draining: %d %v", code, m)
	}
}

func TestReadyzCustomFunc(t *testing.T) {
	s := New(Options{Ready: func() (bool, map[string]any) { return false, map[string]any{"why": "loading"} }})
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), `"why":"loading"`) {
		t.Fatalf("custom ready: %d %s", rec.Code, rec.Body)
	}
}

func TestAskFreeText(t *testing.T) {
	e := newEnv(t, Config{})
	r := postAsk(t, e, askJSON("how much do machine learning engineers make?", ""))
	if r.status != 200 {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	a, raw := decodeAnswer(t, r)
	if !a.Answered || !strings.Contains(raw["text"].(string), "150,000") {
		t.Fatalf("answer = %s", r.body)
	}
	if len(a.FollowUps) == 0 || raw["follow_ups"] == nil {
		t.Fatalf("no follow_ups in %s", r.body)
	}
	if a.Career != "ml-engineer" {
		t.Errorf("career = %q", a.Career)
	}
	// The answer is the same model the engine produces for the same request.
	want := e.bot.Router.Handle(context.Background(), &bot.Request{Platform: "http", Command: "ask",
		Options: map[string]string{"question": "how much do machine learning engineers make?"}})
	wb, _ := json.Marshal(want)
	if !bytes.Equal(bytes.TrimSpace(r.body), wb) {
		t.Errorf("HTTP answer differs from the engine's:\n%s\n%s", r.body, wb)
	}
}

func TestAskCommandAndCareer(t *testing.T) {
	e := newEnv(t, Config{})
	a, raw := decodeAnswer(t, postAsk(t, e, askJSON("/salary CA", "")))
	if !a.Answered || !strings.Contains(raw["text"].(string), "$185,000") {
		t.Fatalf("/salary CA = %v", raw)
	}
	a, raw = decodeAnswer(t, postAsk(t, e, askJSON("what certifications help?", "ml-engineer")))
	if !a.Answered || !strings.Contains(raw["text"].(string), "AWS Machine Learning Specialty") {
		t.Fatalf("certs with career = %v", raw)
	}
	// The career is passed on: an unknown one is refused, not ignored.
	a, _ = decodeAnswer(t, postAsk(t, e, askJSON("what certifications help?", "astronaut")))
	if a.Answered || a.Code == "" {
		t.Fatalf("unknown career answered: %+v", a)
	}
	// Commands with a career option get it too.
	a, _ = decodeAnswer(t, postAsk(t, e, askJSON("/certs", "astronaut")))
	if a.Answered || a.Code == "" {
		t.Fatalf("/certs with unknown career answered: %+v", a)
	}
	a, _ = decodeAnswer(t, postAsk(t, e, askJSON("/nope", "")))
	if a.Answered || a.Code != bot.EINVALID || !strings.Contains(a.Body, "/nope") {
		t.Fatalf("/nope = %+v", a)
	}
}

func TestAskInputLimits(t *testing.T) {
	e := newEnv(t, Config{})
	for name, text := range map[string]string{
		"long":    strings.Repeat("salary ", 300), // past the test bot's 2000 characters
		"control": "salary\x07 in CA",
		"empty":   "   ",
	} {
		r := postAsk(t, e, askJSON(text, ""))
		if r.status != 200 {
			t.Fatalf("%s: status %d %s", name, r.status, r.body)
		}
		a, _ := decodeAnswer(t, r)
		if a.Answered || a.Code != bot.EINVALID || a.Body == "" {
			t.Errorf("%s: %+v, want a clear EINVALID message", name, a)
		}
	}
	// Invalid UTF-8 in the JSON string is replaced by the decoder, never a crash.
	r := postAsk(t, e, "{\"text\": \"salary \xff\xfe CA\"}")
	if r.status != 200 {
		t.Fatalf("invalid UTF-8: status %d %s", r.status, r.body)
	}
}

func TestAskBadRequests(t *testing.T) {
	e := newEnv(t, Config{MaxBodyBytes: 1024})
	for name, body := range map[string]string{
		"truncated":  `{"text": "hi"`,
		"array":      `["hi"]`,
		"not string": `{"text": 5}`,
		"two values": `{"text":"a"} {"text":"b"}`,
		"garbage":    `text=hello`,
		"empty":      ``,
	} {
		t.Run(name, func(t *testing.T) {
			wantError(t, postAsk(t, e, body), http.StatusBadRequest, "bad_request")
		})
	}
	t.Run("too large", func(t *testing.T) {
		wantError(t, postAsk(t, e, askJSON(strings.Repeat("x", 2000), "")), http.StatusRequestEntityTooLarge, "too_large")
	})
	t.Run("too large default cap", func(t *testing.T) {
		e := newEnv(t, Config{})
		wantError(t, postAsk(t, e, askJSON(strings.Repeat("x", 70<<10), "")), http.StatusRequestEntityTooLarge, "too_large")
		// Just under the cap is read (and refused politely as too long a question).
		r := postAsk(t, e, askJSON(strings.Repeat("x", 60<<10), ""))
		if a, _ := decodeAnswer(t, r); r.status != 200 || a.Code != bot.EINVALID {
			t.Fatalf("60 KiB body: %d %s", r.status, clip(r.body))
		}
	})
	t.Run("wrong method", func(t *testing.T) {
		r := do(t, "GET", e.url+"/v1/ask", "", nil)
		wantError(t, r, http.StatusMethodNotAllowed, "method_not_allowed")
		if r.header.Get("Allow") != "POST" {
			t.Errorf("Allow = %q", r.header.Get("Allow"))
		}
	})
	t.Run("wrong content type", func(t *testing.T) {
		wantError(t, do(t, "POST", e.url+"/v1/ask", "text/plain", strings.NewReader(askJSON("hi", ""))),
			http.StatusUnsupportedMediaType, "unsupported_media_type")
		wantError(t, do(t, "POST", e.url+"/v1/ask", "", strings.NewReader(askJSON("hi", ""))),
			http.StatusUnsupportedMediaType, "unsupported_media_type")
	})
	t.Run("unknown endpoint", func(t *testing.T) {
		wantError(t, do(t, "GET", e.url+"/v1/nothing", "", nil), http.StatusNotFound, "not_found")
	})
}

func clip(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "…"
	}
	return string(b)
}

func TestAskRateLimited(t *testing.T) {
	m := metrics.New()
	limit := bot.RateLimit(bot.LimitConfig{PerMinute: 1, Burst: 1}, nil, m.OnLimited)
	e := newEnv(t, Config{}, limit)
	e.metrics = m
	if r := postAsk(t, e, askJSON("/salary CA", "")); r.status != 200 {
		t.Fatalf("first: %d %s", r.status, r.body)
	}
	r := postAsk(t, e, askJSON("/salary CA", ""))
	a, _ := decodeAnswer(t, r)
	if r.status != http.StatusTooManyRequests || a.Code != bot.ELIMITED || a.Body == "" {
		t.Fatalf("second: %d %s", r.status, r.body)
	}
	// One a minute: the client may retry in about a minute, never sooner than a second.
	if ra, err := strconv.Atoi(r.header.Get("Retry-After")); err != nil || ra < 1 || ra > 60 {
		t.Errorf("Retry-After %q on a 429", r.header.Get("Retry-After"))
	}
	// Spoofed X-Forwarded-For is not trusted by default: still the same asker.
	r = postAsk(t, e, askJSON("/salary CA", ""), "X-Forwarded-For", "203.0.113.9")
	if a, _ := decodeAnswer(t, r); r.status != http.StatusTooManyRequests || a.Code != bot.ELIMITEDSILENT {
		t.Fatalf("third: %d %s", r.status, r.body)
	}
	if got := countMetric(t, m, `careerbot_rate_limited_total{platform="http",reason="user"}`); got != 2 {
		t.Errorf("rate_limited_total = %v, want 2", got)
	}
}

func TestAskUserHeaderIdentity(t *testing.T) {
	limit := bot.RateLimit(bot.LimitConfig{PerMinute: 1, Burst: 1}, nil, nil)
	e := newEnv(t, Config{UserHeader: "X-Careerbot-User"}, limit)
	for _, user := range []string{"alice", "bob"} {
		if r := postAsk(t, e, askJSON("/salary", ""), "X-Careerbot-User", user); r.status != 200 {
			t.Fatalf("%s: %d %s", user, r.status, r.body)
		}
	}
	if r := postAsk(t, e, askJSON("/salary", ""), "X-Careerbot-User", "alice"); r.status != 429 {
		t.Fatalf("alice again: %d", r.status)
	}
}

func countMetric(t *testing.T, m *metrics.Metrics, series string) float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	for _, line := range strings.Split(rec.Body.String(), "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			var f float64
			if err := json.Unmarshal([]byte(v), &f); err != nil {
				t.Fatalf("bad value in %q", line)
			}
			return f
		}
	}
	return 0
}

func TestMetricsEndpoint(t *testing.T) {
	e := newEnv(t, Config{})
	before := do(t, "GET", e.url+"/metrics", "", nil)
	if before.status != 200 || strings.Contains(string(before.body), `careerbot_questions_total{`) {
		t.Fatalf("metrics before any question: %d, has questions: %v", before.status, strings.Contains(string(before.body), "careerbot_questions_total{"))
	}
	postAsk(t, e, askJSON("how much do machine learning engineers make?", ""))
	postAsk(t, e, askJSON("/salary CA", ""))
	r := do(t, "GET", e.url+"/metrics", "", nil)
	body := string(r.body)
	for _, want := range []string{
		`careerbot_questions_total{command="ask",outcome="answered",platform="http"} 1`,
		`careerbot_questions_total{command="salary",outcome="answered",platform="http"} 1`,
		`careerbot_answer_latency_seconds_count{command="ask",platform="http"} 1`,
		`# TYPE careerbot_answer_latency_seconds histogram`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("metrics Content-Type %q", ct)
	}
	wantError(t, do(t, "DELETE", e.url+"/metrics", "", nil), 405, "method_not_allowed")

	s := New(Options{})
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != 404 {
		t.Errorf("metrics without Metrics: %d", rec.Code)
	}
}

func TestCommands(t *testing.T) {
	e := newEnv(t, Config{})
	r := do(t, "GET", e.url+"/v1/commands", "", nil)
	if r.status != 200 {
		t.Fatalf("status %d", r.status)
	}
	var got struct {
		Commands []CommandJSON `json:"commands"`
	}
	if err := json.Unmarshal(r.body, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Commands) != len(e.bot.Registry.Commands()) {
		t.Fatalf("%d commands, registry has %d", len(got.Commands), len(e.bot.Registry.Commands()))
	}
	byName := map[string]CommandJSON{}
	for _, c := range got.Commands {
		byName[c.Name] = c
		if c.Description == "" || !strings.HasPrefix(c.Usage, "/"+c.Name) || c.Options == nil {
			t.Errorf("command %+v incomplete", c)
		}
	}
	salary, ok := byName["salary"]
	if !ok || len(salary.Options) == 0 || salary.Options[0].Name != "state" || !salary.Options[0].Autocomplete {
		t.Fatalf("salary = %+v", salary)
	}
	if ask := byName["ask"]; len(ask.Options) == 0 || !ask.Options[0].Required {
		t.Errorf("ask = %+v", ask)
	}
	if !strings.Contains(string(r.body), `"usage":"/salary [state] [career]"`) {
		t.Errorf("usage missing: %s", clip(r.body))
	}
	wantError(t, do(t, "POST", e.url+"/v1/commands", "application/json", strings.NewReader("{}")), 405, "method_not_allowed")
}

func TestComplete(t *testing.T) {
	e := newEnv(t, Config{})
	r := do(t, "GET", e.url+"/v1/complete?command=salary&option=state&q=calif", "", nil)
	var got struct{ Choices []bot.Choice }
	if err := json.Unmarshal(r.body, &got); err != nil || r.status != 200 {
		t.Fatalf("%d %s", r.status, r.body)
	}
	found := false
	for _, c := range got.Choices {
		found = found || c.Value == "CA"
	}
	if !found {
		t.Errorf("no CA in %+v", got.Choices)
	}
	r = do(t, "GET", e.url+"/v1/complete?command=salary&option=career&q=", "", nil)
	if r.status != 200 || !strings.Contains(string(r.body), "ml-engineer") {
		t.Errorf("career choices: %d %s", r.status, r.body)
	}
	wantError(t, do(t, "GET", e.url+"/v1/complete?command=nope&option=x", "", nil), 404, "not_found")
	wantError(t, do(t, "GET", e.url+"/v1/complete?command=salary&option=nope", "", nil), 404, "not_found")
	wantError(t, do(t, "GET", e.url+"/v1/complete?command=salary&option=state&q=%07", "", nil), 400, "bad_request")
}

func TestStaticFiles(t *testing.T) {
	e := newEnv(t, Config{})
	for path, want := range map[string]struct{ ctype, contains string }{
		"/":          {"text/html", `<form id="ask"`},
		"/app.js":    {"text/javascript", "v1/ask"},
		"/style.css": {"text/css", ".answer"},
	} {
		r := do(t, "GET", e.url+path, "", nil)
		if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), want.ctype) || !strings.Contains(string(r.body), want.contains) {
			t.Errorf("%s: %d %q", path, r.status, r.header.Get("Content-Type"))
		}
		if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("%s: CSP %q", path, csp)
		}
		if r.header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", path)
		}
	}
	// No external assets: nothing in the page loads from another origin.
	for _, f := range []string{"index.html", "app.js", "style.css"} {
		b, err := webFiles.ReadFile("web/" + f)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"http://", "https://", "//cdn", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
			if strings.Contains(string(b), bad) {
				t.Errorf("%s contains %q", f, bad)
			}
		}
	}
	for _, path := range []string{"/nope", "/web/index.html", "/../server.go", "/index.html/", "/x.js"} {
		wantError(t, do(t, "GET", e.url+path, "", nil), 404, "not_found")
	}
	wantError(t, do(t, "POST", e.url+"/", "application/json", strings.NewReader("{}")), 405, "method_not_allowed")
	if r := do(t, "HEAD", e.url+"/", "", nil); r.status != 200 || len(r.body) != 0 {
		t.Errorf("HEAD /: %d %d bytes", r.status, len(r.body))
	}
}

func TestMountedHandlerBodyCapAndPanic(t *testing.T) {
	m := metrics.New()
	s := New(Options{Metrics: m, Config: Config{MaxBodyBytes: 100}})
	s.Handle("POST /discord/interactions", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.ReadAll(r.Body); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				writeError(w, 413, "too_large", "too big")
				return
			}
		}
		w.Write([]byte("ok"))
	}))
	s.Handle("/boom", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { panic("boom") }))
	ts := httptest.NewServer(s)
	defer ts.Close()
	if r := do(t, "POST", ts.URL+"/discord/interactions", "", strings.NewReader("small")); r.status != 200 || string(r.body) != "ok" {
		t.Fatalf("mounted: %d %s", r.status, r.body)
	}
	if r := do(t, "POST", ts.URL+"/discord/interactions", "", strings.NewReader(strings.Repeat("x", 200))); r.status != 413 {
		t.Fatalf("mounted, big body: %d", r.status)
	}
	wantError(t, do(t, "GET", ts.URL+"/boom", "", nil), 500, bot.EINTERNAL)
	if got := countMetric(t, m, "careerbot_panics_recovered_total"); got != 1 {
		t.Errorf("panics = %v", got)
	}
	// The server still serves.
	if r := do(t, "GET", ts.URL+"/healthz", "", nil); r.status != 200 {
		t.Fatalf("after panic: %d", r.status)
	}
}

func TestCORS(t *testing.T) {
	e := newEnv(t, Config{AllowOrigins: []string{"https://example.org"}})
	r := do(t, "OPTIONS", e.url+"/v1/ask", "", nil, "Origin", "https://example.org", "Access-Control-Request-Method", "POST")
	if r.status != 204 || r.header.Get("Access-Control-Allow-Origin") != "https://example.org" ||
		!strings.Contains(r.header.Get("Access-Control-Allow-Methods"), "POST") {
		t.Fatalf("preflight: %d %v", r.status, r.header)
	}
	r = postAsk(t, e, askJSON("/salary", ""), "Origin", "https://evil.example")
	if r.header.Get("Access-Control-Allow-Origin") != "" {
		t.Fatalf("CORS granted to an unlisted origin")
	}
	r = do(t, "OPTIONS", e.url+"/v1/ask", "", nil, "Origin", "https://evil.example")
	if r.status != 405 {
		t.Fatalf("preflight from unlisted origin: %d", r.status)
	}
}

func TestClientIP(t *testing.T) {
	for _, tc := range []struct {
		remote, xff string
		trust       bool
		want        string
	}{
		{"192.0.2.1:1234", "", false, "192.0.2.1"},
		{"192.0.2.1:1234", "198.51.100.7", false, "192.0.2.1"},
		{"192.0.2.1:1234", "10.0.0.1, 198.51.100.7", true, "198.51.100.7"},
		{"[2001:db8:1:2:3:4:5:6]:443", "", false, "2001:db8:1:2::/64"},
		{"[::ffff:192.0.2.1]:80", "", false, "192.0.2.1"},
		{"garbage", "", false, "garbage"},
		{"192.0.2.1:1234", "not-an-ip", true, "not-an-ip"},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tc.remote
		if tc.xff != "" {
			r.Header.Set("X-Forwarded-For", tc.xff)
		}
		if got := ClientIP(r, tc.trust); got != tc.want {
			t.Errorf("ClientIP(%q, xff %q, trust %v) = %q, want %q", tc.remote, tc.xff, tc.trust, got, tc.want)
		}
	}
}

// identity's IPv4 shortcut gives the user id "ip:" + ClientIP gives, for
// every kind of address, trusted forwarding or not.
func TestIdentityMatchesClientIP(t *testing.T) {
	for _, remote := range []string{"192.0.2.1:1234", "127.0.0.1:40000", "0.0.0.0:0", "255.255.255.255:65535",
		"[2001:db8:1:2:3:4:5:6]:443", "[::ffff:192.0.2.1]:80", "[fe80::1%eth0]:80", "192.0.2.1", "01.2.3.4:5",
		"1.2.3.4:99999", "1.2.3.4:", "garbage", "", "[::1]:8080", "1.2.3.4:5:6"} {
		for _, xff := range []string{"", "198.51.100.7", "10.0.0.1, 198.51.100.7:443", "not-an-ip", "::ffff:1.2.3.4"} {
			checkIdentity(t, remote, xff)
		}
	}
}

func checkIdentity(t *testing.T, remote, xff string) {
	t.Helper()
	for _, trust := range []bool{false, true} {
		s := New(Options{Config: Config{TrustForwardedFor: trust}})
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = remote
		if xff != "" {
			r.Header.Set("X-Forwarded-For", xff)
		}
		if got, want := s.identity(r).UserID, "ip:"+ClientIP(r, trust); got != want {
			t.Fatalf("identity(%q, xff %q, trust %v) = %q, want %q", remote, xff, trust, got, want)
		}
	}
}

func FuzzIdentityMatchesClientIP(f *testing.F) {
	f.Add("192.0.2.1:1234", "10.0.0.1, 198.51.100.7")
	f.Add("[::ffff:192.0.2.1]:80", "1.2.3.4:5")
	f.Fuzz(func(t *testing.T, remote, xff string) {
		if strings.ContainsAny(xff, "\r\n\x00") {
			return // not a header value
		}
		checkIdentity(t, remote, xff)
	})
}

func TestServeGracefulShutdown(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	s := New(Options{Config: Config{ShutdownTimeout: time.Minute}})
	s.Handle("/slow", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		w.Write([]byte("finished"))
	}))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	url := "http://" + ln.Addr().String()

	got := make(chan result, 1)
	go func() { got <- do(t, "GET", url+"/slow", "", nil) }()
	select {
	case <-started:
	case <-time.After(30 * time.Second):
		t.Fatal("slow request did not start")
	}
	cancel()
	// Wait until shutdown has begun, then let the request in flight finish.
	for i := 0; i < 3000 && !s.Draining(); i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if !s.Draining() {
		t.Fatal("server did not start draining")
	}
	close(release)
	select {
	case r := <-got:
		if r.status != 200 || string(r.body) != "finished" {
			t.Fatalf("in-flight request: %d %s", r.status, r.body)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("in-flight request lost")
	}
	select {
	case err := <-served:
		if err != nil {
			t.Fatalf("Serve returned %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("Serve did not return")
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Fatal("server still accepting after shutdown")
	}
}

func TestServeBoundedDrain(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	s := New(Options{Config: Config{ShutdownTimeout: 50 * time.Millisecond}})
	s.Handle("/stuck", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
	}))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	go http.Get("http://" + ln.Addr().String() + "/stuck")
	<-started
	cancel()
	select {
	case err := <-served:
		if err != nil {
			t.Fatalf("Serve returned %v", err)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("Serve waited forever for a stuck request")
	}
}

func TestListenAndServeBadAddress(t *testing.T) {
	s := New(Options{})
	err := s.ListenAndServe(context.Background(), "256.0.0.1:99999")
	if err == nil || !strings.Contains(err.Error(), "listen") {
		t.Fatalf("err = %v", err)
	}
}

func TestDecodeAsk(t *testing.T) {
	req, err := DecodeAsk(strings.NewReader(`{"text":"hi","career":"ml","extra":1}`))
	if err != nil || req.Text != "hi" || req.Career != "ml" {
		t.Fatalf("%+v %v", req, err)
	}
	if _, err := DecodeAsk(strings.NewReader(`{"text":"hi"}  ` + "\n")); err != nil {
		t.Fatalf("trailing space: %v", err)
	}
	_, err = DecodeAsk(strings.NewReader(`null`))
	if err != nil {
		t.Fatalf("null: %v", err)
	}
}

func TestAskChannelLimitNeverThrottlesAllWebUsers(t *testing.T) {
	limit := bot.RateLimit(bot.LimitConfig{PerMinute: 60, Burst: 5, ChannelPerMinute: 1, ChannelBurst: 1}, nil, nil)
	e := newEnv(t, Config{UserHeader: "X-Careerbot-User"}, limit)
	for i := 0; i < 5; i++ {
		if r := postAsk(t, e, askJSON("/salary", ""), "X-Careerbot-User", fmt.Sprint("user", i)); r.status != 200 {
			t.Fatalf("user %d: %d %s", i, r.status, r.body)
		}
	}
}

// /v1/complete goes through the router's middleware: counted in /metrics
// and rate limited (429 with Retry-After).
func TestCompleteCountedAndLimited(t *testing.T) {
	m := metrics.New()
	limit := bot.RateLimit(bot.LimitConfig{PerMinute: 1, Burst: 1}, nil, m.OnLimited)
	e := newEnv(t, Config{}, limit)
	e.metrics = m
	url := e.url + "/v1/complete?command=salary&option=state&q=cal"
	r := do(t, "GET", url, "", nil)
	if r.status != 200 || !strings.Contains(string(r.body), "California") {
		t.Fatalf("first: %d %s", r.status, r.body)
	}
	r = do(t, "GET", url, "", nil)
	if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") == "" {
		t.Fatalf("second: %d %v %s", r.status, r.header, r.body)
	}
	if got := countMetric(t, m, `careerbot_rate_limited_total{platform="http",reason="user"}`); got != 1 {
		t.Errorf("rate_limited_total = %v, want 1", got)
	}
	if got := countMetric(t, e.srv.opts.Metrics, `careerbot_questions_total{command="autocomplete",outcome="answered",platform="http"}`); got != 1 {
		t.Errorf("autocomplete not counted: %v", got)
	}
}

// An unknown command is parsed inside the router's chain: counted, and
// rate limited like any request.
func TestUnknownCommandCountedAndLimited(t *testing.T) {
	limit := bot.RateLimit(bot.LimitConfig{PerMinute: 1, Burst: 1}, nil, nil)
	e := newEnv(t, Config{}, limit)
	r := postAsk(t, e, askJSON("/frobnicate now", ""))
	if a, _ := decodeAnswer(t, r); r.status != 200 || a.Code != bot.EINVALID || !strings.Contains(a.Body, "/frobnicate") {
		t.Fatalf("first: %d %s", r.status, r.body)
	}
	if got := countMetric(t, e.metrics, `careerbot_questions_total{command="frobnicate",outcome="rejected",platform="http"}`); got != 1 {
		t.Errorf("unknown command not counted: %v", got)
	}
	if r := postAsk(t, e, askJSON("/frobnicate again", "")); r.status != http.StatusTooManyRequests {
		t.Fatalf("second unknown command not limited: %d %s", r.status, r.body)
	}
}

// Follow-ups in one conversation read against it; another conversation,
// or none, reads the line alone (issue 14).
func TestAskConversation(t *testing.T) {
	srv := newEnv(t, Config{})
	ask := func(text, conv string) map[string]any {
		t.Helper()
		body, _ := json.Marshal(map[string]string{"text": text, "conversation": conv})
		resp, err := http.Post(srv.url+"/v1/ask", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	if a := ask("/salary CA", "c1"); !strings.Contains(a["text"].(string), "185,000") {
		t.Fatalf("/salary CA: %v", a["text"])
	}
	a := ask("and NY?", "c1")
	if !strings.Contains(a["text"].(string), "170,000") || !strings.Contains(fmt.Sprint(a["assumed"]), "New York") {
		t.Fatalf("and NY? in the same conversation: %v (assumed %v)", a["text"], a["assumed"])
	}
	if a := ask("and NY?", "c2"); strings.Contains(fmt.Sprint(a["assumed"]), "New York") && a["assumed"] != nil {
		t.Fatalf("and NY? in another conversation used a context: %v", a["assumed"])
	}
	body, _ := json.Marshal(map[string]string{"text": "hi", "conversation": "bad id!"})
	resp, err := http.Post(srv.url+"/v1/ask", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("bad conversation id: status %d, want 400", resp.StatusCode)
	}
}
