package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/testbot"
	"github.com/careerbot-dev/careerbot/metrics"
)

type keepSink struct {
	mu     sync.Mutex
	events []bot.Event
}

func (s *keepSink) WriteEvents(_ context.Context, evs []bot.Event) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events = append(s.events, evs...)
	return nil
}

func (s *keepSink) AnswerExists(context.Context, string) (bool, error) { return false, nil }

// A question asked again is answered from the engine's answer cache (from
// its third time), but every reply still gets an answer id of its own, is recorded under it and
// counted in the metrics.
func TestRepeatedQuestionsRecordedAndCounted(t *testing.T) {
	sink := &keepSink{}
	rec := bot.NewRecorder(bot.RecorderOptions{Sink: sink, Key: []byte("0123456789abcdef"), QuestionText: true, FlushEvery: time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	m := metrics.New()
	bt := testbot.New(t, m.Middleware(nil), rec.Middleware())
	s := New(Options{Router: bt.Router, Metrics: m, Logger: slog.New(slog.DiscardHandler)})
	const n = 5
	ids := map[string]bool{}
	var body string
	for range n {
		r := httptest.NewRequest("POST", "/v1/ask", strings.NewReader(`{"text":"what certifications help?"}`))
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		var a struct {
			AnswerID string `json:"answer_id"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &a); err != nil || w.Code != 200 || !bot.ValidAnswerID(a.AnswerID) {
			t.Fatalf("status %d, answer_id %q: %s", w.Code, a.AnswerID, w.Body)
		}
		ids[a.AnswerID] = true
		// The same reply but for its id.
		text := strings.Replace(w.Body.String(), a.AnswerID, "", 1)
		if body != "" && text != body {
			t.Fatalf("replies differ:\n%s\n%s", body, text)
		}
		body = text
	}
	if len(ids) != n {
		t.Fatalf("%d distinct answer ids for %d replies", len(ids), n)
	}
	if k := bt.Engine.CachedAnswers(); k != 1 {
		t.Fatalf("%d answers cached, want 1", k)
	}
	if err := rec.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	sink.mu.Lock()
	defer sink.mu.Unlock()
	if len(sink.events) != n {
		t.Fatalf("%d events recorded for %d replies", len(sink.events), n)
	}
	for _, ev := range sink.events {
		if q := ev.Question; q == nil || !ids[q.ID] || q.Text != "what certifications help?" || !q.Answered {
			t.Fatalf("recorded %+v", ev.Question)
		}
	}
	if got := countMetric(t, m, `careerbot_questions_total{command="ask",outcome="answered",platform="http"}`); got != n {
		t.Fatalf("questions_total %v, want %d", got, n)
	}
}
