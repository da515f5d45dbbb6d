package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/store/storetest"
)

// TestCheckpointsWaitForAnIdleWriter: SQLite checkpoints (fsyncs that hold
// one of the process's Ps for milliseconds) are not run between batches
// that come back to back, only after a pause, and SQLite's own are left for
// a WAL of 2,000 pages.
func TestCheckpointsWaitForAnIdleWriter(t *testing.T) {
	s := open(t, storetest.SQLite.Config(t))
	var pages int
	if err := s.DB().QueryRow(`PRAGMA wal_autocheckpoint`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if pages != 2000 {
		t.Errorf("wal_autocheckpoint = %d pages, want 2000", pages)
	}
	now := time.Now()
	write := func(n int) {
		t.Helper()
		batch := make([]bot.Event, 0, n)
		for range n {
			batch = append(batch, q(bot.NewAnswerID(), "u", "what certifications help?", true, now))
		}
		if err := s.WriteEvents(context.Background(), batch); err != nil {
			t.Fatal(err)
		}
	}
	write(10)
	time.Sleep(250 * time.Millisecond)
	write(10) // idle, but too little written to be worth it
	for range 12 {
		write(512) // back to back: busy
	}
	if n := s.Checkpoints(); n != 0 {
		t.Fatalf("%d checkpoints while busy or with little written, want 0", n)
	}
	time.Sleep(250 * time.Millisecond)
	write(10)
	if n := s.Checkpoints(); n != 1 {
		t.Fatalf("%d checkpoints after a pause, want 1", n)
	}
	var rows int
	if err := s.DB().QueryRow(`SELECT COUNT(*) FROM questions`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != 10+10+12*512+10 {
		t.Errorf("%d questions, want %d", rows, 10+10+12*512+10)
	}
}
