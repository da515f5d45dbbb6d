package gen

import (
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// SalaryLine is the /salary command for the career's California figure
// (every generated guide has one).
func (c Career) SalaryLine() string { return "/salary CA career:" + c.Guide.Slug }

// NamedQuestion is free text that names the career by its title.
func (c Career) NamedQuestion() string {
	return "what certifications help a " + c.Guide.Title + "?"
}

// UnnamedQuestions are free-text questions that name no career but use the
// career's own domain words, so only its guide can answer them.
func (c Career) UnnamedQuestions() []string {
	d := c.Domain
	tool := d.Tools[0]
	jargon := d.Jargon[0]
	if s := c.Guide.Section(bot.KindTools); s != nil {
		body := strings.ToLower(s.Body)
		for _, j := range d.Jargon {
			if strings.Contains(body, j) {
				jargon = j
				break
			}
		}
	}
	return []string{
		"which tools work best with " + tool + " for " + jargon + "?",
		"how do I get certified in " + strings.ToLower(d.Field) + "?",
		"what skills does " + d.Skills[0] + " take?",
	}
}
