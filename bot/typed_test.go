package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// asciiFieldCount, which only sizes an answer's Echo, counts strings.Fields'
// fields in ASCII text.
func TestASCIIFieldCount(t *testing.T) {
	for _, s := range []string{"", " ", "what  certifications   help?", "\ta\nb\vc\fd\re ", "a\u00a0b", "x\xffy z", "\u2003"} {
		checkASCIIFieldCount(t, s)
	}
}

func FuzzASCIIFieldCount(f *testing.F) {
	f.Add("how  long does\tit take?")
	f.Add("a\u0085b\u00a0c")
	f.Fuzz(checkASCIIFieldCount)
}

func checkASCIIFieldCount(t *testing.T, s string) {
	n, want := asciiFieldCount(s), len(strings.Fields(s))
	ascii := true
	for i := 0; i < len(s); i++ {
		ascii = ascii && s[i] < utf8.RuneSelf
	}
	if ascii && n != want {
		t.Fatalf("asciiFieldCount(%q) = %d, strings.Fields has %d", s, n, want)
	}
}
