package bot

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// limitRouter is a router with one "echo" command behind the given middleware.
func limitRouter(t *testing.T, h Handler, mw ...Middleware) *Router {
	t.Helper()
	reg := NewRegistry()
	if h == nil {
		h = func(ctx context.Context, req *Request) (*Answer, error) {
			return &Answer{Answered: true, Body: "echo " + req.UserID}, nil
		}
	}
	reg.MustAdd(Command{Name: "echo", Description: "Echo", Handler: h})
	return NewRouter(reg, nil, mw...)
}

func ask(r *Router, platform, user, channel string) *Answer {
	return r.Handle(context.Background(), &Request{Platform: platform, UserID: user, ChannelID: channel, Command: "echo", Text: "/echo"})
}

func TestRateLimitOneNotePerEpisode(t *testing.T) {
	clk := newFakeClock()
	var reasons []string
	r := limitRouter(t, nil, RateLimit(LimitConfig{PerMinute: 60, Burst: 2, Now: clk.Now}, nil,
		func(req *Request, reason string) { reasons = append(reasons, reason) }))

	for i := 0; i < 2; i++ {
		if a := ask(r, "discord", "u1", "c1"); !a.Answered {
			t.Fatalf("request %d within burst refused: %+v", i, a)
		}
	}
	note := ask(r, "discord", "u1", "c1")
	if note.Code != ELIMITED || !note.Ephemeral || note.Answered || IsSilent(note) {
		t.Fatalf("first refusal = %+v, want an ephemeral ELIMITED note", note)
	}
	if !strings.Contains(note.Body, "try again in about 1 second") {
		t.Errorf("note %q does not say when to retry", note.Body)
	}
	for i := 0; i < 5; i++ {
		a := ask(r, "discord", "u1", "c1")
		if a.Code != ELIMITEDSILENT || !IsSilent(a) || !IsLimited(a.Code) {
			t.Fatalf("repeat refusal %d = %+v, want silent", i, a)
		}
		if a.Body == "" {
			t.Errorf("silent refusal has no fallback message")
		}
	}
	clk.Advance(time.Second)
	if a := ask(r, "discord", "u1", "c1"); !a.Answered {
		t.Fatalf("after refill: %+v", a)
	}
	// A new episode gets a new note.
	if a := ask(r, "discord", "u1", "c1"); a.Code != ELIMITED {
		t.Fatalf("new episode: %+v, want ELIMITED note", a)
	}
	if len(reasons) != 7 {
		t.Errorf("onLimited called %d times, want 7", len(reasons))
	}
	for _, r := range reasons {
		if r != LimitUser {
			t.Errorf("reason %q, want %q", r, LimitUser)
		}
	}
}

func TestRateLimitKeysByPlatformAndUser(t *testing.T) {
	clk := newFakeClock()
	r := limitRouter(t, nil, RateLimit(LimitConfig{PerMinute: 1, Burst: 1, Now: clk.Now}, nil, nil))
	if a := ask(r, "discord", "u1", "c1"); !a.Answered {
		t.Fatal("first request refused")
	}
	if a := ask(r, "discord", "u1", "c1"); a.Code != ELIMITED {
		t.Fatalf("second request from u1: %+v", a)
	}
	if a := ask(r, "discord", "u2", "c1"); !a.Answered {
		t.Errorf("another user in the same channel was limited: %+v", a)
	}
	if a := ask(r, "slack", "u1", "c1"); !a.Answered {
		t.Errorf("same id on another platform was limited: %+v", a)
	}
}

func TestRateLimitBusyChannelNotThrottledByDefault(t *testing.T) {
	clk := newFakeClock()
	r := limitRouter(t, nil, RateLimit(LimitConfig{PerMinute: 6, Burst: 2, Now: clk.Now}, nil, nil))
	for i := 0; i < 500; i++ {
		if a := ask(r, "discord", fmt.Sprintf("user%d", i), "general"); !a.Answered {
			t.Fatalf("user %d in a busy channel was limited: %+v", i, a)
		}
	}
}

func TestRateLimitPerChannel(t *testing.T) {
	clk := newFakeClock()
	var reasons []string
	r := limitRouter(t, nil, RateLimit(LimitConfig{PerMinute: 60, Burst: 5, ChannelPerMinute: 60, ChannelBurst: 3, Now: clk.Now}, nil,
		func(req *Request, reason string) { reasons = append(reasons, reason) }))
	for i := 0; i < 3; i++ {
		if a := ask(r, "discord", fmt.Sprintf("u%d", i), "general"); !a.Answered {
			t.Fatalf("request %d refused", i)
		}
	}
	a := ask(r, "discord", "u9", "general")
	if a.Code != ELIMITED || !strings.Contains(a.Body, "channel") {
		t.Fatalf("4th request in channel = %+v, want channel note", a)
	}
	if len(reasons) != 1 || reasons[0] != LimitChannel {
		t.Errorf("reasons = %v", reasons)
	}
	// u9's own token was given back: it can still ask five times elsewhere.
	for i := 0; i < 5; i++ {
		if a := ask(r, "discord", "u9", fmt.Sprintf("other%d", i)); !a.Answered {
			t.Fatalf("u9 in another channel, request %d: %+v", i, a)
		}
	}
}

func TestRateLimitInFlightBound(t *testing.T) {
	clk := newFakeClock()
	started := make(chan struct{}, 10)
	unblock := make(chan struct{})
	h := func(ctx context.Context, req *Request) (*Answer, error) {
		if req.UserID != "quick" {
			started <- struct{}{}
			<-unblock
		}
		return &Answer{Answered: true, Body: "ok"}, nil
	}
	var busy atomic.Int32
	lim := NewLimiter(LimitConfig{PerMinute: 600, Burst: 1, MaxInFlight: 2, QueueWait: -1, Now: clk.Now}, nil)
	r := limitRouter(t, h, lim.Middleware(func(req *Request, reason string) {
		if reason == LimitBusy {
			busy.Add(1)
		}
	}))

	var wg sync.WaitGroup
	results := make(chan *Answer, 2)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- ask(r, "http", fmt.Sprintf("slow%d", i), "")
		}()
	}
	for i := 0; i < 2; i++ {
		select {
		case <-started:
		case <-time.After(30 * time.Second):
			t.Fatal("slow handlers did not start")
		}
	}
	if n := lim.InFlight(); n != 2 {
		t.Fatalf("InFlight = %d, want 2", n)
	}
	a := ask(r, "http", "quick", "")
	if a.Code != ELIMITED || !strings.Contains(a.Body, "a lot of questions") {
		t.Fatalf("request over the in-flight bound = %+v, want busy note", a)
	}
	if a := ask(r, "http", "quick", ""); a.Code != ELIMITEDSILENT {
		t.Fatalf("second busy refusal = %+v, want silent", a)
	}
	close(unblock)
	wg.Wait()
	close(results)
	for a := range results {
		if !a.Answered {
			t.Errorf("slow request lost: %+v", a)
		}
	}
	// Busy refusals gave the token back: burst 1 and the clock has not moved.
	if a := ask(r, "http", "quick", ""); !a.Answered {
		t.Fatalf("after the slots freed: %+v", a)
	}
	if busy.Load() != 2 {
		t.Errorf("busy refusals counted %d, want 2", busy.Load())
	}
	if n := lim.InFlight(); n != 0 {
		t.Errorf("InFlight = %d after all finished", n)
	}
}

func TestRateLimitQueueWaitAdmitsWhenSlotFrees(t *testing.T) {
	started := make(chan struct{}, 1)
	unblock := make(chan struct{})
	h := func(ctx context.Context, req *Request) (*Answer, error) {
		if req.UserID == "slow" {
			started <- struct{}{}
			<-unblock
		}
		return &Answer{Answered: true, Body: "ok"}, nil
	}
	lim := NewLimiter(LimitConfig{MaxInFlight: 1, QueueWait: time.Minute}, nil)
	r := limitRouter(t, h, lim.Middleware(nil))
	done := make(chan *Answer, 2)
	go func() { done <- ask(r, "http", "slow", "") }()
	<-started
	go func() { done <- ask(r, "http", "waiter", "") }()
	close(unblock)
	for i := 0; i < 2; i++ {
		select {
		case a := <-done:
			if !a.Answered {
				t.Errorf("request refused instead of waiting for the slot: %+v", a)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("request never finished")
		}
	}
}

func TestRateLimitQueueWaitHonoursContext(t *testing.T) {
	started := make(chan struct{}, 1)
	unblock := make(chan struct{})
	defer close(unblock)
	h := func(ctx context.Context, req *Request) (*Answer, error) {
		started <- struct{}{}
		<-unblock
		return &Answer{Answered: true}, nil
	}
	lim := NewLimiter(LimitConfig{MaxInFlight: 1, QueueWait: time.Hour}, nil)
	r := limitRouter(t, h, lim.Middleware(nil))
	go ask(r, "http", "slow", "")
	<-started
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := r.Handle(ctx, &Request{Platform: "http", UserID: "other", Command: "echo"})
	if a.Code != ELIMITED {
		t.Fatalf("cancelled waiter = %+v, want busy refusal", a)
	}
}

func TestRateLimitReleasesSlotOnPanic(t *testing.T) {
	h := func(ctx context.Context, req *Request) (*Answer, error) {
		if req.UserID == "boom" {
			panic("boom")
		}
		return &Answer{Answered: true}, nil
	}
	lim := NewLimiter(LimitConfig{MaxInFlight: 1, QueueWait: -1}, nil)
	r := limitRouter(t, h, Recover(slog.New(slog.DiscardHandler), nil), lim.Middleware(nil))
	if a := ask(r, "discord", "boom", ""); a.Code != EINTERNAL {
		t.Fatalf("panicking handler = %+v", a)
	}
	if a := ask(r, "discord", "fine", ""); !a.Answered {
		t.Fatalf("slot leaked by the panic: %+v", a)
	}
}

func TestRateLimitEvictsIdleAndBoundsMemory(t *testing.T) {
	clk := newFakeClock()
	lim := NewLimiter(LimitConfig{PerMinute: 60, Burst: 2, IdleTTL: time.Minute, MaxKeys: 50, Now: clk.Now}, nil)
	r := limitRouter(t, nil, lim.Middleware(nil))
	for i := 0; i < 40; i++ {
		ask(r, "discord", fmt.Sprintf("u%d", i), "")
	}
	if n := lim.Tracked(); n != 40 {
		t.Fatalf("Tracked = %d, want 40", n)
	}
	clk.Advance(2 * time.Minute)
	ask(r, "discord", "fresh", "")
	if n := lim.Tracked(); n != 1 {
		t.Fatalf("after idle TTL Tracked = %d, want 1", n)
	}
	for i := 0; i < 1000; i++ {
		ask(r, "discord", fmt.Sprintf("flood%d", i), "")
	}
	if n := lim.Tracked(); n > 50 {
		t.Fatalf("Tracked = %d, above MaxKeys 50", n)
	}
	// The most recent user is still remembered (and still limited).
	ask(r, "discord", "flood999", "")
	if a := ask(r, "discord", "flood999", ""); a.Code != ELIMITED {
		t.Fatalf("recent user forgotten: %+v", a)
	}
}

func TestRateLimitIdleTTLNeverShorterThanRefill(t *testing.T) {
	cfg := LimitConfig{PerMinute: 1, Burst: 30, IdleTTL: time.Second}.withDefaults()
	if cfg.IdleTTL < 30*time.Minute {
		t.Fatalf("IdleTTL = %v, want at least the 30m refill time", cfg.IdleTTL)
	}
	if d := (LimitConfig{}).withDefaults(); d.ChannelPerMinute != 0 || d.PerMinute != 20 || d.Burst != 5 || d.MaxInFlight != 64 {
		t.Fatalf("defaults = %+v", d)
	}
}

func TestRateLimitConcurrentExactBurst(t *testing.T) {
	clk := newFakeClock()
	lim := NewLimiter(LimitConfig{PerMinute: 1, Burst: 5, MaxInFlight: 1000, Now: clk.Now}, nil)
	r := limitRouter(t, nil, lim.Middleware(nil))
	var answered, noted, silent atomic.Int32
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				switch a := ask(r, "slack", "same", ""); {
				case a.Answered:
					answered.Add(1)
				case a.Code == ELIMITED:
					noted.Add(1)
				case a.Code == ELIMITEDSILENT:
					silent.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if answered.Load() != 5 || noted.Load() != 1 || silent.Load() != 794 {
		t.Fatalf("answered %d noted %d silent %d, want 5/1/794", answered.Load(), noted.Load(), silent.Load())
	}
}

func TestLimitMessage(t *testing.T) {
	for _, tc := range []struct {
		reason string
		wait   time.Duration
		want   string
	}{
		{LimitUser, 2500 * time.Millisecond, "in about 3 seconds"},
		{LimitUser, 5 * time.Minute, "in about 5 minutes"},
		{LimitBusy, 0, "in a few seconds"},
		{LimitChannel, time.Second, "in about 1 second."},
	} {
		if got := limitMessage(tc.reason, tc.wait); !strings.Contains(got, tc.want) {
			t.Errorf("limitMessage(%s, %v) = %q, want it to contain %q", tc.reason, tc.wait, got, tc.want)
		}
	}
}

// BenchmarkRateLimit is the middleware's cost per admitted request, with
// requests spread over 10,000 users.
func BenchmarkRateLimit(b *testing.B) {
	lim := NewLimiter(LimitConfig{PerMinute: 1e9, Burst: 1 << 20, MaxInFlight: 1 << 16}, nil)
	h := lim.Middleware(nil)(func(ctx context.Context, req *Request) (*Answer, error) { return &Answer{Answered: true}, nil })
	reqs := make([]*Request, 10000)
	for i := range reqs {
		reqs[i] = &Request{Platform: "discord", UserID: fmt.Sprint("user", i)}
	}
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if a, err := h(context.Background(), reqs[i%len(reqs)]); err != nil || !a.Answered {
				b.Fatalf("refused: %v", err)
			}
			i++
		}
	})
}

// A request that was reserved before the user was noted, and only waited for
// a slot, does not end the episode: the next refusal stays silent.
func TestRateLimitWaitingRequestDoesNotEndEpisode(t *testing.T) {
	clk := newFakeClock()
	lim := NewLimiter(LimitConfig{PerMinute: 1, Burst: 1, MaxInFlight: 1, QueueWait: 10 * time.Second, Now: clk.Now}, nil)
	hold := make(chan struct{})
	entered := make(chan string, 4)
	r := limitRouter(t, func(ctx context.Context, req *Request) (*Answer, error) {
		entered <- req.UserID
		if req.UserID == "blocker" {
			<-hold
		}
		return &Answer{Answered: true}, nil
	}, lim.Middleware(nil))
	go ask(r, "p", "blocker", "")
	<-entered // the only slot is taken
	done := make(chan *Answer)
	go func() { done <- ask(r, "p", "u", "") }() // A: has a token, waits for the slot
	deadline := time.Now().Add(10 * time.Second)
	for lim.InFlight() < 1 || lim.waiting.Load() < 1 {
		if time.Now().After(deadline) {
			t.Fatal("A never started waiting")
		}
		time.Sleep(time.Millisecond)
	}
	if b := ask(r, "p", "u", ""); b.Code != ELIMITED { // B: no token: noted
		t.Fatalf("B = %+v, want the note", b)
	}
	close(hold)
	if a := <-done; !a.Answered {
		t.Fatalf("A = %+v", a)
	}
	if c := ask(r, "p", "u", ""); c.Code != ELIMITEDSILENT { // C: same episode
		t.Fatalf("C = %+v, want silent", c)
	}
}

// admit (the middleware's fast path) decides as acquire does: the same
// requests at the same times, through admit on one limiter and acquire
// alone on another, are let through or refused alike, with the same code,
// message and wait, and leave the same buckets.
func checkAdmitMatchesAcquire(t *testing.T, platforms, users []string, steps []byte) (admitted, refused int) {
	t.Helper()
	cfg := LimitConfig{PerMinute: 2, Burst: 2, MaxInFlight: 4, MaxKeys: 3, IdleTTL: 90 * time.Second}
	fastClk, slowClk := newFakeClock(), newFakeClock()
	fcfg, scfg := cfg, cfg
	fcfg.Now, scfg.Now = fastClk.Now, slowClk.Now
	fast, slow := NewLimiter(fcfg, nil), NewLimiter(scfg, nil)
	for i, s := range steps {
		req := &Request{Platform: platforms[int(s)%len(platforms)], UserID: users[int(s>>2)%len(users)]}
		fr, fe := fast.admit(context.Background(), req)
		rel, sr, se := slow.acquire(context.Background(), req)
		if (fe == nil) != (se == nil) || fr != sr || fe != nil && (fe.Code != se.Code || fe.Message != se.Message || fe.RetryAfter != se.RetryAfter) {
			t.Fatalf("step %d (%q %q): admit %q %+v, acquire %q %+v", i, req.Platform, req.UserID, fr, fe, sr, se)
		}
		if fe == nil {
			fast.releaseSlot()
			rel()
			admitted++
		} else {
			refused++
		}
		if fast.InFlight() != 0 || slow.InFlight() != 0 {
			t.Fatalf("step %d: slots held: %d, %d", i, fast.InFlight(), slow.InFlight())
		}
		d := time.Duration(s>>6) * time.Second
		fastClk.Advance(d)
		slowClk.Advance(d)
	}
	var fk, sk []string
	for e := fast.order.Front(); e != nil; e = e.Next() {
		b := e.Value.(*bucket)
		fk = append(fk, fmt.Sprint(b.key, b.noted, b.seq, b.noteSeq))
	}
	for e := slow.order.Front(); e != nil; e = e.Next() {
		b := e.Value.(*bucket)
		sk = append(sk, fmt.Sprint(b.key, b.noted, b.seq, b.noteSeq))
	}
	if strings.Join(fk, "|") != strings.Join(sk, "|") {
		t.Fatalf("buckets differ:\nadmit   %q\nacquire %q", fk, sk)
	}
	return admitted, refused
}

func TestAdmitMatchesAcquire(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	admitted, refused := 0, 0
	for range 200 {
		steps := make([]byte, 60)
		for i := range steps {
			steps[i] = byte(r.IntN(256))
		}
		a, f := checkAdmitMatchesAcquire(t, []string{"slack", "http"}, []string{"U1", "é\x00x"}, steps)
		admitted, refused = admitted+a, refused+f
	}
	if admitted < 1000 || refused < 500 {
		t.Fatalf("%d admitted, %d refused: the steps do not test both", admitted, refused)
	}
}

func FuzzAdmitMatchesAcquire(f *testing.F) {
	f.Add("slack", "U1", "ip:10.0.0.1", []byte{0, 1, 2, 3, 4, 0, 0, 0, 0xff, 0x20})
	f.Add("", "\x00", "a\x00b", []byte{7, 7, 7, 7})
	f.Fuzz(func(t *testing.T, platform, user, other string, steps []byte) {
		checkAdmitMatchesAcquire(t, []string{platform, "p\x00" + platform}, []string{user, other, user + "\x00"}, steps)
	})
}
