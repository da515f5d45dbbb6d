package httpapi

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// askContext is context.WithTimeout(parent, d) for an ask, made lazily.
// Most questions are answered in microseconds with nothing waiting on
// their context, yet a timer context cost every one of them a timer, a
// child in the request context's map and that context's channel (about 4%
// of the server's CPU on new questions, profile of httpcpu's unique mix).
// Until something asks for Done (deriving a context from it does), Err and
// Deadline read the clock against the deadline; from then on it is a real
// context.WithDeadline of the parent, so whatever waits on it is woken as
// before.
type askContext struct {
	parent   context.Context
	deadline time.Time
	once     sync.Once // arms, or (after cancel) makes sure it never will
	armed    atomic.Pointer[armedContext]
	canceled atomic.Bool
}

type armedContext struct {
	ctx    context.Context
	cancel context.CancelFunc
}

// makeAskContext returns an askContext for an ask of at most d; the caller
// must call its cancel, as WithTimeout's (a context.CancelFunc of it would
// be a closure allocated per question).
func makeAskContext(parent context.Context, d time.Duration) *askContext {
	c := &askContext{parent: parent, deadline: time.Now().Add(d)}
	if pd, ok := parent.Deadline(); ok && pd.Before(c.deadline) {
		c.deadline = pd // as WithDeadline: the parent's deadline is sooner
	}
	return c
}

// arm makes the real context, unless cancel came first (nil then).
func (c *askContext) arm() *armedContext {
	c.once.Do(func() {
		ctx, cancel := context.WithDeadline(c.parent, c.deadline)
		c.armed.Store(&armedContext{ctx, cancel})
	})
	return c.armed.Load()
}

func (c *askContext) cancel() {
	if c.parent.Err() != nil || !time.Now().Before(c.deadline) {
		c.arm() // done already: the real context keeps how, and why
	}
	c.canceled.Store(true)
	c.once.Do(func() {}) // not armed by now: never will be
	if a := c.armed.Load(); a != nil {
		a.cancel()
	}
}

func (c *askContext) Deadline() (time.Time, bool) { return c.deadline, true }

func (c *askContext) Done() <-chan struct{} {
	if a := c.arm(); a != nil {
		return a.ctx.Done()
	}
	return closedChan // canceled before anything asked
}

func (c *askContext) Err() error {
	if a := c.armed.Load(); a != nil {
		return a.ctx.Err()
	}
	if c.canceled.Load() {
		return context.Canceled // before its parent was, or its deadline passed
	}
	if err := c.parent.Err(); err != nil {
		return err // canceled with the request
	}
	if !time.Now().Before(c.deadline) {
		return context.DeadlineExceeded
	}
	return nil
}

func (c *askContext) Value(key any) any {
	if key == cancelCtxKey && key != nil {
		// The context package's own key for a context's cancellation state
		// (its Cause, a child's parent): the real context's, or none once
		// canceled (Cause then reads Err).
		if a := c.arm(); a != nil {
			return a.ctx.Value(key)
		}
		return nil
	}
	if a := c.armed.Load(); a != nil {
		return a.ctx.Value(key)
	}
	return c.parent.Value(key)
}

var closedChan = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// cancelCtxKey is the key under which the context package asks a context
// for its cancellation state: context.Cause asks it of keyProbe.
var cancelCtxKey = func() any {
	p := &keyProbe{Context: context.Background()}
	context.Cause(p)
	return p.key
}()

type keyProbe struct {
	context.Context
	key any
}

func (p *keyProbe) Err() error { return context.Canceled } // Cause asks only when there is an error

func (p *keyProbe) Value(key any) any {
	if p.key == nil {
		p.key = key
	}
	return nil
}
