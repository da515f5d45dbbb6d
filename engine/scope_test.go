package engine

import (
	"context"
	"slices"
	"testing"
)

// A description whose only words after "who" are the people served (taken
// by the reading before it) leaves no word of work: unknownDoer must not
// read a first word that is not there, and the work is no guide's.
func TestUnknownDoerNoWorkWord(t *testing.T) {
	l := allGuidesLibrary(t)
	q := l.analyse(context.Background(), "what do the people who do it for astronauts earn")
	taken := append([]bool(nil), q.taken...)
	k := slices.Index(q.words, "astronauts")
	if k < 0 {
		t.Fatalf("words %q have no %q", q.words, "astronauts")
	}
	taken[k] = true // as servedBy marks "cook for astronauts"
	if got := l.unknownDoer(q, taken, nil); got == "" {
		t.Errorf("unknownDoer = %q, want the description (no guide's work)", got)
	}
}
