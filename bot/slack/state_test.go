package slack

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// A signed request captured and sent again within the 5 minutes is refused
// (401) and counted; marked as Slack's retry it is acked but not handled.
func TestHTTPReplayRefused(t *testing.T) {
	obs := &testbot.Rejects{}
	hh := newHTTPHarness(t, setup{observer: obs})
	p := hh.fake.SlashCommand("U1", "C1", "/salary", "CA")
	body := fakeslack.Form(p)
	if status, _ := hh.signed("/slack/commands", formType, body); status != http.StatusOK {
		t.Fatalf("first request: %d", status)
	}
	hh.now = hh.now.Add(4 * time.Minute) // still inside the signature's window
	replay := fakeslack.SignedRequest(hh.srv.URL+"/slack/commands", testSecret, hh.now.Add(-4*time.Minute), formType, body)
	if status, _ := hh.do(replay); status != http.StatusUnauthorized {
		t.Errorf("replayed request: %d, want 401", status)
	}
	if n := obs.Count("replay"); n != 1 {
		t.Errorf("%d replays counted, want 1", n)
	}
	// The same signature on another endpoint is a replay too.
	other := fakeslack.SignedRequest(hh.srv.URL+"/slack/interactive", testSecret, hh.now.Add(-4*time.Minute), formType, body)
	if status, _ := hh.do(other); status != http.StatusUnauthorized {
		t.Errorf("signature reused on another endpoint: %d, want 401", status)
	}
	// A fresh signature of the same command is a new request (a member
	// typing it again) and is answered.
	if status, _ := hh.signed("/slack/commands", formType, body); status != http.StatusOK {
		t.Errorf("freshly signed request: %d", status)
	}

	ev, _ := json.Marshal(hh.fake.EventCallback("EvReplay", hh.fake.AppMention("U1", "C1", "1700000210.000001", "", "<@U0BOT> what certifications help?")))
	if status, _ := hh.signed("/slack/events", "application/json", ev); status != http.StatusOK {
		t.Fatal("event refused")
	}
	retry := fakeslack.SignedRequest(hh.srv.URL+"/slack/events", testSecret, hh.now, "application/json", ev)
	retry.Header.Set("X-Slack-Retry-Num", "1")
	if status, _ := hh.do(retry); status != http.StatusOK {
		t.Errorf("Slack's retry with the same signature: %d, want 200", status)
	}
	hh.idle()
	if n := len(hh.posts("C1")); n != 1 {
		t.Errorf("%d answers to one event, want 1", n)
	}
	if n := obs.Count("replay"); n != 3 {
		t.Errorf("%d replays counted, want 3", n)
	}
}

// Two adapters sharing one state (two replicas on one Postgres) handle an
// event delivered to both once, and welcome a member once.
func TestSharedStateAcrossAdapters(t *testing.T) {
	shared := bot.NewMemoryState(0)
	on := func(c *Config) { c.Onboarding = OnboardingConfig{Enabled: true} }
	h1 := newHTTPHarness(t, setup{cfg: on})
	h2 := newHTTPHarness(t, setup{cfg: on})
	h1.a.SetState(shared)
	h2.a.SetState(shared)
	ev := h1.fake.EventCallback("EvBoth", h1.fake.AppMention("U1", "C1", "1700000310.000001", "", "<@U0BOT> what certifications help?"))
	raw, _ := json.Marshal(ev)
	h1.signed("/slack/events", "application/json", raw)
	h2.signed("/slack/events", "application/json", raw)
	h1.idle()
	h2.idle()
	if n := len(h1.posts("C1")) + len(h2.posts("C1")); n != 1 {
		t.Errorf("%d answers from two replicas to one event, want 1", n)
	}
	// The member joins (replica 1), leaves, rejoins (replica 2): one welcome.
	for i, h := range []*httpHarness{h1, h2} {
		join, _ := json.Marshal(h.fake.EventCallback("EvJoin"+string(rune('0'+i)), map[string]any{"type": "team_join",
			"user": map[string]any{"id": "U0NEW1", "name": "newbie"}}))
		h.signed("/slack/events", "application/json", join)
		h.idle()
	}
	n := len(h1.fake.Calls("conversations.open")) + len(h2.fake.Calls("conversations.open"))
	if n != 1 {
		t.Errorf("%d welcome DMs opened across replicas, want 1", n)
	}
}
