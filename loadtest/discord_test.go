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
	"github.com/careerbot-dev/careerbot/bot/discord"
	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

const (
	dGuild   = "1100000000000000001"
	dChannel = "1200000000000000001"
)

// dPending is one interaction in flight and what came back for it.
type dPending struct {
	in    fakediscord.Interaction
	v     *variant
	start time.Time

	mu       sync.Mutex
	calls    []fakediscord.Call // callbacks and edits, in arrival order
	deferred bool
	end      time.Time
	done     chan struct{}
	finished bool
}

// dEnv is a running Discord adapter on the real engine behind a fake.
type dEnv struct {
	f    *fakediscord.Server
	a    *discord.Adapter
	tb   *testbot.Bot
	vs   []*variant
	stop func() // stops the adapter and waits for its answers in flight

	mu     sync.Mutex
	byTok  map[string]*dPending
	strays []fakediscord.Call
}

func startDiscord(t testing.TB, rec ...*bot.Recorder) *dEnv {
	t.Helper()
	f := fakediscord.New(t, fakediscord.Options{ReplayLimit: 100000})
	tb := testbot.New(t, recording(rec)...) // no rate limit: thousands of requests from a few members
	e := &dEnv{f: f, tb: tb, vs: mix(true), byTok: map[string]*dPending{}}
	oracle(t, tb, e.vs)
	f.SetCallHook(e.onCall)
	off := false
	a, err := discord.New(discord.Config{Token: f.Token(), ApplicationID: f.ApplicationID(), APIURL: f.APIURL,
		GuildIDs: []string{dGuild}, RegisterCommands: &off}, tb.Router, tb.Registry, logger())
	if err != nil {
		t.Fatal(err)
	}
	e.a = a
	if len(rec) > 0 {
		a.SetFeedback(rec[0])
	}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- a.Run(ctx) }()
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
		})
	}
	t.Cleanup(e.stop)
	if err := f.WaitConnections(1, answerWait); err != nil {
		t.Fatal(err)
	}
	return e
}

// onCall routes each REST call of the adapter to its interaction.
func (e *dEnv) onCall(c fakediscord.Call) {
	var tok string
	parts := strings.Split(strings.TrimPrefix(c.Path, "/"), "/")
	switch {
	case len(parts) == 4 && parts[0] == "interactions" && parts[3] == "callback" && c.Method == http.MethodPost:
		tok = parts[2]
	case len(parts) == 5 && parts[0] == "webhooks" && parts[3] == "messages" && parts[4] == "@original":
		tok = parts[2]
	}
	e.mu.Lock()
	p := e.byTok[tok]
	if p == nil {
		e.strays = append(e.strays, c)
	}
	e.mu.Unlock()
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.calls = append(p.calls, c)
	if p.finished {
		return
	}
	final := false
	if strings.HasSuffix(c.Path, "/callback") {
		// discordgo writes "type" first; decode only when it did not.
		var r struct {
			Type int `json:"type"`
		}
		switch {
		case bytes.HasPrefix(c.Body, []byte(`{"type":4,`)):
			r.Type = fakediscord.ResponseMessage
		case bytes.HasPrefix(c.Body, []byte(`{"type":5,`)):
			r.Type = fakediscord.ResponseDeferredMessage
		default:
			_ = json.Unmarshal(c.Body, &r)
		}
		if r.Type == fakediscord.ResponseDeferredMessage {
			p.deferred = true
		} else {
			final = true
		}
	} else if c.Method == http.MethodPatch && p.deferred {
		final = true
	}
	if final {
		p.finished, p.end = true, c.At
		close(p.done)
	}
}

// newInteraction builds request i of the mix (not yet sent).
func (e *dEnv) newInteraction(i int) *dPending {
	v := e.vs[i%len(e.vs)]
	u := fakediscord.User{ID: userID(900000000000000000, i), Username: fmt.Sprintf("member%d", i%997)}
	var in fakediscord.Interaction
	if v.button {
		id, ok := bot.EncodeFollowUp(bot.FollowUp{Command: v.command, Options: v.options})
		if !ok {
			panic("loadtest: follow-up does not encode: " + v.name)
		}
		in = e.f.Button(u, dGuild, dChannel, id, nil)
	} else {
		var opts []fakediscord.Opt
		for k, x := range v.options {
			opts = append(opts, fakediscord.Str(k, x))
		}
		in = e.f.SlashCommand(u, dGuild, dChannel, v.command, opts...)
	}
	p := &dPending{in: in, v: v, done: make(chan struct{})}
	e.mu.Lock()
	e.byTok[in.Token] = p
	e.mu.Unlock()
	return p
}

// send dispatches the interaction over the gateway (INTERACTION_CREATE).
func (e *dEnv) send(p *dPending) error {
	p.start = time.Now()
	return e.f.SendInteraction(p.in)
}

func (p *dPending) wait() (time.Duration, error) {
	select {
	case <-p.done:
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.end.Sub(p.start), nil
	case <-time.After(answerWait):
		return 0, fmt.Errorf("%s: no answer within %v", p.v.name, answerWait)
	}
}

// run sends n interactions, 64 at a time, each waiting for its answer.
func (e *dEnv) run(tb testing.TB, n int) (*latencies, []*dPending) {
	all := make([]*dPending, n)
	for i := range all {
		all[i] = e.newInteraction(i)
	}
	l := pool(tb, n, func(i int) (time.Duration, error) {
		if err := e.send(all[i]); err != nil {
			return 0, err
		}
		return all[i].wait()
	})
	return l, all
}

// verify checks, after the adapter has stopped (so late duplicates would
// have arrived), that each interaction got exactly one answer with its
// facts, and that nothing was answered that was not asked.
func (e *dEnv) verify(t testing.TB, all []*dPending) {
	t.Helper()
	e.stop()
	bad := 0
	fail := func(format string, args ...any) {
		bad++
		if bad <= 20 {
			t.Errorf(format, args...)
		}
	}
	for _, p := range all {
		p.mu.Lock()
		calls := append([]fakediscord.Call(nil), p.calls...)
		p.mu.Unlock()
		var callbacks, edits []fakediscord.Call
		for _, c := range calls {
			if strings.HasSuffix(c.Path, "/callback") {
				callbacks = append(callbacks, c)
			} else {
				edits = append(edits, c)
			}
		}
		if len(callbacks) != 1 {
			fail("%s (%s): %d interaction responses, want exactly 1", p.v.name, p.in.ID, len(callbacks))
			continue
		}
		var r struct {
			Type int             `json:"type"`
			Data json.RawMessage `json:"data"`
		}
		if err := json.Unmarshal(callbacks[0].Body, &r); err != nil || callbacks[0].Status != http.StatusNoContent {
			fail("%s: response %d %s", p.v.name, callbacks[0].Status, callbacks[0].Body)
			continue
		}
		body := r.Data
		switch {
		case r.Type == fakediscord.ResponseMessage && len(edits) == 0:
		case r.Type == fakediscord.ResponseDeferredMessage && len(edits) == 1:
			body = edits[0].Body
		default:
			fail("%s: response type %d with %d edits, want one answer", p.v.name, r.Type, len(edits))
			continue
		}
		if m, err := p.v.missing(body); err != nil || len(m) > 0 {
			fail("%s (%s): answer lacks %q (%v): %s", p.v.name, p.in.ID, m, err, body)
		}
	}
	e.mu.Lock()
	strays := append([]fakediscord.Call(nil), e.strays...)
	e.mu.Unlock()
	for _, c := range strays {
		if strings.HasPrefix(c.Path, "/interactions/") || strings.HasPrefix(c.Path, "/webhooks/") {
			fail("answer to an interaction nobody sent: %s %s", c.Method, c.Path)
		}
	}
	if bad > 20 {
		t.Errorf("... %d problems in all", bad)
	}
}

// TestLoadDiscordInteractions sends thousands of slash commands and
// follow-up button clicks over the fake gateway, 64 in flight at a time,
// and checks every one got exactly one correct answer.
func TestLoadDiscordInteractions(t *testing.T) {
	e := startDiscord(t)
	n := loadN(t, 2000)
	l, all := e.run(t, n)
	e.verify(t, all)
	report(t, "discord interactions", l)
}

// TestSoakDiscordReconnects runs the load while the gateway drops the
// connection again and again. Each time, a few interactions are dispatched
// while the bot is disconnected (the gateway refuses it meanwhile): they
// can only arrive by the RESUME's replay. Every interaction must still be
// answered exactly once.
func TestSoakDiscordReconnects(t *testing.T) {
	e := startDiscord(t)
	n := loadN(t, 2000) / 4
	const drops, witnesses = 3, 4
	var extra []*dPending
	for i := 0; i < drops*witnesses; i++ {
		extra = append(extra, e.newInteraction(n+i))
	}
	// Drop at evenly spread points of the run.
	var answered atomic.Int64
	progress := make(chan struct{}, drops)
	due := func(c int64) bool {
		for d := 1; d <= drops; d++ {
			if c == int64(d*n/(drops+1)) {
				return true
			}
		}
		return false
	}
	chaosDone := make(chan error, 1)
	go func() {
		chaosDone <- func() error {
			for d := 0; d < drops; d++ {
				select {
				case <-progress:
				case <-time.After(runWait):
					return fmt.Errorf("drop %d: the run made no progress", d)
				}
				if err := e.f.WaitConnections(1, answerWait); err != nil {
					return fmt.Errorf("drop %d: %w", d, err)
				}
				e.f.SetGatewayDown(true)
				e.f.DropConnections()
				for _, p := range extra[d*witnesses : (d+1)*witnesses] {
					if err := e.send(p); err != nil {
						e.f.SetGatewayDown(false)
						return fmt.Errorf("dispatch while disconnected: %w", err)
					}
				}
				e.f.SetGatewayDown(false)
			}
			return nil
		}()
	}()
	all := make([]*dPending, n)
	for i := range all {
		all[i] = e.newInteraction(i)
	}
	l := pool(t, n, func(i int) (time.Duration, error) {
		if err := e.send(all[i]); err != nil {
			return 0, err
		}
		d, err := all[i].wait()
		if due(answered.Add(1)) {
			progress <- struct{}{}
		}
		return d, err
	})
	select {
	case err := <-chaosDone:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(runWait):
		t.Fatal("the drops did not finish")
	}
	for _, p := range extra {
		if _, err := p.wait(); err != nil {
			t.Errorf("dispatched while disconnected: %v", err)
		}
	}
	e.verify(t, append(all, extra...))
	resumes, replayed := e.f.Resumes(), e.f.Replayed()
	if resumes < drops {
		t.Errorf("%d RESUMEs after %d drops", resumes, drops)
	}
	if replayed < drops*witnesses {
		t.Errorf("%d dispatches replayed on RESUME, want at least the %d sent while disconnected", replayed, drops*witnesses)
	}
	if ids := e.f.Identifies(); len(ids) != 1 || e.f.InvalidSessions() != 0 {
		t.Errorf("%d IDENTIFYs and %d INVALID_SESSIONs: every reconnect should have resumed", len(ids), e.f.InvalidSessions())
	}
	report(t, fmt.Sprintf("discord soak (%d drops, %d resumes, %d replayed)", drops, resumes, replayed), l)
}

// BenchmarkLoadDiscord64 measures interactions end to end through the fake
// at 64 concurrent requests: b.N interactions, reported as p50-ms, p99-ms
// and req/s. Use -benchtime=5000x for a fixed count.
func BenchmarkLoadDiscord64(b *testing.B) {
	e := startDiscord(b)
	b.ResetTimer()
	l, all := e.run(b, b.N)
	b.StopTimer()
	e.verify(b, all)
	report(b, "discord interactions", l)
}
