package lexicon

import "hash/maphash"

// posTable maps words to their parts of speech (what was a
// map[string]string) without a pointer the garbage collector has to
// follow: a map from the word's hash to where the word is in the table's
// text and which of the few distinct values it has. As a map of strings it
// was five of a small library's seven megabytes of live heap and most of
// the marking every collection does, on every few thousand answers. A
// word whose hash another word already has (never seen with 64-bit
// hashes, but possible) goes to a plain map beside it.
type posTable struct {
	seed   maphash.Seed
	text   string              // the table's text: words are read back from it
	m      map[uint64]posEntry // hash of a word → its entry
	values []string            // the distinct values
	index  map[string]uint16   // value → its index in values (while building)
	extra  map[string]string   // words whose hash another word has
}

type posEntry struct {
	off uint32 // the word is text[off : off+n]
	n   uint16
	v   uint16 // values[v]
}

func newPosTable(text string, size int) *posTable {
	return &posTable{seed: maphash.MakeSeed(), text: text, m: make(map[uint64]posEntry, size), index: map[string]uint16{}}
}

// set records the value of the word text[off:off+n], replacing an earlier
// one (as a map assignment does).
func (t *posTable) set(off, n int, value string) {
	w := t.text[off : off+n]
	v, ok := t.index[value]
	if !ok {
		v = uint16(len(t.values))
		t.values = append(t.values, value)
		t.index[value] = v
	}
	if off >= 1<<32 || n >= 1<<16 || len(t.values) >= 1<<16 {
		t.setExtra(w, value) // beyond what an entry holds
		return
	}
	h := maphash.String(t.seed, w)
	if e, ok := t.m[h]; ok && t.text[e.off:int(e.off)+int(e.n)] != w {
		t.setExtra(w, value) // another word has this hash
		return
	}
	t.m[h] = posEntry{off: uint32(off), n: uint16(n), v: v}
}

func (t *posTable) setExtra(w, value string) {
	if t.extra == nil {
		t.extra = map[string]string{}
	}
	t.extra[w] = value
}

// get returns the word's value, "" when it has none (as a map read does).
func (t *posTable) get(w string) string {
	if t == nil {
		return ""
	}
	if e, ok := t.m[maphash.String(t.seed, w)]; ok && t.text[e.off:int(e.off)+int(e.n)] == w {
		return t.values[e.v]
	}
	return t.extra[w]
}

// done drops what only building needed.
func (t *posTable) done() { t.index = nil }
