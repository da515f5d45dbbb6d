package discord

import (
	"crypto/ed25519"
	"encoding/hex"
	"net/http"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// A signed interaction sent again within the 5 minutes is refused with 401
// and counted; sent to two replicas sharing a state it is processed once.
func TestHTTPReplayAcrossReplicas(t *testing.T) {
	t.Parallel()
	h1 := newHTTPBot(t, nil)
	obs := &testbot.Rejects{}
	h1.a.SetObserver(obs)
	body := h1.f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "CA")).JSON()
	sig, ts := fakediscord.Sign(h1.priv, body, time.Now())
	if st, _ := h1.post(t, body, sig, ts); st != http.StatusOK {
		t.Fatalf("first delivery: %d", st)
	}
	if st, _ := h1.post(t, body, sig, ts); st != http.StatusUnauthorized {
		t.Errorf("replay to the same replica: %d, want 401", st)
	}
	if n := obs.Count("replay"); n != 1 {
		t.Errorf("%d replays counted, want 1", n)
	}

	// Two replicas (same application key) sharing one state.
	shared := bot.NewMemoryState(0)
	pub := h1.priv.Public()
	mk := func() *httpBot {
		h := newHTTPBot(t, func(c *Config) { c.PublicKey = hex.EncodeToString(pub.(ed25519.PublicKey)) })
		h.a.SetState(shared)
		return h
	}
	r1, r2 := mk(), mk()
	body = h1.f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "TX")).JSON()
	sig, ts = fakediscord.Sign(h1.priv, body, time.Now())
	st1, _ := r1.post(t, body, sig, ts)
	st2, _ := r2.post(t, body, sig, ts)
	if (st1 == http.StatusOK) == (st2 == http.StatusOK) {
		t.Errorf("statuses %d and %d: want exactly one replica to process the interaction", st1, st2)
	}
	// Re-signed (so not a replay) but the same interaction id: still once.
	sig, ts = fakediscord.Sign(h1.priv, body, time.Now().Add(time.Second))
	if st, _ := r2.post(t, body, sig, ts); st != http.StatusConflict {
		t.Errorf("an interaction id already handled: %d, want 409", st)
	}
}

// A member who joins (replica 1, or before a restart) and rejoins inside
// the window (replica 2, or after it) is welcomed once.
func TestRejoinAcrossReplicas(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.Options{})
	f.SetGuild(guildID, fakediscord.Guild{Name: "Career Builders", MemberCount: 3})
	tb := engine(t)
	shared := bot.NewMemoryState(0)
	welcomes := func(share bool) int {
		var as []*Adapter
		for range 2 {
			a, err := New(onboardingConfig(f), tb.Router, tb.Registry, testLogger(t))
			if err != nil {
				t.Fatal(err)
			}
			if share {
				a.SetState(shared)
			}
			as = append(as, a)
		}
		before := len(f.CallsMatching(welcomeTo(welcomeCh, alice.ID)))
		m := &discordgo.Member{GuildID: guildID, User: &discordgo.User{ID: alice.ID, Username: alice.Username}}
		as[0].onMemberAdd(m)
		as[1].onMemberAdd(m)
		return len(f.CallsMatching(welcomeTo(welcomeCh, alice.ID))) - before
	}
	if n := welcomes(true); n != 1 {
		t.Errorf("%d welcomes with a shared rejoin memory, want 1", n)
	}
	if n := welcomes(false); n != 2 {
		t.Errorf("%d welcomes from two replicas with their own memory, want 2 (the test would prove nothing)", n)
	}
}
