package lexicon

import (
	"hash/maphash"
	"sync/atomic"
)

// A question asks the lexicon about each of its words many times over:
// whether it is a word, a noun, an adjective, an occupation, a common verb,
// what its singular is (each of those a look-up or several in a table of
// 72,402 words, and Singular a few more), from a dozen places in the
// engine. Through HTTP those tables' entries are mostly out of the CPU's
// caches by the next question, so each look-up is a cache miss or two.
//
// wordFacts is one word's record: what those methods read of the tables,
// worked out together the first time a word is asked about and kept in a
// small table of recent words (memo), so that each further question about
// the word is one look-up in a small, warm table. Each method that reads a
// record answers exactly what it answered from the tables (the record holds
// the same values the method read; TestMemoMatchesTables and
// FuzzMemoMatchesTables compare every method with and without the memo).
//
// To add a fact: add a field, fill it in newWordFacts from the same code
// the method ran, answer the method from it, and add the method to
// uncachedAnswers in memo_test.go (the test compares every method listed
// there, on every word of the table and on the fuzzer's words).
type wordFacts struct {
	word        string // the word (a copy: never a caller's text)
	pos         string // pos.get(word)
	singular    string // Singular(word)
	posSingular string // pos.get(singular)
	occupation  bool   // Occupation(word)
	foreign     bool   // Foreign(word)
	commonVerb  bool   // CommonVerb(word)
	placeWords  int32  // PlaceWords(word)
	occWords    int32  // OccupationWords(word)
}

// memoSlots is the number of words the memo keeps (a power of two): many
// more than the words of a day's questions that are asked about often.
const memoSlots = 4096

// memoMaxLen is the longest word (or phrase) kept: longer ones are
// answered from the tables, so the memo never keeps much text.
const memoMaxLen = 40

// memoWays is how many slots a word may go to (adjacent, in one cache
// line): two hot words whose hashes pick the same slots do not push each
// other out unless more than memoWays of them do.
const memoWays = 4

// memo is a fixed table of records: a word's hash picks a set of memoWays
// slots, each holding a word that went there. Records are never changed
// once stored, so readers need no lock: a slot is read and written
// atomically, and a record whose word is not the one asked about is a
// miss. A word is stored in an empty slot of its set, else over one of
// them in turn.
type memo struct {
	seed   maphash.Seed
	slots  [memoSlots]atomic.Pointer[wordFacts]
	victim atomic.Uint32 // turns through the ways for words stored over others
}

// facts returns w's record, worked out and kept when the memo lacks it;
// nil when w is too long to keep (the caller reads the tables).
func (l *Lexicon) facts(w string) *wordFacts {
	if len(w) > memoMaxLen || l.memo == nil {
		return nil
	}
	set := l.memo.slots[maphash.String(l.memo.seed, w)&(memoSlots-memoWays):][:memoWays]
	free := -1
	for i := range set {
		f := set[i].Load()
		if f == nil {
			if free < 0 {
				free = i
			}
			continue
		}
		if f.word == w {
			return f
		}
	}
	if free < 0 {
		free = int(l.memo.victim.Add(1) % memoWays)
	}
	f := l.newWordFacts(w)
	set[free].Store(f)
	return f
}

// newWordFacts works out w's record from the tables, as each method did.
func (l *Lexicon) newWordFacts(w string) *wordFacts {
	// A copy: w may be part of a whole question. (A new name, so that
	// escape analysis sees that w itself is never kept.)
	c := string(append(make([]byte, 0, len(w)), w...))
	sg := l.singular(c)
	return &wordFacts{
		word:        c,
		pos:         l.pos.get(c),
		singular:    sg,
		posSingular: l.pos.get(sg),
		occupation:  l.occupations[c] || l.occupations[sg],
		foreign:     l.foreignName(c),
		commonVerb:  l.commonVerb(c),
		placeWords:  int32(l.placeWordsOf(c)),
		occWords:    int32(l.occWords[c]),
	}
}
