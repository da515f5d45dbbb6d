package engine

import "testing"

// A title's initials name its guide when nothing else has them; a place's
// code ("dc") does not, nor is it a typo of another guide's initials.
func TestTitleInitials(t *testing.T) {
	l := allGuidesLibrary(t)
	for in, want := range map[string]string{"oc": "orbital-chef", "ocs": "orbital-chef", "qg": "quantum-gardener"} {
		g, err := l.ResolveCareer(in)
		if err != nil || g.Slug != want {
			t.Errorf("ResolveCareer(%q) = %v, %v; want %s", in, g, err, want)
		}
	}
	if g, err := l.ResolveCareer("dc"); err == nil {
		t.Errorf("ResolveCareer(dc) = %s, want no guide (the District of Columbia, one letter from oc)", g.Slug)
	}
	if g, ok := l.names["mle"]; ok && g.Slug != "ml-engineer" {
		t.Errorf("names[mle] = %s", g.Slug)
	}
}
