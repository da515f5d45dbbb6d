package engine

import (
	"slices"
	"testing"
)

// A spelling out shared by two short forms is put back as the one of
// letters only, whatever the map's order; one-word entries are left out.
func TestShortFormsOf(t *testing.T) {
	expand := map[string][]string{
		"🤖":   {"machine", "learning"},
		"ml":  {"machine", "learning"},
		"nlp": {"natural", "language", "processing"},
		"k8s": {"kubernetes"},
	}
	for range 20 {
		got := shortFormsOf(expand)
		if len(got) != 2 || got[0].short != "ml" || got[1].short != "nlp" {
			t.Fatalf("shortFormsOf = %+v, want ml and nlp", got)
		}
	}
	l := &Library{shortForms: shortFormsOf(expand)}
	if got := l.unexpanded([]string{"suggest", "natural", "language", "processing", "jobs"}); !slices.Equal(got, []string{"suggest", "nlp", "jobs"}) {
		t.Errorf("unexpanded = %q", got)
	}
	if got := l.unexpanded([]string{"suggest", "jobs"}); got != nil {
		t.Errorf("unexpanded with no spelling out = %q, want nil", got)
	}
}
