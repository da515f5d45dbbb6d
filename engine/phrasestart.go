package engine

import "strings"

// phraseStarts records, for each word that begins a phrase of two or more
// words in some phrase tables, the most words such a phrase has. Reading a
// question looks up every run of one to three words in those tables; a
// run of n words can only be one of their phrases when its first word
// begins a phrase of at least n words, so most runs need no look-up (and
// no joining) at all.
type phraseStarts map[string]int

// add records a phrase of the tables.
func (p phraseStarts) add(phrase string) {
	first, _, multi := strings.Cut(phrase, " ")
	if !multi {
		return
	}
	if n := strings.Count(phrase, " ") + 1; n > p[first] {
		p[first] = n
	}
}

// may reports whether the run of n words starting with w (joined by single
// spaces) could be one of the phrases: always for one word, and for a w
// with a space of its own (the run's first word is then not w).
// A nil phraseStarts knows no phrases and lets every run through.
func (p phraseStarts) may(w string, n int) bool {
	return n <= 1 || p == nil || p[w] >= n || strings.IndexByte(w, ' ') >= 0
}

// A phraseLine is a question's words with a space either side of each
// (" how much is it "), with the set of its byte pairs: most phrases
// looked for in it lack one of their end pairs, and are turned away by a
// test of two bits instead of a search of the line.
type phraseLine struct {
	s   string
	set textPairs
}

func newPhraseLine(s string) phraseLine {
	l := phraseLine{s: s}
	for i := 0; i < len(s); i++ {
		l.set.add(singleKey(s[i]))
		if i > 0 {
			l.set.add(pairKey(s[i-1], s[i]))
		}
	}
	return l
}

// has is strings.Contains(l.s, p).
func (l *phraseLine) has(p string) bool {
	switch len(p) {
	case 0:
		return true
	case 1:
		if !l.set.has(singleKey(p[0])) {
			return false
		}
	default:
		if !l.set.has(pairKey(p[0], p[1])) || !l.set.has(pairKey(p[len(p)-2], p[len(p)-1])) {
			return false
		}
		// The phrases looked for start and end with a space, and nearly
		// every line has a space before some word's first letter and after
		// some word's last: the pairs just inside them turn most away.
		if len(p) >= 4 && (!l.set.has(pairKey(p[1], p[2])) || !l.set.has(pairKey(p[len(p)-3], p[len(p)-2]))) {
			return false
		}
	}
	return strings.Contains(l.s, p)
}
