package store_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/store"
	"github.com/careerbot-dev/careerbot/store/storetest"
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

// Many claims at once, from two stores on one database (on SQLite each
// store commits its claims in groups): every key has exactly one winner,
// and each caller learns whether it won.
func TestManyClaimsAtOnceOneWinnerEach(t *testing.T) {
	eachEngine(t, func(t *testing.T, cfg store.Config) {
		stores := []*store.Store{open(t, cfg), open(t, cfg)}
		now := time.Now()
		const keys, tries = 200, 6
		var wins [keys]atomic.Int32
		var wg sync.WaitGroup
		for i := range keys * tries {
			wg.Add(1)
			go func() {
				defer wg.Done()
				k := i % keys
				won, err := stores[i%2].Claim(context.Background(), fmt.Sprintf("slack:event:Ev%d", k), now, now.Add(time.Minute))
				if err != nil {
					t.Error(err)
				}
				if won {
					wins[k].Add(1)
				}
			}()
		}
		wg.Wait()
		for k := range wins {
			if w := wins[k].Load(); w != 1 {
				t.Fatalf("key %d: %d winners, want exactly 1", k, w)
			}
		}
		var n int
		stores[0].DB().QueryRow(`SELECT COUNT(*) FROM claims`).Scan(&n)
		if n != keys {
			t.Fatalf("%d claims stored, want %d", n, keys)
		}
		// The stored form is unchanged: the first 16 bytes of
		// HMAC-SHA256(key), hex (claims written by earlier versions match).
		mac := hmac.New(sha256.New, stores[0].Key())
		mac.Write([]byte("slack:event:Ev7"))
		var one int
		if err := stores[0].DB().QueryRow(stores[0].Rebind(`SELECT 1 FROM claims WHERE key = ?`),
			hex.EncodeToString(mac.Sum(nil)[:16])).Scan(&one); err != nil {
			t.Fatalf("the claim of Ev7 is not stored under its HMAC: %v", err)
		}
	})
}

// A claim waits for its group only as long as its context allows.
func TestClaimGivesUpWithItsContext(t *testing.T) {
	s := open(t, storetest.SQLite.Config(t))
	ctx := context.Background()
	conn := holdWriteLock(t, s)
	defer conn.Close()
	cctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := s.Claim(cctx, "discord:interaction:9", time.Now(), time.Now().Add(time.Minute)); err == nil {
		t.Fatal("claimed while another connection held the write lock")
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("the claim gave up after %v; its context ended after 100ms", d)
	}
	conn.ExecContext(ctx, `ROLLBACK`)
	won, err := s.Claim(ctx, "discord:interaction:10", time.Now(), time.Now().Add(time.Minute))
	if err != nil || !won {
		t.Fatalf("a claim once the lock is free: %v, %v", won, err)
	}
}
