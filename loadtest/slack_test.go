package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/slack"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

const sChannel = "C0LOAD"

// sPending is one slash command or mention in flight and what came back.
type sPending struct {
	v       *variant
	mention bool
	payload any      // what is sent in the envelope
	envID   string   // envelope id of the first delivery
	dupIDs  []string // first envelope ids of deliveries the soak sent again (guarded by sEnv.mu)
	respURL string   // slash commands: their response_url
	ts      string   // mentions: the message ts (answers go to its thread)
	eventID string
	start   time.Time

	mu       sync.Mutex
	acks     []fakeslack.Ack          // acks of its envelopes
	posts    []fakeslack.ResponsePost // response_url posts
	replies  []fakeslack.Call         // chat.postMessage in its thread
	end      time.Time
	done     chan struct{}
	finished bool
}

func (p *sPending) finish(at time.Time) {
	if !p.finished {
		p.finished, p.end = true, at
		close(p.done)
	}
}

func (p *sPending) wait() (time.Duration, error) {
	select {
	case <-p.done:
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.end.Sub(p.start), nil
	case <-time.After(answerWait):
		return 0, fmt.Errorf("%s: no answer within %v", p.v.name, answerWait)
	}
}

// sEnv is a running Slack adapter (Socket Mode) on the real engine behind
// a fake.
type sEnv struct {
	f        *fakeslack.Server
	tb       *testbot.Bot
	slash    []*variant
	mentions []*variant
	stop     func() // stops the adapter (answers in flight finish) and the follower

	mu      sync.Mutex
	byEnv   map[string]*sPending
	byURL   map[string]*sPending
	byTS    map[string]*sPending
	strays  []string
	stopped chan struct{}
}

// slackOracle fills in the facts of mentions: their lines are parsed as
// the adapter parses them.
func slackOracle(t testing.TB, tb *testbot.Bot, vs []*variant) {
	t.Helper()
	for _, v := range vs {
		req, err := bot.ParseLine(tb.Registry, v.line)
		if err != nil {
			t.Fatalf("oracle: %q does not parse: %v", v.line, err)
		}
		v.command, v.options = req.Command, req.Options
	}
	oracle(t, tb, vs)
}

func startSlack(t testing.TB, rec ...*bot.Recorder) *sEnv {
	t.Helper()
	return startSlackButtons(t, true, rec...)
}

// startSlackButtons is startSlack; with buttons false a recorder records
// but answers carry no 👍/👎 buttons (to tell their cost from recording's).
func startSlackButtons(t testing.TB, buttons bool, rec ...*bot.Recorder) *sEnv {
	t.Helper()
	f := fakeslack.New(t, fakeslack.Options{})
	tb := testbot.New(t, recording(rec)...) // no rate limit: thousands of requests from a few members
	e := &sEnv{f: f, tb: tb, slash: mix(false), byEnv: map[string]*sPending{}, byURL: map[string]*sPending{},
		byTS: map[string]*sPending{}, stopped: make(chan struct{})}
	e.mentions = []*variant{
		{name: "ask certs", line: "what certifications help?"},
		{name: "salary CA", line: "/salary CA"},
		{name: "mention salary NY", line: "/salary NY"},
		{name: "mention outlook", line: "/outlook"},
	}
	oracle(t, tb, e.slash) // the adapter turns "/career <question>" into /ask
	slackOracle(t, tb, e.mentions)
	a, err := slack.New(slack.Config{BotToken: f.BotToken, AppToken: f.AppToken, APIURL: f.APIURL(),
		MaxConcurrent: concurrency}, tb.Router, tb.Registry, logger())
	if err != nil {
		t.Fatal(err)
	}
	if len(rec) > 0 && buttons {
		a.SetFeedback(rec[0])
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- a.Run(ctx) }()
	followed := make(chan struct{})
	go e.follow(followed)
	var once sync.Once
	e.stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-errc:
				if err != nil {
					t.Errorf("Run: %v", err)
				}
			case <-time.After(time.Minute):
				t.Errorf("Run did not return within a minute of cancel")
			}
			close(e.stopped)
			<-followed
		})
	}
	t.Cleanup(e.stop)
	f.WaitConnections(t, 1, answerWait)
	deadline := time.After(answerWait)
	for !a.Ready() {
		select {
		case <-f.Changed():
		case <-deadline:
			t.Fatal("the Slack adapter never got ready")
		case <-time.After(50 * time.Millisecond):
		}
	}
	return e
}

// follow routes what the fake records (acks, response_url posts, thread
// replies) to the requests they answer, until the env stops (then it
// catches up once more).
func (e *sEnv) follow(done chan struct{}) {
	defer close(done)
	var ai, pi, ci int
	for {
		changed := e.f.Changed()
		acks := e.f.AcksFrom(ai)
		posts := e.f.ResponsePostsFrom(pi)
		calls := e.f.CallsFrom(ci)
		ai, pi, ci = ai+len(acks), pi+len(posts), ci+len(calls)
		for _, a := range acks {
			e.mu.Lock()
			p := e.byEnv[a.EnvelopeID]
			if p == nil {
				e.strays = append(e.strays, "ack of unknown envelope "+a.EnvelopeID)
			}
			e.mu.Unlock()
			if p == nil {
				continue
			}
			p.mu.Lock()
			p.acks = append(p.acks, a)
			if !p.mention && hasPayload(a.Payload) {
				p.finish(a.At)
			}
			p.mu.Unlock()
		}
		for _, rp := range posts {
			e.mu.Lock()
			p := e.byURL[rp.URL]
			if p == nil {
				e.strays = append(e.strays, "post to unknown response_url "+rp.URL)
			}
			e.mu.Unlock()
			if p == nil {
				continue
			}
			p.mu.Lock()
			p.posts = append(p.posts, rp)
			if rp.Status == http.StatusOK {
				p.finish(rp.At)
			}
			p.mu.Unlock()
		}
		for _, c := range calls {
			switch c.Method {
			case "chat.postMessage", "chat.postEphemeral":
			default:
				continue
			}
			e.mu.Lock()
			p := e.byTS[c.Param("thread_ts")]
			if p == nil {
				e.strays = append(e.strays, fmt.Sprintf("%s outside any asked thread: %v", c.Method, c.Form))
			}
			e.mu.Unlock()
			if p == nil {
				continue
			}
			p.mu.Lock()
			p.replies = append(p.replies, c)
			if c.Error == "" {
				p.finish(c.At)
			}
			p.mu.Unlock()
		}
		select {
		case <-changed:
		case <-e.stopped:
			if len(acks)+len(posts)+len(calls) == 0 {
				return
			}
		}
	}
}

func hasPayload(raw json.RawMessage) bool {
	s := bytes.TrimSpace(raw) // no copy: payloads are whole answers
	return len(s) > 0 && string(s) != "null" && string(s) != "{}"
}

// newSlash builds slash command i of the mix (not yet sent).
func (e *sEnv) newSlash(i int) *sPending {
	v := e.slash[i%len(e.slash)]
	cmd, text, _ := strings.Cut(v.line, " ")
	pl := e.f.SlashCommand("U"+userID(1000000, i), sChannel, cmd, text)
	p := &sPending{v: v, payload: pl, respURL: pl["response_url"], done: make(chan struct{})}
	e.mu.Lock()
	e.byURL[p.respURL] = p
	e.mu.Unlock()
	return p
}

// newMention builds mention i (not yet sent): "@careerbot <line>".
func (e *sEnv) newMention(i int) *sPending {
	v := e.mentions[i%len(e.mentions)]
	ts := fmt.Sprintf("1700000000.%06d", i)
	eventID := fmt.Sprintf("Ev%08d", i)
	ev := e.f.AppMention("U"+userID(2000000, i), sChannel, ts, "", "<@"+e.f.BotUserID+"> "+v.line)
	p := &sPending{v: v, mention: true, ts: ts, eventID: eventID,
		payload: e.f.EventCallback(eventID, ev), done: make(chan struct{})}
	e.mu.Lock()
	e.byTS[ts] = p
	e.mu.Unlock()
	return p
}

// send delivers the request as a Socket Mode envelope.
func (e *sEnv) send(p *sPending) {
	kind := fakeslack.SlashCommands
	if p.mention {
		kind = fakeslack.EventsAPI
	}
	// Register the envelope before the adapter can ack it: the id is the
	// fake's next one, so hold the routing lock across Send.
	e.mu.Lock()
	p.start = time.Now()
	p.envID = e.f.Send(kind, p.payload)
	e.byEnv[p.envID] = p
	e.mu.Unlock()
}

// run sends n requests built by mk, 64 at a time, each waiting for its answer.
func (e *sEnv) run(tb testing.TB, n int, mk func(i int) *sPending, after func()) (*latencies, []*sPending) {
	all := make([]*sPending, n)
	for i := range all {
		all[i] = mk(i)
	}
	l := pool(tb, n, func(i int) (time.Duration, error) {
		e.send(all[i])
		d, err := all[i].wait()
		if after != nil {
			after()
		}
		return d, err
	})
	return l, all
}

// waitSlash waits for a slash command's answer during a soak; it gives up
// (errNoLatency) once the connection the command was delivered on has been
// gone for a while without an answer: Slack would not redeliver it. Whether
// it was answered is judged after the run.
func (e *sEnv) waitSlash(p *sPending) (time.Duration, error) {
	deadline := time.After(answerWait)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	var deadSince time.Time
	for {
		select {
		case <-p.done:
			p.mu.Lock()
			defer p.mu.Unlock()
			return p.end.Sub(p.start), nil
		case <-deadline:
			return 0, errNoLatency
		case <-tick.C:
			d, _ := e.f.DeliveryOf(p.envID)
			opened, _ := e.f.Connections()
			switch {
			case d.Conn == 0 || d.Conn >= opened:
				deadSince = time.Time{}
			case deadSince.IsZero():
				deadSince = time.Now()
			case time.Since(deadSince) > 3*time.Second:
				return 0, errNoLatency
			}
		}
	}
}

// answers returns the one answer a request got and how many it got.
func (p *sPending) answers() (bodies [][]byte) {
	for _, a := range p.acks {
		if hasPayload(a.Payload) {
			bodies = append(bodies, a.Payload)
		}
	}
	for _, rp := range p.posts {
		if rp.Status == http.StatusOK {
			bodies = append(bodies, rp.Body)
		}
	}
	for _, c := range p.replies {
		if c.Error == "" {
			b, _ := json.Marshal(map[string]string{"text": c.Param("text"), "blocks": c.Param("blocks")})
			bodies = append(bodies, b)
		}
	}
	return bodies
}

// verify checks, after the adapter has stopped, that every request got
// exactly one answer with its facts (at most one for slash commands when
// atMostOnce says so: then it returns those that got none) and that
// nothing answered what nobody asked.
func (e *sEnv) verify(t testing.TB, all []*sPending, atMostOnce bool) (unanswered []*sPending) {
	t.Helper()
	e.stop()
	// Envelope ids of redeliveries route to their request too; the
	// follower only knew first deliveries, so re-sort the strays.
	e.mu.Lock()
	for _, p := range all {
		for _, first := range append([]string{p.envID}, p.dupIDs...) {
			for _, id := range e.f.EnvelopeIDs(first) {
				e.byEnv[id] = p
			}
		}
	}
	var strays []string
	for _, s := range e.strays {
		id, ok := strings.CutPrefix(s, "ack of unknown envelope ")
		if ok && e.byEnv[id] != nil {
			continue
		}
		strays = append(strays, s)
	}
	e.mu.Unlock()
	bad := 0
	fail := func(format string, args ...any) {
		bad++
		if bad <= 20 {
			t.Errorf(format, args...)
		}
	}
	for _, s := range strays {
		fail("%s", s)
	}
	for _, p := range all {
		p.mu.Lock()
		bodies := p.answers()
		acks := len(p.acks)
		p.mu.Unlock()
		what := fmt.Sprintf("%s (envelope %s)", p.v.name, p.envID)
		if !p.mention && acks > 1 {
			fail("%s: %d acks of one slash command", what, acks)
		}
		switch {
		case len(bodies) == 0 && atMostOnce && !p.mention:
			unanswered = append(unanswered, p)
			continue
		case len(bodies) != 1:
			fail("%s: %d answers, want exactly 1", what, len(bodies))
			continue
		}
		if m, err := p.v.missing(bodies[0]); err != nil || len(m) > 0 {
			fail("%s: answer lacks %q (%v): %s", what, m, err, bodies[0])
		}
	}
	if bad > 20 {
		t.Errorf("... %d problems in all", bad)
	}
	return unanswered
}

// TestLoadSlackSlashCommands sends thousands of slash commands as Socket
// Mode envelopes, 64 in flight at a time, and checks every one got exactly
// one correct answer (in its ack, or through response_url when slow).
func TestLoadSlackSlashCommands(t *testing.T) {
	e := startSlack(t)
	n := loadN(t, 2000)
	l, all := e.run(t, n, e.newSlash, nil)
	e.verify(t, all, false)
	report(t, "slack slash commands", l)
}

// TestSoakSlackReconnects runs mentions (events_api) and slash commands
// while the Socket Mode server drops the connection again and again, and
// delivers some events a second time as Slack does when an ack is lost.
// Every mention must be answered exactly once. Slash commands are not
// redelivered by Slack: each is answered at most once, and every one
// delivered on a connection that stayed up is answered.
func TestSoakSlackReconnects(t *testing.T) {
	e := startSlack(t)
	n := loadN(t, 2000) / 4 // mentions, and as many slash commands
	const drops, dups = 3, 8
	var answered atomic.Int64
	progress := make(chan struct{}, drops)
	after := func() {
		c := answered.Add(1)
		for d := 1; d <= drops; d++ {
			if c == int64(d*2*n/(drops+1)) {
				progress <- struct{}{}
			}
		}
	}
	// Half mentions, half slash commands, interleaved.
	mk := func(i int) *sPending {
		if i%2 == 0 {
			return e.newMention(i)
		}
		return e.newSlash(i)
	}
	var sentMu sync.Mutex
	var sentMentions []*sPending
	redelivered := 0
	chaosDone := make(chan error, 1)
	go func() {
		chaosDone <- func() error {
			for d := 0; d < drops; d++ {
				select {
				case <-progress:
				case <-time.After(runWait):
					return fmt.Errorf("drop %d: the run made no progress", d)
				}
				e.f.DropConnections()
				// Slack delivers an event again when it missed the ack:
				// the adapter must not answer it twice.
				sentMu.Lock()
				ms := append([]*sPending(nil), sentMentions...)
				sentMu.Unlock()
				for k := 0; k < dups && k < len(ms); k++ {
					p := ms[(k*7919+d*31)%len(ms)]
					e.mu.Lock()
					id := e.f.SendRetry(fakeslack.EventsAPI, p.payload, 1, "timeout")
					e.byEnv[id] = p
					p.dupIDs = append(p.dupIDs, id)
					e.mu.Unlock()
					redelivered++
				}
			}
			return nil
		}()
	}()
	all := make([]*sPending, 2*n)
	for i := range all {
		all[i] = mk(i)
	}
	l := pool(t, 2*n, func(i int) (time.Duration, error) {
		p := all[i]
		e.send(p)
		if p.mention {
			sentMu.Lock()
			sentMentions = append(sentMentions, p)
			sentMu.Unlock()
		}
		defer after()
		if p.mention {
			return p.wait()
		}
		return e.waitSlash(p)
	})
	select {
	case err := <-chaosDone:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(runWait):
		t.Fatal("the drops did not finish")
	}
	// The last drop may come when every remaining request is already in
	// flight, so the run can end while the adapter is still backing off
	// before it reconnects: wait for the reconnect rather than read the
	// count at once.
	opened, _ := e.f.Connections()
	for wait := time.After(runWait); opened < drops+1; opened, _ = e.f.Connections() {
		select {
		case <-wait:
			t.Fatalf("%d connections after %d drops: the adapter did not reconnect within %v", opened, drops, runWait)
		case <-time.After(20 * time.Millisecond):
		}
	}
	lost := e.verify(t, all, true)
	for _, p := range lost {
		d, ok := e.f.DeliveryOf(p.envID)
		if !ok || d.Conn == 0 || d.Conn >= opened {
			t.Errorf("slash command %s (%s) was never answered, though its connection (%d of %d) stayed up",
				p.v.name, p.envID, d.Conn, opened)
		}
	}
	if len(lost) > drops*concurrency {
		t.Errorf("%d slash commands lost in %d drops: more than were in flight", len(lost), drops*concurrency)
	}
	retries := 0
	for _, p := range all {
		if p.mention {
			retries += len(e.f.EnvelopeIDs(p.envID)) - 1
		}
	}
	report(t, fmt.Sprintf("slack soak (%d drops, %d connections, %d events redelivered by the fake, %d sent twice, %d slash commands lost with their connection)",
		drops, opened, retries, redelivered, len(lost)), l)
}

// BenchmarkLoadSlack64 measures slash commands end to end through the fake
// at 64 concurrent requests: b.N commands, reported as p50-ms, p99-ms and
// req/s. Use -benchtime=5000x for a fixed count.
func BenchmarkLoadSlack64(b *testing.B) {
	e := startSlack(b)
	b.ResetTimer()
	l, all := e.run(b, b.N, e.newSlash, nil)
	b.StopTimer()
	e.verify(b, all, false)
	report(b, "slack slash commands", l)
}
