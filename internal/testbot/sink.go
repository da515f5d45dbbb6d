package testbot

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// Sink is an in-memory bot.EventSink: what a store would have recorded,
// with a vote replacing the same member's earlier vote on the same answer.
type Sink struct {
	mu        sync.Mutex
	questions []bot.QuestionEvent
	votes     map[[2]string]bot.FeedbackEvent
}

// NewSink returns an empty Sink.
func NewSink() *Sink { return &Sink{votes: map[[2]string]bot.FeedbackEvent{}} }

// WriteEvents implements bot.EventSink.
func (s *Sink) WriteEvents(_ context.Context, evs []bot.Event) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range evs {
		if e.Question != nil {
			s.questions = append(s.questions, *e.Question)
		}
		if e.Feedback != nil {
			s.votes[[2]string{e.Feedback.AnswerID, e.Feedback.UserHash}] = *e.Feedback
		}
	}
	return nil
}

// AnswerExists implements bot.EventSink.
func (s *Sink) AnswerExists(_ context.Context, id string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, q := range s.questions {
		if q.ID == id {
			return true, nil
		}
	}
	return false, nil
}

// Questions returns the recorded questions.
func (s *Sink) Questions() []bot.QuestionEvent {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]bot.QuestionEvent(nil), s.questions...)
}

// Votes returns the current votes on an answer.
func (s *Sink) Votes(answerID string) []bot.FeedbackEvent {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []bot.FeedbackEvent
	for k, v := range s.votes {
		if k[0] == answerID {
			out = append(out, v)
		}
	}
	return out
}

// Recorder returns a running Recorder writing to a new Sink (stopped when
// the test ends).
func Recorder(tb testing.TB) (*bot.Recorder, *Sink) {
	sink := NewSink()
	rec := bot.NewRecorder(bot.RecorderOptions{Sink: sink, Key: []byte("test key"), QuestionText: true, FlushEvery: 5 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	tb.Cleanup(func() { cancel(); <-done })
	return rec, sink
}

// WaitVotes flushes rec and returns the votes on answerID.
func WaitVotes(tb testing.TB, rec *bot.Recorder, sink *Sink, answerID string) []bot.FeedbackEvent {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := rec.Flush(ctx); err != nil {
		tb.Fatalf("flushing the recorder: %v", err)
	}
	return sink.Votes(answerID)
}
