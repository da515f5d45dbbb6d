package engine

import (
	"maps"
	"slices"
	"testing"
)

func checkIntentList(t testing.TB, m *model, w string) {
	want := slices.Sorted(maps.Keys(m.intentsOf(w)))
	for range 2 {
		if got := m.intentList(w); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("intentList(%q) = %q, intentsOf has %q", w, got, want)
		}
	}
}

// intentList lists what intentsOf has: every word of the intent table, its
// plural and with its last letter dropped, and every word of every eval
// question.
func TestIntentListMatchesIntentsOf(t *testing.T) {
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	for w := range m.index {
		for _, x := range []string{w, w + "s", w + "es", w[:len(w)-1], w + "ss"} {
			checkIntentList(t, m, x)
		}
	}
	for _, text := range evalQuestions(t) {
		raw, low := rawAndLowWords(text)
		for _, w := range append(raw, low...) {
			checkIntentList(t, m, w)
		}
	}
}

func FuzzIntentListMatchesIntentsOf(f *testing.F) {
	m, err := loadModel()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"salaries", "medians", "certs", "pays", "", "ss", "headcounts"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkIntentList(t, m, w)
	})
}
