package engine

import (
	"hash/maphash"
	"sync/atomic"
)

// wordMemo keeps, for the words asked about lately, a value worked out from
// the word alone (by a function of the word and of tables that never
// change while the memo is in use), so that a word's value is worked out
// once and then read back with one look-up in a small table: a question's
// words are mostly the same few hundred words, asked about again and
// again.
//
// The table is fixed (wordMemoSlots): a word's hash picks a set of
// wordMemoWays adjacent slots, each holding one word and its value.
// Entries are never changed once stored, so readers need no lock (a slot is
// read and written atomically) and an entry whose word is not the one
// asked about is a miss. A word is stored in an empty slot of its set,
// else over one of them in turn. Words longer than wordMemoMaxLen are not
// kept. The engine/lexicon package keeps the lexicon's word facts the same
// way (lexicon.memo).
//
// Use: v, ok := m.get(w); if !ok { v = work(w); m.put(w, v) }, with a test
// comparing the memoised result with work's on every eval question and a
// fuzz target.
//
// The zero wordMemo is empty and ready to use.
type wordMemo[V any] struct {
	slots  [wordMemoSlots]atomic.Pointer[wordMemoEntry[V]]
	victim atomic.Uint32
}

// wordMemoSeed seeds every wordMemo's hash.
var wordMemoSeed = maphash.MakeSeed()

const (
	wordMemoSlots  = 1024 // a power of two
	wordMemoWays   = 4
	wordMemoMaxLen = 40
)

type wordMemoEntry[V any] struct {
	word string // a copy: never part of a caller's text
	v    V
}

func (m *wordMemo[V]) set(w string) []atomic.Pointer[wordMemoEntry[V]] {
	return m.slots[maphash.String(wordMemoSeed, w)&(wordMemoSlots-wordMemoWays):][:wordMemoWays]
}

// get returns w's value and true when the memo keeps w.
func (m *wordMemo[V]) get(w string) (V, bool) {
	if len(w) <= wordMemoMaxLen {
		set := m.set(w)
		for i := range set {
			if e := set[i].Load(); e != nil && e.word == w {
				return e.v, true
			}
		}
	}
	var zero V
	return zero, false
}

// put keeps v as w's value (not for a word longer than wordMemoMaxLen).
func (m *wordMemo[V]) put(w string, v V) {
	if len(w) > wordMemoMaxLen {
		return
	}
	e := &wordMemoEntry[V]{word: string(append(make([]byte, 0, len(w)), w...)), v: v}
	set := m.set(w)
	for i := range set {
		if set[i].Load() == nil {
			set[i].Store(e)
			return
		}
	}
	set[m.victim.Add(1)%wordMemoWays].Store(e)
}
