package engine

import (
	"strings"
	"testing"

	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

func checkStem(t testing.TB, w string) {
	want := porterstemmer.StemString(w)
	for range 2 {
		if got := stem(w); got != want {
			t.Fatalf("stem(%q) = %q, StemString %q", w, got, want)
		}
	}
}

// stem gives StemString's stem: every word of every eval question, as
// typed and lower-cased, and of every section of every guide.
func TestStemMatchesStemString(t *testing.T) {
	for _, text := range evalQuestions(t) {
		raw, low := rawAndLowWords(text)
		for _, w := range append(raw, low...) {
			checkStem(t, w)
		}
	}
	lib := allGuidesLibrary(t)
	for _, g := range lib.Guides {
		for _, s := range g.Sections {
			for _, w := range strings.Fields(s.Body) {
				checkStem(t, w)
			}
		}
	}
}

func FuzzStemMatchesStemString(f *testing.F) {
	for _, s := range []string{"certifications", "Running", "ÉCOLE", "", "a", "relational"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkStem(t, w)
	})
}
