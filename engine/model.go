package engine

import (
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/engine/lexicon"
)

//go:embed intents.yaml
var intentsYAML []byte

// model is the engine's language knowledge: the declared intent table
// (intents.yaml) expanded with WordNet synonyms, plus the WordNet lexicon.
type model struct {
	intents   map[string][]string        // intent → words
	index     map[string]map[string]bool // word → intents
	weak      map[string]bool
	routing   []string
	payVerbs  map[string]bool
	payNext   map[string]bool
	shorthand map[string][]string
	// emoji holds what a few pictures stand for in chat where CLDR's name
	// says only what they show ("📍": where, not "round pushpin").
	emoji map[string]string
	// translate holds words of other languages and their English, applied
	// to a message with at least two of them.
	translate map[string][]string
	// foreignStop are the little words of other languages (articles,
	// pronouns, prepositions, "is" and "of"): Snowball's stop lists for
	// Spanish, Portuguese, French, Italian and German, as bleve ships them,
	// and the intent table's function_words for languages written in Latin
	// letters that bleve has no list for (Hindi, Tagalog, Arabic); less
	// the English stop words and the translation table's words.
	foreignStop map[string]bool
	// shorthand2 holds the shorthand typed with a mark inside ("w/o"),
	// which reading splits into two words: keyed by the first ("w"), then
	// the second ("o"), so that a word that starts none is turned away
	// without building the pair.
	shorthand2 map[string]map[string][]string
	acronyms   map[string][]string // as typed, in capitals ("RN")
	roles      map[string]bool
	origin     map[string]bool
	goal       map[string]bool
	topics     map[string]bool
	compounds  [][]string
	stop       map[string]bool
	greetings  map[string]bool
	negation   map[string]bool
	nicknames  map[string]bot.USState // nickname → state
	employers  map[string]bool
	empCues    map[string]bool
	companies  map[string]string // a named employer as typed in lower case → its name
	payPhrase  []string          // each with a space either side, to find in " "+words+" "
	headIntent map[string]bool   // intents that make a question of their own
	switches   []string          // as payPhrase
	fillers    []string          // as payPhrase: chat phrases that name no topic ("sanity check")
	switchW    map[string]bool
	lex        *lexicon.Lexicon
	// placeStarts are the first words of the nicknames and large cities of
	// more than one word (findPlaces).
	placeStarts phraseStarts
	// joinStarts holds every proper prefix of the topics' and the intent
	// table's words: two words of a question joined ("part"+"time") can only
	// be one of them when the first is one of these.
	joinStarts map[string]bool
	// stopOccupations are the stop words the lexicon reads as occupations,
	// worked out once (Occupation of a word tries its plural forms, a
	// look-up each).
	stopOccupations map[string]bool
	// intentLists keeps intentsOf's intents as a list, by word
	// (intentlist.go).
	intentLists wordMemo[[]string]
}

type intentSpec struct {
	Words   []string `yaml:"words"`
	WordNet []string `yaml:"wordnet"`
	Weak    []string `yaml:"weak"`
}

type modelSpec struct {
	Intents     map[string]intentSpec `yaml:"intents"`
	Routing     []string              `yaml:"routing"`
	PayVerbs    []string              `yaml:"pay_verbs"`
	PayVerbNext []string              `yaml:"pay_verb_next"`
	Shorthand   map[string]string     `yaml:"shorthand"`
	Acronyms    map[string]string     `yaml:"acronyms"`
	Roles       []string              `yaml:"roles"`
	Origin      []string              `yaml:"origin"`
	Goal        []string              `yaml:"goal"`
	Topics      []string              `yaml:"lacking_topics"`
	Compounds   []string              `yaml:"compounds"`
	Stopwords   []string              `yaml:"stopwords"`
	Greetings   []string              `yaml:"greetings"`
	Negation    []string              `yaml:"negation"`
	Nicknames   map[string]string     `yaml:"state_nicknames"`
	PayPhrases  []string              `yaml:"pay_phrases"`
	Switch      []string              `yaml:"switch_phrases"`
	SwitchWords []string              `yaml:"switch_words"`
	Employers   []string              `yaml:"employers"`
	EmployerCue []string              `yaml:"employer_cues"`
	Companies   []string              `yaml:"companies"`
	Fillers     []string              `yaml:"fillers"`
	Translate   map[string]string     `yaml:"translations"`
	Function    []string              `yaml:"function_words"`
	Emoji       map[string]string     `yaml:"emoji"`
}

// factIntents are the intents that are not section kinds.
var factIntents = []string{"salary", "source", "employed", "cost", "most", "least", "state", "education", "license", "compare", "outlook"}

var (
	modelOnce sync.Once
	theModel  *model
	modelErr  error
)

// Preload starts parsing the embedded intent table and lexicon on another
// goroutine, so that a library built later (NewLibrary) finds them ready:
// a server calls it before it loads its guides.
func Preload() {
	go func() {
		_, _ = loadModel()
		_ = stemFileVersion()
		_ = tableFileVersion()
	}()
}

// loadModel parses and validates the embedded intent table once.
func loadModel() (*model, error) {
	modelOnce.Do(func() {
		lex, err := lexicon.Default()
		if err != nil {
			modelErr = err
			return
		}
		theModel, modelErr = parseModel("engine/intents.yaml", intentsYAML, lex)
	})
	return theModel, modelErr
}

// parseModel reads an intent table; errors name the file, line and key.
func parseModel(name string, data []byte, lex *lexicon.Lexicon) (*model, error) {
	var spec modelSpec
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&spec); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	var root yaml.Node
	_ = yaml.Unmarshal(data, &root)
	lineOf := func(path ...string) int {
		n := &root
		if len(n.Content) > 0 {
			n = n.Content[0]
		}
		line := n.Line
		for _, p := range path {
			found := false
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == p {
					line, n, found = n.Content[i].Line, n.Content[i+1], true
					break
				}
			}
			if !found {
				break
			}
		}
		return line
	}
	bad := func(msg string, path ...string) error {
		return fmt.Errorf("%s:%d: %s: %s", name, lineOf(path...), strings.Join(path, "."), msg)
	}
	known := map[string]bool{}
	for _, k := range factIntents {
		known[k] = true
	}
	for _, k := range bot.Kinds {
		known[k] = true
	}
	m := &model{intents: map[string][]string{}, index: map[string]map[string]bool{}, weak: map[string]bool{},
		shorthand: map[string][]string{}, shorthand2: map[string]map[string][]string{}, acronyms: map[string][]string{}, lex: lex}
	for intent, s := range spec.Intents {
		if !known[intent] {
			return nil, bad("unknown intent (want a section kind or one of "+strings.Join(factIntents, ", ")+")", "intents", intent)
		}
		if len(s.Words) == 0 {
			return nil, bad("no words", "intents", intent, "words")
		}
		words := map[string]bool{}
		for _, w := range s.Words {
			if w == "" || w != strings.ToLower(w) || strings.ContainsAny(w, " \t") {
				return nil, bad(fmt.Sprintf("%q is not one lowercase word", w), "intents", intent, "words")
			}
			words[w] = true
		}
		for _, w := range s.Weak {
			if !words[w] {
				return nil, bad(fmt.Sprintf("weak word %q is not among the intent's words", w), "intents", intent, "weak")
			}
			m.weak[w] = true
		}
		for _, seed := range s.WordNet {
			words[seed] = true
			for _, syn := range lex.Synonyms(seed) {
				words[syn] = true
			}
		}
		for w := range words {
			m.intents[intent] = append(m.intents[intent], w)
			if m.index[w] == nil {
				m.index[w] = map[string]bool{}
			}
			m.index[w][intent] = true
		}
	}
	for _, k := range spec.Routing {
		if _, ok := spec.Intents[k]; !ok {
			return nil, bad(fmt.Sprintf("%q is not an intent", k), "routing")
		}
	}
	m.routing = spec.Routing
	for k, v := range spec.Shorthand {
		if k != strings.ToLower(k) || strings.ContainsAny(k, "\t") || strings.Contains(k, "  ") {
			return nil, bad(fmt.Sprintf("%q is not lowercase words", k), "shorthand", k)
		}
		switch ws := words(k); len(ws) {
		case 1:
			m.shorthand[ws[0]] = strings.Fields(strings.ToLower(v))
		case 2:
			if m.shorthand2[ws[0]] == nil {
				m.shorthand2[ws[0]] = map[string][]string{}
			}
			m.shorthand2[ws[0]][ws[1]] = strings.Fields(strings.ToLower(v))
		default:
			return nil, bad(fmt.Sprintf("%q reads as %d words; a shorthand is one word, or two (\"w/o\", \"code monkey\")", k, len(ws)), "shorthand", k)
		}
	}
	m.emoji = map[string]string{}
	for k, v := range spec.Emoji {
		e := strings.ReplaceAll(k, "\uFE0F", "")
		if _, _, ok := m.lex.Emoji(e); !ok {
			return nil, bad(fmt.Sprintf("%q is no emoji the lexicon knows", k), "emoji", k)
		}
		ws := words(v)
		if len(ws) == 0 || len(ws) > 3 {
			return nil, bad(fmt.Sprintf("%q should stand for one to three words", k), "emoji", k)
		}
		m.emoji[e] = strings.Join(ws, " ")
	}
	m.translate = map[string][]string{}
	for k, v := range spec.Translate {
		if k != strings.ToLower(k) || len(words(k)) != 1 {
			return nil, bad(fmt.Sprintf("%q is not one lowercase word", k), "translations", k)
		}
		m.translate[words(k)[0]] = strings.Fields(strings.ToLower(v))
	}
	for k, v := range spec.Acronyms {
		if up := strings.TrimSuffix(k, "s"); len(up) < 2 || up != strings.ToUpper(up) || strings.ContainsAny(k, " \t") {
			return nil, bad(fmt.Sprintf("%q is not one word in capitals (a plural may end in s)", k), "acronyms", k)
		}
		m.acronyms[k] = strings.Fields(strings.ToLower(v))
	}
	for k, v := range spec.Acronyms {
		// "CNAs": the plural of an acronym the table gives only in the
		// singular, its last word made plural.
		if _, ok := m.acronyms[k+"s"]; !ok && !strings.HasSuffix(k, "s") && len(v) > 0 {
			ws := slices.Clone(m.acronyms[k])
			ws[len(ws)-1] = pluralNoun(ws[len(ws)-1])
			m.acronyms[k+"s"] = ws
		}
	}
	m.payVerbs, m.payNext = setOf(spec.PayVerbs...), setOf(spec.PayVerbNext...)
	m.roles, m.origin, m.goal = setOf(spec.Roles...), setOf(spec.Origin...), setOf(spec.Goal...)
	m.topics = setOf(spec.Topics...)
	for _, c := range spec.Compounds {
		m.compounds = append(m.compounds, strings.Fields(strings.ToLower(c)))
	}
	m.stop, m.greetings, m.negation = setOf(spec.Stopwords...), setOf(spec.Greetings...), setOf(spec.Negation...)
	m.foreignStop = map[string]bool{}
	for _, w := range append(snowballStopWords(), spec.Function...) {
		k := words(w)
		if len(k) != 1 || m.stop[k[0]] {
			continue
		}
		if _, ok := m.translate[k[0]]; !ok {
			m.foreignStop[k[0]] = true
		}
	}
	m.nicknames = map[string]bot.USState{}
	for k, code := range spec.Nicknames {
		st, ok := bot.StateByCode(code)
		if !ok {
			return nil, bad(fmt.Sprintf("%q is not a US state code", code), "state_nicknames", k)
		}
		m.nicknames[k] = st
	}
	m.placeStarts = phraseStarts{}
	for k := range m.nicknames {
		m.placeStarts.add(k)
	}
	for k := range usCities {
		m.placeStarts.add(k)
	}
	m.employers, m.empCues = setOf(spec.Employers...), setOf(spec.EmployerCue...)
	m.companies = map[string]string{}
	for _, c := range spec.Companies {
		k := strings.ToLower(c)
		if strings.ContainsAny(k, " \t") || k == "" {
			return nil, bad(fmt.Sprintf("%q is not one word", c), "companies", c)
		}
		m.companies[k] = c
	}
	m.payPhrase, m.switches, m.switchW = padded(spec.PayPhrases), padded(spec.Switch), setOf(spec.SwitchWords...)
	m.fillers = padded(spec.Fillers)
	m.headIntent = map[string]bool{}
	for k := range m.intents {
		switch k {
		case "most", "least", "state", "compare":
		default:
			m.headIntent[k] = true
		}
	}
	for key, set := range map[string]map[string]bool{"stopwords": m.stop, "roles": m.roles, "origin": m.origin, "greetings": m.greetings} {
		if len(set) == 0 {
			return nil, bad("empty", key)
		}
	}
	m.stopOccupations = map[string]bool{}
	for w := range m.stop {
		if lex.Occupation(w) {
			m.stopOccupations[w] = true
		}
	}
	m.joinStarts = map[string]bool{}
	for k := range m.topics {
		addPrefixes(m.joinStarts, k)
	}
	for k := range m.index {
		addPrefixes(m.joinStarts, k)
	}
	return m, nil
}

// addPrefixes adds to set every proper, non-empty prefix of w.
func addPrefixes(set map[string]bool, w string) {
	for i := 1; i < len(w); i++ {
		set[w[:i]] = true
	}
}

// padded returns the phrases with a space either side: what a question's
// words joined by spaces, padded the same way, contain when it says them.
func padded(phrases []string) []string {
	out := make([]string, len(phrases))
	for i, p := range phrases {
		out[i] = " " + p + " "
	}
	return out
}

// fieldSuffixes turn a worker's noun into its field's: cartographer →
// cartography, gardener → gardening, engineer → engineering, biologist →
// biology, physicist → physics, horticulturist → horticulture, chemist →
// chemistry, surveyor → surveying.
var fieldSuffixes = [][2]string{{"er", "y"}, {"er", "ing"}, {"", "ing"}, {"ist", "y"}, {"ist", "ics"}, {"ist", "e"}, {"ist", "ry"}, {"or", "ing"}}

// fieldsOf returns the nouns WordNet knows for the field of a worker's
// noun; none for words that are not workers' nouns.
func (m *model) fieldsOf(worker string) []string {
	var out []string
	for _, s := range fieldSuffixes {
		if !strings.HasSuffix(worker, s[0]) || len(worker) < len(s[0])+4 {
			continue
		}
		f := strings.TrimSuffix(worker, s[0]) + s[1]
		if f != worker && m.lex.Noun(f) && !m.lex.Person(f) && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// intentsOf returns the intents a word signals: its own, or those of its
// singular when the table lists only that ("medians", "headcounts").
func (m *model) intentsOf(w string) map[string]bool {
	in := m.index[w]
	if in == nil && len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") {
		if sg := m.lex.Singular(w); sg != w {
			in = m.index[sg]
		} else {
			in = m.index[w[:len(w)-1]]
		}
	}
	return in
}

// pluralNoun is the regular plural of an English noun ("nurse" → "nurses",
// "secretary" → "secretaries", "coach" → "coaches").
func pluralNoun(w string) string {
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// foreignMessage reports whether a message is written in another language
// the translation table knows: at least two of its words are the table's
// and no English word ("tipo", "para" and the little words alone do not
// make a message foreign).
func (m *model) foreignMessage(ws []string) (message, some bool) {
	for _, w := range ws {
		if some = len(w) >= 3 && m.notEnglish(w) || m.littleForeign(w); some {
			break
		}
	}
	if !some {
		return false, false // most messages: not one word of another language
	}
	strong, all := 0, 0
	for i, w := range ws {
		if i+1 < len(ws) && placeWord(m, w+" "+ws[i+1]) || i > 0 && placeWord(m, ws[i-1]+" "+w) {
			continue // "Los Angeles", "San Jose": a place's name
		}
		if _, ok := m.translate[w]; ok {
			all++
			if len(w) >= 3 && !m.lex.Word(w) && m.shorthand[w] == nil { // ("sal": chat shorthand for salary, not Spanish salt)
				strong++
			}
		} else if m.littleForeign(w) {
			all++
			strong++ // "pour", "liye", "nang": little words English has not
		}
	}
	return strong >= 2 || strong == 1 && all >= 2, true // "salario de un electricista en California", "Gehalt als ML Engineer in Berlin?"
}

// littleForeign reports whether w is a little word of another language
// that English has not ("pour", "liye", "nang").
func (m *model) littleForeign(w string) bool {
	return len(w) >= 3 && m.foreignStop[w] && !m.lex.Word(w) && m.shorthand[w] == nil && m.index[w] == nil
}

// notEnglish reports whether w is a word of the translation table that
// English has not.
func (m *model) notEnglish(w string) bool {
	_, ok := m.translate[w]
	return ok && !m.lex.Word(w)
}

// foreignWord reports whether a message has a word of another language
// the table holds that could be no English word ("gehalt", "sueldo").
func (m *model) foreignWord(ws []string) bool {
	for _, w := range ws {
		if m.strongForeign(w) {
			return true
		}
	}
	return false
}

// strongForeign reports whether w is a word of the translation table that
// is no English word and long enough not to be a chat abbreviation.
func (m *model) strongForeign(w string) bool {
	return len(w) >= 4 && len(m.translate[w]) > 0 && m.notEnglish(w) && m.shorthand[w] == nil
}

// translatedWords is raw and low with only the table's words that are no
// English read in English.
func (m *model) translatedWords(raw, low []string) ([]string, []string) {
	outRaw, outLow := make([]string, 0, len(low)+2), make([]string, 0, len(low)+2)
	for i, w := range low {
		if m.strongForeign(w) {
			e := m.translate[w]
			outRaw, outLow = append(outRaw, e...), append(outLow, e...)
			continue
		}
		outRaw, outLow = append(outRaw, raw[i]), append(outLow, w)
	}
	return outRaw, outLow
}

// translated is a message's words, as typed and lower-cased, with the
// translation table's words in English (names keep their capitals).
func (m *model) translated(raw, low []string) ([]string, []string) {
	outRaw, outLow := make([]string, 0, len(low)+4), make([]string, 0, len(low)+4)
	for i := 0; i < len(low); i++ {
		w := low[i]
		e, ok := m.translate[w]
		if !ok {
			e, ok = m.translatePlural(w)
		}
		if !ok && m.foreignStop[w] && m.index[w] == nil && m.shorthand[w] == nil && (!m.lex.Word(w) || len(w) <= 4) &&
			raw[i] != strings.ToUpper(raw[i]) && !placeWord(m, w) {
			continue // "pour", "ke liye", "ng": the little words of the other language say nothing to read (not "LA", a place)
		}
		if !ok {
			outRaw, outLow = append(outRaw, raw[i]), append(outLow, w)
			continue
		}
		_, prevTable := m.translate[low[max(i-1, 0)]]
		modified := i > 0 && !prevTable && !m.stop[low[i-1]] // "orbital chefs empleados": English order already
		if from := i + 1; len(e) == 1 && m.lex.Occupation(m.lex.Singular(e[0])) && from < len(low) && !modified {
			// "ingeniero de machine learning", "ingénieur machine learning":
			// the field first, as English says it ("machine learning
			// engineer"); up to two words, to the next word of the table.
			if ofField[low[from]] {
				from++
			}
			// "jardinero cuántico", "cartógrafo de sueños": a word the
			// table reads as one content word is part of the field too.
			var field []string
			j := from
			for j < len(low) && j < from+2 {
				w := low[j]
				if t, ok := m.translate[w]; ok {
					if len(t) == 0 || m.stop[t[0]] || ofField[w] || len(t) == 1 && (m.index[t[0]] != nil || m.lex.Verb(t[0]) && !m.lex.Noun(t[0])) {
						break // not "ganha" (earns) in "engenheiro de ML ganha mais"
					}
					if len(t) == 1 {
						field = append(field, m.lex.Singular(t[0])) // "sueños": the dream in "dream cartographer"
					} else {
						field = append(field, t...) // "apprentissage": machine learning
					}
				} else if m.stop[w] || m.foreignStop[w] || placeWord(m, w) {
					break // "cocinero en Madrid", "Koch auf einer Raumstation": where, not the field
				} else {
					field = append(field, raw[j])
				}
				j++
			}
			if len(field) > 0 {
				for _, f := range field {
					outRaw, outLow = append(outRaw, f), append(outLow, strings.ToLower(f))
				}
				outRaw, outLow = append(outRaw, e[0]), append(outLow, e[0])
				i = j - 1
				continue
			}
		}
		if len(e) == 1 && raw[i] != "" && raw[i][0] >= 'A' && raw[i][0] <= 'Z' {
			outRaw, outLow = append(outRaw, strings.ToUpper(e[0][:1])+e[0][1:]), append(outLow, e...) // "Japón": Japan
			continue
		}
		outRaw, outLow = append(outRaw, e...), append(outLow, e...)
	}
	return outRaw, outLow
}

// translatePlural reads a plural in -s or -es ("enfermeras",
// "encanadores") from its singular in the table, when that is one English
// noun ("nurses", "plumbers").
func (m *model) translatePlural(w string) ([]string, bool) {
	for _, suf := range []string{"es", "s"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 4 {
			continue
		}
		if e, ok := m.translate[stem]; ok && len(e) == 1 && m.lex.Noun(e[0]) {
			return []string{pluralNoun(e[0])}, true
		}
	}
	return nil, false
}

// ofField are the words other languages put between a worker and their
// field ("ingeniero de datos", "ingénieur en logiciel").
var ofField = setOf("de", "do", "da", "des", "du", "en")

// intentShorthand is the word a one-word piece of chat shorthand stands for
// when that word signals an intent ("sal" → "salary", "certs" →
// "certifications"); "" otherwise.
func (m *model) intentShorthand(w string) string {
	if sh := m.shorthand[w]; len(sh) == 1 && len(w) >= 3 && m.index[sh[0]] != nil {
		return sh[0]
	}
	return ""
}
