package engine

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A guardedRE is a regexp with a cheap test in front of it: the strings
// one of which every match must contain (worked out from the pattern
// itself when it is compiled, so an edit to the pattern can never leave
// the test stale). A text with none of them is not run through the
// regexp's backtracker at all; on the questions members ask most
// patterns ("tl;dr", "a guide for X", "is one year") match nothing, and
// running them was a quarter of the engine's CPU. Every method returns
// exactly what the regexp's own method returns.
type guardedRE struct {
	*regexp.Regexp
	needles [][]byte // lower-case; nil: no test, always run the regexp
	// pairs holds, for each needle, the places in a textPairs set of its
	// first and last two bytes (or of its one byte): a needle is searched
	// for only when the text has both, which most needles' texts lack.
	pairs [][2]uint16
}

// pairBits is the size of the set of byte pairs a text is reduced to
// before its needles are searched for (bits, a power of two).
const pairBits = 1024

// textPairs is a hashed set of the byte pairs (and single bytes) of a
// lower-cased text: a needle whose pairs are not all in it is not in the
// text either.
type textPairs [pairBits / 64]uint64

// pairKey is the place of the pair a, b in a textPairs.
func pairKey(a, b byte) uint16 { return uint16((uint(a)*131 + uint(b)) & (pairBits - 1)) }

// singleKey is the place of the single byte a in a textPairs (apart from
// pairs only by hashing: a shared place can only let a search through).
func singleKey(a byte) uint16 { return uint16((uint(a)*7 + 512) & (pairBits - 1)) }

func (t *textPairs) add(k uint16)      { t[k/64] |= 1 << (k % 64) }
func (t *textPairs) has(k uint16) bool { return t[k/64]&(1<<(k%64)) != 0 }

// needleKeys returns the places in a textPairs that a text containing n
// must have.
func needleKeys(n []byte) [2]uint16 {
	if len(n) == 1 {
		return [2]uint16{singleKey(n[0]), singleKey(n[0])}
	}
	return [2]uint16{pairKey(n[0], n[1]), pairKey(n[len(n)-2], n[len(n)-1])}
}

// mustGuard compiles expr (regexp.MustCompile) with its test.
func mustGuard(expr string) *guardedRE {
	g := &guardedRE{Regexp: regexp.MustCompile(expr)}
	for _, n := range requiredStrings(expr) {
		g.needles = append(g.needles, []byte(n))
		g.pairs = append(g.pairs, needleKeys([]byte(n)))
	}
	guards = append(guards, g)
	return g
}

// guards are every guardedRE made, for the tests that check them.
var guards []*guardedRE

// may reports whether s could match: false only when no match is possible.
func (g *guardedRE) may(s string) bool {
	if g.needles == nil {
		return true
	}
	// A question's text is tested against several patterns in turn: its
	// reading (lower case, pairs, the folding runes) is kept in a pooled
	// memo and reused while the text is the same.
	m := textMemos.Get().(*textMemo)
	defer textMemos.Put(m)
	if len(m.s) != len(s) || m.s != s || !m.ok {
		m.read(s)
	}
	return g.mayIn(m)
}

// mayIn is may for a text already read.
func (g *guardedRE) mayIn(m *textMemo) bool {
	// (?i) folds two runes outside ASCII onto ASCII letters: K (KELVIN
	// SIGN) onto k and ſ (LONG S) onto s. Texts with them are left to the
	// regexp.
	if m.folds {
		return true
	}
	for i, n := range g.needles {
		if k := g.pairs[i]; m.set.has(k[0]) && m.set.has(k[1]) && bytes.Contains(m.low, n) {
			return true
		}
	}
	return false
}

// textMemo is what may reads of a text: its bytes in lower case (ASCII
// letters only), the set of its bytes and byte pairs, and whether it has a
// rune (?i) folds onto ASCII.
type textMemo struct {
	s     string
	ok    bool
	low   []byte
	set   textPairs
	folds bool
}

// textMemos are reused textMemos; one is only ever used by one goroutine
// between Get and Put.
var textMemos = sync.Pool{New: func() any { return &textMemo{low: make([]byte, 0, 256)} }}

// maxMemoText is the longest text whose lower-case copy a textMemo keeps
// for reuse (longer ones are read into a buffer of their own).
const maxMemoText = 4 << 10

func (m *textMemo) read(s string) {
	if cap(m.low) > maxMemoText {
		m.low = make([]byte, 0, 256)
	}
	m.s, m.ok = s, true
	m.low = append(m.low[:0], s...)
	m.set = textPairs{}
	ascii := true
	for i, c := range m.low {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			m.low[i] = c
		}
		ascii = ascii && c < utf8.RuneSelf
		m.set.add(singleKey(c))
		if i > 0 {
			m.set.add(pairKey(m.low[i-1], c))
		}
	}
	m.folds = !ascii && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f"))
}

// mayFresh is may reading s afresh, without the memo: what the memo must
// give (the tests compare them).
func (g *guardedRE) mayFresh(s string) bool {
	if g.needles == nil {
		return true
	}
	var m textMemo
	m.read(s)
	return g.mayIn(&m)
}

func (g *guardedRE) MatchString(s string) bool {
	return g.may(s) && g.Regexp.MatchString(s)
}

func (g *guardedRE) FindStringSubmatch(s string) []string {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindStringSubmatch(s)
}

func (g *guardedRE) FindStringIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindStringIndex(s)
}

func (g *guardedRE) FindAllString(s string, n int) []string {
	if !g.may(s) {
		return nil
	}
	return g.Regexp.FindAllString(s, n)
}

func (g *guardedRE) ReplaceAllString(src, repl string) string {
	if !g.may(src) {
		return src
	}
	return g.Regexp.ReplaceAllString(src, repl)
}

// maxSet bounds the sets of strings requiredStrings works with: a node
// that matches more different strings than this is not enumerated.
const maxSet = 16

// maxClass is the most characters a character class may have to be
// enumerated (ten: the digits).
const maxClass = 10

// requiredStrings returns strings (lower-case ASCII, or bytes outside ASCII
// that no case folding changes) of which every match of expr contains at
// least one, ignoring ASCII case; nil when it finds none worth testing.
func requiredStrings(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	set := reqInfo(re.Simplify()).best()
	if set == nil || minLen(set) < 1 {
		return nil
	}
	// A string that contains another needs no test of its own.
	var out []string
	for i, s := range set {
		covered := false
		for j, t := range set {
			if j != i && strings.Contains(s, t) && (len(t) < len(s) || j < i) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, s)
		}
	}
	return out
}

// reqSets describes a node: exact, when known, is every string it can
// match (lower-cased); match is a set one of which every match contains.
type reqSets struct {
	exact  []string
	exactK bool
	match  []string
}

// best is the set to test for: the exact strings (unless one is empty) or
// the required ones.
func (r reqSets) best() []string {
	if r.exactK && !contains(r.exact, "") {
		return r.exact
	}
	return r.match
}

func exactly(s ...string) reqSets { return reqSets{exact: s, exactK: true} }

func reqInfo(re *syntax.Regexp) reqSets {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return exactly("")
	case syntax.OpLiteral:
		var b strings.Builder
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf {
				if re.Flags&syntax.FoldCase != 0 && unicode.SimpleFold(r) != r {
					return reqSets{} // matched in other cases too
				}
				b.WriteRune(r)
				continue
			}
			b.WriteRune(unicode.ToLower(r))
		}
		return exactly(b.String())
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) == maxClass {
					return reqSets{}
				}
				s := string(r)
				if r < utf8.RuneSelf {
					s = string(unicode.ToLower(r))
				}
				if !contains(set, s) {
					set = append(set, s)
				}
			}
		}
		return exactly(set...)
	case syntax.OpCapture:
		return reqInfo(re.Sub[0])
	case syntax.OpQuest:
		sub := reqInfo(re.Sub[0])
		if sub.exactK && len(sub.exact) < maxSet {
			return exactly(union(sub.exact, []string{""})...)
		}
		return reqSets{}
	case syntax.OpPlus:
		return reqSets{match: reqInfo(re.Sub[0]).best()}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return reqSets{match: reqInfo(re.Sub[0]).best()}
		}
		return reqSets{}
	case syntax.OpAlternate:
		var exact, match []string
		exactK, matchK := true, true
		for _, sub := range re.Sub {
			s := reqInfo(sub)
			if exactK && s.exactK && len(exact)+len(s.exact) <= maxSet {
				exact = union(exact, s.exact)
			} else {
				exactK = false
			}
			if b := s.best(); matchK && b != nil {
				match = union(match, b)
			} else {
				matchK = false
			}
		}
		r := reqSets{exact: exact, exactK: exactK}
		if matchK {
			r.match = match
		}
		return r
	case syntax.OpConcat:
		var cands [][]string
		run, allExact := []string{""}, true
		flush := func() {
			if !contains(run, "") {
				cands = append(cands, run)
			}
		}
		for _, sub := range re.Sub {
			s := reqInfo(sub)
			if s.exactK && len(run)*len(s.exact) <= maxSet {
				run = cross(run, s.exact)
				continue
			}
			allExact = false // the run is broken here: what follows starts a new one
			flush()
			if b := s.best(); b != nil {
				cands = append(cands, b)
			}
			if s.exactK {
				run = s.exact // too many together: start again from this one
			} else {
				run = []string{""}
			}
		}
		if allExact {
			return exactly(run...)
		}
		flush()
		var pick []string
		for _, c := range cands {
			if pick == nil || minLen(c) > minLen(pick) || minLen(c) == minLen(pick) && len(c) < len(pick) {
				pick = c
			}
		}
		return reqSets{match: pick}
	}
	return reqSets{}
}

func contains(set []string, s string) bool {
	for _, x := range set {
		if x == s {
			return true
		}
	}
	return false
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		if !contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

func cross(a, b []string) []string {
	var out []string
	for _, x := range a {
		for _, y := range b {
			if !contains(out, x+y) {
				out = append(out, x+y)
			}
		}
	}
	return out
}

func minLen(set []string) int {
	m := -1
	for _, s := range set {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}
