package engine

import (
	"testing"

	"github.com/careerbot-dev/careerbot/content"
)

// A fixed phrase joined by "and" is one phrase, and so is what the asker
// tells before the question; two questions joined by "and" are two.
func TestSplitKeepsBinomials(t *testing.T) {
	guides, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	lib := libraryOf(t, guides)
	for in, want := range map[string]int{
		"I keep going back and forth between ML engineering and data science, what's the median salary?": 1,
		"what are the pros and cons of ML engineering as a career":                                       1,
		"what's the lowest and the highest pay for ML engineers?":                                        1,
		"what's the median salary in California and which certifications help?":                          2,
		// what the asker tells before "and" is context of the question after it
		"I'm finishing a stats degree and I keep going back and forth between ML engineering and data science. what's the median salary for data scientists?": 1,
	} {
		if got := lib.splitParts(in); len(got) != want {
			t.Errorf("splitParts(%q) = %q, want %d parts", in, got, want)
		}
	}
}
