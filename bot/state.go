package bot

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// SharedState is the memory that replicas of the bot share: de-duplication
// keys (Slack event ids and channel+ts, Discord interaction ids), replay
// protection for signed HTTP requests and the onboarding rejoin window.
// Every use is a claim: the first caller within ttl wins and goes ahead,
// later ones are duplicates.
//
// MemoryState keeps claims in the process; Shared adds a database (the
// store: SQLite survives restarts, Postgres is shared by every replica).
type SharedState interface {
	// Claim records key until now+ttl and reports whether this call won
	// it: true the first time within ttl (go ahead), false when the key
	// was already claimed and has not expired (a duplicate: drop it).
	// It never fails: when the database cannot be reached the claim is
	// decided in process memory. The empty key always wins.
	Claim(ctx context.Context, key string, now time.Time, ttl time.Duration) bool
}

// DefaultStateKeys bounds the claims a MemoryState holds.
const DefaultStateKeys = 200_000

// MemoryState is SharedState in process memory: bounded, claims expire by
// time, and when full the claim that would expire soonest is forgotten
// first (replay and de-duplication keys go before rejoin memory).
type MemoryState struct {
	claims *Expiring[struct{}]
}

// NewMemoryState returns an empty in-process state holding at most max
// claims (DefaultStateKeys when max <= 0).
func NewMemoryState(max int) *MemoryState {
	if max <= 0 {
		max = DefaultStateKeys
	}
	return &MemoryState{claims: NewExpiring[struct{}](max)}
}

// Claim implements SharedState.
func (m *MemoryState) Claim(_ context.Context, key string, now time.Time, ttl time.Duration) bool {
	if key == "" {
		return true
	}
	return m.claims.SetIfAbsent(key, struct{}{}, now, ttl)
}

// Len returns how many claims are held (expired ones included until the
// next claim sweeps them).
func (m *MemoryState) Len() int { return m.claims.Len() }

type claimEntry struct {
	key   string
	until time.Time
	seq   uint64 // order set: of entries ending together, the oldest goes first
}

// expiryHeap is a min-heap of entries by end time.
type expiryHeap []claimEntry

func (h expiryHeap) Len() int { return len(h) }
func (h expiryHeap) Less(i, j int) bool {
	if h[i].until.Equal(h[j].until) {
		return h[i].seq < h[j].seq
	}
	return h[i].until.Before(h[j].until)
}
func (h expiryHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *expiryHeap) Push(x any)   { *h = append(*h, x.(claimEntry)) }
func (h *expiryHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

// ClaimStore is a database holding claims; *store.Store implements it.
// Claim must be atomic: of callers racing for one unexpired key, across
// processes, exactly one gets true.
type ClaimStore interface {
	Claim(ctx context.Context, key string, now, until time.Time) (bool, error)
	PurgeClaims(ctx context.Context, now time.Time) (int64, error)
	PingClaims(ctx context.Context) error
}

// SharedOptions configures NewShared. Zero values take the defaults noted.
type SharedOptions struct {
	// Logger gets the degraded / recovered lines.
	Logger *slog.Logger
	// Timeout bounds one database claim (default 500ms); a claim that
	// times out is decided in memory and the state turns degraded.
	Timeout time.Duration
	// Retry is how often a degraded state probes the database (default 2s).
	Retry time.Duration
	// PurgeEvery is how often expired claims are deleted (default 1m).
	PurgeEvery time.Duration
	// MaxKeys bounds the claims held in memory (default DefaultStateKeys).
	MaxKeys int
	// OnDegraded is told every change: true when claims fall back to
	// process memory, false when the database is back (may be nil).
	OnDegraded func(degraded bool)
	// Name says where the claims live, for Detail ("postgres", "sqlite").
	Name string
}

// Shared is SharedState on a database, with process memory in front: a
// claim is first taken in memory (so one replica never handles a key
// twice, whatever the database does), then in the database (so replicas
// and restarts agree). When the database fails, claims are decided in
// memory, the state reports itself degraded, and Run probes the database
// until it answers again; the claims taken meanwhile are then written to
// it so other replicas learn about them.
type Shared struct {
	local    *MemoryState
	db       ClaimStore
	o        SharedOptions
	log      *slog.Logger
	degraded atomic.Bool
	since    atomic.Int64 // unix ms of the last change to degraded

	mu      sync.Mutex
	pending []claimEntry // claimed while degraded, to write back
	lastErr string
}

// maxPending bounds the claims remembered for writing back after an outage.
const maxPending = 10_000

// NewShared returns a state on db (nil: process memory only, never
// degraded). Call Run to purge expired claims and recover from outages.
func NewShared(db ClaimStore, o SharedOptions) *Shared {
	if o.Timeout <= 0 {
		o.Timeout = 500 * time.Millisecond
	}
	if o.Retry <= 0 {
		o.Retry = 2 * time.Second
	}
	if o.PurgeEvery <= 0 {
		o.PurgeEvery = time.Minute
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Name == "" {
		o.Name = "database"
	}
	s := &Shared{local: NewMemoryState(o.MaxKeys), db: db, o: o, log: o.Logger}
	s.since.Store(time.Now().UnixMilli())
	return s
}

// Claim implements SharedState.
func (s *Shared) Claim(ctx context.Context, key string, now time.Time, ttl time.Duration) bool {
	if key == "" {
		return true
	}
	if !s.local.Claim(ctx, key, now, ttl) {
		return false
	}
	if s.db == nil {
		return true
	}
	if s.degraded.Load() {
		s.remember(key, now.Add(ttl))
		return true
	}
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.o.Timeout)
	won, err := s.db.Claim(cctx, key, now, now.Add(ttl))
	cancel()
	if err != nil {
		s.fail(err)
		s.remember(key, now.Add(ttl))
		return true // answered by this replica; another may answer too
	}
	return won
}

// Degraded reports whether claims are being decided in process memory
// because the database failed.
func (s *Shared) Degraded() bool { return s.degraded.Load() }

// Detail is what /readyz says about the shared state.
func (s *Shared) Detail() map[string]any {
	d := map[string]any{"backend": "memory", "state": "ok"}
	if s.db == nil {
		return d
	}
	d["backend"] = s.o.Name
	if s.degraded.Load() {
		d["state"] = "degraded"
		d["fallback"] = "process memory: duplicates across replicas are possible until the database is back"
		d["since"] = time.UnixMilli(s.since.Load()).UTC().Format(time.RFC3339)
		s.mu.Lock()
		d["error"] = s.lastErr
		s.mu.Unlock()
	}
	return d
}

func (s *Shared) remember(key string, until time.Time) {
	s.mu.Lock()
	if len(s.pending) < maxPending {
		s.pending = append(s.pending, claimEntry{key: key, until: until})
	}
	s.mu.Unlock()
}

func (s *Shared) fail(err error) {
	s.mu.Lock()
	s.lastErr = err.Error()
	s.mu.Unlock()
	if s.degraded.CompareAndSwap(false, true) {
		s.since.Store(time.Now().UnixMilli())
		s.log.Error("shared state: the database failed; de-duplication and replay protection fall back to process memory until it is back",
			"backend", s.o.Name, "err", err)
		if s.o.OnDegraded != nil {
			s.o.OnDegraded(true)
		}
	}
}

// Run purges expired claims every PurgeEvery and, while degraded, probes
// the database every Retry; it returns when ctx ends.
func (s *Shared) Run(ctx context.Context) {
	if s.db == nil {
		<-ctx.Done()
		return
	}
	tick := time.NewTicker(min(s.o.Retry, s.o.PurgeEvery))
	defer tick.Stop()
	lastPurge := time.Time{}
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if s.degraded.Load() {
			s.probe(ctx)
			continue
		}
		if now := time.Now(); now.Sub(lastPurge) >= s.o.PurgeEvery {
			lastPurge = now
			pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			n, err := s.db.PurgeClaims(pctx, now)
			cancel()
			switch {
			case err != nil && ctx.Err() == nil:
				s.log.Warn("shared state: purging expired claims failed", "err", err)
			case n > 0:
				s.log.Debug("shared state: expired claims purged", "n", n)
			}
		}
	}
}

// probe checks the database; when it answers, the claims taken during the
// outage are written back and the state is healthy again.
func (s *Shared) probe(ctx context.Context) {
	pctx, cancel := context.WithTimeout(ctx, max(s.o.Timeout, time.Second))
	defer cancel()
	if err := s.db.PingClaims(pctx); err != nil {
		s.mu.Lock()
		s.lastErr = err.Error()
		s.mu.Unlock()
		return
	}
	s.mu.Lock()
	pending := s.pending
	s.pending = nil
	s.mu.Unlock()
	now := time.Now()
	written := 0
	for i, e := range pending {
		if !now.Before(e.until) {
			continue
		}
		if _, err := s.db.Claim(pctx, e.key, now, e.until); err != nil {
			s.mu.Lock()
			s.pending = append(pending[i:], s.pending...)
			s.mu.Unlock()
			return
		}
		written++
	}
	if s.degraded.CompareAndSwap(true, false) {
		s.since.Store(time.Now().UnixMilli())
		s.log.Info("shared state: the database is back; claims are shared again", "backend", s.o.Name, "written_back", written)
		if s.o.OnDegraded != nil {
			s.o.OnDegraded(false)
		}
	}
}
