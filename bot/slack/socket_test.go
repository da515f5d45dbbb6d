package slack

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

func TestSocketSlashSalaryCA(t *testing.T) {
	h := newHarness(t, setup{})
	if !h.a.Ready() {
		t.Error("adapter not Ready after connecting")
	}
	env := h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "C1", "/salary", "CA"))
	m := decodeAck(t, h.fake.WaitAck(t, env, wait))
	text := blocksText(t, string(m.Blocks))
	if !strings.Contains(text, "185,000") {
		t.Errorf("ack blocks lack 185,000:\n%s", text)
	}
	if m.ResponseType != "ephemeral" {
		t.Errorf("response_type = %q, want ephemeral (the default)", m.ResponseType)
	}
	if !strings.Contains(string(m.Blocks), `"type":"header"`) || !strings.Contains(string(m.Blocks), `"type":"actions"`) {
		t.Errorf("want a header and follow-up buttons: %s", m.Blocks)
	}
	if !strings.Contains(text, "Source:") {
		t.Errorf("no source line: %s", text)
	}
}

func TestSocketSlashInChannelAndCatchAll(t *testing.T) {
	h := newHarness(t, setup{cfg: func(c *Config) { f := false; c.Ephemeral = &f }})
	cases := []struct{ command, text, want string }{
		{"/career", "salary CA", "185,000"},
		{"/career", "/salary CA", "185,000"},
		{"/career", "what certifications help?", "AWS Machine Learning"},
		{"/ask", "what certifications help?", "AWS Machine Learning"},
		{"/certs", "", "AWS Machine Learning"},
		{"/career", "", "/salary"}, // help
	}
	for _, c := range cases {
		env := h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "C1", c.command, c.text))
		m := decodeAck(t, h.fake.WaitAck(t, env, wait))
		if text := blocksText(t, string(m.Blocks)); !strings.Contains(text, c.want) {
			t.Errorf("%s %s: answer lacks %q:\n%s", c.command, c.text, c.want, text)
		}
		if m.ResponseType != "in_channel" {
			t.Errorf("%s %s: response_type %q, want in_channel with ephemeral: false", c.command, c.text, m.ResponseType)
		}
	}
	// Mistakes stay ephemeral even when answers are public.
	env := h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "C1", "/salary", "Atlantis"))
	m := decodeAck(t, h.fake.WaitAck(t, env, wait))
	if m.ResponseType != "ephemeral" {
		t.Errorf("error answer response_type %q, want ephemeral", m.ResponseType)
	}
}

func TestSocketCommandPrefix(t *testing.T) {
	h := newHarness(t, setup{cfg: func(c *Config) { c.CommandPrefix = "cb-" }})
	env := h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "C1", "/cb-salary", "CA"))
	m := decodeAck(t, h.fake.WaitAck(t, env, wait))
	if text := blocksText(t, string(m.Blocks)); !strings.Contains(text, "185,000") {
		t.Errorf("/cb-salary CA lacks 185,000:\n%s", text)
	}
}

func TestSocketAppMentionAnswersInThread(t *testing.T) {
	h := newHarness(t, setup{})
	ev := h.fake.EventCallback("Ev1", h.fake.AppMention("U1", "C1", "1700000001.000100", "",
		"<@U0BOT> what certifications help?"))
	h.fake.Send(fakeslack.EventsAPI, ev)
	c := h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == "C1" })
	if got := c.Param("thread_ts"); got != "1700000001.000100" {
		t.Errorf("thread_ts = %q, want the question's ts", got)
	}
	if text := blocksText(t, c.Param("blocks")); !strings.Contains(text, "AWS Machine Learning") {
		t.Errorf("answer lacks AWS Machine Learning:\n%s", text)
	}
	if c.Token != h.fake.BotToken {
		t.Errorf("posted with token %q, want the bot token", c.Token)
	}

	// A mention inside a thread is answered in that thread.
	ev = h.fake.EventCallback("Ev2", h.fake.AppMention("U2", "C1", "1700000003.000100", "1700000002.000100",
		"<@U0BOT>: /salary CA"))
	h.fake.Send(fakeslack.EventsAPI, ev)
	c = h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool {
		return c.Param("thread_ts") == "1700000002.000100"
	})
	if text := blocksText(t, c.Param("blocks")); !strings.Contains(text, "185,000") {
		t.Errorf("thread answer lacks 185,000:\n%s", text)
	}
}

func TestSocketDirectMessage(t *testing.T) {
	h := newHarness(t, setup{})
	// Things to ignore first: the bot's own message, another bot, an edit,
	// a channel message that is not a DM.
	ignored := []map[string]any{
		h.fake.DirectMessage("U0BOT", "D1", "1700000010.000001", "what certifications help?"),
		withFields(h.fake.DirectMessage("U9", "D1", "1700000010.000002", "what certifications help?"), "bot_id", "B9"),
		withFields(h.fake.DirectMessage("U1", "D1", "1700000010.000003", "what certifications help?"), "subtype", "message_changed"),
		withFields(h.fake.DirectMessage("U1", "C1", "1700000010.000004", "what certifications help?"), "channel_type", "channel"),
	}
	var last string
	for i, ev := range ignored {
		last = h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvIgnored"+string(rune('A'+i)), ev))
	}
	h.settle(last)
	if n := len(h.fake.Calls("chat.postMessage")) + len(h.fake.Calls("chat.postEphemeral")); n != 0 {
		t.Fatalf("answered %d ignored messages", n)
	}

	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvDM", h.fake.DirectMessage("U1", "D1", "1700000011.000001", "what certifications help?")))
	c := h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == "D1" })
	if c.Param("thread_ts") != "" {
		t.Errorf("DM answer in a thread (%q); want it in the DM itself", c.Param("thread_ts"))
	}
	if text := blocksText(t, c.Param("blocks")); !strings.Contains(text, "AWS Machine Learning") {
		t.Errorf("DM answer lacks AWS Machine Learning:\n%s", text)
	}
}

func withFields(m map[string]any, kv ...string) map[string]any {
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

func TestSocketButton(t *testing.T) {
	h := newHarness(t, setup{})
	env := h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "C1", "/salary", "CA"))
	m := decodeAck(t, h.fake.WaitAck(t, env, wait))
	actionID, value := findButton(t, m.Blocks, "Certifications")

	// On the ephemeral slash answer: answered through response_url, only to the clicker.
	p := h.fake.BlockActions("U1", fakeslack.Container{Channel: "C1", MessageTS: "1700000020.000001", Ephemeral: true}, actionID, value)
	h.fake.Send(fakeslack.Interactive, p)
	post := h.fake.WaitResponsePost(t, p["response_url"].(string), wait)
	var msg struct {
		ResponseType    string          `json:"response_type"`
		ReplaceOriginal *bool           `json:"replace_original"`
		Blocks          json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal(post.Body, &msg); err != nil {
		t.Fatal(err)
	}
	if text := blocksText(t, string(msg.Blocks)); !strings.Contains(text, "AWS Machine Learning") {
		t.Errorf("button answer lacks AWS Machine Learning:\n%s", text)
	}
	if msg.ResponseType != "ephemeral" || msg.ReplaceOriginal == nil || *msg.ReplaceOriginal {
		t.Errorf("want an ephemeral answer that keeps the original; got response_type %q replace_original %v", msg.ResponseType, msg.ReplaceOriginal)
	}

	// On a public thread answer: answered in the same thread.
	_, value = findButton(t, m.Blocks, "Job outlook")
	p = h.fake.BlockActions("U2", fakeslack.Container{Channel: "C1", MessageTS: "1700000022.000001", ThreadTS: "1700000021.000001"}, actionID, value)
	h.fake.Send(fakeslack.Interactive, p)
	c := h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("thread_ts") == "1700000021.000001" })
	if c.Param("channel") != "C1" || !strings.Contains(strings.ToLower(blocksText(t, c.Param("blocks"))), "outlook") {
		t.Errorf("thread button answer: channel %q blocks %s", c.Param("channel"), c.Param("blocks"))
	}

	// A forged button value is refused politely, to the clicker only.
	p = h.fake.BlockActions("U3", fakeslack.Container{Channel: "C1", MessageTS: "1700000023.000001", Ephemeral: true}, actionID, "cb1|")
	h.fake.Send(fakeslack.Interactive, p)
	post = h.fake.WaitResponsePost(t, p["response_url"].(string), wait)
	if !strings.Contains(string(post.Body), "no longer works") {
		t.Errorf("forged button: %s", post.Body)
	}
}

func TestSocketRetriedEventAnsweredOnce(t *testing.T) {
	h := newHarness(t, setup{})
	ev := h.fake.EventCallback("EvRetry", h.fake.AppMention("U1", "C1", "1700000030.000001", "", "<@U0BOT> what certifications help?"))
	first := h.fake.Send(fakeslack.EventsAPI, ev)
	h.settle(first)
	if n := len(h.posts("C1")); n != 1 {
		t.Fatalf("first delivery: %d answers, want 1", n)
	}
	// Slack thinks the ack was lost and delivers the same event again.
	retry := h.fake.SendRetry(fakeslack.EventsAPI, ev, 1, "timeout")
	h.settle(retry)
	if n := len(h.posts("C1")); n != 1 {
		t.Fatalf("after retry_attempt 1: %d answers, want exactly 1", n)
	}
	// A different event is still answered.
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvOther", h.fake.AppMention("U1", "C1", "1700000031.000001", "", "<@U0BOT> /salary CA")))
	h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("thread_ts") == "1700000031.000001" })
}

func TestSocketEventAcrossDroppedConnection(t *testing.T) {
	// An event sent while the link is down (or on a link that dies before
	// the ack) is delivered on the next connection and answered once.
	h := newHarness(t, setup{fake: fakeslack.Options{AckTimeout: -1}})
	h.fake.DropConnections()
	env := h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvQueued", h.fake.DirectMessage("U1", "D7", "1700000040.000001", "/salary CA")))
	h.fake.WaitConnections(t, 2, wait)
	h.fake.Wait(wait, func() bool {
		for _, id := range h.fake.EnvelopeIDs(env) {
			for _, a := range h.fake.Acks() {
				if a.EnvelopeID == id {
					return true
				}
			}
		}
		return false
	})
	c := h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == "D7" })
	if !strings.Contains(blocksText(t, c.Param("blocks")), "185,000") {
		t.Errorf("answer lacks 185,000: %s", c.Param("blocks"))
	}
	h.idle()
	if n := len(h.posts("D7")); n != 1 {
		t.Errorf("%d answers, want 1", n)
	}
}

func TestSocketReconnects(t *testing.T) {
	h := newHarness(t, setup{cfg: func(c *Config) { c.PingTimeout = 700 * time.Millisecond }})
	ask := func(id, channel string) {
		t.Helper()
		h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback(id, h.fake.DirectMessage("U1", channel, "1700000050.00000"+id[len(id)-1:], "/salary CA")))
		c := h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == channel })
		if !strings.Contains(blocksText(t, c.Param("blocks")), "185,000") {
			t.Errorf("%s: answer lacks 185,000", id)
		}
	}
	ask("Ev1", "D1")

	// Slack asks the client to reconnect.
	h.fake.Disconnect("refresh_requested")
	h.fake.WaitConnections(t, 2, wait)
	ask("Ev2", "D2")

	// The link dies without a close frame.
	h.fake.DropConnections()
	h.fake.WaitConnections(t, 3, wait)
	ask("Ev3", "D3")

	// Slack stops pinging: the client gives up on the link and reconnects.
	opened, _ := h.fake.Connections()
	h.fake.SetPings(false)
	h.fake.Wait(wait, func() bool { o, _ := h.fake.Connections(); return o > opened })
	h.fake.SetPings(true)
	h.fake.WaitConnections(t, opened+1, wait)
	ask("Ev4", "D4")
	if got := len(h.fake.Calls("apps.connections.open")); got < 4 {
		t.Errorf("apps.connections.open called %d times, want a fresh URL for each of 4 connections", got)
	}
}

func TestSocketRateLimitsWaitedOut(t *testing.T) {
	h := newHarness(t, setup{noWait: true})
	h.fake.RateLimit("chat.postMessage", 1, 1)
	h.fake.WaitConnections(t, 1, wait)
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvRL", h.fake.DirectMessage("U1", "D1", "1700000060.000001", "/salary CA")))
	h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == "D1" })
	calls := h.fake.Calls("chat.postMessage")
	if len(calls) != 2 || calls[0].Error != "ratelimited" {
		t.Fatalf("want one ratelimited call then the answer, got %+v", calls)
	}
	if gap := calls[1].At.Sub(calls[0].At); gap < 900*time.Millisecond {
		t.Errorf("retried after %v; Retry-After was 1s", gap)
	}
}

func TestSocketConnectRateLimited(t *testing.T) {
	f := fakeslack.Options{}
	h := newHarness(t, setup{fake: f, noWait: true})
	// apps.connections.open may be rate limited too (the first call may
	// already have happened: limit the reconnect).
	h.fake.WaitConnections(t, 1, wait)
	h.fake.RateLimit("apps.connections.open", 1, 1)
	h.fake.Disconnect("refresh_requested")
	h.fake.WaitConnections(t, 2, wait)
	var limited bool
	for _, c := range h.fake.Calls("apps.connections.open") {
		limited = limited || c.Error == "ratelimited"
	}
	if !limited {
		t.Error("the rate limit was never hit")
	}
}

// panicky panics on questions containing "boom".
type panicky struct{ next bot.Answerer }

func (p panicky) Handle(ctx context.Context, req *bot.Request) *bot.Answer {
	if strings.Contains(req.Text, "boom") {
		panic("boom")
	}
	return p.next.Handle(ctx, req)
}

func TestSocketPanicKeepsConnection(t *testing.T) {
	h := newHarness(t, setup{answer: func(n bot.Answerer) bot.Answerer { return panicky{n} }})
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvBoom", h.fake.DirectMessage("U1", "D1", "1700000070.000001", "boom")))
	c := h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == "D1" })
	if !strings.Contains(blocksText(t, c.Param("blocks")), "went wrong") {
		t.Errorf("panic should become the apology, got %s", c.Param("blocks"))
	}
	env := h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "C1", "/ask", "boom"))
	if m := decodeAck(t, h.fake.WaitAck(t, env, wait)); !strings.Contains(blocksText(t, string(m.Blocks)), "went wrong") {
		t.Errorf("slash panic: %s", m.Blocks)
	}
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvAfter", h.fake.DirectMessage("U1", "D2", "1700000071.000001", "/salary CA")))
	c = h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == "D2" })
	if !strings.Contains(blocksText(t, c.Param("blocks")), "185,000") {
		t.Error("no answer after the panic")
	}
	if opened, _ := h.fake.Connections(); opened != 1 {
		t.Errorf("%d connections: a panic must not drop the link", opened)
	}
}

func TestSocketBadFramesAcked(t *testing.T) {
	h := newHarness(t, setup{})
	// An events_api envelope whose payload slack-go cannot parse is acked
	// (or Slack would redeliver it forever) and the link stays up.
	frame := `{"envelope_id":"env-bad","type":"events_api","accepts_response_payload":false,"payload":"not an object"}`
	if !h.fake.SendRaw([]byte(frame)) {
		t.Fatal("no connection")
	}
	h.fake.SendRaw([]byte(`{{{ not json`))
	h.fake.WaitAck(t, "env-bad", wait)
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvAfterBad", h.fake.DirectMessage("U1", "D1", "1700000080.000001", "/salary CA")))
	h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == "D1" })
	if opened, _ := h.fake.Connections(); opened != 1 {
		t.Errorf("%d connections after bad frames, want 1", opened)
	}
}

// gate holds answers until released, to play a slow engine.
type gate struct {
	next    bot.Answerer
	release chan struct{}
}

func (g gate) Handle(ctx context.Context, req *bot.Request) *bot.Answer {
	select {
	case <-g.release:
	case <-ctx.Done():
	}
	return g.next.Handle(ctx, req)
}

func TestSocketSlowAnswerUsesResponseURL(t *testing.T) {
	release := make(chan struct{})
	h := newHarness(t, setup{
		cfg:    func(c *Config) { c.SlowAnswer = 100 * time.Millisecond },
		answer: func(n bot.Answerer) bot.Answerer { return gate{n, release} },
	})
	p := h.fake.SlashCommand("U1", "C1", "/salary", "CA")
	env := h.fake.Send(fakeslack.SlashCommands, p)
	ack := h.fake.WaitAck(t, env, wait)
	if len(ack.Payload) != 0 && string(ack.Payload) != "null" {
		t.Fatalf("slow answer: want an empty ack first, got %s", ack.Payload)
	}
	close(release)
	post := h.fake.WaitResponsePost(t, p["response_url"], wait)
	if !strings.Contains(string(post.Body), "185,000") || !strings.Contains(string(post.Body), `"response_type":"ephemeral"`) {
		t.Errorf("response_url post: %s", post.Body)
	}
}

func TestSocketHomeTab(t *testing.T) {
	h := newHarness(t, setup{})
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvHome", map[string]any{"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home", "event_ts": "1700000090.000001"}))
	c := h.fake.WaitCall(t, "views.publish", wait, nil)
	if c.Param("user_id") != "U1" || !strings.Contains(c.Param("view"), "/salary") {
		t.Errorf("home view for %q: %s", c.Param("user_id"), c.Param("view"))
	}
	// A button on the Home tab is answered in the DM.
	var view struct {
		Blocks json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal([]byte(c.Param("view")), &view); err != nil {
		t.Fatal(err)
	}
	actionID, value := findButton(t, view.Blocks, "Certifications")
	p := h.fake.BlockActions("U1", fakeslack.Container{}, actionID, value)
	p["container"] = map[string]any{"type": "view", "view_id": "V0HOME"}
	delete(p, "channel")
	h.fake.Send(fakeslack.Interactive, p)
	post := h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == "D1" })
	if !strings.Contains(blocksText(t, post.Param("blocks")), "AWS Machine Learning") {
		t.Errorf("home button answer: %s", post.Param("blocks"))
	}
}

// BenchmarkSocketSlashRoundTrip measures a slash command through the fake:
// envelope out, engine, Block Kit ack back.
func BenchmarkSocketSlashRoundTrip(b *testing.B) {
	fake := fakeslack.New(b, fakeslack.Options{})
	tb := testbot.New(b)
	a, err := New(Config{BotToken: fake.BotToken, AppToken: fake.AppToken, APIURL: fake.APIURL()}, tb.Router, tb.Registry, nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	defer func() { cancel(); <-done }()
	fake.WaitConnections(b, 1, wait)
	b.ResetTimer()
	for b.Loop() {
		env := fake.Send(fakeslack.SlashCommands, fake.SlashCommand("U1", "C1", "/salary", "CA"))
		fake.WaitAck(b, env, wait)
	}
}

// Text the user typed is echoed inert: never a Slack link, bold or a
// broadcast mention.
func TestSocketTypedTextEchoedInert(t *testing.T) {
	h := newHarness(t, setup{})
	env := h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "C1", "/salary", "[Login](https://example.com/x) *bold* <!here>"))
	m := decodeAck(t, h.fake.WaitAck(t, env, wait))
	raw := string(m.Blocks)
	text := blocksText(t, raw)
	if !strings.Contains(text, "recognise") {
		t.Fatalf("not the state error: %s", text)
	}
	for _, bad := range []string{"<https://example.com/x|Login>", "<!here>", "*bold*"} {
		if strings.Contains(text, bad) {
			t.Errorf("typed text formatted: %q in %s", bad, text)
		}
	}
	if !strings.Contains(text, "Login") || !strings.Contains(text, "example.com/x") {
		t.Errorf("typed text lost: %s", text)
	}
}
