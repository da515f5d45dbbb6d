package discord

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/careerbot-dev/careerbot/bot"

	"github.com/bwmarrin/discordgo"
)

// toWire renders like the adapter does and decodes the JSON Discord gets.
func toWire(t testing.TB, a *bot.Answer, share bool) wireMessage {
	t.Helper()
	d := &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{renderEmbed(a)},
		Components: renderButtons(a, share), AllowedMentions: noMentions()}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(b) {
		t.Fatalf("message JSON is not valid UTF-8")
	}
	var m wireMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestRenderHugeSection(t *testing.T) {
	a := hugeAnswer()
	m := toWire(t, a, true)
	checkLimits(t, m)
	e := m.Embeds[0]
	tail := "… (more: https://example.org/guide)"
	if !strings.HasSuffix(e.Description, tail) {
		t.Fatalf("description does not end with the pointer: …%q", e.Description[max(0, len(e.Description)-80):])
	}
	head := strings.TrimSuffix(e.Description, tail)
	if !strings.HasSuffix(head, "data.") {
		t.Errorf("cut is not at a paragraph boundary: …%q", head[max(0, len(head)-60):])
	}
	if strings.Contains(e.Description, "###") {
		t.Errorf("markdown headings left in the description")
	}
	if len(e.Fields) == 0 || e.Footer == nil || e.Title == "" {
		t.Errorf("parts lost: %d fields, footer %v, title %q", len(e.Fields), e.Footer, e.Title)
	}
	ids := m.customIDs()
	if len(ids) == 0 || ids[len(ids)-1] != shareID {
		t.Errorf("share button missing or not last: %v", ids)
	}
}

func TestRenderRandomAnswersStayWithinLimits(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "word ", "\n", "\n\n", "🤖", "日本語", "**", "### ", "- ", "@everyone", "@here",
		"<@&123>", "\xff", "é", " ", "https://x.y/", strings.Repeat("z", 300)}
	gen := func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for i := 0; i < 300; i++ {
		a := &bot.Answer{Answered: rng.IntN(2) == 0, Title: gen(rng.IntN(600)), Body: gen(rng.IntN(12000)),
			Note: gen(rng.IntN(300))}
		for j := rng.IntN(40); j > 0; j-- {
			a.Fields = append(a.Fields, bot.Field{Label: gen(rng.IntN(400)), Value: gen(rng.IntN(2000))})
		}
		for j := rng.IntN(40); j > 0; j-- {
			a.Bullets = append(a.Bullets, gen(rng.IntN(200)))
			a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: gen(rng.IntN(120)), Command: "salary",
				Options: map[string]string{"state": gen(rng.IntN(90))}})
		}
		if rng.IntN(2) == 0 {
			a.Source = &bot.Source{GuideTitle: gen(rng.IntN(3000)), Section: gen(50), URL: "https://example.org/" + gen(rng.IntN(50))}
		}
		m := toWire(t, a, rng.IntN(2) == 0)
		checkLimits(t, m)
		if strings.Contains(m.text(), "@everyone") || strings.Contains(m.text(), "@here") {
			t.Fatalf("raw mass mention in rendered text: %q", m.text())
		}
		if t.Failed() {
			t.Fatalf("answer %d broke a limit", i)
		}
	}
}

func TestCutText(t *testing.T) {
	s := "First paragraph.\n\nSecond paragraph is here.\n\nThird paragraph is much longer than the others."
	got := cutText(s, 50, "…")
	if got != "First paragraph.\n\nSecond paragraph is here.…" {
		t.Errorf("paragraph cut: %q", got)
	}
	if got := cutText(s, 1000, "…"); got != s {
		t.Errorf("short text changed: %q", got)
	}
	if got := cutText(strings.Repeat("🤖", 10), 7, "…"); ulen(got) > 7 || !strings.HasSuffix(got, "…") {
		t.Errorf("emoji cut %q (%d units)", got, ulen(got))
	}
	if got := cutText("**bold text that goes on and on**", 20, "…"); strings.Count(got, "**")%2 != 0 {
		t.Errorf("unbalanced bold: %q", got)
	}
	if got := cutText("abc", 2, "… (more: long pointer)"); ulen(got) > 2 {
		t.Errorf("tail too long for the budget: %q", got)
	}
}

func TestRenderButtons(t *testing.T) {
	a := &bot.Answer{FollowUps: []bot.FollowUp{
		{Label: "Salary by state", Command: "salary"},
		{Label: "Dup", Command: "salary"},
		{Label: "Too long", Command: "ask", Options: map[string]string{"question": strings.Repeat("q", 120)}},
		{Label: "", Command: "certs"},
	}}
	m := toWire(t, a, false)
	ids := m.customIDs()
	if strings.Join(ids, ",") != "cb1|salary,cb1|certs" {
		t.Errorf("buttons %v: want duplicates and oversize ids dropped", ids)
	}
	if m.Components[0].Components[1].Label != "/certs" {
		t.Errorf("empty label not replaced by the command line: %q", m.Components[0].Components[1].Label)
	}
	if e := renderEmbed(&bot.Answer{}); e.Description == "" {
		t.Errorf("an empty answer gives an empty embed")
	}
}

func TestConfig(t *testing.T) {
	ans, reg := bot.NewRouter(bot.NewRegistry(), nil), bot.NewRegistry()
	bad := []Config{
		{},
		{Token: "t", Mode: "websocket"},
		{Token: "t", Mode: "http", ApplicationID: "1"},                            // no public key
		{Token: "t", Mode: "http", PublicKey: strings.Repeat("ab", 32)},           // no application id
		{Token: "t", APIURL: "ftp://x"},                                           // bad api url
		{Token: "t", ShardCount: 2, ShardID: func() *int { i := 2; return &i }()}, // shard out of range
		{Token: "t", Intents: []string{"everything"}},                             // unknown intent
		{Token: "t", Mode: "http", ApplicationID: "1", PublicKey: "nothex"},       // bad key
	}
	for i, c := range bad {
		if _, err := New(c, ans, reg, nil); err == nil {
			t.Errorf("config %d accepted: %+v", i, c)
		}
	}
	a, err := New(Config{Token: "Bot abc", Intents: []string{"message_content", "guild_members"}}, ans, reg, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.cfg.Token != "abc" || a.cfg.APIURL != DefaultAPIURL || a.cfg.Mode != ModeGateway || a.cfg.DeferAfter != 2*time.Second {
		t.Errorf("defaults: %+v", a.cfg)
	}
	if a.intents&discordgo.IntentMessageContent == 0 || a.intents&discordgo.IntentGuildMembers == 0 {
		t.Errorf("intents %b", a.intents)
	}
	if !strings.Contains(a.InviteURL(), "scope=bot+applications.commands") {
		t.Errorf("invite %s", a.InviteURL())
	}
	_ = context.Background()
}
