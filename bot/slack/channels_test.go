package slack

import (
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
)

const slackNote = "I answer mentions in #career-help; /career works anywhere."

// TestChannelAllowList: with slack.channels set, mentions are answered in
// the listed channels (and their threads) and in DMs; elsewhere the
// mentioner alone gets slack.outside_note. Slash commands answer
// everywhere, with the note outside the list.
func TestChannelAllowList(t *testing.T) {
	h := newHarness(t, setup{cfg: func(c *Config) {
		c.Channels = []string{"C0HELP"}
		c.OutsideNote = slackNote
	}})
	mention := func(ev, channel, ts, thread string) {
		h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback(ev,
			h.fake.AppMention("U1", channel, ts, thread, "<@U0BOT> what certifications help?"))))
	}
	mention("EvIn", "C0HELP", "1700000500.000001", "")
	mention("EvThread", "C0HELP", "1700000500.000002", "1700000400.000001")
	if posts := h.posts("C0HELP"); len(posts) != 2 || !strings.Contains(posts[1].Param("blocks"), "AWS Machine Learning") ||
		posts[1].Param("thread_ts") != "1700000400.000001" {
		t.Fatalf("listed channel and its thread: %d answers, want 2 (the second in the thread)", len(posts))
	}
	h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvDM", h.fake.DirectMessage("U2", "D2", "1700000500.000003", "what certifications help?"))))
	if len(h.posts("D2")) != 1 {
		t.Errorf("DM not answered")
	}

	mention("EvOut", "C0OTHER", "1700000500.000004", "")
	if n := len(h.posts("C0OTHER")); n != 0 {
		t.Errorf("%d public posts outside slack.channels, want 0", n)
	}
	eph := h.fake.Calls("chat.postEphemeral")
	if len(eph) != 1 || eph[0].Param("user") != "U1" || eph[0].Param("channel") != "C0OTHER" ||
		!strings.Contains(blocksText(t, eph[0].Param("blocks")), slackNote) || strings.Contains(eph[0].Param("blocks"), "AWS Machine Learning") {
		t.Fatalf("outside the list: want only the note, to U1 alone: %+v", eph)
	}

	for channel, wantNote := range map[string]bool{"C0HELP": false, "C0OTHER": true} {
		ack := decodeAck(t, h.fake.WaitAck(t, h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U3", channel, "/certs", "")), wait))
		text := blocksText(t, string(ack.Blocks))
		if !strings.Contains(text, "AWS Machine Learning") {
			t.Errorf("/certs in %s not answered: %s", channel, text)
		}
		if got := strings.Contains(text, slackNote); got != wantNote {
			t.Errorf("/certs in %s: note shown %v, want %v", channel, got, wantNote)
		}
	}
}

// Without slack.outside_note, mentions outside the list get nothing.
func TestChannelAllowListSilent(t *testing.T) {
	h := newHarness(t, setup{cfg: func(c *Config) { c.Channels = []string{"C0HELP"} }})
	before := len(h.fake.Calls(""))
	h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvOut",
		h.fake.AppMention("U1", "C0OTHER", "1700000600.000001", "", "<@U0BOT> what certifications help?"))))
	if calls := h.fake.Calls(""); len(calls) != before {
		t.Errorf("a mention outside slack.channels made Web API calls: %s", callNames(calls[before:]))
	}
}

func TestChannelsConfigRejectsBadIDs(t *testing.T) {
	_, err := Config{BotToken: "xoxb-1", AppToken: "xapp-1", Channels: []string{"C0HELP", "#general"}}.withDefaults()
	if err == nil || !strings.Contains(err.Error(), "slack.channels[1]") {
		t.Fatalf("withDefaults = %v, want an error naming slack.channels[1]", err)
	}
}
