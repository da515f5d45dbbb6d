package engine

import "testing"

func TestPhraseStarts(t *testing.T) {
	p := phraseStarts{}
	for _, s := range []string{"bay area", "new york city", "philly", "new england"} {
		p.add(s)
	}
	for _, c := range []struct {
		w    string
		n    int
		want bool
	}{
		{"bay", 2, true}, {"bay", 3, false}, {"new", 3, true}, {"new", 2, true},
		{"philly", 1, true}, {"philly", 2, false}, {"area", 2, false}, {"anything", 1, true},
		{"new york", 3, true}, // a word with a space: its run's first word is not itself
	} {
		if got := p.may(c.w, c.n); got != c.want {
			t.Errorf("may(%q, %d) = %v, want %v", c.w, c.n, got, c.want)
		}
	}
	if !phraseStarts(nil).may("bay", 2) {
		t.Error("a nil phraseStarts turned a run away")
	}
}
