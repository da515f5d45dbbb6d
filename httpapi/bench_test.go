package httpapi

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/internal/testbot"
	"github.com/careerbot-dev/careerbot/metrics"
)

var benchQuestions = []string{
	`{"text":"how much do machine learning engineers make?"}`,
	`{"text":"/salary CA"}`,
	`{"text":"what certifications help?"}`,
	`{"text":"/path"}`,
}

// BenchmarkAskLoopback posts questions to /v1/ask over loopback HTTP at 64
// concurrent clients (SetParallelism(32) × GOMAXPROCS 2) through the real
// engine with metrics, and reports p50/p99 latency.
//
//	go test -run '^$' -bench AskLoopback -benchtime 5000x ./httpapi
func BenchmarkAskLoopback(b *testing.B) {
	m := metrics.New()
	bt := testbot.New(b, m.Middleware(nil))
	s := New(Options{Router: bt.Router, Metrics: m, Logger: slog.New(slog.DiscardHandler)})
	ts := httptest.NewServer(s)
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 128}, Timeout: time.Minute}
	var mu sync.Mutex
	var lat []time.Duration
	b.SetParallelism(32)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		i := 0
		for pb.Next() {
			body := benchQuestions[i%len(benchQuestions)]
			i++
			start := time.Now()
			resp, err := client.Post(ts.URL+"/v1/ask", "application/json", bytes.NewReader([]byte(body)))
			if err != nil {
				b.Error(err)
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				b.Errorf("status %d", resp.StatusCode)
				return
			}
			mine = append(mine, time.Since(start))
		}
		mu.Lock()
		lat = append(lat, mine...)
		mu.Unlock()
	})
	b.StopTimer()
	if len(lat) > 0 {
		slices.Sort(lat)
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	}
}

// BenchmarkAskHandler measures the handler alone (no network), the engine
// answering every question (the answer cache off); BenchmarkAskHandlerCached
// with the cache, which answers the repeated questions.
func BenchmarkAskHandler(b *testing.B) {
	guides, err := content.Default()
	if err != nil {
		b.Fatal(err)
	}
	benchAskHandler(b, testbot.WithOptions(b, guides, engine.Options{AnswerCache: -1}))
}

func BenchmarkAskHandlerCached(b *testing.B) { benchAskHandler(b, testbot.New(b)) }

func benchAskHandler(b *testing.B, bt *testbot.Bot) {
	s := New(Options{Router: bt.Router, Logger: slog.New(slog.DiscardHandler)})
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			req := httptest.NewRequest("POST", "/v1/ask", bytes.NewReader([]byte(benchQuestions[i%len(benchQuestions)])))
			req.Header.Set("Content-Type", "application/json")
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code != 200 {
				b.Fatalf("status %d", rec.Code)
			}
			i++
		}
	})
}

// BenchmarkDecodeAsk reads httpcpu's bodies: a question, its words spaced.
func BenchmarkDecodeAsk(b *testing.B) {
	body := []byte(`{"text":"how long  does it   take to become an ML  engineer?"}`)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeAsk(bytes.NewReader(body)); err != nil {
			b.Fatal(err)
		}
	}
}
