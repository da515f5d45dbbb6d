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
		t.Fatal("the first id is still remembered after 150,000 more (RecentAnswers is 50000)")
	}
	// Every one of the last RecentAnswers ids is found (by binary search
	// over the ring), and the one before them is not.
	for k := range rec.ringLen {
		if id := rec.at(k).String(); !rec.isRecent(id) {
			t.Fatalf("the %d-th oldest remembered id %q is not found", k, id)
		}
	}
	if rec.isRecent(NewAnswerID()) {
		t.Fatal("an id the recorder did not hand out is recent")
	}
}

// The millisecond of a Recorder's ids never goes back, even when the clock
// does: the ring stays in order, and ids of one millisecond differ.
func TestRecorderIDsNeverGoBack(t *testing.T) {
	rec := NewRecorder(RecorderOptions{Sink: discardSink{}, Key: []byte("k"), RecentAnswers: 1000})
	rec.lastMS = idMS(time.Now().Add(time.Hour)) // as if the clock had just stepped back an hour
	seen := map[string]bool{}
	for range 3000 {
		id := rec.newID()
		raw, _ := parseID(id)
		if raw.ms() != rec.lastMS || seen[id] {
			t.Fatalf("%q: millisecond %d (want the last, %d), seen before: %v", id, raw.ms(), rec.lastMS, seen[id])
		}
		seen[id] = true
	}
	for k := range rec.ringLen {
		if !rec.isRecent(rec.at(k).String()) {
			t.Fatalf("the %d-th oldest id is not found", k)
		}
	}
}
