package engine_test

import (
	"context"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// A guide with certifications in its front matter only, and no tools,
// interview or skills sections.
const thinGuide = `---
slug: lighthouse-keeper
title: Lighthouse Keeper
source: {publisher: careerbot test fixtures}
salary: {median: 50000, low: 40000, high: 60000}
certifications:
  - {name: Lamp Optics Certificate, price: 120, about: Covers lenses and lamps.}
  - {name: Fog Signal Permit, price: 80, about: Covers horns and bells.}
---

## What a lighthouse keeper does {#overview}

Keeps the light burning.

## The path in {#path}

Apprentice for two winters.
`

func thinBot(t *testing.T) *testbot.Bot {
	t.Helper()
	g, probs := content.Parse("lighthouse-keeper.md", []byte(thinGuide))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	return testbot.FromGuides(t, []*bot.Guide{g})
}

// Follow-ups never offer a section the guide does not have (issue 16).
func TestFollowUpsOnlyOfferWhatExists(t *testing.T) {
	b := thinBot(t)
	for _, line := range []string{"/salary", "/path", "/certs", "what does a lighthouse keeper do", "/interview"} {
		a := b.Router.HandleLine(context.Background(), bot.Request{Platform: "test", UserID: "u"}, line)
		for _, f := range a.FollowUps {
			switch f.Command {
			case "tools", "interview", "skills", "day", "portfolio", "challenges", "outlook":
				t.Errorf("%s: offers /%s, which the guide does not have", line, f.Command)
			}
		}
	}
}

// Certifications listed only in the front matter show in answers (issue 16).
func TestFrontMatterCertificationsShow(t *testing.T) {
	b := thinBot(t)
	a := b.Router.HandleLine(context.Background(), bot.Request{Platform: "test", UserID: "u"}, "/certs")
	text := bot.RenderText(a)
	if !a.Answered || !strings.Contains(text, "Lamp Optics Certificate") || !strings.Contains(text, "$80") {
		t.Fatalf("/certs without a certs section:\n%s", text)
	}
}

// No follow-up is offered twice: a topic the guide lacks asked beside pay
// once offered "/salary" twice.
func TestFollowUpsAreDistinct(t *testing.T) {
	b := testbot.New(t)
	for _, line := range []string{"what do MLEs make in MA and how much will the profession grow", "ML engineer pay and professions", "what do MLEs get in relocation money?"} {
		a := b.Router.HandleLine(context.Background(), bot.Request{Platform: "test", UserID: "u"}, line)
		seen := map[string]bool{}
		for _, f := range a.FollowUps {
			if seen[f.Line()] {
				t.Errorf("%q offers %s twice: %v", line, f.Line(), a.FollowUps)
			}
			seen[f.Line()] = true
		}
	}
}
