package bot

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// WelcomePlaceholders are the placeholders a welcome template may use.
// Adapters fill them with platform-formatted values (a mention for {user}).
var WelcomePlaceholders = []string{"user", "server", "member_count", "commands"}

// WelcomeTemplate is a validated welcome message template such as
// "Welcome {user} to {server}! Try {commands}."
type WelcomeTemplate struct {
	text string
}

var placeholderRE = regexp.MustCompile(`\{([^{}\s]*)\}`)

// ParseWelcome validates a template: only known placeholders, balanced
// braces, non-empty, and at most maxLen characters once placeholders are
// filled with values of up to 100 characters each ({commands} up to 300).
func ParseWelcome(text string, maxLen int) (*WelcomeTemplate, error) {
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("the welcome template is empty")
	}
	known := map[string]bool{}
	for _, p := range WelcomePlaceholders {
		known[p] = true
	}
	var unknown []string
	worst := len([]rune(placeholderRE.ReplaceAllString(text, "")))
	for _, m := range placeholderRE.FindAllStringSubmatch(text, -1) {
		if !known[m[1]] {
			unknown = append(unknown, "{"+m[1]+"}")
			continue
		}
		if m[1] == "commands" {
			worst += 300
		} else {
			worst += 100
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fmt.Errorf("unknown placeholder %s; use {%s}", strings.Join(unknown, ", "), strings.Join(WelcomePlaceholders, "}, {"))
	}
	rest := placeholderRE.ReplaceAllString(text, "")
	if strings.ContainsAny(rest, "{}") {
		return nil, fmt.Errorf("unbalanced { or } in the welcome template")
	}
	if maxLen > 0 && worst > maxLen {
		return nil, fmt.Errorf("the welcome template can reach %d characters once filled in; the platform allows %d", worst, maxLen)
	}
	return &WelcomeTemplate{text: text}, nil
}

// Render fills the placeholders; values are clipped so the result stays
// within the limit ParseWelcome checked.
func (t *WelcomeTemplate) Render(vars map[string]string) string {
	return placeholderRE.ReplaceAllStringFunc(t.text, func(m string) string {
		k := m[1 : len(m)-1]
		limit := 100
		if k == "commands" {
			limit = 300
		}
		return Clip(vars[k], limit)
	})
}

// CommandList renders registry commands for {commands}: "/salary, /certs, ...".
func CommandList(reg *Registry, limit int) string {
	var names []string
	for _, c := range reg.Commands() {
		names = append(names, "/"+c.Name)
	}
	return Clip(strings.Join(names, ", "), limit)
}

// QuickStarts are the onboarding buttons: common first questions.
func QuickStarts() []FollowUp {
	return []FollowUp{
		{Label: "Salary by state", Command: "salary"},
		{Label: "Certifications", Command: "certs"},
		{Label: "How to get there", Command: "path"},
		{Label: "Ask a question", Command: "help"},
	}
}
