package discord

import (
	"net/http"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
)

func TestFatalGatewayCloses(t *testing.T) {
	t.Parallel()
	eng := engine(t)
	cases := []struct {
		name  string
		opts  fakediscord.Options
		mod   func(*Config, *fakediscord.Server)
		wants []string
	}{
		{"disallowed intents 4014", fakediscord.Options{DisallowedIntents: fakediscord.IntentMessageContent},
			func(c *Config, _ *fakediscord.Server) { c.Intents = []string{"message_content"} },
			[]string{"4014", "Message Content Intent", "Privileged Gateway Intents", "discord.intents"}},
		{"bad token 4004", fakediscord.Options{},
			func(c *Config, _ *fakediscord.Server) { c.Token = "not-the-token" },
			[]string{"4004", "discord.token", "Reset Token"}},
		{"invalid shard 4010", fakediscord.Options{},
			func(_ *Config, f *fakediscord.Server) { f.SetIdentifyCloseCode(fakediscord.CloseInvalidShard) },
			[]string{"4010", "shard"}},
		{"sharding required 4011", fakediscord.Options{},
			func(_ *Config, f *fakediscord.Server) { f.SetIdentifyCloseCode(fakediscord.CloseShardingRequired) },
			[]string{"4011", "discord.shard_count"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			f := fakediscord.New(t, c.opts)
			cfg := fakeConfig(f)
			c.mod(&cfg, f)
			r := runAdapter(t, cfg, eng.Router, eng.Registry)
			err := r.runErr(t)
			if err == nil {
				t.Fatal("Run returned nil for a fatal close")
			}
			for _, w := range c.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if n := len(f.Identifies()); n != 1 {
				t.Errorf("%d IDENTIFYs: a fatal close must not be retried", n)
			}
			if r.a.Ready() {
				t.Errorf("Ready() after a fatal close")
			}
		})
	}

	// A fatal close while running (token reset): the reconnect is refused
	// and Run stops instead of retrying forever.
	t.Run("token reset while connected", func(t *testing.T) {
		t.Parallel()
		f := fakediscord.New(t, fakediscord.Options{})
		r := runAdapter(t, fakeConfig(f), eng.Router, eng.Registry)
		if err := f.WaitConnections(1, wait); err != nil {
			t.Fatal(err)
		}
		if _, err := f.WaitCall(wait, fakediscord.MatchPrefix(http.MethodGet, "/applications/")); err != nil {
			t.Fatal(err)
		}
		f.SetIdentifyCloseCode(fakediscord.CloseAuthenticationFailed)
		f.CloseConnections(4000, "Unknown error.")
		err := r.runErr(t)
		if err == nil || !strings.Contains(err.Error(), "4004") {
			t.Fatalf("Run: %v", err)
		}
	})
}

func TestSharding(t *testing.T) {
	t.Parallel()
	eng := engine(t)
	t.Run("all shards when only the count is set", func(t *testing.T) {
		t.Parallel()
		f := fakediscord.New(t, fakediscord.Options{})
		cfg := fakeConfig(f)
		cfg.ShardCount = 2
		r := runAdapter(t, cfg, eng.Router, eng.Registry)
		ids, err := f.WaitIdentifies(2, wait)
		if err != nil {
			t.Fatal(err)
		}
		got := map[[2]int]bool{}
		for _, id := range ids {
			if id.Shard == nil {
				t.Fatalf("identify without shard")
			}
			got[*id.Shard] = true
		}
		if !got[[2]int{0, 2}] || !got[[2]int{1, 2}] {
			t.Errorf("shards %v, want [0 2] and [1 2]", got)
		}
		if err := f.WaitConnections(2, wait); err != nil {
			t.Fatal(err)
		}
		// Commands are registered once, not per shard.
		if _, err := f.WaitCall(wait, fakediscord.MatchPrefix(http.MethodPut, "/applications/")); err != nil {
			t.Fatal(err)
		}
		// A guild on shard 1 is served by the shard-1 session.
		g1 := "4194304" // 1<<22: (id>>22) % 2 == 1
		in := f.SlashCommand(alice, g1, channelID, "salary", fakediscord.Str("state", "CA"))
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		if !strings.Contains(m.text(), "185,000") {
			t.Errorf("shard 1 answer: %s", m.text())
		}
		for i := 0; i < 200 && !r.a.Ready(); i++ {
			<-timeAfter(10)
		}
		if !r.a.Ready() {
			t.Errorf("not Ready with both shards up")
		}
		if n := len(f.CallsMatching(fakediscord.MatchPrefix(http.MethodPut, "/applications/"))); n != 1 {
			t.Errorf("%d registrations for 2 shards", n)
		}
	})
	t.Run("one given shard", func(t *testing.T) {
		t.Parallel()
		f := fakediscord.New(t, fakediscord.Options{})
		cfg := fakeConfig(f)
		cfg.ShardCount = 3
		one := 1
		cfg.ShardID = &one
		runAdapter(t, cfg, eng.Router, eng.Registry)
		ids, err := f.WaitIdentifies(1, wait)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.WaitConnections(1, wait); err != nil {
			t.Fatal(err)
		}
		if len(f.Identifies()) != 1 || ids[0].Shard == nil || *ids[0].Shard != [2]int{1, 3} {
			t.Errorf("identifies %+v, want one with shard [1 3]", f.Identifies())
		}
	})
}
