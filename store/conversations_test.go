package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/store"
)

// A conversation's subject is read back until it expires, replaced by a
// later one, and purged with the claims; on both engines.
func TestConversationSubjects(t *testing.T) {
	eachEngine(t, func(t *testing.T, cfg store.Config) {
		s := open(t, cfg)
		ctx := context.Background()
		t0 := time.Now()
		subj := bot.Subject{Career: "ml-engineer", Command: "salary", State: "CA",
			List: []bot.FollowUp{{Label: "All states", Command: "salary", Options: map[string]string{"career": "ml-engineer"}}}}
		if err := s.RememberSubject(ctx, "slack:T1:C1:171.1", subj, t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		got, ok, err := s.RecallSubject(ctx, "slack:T1:C1:171.1", t0)
		if err != nil || !ok || got.State != "CA" || len(got.List) != 1 || got.List[0].Options["career"] != "ml-engineer" {
			t.Fatalf("recall: %+v %v %v", got, ok, err)
		}
		if _, ok, _ := s.RecallSubject(ctx, "slack:T1:C1:other", t0); ok {
			t.Fatal("another conversation recalled a subject")
		}
		subj.State = "NY"
		if err := s.RememberSubject(ctx, "slack:T1:C1:171.1", subj, t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		if got, _, _ := s.RecallSubject(ctx, "slack:T1:C1:171.1", t0); got.State != "NY" {
			t.Fatalf("a later subject did not replace the first: %+v", got)
		}
		if _, ok, _ := s.RecallSubject(ctx, "slack:T1:C1:171.1", t0.Add(2*time.Minute)); ok {
			t.Fatal("an expired subject was recalled")
		}
		if n, err := s.PurgeClaims(ctx, t0.Add(2*time.Minute)); err != nil || n < 1 {
			t.Fatalf("purge removed %d (%v), want the expired subject", n, err)
		}
	})
}
