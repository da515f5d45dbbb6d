package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/askmix"
	"github.com/careerbot-dev/careerbot/internal/testbot"
	"github.com/careerbot-dev/careerbot/metrics"
)

// discardSink is a store that keeps nothing.
type discardSink struct{}

func (discardSink) WriteEvents(context.Context, []bot.Event) error     { return nil }
func (discardSink) AnswerExists(context.Context, string) (bool, error) { return false, nil }

// benchWriter is a ResponseWriter that keeps nothing but the status, reused
// from request to request (as net/http's are not, but its cost is not what
// is measured).
type benchWriter struct {
	h    http.Header
	code int
	n    int
}

func (w *benchWriter) Header() http.Header { return w.h }
func (w *benchWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
}
func (w *benchWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = 200
	}
	w.n += len(b)
	return len(b), nil
}

// BenchmarkServeUnique runs httpcpu's unique mix (its eight questions, the
// words spaced differently every time) through the server's handler and
// the middleware chain `careerbot serve` builds (metrics, the recorder with
// a sink that keeps nothing, recover, logging at warn, input limits, the
// limiter with httpcpu's limits), the answer cache on, each request with a
// context of its own as net/http gives it: what a new question
// costs /v1/ask beyond net/http, in one goroutine. cpu-ns/op is the
// process's CPU time per question.
func BenchmarkServeUnique(b *testing.B) {
	tb := testbot.New(b)
	logger := slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelWarn}))
	met := metrics.New()
	rec := bot.NewRecorder(bot.RecorderOptions{Sink: discardSink{}, Key: []byte("bench key"), Logger: logger})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	b.Cleanup(func() { cancel(); <-done })
	limiter := bot.NewLimiter(bot.LimitConfig{PerMinute: 1e8, Burst: 1e6, MaxInFlight: 1024}, logger)
	chain := []bot.Middleware{met.Middleware(tb.Registry), rec.Middleware(), bot.Recover(logger, met.Panic),
		bot.Logging(logger), bot.InputLimits(500), limiter.Middleware(met.OnLimited)}
	router := bot.NewRouter(tb.Registry, logger, chain...)
	s := New(Options{Router: router, Metrics: met, Logger: logger})
	const n = 10000
	bodies := make([][]byte, n)
	for i := range bodies {
		q := askmix.Spaced(askmix.Questions[i%len(askmix.Questions)], i/len(askmix.Questions), n/len(askmix.Questions)+1)
		bodies[i], _ = json.Marshal(map[string]string{"text": q})
	}
	req, _ := http.NewRequest("POST", "/v1/ask", nil)
	req.Header.Set("Content-Type", "application/json")
	req.RemoteAddr = "127.0.0.1:40000"
	w := &benchWriter{h: http.Header{}}
	rd := bytes.NewReader(nil)
	b.ReportAllocs()
	cpu0, n0 := processCPU(), 0
	for i := 0; b.Loop(); i++ {
		n0++
		rd.Reset(bodies[i%n])
		rctx, cancel := context.WithCancel(ctx) // as net/http gives each request
		r := req.WithContext(rctx)
		r.Body = io.NopCloser(rd)
		clear(w.h)
		w.code = 0
		s.ServeHTTP(w, r)
		cancel()
		if w.code != 200 && w.code != 400 {
			b.Fatalf("status %d", w.code)
		}
	}
	// The process's CPU time (the recorder's writer and the collector
	// included), which a busy machine inflates less than the time per
	// question: the figure to compare.
	if cpu := processCPU() - cpu0; cpu > 0 && n0 > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(n0), "cpu-ns/op")
	}
}
