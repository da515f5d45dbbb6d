package bot

import (
	"container/list"
	"context"
	"fmt"
	"log/slog"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/time/rate"
)

// ELIMITEDSILENT is the code of a refusal the asker has already been told
// about: a later request in the same limiting episode. Adapters should drop
// such an answer without replying (see IsSilent); where a reply is
// mandatory (an HTTP response) they send it as it is. Its message is the
// same polite note, so an adapter that does not know the code still says
// something sensible.
const ELIMITEDSILENT = "limited_silent"

// IsSilent reports whether an answer is a repeated rate-limit refusal that
// adapters should not show (the user already got one note this episode).
func IsSilent(a *Answer) bool { return a != nil && a.Code == ELIMITEDSILENT }

// IsLimited reports whether a code is a rate-limit or overload refusal,
// noted or silent.
func IsLimited(code string) bool { return code == ELIMITED || code == ELIMITEDSILENT }

// Reasons passed to the onLimited callback of RateLimit.
const (
	LimitUser    = "user"    // the user's own bucket is empty
	LimitChannel = "channel" // the channel's bucket is empty (off by default)
	LimitBusy    = "busy"    // too much work in flight across all users
)

// LimitConfig configures RateLimit. Zero values take the defaults noted.
type LimitConfig struct {
	// PerMinute is each user's sustained rate (default 20 a minute).
	PerMinute float64 `yaml:"per_minute"`
	// Burst is how many requests a user may make at once (default 5).
	Burst int `yaml:"burst"`
	// ChannelPerMinute limits a whole channel; 0 (the default) turns the
	// channel limit off, since a busy channel of different people must never
	// be throttled.
	ChannelPerMinute float64 `yaml:"channel_per_minute"`
	// ChannelBurst is the channel bucket's size (default 3 × Burst).
	ChannelBurst int `yaml:"channel_burst"`
	// MaxInFlight bounds the requests being answered at once across all
	// users (default 64); further requests wait up to QueueWait for a slot
	// and are then refused politely.
	MaxInFlight int `yaml:"max_in_flight"`
	// QueueWait is how long a request may wait for a slot (default 250ms;
	// negative: refuse at once).
	QueueWait time.Duration `yaml:"queue_wait"`
	// IdleTTL forgets users idle this long (default 10m, and never less
	// than the time a bucket takes to refill, so forgetting loses nothing).
	IdleTTL time.Duration `yaml:"idle_ttl"`
	// MaxKeys bounds the users and channels tracked (default 100000); the
	// least recently seen are forgotten first.
	MaxKeys int `yaml:"max_keys"`
	// Replicas is how many processes share the traffic (default 1). The
	// buckets are per process, so each replica enforces PerMinute and
	// ChannelPerMinute divided by Replicas: N replicas together hold the
	// configured rates. Bursts stay per replica.
	Replicas int `yaml:"replicas"`

	// Now is the clock (tests); nil means time.Now.
	Now func() time.Time `yaml:"-"`
}

func (c LimitConfig) withDefaults() LimitConfig {
	if c.PerMinute <= 0 {
		c.PerMinute = 20
	}
	if c.Burst <= 0 {
		c.Burst = 5
	}
	if c.Replicas > 1 {
		c.PerMinute /= float64(c.Replicas)
		c.ChannelPerMinute /= float64(c.Replicas)
	}
	if c.ChannelPerMinute > 0 && c.ChannelBurst <= 0 {
		c.ChannelBurst = 3 * c.Burst
	}
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = 64
	}
	if c.QueueWait == 0 {
		c.QueueWait = 250 * time.Millisecond
	}
	if c.IdleTTL <= 0 {
		c.IdleTTL = 10 * time.Minute
	}
	if refill := time.Duration(float64(c.Burst) / c.PerMinute * float64(time.Minute)); c.IdleTTL < refill {
		c.IdleTTL = refill
	}
	if c.ChannelPerMinute > 0 {
		if refill := time.Duration(float64(c.ChannelBurst) / c.ChannelPerMinute * float64(time.Minute)); c.IdleTTL < refill {
			c.IdleTTL = refill
		}
	}
	if c.MaxKeys <= 0 {
		c.MaxKeys = 100000
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// Limiter is the state behind RateLimit: token buckets per user (and per
// channel when enabled) in a bounded LRU, and a semaphore on work in flight.
type Limiter struct {
	waiting atomic.Int64 // requests waiting for a slot
	cfg     LimitConfig
	logger  *slog.Logger
	slots   chan struct{}

	mu    sync.Mutex
	keys  map[string]*list.Element // of *bucket
	order *list.List               // front: most recently seen
}

type bucket struct {
	key      string
	lim      *rate.Limiter
	lastSeen time.Time
	noted    bool   // the user was told about the current limiting episode
	seq      uint64 // reservations so far
	noteSeq  uint64 // seq when the user was noted: only a later reservation ends the episode
}

// NewLimiter builds a limiter; RateLimit wraps one as middleware.
func NewLimiter(cfg LimitConfig, logger *slog.Logger) *Limiter {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	return &Limiter{cfg: cfg, logger: logger, slots: make(chan struct{}, cfg.MaxInFlight),
		keys: map[string]*list.Element{}, order: list.New()}
}

// Config returns the effective configuration, defaults applied.
func (l *Limiter) Config() LimitConfig { return l.cfg }

// Tracked returns how many users and channels the limiter remembers.
func (l *Limiter) Tracked() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.order.Len()
}

// InFlight returns how many requests hold a slot now.
func (l *Limiter) InFlight() int { return len(l.slots) }

// RateLimit returns middleware that refuses requests over the per-user rate
// (key: platform and user id), over the per-channel rate when that is
// enabled, or when MaxInFlight requests are already being answered.
//
// A refused user gets one polite note per limiting episode: an ELIMITED
// error (which Router.Handle turns into an ephemeral answer). Further
// refusals until the user is let through again return ELIMITEDSILENT, which
// adapters drop (IsSilent). onLimited (may be nil) is called for every
// refusal with the reason (LimitUser, LimitChannel, LimitBusy), for metrics.
func RateLimit(cfg LimitConfig, logger *slog.Logger, onLimited func(req *Request, reason string)) Middleware {
	return NewLimiter(cfg, logger).Middleware(onLimited)
}

// Middleware returns the limiter as middleware; see RateLimit.
func (l *Limiter) Middleware(onLimited func(req *Request, reason string)) Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, req *Request) (*Answer, error) {
			reason, err := l.admit(ctx, req)
			if err != nil {
				if onLimited != nil {
					onLimited(req, reason)
				}
				return nil, err
			}
			defer l.releaseSlot()
			return next(ctx, req)
		}
	}
}

// admit is acquire for the middleware: on success the request holds a
// slot, which releaseSlot gives back. Most requests find a slot free and
// their user's bucket with a token: those are let through in one hold of
// the lock, without the reservation, the key string and the release
// function acquire makes for them. Every other request (a slot to wait
// for, a user over the rate, channel limits on) goes through acquire.
func (l *Limiter) admit(ctx context.Context, req *Request) (reason string, err *Error) {
	if l.cfg.ChannelPerMinute > 0 && req.ChannelID != "" {
		return l.admitSlow(ctx, req)
	}
	select {
	case l.slots <- struct{}{}:
	default:
		return l.admitSlow(ctx, req)
	}
	var buf [96]byte
	key := append(append(append(append(buf[:0], "u\x00"...), req.Platform...), 0), req.UserID...)
	l.mu.Lock()
	now := l.cfg.Now()
	l.sweep(now)
	user := l.bucketOf(key, now, l.cfg.PerMinute, l.cfg.Burst)
	if !user.lim.AllowN(now, 1) { // took nothing: acquire decides afresh
		l.mu.Unlock()
		<-l.slots
		return l.admitSlow(ctx, req)
	}
	// Let through: acquire's reservation and its end of the episode in one
	// step (seq only grows, so seq > noteSeq once counted).
	user.seq++
	user.noted = false
	l.mu.Unlock()
	return "", nil
}

// admitSlow is admit through acquire.
func (l *Limiter) admitSlow(ctx context.Context, req *Request) (string, *Error) {
	_, reason, err := l.acquire(ctx, req) // its release is releaseSlot's work
	return reason, err
}

// releaseSlot gives back the slot admit took.
func (l *Limiter) releaseSlot() { <-l.slots }

// acquire admits a request or refuses it with a coded error (ELIMITED or
// ELIMITEDSILENT) and the reason. On success the caller must call release
// when the answer is done.
func (l *Limiter) acquire(ctx context.Context, req *Request) (release func(), reason string, err *Error) {
	userKey := "u\x00" + req.Platform + "\x00" + req.UserID
	chanKey := ""
	if l.cfg.ChannelPerMinute > 0 && req.ChannelID != "" {
		chanKey = "c\x00" + req.Platform + "\x00" + req.GuildID + "\x00" + req.ChannelID
	}

	l.mu.Lock()
	now := l.cfg.Now()
	l.sweep(now)
	user := l.bucket(userKey, now, l.cfg.PerMinute, l.cfg.Burst)
	ur := user.lim.ReserveN(now, 1)
	if wait := ur.DelayFrom(now); !ur.OK() || wait > 0 {
		ur.CancelAt(now)
		err := l.refuse(user, req, LimitUser, wait)
		l.mu.Unlock()
		return nil, LimitUser, err
	}
	var cr *rate.Reservation
	if chanKey != "" {
		ch := l.bucket(chanKey, now, l.cfg.ChannelPerMinute, l.cfg.ChannelBurst)
		cr = ch.lim.ReserveN(now, 1)
		if wait := cr.DelayFrom(now); !cr.OK() || wait > 0 {
			cr.CancelAt(now)
			ur.CancelAt(now)
			err := l.refuse(user, req, LimitChannel, wait)
			l.mu.Unlock()
			return nil, LimitChannel, err
		}
	}
	user.seq++
	mySeq := user.seq
	l.mu.Unlock()

	if !l.takeSlot(ctx) {
		// Overload is not the user's fault: give their tokens back.
		l.mu.Lock()
		ur.CancelAt(now)
		if cr != nil {
			cr.CancelAt(now)
		}
		err := l.refuse(user, req, LimitBusy, 0)
		l.mu.Unlock()
		return nil, LimitBusy, err
	}
	// Let through: the episode is over, unless this request was reserved
	// before the user was noted (it only waited for a slot meanwhile).
	l.mu.Lock()
	if mySeq > user.noteSeq {
		user.noted = false
	}
	l.mu.Unlock()
	var once sync.Once
	return func() { once.Do(func() { <-l.slots }) }, "", nil
}

func (l *Limiter) takeSlot(ctx context.Context) bool {
	select {
	case l.slots <- struct{}{}:
		return true
	default:
	}
	if l.cfg.QueueWait < 0 {
		return false
	}
	t := time.NewTimer(l.cfg.QueueWait)
	defer t.Stop()
	l.waiting.Add(1)
	defer l.waiting.Add(-1)
	select {
	case l.slots <- struct{}{}:
		return true
	case <-t.C:
		return false
	case <-ctx.Done():
		return false
	}
}

// refuse builds the refusal; l.mu is held.
func (l *Limiter) refuse(user *bucket, req *Request, reason string, wait time.Duration) *Error {
	retry := wait
	if retry <= 0 {
		retry = time.Second // busy: a slot frees up soon
	}
	if user.noted {
		l.logger.Debug("request limited again", "platform", req.Platform, "reason", reason)
		e := Errorf(ELIMITEDSILENT, "%s", limitMessage(reason, wait))
		e.RetryAfter = retry
		return e
	}
	user.noted = true
	user.noteSeq = user.seq
	l.logger.Info("request limited", "platform", req.Platform, "reason", reason)
	l.logger.Debug("request limited: who", "platform", req.Platform, "user", req.UserID, "channel", req.ChannelID)
	e := Errorf(ELIMITED, "%s", limitMessage(reason, wait))
	e.RetryAfter = retry
	return e
}

func limitMessage(reason string, wait time.Duration) string {
	secs := int(math.Ceil(wait.Seconds()))
	after := "in a few seconds"
	if secs > 0 {
		after = fmt.Sprintf("in about %d second%s", secs, plural(secs))
		if secs >= 90 {
			m := (secs + 59) / 60
			after = fmt.Sprintf("in about %d minute%s", m, plural(m))
		}
	}
	switch reason {
	case LimitUser:
		return "You're asking faster than I can keep up with. Please try again " + after + "."
	case LimitChannel:
		return "This channel is asking a lot right now. Please try again " + after + "."
	default:
		return "I'm answering a lot of questions right now. Please try again " + after + "."
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// bucket finds or creates the bucket for key and marks it seen; l.mu is held.
func (l *Limiter) bucket(key string, now time.Time, perMinute float64, burst int) *bucket {
	if e, ok := l.keys[key]; ok {
		b := e.Value.(*bucket)
		b.lastSeen = now
		l.order.MoveToFront(e)
		return b
	}
	return l.newBucket(key, now, perMinute, burst)
}

// bucketOf is bucket for a key in bytes (made a string only when new).
func (l *Limiter) bucketOf(key []byte, now time.Time, perMinute float64, burst int) *bucket {
	if e, ok := l.keys[string(key)]; ok {
		b := e.Value.(*bucket)
		b.lastSeen = now
		l.order.MoveToFront(e)
		return b
	}
	return l.newBucket(string(key), now, perMinute, burst)
}

func (l *Limiter) newBucket(key string, now time.Time, perMinute float64, burst int) *bucket {
	for l.order.Len() >= l.cfg.MaxKeys {
		l.remove(l.order.Back())
	}
	b := &bucket{key: key, lim: rate.NewLimiter(rate.Limit(perMinute/60), burst), lastSeen: now}
	l.keys[key] = l.order.PushFront(b)
	return b
}

// sweep forgets buckets idle longer than IdleTTL, oldest first; l.mu is held.
// Each call stops at the first fresh bucket, so it costs O(evicted).
func (l *Limiter) sweep(now time.Time) {
	for e := l.order.Back(); e != nil; e = l.order.Back() {
		if now.Sub(e.Value.(*bucket).lastSeen) < l.cfg.IdleTTL {
			return
		}
		l.remove(e)
	}
}

func (l *Limiter) remove(e *list.Element) {
	delete(l.keys, e.Value.(*bucket).key)
	l.order.Remove(e)
}
