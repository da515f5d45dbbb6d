package discord

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
)

const (
	convChan   = "1400000000000000001" // a text channel
	convThread = "1400000000000000011" // a thread of convChan
	convPost   = "1400000000000000012" // a forum post
	convForum  = "1400000000000000002"
	convDM     = "1400000000000000099"
)

func conversationFake(t *testing.T) *fakediscord.Server {
	f := fakediscord.New(t, fakediscord.Options{})
	f.SetChannel(convChan, fakediscord.Channel{GuildID: guildID, Type: fakediscord.ChannelText})
	f.SetChannel(convForum, fakediscord.Channel{GuildID: guildID, Type: fakediscord.ChannelForum})
	f.SetChannel(convThread, fakediscord.Channel{GuildID: guildID, Type: fakediscord.ChannelPublicThread, ParentID: convChan})
	f.SetChannel(convPost, fakediscord.Channel{GuildID: guildID, Type: fakediscord.ChannelPublicThread, ParentID: convForum})
	return f
}

// replyTo waits for the bot's message in channel that replies to msgID.
func replyTo(t *testing.T, f *fakediscord.Server, channel, msgID string) wireMessage {
	t.Helper()
	call, err := f.WaitCall(wait, func(c fakediscord.Call) bool {
		if c.Method != http.MethodPost || c.Path != "/channels/"+channel+"/messages" {
			return false
		}
		var m wireMessage
		return json.Unmarshal(c.Body, &m) == nil && m.Reference != nil && m.Reference.MessageID == msgID
	})
	if err != nil {
		t.Fatalf("no reply in %s to %s: %v", channel, msgID, err)
	}
	var m wireMessage
	if err := call.Decode(&m); err != nil {
		t.Fatal(err)
	}
	return m
}

// ask mentions the bot in channel and returns its reply there.
func ask(t *testing.T, f *fakediscord.Server, u fakediscord.User, channel, text string) wireMessage {
	t.Helper()
	msg, err := f.SendMessage(u, guildID, channel, "<@"+f.BotUserID()+"> "+text, f.BotUser())
	if err != nil {
		t.Fatal(err)
	}
	return replyTo(t, f, channel, msg.ID)
}

func lastRequest(t *testing.T, sw *switchAnswerer, user string) bot.Request {
	t.Helper()
	reqs := sw.requests()
	for i := len(reqs) - 1; i >= 0; i-- {
		if reqs[i].UserID == user {
			return reqs[i]
		}
	}
	t.Fatalf("no request from %s", user)
	return bot.Request{}
}

const fromContext = "from this conversation"

// TestConversations: threads and forum posts are conversations shared by
// their members, answered in the thread; in a channel each member has
// their own; a reply to a bot answer is a follow-up without a mention.
func TestConversations(t *testing.T) {
	t.Parallel()
	f := conversationFake(t)
	tb := engine(t)
	sw := newSwitch(tb.Router)
	cfg := fakeConfig(f)
	cfg.GuildIDs = []string{guildID}
	cfg.Intents = []string{"message_content"}
	cfg.ChannelContextTTL = 3 * time.Minute
	runAdapter(t, cfg, sw, tb.Registry)
	if err := f.WaitConnections(1, wait); err != nil {
		t.Fatal(err)
	}

	for name, ch := range map[string]string{"thread": convThread, "forum post": convPost} {
		if m := ask(t, f, alice, ch, "/salary CA"); !strings.Contains(m.text(), "185,000") {
			t.Fatalf("%s: /salary CA: %s", name, m.text())
		}
		if req := lastRequest(t, sw, alice.ID); req.Conversation != "discord:"+guildID+":"+ch || req.ChannelKind != bot.ChannelThread {
			t.Errorf("%s: conversation %q kind %q", name, req.Conversation, req.ChannelKind)
		}
		// Another member follows up in the thread: the thread's context.
		m := ask(t, f, bob, ch, "and NY?")
		if !strings.Contains(m.text(), "170,000") || !strings.Contains(m.text(), fromContext) {
			t.Errorf("%s: and NY? lacks New York's 170,000 from the thread: %s", name, m.text())
		}
	}

	// A channel: alice asks; bob's follow-up gets none of her context.
	first := ask(t, f, alice, convChan, "/salary CA")
	if !strings.Contains(first.text(), "185,000") {
		t.Fatalf("/salary CA in the channel: %s", first.text())
	}
	if req := lastRequest(t, sw, alice.ID); req.Conversation != "discord:"+guildID+":"+convChan+":"+alice.ID ||
		req.ConversationTTL != 3*time.Minute || req.ChannelKind != bot.ChannelChannel {
		t.Errorf("channel: conversation %q ttl %v kind %q", req.Conversation, req.ConversationTTL, req.ChannelKind)
	}
	if m := ask(t, f, bob, convChan, "and NY?"); strings.Contains(m.text(), fromContext) {
		t.Errorf("bob got alice's context: %s", m.text())
	}

	// alice replies to the bot's answer without a mention: a follow-up in
	// her conversation, answered as a reply to her.
	msg, err := f.SendReply(alice, guildID, convChan, "and NY?", f.NewID(), f.BotUser())
	if err != nil {
		t.Fatal(err)
	}
	if m := replyTo(t, f, convChan, msg.ID); !strings.Contains(m.text(), "170,000") || !strings.Contains(m.text(), fromContext) {
		t.Errorf("reply to the answer lacks New York's 170,000 from the context: %s", m.text())
	}
	// bob replying to an answer of the bot in the channel keeps his own
	// conversation: never alice's.
	msg, err = f.SendReply(bob, guildID, convChan, "and in Texas?", f.NewID(), f.BotUser())
	if err != nil {
		t.Fatal(err)
	}
	if m := replyTo(t, f, convChan, msg.ID); strings.Contains(m.text(), "California") || strings.Contains(m.text(), "New York") {
		t.Errorf("bob's reply used alice's context: %s", m.text())
	}
	if req := lastRequest(t, sw, bob.ID); req.Conversation != "discord:"+guildID+":"+convChan+":"+bob.ID {
		t.Errorf("bob's reply: conversation %q", req.Conversation)
	}
	// A reply to another member (not the bot) without a mention is not for the bot.
	before := len(sw.requests())
	if _, err := f.SendReply(alice, guildID, convChan, "and NY?", f.NewID(), bob); err != nil {
		t.Fatal(err)
	}
	// A slash command in the thread carries the thread's conversation.
	in := f.SlashCommand(alice, guildID, convThread, "salary", fakediscord.Str("state", "WA"))
	if err := f.SendInteraction(in); err != nil {
		t.Fatal(err)
	}
	if m, _ := finalMessage(t, f, in); !strings.Contains(m.text(), "175,000") {
		t.Errorf("/salary WA in the thread: %s", m.text())
	}
	if n := len(sw.requests()); n != before+1 {
		t.Errorf("%d requests after a reply to bob and a slash command, want 1 (the slash command)", n-before)
	}
	if req := lastRequest(t, sw, alice.ID); req.Conversation != "discord:"+guildID+":"+convThread || req.Command != "salary" || req.Option("state") != "WA" {
		t.Errorf("slash command in the thread: %+v", req)
	}
	// A DM is its own conversation.
	dm, err := f.SendMessage(alice, "", convDM, "/salary CA")
	if err != nil {
		t.Fatal(err)
	}
	replyTo(t, f, convDM, dm.ID)
	if req := lastRequest(t, sw, alice.ID); req.Conversation != "discord:dm:"+convDM || req.ChannelKind != bot.ChannelDM {
		t.Errorf("DM: conversation %q kind %q", req.Conversation, req.ChannelKind)
	}
	// Each channel was looked up once.
	if n := len(f.CallsMatching(fakediscord.Match(http.MethodGet, "/channels/"+convThread))); n != 1 {
		t.Errorf("%d lookups of the thread, want 1", n)
	}
}

// TestReplyNeedsMessageContent: without the Message Content intent a reply
// to a bot answer carries no text, so it is not treated as a follow-up.
func TestReplyNeedsMessageContent(t *testing.T) {
	t.Parallel()
	f := conversationFake(t)
	tb := engine(t)
	sw := newSwitch(tb.Router)
	cfg := fakeConfig(f)
	cfg.GuildIDs = []string{guildID}
	runAdapter(t, cfg, sw, tb.Registry)
	if err := f.WaitConnections(1, wait); err != nil {
		t.Fatal(err)
	}
	if _, err := f.SendReply(alice, guildID, convChan, "and NY?", f.NewID(), f.BotUser()); err != nil {
		t.Fatal(err)
	}
	// A mention after it is answered; the reply before it never was.
	m := ask(t, f, alice, convChan, "/salary CA")
	if !strings.Contains(m.text(), "185,000") {
		t.Fatalf("mention: %s", m.text())
	}
	if n := len(sw.requests()); n != 1 {
		t.Errorf("%d requests, want 1: the reply without the intent reached the engine", n)
	}
}
