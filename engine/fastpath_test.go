package engine

import (
	"slices"
	"strings"
	"testing"
)

// indexInCode finds what strings.IndexFunc finds, ASCII or not.
func TestIndexInCode(t *testing.T) {
	for _, s := range []string{"", "in CA?", "  N.Y. ", "12 ñ CA", "éA", "ab", "...", "ĸ.1", "x\xffy"} {
		checkIndexInCode(t, s)
	}
}

func FuzzIndexInCode(f *testing.F) {
	f.Add("salary in N.Y. or CA?")
	f.Add("Ünïcode ǅ A")
	f.Fuzz(checkIndexInCode)
}

func checkIndexInCode(t *testing.T, s string) {
	for _, want := range []bool{true, false} {
		ref := strings.IndexFunc(s, func(r rune) bool { return inCode(r) == want })
		if got := indexInCode(s, want); got != ref {
			t.Fatalf("indexInCode(%q, %v) = %d, IndexFunc %d", s, want, got, ref)
		}
	}
}

// phraseLine.has is strings.Contains.
func TestPhraseLine(t *testing.T) {
	l := newPhraseLine(" how much do they take home in ca ")
	for p, want := range map[string]bool{
		" how much ": true, " take home ": true, " how much is ": false, "": true, "a": true, "z": false,
		" ca ": true, "ca ": true, " c": true, " pull in ": false, "in ca": true, " in  ca ": false,
	} {
		if got := l.has(p); got != want || got != strings.Contains(l.s, p) {
			t.Errorf("has(%q) = %v, want %v", p, got, want)
		}
	}
}

func FuzzPhraseLine(f *testing.F) {
	f.Add(" how much is it ", " how much ")
	f.Add("ab", "b")
	f.Fuzz(func(t *testing.T, s, p string) {
		l := newPhraseLine(s)
		if got, want := l.has(p), strings.Contains(s, p); got != want {
			t.Fatalf("has(%q) in %q = %v, strings.Contains %v", p, s, got, want)
		}
	})
}

// rawAndLowWords is rawWords and words.
func TestRawAndLowWords(t *testing.T) {
	for _, s := range []string{"", "s", "S s", "What's the ML Engineer's salary in CA?", "a-b  c", "naïve café S", "x\xffy s"} {
		checkRawAndLow(t, s)
	}
}

func FuzzRawAndLowWords(f *testing.F) {
	f.Add("How long does it take to become an ML engineer?")
	f.Fuzz(checkRawAndLow)
}

func checkRawAndLow(t *testing.T, s string) {
	raw, low := rawAndLowWords(s)
	if wr, wl := rawWords(s), words(s); !slices.Equal(raw, wr) || !slices.Equal(low, wl) || (raw == nil) != (wr == nil) || (low == nil) != (wl == nil) {
		t.Fatalf("rawAndLowWords(%q) = %q, %q; want %q, %q", s, raw, low, wr, wl)
	}
}

// joinStarts lets through every split of the topics' and intent words:
// each of them, cut anywhere, has its first part in joinStarts.
func TestJoinStarts(t *testing.T) {
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	check := func(k string) {
		for i := 1; i < len(k); i++ {
			n++
			if !m.joinStarts[k[:i]] {
				t.Fatalf("%q cut after %q: the first part is not in joinStarts", k, k[:i])
			}
		}
	}
	for k := range m.topics {
		check(k)
	}
	for k := range m.index {
		check(k)
	}
	if n < 100 {
		t.Fatalf("only %d cuts checked", n)
	}
}

// stopOccupations are exactly the stop words Occupation reads as
// occupations.
func TestStopOccupations(t *testing.T) {
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	for w := range m.stop {
		if m.stopOccupations[w] != m.lex.Occupation(w) {
			t.Errorf("%q: stopOccupations %v, Occupation %v", w, m.stopOccupations[w], m.lex.Occupation(w))
		}
	}
	for w := range m.stopOccupations {
		if !m.stop[w] {
			t.Errorf("%q is in stopOccupations but not a stop word", w)
		}
	}
	if len(m.stop) == 0 {
		t.Fatal("no stop words")
	}
}

// onePlainPiece is true only when cutting the text as splitParts does
// leaves at most one piece that is not blank, with no separator in it.
func TestOnePlainPiece(t *testing.T) {
	for s, want := range map[string]bool{
		"what certifications help?": true, "": true, " ? ; \n": true, "salary in CA? and NY?": false,
		"salary and certs?": false, "what pays best; which state?": false, "x, y": false, "  how long ?  ": true,
	} {
		if got := onePlainPiece(s); got != want {
			t.Errorf("onePlainPiece(%q) = %v, want %v", s, got, want)
		}
		checkOnePlainPiece(t, s)
	}
}

func FuzzOnePlainPiece(f *testing.F) {
	f.Add("how long does it take?")
	f.Add("salary? and certs; also\nthe day")
	f.Fuzz(checkOnePlainPiece)
}

func checkOnePlainPiece(t *testing.T, s string) {
	var pieces []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == '?' || r == ';' || r == '\n' }) {
		if p = strings.TrimSpace(p); p != "" {
			pieces = append(pieces, p)
		}
	}
	want := len(pieces) == 0 || len(pieces) == 1 && !hasSeparator(pieces[0])
	if got := onePlainPiece(s); got != want {
		t.Fatalf("onePlainPiece(%q) = %v; pieces %q", s, got, pieces)
	}
}

// twoSentences is whether strings.FieldsFunc(text, sentenceEnd) has two
// fields or more.
func TestTwoSentences(t *testing.T) {
	for _, s := range []string{"", "what certifications help?", "I'm a nurse. How do I switch?", "...", "a.b", "a—b", "é–ü", "x\xffy. z", ". a .", "a;:!?"} {
		checkTwoSentences(t, s)
	}
}

func FuzzTwoSentences(f *testing.F) {
	f.Add("Backend dev here (Java, 5 yoe). How long does it take?")
	f.Add("x\xff—y")
	f.Fuzz(checkTwoSentences)
}

func checkTwoSentences(t *testing.T, s string) {
	if got, want := twoSentences(s), len(strings.FieldsFunc(s, sentenceEnd)) >= 2; got != want {
		t.Fatalf("twoSentences(%q) = %v, FieldsFunc says %v", s, got, want)
	}
}

// upperAcronym finds what acronyms[strings.ToUpper(w)+suffix] finds.
func TestUpperAcronym(t *testing.T) {
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for k := range m.acronyms {
		for _, w := range []string{k, strings.ToLower(k), strings.ToLower(k) + "s", "x" + k} {
			for _, suf := range []string{"", "s"} {
				checkUpperAcronym(t, m, w, suf)
				n++
			}
		}
	}
	for _, w := range []string{"", "rn", "ﬀ", "émt", strings.Repeat("a", 40), "ǆ"} {
		checkUpperAcronym(t, m, w, "s")
	}
	if n < 20 {
		t.Fatalf("only %d acronyms checked", n)
	}
}

func FuzzUpperAcronym(f *testing.F) {
	m, err := loadModel()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("rn", "")
	f.Add("emt", "s")
	f.Fuzz(func(t *testing.T, w, suf string) { checkUpperAcronym(t, m, w, suf) })
}

func checkUpperAcronym(t *testing.T, m *model, w, suf string) {
	want, wok := m.acronyms[strings.ToUpper(w)+suf]
	got, ok := m.upperAcronym(w, suf)
	if ok != wok || !slices.Equal(got, want) {
		t.Fatalf("upperAcronym(%q, %q) = %q, %v; acronyms[ToUpper] = %q, %v", w, suf, got, ok, want, wok)
	}
}

// spacedLine is " " + strings.Join(ws, " ") + " ".
func TestSpacedLine(t *testing.T) {
	for _, ws := range [][]string{nil, {}, {""}, {"a"}, {"how", "much", "", "is"}, {"ü", "x y"}} {
		if got, want := spacedLine(ws), " "+strings.Join(ws, " ")+" "; got != want {
			t.Errorf("spacedLine(%q) = %q, want %q", ws, got, want)
		}
	}
}
