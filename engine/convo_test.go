package engine_test

import (
	"context"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

type convCase struct {
	Name   string `json:"name"`
	Guides string `json:"guides"` // "shipped" or "all"
	Turns  []struct {
		Line      string   `json:"line"`
		Want      []string `json:"want"`
		Not       []string `json:"not"`
		Career    string   `json:"career"`
		Assumed   string   `json:"assumed"`
		NoAssumed bool     `json:"noassumed"`
		Answered  *bool    `json:"answered"`
	} `json:"turns"`
}

// conversations reads testdata/conversations.json and the guide sets its
// cases name: "shipped" (the default guide) and "all" (with the fixtures).
func conversations(t *testing.T) ([]convCase, map[string][]*bot.Guide) {
	t.Helper()
	data, err := os.ReadFile("testdata/conversations.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []convCase
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	shipped, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	fixtures, err := content.LoadDir("../testdata/guides")
	if err != nil {
		t.Fatal(err)
	}
	return cases, map[string][]*bot.Guide{"shipped": shipped, "all": append(fixtures, shipped...)}
}

// Data-driven conversations (testdata/conversations.json): each turn is
// asked in one conversation and checked against the reply (issue 14).
func TestConversations(t *testing.T) {
	cases, guides := conversations(t)
	bots := map[string]*testbot.Bot{"shipped": testbot.FromGuides(t, guides["shipped"]), "all": testbot.FromGuides(t, guides["all"])}
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			b := bots[c.Guides]
			base := bot.Request{Platform: "test", UserID: "u1", Conversation: "conv:" + c.Name}
			for i, turn := range c.Turns {
				a := b.Router.HandleLine(context.Background(), base, turn.Line)
				text := bot.RenderText(a)
				for _, w := range turn.Want {
					if !regexp.MustCompile(w).MatchString(text) {
						t.Errorf("turn %d %q: no /%s/ in:\n%s", i, turn.Line, w, text)
					}
				}
				for _, w := range turn.Not {
					if regexp.MustCompile(w).MatchString(text) {
						t.Errorf("turn %d %q: /%s/ in:\n%s", i, turn.Line, w, text)
					}
				}
				if turn.Career != "" && a.Career != turn.Career {
					t.Errorf("turn %d %q: career %q, want %q", i, turn.Line, a.Career, turn.Career)
				}
				if turn.Assumed != "" && !strings.Contains(a.Assumed, turn.Assumed) {
					t.Errorf("turn %d %q: assumed %q, want it to name %q", i, turn.Line, a.Assumed, turn.Assumed)
				}
				if turn.NoAssumed && a.Assumed != "" {
					t.Errorf("turn %d %q: a complete line used the context (%q)", i, turn.Line, a.Assumed)
				}
				if turn.Answered != nil && a.Answered != *turn.Answered {
					t.Errorf("turn %d %q: answered %v", i, turn.Line, a.Answered)
				}
			}
		})
	}
}

// Two members in one channel, each with their own conversation, never get
// each other's context; a line with no conversation stands alone.
func TestConversationsDoNotMix(t *testing.T) {
	shipped, _ := content.Default()
	fixtures, _ := content.LoadDir("../testdata/guides")
	b := testbot.FromGuides(t, append(fixtures, shipped...))
	ctx := context.Background()
	ann := bot.Request{Platform: "test", UserID: "ann", ChannelID: "c", Conversation: "c:ann"}
	bob := bot.Request{Platform: "test", UserID: "bob", ChannelID: "c", Conversation: "c:bob"}
	b.Router.HandleLine(ctx, ann, "how much do orbital chefs make")
	b.Router.HandleLine(ctx, bob, "quantum gardener salary")
	if a := b.Router.HandleLine(ctx, ann, "what about certs?"); a.Career != "orbital-chef" {
		t.Errorf("ann's follow-up answered from %q, want orbital-chef", a.Career)
	}
	if a := b.Router.HandleLine(ctx, bob, "what about certs?"); a.Career != "quantum-gardener" {
		t.Errorf("bob's follow-up answered from %q, want quantum-gardener", a.Career)
	}
	if a := b.Router.HandleLine(ctx, bot.Request{Platform: "test", UserID: "cid"}, "and in NY?"); a.Assumed != "" {
		t.Errorf("a line without a conversation used a context: %q", a.Assumed)
	}
	// A follow-up answered by another command leaves the handlers as they
	// were for everyone else.
	if a := b.Router.HandleLine(ctx, bot.Request{Platform: "test", UserID: "dee", Conversation: "c:dee"}, "what do ML engineers earn in the US"); a.Career != "ml-engineer" {
		t.Fatalf("setup: %q", a.Career)
	}
	b.Router.HandleLine(ctx, bot.Request{Platform: "test", UserID: "dee", Conversation: "c:dee"}, "and in Texas?")
	if a := b.Router.HandleLine(ctx, bot.Request{Platform: "test", UserID: "eve"}, "what certifications do ML engineers need?"); !strings.Contains(a.Title, "Certifications") {
		t.Errorf("after another conversation's follow-up, a plain certs question got %q", a.Title)
	}
}
