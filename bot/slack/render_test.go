package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// unsafeRE finds what would make Slack ping or link: <!channel>, <!here>,
// <!everyone>, <@U..>, <#C..>, <!subteam..>, and the plain words
// @channel/@here/@everyone (which we break with a zero-width space).
var unsafeRE = regexp.MustCompile(`<[!@#]|(?i)@(channel|here|everyone)\b`)

// checkSafe fails when any text of a message could ping or form a link
// other than our own http(s) links.
func checkSafe(t testing.TB, where, s string) {
	t.Helper()
	if m := unsafeRE.FindString(s); m != "" {
		t.Errorf("%s: contains %q:\n%s", where, m, s)
	}
	for i := strings.Index(s, "<"); i >= 0; {
		rest := s[i:]
		if !strings.HasPrefix(rest, "<http://") && !strings.HasPrefix(rest, "<https://") {
			t.Errorf("%s: raw '<' outside a link: %q", where, rest[:min(len(rest), 40)])
		}
		j := strings.Index(s[i+1:], "<")
		if j < 0 {
			break
		}
		i += 1 + j
	}
}

func TestBroadcastMentionsEscaped(t *testing.T) {
	h := newHarness(t, setup{cfg: func(c *Config) { f := false; c.Ephemeral = &f }})
	var envs []string
	// What Slack sends when a member types @channel, @here, @everyone, a
	// user mention or a raw "<!channel>" (which Slack escapes).
	slash := []struct{ command, text string }{
		{"/salary", "<!channel>"},
		{"/salary", "&lt;!channel&gt;"},
		{"/career", "/<!here> now"},
		{"/ask", "<!everyone> what certifications help? <@U2|bob> <#C9|general> <!subteam^S1|@team>"},
		{"/compare", "<!channel> \"<!here>\""},
	}
	for _, c := range slash {
		envs = append(envs, h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "C1", c.command, c.text)))
	}
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvEsc1", h.fake.AppMention("U1", "C1", "1700000200.000001", "", "<@U0BOT> <!channel> what certifications help?")))
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvEsc2", h.fake.DirectMessage("U1", "D1", "1700000200.000002", "/salary <!here>")))
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvEsc3", h.fake.DirectMessage("U1", "D1", "1700000200.000003", "/<!everyone>")))
	last := h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvEsc4", h.fake.DirectMessage("U1", "D1", "1700000200.000004", "/salary &lt;!channel&gt; &amp; more")))
	for _, e := range envs {
		h.fake.WaitAck(t, e, wait)
	}
	h.settle(last)

	var outputs []string
	for _, a := range h.fake.Acks() {
		if len(a.Payload) > 0 && string(a.Payload) != "null" {
			outputs = append(outputs, string(a.Payload))
		}
	}
	for _, c := range append(h.fake.Calls("chat.postMessage"), h.fake.Calls("chat.postEphemeral")...) {
		outputs = append(outputs, c.Param("blocks")+"\n"+c.Param("text"))
	}
	if len(outputs) != len(slash)+4 {
		t.Fatalf("%d outputs, want %d", len(outputs), len(slash)+4)
	}
	echoed := 0
	for _, o := range outputs {
		var text string
		if strings.HasPrefix(o, "{") {
			var m ackMessage
			_ = json.Unmarshal([]byte(o), &m)
			text = blocksText(t, string(m.Blocks)) + "\n" + m.Text
		} else {
			blocks, plain, _ := strings.Cut(o, "\n")
			text = blocksText(t, blocks) + "\n" + plain
		}
		checkSafe(t, "answer", text)
		if strings.Contains(text, "&lt;!channel&gt;") || strings.Contains(text, "@\u200bhere") ||
			strings.Contains(text, "@\u200beveryone") || strings.Contains(text, "@\u200bchannel") {
			echoed++
		}
	}
	// The engine echoes bad input back ("I don't recognise ... as a US
	// state"): those echoes must be there, defused.
	if echoed < 4 {
		t.Errorf("only %d answers echoed the broadcast text (defused); the test is not exercising escaping", echoed)
	}
}

func TestEscapeAndMrkdwn(t *testing.T) {
	cases := map[string]string{
		"a & b < c > d":                     "a &amp; b &lt; c &gt; d",
		"<!channel> hi":                     "&lt;!channel&gt; hi",
		"ping @here and @Everyone":          "ping @\u200bhere and @\u200bEveryone",
		"**bold** and __it__":               "*bold* and _it_",
		"[docs](https://example.com/a?b=c)": "<https://example.com/a?b=c|docs>",
		"[x](!channel)":                     "[x](!channel)",
		"[x](javascript:alert(1))":          "[x](javascript:alert(1))",
		"[a|b](https://e.com)":              "<https://e.com|a¦b>",
		"[<!here>](https://e.com)":          "<https://e.com|&lt;!here&gt;>",
	}
	for in, want := range cases {
		if got := inline(in); got != want {
			t.Errorf("inline(%q) = %q, want %q", in, got, want)
		}
	}
	lines := mrkdwnLines("### Heading & **more**\n- item <x>\n* star\nplain")
	want := []string{"*Heading &amp; more*", "• item &lt;x&gt;", "• star", "plain"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("mrkdwnLines = %q, want %q", lines, want)
	}
}

func TestDecodeText(t *testing.T) {
	cases := map[string]string{
		"<@U0BOT> what certifications help?":       "what certifications help?",
		"<@U0BOT|careerbot> hi <@U2|bob> <@U3>":    "hi @bob @U3",
		"<#C1|general> <#C2>":                      "#general #C2",
		"<!here> <!channel> <!subteam^S1|@team>":   "@here @channel @team",
		"<https://x.test|label> <https://y.test>":  "label https://y.test",
		"a &amp; b &lt;c&gt;":                      "a & b <c>",
		"<!date^1392734382^{date}|Feb 18th, 2014>": "Feb 18th, 2014",
	}
	for in, want := range cases {
		if got := decodeText(in, "U0BOT"); got != want {
			t.Errorf("decodeText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRenderRespectsLimits(t *testing.T) {
	para := strings.Repeat("Machine learning engineers build & ship <models> with **care**. ", 8)
	var body strings.Builder
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&body, "### Part %d\n%s\n- bullet %d with [a link](https://example.com/%d)\n\n", i, para, i, i)
	}
	body.WriteString(strings.Repeat("x", 7000)) // one line longer than a section
	a := &bot.Answer{
		Answered: true,
		Title:    strings.Repeat("Very long title & <stuff> ", 20),
		Note:     strings.Repeat("note ", 1000),
		Body:     body.String(),
		Source:   &bot.Source{GuideTitle: "Machine Learning Engineer", Section: "Everything", Publisher: "Hakia", Date: "2026", URL: "https://example.com/guide"},
	}
	for i := 0; i < 40; i++ {
		a.Fields = append(a.Fields, bot.Field{Label: fmt.Sprintf("Field %d <x>", i), Value: strings.Repeat("v&", 1500)})
	}
	for i := 0; i < 100; i++ {
		a.Bullets = append(a.Bullets, strings.Repeat("bullet ", 100))
	}
	for i := 0; i < 12; i++ {
		a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: strings.Repeat("Follow & up ", 20), Command: "salary", Options: map[string]string{"state": "CA"}})
	}
	m := render(a)
	raw, err := json.Marshal(m.Blocks)
	if err != nil {
		t.Fatal(err)
	}
	if code := fakeslack.ValidateBlocks(raw, m.Text); code != "" {
		t.Fatalf("Slack would refuse the message: %s", code)
	}
	if len(m.Blocks) > maxBlocks {
		t.Errorf("%d blocks", len(m.Blocks))
	}
	if n := fakeslack.TextChars(raw); n > messageBudget {
		t.Errorf("%d characters of text, budget %d", n, messageBudget)
	}
	s := string(raw)
	text := blocksText(t, s)
	for _, want := range []string{`"type":"header"`, `"type":"actions"`} {
		if !strings.Contains(s, want) {
			t.Errorf("rendered message lacks %q", want)
		}
	}
	for _, want := range []string{shortenedNote, "<https://example.com/guide|Machine Learning Engineer guide › Everything>", "<https://example.com/0|a link>"} {
		if !strings.Contains(text, want) {
			t.Errorf("rendered message lacks %q", want)
		}
	}
	if n := strings.Count(s, `"type":"button"`); n != maxButtons {
		t.Errorf("%d buttons, want %d", n, maxButtons)
	}
	checkSafe(t, "huge answer", text)
	var bs []struct {
		Type string `json:"type"`
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
	}
	_ = json.Unmarshal(raw, &bs)
	for _, b := range bs {
		if b.Type == "header" && utf8.RuneCountInString(b.Text.Text) > maxHeaderText {
			t.Errorf("header of %d characters", utf8.RuneCountInString(b.Text.Text))
		}
	}
	if utf8.RuneCountInString(m.Text) > maxFallback {
		t.Errorf("fallback text of %d characters", utf8.RuneCountInString(m.Text))
	}
	// Entities are never cut in half.
	if regexp.MustCompile(`&(a|am|l|g|lt|gt|amp)?[^a-z;]`).MatchString(text) {
		t.Error("an &entity; was cut")
	}

	// Fields only: 25 fields → 3 sections of at most 10.
	a = &bot.Answer{Title: "Facts"}
	for i := 0; i < 25; i++ {
		a.Fields = append(a.Fields, bot.Field{Label: fmt.Sprint("L", i), Value: "v"})
	}
	raw, _ = json.Marshal(render(a).Blocks)
	if code := fakeslack.ValidateBlocks(raw, ""); code != "" || strings.Count(string(raw), `"fields"`) != 3 {
		t.Errorf("25 fields: %s, %d sections", code, strings.Count(string(raw), `"fields"`))
	}
	// Nothing at all still makes a valid message.
	raw, _ = json.Marshal(render(&bot.Answer{}).Blocks)
	if code := fakeslack.ValidateBlocks(raw, "x"); code != "" || len(raw) < 10 {
		t.Errorf("empty answer: %s %s", code, raw)
	}
}

// hugeAnswerer answers everything with an answer far over Slack's limits.
type hugeAnswerer struct{}

func (hugeAnswerer) Handle(context.Context, *bot.Request) *bot.Answer {
	return &bot.Answer{Answered: true, Title: "Huge", Body: strings.Repeat("A long line of text that goes on. ", 3000),
		FollowUps: []bot.FollowUp{{Label: "Salary", Command: "salary"}}}
}

func TestHugeAnswersDelivered(t *testing.T) {
	h := newHarness(t, setup{answer: func(bot.Answerer) bot.Answerer { return hugeAnswerer{} }})
	p := h.fake.SlashCommand("U1", "C1", "/ask", "anything")
	env := h.fake.Send(fakeslack.SlashCommands, p)
	ack := h.fake.WaitAck(t, env, wait)
	if len(ack.Payload) != 0 && string(ack.Payload) != "null" {
		decodeAck(t, ack) // valid and under Socket Mode's 20 KB
		if len(ack.Payload) >= 20*1024 {
			t.Errorf("ack payload of %d bytes", len(ack.Payload))
		}
	} else {
		post := h.fake.WaitResponsePost(t, p["response_url"], wait)
		if !strings.Contains(string(post.Body), shortenedNote) {
			t.Errorf("response_url post: %.300s", post.Body)
		}
	}
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvHuge", h.fake.DirectMessage("U1", "D1", "1700000300.000001", "anything")))
	c := h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == "D1" })
	if !strings.Contains(c.Param("blocks"), shortenedNote) {
		t.Errorf("DM answer not shortened: %.300s", c.Param("blocks"))
	}
}

func TestEveryCommandRendersValid(t *testing.T) {
	tb := testbot.New(t)
	lines := []string{"what certifications help?", "salary in Texas", "what does an ML engineer do all day?", "/compare ml-engineer \"data scientist\""}
	for _, c := range tb.Registry.Commands() {
		lines = append(lines, "/"+c.Name)
	}
	for _, l := range lines {
		req, err := bot.ParseLine(tb.Registry, l)
		var a *bot.Answer
		if err != nil {
			a = bot.ErrorAnswer(err)
		} else {
			req.Platform = "slack"
			a = tb.Router.Handle(context.Background(), req)
		}
		m := render(a)
		raw, _ := json.Marshal(m.Blocks)
		if code := fakeslack.ValidateBlocks(raw, m.Text); code != "" {
			t.Errorf("%s: Slack would refuse: %s", l, code)
		}
		checkSafe(t, l, blocksText(t, string(raw)))
	}
}

func TestDedup(t *testing.T) {
	d := newDedup(3, 10*60e9)
	now := fixedNow()
	for _, k := range []string{"a", "b", "c"} {
		if d.Seen(k, now) {
			t.Errorf("%s seen before it was recorded", k)
		}
	}
	if !d.Seen("a", now) || !d.Seen("c", now) {
		t.Error("recorded keys not seen")
	}
	d.Seen("d", now) // evicts the oldest, "a"
	if d.Len() != 3 {
		t.Errorf("%d keys remembered, bound is 3", d.Len())
	}
	if d.Seen("a", now) {
		t.Error("evicted key still seen")
	}
	if d.Seen("", now) || d.Seen("", now) {
		t.Error("empty key treated as a duplicate")
	}
	if d.Seen("d", now.Add(11*60e9)) {
		t.Error("key seen after its window")
	}
}

func BenchmarkRenderCertsAnswer(b *testing.B) {
	tb := testbot.New(b)
	req, _ := bot.ParseLine(tb.Registry, "what certifications help?")
	a := tb.Router.Handle(context.Background(), req)
	b.ReportAllocs()
	for b.Loop() {
		render(a)
	}
}

func BenchmarkRenderHugeAnswer(b *testing.B) {
	a := hugeAnswerer{}.Handle(context.Background(), nil)
	b.ReportAllocs()
	for b.Loop() {
		render(a)
	}
}

func TestHardSplitKeepsEntities(t *testing.T) {
	s := strings.Repeat("a&amp;b&lt;&gt;", 700) // no spaces at all
	pieces := hardSplit(s, 3000)
	if strings.Join(pieces, "") != s {
		t.Fatal("pieces do not add up to the input")
	}
	partial := regexp.MustCompile(`&(a|am|amp|l|lt|g|gt)?$|^(mp|p|t)?;`)
	for i, p := range pieces {
		if runes(p) > 3000 {
			t.Errorf("piece %d has %d characters", i, runes(p))
		}
		if partial.MatchString(p) {
			t.Errorf("piece %d cuts an entity: ...%s", i, p[max(0, len(p)-8):])
		}
	}
	if hardSplit("", 10) != nil || len(hardSplit("short", 10)) != 1 {
		t.Error("short inputs")
	}
}
