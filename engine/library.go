package engine

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/careerbot-dev/careerbot/bot"
)

// Library is one loaded, indexed set of guides. It is immutable once built;
// the Engine swaps whole libraries on reload.
type Library struct {
	Guides   []*bot.Guide // sorted by title
	Searcher bot.Searcher

	sounds soundNames // names voice typing may cut up, by sound (built on first use)
	heard  heardWords // the words a word spelt as it sounds may mean, by their consonants (built on first use)

	bySlug       map[string]*bot.Guide
	sections     map[string]*bot.Section
	names        map[string]*bot.Guide            // bot.NormalizeName(slug/title/alias and plurals) → guide
	maxWords     int                              // longest name in words
	vocab        *vocabulary                      // words worth correcting typos towards
	m            *model                           // the intent table and lexicon
	certPairs    map[string]*bot.Guide            // adjacent word pairs of certification names
	certInits    map[string]bool                  // certificates' initials, with and without the first word (certInitials)
	certByLast   map[byte][]string                // certificates' names of two or more words, normalized, by their last word's first letter (certNameLen)
	fieldNames   map[string]bool                  // the words titles and aliases put before the head noun, two or more, vocabulary expanded (guideFieldIn)
	fieldMax     int                              // the most words of a fieldNames entry
	nameWords    map[string]bool                  // words of the guides' names
	headNames    map[string]map[string]*bot.Guide // last word of a name → names ending in it
	fields       map[string][]titleField          // first word of a title without its last → those fields
	summaryOwn   map[string]*bot.Guide            // a word of one guide's summary alone → that guide (nil: several)
	expand       map[string][]string              // the guides' vocabulary: "ml" → machine learning
	spelled      map[string]bool                  // every word an expand entry spells out ("machine", "learning")
	shortForms   []shortForm                      // the expand entries of two words or more, by short form (unexpanded)
	nameIdx      *nameIndex                       // names by prefix and typo (names.go)
	secText      *sectionText                     // sections' words pre-analysed (sectext.go)
	passages     sync.Map                         // *bot.Section → []passage, analysed on first use
	itemLines    sync.Map                         // *bot.Section → []itemLine, read on first use
	timedLines   sync.Map                         // *bot.Guide → []timedLine, analysed on first use
	faqs         sync.Map                         // *bot.Guide → []faqEntry, read on first use
	certInfos    sync.Map                         // *bot.Guide → *certInfo, worked out on first use
	answers      sync.Map                         // *Engine → *answerCache (answercache.go)
	nameWordsOf  sync.Map                         // *bot.Guide → []string, the words of careerNames, on first use
	licWordsOf   sync.Map                         // *bot.Guide → []string, licenseWords, on first use
	payNotes     sync.Map                         // *bot.Guide → *payNote, the pay text's sentences analysed on first use
	labels       sync.Map                         // *bot.Guide → *guideLabels, read on first use
	alsoLines    sync.Map                         // *bot.Guide → *alsoIndex, its sentences read for alsoSays on first use
	sectionWords sync.Map                         // *bot.Guide → map[string]bool, its sections' words as written (scope.go)
	wordPairs    sync.Map                         // *bot.Guide → map[string]bool, its sections' adjacent word pairs (hasPair)
	noteOnce     sync.Once                        // noteWords gathered (inSalaryNotes)
	noteWords    map[string]bool                  // the words of every guide's salary note, on first use
	terms        *termTable                       // guide-level term table (termtable.go)
	careerStarts careerStarts                     // the first words of multi-word names (careerstarts.go)
	stemKeys     map[*bot.Guide]stemKey           // with a stem file: each guide's key in it (stemfile.go)
	stemsFresh   int                              // guides the term table analysed (not reused)
	tablesFresh  bool                             // with a table file: the tables were built, not read (tablefile.go)

	refs      atomic.Int64 // requests using this library
	retired   atomic.Bool  // swapped out of the engine
	closer    func() error
	closeOnce sync.Once
}

// SetCloser sets what releases the library's resources (its index) once it
// is retired and no request uses it any more.
func (l *Library) SetCloser(f func() error) { l.closer = f }

func (l *Library) retire() {
	l.retired.Store(true)
	if l.refs.Load() == 0 {
		l.close()
	}
}

func (l *Library) release() {
	if l.refs.Add(-1) == 0 && l.retired.Load() {
		l.close()
	}
}

func (l *Library) close() {
	l.closeOnce.Do(func() {
		if l.closer != nil {
			_ = l.closer()
		}
	})
}

// NewLibrary indexes guides for lookups. The guides must have passed
// validation (content.LoadFS does that).
func NewLibrary(guides []*bot.Guide, s bot.Searcher) (*Library, error) {
	return newLibrary(guides, s, nil, "")
}

// NewLibraryWithStems is NewLibrary taking the term table's analysis of the
// guides from the stem file at path where it holds their texts' (a missing,
// stale or damaged file is analysed around; see SaveStems and
// StemsAnalysed).
func NewLibraryWithStems(guides []*bot.Guide, s bot.Searcher, path string) (*Library, error) {
	return newLibrary(guides, s, nil, path)
}

// newLibrary is NewLibrary reusing prev's analysis of the guides it shares
// (nil: none; see Rebuild), or else a stem file's (stems: its path).
func newLibrary(guides []*bot.Guide, s bot.Searcher, prev *Library, stems string) (*Library, error) {
	m, err := loadModel()
	if err != nil {
		return nil, err
	}
	l := &Library{m: m, Searcher: s}
	l.Guides = append([]*bot.Guide(nil), guides...)
	sort.Slice(l.Guides, func(i, j int) bool { return l.Guides[i].Title < l.Guides[j].Title })
	// The pre-analysed texts and the term table are built meanwhile.
	side := make(chan struct{})
	go func() {
		defer close(side)
		var reuseText *sectionText
		var reuseTerms *termTable
		if prev != nil {
			reuseText, reuseTerms = prev.secText, prev.terms
		} else if stems != "" {
			keys := stemKeys(l.Guides)
			l.stemKeys = make(map[*bot.Guide]stemKey, len(keys))
			for i, k := range keys {
				l.stemKeys[l.Guides[i]] = k
			}
			if f, err := readStemFile(stems); err == nil {
				reuseTerms = fromStemFile(f, l.Guides, keys)
			}
		}
		l.secText = newSectionText(l.Guides, reuseText)
		l.terms = newTermTable(l.Guides, reuseTerms)
		l.stemsFresh = l.terms.analysed
	}()
	l.bySlug = make(map[string]*bot.Guide, len(l.Guides))
	nSections := 0
	for _, g := range l.Guides {
		nSections += len(g.Sections)
	}
	l.sections = make(map[string]*bot.Section, nSections)
	for _, g := range l.Guides {
		l.bySlug[g.Slug] = g
		for _, s := range g.Sections {
			l.sections[s.ID] = s
		}
	}
	// The tables of names and words: from the table file when it holds
	// these guides' (tablefile.go), else built.
	if stems == "" || !l.readTables(tablesPath(stems)) {
		l.buildTables()
		l.tablesFresh = stems != ""
	}
	<-side
	return l, nil
}

// buildTables builds the library's tables of names and words.
func (l *Library) buildTables() {
	m := l.m
	// The maps are made at about the size they reach (growing them was a
	// third of the build at 10,000 guides): each guide has a few names.
	n := len(l.Guides)
	l.certPairs, l.certInits, l.nameWords = make(map[string]*bot.Guide, 4*n), make(map[string]bool, 2*n), make(map[string]bool, 2*n)
	l.headNames, l.fields, l.summaryOwn = map[string]map[string]*bot.Guide{}, map[string][]titleField{}, make(map[string]*bot.Guide, n)
	l.expand, l.names = map[string][]string{}, make(map[string]*bot.Guide, 12*n)
	// Each guide's names and their words, worked out once for the loops
	// below.
	names := make([][]string, len(l.Guides))
	nameFields := make([][][]string, len(l.Guides))
	for i, g := range l.Guides {
		names[i] = careerNames(g)
		nameFields[i] = make([][]string, len(names[i]))
		for k, n := range names[i] {
			nameFields[i][k] = strings.Fields(n)
		}
	}
	for gi, g := range l.Guides {
		if f := words(g.Title); len(f) >= 2 {
			l.fields[f[0]] = append(l.fields[f[0]], titleField{g: g, at: gi, words: f[:len(f)-1]})
		}
		for _, w := range words(g.Summary) {
			w = m.lex.Singular(w)
			if o, seen := l.summaryOwn[w]; !seen {
				l.summaryOwn[w] = g
			} else if o != g {
				l.summaryOwn[w] = nil // ("test fixture … invented figures": every fixture's)
			}
		}
	}
	words := make(map[string]int, 4*n)
	titleWords := map[string][]string{}
	for gi, g := range l.Guides {
		for k, v := range g.Vocabulary {
			if _, taken := l.expand[k]; !taken {
				l.expand[k] = strings.Fields(v)
			}
		}
		for k, n := range names[gi] {
			if _, taken := l.names[n]; !taken {
				l.names[n] = g
			}
			f := nameFields[gi][k]
			if w := len(f); w > l.maxWords {
				l.maxWords = w
			}
			for _, w := range f {
				words[w] += 10
				l.nameWords[w] = true
			}
			if len(f) > 1 {
				h := f[len(f)-1]
				if l.headNames[h] == nil {
					l.headNames[h] = map[string]*bot.Guide{}
				}
				l.headNames[h][n] = g
			}
		}
		for _, s := range g.Sections {
			// Most guides share their section titles: each is read once.
			ws, ok := titleWords[s.Title]
			if !ok {
				ws = strings.Fields(bot.NormalizeName(s.Title))
				titleWords[s.Title] = ws
			}
			for _, w := range ws {
				words[w]++
			}
		}
		for _, name := range append([]string{g.Title}, g.Aliases...) {
			f := strings.Fields(strings.ToLower(name))
			if len(f) < 2 {
				continue
			}
			if field := l.expandWords(f[:len(f)-1]); len(field) >= 2 {
				if l.fieldNames == nil {
					l.fieldNames = map[string]bool{}
				}
				l.fieldNames[strings.Join(field, " ")] = true
				l.fieldMax = max(l.fieldMax, len(field))
			}
		}
		for _, c := range g.Certifications {
			if in := initialsOf(c.Name); len(in) > 1 {
				l.certInits[in], l.certInits[in[1:]] = true, true
			}
			if nf := strings.Fields(bot.NormalizeName(c.Name)); len(nf) >= 2 {
				if l.certByLast == nil {
					l.certByLast = map[byte][]string{}
				}
				last := nf[len(nf)-1][0]
				l.certByLast[last] = append(l.certByLast[last], strings.Join(nf, " "))
			}
			f := l.expandWords(strings.Fields(bot.NormalizeName(c.Name)))
			for i, w := range f {
				words[w]++
				if i+1 < len(f) {
					pair := w + " " + f[i+1]
					if other, seen := l.certPairs[pair]; seen && other != g {
						l.certPairs[pair] = nil // shared by two guides: says nothing
					} else {
						l.certPairs[pair] = g
					}
				}
			}
		}
	}
	// Names as the question reads them once the guides' abbreviations are
	// spelled out: "ML eng" is asked as "machine learning eng".
	for gi, g := range l.Guides {
		for k, n := range names[gi] {
			f := nameFields[gi][k]
			if !slices.ContainsFunc(f, func(w string) bool { _, ok := l.expand[w]; return ok }) && spaceJoined(f, n) {
				continue // x would be n
			}
			x := strings.Join(l.expandWords(f), " ")
			if _, taken := l.names[x]; x != n && !taken {
				l.names[x] = g
				l.maxWords = max(l.maxWords, len(strings.Fields(x)))
			}
		}
	}
	// The field a multi-word title names the worker of: "dream cartography"
	// for "dream cartographer", "quantum gardening" for "quantum gardener"
	// (the field's noun must be one WordNet knows).
	for gi, g := range l.Guides {
		for k := range names[gi] {
			f := nameFields[gi][k]
			if len(f) < 2 {
				continue
			}
			for _, field := range l.m.fieldsOf(f[len(f)-1]) {
				x := strings.Join(append(f[:len(f)-1:len(f)-1], field), " ")
				if _, taken := l.names[x]; !taken {
					l.names[x] = g
				}
			}
		}
	}
	l.addInitials()
	l.spelled = spelledOf(l.expand)
	l.shortForms = shortFormsOf(l.expand)
	l.vocab = newVocabulary(l.m, words)
	l.nameIdx = newNameIndex(l.names)
}

// shortForm is a vocabulary entry that spells a short form out in two
// words or more ("nlp" → natural language processing).
type shortForm struct {
	short string
	long  []string
}

// shortFormsOf lists the entries of expand of two words or more, in the
// order of their short forms, one for each spelling out: of "ml" and "🤖",
// both "machine learning", the one of letters only, the first in order.
func shortFormsOf(expand map[string][]string) []shortForm {
	var out []shortForm
	for _, k := range slices.Sorted(maps.Keys(expand)) {
		long := expand[k]
		if len(long) < 2 || !allLetters(k) || slices.ContainsFunc(out, func(f shortForm) bool { return slices.Equal(f.long, long) }) {
			continue
		}
		out = append(out, shortForm{k, long})
	}
	return out
}

// spelledOf is every word the vocabulary expansions spell out, read once
// per library (not per question: alsoSays asks of each content word).
func spelledOf(expand map[string][]string) map[string]bool {
	out := map[string]bool{}
	for _, ws := range expand {
		for _, w := range ws {
			out[w] = true
		}
	}
	return out
}

// spaceJoined reports whether s is the words f joined by single spaces
// (strings.Join(f, " ") == s, without building it).
func spaceJoined(f []string, s string) bool {
	at := 0
	for i, w := range f {
		if i > 0 {
			if at >= len(s) || s[at] != ' ' {
				return false
			}
			at++
		}
		if !strings.HasPrefix(s[at:], w) {
			return false
		}
		at += len(w)
	}
	return at == len(s)
}

// addInitials names each guide by its title's initials as chat types them
// ("oc" for Orbital Chef, "dc" not: that is a place): two to four words,
// initials only that title has, that are no word, state, shorthand or other
// name.
func (l *Library) addInitials() {
	inits := map[string]*bot.Guide{}
	for _, g := range l.Guides {
		f := strings.Fields(bot.NormalizeName(g.Title))
		if len(f) < 2 || len(f) > 4 {
			continue
		}
		b := make([]byte, 0, len(f))
		for _, w := range f {
			if c := w[0]; c >= 'a' && c <= 'z' {
				b = append(b, c)
			}
		}
		if len(b) != len(f) {
			continue
		}
		in := string(b)
		if o, seen := inits[in]; seen && o != g {
			inits[in] = nil // two titles' initials: neither's
		} else if !seen {
			inits[in] = g
		}
	}
	for in, g := range inits {
		if g == nil || l.m.stop[in] || l.m.lex.Word(in) || l.m.shorthand[in] != nil || l.m.acronyms[strings.ToUpper(in)] != nil || l.expand[in] != nil {
			continue
		}
		if _, ok := bot.LookupState(in); ok {
			continue
		}
		for _, n := range []string{in, in + "s"} {
			if _, taken := l.names[n]; !taken {
				l.names[n] = g
			}
		}
	}
}

// expandWords spells out the guides' abbreviations ("ml" → "machine
// learning") the way questions are read.
func (l *Library) expandWords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if exp, ok := l.expand[w]; ok {
			out = append(out, exp...)
		} else {
			out = append(out, w)
		}
	}
	return out
}

// careerWords returns the distinct words of g's career names (careerNames),
// worked out once per library (l may be nil: then every time).
func (l *Library) careerWords(g *bot.Guide) []string {
	if l != nil {
		if v, ok := l.nameWordsOf.Load(g); ok {
			return v.([]string)
		}
	}
	var out []string
	add := func(w string) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	for _, n := range careerNames(g) {
		for _, w := range strings.Fields(n) {
			add(w)
			if long, ok := g.Vocabulary[w]; ok {
				for _, x := range strings.Fields(bot.NormalizeName(long)) {
					add(x) // "AI engineer" read as "artificial intelligence engineer"
				}
			}
		}
	}
	if l != nil {
		l.nameWordsOf.Store(g, out)
	}
	return out
}

// careerNames lists the normalized names a guide answers to.
func careerNames(g *bot.Guide) []string {
	raw := append([]string{g.Slug, g.Title}, g.Aliases...)
	var out []string
	for _, r := range raw {
		n := bot.NormalizeName(r)
		if n == "" {
			continue
		}
		out = append(out, n)
		// Plurals and singulars: "ml engineers" ↔ "ml engineer".
		if strings.HasSuffix(n, "s") && len(n) > 3 {
			out = append(out, strings.TrimSuffix(n, "s"))
		} else {
			out = append(out, n+"s")
		}
	}
	return out
}

// Guide returns a guide by slug.
func (l *Library) Guide(slug string) (*bot.Guide, bool) {
	g, ok := l.bySlug[slug]
	return g, ok
}

// SectionByID returns a section by its ID.
func (l *Library) SectionByID(id string) (*bot.Section, bool) {
	s, ok := l.sections[id]
	return s, ok
}

// SectionCount is the number of sections in all guides.
func (l *Library) SectionCount() int { return len(l.sections) }

// ResolveCareer finds the guide a user means by slug, title or alias, with
// case, punctuation, plurals and small typos forgiven.
func (l *Library) ResolveCareer(s string) (*bot.Guide, error) {
	n := bot.NormalizeName(s)
	if n == "" {
		return nil, bot.Errorf(bot.EINVALID, "Please name a career.")
	}
	if g, ok := l.names[n]; ok {
		return g, nil
	}
	// A unique prefix of a name ("machine learn").
	if len(n) >= 3 {
		if g, ambiguous := l.nameIdx.prefix(n); g != nil && !ambiguous {
			return g, nil
		}
	}
	// Typos: the closest name within a distance that grows with length.
	maxD := 1
	if len(n) >= 8 {
		maxD = 2
	}
	if len(n) >= 16 {
		maxD = 3
	}
	if g := l.nameIdx.closest(n, maxD); g != nil && len(n) >= 3 {
		return g, nil // (not "dc" for "oc": two letters are a name or none)
	}
	return nil, bot.Errorf(bot.ENOTFOUND, "There's no guide for %q. %s", bot.Clip(s, 60), l.careerHint())
}

func (l *Library) careerHint() string {
	titles := make([]string, 0, 8)
	for i, g := range l.Guides {
		if i == 8 {
			titles = append(titles, fmt.Sprintf("and %d more (see /careers)", len(l.Guides)-8))
			break
		}
		titles = append(titles, g.Title)
	}
	return "Careers I know: " + strings.Join(titles, ", ") + "."
}

// FindCareers returns the guides named in free text, longest names first,
// without overlaps, in order of appearance.
func (l *Library) FindCareers(words []string) []*bot.Guide {
	return l.findCareers(words, make([]bool, len(words)))
}

// leadingCareer is the guide whose name (or alias) the text begins with,
// exactly, before more words ("ml-engineer — also which …", "mle. i'm 25");
// nil when the text does not begin with one, or is only a name.
func (l *Library) leadingCareer(s string) *bot.Guide {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '.' || r == ':' || r == ';' || r == '—' || r == '–' || r == '?' || r == '!' || r == '('
	})
	for n := min(len(f)-1, 4); n >= 1; n-- {
		if g, ok := l.names[bot.NormalizeName(strings.Join(f[:n], " "))]; ok {
			return g
		}
	}
	return nil
}

// twoCareers splits text into two names of different guides, each a name or
// alias exactly ("orbital chef dream cartographer"); nils when no split
// gives two.
func (l *Library) twoCareers(text string) (*bot.Guide, *bot.Guide) {
	f := strings.Fields(text)
	for k := 1; k < len(f); k++ {
		a, okA := l.names[bot.NormalizeName(strings.Join(f[:k], " "))]
		b, okB := l.names[bot.NormalizeName(strings.Join(f[k:], " "))]
		if okA && okB && a != b {
			return a, b
		}
	}
	return nil, nil
}
