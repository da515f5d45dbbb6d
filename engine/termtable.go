package engine

import (
	"context"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/careerbot-dev/careerbot/bot"
)

// termRouteMin is the number of guides from which questions that name no
// career are routed by the term table: below it a search over every
// section costs little (a few dozen sections), and answers stay exactly
// as they were.
const termRouteMin = 64

// termCommonShare: a term in more than this share of the guides narrows
// nothing; only its guide count is kept.
const termCommonShare = 0.25

// termTable is the guide-level term table, built at load: for each stem of
// the guides' words, the guides that use it (ascending guide numbers, in
// Library.Guides order). It routes a question that names no career to the
// few guides that hold its informative words, so no question searches every
// section of every guide. Each guide's stems are kept, so that a rebuild
// after a reload analyses only the guides that changed.
type termTable struct {
	guides   int
	ids      map[string]uint32       // stem → number
	stems    []string                // number → stem
	post     [][]int32               // number → guides using it; nil for terms in many guides
	df       []int32                 // number → how many guides use it
	perGuide map[*bot.Guide][]uint32 // those of the guide's sections first
	secN     map[*bot.Guide]int      // how many of perGuide's come from the sections; absent: not known
	acc      sync.Pool               // *[]float32 score accumulators, len guides
	analysed int                     // guides analysed by the build (not reused)
	owned    bool                    // a table made only to be reused once (fromStemFile): its ids and stems are taken, not copied

	sortOnce sync.Once
	sorted   []string // the stems in order, for completion; built on first use
}

// onlyGuideOf returns the guide that every one of the words used by a
// single guide belongs to; -1 when there are none or they point to
// different guides.
func (t *termTable) onlyGuideOf(words []string) int {
	if t == nil {
		return -1
	}
	only := -1
	for _, w := range words {
		gs, ok := t.guidesWith(stem(w))
		if !ok || len(gs) != 1 {
			continue
		}
		if only >= 0 && int(gs[0]) != only {
			return -1
		}
		only = int(gs[0])
	}
	return only
}

// completed reports whether w is a guide's term a question typed cut short
// ("backprop", read as the stem backpropag): a stem of the table that is
// not in the text as typed.
func (t *termTable) completed(raw, w string) bool {
	if t == nil || len(w) < 5 {
		return false
	}
	_, ok := t.ids[w]
	return ok && !strings.Contains(strings.ToLower(raw), w)
}

// completion returns the stem a word cut short stands for ("backprop" →
// backpropag, "cartog" → cartograph): the longest prefix shared by the
// (at most three) stems that begin with it, when that is a stem itself.
func (t *termTable) completion(w string) (string, bool) {
	if t == nil {
		return "", false
	}
	t.sortOnce.Do(func() {
		t.sorted = slices.Clone(t.stems)
		slices.Sort(t.sorted)
	})
	i, _ := slices.BinarySearch(t.sorted, w)
	var m []string
	for k := i; k < len(t.sorted) && strings.HasPrefix(t.sorted[k], w); k++ {
		if m = append(m, t.sorted[k]); len(m) > 3 {
			return "", false
		}
	}
	if len(m) == 0 {
		return "", false
	}
	lcp := m[0]
	for _, s := range m[1:] {
		for !strings.HasPrefix(s, lcp) {
			lcp = lcp[:len(lcp)-1]
		}
	}
	if _, ok := t.ids[lcp]; !ok || len(lcp) <= len(w) {
		return "", false
	}
	return lcp, true
}

// newTermTable builds the table of guides, taking the stems of the guides
// reuse also holds (the same *bot.Guide) from it.
func newTermTable(guides []*bot.Guide, reuse *termTable) *termTable {
	t := &termTable{guides: len(guides), ids: map[string]uint32{}, perGuide: make(map[*bot.Guide][]uint32, len(guides)), secN: make(map[*bot.Guide]int, len(guides))}
	var fresh []*bot.Guide
	if reuse != nil && reuse.owned {
		t.ids, t.stems = reuse.ids, reuse.stems
		reuse.ids, reuse.stems = nil, nil
	} else if reuse != nil {
		t.ids, t.stems = maps.Clone(reuse.ids), slices.Clone(reuse.stems)
	}
	for _, g := range guides {
		if ids, ok := reuse.stemsOf(g); ok {
			t.perGuide[g] = ids
			if n, ok := reuse.secN[g]; ok {
				t.secN[g] = n
			}
		} else {
			fresh = append(fresh, g)
		}
	}
	t.analysed = len(fresh)
	// Analysed in two halves on two goroutines.
	half := len(fresh) / 2
	var hi [][]string
	var hiN []int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); hi, hiN = guideStems(fresh[half:]) }()
	lo, loN := guideStems(fresh[:half])
	wg.Wait()
	secN := append(loN, hiN...)
	for i, sts := range append(lo, hi...) {
		t.perGuide[fresh[i]], t.secN[fresh[i]] = t.number(sts), secN[i]
	}
	t.df = make([]int32, len(t.stems))
	for _, g := range guides {
		for _, id := range t.perGuide[g] {
			t.df[id]++
		}
	}
	limit := int32(termCommonShare * float64(len(guides)))
	t.post = make([][]int32, len(t.stems))
	for id, n := range t.df {
		if n > 0 && n <= limit {
			t.post[id] = make([]int32, 0, n)
		}
	}
	for gi, g := range guides {
		for _, id := range t.perGuide[g] {
			if t.post[id] != nil {
				t.post[id] = append(t.post[id], int32(gi))
			}
		}
	}
	t.acc.New = func() any { s := make([]float32, t.guides); return &s }
	return t
}

// stemsOf returns the stem numbers of a guide the table holds.
func (t *termTable) stemsOf(g *bot.Guide) ([]uint32, bool) {
	if t == nil {
		return nil, false
	}
	ids, ok := t.perGuide[g]
	return ids, ok
}

// guideStems lists each guide's distinct stems, those of its sections
// first, and how many of them come from the sections (labelsOf answers
// whether a guide's sections use a word from them).
func guideStems(guides []*bot.Guide) ([][]string, []int) {
	type entry struct {
		stem string
		last int
	}
	byWord := map[string]*entry{} // word → its stem's entry
	byStem := map[string]*entry{}
	out := make([][]string, len(guides))
	secN := make([]int, len(guides))
	var buf []byte
	gi := 0
	add := func(w []byte) {
		e := byWord[string(w)]
		if e == nil {
			st := stem(string(w))
			if e = byStem[st]; e == nil {
				e = &entry{stem: st, last: -1}
				byStem[st] = e
			}
			byWord[string(w)] = e
		}
		if e.last != gi {
			e.last = gi
			out[gi] = append(out[gi], e.stem)
		}
	}
	for _, g := range guides {
		for _, s := range g.Sections {
			forWords(s.Title, &buf, add)
			forWords(s.Body, &buf, add)
		}
		secN[gi] = len(out[gi])
		forWords(g.Summary, &buf, add)
		forWords(g.Education, &buf, add)
		forWords(g.Certification, &buf, add)
		forWords(g.License, &buf, add)
		for _, c := range g.Certifications {
			forWords(c.Name, &buf, add)
		}
		gi++
	}
	return out, secN
}

// forWords calls f with each lowercase word of text that has a letter (as
// words and contentWords read them), without allocating per word.
func forWords(text string, buf *[]byte, f func(w []byte)) {
	b := (*buf)[:0]
	letter := false
	flush := func() {
		if len(b) > 0 && letter && !(len(b) == 1 && b[0] == 's') {
			f(b)
		}
		b, letter = b[:0], false
	}
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			b = append(b, byte(r))
			letter = letter || r >= 'a'
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			b = append(b, byte(r+'a'-'A'))
			letter = true
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b = utf8.AppendRune(b, unicode.ToLower(r))
			letter = letter || unicode.IsLetter(r)
		default:
			flush()
		}
	}
	flush()
	*buf = b
}

// routes reports whether the library is large enough to route by terms.
func (t *termTable) routes() bool { return t != nil && t.guides >= termRouteMin }

// candidate is a guide the term table ranks for a question.
type candidate struct {
	guide int32
	score float32
}

// rank scores the guides holding the question's informative words (each
// word weighs its inverse guide frequency) and returns the best k, and
// how many guides share the best score. Words in many guides and words in
// none are ignored; no informative word gives no candidates.
func (t *termTable) rank(words []string, k int) (best []candidate, tied int) {
	type term struct {
		post []int32
		idf  float32
	}
	var terms []term
	seen := map[string]bool{}
	for _, w := range words {
		st := stem(w)
		if seen[st] {
			continue
		}
		seen[st] = true
		if id, ok := t.ids[st]; ok && len(t.post[id]) > 0 {
			p := t.post[id]
			terms = append(terms, term{p, float32(math.Log(float64(t.guides) / float64(len(p))))})
		}
	}
	if len(terms) == 0 {
		return nil, 0
	}
	accp := t.acc.Get().(*[]float32)
	acc := *accp
	var touched []int32
	for _, tm := range terms {
		for _, g := range tm.post {
			if acc[g] == 0 {
				touched = append(touched, g)
			}
			acc[g] += tm.idf + 1e-3 // never 0 once touched
		}
	}
	cands := make([]candidate, len(touched))
	for i, g := range touched {
		cands[i] = candidate{g, acc[g]}
		acc[g] = 0
	}
	t.acc.Put(accp)
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].guide < cands[j].guide
	})
	for tied < len(cands) && cands[tied].score == cands[0].score {
		tied++
	}
	return cands[:min(k, len(cands))], tied
}

// termGuessMaxTied: when more guides than this share the best score, the
// question does not say which career it means.
const termGuessMaxTied = 3

// guessByTerms is guessCareer for a large library: the term table narrows
// the question to a few guides, and when the best few tie, the whole
// question decides among them by a search inside each (bounded: one guide's
// sections each). nil when nothing narrows it to a few guides.
func (e *Engine) guessByTerms(ctx context.Context, lib *Library, q *question) (*bot.Guide, []bot.Hit) {
	content := guessWords(lib, q)
	cands, tied := lib.terms.rank(content, termGuessMaxTied)
	if len(cands) == 0 || tied > termGuessMaxTied {
		return nil, nil
	}
	hits := make([]bot.Hit, len(cands))
	for i, c := range cands {
		hits[i] = bot.Hit{Guide: lib.Guides[c.guide].Slug, Score: float64(c.score)}
	}
	best := lib.Guides[cands[0].guide]
	if tied > 1 && lib.Searcher != nil {
		all := strings.Join(content, " ")
		bestScore := -1.0
		for _, c := range cands[:tied] {
			g := lib.Guides[c.guide]
			hs, err := lib.Searcher.Search(ctx, bot.Query{Text: all, Guide: g.Slug, Limit: 1})
			if err == nil && len(hs) > 0 && hs[0].Score > bestScore {
				best, bestScore = g, hs[0].Score
			}
		}
	}
	return best, hits
}

// whichOf is whichCareer for a large library: nothing in the question
// narrows it to a few guides, so it asks which career is meant, offering
// the guides that match its words best (or the first guides when none do)
// instead of searching every section.
func (e *Engine) whichOf(lib *Library, q *question) *bot.Answer {
	a := e.whichCareer(lib, q)
	cands, _ := lib.terms.rank(dropStateWords(lib.contentWords(q, nil)), 5)
	if len(cands) == 0 {
		return a
	}
	a.FollowUps = a.FollowUps[:0]
	for _, c := range cands {
		g := lib.Guides[c.guide]
		a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: g.Title, Command: "ask",
			Options: map[string]string{"career": g.Slug, "question": bot.Clip(q.raw, 60)}})
	}
	return a
}

// guessOver overrules a career guessed from a few words rare among the
// sections (say "everything", once in one guide) when the words only one
// guide uses, however often it uses them ("dream", "map", "waking"), point
// at another guide well ahead of any other. Not when the question names an
// occupation no guide is: its words may be a guide's too ("cartographer …
// making maps").
func (t *termTable) guessOver(q *question, guessed *bot.Guide) *bot.Guide {
	if t == nil || t.guides < 2 || len(q.scope.occupations) > 0 {
		return nil
	}
	g := t.named(guessWords(q.lib, q))
	if g < 0 {
		return nil
	}
	if g := q.lib.Guides[g]; g != guessed {
		return g
	}
	return nil
}

// named is the guide (its number) that words name by words only it uses:
// one guide well ahead of any other, with two such words at least (one,
// "night", may be chance); -1 when none.
func (t *termTable) named(ws []string) int32 {
	cands, tied := t.rank(ws, 2)
	if tied != 1 || len(cands) > 1 && cands[0].score < 2*cands[1].score {
		return -1
	}
	n, seen := 0, map[string]bool{}
	for _, w := range ws {
		st := stem(w)
		if id, ok := t.ids[st]; ok && !seen[st] && slices.Contains(t.post[id], cands[0].guide) {
			seen[st] = true
			n++
		}
	}
	if n < 2 {
		return -1
	}
	return cands[0].guide
}

// names reports whether words name one guide (named).
func (t *termTable) names(ws []string) bool { return t.named(ws) >= 0 }

// number returns the table's numbers of stems, numbering the new ones.
func (t *termTable) number(sts []string) []uint32 {
	ids := make([]uint32, len(sts))
	for k, st := range sts {
		id, ok := t.ids[st]
		if !ok {
			id = uint32(len(t.stems))
			t.stems = append(t.stems, st)
			t.ids[st] = id
		}
		ids[k] = id
	}
	return ids
}

// onlyOne reports whether the table lists one guide alone for w's stem.
func (t *termTable) onlyOne(w string) bool {
	gs, ok := t.guidesWith(stem(w))
	return ok && len(gs) == 1
}

// usedBy reports whether guide gi uses w's stem (a term in many guides is
// taken as used by each).
func (t *termTable) usedBy(w string, gi int32) bool {
	gs, ok := t.guidesWith(stem(w))
	return !ok || slices.Contains(gs, gi)
}

// sole returns the guide (its number) that alone uses w's stem, or -1.
func (t *termTable) sole(w string) int32 {
	if gs, ok := t.guidesWith(stem(w)); ok && len(gs) == 1 {
		return gs[0]
	}
	return -1
}

// guidesWith returns the guides (their numbers) that use a stem, when the
// table lists them (terms in many guides are not listed: ok is false).
func (t *termTable) guidesWith(st string) ([]int32, bool) {
	id, ok := t.ids[st]
	if !ok {
		return nil, true // in no guide
	}
	if t.post[id] == nil {
		return nil, false
	}
	return t.post[id], true
}

// ownWords counts the question's words that only guide g uses (of the
// guides the table lists for them).
func (t *termTable) ownWords(q *question, g *bot.Guide) int {
	if t == nil || g == nil {
		return 0
	}
	gi := int32(slices.Index(q.lib.Guides, g))
	n, seen := 0, map[string]bool{}
	for _, w := range guessWords(q.lib, q) {
		st := stem(w)
		if id, ok := t.ids[st]; ok && !seen[st] && len(t.post[id]) == 1 && t.post[id][0] == gi {
			seen[st] = true
			n++
		}
	}
	return n
}

// split reports whether the question's words that only one guide uses
// belong to different guides, with none named (named) among them.
func (t *termTable) split(q *question) bool {
	if t == nil {
		return false
	}
	ws := guessWords(q.lib, q)
	if q.full != nil {
		// the question sentence's own words, not the story's ("when do
		// quantum greenhouses usually hire?? I keep applying in the fall")
		own := words(q.raw)
		ws = slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return !slices.Contains(own, w) })
	}
	if t.named(ws) >= 0 {
		return false
	}
	owners := map[int32]bool{}
	for _, w := range ws {
		if id, ok := t.ids[stem(w)]; ok && len(t.post[id]) == 1 {
			owners[t.post[id][0]] = true
		}
	}
	return len(owners) > 1
}
