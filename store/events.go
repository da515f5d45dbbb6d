package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/careerbot-dev/careerbot/bot"
)

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// WriteEvents writes a batch in one transaction (bot.EventSink). A question
// already written is skipped; a vote replaces the member's earlier vote on
// the same answer. Postgres serialization failures and deadlocks are retried,
// so concurrent writers lose nothing.
func (s *Store) WriteEvents(ctx context.Context, events []bot.Event) error {
	var err error
	start := time.Now()
	for attempt := 0; attempt < 5; attempt++ {
		if err = s.writeEvents(ctx, events); err == nil {
			s.checkpointIfIdle(ctx, start, len(events))
			return nil
		}
		if !retryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt+1) * 20 * time.Millisecond):
		}
	}
	return err
}

func retryable(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return pe.Code == "40001" || pe.Code == "40P01"
	}
	return strings.Contains(err.Error(), "SQLITE_BUSY") || strings.Contains(err.Error(), "database is locked")
}

// questionCols are the questions table's columns, in insert order;
// chunkRows is the most rows one INSERT writes.
const (
	questionCols = 14
	chunkRows    = 32
)

// insertQuestions is an INSERT of n rows of questions (a question whose
// answer id is stored already is skipped).
func insertQuestions(n int) string {
	return questionsInsert("INSERT INTO", n, " ON CONFLICT (id) DO NOTHING")
}

// questionsInsert is head, the questions' columns, n rows of parameters
// and tail.
func questionsInsert(head string, n int, tail string) string {
	var b strings.Builder
	b.WriteString(head)
	b.WriteString(` questions (id, at, platform, user_hash, channel_kind, command, free_text, text, text_norm,
		career, section, answered, outcome, latency_us) VALUES `)
	tuple := "(" + strings.TrimSuffix(strings.Repeat("?, ", questionCols), ", ") + ")"
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(tuple)
	}
	b.WriteString(tail)
	return b.String()
}

// writeEvents writes one batch in one transaction. On SQLite it goes
// through the store's own writer connection (sqliteWriter). On Postgres it
// goes through the driver's own connection (database/sql's Conn.Raw; pgx's
// stdlib takes driver.NamedValue as it is): database/sql would otherwise
// convert each of a 32-row INSERT's 448 values into a fresh slice.
func (s *Store) writeEvents(ctx context.Context, events []bot.Event) error {
	if s.writer != nil {
		return s.writer.write(ctx, events)
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error { return s.writeEventsRaw(ctx, dc, events) })
}

// driverConn is what writeEventsRaw needs of a driver's connection.
type driverConn interface {
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.ExecerContext
}

func (s *Store) writeEventsRaw(ctx context.Context, dc any, events []bot.Event) (err error) {
	c, ok := dc.(driverConn)
	if !ok {
		return fmt.Errorf("store: the %s driver's connection cannot begin, prepare and execute with a context", s.dialect)
	}
	tx, err := c.BeginTx(ctx, driver.TxOptions{})
	if err != nil {
		return err
	}
	committed := false
	defer func() {
		if !committed {
			tx.Rollback()
		}
	}()
	// Questions: multi-row INSERTs of up to chunkRows rows, the full-size one
	// prepared once per batch. The writer yields between chunks, so that on
	// a busy machine it never holds a CPU for long while answers wait.
	args := make([]driver.NamedValue, 0, chunkRows*questionCols)
	var full driver.Stmt
	defer func() {
		if full != nil {
			full.Close()
		}
	}()
	n := 0
	flush := func() error {
		if n == 0 {
			return nil
		}
		var err error
		if n == chunkRows {
			if full == nil {
				if full, err = c.PrepareContext(ctx, s.Rebind(insertQuestions(chunkRows))); err != nil {
					return err
				}
			}
			_, err = full.(driver.StmtExecContext).ExecContext(ctx, args)
		} else {
			_, err = c.ExecContext(ctx, s.Rebind(insertQuestions(n)), args)
		}
		if err != nil {
			return fmt.Errorf("writing questions: %w", err)
		}
		clear(args) // no strings kept alive by the reused slice
		args, n = args[:0], 0
		runtime.Gosched()
		return nil
	}
	add := func(v driver.Value) {
		args = append(args, driver.NamedValue{Ordinal: len(args) + 1, Value: v})
	}
	for _, ev := range events {
		q := ev.Question
		if q == nil {
			continue
		}
		add(q.ID)
		add(q.Time.UnixMilli())
		add(q.Platform)
		add(q.UserHash)
		add(q.ChannelKind)
		add(q.Command)
		add(int64(b2i(q.FreeText)))
		add(q.Text)
		add(textNorm(q))
		add(q.Career)
		add(q.Section)
		add(int64(b2i(q.Answered)))
		add(q.Outcome)
		add(q.Latency.Microseconds())
		if n++; n == chunkRows {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	// Votes: one upsert each, in order, so a later vote replaces an earlier
	// one even within the batch (they are few).
	var fs driver.Stmt
	defer func() {
		if fs != nil {
			fs.Close()
		}
	}()
	for _, ev := range events {
		f := ev.Feedback
		if f == nil {
			continue
		}
		if fs == nil {
			if fs, err = c.PrepareContext(ctx, s.Rebind(`INSERT INTO feedback (answer_id, user_hash, platform, at, vote, reason)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (answer_id, user_hash) DO UPDATE SET
				platform = excluded.platform, at = excluded.at, vote = excluded.vote, reason = excluded.reason`)); err != nil {
				return err
			}
		}
		args = args[:0]
		for _, v := range []driver.Value{f.AnswerID, f.UserHash, f.Platform, f.Time.UnixMilli(), f.Vote, f.Reason} {
			add(v)
		}
		if _, err := fs.(driver.StmtExecContext).ExecContext(ctx, args); err != nil {
			return fmt.Errorf("writing a vote: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return err // the deferred Rollback ends a transaction the COMMIT left open
	}
	committed = true
	return nil
}

// SQLite checkpoints: WAL pages are copied back into the database file
// when the recorder's writer is not busy, instead of in the middle of a
// burst.
const (
	// walCap is wal_autocheckpoint: SQLite checkpoints by itself (inside
	// a commit) once the WAL holds this many pages, whatever the load.
	// A checkpoint's time grows with the pages it copies (on the test VM
	// 11-18 ms at ~1,340 pages, 28-38 ms at ~3,700), so a large cap would
	// trade several stalls under sustained load for one long one; 2,000
	// pages is about 30,000 questions.
	walCap = 2000
	// idleGap: a writer that slept this long before its batch was woken
	// by its tick (250 ms by default), not by a full batch (512): fewer
	// than ~2,500 questions a second are coming in.
	idleGap = 200 * time.Millisecond
	// idleCkptRows is how many questions (about 15 to a WAL page) make
	// a checkpoint worth its fsyncs when the writer is idle.
	idleCkptRows = 5000
)

// checkpointIfIdle runs a passive checkpoint after a batch of n events,
// begun at start, when the writer had been idle before it and enough was
// written since the last one. Under sustained full load it never runs, and
// SQLite checkpoints at walCap pages (twice SQLite's default): a burst of
// up to ~30,000 questions after a lull meets no checkpoint.
func (s *Store) checkpointIfIdle(ctx context.Context, start time.Time, n int) {
	if !s.checkpointing {
		return
	}
	s.ckptMu.Lock()
	defer s.ckptMu.Unlock()
	idle := start.Sub(s.lastWrite) >= idleGap
	s.sinceCkpt += n
	if idle && s.sinceCkpt >= idleCkptRows {
		s.sinceCkpt = 0
		s.checkpoints++
		if _, err := s.db.ExecContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`); err != nil {
			s.log.Debug("store: checkpoint failed", "err", err)
		}
	}
	s.lastWrite = time.Now()
}

// textNorm is what unanswered questions are grouped by; answered ones are
// never grouped, so they keep "" (less to compute and store).
func textNorm(q *bot.QuestionEvent) string {
	if q.Answered {
		return ""
	}
	return bot.NormalizeQuestion(q.Text)
}

// AnswerExists reports whether an answer id was recorded (bot.EventSink).
func (s *Store) AnswerExists(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, s.Rebind(`SELECT 1 FROM questions WHERE id = ?`), id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// Purge deletes questions and votes recorded before t; it returns the rows
// deleted.
func (s *Store) Purge(ctx context.Context, before time.Time) (int64, error) {
	ms := before.UnixMilli()
	var n int64
	for _, q := range []string{`DELETE FROM feedback WHERE at < ?`, `DELETE FROM questions WHERE at < ?`} {
		res, err := s.db.ExecContext(ctx, s.Rebind(q), ms)
		if err != nil {
			return n, err
		}
		k, _ := res.RowsAffected()
		n += k
	}
	return n, nil
}

// Forget deletes everything recorded about one member: their questions,
// their votes, and votes on their questions. userHash is bot.HashUser of
// their platform and id under Key().
func (s *Store) Forget(ctx context.Context, userHash string) (int64, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var n int64
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`DELETE FROM feedback WHERE user_hash = ? OR answer_id IN (SELECT id FROM questions WHERE user_hash = ?)`, []any{userHash, userHash}},
		{`DELETE FROM questions WHERE user_hash = ?`, []any{userHash}},
	} {
		res, err := tx.ExecContext(ctx, s.Rebind(q.sql), q.args...)
		if err != nil {
			return 0, err
		}
		k, _ := res.RowsAffected()
		n += k
	}
	return n, tx.Commit()
}

// RunRetention purges rows older than retention at once and then daily,
// until ctx ends.
func (s *Store) RunRetention(ctx context.Context, retention time.Duration) {
	t := time.NewTicker(24 * time.Hour)
	defer t.Stop()
	for {
		n, err := s.Purge(ctx, time.Now().Add(-retention))
		switch {
		case err != nil && ctx.Err() == nil:
			s.log.Warn("store: purging old records failed", "err", err)
		case n > 0:
			s.log.Info("store: purged old records", "rows", n, "retention", retention)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
