package engine

import (
	"container/list"
	"context"
	"hash/maphash"
	"slices"
	"strconv"
	"sync"

	"github.com/careerbot-dev/careerbot/bot"
)

// DefaultAnswerCache is how many free-text answers an engine keeps per
// library when Options.AnswerCache is 0.
const DefaultAnswerCache = 2048

// answerCache remembers the free-text answers (the ask command) an engine
// gave from one library, so that a question asked again is not read and
// answered again. What the ask handler returns depends only on the
// library, the engine (its default career and registry) and the request's
// text and options, which include what a conversation adds to a follow-up
// (withConversation runs around the cached handler and rewrites the
// request first). So the cache lives in the library (a reload starts
// afresh), one per engine, keyed by the exact text and every option. It is
// a bounded LRU, which keeps an answer the second time its key comes in a
// while (seen). Answers are shared: the cache keeps a copy and hands out
// copies (callers set Note and Assumed on theirs), with their slices
// clipped so that an append never writes into the shared array; nothing
// writes into an answer's slices in place (answers were already shared:
// help, panels). Errors, error answers and answers worked out under a
// cancelled context are not kept.
type answerCache struct {
	max   int
	mu    sync.Mutex
	items map[string]*list.Element // key → element of order, holding a *cachedAnswer
	order *list.List               // most recently used first
	// seen holds the hashes of the keys asked lately, one slot each (a
	// newer key takes an older one's slot): an answer is kept only when
	// its key's hash is there, the second time its question is asked in a
	// while. Most questions are asked once: keeping each cost two copies,
	// pushed out answers to questions that do come back, and kept max
	// answers alive for every garbage collection to mark.
	seen []uint64
	seed maphash.Seed
}

type cachedAnswer struct {
	key string
	a   *bot.Answer
}

func newAnswerCache(max int) *answerCache {
	return &answerCache{max: max, items: map[string]*list.Element{}, order: list.New(),
		seen: make([]uint64, 4*max), seed: maphash.MakeSeed()}
}

// admit reports whether the answer to key is to be kept: whether key was
// asked lately (its hash is in seen); if not, it notes key as asked.
func (c *answerCache) admit(key string) bool {
	return c.admitKey(maphash.String(c.seed, key))
}

// admitBytes is admit of string(key), without making the string.
func (c *answerCache) admitBytes(key []byte) bool {
	return c.admitKey(maphash.Bytes(c.seed, key)) // the hash maphash.String gives string(key)
}

func (c *answerCache) admitKey(h uint64) bool {
	h |= 1 // never 0, an empty slot
	c.mu.Lock()
	defer c.mu.Unlock()
	slot := &c.seen[h%uint64(len(c.seen))]
	if *slot == h {
		return true
	}
	*slot = h
	return false
}

func (c *answerCache) get(key string) (*bot.Answer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.found(c.items[key])
}

// getBytes is get of string(key), without making the string (a map index
// by string(key) does not allocate).
func (c *answerCache) getBytes(key []byte) (*bot.Answer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.found(c.items[string(key)])
}

// found is get's answer when the key's element is el (under mu).
func (c *answerCache) found(el *list.Element) (*bot.Answer, bool) {
	if el == nil {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*cachedAnswer).a, true
}

func (c *answerCache) put(key string, a *bot.Answer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		el.Value.(*cachedAnswer).a = a
		c.order.MoveToFront(el)
		return
	}
	c.items[key] = c.order.PushFront(&cachedAnswer{key: key, a: a})
	for c.order.Len() > c.max {
		old := c.order.Back()
		c.order.Remove(old)
		delete(c.items, old.Value.(*cachedAnswer).key)
	}
}

func (c *answerCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// answers returns the engine's answer cache for lib (nil when off).
func (e *Engine) answers(lib *Library) *answerCache {
	if e.answerCache <= 0 || lib == nil {
		return nil
	}
	if c, ok := lib.answers.Load(e); ok {
		return c.(*answerCache)
	}
	c, _ := lib.answers.LoadOrStore(e, newAnswerCache(e.answerCache))
	return c.(*answerCache)
}

// cached wraps the ask handler with the library's answer cache.
func (e *Engine) cached(h bot.Handler) bot.Handler {
	return func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
		c := e.answers(e.lib(ctx))
		if c == nil {
			return h(ctx, req)
		}
		// The key is made a string only for an answer kept: most
		// questions are new, and their key is only looked up and hashed.
		var stack [512]byte
		key := appendAnswerKey(stack[:0], req)
		a, hit := c.getBytes(key)
		if e.onCache != nil {
			e.onCache(hit)
		}
		if hit {
			return shareAnswer(a), nil
		}
		a, err := h(ctx, req)
		if err != nil || a == nil || a.Code != "" || ctx.Err() != nil || !c.admitBytes(key) {
			return a, err
		}
		kept := shareAnswer(a)
		c.put(string(key), kept)
		return shareAnswer(kept), nil
	}
}

// answerKey is everything of a request the ask handler reads: its text and
// options (all of them, exactly), each written with its length so that no
// two requests share a key.
func answerKey(req *bot.Request) string {
	// Built on the stack: only the key itself is allocated.
	var stack [512]byte
	return string(appendAnswerKey(stack[:0], req))
}

// appendAnswerKey appends answerKey(req) to b.
func appendAnswerKey(b []byte, req *bot.Request) []byte {
	var keyStack [8]string
	b = putKeyPart(b, req.Text)
	keys := keyStack[:0]
	for k := range req.Options {
		keys = append(keys, k)
	}
	slices.Sort(keys) // sort.Strings would move keys to the heap
	for _, k := range keys {
		b = putKeyPart(b, k)
		b = putKeyPart(b, req.Options[k])
	}
	return b
}

// putKeyPart appends s to an answer key, written with its length.
func putKeyPart(b []byte, s string) []byte {
	b = strconv.AppendInt(b, int64(len(s)), 10)
	b = append(b, ':')
	return append(b, s...)
}

// shareAnswer returns a shallow copy of a whose slices have no spare
// capacity: appending to one of them copies it.
func shareAnswer(a *bot.Answer) *bot.Answer {
	c := *a
	c.Fields = slices.Clip(c.Fields)
	c.Bullets = slices.Clip(c.Bullets)
	c.FollowUps = slices.Clip(c.FollowUps)
	c.Items = slices.Clip(c.Items)
	c.Echo = slices.Clip(c.Echo)
	return &c
}

// CachedAnswers returns how many free-text answers the engine keeps for the
// library it serves now.
func (e *Engine) CachedAnswers() int {
	if c := e.answers(e.Library()); c != nil {
		return c.len()
	}
	return 0
}
