package engine

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/engine/lexicon"
	"github.com/careerbot-dev/careerbot/internal/wire"

	"github.com/careerbot-dev/careerbot/internal/atomicfile"
)

// The library's tables of names and words (buildTables: names, their
// index by prefix and trigram, head nouns, fields, certificates' word
// pairs and initials, summary words, the guides' vocabulary and the typo
// vocabulary) are, after the term table, the dearest part of a library
// build at 10,000 guides (0.6-0.7 s of CPU). A table file keeps them
// between runs, beside the stem file, under a hash of exactly what
// buildTables reads of the guides (in the library's order) and of the
// intent table and lexicon, with a version that includes the tables built
// from probe guides, so that a change to how they are built makes old
// files unusable even if nobody changes the format. Guides are written as
// their place in Library.Guides; the file ends with a SHA-256 of the rest.

const tableFileFormat = "careerbot-tables-2"

// tableFileVersion is tableFileFormat with a fingerprint of the model and
// of buildTables' output on probe guides.
func tableFileVersion() string {
	tableVersionOnce.Do(func() { tableVersion = makeTableFileVersion() })
	return tableVersion
}

var (
	tableVersionOnce sync.Once
	tableVersion     string
)

func makeTableFileVersion() string {
	h := sha256.New()
	h.Write([]byte(tableFileFormat))
	h.Write(intentsYAML)
	sum := lexicon.DefaultSum()
	h.Write(sum[:])
	probe := []*bot.Guide{
		{Slug: "dream-cartographer", Title: "Dream Cartographer", Aliases: []string{"Oneiric Mapper", "DC"},
			Vocabulary:     map[string]string{"ml": "machine learning", "gis": "geographic information systems"},
			Summary:        "Maps dreams for sleep clinics; nurses' night shifts and ML models.",
			Sections:       []*bot.Section{{ID: "dream-cartographer-tools", Title: "Tools & Tech"}, {ID: "dream-cartographer-path", Title: "How to Get There"}},
			Certifications: []bot.Cert{{Name: "Certified GIS Dream Surveyor (CGDS)"}, {Name: "ML Sleep Analyst"}}},
		{Slug: "quantum-gardener", Title: "Quantum Gardener", Aliases: []string{"Superposition Gardener"},
			Summary:        "Tends gardens in superposition; maps and models too.",
			Sections:       []*bot.Section{{ID: "quantum-gardener-tools", Title: "Tools & Tech"}},
			Certifications: []bot.Cert{{Name: "Certified GIS Dream Surveyor (CGDS)"}, {Name: "Quantum Horticulture Technician"}}},
	}
	if l, err := newLibrary(probe, nil, nil, ""); err == nil {
		h.Write(l.encodeTables(nil))
	}
	return tableFileFormat + ":" + hex.EncodeToString(h.Sum(nil)[:8])
}

// tablesPath is the table file beside a stem file.
func tablesPath(stems string) string {
	return strings.TrimSuffix(stems, ".stems") + ".tables"
}

// tablesKey hashes what buildTables reads of the guides, in order.
func tablesKey(guides []*bot.Guide) [32]byte {
	h := sha256.New()
	var buf [24]byte
	str := func(s string) {
		h.Write(strconv.AppendInt(buf[:0], int64(len(s)), 10))
		h.Write([]byte{':'})
		h.Write(unsafe.Slice(unsafe.StringData(s), len(s))) // (the hash keeps nothing)
	}
	num := func(n int) { str(strconv.Itoa(n)) }
	num(len(guides))
	for _, g := range guides {
		str(g.Slug)
		str(g.Title)
		num(len(g.Aliases))
		for _, a := range g.Aliases {
			str(a)
		}
		num(len(g.Vocabulary))
		for _, k := range slices.Sorted(maps.Keys(g.Vocabulary)) {
			str(k)
			str(g.Vocabulary[k])
		}
		str(g.Summary)
		num(len(g.Sections))
		for _, s := range g.Sections {
			str(s.Title)
		}
		num(len(g.Certifications))
		for _, c := range g.Certifications {
			str(c.Name)
		}
	}
	var k [32]byte
	h.Sum(k[:0])
	return k
}

// tableWriter appends the encoding of the tables.
type tableWriter struct {
	b   []byte
	ref map[*bot.Guide]int
}

func (w *tableWriter) num(v int)    { w.b = binary.AppendUvarint(w.b, uint64(v)) }
func (w *tableWriter) str(s string) { w.num(len(s)); w.b = append(w.b, s...) }
func (w *tableWriter) guide(g *bot.Guide) {
	if g == nil {
		w.num(0)
		return
	}
	w.num(w.ref[g] + 1)
}
func (w *tableWriter) strs(ss []string) {
	w.num(len(ss))
	for _, s := range ss {
		w.str(s)
	}
}
func (w *tableWriter) ids(ids []int32) {
	w.num(len(ids))
	for _, id := range ids {
		w.num(int(id))
	}
}

// encodeTables appends the library's tables to b, maps in key order.
func (l *Library) encodeTables(b []byte) []byte {
	w := &tableWriter{b: b, ref: make(map[*bot.Guide]int, len(l.Guides))}
	for i, g := range l.Guides {
		w.ref[g] = i
	}
	guideMap := func(m map[string]*bot.Guide) {
		w.num(len(m))
		for _, k := range slices.Sorted(maps.Keys(m)) {
			w.str(k)
			w.guide(m[k])
		}
	}
	boolMap := func(m map[string]bool) {
		w.num(len(m))
		for _, k := range slices.Sorted(maps.Keys(m)) {
			w.str(k)
			if m[k] {
				w.num(1)
			} else {
				w.num(0)
			}
		}
	}
	w.num(l.maxWords)
	guideMap(l.names)
	guideMap(l.certPairs)
	boolMap(l.certInits)
	boolMap(l.nameWords)
	w.num(len(l.headNames))
	for _, h := range slices.Sorted(maps.Keys(l.headNames)) {
		w.str(h)
		guideMap(l.headNames[h])
	}
	w.num(len(l.fields))
	for _, k := range slices.Sorted(maps.Keys(l.fields)) {
		fs := l.fields[k]
		w.str(k)
		w.num(len(fs))
		for _, f := range fs {
			w.num(f.at)
			w.strs(f.words)
		}
	}
	guideMap(l.summaryOwn)
	w.num(len(l.expand))
	for _, k := range slices.Sorted(maps.Keys(l.expand)) {
		w.str(k)
		w.strs(l.expand[k])
	}
	w.num(len(l.vocab.words))
	for _, k := range slices.Sorted(maps.Keys(l.vocab.words)) {
		w.str(k)
		w.num(l.vocab.words[k])
	}
	lfs := slices.SortedFunc(maps.Keys(l.vocab.byLen), func(a, b lenFirst) int {
		return cmp.Or(cmp.Compare(a.n, b.n), cmp.Compare(a.first, b.first))
	})
	w.num(len(lfs))
	for _, k := range lfs {
		w.num(k.n)
		w.num(int(k.first))
		w.strs(l.vocab.byLen[k])
	}
	w.num(len(l.vocab.fixes))
	for _, k := range slices.Sorted(maps.Keys(l.vocab.fixes)) {
		w.str(k)
		w.num(l.vocab.fixes[k])
	}
	x := l.nameIdx
	w.strs(x.sorted)
	grams := slices.SortedFunc(maps.Keys(x.grams), func(a, b gram) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]), cmp.Compare(a[2], b[2]))
	})
	w.num(len(grams))
	for _, g := range grams {
		w.num(int(g[0]))
		w.num(int(g[1]))
		w.num(int(g[2]))
		w.ids(x.grams[g])
	}
	lens := slices.Sorted(maps.Keys(x.byLen))
	w.num(len(lens))
	for _, n := range lens {
		w.num(n)
		w.ids(x.byLen[n])
	}
	return w.b
}

// SaveTables writes the library's tables of names and words to a table
// file beside the stem file at stems (through a temporary file renamed
// into place), for NewLibraryWithStems in the next run.
func (l *Library) SaveTables(stems string) error {
	path := tablesPath(stems)
	w := &tableWriter{}
	w.str(tableFileVersion())
	key := tablesKey(l.Guides)
	w.b = append(w.b, key[:]...)
	w.num(len(l.Guides))
	b := l.encodeTables(w.b)
	sum := sha256.Sum256(b) // a damaged file is not read as other tables
	b = append(b, sum[:]...)
	return atomicfile.Write(path, func(w io.Writer) error { _, err := w.Write(b); return err })
}

// TablesBuilt reports whether a library built with a stem file built its
// tables of names and words rather than read them from the table file
// beside it (then the file is worth writing: SaveTables).
func (l *Library) TablesBuilt() bool { return l.tablesFresh }

// tableReader reads a table file; its strings are substrings of s.
type tableReader struct {
	s      string
	at     int
	err    error
	guides []*bot.Guide
}

var errTablesDamaged = errors.New("table file damaged")

func (r *tableReader) num() int {
	if r.err != nil {
		return 0
	}
	v, n := wire.Uvarint(r.s[r.at:])
	if n <= 0 || v > uint64(len(r.s)) {
		r.err = errTablesDamaged
		return 0
	}
	r.at += n
	return int(v)
}

// count is a number of things that each take at least a byte.
func (r *tableReader) count() int {
	n := r.num()
	if n > len(r.s)-r.at {
		r.err = errTablesDamaged
		return 0
	}
	return n
}

func (r *tableReader) str() string {
	n := r.count()
	if r.err != nil {
		return ""
	}
	s := r.s[r.at : r.at+n]
	r.at += n
	return s
}

func (r *tableReader) guide() *bot.Guide {
	i := r.num()
	if i == 0 || r.err != nil {
		return nil
	}
	if i > len(r.guides) {
		r.err = errTablesDamaged
		return nil
	}
	return r.guides[i-1]
}

func (r *tableReader) strs() []string {
	n := r.count()
	if n == 0 || r.err != nil {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.str()
	}
	return out
}

func (r *tableReader) ids(slab *[]int32, below int) []int32 {
	n := r.count()
	if r.err != nil {
		return nil
	}
	s := *slab
	if len(s) < n {
		s = make([]int32, max(n, 1<<16))
	}
	out := s[:n:n]
	*slab = s[n:]
	for i := range out {
		id := r.num()
		if id >= below {
			r.err = errTablesDamaged
			return nil
		}
		out[i] = int32(id)
	}
	return out
}

func (r *tableReader) guideMap() map[string]*bot.Guide {
	n := r.count()
	m := make(map[string]*bot.Guide, n)
	for range n {
		if r.err != nil {
			break
		}
		k := r.str()
		m[k] = r.guide()
	}
	return m
}

func (r *tableReader) boolMap() map[string]bool {
	n := r.count()
	m := make(map[string]bool, n)
	for range n {
		if r.err != nil {
			break
		}
		k := r.str()
		m[k] = r.num() != 0
	}
	return m
}

// readTables sets the library's tables of names and words from the table
// file at path when it holds those of these guides; false (nothing set)
// when it is missing, of another version or guides, or damaged.
func (l *Library) readTables(path string) bool {
	data, err := os.ReadFile(path)
	if err != nil || len(data) <= sha256.Size {
		return false
	}
	body := data[:len(data)-sha256.Size]
	if sum := sha256.Sum256(body); string(sum[:]) != string(data[len(body):]) {
		return false
	}
	r := &tableReader{s: unsafe.String(&body[0], len(body)), guides: l.Guides} // (data is not written to again)
	if v := r.str(); r.err != nil || v != tableFileVersion() {
		return false
	}
	if r.at+32 > len(r.s) {
		return false
	}
	key := tablesKey(l.Guides)
	if r.s[r.at:r.at+32] != string(key[:]) {
		return false
	}
	r.at += 32
	if r.num() != len(l.Guides) || r.err != nil {
		return false
	}
	var t Library
	t.maxWords = r.num()
	t.names = r.guideMap()
	t.certPairs = r.guideMap()
	t.certInits = r.boolMap()
	t.nameWords = r.boolMap()
	n := r.count()
	t.headNames = make(map[string]map[string]*bot.Guide, n)
	for range n {
		if r.err != nil {
			break
		}
		h := r.str()
		t.headNames[h] = r.guideMap()
	}
	n = r.count()
	t.fields = make(map[string][]titleField, n)
	for range n {
		if r.err != nil {
			break
		}
		k := r.str()
		fs := make([]titleField, r.count())
		for i := range fs {
			at := r.num()
			if at >= len(l.Guides) {
				r.err = errTablesDamaged
				break
			}
			fs[i] = titleField{g: l.Guides[at], at: at, words: r.strs()}
		}
		t.fields[k] = fs
	}
	t.summaryOwn = r.guideMap()
	n = r.count()
	t.expand = make(map[string][]string, n)
	for range n {
		if r.err != nil {
			break
		}
		k := r.str()
		t.expand[k] = r.strs()
	}
	n = r.count()
	v := &vocabulary{words: make(map[string]int, n)}
	for range n {
		if r.err != nil {
			break
		}
		k := r.str()
		v.words[k] = r.num()
	}
	n = r.count()
	v.byLen = make(map[lenFirst][]string, n)
	for range n {
		if r.err != nil {
			break
		}
		k := lenFirst{n: r.num(), first: rune(r.num())}
		v.byLen[k] = r.strs()
	}
	n = r.count()
	v.fixes = make(map[string]int, n)
	for range n {
		if r.err != nil {
			break
		}
		k := r.str()
		v.fixes[k] = r.num()
	}
	x := &nameIndex{guide: t.names, sorted: r.strs()}
	var slab []int32
	n = r.count()
	x.grams = make(map[gram][]int32, n)
	for range n {
		if r.err != nil {
			break
		}
		g := gram{rune(r.num()), rune(r.num()), rune(r.num())}
		x.grams[g] = r.ids(&slab, len(x.sorted))
	}
	n = r.count()
	x.byLen = make(map[int][]int32, n)
	for range n {
		if r.err != nil {
			break
		}
		k := r.num()
		x.byLen[k] = r.ids(&slab, len(x.sorted))
	}
	if r.err != nil || r.at != len(r.s) || len(x.sorted) != len(t.names) {
		return false
	}
	for _, name := range x.sorted {
		if _, ok := t.names[name]; !ok {
			return false
		}
	}
	x.counts.New = func() any { c := make([]uint8, len(x.sorted)); return &c }
	l.maxWords, l.names, l.certPairs, l.certInits, l.nameWords = t.maxWords, t.names, t.certPairs, t.certInits, t.nameWords
	l.headNames, l.fields, l.summaryOwn, l.expand = t.headNames, t.fields, t.summaryOwn, t.expand
	l.spelled = spelledOf(t.expand)
	l.vocab, l.nameIdx = v, x
	return true
}
