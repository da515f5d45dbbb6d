package bot

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

func TestPlaceConversation(t *testing.T) {
	cases := []struct {
		name string
		p    Place
		key  string
		ttl  time.Duration
		kind string
	}{
		{"slack thread", Place{Platform: "slack", Team: "T1", Channel: "C1", User: "U1", Thread: "1700000000.000100"},
			"slack:T1:C1:1700000000.000100", 0, ChannelThread},
		{"slack dm", Place{Platform: "slack", Team: "T1", Channel: "D1", User: "U1", DM: true, Thread: "1700000000.000100"},
			"slack:T1:dm:D1", 0, ChannelDM},
		{"slack channel", Place{Platform: "slack", Team: "T1", Channel: "C1", User: "U1"},
			"slack:T1:C1:U1", DefaultChannelConversationTTL, ChannelChannel},
		{"discord thread", Place{Platform: "discord", Team: "G1", Channel: "TH1", User: "U1", IsThread: true},
			"discord:G1:TH1", 0, ChannelThread},
		{"discord dm", Place{Platform: "discord", Channel: "DM1", User: "U1", DM: true},
			"discord:dm:DM1", 0, ChannelDM},
		{"discord channel, own ttl", Place{Platform: "discord", Team: "G1", Channel: "C1", User: "U2", ChannelTTL: time.Minute},
			"discord:G1:C1:U2", time.Minute, ChannelChannel},
	}
	for _, c := range cases {
		key, ttl, kind := c.p.Conversation()
		if key != c.key || ttl != c.ttl || kind != c.kind {
			t.Errorf("%s: got %q %v %q, want %q %v %q", c.name, key, ttl, kind, c.key, c.ttl, c.kind)
		}
	}
	a, _, _ := Place{Platform: "slack", Team: "T1", Channel: "C1", User: "U1"}.Conversation()
	b, _, _ := Place{Platform: "slack", Team: "T1", Channel: "C1", User: "U2"}.Conversation()
	if a == b {
		t.Errorf("two members in one channel share the conversation %q", a)
	}
}

func TestNewRequest(t *testing.T) {
	p := Place{Platform: "discord", Team: "G1", Channel: "C1", User: "U1"}
	line := NewRequest(Incoming{Place: p, UserName: "al", Line: "  /salary CA "})
	if line.Line != "/salary CA" || line.Command != "" || line.Conversation != "discord:G1:C1:U1" ||
		line.ConversationTTL != DefaultChannelConversationTTL || line.ChannelKind != ChannelChannel ||
		line.UserID != "U1" || line.UserName != "al" || line.GuildID != "G1" || line.ChannelID != "C1" || line.Platform != "discord" {
		t.Errorf("line request %+v", line)
	}
	opts := map[string]string{"state": "CA"}
	cmd := NewRequest(Incoming{Place: p, Command: "salary", Options: opts, Conversation: "discord:reply", Kind: ChannelThread})
	if cmd.Command != "salary" || cmd.Option("state") != "CA" || cmd.Line != "" || cmd.Text != "/salary state:CA" ||
		cmd.Conversation != "discord:reply" || cmd.ConversationTTL != 0 || cmd.ChannelKind != ChannelThread {
		t.Errorf("command request %+v", cmd)
	}
	cmd.Options["state"] = "NY"
	if opts["state"] != "CA" {
		t.Errorf("NewRequest shares the caller's options map")
	}
}

func TestFollowUpQuick(t *testing.T) {
	id, ok := EncodeFollowUp(FollowUp{Command: "certs", Quick: true})
	if !ok {
		t.Fatal("does not encode")
	}
	f, ok := ParseFollowUp(id)
	if !ok || !f.Quick || f.Command != "certs" || len(f.Options) != 0 {
		t.Fatalf("ParseFollowUp(%q) = %+v %v", id, f, ok)
	}
	req, ok := DecodeFollowUp(id)
	if !ok || len(req.Options) != 0 || req.Text != "/certs" {
		t.Errorf("the quick marker reached the request: %+v", req)
	}
	plain, _ := EncodeFollowUp(FollowUp{Command: "salary", Options: map[string]string{"state": "CA"}})
	if f, _ := ParseFollowUp(plain); f.Quick || f.Options["state"] != "CA" {
		t.Errorf("plain follow-up parsed as %+v", f)
	}
	// Buttons posted before Quick existed carry the same marker.
	if f, ok := ParseFollowUp(FollowUpPrefix + "path?qs=1"); !ok || !f.Quick || len(f.Options) != 0 {
		t.Errorf("legacy quick start parsed as %+v", f)
	}
}

func TestMemoryThreads(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	th := NewMemoryThreads(2, func() time.Time { return now })
	ctx := context.Background()
	th.Mark(ctx, "a", "conv-a", time.Hour)
	th.Mark(ctx, "b", "conv-b", 2*time.Hour)
	if c, ok := th.Conversation(ctx, "a"); !ok || c != "conv-a" {
		t.Fatalf("a: %q %v", c, ok)
	}
	th.Mark(ctx, "c", "conv-c", 3*time.Hour) // full: the oldest (a) goes
	if _, ok := th.Conversation(ctx, "a"); ok {
		t.Errorf("a survived past the bound")
	}
	if th.Len() != 2 {
		t.Errorf("%d places, want 2", th.Len())
	}
	now = now.Add(150 * time.Minute)
	if _, ok := th.Conversation(ctx, "b"); ok {
		t.Errorf("b did not expire")
	}
	if c, ok := th.Conversation(ctx, "c"); !ok || c != "conv-c" {
		t.Errorf("c: %q %v", c, ok)
	}
}

type answerFunc func(ctx context.Context, req *Request) *Answer

func (f answerFunc) Handle(ctx context.Context, req *Request) *Answer { return f(ctx, req) }

func TestAnswerSafely(t *testing.T) {
	panics := answerFunc(func(context.Context, *Request) *Answer { panic("boom") })
	if a := AnswerSafely(context.Background(), panics, &Request{}, time.Second, nil); a == nil || a.Body != Apology {
		t.Errorf("panic gave %+v", a)
	}
	var deadline atomic.Bool
	slow := answerFunc(func(ctx context.Context, _ *Request) *Answer {
		_, deadline0 := ctx.Deadline()
		deadline.Store(deadline0)
		return nil
	})
	if a := AnswerSafely(context.Background(), slow, &Request{}, time.Second, nil); a == nil || a.Answered {
		t.Errorf("nil answer gave %+v", a)
	}
	if !deadline.Load() {
		t.Errorf("the answer ran without the timeout")
	}
}

func TestDeadlineOnTime(t *testing.T) {
	var in Inflight
	d := Deadline{After: time.Minute, Inflight: &in}
	got := make(chan *Answer, 1)
	d.Run(context.Background(), Delivery{
		Answer: func(context.Context) *Answer { return &Answer{Answered: true, Title: "quick"} },
		OnTime: func(a *Answer) { got <- a },
		Defer:  func() error { t.Error("deferred a quick answer"); return nil },
		Late:   func(context.Context, *Answer) { t.Error("late delivery of a quick answer") },
	})
	if a := <-got; a.Title != "quick" {
		t.Errorf("on time: %+v", a)
	}
	if !in.Wait(5 * time.Second) {
		t.Errorf("work still in flight")
	}
}

func TestDeadlineDeferThenLate(t *testing.T) {
	var in Inflight
	d := Deadline{After: 10 * time.Millisecond, Inflight: &in}
	release := make(chan struct{})
	deferred := make(chan struct{}, 1)
	late := make(chan *Answer, 1)
	d.Run(context.Background(), Delivery{
		Answer: func(context.Context) *Answer { <-release; return &Answer{Answered: true, Title: "slow"} },
		OnTime: func(*Answer) { t.Error("a slow answer was delivered on time") },
		Defer:  func() error { deferred <- struct{}{}; return nil },
		Late:   func(_ context.Context, a *Answer) { late <- a },
	})
	select {
	case <-deferred:
	default:
		t.Fatal("Run returned without deferring")
	}
	select {
	case <-in.Idle():
		t.Fatal("in flight is idle while the answer runs")
	default:
	}
	close(release)
	if a := <-late; a.Title != "slow" {
		t.Errorf("late: %+v", a)
	}
	if !in.Wait(5 * time.Second) {
		t.Errorf("work still in flight")
	}
}

func TestDeadlineTimeoutAndFailedDefer(t *testing.T) {
	d := Deadline{After: 5 * time.Millisecond, Timeout: 30 * time.Millisecond}
	late := make(chan *Answer, 1)
	d.Run(context.Background(), Delivery{
		Answer: func(ctx context.Context) *Answer {
			<-ctx.Done()
			time.Sleep(50 * time.Millisecond)
			return &Answer{Answered: true}
		},
		OnTime: func(*Answer) {},
		Defer:  func() error { return nil },
		Late:   func(_ context.Context, a *Answer) { late <- a },
	})
	if a := <-late; a.Answered || a.Body != TooSlowMessage {
		t.Errorf("timeout gave %+v", a)
	}
	var in Inflight
	d = Deadline{After: time.Millisecond, Inflight: &in}
	d.Run(context.Background(), Delivery{
		Answer: func(context.Context) *Answer { time.Sleep(20 * time.Millisecond); return &Answer{} },
		OnTime: func(*Answer) {},
		Defer:  func() error { return errors.New("deferral refused") },
		Late:   func(context.Context, *Answer) { t.Error("late delivery after a failed deferral") },
	})
	if !in.Wait(5 * time.Second) {
		t.Errorf("work still in flight")
	}
}
