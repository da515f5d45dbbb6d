package engine

import (
	"context"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/engine/lexicon"
)

// vocabulary corrects typos in the words that steer answers: intent words,
// career names, section titles and certification names. It is small on
// purpose (body words are left to the search engine).
type vocabulary struct {
	words  map[string]int        // word → weight
	fixes  map[string]int        // words typos are corrected to that are not the guides' (weight)
	byLen  map[lenFirst][]string // words by rune length and first letter, for a bounded scan
	sorted bool
}

func newVocabulary(m *model, extra map[string]int) *vocabulary {
	v := &vocabulary{words: map[string]int{}, byLen: map[lenFirst][]string{}}
	for _, group := range m.intents {
		for _, w := range group {
			v.words[w] += 20
		}
	}
	for _, st := range bot.USStates {
		for _, w := range strings.Fields(strings.ToLower(st.Name)) {
			v.words[w] += 5
		}
	}
	for w, n := range extra {
		v.words[w] += n
	}
	// Words a typo is corrected to that are no guide's words: the longer
	// function words ("yeers" → "years", "meny" → "many") and the cities
	// the place reading knows ("Seatle"). They weigh little and are not
	// known().
	v.fixes = map[string]int{}
	for w := range m.stop {
		if len(w) >= 4 && isAlpha(w) && isASCII(w) && m.lex.Word(w) {
			v.fixes[w] = 1
		}
	}
	for c := range usCities {
		if len(c) >= 5 && isAlpha(c) && isASCII(c) {
			v.fixes[c] = 1
		}
	}
	for w := range v.fixes {
		if _, ok := v.words[w]; ok {
			delete(v.fixes, w)
		}
	}
	for _, set := range []map[string]int{v.words, v.fixes} {
		for w := range set {
			n := len([]rune(w))
			k := lenFirst{n, []rune(w)[0]}
			v.byLen[k] = append(v.byLen[k], w)
		}
	}
	for _, ws := range v.byLen {
		sort.Strings(ws)
	}
	return v
}

// jobSlot reports whether the word at i stands where a job is named: after
// an article, "as" or "become", or before a word of pay, training or work
// ("plumbr apprenticeship", "a dental hygienst", "electricans make").
func jobSlot(lex interface{ Noun(string) bool }, ws []string, i int) bool {
	if i+1 < len(ws) {
		switch ws[i+1] {
		case "salary", "salaries", "pay", "wage", "wages", "make", "earn", "apprenticeship", "apprentice", "license", "licence", "school",
			"job", "jobs", "career", "certification", "certifications", "cert", "certs", "training", "program", "here", "outlook",
			"exam", "exams", "requirements", "degree", "duties", "vs", "versus":
			return true
		}
	}
	if i > 0 {
		switch ws[i-1] {
		case "a", "an", "as", "become", "becoming", "dental", "medical", "licensed", "certified", "registered":
			return i+1 == len(ws) || !lex.Noun(ws[i+1]) // (not "a midlife crisis": a word before a noun)
		}
	}
	return false
}

// occupationTypo returns the one occupation of one word that w, a word
// of five letters or more no dictionary or guide has, is a slip of the
// fingers away from ("plumbr" → "plumber", "hygienst" → "hygienist",
// "electricans" → "electricians"): one edit, or two for words of eight
// letters or more; w itself when there is none or more than one.
func (m *model) occupationTypo(w string) string {
	if len(w) < 5 || !isAlpha(w) || !isASCII(w) || m.lex.Word(w) || m.lex.VerbForm(w) {
		return w
	}
	stemmed, plural := w, false
	if s, ok := strings.CutSuffix(w, "s"); ok && len(s) >= 5 {
		stemmed, plural = s, true
	}
	try := func(x string) string {
		maxD := 1
		if len(x) >= 8 {
			maxD = 2
		}
		best, bestD := "", maxD+1
		for n := len(x) - maxD; n <= len(x)+maxD; n++ {
			for _, o := range m.lex.OneWordOccupations(x[0], n) {
				d := bot.Levenshtein(x, o, maxD)
				switch {
				case d < bestD:
					best, bestD = o, d
				case d == bestD && o != best:
					best = "" // two as near: no guess
				}
			}
		}
		return best
	}
	if plural {
		if o := try(stemmed); o != "" {
			return o + "s"
		}
	}
	if o := try(w); o != "" {
		return o
	}
	return w
}

type lenFirst struct {
	n     int
	first rune
}

// weight is a correction candidate's weight: a guide's word, or one of
// the fixes.
func (v *vocabulary) weight(w string) (int, bool) {
	if f, ok := v.words[w]; ok {
		return f, true
	}
	f, ok := v.fixes[w]
	return f, ok
}

// known reports whether w is one of the vocabulary's words.
func (v *vocabulary) known(w string) bool {
	_, ok := v.words[w]
	return ok
}

// correct returns the vocabulary word closest to w (w itself when known,
// short or without a close match).
func (v *vocabulary) correct(w string) string {
	if _, ok := v.words[w]; ok || v == nil {
		return w
	}
	n := len([]rune(w))
	if n == 4 && isAlpha(w) && isASCII(w) {
		// Four letters: too many real words are one edit apart, but a
		// question's function words have few neighbours ("meny" → "many",
		// "wich" → "which"): one of them, alone at one edit, is taken.
		only := ""
		for l := 3; l <= 5; l++ {
			for _, cand := range v.byLen[lenFirst{l, rune(w[0])}] {
				if _, fix := v.fixes[cand]; fix && bot.Levenshtein(w, cand, 1) <= 1 {
					if only != "" && only != cand {
						return w
					}
					only = cand
				}
			}
		}
		if only != "" {
			return only
		}
		return w
	}
	if n < 5 || !isAlpha(w) {
		return w // fewer letters: too many real words are one edit apart
	}
	maxD := 1
	if n >= 7 {
		maxD = 2
	}
	best, bestD, bestW := w, maxD+1, 0
	if isASCII(w) {
		// Two letters swapped ("salray", "machien") are one slip of the
		// fingers, two edits apart.
		b := []byte(w)
		for i := 0; i+1 < len(b); i++ {
			if b[i] == b[i+1] {
				continue
			}
			b[i], b[i+1] = b[i+1], b[i]
			if f, ok := v.weight(string(b)); ok && (bestD > 1 || f > bestW) {
				best, bestD, bestW = string(b), 1, f
			}
			b[i], b[i+1] = b[i+1], b[i]
		}
	}
	for l := n - maxD; l <= n+maxD; l++ {
		// Typos rarely change the first letter; that keeps the scan short.
		for _, cand := range v.byLen[lenFirst{l, []rune(w)[0]}] {
			d := bot.Levenshtein(w, cand, maxD)
			if _, fix := v.fixes[cand]; fix && d > 1 {
				continue // ("austria" is not "austin")
			}
			if f, _ := v.weight(cand); d <= maxD && (d < bestD || (d == bestD && f > bestW)) {
				best, bestD, bestW = cand, d, f
			}
		}
	}
	return best
}

// overTime reports whether "over time" at low[i] means as time goes by
// ("what would move me up the range over time?"), not overtime work: no
// word of work or pay beside it.
func overTime(low []string, i int) bool {
	if low[i] != "over" || low[i+1] != "time" {
		return false
	}
	if i+2 < len(low) && overtimeNext[low[i+2]] || i > 0 && overtimeBefore[low[i-1]] {
		return false // "over time pay", "do they work over time"
	}
	return true
}

var (
	overtimeNext   = setOf("pay", "paid", "hours", "hour", "rate", "rates", "work", "shifts", "shift")
	overtimeBefore = setOf("work", "works", "working", "worked", "paid", "get", "gets", "any", "no", "much", "mandatory", "unpaid", "receive", "for")
)

// jobJoined is the occupation of one word that low[i] and the word after
// it make run together: the occupation itself ("para legal", "bar
// tender"), or one a slip away when one of the two is no dictionary word
// and the pair stands where a job is named ("a dental hi genist", "a data
// sign tist"); "" otherwise, and for words the guides use.
func (l *Library) jobJoined(low []string, i int) string {
	if i+1 >= len(low) {
		return ""
	}
	a, b := low[i], low[i+1]
	if len(a)+len(b) < 6 || len(a) < 2 || len(b) < 3 || !isAlpha(a) || !isAlpha(b) || !isASCII(a) || !isASCII(b) || l.m.stop[b] || l.vocab.known(a) && l.vocab.known(b) {
		return ""
	}
	lex := l.m.lex
	if possessive[a] || determiner[a] || a == "my" || a == "i" {
		return "" // ("my summer job", "my sister job": a word of its own before a noun, no syllable of a job)
	}
	j := a + b
	exact := lex.Occupation(j) || lex.Occupation(lex.Singular(j))
	if !exact && (lex.Word(a) && lex.Word(b) || lex.Word(j)) {
		return "" // (most pairs: two words, joined no job)
	}
	if lex.Occupation(a) || lex.Occupation(b) || lex.Occupation(lex.Singular(b)) {
		return "" // ("police officer": two words, each a job or its name)
	}
	for k, w := range [2]string{a, b} {
		if k == 0 && len(w) <= 2 {
			continue // ("hi genist": a little word heard for a syllable)
		}
		if l.m.index[w] != nil || l.m.shorthand[w] != nil || l.expand[w] != nil || usCities[w] != "" || l.usPlace(w) || l.isCareerWord(w) ||
			len(w) == 2 && stateCode(strings.ToUpper(w)) || l.Searcher != nil && l.Searcher.Known(context.Background(), w) {
			return "" // ("co median", "in denver", "mle later": words read as they are)
		}
	}
	if exact {
		return j
	}
	slot := append(append(make([]string, 0, len(low)), low[:i]...), j)
	slot = append(slot, low[i+2:]...)
	if !jobSlot(lex, slot, i) {
		return ""
	}
	if t := l.m.occupationTypo(j); t != j {
		return t
	}
	return ""
}

// joinedName is the guides' name that low[i] and the word after it make
// run together ("tensor flow" → tensorflow, "hugging face" →
// huggingface): a name no dictionary has, that the index knows. ""
// otherwise.
func (l *Library) joinedName(ctx context.Context, w string, low []string, i int) string {
	if i+1 >= len(low) || l.Searcher == nil || len(w) < 2 || len(low[i+1]) < 3 || l.m.stop[w] || l.m.stop[low[i+1]] ||
		!isAlpha(w) || !isAlpha(low[i+1]) || !isASCII(w) || !isASCII(low[i+1]) {
		return ""
	}
	j := w + low[i+1]
	if len(j) < 6 || l.m.lex.Word(j) {
		return ""
	}
	if l.Searcher.Known(ctx, j) {
		return j
	}
	return ""
}

// usPlace reports whether w names a place in the US ("vegas").
func (l *Library) usPlace(w string) bool {
	_, ok := l.m.lex.USPlace(w)
	return ok
}

// stopJoined splits w where a space was left out before a little word
// ("growthfor" → "growth", "for"; "makea" → "make", "a"): a known word of
// four letters or more, then one of the little words typed onto the word
// before most often; "", "" when there is no such split or more than one.
func stopJoined(w string, known func(string) bool) (string, string) {
	a, b := "", ""
	for k := len(w) - 1; k >= 4 && k >= len(w)-4; k-- {
		if right := w[k:]; joinedLittle[right] && known(w[:k]) {
			if a != "" {
				return "", ""
			}
			a, b = w[:k], right
		}
	}
	return a, b
}

// paSchool words after "PA" make it a physician assistant's initials.
var paSchool = setOf("school", "schools", "program", "programs", "student", "students", "c", "cs")

// overtimeTold reports whether the word before "OT" makes it overtime:
// pay told with it ("with OT", "w/ OT", "plus OT") or the hours it adds to
// ("12 hr shifts + OT", "$34/hr + OT").
func overtimeTold(w string) bool {
	switch w {
	case "with", "w", "plus", "incl", "including", "hr", "hrs", "hour", "hours", "shift", "shifts":
		return true
	}
	return len(w) > 1 && w[len(w)-1] == 'k' && isDigits(w[:len(w)-1]) // "98k OT"
}

// mastersCode reports whether "MS" or "MA", typed in capitals, is a
// master's degree by the word after it ("an MS program", "MA thesis"),
// not Mississippi or Massachusetts.
func mastersCode(code, next string) bool {
	return (code == "MS" || code == "MA") && degreeNext[next]
}

// degreeNext words after "MS" or "MA" make it a master's degree.
var degreeNext = setOf("program", "programs", "degree", "degrees", "student", "students", "thesis", "grad", "grads", "coursework")

// joinedLittle are the little words a fast typist runs onto the word before.
var joinedLittle = setOf("a", "for", "is", "of", "to", "and", "the", "in")

// unswapped returns the one known word w is with two letters next to each
// other swapped back ("learnign" → "learning", "trackign" → "tracking"),
// for words of five letters or more; "" when there is none or more than
// one.
func unswapped(w string, known func(string) bool) string {
	if len(w) < 5 || !isASCII(w) || !isAlpha(w) {
		return ""
	}
	found := ""
	b := []byte(w)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		if c := string(b); known(c) {
			if found != "" && found != c {
				return ""
			}
			found = c
		}
		b[i], b[i+1] = b[i+1], b[i]
	}
	return found
}

// unstretched is w with its letters held down undone, when that gives a
// known word: a run of three or more of one letter kept once (or twice:
// "sooo" → "so", "seeen" → "seen"), or a doubled last letter kept once
// ("yearss"); "" otherwise.
func unstretched(w string, known func(string) bool) string {
	if len(w) < 3 || !isASCII(w) {
		return ""
	}
	run := func(keep int) string {
		var b []byte
		for i := 0; i < len(w); {
			j := i
			for j < len(w) && w[j] == w[i] {
				j++
			}
			n := j - i
			if n >= 3 {
				n = keep
			}
			for k := 0; k < n; k++ {
				b = append(b, w[i])
			}
			i = j
		}
		return string(b)
	}
	for _, c := range []string{run(1), run(2)} {
		if c != w && known(c) {
			return c
		}
	}
	if n := len(w); n >= 4 && w[n-1] == w[n-2] && known(w[:n-1]) {
		return w[:n-1]
	}
	return ""
}

func isAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// words splits text into lowercase words of letters and digits, keeping
// apostrophes out ("master's" → "master", "s" dropped).
func words(text string) []string {
	if isASCII(text) {
		return asciiWords(strings.ToLower(text), func(w string) bool { return w == "s" })
	}
	return wordsRunes(text)
}

// wordsRunes is words for any text.
func wordsRunes(text string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			w := cur.String()
			if w != "s" {
				out = append(out, w)
			}
			cur.Reset()
		}
	}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			cur.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	return out
}

// upperAcronym is acronyms[strings.ToUpper(w)+suffix], with the key of an
// ASCII word built on the stack (a map index by string(bytes) allocates
// nothing).
func (m *model) upperAcronym(w, suffix string) ([]string, bool) {
	var stack [32]byte
	if len(w)+len(suffix) > len(stack) || !isASCII(w) {
		exp, ok := m.acronyms[strings.ToUpper(w)+suffix]
		return exp, ok
	}
	b := append(stack[:0], w...)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - ('a' - 'A')
		}
	}
	b = append(b, suffix...)
	exp, ok := m.acronyms[string(b)]
	return exp, ok
}

// question is free text after analysis.
type question struct {
	raw     string
	words   []string     // lowercase, typo-corrected
	careers []*bot.Guide // careers named, in order
	states  []bot.USState
	city    string         // a large city named, whose state is in states
	intents map[string]int // intent or kind → number of words
	// storyWhere: "where" is said only by the story around the question
	// sentences ("… up where there's no gravity. What are the biggest
	// challenges?"), so it asks no place.
	storyWhere bool
	scope      scope
	taken      []bool // words read as a career, certificate, state, place or scope
	cased      []bool // words typed with a capital, not first
	certWord   []bool // words read as part of a certificate's name
	lib        *Library
	excluded   []bot.USState // states a ranking leaves out ("not counting California")
	region     *region       // a part of the US named instead of a state ("the Midwest")
	switcher   bool          // a career change: "I'm a QA tester, how do I move into this?"
	// signed: the message ends, after its last question, with the asker's
	// own job ("… ? RN asking"; see trailingLabel)
	signed bool
	asked  *question // the message up to its last question mark, read on first need (trailingLabel)
	// translated: written in another language the translation table knows
	// and read in English.
	translated bool
	full       *question       // the whole message, when this is its question sentence without the background
	idiom      map[string]bool // words of a pay idiom found ("take home")
	guessed    bool            // the career was guessed from the question's words, not named
	corrected  bool            // a career named was taken back for one after it ("sorry, I meant …")
	// namedBy: the words that named a guessed career by its topic, only
	// that guide's ("map dreams", "qubit garden"): no topic asked of it
	namedBy  map[string]bool
	clauses  bool // read again from its asking clauses only (lacking)
	m        *model
	certMemo certMemo // bestCert's last answer
	maskMemo maskMemo // the mask of words, for hasAll
}

func (q *question) has(intent string) bool { return q.intents[intent] > 0 }

// kindAt is a word of a question no guide uses, at, with the one kind of
// the thing it names that a single guide, guide, speaks of.
type kindAt struct {
	at    int
	kind  string
	guide int32
}

// kindUsed returns the one kind of the thing w names that a single guide
// speaks of, and that guide, when no guide uses w itself ("kitchen" →
// "galley", WordNet's ship's kitchen, in a library with a guide about
// cooking on a station); "" when there is none or more than one, or the
// library has one guide.
func (l *Library) kindUsed(w string) (string, int32) {
	if len(l.Guides) < 2 || l.terms == nil || l.terms.routes() || len(w) < 3 || l.m.index[w] != nil || !l.m.lex.Noun(w) || l.m.lex.Person(w) {
		return "", -1
	}
	kinds := l.m.lex.Kinds(w)
	if kinds == nil {
		kinds = l.m.lex.Kinds(l.m.lex.Singular(w))
	}
	found, guide := "", int32(-1)
	for _, k := range kinds {
		if gs, ok := l.terms.guidesWith(stem(k)); ok && len(gs) == 1 && l.m.lex.OnlyNoun(k) {
			if found != "" {
				return "", -1
			}
			found, guide = k, gs[0]
		}
	}
	return found, guide
}

// ownWordBesides reports whether a word of ws other than the one at skip
// is one that only guide g uses and that names its career or that it keeps
// coming back to ("space", "orbit"; not "restaurant", said once).
func (l *Library) ownWordBesides(ctx context.Context, ws []string, skip int, g int32) bool {
	for i, w := range ws {
		if i == skip || l.m.stop[w] || len(w) < 3 {
			continue
		}
		if gs, ok := l.terms.guidesWith(stem(w)); ok && len(gs) == 1 && gs[0] == g &&
			l.headNames[w] == nil && (titleWord(l, l.Guides[g], w) || l.Searcher != nil && l.Searcher.DocFreq(ctx, w) >= coreDocFreq) {
			return true
		}
	}
	return false
}

// read reads a free-text question: shorthand expanded, typos corrected
// (words WordNet or the guides know are left alone), careers, states,
// intents and the question's scope (other occupations, employers, places
// outside the US). Callers use analyse, which reads a text once per request.
func (l *Library) read(ctx context.Context, text string) *question {
	q := &question{raw: text, intents: map[string]int{}, m: l.m, lib: l}
	lex := l.Searcher
	rawIn, low := rawAndLowWords(text)
	if message, some := l.m.foreignMessage(low); len(rawIn) != len(low) || !some {
		// most messages: English
	} else if message {
		// "cuanto gana un ml engineer en mexico": read in English
		rawIn, low = l.m.translated(rawIn, low)
		q.translated = true
	} else if l.m.foreignWord(low) {
		// "Quantengärtner Gehalt in Colorado?": one word of another
		// language in English, read alone
		rawIn, low = l.m.translatedWords(rawIn, low)
	}
	// Sized for the usual case, one word each (a shorthand may add more:
	// then append copies, each slice's capacity ends where the other's
	// room begins); one allocation for both.
	both := make([]string, 0, 2*len(low))
	q.words = both[:0:len(low)]
	raw := both[len(low):len(low)]
	if len(rawIn) != len(low) {
		rawIn = low
	}
	if namedLetters(low) {
		rawIn, low = l.joinNamedLetters(rawIn, low)
	}
	if spelledOut(low) {
		rawIn, low = l.joinSpelled(strings.ToLower(text), rawIn, low)
	}
	var kinds []kindAt // words no guide uses, with the one kind of them a guide does
	skip := 0          // words already read with the one before them
	unknownAt := func(k int) bool {
		w := low[k]
		return !l.m.stop[w] && !l.vocab.known(w) && (lex == nil || !lex.Known(ctx, w))
	}
	for i, w := range low {
		if skip > 0 {
			skip--
			continue
		}
		if w == "dose" && i > 0 && (startsQuestion(low[i-1]) || low[i-1] == "what") && i+1 < len(low) && !l.m.stop[low[i+1]] || w == "dose" && i+1 < len(low) && (low[i+1] == "it" || low[i+1] == "this" || low[i+1] == "that" || low[i+1] == "the" || low[i+1] == "a" || low[i+1] == "an") {
			w = "does" // "what dose the decoherence meter do": autocorrect's real word for "does"
			low[i] = w
		}
		if i+1 < len(low) && isAlpha(w) && isAlpha(low[i+1]) && len(w) >= 3 && len(low[i+1]) >= 3 && l.Searcher != nil {
			// "night mare", "super position", "after noon", "data bricks": a
			// word the guides or the intent table write as one, typed apart
			// (not two words each of them uses: "data science")
			if j := w + low[i+1]; (l.vocab.known(j) || l.m.lex.Word(j) && l.Searcher.Known(ctx, j)) && !(l.Searcher.Known(ctx, w) && l.Searcher.Known(ctx, low[i+1])) &&
				!l.m.stop[j] && !l.m.stop[low[i+1]] { // (not "grow the": "growthe" is no word)
				q.words = append(q.words, j)
				raw = append(raw, rawIn[i]+rawIn[i+1])
				skip = 1
				continue
			}
		}
		if i+1 < len(low) && l.m.joinStarts[w] && (l.m.topics[w+low[i+1]] || l.m.index[w+low[i+1]] != nil && !l.m.stop[w]) && !overTime(low, i) {
			// "part-time", "part time", "boot camp", "stand out": one word of
			// the declared conditions of work or the intent table.
			q.words = append(q.words, w+low[i+1])
			raw = append(raw, w+low[i+1])
			skip = 1
			continue
		}
		if st, n := joinedState(low, i); n > 0 {
			// "cali for nia", "color a do": a state's name voice typing
			// cut into pieces
			for _, x := range strings.Fields(strings.ToLower(st.Name)) {
				q.words = append(q.words, x)
				raw = append(raw, x)
			}
			skip = n - 1
			continue
		}
		if j := l.joinedName(ctx, w, low, i); j != "" {
			// "tensor flow": a name from the guides typed apart
			q.words = append(q.words, j)
			raw = append(raw, w+low[i+1])
			skip = 1
			continue
		}
		if j := l.jobJoined(low, i); j != "" {
			// "para legal", "dental hi genist": a job voice typing heard
			// as two words
			q.words = append(q.words, j)
			raw = append(raw, j)
			skip = 1
			continue
		}
		if ws, n := l.soundJoin(ctx, low, i, unknownAt); n > 0 {
			// "see attle", "pie torch": a name voice typing heard as
			// other words
			q.words = append(q.words, ws...)
			raw = append(raw, ws...)
			skip = n - 1
			continue
		}
		if w == "onsite" && (i > 0 && (determiner[low[i-1]] || possessive[low[i-1]]) || i > 1 && (low[i-2] == "an" || low[i-2] == "a" || low[i-2] == "my") ||
			i+1 < len(low) && onsiteNext[low[i+1]]) {
			// "got an MLE onsite next week": the day of interviews, not
			// where the work is done
			q.words = append(q.words, "interview")
			raw = append(raw, rawIn[i])
			continue
		}
		if (w == "dollars" || w == "dollar" || w == "bucks" || w == "usd") && i > 0 && hasDigit(low[i-1]) {
			continue // "300k dollars": the amount's unit
		}
		if i+1 < len(low) && (low[i+1] == "thousand" || low[i+1] == "grand") && isDigits(w) {
			// "300 thousand", "300 grand": an amount, read as "300k"
			q.words = append(q.words, w+"k")
			raw = append(raw, w+"k")
			skip = 1
			continue
		}
		if i+1 < len(low) {
			if exp, ok := l.m.shorthand2[w][low[i+1]]; ok {
				// "w/o": one shorthand that reading split in two
				q.words = append(q.words, exp...)
				raw = append(raw, exp...)
				skip = 1
				continue
			}
		}
		if rawIn[i] == "PA" && i+1 < len(low) && paSchool[low[i+1]] {
			// "PA school", "PA-C": a physician assistant's, not Pennsylvania
			q.words = append(q.words, "physician", "assistant")
			raw = append(raw, "physician", "assistant")
			if low[i+1] == "c" {
				skip = 1
			}
			continue
		}
		if i+1 < len(low) && mastersCode(rawIn[i], low[i+1]) {
			// "a part-time MS program", "MA degree": a master's, not
			// Mississippi or Massachusetts
			q.words = append(q.words, "master", "degree")
			raw = append(raw, "master", "degree")
			if low[i+1] == "degree" || low[i+1] == "degrees" {
				skip = 1
			}
			continue
		}
		if rawIn[i] == "OT" && i > 0 && overtimeTold(low[i-1]) {
			// "98k with OT", "12 hr shifts + OT": overtime, not an
			// occupational therapist
			q.words = append(q.words, "overtime")
			raw = append(raw, "overtime")
			continue
		}
		exp, ok := l.m.acronyms[rawIn[i]] // "RN" (registered nurse), not "rn" (right now)
		if !ok && acronymSlot(low, i) {
			// "rn salary ca", "emt certs", "an lpn": typed lowercase where a
			// job's name goes.
			exp, ok = l.m.upperAcronym(w, "")
			if p, plural := strings.CutSuffix(w, "s"); !ok && plural {
				exp, ok = l.m.upperAcronym(p, "s")
			}
		}
		if !ok {
			exp, ok = l.m.shorthand[w]
			if ok && i > 0 && i+1 < len(low) {
				exp = l.workBefore(exp, low[i-1], low[i+1])
			}
		}
		if !ok {
			exp, ok = l.expand[w]
		}
		if ok {
			for _, e := range exp {
				q.words = append(q.words, e)
				raw = append(raw, e)
			}
			if n := len(exp); n > 0 && i+1 < len(low) && len(low[i+1]) >= 3 && strings.HasPrefix(exp[n-1], strings.TrimSuffix(low[i+1], "s")) {
				skip = 1 // "HVAC tech": the worker the expansion already names ("heating technician")
			}
			continue
		}
		c := w
		// Real words ("feature", "welder") are not typos of others ("future").
		if !l.vocab.known(w) && !l.m.stop[w] && (lex == nil || !lex.Known(ctx, w)) {
			if us := american(w); us != w && (l.m.lex.Word(us) || lex != nil && lex.Known(ctx, us)) {
				c = us // British spelling: "optimise" → "optimize"
			} else if d := unstretched(w, func(x string) bool { return l.vocab.known(x) || l.m.stop[x] || l.m.lex.Word(x) }); d != "" && !l.m.lex.Word(w) {
				c = d // letters held down: "payyy" → "pay", "makeee" → "make", "yearss" → "years"
			} else if d := unswapped(w, func(x string) bool {
				return l.vocab.known(x) || l.m.lex.Word(x) || lex != nil && lex.Known(ctx, x)
			}); d != "" && len(w) >= 6 && !capitalised(rawIn[i]) && !l.m.lex.Word(w) && !l.m.lex.VerbForm(w) {
				c = d // two letters swapped: "learnign" → "learning", "interveiws" → "interviews"
			} else if k, g := l.kindUsed(w); k != "" {
				kinds = append(kinds, kindAt{at: len(q.words), kind: k, guide: g})
			} else if !l.m.lex.Word(w) && !compared(l.m.lex, w) && !(i > 0 && low[i-1] == "at") {
				// Not after "at": "at spacex" names an employer, not "space".
				c = l.vocab.correct(w)
				if c == w {
					if full := l.unvowelled(w); full != "" {
						c = full // "qntm gardner": a word of a guide's name typed without its vowels
					}
				}
				if c == w && len(w) >= 5 && isAlpha(w) && !l.m.lex.Occupation(w) {
					if full, ok := l.terms.completion(w); ok {
						c = full // "backprop": a guide's word cut short
					}
				}
				if c == w && !capitalised(rawIn[i]) && jobSlot(l.m.lex, low, i) {
					c = l.m.occupationTypo(w) // "plumbr apprenticeship", "a dental hygienst": a job typed with a slip
				}
				if c == w && !capitalised(rawIn[i]) && !l.m.lex.VerbForm(w) && !l.m.lex.Foreign(w) && usCities[w] == "" && !l.m.lex.FamilyName(w) && !l.usPlace(w) && l.m.companies[w] == "" {
					if s := l.soundAlike(w); s != "" {
						c = s // "masheen lerning", "sertifications": a word spelt as it sounds
					}
				}
			}
		}
		if c == w && len(w) >= 5 && isAlpha(w) && !capitalised(rawIn[i]) && !l.m.lex.Word(w) && !l.m.lex.VerbForm(w) && !l.vocab.known(w) && !l.m.stop[w] &&
			(lex == nil || !lex.Known(ctx, w)) && !l.m.lex.Foreign(w) && usCities[w] == "" && !l.m.lex.FamilyName(w) && !l.usPlace(w) {
			if a, b := stopJoined(w, func(x string) bool { return l.vocab.known(x) || l.m.lex.Word(x) }); a != "" {
				// "growthfor", "makea": a space left out before a little word
				q.words = append(q.words, a, b)
				raw = append(raw, a, b)
				continue
			}
		}
		if exp, ok := l.m.shorthand[c]; ok && c != w {
			q.words = append(q.words, exp...) // "prepp" → "prep" → "preparation"
			raw = append(raw, exp...)
			continue
		}
		q.words = append(q.words, c)
		raw = append(raw, rawIn[i])
	}
	for _, k := range kinds {
		if l.ownWordBesides(ctx, q.words, k.at, k.guide) && !slices.ContainsFunc(q.words, func(w string) bool { return stem(w) == stem(k.kind) }) {
			// "a space station kitchen": the one kind of kitchen the
			// guide the other words point to speaks of, the galley (not
			// "a restaurant kitchen"; not "welding pipe on pipelines", the
			// kind said apart)
			q.words[k.at] = k.kind
		}
	}
	// cased, taken and certWord: one allocation, each slice's capacity its
	// length.
	n := len(q.words)
	flags := make([]bool, 3*n)
	q.cased = flags[:n:n]
	for i := 1; i < len(raw) && i < len(q.words); i++ {
		q.cased[i] = capitalised(raw[i]) && raw[i] != "I"
	}
	taken := flags[n : 2*n : 2*n]
	q.careers = l.findCareers(q.words, taken)
	if len(q.careers) > 0 {
		q.careers = l.vendorTitled(q, text, taken)
	}
	if len(q.careers) == 1 {
		q.careers = l.fieldVersus(q.words, q.careers, taken)
	}
	if len(q.careers) == 0 && len(l.Guides) > 1 && !weighsEither(q.words) {
		if g := l.workPlaced(q.words, taken); g != nil {
			// "wants to cook on a space station": a guide's own work, done
			// where its name says
			q.careers = append(q.careers, g)
		}
	}
	if g := l.misspeltCareer(q.words, taken); g != nil && !slices.Contains(q.careers, g) {
		// "machine learning enginer", "machne lerning enginer": a guide's
		// name of two words or more, misspelt.
		q.careers = append(q.careers, g)
	}
	if len(q.careers) > 1 {
		l.correctedCareers(q) // "a space chef? I said chef but I meant the quantum gardener"
	}
	if len(q.careers) > 1 {
		// "How long does it take to become a machine learning enginer? My
		// girlfriend is studying to be a dream cartographer …": the career
		// a question sentence names, not one the story names.
		q.careers = l.askedCareers(text, q.words, q.careers)
	}
	l.markCerts(q.words, taken)
	if n > 0 {
		q.certWord = flags[2*n : 3*n : 3*n]
		copy(q.certWord, taken)
	}
	for i := range q.certWord {
		q.certWord[i] = q.certWord[i] && !l.isCareerWord(q.words[i])
	}
	var stack [64]bool // the words taken before places: on the stack for most questions
	beforePlaces := stack[:0]
	if len(taken) > len(stack) {
		beforePlaces = make([]bool, 0, len(taken))
	}
	beforePlaces = append(beforePlaces, taken...)
	q.states = findStates(text, q.words, l.m.lex.Word)
	markStates(q.words, q.states, taken)
	l.markNicknames(q.words, q.states, taken) // "the Bay State" is not "the Bay" area
	if len(q.states) == 0 {
		q.states = l.findPlaces(q, raw, taken)
	} else {
		// "moving from NY to Seattle": a city beside a state named.
		city := q.city
		for _, st := range l.findPlaces(q, raw, taken) {
			if !slices.ContainsFunc(q.states, func(s bot.USState) bool { return s.Code == st.Code }) {
				q.states = append(q.states, st)
			}
		}
		if len(q.states) > 1 {
			q.city = ""
		} else {
			q.city = city
		}
	}
	l.markNicknames(q.words, q.states, taken)
	l.countIntents(q)
	l.openingLabel(q, text, taken)
	l.dismissedAlternative(q, taken)
	l.figurative(q, raw, taken)
	for i, w := range q.words {
		if taken[i] && !beforePlaces[i] {
			// "the Golden State", "Washington state": a place's name asks
			// nothing.
			for intent := range l.m.index[w] {
				if q.intents[intent]--; q.intents[intent] <= 0 {
					delete(q.intents, intent)
				}
			}
		}
	}
	l.dropStoryIntents(q, text)
	q.dropSetAside()
	q.dropSpending()
	if q.has("path") && hasAny(q, "step", "stage", "phase") && len(q.intents) > 1 {
		// "what happens in the production ML step?": a step of the path
		// named, asked about; challenges only weak words give ("happens")
		// are no topic beside it
		for intent := range q.intents {
			if intent != "challenges" {
				continue // (a skill learned in a step still says which: "learn")
			}
			strong := false
			for _, w := range q.words {
				strong = strong || q.m.index[w][intent] && !q.m.weak[w]
			}
			if !strong {
				delete(q.intents, intent)
			}
		}
	}
	if n := len(q.words); n >= 3 && q.words[0] == "where" && q.words[n-1] == "from" && !q.has("source") &&
		!slices.ContainsFunc(q.words[1:n-1], func(w string) bool {
			return subjectPronoun[w] && w != "i" && w != "you" || w == "people" || q.m.lex.Person(q.m.lex.Singular(w))
		}) {
		q.addIntent("source") // "where's the Mass number from?", "where's that from?": its source (not "where are you from")
	}
	if !q.has("salary") && !(q.hasSectionIntent() && moneyAside(q.m, q.raw)) && bareDollar(q.raw) {
		q.addIntent("salary") // "calif mle $ ??", "$$$ for quantum gardeners?": a dollar sign with no figure asks the pay
	}
	if !q.has("path") && hasAll(q, "how", "long") && trainsToWork(q.words) {
		q.addIntent("path") // "how long to train?", "how long to train as one?": the way in, not a model's training
	}
	if len(q.intents) == 0 && (hasAny(q, "what", "whats") || hasAll(q, "how", "much")) && !hasAny(q, "hours", "hrs", "shifts", "days", "meals", "times") {
		if _, ok := askedPayPeriod(q); ok && !periodModifies(q) {
			// "greenhouse with qubits job, what's that per month?": a pay
			// period asked of a job, with nothing else asked, is its pay
			q.addIntent("salary")
		}
	}
	if !q.has(bot.KindDay) {
		// "… use day to day": a span of time, not words to search for
		for i := 0; i+2 < len(q.words); i++ {
			if q.words[i] == "day" && q.words[i+1] == "to" && q.words[i+2] == "day" {
				taken[i], taken[i+1], taken[i+2] = true, true, true
				q.words[i], q.words[i+1], q.words[i+2] = "", "", "" // no word to look for
			}
		}
	}
	if len(q.states) == 0 && (q.has("salary") || q.has("employed") || q.has("outlook")) {
		q.states = lowerCodes(q.words) // "ml engineer salary wa", "mle jobs count ny"
		markStates(q.words, q.states, taken)
	} else if len(q.states) > 0 {
		// "ny vs massachusetts", "cali or ny": a lower-case code set against
		// a state already found.
		for i, w := range q.words {
			if len(w) != 2 || taken[i] {
				continue
			}
			st, ok := bot.StateByCode(strings.ToUpper(w))
			if !ok || slices.ContainsFunc(q.states, func(s bot.USState) bool { return s.Code == st.Code }) {
				continue
			}
			against := func(j, k int) bool {
				return j >= 0 && j < len(q.words) && k >= 0 && k < len(q.words) && taken[k] &&
					(q.words[j] == "vs" || q.words[j] == "versus" || q.words[j] == "or" || q.words[j] == "and") &&
					(!englishTwo[w] || len(q.words[k]) == 2) // "or in Washington" is no Indiana; "ca or me" may be Maine
			}
			if englishTwo[w] && i+1 < len(q.words) && taken[i+1] {
				continue // "NY and in CA": a word before the next state, not Indiana
			}
			if against(i-1, i-2) || against(i+1, i+2) || i > 0 && taken[i-1] && len(q.words[i-1]) == 2 && listedAfter(text, w) {
				// (or "mle $$ in ny + wa + ma": codes listed with a "+" or "/")
				q.states = append(q.states, st)
				taken[i] = true
			}
		}
	}
	if q.has("most") || q.has("least") {
		q.excludeStates(rankAsideCues) // "not counting California", "after California"
	}
	if len(q.states) > 1 {
		if !q.has("most") && !q.has("least") {
			// "dream mapping pay in California? leave out Nevada and
			// Arizona", "Alabama vs Florida — ignore HI and CA": the states
			// set aside, when others are left
			keep, excluded := q.states, q.excluded
			if q.excludeStates(asideCues); len(q.states) == 0 {
				q.states, q.excluded = keep, excluded
			}
		}
		q.deniedStates() // "Bay State median? (Massachusetts, not California lol)"
	} else if len(q.states) == 1 && (hasAny(q, "except", "excluding", "besides", "than", "apart", "aside", "leave", "leaving") && len(q.undenied()) == 0 ||
		hasAll(q, "outside", "other") && stateAfter(q, "outside")) {
		// "MLE pay outside California? every other state": the state set
		// aside, the others asked
		q.excluded, q.states = q.states, nil
	}
	if len(q.states) > 1 {
		q.correctedStates(text) // "ML pay in NY? no wait, make that Washington"
	}
	if q.region = findRegion(q.words, taken); q.region != nil && len(q.states) > 0 {
		// "pacific northwest ML engineer salaries? not interested in
		// california": the region asked, the state set aside; a state
		// asked wins over a region
		if len(q.undenied()) == 0 {
			q.states = nil
		} else {
			q.region = nil
		}
	}
	q.scope = l.findScope(q, raw, taken)
	if len(q.careers) == 1 && len(q.scope.occupations) == 0 && hasAny(q, "than", "vs", "versus", "or", "compare", "compared", "comparing") {
		if g, at := l.workVersus(q, taken); g != nil {
			// "Does cooking in orbit pay more than quantum gardening?": the
			// other side is a guide's work, named by its verb and a word
			// only that guide uses (in the order the question names them).
			first := -1
			for k, t := range taken {
				if t && l.isCareerWord(q.words[k]) {
					first = k
					break
				}
			}
			if first >= 0 && at < first {
				q.careers = []*bot.Guide{g, q.careers[0]}
			} else {
				q.careers = append(q.careers, g)
			}
		}
	}
	if len(q.careers) == 1 && len(q.scope.occupations) == 0 && q.scope.company == "" && q.scope.foreign == "" && len(q.states) == 0 {
		if f := l.fieldAgainst(q, taken); f != "" {
			// "inside sales or ML engineering, which is growing faster?":
			// the other side is a line of work no guide covers
			q.scope.occupations, q.scope.described = []string{f}, true
		}
	}
	if len(q.scope.occupations) > 0 && len(q.careers) > 0 {
		l.modifierNotCareer(q, taken)
	}
	if len(q.scope.occupations) > 0 && len(q.careers) > 0 && negates(q.words) {
		// "land surveyors in Texas? Regular property surveyors, not dream
		// mapping", "a data scientist? Not an ML engineer": a career said
		// not to be meant, beside the occupation asked about
		q.careers = l.notNegated(q.words, q.careers)
	} else if len(q.careers) > 0 && negates(q.words) {
		// "NY pay for dream mapping? not the ML engineer number": a career
		// named right after a negation is set aside
		if denied := l.negatedCareerWords(q.words); denied != nil {
			rest := slices.Clone(q.words)
			for i, w := range rest {
				if denied[w] {
					rest[i] = ""
				}
			}
			q.careers = l.stillNamed(rest, q.careers)
		}
	}
	if len(q.careers) <= 1 && len(l.Guides) > 1 && !l.terms.routes() && (q.has("compare") || q.has("most") || q.has("least") || weighsTwo(q.words) ||
		len(q.careers) == 1 && moreAfterQuestion(q.raw) && hasAny(q, "too", "also", "both", "each")) {
		// (or a second question adding the other: "what do people who ship
		// recommendation models … make in california? and the
		// space-station cooks there too")
		// "people who survey dreams vs the ones who build ML models": a
		// career described by words only its guide uses, set beside one
		// named, is the other side of the comparison.
		q.careers = l.describedBeside(q, taken)
	}
	if len(q.careers) <= 1 && len(l.Guides) > 1 && !l.terms.routes() && ranksNamed(q) && strings.ContainsAny(q.raw, ",;/(") {
		// "of the space cooking, qubit greenhouse and dream mapping jobs,
		// which pays best?": careers listed by their work, to be ranked
		// (a list has a comma, slash or bracket: no split of every
		// "which" question)
		if gs := l.listedCareers(q); len(gs) >= 2 {
			q.careers = gs
		}
	}
	q.taken = taken
	if q.scope.foreign != "" && q.city != "" && sameCity(q.words, q.city, q.scope.foreign) {
		// "Vancouver, Canada", "Cambridge, England": the place abroad, not the
		// US city of the same name ("toronto vs seattle" names both).
		q.states, q.city = nil, ""
	}
	for i := 1; i < len(q.words); i++ {
		if taken[i] && !taken[i-1] && l.nameWords[q.words[i]] {
			// (not "the highest median: orbital chef or …": a noun, ranked,
			// its phrase closed)
			if w := q.words[i-1]; l.m.lex.Adjective(w) && !(i >= 2 && (l.m.index[q.words[i-2]]["most"] || l.m.index[q.words[i-2]]["least"])) &&
				!strings.Contains(strings.ToLower(q.raw), w+":") && !strings.Contains(strings.ToLower(q.raw), w+",") {
				for intent := range l.m.index[w] {
					if l.m.headIntent[intent] {
						q.intents[intent]-- // "a future ML engineer": describing the career, not asking
					}
				}
			}
		}
	}
	if q.intents["outlook"] == 1 && (slices.ContainsFunc(jobsBeside, q.has) || len(q.intents) == 1 && l.topicBeforeName(q, taken) && !hasAny(q, "will", "there")) { // ("will there still be ML jobs or will AI replace us")
		// "do i need a masters for MLE jobs", "coding rounds for ML
		// engineer jobs": "jobs" after the career's name names the career,
		// when a section or schooling is asked, or a topic of its own.
		for i := 1; i < len(q.words); i++ {
			if w := q.words[i]; w == "jobs" && taken[i-1] && l.nameWords[q.words[i-1]] {
				delete(q.intents, "outlook")
				break
			}
		}
	}
	if len(q.states) >= 2 && q.has("compare") && !q.has("salary") && !q.has("employed") && !q.hasSectionIntent() {
		// "Oregon vs Texas for tending superposition crops?": two states
		// set side by side, nothing else asked: what the state table holds
		q.intents["salary"]++
	}
	return q
}

// topicBeforeName reports whether a word no intent, place or name claims
// comes before the career's name: "coding rounds for ML eng jobs" (not
// "ML jobs looking").
func (l *Library) topicBeforeName(q *question, taken []bool) bool {
	for i, w := range q.words {
		if taken[i] && l.nameWords[w] {
			return false
		}
		if !taken[i] && !l.m.stop[w] && l.m.index[w] == nil && hasLetter(w) && !l.m.lex.CommonVerb(w) && !q.idiom[w] &&
			(l.m.lex.OnlyNoun(w) || !l.m.lex.VerbForm(w) && !gerund(l.m.lex, w)) {
			return true
		}
	}
	return false
}

// jobsBeside are what a question may ask about "X jobs" other than the
// outlook for them.
var jobsBeside = []string{"education", bot.KindCerts, bot.KindTools, bot.KindSkills, bot.KindInterview, bot.KindPortfolio, bot.KindPath, bot.KindDay, "license"}

// fieldVersus adds the career whose field (its title without the last
// word: "machine learning") is set against the one career named ("ML vs
// dream mapping"), in the order the two are written.
func (l *Library) fieldVersus(ws []string, careers []*bot.Guide, taken []bool) []*bot.Guide {
	against := func(i int) bool {
		return i >= 0 && i < len(ws) && (ws[i] == "vs" || ws[i] == "versus" || ws[i] == "or")
	}
	// The fields beside "vs" or "or", found by their first word (a table
	// built at load), not by reading every guide's title: the guide first
	// in the library wins, as a scan of the guides in order would give.
	var best *titleField
	bestAt := -1
	for j := range ws {
		if !against(j) {
			continue
		}
		for i := max(0, j-l.maxWords); i < len(ws) && i <= j+1; i++ { // (a field before "vs" is shorter than the longest name)
			for k := range l.fields[ws[i]] {
				tf := &l.fields[ws[i]][k]
				n := len(tf.words)
				if tf.g == careers[0] || i+n > len(ws) || i != j+1 && i+n != j || !slices.Equal(ws[i:i+n], tf.words) || anyTaken(taken, i, i+n-1) {
					continue
				}
				if best == nil || tf.at < best.at || tf.at == best.at && i < bestAt {
					best, bestAt = tf, i
				}
			}
		}
	}
	if best == nil {
		return careers
	}
	for k := bestAt; k < bestAt+len(best.words); k++ {
		taken[k] = true
	}
	if first := slices.Index(taken, true); first < bestAt && first >= 0 {
		return append(careers, best.g)
	}
	return append([]*bot.Guide{best.g}, careers...)
}

// notNegated is careers without those the words name only right after
// "not" ("not dream mapping", "not an ML engineer").
func (l *Library) notNegated(ws []string, careers []*bot.Guide) []*bot.Guide {
	rest := slices.Clone(ws)
	for k := range ws {
		from := negatedFrom(ws, k)
		if from < 0 {
			continue
		}
		for j := from; j < len(ws) && j <= from+3; j++ {
			if determiner[ws[j]] && j == from {
				continue
			}
			rest[j] = "" // the words after "not", up to three of a name
		}
	}
	return l.stillNamed(rest, careers)
}

// stillNamed is careers without those the words rest, some blanked out,
// no longer name.
func (l *Library) stillNamed(rest []string, careers []*bot.Guide) []*bot.Guide {
	still := l.findCareers(rest, make([]bool, len(rest)))
	return slices.DeleteFunc(slices.Clone(careers), func(g *bot.Guide) bool { return !slices.Contains(still, g) })
}

// negatedCareerWords are the words right after a negation that name a
// guide's career ("NY pay for surveying shared dreamscapes? not the ML
// engineer number"): set aside, they say no career of the question's.
func (l *Library) negatedCareerWords(ws []string) map[string]bool {
	var out map[string]bool
	for k := range ws {
		from := negatedFrom(ws, k)
		if from < 0 {
			continue
		}
		if from < len(ws) && determiner[ws[from]] {
			from++
		}
		span := ws[from:min(len(ws), from+3)]
		if len(l.findCareers(slices.Clone(span), make([]bool, len(span)))) == 0 {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		for _, w := range span {
			out[w] = true
		}
	}
	return out
}

// grownThing reports whether w, after "growing", is a thing grown: a noun
// that is no adjective, intent word or word of careers ("plants"; not
// "field", "fast").
func grownThing(m *model, w string) bool {
	return m.index[w] == nil && m.lex.Noun(w) && !m.lex.Adjective(w) && !careerWords[w]
}

// inCompounds marks the words of ws that stand in one of the model's
// compounds ("open source", "on top of"), whose words signal no intent one
// by one.
func (m *model) inCompounds(ws []string) []bool {
	var in []bool // made on the first compound found: most messages have none
	for _, c := range m.compounds {
		for i := 0; i+len(c) <= len(ws); i++ {
			if ws[i] == c[0] && slices.Equal(ws[i:i+len(c)], c) {
				if in == nil {
					in = make([]bool, len(ws))
				}
				for k := i; k < i+len(c); k++ {
					in[k] = true
				}
			}
		}
	}
	return in
}

// negatedFrom is where the words a negation at k sets aside begin: after
// "not", or after "don't give me", "don't mean" ("don't give me the space
// cook stuff"); -1 when no negation stands at k.
func negatedFrom(ws []string, k int) int {
	switch ws[k] {
	case "not":
		return k + 1
	case "don", "dont":
		j := k + 1
		if j < len(ws) && ws[j] == "t" {
			j++
		}
		if j < len(ws) && (ws[j] == "just" || ws[j] == "even" || ws[j] == "really") {
			j++ // "don't just hand me the New York number"
		}
		if j+1 < len(ws) && negatedAsk[ws[j]] {
			if ws[j+1] == "me" || ws[j+1] == "us" {
				return j + 2
			}
			return j + 1
		}
	}
	return -1
}

// stateAfter reports whether the word w is followed by the question's
// state ("pay outside California").
func stateAfter(q *question, w string) bool {
	i := slices.Index(q.words, w)
	return i >= 0 && len(q.states) > 0 && stateOpens(strings.Join(q.words[i+1:], " ")+" ", q.states[0])
}

// setAsideFrom is where the words a cue at k sets aside begin ("leave
// California out", "forget NY", "other than WA", "apart from Boston",
// "don't care about California"); -1 when ws[k] is no such cue.
func setAsideFrom(ws []string, k int) int {
	switch ws[k] {
	case "forget", "ignore", "ignoring", "skip", "skipping", "excluding", "except", "besides":
		return k + 1
	case "leave", "leaving":
		// "leave California out", "leaving out NY" (not "don't want to
		// leave Texas": a move)
		if k+1 < len(ws) && ws[k+1] == "out" {
			return k + 2
		}
		for j := k + 2; j < len(ws) && j <= k+4; j++ {
			if ws[j] == "out" {
				return k + 1
			}
		}
	case "than":
		if k > 0 && ws[k-1] == "other" {
			return k + 1
		}
	case "from":
		if k > 0 && (ws[k-1] == "apart" || ws[k-1] == "aside") {
			return k + 1
		}
	case "care":
		if k > 0 && (ws[k-1] == "t" || ws[k-1] == "don" || ws[k-1] == "dont" || ws[k-1] == "not" || ws[k-1] == "never") {
			return k + 1
		}
	}
	return -1
}

// negatedAsk words after "don't" say what is not wanted: "don't give me
// the …", "I don't mean the …".
var negatedAsk = setOf("give", "tell", "show", "mean", "want", "need", "send", "hand", "quote")

// negates reports whether a negation sets words aside somewhere in ws.
func negates(ws []string) bool {
	for k := range ws {
		if negatedFrom(ws, k) >= 0 {
			return true
		}
	}
	return false
}

// namedThing reports whether a, b, c, two words the guides use around b,
// stand in that order in a guide's sections: the name of a thing the guide
// has ("blind growth diary"), read as one. Only guides the term table lists
// for c are read; a c in many guides is no name's.
func (l *Library) namedThing(a, b, c string) bool {
	m := l.m
	if m.stop[a] || m.stop[c] || m.index[a] != nil || m.index[c] != nil || !hasLetter(a) || !hasLetter(c) || l.terms == nil ||
		!l.knownTerm(a) || !l.knownTerm(c) {
		return false
	}
	gs, ok := l.terms.guidesWith(stem(c))
	if !ok || len(gs) > 8 {
		return false
	}
	for _, gi := range gs {
		for _, s := range l.Guides[gi].Sections {
			ws := words(s.Body)
			for k := 0; k+2 < len(ws); k++ {
				if ws[k] == a && ws[k+1] == b && (ws[k+2] == c || m.lex.Singular(ws[k+2]) == c) {
					return true
				}
			}
		}
	}
	return false
}

// titleField is a guide's title without its last word ("quantum" of
// "Quantum Gardener", "machine learning"), as words, with the guide's place
// in the library.
type titleField struct {
	g     *bot.Guide
	at    int
	words []string
}

// timeOfDayRE finds a clock time ("10am", "3 pm").
var timeOfDayRE = regexp.MustCompile(`(?i)\b(1[0-2]|0?[1-9])(:[0-5][0-9])?\s?(am|pm)\b`)

// workPlaced is the guide whose name's head, said as a verb, is done where
// another word of its name says: "cook in orbit", "cooking on a space
// station" (Orbital Chef, also "space chef" and "zero-g cook"); nil when no
// one guide is named so. The words are marked taken.
func (l *Library) workPlaced(ws []string, taken []bool) *bot.Guide {
	for i := 0; i+2 < len(ws); i++ {
		base := ws[i]
		for _, suf := range []string{"ing", "s", "ed"} {
			if b, ok := strings.CutSuffix(base, suf); ok && len(l.headNames[b]) > 0 {
				base = b
				break
			}
		}
		if taken[i] || len(l.headNames[base]) == 0 || len(l.headNames[base]) > 8 || !l.m.lex.Verb(base) { // (a head many guides share says no one)
			continue
		}
		if p := ws[i+1]; p != "in" && p != "on" && p != "aboard" {
			continue
		}
		if i == 0 || !(base == ws[i] && verbBefore[ws[i-1]] || base != ws[i] && gerundBefore[ws[i-1]]) {
			continue // the work wished or asked about: "to cook in orbit", "dreams of cooking in space" (not "a galley cook in orbit", "they cook in space")
		}
		if slices.ContainsFunc(ws[max(0, i-4):i], func(w string) bool {
			return len(l.headNames[l.m.lex.Singular(w)]) == 0 && l.m.lex.Occupation(l.m.lex.Singular(w))
		}) {
			continue // "astronauts who cook in space", "a flight attendant wanting to cook in space": another job's people said to do it
		}
		var found *bot.Guide
		end := 0
		for k := i + 2; k < len(ws) && k <= i+4; k++ {
			if determiner[ws[k]] {
				continue
			}
			for _, g := range l.headNames[base] {
				if guideNameWord(g, ws[k]) || l.nameStem(g, stem(ws[k])) {
					if found != nil && found != g {
						return nil
					}
					found, end = g, k
				}
			}
			if found == nil && !l.m.lex.Noun(ws[k]) && !l.m.lex.Adjective(ws[k]) {
				break
			}
		}
		if found != nil {
			for k := i; k <= end; k++ {
				taken[k] = true
			}
			return found
		}
	}
	return nil
}

// verbBefore are the words after which a job's head is its verb, wished
// for or asked about ("to cook", "can cook").
var verbBefore = setOf("to", "can", "could", "wanna", "gonna")

// gerundBefore are the words after which a job's head in -ing is the work
// wished for or asked about ("dreams of cooking", "path to cooking").
var gerundBefore = setOf("of", "into", "about", "to", "like", "love", "start", "started", "try")

// weighsEither reports whether words set one thing against another ("or",
// "vs"): two careers may be described, each its own way.
func weighsEither(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return w == "or" || w == "vs" || w == "versus" })
}

// nameStem reports whether a word of a guide's name, but its last, has
// the stem st ("orbit" for "orbital").
func (l *Library) nameStem(g *bot.Guide, st string) bool {
	for _, n := range append([]string{g.Title}, g.Aliases...) {
		f := strings.Fields(bot.NormalizeName(n))
		for _, x := range f[:max(0, len(f)-1)] {
			if stem(x) == st {
				return true
			}
		}
	}
	return false
}

// weighsTwo reports whether words weigh one thing against another with a
// comparative and "or": "who makes more: people who map dreams or …".
func weighsTwo(ws []string) bool {
	return slices.Contains(ws, "or") && slices.ContainsFunc(ws, func(w string) bool {
		return w == "more" || w == "less" || w == "longer" || w == "shorter" || w == "faster" || w == "slower" || w == "each" // ("… or cooking in zero g. What's the national median for each?")
	})
}

// moreAfterQuestion reports whether text goes on after its first question
// mark.
func moreAfterQuestion(text string) bool {
	k := strings.IndexByte(text, '?')
	return k >= 0 && strings.TrimSpace(strings.Trim(text[k:], "?!. ")) != ""
}

// describedBeside adds to the career named (if any) the careers described
// by "people who …"/"the ones who …" with words only their guide uses, in
// the order they are written.
func (l *Library) describedBeside(q *question, taken []bool) []*bot.Guide {
	ws := q.words
	type at struct {
		g   *bot.Guide
		pos int
	}
	var found []at
	if len(q.careers) == 1 {
		found = append(found, at{q.careers[0], slices.Index(taken, true)})
	}
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "who" || !doers[ws[i-1]] {
			continue
		}
		var clause []string
		for k := i + 1; k < len(ws) && k <= i+5; k++ {
			if ws[k] == "vs" || ws[k] == "or" || ws[k] == "and" || ws[k] == "versus" || ws[k] == "who" {
				break
			}
			if !l.m.stop[ws[k]] && hasLetter(ws[k]) {
				clause = append(clause, ws[k])
			}
		}
		if gi := l.terms.named(clause); gi >= 0 && l.describesOwnWork(l.Guides[gi], clause) && !slices.ContainsFunc(found, func(a at) bool { return a.g == l.Guides[gi] }) {
			found = append(found, at{l.Guides[gi], i})
		}
	}
	either := weighsTwo(ws)
	if v := slices.IndexFunc(ws, func(w string) bool { return w == "vs" || w == "versus" || either && w == "or" }); len(found) < 2 && v > 0 && v+1 < len(ws) {
		// "tending entangled orchards vs becoming a dream mapper", "would I
		// earn more cooking in orbit or building machine learning
		// systems?": a side of "vs" (or of "or" with a comparative) without
		// a career named, told by words only its guide uses.
		// (each side the few words beside it: not the story before it)
		for _, side := range [][2]int{{max(0, v-sideWords), v}, {v + 1, min(len(ws), v+1+sideWords)}} {
			from, to := side[0], side[1]
			var clause, names []string
			for k, w := range ws[from:to] {
				switch {
				case taken[from+k] && l.isCareerWord(w):
					names = append(names, w) // ("machine learning systems": the field's words)
				case !taken[from+k] && !l.m.stop[w] && hasLetter(w) && l.m.index[w] == nil:
					clause = append(clause, w)
				}
			}
			gi := int32(-1)
			if len(names) > 0 {
				if slices.ContainsFunc(found, func(a at) bool { return a.pos >= from && a.pos < to }) {
					continue // the career named there
				}
				gi = l.guideNamedBy(names)
			} else if gi = l.terms.named(clause); gi >= 0 && !l.describesOwnWork(l.Guides[gi], clause) {
				gi = -1
			}
			if gi >= 0 && !slices.ContainsFunc(found, func(a at) bool { return a.g == l.Guides[gi] }) {
				found = append(found, at{l.Guides[gi], from})
			}
		}
	}
	if len(found) < 2 {
		return q.careers
	}
	slices.SortStableFunc(found, func(a, b at) int { return a.pos - b.pos })
	out := make([]*bot.Guide, len(found))
	for k, a := range found {
		out[k] = a.g
	}
	return out
}

// describesOwnWork reports whether a description's words tell guide g's own
// work: one of them is a word of its names ("dream", "ml", "orbit" of
// "orbital"), of its summary alone ("greenhouses", "crews") or of its
// vocabulary ("nets: models"), or they name one of its tools or
// certificates ("a centrifuge oven"). Words the
// guide merely uses ("write code", "analyze data for business insights",
// "cares for patients") describe another job, however many it shares.
func (l *Library) describesOwnWork(g *bot.Guide, clause []string) bool {
	own := map[string]bool{}
	for _, n := range careerNames(g) {
		for _, w := range strings.Fields(n) {
			own[stem(w)] = true
		}
	}
	for _, w := range words(g.Summary) {
		if l.summaryOwn[l.m.lex.Singular(w)] == g && !l.m.stop[w] {
			own[stem(w)] = true
		}
	}
	for _, v := range g.Vocabulary {
		if f := strings.Fields(v); len(f) == 1 {
			own[stem(f[0])] = true // ("nets: models")
		} else if !slices.ContainsFunc(f, func(w string) bool { return !slices.Contains(clause, w) }) {
			return true // the whole phrase ("computer vision", not "computer")
		}
	}
	for _, it := range l.itemLinesOf(g) {
		if it.namedBy(clause) {
			return true // its tool ("people who run a centrifuge oven")
		}
	}
	for _, c := range g.Certifications {
		if containsRun(clause, words(c.Name)) {
			return true
		}
	}
	for _, w := range clause {
		if own[stem(w)] || own[stem(l.m.lex.Singular(w))] {
			return true
		}
		for _, e := range l.expand[w] {
			if own[stem(e)] {
				return true
			}
		}
	}
	return false
}

// listPiece splits a message into the items of a list: commas,
// brackets, slashes, "and", "or".
var listPiece = regexp.MustCompile(`[,;()/]|\band\b|\bor\b`)

// listedCareers are the careers a message lists by short descriptions in
// words only each one's guide uses ("space cooking, qubit greenhouses,
// dream maps"), in the order listed, with a career it names among them;
// nil unless two or more are listed.
func (l *Library) listedCareers(q *question) []*bot.Guide {
	text := strings.ToLower(q.raw)
	if i := strings.IndexByte(text, ':'); i > 0 {
		// "rank these for pay: cooking in zero g, greenhouse with qubits,
		// mapping dreams": the list after the lead-in's colon
		if out := l.listedIn(q, text[i+1:]); out != nil {
			return out
		}
	}
	return l.listedIn(q, text)
}

// listedIn is listedCareers over the lower-cased text.
func (l *Library) listedIn(q *question, text string) []*bot.Guide {
	var out []*bot.Guide
	for _, piece := range listPiece.Split(text, -1) {
		var ws []string
		for _, w := range words(piece) {
			if !l.m.stop[w] && hasLetter(w) {
				ws = append(ws, w)
			}
		}
		if len(ws) == 0 || len(ws) > 4 {
			continue // (an item is a few words, not the question's sentence)
		}
		g := l.oneGuideNamed(ws)
		if g == nil {
			if gi := l.terms.named(ws); gi >= 0 && l.describesOwnWork(l.Guides[gi], ws) {
				g = l.Guides[gi]
			}
		}
		if g != nil && !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	if len(out) < 2 {
		return nil
	}
	for _, g := range q.careers {
		if !slices.Contains(out, g) {
			return nil // (a career named apart from the list)
		}
	}
	return out
}

// sideWords is how many words on each side of "vs" or "or" describedBeside
// reads as that side's career.
const sideWords = 6

// guideNamedBy is the one guide whose names (title and aliases) hold all
// the words ws ("machine learning" of a field), -1 when none or several.
func (l *Library) guideNamedBy(ws []string) int32 {
	found := int32(-1)
	for gi, g := range l.Guides {
		for _, n := range append([]string{g.Title}, g.Aliases...) {
			f := strings.Fields(bot.NormalizeName(n))
			if !slices.ContainsFunc(ws, func(w string) bool { return !slices.Contains(f, w) }) {
				if found >= 0 && found != int32(gi) {
					return -1
				}
				found = int32(gi)
				break
			}
		}
	}
	return found
}

// sameCity reports whether the place abroad comes right beside the city
// ("vancouver canada") or is the city's own name: then the city is the
// place abroad.
func sameCity(ws []string, city, foreign string) bool {
	c, f := strings.Fields(strings.ToLower(city)), strings.Fields(strings.ToLower(foreign))
	if slices.Equal(c, f) {
		return true
	}
	for i := 0; i+len(c) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(c)], c) {
			j := i + len(c)
			return j+len(f) <= len(ws) && slices.Equal(ws[j:j+len(f)], f) || i >= len(f) && slices.Equal(ws[i-len(f):i], f)
		}
	}
	return true // not found as typed: as before
}

// joinedState is the US state whose one-word name (or a misspelling of it)
// two to four short pieces starting at low[i] make together ("cali for
// nia", "color a do"), and how many pieces; 0 when none does. A piece that
// is a state's name alone starts none ("new york" is read as it is).
func joinedState(low []string, i int) (bot.USState, int) {
	if len(low[i]) < 2 || len(low[i]) > 6 || !stateStarts[low[i][:2]] || !isAlpha(low[i]) {
		return bot.USState{}, 0 // (most words start no state's name: no lookup)
	}
	if _, ok := lookupStateWord(low[i]); ok {
		return bot.USState{}, 0
	}
	j := low[i]
	for n := 2; n <= 4 && i+n-1 < len(low); n++ {
		p := low[i+n-1]
		if len(p) > 6 || !isAlpha(p) {
			break
		}
		j += p
		if len(j) < 7 {
			continue
		}
		if st, ok := lookupStateWord(j); ok && !strings.Contains(strings.ToLower(st.Name), " ") && strings.HasPrefix(strings.ToLower(st.Name), low[i][:2]) {
			return st, n // (it begins as the name does: "per month" is no Vermont)
		}
	}
	return bot.USState{}, 0
}

// stateStarts are the first two letters of the one-word state names.
var stateStarts = func() map[string]bool {
	out := map[string]bool{}
	for _, st := range bot.USStates {
		if n := strings.ToLower(st.Name); !strings.Contains(n, " ") {
			out[n[:2]] = true
		}
	}
	return out
}()

// spelledOut reports whether two one-letter words stand together ("an m
// l e", "a w s"): a name perhaps spelled out, as voice typing writes it.
func spelledOut(low []string) bool {
	for i := 0; i+1 < len(low); i++ {
		if len(low[i]) == 1 && len(low[i+1]) == 1 && isAlpha(low[i]) && isAlpha(low[i+1]) {
			return true
		}
	}
	return false
}

// joinSpelled joins runs of one-letter words that spell a name the guides
// or the shorthand table know ("m l e" → "mle", "a w s" → "aws"); other
// runs stay as they are ("a b testing").
func (l *Library) joinSpelled(text string, rawIn, low []string) ([]string, []string) {
	known := l.spelledName
	padded := " " + strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' {
			return r
		}
		return ' '
	}, text) + " "
	var r, lw []string
	for i := 0; i < len(low); {
		j := i
		for j < len(low) && len(low[j]) == 1 && isAlpha(low[j]) {
			j++
		}
		joined := false
		for from := i; j-from >= 2 && !joined; from++ {
			// ("what's an m l e": the article before the letters is no letter of the name)
			if w := strings.Join(low[from:j], ""); known(w) && strings.Contains(padded, " "+strings.Join(low[from:j], " ")+" ") {
				// (typed apart, not "I'm a" or "it's" cut at the apostrophe)
				r, lw = append(r, rawIn[i:from]...), append(lw, low[i:from]...)
				r, lw = append(r, strings.ToUpper(w)), append(lw, w)
				joined = true
			}
		}
		if !joined {
			end := max(j, i+1)
			r, lw = append(r, rawIn[i:end]...), append(lw, low[i:end]...)
			j = end
		}
		i = j
	}
	return r, lw
}

// spelledName reports whether letters run together name something the
// guides, the shorthand table, the occupations' acronyms or the large
// cities know ("mle", "aws", "la").
func (l *Library) spelledName(w string) bool {
	_, sh := l.m.shorthand[w]
	_, ac := l.m.upperAcronym(w, "")
	_, city := usCities[w] // "l a", "s f"
	return l.isCareerWord(w) || sh || ac || city || l.Searcher != nil && l.Searcher.Known(context.Background(), w)
}

// compared reports whether w is an adjective's comparative or superlative
// ("smarter", "bigger", "easiest", "larger"), which WordNet does not list
// and which is no typo of a guide's word ("smarter" is not "smaller").
func compared(lex *lexicon.Lexicon, w string) bool {
	for _, suf := range []string{"er", "est"} {
		base, ok := strings.CutSuffix(w, suf)
		if !ok || len(base) < 3 {
			continue
		}
		n := len(base)
		if lex.Adjective(base) || lex.Adjective(base+"e") ||
			base[n-1] == base[n-2] && lex.Adjective(base[:n-1]) ||
			base[n-1] == 'i' && lex.Adjective(base[:n-1]+"y") {
			return true
		}
	}
	return false
}

// american spells a British -ise/-isation/-yse/-our word the American way.
func american(w string) string {
	for _, r := range []struct{ from, to string }{{"isation", "ization"}, {"isations", "izations"}, {"ising", "izing"},
		{"ised", "ized"}, {"ise", "ize"}, {"ises", "izes"}, {"yse", "yze"}, {"our", "or"}, {"ours", "ors"}} {
		if strings.HasSuffix(w, r.from) && len(w) > len(r.from)+2 {
			return strings.TrimSuffix(w, r.from) + r.to
		}
	}
	return w
}

// spacedLine is " " + strings.Join(ws, " ") + " ", built in one
// allocation.
func spacedLine(ws []string) string {
	if len(ws) == 0 {
		return "  "
	}
	n := 1
	for _, w := range ws {
		n += len(w) + 1
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteByte(' ')
	for _, w := range ws {
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

// agedFigures reports whether words ask how old figures are: a word of
// recency within three words of a word for figures ("how fresh is that
// number", "how current is the data?"; not "data scientists", "fresh
// supplies … that number").
func agedFigures(ws []string) bool {
	for i, w := range ws {
		if (w == "year" || w == "years") && i > 0 && (ws[i-1] == "what" || ws[i-1] == "which") {
			// "what year is that figure from?": the year of the figures
			for j := i + 1; j < len(ws) && j <= i+4; j++ {
				if d := ws[j]; (dataNouns[d] || d == "number") && !(d == "data" && j+1 < len(ws) && dataFieldNoun(ws[j+1])) {
					return true
				}
			}
			continue
		}
		if !recency[w] {
			continue
		}
		for j := max(0, i-3); j < len(ws) && j <= i+3; j++ {
			if d := ws[j]; (dataNouns[d] || d == "number") && !(d == "data" && j+1 < len(ws) && dataFieldNoun(ws[j+1])) {
				return true
			}
		}
	}
	return false
}

// dataFieldNoun reports whether a word after "data" makes it a field's name
// ("data scientists", "data engineering").
func dataFieldNoun(w string) bool {
	switch w {
	case "scientist", "scientists", "science", "engineer", "engineers", "engineering", "analyst", "analysts", "analysis", "analytics", "pipelines", "pipeline", "quality":
		return true
	}
	return false
}

// recency words ask how old figures are.
var recency = setOf("fresh", "current", "recent", "old", "dated", "outdated", "updated", "latest", "stale")

// countIntents counts the intents the words signal; pay verbs ("make",
// "bring in") count as salary only in a pay-shaped phrase.
func (l *Library) countIntents(q *question) {
	ws := q.words
	line := spacedLine(ws)
	pl := newPhraseLine(line)
	howMuch := pl.has(" how much ")
	if k := slices.Index(ws, "dying"); k >= 0 && k+1 < len(ws) && (judgedAs[ws[k+1]] || ws[k+1] == "industry") {
		q.intents["outlook"]++ // "is MLE a dying field": its prospects (not "my tomato plants keep dying")
	}
	if agedFigures(ws) {
		q.intents["source"]++ // "how fresh is that number", "how current is the data?": the year and source of the figures
		if q.idiom == nil {
			q.idiom = map[string]bool{}
		}
		for _, w := range ws {
			if recency[w] {
				q.idiom[w] = true // (not a topic the guide lacks)
			}
		}
	}
	for _, p := range l.m.payPhrase {
		if pl.has(p) {
			q.intents["salary"]++
			if q.idiom == nil {
				q.idiom = map[string]bool{}
			}
			for _, w := range strings.Fields(p) {
				q.idiom[w] = true // "take home": not a topic of its own
			}
		}
	}
	for _, p := range l.m.fillers {
		if pl.has(p) {
			if q.idiom == nil {
				q.idiom = map[string]bool{}
			}
			for _, w := range strings.Fields(p) {
				q.idiom[w] = true // "want to sanity check": a way of talking, not a topic
			}
		}
	}
	for _, p := range l.m.switches {
		if pl.has(p) {
			q.switcher = true
		}
	}
	for i, w := range ws {
		if !l.m.switchW[w] || relocating(l.m, ws, i) {
			continue // ("moving to Ohio": a move of house)
		}
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			if ws[k] == "too" || ws[k] == "so" || ws[k] == "very" || ws[k] == "fast" || ws[k] == "quickly" {
				break // "does ML move too fast to keep up?": a pace, no career change
			}
			if ws[k] == "into" || ws[k] == "to" || ws[k] == "as" {
				q.switcher = true
			}
		}
	}
	inCompound := l.m.inCompounds(ws)
	for i, w := range ws {
		if inCompound != nil && inCompound[i] {
			continue // "open source": not a question about sources
		}
		if (w == "licensed" || w == "licenced" || w == "certified" || w == "registered") && i >= 2 && (ws[i-1] == "a" || ws[i-1] == "an") &&
			(ws[i-2] == "m" || ws[i-2] == "im" || ws[i-2] == "am" || ws[i-2] == "s" || ws[i-2] == "was") && i+1 < len(ws) && l.m.lex.Noun(ws[i+1]) {
			continue // "I'm a licensed real estate agent": the kind of worker they are, no question of licences
		}
		if l.m.payVerbs[w] {
			next := ""
			if i+1 < len(ws) {
				next = ws[i+1]
			}
			// "what do they make nationally?", "make typically in TX": an
			// adverb that ends the clause, comes before its place or does
			// not qualify the next word.
			adverb := next != "" && strings.HasSuffix(next, "ly") && l.m.lex.Adverb(next) && !l.m.lex.Adjective(next) &&
				(i+2 >= len(ws) || l.m.payNext[ws[i+2]] && ws[i+2] != "a" && ws[i+2] != "an" ||
					!l.m.lex.Adjective(ws[i+2]) && !l.m.lex.OnlyNoun(ws[i+2]) && !l.m.stop[ws[i+2]]) // not "make really good models"
			// "make these days", "make this year": when, not what is made
			when := (next == "these" || next == "this") && i+2 < len(ws) && l.m.lex.Time(ws[i+2]) && (i+3 == len(ws) || l.m.stop[ws[i+3]])
			there := when || next == "there" || next == "here" || next == "back" && i+2 < len(ws) && (ws[i+2] == "in" || ws[i+2] == "then" || ws[i+2] == "home") || // ("what did MLEs make back in 2015", "make back home in Bangalore")
				(next == "over" || next == "out" || next == "down" || next == "up") && i+2 < len(ws) && (ws[i+2] == "there" || ws[i+2] == "here")
			// "what would I make cooking for station crews", "what do ppl
			// make cooking in zero g": a person's pay for doing the work
			doing := next != "" && i >= 2 && (subjectPronoun[ws[i-1]] || doers[ws[i-1]]) && strings.HasSuffix(next, "ing") && gerund(l.m.lex, next) && l.m.index[next] == nil &&
				slices.Contains(ws[max(0, i-4):i], "what")
			if next == "" || howMuch || adverb || there || doing || (l.m.payNext[next] && !((next == "a" || next == "an") && i+2 < len(ws) && !isTimeUnit(ws[i+2]))) ||
				i > 0 && (endsSentence(q.raw, w) || endsLabel(q.raw, w) && !strings.HasSuffix(w, "ing")) {
				// (and "what do dream cartographers make? US figures are
				// fine", "… make, even if it's US numbers?": the verb ends its
				// sentence or clause; "make over there": where)
				q.intents["salary"]++
			}
		}
		if (w == "get" || w == "gets") && i >= 3 && (l.isCareerWord(ws[i-1]) || l.m.lex.Occupation(l.m.lex.Singular(ws[i-1]))) && (ws[0] == "what" || ws[0] == "whats") && (ws[1] == "do" || ws[1] == "does") &&
			(i+1 == len(ws) || (ws[i+1] == "in" || ws[i+1] == "at") && (len(q.states) > 0 || q.city != "") || ws[i+1] == "per" || ws[i+1] == "a" && i+2 < len(ws) && isTimeUnit(ws[i+2]) || ws[i+1] == "annually" || ws[i+1] == "yearly" || ws[i+1] == "nationally") {
			q.intents["salary"]++ // "what do ML engineers get in the Bay State?": what the career is paid, not a way in
			continue
		}
		if g := i + 1; (w == "grow" || w == "grows" || w == "growing") && g < len(ws) {
			if (determiner[ws[g]] || possessive[ws[g]] || ws[g] == "these" || ws[g] == "those" || ws[g] == "some") && g+1 < len(ws) {
				g++ // "growing the plants you can't look at": what is grown, after its article
			}
			if ws[g] == "stuff" || ws[g] == "things" || !l.m.stop[ws[g]] && (grownThing(l.m, ws[g]) ||
				l.m.lex.Adjective(ws[g]) && l.m.index[ws[g]] == nil && g+1 < len(ws) && !l.m.stop[ws[g+1]] && grownThing(l.m, ws[g+1])) {
				continue // "the job growing plants in superposition", "growing entangled plants", "to grow stuff": grows a thing, not a job that grows
			}
		}
		if l.m.weak[w] && i+1 < len(ws) && (ws[i+1] == "too" || ws[i+1] == "so" || ws[i+1] == "fast" || ws[i+1] == "quickly") {
			continue // "does ML move too fast to keep up?": the field's pace, not a move into it
		}
		if i > 0 && i+1 < len(ws) && l.m.index[w] != nil && l.namedThing(ws[i-1], w, ws[i+1]) {
			continue // "the blind growth diary": a thing a guide names, not a question of growth
		}
		for _, intent := range l.m.intentList(w) {
			q.intents[intent]++
		}
	}
	if q.intents[bot.KindInterview] == 1 && slices.Contains(ws, "hiring") && slices.Contains(ws, "when") {
		delete(q.intents, bot.KindInterview) // "when does most of the hiring happen?": a time of year, not interview preparation
	}
	if q.intents["salary"] == 1 && q.has("outlook") && (slices.Contains(ws, "national") || slices.Contains(ws, "nationally")) &&
		!slices.ContainsFunc(ws, func(w string) bool { return w != "national" && w != "nationally" && l.m.index[w]["salary"] }) {
		delete(q.intents, "salary") // "the national 10-yr growth": where the growth is, not pay
	}
	if q.has("source") && !slices.ContainsFunc(ws, func(w string) bool { return l.m.index[w]["source"] && !authorship[w] }) &&
		!slices.ContainsFunc(ws, func(w string) bool {
			return dataNouns[w] || w == "number" || w == "guide" || w == "guides" || w == "article" || w == "you" || w == "bot" || w == "who" || w == "when"
		}) {
		// "is a published paper a portfolio piece?", "the interview is a
		// written test, right?": writing and publishing, not who wrote
		// the guide or where its figures come from
		delete(q.intents, "source")
	}
	if hasDigit(q.raw) && timeOfDayRE.MatchString(q.raw) {
		q.intents[bot.KindDay]++ // "what would I be doing at 10am?": a time of the working day
	}
	if q.intents[bot.KindChallenges] > 0 && (adjacent(ws, "hard", "skills") || adjacent(ws, "hard", "skill")) && !slices.ContainsFunc(ws, func(w string) bool { return w != "hard" && l.m.index[w][bot.KindChallenges] }) {
		// "what hard skills do i need?": the kind of skill, not what is hard
		delete(q.intents, bot.KindChallenges)
	}
	if !q.has("salary") && !q.has("cost") && !q.has(bot.KindCerts) && !q.has("employed") && !q.has("outlook") && !(q.hasSectionIntent() && moneyAside(q.m, q.raw)) && hasDigit(q.raw) && moneyRE.MatchString(strings.ToLower(afterToldPay(q.raw))) {
		q.intents["salary"]++ // "can an MLE clear 300k?", "is 165k right in MA?"
	}
	if pl.has(" how much ") && !q.has("cost") && !q.has(bot.KindCerts) && !q.has("salary") &&
		(pl.has(" get ") && !howMuchMore(ws) || pl.has(" earn ") || pl.has(" take home ")) { // (not "how much stronger do dishes get seasoned")
		q.intents["salary"]++ // "how much would I get as an MLE in Denver?"
	}
	if (pl.has(" how much is ") || pl.has(" how much are ") || pl.has(" how much for ") ||
		pl.has(" how much would ") && q.has(bot.KindCerts)) && !q.has("salary") && !q.has("employed") {
		q.intents["cost"]++ // "how much is the permit?"
	}
	if q.has(bot.KindDay) && strings.Contains(line, " day to day ") {
		for _, k := range []string{bot.KindTools, bot.KindSkills, bot.KindCerts, bot.KindChallenges, bot.KindInterview} {
			if q.has(k) {
				// "what tools do ML engineers use day to day": when, not
				// what is asked
				delete(q.intents, bot.KindDay)
				break
			}
		}
	}
	if len(q.intents) == 0 && len(ws) > 3 && (ws[0] == "is" || ws[0] == "would") {
		// "is ml engineering a good career tbh", "Is machine learning
		// engineering a safe, stable career?": a career weighed, asked of
		// nothing else, is a question of its prospects
		for k := 2; k < len(ws); k++ {
			if judgedAs[ws[k]] && l.m.lex.Adjective(ws[k-1]) {
				q.intents["outlook"]++
				break
			}
		}
	}
	if q.intentCount() == 0 && durationQuestion(q) && fromTo(ws) {
		q.intents[bot.KindPath]++ // "how many years does it take to go from nothing to cooking on a station in orbit": the whole way in
	}
	for k := 0; k+3 < len(ws); k++ {
		if ws[k] == "to" && ws[k+1] == "be" && (ws[k+2] == "a" || ws[k+2] == "an") && l.isCareerWord(ws[k+3]) && q.intentCount() == 0 {
			q.intents[bot.KindPath]++ // "do you have to publish papers to be an ML engineer?": to become one
			break
		}
	}
}

// fieldAgainst is the line of work a question that weighs a guide's
// career against it names by its field ("inside sales or ML engineering,
// which is growing faster?", "is instructional design or ML engineering
// the faster switch?"): up to three words right beside "or" or "vs" on the
// side the career is not named, nouns or a gerund, one of them a word no
// guide uses. "" when there is none.
func (l *Library) fieldAgainst(q *question, taken []bool) string {
	ws := q.words
	if l.Searcher == nil || !hasAny(q, "which", "better", "faster", "quicker", "more", "higher", "easier") ||
		!(q.has("salary") || q.has("outlook") || q.has("employed") || hasAny(q, "openings", "growing", "growth", "money", "paid", "pays") || weighsTime(q) || timeWise(ws)) {
		return "" // (a figure or the time weighed: not "python or java, which should I learn first?")
	}
	c := slices.IndexFunc(ws, func(w string) bool { return w == "or" || w == "vs" || w == "versus" })
	if c <= 0 || c+1 >= len(ws) {
		return ""
	}
	named := slices.IndexFunc(taken, func(t bool) bool { return t })
	if named < 0 {
		return ""
	}
	var side []int // the other side's words, nearest "or" first
	if named > c {
		for k := c - 1; k >= 0 && len(side) < 4; k-- {
			side = append(side, k)
		}
	} else {
		for k := c + 1; k < len(ws) && len(side) < 4; k++ {
			side = append(side, k)
		}
	}
	var field []int
	for _, k := range side {
		w := ws[k]
		if l.isCareerWord(w) || len(l.Guides) > 1 && l.terms != nil && l.terms.sole(w) >= 0 {
			return "" // ("sleep consultant or orbital chef": a guide's word in the name, read elsewhere)
		}
		if taken[k] || l.m.stop[w] && !(w == "inside" || w == "outside") || !hasLetter(w) || hasDigit(w) || l.m.index[w] != nil || placeWord(l.m, w) ||
			!(l.m.lex.Noun(w) || l.m.lex.Adjective(w) || !l.m.lex.Word(w)) {
			break
		}
		field = append(field, k)
	}
	if len(field) == 0 || len(field) > 3 {
		return ""
	}
	slices.Sort(field)
	unknown := false
	for _, k := range field {
		unknown = unknown || !l.Searcher.Known(context.Background(), ws[k]) && !l.vocab.known(ws[k])
	}
	last := ws[field[len(field)-1]]
	if !unknown || !l.m.lex.Noun(last) && l.m.lex.Word(last) || l.m.lex.Time(last) || l.m.lex.General(last) || len(last) < 4 ||
		len(field) > 1 && gerund(l.m.lex, ws[field[0]]) && l.Searcher.Known(context.Background(), last) { // (not "twiddling hyperparameters or wrangling data": the guide's own work; nor "or nah")
		return ""
	}
	return strings.Join(ws[field[0]:field[len(field)-1]+1], " ")
}

// fromTo reports whether words tell a way from one place in life to
// another: "go from nothing to …", "get from my kitchen to …", "get to
// cooking on a station".
func fromTo(ws []string) bool {
	for k := 1; k+1 < len(ws); k++ {
		if ws[k] == "to" && (ws[k-1] == "go" || ws[k-1] == "get") && strings.HasSuffix(ws[k+1], "ing") && len(ws[k+1]) > 5 {
			return true // (and with "from scratch" read away: "go to cooking on a station")
		}
	}
	for k := 1; k+2 < len(ws); k++ {
		if ws[k] == "from" && (ws[k-1] == "go" || ws[k-1] == "get" || ws[k-1] == "going" || ws[k-1] == "getting" || ws[k-1] == "move") {
			for j := k + 2; j < len(ws) && j <= k+5; j++ {
				if ws[j] == "to" {
					return true
				}
			}
		}
	}
	return false
}

// hasDigit reports whether s has an ASCII digit, which every match of
// moneyRE has (\d is ASCII).
// hasDigit is strings.ContainsAny(s, "0123456789") without building the
// set on every call: a digit's byte is never part of another character.
// Eight bytes are tested at once (most questions have no digit, and each
// is tested several times).
func hasDigit(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if digitIn8(s[i : i+8]) {
			return true
		}
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// digitIn8 reports whether one of b's eight bytes is an ASCII digit:
// per byte, 0x2f < b < 0x3a, tested in all eight lanes of one word at
// once (exact: no lane carries or borrows into the next, and a byte with
// its high bit set is never a digit).
func digitIn8(b string) bool {
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	const ones, low7, high = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	t := x & low7
	// A lane's high bit: (127+0x3a - t) has it when t <= '9', (t + 127-0x2f)
	// when t >= '0', ^x when the byte is ASCII.
	return (ones*(127+0x3a)-t)&^x&(t+ones*(127-0x2f))&high != 0
}

func isTimeUnit(w string) bool {
	switch w {
	case "year", "month", "week", "hour", "day":
		return true
	}
	return false
}

// findCareers finds the guides named in words (longest names first,
// without overlaps, in order) and marks the words of each name as taken.
func (l *Library) findCareers(words []string, taken []bool) []*bot.Guide {
	var found []*bot.Guide
	seen := map[*bot.Guide]bool{}
	var buf [64]byte
	for i := 0; i < len(words); {
		matched := 0
		for n := min(l.maxWords, l.careerRun(words[i]), len(words)-i); n >= 1; n-- {
			if g, ok := l.names[string(appendPhrase(buf[:0], words[i:i+n]))]; ok {
				if !seen[g] {
					seen[g] = true
					found = append(found, g)
				}
				matched = n
				break
			}
		}
		if matched == 0 {
			i++
			continue
		}
		for k := i; k < i+matched; k++ {
			taken[k] = true
		}
		i += matched
	}
	return found
}

// markCerts marks runs of two or more words that stand together in a
// certification's name ("tensorflow developer"): they name the certificate,
// not an occupation.
func (l *Library) markCerts(ws []string, taken []bool) {
	for i := 0; i+1 < len(ws); i++ {
		pair := ws[i] + " " + ws[i+1]
		if _, ok := l.certPairs[pair]; ok {
			taken[i], taken[i+1] = true, true
		}
	}
}

// rankAsideCues set states aside from a ranking ("which pays most, not
// counting California?"); "I'd relocate from Ohio" tells where the asker
// lives, not a state ranked.
var rankAsideCues = append([]string{" other than ", " besides ", " apart from ", " outside of ", " after ", " if not ",
	" relocate from ", " relocating from ", " move from ", " moving from ", " moved from "}, asideCues...)

// asideCues set the states after them aside whatever is asked ("ignore HI
// and CA", "leave out Nevada and Arizona").
var asideCues = []string{" not counting ", " except ", " excluding ", " leaving out ", " ignoring ", " leave out ", " ignore ", " skip ", " not including "}

// excludeStates moves the states after one of the cues ("not counting",
// "except", "leave out" …) out of q.states, each state of a list after it.
func (q *question) excludeStates(cues []string) {
	if len(q.states) == 0 {
		return
	}
	line := " " + strings.Join(q.words, " ") + " "
	if strings.Contains(line, " aside ") {
		// "Leaving California aside, …", "California aside, …": the state
		// just before "aside" is set aside
		var keep []bot.USState
		for _, st := range q.states {
			name := " " + strings.ToLower(st.Name) + " aside "
			code := " " + strings.ToLower(st.Code) + " aside "
			if strings.Contains(line, name) || strings.Contains(line, code) {
				q.excluded = append(q.excluded, st)
			} else {
				keep = append(keep, st)
			}
		}
		q.states = keep
	}
	for _, cue := range cues {
		i := strings.Index(line, cue)
		if i < 0 {
			continue
		}
		// each state of the list after the cue: "ignore HI and CA", "leave
		// out Nevada and Arizona"
		rest := line[i+len(cue):]
		for {
			k := slices.IndexFunc(q.states, func(st bot.USState) bool { return stateOpens(rest, st) })
			byPlace := false
			if k < 0 && slices.Contains(asideCues, cue) { // (not "moving from NYC to SF": where from, a state of the comparison)
				// "… Seattle, what's the median? not counting the Bay Area":
				// a place of the state, by its nickname or a city
				k, byPlace = slices.IndexFunc(q.states, func(st bot.USState) bool { return q.placeOpens(rest, st) }), true
			}
			if k < 0 {
				break
			}
			st := q.states[k]
			q.excluded = append(q.excluded, st)
			q.states = slices.Delete(slices.Clone(q.states), k, k+1)
			if byPlace {
				break // (a place's words are not trimmed off as a state's name is)
			}
			rest = strings.TrimPrefix(rest, "the ")
			rest = strings.TrimPrefix(strings.TrimPrefix(rest, strings.ToLower(st.Name)+" "), strings.ToLower(st.Code)+" ")
			for _, join := range []string{"and ", "or ", "nor ", "& "} {
				rest = strings.TrimPrefix(rest, join)
			}
		}
	}
}

// stateOpens reports whether text (words joined by spaces) opens with the
// state's name, "the" and its name, or its code.
func stateOpens(text string, st bot.USState) bool {
	name := strings.ToLower(st.Name)
	return strings.HasPrefix(text, name+" ") || strings.HasPrefix(text, "the "+name+" ") || strings.HasPrefix(text, strings.ToLower(st.Code)+" ")
}

// deniedStates drops a state said not to be meant ("Massachusetts, not
// California", "Washington the state, not DC") when another is left.
func (q *question) deniedStates() {
	if keep := q.undenied(); len(keep) > 0 {
		q.states = keep
	}
}

// notInterested are words between a negation and a state set aside: "not
// interested in California", "not moving to New York".
var notInterested = []string{"really ", "interested ", "keen ", "moving ", "going ", "looking ", "considering ", "open ", "into ", "at ", "to ", "on "}

// undenied are the states found that no negation sets aside.
func (q *question) undenied() []bot.USState {
	var keep []bot.USState
	for _, st := range q.states {
		denied := false
		for i := range q.words {
			if from := negatedFrom(q.words, i); from >= 0 {
				// "not in California", "I don't want Washington's figure",
				// "don't just hand me the New York number"
				rest := strings.Join(q.words[from:], " ") + " "
				for _, p := range notInterested {
					rest = strings.TrimPrefix(rest, p) // "not interested in California", "not moving to NY"
				}
				denied = denied || stateOpens(rest, st) || stateOpens(strings.TrimPrefix(rest, "in "), st) || stateOpens(strings.TrimPrefix(rest, "the "), st) ||
					q.placeOpens(strings.TrimPrefix(rest, "in "), st)
			}
			if from := setAsideFrom(q.words, i); from >= 0 {
				// "leave California out of it", "don't care about California",
				// "other than NY", "forget Washington"
				rest := strings.Join(q.words[from:], " ") + " "
				for _, p := range []string{"out ", "of ", "about ", "in ", "the "} {
					rest = strings.TrimPrefix(rest, p)
				}
				denied = denied || stateOpens(rest, st) || q.placeOpens(rest, st)
			}
		}
		if !denied {
			keep = append(keep, st)
		}
	}
	return keep
}

// bareDollar reports whether a text has a dollar sign with no figure after
// it ("$ ??", "$$$", "how much $"), the way chat asks for pay.
// moneyAside reports whether every amount of money in text is said in
// passing: spent on something ("drop $$ on a degree", "sink 40-60k into
// one"), a price per period ("$20/mo"), the price or pay of a thing named
// after it ("the 10k bootcamp", "150k roles", "my 76k electrician job") or
// what a deal is for ("sign for 163k", "all day for 150k a year"). Beside
// another thing asked, such an amount does not ask the pay; "can u break
// 300k", "is 300k the cap", "get like 300k" do.
func moneyAside(m *model, text string) bool {
	const cut = "?!.,;:()\"'~"
	f := strings.Fields(strings.ToLower(text))
	seen := false
	for i, t := range f {
		w := strings.Trim(t, cut)
		digits := strings.TrimLeft(w, "$")
		amount := digits != "" && isDigitByte(digits[0]) && (moneyRE.MatchString(w) || strings.HasPrefix(w, "$") ||
			i+1 < len(f) && isDigits(w) && (f[i+1] == "thousand" || f[i+1] == "grand"))
		if !amount && !(w != "" && strings.Trim(w, "$") == "") {
			continue
		}
		seen = true
		prev, next := "", ""
		if i > 0 {
			prev = strings.Trim(f[i-1], cut)
		}
		if k := i + 1; k < len(f) {
			if (f[k] == "thousand" || f[k] == "grand") && k+1 < len(f) {
				k++
			}
			next = strings.Trim(f[k], cut)
		}
		switch {
		case spendWords[prev] || next == "on" || next == "into" || strings.Contains(w, "/"):
		case prev == "for" || prev == "the" || prev == "to" || possessive[prev]:
		case next != "" && !strings.ContainsAny(t, ",.;:?!") && m.lex.Noun(m.lex.Singular(next)) && !m.lex.Time(next) && m.index[next] == nil && !m.stop[next]:
			// ("150k roles", "a 76k electrician job"; not "120k in CA", "300k a year")
		default:
			return false
		}
	}
	return seen
}

// spendWords are verbs of spending money on something.
var spendWords = setOf("spend", "spent", "spending", "drop", "dropped", "dropping", "sink", "sank", "sunk", "sinking", "invest", "invested", "investing", "blow", "blew", "blowing", "shell", "paying")

func bareDollar(text string) bool {
	for i := strings.IndexByte(text, '$'); i >= 0; {
		rest := strings.TrimLeft(text[i:], "$ ")
		if rest == "" || !(rest[0] >= '0' && rest[0] <= '9') {
			return true
		}
		j := strings.IndexByte(text[i+1:], '$')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// trainsToWork reports whether "to train" is said of the asker or a
// worker, not of a model: ending the question or followed by "as", "for"
// or "to become" ("how long to train?", "how long to train as one?").
func trainsToWork(ws []string) bool {
	for i, w := range ws {
		if w != "train" || i == 0 || ws[i-1] != "to" {
			continue
		}
		if i+1 == len(ws) || ws[i+1] == "as" || ws[i+1] == "for" || ws[i+1] == "to" && i+2 < len(ws) && (ws[i+2] == "become" || ws[i+2] == "be") {
			return true
		}
	}
	return false
}

// addIntent counts one more word of an intent, read from the question's
// form rather than a word of the intent table.
func (q *question) addIntent(k string) {
	if q.intents == nil {
		q.intents = map[string]int{}
	}
	q.intents[k]++
}

// placeOpens reports whether text opens with a nickname or a large city of
// the state, "the" before it or not: "not cali", "not the bay area", "like
// Jersey City, not NYC".
func (q *question) placeOpens(text string, st bot.USState) bool {
	ws := strings.Fields(strings.TrimPrefix(text, "the "))
	var buf [64]byte
	for n := min(3, len(ws)); n >= 1; n-- {
		name := string(appendPhrase(buf[:0], ws[:n]))
		if nick, ok := q.m.nicknames[name]; ok && nick.Code == st.Code || usCities[name] == st.Code {
			return true
		}
	}
	return false
}

// threshold is a figure a question compares against: "more than $170,000",
// "10k+", "more than 15% above the national median".
type threshold struct {
	value   int
	above   bool
	percent bool // a share of the national median, not a figure
	money   bool // typed as money ("$250")
	atLeast bool // the figure itself counts ("at least $170,000", "170k+", "not more than 10%"); "above" and "over" it do not
	// upper, when set, closes a range the figure opens ("between 160k and
	// 180k"): both ends count.
	upper int
	exact bool // the figure alone ("cost exactly $200")
}

// holds reports whether the figure v lies on the asked side of the line
// ("over 160k": above it; "at least": the line itself counts too).
func (t threshold) holds(v float64) bool {
	lim := float64(t.value)
	switch {
	case t.upper > 0:
		return v >= lim && v <= float64(t.upper)
	case t.exact:
		return v == lim
	}
	return t.above && v > lim || !t.above && v < lim || t.atLeast && v == lim
}

// side says which side of the figure is asked, in the words given for
// above and below ("above"/"below", "over"/"under"); fig writes a figure.
func (t threshold) side(up, down string, fig func(int) string) string {
	switch {
	case t.upper > 0:
		return "between " + fig(t.value) + " and " + fig(t.upper)
	case t.exact:
		return "of exactly " + fig(t.value)
	}
	return map[[2]bool]string{{true, false}: up, {true, true}: "at or " + up, {false, false}: down, {false, true}: "at or " + down}[[2]bool{t.above, t.atLeast}] + " " + fig(t.value)
}

// filterAsked reports whether the question asks which or how many items
// pass a test ("how many states sit between 160k and 180k", "which certs
// cost exactly $200"), not what one range means.
func filterAsked(q *question) bool {
	return hasAny(q, "which", "many", "any", "list", "count")
}

// threshold reads "more than / over / above / at least N" and "less than /
// under / below / fewer than N", and "N+", with N in dollars, a count or a
// percent ("$170,000", "170k", "10,000", "15%").
func (q *question) threshold() (threshold, bool) {
	if !hasDigit(q.raw) {
		return threshold{}, false
	}
	raw := strings.ToLower(q.raw)
	var t threshold
	var num, unit string
	if ix := thresholdRE.FindStringSubmatchIndex(raw); ix != nil {
		m := []string{raw[ix[0]:ix[1]], raw[ix[2]:ix[3]], "", raw[ix[6]:ix[7]], ""}
		if ix[4] >= 0 {
			m[2] = raw[ix[4]:ix[5]]
		}
		if ix[8] >= 0 {
			m[4] = raw[ix[8]:ix[9]]
		}
		t.above = !strings.Contains("less than|under|below|fewer than|lower than", m[1])
		t.atLeast = m[1] == "at least"
		if before := strings.Fields(raw[:ix[0]]); len(before) > 0 && (before[len(before)-1] == "not" || before[len(before)-1] == "no") {
			// "NOT more than 10% over": at most, the figure itself in
			t.above, t.atLeast = !t.above, !t.atLeast
		}
		t.money, num, unit = m[2] == "$", m[3], m[4]
	} else if m := betweenRE.FindStringSubmatch(raw); m != nil && filterAsked(q) {
		// "between 160k and 180k": a range, both ends in
		lo, err1 := strconv.Atoi(strings.ReplaceAll(m[2], ",", ""))
		hi, err2 := strconv.Atoi(strings.ReplaceAll(m[5], ",", ""))
		if err1 != nil || err2 != nil {
			return threshold{}, false
		}
		if m[3] == "k" || m[6] == "k" && lo < 1000 {
			lo *= 1000
		}
		if m[6] == "k" || m[3] == "k" && hi < 1000 {
			hi *= 1000
		}
		if lo > hi {
			lo, hi = hi, lo
		}
		return threshold{value: lo, upper: hi, above: true, atLeast: true, money: m[1] == "$" || m[4] == "$"}, true
	} else if m := orMoreRE.FindStringSubmatch(raw); m != nil {
		// "170k or more", "$200 or less": the figure itself in
		side := m[4][strings.LastIndexByte(m[4], ' ')+1:]
		t.above, t.atLeast, t.money, num, unit = !strings.Contains("less|lower|under|below|fewer|cheaper", side), true, m[1] == "$", m[2], m[3]
	} else if m := exactRE.FindStringSubmatch(raw); m != nil && filterAsked(q) {
		t.exact, t.money, num, unit = true, m[1] == "$", m[2], m[3] // "cost exactly $200"
	} else if m := plusRE.FindStringSubmatch(raw); m != nil {
		t.above, t.atLeast, t.money, num, unit = true, true, m[1] == "$", m[2], m[3]
	} else if m := capRE.FindStringSubmatch(raw); m != nil {
		// "I can spend $250 max", "a budget of $300", "at most 200 dollars":
		// at most that figure
		t.above, t.atLeast = false, true
		if m[2] != "" {
			t.money, num, unit = m[1] == "$", m[2], m[3]
		} else {
			t.money, num, unit = true, m[4], m[5]
		}
	} else {
		return threshold{}, false
	}
	v, err := strconv.Atoi(strings.ReplaceAll(num, ",", ""))
	if err != nil {
		return threshold{}, false
	}
	switch unit {
	case "k":
		v *= 1000
	case "%":
		t.percent = true
	}
	t.value = v
	return t, true
}

var (
	thresholdRE = mustGuard(`(more than|over|above|at least|greater than|higher than|less than|under|below|fewer than|lower than)\s+(\$)?(\d[\d,]*)(k|%)?`)
	plusRE      = mustGuard(`(\$)?(\d[\d,]*)(k|%)?\+`)
	betweenRE   = mustGuard(`between\s+(\$)?(\d[\d,]*)(k)?\s+(?:and|to|-)\s+(\$)?(\d[\d,]*)(k)?`)
	orMoreRE    = mustGuard(`(\$)?(\d[\d,]*)(k|%)?\s+(or more|or above|or higher|or over|and up|and above|and over|or greater|or less|or lower|or under|or below|or fewer|or cheaper)\b`)
	exactRE     = mustGuard(`exactly\s+(\$)?(\d[\d,]*)(k)?\b`)
	capRE       = mustGuard(`(?:at most|budget of|budget is)\s+(\$)?(\d[\d,]*)(k)?\b|\$(\d[\d,]*)(k)?\s*(?:max|maximum|tops|or less|budget)\b`)
	moneyRE     = mustGuard(`\$\s?\d|\b\d{2,3}k\b|\b\d{2,3} (?:thousand|grand)\b|\b\d{2,3},\d{3}\b`)
)

// expandWords spells out the guides' abbreviations in ws.
func (q *question) expandWords(ws []string) []string {
	if q.lib == nil {
		return ws
	}
	return q.lib.expandWords(ws)
}

// certPairs reports whether w is part of a certificate's name in q.
func (q *question) certPairs(w string) bool {
	for i, x := range q.words {
		if x == w && q.certWord != nil && q.certWord[i] {
			return true
		}
	}
	return false
}

// certGuide returns the one guide whose certificate the question names by
// two or more words of its name ("Microgravity Food Safety Certificate").
func (l *Library) certGuide(q *question) *bot.Guide {
	var found *bot.Guide
	var denied map[string]bool
	for i := 0; i+1 < len(q.words); i++ {
		g := l.certPairs[q.words[i]+" "+q.words[i+1]]
		if g == nil {
			continue
		}
		if denied == nil && negates(q.words) {
			denied = l.negatedCareerWords(q.words)
		}
		if denied[q.words[i]] && denied[q.words[i+1]] {
			continue // "… dreamscapes? not the ML engineer number": a career set aside, no certificate named
		}
		if found != nil && found != g {
			return nil
		}
		found = g
	}
	return found
}

// isCareerWord reports whether w is a word of a guide's name.
func (l *Library) isCareerWord(w string) bool { return l.nameWords[w] }

// markStates marks the words of the states found.
func markStates(ws []string, states []bot.USState, taken []bool) {
	names := map[string]bool{}
	for _, st := range states {
		for _, w := range strings.Fields(strings.ToLower(st.Name)) {
			names[w] = true
		}
		names[strings.ToLower(st.Code)] = true
	}
	for i, w := range ws {
		if !names[w] && len(w) >= 6 && !taken[i] {
			// "massachusets": a typo of a state found is that state's name
			// (LookupState answers only within two edits of a name)
			if st, ok := lookupStateWord(w); ok && !strings.Contains(st.Name, " ") &&
				slices.ContainsFunc(states, func(s bot.USState) bool { return s.Code == st.Code }) {
				taken[i] = true
				continue
			}
		}
		if names[w] {
			taken[i] = true
			if i+1 < len(ws) && placeNoun[ws[i+1]] {
				taken[i+1] = true // "new york city"
			}
			if code, ok := usCities[ws[max(i-1, 0)]]; ok && i > 0 && strings.EqualFold(code, states[0].Code) {
				taken[i-1] = true // "Atlanta, Georgia"
			}
		}
	}
}

// markNicknames marks the words of state nicknames and large cities ("the
// SF bay area") that name one of the states found.
func (l *Library) markNicknames(ws []string, states []bot.USState, taken []bool) {
	if len(states) == 0 {
		return // a name marks words only when its state is one of states
	}
	var buf [64]byte
	for i := range ws {
		for n := min(3, len(ws)-i); n >= 1; n-- {
			name := string(appendPhrase(buf[:0], ws[i:i+n]))
			code := ""
			if st, ok := l.m.nicknames[name]; ok {
				code = st.Code
			} else if c, ok := usCities[name]; ok {
				code = c
			}
			if code != "" && slices.ContainsFunc(states, func(s bot.USState) bool { return strings.EqualFold(s.Code, code) }) {
				if l.longerPlaceAhead(ws, taken, i, n) {
					continue // "Cali vs the Bay State": not "the bay", whose state was named
				}
				for k := i; k < i+n; k++ {
					taken[k] = true
				}
				break
			}
		}
	}
}

// placeNoun words after a place's name belong to it.
var placeNoun = setOf("city", "metro", "area", "region")

// findPlaces finds a US state from a nickname ("Philly", "the Bay Area"), a
// large city or any US place WordNet knows (capitalised or after "in").
func (l *Library) findPlaces(q *question, raw []string, taken []bool) []bot.USState {
	ws := q.words
	var out []bot.USState
	var buf [64]byte
	for i := 0; i < len(ws); i++ {
		for n := 3; n >= 1; n-- {
			if i+n > len(ws) || anyTaken(taken, i, i+n-1) {
				continue
			}
			if !l.m.placeStarts.may(ws[i], n) && l.m.lex.PlaceWords(ws[i]) < n {
				continue // no nickname, city or place of n words begins with ws[i]
			}
			cand := string(appendPhrase(buf[:0], ws[i:i+n])) // cloned if kept
			st, ok := l.m.nicknames[cand]
			if ok && l.longerPlaceAhead(ws, taken, i, n) {
				continue // "the Bay State": not "the bay" and a word after
			}
			if !ok {
				if code, found := usCities[cand]; found && (cand != "la" || raw[i] == "LA" || i > 0 && ws[i-1] == "in") {
					st, ok = bot.StateByCode(code)
					q.city = strings.Clone(cand)
				}
			}
			nickname := n >= 2 && ws[i+n-1] == "state" // "green mountain state": WordNet's name for the state
			if !ok && (capitalised(raw[i]) || i > 0 && placeLead[ws[i-1]] || nickname) && !l.m.stop[cand] {
				if name, found := l.m.lex.USPlace(cand); found && name != "" && !l.m.lex.Occupation(cand) {
					st, ok = bot.StateByName(name)
					if !nickname {
						q.city = strings.Clone(cand)
					}
				}
			}
			if ok {
				for k := i; k < i+n; k++ {
					taken[k] = true
				}
				// Every place named: "Seattle or San Francisco?"
				if !slices.ContainsFunc(out, func(s bot.USState) bool { return s.Code == st.Code }) {
					out = append(out, st)
				}
				i += n - 1
				break
			}
		}
	}
	if len(out) > 1 {
		q.city = "" // several places: each is read as its state
	}
	return out
}

// placeLead are the words after which a place's name is read typed in
// lower case ("in huntsville", "near cape canaveral", "moving to boise").
var placeLead = setOf("in", "near", "around", "outside", "from", "to")

// longerPlaceAhead reports whether a nickname or city starting inside
// ws[i:i+n] reaches past it ("the bay state" read from "bay").
func (l *Library) longerPlaceAhead(ws []string, taken []bool, i, n int) bool {
	for s := i + 1; s < i+n; s++ {
		for m := 3; s+m > i+n; m-- {
			if s+m > len(ws) || anyTaken(taken, s, s+m-1) {
				continue
			}
			cand := strings.Join(ws[s:s+m], " ")
			if _, ok := l.m.nicknames[cand]; ok {
				return true
			}
			if _, ok := usCities[cand]; ok {
				return true
			}
		}
	}
	return false
}

// findStates finds US states named in free text: full names (also with one
// typo in longer names) and two-letter codes typed in capitals ("CA") or
// unambiguous in lowercase after "in" ("in tx").
func findStates(raw string, ws []string, isWord func(string) bool) []bot.USState {
	var out []bot.USState
	seen := map[string]bool{}
	add := func(s bot.USState) {
		if !seen[s.Code] {
			seen[s.Code] = true
			out = append(out, s)
		}
	}
	var buf [64]byte
	for i := 0; i < len(ws); i++ {
		matched := false
		for n := 3; n >= 1 && !matched; n-- {
			if i+n > len(ws) || n > 1 && bot.StateNameWords(ws[i]) < n && strings.IndexByte(ws[i], ' ') < 0 {
				continue // no state's name of n words begins with ws[i]
			}
			cand := string(appendPhrase(buf[:0], ws[i:i+n]))
			if len(cand) <= 2 {
				continue
			}
			if st, ok := bot.StateByName(cand); ok {
				add(st)
				i += n - 1
				matched = true
			} else if w := ws[i]; n == 1 && len(w) >= 6 { // w is cand
				// A real word ("learning") is no state's typo: no fuzzy look-up.
				if isWord != nil && isWord(w) && len(w) < 9 {
					continue // longer words one edit from a state are typos ("massachusets")
				}
				if st, ok := lookupStateWord(w); ok && len(strings.Fields(st.Name)) == 1 {
					add(st)
					matched = true
				}
			}
		}
	}
	// Codes: as typed, in capitals.
	for rest := raw; rest != ""; {
		// The runs of letters and dots, without a slice of them.
		start := indexInCode(rest, true)
		if start < 0 {
			break
		}
		rest = rest[start:]
		end := indexInCode(rest, false)
		if end < 0 {
			end = len(rest)
		}
		f := strings.Trim(rest[:end], ".")
		rest = rest[end:]
		if len(f) != 2 || !upperAlready(f) || f == "LA" { // "LA" in chat is Los Angeles (cities.go)
			continue // no code: nothing else to test (most runs: words)
		}
		if before := strings.TrimSpace(raw[:len(raw)-len(rest)-end]); englishTwo[strings.ToLower(f)] && (before == "" || copulaBefore(before)) {
			continue // "OK this is going to sound weird…", "HI all", "he'll be OK": a word, not Oklahoma or Hawaii
		}
		if mastersCode(f, firstWord(rest)) {
			continue // "a part-time MS program": a master's degree
		}
		if st, ok := bot.StateByCode(f); ok {
			add(st)
		}
	}
	// A lowercase code that opens the message as its label ("ny, how much
	// for ML eng vs mapping dreams"), when it is not an English word.
	if code := openingCode(raw); code != "" && !englishTwo[code] {
		if st, ok := bot.StateByCode(strings.ToUpper(code)); ok {
			add(st)
		}
	}
	// Lowercase codes after "in" when the code is not an English word.
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "in" && len(ws[i+1]) == 2 {
			if st, ok := bot.StateByCode(strings.ToUpper(ws[i+1])); ok && !englishTwo[ws[i+1]] {
				add(st)
			}
		}
	}
	return out
}

// openingCode is the two lowercase letters that open a message as its
// label, before a comma, colon or dash and a space ("ny, …", "tx: …"); ""
// when there are none.
func openingCode(raw string) string {
	t := strings.TrimLeft(raw, " \t")
	if len(t) < 4 || t[0] < 'a' || t[0] > 'z' || t[1] < 'a' || t[1] > 'z' {
		return ""
	}
	rest := strings.TrimLeft(t[2:], " ")
	for _, sep := range []string{",", ":", "-", "—", "–"} {
		if after, ok := strings.CutPrefix(rest, sep); ok && strings.HasPrefix(after, " ") {
			return t[:2]
		}
	}
	return ""
}

// upperAlready is f == strings.ToUpper(f), without upper-casing ASCII
// text (an allocation for every two-letter word: "is", "do", "to").
func upperAlready(f string) bool {
	if !isASCII(f) {
		return f == strings.ToUpper(f)
	}
	for i := 0; i < len(f); i++ {
		if 'a' <= f[i] && f[i] <= 'z' {
			return false
		}
	}
	return true
}

// inCode reports whether r may be part of a state code as typed ("CA",
// "N.Y.").
func inCode(r rune) bool { return unicode.IsLetter(r) || r == '.' }

// indexInCode is strings.IndexFunc(s, f) for f reporting whether inCode(r)
// is want, without a call per rune over ASCII (where unicode.IsLetter is
// true of the ASCII letters only).
func indexInCode(s string, want bool) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			if j := strings.IndexFunc(s[i:], func(r rune) bool { return inCode(r) == want }); j >= 0 {
				return i + j
			}
			return -1
		}
		if (c == '.' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') == want {
			return i
		}
	}
	return -1
}

// lowerCodes finds two-letter state codes typed in lower case anywhere, for
// questions about pay ("salary wa"); codes that read as English words are
// left alone.
func lowerCodes(ws []string) []bot.USState {
	var out []bot.USState
	code := func(i int) bool {
		if i < 0 || i >= len(ws) || len(ws[i]) != 2 || englishTwo[ws[i]] {
			return false
		}
		_, ok := bot.StateByCode(strings.ToUpper(ws[i]))
		return ok
	}
	for i, w := range ws {
		if len(w) != 2 {
			continue
		}
		// "ma", "pa", "co" read as words, except set against another
		// state: "wa vs ma", "ma or ny".
		paired := i > 0 && (ws[i-1] == "vs" || ws[i-1] == "versus" || ws[i-1] == "or" || ws[i-1] == "and") && code(i-2) ||
			i+1 < len(ws) && (ws[i+1] == "vs" || ws[i+1] == "versus" || ws[i+1] == "or" || ws[i+1] == "and") && code(i+2) ||
			code(i-1) && code(i-2) // "mle sal ca, wa, ma": the last of a list of codes
		if englishTwo[w] && !paired {
			continue
		}
		if st, ok := bot.StateByCode(strings.ToUpper(w)); ok {
			out = append(out, st)
		}
	}
	return out
}

// copulaBefore reports whether text ends with a verb that a state's code
// in capitals cannot follow but its word can: "he'll be OK", "is that OK".
func copulaBefore(text string) bool {
	i := strings.LastIndexAny(text, " '’")
	switch strings.ToLower(text[i+1:]) {
	case "be", "is", "are", "am", "was", "were", "s", "m", "re", "feel", "feels", "felt", "seem", "seems", "look", "looks", "sound", "sounds", "that", "it", "its":
		return true
	}
	return false
}

// englishTwo are two-letter codes that read as English words.
var englishTwo = setOf("in", "or", "me", "hi", "ok", "oh", "de", "id", "la", "ma", "pa", "as", "mo", "co", "al")

// contentWords are the words of a question that carry its topic: no stop
// words, no career names, no intent words that only steer.
func (l *Library) contentWords(q *question, used *bot.Guide) []string {
	careerWord := func(i int, w string) bool {
		is := used != nil && slices.Contains(l.careerWords(used), w)
		for _, g := range q.careers {
			is = is || g != nil && slices.Contains(l.careerWords(g), w)
		}
		if is && i > 0 && (q.taken == nil || !q.taken[i]) && !(i+1 < len(q.words) && l.m.index[q.words[i+1]] != nil) &&
			l.labelPhrase(q.careers, used, q.words[i-1], w) {
			// "data engineering" beside "MLEs": a heading of the guide, a
			// topic of its own, though "engineering" names the career too.
			return false
		}
		return is
	}
	var out []string
	for i, w := range q.words {
		if l.m.stop[w] || !hasLetter(w) || careerWord(i, w) || clockTime(w) || q.idiom[w] || q.namedBy[w] {
			continue
		}
		if relations[w] || i > 0 && (q.words[i-1] == "next" || q.words[i-1] == "last" || q.words[i-1] == "this") && l.m.lex.Time(w) && l.m.index[w] == nil {
			continue // "my grandson", "next week": who and when, not what is asked
		}
		if replyForm(q.words, i) {
			continue // "in 2 lines", "in one sentence": how the reply is wanted
		}
		if len(w) >= 6 && strings.HasSuffix(w, "ly") && l.m.index[w] == nil && !l.m.lex.Word(w) && !l.vocab.known(w) && (l.Searcher == nil || !l.Searcher.Known(context.Background(), w)) {
			continue // "what is it basicly?", "actualy": an adverb typed wrong, how it is said, not what is asked
		}
		if (w == "role" || w == "roles") && i > 0 && q.taken != nil && q.taken[i-1] && len(q.careers) > 0 && careerWord(i-1, q.words[i-1]) {
			continue // "the MLE role": the career itself, not the path's "into the role"
		}
		out = append(out, w)
	}
	return out
}

// replyForm reports whether ws[i] is a word of "in <n> <unit>" that says
// how long the reply should be ("describe the MLE role in 2 lines", "in
// one sentence", "in a few words").
func replyForm(ws []string, i int) bool {
	unit := func(k int) bool {
		return k >= 2 && k < len(ws) && replyUnits[ws[k]] && ws[k-2] == "in" && (replyCounts[ws[k-1]] || ws[k-1] != "" && ws[k-1][0] >= '0' && ws[k-1][0] <= '9')
	}
	return unit(i) || unit(i+1)
}

var (
	replyUnits  = setOf("line", "lines", "sentence", "sentences", "word", "words", "paragraph", "paragraphs", "bullet", "bullets", "points", "tweet", "tweets")
	replyCounts = setOf("a", "one", "two", "three", "four", "five", "few", "couple")
)

// labelPhrase reports whether two words are the whole of a heading or
// bold label of one of the guides ("Data engineering"): the guide's own
// name for a topic.
func (l *Library) labelPhrase(careers []*bot.Guide, used *bot.Guide, a, b string) bool {
	sa, sb := stem(a), stem(b)
	check := func(g *bot.Guide) bool {
		for _, lb := range l.labelsOf(g).labels {
			if len(lb.stems) == 2 && lb.stems[0] == sa && lb.stems[1] == sb {
				return true
			}
		}
		return false
	}
	for _, g := range careers {
		if g != nil && check(g) {
			return true
		}
	}
	return used != nil && check(used)
}

// clockTime reports whether a word is a time of day as typed ("10am",
// "3pm"): when, not what, is asked.
func clockTime(w string) bool {
	return len(w) >= 3 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm")) && !hasLetter(w[:len(w)-2])
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// acronymSlot reports whether the word at i stands where a job's name goes:
// before "salary", "jobs", "certs", "license", "school", or after "a",
// "an", "become".
func acronymSlot(ws []string, i int) bool {
	next := i + 1
	if next < len(ws) && ws[next] == "s" {
		next++ // "cna's"
	}
	if next < len(ws) {
		switch n := ws[next]; {
		case jobSlotNext[n], certNext[n], n == "cert", n == "certs", n == "license", n == "licence", n == "school", n == "program":
			return true
		}
	}
	return i > 0 && (ws[i-1] == "a" || ws[i-1] == "an" || ws[i-1] == "become" || ws[i-1] == "for" && next == len(ws))
}

// namedCertGuide is the guide whose certificate a question names by a pair
// of words that are no career's name ("Decoherence Blight", not "machine
// learning"); nil when none, or several guides'.
func (l *Library) namedCertGuide(q *question) *bot.Guide {
	var found *bot.Guide
	for i := 0; i+1 < len(q.words); i++ {
		g := l.certPairs[q.words[i]+" "+q.words[i+1]]
		if g == nil || l.isCareerWord(q.words[i]) || l.isCareerWord(q.words[i+1]) {
			continue
		}
		if found != nil && found != g {
			return nil
		}
		found = g
	}
	if g := l.initialsGuide(q); g != nil {
		if found != nil && found != g {
			return nil
		}
		found = g
	}
	return found
}

// initialsGuide is the guide of the certificate a question names by its
// initials ("what does the LLS cost?"), nil when none or several.
func (l *Library) initialsGuide(q *question) *bot.Guide {
	var found *bot.Guide
	for _, w := range q.words {
		if len(w) < 3 || !l.certInits[w] {
			continue // (most questions: no look at the certificates)
		}
		for _, g := range l.Guides {
			for _, c := range g.Certifications {
				if in := initialsOf(c.Name); in == w || len(in) > 3 && in[1:] == w {
					if found != nil && found != g {
						return nil
					}
					found = g
				}
			}
		}
	}
	if found != nil && len(l.Guides) > 1 {
		if named := l.oneGuideNamed(dropStateWords(l.contentWords(q, nil))); named != nil && named != found {
			return nil // "a permit to map my gfs dreams": another guide's own words, not initials ("gfs")
		}
	}
	return found
}

// isDigits reports whether w is a run of digits.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// onsiteNext words after "onsite" make it the interview day ("onsite next
// week", "onsite round").
var onsiteNext = setOf("next", "tomorrow", "round", "rounds", "loop", "interview", "interviews")

// determiner words before a noun make the next word one ("an onsite"); so
// do the possessive ones.
var determiner = setOf("a", "an", "the", "your")

// dropStoryIntents drops the qualifying intents (where, most, compare)
// only the story around a question says, when its question sentences ask
// something of their own: "People keep telling me … where there's no
// gravity … What are the biggest challenges of that job?" asks about
// challenges, not where. (The story's topics stay: "prepping for MLE
// interviews. what kind of system design problems should i expect?")
// dropSpending drops the pay a question names as the asker's own
// spending, when it asks something else or names a topic: "which ML
// frameworks should I learn before paying for anything else?", "what math
// should I be paying a tutor for?", "what language should I spend my
// course money on?" ask what to learn, not what the job pays.
func (q *question) dropSpending() {
	if !q.has("salary") || q.has("cost") {
		return
	}
	ws := q.words
	spent := 0
	for i, w := range ws {
		if !q.m.index[w]["salary"] {
			continue
		}
		switch w {
		case "pay", "paying":
			// the asker pays: "I … pay(ing)" (not "will they pay me"), or
			// "paying for" (not "the pay for ML engineers")
			mine := false
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				mine = mine || ws[k] == "i" || ws[k] == "we"
				if subjectPronoun[ws[k]] && ws[k] != "i" && ws[k] != "we" || determiner[ws[k]] {
					break
				}
			}
			if !mine && !(w == "paying" && i+1 < len(ws) && ws[i+1] == "for" && (i == 0 || !determiner[ws[i-1]] && !q.m.index[ws[i-1]]["most"] && !q.m.index[ws[i-1]]["least"] && ws[i-1] != "well")) {
				// (not "the best-paying state for …")
				return
			}
		case "money":
			if !slices.ContainsFunc(ws[max(0, i-3):i], func(x string) bool { return spendWords[x] }) {
				return // ("spend my course money on")
			}
		default:
			return // another word of pay ("earn", "salary") asks it
		}
		spent++
	}
	if spent == 0 || len(q.intents) == 1 && !slices.ContainsFunc(ws, func(w string) bool {
		return !q.m.stop[w] && q.m.index[w] == nil && q.lib != nil && q.lib.knownTerm(w) && !q.lib.isCareerWord(w) // a topic of the guides': "math"
	}) {
		return
	}
	delete(q.intents, "salary")
}

// dropSetAside drops the intents of words the question sets aside, when
// it asks something else: "How is an ML engineer different from a data
// scientist, leaving pay out of it?", "certs aside, what skills matter?".
func (q *question) dropSetAside() {
	if len(q.intents) < 2 {
		return
	}
	ws := q.words
	for i, w := range ws {
		in := q.m.index[w]
		if len(in) == 0 {
			continue
		}
		prev, next, next2 := "", "", ""
		if i > 0 {
			prev = ws[i-1]
		}
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		if i+2 < len(ws) {
			next2 = ws[i+2]
		}
		// "pay aside" (not "aside from the permit": what the rest is read
		// without), "leaving pay out of it", "setting pay aside"
		aside := next == "aside" && next2 != "from" || (prev == "leaving" || prev == "leave" || prev == "setting" || prev == "putting") && (next == "out" || next == "aside")
		if !aside {
			continue
		}
		for intent := range in {
			if n, ok := q.intents[intent]; ok && len(q.intents) > 1 {
				if n <= 1 {
					delete(q.intents, intent)
				} else {
					q.intents[intent] = n - 1
				}
			}
		}
	}
}

func (l *Library) dropStoryIntents(q *question, text string) {
	if len(q.intents) < 2 || !twoSentences(text) || !strings.Contains(text, "?") {
		return
	}
	var asked, story []string
	for _, t := range sentencesOf(text) {
		f := words(t)
		if asks(t, f) || l.wishes(f) {
			asked = append(asked, f...)
		} else {
			story = append(story, f...)
		}
	}
	if len(asked) == 0 || len(story) == 0 {
		return
	}
	count := func(ws []string) map[string]int {
		c := &question{intents: map[string]int{}, m: l.m, words: ws}
		l.countIntents(c)
		return c.intents
	}
	ai := count(asked)
	own := false
	for k := range ai {
		own = own || l.m.headIntent[k]
	}
	if !own {
		return // "… how much is it?": what the story names is asked
	}
	for k := range count(story) {
		if ai[k] == 0 && !l.m.headIntent[k] {
			delete(q.intents, k)
			q.storyWhere = q.storyWhere || k == "state" && !slices.Contains(asked, "where")
		}
	}
}

// askedCareers returns the careers named in the question sentences of a
// message that also tells a story in sentences of its own, when those
// sentences name some of careers but not all; careers otherwise. ws are
// the message's words as read, one for each of its words as typed (else
// careers is returned as is).
func (l *Library) askedCareers(text string, ws []string, careers []*bot.Guide) []*bot.Guide {
	if !twoSentences(text) || !strings.Contains(text, "?") {
		return careers
	}
	sents := sentencesOf(text)
	spans := make([][2]int, 0, len(sents))
	askedAt := make([]bool, 0, len(sents))
	at, story := 0, false
	for _, t := range sents {
		f := words(t)
		spans = append(spans, [2]int{at, at + len(f)})
		a := len(f) > 0 && asks(t, f) // (not a wish told of someone: "my girlfriend is studying to be a dream cartographer")
		askedAt = append(askedAt, a)
		story = story || !a && len(f) > 0
		at += len(f)
	}
	if at != len(ws) || !story {
		return careers
	}
	var asked []*bot.Guide
	scratch := make([]bool, len(ws))
	for i, sp := range spans {
		if !askedAt[i] {
			continue
		}
		if f := ws[sp[0]:sp[1]]; ownJobNamed(f) && slices.ContainsFunc(f, func(w string) bool { return w == "vs" || w == "versus" || w == "compare" || w == "than" }) {
			return careers // "MLE in NYC. How does New York pay for my job compare with …?": the asker's career is asked too
		}
		for _, g := range l.findCareers(ws[sp[0]:sp[1]], scratch[sp[0]:sp[1]]) {
			if !slices.Contains(asked, g) {
				asked = append(asked, g)
			}
		}
	}
	if len(asked) == 0 || len(asked) == len(careers) {
		return careers
	}
	return asked
}

// modifierNotCareer reads a word of a guide's name that stands alone
// right before an occupation of two words or more as part of that
// occupation, not the guide's career: "quantum computing researcher" is
// no quantum gardener.
func (l *Library) modifierNotCareer(q *question, taken []bool) {
	ws := q.words
	for k, o := range q.scope.occupations {
		f := strings.Fields(o)
		if len(f) < 2 {
			continue
		}
		for s := 1; s+len(f) <= len(ws); s++ {
			if !slices.Equal(ws[s:s+len(f)], f) || !taken[s-1] || s >= 2 && taken[s-2] {
				continue
			}
			for j, c := range q.careers {
				if guideNameWord(c, ws[s-1]) && !slices.ContainsFunc(ws, func(w string) bool { return l.headOf(w, c) }) {
					q.careers = slices.Delete(slices.Clone(q.careers), j, j+1)
					q.scope.occupations[k] = ws[s-1] + " " + o
					taken[s-1] = false
					break
				}
			}
		}
	}
}

// careersToldOnly reports whether the guides' careers a message names are
// named only in sentences that tell ("My sister is a machine learning
// engineer in San Francisco and thinks I'm crazy."), never in one that
// asks, and a sentence asks ("What does a police officer make in
// California?"): the career is someone's background, not what is asked.
func (l *Library) careersToldOnly(ctx context.Context, text string) bool {
	if !twoSentences(text) {
		return false
	}
	if !strings.Contains(text, "?") {
		// "wife does cybersecurity, i do ML eng. whats the growth outlook
		// for cybersecurity analysts": a last sentence that opens with a
		// question word asks, marked or not
		ss := sentencesOf(text)
		if len(ss) == 0 {
			return false
		}
		if f := words(ss[len(ss)-1]); len(f) == 0 || !startsQuestion(f[0]) {
			return false
		}
	}
	told, occupation := false, false
	for _, t := range sentencesOf(text) {
		f := words(t)
		if len(f) == 0 {
			continue
		}
		if !asks(t, f) && !startsQuestion(f[0]) { // (and "what certs would an MLE need", unmarked)
			told = told || len(l.findCareers(f, make([]bool, len(f)))) > 0
			continue
		}
		sq := l.analyse(ctx, t) // only the sentences that ask are read whole
		if len(sq.careers) > 0 {
			if !l.careerToldInClause(t) {
				return false
			}
			told = true // "my husband's an MLE and I'm wondering if regular SWE is calmer": the career told in a clause that asks nothing
			continue
		}
		occupation = occupation || len(sq.scope.occupations) > 0 // a sentence that asks names an occupation of its own
	}
	return told && occupation
}

// careerToldInClause reports whether a sentence that asks names the
// guides' careers only in a clause of its own, cut at "and", that asks
// nothing ("my husband's an MLE and I'm wondering if …").
func (l *Library) careerToldInClause(t string) bool {
	clauses := strings.Split(t, " and ")
	if len(clauses) < 2 {
		return false
	}
	named := false
	for _, c := range clauses {
		f := words(c)
		if len(f) == 0 || len(l.findCareers(f, make([]bool, len(f)))) == 0 {
			continue
		}
		if asks(c, f) || startsQuestion(f[0]) || slices.ContainsFunc(f, whWord) {
			return false // (and "If I went for ML engineering, what path would I follow")
		}
		named = true
	}
	return named
}

// careerToldAfterComma reports whether a one-sentence message asks about
// an occupation in its opening clause and names the guides' careers only in
// a clause after a comma that tells of someone in the asker's life ("what
// does a product manager actually do all day, my cousin is an ML engineer
// and says …").
func (l *Library) careerToldAfterComma(ctx context.Context, text string) bool {
	if twoSentences(text) {
		return false
	}
	head, tail, ok := strings.Cut(text, ", ")
	if !ok {
		return false
	}
	tf, hf := words(tail), words(head)
	if len(tf) < 3 || len(hf) == 0 || !startsQuestion(hf[0]) || !(possessive[tf[0]] && relations[tf[1]] || tellers[tf[0]]) ||
		len(l.findCareers(tf, make([]bool, len(tf)))) == 0 {
		return false
	}
	hq := l.analyse(ctx, head)
	return len(hq.careers) == 0 && len(hq.scope.occupations) > 0
}

// misspeltCareer finds a guide's name of two words or more typed with
// small typos in words: a run of words with a word neither the guides'
// words nor the lexicon know (the index may: "enginer" stems as
// "engineer" does), within the distance ResolveCareer forgives of a name
// as long. The run's words are marked taken.
func (l *Library) misspeltCareer(ws []string, taken []bool) *bot.Guide {
	if l.nameIdx == nil || l.maxWords < 2 {
		return nil
	}
	for i, w := range ws {
		if taken[i] || len(w) < 4 || !isAlpha(w) || l.m.stop[w] || l.vocab.known(w) || l.m.lex.Word(w) {
			continue
		}
		for n := min(l.maxWords, len(ws)); n >= 2; n-- {
			for from := max(0, i-n+1); from <= i && from+n <= len(ws); from++ {
				if anyTaken(taken, from, from+n-1) {
					continue
				}
				if len(w) == 4 && !slices.ContainsFunc(ws[from:from+n], func(x string) bool { return x != w && l.nameWords[x] }) {
					continue // a short word is read as a name's only beside a word of that name: "spce chef"
				}
				run := strings.Join(ws[from:from+n], " ")
				maxD := 1
				if len(run) >= 8 {
					maxD = 2
				}
				if len(run) >= 16 {
					maxD = 3
				}
				if g := l.nameIdx.closest(run, maxD); g != nil {
					for k := from; k < from+n; k++ {
						taken[k] = true
					}
					return g
				}
			}
		}
	}
	return nil
}

// vendorTitled takes back a career's name read inside a vendor's
// certificate named by a job title ("the Azure AI Engineer cert", "Azure AI
// Engineer Associate"): the words are the certificate's, read with the
// occupations, and the career counts only where it is named elsewhere.
func (l *Library) vendorTitled(q *question, text string, taken []bool) []*bot.Guide {
	ws := q.words
	var blank []int
	for i := 0; i+1 < len(ws); i++ {
		if !taken[i] || taken[i+1] || !(certNext[ws[i+1]] || ws[i+1] == "associate") {
			continue
		}
		s := i
		for s > 0 && taken[s-1] {
			s--
		}
		g := l.names[bot.NormalizeName(strings.Join(ws[s:i+1], " "))]
		if g == nil || s == 0 || l.certPairs[ws[s-1]+" "+ws[s]] != nil {
			continue // (not "Google Professional ML Engineer": a guide's own certificate)
		}
		vs := vendorStart(l.m, text, ws, s)
		if vs >= s && s == 1 && !l.m.stop[ws[0]] {
			vs = 0 // "azure ai engineer cert cost?": the vendor opens the message
		}
		if vs >= s || l.m.index[ws[vs]] != nil || l.isCareerWord(ws[vs]) {
			continue // (not "the cheapest dream cartographer credential": a word of asking)
		}
		if slices.ContainsFunc(g.Certifications, func(c bot.Cert) bool {
			return strings.Contains(strings.ToLower(c.Name), ws[vs])
		}) {
			continue // (not "google prof ML engineer cert": the guide's own)
		}
		for k := s; k <= i; k++ {
			blank = append(blank, k)
		}
	}
	if blank == nil {
		return q.careers
	}
	others := slices.Clone(ws)
	for _, k := range blank {
		others[k] = "_"
	}
	clear(taken)
	return l.findCareers(others, taken)
}

// endsSentence reports whether word w, where it first stands as a word in
// text, ends a sentence ("… make? US figures are fine").
func endsSentence(text, w string) bool {
	low := strings.ToLower(text)
	k := wordAt(low, w)
	if k < 0 {
		return false
	}
	rest := strings.TrimLeft(low[k+len(w):], " ")
	return rest != "" && (rest[0] == '?' || rest[0] == '.' || rest[0] == '!')
}

// endsLabel reports whether the word w of text is followed by a comma,
// colon or dash: the end of a label that opens a message ("EMT, 34. how
// long …", "Dispatcher — which cert …").
func endsLabel(text, w string) bool {
	low, w := strings.ToLower(text), strings.ToLower(w)
	k := wordAt(low, w)
	if k < 0 {
		return false
	}
	rest := strings.TrimLeft(low[k+len(w):], " ")
	return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "–")
}

// workVersus is the guide whose work a gerund names beside a word only
// that guide uses ("cooking in orbit", "mapping dreams"), other than the
// career the question names, when the question sets the two side by side;
// nil otherwise.
func (l *Library) workVersus(q *question, taken []bool) (*bot.Guide, int) {
	if l.terms == nil || len(l.Guides) < 2 {
		return nil, -1
	}
	for i, w := range q.words {
		if taken[i] || !strings.HasSuffix(w, "ing") || len(w) < 6 {
			continue
		}
		near := false // a word that sets it against the other, within four words
		for k := max(0, i-4); k < len(q.words) && k <= i+5; k++ {
			switch q.words[k] {
			case "than", "vs", "versus", "or", "compare", "compared", "comparing":
				near = true
			}
		}
		if !near {
			continue
		}
		gs, ok := l.terms.guidesWith(stem(w))
		if !ok {
			continue
		}
		for k := i + 1; k < len(q.words) && k <= i+3; k++ {
			if q.m.stop[q.words[k]] || !hasLetter(q.words[k]) {
				continue
			}
			if u := l.terms.onlyGuideOf([]string{q.words[k]}); u >= 0 && slices.Contains(gs, int32(u)) && l.Guides[u] != q.careers[0] {
				return l.Guides[u], i
			}
			break
		}
	}
	return nil, -1
}

// unvowelled is the word of a guide's name that w writes without its
// vowels ("qntm" for "quantum", "crtgrphr" for "cartographer"): w has no
// vowel, at least three letters, and is the name word's consonants in
// order, from its first letter; "" when none or more than one is.
func (l *Library) unvowelled(w string) string {
	if len(w) < 3 || strings.ContainsAny(w, "aeiouy") || !isAlpha(w) || !isASCII(w) {
		return ""
	}
	found := ""
	for n := range l.nameWords {
		if len(n) <= len(w) || n[0] != w[0] || !isASCII(n) {
			continue
		}
		var cons []byte
		for i := 0; i < len(n); i++ {
			if !strings.ContainsRune("aeiouy", rune(n[i])) {
				cons = append(cons, n[i])
			}
		}
		if string(cons) == w || len(cons) > len(w) && isSubsequence(w, string(cons)) && len(w)*3 >= len(cons)*2 {
			if found != "" && found != n {
				return ""
			}
			found = n
		}
	}
	return found
}

// isSubsequence reports whether the letters of a stand in b in order.
func isSubsequence(a, b string) bool {
	i := 0
	for j := 0; i < len(a) && j < len(b); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

// labelEnd matches a message's opening label: one to three words, then a
// colon or a dash ("Headcount check:", "ROI question -").
var labelEnd = regexp.MustCompile(`^\s*([A-Za-z0-9$&'/.+]+(?:\s+[A-Za-z0-9$&'/.+]+){0,2})\s*(?::|\s[-–—]\s)`)

// labelNouns end an opening label that names the kind of message.
var labelNouns = setOf("check", "question", "questions", "q", "qs", "qn", "query", "request")

// openingLabel marks the words of a message's opening label ("Headcount
// check:", "ROI question:", "Quick q -") that ask nothing themselves: a
// way of introducing the question, not a topic or a job. Words of an
// intent ("headcount"), a career, a place or a person stay.
func (l *Library) openingLabel(q *question, text string, taken []bool) {
	head := text[:min(len(text), 48)]
	if !strings.ContainsAny(head, ":-–—") {
		return // no label's end near the start (most messages)
	}
	m := labelEnd.FindStringSubmatch(text)
	if m == nil {
		return
	}
	lw := words(m[1])
	if len(lw) == 0 || !labelNouns[lw[len(lw)-1]] || len(lw) > len(q.words) {
		return
	}
	for i, w := range lw {
		if q.words[i] != w {
			return // the words were read otherwise (a shorthand spelt out)
		}
	}
	for i, w := range lw {
		if taken[i] || l.m.index[w] != nil || l.isCareerWord(w) || l.m.lex.Person(l.m.lex.Singular(w)) {
			continue
		}
		taken[i] = true
		if q.idiom == nil {
			q.idiom = map[string]bool{}
		}
		q.idiom[w] = true
	}
}

// dismissedAlternative marks the words of a yes/no question's second
// alternative when it is put as a clause of its own ("is math important
// for ML engineering or is it all just coding", "do MLEs use airflow or is
// that only for data engineers"): the first is what is asked; the second
// is the asker's doubt, no topic or job of its own. An alternative that
// sets a condition ("or can I get in without one") is kept.
func (l *Library) dismissedAlternative(q *question, taken []bool) {
	ws := q.words
	for i, w := range ws {
		if w != "or" || i < 3 || i+3 >= len(ws) {
			continue
		}
		aux, subj := ws[i+1], ws[i+2]
		if !(auxiliary[aux] || aux == "is" || aux == "are" || aux == "am") || !(subjectPronoun[subj] || subj == "it" || subj == "that" || subj == "this" || subj == "there") {
			continue
		}
		opened, content := false, 0
		for j := 0; j < i; j++ {
			if auxiliary[ws[j]] || ws[j] == "is" || ws[j] == "are" {
				opened, content = true, 0 // the yes/no question's start
			} else if opened && !l.m.stop[ws[j]] && hasLetter(ws[j]) {
				content++
			}
		}
		if !opened || content < 2 {
			continue
		}
		asks, detail := false, false
		for _, x := range ws[:i] {
			switch {
			case x == "only" || x == "just" || x == "merely":
				detail = true // "do ML engineers only train models, or do they deploy them too?": the second is the point
			case certNext[x] || x == "endorsement" || x == "permit" || x == "license" || x == "licence":
				detail = true // "does the cert expire, or is it good for life?": a detail of a credential, both ways
			case !l.m.stop[x] && hasLetter(x) && !l.isCareerWord(x) && (l.m.index[x] != nil || l.Searcher != nil && l.Searcher.Known(context.Background(), x)):
				asks = true
			}
		}
		if detail || !asks {
			continue // (and "should i bother going into ML or is it oversaturated": nothing asked before it)
		}
		end := len(ws)
		for k := i + 3; k < len(ws); k++ {
			switch ws[k] {
			case "without", "instead", "skip", "no", "not", "never", "only", "just", "also":
				if ws[k] == "only" || ws[k] == "just" || ws[k] == "also" {
					continue
				}
				return // "or can I get in without one": a condition asked
			case "what", "which", "how", "where", "when", "why", "who":
				end = k // a question of its own follows
			}
			if end < len(ws) {
				break
			}
		}
		for k := i; k < end; k++ {
			taken[k] = true
			if !slices.Contains(ws[:i], ws[k]) {
				if q.idiom == nil {
					q.idiom = map[string]bool{}
				}
				q.idiom[ws[k]] = true // no word to search for either
			}
		}
		return
	}
}

// listedAfter reports whether the two-letter word w follows a "+", "/" or
// "&" in text ("ny + wa + ma", "CA/WA"): an item of a list.
func listedAfter(text, w string) bool {
	low := strings.ToLower(text)
	for _, sep := range []string{"+ ", "+", "/ ", "/", "& "} {
		if i := strings.Index(low, sep+w); i >= 0 {
			if j := i + len(sep) + len(w); j == len(low) || !isWordByte(low[j]) {
				return true
			}
		}
	}
	return false
}

// afterToldPay is text after a first sentence that tells a figure and asks
// nothing ("Cashier at Kroger, 28k. What programming language should I
// learn?": the asker's pay, not a question of pay), or text itself.
func afterToldPay(text string) string {
	for k := 0; k < len(text); k++ {
		switch text[k] {
		case '?':
			return text
		case '.', '!':
			if k > 0 && k+1 < len(text) && text[k] == '.' && isDigitByte(text[k-1]) && isDigitByte(text[k+1]) {
				continue // "76.1k"
			}
			if rest := text[k+1:]; moneyRE.MatchString(strings.ToLower(text[:k])) && strings.ContainsAny(rest, "?") {
				if f := strings.Fields(strings.ToLower(rest)); len(f) > 0 && slices.ContainsFunc(f[:min(3, len(f))], func(w string) bool {
					w = strings.Trim(w, "?!.,")
					return w == "that" || w == "this" || w == "it" || w == "true" || w == "real" || w == "right" || w == "legit" || w == "accurate"
				}) {
					return text // "people keep saying MLEs make 300k+. is that real?": the figure is what is asked about
				}
				return rest
			}
			return text
		}
	}
	return text
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// authorship are the source intent's words of writing and publishing:
// they ask the guide's source only beside the guide or its figures.
var authorship = setOf("published", "wrote", "written")
