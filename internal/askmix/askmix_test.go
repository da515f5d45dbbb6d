package askmix

import (
	"strings"
	"testing"
)

func TestSpacedGivesDistinctTextsWithTheSameWords(t *testing.T) {
	const total = 1250
	for _, q := range Questions {
		seen := map[string]int{}
		for k := 0; k < total; k++ {
			s := Spaced(q, k, total)
			if got, want := strings.Join(strings.Fields(s), " "), q; got != want {
				t.Fatalf("Spaced(%q, %d) = %q: words changed", q, k, s)
			}
			if len(strings.Fields(q)) > 1 {
				if j, dup := seen[s]; dup {
					t.Fatalf("Spaced(%q) gives the same text for k=%d and k=%d", q, j, k)
				}
				seen[s] = k
			}
		}
	}
}

func TestSpacedLeavesOneWordAlone(t *testing.T) {
	if got := Spaced("hello", 7, 100); got != "hello" {
		t.Fatalf("Spaced of one word = %q", got)
	}
}
