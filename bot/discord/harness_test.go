package discord

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// wait is the generous bound for anything the tests wait on.
const wait = 20 * time.Second

var (
	guildID   = "1100000000000000001" // (id>>22)%2 == 0 … see shardGuild
	channelID = "1200000000000000001"
	alice     = fakediscord.User{ID: "900000000000000001", Username: "alice"}
)

func testLogger(t testing.TB) *slog.Logger {
	if os.Getenv("DISCORD_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// switchAnswerer answers with the real engine unless a test installed an
// override for the asking user.
type switchAnswerer struct {
	next bot.Answerer
	mu   sync.Mutex
	over map[string]func(ctx context.Context, req *bot.Request) *bot.Answer
	seen []bot.Request
}

func newSwitch(next bot.Answerer) *switchAnswerer {
	return &switchAnswerer{next: next, over: map[string]func(context.Context, *bot.Request) *bot.Answer{}}
}

func (s *switchAnswerer) set(userID string, f func(ctx context.Context, req *bot.Request) *bot.Answer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.over[userID] = f
}

func (s *switchAnswerer) requests() []bot.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]bot.Request(nil), s.seen...)
}

func (s *switchAnswerer) Handle(ctx context.Context, req *bot.Request) *bot.Answer {
	s.mu.Lock()
	s.seen = append(s.seen, *req)
	f := s.over[req.UserID]
	s.mu.Unlock()
	if f != nil {
		return f(ctx, req)
	}
	return s.next.Handle(ctx, req)
}

// running is an adapter served by Run in the background.
type running struct {
	a    *Adapter
	errc chan error
	stop context.CancelFunc
}

func runAdapter(t testing.TB, cfg Config, ans bot.Answerer, reg *bot.Registry) *running {
	t.Helper()
	a, err := New(cfg, ans, reg, testLogger(t))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return startRun(t, a)
}

// startRun serves a (already configured) adapter with Run in the background
// until the test ends.
func startRun(t testing.TB, a *Adapter) *running {
	t.Helper()
	a.minBackoff, a.maxBackoff = 50*time.Millisecond, 500*time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{a: a, errc: make(chan error, 1), stop: cancel}
	go func() { r.errc <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-r.errc:
		case <-time.After(wait):
			t.Errorf("Run did not return after cancel")
		}
	})
	return r
}

// runErr waits for Run to return by itself.
func (r *running) runErr(t testing.TB) error {
	t.Helper()
	select {
	case err := <-r.errc:
		r.errc <- err // let cleanup see it too
		return err
	case <-time.After(wait):
		t.Fatalf("Run did not return")
		return nil
	}
}

func fakeConfig(f *fakediscord.Server) Config {
	return Config{Token: f.Token(), ApplicationID: f.ApplicationID(), APIURL: f.APIURL,
		DeferAfter: 300 * time.Millisecond}
}

// wireResponse is an interaction response or webhook edit as JSON.
type wireResponse struct {
	Type int         `json:"type"`
	Data wireMessage `json:"data"`
}

type wireMessage struct {
	Content         string          `json:"content"`
	Flags           int             `json:"flags"`
	Embeds          []wireEmbed     `json:"embeds"`
	Components      []wireRow       `json:"components"`
	AllowedMentions json.RawMessage `json:"allowed_mentions"`
	Choices         []bot.Choice    `json:"choices"`
	Reference       *struct {
		MessageID string `json:"message_id"`
	} `json:"message_reference"`
}

type wireEmbed struct {
	Title       string `json:"title"`
	Description string `json:"description"`
	URL         string `json:"url"`
	Fields      []struct {
		Name   string `json:"name"`
		Value  string `json:"value"`
		Inline bool   `json:"inline"`
	} `json:"fields"`
	Footer *struct {
		Text string `json:"text"`
	} `json:"footer"`
}

type wireRow struct {
	Type       int `json:"type"`
	Components []struct {
		Type     int    `json:"type"`
		Label    string `json:"label"`
		CustomID string `json:"custom_id"`
	} `json:"components"`
}

func (e wireEmbed) text() string {
	var b strings.Builder
	b.WriteString(e.Title + "\n" + e.Description + "\n")
	for _, f := range e.Fields {
		b.WriteString(f.Name + ": " + f.Value + "\n")
	}
	if e.Footer != nil {
		b.WriteString(e.Footer.Text)
	}
	return b.String()
}

func (m wireMessage) text() string {
	var b strings.Builder
	b.WriteString(m.Content + "\n")
	for _, e := range m.Embeds {
		b.WriteString(e.text() + "\n")
	}
	return b.String()
}

func (m wireMessage) customIDs() []string {
	var ids []string
	for _, r := range m.Components {
		for _, c := range r.Components {
			ids = append(ids, c.CustomID)
		}
	}
	return ids
}

// finalMessage returns the message an interaction ended with: the callback
// of type 4, or, after a deferral (type 5), the edit of @original.
func finalMessage(t testing.TB, f *fakediscord.Server, in fakediscord.Interaction) (wireMessage, int) {
	t.Helper()
	c, err := f.WaitResponse(in, wait)
	if err != nil {
		t.Fatalf("no interaction response: %v", err)
	}
	var r wireResponse
	if err := c.Decode(&r); err != nil {
		t.Fatalf("decode response %s: %v", c.Body, err)
	}
	if r.Type != fakediscord.ResponseDeferredMessage {
		return r.Data, r.Type
	}
	e, err := f.WaitEdit(in, wait)
	if err != nil {
		t.Fatalf("deferred but never edited: %v", err)
	}
	var m wireMessage
	if err := e.Decode(&m); err != nil {
		t.Fatalf("decode edit: %v", err)
	}
	m.Flags = r.Data.Flags
	return m, r.Type
}

// checkNoMassMentions asserts allowed_mentions parses nothing and allows no
// roles or users (except wantUsers).
func checkNoMassMentions(t testing.TB, raw json.RawMessage) {
	t.Helper()
	if len(raw) == 0 {
		t.Fatalf("allowed_mentions missing")
	}
	var am struct {
		Parse []string `json:"parse"`
		Roles []string `json:"roles"`
		Users []string `json:"users"`
	}
	if err := json.Unmarshal(raw, &am); err != nil {
		t.Fatalf("allowed_mentions %s: %v", raw, err)
	}
	if am.Parse == nil || len(am.Parse) != 0 || len(am.Roles) != 0 || len(am.Users) != 0 {
		t.Fatalf("allowed_mentions %s must be {parse:[]} with no roles or users", raw)
	}
	if strings.Contains(string(raw), "everyone") || strings.Contains(string(raw), "roles\":[\"") {
		t.Fatalf("allowed_mentions %s allows mass mentions", raw)
	}
}

// checkLimits asserts a message respects every Discord limit.
func checkLimits(t testing.TB, m wireMessage) {
	t.Helper()
	if n := ulen(m.Content); n > maxContent {
		t.Errorf("content %d > %d", n, maxContent)
	}
	if len(m.Embeds) > 10 {
		t.Errorf("%d embeds", len(m.Embeds))
	}
	total := 0
	for _, e := range m.Embeds {
		if n := ulen(e.Title); n > maxTitle {
			t.Errorf("title %d > %d", n, maxTitle)
		}
		if n := ulen(e.Description); n > maxDescription {
			t.Errorf("description %d > %d", n, maxDescription)
		}
		if len(e.Fields) > maxFields {
			t.Errorf("%d fields", len(e.Fields))
		}
		total += ulen(e.Title) + ulen(e.Description)
		for _, f := range e.Fields {
			if n := ulen(f.Name); n > maxFieldName || n == 0 {
				t.Errorf("field name length %d", n)
			}
			if n := ulen(f.Value); n > maxFieldValue || n == 0 {
				t.Errorf("field value length %d", n)
			}
			total += ulen(f.Name) + ulen(f.Value)
		}
		if e.Footer != nil {
			if n := ulen(e.Footer.Text); n > maxFooter {
				t.Errorf("footer %d", n)
			}
			total += ulen(e.Footer.Text)
		}
	}
	if total > maxEmbedTotal {
		t.Errorf("embeds total %d > %d", total, maxEmbedTotal)
	}
	if len(m.Components) > maxRows {
		t.Errorf("%d rows", len(m.Components))
	}
	seen := map[string]bool{}
	for _, r := range m.Components {
		if len(r.Components) > maxButtonsInRow || len(r.Components) == 0 {
			t.Errorf("row with %d components", len(r.Components))
		}
		for _, c := range r.Components {
			if n := len(c.CustomID); n == 0 || n > maxCustomID {
				t.Errorf("custom_id length %d", n)
			}
			if seen[c.CustomID] {
				t.Errorf("duplicate custom_id %q", c.CustomID)
			}
			seen[c.CustomID] = true
			if n := ulen(c.Label); n > maxButtonLabel {
				t.Errorf("button label %d", n)
			}
		}
	}
}

// engine returns the real engine (testbot) for end-to-end tests.
func engine(t testing.TB) *testbot.Bot { return testbot.New(t) }

func timeAfter(ms int) <-chan time.Time { return time.After(time.Duration(ms) * time.Millisecond) }
