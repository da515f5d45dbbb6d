package bot

import "testing"

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
