package httpapi

import (
	"net/http"

	"github.com/careerbot-dev/careerbot/bot"
)

// Examples are the example questions the web chat's first screen offers.
// They name no career, so they work with any set of guides.
var Examples = []string{
	"What is the salary in California?",
	"Which certifications help, and what do they cost?",
	"What does a typical day look like?",
	"How do I prepare for interviews?",
}

// StartJSON is the body of GET /v1/start: what a chat client shows before
// the first question.
type StartJSON struct {
	QuickStarts []QuickStartJSON `json:"quick_starts"`
	Examples    []string         `json:"examples"`
}

// QuickStartJSON is one quick-start button: its label and the command line
// it asks.
type QuickStartJSON struct {
	Label string `json:"label"`
	Line  string `json:"line"`
}

// start serves GET /v1/start: the onboarding quick starts (the same as
// Discord's and Slack's welcome buttons) and example questions.
func (s *Server) start(w http.ResponseWriter, r *http.Request) {
	if s.cors(w, r, http.MethodGet) || !allow(w, r, http.MethodGet) {
		return
	}
	out := StartJSON{QuickStarts: []QuickStartJSON{}, Examples: Examples}
	for _, f := range bot.QuickStarts() {
		if s.opts.Router != nil {
			if _, ok := s.opts.Router.Registry.Lookup(f.Command); !ok {
				continue
			}
		}
		out.QuickStarts = append(out.QuickStarts, QuickStartJSON{Label: f.Label, Line: f.Line()})
	}
	writeJSON(w, http.StatusOK, out)
}
