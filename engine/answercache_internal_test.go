package engine

import (
	"context"
	"fmt"
	"hash/maphash"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
)

func TestAnswerCacheBounded(t *testing.T) {
	c := newAnswerCache(3)
	for i := range 10 {
		c.put(fmt.Sprint(i), &bot.Answer{Title: fmt.Sprint(i)})
	}
	if c.len() != 3 {
		t.Fatalf("%d answers kept, want 3", c.len())
	}
	if _, ok := c.get("6"); ok {
		t.Error("the least recently used answer was kept")
	}
	c.get("7") // used: now the most recent
	c.put("10", &bot.Answer{})
	if _, ok := c.get("7"); !ok {
		t.Error("a recently used answer was evicted")
	}
	if _, ok := c.get("8"); ok {
		t.Error("the least recently used answer was kept")
	}
}

// A request's text and options are all in its key, without ambiguity.
func TestAnswerKey(t *testing.T) {
	keys := map[string]string{}
	for _, r := range []*bot.Request{
		{Text: "what certifications help?"},
		{Text: "What certifications help?"},
		{Text: "what certifications help?", Options: map[string]string{"question": "what certifications help?"}},
		{Text: "what certifications help?", Options: map[string]string{"question": "what certifications help?", "career": "ml-engineer"}},
		{Text: "what certifications help?", Options: map[string]string{"question": "what certifications help?", contextKindOption: "certs"}},
		{Text: "a", Options: map[string]string{"b": "c"}},
		{Text: "a1:b", Options: map[string]string{"": "c"}},
		{Text: "a", Options: map[string]string{"b": "", "c": ""}},
		{Text: "a", Options: map[string]string{"b": "1:c0:"}},
	} {
		k := answerKey(r)
		if prev, dup := keys[k]; dup {
			t.Errorf("%+v and %s share key %q", r, prev, k)
		}
		keys[k] = fmt.Sprintf("%+v", r)
		if k2 := answerKey(&bot.Request{Text: r.Text, Options: r.Options}); k2 != k {
			t.Errorf("key of %+v not stable", r)
		}
	}
}

// Copies handed out are the caller's: setting fields or appending to their
// slices changes neither the cached answer nor other copies; errors, error
// answers and answers worked out under a cancelled context are not kept.
func TestAnswerCacheIsolation(t *testing.T) {
	lib := &Library{}
	e := &Engine{answerCache: 8}
	calls := 0
	h := e.cached(func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
		calls++
		switch req.Text {
		case "err":
			return nil, bot.Errorf(bot.EINVALID, "no")
		case "code":
			return &bot.Answer{Code: bot.EINTERNAL}, nil
		}
		fu := make([]bot.FollowUp, 1, 8) // spare capacity: appends must not share it
		fu[0] = bot.FollowUp{Label: "x", Command: "certs"}
		return &bot.Answer{Answered: true, Title: req.Text, Note: "n", FollowUps: fu}, nil
	})
	ctx := context.WithValue(context.Background(), libKey{}, lib)
	h(ctx, &bot.Request{Text: "q"}) // noted, not kept
	if calls != 1 || e.answers(lib).len() != 0 {
		t.Fatalf("asked once: %d calls, %d kept", calls, e.answers(lib).len())
	}
	a1, _ := h(ctx, &bot.Request{Text: "q"}) // kept
	a1.Note = "changed"
	a1.FollowUps = append(a1.FollowUps, bot.FollowUp{Label: "added"})
	a2, _ := h(ctx, &bot.Request{Text: "q"})
	a2.FollowUps = append(a2.FollowUps, bot.FollowUp{Label: "other"})
	a3, _ := h(ctx, &bot.Request{Text: "q"})
	if calls != 2 {
		t.Fatalf("%d calls for one question asked four times", calls)
	}
	if a3.Note != "n" || len(a3.FollowUps) != 1 || a1.FollowUps[1].Label != "added" {
		t.Fatalf("copies share state: %+v / %+v", a1, a3)
	}
	for _, text := range []string{"err", "code"} {
		h(ctx, &bot.Request{Text: text})
		h(ctx, &bot.Request{Text: text})
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	h(cctx, &bot.Request{Text: "late"})
	h(ctx, &bot.Request{Text: "late"})
	if calls != 8 {
		t.Fatalf("%d calls: an error, error answer or cancelled answer was cached", calls)
	}
	// Another library (a reload) has a cache of its own.
	h(context.WithValue(context.Background(), libKey{}, &Library{}), &bot.Request{Text: "q"})
	if calls != 9 {
		t.Fatalf("%d calls: a new library answered from the old one's cache", calls)
	}
	// Off: nothing kept.
	off := &Engine{}
	offCalls := 0
	ho := off.cached(func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
		offCalls++
		return &bot.Answer{}, nil
	})
	ho(ctx, &bot.Request{Text: "q"})
	ho(ctx, &bot.Request{Text: "q"})
	if offCalls != 2 {
		t.Fatalf("cache off: %d calls for two questions", offCalls)
	}
}

// Concurrent askers share the cache safely (run with -race).
func TestAnswerCacheConcurrent(t *testing.T) {
	lib := &Library{}
	e := &Engine{answerCache: 4}
	h := e.cached(func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
		return &bot.Answer{Answered: true, Title: req.Text, FollowUps: []bot.FollowUp{{Label: req.Text}}}, nil
	})
	ctx := context.WithValue(context.Background(), libKey{}, lib)
	done := make(chan struct{})
	for g := range 8 {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := range 500 {
				text := fmt.Sprint((g + i) % 7)
				a, _ := h(ctx, &bot.Request{Text: text})
				if a.Title != text || a.FollowUps[0].Label != text {
					t.Errorf("%q answered with %+v", text, a)
					return
				}
				a.Note = "mine"
				a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: "mine"})
			}
		}()
	}
	for range 8 {
		<-done
	}
}

// The cache reads a request's key from bytes on the stack as it read the
// key's string: the same key, the same hash for admission, the same entry.
func TestAnswerKeyBytes(t *testing.T) {
	c := newAnswerCache(8)
	for i, r := range []*bot.Request{
		{Text: "what certifications help?"},
		{Text: "what   certifications  help?", Options: map[string]string{"question": "what   certifications  help?", "career": "ml-engineer"}},
		{Text: strings.Repeat("a ", 400), Options: map[string]string{"question": strings.Repeat("a ", 400)}}, // past the stack buffer
		{Text: ""},
	} {
		k := answerKey(r)
		var stack [16]byte
		b := appendAnswerKey(stack[:0], r)
		if string(b) != k {
			t.Fatalf("appendAnswerKey %q, answerKey %q", b, k)
		}
		if maphash.Bytes(c.seed, b) != maphash.String(c.seed, k) {
			t.Fatalf("%q: the bytes and the string hash apart", k)
		}
		if c.admitBytes(b) || !c.admit(k) || !c.admitBytes(b) {
			t.Fatalf("%q: admitted by bytes and by string apart", k)
		}
		if _, ok := c.getBytes(b); ok {
			t.Fatalf("%q found before it was put", k)
		}
		c.put(k, &bot.Answer{Title: fmt.Sprint(i)})
		if a, ok := c.getBytes(b); !ok || a.Title != fmt.Sprint(i) {
			t.Fatalf("%q: put by string, not found by bytes", k)
		}
		if a, ok := c.get(k); !ok || a.Title != fmt.Sprint(i) {
			t.Fatalf("%q: not found by string", k)
		}
	}
}
