package engine

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
