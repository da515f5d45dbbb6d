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
	st := newSectionText([]*bot.Guide{g}, nil)
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

// A rebuild keeps the analysis of the guides it shares with the previous
// library and registers the texts of the new ones.
func TestSectionTextRebuild(t *testing.T) {
	a := &bot.Guide{Slug: "a", Sections: []*bot.Section{{ID: "a/day", Title: "Day", Body: "night shifts"}}}
	b := &bot.Guide{Slug: "b", Sections: []*bot.Section{{ID: "b/day", Title: "Day", Body: "early mornings"}}}
	st := newSectionText([]*bot.Guide{a, b}, nil)
	seqA, _ := st.seq("Day night shifts")
	b2 := &bot.Guide{Slug: "b", Sections: []*bot.Section{{ID: "b/day", Title: "Day", Body: "late evenings"}}}
	re := newSectionText([]*bot.Guide{a, b2}, st)
	again, ok := re.seq("Day night shifts")
	if !ok || &again[0] != &seqA[0] {
		t.Fatal("the unchanged guide was analysed again")
	}
	if _, ok := re.seq("Day late evenings"); !ok {
		t.Fatal("the new guide's text is not registered")
	}
	if _, ok := re.seq("Day early mornings"); ok {
		t.Fatal("the replaced guide's text is still registered")
	}
	in, _ := re.covers(again, []string{"night", "evenings"})
	if !in[0] || in[1] {
		t.Fatalf("covers %v", in)
	}
}
