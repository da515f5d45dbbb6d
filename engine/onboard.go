package engine

import (
	"context"
	"fmt"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// StartPanel is what /start shows: what the bot offers and the quick starts.
func (e *Engine) StartPanel(ctx context.Context) *bot.Answer {
	lib := e.lib(ctx)
	var titles []string
	for i, g := range lib.Guides {
		if i == 5 {
			titles = append(titles, fmt.Sprintf("and %d more", len(lib.Guides)-5))
			break
		}
		titles = append(titles, g.Title)
	}
	return &bot.Answer{Answered: true, Ephemeral: true, Title: "Welcome! Here is how I can help",
		Body: "I answer career questions from our guides (" + strings.Join(titles, ", ") + "): salaries by state, certifications, skills, tools, the path in, interviews and more. " +
			"Pick a quick start below, use a slash command like /salary CA, or ask in your own words with /ask.",
		FollowUps: bot.QuickStarts()}
}
