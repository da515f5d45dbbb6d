package bot

import (
	"testing"
)

func TestNormalizeNameFastPathSame(t *testing.T) {
	for _, s := range []string{"", " ", "a", "ML Engineer", "ml engineer", "ml  engineer", " ml engineer", "ml engineer ", "ml-engineer",
		"Synthetic Career 0042 Dutratronics Designer", "C++ dev", "Café Owner", "a\tb", "x y z", "ÉCOLE", "--", "a-", "-a", "a  b c"} {
		if got, want := NormalizeName(s), normalizeRunes(s); got != want {
			t.Errorf("NormalizeName(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormalizeName(f *testing.F) {
	for _, s := range []string{"ML Engineer", " a  b ", "Café", "x-y_z", "A1 b2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NormalizeName(s), normalizeRunes(s); got != want {
			t.Fatalf("NormalizeName(%q) = %q, want %q", s, got, want)
		}
	})
}
