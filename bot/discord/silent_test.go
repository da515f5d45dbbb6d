package discord

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// recorder passes requests to the router and keeps what it answered.
type recorder struct {
	next bot.Answerer
	mu   sync.Mutex
	got  []*bot.Answer
	ch   chan struct{}
}

func newRecorder(next bot.Answerer) *recorder {
	return &recorder{next: next, ch: make(chan struct{}, 1000)}
}

func (r *recorder) Handle(ctx context.Context, req *bot.Request) *bot.Answer {
	a := r.next.Handle(ctx, req)
	r.mu.Lock()
	r.got = append(r.got, a)
	r.mu.Unlock()
	r.ch <- struct{}{}
	return a
}

// waitN waits until n answers were given and returns them.
func (r *recorder) waitN(t testing.TB, n int) []*bot.Answer {
	t.Helper()
	deadline := time.After(wait)
	for {
		r.mu.Lock()
		got := append([]*bot.Answer(nil), r.got...)
		r.mu.Unlock()
		if len(got) >= n {
			return got
		}
		select {
		case <-r.ch:
		case <-deadline:
			t.Fatalf("%d of %d answers within %v", len(got), n, wait)
		}
	}
}

// byCode splits answers into answered, noted refusals and silent ones.
func byCode(t testing.TB, answers []*bot.Answer) (answered, noted, silent []*bot.Answer) {
	t.Helper()
	for _, a := range answers {
		switch {
		case bot.IsSilent(a):
			silent = append(silent, a)
		case a.Code == bot.ELIMITED:
			noted = append(noted, a)
		case a.Answered:
			answered = append(answered, a)
		default:
			t.Errorf("unexpected answer %+v", a)
		}
	}
	return
}

// TestSilentRateLimitRefusals floods the real engine behind bot.RateLimit
// (burst 1, no refill during the test) from one member: the first question
// is answered, the second gets the one polite note, the rest show nothing.
func TestSilentRateLimitRefusals(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.Options{})
	limit := bot.LimitConfig{Burst: 1, PerMinute: 0.01}
	tb := testbot.New(t, bot.RateLimit(limit, nil, nil))
	rec := newRecorder(tb.Router)
	cfg := fakeConfig(f)
	cfg.RegisterCommands = new(bool)
	r := runAdapter(t, cfg, rec, tb.Registry)
	if err := f.WaitConnections(1, wait); err != nil {
		t.Fatal(err)
	}
	botUser := fakediscord.User{ID: f.BotUserID(), Username: "careerbot", Bot: true}

	t.Run("mentions", func(t *testing.T) {
		flooder := fakediscord.User{ID: "900000000000000101", Username: "flooder"}
		ch := "1200000000000000101"
		for range 5 {
			if _, err := f.SendMessage(flooder, guildID, ch, "<@"+f.BotUserID()+"> what certifications help?", botUser); err != nil {
				t.Fatal(err)
			}
		}
		answered, noted, silent := byCode(t, rec.waitN(t, 5))
		if len(answered) != 1 || len(noted) != 1 || len(silent) != 3 {
			t.Fatalf("engine gave %d answers, %d notes, %d silent refusals; want 1, 1, 3", len(answered), len(noted), len(silent))
		}
		if !r.a.inflight.wait(wait) {
			t.Fatal("handlers still running")
		}
		posts := f.CallsMatching(fakediscord.Match(http.MethodPost, "/channels/"+ch+"/messages"))
		if len(posts) != 2 {
			t.Fatalf("%d messages posted, want exactly one answer and one note", len(posts))
		}
		var sawAnswer, sawNote int
		for _, p := range posts {
			var m wireMessage
			if err := p.Decode(&m); err != nil {
				t.Fatal(err)
			}
			checkNoMassMentions(t, m.AllowedMentions)
			text := m.text()
			switch {
			case strings.Contains(text, strings.TrimSpace(answered[0].Title)) && strings.Contains(text, "AWS Machine Learning Specialty"):
				sawAnswer++
			case strings.Contains(text, noted[0].Body):
				sawNote++
			default:
				t.Errorf("unexpected post: %s", text)
			}
		}
		if sawAnswer != 1 || sawNote != 1 {
			t.Errorf("posted %d answers and %d notes, want 1 and 1", sawAnswer, sawNote)
		}
	})

	t.Run("slash commands", func(t *testing.T) {
		flooder := fakediscord.User{ID: "900000000000000102", Username: "clicker"}
		ch := "1200000000000000102"
		before := len(rec.waitN(t, 0))
		var ins []fakediscord.Interaction
		for range 5 {
			in := f.SlashCommand(flooder, guildID, ch, "salary", fakediscord.Str("state", "CA"))
			ins = append(ins, in)
			if err := f.SendInteraction(in); err != nil {
				t.Fatal(err)
			}
		}
		answered, noted, silent := byCode(t, rec.waitN(t, before+5)[before:])
		if len(answered) != 1 || len(noted) != 1 || len(silent) != 3 {
			t.Fatalf("engine gave %d answers, %d notes, %d silent refusals; want 1, 1, 3", len(answered), len(noted), len(silent))
		}
		if !r.a.inflight.wait(wait) {
			t.Fatal("handlers still running")
		}
		var shown, notes int
		for _, in := range ins {
			calls := f.CallsMatching(fakediscord.Match(http.MethodPost, in.CallbackPath()))
			if len(calls) != 1 {
				t.Fatalf("interaction %s got %d responses", in.ID, len(calls))
			}
			var resp wireResponse
			if err := calls[0].Decode(&resp); err != nil {
				t.Fatal(err)
			}
			deletes := f.CallsMatching(fakediscord.Match(http.MethodDelete, in.OriginalPath(f.ApplicationID())))
			if len(deletes) != 0 {
				t.Errorf("interaction %s: a second API call (delete) for a refusal", in.ID)
			}
			switch {
			case resp.Type == fakediscord.ResponseMessage && strings.Contains(resp.Data.text(), "185,000"):
				shown++
			case resp.Type == fakediscord.ResponseMessage && strings.Contains(resp.Data.text(), "try again"):
				// The note, and each repeated refusal: one call, an
				// ephemeral note only the member sees.
				notes++
				if resp.Data.Flags&64 == 0 {
					t.Errorf("the rate-limit note is not ephemeral")
				}
			default:
				t.Errorf("unexpected response %s (%d deletes)", calls[0].Body, len(deletes))
			}
			if len(f.CallsMatching(fakediscord.MatchPrefix(http.MethodPatch, in.OriginalPath(f.ApplicationID())))) != 0 {
				t.Errorf("interaction %s was edited", in.ID)
			}
		}
		if shown != 1 || notes != 1+3 {
			t.Errorf("%d answers, %d ephemeral notes; want 1, 4", shown, notes)
		}
	})

	t.Run("button clicks", func(t *testing.T) {
		// The slash-command flooder is still limited: a follow-up click is
		// acknowledged without any visible change (DEFERRED_UPDATE_MESSAGE).
		flooder := fakediscord.User{ID: "900000000000000102", Username: "clicker"}
		id, ok := bot.EncodeFollowUp(bot.FollowUp{Command: "certs"})
		if !ok {
			t.Fatal("cannot encode a follow-up")
		}
		before := len(rec.waitN(t, 0))
		in := f.Button(flooder, guildID, "1200000000000000102", id, nil)
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		if got := rec.waitN(t, before+1)[before]; !bot.IsSilent(got) {
			t.Fatalf("click while limited: %+v, want a silent refusal", got)
		}
		c, err := f.WaitResponse(in, wait)
		if err != nil {
			t.Fatal(err)
		}
		var resp wireResponse
		if err := c.Decode(&resp); err != nil || resp.Type != fakediscord.ResponseDeferredUpdate {
			t.Errorf("silent click answered with %s, want type 6", c.Body)
		}
	})
}
