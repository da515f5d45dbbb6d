package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
)

// countObserver records bot.Observer calls.
type countObserver struct {
	mu  sync.Mutex
	n   map[string]int
	ups []bool
}

func newCountObserver() *countObserver { return &countObserver{n: map[string]int{}} }

func (o *countObserver) add(k, adapter string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if adapter != "slack" {
		k += "(wrong platform " + adapter + ")"
	}
	o.n[k]++
}

func (o *countObserver) AdapterUp(adapter string, up bool) {
	o.add("up", adapter)
	o.mu.Lock()
	o.ups = append(o.ups, up)
	o.mu.Unlock()
}
func (o *countObserver) Reconnect(p string)     { o.add("reconnect", p) }
func (o *countObserver) Welcome(p string)       { o.add("welcome", p) }
func (o *countObserver) WelcomeFailed(p string) { o.add("welcome_failed", p) }
func (o *countObserver) QuickStart(p string)    { o.add("quick_start", p) }
func (o *countObserver) RoleChange(p string)    { o.add("role_change", p) }

func (o *countObserver) get(k string) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.n[k]
}

func (o *countObserver) upHistory() []bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return slices.Clone(o.ups)
}

func (o *countObserver) snapshot() map[string]int {
	o.mu.Lock()
	defer o.mu.Unlock()
	m := map[string]int{}
	for k, v := range o.n {
		m[k] = v
	}
	return m
}

// slackTokenAnyRE finds every Slack control sequence: mentions, channel
// links, broadcasts (<!channel>), links.
var slackTokenAnyRE = regexp.MustCompile(`<[^<>]*>`)

// onlyMentions fails unless the control sequences in s (decoded text, not
// JSON) are exactly the allowed ones, each present (links to https URLs
// are fine).
func onlyMentions(t *testing.T, what, s string, allowed ...string) {
	t.Helper()
	for _, a := range allowed {
		if !strings.Contains(s, a) {
			t.Errorf("%s does not mention %s:\n%s", what, a, s)
		}
	}
	for _, m := range slackTokenAnyRE.FindAllString(s, -1) {
		if strings.HasPrefix(m, "<https://") {
			continue
		}
		if !slices.Contains(allowed, m) {
			t.Errorf("%s contains %s; only %v may be mentioned:\n%s", what, m, allowed, s)
		}
	}
	if strings.Contains(strings.ToLower(s), "@here") || strings.Contains(strings.ToLower(s), "@channel") {
		t.Errorf("%s contains a plain @here/@channel:\n%s", what, s)
	}
}

type button struct{ Label, ActionID, Value string }

// allButtons returns the buttons of a block list.
func allButtons(t testing.TB, blocks json.RawMessage) []button {
	t.Helper()
	var bs []struct {
		Type     string            `json:"type"`
		Elements []json.RawMessage `json:"elements"`
	}
	if err := json.Unmarshal(blocks, &bs); err != nil {
		t.Fatalf("blocks: %v\n%s", err, blocks)
	}
	var out []button
	for _, b := range bs {
		if b.Type != "actions" {
			continue
		}
		for _, raw := range b.Elements {
			var e struct {
				Type     string `json:"type"`
				ActionID string `json:"action_id"`
				Value    string `json:"value"`
				Text     struct {
					Text string `json:"text"`
				} `json:"text"`
			}
			if err := json.Unmarshal(raw, &e); err != nil {
				t.Fatalf("button: %v\n%s", err, raw)
			}
			if e.Type == "button" {
				out = append(out, button{e.Text.Text, e.ActionID, e.Value})
			}
		}
	}
	return out
}

// wantQuickStarts checks that the blocks carry the core's quick starts as
// buttons whose values the follow-up handler decodes.
func wantQuickStarts(t *testing.T, blocks json.RawMessage) []button {
	t.Helper()
	got := allButtons(t, blocks)
	byLabel := map[string]button{}
	for _, b := range got {
		byLabel[b.Label] = b
	}
	for _, q := range bot.QuickStarts() {
		b, ok := byLabel[q.Label]
		if !ok {
			t.Errorf("no quick-start button %q; buttons %+v", q.Label, got)
			continue
		}
		req, ok := bot.DecodeFollowUp(b.Value)
		if !ok || req.Command != q.Command {
			t.Errorf("button %q value %q does not decode to /%s", q.Label, b.Value, q.Command)
		}
		if !strings.HasPrefix(b.ActionID, quickStartPrefix) {
			t.Errorf("button %q action_id %q lacks the quick-start prefix", q.Label, b.ActionID)
		}
	}
	return got
}

func onboardingCfg(o OnboardingConfig) func(*Config) {
	return func(c *Config) { c.Onboarding = o }
}

func TestOnboardingConfigErrors(t *testing.T) {
	long := strings.Repeat("Welcome, friend. ", 180) // 3060 characters
	cases := []struct {
		name string
		o    OnboardingConfig
		want []string // all must appear in the error; nil: no error
	}{
		{"default template", OnboardingConfig{Enabled: true}, nil},
		{"all placeholders", OnboardingConfig{Enabled: true, Template: "Hi {user}, welcome to {server}! Try {commands}."}, nil},
		{"disabled but valid", OnboardingConfig{Template: "Hi {user}"}, nil},
		{"unknown placeholder", OnboardingConfig{Enabled: true, Template: "Welcome {usr} to {server}"},
			[]string{"slack.onboarding.template", "unknown placeholder {usr}", "{user}"}},
		{"two unknown", OnboardingConfig{Enabled: true, Template: "{b} {a} {b}"},
			[]string{"slack.onboarding.template", "{a}, {b}"}},
		{"member count", OnboardingConfig{Enabled: true, Template: "You are member {member_count}"},
			[]string{"slack.onboarding.template", "{member_count}", "remove it"}},
		{"unbalanced", OnboardingConfig{Enabled: true, Template: "Welcome {user"},
			[]string{"slack.onboarding.template", "unbalanced"}},
		{"too long", OnboardingConfig{Enabled: true, Template: long},
			[]string{"slack.onboarding.template", "3000"}},
		{"escaping counts", OnboardingConfig{Enabled: true, Template: strings.Repeat("&", 700)},
			[]string{"slack.onboarding.template", "3000"}},
		{"blank template is the default", OnboardingConfig{Enabled: true, Template: "  \n"}, nil},
		{"channel name", OnboardingConfig{Enabled: true, Channels: []string{"C0123ABCD", "#general"}},
			[]string{"slack.onboarding.channels[1]", `"#general"`, "not a channel id"}},
		{"disabled still checked", OnboardingConfig{Template: "{usr}"},
			[]string{"slack.onboarding.template", "{usr}"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := Config{BotToken: "xoxb-1", AppToken: "xapp-1", Onboarding: c.o}
			a, err := New(cfg, stubAnswerer{}, bot.NewRegistry(), nil)
			if c.want == nil {
				if err != nil || a == nil {
					t.Fatalf("New: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("New accepted %+v", c.o)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

type stubAnswerer struct{}

func (stubAnswerer) Handle(context.Context, *bot.Request) *bot.Answer {
	return &bot.Answer{Answered: true, Body: "ok"}
}

func TestWelcomeMessageEscapes(t *testing.T) {
	reg := bot.NewRegistry()
	for _, name := range []string{"salary", "certs", "path", "help"} {
		reg.MustAdd(bot.Command{Name: name, Description: "d " + name, Handler: func(context.Context, *bot.Request) (*bot.Answer, error) { return nil, nil }})
	}
	a, err := New(Config{BotToken: "xoxb-1", AppToken: "xapp-1", CommandPrefix: "cb-", Onboarding: OnboardingConfig{
		Enabled:  true,
		Template: "**Welcome** {user} to {server}! <!channel> @here <@U0OTHER> read [the rules](https://example.com/rules) & try {commands}",
	}}, stubAnswerer{}, reg, nil)
	if err != nil {
		t.Fatal(err)
	}
	a.teamName.Store("Acme <!everyone> & Co | @channel")
	msg := a.welcomeMessage("U0NEW")
	raw, err := json.Marshal(msg.Blocks)
	if err != nil {
		t.Fatal(err)
	}
	if code := fakeslack.ValidateBlocks(raw, msg.Text); code != "" {
		t.Fatalf("Slack would refuse the welcome: %s\n%s", code, raw)
	}
	text := blocksText(t, string(raw))
	for _, want := range []string{"*Welcome* <@U0NEW> to Acme &lt;!everyone&gt; &amp; Co ¦ @\u200bchannel!",
		"&lt;!channel&gt; @\u200bhere &lt;@U0OTHER&gt;", "<https://example.com/rules|the rules> &amp; try /cb-salary, /cb-certs, /cb-path, /cb-help"} {
		if !strings.Contains(text, want) {
			t.Errorf("welcome lacks %q:\n%s", want, text)
		}
	}
	onlyMentions(t, "welcome blocks", text, "<@U0NEW>")
	onlyMentions(t, "welcome text", msg.Text, "<@U0NEW>")
	wantQuickStarts(t, raw)

	// Without the quick starts' commands in the registry, no buttons.
	a2, err := New(Config{BotToken: "xoxb-1", AppToken: "xapp-1", Onboarding: OnboardingConfig{Enabled: true}}, stubAnswerer{}, bot.NewRegistry(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if m := a2.welcomeMessage("U0NEW"); len(m.Blocks) != 1 {
		t.Errorf("empty registry: %d blocks, want only the text", len(m.Blocks))
	}
	// quick_starts: false drops them.
	f := false
	a3, err := New(Config{BotToken: "xoxb-1", AppToken: "xapp-1", Onboarding: OnboardingConfig{Enabled: true, QuickStarts: &f}}, stubAnswerer{}, reg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m := a3.welcomeMessage("U0NEW"); len(m.Blocks) != 1 {
		t.Errorf("quick_starts false: %d blocks, want only the text", len(m.Blocks))
	}
}

func TestTeamJoinWelcomeDM(t *testing.T) {
	obs := newCountObserver()
	h := newHarness(t, setup{observer: obs, cfg: onboardingCfg(OnboardingConfig{Enabled: true,
		Template: "Welcome {user} to {server}! <!channel> Try {commands}."})})

	// Bots, deactivated accounts and Slackbot get no welcome.
	botJoin := h.fake.TeamJoin("U0ROBOT")
	botJoin["user"].(map[string]any)["is_bot"] = true
	gone := h.fake.TeamJoin("U0GONE")
	gone["user"].(map[string]any)["deleted"] = true
	h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvBotJoin", botJoin)))
	h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvGoneJoin", gone)))
	h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvSlackbot", h.fake.TeamJoin("USLACKBOT"))))
	if n := len(h.fake.Calls("conversations.open")) + len(h.fake.Calls("chat.postMessage")); n != 0 {
		t.Fatalf("%d calls for bots and deactivated users, want none", n)
	}

	ev := h.fake.EventCallback("EvJoin", h.fake.TeamJoin("U0NEW"))
	h.settle(h.fake.Send(fakeslack.EventsAPI, ev))
	// Slack redelivers the event: still one welcome.
	h.settle(h.fake.SendRetry(fakeslack.EventsAPI, ev, 1, "timeout"))

	open := h.fake.WaitCall(t, "conversations.open", wait, nil)
	if open.Param("users") != "U0NEW" {
		t.Errorf("conversations.open users=%q, want U0NEW", open.Param("users"))
	}
	posts := h.posts("D0NEW")
	if len(posts) != 1 {
		t.Fatalf("%d welcome DMs, want 1; calls: %+v", len(posts), h.fake.Calls(""))
	}
	dm := posts[0]
	blocks := json.RawMessage(dm.Param("blocks"))
	text := blocksText(t, string(blocks))
	want := "Welcome <@U0NEW> to " + h.fake.TeamName + "! &lt;!channel&gt; Try /salary, /certs"
	if !strings.Contains(text, want) {
		t.Errorf("welcome lacks %q:\n%s", want, text)
	}
	onlyMentions(t, "welcome DM blocks", text, "<@U0NEW>")
	onlyMentions(t, "welcome DM text", dm.Param("text"), "<@U0NEW>")
	if strings.Contains(text, "<!") || strings.Contains(dm.Param("text"), "<!") {
		t.Errorf("welcome contains a broadcast: %s", text)
	}
	buttons := wantQuickStarts(t, blocks)
	if got := obs.get("welcome"); got != 1 {
		t.Errorf("Welcome counted %d times, want 1", got)
	}

	// The new member clicks "Certifications" in the DM: answered there, counted.
	var certs button
	for _, b := range buttons {
		if b.Label == "Certifications" {
			certs = b
		}
	}
	p := h.fake.BlockActions("U0NEW", fakeslack.Container{Channel: "D0NEW", MessageTS: "1700000100.000001"}, certs.ActionID, certs.Value)
	h.fake.Send(fakeslack.Interactive, p)
	ans := h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool {
		return c.Param("channel") == "D0NEW" && strings.Contains(c.Param("blocks"), "AWS Machine Learning")
	})
	if ans.Param("thread_ts") != "" {
		t.Errorf("quick-start answer in a DM thread %q; want it in the DM", ans.Param("thread_ts"))
	}
	h.idle()
	if got := obs.get("quick_start"); got != 1 {
		t.Errorf("QuickStart counted %d times, want 1", got)
	}
	// A follow-up button of an ordinary answer is not a quick start.
	ansButtons := allButtons(t, json.RawMessage(ans.Param("blocks")))
	if len(ansButtons) == 0 {
		t.Fatal("the answer has no follow-up buttons")
	}
	p = h.fake.BlockActions("U0NEW", fakeslack.Container{Channel: "D0NEW", MessageTS: "1700000101.000001"}, ansButtons[0].ActionID, ansButtons[0].Value)
	before := len(h.posts("D0NEW"))
	h.fake.Send(fakeslack.Interactive, p)
	h.fake.Wait(wait, func() bool { return len(h.posts("D0NEW")) > before })
	h.idle()
	if got := obs.get("quick_start"); got != 1 {
		t.Errorf("after a follow-up click QuickStart is %d, want still 1", got)
	}
	if got := obs.get("welcome_failed"); got != 0 {
		t.Errorf("WelcomeFailed %d", got)
	}
}

func TestTeamJoinFailuresCounted(t *testing.T) {
	obs := newCountObserver()
	h := newHarness(t, setup{observer: obs, cfg: onboardingCfg(OnboardingConfig{Enabled: true})})
	h.fake.Fail("conversations.open", "missing_scope", 1)
	h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvJoinA", h.fake.TeamJoin("U0AAA"))))
	if got := obs.get("welcome_failed"); got != 1 {
		t.Errorf("WelcomeFailed %d after conversations.open failed, want 1", got)
	}
	if !strings.Contains(h.logs.String(), "im:write") {
		t.Errorf("the log does not tell the admin about the scope:\n%s", h.logs.String())
	}
	h.fake.Fail("chat.postMessage", "channel_not_found", 1)
	h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvJoinB", h.fake.TeamJoin("U0BBB"))))
	if got := obs.get("welcome_failed"); got != 2 {
		t.Errorf("WelcomeFailed %d after chat.postMessage failed, want 2", got)
	}
	h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvJoinC", h.fake.TeamJoin("U0CCC"))))
	if got := obs.get("welcome"); got != 1 || len(h.posts("D0CCC")) != 1 {
		t.Errorf("Welcome %d, DMs to U0CCC %d; want 1 and 1", got, len(h.posts("D0CCC")))
	}
}

func TestTeamJoinDisabled(t *testing.T) {
	f := false
	for name, o := range map[string]OnboardingConfig{
		"off":    {},
		"dm off": {Enabled: true, DM: &f, Channels: []string{"C0WELCOME"}},
	} {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, setup{cfg: onboardingCfg(o)})
			h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvJoin", h.fake.TeamJoin("U0NEW"))))
			if n := len(h.fake.Calls("conversations.open")) + len(h.fake.Calls("chat.postMessage")); n != 0 {
				t.Errorf("%d calls; want no welcome", n)
			}
		})
	}
}

func TestMemberJoinedChannelWelcome(t *testing.T) {
	obs := newCountObserver()
	f := false
	h := newHarness(t, setup{observer: obs, cfg: onboardingCfg(OnboardingConfig{Enabled: true, DM: &f,
		Channels: []string{"C0WELCOME", "G0PRIVATE"}, Template: "Hi {user}, welcome to the channel! Try {commands}."})})

	send := func(id, user, channel string) {
		t.Helper()
		h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback(id, h.fake.MemberJoinedChannel(user, channel))))
	}
	send("EvOther", "U0NEW", "C0OTHER")           // not configured
	send("EvSelf", h.fake.BotUserID, "C0WELCOME") // the bot itself was invited
	if n := len(h.fake.Calls("chat.postEphemeral")) + len(h.fake.Calls("chat.postMessage")); n != 0 {
		t.Fatalf("%d posts for an unconfigured channel and the bot itself, want none", n)
	}
	send("EvJoin", "U0NEW", "C0WELCOME")
	send("EvJoinAgain", "U0NEW", "C0WELCOME") // a second event for the same join
	send("EvPrivate", "U0NEW", "G0PRIVATE")
	eph := h.fake.Calls("chat.postEphemeral")
	if len(eph) != 2 {
		t.Fatalf("%d ephemeral welcomes, want 2 (C0WELCOME, G0PRIVATE)", len(eph))
	}
	if len(h.fake.Calls("chat.postMessage")) != 0 || len(h.fake.Calls("conversations.open")) != 0 {
		t.Error("a channel welcome must not post publicly or DM")
	}
	c := eph[0]
	if c.Param("channel") != "C0WELCOME" || c.Param("user") != "U0NEW" || c.Error != "" {
		t.Errorf("ephemeral welcome to %s/%s (error %q), want C0WELCOME/U0NEW", c.Param("channel"), c.Param("user"), c.Error)
	}
	text := blocksText(t, c.Param("blocks"))
	if !strings.Contains(text, "Hi <@U0NEW>, welcome to the channel! Try /salary") {
		t.Errorf("ephemeral welcome text:\n%s", text)
	}
	onlyMentions(t, "channel welcome", text, "<@U0NEW>")
	buttons := wantQuickStarts(t, json.RawMessage(c.Param("blocks")))
	if got := obs.get("welcome"); got != 2 {
		t.Errorf("Welcome counted %d, want 2", got)
	}

	// Clicking a quick start on the ephemeral welcome answers only the clicker.
	var salary button
	for _, b := range buttons {
		if b.Label == "Salary by state" {
			salary = b
		}
	}
	p := h.fake.BlockActions("U0NEW", fakeslack.Container{Channel: "C0WELCOME", MessageTS: "1700000200.000001", Ephemeral: true}, salary.ActionID, salary.Value)
	h.fake.Send(fakeslack.Interactive, p)
	post := h.fake.WaitResponsePost(t, p["response_url"].(string), wait)
	if !strings.Contains(string(post.Body), `"response_type":"ephemeral"`) || !strings.Contains(strings.ToLower(string(post.Body)), "salary") {
		t.Errorf("quick-start answer: %s", post.Body)
	}
	h.idle()
	if got := obs.get("quick_start"); got != 1 {
		t.Errorf("QuickStart %d, want 1", got)
	}
}

func TestHomeTabView(t *testing.T) {
	obs := newCountObserver()
	h := newHarness(t, setup{observer: obs})
	h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvHome1", h.fake.AppHomeOpened("U1")))
	c := waitAnyCall(t, h.fake, "views.publish")
	if c.Error != "" {
		t.Fatalf("views.publish refused: %s", c.Error)
	}
	var view struct {
		Type   string          `json:"type"`
		Blocks json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal([]byte(c.Param("view")), &view); err != nil {
		t.Fatal(err)
	}
	var blocks []json.RawMessage
	if err := json.Unmarshal(view.Blocks, &blocks); err != nil {
		t.Fatal(err)
	}
	if view.Type != "home" || len(blocks) == 0 || len(blocks) > 100 || c.Param("user_id") != "U1" {
		t.Fatalf("view type %q, %d blocks, user %q", view.Type, len(blocks), c.Param("user_id"))
	}
	if code := fakeslack.ValidateView(view.Blocks); code != "" {
		t.Fatalf("invalid home view: %s", code)
	}
	text := blocksText(t, string(view.Blocks))
	// What the bot can do: the engine's own /start panel.
	start := h.bot.Router.Handle(context.Background(), &bot.Request{Command: "start", Platform: "slack", UserID: "U9", Options: map[string]string{}})
	if start.Title == "" || !strings.Contains(text, start.Title) {
		t.Errorf("home lacks the /start title %q:\n%s", start.Title, text)
	}
	firstSentence, _, _ := strings.Cut(start.Body, ":")
	if !strings.Contains(text, escapeText(firstSentence)) {
		t.Errorf("home lacks the /start body %q:\n%s", firstSentence, text)
	}
	// The commands, each with its description.
	for _, cmd := range h.bot.Registry.Commands() {
		if !strings.Contains(text, "*/"+cmd.Name+"*") || !strings.Contains(text, escapeText(cmd.Description)) {
			t.Errorf("home lacks /%s or its description", cmd.Name)
		}
	}
	buttons := wantQuickStarts(t, view.Blocks)

	// A quick start on the Home tab is answered in the DM and counted.
	var certs button
	for _, b := range buttons {
		if b.Label == "Certifications" {
			certs = b
		}
	}
	p := h.fake.BlockActions("U1", fakeslack.Container{}, certs.ActionID, certs.Value)
	p["container"] = map[string]any{"type": "view", "view_id": "V0HOME"}
	delete(p, "channel")
	h.fake.Send(fakeslack.Interactive, p)
	h.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool {
		return c.Param("channel") == "D1" && strings.Contains(c.Param("blocks"), "AWS Machine Learning")
	})
	h.idle()
	if got := obs.get("quick_start"); got != 1 {
		t.Errorf("QuickStart %d, want 1", got)
	}

	// A second opening is served from the cached /start answer.
	h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback("EvHome2", h.fake.AppHomeOpened("U2"))))
	if n := len(h.fake.Calls("views.publish")); n != 2 {
		t.Errorf("%d views.publish calls, want 2", n)
	}
}

// waitAnyCall waits for the first call of method, accepted or refused.
func waitAnyCall(t *testing.T, fake *fakeslack.Server, method string) fakeslack.Call {
	t.Helper()
	if !fake.Wait(wait, func() bool { return len(fake.Calls(method)) > 0 }) {
		t.Fatalf("no %s call within %v", method, wait)
	}
	return fake.Calls(method)[0]
}

// runAdapter runs an adapter with a custom registry against a fake.
func runAdapter(t *testing.T, fake *fakeslack.Server, ans bot.Answerer, reg *bot.Registry, mod func(*Config)) *Adapter {
	t.Helper()
	cfg := Config{BotToken: fake.BotToken, AppToken: fake.AppToken, APIURL: fake.APIURL(), PingTimeout: 3 * time.Second}
	if mod != nil {
		mod(&cfg)
	}
	a, err := New(cfg, ans, reg, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(wait):
			t.Error("Run did not return")
		}
	})
	fake.WaitConnections(t, 1, wait)
	return a
}

// manyCommands is a registry of n commands (plus /start and /help) with
// descriptions of descLen characters and options.
func manyCommands(t *testing.T, n, descLen, options int) *bot.Registry {
	t.Helper()
	reg := bot.NewRegistry()
	h := func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
		return &bot.Answer{Answered: true, Title: "Hello <!channel> from the big bot",
			Body: strings.Repeat("I can do a great many things & more. ", 200), FollowUps: bot.QuickStarts()}, nil
	}
	for _, name := range []string{"start", "help", "salary", "certs", "path"} {
		reg.MustAdd(bot.Command{Name: name, Description: "The " + name + " command", Handler: h})
	}
	for i := range n {
		var opts []bot.Option
		for j := range options {
			opts = append(opts, bot.Option{Name: fmt.Sprintf("option%02d", j), Description: "an option"})
		}
		reg.MustAdd(bot.Command{Name: fmt.Sprintf("command%03d", i), Description: bot.Clip(strings.Repeat("Does <something> & more. ", 10), descLen),
			Options: opts, Handler: h, Example: fmt.Sprintf("/command%03d x", i)})
	}
	return reg
}

func TestHomeTabManyCommands(t *testing.T) {
	cases := []struct {
		name                  string
		n, descLen, options   int
		wantMore, wantAllShow bool
	}{
		{"short commands, block bound", 150, 10, 0, true, false},
		{"long commands, character bound", 120, 100, 5, true, false},
		{"few commands", 3, 50, 2, false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fake := fakeslack.New(t, fakeslack.Options{})
			reg := manyCommands(t, c.n, c.descLen, c.options)
			a := runAdapter(t, fake, bot.NewRouter(reg, nil), reg, nil)
			fake.Send(fakeslack.EventsAPI, fake.EventCallback("EvHome", fake.AppHomeOpened("U1")))
			call := waitAnyCall(t, fake, "views.publish")
			if call.Error != "" {
				t.Fatalf("views.publish refused: %s", call.Error)
			}
			var view struct {
				Blocks []json.RawMessage `json:"blocks"`
			}
			if err := json.Unmarshal([]byte(call.Param("view")), &view); err != nil {
				t.Fatal(err)
			}
			if len(view.Blocks) > maxHomeBlocks {
				t.Fatalf("%d blocks", len(view.Blocks))
			}
			raw, _ := json.Marshal(view.Blocks)
			if code := fakeslack.ValidateView(raw); code != "" {
				t.Fatalf("view invalid: %s", code)
			}
			text := blocksText(t, string(raw))
			onlyMentions(t, "home view", text)
			shown := strings.Count(text, "*/command")
			if shown == 0 {
				t.Errorf("no command shown:\n%s", text)
			}
			more := fmt.Sprintf("and %d more commands", c.n-shown)
			if c.wantMore && !strings.Contains(text, more) {
				t.Errorf("%d of %d commands shown but no %q", shown, c.n, more)
			}
			if c.wantAllShow && (shown != c.n || strings.Contains(text, "more command")) {
				t.Errorf("%d of %d commands shown", shown, c.n)
			}
			if c.wantMore && len(view.Blocks) < 60 && c.descLen == 10 {
				t.Errorf("block-bound case used only %d blocks", len(view.Blocks))
			}
			wantQuickStarts(t, raw)
			_ = a
		})
	}
}

func TestSilentRateLimitRefusals(t *testing.T) {
	limit := bot.RateLimit(bot.LimitConfig{PerMinute: 1, Burst: 1}, nil, nil)
	h := newHarness(t, setup{middleware: []bot.Middleware{limit}})

	// Mentions: U1 floods C1 with 5 questions → one answer, one note.
	for i := range 5 {
		ts := fmt.Sprintf("1700000300.%06d", i+1)
		h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback(fmt.Sprintf("EvFlood%d", i),
			h.fake.AppMention("U1", "C1", ts, "", "<@U0BOT> what certifications help?"))))
	}
	posts := h.posts("C1")
	eph := h.fake.Calls("chat.postEphemeral")
	if len(posts) != 1 || !strings.Contains(posts[0].Param("blocks"), "AWS Machine Learning") {
		t.Errorf("mention flood: %d public answers, want exactly 1 real answer", len(posts))
	}
	if len(eph) != 1 || eph[0].Param("user") != "U1" || !strings.Contains(blocksText(t, eph[0].Param("blocks")), "try again") {
		t.Errorf("mention flood: %d ephemeral notes, want exactly 1 polite note to U1: %+v", len(eph), eph)
	}
	if n := len(h.fake.Calls("")) - len(h.fake.Calls("apps.connections.open")) - len(h.fake.Calls("auth.test")); n != 2 {
		t.Errorf("mention flood: %d Web API calls, want 2: %s", n, callNames(h.fake.Calls("")))
	}

	// DMs: U2 sends 4 → one answer, one note, in the DM.
	for i := range 4 {
		h.settle(h.fake.Send(fakeslack.EventsAPI, h.fake.EventCallback(fmt.Sprintf("EvDMFlood%d", i),
			h.fake.DirectMessage("U2", "D2", fmt.Sprintf("1700000400.%06d", i+1), "/salary CA"))))
	}
	dms := h.posts("D2")
	if len(dms) != 2 || !strings.Contains(dms[0].Param("blocks"), "185,000") || !strings.Contains(blocksText(t, dms[1].Param("blocks")), "try again") {
		t.Errorf("DM flood: %d posts, want the answer then one note", len(dms))
	}

	// Slash commands: U3 → the answer, the note, then empty acks.
	var acks []ackMessage
	var urls []string
	for i := range 4 {
		p := h.fake.SlashCommand("U3", "C1", "/salary", "CA")
		urls = append(urls, p["response_url"])
		ack := h.fake.WaitAck(t, h.fake.Send(fakeslack.SlashCommands, p), wait)
		h.idle()
		if i < 2 {
			acks = append(acks, decodeAck(t, ack))
		} else if len(ack.Payload) != 0 && string(ack.Payload) != "null" {
			t.Errorf("slash %d: silent refusal acked with %s, want an empty ack", i+1, ack.Payload)
		}
	}
	if len(acks) == 2 && (!strings.Contains(string(acks[0].Blocks), "185,000") || !strings.Contains(blocksText(t, string(acks[1].Blocks)), "try again")) {
		t.Errorf("slash flood: first acks %s / %s", acks[0].Blocks, acks[1].Blocks)
	}
	if n := len(h.fake.ResponsePosts("")); n != 0 {
		t.Errorf("slash flood: %d response_url posts, want none", n)
	}

	// Buttons: U4 clicks a follow-up 3 times on a public answer.
	value, _ := bot.EncodeFollowUp(bot.FollowUp{Label: "Certifications", Command: "certs"})
	var clicks []string
	for i := range 3 {
		p := h.fake.BlockActions("U4", fakeslack.Container{Channel: "C4", MessageTS: fmt.Sprintf("1700000500.%06d", i+1)}, followUpPrefix+"0", value)
		clicks = append(clicks, p["response_url"].(string))
		h.settle(h.fake.Send(fakeslack.Interactive, p))
	}
	if n := len(h.posts("C4")); n != 1 {
		t.Errorf("button flood: %d public answers, want 1", n)
	}
	notes := len(h.fake.ResponsePosts(clicks[1]))
	silent := len(h.fake.ResponsePosts(clicks[2])) + len(h.fake.ResponsePosts(clicks[0]))
	if notes != 1 || silent != 0 {
		t.Errorf("button flood: %d notes for the second click (want 1), %d posts for the others (want 0)", notes, silent)
	}
	if n := len(h.fake.Calls("chat.postEphemeral")); n != 1 {
		t.Errorf("%d ephemeral posts in all, want only the mention note", n)
	}
}

func callNames(cs []fakeslack.Call) string {
	var s []string
	for _, c := range cs {
		s = append(s, c.Method)
	}
	return strings.Join(s, ", ")
}

func TestObserverConnectionEvents(t *testing.T) {
	obs := newCountObserver()
	h := newHarness(t, setup{observer: obs})
	eventually(t, "AdapterUp(true)", func() bool { return len(obs.upHistory()) >= 1 })
	if got := obs.upHistory(); !slices.Equal(got, []bool{true}) || obs.get("reconnect") != 0 {
		t.Fatalf("after connecting: ups %v, reconnects %d", got, obs.get("reconnect"))
	}
	h.fake.Disconnect("refresh_requested")
	h.fake.WaitConnections(t, 2, wait)
	eventually(t, "Reconnect", func() bool { return obs.get("reconnect") == 1 })
	eventually(t, "up again", func() bool { u := obs.upHistory(); return len(u) >= 3 && u[len(u)-1] })
	h.fake.DropConnections()
	h.fake.WaitConnections(t, 3, wait)
	eventually(t, "second Reconnect", func() bool { return obs.get("reconnect") == 2 })
	eventually(t, "up again", func() bool { u := obs.upHistory(); return len(u) >= 5 && u[len(u)-1] })

	h.cancel()
	select {
	case err := <-h.runErr:
		h.runErr <- err
	case <-time.After(wait):
		t.Fatal("Run did not return")
	}
	ups := obs.upHistory()
	for i, up := range ups {
		if up != (i%2 == 0) {
			t.Errorf("AdapterUp calls do not alternate: %v", ups)
			break
		}
	}
	if len(ups) == 0 || ups[len(ups)-1] {
		t.Errorf("AdapterUp(false) not reported at shutdown: %v", ups)
	}
	for k := range obs.snapshot() {
		if strings.Contains(k, "wrong platform") {
			t.Errorf("observer called with %s", k)
		}
	}
}

func TestObserverHTTPModeAndNil(t *testing.T) {
	obs := newCountObserver()
	h := newHarness(t, setup{observer: obs, cfg: func(c *Config) { c.Mode = "http"; c.SigningSecret = "s3cret"; c.AppToken = "" }})
	if got := obs.upHistory(); !slices.Equal(got, []bool{true}) {
		t.Errorf("http mode: ups %v, want [true]", got)
	}
	h.a.SetObserver(nil) // nil counts nothing and must not crash
	h.a.obs().Welcome("slack")
	if got := obs.get("welcome"); got != 0 {
		t.Errorf("the replaced observer still counts: %d", got)
	}
}

func TestHTTPModeOnboarding(t *testing.T) {
	obs := newCountObserver()
	hh := newHTTPHarness(t, setup{observer: obs, cfg: onboardingCfg(OnboardingConfig{Enabled: true, Channels: []string{"C0WELCOME"}})})
	for id, inner := range map[string]map[string]any{
		"EvHTTPJoin":    hh.fake.TeamJoin("U0HTTP"),
		"EvHTTPChannel": hh.fake.MemberJoinedChannel("U0HTTP", "C0WELCOME"),
		"EvHTTPHome":    hh.fake.AppHomeOpened("U0HTTP"),
	} {
		ev, _ := json.Marshal(hh.fake.EventCallback(id, inner))
		if status, body := hh.signed("/slack/events", "application/json", ev); status != http.StatusOK {
			t.Fatalf("%s: %d %s", id, status, body)
		}
	}
	dm := hh.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == "D0HTTP" })
	if !strings.Contains(blocksText(t, dm.Param("blocks")), "<@U0HTTP>") {
		t.Errorf("welcome DM: %s", dm.Param("blocks"))
	}
	hh.fake.WaitCall(t, "chat.postEphemeral", wait, func(c fakeslack.Call) bool {
		return c.Param("channel") == "C0WELCOME" && c.Param("user") == "U0HTTP"
	})
	hh.fake.WaitCall(t, "views.publish", wait, func(c fakeslack.Call) bool { return c.Param("user_id") == "U0HTTP" })
	hh.idle()
	if got := obs.get("welcome"); got != 2 {
		t.Errorf("Welcome %d, want 2", got)
	}
}

func TestStartPanelButtonsAreQuickStarts(t *testing.T) {
	h := newHarness(t, setup{noRun: true})
	ask := func(line string) *bot.Answer {
		return h.bot.Router.HandleLine(context.Background(), bot.Request{Platform: "slack", UserID: "U1"}, line)
	}
	start := render(ask("/start"))
	raw, _ := json.Marshal(start.Blocks)
	wantQuickStarts(t, raw)
	certs := render(ask("/certs"))
	raw, _ = json.Marshal(certs.Blocks)
	bs := allButtons(t, raw)
	if len(bs) == 0 {
		t.Fatal("/certs has no follow-up buttons")
	}
	for _, b := range bs {
		if strings.HasPrefix(b.ActionID, quickStartPrefix) {
			t.Errorf("/certs follow-up %q is marked as a quick start", b.Label)
		}
	}
}
