package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	_ "modernc.org/sqlite"             // registers "sqlite"
)

// Config is the store section of the configuration file.
type Config struct {
	// Enabled turns recording on (default true).
	Enabled *bool `yaml:"enabled"`
	// Path is the SQLite file (default careerbot.db next to the config
	// file, or in data_dir).
	Path string `yaml:"path"`
	// URL, postgres://user:pass@host:port/db, uses Postgres instead.
	URL string `yaml:"url"`
	// Required stops the bot at start when the store cannot be opened
	// (default true); false runs without a store and says so.
	Required *bool `yaml:"required"`
	// QuestionText stores the question text (default true).
	QuestionText *bool `yaml:"question_text"`
	// Retention deletes rows older than this, daily (default 90 days).
	Retention time.Duration `yaml:"retention"`
	// Secret is the HMAC key for user ids; empty: one is generated into the
	// store on first start.
	Secret string `yaml:"secret"`
	// QueueSize bounds records waiting to be written (default 8192).
	QueueSize int `yaml:"queue_size"`

	// MustExist makes Open fail on a missing SQLite file instead of
	// creating it (report and forget).
	MustExist bool `yaml:"-"`
}

// DefaultRetention is store.retention's default.
const DefaultRetention = 90 * 24 * time.Hour

// On reports whether recording is enabled.
func (c Config) On() bool { return c.Enabled == nil || *c.Enabled }

// IsRequired reports whether a store that cannot be opened stops the bot.
func (c Config) IsRequired() bool { return c.Required == nil || *c.Required }

// StoresText reports whether question text is stored.
func (c Config) StoresText() bool { return c.QuestionText == nil || *c.QuestionText }

// RetentionOrDefault returns Retention or its default.
func (c Config) RetentionOrDefault() time.Duration {
	if c.Retention <= 0 {
		return DefaultRetention
	}
	return c.Retention
}

// Dialects.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// Store is an open database with careerbot's schema.
type Store struct {
	db      *sql.DB
	dialect string
	key     []byte
	where   string // for messages: the file, or the redacted URL
	log     *slog.Logger

	// SQLite checkpoints (see checkpointIfIdle).
	ckptMu        sync.Mutex
	lastWrite     time.Time // when the previous WriteEvents ended
	sinceCkpt     int       // questions written since the last checkpoint
	checkpointing bool      // SQLite
	checkpoints   int       // run by checkpointIfIdle (for tests)

	// writer writes the recorder's batches and the claims on SQLite (nil
	// on Postgres).
	writer *sqliteWriter

	macs sync.Pool // HMAC-SHA256 under key, for claimKey
}

// Open opens (creating if needed) the configured database, applies
// migrations and loads or creates the user-hash key. Errors name the setting
// (store.path or store.url) and say what is wrong.
func Open(ctx context.Context, c Config, logger *slog.Logger) (*Store, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	s := &Store{log: logger}
	var setting string
	if c.URL != "" {
		setting = "store.url"
		u, err := url.Parse(c.URL)
		if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
			return nil, fmt.Errorf("store.url: must be postgres://user:password@host:port/database")
		}
		s.where = u.Redacted()
		s.dialect = Postgres
		s.db, err = sql.Open("pgx", c.URL)
		if err != nil {
			return nil, fmt.Errorf("store.url: %s: %v", s.where, err)
		}
		s.db.SetMaxOpenConns(8)
		s.db.SetMaxIdleConns(4)
		s.db.SetConnMaxIdleTime(5 * time.Minute)
	} else {
		setting = "store.path"
		if c.Path == "" {
			return nil, errors.New("store.path: no file given")
		}
		s.where, s.dialect = c.Path, SQLite
		if fi, err := os.Stat(c.Path); err == nil && fi.IsDir() {
			return nil, fmt.Errorf("store.path: %s is a folder, not a database file", c.Path)
		} else if errors.Is(err, fs.ErrNotExist) {
			if c.MustExist {
				return nil, fmt.Errorf("store.path: %s does not exist (nothing recorded yet, or another store.path or data_dir)", c.Path)
			}
			// Created here so that only the bot's user can read what
			// members asked (SQLite would create it world-readable).
			if err := os.MkdirAll(filepath.Dir(c.Path), 0o750); err != nil {
				return nil, fmt.Errorf("store.path: %v", err)
			}
			f, err := os.OpenFile(c.Path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
			if err != nil && !errors.Is(err, fs.ErrExist) {
				return nil, fmt.Errorf("store.path: %v", err)
			}
			if f != nil {
				f.Close()
			}
		}
		// temp_store(MEMORY): a multi-row INSERT keeps a statement journal
		// of the pages it changes; answer ids are random, so one INSERT
		// touches pages all over the primary-key index and the journal
		// spilled to a temporary file, a pwrite per page (a fifth of the
		// writer's CPU). The writer's own INSERT OR IGNORE keeps no
		// statement journal at all (sqliteInsertQuestions); statements
		// run through the pool still may.
		//
		// wal_autocheckpoint(walCap): SQLite checkpoints by itself only
		// when the WAL passes 2,000 pages (about 8 MB), not every 1,000;
		// the recorder's writer checkpoints sooner, when the load is light
		// (checkpointIfIdle). A checkpoint calls fsync two or three times,
		// milliseconds each, and meanwhile the Go runtime leaves the
		// writer's thread holding one of the process's Ps: under full load
		// that took a core from the answers for ~12 ms a checkpoint.
		dsn := "file:" + c.Path + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_pragma=wal_autocheckpoint(" + strconv.Itoa(walCap) + ")&_txlock=immediate"
		s.checkpointing = true
		s.writer = newSQLiteWriter(c.Path)
		var err error
		s.db, err = sql.Open("sqlite", dsn)
		if err != nil {
			return nil, fmt.Errorf("store.path: %s: %v", c.Path, err)
		}
		s.db.SetMaxOpenConns(4)
	}
	octx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := s.ping(octx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("%s: cannot connect to %s: %v", setting, s.where, err)
	}
	if err := s.migrate(octx); err != nil {
		s.db.Close()
		if s.dialect == SQLite {
			return nil, fmt.Errorf("store.path: %s is not a usable careerbot SQLite database: %v", s.where, err)
		}
		return nil, fmt.Errorf("store.url: %s: %v", s.where, err)
	}
	key := []byte(c.Secret)
	if len(key) == 0 {
		var err error
		if key, err = s.loadKey(octx); err != nil {
			s.db.Close()
			return nil, fmt.Errorf("%s: %s: reading the user-hash key: %v", setting, s.where, err)
		}
	}
	s.key = key
	return s, nil
}

// ping connects. SQLite answers SQLITE_BUSY at once, without waiting out
// busy_timeout, when two connections switch a new file to WAL together (a
// lock wait there could deadlock), so a busy SQLite connect is tried again
// after a short pause until ctx ends: stores opened side by side on one
// file all open.
func (s *Store) ping(ctx context.Context) error {
	for try := 1; ; try++ {
		err := s.db.PingContext(ctx)
		if err == nil || s.dialect != SQLite || !strings.Contains(err.Error(), "SQLITE_BUSY") {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(min(try, 20)) * 5 * time.Millisecond):
		}
	}
}

// DB returns the connection pool (for other packages' shared state).
func (s *Store) DB() *sql.DB { return s.db }

// Dialect returns SQLite or Postgres.
func (s *Store) Dialect() string { return s.dialect }

// Key returns the HMAC key for user ids.
func (s *Store) Key() []byte { return s.key }

// Where names the database for messages (file, or URL without password).
func (s *Store) Where() string { return s.where }

// Close closes the database.
func (s *Store) Close() error {
	var err error
	if s.writer != nil {
		err = s.writer.Close()
	}
	return errors.Join(err, s.db.Close())
}

// Rebind turns ? placeholders into the dialect's ($1, $2, ... on Postgres).
func (s *Store) Rebind(q string) string {
	if s.dialect != Postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (s *Store) loadKey(ctx context.Context) ([]byte, error) {
	var b [32]byte
	rand.Read(b[:])
	if _, err := s.db.ExecContext(ctx, s.Rebind(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`),
		"user_hash_key", hex.EncodeToString(b[:])); err != nil {
		return nil, err
	}
	var v string
	if err := s.db.QueryRowContext(ctx, s.Rebind(`SELECT value FROM meta WHERE key = ?`), "user_hash_key").Scan(&v); err != nil {
		return nil, err
	}
	return hex.DecodeString(v)
}
