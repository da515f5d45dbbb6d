package store

import (
	"context"
	"sync"
	"time"

	sqlite3 "modernc.org/sqlite/lib"
)

// Claims on SQLite are committed in groups through the writer's
// connection.
//
// Why: serve puts the adapters' shared state on the store, so every
// Discord interaction (and every Slack event) claims its id in the
// database before it is answered. Through database/sql each claim was its
// own transaction, its statement parsed each time, and concurrent claims
// met on SQLite's write lock, where the busy handler sleeps 1, 2, 5 ... ms
// between tries: flat out (BenchmarkLoadDiscord64StoreShared) that added
// about half to the CPU of an interaction and doubled its p99.
//
// Now a claim joins a queue; a claim that finds no group running starts a
// goroutine that takes the writer's connection (waiting for a recorder
// batch in progress, if any, without polling) and writes every claim
// queued by then in one transaction with a statement prepared once, each
// claim deciding itself as before (one INSERT ... ON CONFLICT, won when it
// changed a row), then commits and wakes their callers; then the claims
// queued meanwhile, until none is left. Every claim is still decided
// atomically by the database, so processes sharing the file still agree
// on exactly one winner; a caller waits only as long as its context allows.
type claimQueue struct {
	mu      sync.Mutex
	pending []*claimReq
	leading bool
}

type claimReq struct {
	key        string
	now, until int64
	won        bool
	err        error
	done       chan struct{}
}

// claimGroupTimeout bounds one group's transaction (its callers wait only
// as long as their own contexts allow).
const claimGroupTimeout = 10 * time.Second

const sqliteClaim = `INSERT INTO claims (key, expires_at) VALUES (?, ?)
	ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= ?`

// claim is Store.Claim on SQLite; key is already the stored form.
func (w *sqliteWriter) claim(ctx context.Context, key string, now, until int64) (bool, error) {
	r := &claimReq{key: key, now: now, until: until, done: make(chan struct{})}
	q := &w.claims
	q.mu.Lock()
	q.pending = append(q.pending, r)
	lead := !q.leading
	q.leading = true
	q.mu.Unlock()
	if lead {
		go w.leadClaims() // callers wait below, each only as long as its context allows
	}
	select {
	case <-r.done:
		return r.won, r.err
	case <-ctx.Done():
		return false, ctx.Err()
	}
}

// leadClaims writes the claims queued now as one group, then the claims
// queued meanwhile, until none is left.
func (w *sqliteWriter) leadClaims() {
	for w.leadGroup() {
	}
}

// leadGroup writes the claims queued now as one group and reports whether
// more were queued meanwhile (else it stops leading).
func (w *sqliteWriter) leadGroup() bool {
	q := &w.claims
	q.mu.Lock()
	group := q.pending
	q.pending = nil
	q.mu.Unlock()
	w.writeClaims(group)
	q.mu.Lock()
	more := len(q.pending) > 0
	q.leading = more
	q.mu.Unlock()
	return more
}

// writeClaims decides group in one transaction and wakes its callers.
func (w *sqliteWriter) writeClaims(group []*claimReq) {
	ctx, cancel := context.WithTimeout(context.Background(), claimGroupTimeout)
	defer cancel()
	err := w.inTx(ctx, func() error {
		s, err := w.stmt(sqliteClaim)
		if err != nil {
			return err
		}
		for _, r := range group {
			if err := w.reserve(len(r.key)); err != nil {
				return err
			}
			b := binder{w: w, s: s}
			b.text(r.key)
			b.int(r.until)
			b.int(r.now)
			if b.err != nil {
				return b.err
			}
			if err := w.step(s, "claiming a key"); err != nil {
				return err
			}
			r.won = sqlite3.Xsqlite3_changes(w.tls, w.db) == 1
		}
		return nil
	})
	for _, r := range group {
		if err != nil {
			r.won, r.err = false, err
		}
		close(r.done)
	}
}
