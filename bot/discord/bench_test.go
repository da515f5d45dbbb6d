package discord

import (
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
)

func BenchmarkRenderHugeAnswer(b *testing.B) {
	a := hugeAnswer()
	for b.Loop() {
		renderEmbed(a)
		renderButtons(a, true)
	}
}

// BenchmarkHTTPSalary measures one signed /salary CA interaction through the
// HTTP handler and the real engine, as Discord would send it.
func BenchmarkHTTPSalary(b *testing.B) {
	h := newHTTPBotTB(b)
	in := h.f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "CA"))
	body := in.JSON()
	for b.Loop() {
		sig, ts := fakediscord.Sign(h.priv, body, time.Now())
		st, out := h.postTB(b, body, sig, ts)
		if st != 200 || !strings.Contains(string(out), "185,000") {
			b.Fatalf("%d %s", st, out)
		}
	}
}

// BenchmarkGatewaySalary measures dispatch → answer → callback recorded by
// the fake, over the loopback gateway.
func BenchmarkGatewaySalary(b *testing.B) {
	f := fakediscord.New(b, fakediscord.Options{})
	eng := engine(b)
	cfg := fakeConfig(f)
	cfg.DeferAfter = 2 * time.Second
	f2 := false
	cfg.RegisterCommands = &f2
	runAdapter(b, cfg, eng.Router, eng.Registry)
	if err := f.WaitConnections(1, wait); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		in := f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "CA"))
		if err := f.SendInteraction(in); err != nil {
			b.Fatal(err)
		}
		if _, err := f.WaitResponse(in, wait); err != nil {
			b.Fatal(err)
		}
		f.ResetCalls() // keep WaitResponse's scan short
	}
}
