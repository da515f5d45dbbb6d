package bot

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The byte path for ASCII words gives what the rune path gives.
func TestLevenshteinASCIIMatchesRunes(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "calfornia", "california", "massachusets", "massachusetts",
		"new yrok", "new york", "washington", "washingotn", "w", "texas", "texsa", "kitten", "sitting",
		"abcdefghijklmnopqrstuvwxyzabcdefghij", "abcdefghijklmnopqrstuvwxyzabcdefghji"}
	for _, a := range words {
		for _, b := range words {
			for max := 0; max <= 3; max++ {
				if got, want := levenshteinASCII(a, b, max), levenshteinRunes([]rune(a), []rune(b), max); got != want {
					t.Errorf("Levenshtein(%q, %q, %d): bytes %d, runes %d", a, b, max, got, want)
				}
			}
		}
	}
	if d := Levenshtein("zürich", "zurich", 2); d != 1 {
		t.Errorf("non-ASCII: %d, want 1", d)
	}
}

func FuzzLevenshtein(f *testing.F) {
	f.Add("calfornia", "california")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !isASCII(a) || !isASCII(b) {
			return
		}
		for max := 0; max <= 2; max++ {
			if got, want := levenshteinASCII(a, b, max), levenshteinRunes([]rune(a), []rune(b), max); got != want {
				t.Fatalf("Levenshtein(%q, %q, %d): bytes %d, runes %d", a, b, max, got, want)
			}
		}
	})
}

// LookupState skips names whose length differs by more than two from an
// ASCII word: right only while every name is ASCII.
func TestStateNamesASCII(t *testing.T) {
	for _, n := range stateNames {
		if !isASCII(n) {
			t.Errorf("state name %q is not ASCII: LookupState's length check needs rune counts", n)
		}
	}
}

// lowerSingleSpaced holds only of texts LookupState's normalising leaves
// as they are.
func FuzzLowerSingleSpaced(f *testing.F) {
	for _, s := range []string{"new york", "New York", "new  york", " texas", "texas ", "tex\tas", "zürich", "a", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if lowerSingleSpaced(s) {
			if n := strings.ToLower(strings.Join(strings.Fields(s), " ")); n != s {
				t.Fatalf("%q normalises to %q", s, n)
			}
		}
	})
}

// echoProbes gives the probes of its first version, which lower-cased and
// escaped every form of every typed text.
func FuzzEchoProbes(f *testing.F) {
	for _, s := range []string{"what certifications help?", "What *ML* certs?", "/ask `x`", "a\\b", "ÉCOLE_x", "İ*", "ab"} {
		f.Add(s, "/ask "+s)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		echo := []string{a, b}
		var want []string
		seen := map[string]bool{}
		for _, e := range echo {
			q := strconv.Quote(e)
			for _, v := range []string{e, strings.ToLower(e), q[1 : len(q)-1]} {
				if len(v) < minEcho || seen[v] || EscapeMarkdown(v) == v {
					continue
				}
				seen[v] = true
				want = append(want, v)
			}
		}
		if got := echoProbes(echo, EscapeMarkdown); !slices.Equal(got, want) {
			t.Fatalf("echoProbes(%q) = %q, want %q", echo, got, want)
		}
	})
}

// bagDistance never puts two strings within k edits more than 2k apart:
// LookupState may skip a name on it.
func FuzzBagDistance(f *testing.F) {
	f.Add("calfornia", "california")
	f.Add("massachusets", "massachusetts")
	f.Add("aab", "bba")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !isASCII(a) || !isASCII(b) {
			return
		}
		if d := levenshteinASCII(a, b, 3); d <= 2 && bagDistance(a, b) > 2*d {
			t.Fatalf("%q, %q: %d edits, bag distance %d", a, b, d, bagDistance(a, b))
		}
		if d := byteSetOf(a).differ(byteSetOf(b)); d > bagDistance(a, b) {
			t.Fatalf("%q, %q: byte sets differ by %d, more than the bag distance %d", a, b, d, bagDistance(a, b))
		}
	})
}

// The byte sets' difference is a lower bound of the bag distance (so the
// typo scan never skips a name bagDistance would keep).
func TestByteSetDiffer(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"abc", "cba", 0}, {"abc", "abd", 2}, {"aab", "b", 1}, {"A~", "a~", 2}, {"calfornia", "california", 0}} {
		if got := byteSetOf(c.a).differ(byteSetOf(c.b)); got != c.want || got > bagDistance(c.a, c.b) {
			t.Errorf("differ(%q, %q) = %d, want %d (bag distance %d)", c.a, c.b, got, c.want, bagDistance(c.a, c.b))
		}
	}
	for i, n := range stateNames {
		if stateNameSets[i] != byteSetOf(n) {
			t.Fatalf("stateNameSets[%d] is not the set of %q", i, n)
		}
	}
}

func TestBagDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{{"", "", 0}, {"abc", "cba", 0}, {"abc", "abd", 2}, {"abc", "ab", 1}, {"aab", "bba", 2}, {"calfornia", "california", 1}} {
		if got := bagDistance(c.a, c.b); got != c.want {
			t.Errorf("bagDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// StateNameWords never turns away a state's name: every name StateByName
// knows, of n words, has StateNameWords(its first word) >= n.
func TestStateNameWords(t *testing.T) {
	for name := range stateByName {
		first, _, multi := strings.Cut(name, " ")
		if !multi {
			continue
		}
		if n := len(strings.Split(name, " ")); StateNameWords(first) < n {
			t.Errorf("StateNameWords(%q) = %d, but %q has %d words", first, StateNameWords(first), name, n)
		}
	}
	for w, want := range map[string]int{"new": 2, "district": 3, "texas": 0, "york": 0} {
		if got := StateNameWords(w); got != want {
			t.Errorf("StateNameWords(%q) = %d, want %d", w, got, want)
		}
	}
}

// CheckInput's one pass over ASCII gives what the three passes of
// checkInputRunes give: the same error (or none) for every byte, at every
// length around the limit.
func TestCheckInputASCII(t *testing.T) {
	errText := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return err.Error()
	}
	n := 0
	for b := range 256 {
		for _, max := range []int{0, 4, 5, 6, 500} {
			s := "ab" + string([]byte{byte(b)}) + "cd"
			got, want := errText(CheckInput(s, max)), errText(checkInputRunes(s, max))
			if got != want {
				t.Fatalf("CheckInput(%q, %d) = %s, want %s", s, max, got, want)
			}
			if got != "<nil>" {
				n++
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d inputs refused: the control, length and UTF-8 checks did not run", n)
	}
}

func FuzzCheckInput(f *testing.F) {
	f.Add("what certifications help?", 500)
	f.Add("a\x00b", 10)
	f.Add("caf\xe9", 3)
	f.Fuzz(func(t *testing.T, s string, max int) {
		var a, b string
		if err := CheckInput(s, max); err != nil {
			a = err.Error()
		}
		if err := checkInputRunes(s, max); err != nil {
			b = err.Error()
		}
		if a != b {
			t.Fatalf("CheckInput(%q, %d) = %q, checkInputRunes %q", s, max, a, b)
		}
	})
}
