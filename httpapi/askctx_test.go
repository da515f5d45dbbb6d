package httpapi

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"
)

type ctxKey struct{}

// state is what a context shows: Err, Cause, Deadline, and (last, since
// asking arms an askContext) whether Done is closed.
// newAskContext is makeAskContext with its cancel function, as
// context.WithTimeout returns them.
func newAskContext(parent context.Context, d time.Duration) (*askContext, context.CancelFunc) {
	c := makeAskContext(parent, d)
	return c, c.cancel
}

func state(ctx context.Context, withDone bool) string {
	d, ok := ctx.Deadline()
	s := fmt.Sprintf("err=%v cause=%v deadline=%v,%v value=%v", ctx.Err(), context.Cause(ctx), d.UnixNano(), ok, ctx.Value(ctxKey{}))
	if withDone {
		select {
		case <-ctx.Done():
			s += " done"
		default:
			s += " open"
		}
	}
	return s
}

// askContext shows what context.WithDeadline shows, whatever happens to it
// and in whatever order: canceled, its parent canceled (with a cause),
// its deadline passed, its Done asked for, children derived from it, before
// or after one another.
func TestAskContextIsWithDeadline(t *testing.T) {
	if cancelCtxKey == nil {
		t.Fatal("the context package's cancellation key was not found")
	}
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 300 {
		steps := r.Perm(6)[:1+r.IntN(6)]
		checkAskContext(t, fmt.Sprint(i), steps, r.IntN(3))
	}
}

func checkAskContext(t *testing.T, name string, steps []int, parentDeadline int) {
	t.Helper()
	base := context.WithValue(context.Background(), ctxKey{}, "v")
	if parentDeadline > 0 { // sooner than the ask's, or later
		var cancel context.CancelFunc
		base, cancel = context.WithTimeout(base, []time.Duration{0, 10 * time.Millisecond, 30 * time.Millisecond}[parentDeadline])
		defer cancel()
	}
	parent, cancelParent := context.WithCancelCause(base)
	defer cancelParent(nil)
	const d = 20 * time.Millisecond
	ours, cancelOurs := newAskContext(parent, d)
	ref, cancelRef := context.WithDeadline(parent, ours.deadline) // the same deadline
	defer cancelRef()
	defer cancelOurs()
	if dl, _ := ref.Deadline(); !dl.Equal(ours.deadline) {
		t.Fatalf("%s: deadline %v, WithDeadline's %v", name, ours.deadline, dl)
	}
	var kids []context.Context
	for _, step := range steps {
		switch step {
		case 0:
			cancelOurs()
			cancelRef()
		case 1:
			cancelParent(errors.New("client gone"))
		case 2:
			time.Sleep(time.Until(ours.deadline) + time.Millisecond) // the deadline passes
		case 3:
			<-time.After(0)
			ours.Done()
			ref.Done()
		case 4:
			k1, c1 := context.WithCancel(ours)
			k2, c2 := context.WithCancel(ref)
			defer c1()
			defer c2()
			kids = append(kids, k1, k2)
		case 5:
			// Err and Cause alone, before anything asks for Done.
		}
		if got, want := compare(ours, ref, false); got != want {
			t.Fatalf("%s after steps %v (at %d): askContext %s, WithDeadline %s", name, steps, step, got, want)
		}
	}
	if got, want := compare(ours, ref, true); got != want {
		t.Fatalf("%s after steps %v: askContext %s, WithDeadline %s", name, steps, got, want)
	}
	for i := 0; i < len(kids); i += 2 {
		if got, want := state(kids[i], false), state(kids[i+1], false); got != want {
			t.Fatalf("%s after steps %v: a child of askContext %s, of WithDeadline %s", name, steps, got, want)
		}
	}
}

// armedDone is the Done of ours's real context once armed (whose timer
// may be a moment late too), else a closed channel (nothing to wait for;
// asking ours for Done would arm it).
func armedDone(ours *askContext) <-chan struct{} {
	if a := ours.armed.Load(); a != nil {
		return a.ctx.Done()
	}
	return closedChan
}

// compare returns both contexts' states; once the deadline has passed it
// first waits for the timers (which may fire a moment late, where an
// unarmed askContext reads the clock).
func compare(ours *askContext, ref context.Context, withDone bool) (string, string) {
	if !time.Now().Before(ours.deadline) {
		for _, done := range []<-chan struct{}{ref.Done(), armedDone(ours)} {
			select {
			case <-done:
			case <-time.After(time.Second):
			}
		}
	}
	return state(ours, withDone), state(ref, withDone)
}

// A context derived from an askContext is canceled with it, and waits in
// the context package's own tree (no goroutine per child).
func TestAskContextChildren(t *testing.T) {
	before := runtime.NumGoroutine()
	ctx, cancel := newAskContext(context.Background(), time.Minute)
	var kids []context.Context
	for range 50 {
		k, c := context.WithCancel(ctx)
		defer c()
		kids = append(kids, k)
	}
	fired := make(chan struct{})
	context.AfterFunc(ctx, func() { close(fired) })
	if n := runtime.NumGoroutine(); n > before+2 {
		t.Fatalf("%d goroutines for 50 children, from %d", n, before)
	}
	cancel()
	<-fired
	for _, k := range kids {
		if k.Err() != context.Canceled {
			t.Fatalf("child: %v after the ask context was canceled", k.Err())
		}
	}
	// Its deadline wakes whoever waits on it.
	ctx2, cancel2 := newAskContext(context.Background(), 10*time.Millisecond)
	defer cancel2()
	select {
	case <-ctx2.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the deadline passed and Done stayed open")
	}
	if ctx2.Err() != context.DeadlineExceeded {
		t.Fatalf("Err %v after the deadline", ctx2.Err())
	}
}

// Answering a question through the handler does not arm the context (the
// shortcut works) and leaves nothing behind.
func TestAskContextNotArmedByAnAnswer(t *testing.T) {
	ctx, cancel := newAskContext(context.Background(), time.Minute)
	if ctx.Err() != nil || ctx.armed.Load() != nil {
		t.Fatal("armed or done at once")
	}
	cancel()
	if ctx.Err() != context.Canceled || context.Cause(ctx) != context.Canceled {
		t.Fatalf("after cancel: err %v, cause %v", ctx.Err(), context.Cause(ctx))
	}
	select {
	case <-ctx.Done():
	default:
		t.Fatal("Done open after cancel")
	}
}
