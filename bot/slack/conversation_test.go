package slack

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
)

// recordingAnswerer passes requests to the engine and keeps a copy of each.
type recordingAnswerer struct {
	next bot.Answerer
	mu   sync.Mutex
	seen []bot.Request
}

func (r *recordingAnswerer) Handle(ctx context.Context, req *bot.Request) *bot.Answer {
	r.mu.Lock()
	r.seen = append(r.seen, *req)
	r.mu.Unlock()
	return r.next.Handle(ctx, req)
}

func (r *recordingAnswerer) last(t *testing.T) bot.Request {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.seen) == 0 {
		t.Fatal("no request reached the engine")
	}
	return r.seen[len(r.seen)-1]
}

func TestSocketThreadFollowUpWithoutMention(t *testing.T) {
	rec := &recordingAnswerer{}
	h := newHarness(t, setup{answer: func(next bot.Answerer) bot.Answerer { rec.next = next; return rec }})
	const thread = "1700000100.000100"
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvQ1", h.fake.AppMention("U1", "C1", thread, "", "<@U0BOT> /salary CA")))
	c := h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("thread_ts") == thread })
	if text := blocksText(t, c.Param("blocks")); !strings.Contains(text, "185,000") {
		t.Fatalf("/salary CA lacks 185,000:\n%s", text)
	}
	if req := rec.last(t); req.Conversation != "slack:"+h.fake.TeamID+":C1:"+thread || req.ChannelKind != bot.ChannelChannel {
		t.Errorf("mention request: conversation %q kind %q", req.Conversation, req.ChannelKind)
	}

	// A reply in that thread, no mention: answered in the thread, read
	// against the thread's context.
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvQ2", h.fake.ThreadReply("U1", "C1", "1700000101.000100", thread, "and NY?")))
	c = h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool {
		return c.Param("thread_ts") == thread && strings.Contains(c.Param("blocks"), "New York")
	})
	text := blocksText(t, c.Param("blocks"))
	if !strings.Contains(text, "170,000") || !strings.Contains(text, "from this conversation") {
		t.Errorf("and NY? in the thread lacks New York's 170,000 from the context:\n%s", text)
	}
	if req := rec.last(t); req.Conversation != "slack:"+h.fake.TeamID+":C1:"+thread || req.ChannelKind != bot.ChannelThread {
		t.Errorf("thread reply request: conversation %q kind %q", req.Conversation, req.ChannelKind)
	}
	h.idle()
	posted := len(h.fake.Calls("chat.postMessage")) + len(h.fake.Calls("chat.postEphemeral"))

	// Not answered: a thread the bot never answered in, a top-level message,
	// the bot itself, another bot, edits, joins, a reply that mentions the
	// bot (its app_mention answers it).
	ignored := []map[string]any{
		h.fake.ThreadReply("U1", "C1", "1700000102.000100", "1700000090.000100", "and NY?"),
		h.fake.ThreadReply("U1", "C1", "1700000103.000100", "", "and NY?"),
		h.fake.ThreadReply("U0BOT", "C1", "1700000104.000100", thread, "and NY?"),
		withFields(h.fake.ThreadReply("U9", "C1", "1700000105.000100", thread, "and NY?"), "bot_id", "B9"),
		withFields(h.fake.ThreadReply("U1", "C1", "1700000106.000100", thread, "and NY?"), "subtype", "message_changed"),
		withFields(h.fake.ThreadReply("U2", "C1", "1700000107.000100", thread, "<@U2> has joined"), "subtype", "channel_join"),
		h.fake.ThreadReply("U1", "C1", "1700000108.000100", thread, "<@U0BOT> and TX?"),
	}
	var last string
	for i, ev := range ignored {
		last = h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvIgn"+string(rune('A'+i)), ev))
	}
	h.settle(last)
	if n := len(h.fake.Calls("chat.postMessage")) + len(h.fake.Calls("chat.postEphemeral")); n != posted {
		t.Errorf("answered %d messages that should be ignored", n-posted)
	}
}

func TestSocketThreadRepliesOff(t *testing.T) {
	off := false
	h := newHarness(t, setup{cfg: func(c *Config) { c.ThreadReplies = &off }})
	const thread = "1700000200.000100"
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvO1", h.fake.AppMention("U1", "C1", thread, "", "<@U0BOT> /salary CA")))
	h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("thread_ts") == thread })
	h.idle()
	h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvO2", h.fake.ThreadReply("U1", "C1", "1700000201.000100", thread, "and NY?"))))
	if n := len(h.posts("C1")); n != 1 {
		t.Errorf("%d answers in C1 with slack.thread_replies off, want 1 (the mention)", n)
	}
	// A mention in the thread is still answered there, with the context.
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvO3", h.fake.AppMention("U1", "C1", "1700000202.000100", thread, "<@U0BOT> and NY?")))
	c := h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool {
		return c.Param("thread_ts") == thread && strings.Contains(c.Param("blocks"), "New York")
	})
	if text := blocksText(t, c.Param("blocks")); !strings.Contains(text, "170,000") {
		t.Errorf("mention in the thread lacks New York's 170,000:\n%s", text)
	}
}

func TestSocketMembersInOneChannelNotMixed(t *testing.T) {
	rec := &recordingAnswerer{}
	h := newHarness(t, setup{answer: func(next bot.Answerer) bot.Answerer { rec.next = next; return rec }})
	slash := func(user, command, text string) string {
		t.Helper()
		env := h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand(user, "C5", command, text))
		return blocksText(t, string(decodeAck(t, h.fake.WaitAck(t, env, wait)).Blocks))
	}
	if text := slash("U1", "/salary", "CA"); !strings.Contains(text, "185,000") {
		t.Fatalf("/salary CA:\n%s", text)
	}
	req := rec.last(t)
	if req.Conversation != "slack:"+h.fake.TeamID+":C5:U1" || req.ConversationTTL != bot.DefaultChannelConversationTTL {
		t.Errorf("slash command in a channel: conversation %q ttl %v", req.Conversation, req.ConversationTTL)
	}
	// Another member in the same channel: no context from U1 (every answer
	// read against a context says so).
	if text := slash("U2", "/career", "and NY?"); strings.Contains(text, "from this conversation") {
		t.Errorf("U2 got U1's context:\n%s", text)
	}
	// U1 follows up: the context is theirs.
	if text := slash("U1", "/career", "and NY?"); !strings.Contains(text, "170,000") || !strings.Contains(text, "from this conversation") {
		t.Errorf("U1's follow-up lacks New York's 170,000 from the context:\n%s", text)
	}
	// A DM is its own conversation.
	slash("U1", "/salary", "TX")
	r := rec.last(t)
	env := h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "D7", "/salary", "CA"))
	h.fake.WaitAck(t, env, wait)
	if d := rec.last(t); d.Conversation != "slack:"+h.fake.TeamID+":dm:D7" || d.ChannelKind != bot.ChannelDM || d.Conversation == r.Conversation {
		t.Errorf("slash command in a DM: conversation %q kind %q", d.Conversation, d.ChannelKind)
	}
}

func TestSocketButtonCarriesThreadConversation(t *testing.T) {
	rec := &recordingAnswerer{}
	h := newHarness(t, setup{answer: func(next bot.Answerer) bot.Answerer { rec.next = next; return rec }})
	value, _ := bot.EncodeFollowUp(bot.FollowUp{Command: "certs"})
	h.settle(h.fake.Send(fakeslack.Interactive, h.fake.BlockActions("U1",
		fakeslack.Container{Channel: "C1", MessageTS: "1700000301.000100", ThreadTS: "1700000300.000100"}, followUpPrefix+"0", value)))
	if req := rec.last(t); req.Conversation != "slack:"+h.fake.TeamID+":C1:1700000300.000100" || req.Command != "certs" {
		t.Errorf("button in a thread: %+v", req)
	}
	h.settle(h.fake.Send(fakeslack.Interactive, h.fake.BlockActions("U2",
		fakeslack.Container{Channel: "C1", MessageTS: "1700000302.000100"}, followUpPrefix+"0", value)))
	if req := rec.last(t); req.Conversation != "slack:"+h.fake.TeamID+":C1:U2" {
		t.Errorf("button in the channel: conversation %q", req.Conversation)
	}
}
