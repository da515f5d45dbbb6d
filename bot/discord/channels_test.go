package discord

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
)

const (
	allowedChan = "1300000000000000001" // in discord.channels
	forumChan   = "1300000000000000002" // a forum in discord.channels
	otherChan   = "1300000000000000003" // a text channel outside the list
	threadIn    = "1300000000000000011" // a thread of allowedChan
	postIn      = "1300000000000000012" // a post in forumChan
	threadOut   = "1300000000000000013" // a thread of otherChan
	outsideNote = "I answer mentions in #career-help; slash commands like /ask work anywhere."
)

func channelFake(t *testing.T) *fakediscord.Server {
	f := fakediscord.New(t, fakediscord.Options{})
	f.SetChannel(allowedChan, fakediscord.Channel{GuildID: guildID, Type: fakediscord.ChannelText, ParentID: "1300000000000000900"})
	f.SetChannel(forumChan, fakediscord.Channel{GuildID: guildID, Type: fakediscord.ChannelForum})
	f.SetChannel(otherChan, fakediscord.Channel{GuildID: guildID, Type: fakediscord.ChannelText, ParentID: "1300000000000000900"})
	f.SetChannel(threadIn, fakediscord.Channel{GuildID: guildID, Type: fakediscord.ChannelPublicThread, ParentID: allowedChan})
	f.SetChannel(postIn, fakediscord.Channel{GuildID: guildID, Type: fakediscord.ChannelPublicThread, ParentID: forumChan})
	f.SetChannel(threadOut, fakediscord.Channel{GuildID: guildID, Type: fakediscord.ChannelPrivateThread, ParentID: otherChan})
	return f
}

// mention sends "@careerbot what certifications help?" by bob in channel
// and returns the bot's reply there.
func mention(t *testing.T, f *fakediscord.Server, guild, channel string) wireMessage {
	t.Helper()
	bob := fakediscord.User{ID: "900000000000000002", Username: "bob"}
	botUser := fakediscord.User{ID: f.BotUserID(), Username: "careerbot", Bot: true}
	content := "<@" + f.BotUserID() + "> what certifications help?"
	var mentions []fakediscord.User
	if guild == "" {
		content, mentions = "what certifications help?", nil
	} else {
		mentions = []fakediscord.User{botUser}
	}
	if _, err := f.SendMessage(bob, guild, channel, content, mentions...); err != nil {
		t.Fatal(err)
	}
	call, err := f.WaitCall(wait, fakediscord.Match(http.MethodPost, "/channels/"+channel+"/messages"))
	if err != nil {
		t.Fatalf("no reply in %s: %v", channel, err)
	}
	var m wireMessage
	if err := call.Decode(&m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestChannelAllowList: with discord.channels set, mentions are answered in
// the listed channels, their threads and the posts of a listed forum, and
// in DMs; elsewhere they get discord.outside_note. Slash commands answer
// everywhere, with the note outside the list.
func TestChannelAllowList(t *testing.T) {
	t.Parallel()
	f := channelFake(t)
	tb := engine(t)
	sw := newSwitch(tb.Router)
	cfg := fakeConfig(f)
	cfg.GuildIDs = []string{guildID}
	cfg.Channels = []string{allowedChan, forumChan}
	cfg.OutsideNote = outsideNote
	runAdapter(t, cfg, sw, tb.Registry)
	if err := f.WaitConnections(1, wait); err != nil {
		t.Fatal(err)
	}
	for name, ch := range map[string]string{"listed channel": allowedChan, "thread of a listed channel": threadIn, "forum post": postIn} {
		if m := mention(t, f, guildID, ch); !strings.Contains(m.text(), "AWS Machine Learning Specialty") {
			t.Errorf("%s: not answered: %s", name, m.text())
		}
	}
	if m := mention(t, f, "", "1300000000000000099"); !strings.Contains(m.text(), "AWS Machine Learning Specialty") {
		t.Errorf("DM: not answered: %s", m.text())
	}
	asked := len(sw.requests())
	for name, ch := range map[string]string{"other channel": otherChan, "thread of another channel": threadOut} {
		m := mention(t, f, guildID, ch)
		if strings.TrimSpace(m.Content) != outsideNote || len(m.Embeds) != 0 {
			t.Errorf("%s: want only the outside note, got %q with %d embeds", name, m.Content, len(m.Embeds))
		}
	}
	if n := len(sw.requests()); n != asked {
		t.Errorf("mentions outside the list reached the engine (%d requests, want %d)", n, asked)
	}
	// Channel lookups are cached: one GET per channel.
	if n := len(f.CallsMatching(fakediscord.Match(http.MethodGet, "/channels/"+threadIn))); n != 1 {
		t.Errorf("%d lookups of the thread, want 1", n)
	}

	// Slash commands work everywhere; outside the list they carry the note.
	for ch, wantNote := range map[string]bool{allowedChan: false, threadIn: false, otherChan: true} {
		in := f.SlashCommand(alice, guildID, ch, "certs")
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		if !strings.Contains(m.text(), "AWS Machine Learning Specialty") {
			t.Errorf("/certs in %s not answered: %s", ch, m.text())
		}
		if got := strings.Contains(m.text(), outsideNote); got != wantNote {
			t.Errorf("/certs in %s: outside note shown %v, want %v:\n%s", ch, got, wantNote, m.text())
		}
	}
}

// Without discord.outside_note, mentions outside the list are ignored.
func TestChannelAllowListSilent(t *testing.T) {
	t.Parallel()
	f := channelFake(t)
	tb := engine(t)
	cfg := fakeConfig(f)
	cfg.GuildIDs = []string{guildID}
	cfg.Channels = []string{allowedChan}
	runAdapter(t, cfg, tb.Router, tb.Registry)
	if err := f.WaitConnections(1, wait); err != nil {
		t.Fatal(err)
	}
	bob := fakediscord.User{ID: "900000000000000002", Username: "bob"}
	botUser := fakediscord.User{ID: f.BotUserID(), Username: "careerbot", Bot: true}
	if _, err := f.SendMessage(bob, guildID, otherChan, "<@"+f.BotUserID()+"> what certifications help?", botUser); err != nil {
		t.Fatal(err)
	}
	// The lookup shows the message was handled; then a listed channel's
	// answer arrives and the other channel still has no reply.
	if _, err := f.WaitCall(wait, fakediscord.Match(http.MethodGet, "/channels/"+otherChan)); err != nil {
		t.Fatalf("the channel was never looked up: %v", err)
	}
	mention(t, f, guildID, allowedChan)
	time.Sleep(200 * time.Millisecond)
	if n := len(f.CallsMatching(fakediscord.Match(http.MethodPost, "/channels/"+otherChan+"/messages"))); n != 0 {
		t.Errorf("%d replies outside discord.channels, want none", n)
	}
}

func TestChannelsConfigRejectsBadIDs(t *testing.T) {
	cfg := Config{Token: "t", Channels: []string{"1300000000000000001", "#career-help"}}
	cfg.setDefaults()
	if _, err := cfg.validate(); err == nil || !strings.Contains(err.Error(), "discord.channels[1]") {
		t.Fatalf("validate = %v, want an error naming discord.channels[1]", err)
	}
}
