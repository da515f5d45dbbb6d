package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

type fbEnv struct {
	url  string
	rec  *bot.Recorder
	sink *testbot.Sink
}

// newFeedbackEnv serves the API with recording and votes, votes limited to
// burst per user like asking.
func newFeedbackEnv(t *testing.T, burst int) *fbEnv {
	t.Helper()
	rec, sink := testbot.Recorder(t)
	b := testbot.New(t, rec.Middleware())
	lim := bot.NewLimiter(bot.LimitConfig{PerMinute: 1, Burst: burst}, nil)
	s := New(Options{Router: b.Router, Logger: slog.New(slog.DiscardHandler),
		Feedback: bot.FeedbackThrough(rec, lim.Middleware(nil))})
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return &fbEnv{url: ts.URL, rec: rec, sink: sink}
}

func TestFeedbackAPI(t *testing.T) {
	e := newFeedbackEnv(t, 5)
	r := do(t, http.MethodPost, e.url+"/v1/ask", "application/json", strings.NewReader(`{"text":"/certs"}`))
	var a struct {
		Answered bool   `json:"answered"`
		AnswerID string `json:"answer_id"`
	}
	if err := json.Unmarshal(r.body, &a); err != nil || r.status != 200 || !a.Answered || !bot.ValidAnswerID(a.AnswerID) {
		t.Fatalf("/v1/ask: %d %s", r.status, r.body)
	}
	for _, c := range []struct {
		body string
		ct   string
		want int
	}{
		{`{"answer_id":"` + a.AnswerID + `","vote":"up"}`, "application/json", 200},
		{`{"answer_id":"` + a.AnswerID + `","vote":"down","reason":"not what I asked"}`, "application/json", 200},
		{`{"answer_id":"` + a.AnswerID + `","vote":"maybe"}`, "application/json", 400},
		{`{"answer_id":"` + a.AnswerID + `","vote":"down","reason":"bored"}`, "application/json", 400},
		{`{"answer_id":"abcdefghijklmnop","vote":"up"}`, "application/json", 404},
		{`{"answer_id":"` + a.AnswerID + `","vote":"up"} {}`, "application/json", 400},
		{`{"answer_id":7}`, "application/json", 400},
		{`{"answer_id":"` + a.AnswerID + `","vote":"up"}`, "text/plain", 415},
	} {
		if r := do(t, http.MethodPost, e.url+"/v1/feedback", c.ct, strings.NewReader(c.body)); r.status != c.want {
			t.Errorf("POST /v1/feedback %s (%s) = %d %s; want %d", c.body, c.ct, r.status, r.body, c.want)
		}
	}
	if r := do(t, http.MethodGet, e.url+"/v1/feedback", "", nil); r.status != 405 {
		t.Errorf("GET /v1/feedback = %d, want 405", r.status)
	}
	votes := testbot.WaitVotes(t, e.rec, e.sink, a.AnswerID)
	if len(votes) != 1 || votes[0].Vote != bot.VoteDown || votes[0].Reason != "not_asked" || votes[0].UserHash == "ip:127.0.0.1" {
		t.Fatalf("votes = %+v; want one changed, hashed vote", votes)
	}
	// Rate limited like asking: the bucket (5) is spent by now.
	if r := do(t, http.MethodPost, e.url+"/v1/feedback", "application/json", strings.NewReader(`{"answer_id":"`+a.AnswerID+`","vote":"up"}`)); r.status != 429 {
		t.Errorf("vote over the limit = %d %s, want 429", r.status, r.body)
	}
	// Without a store: 404 and no answer_id.
	plain := newEnv(t, Config{})
	if r := do(t, http.MethodPost, plain.url+"/v1/feedback", "application/json", strings.NewReader(`{"answer_id":"abcdefghijklmnop","vote":"up"}`)); r.status != 404 {
		t.Errorf("feedback without a store = %d", r.status)
	}
	if r := do(t, http.MethodPost, plain.url+"/v1/ask", "application/json", strings.NewReader(`{"text":"/certs"}`)); strings.Contains(string(r.body), "answer_id") {
		t.Errorf("answer_id without a store: %s", r.body)
	}
}

// The web chat shows 👍/👎 under answers; a 👎 offers reasons; voting again
// changes the vote.
func TestWebChatFeedbackInBrowser(t *testing.T) {
	e := newFeedbackEnv(t, 20)
	ctx, out := browser(t)
	err := chromedp.Do(ctx,
		chromedp.Navigate(e.url+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), "what certifications help?"+kb.Enter),
		waitAnswers(1),
		chromedp.WaitVisible(chromedp.CSS("#log .answer .feedback .vote.up")),
		chromedp.Click(chromedp.CSS("#log .answer .feedback .vote.up")),
		chromedp.Poll[chromedp.Void](`document.querySelector('#log .answer .vote.up').getAttribute('aria-pressed') === 'true'`),
	)
	if err != nil {
		t.Fatalf("vote 👍 in the page: %v\n%s", err, out.String())
	}
	var id string
	for _, q := range e.sink.Questions() {
		if q.Text == "what certifications help?" {
			id = q.ID
		}
	}
	if v := testbot.WaitVotes(t, e.rec, e.sink, id); len(v) != 1 || v[0].Vote != bot.VoteUp {
		t.Fatalf("votes after 👍 = %+v", v)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#log .answer .feedback .vote.down")),
		chromedp.WaitVisible(chromedp.CSS(`#log .answer .reasons button[data-reason="out_of_date"]`)),
		chromedp.Click(chromedp.CSS(`#log .answer .reasons button[data-reason="out_of_date"]`)),
		chromedp.Poll[chromedp.Void](`document.querySelector('#log .answer .thanks').textContent === 'Thanks: noted.'`),
	)
	if err != nil {
		t.Fatalf("vote 👎 with a reason: %v", err)
	}
	if v := testbot.WaitVotes(t, e.rec, e.sink, id); len(v) != 1 || v[0].Vote != bot.VoteDown || v[0].Reason != "out_of_date" {
		t.Fatalf("votes after changing to 👎 = %+v", v)
	}
	if up := eval[string](t, ctx, `document.querySelector('#log .answer .vote.up').getAttribute('aria-pressed')`); up != "false" {
		t.Errorf("👍 still pressed after voting 👎")
	}
	// A refusal has no vote buttons.
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("q"), "recipe for chocolate cake"+kb.Enter), waitAnswers(2)); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#log .answer:last-of-type .feedback').length`); n != 0 {
		t.Errorf("the refusal has %d feedback bars", n)
	}
}

// openapiVotes adds the servers TestOpenAPIMatchesHandlers votes on: one
// taking votes, one whose vote limit is spent. It returns an answer id both
// know.
func openapiVotes(t *testing.T, servers map[string]http.Handler) string {
	t.Helper()
	rec, _ := testbot.Recorder(t)
	b := testbot.New(t, rec.Middleware())
	a := b.Router.HandleLine(context.Background(), bot.Request{Platform: "http", UserID: "u"}, "/certs")
	if a.ID == "" {
		t.Fatal("no answer id with recording on")
	}
	servers["votes"] = New(Options{Router: b.Router, Logger: slog.New(slog.DiscardHandler), Feedback: rec})
	lim := bot.NewLimiter(bot.LimitConfig{PerMinute: 1, Burst: 1}, nil)
	limited := bot.FeedbackThrough(rec, lim.Middleware(nil))
	limited.Feedback(context.Background(), &bot.Request{Platform: "http", UserID: "ip:192.0.2.1"}, bot.Vote{AnswerID: a.ID, Value: "up"})
	servers["votes-limited"] = New(Options{Router: b.Router, Logger: slog.New(slog.DiscardHandler), Feedback: limited})
	return a.ID
}
