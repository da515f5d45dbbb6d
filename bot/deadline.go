package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"
)

// Inflight counts an adapter's work in flight (answers being computed or
// delivered) so that shutdown can wait for it. Unlike sync.WaitGroup it
// may be added to while someone waits (HTTP deliveries can arrive during
// shutdown). The zero value is ready to use.
type Inflight struct {
	mu   sync.Mutex
	n    int
	zero chan struct{} // closed while n == 0 (nil: never used)
}

var closedCh = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// Add counts one more piece of work.
func (t *Inflight) Add() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.n == 0 {
		t.zero = make(chan struct{})
	}
	t.n++
}

// Done counts one piece of work finished.
func (t *Inflight) Done() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n--
	if t.n == 0 {
		close(t.zero)
	}
}

// Idle returns a channel closed when no work is in flight.
func (t *Inflight) Idle() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.n == 0 {
		return closedCh
	}
	return t.zero
}

// Wait waits up to d for the work in flight to finish; false when some is
// still running.
func (t *Inflight) Wait(d time.Duration) bool {
	idle := t.Idle()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-idle:
		return true
	case <-timer.C:
		return false
	}
}

// Go runs fn in a goroutine counted in flight; a panic in fn is logged
// (what names it), never fatal.
func (t *Inflight) Go(logger *slog.Logger, what string, fn func()) {
	t.Add()
	go func() {
		defer t.Done()
		defer recoverLog(logger, what)
		fn()
	}()
}

func recoverLog(logger *slog.Logger, what string) {
	if p := recover(); p != nil && logger != nil {
		logger.Error("panic in adapter", "in", what, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
	}
}

// AnswerSafely asks ans with a timeout; it never panics and never returns
// nil (a panic or nil answer becomes the apology).
func AnswerSafely(ctx context.Context, ans Answerer, req *Request, timeout time.Duration, logger *slog.Logger) (a *Answer) {
	defer func() {
		if p := recover(); p != nil {
			if logger != nil {
				logger.Error("panic while answering", "command", req.Command, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			}
			a = ErrorAnswer(fmt.Errorf("panic: %v", p))
		}
	}()
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	a = ans.Handle(ctx, req)
	if a == nil {
		a = ErrorAnswer(errors.New("nil answer"))
	}
	return a
}

// TooSlowMessage is the answer a member gets when the engine did not answer
// within the adapter's answer timeout.
const TooSlowMessage = "That took too long to answer. Please try again in a moment."

// Deadline answers requests on platforms that want a first response
// within a few seconds (Discord interactions, Slack slash commands): the
// answer itself when the engine is quick, else an acknowledgement at once
// and the answer when it comes. Both adapters use it.
type Deadline struct {
	// After is how long to wait for the answer before acknowledging.
	After time.Duration
	// Timeout bounds one answer (the adapter's answer_timeout); 0: none.
	Timeout time.Duration
	// Inflight counts the goroutines Run starts; nil: not counted.
	Inflight *Inflight
	Logger   *slog.Logger
}

// Delivery says how one answer is computed and delivered.
type Delivery struct {
	// Answer computes the answer; it runs in its own goroutine with a
	// context bounded by Deadline.Timeout, and must not return nil.
	Answer func(ctx context.Context) *Answer
	// OnTime delivers an answer that came within Deadline.After, on the
	// caller's goroutine (as the platform's first response).
	OnTime func(*Answer)
	// Defer acknowledges at once when the answer is late, on the caller's
	// goroutine; an error abandons the answer.
	Defer func() error
	// Late delivers the answer after a deferral, in a goroutine counted in
	// flight; when Timeout passes first it gets a TooSlowMessage error
	// answer. It is not called when ctx ends first (shutdown).
	Late func(ctx context.Context, a *Answer)
}

// Run computes and delivers one answer. It returns once the first response
// is made (OnTime or Defer); the late answer follows in the background.
func (d *Deadline) Run(ctx context.Context, del Delivery) {
	in := d.Inflight
	if in == nil {
		in = &Inflight{}
	}
	actx, cancel := ctx, context.CancelFunc(func() {})
	if d.Timeout > 0 {
		actx, cancel = context.WithTimeout(ctx, d.Timeout)
	}
	done := make(chan *Answer, 1)
	in.Go(d.Logger, "answer", func() {
		defer cancel()
		var a *Answer
		defer func() { done <- a }() // even after a panic: the waiters must not hang
		a = del.Answer(actx)
		if a == nil {
			a = ErrorAnswer(errors.New("nil answer"))
		}
	})
	timer := time.NewTimer(d.After)
	defer timer.Stop()
	select {
	case a := <-done:
		if a == nil {
			a = ErrorAnswer(errors.New("answer panicked"))
		}
		del.OnTime(a)
		return
	case <-timer.C:
	}
	if err := del.Defer(); err != nil {
		return
	}
	in.Go(d.Logger, "late answer", func() {
		var a *Answer
		select {
		case a = <-done:
			if a == nil {
				a = ErrorAnswer(errors.New("answer panicked"))
			}
		case <-actx.Done():
			select {
			case a = <-done: // finished just as the time ran out
			default:
			}
			if a == nil && ctx.Err() != nil {
				return
			}
			if a == nil {
				a = ErrorAnswer(Errorf(ELIMITED, TooSlowMessage))
			}
		}
		del.Late(ctx, a)
	})
}
