package bot

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"testing"
	"time"
)

func TestMemoryStateClaims(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	m := NewMemoryState(3)
	if !m.Claim(ctx, "a", t0, time.Hour) || m.Claim(ctx, "a", t0.Add(59*time.Minute), time.Hour) {
		t.Fatal("second claim inside the ttl won")
	}
	if !m.Claim(ctx, "a", t0.Add(time.Hour), time.Hour) {
		t.Fatal("claim at expiry lost")
	}
	if !m.Claim(ctx, "", t0, time.Hour) || !m.Claim(ctx, "", t0, time.Hour) {
		t.Fatal("the empty key must always win")
	}
	// Bounded: the claim ending soonest goes first, so a long one stays.
	m.Claim(ctx, "join", t0.Add(time.Hour), 24*time.Hour)
	for i := range 10 {
		m.Claim(ctx, "replay"+strconv.Itoa(i), t0.Add(time.Hour), 5*time.Minute)
		if n := m.Len(); n > 3 {
			t.Fatalf("%d claims held, max 3", n)
		}
	}
	if m.Claim(ctx, "join", t0.Add(2*time.Hour), 24*time.Hour) {
		t.Fatal("the long claim was evicted before short ones")
	}
	// Expiry: everything ended is forgotten at the next claim.
	m.Claim(ctx, "z", t0.Add(48*time.Hour), time.Minute)
	if n := m.Len(); n != 1 {
		t.Errorf("%d claims after all expired, want 1", n)
	}
}

// fakeClaims is a ClaimStore that can be switched off.
type fakeClaims struct {
	mu    sync.Mutex
	down  bool
	until map[string]time.Time
	calls int
}

var errDown = errors.New("connection refused")

func (f *fakeClaims) Claim(_ context.Context, key string, now, until time.Time) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.down {
		return false, errDown
	}
	if u, ok := f.until[key]; ok && now.Before(u) {
		return false, nil
	}
	f.until[key] = until
	return true, nil
}

func (f *fakeClaims) PurgeClaims(context.Context, time.Time) (int64, error) { return 0, nil }

func (f *fakeClaims) PingClaims(context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return errDown
	}
	return nil
}

func (f *fakeClaims) set(down bool) { f.mu.Lock(); f.down = down; f.mu.Unlock() }
func (f *fakeClaims) has(key string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	_, ok := f.until[key]
	return ok
}

// Two replicas on one database: a key wins on one only. When the database
// fails, claims fall back to memory (still once per replica), the state is
// degraded, and it recovers by itself, writing back what it claimed.
func TestSharedFallbackAndRecovery(t *testing.T) {
	db := &fakeClaims{until: map[string]time.Time{}}
	var mu sync.Mutex
	var changes []bool
	a := NewShared(db, SharedOptions{Retry: 5 * time.Millisecond, Name: "postgres", OnDegraded: func(d bool) {
		mu.Lock()
		changes = append(changes, d)
		mu.Unlock()
	}})
	b := NewShared(db, SharedOptions{Retry: 5 * time.Millisecond})
	ctx := context.Background()
	now := time.Now()
	if !a.Claim(ctx, "k1", now, time.Minute) || b.Claim(ctx, "k1", now, time.Minute) {
		t.Fatal("k1 must win on replica a only")
	}
	if a.Degraded() || a.Detail()["state"] != "ok" {
		t.Fatal("degraded while the database works")
	}
	db.set(true)
	if !a.Claim(ctx, "k2", now, time.Minute) {
		t.Fatal("a claim failed with the database down: answers must continue")
	}
	if a.Claim(ctx, "k2", now, time.Minute) {
		t.Fatal("one replica handled k2 twice while degraded")
	}
	if !a.Degraded() || a.Detail()["state"] != "degraded" || a.Detail()["error"] == "" {
		t.Fatalf("not degraded after a failure: %v", a.Detail())
	}
	calls := db.calls
	a.Claim(ctx, "k3", now, time.Minute)
	if db.calls != calls {
		t.Error("a degraded state still waits on the database for every claim")
	}
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { a.Run(rctx); close(done) }()
	defer func() { cancel(); <-done }()
	time.Sleep(30 * time.Millisecond)
	if !a.Degraded() {
		t.Fatal("recovered while the database is still down")
	}
	db.set(false)
	deadline := time.Now().Add(5 * time.Second)
	for a.Degraded() {
		if time.Now().After(deadline) {
			t.Fatal("did not recover after the database came back")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if !db.has("k2") || !db.has("k3") {
		t.Error("claims taken during the outage were not written back")
	}
	if b.Claim(ctx, "k2", now, time.Minute) {
		t.Error("replica b won k2, which a answered during the outage")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(changes) != 2 || !changes[0] || changes[1] {
		t.Errorf("OnDegraded calls %v, want [true false]", changes)
	}
}

// Without a database the state is memory only and never degraded.
func TestSharedMemoryOnly(t *testing.T) {
	s := NewShared(nil, SharedOptions{})
	now := time.Now()
	if !s.Claim(context.Background(), "k", now, time.Minute) || s.Claim(context.Background(), "k", now, time.Minute) {
		t.Fatal("memory-only state must still de-duplicate")
	}
	if s.Degraded() || s.Detail()["backend"] != "memory" {
		t.Fatalf("detail %v", s.Detail())
	}
}
