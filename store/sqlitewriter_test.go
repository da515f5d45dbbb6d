package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/store"
	"github.com/careerbot-dev/careerbot/store/storetest"
)

// Every value of every question comes back as it was written, whatever the
// batch's size (split into INSERTs of 32, 8 and 1 rows), with votes among
// the questions, empty texts (stored empty, not NULL), texts of any bytes
// and length, and ids already written skipped. Both engines.
func TestEveryValueRoundTrips(t *testing.T) {
	eachEngine(t, func(t *testing.T, cfg store.Config) {
		s := open(t, cfg)
		now := time.UnixMilli(time.Now().UnixMilli())
		texts := []string{"", "what certifications help?", "«ML» engineer's \"salary\"; DROP TABLE questions; --",
			strings.Repeat("long question ", 10000), "日本語の質問", "a\tb\nc"}
		var want []*bot.QuestionEvent
		var batch []bot.Event
		for i := range 77 {
			ev := q(fmt.Sprintf("rt%014d", i), fmt.Sprintf("user%d", i%5), texts[i%len(texts)], i%3 != 0, now.Add(time.Duration(i)*time.Millisecond))
			ev.Question.Latency = time.Duration(i) * time.Microsecond
			ev.Question.FreeText = i%2 == 0
			if i%7 == 0 {
				ev.Question.Career, ev.Question.Section = "", ""
			}
			want = append(want, ev.Question)
			batch = append(batch, ev)
			if i%10 == 0 {
				batch = append(batch, vote(fmt.Sprintf("rt%014d", i), "voter", bot.VoteDown, "wrong", now))
			}
		}
		if err := s.WriteEvents(context.Background(), batch); err != nil {
			t.Fatal(err)
		}
		// Written again, with one new question twice in the same INSERT:
		// only the new one is added, once.
		dup := q("rt99999999999999", "u", "new", true, now)
		want = append(want, dup.Question)
		if err := s.WriteEvents(context.Background(), append(batch[:5:5], dup, dup)); err != nil {
			t.Fatal(err)
		}
		rows, err := s.DB().Query(`SELECT id, at, platform, user_hash, channel_kind, command, free_text, text, text_norm,
			career, section, answered, outcome, latency_us FROM questions ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		n := 0
		for rows.Next() {
			var id, platform, user, kind, command, text, norm, career, section, outcome string
			var at, freeText, answered, latency int64
			if err := rows.Scan(&id, &at, &platform, &user, &kind, &command, &freeText, &text, &norm, &career, &section,
				&answered, &outcome, &latency); err != nil {
				t.Fatal(err)
			}
			if n >= len(want) {
				t.Fatalf("more rows than written: %s", id)
			}
			w := want[n]
			wantNorm := ""
			if !w.Answered {
				wantNorm = bot.NormalizeQuestion(w.Text)
			}
			got := fmt.Sprint(id, at, platform, user, kind, command, freeText == 1, text, norm, career, section, answered == 1, outcome, latency)
			exp := fmt.Sprint(w.ID, w.Time.UnixMilli(), w.Platform, w.UserHash, w.ChannelKind, w.Command, w.FreeText, w.Text,
				wantNorm, w.Career, w.Section, w.Answered, w.Outcome, w.Latency.Microseconds())
			if got != exp {
				t.Fatalf("row %d:\n got %.200q\nwant %.200q", n, got, exp)
			}
			n++
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		if n != len(want) {
			t.Fatalf("%d rows, want %d", n, len(want))
		}
		var nulls, votes int
		s.DB().QueryRow(`SELECT COUNT(*) FROM questions WHERE text IS NULL OR career IS NULL OR text_norm IS NULL`).Scan(&nulls)
		s.DB().QueryRow(`SELECT COUNT(*) FROM feedback WHERE user_hash = 'voter' AND vote = 'down' AND reason = 'wrong'`).Scan(&votes)
		if nulls != 0 || votes != 8 {
			t.Fatalf("%d rows with NULLs (want none), %d votes (want 8)", nulls, votes)
		}
	})
}

// While another connection holds SQLite's write lock, a batch waits for it
// only as long as its context allows, and is written once the lock is free.
func TestSQLiteWriteWaitEndsWithItsContext(t *testing.T) {
	s := open(t, storetest.SQLite.Config(t))
	ctx := context.Background()
	conn := holdWriteLock(t, s)
	defer conn.Close()
	wctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := s.WriteEvents(wctx, []bot.Event{q("lock000000000001", "u", "t", true, time.Now())})
	if err == nil {
		t.Fatal("written while another connection held the write lock")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("the write gave up after %v; its context ended after 200ms", d)
	}
	if _, err := conn.ExecContext(ctx, `ROLLBACK`); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteEvents(ctx, []bot.Event{q("lock000000000001", "u", "t", true, time.Now())}); err != nil {
		t.Fatal(err)
	}
	var n int
	s.DB().QueryRow(`SELECT COUNT(*) FROM questions`).Scan(&n)
	if n != 1 {
		t.Fatalf("%d questions, want 1", n)
	}
}

// holdWriteLock takes SQLite's write lock on a connection of its own (BEGIN
// IMMEDIATE) and returns it; closing it lets the lock go.
func holdWriteLock(t *testing.T, s *store.Store) *sql.Conn {
	t.Helper()
	ctx := context.Background()
	conn, err := s.DB().Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		conn.Close()
		t.Fatal(err)
	}
	return conn
}
