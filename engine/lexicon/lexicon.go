package lexicon

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"fmt"
	"hash/maphash"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

//go:generate go run ./gen -wordnet /usr/share/wordnet -intents ../intents.yaml -cldr /usr/share/unicode/cldr/common -out wordnet.gz

//go:embed wordnet.gz
var table []byte

// Lexicon answers what WordNet knows about English words: which nouns name
// occupations, which names are places (in the US, with their state, or
// elsewhere), each word's parts of speech and the synonyms of the words the
// engine's intent table declares.
type Lexicon struct {
	occupations map[string]bool
	names       map[string]bool     // occupations that are first a family name ("mason")
	byFirst     map[string][]string // occupations of several words by their first word
	plurals     map[string]string   // irregular plural → lemma ("firemen" → "fireman")
	usPlaces    map[string]string   // place → US state name ("" when ambiguous)
	foreign     map[string]bool     // places outside the US
	pos         *posTable           // word → parts of speech: n, v, a, r (and flags)
	synonyms    map[string][]string
	kinds       map[string]string    // a thing's noun → the nouns of its direct kinds, space-separated ("kitchen" → "caboose cookhouse galley kitchenette")
	things      map[string]bool      // two-word things whose last word names a job in some sense ("credit card")
	placeWords  map[string]int       // first word of a place name (US or not) of two or more words → most words
	occWords    map[string]int       // first word of an occupation of two or more words → most words
	emoji       map[string]emojiName // an emoji or symbol (no variation selectors) → CLDR's name and keywords
	emojiNamed  map[string]string    // CLDR's name of an emoji → the emoji
	emojiRunes  int                  // the most runes of an emoji in emoji
	memo        *memo                // recent words' records (memo.go)
	kindOf      *kindIndex           // kinds read the other way, built on first use
	oneWord     *oneWordIndex        // occupations of one word by length and first letter, built on first use
}

// oneWordIndex holds the occupations of one word by their length and
// first letter, for typo look-ups.
type oneWordIndex struct {
	once sync.Once
	by   map[[2]int][]string
}

// OneWordOccupations returns the occupations of one word (ASCII letters)
// of n bytes beginning with first, sorted.
func (l *Lexicon) OneWordOccupations(first byte, n int) []string {
	if l.oneWord == nil {
		return nil
	}
	l.oneWord.once.Do(func() {
		l.oneWord.by = map[[2]int][]string{}
		for o := range l.occupations {
			if strings.IndexFunc(o, func(r rune) bool { return r < 'a' || r > 'z' }) < 0 {
				k := [2]int{int(o[0]), len(o)}
				l.oneWord.by[k] = append(l.oneWord.by[k], o)
			}
		}
		for _, os := range l.oneWord.by {
			slices.Sort(os)
		}
	})
	return l.oneWord.by[[2]int{int(first), n}]
}

// kindIndex is kinds' inverse: a noun → the things it is a direct kind of.
type kindIndex struct {
	once sync.Once
	of   map[string][]string
}

var (
	once   sync.Once
	shared *Lexicon
	err    error
)

// Default returns the lexicon embedded in the binary, parsed once.
func Default() (*Lexicon, error) {
	once.Do(func() { shared, err = Parse(table) })
	return shared, err
}

// DefaultSum is a hash of the embedded table (Default's), for files that
// keep what was worked out with it.
var DefaultSum = sync.OnceValue(func() [32]byte { return sha256.Sum256(table) })

// Parse reads a gzip-compressed table written by the generator.
func Parse(gz []byte) (*Lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	all, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	// The whole table as one string; the words of the part-of-speech table
	// are read back from it (posTable).
	text := string(all)
	l := &Lexicon{kindOf: &kindIndex{}, oneWord: &oneWordIndex{}, occupations: map[string]bool{}, plurals: map[string]string{}, usPlaces: map[string]string{},
		foreign: map[string]bool{}, pos: newPosTable(text, 80000), synonyms: map[string][]string{}}
	line := 0
	for rest := text; rest != ""; {
		start := len(text) - len(rest)
		t, r, _ := strings.Cut(rest, "\n")
		t = strings.TrimSuffix(t, "\r") // as bufio.ScanLines read it
		rest = r
		line++
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		switch {
		case f[0] == "o" && len(f) == 2:
			l.occupations[f[1]] = true
			if first, _, ok := strings.Cut(f[1], " "); ok {
				if l.byFirst == nil {
					l.byFirst = map[string][]string{}
				}
				l.byFirst[first] = append(l.byFirst[first], f[1])
			}
		case f[0] == "on" && len(f) == 2:
			if l.names == nil {
				l.names = map[string]bool{}
			}
			l.names[f[1]] = true
		case f[0] == "x" && len(f) == 3:
			l.plurals[f[1]] = f[2]
		case f[0] == "u" && len(f) == 3:
			l.usPlaces[f[1]] = f[2]
		case f[0] == "p" && len(f) == 2:
			l.foreign[f[1]] = true
		case f[0] == "w" && len(f) == 3:
			l.pos.set(start+len(f[0])+1, len(f[1]), f[2])
		case f[0] == "c" && len(f) == 2:
			if l.things == nil {
				l.things = map[string]bool{}
			}
			l.things[f[1]] = true
		case f[0] == "k" && len(f) == 3:
			if l.kinds == nil {
				l.kinds = map[string]string{}
			}
			l.kinds[f[1]] = f[2]
		case f[0] == "s" && len(f) == 3:
			l.synonyms[f[1]] = strings.Fields(f[2])
		case f[0] == "e" && len(f) == 4:
			if l.emoji == nil {
				l.emoji, l.emojiNamed = map[string]emojiName{}, map[string]string{}
			}
			var kw []string
			if f[3] != "" {
				kw = strings.Split(f[3], "|")
			}
			l.emoji[f[1]] = emojiName{name: f[2], keywords: kw}
			for _, n := range []string{f[2], strings.ReplaceAll(f[2], " ", "")} { // ":moneybag:"
				if old, ok := l.emojiNamed[n]; !ok || len(f[1]) < len(old) {
					l.emojiNamed[n] = f[1]
				}
			}
			l.emojiRunes = max(l.emojiRunes, utf8.RuneCountInString(f[1]))
		default:
			return nil, fmt.Errorf("lexicon: line %d: unknown record %q", line, t)
		}
	}
	l.pos.done()
	l.placeWords = map[string]int{}
	for name := range l.usPlaces {
		addFirstWord(l.placeWords, name)
	}
	for name := range l.foreign {
		addFirstWord(l.placeWords, name)
	}
	l.occWords = map[string]int{}
	for name := range l.occupations {
		addFirstWord(l.occWords, name)
	}
	l.memo = &memo{seed: maphash.MakeSeed()}
	return l, nil
}

// addFirstWord records in m the first word of a name of more than one word,
// with the most words of such a name.
func addFirstWord(m map[string]int, name string) {
	first, _, multi := strings.Cut(name, " ")
	if !multi {
		return
	}
	if n := strings.Count(name, " ") + 1; n > m[first] {
		m[first] = n
	}
}

// OccupationWords returns the most words (counted by their spaces) of an
// occupation whose first word is w: 0 when no occupation of two or more
// words begins with w. Occupation of a phrase of n > 1 words beginning
// with w (joined by single spaces, w without a space of its own) can only
// be true when OccupationWords(w) >= n: Singular changes its last word
// only.
func (l *Lexicon) OccupationWords(w string) int {
	if f := l.facts(w); f != nil {
		return int(f.occWords)
	}
	return l.occWords[w]
}

// PlaceWords returns the most words (counted by their spaces) of a place
// name, in the US or elsewhere (USPlace, Foreign), whose first word is w:
// 0 when no name of two or more words begins with w. A run of n > 1 words
// starting with w (joined by single spaces, w without a space of its own)
// can only be a place name when PlaceWords(w) >= n.
func (l *Lexicon) PlaceWords(w string) int {
	if f := l.facts(w); f != nil {
		return int(f.placeWords)
	}
	return l.placeWordsOf(w)
}

func (l *Lexicon) placeWordsOf(w string) int {
	if n, ok := l.placeWords[w]; ok || ascii(w) {
		return n
	}
	return l.placeWords[foldRunes(strings.Clone(w))] // a copy: w itself never escapes
}

// Occupation reports whether a lowercase noun phrase ("plumber", "dental
// hygienist") names an occupation, singular or plural.
func (l *Lexicon) Occupation(phrase string) bool {
	if f := l.facts(phrase); f != nil {
		return f.occupation
	}
	return l.occupations[phrase] || l.occupations[l.Singular(phrase)]
}

// CompoundOccupation returns the occupation a closed compound WordNet
// lacks ends in ("hypnotherapists" → "therapist", "zookeeper" → "keeper"):
// a word that is no English word itself, whose last five or more letters
// are an occupation and whose first three or more are not nothing; or
// whose last letters are a person who does something ("-er": "maker",
// "walker") to the noun before them ("mapmakers" → "maker", "dogwalker").
// "" otherwise. Names a guide uses must be ruled out by the caller.
func (l *Lexicon) CompoundOccupation(w string) string {
	if l.Word(w) {
		return ""
	}
	for _, form := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")} {
		for k := 3; len(form)-k >= 5; k++ {
			if tail := form[k:]; l.occupations[tail] || l.doer(tail) && l.Noun(form[:k]) {
				return tail
			}
		}
	}
	return ""
}

// doer reports whether w is a person named for what they do: a verb and
// "-er" ("maker", "walker", "sitter"), not "daughter".
func (l *Lexicon) doer(w string) bool {
	stem, ok := strings.CutSuffix(w, "er")
	if !ok || !l.Person(w) {
		return false
	}
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
		stem = stem[:n-1] // "sitter"
	}
	return l.Verb(stem) || l.Verb(stem+"e")
}

// CompletePhrase returns the one occupation of two or more words that
// begins with the phrase, its last word cut short ("dental hyg" →
// "dental hygienist"); "" when none or several do.
func (l *Lexicon) CompletePhrase(phrase string) string {
	first, _, ok := strings.Cut(phrase, " ")
	if !ok {
		return ""
	}
	found := ""
	for _, o := range l.byFirst[first] {
		if strings.HasPrefix(o, phrase) && !strings.Contains(o[len(phrase):], " ") {
			if found != "" && found != o {
				return ""
			}
			found = o
		}
	}
	return found
}

// FamilyName reports whether an occupation's word is first a family name
// in WordNet ("mason", "turner", "barber"): capitalised, it names a person.
func (l *Lexicon) FamilyName(w string) bool { return l.names[w] || l.names[l.Singular(w)] }

// Singular turns a plural noun phrase into its lemma ("web developers" →
// "web developer", "firemen" → "fireman", "secretaries" → "secretary"); other
// words come back as they are.
func (l *Lexicon) Singular(phrase string) string {
	if f := l.facts(phrase); f != nil {
		return f.singular
	}
	return l.singular(phrase)
}

func (l *Lexicon) singular(phrase string) string {
	head := phrase
	pre := ""
	if i := strings.LastIndexByte(phrase, ' '); i >= 0 {
		pre, head = phrase[:i+1], phrase[i+1:]
	}
	if s, ok := l.plurals[head]; ok && !strings.Contains(l.pos.get(head), "n") {
		// Not when the word is a noun of its own: "dive" is not read as
		// the plural of "diva".
		return pre + s
	}
	for _, r := range []struct{ suf, rep string }{{"men", "man"}, {"ies", "y"}, {"ses", "s"}, {"ches", "ch"}, {"shes", "sh"}, {"xes", "x"}, {"oes", "o"}, {"s", ""}} {
		if strings.HasSuffix(head, r.suf) && len(head) >= len(r.suf)+2 && !(r.suf == "s" && strings.HasSuffix(head, "ss")) { // "pass" is no plural of "pa"
			cand := strings.TrimSuffix(head, r.suf) + r.rep
			if l.occupations[pre+cand] || l.pos.get(cand) != "" {
				return pre + cand
			}
		}
	}
	return phrase
}

// USPlace returns the US state a place is in ("seattle" → "washington";
// "" with ok when the name is a US place in several states).
func (l *Lexicon) USPlace(name string) (state string, ok bool) {
	if state, ok = l.usPlaces[name]; ok || ascii(name) {
		return state, ok
	}
	state, ok = l.usPlaces[foldRunes(strings.Clone(name))]
	return state, ok
}

// Foreign reports whether a name is a place outside the US only ("london",
// "canada", "bavaria").
func (l *Lexicon) Foreign(name string) bool {
	if f := l.facts(name); f != nil {
		return f.foreign
	}
	return l.foreignName(name)
}

func (l *Lexicon) foreignName(name string) bool {
	if v := l.foreign[name]; v || ascii(name) {
		return v
	}
	return l.foreign[foldRunes(strings.Clone(name))]
}

// ascii reports whether s is all ASCII: then it has no accents to fold.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldRunes drops the accents of a name ("são paulo" → "sao paulo",
// "zürich"): WordNet spells places without them.
func foldRunes(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Word reports whether w is a common English word (any part of speech).
func (l *Lexicon) Word(w string) bool {
	if f := l.facts(w); f != nil {
		return f.pos != "" || f.posSingular != ""
	}
	return l.pos.get(w) != "" || l.pos.get(l.Singular(w)) != ""
}

// posOf returns pos.get(w), from w's record when the memo keeps it.
func (l *Lexicon) posOf(w string) string {
	if f := l.facts(w); f != nil {
		return f.pos
	}
	return l.pos.get(w)
}

// posBoth returns pos.get(w) and pos.get(Singular(w)), from w's record
// when the memo keeps it.
func (l *Lexicon) posBoth(w string) (string, string) {
	if f := l.facts(w); f != nil {
		return f.pos, f.posSingular
	}
	return l.pos.get(w), l.pos.get(l.Singular(w))
}

// Adjective reports whether w is an adjective in WordNet.
func (l *Lexicon) Adjective(w string) bool { return strings.Contains(l.posOf(w), "a") }

// Noun reports whether w (or its singular) is a common noun in WordNet.
func (l *Lexicon) Noun(w string) bool {
	p, sg := l.posBoth(w)
	return strings.Contains(p, "n") || strings.Contains(sg, "n")
}

// has reports whether w or its singular carries the flag.
func (l *Lexicon) has(w, flag string) bool {
	p, sg := l.posBoth(w)
	return strings.Contains(p, flag) || strings.Contains(sg, flag)
}

// Time reports whether w is a noun for a span or point of time ("decade").
func (l *Lexicon) Time(w string) bool { return l.has(w, "t") }

// CommonVerb reports whether w is an everyday verb in WordNet's tagged
// corpus ("come", "stand", "join"): not the topic of a question.
func (l *Lexicon) CommonVerb(w string) bool {
	if f := l.facts(w); f != nil {
		return f.commonVerb
	}
	return l.commonVerb(w)
}

func (l *Lexicon) commonVerb(w string) bool {
	var stack [5]string // w and at most four lemmas: no allocation
	for _, f := range appendVerbForms(stack[:0], w) {
		if strings.Contains(l.pos.get(f), "c") {
			return true
		}
	}
	return false
}

// appendVerbForms appends w and the lemmas it may be an inflection of
// ("sets" → "set", "paid" is left to WordNet's own entries) to out.
func appendVerbForms(out []string, w string) []string {
	out = append(out, w)
	for _, suf := range [...]string{"s", "es", "ed", "d"} {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) > 1 {
			out = append(out, s)
		}
	}
	return out
}

// MostlyAdjective reports whether w is used as an adjective more than as a
// noun in WordNet's tagged corpus ("possible", "normal", "true").
func (l *Lexicon) MostlyAdjective(w string) bool { return strings.Contains(l.posOf(w), "j") }

// General reports whether w (or its singular) is a general noun: tagged
// often in WordNet's corpus and with many senses ("line", "point", "side",
// "question"), too broad to be a topic a question asks about.
func (l *Lexicon) General(w string) bool {
	p, sg := l.posBoth(w)
	return strings.Contains(p, "g") || strings.Contains(sg, "g")
}

// JobSense reports whether w names a job in a sense that is not its most
// frequent ("operator"): a job when another noun says which ("machine
// operator").
func (l *Lexicon) JobSense(w string) bool {
	_, sg := l.posBoth(w)
	return strings.Contains(sg, "h")
}

// Relational reports whether w is an adjective WordNet relates to the noun
// it pertains to ("chemical", "mechanical", "dental"): before a job's noun
// it names a kind of job, where "senior" or "good" only qualify.
func (l *Lexicon) Relational(w string) bool { return strings.Contains(l.posOf(w), "k") }

// Field reports whether the noun w (or its singular) names, in its most
// frequent sense, a field of study or a line of work ("astronomy",
// "dentistry", "carpentry", "science").
func (l *Lexicon) Field(w string) bool { return l.has(w, "f") }

// Adverb reports whether WordNet knows w as an adverb ("nationally").
func (l *Lexicon) Adverb(w string) bool { return strings.Contains(l.posOf(w), "r") }

// VerbForm reports whether w is a verb or a regular inflection of one
// ("maps", "weighed").
func (l *Lexicon) VerbForm(w string) bool {
	var stack [5]string
	for _, f := range appendVerbForms(stack[:0], w) {
		if l.Verb(f) {
			return true
		}
	}
	return false
}

// Verb reports whether w is a verb in WordNet.
func (l *Lexicon) Verb(w string) bool { return strings.Contains(l.posOf(w), "v") }

// OnlyNoun reports whether w (or its singular) is a noun and nothing else
// in WordNet ("policy", "bonuses"; not "pull" or "stand").
func (l *Lexicon) OnlyNoun(w string) bool {
	p, sg := l.posBoth(w)
	if p == "" {
		p = sg
	}
	return strings.Trim(p, "ptcjf") == "n"
}

// Person reports whether some sense of the noun w (or its singular) is a
// kind of person ("newbie", "recruiters").
func (l *Lexicon) Person(w string) bool {
	p, sg := l.posBoth(w)
	return strings.Contains(p, "p") || strings.Contains(sg, "p")
}

// Thing reports whether a two-word noun ("credit card", "device
// driver") names a thing, not a person, though its last word may name a
// job; the last word is given singular.
func (l *Lexicon) Thing(phrase string) bool { return l.things[phrase] }

// Kinds returns the one-word nouns WordNet files as direct kinds of the
// thing, food, place or plant w ("kitchen" → "caboose", "cookhouse",
// "galley", "kitchenette"), nil for other words.
func (l *Lexicon) Kinds(w string) []string {
	if s, ok := l.kinds[w]; ok {
		return strings.Fields(s)
	}
	return nil
}

// KindOf returns the things, foods, places or plants WordNet files w (or
// its singular) as a direct kind of ("galley" → "kitchen", "watercraft"),
// nil for other words: Kinds read the other way. A word with none is no
// such concrete thing ("superposition").
func (l *Lexicon) KindOf(w string) []string {
	x := l.kindOf
	if x == nil {
		return nil
	}
	x.once.Do(func() {
		x.of = map[string][]string{}
		for parent, ks := range l.kinds {
			for _, k := range strings.Fields(ks) {
				x.of[k] = append(x.of[k], parent)
			}
		}
	})
	if p, ok := x.of[w]; ok {
		return p
	}
	return x.of[l.Singular(w)]
}

// Synonyms returns WordNet's synonyms of a word the intent table expands
// (its most frequent sense only), without the word itself.
func (l *Lexicon) Synonyms(w string) []string { return l.synonyms[w] }

// emojiName is what CLDR says of an emoji in English.
type emojiName struct {
	name     string   // the text-to-speech name ("rocket", "money bag")
	keywords []string // the other keywords ("space"; "bag", "dollar", "money")
}

// Emoji returns CLDR's English name and keywords for an emoji or symbol
// ("🚀": "rocket", ["space"]), variation selectors (U+FE0F) ignored; ok is
// false when CLDR names none.
func (l *Lexicon) Emoji(s string) (name string, keywords []string, ok bool) {
	if strings.Contains(s, "\uFE0F") {
		s = strings.ReplaceAll(s, "\uFE0F", "")
	}
	e, ok := l.emoji[s]
	return e.name, e.keywords, ok
}

// EmojiRunes is the most runes an emoji Emoji knows is made of (a family
// or a flag is several), for reading the longest one at a place in text.
func (l *Lexicon) EmojiRunes() int { return l.emojiRunes }

// EmojiNamed returns the emoji CLDR names name in English ("money with
// wings": 💸), as chat platforms' shortcodes name them (":money_with_wings:").
func (l *Lexicon) EmojiNamed(name string) (string, bool) {
	e, ok := l.emojiNamed[name]
	return e, ok
}
