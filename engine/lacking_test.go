package engine_test

import (
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// Facts the guide has no field for are refused by name, not answered with
// the nearest card; what the guide has still answers.
func TestLackingFacts(t *testing.T) {
	b := testbot.New(t)
	cases := []struct {
		q        string
		answered bool
		want     string
	}{
		{"is a part time MLE role a thing?", false, "nothing on part-time"},
		{"any full-time bootcamp you'd recommend for MLE?", false, "nothing on"},
		{"what would a PhD cost me, roughly?", false, "what a degree costs"},
		{"does the AWS ML cert lapse after a while?", false, "nothing on"},
		{"how much do the certifications cost?", true, "$300"},
		{"do I need a master's degree?", true, "master"},
		// A broad noun asked of the career named is a part of what the guide
		// has; the asker's own life is not.
		{"what's the starting point of the ML engineer pay range?", true, "$120,000"},
		{"can ML engineers bring their family to the office?", false, "nothing on"},
		// A certificate's price asked "how many dollars" is its price, not
		// the exam's format.
		{"the TensorFlow Developer Certificate costs how many dollars?", true, "$100"},
	}
	for _, c := range cases {
		a := ask(t, b, c.q)
		txt := bot.RenderText(a)
		if a.Answered != c.answered || !strings.Contains(txt, c.want) {
			t.Errorf("%q: answered=%v, want %v with %q:\n%s", c.q, a.Answered, c.answered, c.want, txt)
		}
	}
}
