package bot

import (
	"testing"
	"time"
)

// Answer ids are valid, sort by time (so that the store inserts the ids of
// a batch side by side, in a few neighbouring pages of its index), share
// their time prefix and still differ within a millisecond; the Recorder
// never hands out a recent id again.
func TestAnswerIDs(t *testing.T) {
	t0 := time.UnixMilli(1764600000000)
	prev := ""
	for i := range 2000 {
		id := newRawID(t0.Add(time.Duration(i) * 7 * time.Millisecond)).String()
		if !ValidAnswerID(id) {
			t.Fatalf("%q is not a valid answer id", id)
		}
		if raw, ok := parseID(id); !ok || raw.String() != id {
			t.Fatalf("%q does not round-trip", id)
		}
		if id <= prev {
			t.Fatalf("%q made after %q sorts before it", id, prev)
		}
		prev = id
	}
	a, b := newRawID(t0).String(), newRawID(t0).String()
	if a == b || a[:8] != b[:8] {
		t.Fatalf("two ids of one millisecond: %q, %q; want different ids with a common time prefix", a, b)
	}
	if late := newRawID(time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)).String(); late <= a {
		t.Fatalf("an id of 2500 (%q) sorts before one of 2025 (%q)", late, a)
	}
	rec := NewRecorder(RecorderOptions{Sink: discardSink{}, Key: []byte("k"), RecentAnswers: 50000})
	seen := map[string]bool{}
	var first string
	for i := range 150000 {
		id := rec.newID()
		if seen[id] {
			t.Fatalf("the recorder handed out %q twice", id)
		}
		seen[id] = true
		if !rec.isRecent(id) {
			t.Fatalf("%q is not remembered", id)
		}
		switch {
		case i == 0:
			first = id
		case i < 50000 && !rec.isRecent(first):
			t.Fatalf("the first id is forgotten after %d more; RecentAnswers is 50000", i)
		}
	}
	if rec.isRecent(first) {
		t.Fatal("the first id is still remembered after 150,000 more (twice RecentAnswers is the most kept)")
	}
}
