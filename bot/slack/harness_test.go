package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// wait is the generous bound for anything the tests wait for.
const wait = 20 * time.Second

// syncBuffer collects logs; they are printed when a test fails.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type harness struct {
	t      *testing.T
	fake   *fakeslack.Server
	bot    *testbot.Bot
	a      *Adapter
	cancel context.CancelFunc
	runErr chan error
	logs   *syncBuffer
}

type setup struct {
	fake   fakeslack.Options
	cfg    func(*Config)
	answer func(bot.Answerer) bot.Answerer // wraps the real engine
	noRun  bool
	noWait bool // don't wait for the first connection
	// middleware is added to the real engine's router (e.g. bot.RateLimit).
	middleware []bot.Middleware
	// observer is set on the adapter before Run.
	observer bot.Observer
}

func newHarness(t *testing.T, s setup) *harness {
	t.Helper()
	h := &harness{t: t, fake: fakeslack.New(t, s.fake), bot: testbot.New(t, s.middleware...), logs: &syncBuffer{}}
	cfg := Config{BotToken: h.fake.BotToken, AppToken: h.fake.AppToken, APIURL: h.fake.APIURL(),
		PingTimeout: 3 * time.Second, SlowAnswer: 2 * time.Second}
	if s.cfg != nil {
		s.cfg(&cfg)
	}
	var ans bot.Answerer = h.bot.Router
	if s.answer != nil {
		ans = s.answer(ans)
	}
	logger := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	a, err := New(cfg, ans, h.bot.Registry, logger)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	h.a = a
	if s.observer != nil {
		a.SetObserver(s.observer)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("adapter logs:\n%s", h.logs.String())
		}
	})
	if s.noRun {
		return h
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	h.runErr = make(chan error, 1)
	go func() { h.runErr <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-h.runErr:
			if err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("Run returned %v after cancel", err)
			}
			h.runErr <- err
		case <-time.After(wait):
			t.Errorf("Run did not return within %v of cancel", wait)
		}
	})
	if a.cfg.Mode == "socket" && !s.noWait {
		h.fake.WaitConnections(t, 1, wait)
	}
	if !s.noWait {
		eventually(t, "adapter Ready", a.Ready)
	}
	return h
}

// eventually polls cond until it holds, failing the test after wait.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: still false after %v", what, wait)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// settle waits until the adapter has acked envelope id and finished every
// answer it started.
func (h *harness) settle(envID string) {
	h.t.Helper()
	h.fake.WaitAck(h.t, envID, wait)
	h.idle()
}

func (h *harness) idle() {
	h.t.Helper()
	select {
	case <-h.a.idleCh():
	case <-time.After(wait):
		h.t.Fatalf("answers still in flight after %v", wait)
	}
}

// blocksText returns all the text of a message's blocks (JSON array), in
// order, for assertions.
func blocksText(t testing.TB, blocks string) string {
	t.Helper()
	var bs any
	if err := json.Unmarshal([]byte(blocks), &bs); err != nil {
		t.Fatalf("blocks are not a JSON array: %v\n%s", err, blocks)
	}
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["text"].(string); ok {
				out = append(out, s)
			}
			for k, y := range x {
				if k != "text" || !isString(y) {
					walk(y)
				}
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(bs)
	return strings.Join(out, "\n")
}

func isString(v any) bool { _, ok := v.(string); return ok }

// ackMessage decodes an ack payload (a slash command answer).
type ackMessage struct {
	ResponseType string          `json:"response_type"`
	Text         string          `json:"text"`
	Blocks       json.RawMessage `json:"blocks"`
}

func decodeAck(t testing.TB, a fakeslack.Ack) ackMessage {
	t.Helper()
	var m ackMessage
	if len(a.Payload) == 0 || string(a.Payload) == "null" {
		t.Fatalf("envelope %s acked without a payload", a.EnvelopeID)
	}
	if err := json.Unmarshal(a.Payload, &m); err != nil {
		t.Fatalf("ack payload: %v\n%s", err, a.Payload)
	}
	if code := fakeslack.ValidateBlocks(m.Blocks, m.Text); code != "" {
		t.Fatalf("ack payload would be refused by Slack: %s\n%s", code, a.Payload)
	}
	return m
}

// posts returns the answers posted to channel (chat.postMessage).
func (h *harness) posts(channel string) []fakeslack.Call {
	var out []fakeslack.Call
	for _, c := range h.fake.Calls("chat.postMessage") {
		if c.Error == "" && c.Param("channel") == channel {
			out = append(out, c)
		}
	}
	return out
}

// findButton returns the action id and value of the button labelled label.
func findButton(t testing.TB, blocks json.RawMessage, label string) (actionID, value string) {
	t.Helper()
	b := findClick(t, blocks, label)
	return b.ActionID, b.Value
}

// findClick returns the button labelled label as a click on it names it
// (its block's block_id, its action_id and value).
func findClick(t testing.TB, blocks json.RawMessage, label string) fakeslack.Button {
	t.Helper()
	type button struct {
		Type     string `json:"type"`
		ActionID string `json:"action_id"`
		Value    string `json:"value"`
		Text     struct {
			Text string `json:"text"`
		} `json:"text"`
	}
	var bs []struct {
		Type     string            `json:"type"`
		BlockID  string            `json:"block_id"`
		Elements []json.RawMessage `json:"elements"`
	}
	if err := json.Unmarshal(blocks, &bs); err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, b := range bs {
		if b.Type != "actions" {
			continue
		}
		for _, raw := range b.Elements {
			var e button
			if err := json.Unmarshal(raw, &e); err != nil {
				t.Fatal(err)
			}
			if e.Type == "button" && e.Text.Text == label {
				return fakeslack.Button{BlockID: b.BlockID, ActionID: e.ActionID, Value: e.Value}
			}
			labels = append(labels, e.Text.Text)
		}
	}
	t.Fatalf("no button %q; buttons: %q", label, labels)
	return fakeslack.Button{}
}
