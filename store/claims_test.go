package store_test

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/store"
)

// A claim wins once until it expires, on both engines; expired claims are
// purged; keys are not stored in the clear.
func TestClaims(t *testing.T) {
	eachEngine(t, func(t *testing.T, cfg store.Config) {
		s := open(t, cfg)
		ctx := context.Background()
		t0 := time.Now()
		claim := func(key string, now time.Time, ttl time.Duration) bool {
			t.Helper()
			won, err := s.Claim(ctx, key, now, now.Add(ttl))
			if err != nil {
				t.Fatal(err)
			}
			return won
		}
		if !claim("slack:event:Ev1", t0, time.Minute) {
			t.Fatal("first claim lost")
		}
		if claim("slack:event:Ev1", t0.Add(59*time.Second), time.Minute) {
			t.Fatal("second claim within the ttl won")
		}
		if !claim("slack:event:Ev1", t0.Add(61*time.Second), time.Minute) {
			t.Fatal("claim after expiry lost")
		}
		if !claim("slack:event:Ev2", t0, time.Second) {
			t.Fatal("another key lost")
		}
		var raw string
		if err := s.DB().QueryRow(`SELECT key FROM claims LIMIT 1`).Scan(&raw); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(raw, "Ev") || len(raw) != 32 {
			t.Fatalf("stored key %q: want an opaque 32-character hash", raw)
		}
		n, err := s.PurgeClaims(ctx, t0.Add(2*time.Second))
		if err != nil || n != 1 {
			t.Fatalf("purge: %d rows, %v; want the expired Ev2 only", n, err)
		}
		if err := s.PingClaims(ctx); err != nil {
			t.Fatal(err)
		}
	})
}

// Of many connections racing for one key, exactly one wins; a second store
// on the same database (a replica, or the process restarted) sees it.
func TestClaimRaceAcrossStores(t *testing.T) {
	eachEngine(t, func(t *testing.T, cfg store.Config) {
		a, b := open(t, cfg), open(t, cfg)
		now := time.Now()
		var wins atomic.Int32
		var wg sync.WaitGroup
		for i := range 16 {
			s := a
			if i%2 == 1 {
				s = b
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				won, err := s.Claim(context.Background(), "discord:interaction:1", now, now.Add(time.Minute))
				if err != nil {
					t.Error(err)
				}
				if won {
					wins.Add(1)
				}
			}()
		}
		wg.Wait()
		if w := wins.Load(); w != 1 {
			t.Fatalf("%d winners, want exactly 1", w)
		}
	})
}
