package bot

import (
	"context"
	"testing"
	"time"
)

// BenchmarkRecorderMiddleware is what recording adds to one answer: id,
// keyed hash, event, queue (the writer runs into a sink that keeps nothing).
func BenchmarkRecorderMiddleware(b *testing.B) {
	rec := NewRecorder(RecorderOptions{Sink: discardSink{}, Key: []byte("k"), QuestionText: true, FlushEvery: time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()
	h := rec.Middleware()(answering(true))
	req := &Request{Platform: "discord", UserID: "123456789012345678", GuildID: "g", Command: "salary", Text: "/salary CA",
		Options: map[string]string{"state": "CA"}}
	b.ReportAllocs()
	for b.Loop() {
		h(ctx, req)
	}
	b.StopTimer()
	if rec.Lost() > 0 {
		b.ReportMetric(float64(rec.Lost())/float64(b.N)*100, "lost-%")
	}
}

type discardSink struct{}

func (discardSink) WriteEvents(context.Context, []Event) error         { return nil }
func (discardSink) AnswerExists(context.Context, string) (bool, error) { return false, nil }

// BenchmarkRecorderNewID is an answer id handed out by a Recorder that
// already remembers as many as it keeps (the steady state of a busy bot).
func BenchmarkRecorderNewID(b *testing.B) {
	rec := NewRecorder(RecorderOptions{Sink: discardSink{}, Key: []byte("k")})
	for range 2 * rec.o.RecentAnswers {
		rec.newID()
	}
	b.ReportAllocs()
	for b.Loop() {
		rec.newID()
	}
}
