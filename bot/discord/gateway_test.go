package discord

import (
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"

	"github.com/bwmarrin/discordgo"
)

// TestGateway drives one real adapter over the fake gateway with the real
// engine (one session for all subtests: discordgo's Close sleeps a second).
func TestGateway(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.Options{})
	tb := engine(t)
	sw := newSwitch(tb.Router)
	cfg := fakeConfig(f)
	cfg.GuildIDs = []string{guildID}
	cfg.Intents = []string{"message_content"}
	r := runAdapter(t, cfg, sw, tb.Registry)
	if err := f.WaitConnections(1, wait); err != nil {
		t.Fatal(err)
	}
	// Registration runs right after READY.
	put, err := f.WaitCall(wait, fakediscord.Match(http.MethodPut, "/applications/"+f.ApplicationID()+"/guilds/"+guildID+"/commands"))
	if err != nil {
		t.Fatalf("commands never registered: %v", err)
	}

	t.Run("identify", func(t *testing.T) {
		ids := f.Identifies()
		if len(ids) != 1 {
			t.Fatalf("%d identifies, want 1", len(ids))
		}
		want := int(discordgo.IntentGuilds | discordgo.IntentGuildMessages | discordgo.IntentDirectMessages | discordgo.IntentMessageContent)
		if ids[0].Intents != want {
			t.Errorf("intents %b, want %b", ids[0].Intents, want)
		}
		if ids[0].Shard != nil {
			t.Errorf("unsharded bot sent shard %v", *ids[0].Shard)
		}
		if !strings.HasSuffix(ids[0].Token, f.Token()) {
			t.Errorf("identify token %q", ids[0].Token)
		}
		if !r.a.Ready() {
			t.Errorf("Ready() false while connected")
		}
	})

	t.Run("registration equals registry", func(t *testing.T) {
		checkRegistration(t, put.Body, tb.Registry)
		// A second sync finds the same set and does not PUT again.
		puts := len(f.CallsMatching(fakediscord.MatchPrefix(http.MethodPut, "/applications/")))
		gets := len(f.CallsMatching(fakediscord.MatchPrefix(http.MethodGet, "/applications/")))
		if err := r.a.registerCommands(context.Background()); err != nil {
			t.Fatal(err)
		}
		if n := len(f.CallsMatching(fakediscord.MatchPrefix(http.MethodPut, "/applications/"))); n != puts {
			t.Errorf("re-registration of an equal set did %d PUTs", n-puts)
		}
		if n := len(f.CallsMatching(fakediscord.MatchPrefix(http.MethodGet, "/applications/"))); n != gets+1 {
			t.Errorf("re-registration did %d GETs, want 1", n-gets)
		}
	})

	t.Run("typed markdown is shown as typed", func(t *testing.T) {
		typed := "[Login](https://example.com/x) @everyone"
		in := f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", typed))
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		txt := m.text()
		if !strings.Contains(txt, "recognise") || strings.Contains(txt, "[Login](") || !strings.Contains(txt, `\[Login\](https`) {
			t.Errorf("typed link not escaped: %s", txt)
		}
		if strings.Contains(txt, "@everyone") {
			t.Errorf("@everyone not neutralized: %s", txt)
		}
		checkNoMassMentions(t, m.AllowedMentions)
	})

	var salary wireMessage
	t.Run("salary CA", func(t *testing.T) {
		in := f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "CA"))
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		salary = m
		if len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].text(), "185,000") {
			t.Fatalf("salary embed lacks 185,000: %+v", m.Embeds)
		}
		if m.Flags&64 != 0 {
			t.Errorf("answer is ephemeral without discord.ephemeral")
		}
		checkLimits(t, m)
		checkNoMassMentions(t, m.AllowedMentions)
		if len(m.customIDs()) == 0 {
			t.Errorf("no follow-up buttons")
		}
		for _, id := range m.customIDs() {
			if _, ok := bot.DecodeFollowUp(id); !ok {
				t.Errorf("button %q does not decode", id)
			}
		}
		reqs := sw.requests()
		last := reqs[len(reqs)-1]
		if last.Platform != "discord" || last.UserID != alice.ID || last.GuildID != guildID || last.ChannelID != channelID ||
			last.Command != "salary" || last.Option("state") != "CA" {
			t.Errorf("request %+v", last)
		}
	})

	t.Run("button click", func(t *testing.T) {
		if len(salary.customIDs()) == 0 {
			t.Skip("no buttons from the salary answer")
		}
		id := salary.customIDs()[0]
		want, _ := bot.DecodeFollowUp(id)
		in := f.Button(alice, guildID, channelID, id, nil)
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		if len(m.Embeds) != 1 {
			t.Fatalf("button answer: %+v", m)
		}
		checkLimits(t, m)
		reqs := sw.requests()
		last := reqs[len(reqs)-1]
		if last.Command != want.Command || last.UserID != alice.ID {
			t.Errorf("button ran %+v, want command %s", last, want.Command)
		}
		// The answer is the engine's answer to that follow-up.
		exp := tb.Router.Handle(context.Background(), &last)
		if got := m.Embeds[0].Title; got != cutText(exp.Title, maxTitle, "…") {
			t.Errorf("button answer title %q, engine says %q", got, exp.Title)
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		cases := []struct {
			typed string
			want  []string
		}{
			{"cal", []string{"CA"}},
			{"new", []string{"NY", "NJ", "NM", "NH"}},
			{"dakota", []string{"ND", "SD"}},
			{"", nil},
		}
		for _, c := range cases {
			in := f.Autocomplete(alice, guildID, channelID, "salary", fakediscord.Focused("state", c.typed))
			if err := f.SendInteraction(in); err != nil {
				t.Fatal(err)
			}
			call, err := f.WaitResponse(in, wait)
			if err != nil {
				t.Fatal(err)
			}
			var resp wireResponse
			if err := call.Decode(&resp); err != nil {
				t.Fatal(err)
			}
			if resp.Type != fakediscord.ResponseAutocompleteReply {
				t.Fatalf("type %d", resp.Type)
			}
			if len(resp.Data.Choices) == 0 || len(resp.Data.Choices) > 25 {
				t.Errorf("%q: %d choices", c.typed, len(resp.Data.Choices))
			}
			var vals []string
			for _, ch := range resp.Data.Choices {
				vals = append(vals, ch.Value)
				if ulen(ch.Name) > 100 || ulen(ch.Value) > 100 {
					t.Errorf("choice too long: %+v", ch)
				}
			}
			for _, w := range c.want {
				if !slices.Contains(vals, w) {
					t.Errorf("%q: choices %v lack %s", c.typed, vals, w)
				}
			}
		}
	})

	t.Run("mention and DM answered as replies", func(t *testing.T) {
		bob := fakediscord.User{ID: "900000000000000002", Username: "bob"}
		botUser := fakediscord.User{ID: f.BotUserID(), Username: "careerbot", Bot: true}
		otherBot := fakediscord.User{ID: "900000000000000099", Username: "otherbot", Bot: true}
		// Bots, including ourselves, are ignored.
		if _, err := f.SendMessage(otherBot, guildID, "1200000000000000010", "<@"+f.BotUserID()+"> what certifications help?", botUser); err != nil {
			t.Fatal(err)
		}
		if _, err := f.SendMessage(botUser, guildID, "1200000000000000010", "<@"+f.BotUserID()+"> what certifications help?", botUser); err != nil {
			t.Fatal(err)
		}
		// A message that does not mention the bot is ignored too.
		if _, err := f.SendMessage(bob, guildID, "1200000000000000010", "what certifications help?"); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			name, guild, channel, content string
			mentions                      []fakediscord.User
		}{
			{"mention", guildID, "1200000000000000010", "<@" + f.BotUserID() + "> what certifications help?", []fakediscord.User{botUser}},
			{"nick mention", guildID, "1200000000000000011", "hey <@!" + f.BotUserID() + "> what certifications help?", []fakediscord.User{botUser}},
			{"DM", "", "1200000000000000012", "what certifications help?", nil},
		} {
			msg, err := f.SendMessage(bob, c.guild, c.channel, c.content, c.mentions...)
			if err != nil {
				t.Fatal(err)
			}
			call, err := f.WaitCall(wait, fakediscord.Match(http.MethodPost, "/channels/"+c.channel+"/messages"))
			if err != nil {
				t.Fatalf("%s: no reply: %v", c.name, err)
			}
			var m wireMessage
			if err := call.Decode(&m); err != nil {
				t.Fatal(err)
			}
			if m.Reference == nil || m.Reference.MessageID != msg.ID {
				t.Errorf("%s: not a reply to %s: %s", c.name, msg.ID, call.Body)
			}
			if !strings.Contains(m.text(), "AWS Machine Learning Specialty") {
				t.Errorf("%s: reply lacks the certification: %s", c.name, m.text())
			}
			checkLimits(t, m)
			checkNoMassMentions(t, m.AllowedMentions)
		}
		if n := len(f.CallsMatching(fakediscord.Match(http.MethodPost, "/channels/1200000000000000010/messages"))); n != 1 {
			t.Errorf("%d replies in the mention channel, want 1 (bots and non-mentions ignored)", n)
		}
		for _, req := range sw.requests() {
			if req.UserID == otherBot.ID || req.UserID == botUser.ID {
				t.Errorf("a bot's message reached the engine: %+v", req)
			}
			if req.UserID == bob.ID && strings.Contains(req.Text, "<@") {
				t.Errorf("the mention was not stripped: %q", req.Text)
			}
		}
	})

	t.Run("everyone in a question", func(t *testing.T) {
		in := f.SlashCommand(alice, guildID, channelID, "ask", fakediscord.Str("question", "@everyone @here <@&1234> what certifications help?"))
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		checkNoMassMentions(t, m.AllowedMentions)
		if strings.Contains(m.text(), "@everyone") || strings.Contains(m.text(), "@here") {
			t.Errorf("message text carries a raw mass mention: %s", m.text())
		}
		// The same through a mention.
		bob := fakediscord.User{ID: "900000000000000002", Username: "bob"}
		botUser := fakediscord.User{ID: f.BotUserID(), Username: "careerbot", Bot: true}
		if _, err := f.SendMessage(bob, guildID, "1200000000000000020", "<@"+f.BotUserID()+"> @everyone what certifications help?", botUser); err != nil {
			t.Fatal(err)
		}
		call, err := f.WaitCall(wait, fakediscord.Match(http.MethodPost, "/channels/1200000000000000020/messages"))
		if err != nil {
			t.Fatal(err)
		}
		var rm wireMessage
		_ = call.Decode(&rm)
		checkNoMassMentions(t, rm.AllowedMentions)
	})

	t.Run("deferral on a slow engine", func(t *testing.T) {
		slow := fakediscord.User{ID: "900000000000000003", Username: "slow"}
		release := make(chan struct{})
		sw.set(slow.ID, func(ctx context.Context, req *bot.Request) *bot.Answer {
			select {
			case <-release:
			case <-ctx.Done():
			}
			return tb.Router.Handle(ctx, req)
		})
		in := f.SlashCommand(slow, guildID, channelID, "salary", fakediscord.Str("state", "CA"))
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		call, err := f.WaitResponse(in, wait)
		close(release)
		if err != nil {
			t.Fatal(err)
		}
		var resp wireResponse
		_ = call.Decode(&resp)
		if resp.Type != fakediscord.ResponseDeferredMessage {
			t.Fatalf("slow answer: response type %d, want 5 (deferred)", resp.Type)
		}
		edit, err := f.WaitEdit(in, wait)
		if err != nil {
			t.Fatal(err)
		}
		var m wireMessage
		_ = edit.Decode(&m)
		if len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].text(), "185,000") {
			t.Errorf("edited answer lacks 185,000: %s", edit.Body)
		}
		checkNoMassMentions(t, m.AllowedMentions)
	})

	t.Run("huge answer within limits", func(t *testing.T) {
		huge := fakediscord.User{ID: "900000000000000004", Username: "huge"}
		sw.set(huge.ID, func(ctx context.Context, req *bot.Request) *bot.Answer { return hugeAnswer() })
		in := f.SlashCommand(huge, guildID, channelID, "ask", fakediscord.Str("question", "tell me everything"))
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		checkLimits(t, m)
		if len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].Description, "(more: https://example.org/guide)") {
			t.Errorf("shortened description lacks the pointer to the rest")
		}
	})

	t.Run("panic in the engine", func(t *testing.T) {
		p := fakediscord.User{ID: "900000000000000005", Username: "panicky"}
		sw.set(p.ID, func(ctx context.Context, req *bot.Request) *bot.Answer { panic("boom") })
		in := f.SlashCommand(p, guildID, channelID, "salary", fakediscord.Str("state", "CA"))
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		if !strings.Contains(m.text(), "Sorry") {
			t.Errorf("panic answer: %s", m.text())
		}
		// The session survives: the next question is answered.
		in2 := f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "CA"))
		if err := f.SendInteraction(in2); err != nil {
			t.Fatal(err)
		}
		m2, _ := finalMessage(t, f, in2)
		if !strings.Contains(m2.text(), "185,000") {
			t.Errorf("after a panic: %s", m2.text())
		}
	})

	t.Run("429 is waited out", func(t *testing.T) {
		f.AddFault(fakediscord.Fault{Method: http.MethodPost, Path: "/interactions/", Times: 1,
			Status: http.StatusTooManyRequests, RetryAfter: 300 * time.Millisecond})
		defer f.ClearFaults()
		in := f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "CA"))
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		ok, err := f.WaitCall(wait, func(c fakediscord.Call) bool { return c.Path == in.CallbackPath() && c.Status == http.StatusNoContent })
		if err != nil {
			t.Fatal(err)
		}
		calls := f.CallsMatching(fakediscord.Match(http.MethodPost, in.CallbackPath()))
		if len(calls) != 2 || calls[0].Status != http.StatusTooManyRequests {
			t.Fatalf("calls %+v, want a 429 then a retry", calls)
		}
		if gap := ok.At.Sub(calls[0].At); gap < 250*time.Millisecond {
			t.Errorf("retried after %v, before Retry-After", gap)
		}
	})

	t.Run("network drop reconnects", func(t *testing.T) {
		before := len(f.Identifies()) + f.Resumes()
		f.DropConnections()
		deadline := time.Now().Add(wait)
		for len(f.Identifies())+f.Resumes() == before || f.Connections() == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("no reconnect after a drop")
			}
			if err := f.WaitConnections(1, 100*time.Millisecond); err == nil && len(f.Identifies())+f.Resumes() > before {
				break
			}
		}
		if f.Resumes() == 0 {
			t.Errorf("reconnect did not resume the session")
		}
		// Wait until the adapter notices it is back.
		for i := 0; i < 200 && !r.a.Ready(); i++ {
			time.Sleep(50 * time.Millisecond)
		}
		in := f.SlashCommand(alice, guildID, channelID, "salary", fakediscord.Str("state", "CA"))
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		if !strings.Contains(m.text(), "185,000") {
			t.Errorf("after reconnect: %s", m.text())
		}
	})
}

// checkRegistration compares a bulk-overwrite body with the registry.
func checkRegistration(t *testing.T, body json.RawMessage, reg *bot.Registry) {
	t.Helper()
	var got []struct {
		Name, Description string
		Type              int
		Options           []struct {
			Type              int
			Name, Description string
			Required          bool
			Autocomplete      bool
			MaxLength         int `json:"max_length"`
			Choices           []struct {
				Name  string
				Value any
			}
		}
	}
	if err := json.Unmarshal(body, &got); err != nil {
		t.Fatalf("PUT body: %v", err)
	}
	cmds := reg.Commands()
	if len(got) != len(cmds) {
		t.Fatalf("registered %d commands, registry has %d", len(got), len(cmds))
	}
	for i, c := range cmds {
		g := got[i]
		if g.Name != c.Name || g.Description != c.Description || g.Type != 1 || len(g.Options) != len(c.Options) {
			t.Errorf("command %d: %+v vs %s", i, g, c.Name)
			continue
		}
		for j, o := range c.Options {
			gO := g.Options[j]
			if gO.Type != 3 || gO.Name != o.Name || gO.Description != o.Description || gO.Required != o.Required ||
				gO.Autocomplete != (o.Complete != nil && len(o.Choices) == 0) || gO.MaxLength != o.MaxLength || len(gO.Choices) != len(o.Choices) {
				t.Errorf("/%s option %s: %+v", c.Name, o.Name, gO)
			}
		}
	}
}

func hugeAnswer() *bot.Answer {
	var body strings.Builder
	for i := 0; body.Len() < 60000; i++ {
		body.WriteString("### Part " + strings.Repeat("x", i%7) + "\n")
		body.WriteString(strings.Repeat("Machine learning engineers build 🤖 models with **care** and data. ", 12) + "\n\n")
	}
	a := &bot.Answer{Answered: true, Title: strings.Repeat("A very long title ", 40), Body: body.String(),
		Note: "note", Source: &bot.Source{GuideTitle: strings.Repeat("Guide ", 500), Section: "Everything", URL: "https://example.org/guide"}}
	for i := 0; i < 40; i++ {
		a.Fields = append(a.Fields, bot.Field{Label: strings.Repeat("Label ", 60), Value: strings.Repeat("value ", 400)})
		a.Bullets = append(a.Bullets, strings.Repeat("bullet ", 30))
		a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: strings.Repeat("Follow ", 20), Command: "salary",
			Options: map[string]string{"state": bot.USStates[i%len(bot.USStates)].Code, "pad": strings.Repeat("p", i*3)}})
	}
	return a
}
