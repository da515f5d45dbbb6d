package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/store"
	"github.com/careerbot-dev/careerbot/store/storetest"
)

// eachEngine runs f against SQLite and, where reachable, Postgres.
func eachEngine(t *testing.T, f func(t *testing.T, cfg store.Config)) {
	for _, e := range storetest.Engines(t) {
		t.Run(e.Name, func(t *testing.T) { f(t, e.Config(t)) })
	}
}

func open(t testing.TB, cfg store.Config) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func q(id, user, text string, answered bool, at time.Time) bot.Event {
	ev := &bot.QuestionEvent{ID: id, Time: at, Platform: "http", UserHash: user, ChannelKind: bot.ChannelWeb,
		Command: "ask", FreeText: true, Text: text, Answered: answered, Latency: 3 * time.Millisecond}
	if answered {
		ev.Career, ev.Section, ev.Outcome = "ml-engineer", "Certifications", "answered"
	} else {
		ev.Outcome = "not_answered"
	}
	return bot.Event{Question: ev}
}

func vote(id, user, v, reason string, at time.Time) bot.Event {
	return bot.Event{Feedback: &bot.FeedbackEvent{AnswerID: id, UserHash: user, Platform: "http", Time: at, Vote: v, Reason: reason}}
}

func TestOpenMigratesOnceAndKeepsItsKey(t *testing.T) {
	eachEngine(t, func(t *testing.T, cfg store.Config) {
		s1 := open(t, cfg)
		key := s1.Key()
		if len(key) != 32 {
			t.Fatalf("generated key has %d bytes, want 32", len(key))
		}
		s1.Close()
		s2 := open(t, cfg)
		if string(s2.Key()) != string(key) {
			t.Fatal("the user-hash key changed across restarts: hashes would no longer match")
		}
		var n, v int
		if err := s2.DB().QueryRow(`SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&n, &v); err != nil {
			t.Fatal(err)
		}
		if n != store.SchemaVersion() || v != store.SchemaVersion() {
			t.Fatalf("schema_migrations: %d rows, version %d; want one row per migration, version %d", n, v, store.SchemaVersion())
		}
		cfg.Secret = "configured secret"
		if s3 := open(t, cfg); string(s3.Key()) != "configured secret" {
			t.Fatalf("store.secret not used: key %q", s3.Key())
		}
	})
}

func TestReportGroupsUnansweredAndKeepsTheLastVote(t *testing.T) {
	eachEngine(t, func(t *testing.T, cfg store.Config) {
		s := open(t, cfg)
		ctx := context.Background()
		now := time.Now().UTC().Truncate(time.Millisecond)
		day := now.Add(-24 * time.Hour)
		events := []bot.Event{
			q("aaaaaaaaaaaaaaa1", "u1", "Recipe for chocolate cake?", false, day),
			q("aaaaaaaaaaaaaaa2", "u2", "recipe for  CHOCOLATE cake", false, now),
			q("aaaaaaaaaaaaaaa3", "u1", "weather tomorrow", false, now),
			q("aaaaaaaaaaaaaaa4", "u1", "what certifications help?", true, now),
			q("aaaaaaaaaaaaaaa5", "u3", "old question", false, now.Add(-30*24*time.Hour)),
			vote("aaaaaaaaaaaaaaa4", "u2", bot.VoteUp, "", now),
			vote("aaaaaaaaaaaaaaa4", "u3", bot.VoteUp, "", now),
		}
		if err := s.WriteEvents(ctx, events); err != nil {
			t.Fatal(err)
		}
		// u3 changes their mind: one vote per member per answer.
		if err := s.WriteEvents(ctx, []bot.Event{vote("aaaaaaaaaaaaaaa4", "u3", bot.VoteDown, "out_of_date", now.Add(time.Second))}); err != nil {
			t.Fatal(err)
		}
		// Writing the same question twice (a retried batch) keeps one row.
		if err := s.WriteEvents(ctx, events[:1]); err != nil {
			t.Fatal(err)
		}
		r, err := s.Report(ctx, now.Add(-7*24*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if r.Questions != 4 || r.Answered != 1 || r.AnsweredRate != 0.25 {
			t.Fatalf("questions %d answered %d rate %v; want 4, 1, 0.25", r.Questions, r.Answered, r.AnsweredRate)
		}
		if len(r.Unanswered) != 2 || r.Unanswered[0].Count != 2 || !strings.Contains(strings.ToLower(r.Unanswered[0].Text), "chocolate") {
			t.Fatalf("unanswered = %+v; want the cake question twice first, then the weather", r.Unanswered)
		}
		if !r.Unanswered[0].LastSeen.Equal(now) {
			t.Fatalf("last seen %v, want %v", r.Unanswered[0].LastSeen, now)
		}
		if r.VotesUp != 1 || r.VotesDown != 1 || r.Reasons["out_of_date"] != 1 {
			t.Fatalf("votes up %d down %d reasons %v; want 1, 1, out_of_date:1", r.VotesUp, r.VotesDown, r.Reasons)
		}
		if len(r.Feedback) != 2 || r.Feedback[0].Vote != "down" || r.Feedback[0].Question != "what certifications help?" ||
			r.Feedback[0].Reason != "out_of_date" || r.Feedback[0].Career != "ml-engineer" || r.Feedback[0].Section != "Certifications" {
			t.Fatalf("feedback = %+v; want the 👎 first with question, reason, career and section", r.Feedback)
		}
		if len(r.Helpfulness) != 1 || r.Helpfulness[0].Up != 1 || r.Helpfulness[0].Down != 1 || r.Helpfulness[0].Questions != 1 {
			t.Fatalf("helpfulness = %+v", r.Helpfulness)
		}
		if len(r.Days) != 2 || r.Days[0].Questions != 1 || r.Days[1].Questions != 3 || r.Days[1].Answered != 1 {
			t.Fatalf("days = %+v", r.Days)
		}
		if len(r.Commands) != 1 || r.Commands[0].Command != "ask" || r.Commands[0].Questions != 4 {
			t.Fatalf("commands = %+v", r.Commands)
		}
		found, err := s.AnswerExists(ctx, "aaaaaaaaaaaaaaa4")
		if err != nil || !found {
			t.Fatalf("AnswerExists(recorded) = %v, %v", found, err)
		}
		if found, _ := s.AnswerExists(ctx, "zzzzzzzzzzzzzzzz"); found {
			t.Fatal("AnswerExists(unknown) = true")
		}
	})
}

func TestForgetAndPurge(t *testing.T) {
	eachEngine(t, func(t *testing.T, cfg store.Config) {
		s := open(t, cfg)
		ctx := context.Background()
		now := time.Now()
		if err := s.WriteEvents(ctx, []bot.Event{
			q("bbbbbbbbbbbbbbb1", "alice", "a", true, now),
			q("bbbbbbbbbbbbbbb2", "bob", "b", true, now),
			q("bbbbbbbbbbbbbbb3", "bob", "old", true, now.Add(-100*24*time.Hour)),
			vote("bbbbbbbbbbbbbbb2", "alice", bot.VoteUp, "", now), // alice's vote on bob's answer
			vote("bbbbbbbbbbbbbbb1", "bob", bot.VoteDown, "", now), // bob's vote on alice's answer
		}); err != nil {
			t.Fatal(err)
		}
		n, err := s.Forget(ctx, "alice")
		if err != nil {
			t.Fatal(err)
		}
		if n != 3 { // her question, her vote, bob's vote on her answer
			t.Fatalf("forget deleted %d rows, want 3", n)
		}
		count := func(table, user string) int {
			var c int
			if err := s.DB().QueryRow(s.Rebind(`SELECT COUNT(*) FROM `+table+` WHERE user_hash = ?`), user).Scan(&c); err != nil {
				t.Fatal(err)
			}
			return c
		}
		if count("questions", "alice") != 0 || count("feedback", "alice") != 0 || count("questions", "bob") != 2 {
			t.Fatal("forget left alice's rows or took bob's questions")
		}
		n, err = s.Purge(ctx, now.Add(-90*24*time.Hour))
		if err != nil || n != 1 {
			t.Fatalf("purge = %d, %v; want 1 row", n, err)
		}
		if count("questions", "bob") != 1 {
			t.Fatal("purge kept the old question or took the new one")
		}
	})
}

// Several processes on one database: every writer's rows and votes arrive.
func TestConcurrentWritersLoseNothing(t *testing.T) {
	eachEngine(t, func(t *testing.T, cfg store.Config) {
		const writers, batches, per = 4, 10, 20
		stores := make([]*store.Store, writers)
		var wg sync.WaitGroup
		errs := make(chan error, writers*batches)
		for w := range writers { // concurrent Opens race on migrations too
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := store.Open(context.Background(), cfg, nil)
				if err != nil {
					errs <- err
					return
				}
				stores[w] = s
			}()
		}
		wg.Wait()
		select {
		case err := <-errs:
			t.Fatal(err)
		default:
		}
		for _, s := range stores {
			t.Cleanup(func() { s.Close() })
		}
		now := time.Now()
		for w, s := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for b := range batches {
					var evs []bot.Event
					for i := range per {
						id := fmt.Sprintf("c%dx%03dx%010d", w, b, i)
						evs = append(evs, q(id, "u", "t", true, now))
						// every writer votes on the same answer: upserts collide
						evs = append(evs, vote("shared0000000000", fmt.Sprintf("w%d", w), bot.VoteUp, "", now))
					}
					if err := s.WriteEvents(context.Background(), evs); err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		var nq, nf int
		stores[0].DB().QueryRow(`SELECT COUNT(*) FROM questions`).Scan(&nq)
		stores[0].DB().QueryRow(`SELECT COUNT(*) FROM feedback`).Scan(&nf)
		if nq != writers*batches*per || nf != writers {
			t.Fatalf("%d questions and %d votes; want %d and %d", nq, nf, writers*batches*per, writers)
		}
	})
}

// A new SQLite store is readable by its owner only (it holds what members
// asked); report and forget do not create one.
func TestNewSQLiteFileIsPrivate(t *testing.T) {
	p := filepath.Join(t.TempDir(), "data", "careerbot.db")
	if _, err := store.Open(context.Background(), store.Config{Path: p, MustExist: true}, nil); err == nil ||
		!strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("MustExist on a missing file: %v", err)
	}
	s := open(t, store.Config{Path: p}) // creates the data folder too
	s.Close()
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		t.Fatalf("careerbot.db mode %v: others can read it", fi.Mode().Perm())
	}
}

func TestNotADatabaseNamesTheSetting(t *testing.T) {
	p := filepath.Join(t.TempDir(), "careerbot.db")
	if err := os.WriteFile(p, []byte(strings.Repeat("this is not a database\n", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := store.Open(context.Background(), store.Config{Path: p}, nil)
	if err == nil || !strings.HasPrefix(err.Error(), "store.path: ") || !strings.Contains(err.Error(), p) {
		t.Fatalf("err = %v; want one naming store.path and the file", err)
	}
	_, err = store.Open(context.Background(), store.Config{Path: t.TempDir()}, nil)
	if err == nil || !strings.HasPrefix(err.Error(), "store.path: ") {
		t.Fatalf("a folder: err = %v", err)
	}
}

func TestUnreachablePostgresNamesTheSetting(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, err := store.Open(ctx, store.Config{URL: "postgres://careerbot:hunter2@127.0.0.1:1/careerbot?connect_timeout=2"}, nil)
	if err == nil || !strings.HasPrefix(err.Error(), "store.url: ") {
		t.Fatalf("err = %v; want one naming store.url", err)
	}
	if strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("the password leaked into the message: %v", err)
	}
	_, err = store.Open(ctx, store.Config{URL: "mysql://x"}, nil)
	if err == nil || !strings.HasPrefix(err.Error(), "store.url: ") {
		t.Fatalf("a mysql URL: err = %v", err)
	}
}

var _ bot.EventSink = (*store.Store)(nil)
var _ bot.Reporter = (*store.Store)(nil)
var _ = sql.ErrNoRows
