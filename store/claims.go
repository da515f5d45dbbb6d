package store

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"time"
)

// Claims: the shared state of bot.Shared (de-duplication keys, replay
// protection, the onboarding rejoin window). On Postgres every replica
// shares them; on SQLite they survive a restart. Keys are stored as an
// HMAC with the user-hash key, so no user or channel id is readable in the
// table.

// claimKey is what the claims table stores for key.
func (s *Store) claimKey(key string) string {
	mac, _ := s.macs.Get().(hash.Hash)
	if mac == nil {
		mac = hmac.New(sha256.New, s.key)
	}
	mac.Reset()
	mac.Write([]byte(key))
	var sum [sha256.Size]byte
	var out [32]byte
	hex.Encode(out[:], mac.Sum(sum[:0])[:16])
	s.macs.Put(mac)
	return string(out[:])
}

// Claim records key until until and reports whether this call won it: the
// key was absent or its previous claim had ended by now. It is one atomic
// statement, so of processes racing for a key exactly one wins.
func (s *Store) Claim(ctx context.Context, key string, now, until time.Time) (bool, error) {
	if s.writer != nil {
		return s.writer.claim(ctx, s.claimKey(key), now.UnixMilli(), until.UnixMilli())
	}
	res, err := s.db.ExecContext(ctx, s.Rebind(`INSERT INTO claims (key, expires_at) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= ?`),
		s.claimKey(key), until.UnixMilli(), now.UnixMilli())
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, err
	}
	return n == 1, nil
}

// PurgeClaims deletes the claims, and the conversation subjects, that ended
// by now: the expiring shared state, purged together.
func (s *Store) PurgeClaims(ctx context.Context, now time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, s.Rebind(`DELETE FROM claims WHERE expires_at <= ?`), now.UnixMilli())
	if err != nil {
		return 0, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return n, err
	}
	c, err := s.PurgeConversations(ctx, now)
	return n + c, err
}

// PingClaims checks that the claims table answers.
func (s *Store) PingClaims(ctx context.Context) error {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM claims LIMIT 1) AS c`).Scan(&n)
	return err
}
