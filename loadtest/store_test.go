package loadtest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/store"
)

// recording is the recorder's middleware, if any.
func recording(rec []*bot.Recorder) []bot.Middleware {
	if len(rec) == 0 {
		return nil
	}
	return []bot.Middleware{rec[0].Middleware()}
}

// storeRecorder records into a real SQLite store in a temporary folder, as
// serve does by default; it checks at the end that nothing was lost.
func storeRecorder(tb testing.TB) *bot.Recorder {
	rec, _ := openStore(tb)
	return rec
}

// openStore is storeRecorder, also returning the store.
func openStore(tb testing.TB) (*bot.Recorder, *store.Store) {
	tb.Helper()
	st, err := store.Open(context.Background(), store.Config{Path: filepath.Join(tb.TempDir(), "careerbot.db")}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	rec := bot.NewRecorder(bot.RecorderOptions{Sink: st, Key: st.Key(), QuestionText: true})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	tb.Cleanup(func() {
		cancel()
		<-done
		if rec.Lost() != 0 {
			tb.Errorf("%d records lost (written %d)", rec.Lost(), rec.Written())
		}
		var n int64
		st.DB().QueryRow(`SELECT COUNT(*) FROM questions`).Scan(&n)
		if n == 0 || n != rec.Written() {
			tb.Errorf("%d questions in the store, %d written", n, rec.Written())
		}
		st.Close()
	})
	return rec, st
}

// sharedOn is the adapters' shared state (de-duplication and replay claims)
// on the store, as serve runs it when a store is open: every Discord
// interaction claims its id there before it is answered.
func sharedOn(tb testing.TB, st *store.Store) *bot.Shared {
	sh := bot.NewShared(st, bot.SharedOptions{Name: st.Dialect()})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { sh.Run(ctx); close(done) }()
	tb.Cleanup(func() {
		cancel()
		<-done
		if sh.Degraded() {
			tb.Errorf("the shared state fell back to memory: %v", sh.Detail())
		}
	})
	return sh
}

// BenchmarkLoadDiscord64StoreShared is BenchmarkLoadDiscord64Store with
// the shared state on the store too, as serve runs with a store: each
// interaction's id is claimed in SQLite (one transaction, on the answer's
// path) before it is answered.
func BenchmarkLoadDiscord64StoreShared(b *testing.B) {
	rec, st := openStore(b)
	e := startDiscord(b, rec)
	e.a.SetState(sharedOn(b, st))
	b.ResetTimer()
	l, all := e.run(b, b.N)
	b.StopTimer()
	e.verify(b, all)
	report(b, "discord interactions, store on, shared state on the store", l)
}

// BenchmarkLoadDiscord64Store is BenchmarkLoadDiscord64 with every question
// recorded in SQLite and 👍/👎 on every answer: compare their p99s.
func BenchmarkLoadDiscord64Store(b *testing.B) {
	e := startDiscord(b, storeRecorder(b))
	b.ResetTimer()
	l, all := e.run(b, b.N)
	b.StopTimer()
	e.verify(b, all)
	report(b, "discord interactions, store on", l)
}

// BenchmarkLoadSlack64Store is BenchmarkLoadSlack64 with the store on.
func BenchmarkLoadSlack64Store(b *testing.B) {
	e := startSlack(b, storeRecorder(b))
	b.ResetTimer()
	l, all := e.run(b, b.N, e.newSlash, nil)
	b.StopTimer()
	e.verify(b, all, false)
	report(b, "slack slash commands, store on", l)
}

// TestLoadWithStore runs the Discord load with the store on and checks
// every answer and every record arrived.
func TestLoadWithStore(t *testing.T) {
	rec := storeRecorder(t)
	e := startDiscord(t, rec)
	l, all := e.run(t, loadN(t, 1000))
	e.stop()
	e.verify(t, all)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := rec.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if rec.Written() < int64(len(all)) {
		t.Errorf("%d records written for %d interactions", rec.Written(), len(all))
	}
	report(t, "discord interactions, store on", l)
}

// discardSink keeps nothing: recording and 👍/👎 buttons without a database,
// to tell the database's share of the cost from the rest.
type discardSink struct{}

func (discardSink) WriteEvents(context.Context, []bot.Event) error     { return nil }
func (discardSink) AnswerExists(context.Context, string) (bool, error) { return false, nil }

func discardRecorder(tb testing.TB) *bot.Recorder {
	rec := bot.NewRecorder(bot.RecorderOptions{Sink: discardSink{}, Key: []byte("k"), QuestionText: true})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	tb.Cleanup(func() { cancel(); <-done })
	return rec
}

// BenchmarkLoadSlack64Record is BenchmarkLoadSlack64 with recording and
// 👍/👎 buttons but no database.
func BenchmarkLoadSlack64Record(b *testing.B) {
	e := startSlack(b, discardRecorder(b))
	b.ResetTimer()
	l, all := e.run(b, b.N, e.newSlash, nil)
	b.StopTimer()
	e.verify(b, all, false)
	report(b, "slack slash commands, recording without a database", l)
}

// BenchmarkLoadSlack64RecordNoButtons is BenchmarkLoadSlack64Record
// without the 👍/👎 buttons: recording alone. The buttons add about 360
// bytes to every answer that answered something, nearly doubling a short
// slash command's ack, and every byte is encoded, framed, sent and read.
func BenchmarkLoadSlack64RecordNoButtons(b *testing.B) {
	e := startSlackButtons(b, false, discardRecorder(b))
	b.ResetTimer()
	l, all := e.run(b, b.N, e.newSlash, nil)
	b.StopTimer()
	e.verify(b, all, false)
	report(b, "slack slash commands, recording without a database or buttons", l)
}

// burnSink writes nothing but spends the CPU the SQLite writer spends (busy
// work, CAREERBOT_BURN_US microseconds a question, default 5), in chunks of
// 32 questions with a yield between them like the writer: whether the
// store's cost to p99 is its CPU alone or something of SQLite's own.
type burnSink struct{ per time.Duration }

func (b burnSink) WriteEvents(_ context.Context, events []bot.Event) error {
	for i := 0; i < len(events); i += 32 {
		end := time.Now().Add(time.Duration(min(32, len(events)-i)) * b.per)
		for time.Now().Before(end) {
		}
		runtime.Gosched()
	}
	return nil
}
func (burnSink) AnswerExists(context.Context, string) (bool, error) { return false, nil }

// BenchmarkLoadSlack64Burn is BenchmarkLoadSlack64Record with a sink that
// burns the SQLite writer's CPU instead of writing.
func BenchmarkLoadSlack64Burn(b *testing.B) {
	per := 5 * time.Microsecond
	if v := os.Getenv("CAREERBOT_BURN_US"); v != "" {
		us, err := strconv.ParseFloat(v, 64)
		if err != nil {
			b.Fatal(err)
		}
		per = time.Duration(us * float64(time.Microsecond))
	}
	rec := bot.NewRecorder(bot.RecorderOptions{Sink: burnSink{per}, Key: []byte("k"), QuestionText: true})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	b.Cleanup(func() { cancel(); <-done })
	e := startSlack(b, rec)
	b.ResetTimer()
	l, all := e.run(b, b.N, e.newSlash, nil)
	b.StopTimer()
	e.verify(b, all, false)
	report(b, fmt.Sprintf("slack slash commands, recording into a sink burning %v a question", per), l)
}

// BenchmarkLoadDiscord64Record is BenchmarkLoadDiscord64 with recording and
// 👍/👎 buttons but no database.
func BenchmarkLoadDiscord64Record(b *testing.B) {
	e := startDiscord(b, discardRecorder(b))
	b.ResetTimer()
	l, all := e.run(b, b.N)
	b.StopTimer()
	e.verify(b, all)
	report(b, "discord interactions, recording without a database", l)
}

// paceRate is the open-loop request rate of the paced benchmarks:
// CAREERBOT_LOAD_RATE requests a second, default 3000 (about a third of
// what this machine answers flat out, like a busy server with headroom).
func paceRate(tb testing.TB) float64 {
	if v := os.Getenv("CAREERBOT_LOAD_RATE"); v != "" {
		r, err := strconv.ParseFloat(v, 64)
		if err != nil || r < 1 || r > 100000 {
			tb.Fatalf("CAREERBOT_LOAD_RATE=%q: want requests a second between 1 and 100000", v)
		}
		return r
	}
	return 3000
}

// paced sends request i at start + i/rate whatever the answers do (an open
// loop, unlike pool), so latencies are what a member would see at that
// load rather than at saturation.
func paced(tb testing.TB, n int, rate float64, job func(i int) (time.Duration, error)) *latencies {
	tb.Helper()
	var (
		mu   sync.Mutex
		errs []error
		wg   sync.WaitGroup
	)
	l := &latencies{d: make([]time.Duration, 0, n)}
	u := measure()
	start := u.at
	for i := range n {
		if d := time.Until(start.Add(time.Duration(float64(i) / rate * float64(time.Second)))); d > 0 {
			time.Sleep(d)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := job(i)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, fmt.Errorf("request %d: %w", i, err))
			} else {
				l.d = append(l.d, d)
			}
		}()
	}
	wg.Wait()
	l.since(u)
	for i, err := range errs {
		if i == 20 {
			tb.Fatalf("%d errors", len(errs))
		}
		tb.Error(err)
	}
	return l
}

// BenchmarkPaced compares store off, recording without a database, and the
// SQLite store at a fixed request rate below saturation: b.N requests per
// sub-benchmark, reported as p50-ms and p99-ms.
func BenchmarkPaced(b *testing.B) {
	rate := paceRate(b)
	// off; record: recording and buttons without a database; store: SQLite.
	recorder := func(b *testing.B, name string) []*bot.Recorder {
		switch name {
		case "record":
			return []*bot.Recorder{discardRecorder(b)}
		case "store":
			return []*bot.Recorder{storeRecorder(b)}
		}
		return nil
	}
	for _, name := range []string{"off", "record", "store"} {
		b.Run("discord/"+name, func(b *testing.B) {
			e := startDiscord(b, recorder(b, name)...)
			all := make([]*dPending, b.N)
			for i := range all {
				all[i] = e.newInteraction(i)
			}
			b.ResetTimer()
			l := paced(b, b.N, rate, func(i int) (time.Duration, error) {
				if err := e.send(all[i]); err != nil {
					return 0, err
				}
				return all[i].wait()
			})
			b.StopTimer()
			e.verify(b, all)
			report(b, fmt.Sprintf("discord at %.0f req/s, store %s", rate, name), l)
		})
		b.Run("slack/"+name, func(b *testing.B) {
			e := startSlack(b, recorder(b, name)...)
			all := make([]*sPending, b.N)
			for i := range all {
				all[i] = e.newSlash(i)
			}
			b.ResetTimer()
			l := paced(b, b.N, rate, func(i int) (time.Duration, error) {
				e.send(all[i])
				return all[i].wait()
			})
			b.StopTimer()
			e.verify(b, all, false)
			report(b, fmt.Sprintf("slack at %.0f req/s, store %s", rate, name), l)
		})
	}
}
