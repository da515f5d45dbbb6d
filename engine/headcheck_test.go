package engine

import (
	"strings"
	"testing"
)

// saysQuestionBefore is the test saysQuestion replaces.
func saysQuestionBefore(head string) bool {
	low := strings.ToLower(head)
	return strings.Contains(low, "question") || strings.Contains(low, " q")
}

// headCorpus is every eval question's first 60 bytes (what labelledField
// looks at) as typed, in capitals and in lower case, and texts made to
// sit on the edges: "q" first, last and after other white space,
// "question" cut short, letters that lower-case to ASCII ("İ", the Kelvin
// sign) and a rune cut in half.
func headCorpus(t testing.TB) []string {
	out := []string{"", "q", " q", "Q", " Q", "\tq", "q ", "xq", "QUESTION", "Question:", "questio", "QUESTIO",
		"a quick Q: salary?", "random question - ok", "questİon", "QUESTİON", " \u212aq", "\u212a question",
		"quest\u0130on", "é question", "é q", "\xc3", "q\xc3", "qUeStIoN", "~uestion", "Quesiton", "q.", "?q"}
	for _, q := range guardCorpus(t) {
		h := q[:min(len(q), 60)]
		out = append(out, h, strings.ToUpper(h), strings.ToLower(h))
	}
	return out
}

func TestSaysQuestionMatchesLowerCasing(t *testing.T) {
	says := 0
	for _, h := range headCorpus(t) {
		got, want := saysQuestion(h), saysQuestionBefore(h)
		if got != want {
			t.Errorf("saysQuestion(%q) = %v, lower-casing says %v", h, got, want)
		}
		if want {
			says++
		}
	}
	if says < 20 {
		t.Errorf("only %d heads say question or q: the corpus does not test both answers", says)
	}
}

func FuzzSaysQuestion(f *testing.F) {
	for _, h := range headCorpus(f)[:300] {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, h string) {
		if got, want := saysQuestion(h), saysQuestionBefore(h); got != want {
			t.Errorf("saysQuestion(%q) = %v, lower-casing says %v", h, got, want)
		}
	})
}

func FuzzHasDigit(f *testing.F) {
	for _, s := range []string{"", "a", "5", "abc9", "١٢", "x\xff0", "$150k", "fifty"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
			t.Errorf("hasDigit(%q) = %v, ContainsAny says %v", s, got, want)
		}
	})
}

// hasSeparatorBefore is hasSeparator as it was, for every text.
func hasSeparatorBefore(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if strings.HasSuffix(w, ",") || strings.EqualFold(w, "and") || w == "n" || strings.EqualFold(w, "also") ||
			strings.EqualFold(w, "plus") || w == "+" || w == "&" {
			return true
		}
	}
	return false
}

func separatorCorpus(t testing.TB) []string {
	out := []string{"", " ", "and", "AND", "aNd", "andy", "band", "also", "ALSO", "plus", "PLUS", "plush", "+", "&", "++", "a,", ",",
		"x\tand", "x n y", "x N y", "n", "x\vAlso", "x\fplus", "x\rp", "salary, certs", "salary,certs", "and\u0085x", "ALſO", "\u212aand", "a + b", "a&b",
		"what  certifications   help?", "which\t\tworkflow   orchestration tool"}
	for _, q := range guardCorpus(t) {
		out = append(out, q, strings.ToUpper(q))
	}
	return out
}

func TestHasSeparatorMatchesFields(t *testing.T) {
	yes := 0
	for _, s := range separatorCorpus(t) {
		got, want := hasSeparator(s), hasSeparatorBefore(s)
		if got != want {
			t.Errorf("hasSeparator(%q) = %v, by fields %v", s, got, want)
		}
		if want {
			yes++
		}
		if got, want := indexPartEnd(s), strings.IndexAny(s, "?;\n"); got != want {
			t.Errorf("indexPartEnd(%q) = %d, IndexAny %d", s, got, want)
		}
	}
	if yes < 20 {
		t.Errorf("only %d texts with a separator: the corpus does not test both answers", yes)
	}
}

func FuzzHasSeparator(f *testing.F) {
	for _, s := range separatorCorpus(f)[:300] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasSeparator(s), hasSeparatorBefore(s); got != want {
			t.Errorf("hasSeparator(%q) = %v, by fields %v", s, got, want)
		}
		if got, want := indexPartEnd(s), strings.IndexAny(s, "?;\n"); got != want {
			t.Errorf("indexPartEnd(%q) = %d, IndexAny %d", s, got, want)
		}
	})
}

func FuzzUpperAlready(f *testing.F) {
	for _, s := range []string{"", "CA", "ca", "Ca", "cA", "N.", "é", "É", "ÉS", "ǅ", "ß", "\xff", "12", "ML"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := upperAlready(s), s == strings.ToUpper(s); got != want {
			t.Errorf("upperAlready(%q) = %v, ToUpper says %v", s, got, want)
		}
	})
}

// onePart never says one part of a text splitParts cuts, and says it of
// most questions.
func TestOnePartAgreesWithSplitParts(t *testing.T) {
	lib := allGuidesLibrary(t)
	one := 0
	texts := append(separatorCorpus(t), "what's the salary? and which certs should I get?", "1. salary 2. certs", "salary; certs\nskills")
	for _, s := range texts {
		if onePart(s) {
			one++
			if parts := lib.splitParts(s); len(parts) != 1 || parts[0] != s {
				t.Errorf("onePart(%q), but splitParts gives %q", s, parts)
			}
		}
	}
	if one < len(texts)/4 || one == len(texts) {
		t.Errorf("onePart true of %d of %d texts: the test does not test both answers", one, len(texts))
	}
}

// hasDigit tests eight bytes at once: every byte value in every lane and
// every tail length gives what a byte loop gives.
func TestHasDigitEveryByteEveryLane(t *testing.T) {
	for n := 0; n <= 17; n++ {
		for pos := 0; pos < n; pos++ {
			for c := 0; c < 256; c++ {
				b := []byte(strings.Repeat("a\xff ", 6)[:n])
				b[pos] = byte(c)
				s := string(b)
				if got, want := hasDigit(s), strings.ContainsAny(s, "0123456789"); got != want {
					t.Fatalf("hasDigit(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}
