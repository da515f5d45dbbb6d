package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/careerbot-dev/careerbot/bot"
)

// sqliteWriter writes the recorder's batches into an SQLite store through
// a connection of its own, opened with SQLite's C API (modernc.org/sqlite's
// lib, the same library the database/sql driver runs on) instead of
// through database/sql and the driver.
//
// Why: through the driver, every value of every row cost five calls into
// SQLite and its allocator, each taking a mutex: the driver copies a text
// into memory of its own (malloc), binds it (the connection is opened
// SQLITE_OPEN_FULLMUTEX, so every call takes the connection's mutex),
// frees it after the step and binds NULL over it again; that was about
// half of the writer's CPU (profile of BenchmarkWriteEvents). Here the
// connection is opened SQLITE_OPEN_NOMUTEX (only the writer uses it, under
// mu), a chunk's texts are copied once into one buffer that is reused for
// the writer's life and bound in place (SQLITE_STATIC), and statements are
// prepared once for the connection's life.
//
// It commits in WAL mode like every other connection to the file, so
// reports, forget, claims and other processes see its rows as before, and
// SQLite's locks keep them apart (busy_timeout as in the pool's DSN).
type sqliteWriter struct {
	mu   sync.Mutex
	path string

	tls    *libc.TLS
	db     uintptr // sqlite3*
	stmts  map[string]uintptr
	ins    [chunkRows + 1]uintptr // sqliteInsertQuestions(n) prepared, by n (also in stmts)
	norms  [chunkRows]string      // a chunk's text_norm values (reused, no garbage a chunk)
	buf    uintptr                // C memory for a chunk's texts
	bufCap int
	closed bool

	claims claimQueue
}

// writerPragmas are the pool's DSN pragmas that matter to a writer (the
// journal mode is the file's, set when the pool first opened it).
var writerPragmas = []string{
	"PRAGMA synchronous = NORMAL",
	"PRAGMA temp_store = MEMORY",
	fmt.Sprintf("PRAGMA wal_autocheckpoint = %d", walCap),
}

func newSQLiteWriter(path string) *sqliteWriter {
	return &sqliteWriter{path: path}
}

// open opens the writer's connection (under w.mu).
func (w *sqliteWriter) open() error {
	if w.closed {
		return errors.New("store: closed")
	}
	if w.db != 0 {
		return nil
	}
	tls := libc.NewTLS()
	pdb := sqlite3.Xsqlite3_malloc64(tls, 8)
	if pdb == 0 {
		tls.Close()
		return errors.New("store: out of memory")
	}
	defer sqlite3.Xsqlite3_free(tls, pdb)
	name, err := libc.CString(w.path)
	if err != nil {
		tls.Close()
		return err
	}
	defer libc.Xfree(tls, name)
	rc := sqlite3.Xsqlite3_open_v2(tls, name, pdb, sqlite3.SQLITE_OPEN_READWRITE|sqlite3.SQLITE_OPEN_NOMUTEX, 0)
	db := *(*uintptr)(unsafe.Add(nil, pdb))
	if rc != sqlite3.SQLITE_OK {
		err := errorFor(tls, db, rc, "opening the writer's connection")
		if db != 0 {
			sqlite3.Xsqlite3_close_v2(tls, db)
		}
		tls.Close()
		return err
	}
	w.tls, w.db, w.stmts = tls, db, map[string]uintptr{}
	sqlite3.Xsqlite3_extended_result_codes(tls, db, 1)
	sqlite3.Xsqlite3_busy_timeout(tls, db, busyTimeoutMS)
	for _, p := range writerPragmas {
		if err := w.exec(p); err != nil {
			w.closeLocked()
			w.closed = false
			return err
		}
	}
	return nil
}

// Close finalizes the statements and closes the connection.
func (w *sqliteWriter) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	err := w.closeLocked()
	w.closed = true
	return err
}

func (w *sqliteWriter) closeLocked() error {
	if w.db == 0 {
		return nil
	}
	for _, s := range w.stmts {
		sqlite3.Xsqlite3_finalize(w.tls, s)
	}
	var err error
	if rc := sqlite3.Xsqlite3_close_v2(w.tls, w.db); rc != sqlite3.SQLITE_OK {
		err = errorFor(w.tls, w.db, rc, "closing the writer's connection")
	}
	if w.buf != 0 {
		sqlite3.Xsqlite3_free(w.tls, w.buf)
	}
	w.tls.Close()
	w.tls, w.db, w.stmts, w.ins, w.buf, w.bufCap = nil, 0, nil, [chunkRows + 1]uintptr{}, 0, 0
	return err
}

// exec runs one statement without parameters (under w.mu).
func (w *sqliteWriter) exec(q string) error {
	s, err := w.stmt(q)
	if err != nil {
		return err
	}
	return w.step(s, q)
}

// stmt returns q prepared, preparing it on first use (under w.mu).
func (w *sqliteWriter) stmt(q string) (uintptr, error) {
	if s, ok := w.stmts[q]; ok {
		return s, nil
	}
	z, err := libc.CString(q)
	if err != nil {
		return 0, err
	}
	defer libc.Xfree(w.tls, z)
	ps := sqlite3.Xsqlite3_malloc64(w.tls, 8)
	if ps == 0 {
		return 0, errors.New("store: out of memory")
	}
	defer sqlite3.Xsqlite3_free(w.tls, ps)
	if rc := sqlite3.Xsqlite3_prepare_v2(w.tls, w.db, z, int32(len(q)), ps, 0); rc != sqlite3.SQLITE_OK {
		return 0, errorFor(w.tls, w.db, rc, "preparing a statement")
	}
	s := *(*uintptr)(unsafe.Add(nil, ps))
	w.stmts[q] = s
	return s, nil
}

// step runs s to completion and resets it, so that it holds no lock and
// can be bound again.
func (w *sqliteWriter) step(s uintptr, what string) error {
	rc := sqlite3.Xsqlite3_step(w.tls, s)
	for rc == sqlite3.SQLITE_ROW {
		rc = sqlite3.Xsqlite3_step(w.tls, s)
	}
	if rc != sqlite3.SQLITE_DONE {
		err := errorFor(w.tls, w.db, rc, what)
		sqlite3.Xsqlite3_reset(w.tls, s)
		return err
	}
	sqlite3.Xsqlite3_reset(w.tls, s)
	return nil
}

// busyTimeoutMS is how long the writer waits for another connection's
// write lock (the pool's busy_timeout).
const busyTimeoutMS = 5000

// begin starts the batch's transaction, taking the write lock at once
// (BEGIN IMMEDIATE, like the pool's transactions). While another
// connection or process holds it, it waits as SQLite's busy handler would
// (1, 2, 5 ... 100 ms between tries, up to busyTimeoutMS in all), but in Go,
// so that a context that ends ends the wait.
func (w *sqliteWriter) begin(ctx context.Context) error {
	sqlite3.Xsqlite3_busy_timeout(w.tls, w.db, 0)
	defer sqlite3.Xsqlite3_busy_timeout(w.tls, w.db, busyTimeoutMS)
	delays := []time.Duration{1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100}
	deadline := time.Now().Add(busyTimeoutMS * time.Millisecond)
	for i := 0; ; i++ {
		err := w.exec("BEGIN IMMEDIATE")
		var se *sqliteError
		if err == nil || !errors.As(err, &se) || se.code&0xff != sqlite3.SQLITE_BUSY || time.Now().After(deadline) {
			return err
		}
		t := time.NewTimer(delays[min(i, len(delays)-1)] * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// sqliteError is an error SQLite returned; its text names the primary
// code as the driver's do ("database is locked (5) (SQLITE_BUSY)"), which
// retryable reads.
type sqliteError struct {
	code int32
	msg  string
}

func (e *sqliteError) Error() string { return e.msg }

func errorFor(tls *libc.TLS, db uintptr, rc int32, what string) error {
	msg := libc.GoString(sqlite3.Xsqlite3_errstr(tls, rc))
	if db != 0 {
		if m := libc.GoString(sqlite3.Xsqlite3_errmsg(tls, db)); m != "" && m != msg {
			msg += ": " + m
		}
	}
	msg = fmt.Sprintf("sqlite: %s: %s (%d)", what, msg, rc)
	if rc&0xff == sqlite3.SQLITE_BUSY {
		msg += " (SQLITE_BUSY)"
	}
	return &sqliteError{code: rc, msg: msg}
}

// chunkSizes are the INSERTs the writer prepares: a batch is written in
// chunks of chunkRows, and what is left in the largest of the others that
// fit (a batch of 100: 3×32, then 4×1).
var chunkSizes = []int{chunkRows, 8, 1}

// sqliteVote is the feedback upsert.
const sqliteVote = `INSERT INTO feedback (answer_id, user_hash, platform, at, vote, reason)
	VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (answer_id, user_hash) DO UPDATE SET
	platform = excluded.platform, at = excluded.at, vote = excluded.vote, reason = excluded.reason`

// inTx runs fn in one transaction (BEGIN IMMEDIATE, like the pool's) on
// the writer's connection, which it holds meanwhile; it commits when fn
// succeeds. On an error nothing fn wrote is kept.
func (w *sqliteWriter) inTx(ctx context.Context, fn func() error) (err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := w.open(); err != nil {
		return err
	}
	// A context that ends interrupts a statement in progress, as the
	// driver does.
	db := w.db
	interrupted := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		tls := libc.NewTLS()
		sqlite3.Xsqlite3_interrupt(tls, db)
		tls.Close()
		close(interrupted)
	})
	defer func() {
		if !stop() {
			// The interrupt may land after this transaction is over, when
			// no statement runs, and then stop the next batch's first
			// statement ("interrupted"): wait for it and start the next
			// batch on a fresh connection.
			<-interrupted
			w.closeLocked()
		}
	}()
	if err := w.begin(ctx); err != nil {
		return err
	}
	defer func() {
		if err != nil && sqlite3.Xsqlite3_get_autocommit(w.tls, w.db) == 0 {
			w.exec("ROLLBACK")
		}
	}()
	if err := fn(); err != nil {
		return err
	}
	return w.exec("COMMIT")
}

// write writes one batch in one transaction. On an error nothing of the
// batch is kept.
func (w *sqliteWriter) write(ctx context.Context, events []bot.Event) error {
	return w.inTx(ctx, func() error { return w.writeEvents(events) })
}

func (w *sqliteWriter) writeEvents(events []bot.Event) error {
	qs := make([]*bot.QuestionEvent, 0, chunkRows)
	for i := 0; i < len(events); {
		qs = qs[:0]
		for ; i < len(events) && len(qs) < chunkRows; i++ {
			if q := events[i].Question; q != nil {
				qs = append(qs, q)
			}
		}
		for len(qs) > 0 {
			n := chunkSizes[len(chunkSizes)-1]
			for _, c := range chunkSizes {
				if c <= len(qs) {
					n = c
					break
				}
			}
			if err := w.insertQuestions(qs[:n]); err != nil {
				return err
			}
			qs = qs[n:]
		}
		// Between chunks, let answers waiting for a P have it.
		runtime.Gosched()
	}
	for _, ev := range events {
		f := ev.Feedback
		if f == nil {
			continue
		}
		s, err := w.stmt(sqliteVote)
		if err != nil {
			return err
		}
		w.reserve(len(f.AnswerID) + len(f.UserHash) + len(f.Platform) + len(f.Vote) + len(f.Reason))
		b := binder{w: w, s: s}
		b.text(f.AnswerID)
		b.text(f.UserHash)
		b.text(f.Platform)
		b.int(f.Time.UnixMilli())
		b.text(f.Vote)
		b.text(f.Reason)
		if b.err != nil {
			return b.err
		}
		if err := w.step(s, "writing a vote"); err != nil {
			return err
		}
	}
	return nil
}

// sqliteInsertQuestions is the writer's INSERT of n rows of questions:
// INSERT OR IGNORE rather than insertQuestions' ON CONFLICT (id) DO
// NOTHING, which stores the same rows (the id is the table's only unique
// key; NOT NULL, the only other constraint, never fails: the writer binds
// no NULL, see reserve) but lets SQLite skip the statement journal. With
// ON CONFLICT (id) the NOT NULL constraints still abort, and a multi-row
// INSERT that may abort half-way must be able to undo its own rows, so
// SQLite copied every page the statement changed into an in-memory
// journal first (subjournalPage and its mallocs: 7% of the writer's CPU,
// profile of BenchmarkWriteEvents).
func sqliteInsertQuestions(n int) string {
	return questionsInsert("INSERT OR IGNORE INTO", n, "")
}

// insertQuestions writes qs with the INSERT of len(qs) rows.
func (w *sqliteWriter) insertQuestions(qs []*bot.QuestionEvent) error {
	s := w.ins[len(qs)]
	if s == 0 {
		var err error
		if s, err = w.stmt(sqliteInsertQuestions(len(qs))); err != nil {
			return err
		}
		w.ins[len(qs)] = s
	}
	size := 0
	norms := w.norms[:len(qs)]
	for i, q := range qs {
		norms[i] = textNorm(q)
		size += len(q.ID) + len(q.Platform) + len(q.UserHash) + len(q.ChannelKind) + len(q.Command) +
			len(q.Text) + len(norms[i]) + len(q.Career) + len(q.Section) + len(q.Outcome)
	}
	if err := w.reserve(size); err != nil {
		return err
	}
	b := binder{w: w, s: s}
	for i, q := range qs {
		b.text(q.ID)
		b.int(q.Time.UnixMilli())
		b.text(q.Platform)
		b.text(q.UserHash)
		b.text(q.ChannelKind)
		b.text(q.Command)
		b.int(int64(b2i(q.FreeText)))
		b.text(q.Text)
		b.text(norms[i])
		b.text(q.Career)
		b.text(q.Section)
		b.int(int64(b2i(q.Answered)))
		b.text(q.Outcome)
		b.int(q.Latency.Microseconds())
	}
	clear(norms) // bound as copies: keep no question's text alive
	if b.err != nil {
		return b.err
	}
	return w.step(s, "writing questions")
}

// reserve makes the text buffer hold at least n bytes (and one, so that
// an empty text has an address: SQLite binds a NULL pointer as NULL).
func (w *sqliteWriter) reserve(n int) error {
	if n < 1 {
		n = 1
	}
	if n <= w.bufCap {
		return nil
	}
	c := max(n, 2*w.bufCap, 64<<10)
	p := sqlite3.Xsqlite3_realloc64(w.tls, w.buf, uint64(c))
	if p == 0 {
		return errors.New("store: out of memory")
	}
	w.buf, w.bufCap = p, c
	return nil
}

// binder binds a statement's parameters in order; texts are copied into
// the writer's buffer and bound in place, valid until the next chunk.
type binder struct {
	w   *sqliteWriter
	s   uintptr
	i   int32 // the last parameter bound
	off int   // bytes of the buffer used
	err error
}

func (b *binder) text(v string) {
	b.i++
	if b.err != nil {
		return
	}
	p := b.w.buf + uintptr(b.off)
	copy(unsafe.Slice((*byte)(unsafe.Add(nil, p)), len(v)), v)
	b.off += len(v)
	if rc := sqlite3.Xsqlite3_bind_text(b.w.tls, b.s, b.i, p, int32(len(v)), sqlite3.SQLITE_STATIC); rc != sqlite3.SQLITE_OK {
		b.err = errorFor(b.w.tls, b.w.db, rc, "binding a value")
	}
}

func (b *binder) int(v int64) {
	b.i++
	if b.err != nil {
		return
	}
	if rc := sqlite3.Xsqlite3_bind_int64(b.w.tls, b.s, b.i, v); rc != sqlite3.SQLITE_OK {
		b.err = errorFor(b.w.tls, b.w.db, rc, "binding a value")
	}
}
