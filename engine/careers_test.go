package engine_test

import (
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

func allGuides(t *testing.T) []*bot.Guide {
	t.Helper()
	fixtures, err := content.LoadDir("../testdata/guides")
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	return append(fixtures, shipped...)
}

// A figures question that names no career, among a few guides, gets every
// career's figure ranked, never one guessed career's figure; a question
// that describes or names a career still gets that career.
func TestCareersTable(t *testing.T) {
	b := testbot.FromGuides(t, allGuides(t))
	cases := []struct {
		q      string
		career string   // the answer's career ("" for a plain table)
		want   []string // in this order
	}{
		{"which career here earns the most?", "ml-engineer", []string{"Machine Learning Engineer pays the most", "$150,000", "$98,600", "$87,500", "$72,400"}},
		{"lowest paid of these jobs?", "quantum-gardener", []string{"Quantum Gardener pays the least", "$72,400", "$87,500"}},
		{"pay in Florida?", "", []string{"Only the Orbital Chef guide has a salary figure for Florida", "$96,300", "national"}},
		{"which of the careers can I get into fastest", "quantum-gardener", []string{"Quantum Gardener is the quickest", "3-4 years", "4-5 years", "5-8 years", "6-7 years"}},
		{"which field has the most annual openings", "ml-engineer", []string{"20,800", "3,170", "1,460", "680"}},
		{"most expensive cert out of all the careers you cover?", "dream-cartographer", []string{"priciest certification is the Dream Cartographer guide's Licensed Lucid Surveyor ($640)", "$520", "$300"}},
		{"which job is quickest to qualify for, of the ones you have info on", "quantum-gardener", []string{"Quantum Gardener is the quickest"}},
		// A career's field names it ("quantum gardening"); "which pays
		// more" is answered by the better paid one.
		{"in California, does orbital chef or ML engineering pay more?", "ml-engineer", []string{"$104,900", "$185,000", "pays more"}},
		{"is quantum gardening or dream cartography the better paid", "dream-cartographer", []string{"$72,400", "$98,600"}},
		{"do any of these jobs require a licence?", "", []string{"Licences and permits by career", "Spaceflight Crew Medical Clearance", "Quantum Greenhouse Operator Permit"}},
		{"least expensive cert among all the careers", "orbital-chef", []string{"Orbital Galley Fire Safety ($95)"}},
		// Named or described careers are not tables.
		{"orbital chef pay in Florida", "orbital-chef", []string{"$96,300"}},
		{"what does the Microgravity Food Safety Certificate cost", "orbital-chef", []string{"$520"}},
	}
	for _, c := range cases {
		a := ask(t, b, c.q)
		txt := bot.RenderText(a)
		if !a.Answered || a.Career != c.career {
			t.Errorf("%q: answered=%v career=%q, want career %q:\n%s", c.q, a.Answered, a.Career, c.career, txt)
			continue
		}
		at := 0
		for _, w := range c.want {
			i := strings.Index(txt[at:], w)
			if i < 0 {
				t.Errorf("%q: want %q after position %d in:\n%s", c.q, w, at, txt)
				break
			}
			at += i + len(w)
		}
	}
}
