package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// Conversations: what each conversation was last about (bot.Subject), so
// that a follow-up answered by another replica reads the same context.
// Keys are stored as an HMAC, like claims.

// RecallSubject returns the subject remembered for key, if it has not
// expired by now.
func (s *Store) RecallSubject(ctx context.Context, key string, now time.Time) (bot.Subject, bool, error) {
	var raw string
	err := s.db.QueryRowContext(ctx, s.Rebind(`SELECT subject FROM conversations WHERE key = ? AND expires_at > ?`),
		s.claimKey("conv:"+key), now.UnixMilli()).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return bot.Subject{}, false, nil
	}
	if err != nil {
		return bot.Subject{}, false, err
	}
	var subj bot.Subject
	if err := json.Unmarshal([]byte(raw), &subj); err != nil {
		return bot.Subject{}, false, err
	}
	return subj, true, nil
}

// RememberSubject keeps subj for key until until (replacing what was there).
func (s *Store) RememberSubject(ctx context.Context, key string, subj bot.Subject, until time.Time) error {
	raw, err := json.Marshal(subj)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, s.Rebind(`INSERT INTO conversations (key, subject, expires_at) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET subject = excluded.subject, expires_at = excluded.expires_at`),
		s.claimKey("conv:"+key), string(raw), until.UnixMilli())
	return err
}

// PurgeConversations deletes the subjects that expired by now.
func (s *Store) PurgeConversations(ctx context.Context, now time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, s.Rebind(`DELETE FROM conversations WHERE expires_at <= ?`), now.UnixMilli())
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
