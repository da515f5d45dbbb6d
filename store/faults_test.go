package store_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/store"
	"github.com/careerbot-dev/careerbot/store/storetest"
)

// A disk that fills mid-run loses records, never answers: SQLite is capped
// a few pages above its size (it then fails with SQLITE_FULL, as on a full
// disk) while questions keep coming.
func TestFullDiskLosesOnlyRecords(t *testing.T) {
	s := open(t, storetest.SQLite.Config(t))
	db := s.DB()
	db.SetMaxOpenConns(1) // the pragma is per connection
	var pages int
	if err := db.QueryRow(`PRAGMA page_count`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`PRAGMA max_page_count = ` + itoa(pages+8)); err != nil {
		t.Fatal(err)
	}
	// and on the connection the recorder's batches go through
	if err := s.WriterExec(`PRAGMA max_page_count = ` + itoa(pages+8)); err != nil {
		t.Fatal(err)
	}
	var lost int
	rec := bot.NewRecorder(bot.RecorderOptions{Sink: s, Key: s.Key(), QuestionText: true, BatchSize: 8,
		FlushEvery: time.Millisecond, OnDrop: func(n int) { lost += n }})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	answer := func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
		return &bot.Answer{Answered: true, Career: "ml-engineer"}, nil
	}
	h := rec.Middleware()(answer)
	text := strings.Repeat("a long question about salaries ", 60)
	var worst time.Duration
	for i := range 400 {
		start := time.Now()
		a, err := h(ctx, &bot.Request{Platform: "http", UserID: "u", Command: "ask", Text: text + itoa(i)})
		worst = max(worst, time.Since(start))
		if err != nil || !a.Answered {
			t.Fatalf("answer %d: %+v %v", i, a, err)
		}
	}
	if err := rec.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	cancel()
	<-done
	if lost == 0 || rec.Written() == 0 {
		t.Fatalf("written %d, lost %d: the cap should have let some records in and then refused the rest", rec.Written(), lost)
	}
	if worst > 500*time.Millisecond { // generous for a loaded machine; a write takes far longer
		t.Fatalf("an answer took %v while the disk was full", worst)
	}
	var n int64
	db.QueryRow(`SELECT COUNT(*) FROM questions`).Scan(&n)
	if n != rec.Written() {
		t.Fatalf("%d rows, %d reported written", n, rec.Written())
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// RunRetention purges rows older than the retention at once (then daily).
func TestRunRetentionPurgesAtStart(t *testing.T) {
	eachEngine(t, func(t *testing.T, cfg store.Config) {
		s := open(t, cfg)
		now := time.Now()
		if err := s.WriteEvents(context.Background(), []bot.Event{
			q("ddddddddddddddd1", "u", "new", true, now),
			q("ddddddddddddddd2", "u", "old", true, now.Add(-91*24*time.Hour)),
		}); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { s.RunRetention(ctx, store.DefaultRetention); close(done) }()
		deadline := time.Now().Add(10 * time.Second)
		for {
			var n int
			s.DB().QueryRow(`SELECT COUNT(*) FROM questions`).Scan(&n)
			if n == 1 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%d questions left; want the old one purged", n)
			}
			time.Sleep(10 * time.Millisecond)
		}
		cancel()
		<-done
	})
}
