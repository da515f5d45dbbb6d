package index

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unsafe"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/par"
)

// schemaVersion changes whenever the mapping, the synonyms or the way
// guides become documents change: a persisted index of another version is
// rebuilt.
const schemaVersion = "careerbot-index-2" // 2: the analyzer of analysis.go (the same tokens as bleve's "en")

const (
	internalSchema   = "careerbot:schema"
	internalManifest = "careerbot:manifest" // JSON: guide slug → content hash
)

// docsHash is the content hash of a guide's documents (and of the schema).
func docsHash(docs []docEntry) string {
	h := sha256.New()
	h.Write([]byte(schemaVersion))
	for _, d := range docs {
		for _, f := range []string{d.id, d.doc.Guide, d.doc.Kind, d.doc.Title, d.doc.Body} {
			fmt.Fprintf(h, "%d:", len(f))
			h.Write([]byte(f))
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// guideHash is docsHash(guideDocs(g)) without building the documents: the
// same bytes are hashed, straight from the guide's fields (a body is only
// filtered by searchable when it has a line to drop).
func guideHash(g *bot.Guide) string {
	h := sha256.New()
	// The hash reads the fields' bytes where they are (a conversion to
	// []byte would copy each; the hash keeps nothing of them).
	var buf [24]byte
	field := func(parts ...string) {
		n := 0
		for _, p := range parts {
			n += len(p)
		}
		b := strconv.AppendInt(buf[:0], int64(n), 10)
		h.Write(append(b, ':'))
		for _, p := range parts {
			h.Write(unsafe.Slice(unsafe.StringData(p), len(p)))
		}
	}
	h.Write([]byte(schemaVersion))
	for _, s := range g.Sections {
		field(sectionPrefix, s.ID)
		field(g.Slug)
		field(s.Kind)
		field(s.Title)
		if strings.Contains(s.Body, "Source") {
			field(searchable(s.Body))
		} else {
			field(s.Body)
		}
	}
	field(factsPrefix, g.Slug)
	field(g.Slug)
	field(bot.KindFacts)
	field(g.Title)
	field(g.Summary, "\n", g.Education, "\nCertification: ", g.Certification, "\nLicense: ", g.License)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// guideHashes hashes the guides that need it (need(i)) on every core;
// the others' hashes are "".
func guideHashes(guides []*bot.Guide, need func(i int) bool) []string {
	out := make([]string, len(guides))
	par.For(len(guides), func(_, i int) {
		if need(i) {
			out[i] = guideHash(guides[i])
		}
	})
	return out
}

// setManifest records, in a persisted index, which guides (by content
// hash) it holds.
func (x *Index) setManifest(b *bleve.Batch) error {
	if !x.disk {
		return nil
	}
	m, err := json.Marshal(x.hashes)
	if err != nil {
		return err
	}
	b.SetInternal([]byte(internalSchema), []byte(schemaVersion))
	b.SetInternal([]byte(internalManifest), m)
	return nil
}

// Changes says what an Update or Open did.
type Changes struct {
	Reused  bool // a persisted index was opened (not built)
	Added   int  // guides indexed that the index did not hold
	Changed int  // guides re-indexed because their content changed
	Removed int  // guides deleted from the index
}

func (c Changes) String() string {
	return fmt.Sprintf("reused=%v added=%d changed=%d removed=%d", c.Reused, c.Added, c.Changed, c.Removed)
}

// Update returns an index of guides made from x by indexing only what
// changed: guides whose documents differ are re-indexed (bleve replaces
// documents by ID), guides no longer present are deleted, the others are
// not touched. The new index shares x's bleve index, so x sees the changes
// too; x stays usable until closed. DocFreq counts may include deleted
// documents until bleve merges its segments.
func (x *Index) Update(guides []*bot.Guide) (*Index, Changes, error) {
	var ch Changes
	n := &Index{idx: x.idx, refs: x.refs, analyzer: x.analyzer, analysed: x.analysed, hashes: make(map[string]string, len(guides)),
		guides: make(map[string]*bot.Guide, len(guides)), disk: x.disk}
	batch := x.idx.NewBatch()
	hashes := guideHashes(guides, func(i int) bool {
		_, had := x.hashes[guides[i].Slug]
		return !had || x.guides[guides[i].Slug] != guides[i] // not the very guide hashed before (content.ParseCache)
	})
	for i, g := range guides {
		n.guides[g.Slug] = g
		n.sections += len(g.Sections)
		old, had := x.hashes[g.Slug]
		h := hashes[i]
		if h == "" {
			n.hashes[g.Slug] = old
			continue
		}
		n.hashes[g.Slug] = h
		if had && old == h {
			continue
		}
		docs := guideDocs(g)
		if had {
			ch.Changed++
			if err := x.deleteGuide(batch, g.Slug, docs); err != nil {
				return nil, ch, err
			}
		} else {
			ch.Added++
		}
		for _, d := range docs {
			if err := batch.Index(d.id, d.doc); err != nil {
				return nil, ch, err
			}
		}
	}
	for slug := range x.hashes {
		if _, ok := n.hashes[slug]; !ok {
			ch.Removed++
			if err := x.deleteGuide(batch, slug, nil); err != nil {
				return nil, ch, err
			}
		}
	}
	if ch.Added+ch.Changed+ch.Removed > 0 {
		if err := n.setManifest(batch); err != nil {
			return nil, ch, err
		}
		if err := x.idx.Batch(batch); err != nil {
			return nil, ch, fmt.Errorf("update index: %w", err)
		}
	}
	if ch.Added+ch.Changed+ch.Removed > 0 || x.terms == nil {
		if err := n.loadTerms(); err != nil {
			return nil, ch, err
		}
	} else {
		n.terms = x.terms
	}
	x.refs.Add(1)
	return n, ch, nil
}

// deleteGuide deletes the documents the index holds for slug, except
// those keep re-indexes.
func (x *Index) deleteGuide(b *bleve.Batch, slug string, keep []docEntry) error {
	q := bleve.NewTermQuery(slug)
	q.SetField("guide")
	res, err := x.idx.Search(bleve.NewSearchRequestOptions(q, 100000, 0, false))
	if err != nil {
		return fmt.Errorf("documents of %s: %w", slug, err)
	}
	kept := map[string]bool{}
	for _, d := range keep {
		kept[d.id] = true
	}
	for _, h := range res.Hits {
		if !kept[h.ID] {
			b.Delete(h.ID)
		}
	}
	return nil
}

// Open returns an index of guides kept on disk in dir: the index there is
// reused when it holds these guides, updated when only some changed (see
// Update), and built anew when there is none or it cannot be used (another
// schema, damaged files). A restart with unchanged content indexes nothing.
func Open(dir string, guides []*bot.Guide, logger *slog.Logger) (*Index, Changes, error) {
	path := filepath.Join(dir, "index.bleve")
	x, err := openExisting(path)
	if err == nil {
		n, ch, err := x.Update(guides)
		x.Close()
		ch.Reused = true
		return n, ch, err
	}
	if !errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		logger.Warn("persisted index not usable; rebuilding it", "path", path, "err", err)
	}
	if err := os.RemoveAll(path); err != nil {
		return nil, Changes{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, Changes{}, err
	}
	im, err := Mapping()
	if err != nil {
		return nil, Changes{}, err
	}
	idx, err := bleve.NewUsing(path, im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, Changes{}, fmt.Errorf("create index in %s: %w", path, err)
	}
	n, err := fill(idx, im, guides, true)
	return n, Changes{Added: len(guides)}, err
}

func openExisting(path string) (*Index, error) {
	if err := registerAnalysis(); err != nil {
		return nil, err
	}
	idx, err := bleve.Open(path)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*Index, error) {
		idx.Close()
		return nil, err
	}
	v, err := idx.GetInternal([]byte(internalSchema))
	if err != nil {
		return fail(err)
	}
	if string(v) != schemaVersion {
		return fail(fmt.Errorf("schema %q, want %q", v, schemaVersion))
	}
	raw, err := idx.GetInternal([]byte(internalManifest))
	if err != nil {
		return fail(err)
	}
	im, err := Mapping()
	if err != nil {
		return fail(err)
	}
	x := newIndex(idx, im, true)
	if err := json.Unmarshal(raw, &x.hashes); err != nil {
		return fail(fmt.Errorf("manifest: %w", err))
	}
	return x, nil
}
