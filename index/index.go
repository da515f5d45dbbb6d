package index

import (
	"context"
	"fmt"
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/careerbot-dev/careerbot/bot"
)

const (
	synonymSource     = "careerwords"
	synonymCollection = "careerwords"
	defaultLimit      = 10
)

// How many documents a batch of fill holds, and how many batches are
// indexed while the next is made (variables for tests).
var (
	batchSize     = 1000
	batchesAtOnce = 2
)

// Synonyms are single words (bleve drops multi-word terms). Career-specific
// abbreviations ("ml" → machine learning) are not here: each guide declares
// its own in its front matter (vocabulary) and the engine expands them. Groups with an
// Input map one way only: {pay, make, earn} → salary, never back.
var Synonyms = []bleve.SynonymDefinition{
	{Synonyms: []string{"certification", "certifications", "certs", "cert", "certificate", "certificates", "credential", "credentials"}},
	{Input: []string{"pay", "pays", "paid", "make", "earn", "earns", "earnings", "income", "wage", "wages", "compensation"}, Synonyms: []string{"salary"}},
	{Synonyms: []string{"phd", "doctorate"}},
	{Input: []string{"phd", "masters", "master", "doctorate", "bachelor", "bachelors", "college", "university"}, Synonyms: []string{"degree"}},
	{Synonyms: []string{"tools", "technologies", "frameworks", "stack", "library", "libraries"}},
	{Synonyms: []string{"challenges", "difficulties", "struggles", "obstacles"}},
	{Synonyms: []string{"outlook", "growth", "demand", "prospects"}},
	{Synonyms: []string{"roadmap", "path", "steps", "pathway"}},
	{Synonyms: []string{"projects", "portfolio"}},
	{Synonyms: []string{"daily", "everyday", "routine"}},
}

// Index is a built, read-only search index over a set of guides. Indexes
// made by Update share one bleve index with the index they came from; it
// is closed when the last of them is.
type Index struct {
	idx      bleve.Index
	refs     *atomic.Int32 // Indexes sharing idx that are not closed
	sections int
	analyzer analysis.Analyzer
	analysed *termCache            // words already analysed (shared by the Indexes of one analyzer)
	terms    map[string]int        // analysed term → sections containing it (title or body)
	hashes   map[string]string     // guide slug → content hash of its documents
	guides   map[string]*bot.Guide // guide slug → the guide hashed (Update skips the same guide)
	disk     bool                  // idx is on disk: the manifest is kept in it
}

// Mapping returns the index mapping: keyword guide and kind fields, English
// (analysis.go) title and body (title boosted at query time), BM25, the synonym source.
func Mapping() (*mapping.IndexMappingImpl, error) {
	if err := registerAnalysis(); err != nil {
		return nil, err
	}
	im := bleve.NewIndexMapping()
	im.ScoringModel = "bm25"
	if err := im.AddCustomAnalyzer(analyzerName, analyzerConfig()); err != nil {
		return nil, err
	}
	if err := im.AddSynonymSource(synonymSource, map[string]interface{}{
		"collection": synonymCollection,
		"analyzer":   analyzerName,
	}); err != nil {
		return nil, err
	}
	kw := bleve.NewTextFieldMapping()
	kw.Analyzer = keyword.Name
	kw.IncludeInAll = false
	kw.IncludeTermVectors = false
	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.SynonymSource = synonymSource
		f.IncludeInAll = false
		f.Store = false
		f.IncludeTermVectors = false
		return f
	}
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("guide", kw)
	doc.AddFieldMappingsAt("kind", kw)
	doc.AddFieldMappingsAt("title", text())
	doc.AddFieldMappingsAt("body", text())
	// No composite "_all" field: every field is searched by name.
	doc.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	im.DefaultMapping = doc
	im.DefaultAnalyzer = analyzerName
	im.StoreDynamic = false
	im.IndexDynamic = false
	if err := im.Validate(); err != nil {
		return nil, err
	}
	return im, nil
}

type document struct {
	Guide string `json:"guide"`
	Kind  string `json:"kind"`
	Title string `json:"title"`
	Body  string `json:"body"`
}

// Build indexes the guides in memory (scorch, not NewMemOnly, which would
// silently drop BM25 and synonyms).
func Build(guides []*bot.Guide) (*Index, error) {
	im, err := Mapping()
	if err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	idx, err := bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	return fill(idx, im, guides, false)
}

// fill indexes the synonyms and the guides into a new, empty idx (closing
// it on error). Batches are indexed two at a time while the next is made:
// bleve analyses a batch's documents on every core but builds its segment
// on one and waits for it to be persisted, so one batch at a time left a
// core idle for most of a cold start. The manifest goes in a last batch
// once every other is persisted, so a persisted index with a manifest
// holds every guide.
func fill(idx bleve.Index, im *mapping.IndexMappingImpl, guides []*bot.Guide, disk bool) (*Index, error) {
	x := newIndex(idx, im, disk)
	batch := idx.NewBatch()
	fail := func(err error) (*Index, error) {
		idx.Close()
		return nil, err
	}
	for i, syn := range Synonyms {
		if err := batch.IndexSynonym(fmt.Sprintf("syn-%02d", i), synonymCollection, &syn); err != nil {
			return fail(fmt.Errorf("synonym %d: %w", i, err))
		}
	}
	batches := make(chan *bleve.Batch)
	stop := make(chan struct{}) // closed at the first error
	var stopOnce sync.Once
	var batchErr error
	var wg sync.WaitGroup
	for range batchesAtOnce {
		wg.Go(func() {
			for b := range batches {
				if err := idx.Batch(b); err != nil {
					stopOnce.Do(func() { batchErr = err; close(stop) })
				}
			}
		})
	}
	finish := func() error {
		close(batches)
		wg.Wait()
		return batchErr
	}
	for _, g := range guides {
		docs := guideDocs(g)
		for _, d := range docs {
			if err := batch.Index(d.id, d.doc); err != nil {
				finish()
				return fail(err)
			}
		}
		x.hashes[g.Slug] = docsHash(docs)
		x.guides[g.Slug] = g
		x.sections += len(g.Sections)
		if batch.Size() >= batchSize {
			select {
			case batches <- batch:
			case <-stop:
			}
			batch = idx.NewBatch()
		}
		if isClosed(stop) {
			break
		}
	}
	if err := finish(); err != nil {
		return fail(err)
	}
	if err := x.setManifest(batch); err != nil {
		return fail(err)
	}
	if err := idx.Batch(batch); err != nil {
		return fail(err)
	}
	if err := x.loadTerms(); err != nil {
		return fail(err)
	}
	return x, nil
}

func isClosed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

func newIndex(idx bleve.Index, im *mapping.IndexMappingImpl, disk bool) *Index {
	x := &Index{idx: idx, refs: new(atomic.Int32), analyzer: im.AnalyzerNamed(analyzerName), analysed: new(termCache), hashes: map[string]string{}, guides: map[string]*bot.Guide{}, disk: disk}
	x.refs.Store(1)
	return x
}

// docEntry is one document of a guide.
type docEntry struct {
	id  string
	doc document
}

// guideDocs are the documents a guide is indexed as: its sections and its
// key facts.
func guideDocs(g *bot.Guide) []docEntry {
	out := make([]docEntry, 0, len(g.Sections)+1)
	for _, s := range g.Sections {
		out = append(out, docEntry{sectionDocID(s.ID), document{Guide: g.Slug, Kind: s.Kind, Title: s.Title, Body: searchable(s.Body)}})
	}
	facts := strings.Join([]string{g.Summary, g.Education, "Certification: " + g.Certification, "License: " + g.License}, "\n")
	return append(out, docEntry{factsDocID(g.Slug), document{Guide: g.Slug, Kind: bot.KindFacts, Title: g.Title, Body: facts}})
}

// loadTerms reads the term dictionaries once, so Known and DocFreq are map
// look-ups instead of searches.
func (x *Index) loadTerms() error {
	x.terms = map[string]int{}
	for _, field := range []string{"body", "title"} {
		d, err := x.idx.FieldDict(field)
		if err != nil {
			return err
		}
		for {
			e, err := d.Next()
			if err != nil {
				d.Close()
				return err
			}
			if e == nil {
				break
			}
			if n := int(e.Count); n > x.terms[e.Term] {
				x.terms[e.Term] = n
			}
		}
		d.Close()
	}
	return nil
}

// analyse turns a word into the index's terms ("Hiring" → "hire").
func (x *Index) analyse(word string) []string {
	var out []string
	for _, t := range x.analyzer.Analyze([]byte(word)) {
		out = append(out, string(t.Term))
	}
	return out
}

// searchable drops lines that name sources and bylines: they match
// unrelated questions ("Washington" in a university name, "data" in "Data
// Sources").
func searchable(body string) string {
	var keep []string
	for _, l := range strings.Split(body, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "Source:") || strings.HasPrefix(t, "Sources:") {
			continue
		}
		keep = append(keep, l)
	}
	return strings.Join(keep, "\n")
}

// Document IDs live in their own namespace, apart from section IDs, so that
// no section a guide names can collide with the per-guide facts document.
const (
	sectionPrefix = "s:"
	factsPrefix   = "f:"
)

func sectionDocID(sectionID string) string { return sectionPrefix + sectionID }
func factsDocID(slug string) string        { return factsPrefix + slug }

// hitFor maps a document ID back to what it holds.
func hitFor(docID string) (bot.Hit, bool) {
	if id, ok := strings.CutPrefix(docID, sectionPrefix); ok {
		guide, _, _ := strings.Cut(id, "/")
		return bot.Hit{Section: id, Guide: guide}, true
	}
	if slug, ok := strings.CutPrefix(docID, factsPrefix); ok {
		return bot.Hit{Guide: slug, Kind: bot.KindFacts}, true
	}
	return bot.Hit{}, false
}

// Sections is the number of sections indexed.
func (x *Index) Sections() int { return x.sections }

// Close releases the index; the bleve index closes with the last Index
// sharing it.
func (x *Index) Close() error {
	if x.refs.Add(-1) == 0 {
		return x.idx.Close()
	}
	return nil
}

// Search runs a match query over title (boosted) and body, restricted to a
// guide and kinds when given, and returns the best sections.
func (x *Index) Search(ctx context.Context, q bot.Query) ([]bot.Hit, error) {
	text := strings.TrimSpace(q.Text)
	if text == "" {
		return nil, nil
	}
	title := bleve.NewMatchQuery(text)
	title.SetField("title")
	title.SetBoost(2)
	body := bleve.NewMatchQuery(text)
	body.SetField("body")
	var must []query.Query
	must = append(must, bleve.NewDisjunctionQuery(title, body))
	if q.Guide != "" {
		t := bleve.NewTermQuery(q.Guide)
		t.SetField("guide")
		must = append(must, t)
	}
	if len(q.Kinds) > 0 {
		var ks []query.Query
		for _, k := range q.Kinds {
			t := bleve.NewTermQuery(k)
			t.SetField("kind")
			ks = append(ks, t)
		}
		must = append(must, bleve.NewDisjunctionQuery(ks...))
	}
	var qq query.Query = must[0]
	if len(must) > 1 {
		qq = bleve.NewConjunctionQuery(must...)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	req := bleve.NewSearchRequestOptions(qq, limit, 0, false)
	// Equal scores in document order, so the same question always gets the
	// same answer (and a cached answer equals a fresh one).
	req.SortBy([]string{"-_score", "_id"})
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	hits := make([]bot.Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		hit, ok := hitFor(h.ID)
		if !ok {
			continue // a synonym definition or a document of another kind
		}
		hit.Score = h.Score
		hits = append(hits, hit)
	}
	return hits, nil
}

// Known reports whether a word occurs in any guide's title or body, after
// the same English analysis as the index (so "deploying" finds "deploy").
func (x *Index) Known(ctx context.Context, word string) bool {
	return x.DocFreq(ctx, word) > 0
}

// DocFreq is the number of sections whose title or body contain the word
// (after analysis; the larger of the two fields). Stop words count as 0.
func (x *Index) DocFreq(ctx context.Context, word string) int {
	terms := x.analysed.get(strings.TrimSpace(word), x.analyse)
	if len(terms) == 0 {
		return 0
	}
	n := -1
	for _, t := range terms {
		if c := x.terms[t]; n < 0 || c < n {
			n = c
		}
	}
	return n
}

// SectionCount is the number of documents a DocFreq is out of.
func (x *Index) SectionCount() int { return x.sections }

// Bleve returns the underlying bleve index, for benchmarks that query it
// directly (the plain-bleve baseline on the same index).
func (x *Index) Bleve() bleve.Index { return x.idx }

// GuideOf returns the guide slug a document ID of the index belongs to,
// or "" for documents of no guide (synonym definitions).
func GuideOf(docID string) string {
	h, _ := hitFor(docID)
	return h.Guide
}

// termCache remembers the analysis of the words Known and DocFreq were
// asked about (every content word of every question): the analyzer
// allocates a token stream per call. It is bounded: a fixed table of slots,
// a word's slot chosen by its hash, a newer word replacing an older one.
type termCache struct {
	slots [termCacheSlots]atomic.Pointer[analysedWord]
}

const termCacheSlots = 4096

type analysedWord struct {
	word  string
	terms []string // never modified
}

var termCacheSeed = maphash.MakeSeed()

// get returns analyse(word), from the cache when it holds word.
func (c *termCache) get(word string, analyse func(string) []string) []string {
	if c == nil {
		return analyse(word)
	}
	slot := &c.slots[maphash.String(termCacheSeed, word)%termCacheSlots]
	if e := slot.Load(); e != nil && e.word == word {
		return e.terms
	}
	terms := analyse(word)
	slot.Store(&analysedWord{word: strings.Clone(word), terms: terms})
	return terms
}
