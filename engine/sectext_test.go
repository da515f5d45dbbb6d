package engine

import (
	"slices"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
)

// The pre-analysed texts give relevance the same words found and phrases
// as analysing the text on the spot.
func TestSectionTextMatchesOnTheSpot(t *testing.T) {
	g := &bot.Guide{Slug: "x", Summary: "Runs night shifts.", Education: "A degree", Certification: "None", License: "No",
		Sections: []*bot.Section{
			{ID: "x/day", Title: "A day in the life", Body: "Working nights is common; night work pays. Deploying models, deployed pipelines."},
			{ID: "x/tools", Title: "Tools", Body: "Python, PyTorch and Kubernetes clusters for model serving."},
		}}
	st := newSectionText([]*bot.Guide{g})
	questions := [][]string{
		{"work", "nights"}, {"deploy", "model"}, {"python", "pytorch"}, {"weather"}, {"kubernetes", "cluster", "serving"},
		{"night", "shifts"}, {"models", "deployed", "pipelines", "lasagna"},
	}
	texts := relevanceTexts(g)
	for _, text := range texts {
		seq, ok := st.seq(text)
		if !ok || len(seq) == 0 {
			t.Fatalf("text %q was not pre-analysed", text)
		}
		again, _ := st.seq(text)
		if &again[0] != &seq[0] {
			t.Fatalf("text %q analysed twice", text)
		}
		for _, q := range questions {
			in, ph := st.covers(seq, q)
			win, wph := coversText(q, text)
			if !slices.Equal(in, win) || ph != wph {
				t.Errorf("%q in %q: pre-analysed %v/%d, on the spot %v/%d", q, text, in, ph, win, wph)
			}
		}
	}
	if _, ok := st.seq("some passage nobody registered"); ok {
		t.Fatal("an unregistered text was reported as pre-analysed")
	}
}
