package bot

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"log/slog"
	mrand "math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// Channel kinds recorded with each question.
const (
	ChannelDM      = "dm"
	ChannelChannel = "channel"
	ChannelThread  = "thread"
	ChannelWeb     = "web"
	ChannelCLI     = "cli"
)

// ChannelKindOf returns req.ChannelKind, or a guess from the platform and
// ids when the adapter did not say.
func ChannelKindOf(req *Request) string {
	switch {
	case req.ChannelKind != "":
		return req.ChannelKind
	case req.Platform == "http":
		return ChannelWeb
	case req.Platform == "cli":
		return ChannelCLI
	case req.Platform == "slack" && strings.HasPrefix(req.ChannelID, "D"):
		return ChannelDM
	case req.Platform == "discord" && req.GuildID == "":
		return ChannelDM
	}
	return ChannelChannel
}

// QuestionEvent is one answered or refused question as recorded. UserHash is
// a keyed hash: raw user ids never reach the store.
type QuestionEvent struct {
	ID          string // the answer id (feedback refers to it)
	Time        time.Time
	Platform    string
	UserHash    string
	ChannelKind string
	Command     string // registry name; "ask" for free text and /ask
	FreeText    bool   // typed as a question rather than a slash command
	Text        string // "" when question text is not stored
	Career      string
	Section     string
	Answered    bool
	Outcome     string // Outcome(): answered, not_answered, rejected, error
	Latency     time.Duration
}

// Votes on answers.
const (
	VoteUp   = "up"
	VoteDown = "down"
)

// FeedbackReasons are the reasons a 👎 may give, with their labels.
var FeedbackReasons = []struct{ Code, Label string }{
	{"wrong", "Wrong"},
	{"not_asked", "Not what I asked"},
	{"out_of_date", "Out of date"},
	{"other", "Other"},
}

// ReasonLabel returns the label of a reason code ("" if unknown).
func ReasonLabel(code string) string {
	for _, r := range FeedbackReasons {
		if r.Code == code {
			return r.Label
		}
	}
	return ""
}

// normReason accepts a reason code or its label in any case ("Not what I
// asked" → "not_asked"); ok is false for anything else.
func normReason(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	n := NormalizeName(s)
	for _, r := range FeedbackReasons {
		if n == NormalizeName(r.Code) || n == NormalizeName(r.Label) {
			return r.Code, true
		}
	}
	return "", false
}

// Vote is a member's feedback on one answer.
type Vote struct {
	AnswerID string
	Value    string // VoteUp or VoteDown
	Reason   string // a FeedbackReasons code, only with VoteDown
}

// FeedbackEvent is one vote as recorded; a later vote by the same member on
// the same answer replaces it.
type FeedbackEvent struct {
	AnswerID string
	UserHash string
	Platform string
	Time     time.Time
	Vote     string
	Reason   string
}

// Event is one record for the store: exactly one field is set.
type Event struct {
	Question *QuestionEvent
	Feedback *FeedbackEvent

	flushed chan struct{} // Flush's marker: neither field set
}

// EventSink is where recorded events go (package store implements it).
// WriteEvents writes a batch in order; an error loses the batch.
type EventSink interface {
	WriteEvents(ctx context.Context, events []Event) error
	// AnswerExists reports whether an answer id was recorded.
	AnswerExists(ctx context.Context, id string) (bool, error)
}

// FeedbackTaker takes votes on answers: adapters and the HTTP API call it.
// Errors are coded: EINVALID for a bad vote, ENOTFOUND for an unknown
// answer, ELIMITED when rate limited.
type FeedbackTaker interface {
	Feedback(ctx context.Context, req *Request, v Vote) error
}

// RecorderOptions configure a Recorder.
type RecorderOptions struct {
	Sink EventSink
	// Key is the HMAC key for user ids (required).
	Key []byte
	// QuestionText stores the question text (false: only its metadata).
	QuestionText bool
	// QueueSize bounds events waiting to be written (default 8192); more
	// are dropped and counted.
	QueueSize int
	// BatchSize is the most events written at once (default 512).
	BatchSize int
	// FlushEvery is the longest an event waits for its batch (default 250ms).
	FlushEvery time.Duration
	// WriteTimeout bounds one batch write (default 10s).
	WriteTimeout time.Duration
	// RecentAnswers is how many answer ids are remembered in memory, so that
	// feedback on them needs no store look-up (default 100000).
	RecentAnswers int
	Logger        *slog.Logger
	// OnDrop is called with the number of events lost (queue full or a
	// failed write); for metrics. May be nil.
	OnDrop func(n int)
	// LogEvery is the least time between two "records lost" log lines
	// (default 1m).
	LogEvery time.Duration
}

// Recorder records questions and feedback without ever making an answer
// wait: events go into a bounded queue that one goroutine (Run) writes in
// batches. When the store is slow, full or broken, events are dropped,
// counted and logged at most once per LogEvery.
type Recorder struct {
	o     RecorderOptions
	queue chan Event
	kick  chan struct{} // a full batch or a Flush is waiting
	log   *slog.Logger

	// The last RecentAnswers answer ids handed out, oldest first from
	// ringPos once the ring is full. newID never lets an id's millisecond
	// go back (a clock stepped back keeps the last one until it catches
	// up), so the ring is in order of time: a feedback's id is found by
	// binary search, and a new id need only differ from the ids of its own
	// millisecond (msLows). A map of 100,000 ids that lost its oldest for
	// each new one was half of the middleware's time
	// (BenchmarkRecorderMiddleware: tombstones, long probes, cache misses).
	mu      sync.Mutex
	ring    []rawID             // no pointers: the GC does not scan it
	ringPos int                 // the next slot
	ringLen int                 // slots filled
	lastMS  uint64              // the millisecond of the newest id
	msLows  map[uint64]struct{} // the random bits of lastMS's ids
	rng     *mrand.ChaCha8      // a CSPRNG seeded from crypto/rand: a few ns a draw, not a system call

	hashers sync.Pool // of HMAC-SHA256 under Key: one per answer is garbage

	hashMu sync.Mutex
	hashes map[member]string // keyed hashes of recent askers (memory only)

	dropped  atomic.Int64 // since the last log line
	lastLog  atomic.Int64 // unix nanos
	written  atomic.Int64
	lostEver atomic.Int64
}

// NewRecorder returns a Recorder; start its writer with Run.
func NewRecorder(o RecorderOptions) *Recorder {
	if o.QueueSize <= 0 {
		o.QueueSize = 8192
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 512
	}
	if o.FlushEvery <= 0 {
		o.FlushEvery = 250 * time.Millisecond
	}
	if o.WriteTimeout <= 0 {
		o.WriteTimeout = 10 * time.Second
	}
	if o.RecentAnswers <= 0 {
		o.RecentAnswers = 100000
	}
	if o.LogEvery <= 0 {
		o.LogEvery = time.Minute
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	r := &Recorder{o: o, queue: make(chan Event, o.QueueSize), kick: make(chan struct{}, 1), log: o.Logger,
		ring: make([]rawID, o.RecentAnswers), msLows: make(map[uint64]struct{}), hashes: make(map[member]string)}
	var seed [32]byte
	rand.Read(seed[:])
	r.rng = mrand.NewChaCha8(seed)
	r.hashers.New = func() any { return hmac.New(sha256.New, o.Key) }
	return r
}

// member is a platform and user id.
type member struct{ platform, id string }

// hashCacheSize bounds the keyed hashes kept in memory: the members who
// asked most recently (most questions come from members who asked before).
const hashCacheSize = 4096

// hashUser is HashUser, remembered for recent askers (an HMAC costs more
// than the rest of recording an answer), with a pooled HMAC.
func (r *Recorder) hashUser(platform, userID string) string {
	k := member{platform, userID}
	r.hashMu.Lock()
	sum, ok := r.hashes[k]
	r.hashMu.Unlock()
	if ok {
		return sum
	}
	sum = r.computeHash(platform, userID)
	r.hashMu.Lock()
	if len(r.hashes) >= hashCacheSize {
		clear(r.hashes) // simpler than LRU, and cheap: a refill is 4096 misses
	}
	r.hashes[member{strings.Clone(platform), strings.Clone(userID)}] = sum // not pinning a request's buffers
	r.hashMu.Unlock()
	return sum
}

func (r *Recorder) computeHash(platform, userID string) string {
	h := r.hashers.Get().(hash.Hash)
	h.Reset()
	h.Write([]byte(platform))
	h.Write([]byte{':'})
	h.Write([]byte(userID))
	var sum [sha256.Size]byte
	var out [32]byte
	hex.Encode(out[:], h.Sum(sum[:0])[:16])
	r.hashers.Put(h)
	return string(out[:])
}

// HashUser returns the keyed hash recorded for a member: HMAC-SHA256 of
// "platform:id" under the store's key, hex, first 32 characters.
func HashUser(key []byte, platform, userID string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(platform + ":" + userID))
	return hex.EncodeToString(m.Sum(nil))[:32]
}

// idEncoding is base32 with its alphabet in ASCII order, so that ids sort
// as the numbers they encode.
var idEncoding = base32.NewEncoding(idAlphabet).WithPadding(base32.NoPadding)

const idAlphabet = "234567abcdefghijklmnopqrstuvwxyz"

// NewAnswerID returns an answer id: 16 characters of [a-z2-7] encoding 80
// bits, the time in milliseconds (44 bits, until the year 2527) then 36
// random bits. Ids made close in time share their first characters, so the
// store inserts a batch of them into a few neighbouring pages of its index
// instead of hundreds of random ones. 36 random bits a millisecond keep
// them unguessable; the Recorder never hands out the same id twice, and
// two processes collide (one record kept of two) about once in four years
// of both answering 1,000 questions a second.
func NewAnswerID() string { return newRawID(time.Now()).String() }

func newRawID(now time.Time) rawID { return makeRawID(idMS(now), randomLow()) }

// idMS is the millisecond an id made at now starts with.
func idMS(now time.Time) uint64 { return uint64(now.UnixMilli()) & (1<<44 - 1) }

// randomLow is an id's 36 random bits.
func randomLow() uint64 {
	var r [8]byte
	rand.Read(r[:])
	return binary.BigEndian.Uint64(r[:]) >> 28
}

func makeRawID(ms, low uint64) rawID {
	var id rawID // ms<<36 | low, big-endian
	binary.BigEndian.PutUint16(id[:2], uint16(ms>>28))
	binary.BigEndian.PutUint64(id[2:], ms<<36|low)
	return id
}

// ms is the millisecond id starts with.
func (id rawID) ms() uint64 {
	return uint64(binary.BigEndian.Uint16(id[:2]))<<28 | binary.BigEndian.Uint64(id[2:])>>36
}

func (id rawID) String() string { return idEncoding.EncodeToString(id[:]) }

// ValidAnswerID reports whether s looks like an id from NewAnswerID.
func ValidAnswerID(s string) bool {
	if len(s) != 16 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '2' && r <= '7') {
			return false
		}
	}
	return true
}

// Written returns how many events were written so far.
func (r *Recorder) Written() int64 { return r.written.Load() }

// Lost returns how many events were dropped so far.
func (r *Recorder) Lost() int64 { return r.lostEver.Load() }

// Middleware records every answered or refused question (not rate-limit
// refusals, not autocomplete lookups run through the router) and gives the
// answer an ID for feedback. It never blocks.
func (r *Recorder) Middleware() Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, req *Request) (*Answer, error) {
			start := time.Now()
			a, err := next(ctx, req)
			if req.Command == CommandAutocomplete || IsLimited(ErrorCode(err)) || (a != nil && IsLimited(a.Code)) {
				return a, err // not a question (or refused before being read)
			}
			// The event, the answer's copy and the id's text in one
			// allocation (three before): the copy lives as long as the
			// reply, the event until its batch is written.
			end := time.Now() // the answer's latency, and its id's time
			rec := &recorded{}
			id := rec.setID(r.newRawID(end))
			ev := &rec.ev
			*ev = QuestionEvent{ID: id, Time: start, Platform: req.Platform,
				UserHash: r.hashUser(req.Platform, req.UserID), ChannelKind: ChannelKindOf(req),
				Command: commandName(req), Outcome: Outcome(a, err), Latency: end.Sub(start)}
			ev.FreeText = req.Command == "" || (req.Command == "ask" && !strings.HasPrefix(strings.TrimSpace(req.Text), "/"))
			if r.o.QuestionText {
				ev.Text = questionText(req)
			}
			if a != nil {
				ev.Answered = a.Answered
				ev.Career = a.Career
				if a.Source != nil {
					ev.Section = a.Source.Section
					if ev.Career == "" {
						ev.Career = a.Source.Guide
					}
				}
				rec.answer = *a // answers may be shared (cached): never write to one
				rec.answer.ID = id
				a = &rec.answer
				req.own = a // this request's alone: Router.Handle need not copy it
			}
			r.enqueue(Event{Question: ev})
			return a, err
		}
	}
}

// questionText is what the member typed: the free-text question, or the
// command line.
func questionText(req *Request) string {
	if q := req.Option("question"); q != "" && (req.Command == "ask" || req.Command == "") {
		return q
	}
	if t := strings.TrimSpace(req.Text); t != "" {
		return t
	}
	return FollowUp{Command: commandName(req), Options: req.Options}.Line()
}

// rawID is an answer id's 10 random bytes.
type rawID [10]byte

func parseID(id string) (rawID, bool) {
	var raw rawID
	if !ValidAnswerID(id) {
		return raw, false
	}
	n, err := idEncoding.Decode(raw[:], []byte(id))
	return raw, err == nil && n == len(raw)
}

// recorded is what the middleware makes for one recorded question: its
// event, its answer's copy (with the id) and the id's characters, which
// the event's and the answer's ID strings point into.
type recorded struct {
	ev     QuestionEvent
	answer Answer
	id     [idLen]byte
}

// idLen is the length of an answer id: 10 bytes in base32.
const idLen = 16

// setID writes raw's text into rec and returns it as a string sharing
// rec's memory: rawID.String without allocating, and without the general
// encoder (each 5 bytes, 40 bits, are 8 characters of 5 bits, high first).
func (rec *recorded) setID(raw rawID) string {
	for half := 0; half < 2; half++ {
		b := raw[5*half : 5*half+5]
		v := uint64(b[0])<<32 | uint64(b[1])<<24 | uint64(b[2])<<16 | uint64(b[3])<<8 | uint64(b[4])
		for i := 8*half + 7; i >= 8*half; i-- {
			rec.id[i] = idAlphabet[v&31]
			v >>= 5
		}
	}
	return unsafe.String(&rec.id[0], idLen)
}

// newID returns a new answer id and remembers it as recent. It never hands
// out the same id twice: ids of one millisecond are told apart by their
// random bits, and the millisecond never goes back.
func (r *Recorder) newID() string { return r.newRawID(time.Now()).String() }

// newRawID is newID before its encoding, made at now.
func (r *Recorder) newRawID(now time.Time) rawID {
	r.mu.Lock()
	for {
		low := r.rng.Uint64() >> 28 // 36 random bits
		ms := max(idMS(now), r.lastMS)
		if ms != r.lastMS {
			clear(r.msLows)
			r.lastMS = ms
		}
		n := len(r.msLows)
		if r.msLows[low] = struct{}{}; len(r.msLows) == n { // drawn before: draw again
			continue
		}
		raw := makeRawID(ms, low)
		r.ring[r.ringPos] = raw
		r.ringPos = (r.ringPos + 1) % len(r.ring)
		r.ringLen = min(r.ringLen+1, len(r.ring))
		r.mu.Unlock()
		return raw
	}
}

// at returns the k-th oldest id in the ring (under mu).
func (r *Recorder) at(k int) rawID {
	return r.ring[(r.ringPos-r.ringLen+k+len(r.ring))%len(r.ring)]
}

func (r *Recorder) isRecent(id string) bool {
	raw, ok := parseID(id)
	if !ok {
		return false
	}
	ms := raw.ms()
	r.mu.Lock()
	defer r.mu.Unlock()
	// the first id of that millisecond or later, then that millisecond's ids
	lo, hi := 0, r.ringLen
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if r.at(m).ms() < ms {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for ; lo < r.ringLen && r.at(lo).ms() == ms; lo++ {
		if r.at(lo) == raw {
			return true
		}
	}
	return false
}

// Feedback records a vote. It checks the vote and that the answer exists
// (in memory for recent answers, else in the store, waiting at most 2 s).
func (r *Recorder) Feedback(ctx context.Context, req *Request, v Vote) error {
	v.Value = strings.ToLower(strings.TrimSpace(v.Value))
	if v.Value != VoteUp && v.Value != VoteDown {
		return Errorf(EINVALID, "vote must be \"up\" or \"down\".")
	}
	reason, ok := normReason(v.Reason)
	if !ok {
		return Errorf(EINVALID, "reason must be one of: wrong, not what I asked, out of date, other.")
	}
	if v.Value == VoteUp {
		reason = ""
	}
	if !ValidAnswerID(v.AnswerID) {
		return Errorf(ENOTFOUND, "There is no answer with that id.")
	}
	if !r.isRecent(v.AnswerID) {
		lctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		found, err := r.o.Sink.AnswerExists(lctx, v.AnswerID)
		cancel()
		if err != nil {
			return err
		}
		if !found {
			return Errorf(ENOTFOUND, "There is no answer with that id.")
		}
	}
	r.enqueue(Event{Feedback: &FeedbackEvent{AnswerID: v.AnswerID, UserHash: r.hashUser(req.Platform, req.UserID),
		Platform: req.Platform, Time: time.Now(), Vote: v.Value, Reason: reason}})
	return nil
}

func (r *Recorder) enqueue(ev Event) {
	select {
	case r.queue <- ev:
		if len(r.queue) >= r.o.BatchSize {
			r.wake()
		}
	default:
		r.lose(1, "the store's queue is full (the store is slow or down)", nil)
	}
}

// wake tells the writer to drain the queue now.
func (r *Recorder) wake() {
	select {
	case r.kick <- struct{}{}:
	default: // already told
	}
}

func (r *Recorder) lose(n int, why string, err error) {
	r.lostEver.Add(int64(n))
	if r.o.OnDrop != nil {
		r.o.OnDrop(n)
	}
	total := r.dropped.Add(int64(n))
	now := time.Now().UnixNano()
	last := r.lastLog.Load()
	if now-last < int64(r.o.LogEvery) || !r.lastLog.CompareAndSwap(last, now) {
		return
	}
	r.dropped.Add(-total)
	attrs := []any{"lost", total, "reason", why}
	if err != nil {
		attrs = append(attrs, "err", err)
	}
	r.log.Warn("store: records lost; answers are not affected", attrs...)
}

// Run writes queued events until ctx ends, then writes what is still queued
// (bounded by WriteTimeout) and returns.
func (r *Recorder) Run(ctx context.Context) {
	tick := time.NewTicker(r.o.FlushEvery)
	defer tick.Stop()
	batch := make([]Event, 0, r.o.BatchSize)
	flush := func(wctx context.Context) {
		if len(batch) == 0 {
			return
		}
		wctx, cancel := context.WithTimeout(wctx, r.o.WriteTimeout)
		err := r.o.Sink.WriteEvents(wctx, batch)
		cancel()
		if err != nil {
			r.lose(len(batch), "writing to the store failed", err)
		} else {
			r.written.Add(int64(len(batch)))
		}
		batch = batch[:0]
	}
	add := func(wctx context.Context, ev Event) {
		if ev.flushed != nil {
			flush(wctx)
			close(ev.flushed)
			return
		}
		batch = append(batch, ev)
		if len(batch) >= r.o.BatchSize {
			flush(wctx)
		}
	}
	// The writer does not wake for each event (that would cost a goroutine
	// switch per answer): it sleeps until the tick, a full batch's kick or
	// a Flush, then takes everything queued.
	drain := func(wctx context.Context) {
		for {
			select {
			case ev := <-r.queue:
				add(wctx, ev)
			default:
				return
			}
		}
	}
	for {
		select {
		case <-tick.C:
		case <-r.kick:
		case <-ctx.Done():
			drain(context.WithoutCancel(ctx))
			flush(context.WithoutCancel(ctx))
			return
		}
		drain(ctx)
		flush(ctx)
	}
}

// Flush waits until every event queued before the call was handed to the
// store (or dropped), or ctx ends. Run must be running. For tests, reports
// and shutdown.
func (r *Recorder) Flush(ctx context.Context) error {
	done := make(chan struct{})
	select {
	case r.queue <- Event{flushed: done}:
		r.wake()
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// FeedbackThrough runs votes through middleware (rate limits), as if each
// were a request with command "feedback".
func FeedbackThrough(ft FeedbackTaker, mw ...Middleware) FeedbackTaker {
	var h Handler = func(ctx context.Context, req *Request) (*Answer, error) {
		v, _ := ctx.Value(voteKey{}).(Vote)
		if err := ft.Feedback(ctx, req, v); err != nil {
			return nil, err
		}
		return &Answer{Answered: true}, nil
	}
	for i := len(mw) - 1; i >= 0; i-- {
		h = mw[i](h)
	}
	return feedbackChain{h}
}

type voteKey struct{}

type feedbackChain struct{ h Handler }

func (f feedbackChain) Feedback(ctx context.Context, req *Request, v Vote) error {
	r := *req
	r.Command = "feedback"
	_, err := f.h(context.WithValue(ctx, voteKey{}, v), &r)
	return err
}
