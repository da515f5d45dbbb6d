package httpapi

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/testbot"
	"github.com/careerbot-dev/careerbot/store"
)

const adminToken = "s3cret-admin-token-for-tests"

type adminEnv struct {
	url string
	rec *bot.Recorder
}

// newAdminEnv serves the API with a real SQLite store behind the recorder,
// votes and the dashboard.
func newAdminEnv(t *testing.T, token string) *adminEnv {
	t.Helper()
	st, err := store.Open(context.Background(), store.Config{Path: filepath.Join(t.TempDir(), "careerbot.db")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	rec := bot.NewRecorder(bot.RecorderOptions{Sink: st, Key: st.Key(), QuestionText: true, FlushEvery: 5 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	b := testbot.New(t, rec.Middleware())
	s := New(Options{Config: Config{AdminToken: token}, Router: b.Router, Logger: slog.New(slog.DiscardHandler),
		Feedback: rec, Reporter: st})
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return &adminEnv{url: ts.URL, rec: rec}
}

func (e *adminEnv) ask(t *testing.T, text string) string {
	t.Helper()
	r := do(t, http.MethodPost, e.url+"/v1/ask", "application/json", strings.NewReader(`{"text":"`+text+`"}`))
	if r.status != 200 {
		t.Fatalf("ask %q: %d %s", text, r.status, r.body)
	}
	_, rest, _ := strings.Cut(string(r.body), `"answer_id":"`)
	id, _, _ := strings.Cut(rest, `"`)
	return id
}

func (e *adminEnv) flush(t *testing.T) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := e.rec.Flush(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestAdminAuth(t *testing.T) {
	if r := do(t, http.MethodGet, newAdminEnv(t, "").url+"/admin", "", nil); r.status != 404 {
		t.Fatalf("/admin without admin_token = %d, want 404 (off)", r.status)
	}
	e := newAdminEnv(t, adminToken)
	e.ask(t, "recipe for chocolate cake")
	id := e.ask(t, "/certs")
	do(t, http.MethodPost, e.url+"/v1/feedback", "application/json", strings.NewReader(`{"answer_id":"`+id+`","vote":"down","reason":"wrong"}`))
	e.flush(t)

	r := do(t, http.MethodGet, e.url+"/admin", "", nil)
	if r.status != 401 || !strings.Contains(string(r.body), `name="token"`) || strings.Contains(string(r.body), "chocolate") {
		t.Fatalf("/admin without credentials = %d; want 401 with the login form and no data", r.status)
	}
	if r := do(t, http.MethodGet, e.url+"/admin", "", nil, "Authorization", "Bearer wrong"); r.status != 401 {
		t.Fatalf("wrong bearer = %d", r.status)
	}
	r = do(t, http.MethodGet, e.url+"/admin?since=30d", "", nil, "Authorization", "Bearer "+adminToken)
	body := string(r.body)
	if r.status != 200 || !strings.Contains(body, "recipe for chocolate cake") || !strings.Contains(body, "<svg") ||
		!strings.Contains(body, "Wrong") {
		t.Fatalf("/admin with the bearer token = %d:\n%s", r.status, body)
	}
	if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || r.header.Get("Cache-Control") != "no-store" {
		t.Errorf("headers: CSP %q, Cache-Control %q", csp, r.header.Get("Cache-Control"))
	}
	for _, ext := range []string{"http://", "https://", "//cdn", "<script"} {
		if strings.Contains(strings.ReplaceAll(body, `xmlns="http://www.w3.org/2000/svg"`, ""), ext) {
			t.Errorf("the dashboard loads or runs something external (%q)", ext)
		}
	}
	if strings.Contains(body, adminToken) {
		t.Error("the token is in the page")
	}

	// Login form: a wrong token is refused, the right one sets a cookie
	// that is not the token.
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.PostForm(e.url+"/admin/login", url.Values{"token": {"nope"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 || len(resp.Cookies()) != 0 {
		t.Fatalf("wrong login: %d, cookies %v", resp.StatusCode, resp.Cookies())
	}
	resp, err = client.PostForm(e.url+"/admin/login", url.Values{"token": {adminToken}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cookies := resp.Cookies()
	if resp.StatusCode != 303 || resp.Header.Get("Location") != "/admin" || len(cookies) != 1 || !cookies[0].HttpOnly ||
		cookies[0].SameSite != http.SameSiteStrictMode || strings.Contains(cookies[0].Value, adminToken) {
		t.Fatalf("login: %d %q cookies %+v", resp.StatusCode, resp.Header.Get("Location"), cookies)
	}
	if r := do(t, http.MethodGet, e.url+"/admin", "", nil, "Cookie", adminCookie+"="+cookies[0].Value); r.status != 200 {
		t.Fatalf("/admin with the session cookie = %d", r.status)
	}
	if r := do(t, http.MethodGet, e.url+"/admin", "", nil, "Cookie", adminCookie+"=forged"); r.status != 401 {
		t.Fatalf("/admin with a forged cookie = %d", r.status)
	}
	if r := do(t, http.MethodGet, e.url+"/admin/login?token="+adminToken, "", nil); r.status != 405 {
		t.Fatalf("a token in the URL must not log in: %d", r.status)
	}
}

// The dashboard in headless Chromium at phone width: log in through the
// form, see the report, no horizontal scrolling of the page.
func TestAdminInBrowser(t *testing.T) {
	e := newAdminEnv(t, adminToken)
	e.ask(t, "recipe for chocolate cake")
	e.ask(t, "recipe for chocolate cake!")
	id := e.ask(t, "/salary CA")
	do(t, http.MethodPost, e.url+"/v1/feedback", "application/json", strings.NewReader(`{"answer_id":"`+id+`","vote":"down","reason":"out of date"}`))
	e.flush(t)

	ctx, out := browser(t)
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(375, 740),
		chromedp.Navigate(e.url+"/admin"),
		chromedp.WaitVisible(chromedp.ID("token")),
		chromedp.SendKeys(chromedp.ID("token"), adminToken+kb.Enter),
		chromedp.WaitVisible(chromedp.ID("unanswered")),
	)
	if err != nil {
		t.Fatalf("log in: %v\n%s", err, out.String())
	}
	if q := eval[string](t, ctx, `document.getElementById('questions').textContent`); q != "3" {
		t.Errorf("questions card = %q, want 3", q)
	}
	row := eval[string](t, ctx, `document.querySelector('#unanswered tbody tr').textContent`)
	if !strings.Contains(row, "recipe for chocolate cake") || !strings.Contains(row, "2") {
		t.Errorf("first unanswered row = %q; want the cake question twice", row)
	}
	if down := eval[string](t, ctx, `document.querySelector('#downvotes tbody tr').textContent`); !strings.Contains(down, "Out of date") || !strings.Contains(down, "/salary CA") {
		t.Errorf("👎 row = %q", down)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('svg.chart').length`); n != 3 {
		t.Errorf("%d charts, want 3", n)
	}
	if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 376 {
		t.Errorf("page is %dpx wide on a 375px phone: it scrolls sideways", w)
	}
	if css := eval[string](t, ctx, `getComputedStyle(document.querySelector('.card')).borderRadius`); css == "" || css == "0px" {
		t.Errorf("the stylesheet did not load (card radius %q)", css)
	}
	if p := os.Getenv("CAREERBOT_ADMIN_SCREENSHOT"); p != "" { // to look at it by hand
		if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
			os.WriteFile(p, shot, 0o644)
		}
	}
}
