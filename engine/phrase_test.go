package engine

import (
	"slices"
	"testing"
)

func TestAppendPhrase(t *testing.T) {
	for _, ws := range [][]string{nil, {"a"}, {"new", "york"}, {"new", "york", "city"}} {
		if got, want := string(appendPhrase([]byte("x"), ws)), "x"+joinSpace(ws); got != want {
			t.Errorf("%q: %q, want %q", ws, got, want)
		}
	}
}

func joinSpace(ws []string) string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += " "
		}
		s += w
	}
	return s
}

// The ASCII fast paths of words and rawWords split every text as the rune
// loops do.
func TestWordsFastPath(t *testing.T) {
	corpus := append(guardCorpus(t), "", " ", "s", "S", "it's a master's", "C++ & C#", "x-ray 3D  2024", "a\tb\nc", "...")
	for _, s := range corpus {
		if !isASCII(s) {
			continue
		}
		if got, want := words(s), wordsRunes(s); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, want %q", s, got, want)
		}
		if got, want := rawWords(s), rawWordsRunes(s); !slices.Equal(got, want) {
			t.Errorf("rawWords(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzWords(f *testing.F) {
	f.Add("what's the pay in New York?")
	f.Add("s S ss")
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) {
			return
		}
		if got, want := words(s), wordsRunes(s); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, want %q", s, got, want)
		}
		if got, want := rawWords(s), rawWordsRunes(s); !slices.Equal(got, want) {
			t.Errorf("rawWords(%q) = %q, want %q", s, got, want)
		}
	})
}
