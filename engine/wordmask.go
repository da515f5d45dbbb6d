package engine

import "unsafe"

// wordMask is a 64-bit summary of a set of words: a word's bit is set for
// every word of the set (wordBit), so a word whose bit is clear is not in
// the set, without comparing it with each. A set bit says nothing: the
// words must still be compared.
type wordMask uint64

// wordBit is the bit of w: from its length and its first and last bytes,
// none of them hashed.
func wordBit(w string) wordMask {
	if w == "" {
		return 1
	}
	return 1 << ((uint(len(w))*7 + uint(w[0]) + 3*uint(w[len(w)-1])) & 63)
}

// maskOf returns the mask of ws.
func maskOf(ws []string) wordMask {
	var m wordMask
	for _, w := range ws {
		m |= wordBit(w)
	}
	return m
}

// mayHave reports whether w may be one of the mask's words: false only
// when it is not.
func (m wordMask) mayHave(w string) bool { return m&wordBit(w) != 0 }

// maskMemo is the mask of a question's words, kept with the slice it was
// made of (its array, its length and its last word): hasAll asks it dozens
// of times a question. Words only ever change in place by being blanked
// ("", which hasAll compares without the mask), so a mask of the words as
// they were has every bit of the words as they are; any other change of
// the words (an append, another slice, the last word written again) is
// seen, and makes the mask afresh.
type maskMemo struct {
	words *string
	n     int
	last  string
	mask  wordMask
}

// wordMask returns the mask of q's words (maskOf(q.words), or a mask with
// more bits: see maskMemo).
func (q *question) wordMask() wordMask {
	p, n := unsafe.SliceData(q.words), len(q.words)
	if n == 0 {
		return 0
	}
	last := q.words[n-1]
	if m := &q.maskMemo; m.words == p && m.n == n && len(m.last) == len(last) && unsafe.StringData(m.last) == unsafe.StringData(last) {
		return m.mask
	}
	mask := maskOf(q.words)
	q.maskMemo = maskMemo{words: p, n: n, last: last, mask: mask}
	return mask
}
