package engine

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/antzucaro/matchr"

	"github.com/careerbot-dev/careerbot/bot"
)

// Voice typing writes what it hears: numbers as words ("three hundred k",
// "one fifty thousand") and names it does not know as words that sound
// like them, cut into pieces ("see attle", "mass a chew sets", "pie
// torch", "cube flow"). This file reads both back.

// spokenUnits are the number words below twenty; spokenTens the tens.
var (
	spokenUnits = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
		"eighteen": 18, "nineteen": 19}
	spokenTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
)

// belowHundred reads one to ninety-nine at low[i] ("fifty", "eighty five",
// "twelve"): the value and the number of words, 0 words when none.
func belowHundred(low []string, i int) (int, int) {
	if i >= len(low) {
		return 0, 0
	}
	if u, ok := spokenUnits[low[i]]; ok {
		return u, 1
	}
	if t, ok := spokenTens[low[i]]; ok {
		if i+1 < len(low) {
			if u, ok := spokenUnits[low[i+1]]; ok && u < 10 {
				return t + u, 2
			}
		}
		return t, 1
	}
	return 0, 0
}

// spokenAmount reads an amount said in words at low[i] and ending in a
// unit of money: "three hundred k", "one fifty thousand", "a hundred and
// fifty grand", "one hundred eighty five thousand dollars", "three hundred
// dollars". It returns the amount as it would be typed ("300k", "150k",
// "300") and the number of words read (the unit included); 0 words when
// there is none. Number words without a unit ("three years", "one of
// them") are left as they are.
func spokenAmount(low []string, i int) (string, int) {
	j := i
	value := 0
	if low[j] == "a" && j+1 < len(low) && low[j+1] == "hundred" {
		value, j = 100, j+2
	} else {
		v, n := belowHundred(low, j)
		if n == 0 {
			return "", 0
		}
		j += n
		switch {
		case j < len(low) && low[j] == "hundred":
			value, j = v*100, j+1
		case v < 10 && j < len(low):
			// "one fifty", "one eighty five": hundreds said as digits
			if w, m := belowHundred(low, j); m > 0 && w >= 10 {
				value, j = v*100+w, j+m
			} else {
				value = v
			}
		default:
			value = v
		}
	}
	if value >= 100 && value%100 == 0 && j < len(low) {
		k := j
		if low[k] == "and" {
			k++
		}
		if w, m := belowHundred(low, k); m > 0 {
			value, j = value+w, k+m
		}
	}
	if j >= len(low) {
		return "", 0
	}
	switch low[j] {
	case "k", "thousand", "grand":
		return strconv.Itoa(value) + "k", j - i + 1
	case "dollars", "bucks":
		return strconv.Itoa(value), j - i + 1
	}
	return "", 0
}

// spokenAmounts rewrites the amounts text says in words as they are typed
// ("can I hit three hundred K" → "can I hit 300k"); other text is returned
// as it is.
func spokenAmounts(text string) string {
	if !isASCII(text) {
		return text
	}
	lower := strings.ToLower(text)
	if !strings.Contains(lower, "hundred") && !strings.Contains(lower, "thousand") && !strings.Contains(lower, "grand") &&
		!strings.Contains(lower, " k") && !strings.Contains(lower, "dollars") && !strings.Contains(lower, "bucks") {
		return text // (most messages: no look at their words)
	}
	type span struct{ from, to int }
	var low []string
	var at []span
	for i := 0; i < len(lower); {
		if !isWordByte(lower[i]) {
			i++
			continue
		}
		j := i
		for j < len(lower) && isWordByte(lower[j]) {
			j++
		}
		low = append(low, lower[i:j])
		at = append(at, span{i, j})
		i = j
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(low); i++ {
		a, n := spokenAmount(low, i)
		if n == 0 {
			continue
		}
		b.WriteString(text[last:at[i].from])
		b.WriteString(a)
		last = at[i+n-1].to
		i += n - 1
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// soundTarget is a name voice typing may cut into pieces: its letters
// joined and the words it is read as.
type soundTarget struct {
	joined     string
	sound      string // its consonants as heard (consonants)
	key1, key2 string // its Double Metaphone keys
	words      []string
}

// soundNames are the names heard by sound: the US states and large cities,
// the words of the careers' names and the words of the guides that no
// dictionary holds (tool and product names: "pytorch", "kubeflow"), by
// the first consonants heard. Built on first use.
type soundNames struct {
	once    sync.Once
	byStart map[string][]soundTarget // by the first three consonants of each name, as heard
	minLen  int
	maxLen  int
}

func (s *soundNames) build(l *Library) {
	s.byStart = map[string][]soundTarget{}
	s.minLen = 1 << 30
	seen := map[string]bool{}
	add := func(name string) {
		ws := strings.Fields(strings.ToLower(name))
		j := strings.Join(ws, "")
		if len(j) < 5 || seen[j] || !isAlpha(j) || !isASCII(j) {
			return
		}
		seen[j] = true
		t := soundTarget{joined: j, sound: consonants(j), words: ws}
		t.key1, t.key2 = matchr.DoubleMetaphone(j)
		start := t.sound[:min(3, len(t.sound))]
		s.byStart[start] = append(s.byStart[start], t)
		s.minLen, s.maxLen = min(s.minLen, len(j)), max(s.maxLen, len(j))
	}
	for _, st := range bot.USStates {
		add(st.Name)
	}
	for c := range usCities {
		add(c)
	}
	for w := range l.nameWords {
		add(w) // "orbit all", "cue bit"
	}
	for _, g := range l.Guides {
		for _, text := range relevanceTexts(g) {
			for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
				// A name: written with a capital, and no word of the
				// dictionary, in any of its forms.
				if len(w) < 5 || !unicode.IsUpper(rune(w[0])) {
					continue
				}
				lw := strings.ToLower(w)
				if !seen[lw] && !strings.HasSuffix(lw, "ing") && !l.m.stop[lw] && !l.m.lex.Word(lw) && !l.m.lex.VerbForm(lw) && !l.m.lex.Word(l.m.lex.Singular(lw)) {
					add(lw)
				}
			}
		}
	}
}

// soundJoin is the name that two to four short pieces starting at low[i]
// sound like when read together ("see attle" → seattle, "mass a chew
// sets" → massachusetts, "pie torch" → pytorch), and how many pieces; 0
// when none does. The joined letters must sound like the name (the same
// Double Metaphone key, the consonants as heard the same or one apart) and
// be close to it in letters; words the guides use side by side must be one
// letter from the name ("orbit all"), so that "dreams make" stays apart.
func (l *Library) soundJoin(ctx context.Context, low []string, i int, unknown func(int) bool) ([]string, int) {
	if i+1 >= len(low) || !soundPiece(low[i]) || !soundPiece(low[i+1]) {
		return nil, 0
	}
	l.sounds.once.Do(func() { l.sounds.build(l) })
	s := &l.sounds
	var best []string
	bestN, bestD, bestJ := 0, 0, ""
	var stack [64]byte
	letters := append(stack[:0], low[i]...)
	// strange: a piece of three letters or more is a word the guides do
	// not use ("attle", "chew"; not "qu" after "anchor"). Looked up only
	// for runs that sound like a name.
	strange, read := false, i
	for n := 2; n <= 4 && i+n-1 < len(low); n++ {
		p := low[i+n-1]
		if !soundPiece(p) || len(letters)+len(p) > s.maxLen+2 {
			break
		}
		letters = append(letters, p...)
		if len(letters) < max(5, s.minLen-2) || len(p) < 3 && l.m.stop[p] {
			continue // (no name ends in "a" or "in": "believe a", "india in")
		}
		var cs [64]byte
		heard := consonantsOf(cs[:0], letters)
		// The names that begin with the same consonants as heard, and whose
		// consonants are the same or one apart (most runs: none).
		type nearName struct {
			t  *soundTarget
			sd int // the consonants' distance
		}
		var near []nearName
		ts := s.byStart[string(heard[:min(3, len(heard))])]
		for k := range ts {
			if sd := bot.Levenshtein(string(heard), ts[k].sound, 1); sd <= 1 {
				near = append(near, nearName{&ts[k], sd})
			}
		}
		if len(near) == 0 {
			continue
		}
		for ; read < i+n; read++ {
			strange = strange || len(low[read]) >= 3 && unknown(read)
		}
		j := string(letters)
		if l.m.lex.Word(j) {
			continue
		}
		p1, p2 := "", ""
		for _, nn := range near {
			// The consonants as heard the same, or one apart; the letters
			// then at most a third apart ("cuebit" is two from "qubit")
			// or a quarter. Among words the guides use, only one letter
			// apart and the consonants the same ("orbit all").
			t, sd := nn.t, nn.sd
			limit := max(1, (len(t.joined)+1)/3)
			switch {
			case !strange && sd == 0:
				limit = 1
			case !strange:
				continue
			case sd == 1:
				limit = max(1, len(t.joined)/4)
			}
			d := bot.Levenshtein(j, t.joined, limit)
			if d > limit {
				continue
			}
			if p1 == "" {
				p1, p2 = matchr.DoubleMetaphone(j) // (only for runs close in letters)
			}
			if t.key1 != p1 && t.key1 != p2 && t.key2 != p1 && t.key2 != p2 {
				continue // not heard alike
			}
			// The closest, then the one of the length heard ("new yrok" is
			// New York, not Newark), then by name: the same every time.
			if best == nil || d < bestD || d == bestD && n == bestN &&
				(lenGap(t.joined, j) < lenGap(bestJ, j) || len(t.joined) == len(bestJ) && t.joined < bestJ) {
				best, bestN, bestD, bestJ = t.words, n, d, t.joined
			}
		}
	}
	if best == nil || bestD == 0 && slices.Equal(best, low[i:i+bestN]) {
		return nil, 0 // (and the name as it is typed, "los angeles": read as usual)
	}
	for k := i; k < i+bestN; k++ {
		if l.placeName(low[k]) {
			return nil, 0 // places are read as places: "india in"
		}
	}
	return best, bestN
}

// lenGap is how many letters longer or shorter a is than b.
func lenGap(a, b string) int { return max(len(a)-len(b), len(b)-len(a)) }

// soundPiece reports whether w can be a piece of a name voice typing cut
// up: a short word of ASCII letters.
func soundPiece(w string) bool {
	return len(w) >= 1 && len(w) <= 7 && isASCII(w) && isAlpha(w)
}

// placeName reports whether w alone names a place: a country, a US state
// or city (by name: "or" and "in" are words here). Not placeWord, which
// also reads a state's short forms ("mass"), pieces voice typing cuts.
func (l *Library) placeName(w string) bool {
	if len(w) < 3 {
		return false
	}
	if _, ok := usCities[w]; ok || l.m.lex.Foreign(w) {
		return true
	}
	_, ok := l.m.lex.USPlace(w)
	return ok
}

// letterNames are the English names of letters as voice typing writes
// them ("em ell ee" is MLE). Those marked plain are everyday words too
// ("see", "you", "why", "a"): they are read as letters only in a run with
// a name that is no everyday word.
var letterNames = map[string]struct {
	letter byte
	plain  bool
}{
	"ay": {'a', false}, "a": {'a', true}, "bee": {'b', true}, "be": {'b', true}, "see": {'c', true}, "cee": {'c', false},
	"dee": {'d', false}, "ee": {'e', false}, "ef": {'f', false}, "eff": {'f', false}, "gee": {'g', false},
	"aitch": {'h', false}, "eye": {'i', true}, "jay": {'j', true}, "kay": {'k', true}, "el": {'l', false},
	"ell": {'l', false}, "em": {'m', false}, "en": {'n', false}, "oh": {'o', true}, "pee": {'p', false},
	"cue": {'q', true}, "queue": {'q', true}, "ar": {'r', false}, "are": {'r', true}, "ess": {'s', false},
	"tee": {'t', false}, "tea": {'t', true}, "you": {'u', true}, "vee": {'v', false}, "ex": {'x', false},
	"why": {'y', true}, "zee": {'z', false}, "zed": {'z', false},
}

// spokenLetter is the letter low[k] names ("ell" → 'l', "double you" →
// 'w', a letter typed alone as itself) and how many words name it; 0 words
// when none. plain reports a name that is an everyday word too.
func spokenLetter(low []string, k int) (letter byte, n int, plain bool) {
	w := low[k]
	if len(w) == 1 && 'a' <= w[0] && w[0] <= 'z' {
		return w[0], 1, w != "a" && w != "i"
	}
	if w == "double" && k+1 < len(low) && (low[k+1] == "you" || low[k+1] == "u") {
		return 'w', 2, false
	}
	if ln, ok := letterNames[w]; ok {
		return ln.letter, 1, ln.plain
	}
	return 0, 0, false
}

// namedLetters reports whether a letter's name that is no everyday word
// stands beside another letter or letter name ("em ell", "en why",
// "double you ay"): perhaps a name or code said letter by letter.
func namedLetters(low []string) bool {
	for i := 0; i < len(low); i++ {
		if _, ok := letterNames[low[i]]; !ok && low[i] != "double" {
			continue
		}
		_, n, plain := spokenLetter(low, i)
		if n == 0 || plain {
			continue
		}
		if i+n < len(low) {
			if _, m, _ := spokenLetter(low, i+n); m > 0 {
				return true
			}
		}
		if i > 0 {
			if _, m, _ := spokenLetter(low, i-1); m > 0 {
				return true
			}
		}
	}
	return false
}

// joinNamedLetters reads runs of letters said by name as the name or code
// they spell when the guides, the shorthand table or the states know it
// ("em ell ee" → MLE, "bee ell ess" → BLS, "en why" → NY, "pee aitch dee"
// → PhD); a run needs one name that is no everyday word, so "see a movie"
// stays as it is. Other runs stay as typed.
func (l *Library) joinNamedLetters(rawIn, low []string) ([]string, []string) {
	known := func(w string) bool {
		if st, ok := bot.LookupState(w); ok && len(w) == 2 && strings.EqualFold(st.Code, w) {
			return true // "en why": a state's code
		}
		return l.spelledName(w)
	}
	var r, lw []string
	for i := 0; i < len(low); {
		// The run of letters from i: each letter and the word it starts at.
		var letters []byte
		var at []int
		strong := false
		end := i
		for end < len(low) {
			c, n, plain := spokenLetter(low, end)
			if n == 0 {
				break
			}
			letters, at = append(letters, c), append(at, end)
			strong = strong || !plain && len(low[end]) > 1
			end += n
		}
		end = max(end, i+1)
		joined := false
		if strong && len(letters) >= 2 {
			// The longest known name inside the run, from its start or after
			// leading words ("an em ell ee": not the article).
			for from := 0; from+2 <= len(letters) && !joined; from++ {
				for to := len(letters); to-from >= 2; to-- {
					w := string(letters[from:to])
					if !known(w) && !(to == len(letters) && to-from <= 3 && end < len(low) && l.m.lex.Occupation(low[end])) {
						continue // (before a worker, a job's name: "you ex designer")
					}
					stop := end
					if to < len(letters) {
						stop = at[to]
					}
					r, lw = append(r, rawIn[i:at[from]]...), append(lw, low[i:at[from]]...)
					r, lw = append(r, strings.ToUpper(w)), append(lw, w)
					r, lw = append(r, rawIn[stop:end]...), append(lw, low[stop:end]...)
					joined = true
					break
				}
			}
		}
		if !joined {
			r, lw = append(r, rawIn[i:end]...), append(lw, low[i:end]...)
		}
		i = end
	}
	return r, lw
}

// consonants is w's consonants as they are heard, for comparing two
// spellings of one sound: c, k, q and ck as k (c before e, i or y as s), ph
// and v as f, z as s, ch as x, kn and wr at the start as n and r; vowels,
// h, w and y dropped and letters said once kept once ("seattle" → "stl",
// "qubit" and "cuebit" → "kbt", "vermont" and "furmont" → "frmnt").
func consonants(w string) string { return string(consonantsOf(nil, []byte(w))) }

// consonantsOf appends the consonants of w as heard (consonants) to b.
func consonantsOf(b, w []byte) []byte {
	if len(w) > 1 && (w[0] == 'k' && w[1] == 'n' || w[0] == 'w' && w[1] == 'r') {
		w = w[1:]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w':
			continue
		case 'c':
			switch next {
			case 'h':
				c = 'x'
			case 'e', 'i', 'y':
				c = 's'
			default:
				c = 'k'
			}
		case 'q', 'g':
			if c == 'g' && next == 'h' {
				continue // "high"
			}
			c = 'k'
		case 'p':
			if next == 'h' {
				c = 'f'
			}
		case 'v':
			c = 'f'
		case 'z':
			c = 's'
		case 's':
			if next == 'h' {
				c = 'x'
			}
		}
		if n := len(b); n > 0 && b[n-1] == c {
			continue
		}
		b = append(b, c)
	}
	return b
}

// heardWords are the words a word spelt as it sounds may be meant for, by
// the consonants heard in them (consonants): the words of the careers'
// names, the long words of the intent table, and the guides' own words no
// dictionary has ("masheen", "sertifications", "onirografy",
// "heisenburg"), found by sound whatever their first letter. Places and
// employers are not among them.
type heardWords struct {
	once  sync.Once
	byKey map[string][]string
}

func (h *heardWords) build(l *Library) {
	h.byKey = map[string][]string{}
	seen := map[string]bool{}
	add := func(w string) {
		if len(w) < 5 || seen[w] || !isAlpha(w) || !isASCII(w) || placeWord(l.m, w) || usCities[w] != "" || l.m.companies[w] != "" {
			return // (places and employers are read as such, never reached by a slip: "nvidia" is no "nevada")
		}
		seen[w] = true
		if k := consonants(w); len(k) >= 3 {
			h.byKey[k] = append(h.byKey[k], w)
		}
	}
	for w := range l.nameWords {
		add(w) // "masheen lerning": the words of the careers' names
	}
	for _, group := range l.m.intents {
		for _, w := range group {
			if len(w) >= 8 {
				add(w) // "sertificate": the long words of what is asked (short ones sound like too many others: "physio" is no "phase")
			}
		}
	}
	for _, g := range l.Guides {
		// and the guides' own names for things no dictionary has
		// ("heisenberg", "rehydrocalc", "oneirography")
		for _, text := range relevanceTexts(g) {
			for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
				if !seen[w] && len(w) >= 5 && !l.m.stop[w] && !l.m.lex.Word(w) && !l.m.lex.VerbForm(w) && !l.m.lex.Word(l.m.lex.Singular(w)) {
					add(w)
				}
			}
		}
	}
	for _, ws := range h.byKey {
		slices.Sort(ws) // (map order: the same answer on every run)
	}
}

// soundAlike is the one heardWords word that w, a word of seven letters or
// more (its caller reads it only when no dictionary or guide has it),
// sounds the same as (the same consonants, as heard) and is spelt near (at
// most half its letters apart, four at most): "masheen" → "machine",
// "sertifications" → "certifications", "heisenburg" → "heisenberg"; ""
// when there is none, or two as near, or w is a dictionary word with an
// ending.
func (l *Library) soundAlike(w string) string {
	if len(w) < 7 || !isAlpha(w) || !isASCII(w) || l.m == nil || l.inflected(w) {
		return ""
	}
	l.heard.once.Do(func() { l.heard.build(l) })
	k := consonants(w)
	maxD := min(4, (len(w)+1)/2)
	best, bestD := "", maxD+1
	for _, c := range l.heard.byKey[k] {
		if c == w || len(c)-len(w) > 2 || len(w)-len(c) > 2 {
			continue
		}
		switch d := bot.Levenshtein(w, c, maxD); {
		case d < bestD:
			best, bestD = c, d
		case d == bestD && c != best:
			best = "" // two as near: no guess
		}
	}
	return best
}

// inflected reports whether w is a dictionary word with an ending added
// ("choosing", "labeling", "shipped"): no word spelt as it sounds.
func (l *Library) inflected(w string) bool {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		base, ok := strings.CutSuffix(w, suf)
		if !ok || len(base) < 3 {
			continue
		}
		if l.m.lex.Word(base) || l.m.lex.Word(base+"e") || base[len(base)-1] == base[len(base)-2] && l.m.lex.Word(base[:len(base)-1]) {
			return true
		}
	}
	return false
}
