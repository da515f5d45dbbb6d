package bot

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeSink is an EventSink in memory; block makes every write wait until
// it is closed (a store that hangs), fail makes writes fail.
type fakeSink struct {
	mu     sync.Mutex
	events []Event
	block  chan struct{}
	fail   atomic.Bool
	writes atomic.Int32
}

func (f *fakeSink) WriteEvents(ctx context.Context, evs []Event) error {
	f.writes.Add(1)
	if f.block != nil {
		select {
		case <-f.block:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if f.fail.Load() {
		return errors.New("disk full")
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.events = append(f.events, evs...)
	return nil
}

func (f *fakeSink) AnswerExists(ctx context.Context, id string) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, e := range f.events {
		if e.Question != nil && e.Question.ID == id {
			return true, nil
		}
	}
	return false, nil
}

func (f *fakeSink) snapshot() []Event {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Event(nil), f.events...)
}

func answering(answered bool) Handler {
	shared := &Answer{Answered: answered, Career: "ml-engineer", Source: &Source{Guide: "ml-engineer", Section: "Certifications"}}
	return func(ctx context.Context, req *Request) (*Answer, error) { return shared, nil }
}

func TestRecorderRecordsQuestionsAndVotes(t *testing.T) {
	sink := &fakeSink{}
	rec := NewRecorder(RecorderOptions{Sink: sink, Key: []byte("k"), QuestionText: true, FlushEvery: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()

	h := rec.Middleware()(answering(true))
	req := &Request{Platform: "discord", UserID: "12345", GuildID: "g", Command: "certs", Text: "/certs"}
	a, err := h(ctx, req)
	if err != nil || a.ID == "" || !ValidAnswerID(a.ID) {
		t.Fatalf("answer id %q, err %v", a.ID, err)
	}
	b, _ := h(ctx, req)
	if b.ID == a.ID {
		t.Fatal("two answers share one id: the handler's shared answer was written to")
	}
	if err := rec.Feedback(ctx, &Request{Platform: "discord", UserID: "999"}, Vote{AnswerID: a.ID, Value: "down", Reason: "Not what I asked"}); err != nil {
		t.Fatal(err)
	}
	if err := rec.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	evs := sink.snapshot()
	if len(evs) != 3 || evs[0].Question == nil || evs[2].Feedback == nil {
		t.Fatalf("events = %+v; want two questions then a vote", evs)
	}
	qe := evs[0].Question
	if qe.UserHash == "12345" || qe.UserHash != HashUser([]byte("k"), "discord", "12345") || len(qe.UserHash) != 32 ||
		rec.hashUser("discord", "12346") != HashUser([]byte("k"), "discord", "12346") {
		t.Fatalf("user hash %q: must be the keyed hash, never the raw id", qe.UserHash)
	}
	if qe.Section != "Certifications" || qe.Career != "ml-engineer" || qe.ChannelKind != ChannelChannel || qe.Command != "certs" ||
		qe.FreeText || qe.Text != "/certs" || !qe.Answered || qe.Outcome != "answered" {
		t.Fatalf("question event = %+v", qe)
	}
	if fe := evs[2].Feedback; fe.Vote != VoteDown || fe.Reason != "not_asked" || fe.AnswerID != a.ID {
		t.Fatalf("feedback event = %+v", fe)
	}
}

func TestRecorderWithoutQuestionText(t *testing.T) {
	sink := &fakeSink{}
	rec := NewRecorder(RecorderOptions{Sink: sink, Key: []byte("k"), FlushEvery: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	rec.Middleware()(answering(false))(ctx, &Request{Platform: "http", UserID: "ip:127.0.0.1", Command: "ask", Text: "my secret question", Options: map[string]string{"question": "my secret question"}})
	cancel()
	<-done // Run writes what is queued before returning
	evs := sink.snapshot()
	if len(evs) != 1 || evs[0].Question.Text != "" || !evs[0].Question.FreeText || evs[0].Question.ChannelKind != ChannelWeb {
		t.Fatalf("events = %+v; want one free-text web question with no text", evs)
	}
}

// Autocomplete lookups run through the router's chain but are no questions.
func TestRecorderSkipsAutocomplete(t *testing.T) {
	sink := &fakeSink{}
	rec := NewRecorder(RecorderOptions{Sink: sink, Key: []byte("k"), FlushEvery: time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	h := rec.Middleware()(answering(true))
	h(ctx, &Request{Platform: "http", UserID: "u", Command: CommandAutocomplete})
	h(ctx, &Request{Platform: "http", UserID: "u", Command: "certs"})
	cancel()
	<-done
	if evs := sink.snapshot(); len(evs) != 1 || evs[0].Question.Command != "certs" {
		t.Fatalf("events = %+v; want only the question", evs)
	}
}

func TestFeedbackValidation(t *testing.T) {
	sink := &fakeSink{}
	rec := NewRecorder(RecorderOptions{Sink: sink, Key: []byte("k")})
	ctx := context.Background()
	a, _ := rec.Middleware()(answering(true))(ctx, &Request{Platform: "http", UserID: "u"})
	for _, c := range []struct {
		v    Vote
		code string
	}{
		{Vote{AnswerID: a.ID, Value: "sideways"}, EINVALID},
		{Vote{AnswerID: a.ID, Value: "down", Reason: "because"}, EINVALID},
		{Vote{AnswerID: "zzzzzzzzzzzzzzzz", Value: "up"}, ENOTFOUND},
		{Vote{AnswerID: "../../etc/passwd", Value: "up"}, ENOTFOUND},
		{Vote{AnswerID: a.ID, Value: "UP"}, ""},
		{Vote{AnswerID: a.ID, Value: "down", Reason: "out of date"}, ""},
	} {
		if got := ErrorCode(rec.Feedback(ctx, &Request{Platform: "http", UserID: "u"}, c.v)); got != c.code {
			t.Errorf("Feedback(%+v) code %q, want %q", c.v, got, c.code)
		}
	}
}

// A store that blocks for 5 s delays no answer: the queue absorbs what it
// can and drops (and counts) the rest.
func TestBlockingStoreDelaysNoAnswer(t *testing.T) {
	sink := &fakeSink{block: make(chan struct{})}
	var dropped atomic.Int64
	rec := NewRecorder(RecorderOptions{Sink: sink, Key: []byte("k"), QueueSize: 16, BatchSize: 4,
		FlushEvery: time.Millisecond, OnDrop: func(n int) { dropped.Add(int64(n)) }})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	h := rec.Middleware()(answering(true))
	unblock := time.AfterFunc(5*time.Second, func() { close(sink.block) })
	defer unblock.Stop()
	deadline := time.Now().Add(5 * time.Second)
	var worst time.Duration
	n := 0
	for time.Now().Before(deadline.Add(-500 * time.Millisecond)) {
		start := time.Now()
		if _, err := h(ctx, &Request{Platform: "http", UserID: "u"}); err != nil {
			t.Fatal(err)
		}
		worst = max(worst, time.Since(start))
		n++
		if n%200 == 0 {
			time.Sleep(50 * time.Millisecond)
		}
	}
	if sink.writes.Load() == 0 {
		t.Fatal("the writer never reached the store: the test did not block it")
	}
	// Generous for a loaded shared machine, and far below the 5 s block.
	if worst > 500*time.Millisecond {
		t.Fatalf("slowest answer took %v while the store blocked; answers must not wait on the store", worst)
	}
	if dropped.Load() == 0 || rec.Lost() != dropped.Load() {
		t.Fatalf("dropped %d (Lost %d) of %d; want the overflow counted", dropped.Load(), rec.Lost(), n)
	}
	cancel()
	<-done
}

// A failing store (a full disk) loses records, counted, never answers.
func TestFailingStoreLosesOnlyRecords(t *testing.T) {
	sink := &fakeSink{}
	sink.fail.Store(true)
	var dropped atomic.Int64
	var logs syncBuffer
	rec := NewRecorder(RecorderOptions{Sink: sink, Key: []byte("k"), FlushEvery: time.Millisecond, OnDrop: func(n int) { dropped.Add(int64(n)) },
		Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { rec.Run(ctx); close(done) }()
	h := rec.Middleware()(answering(true))
	for range 10 {
		if a, err := h(ctx, &Request{Platform: "http", UserID: "u"}); err != nil || !a.Answered {
			t.Fatalf("answer %+v err %v", a, err)
		}
	}
	rec.Flush(ctx)
	if dropped.Load() != 10 {
		t.Fatalf("dropped %d, want 10", dropped.Load())
	}
	if n := strings.Count(logs.String(), "records lost"); n != 1 {
		t.Fatalf("%d log lines about lost records, want 1 a minute:\n%s", n, logs.String())
	}
	cancel()
	<-done
}

func TestFeedbackThroughRateLimits(t *testing.T) {
	sink := &fakeSink{}
	rec := NewRecorder(RecorderOptions{Sink: sink, Key: []byte("k")})
	a, _ := rec.Middleware()(answering(true))(context.Background(), &Request{Platform: "http", UserID: "u"})
	lim := NewLimiter(LimitConfig{PerMinute: 1, Burst: 2}, nil)
	ft := FeedbackThrough(rec, lim.Middleware(nil))
	var codes []string
	for range 4 {
		codes = append(codes, ErrorCode(ft.Feedback(context.Background(), &Request{Platform: "http", UserID: "v"}, Vote{AnswerID: a.ID, Value: "up"})))
	}
	if codes[0] != "" || codes[1] != "" || !IsLimited(codes[2]) {
		t.Fatalf("codes = %q; want two votes then a limit", codes)
	}
}

func TestFeedbackIDsRoundTrip(t *testing.T) {
	id := NewAnswerID()
	for _, v := range append(FeedbackButtons(id), ReasonButtons(id)...) {
		enc := EncodeFeedback(v)
		if len(enc) > MaxFollowUpID {
			t.Fatalf("%q is over Discord's custom_id limit", enc)
		}
		got, ok := DecodeFeedback(enc)
		if !ok || got != v {
			t.Fatalf("DecodeFeedback(%q) = %+v, %v; want %+v", enc, got, ok, v)
		}
	}
	for _, bad := range []string{"fb1|", "fb1|" + id, "fb1|" + id + "|sideways", "fb1|" + id + "|up|wrong", "fb1|" + id + "|down|because", "cb1|salary", "fb1|x|up"} {
		if _, ok := DecodeFeedback(bad); ok {
			t.Errorf("DecodeFeedback(%q) accepted", bad)
		}
	}
	if text, ask := FeedbackReply(Vote{Value: VoteDown}, nil); !ask || text != FeedbackAskReason {
		t.Error("a 👎 without a reason must offer the reasons")
	}
	if text, _ := FeedbackReply(Vote{Value: VoteUp}, Errorf(ENOTFOUND, "x")); text != FeedbackGone {
		t.Error("an unknown answer must say it is too old")
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// TestHashUserCache: remembered hashes are the keyed hashes, for more
// members than the cache holds, asked again and again.
func TestHashUserCache(t *testing.T) {
	rec := NewRecorder(RecorderOptions{Sink: discardSink{}, Key: []byte("k")})
	for round := range 3 {
		for i := range hashCacheSize + 100 {
			id := strconv.Itoa(i)
			platform := []string{"discord", "slack"}[(i+round)%2]
			if got, want := rec.hashUser(platform, id), HashUser([]byte("k"), platform, id); got != want {
				t.Fatalf("hashUser(%s, %s) = %q, want %q", platform, id, got, want)
			}
		}
	}
	if len(rec.hashes) > hashCacheSize {
		t.Fatalf("%d hashes remembered, more than %d", len(rec.hashes), hashCacheSize)
	}
}

// Router.Handle writes the typed text into the recorder's copy of an answer
// instead of copying it again: every reply is its own (own id, own echo),
// and the shared answer the handler returns is never written to, with the
// recorder or without it, outermost or under other middleware.
func TestHandleWritesOnlyAnswersOfItsOwn(t *testing.T) {
	rec := NewRecorder(RecorderOptions{Sink: &fakeSink{}, Key: []byte("k")})
	shared := &Answer{Answered: true, Body: "b", Echo: []string{"from the handler"}, Fields: []Field{{Label: "L", Value: "v"}}}
	reg := NewRegistry()
	reg.MustAdd(Command{Name: "ask", Description: "Ask", Options: []Option{{Name: "question", Description: "q", Rest: true}},
		Handler: func(ctx context.Context, req *Request) (*Answer, error) { return shared, nil }})
	pass := func(next Handler) Handler { return next }
	swap := func(next Handler) Handler { // hands back the shared answer, not what it was given
		return func(ctx context.Context, req *Request) (*Answer, error) {
			if _, err := next(ctx, req); err != nil {
				return nil, err
			}
			return shared, nil
		}
	}
	for name, mw := range map[string][]Middleware{
		"recorder":          {rec.Middleware()},
		"recorder inside":   {pass, rec.Middleware(), pass},
		"recorder, swapped": {swap, rec.Middleware()},
		"no recorder":       {pass},
		"recorder twice":    {rec.Middleware(), rec.Middleware()},
	} {
		r := NewRouter(reg, nil, mw...)
		req := LineRequest(Request{Platform: "p", UserID: "u"}, "what is it?")
		a := r.Handle(context.Background(), req)
		b := r.Handle(context.Background(), LineRequest(Request{Platform: "p", UserID: "u"}, "what else?"))
		if a == shared || b == shared || a == b {
			t.Fatalf("%s: a reply is the shared answer or another reply", name)
		}
		if shared.ID != "" || len(shared.Echo) != 1 || shared.Echo[0] != "from the handler" {
			t.Fatalf("%s: the shared answer was written to: %+v", name, shared)
		}
		want := NewRouter(reg, nil).Handle(context.Background(), LineRequest(Request{Platform: "p", UserID: "u"}, "what is it?")).Echo
		if len(want) < 3 || strings.Join(a.Echo, "|") != strings.Join(want, "|") {
			t.Fatalf("%s: echo %q, want %q", name, a.Echo, want)
		}
		if name != "no recorder" && name != "recorder, swapped" && (a.ID == "" || a.ID == b.ID) {
			t.Fatalf("%s: ids %q and %q", name, a.ID, b.ID)
		}
		if req.own != nil {
			t.Fatalf("%s: the request still names an answer of its own", name)
		}
	}
}
