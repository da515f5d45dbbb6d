package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// migration is one schema version; its SQL runs on both engines.
type migration struct {
	version int
	name    string
	stmts   []string
}

// migrations are applied in order at Open; never edit one that shipped, add
// the next version instead.
var migrations = []migration{
	{1, "questions, feedback and meta", []string{
		`CREATE TABLE meta (
			key   TEXT PRIMARY KEY,
			value TEXT NOT NULL
		)`,
		`CREATE TABLE questions (
			id           TEXT PRIMARY KEY,
			at           BIGINT NOT NULL,
			platform     TEXT NOT NULL,
			user_hash    TEXT NOT NULL,
			channel_kind TEXT NOT NULL,
			command      TEXT NOT NULL,
			free_text    INTEGER NOT NULL,
			text         TEXT NOT NULL,
			text_norm    TEXT NOT NULL,
			career       TEXT NOT NULL,
			section      TEXT NOT NULL,
			answered     INTEGER NOT NULL,
			outcome      TEXT NOT NULL,
			latency_us   BIGINT NOT NULL
		)`,
		`CREATE INDEX questions_at ON questions (at)`,
		`CREATE INDEX questions_user ON questions (user_hash)`,
		`CREATE TABLE feedback (
			answer_id TEXT NOT NULL,
			user_hash TEXT NOT NULL,
			platform  TEXT NOT NULL,
			at        BIGINT NOT NULL,
			vote      TEXT NOT NULL,
			reason    TEXT NOT NULL,
			PRIMARY KEY (answer_id, user_hash)
		)`,
		`CREATE INDEX feedback_at ON feedback (at)`,
		`CREATE INDEX feedback_user ON feedback (user_hash)`,
	}},
	{2, "claims (shared de-duplication, replay protection, rejoin memory)", []string{
		`CREATE TABLE claims (
			key        TEXT PRIMARY KEY,
			expires_at BIGINT NOT NULL
		)`,
		`CREATE INDEX claims_expires ON claims (expires_at)`,
	}},
	{3, "conversations (the last subject of each conversation, shared by replicas)", []string{
		`CREATE TABLE conversations (
			key        TEXT PRIMARY KEY,
			subject    TEXT NOT NULL,
			expires_at BIGINT NOT NULL
		)`,
		`CREATE INDEX conversations_expires ON conversations (expires_at)`,
	}},
	// Keyed user hashes are random, so every recorded question went into
	// a random page of this index: most of what recording cost (SQLite
	// wrote and read back hundreds of pages per batch). Only forget, a
	// rare admin command, looked rows up by user; it scans instead.
	{4, "no index of questions by user (recording writes less)", []string{
		`DROP INDEX IF EXISTS questions_user`,
	}},
}

// SchemaVersion is the version Open migrates to.
func SchemaVersion() int { return migrations[len(migrations)-1].version }

// migrate applies the missing migrations in one transaction, holding a lock
// so that processes starting together on one Postgres apply each once.
func (s *Store) migrate(ctx context.Context) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if s.dialect == Postgres {
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(7270110001)`); err != nil {
			return err
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(7270110001)`)
	}
	tx, err := conn.BeginTx(ctx, nil) // SQLite: BEGIN IMMEDIATE (_txlock)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at BIGINT NOT NULL
	)`); err != nil {
		return err
	}
	var have sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&have); err != nil {
		return err
	}
	if int(have.Int64) > SchemaVersion() {
		return fmt.Errorf("the database has schema version %d, newer than this careerbot's %d: upgrade careerbot", have.Int64, SchemaVersion())
	}
	for _, m := range migrations {
		if m.version <= int(have.Int64) {
			continue
		}
		for _, q := range m.stmts {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, s.Rebind(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
			m.version, m.name, time.Now().UnixMilli()); err != nil {
			return err
		}
		s.log.Info("store: migrated", "version", m.version, "name", m.name, "db", s.where)
	}
	return tx.Commit()
}
