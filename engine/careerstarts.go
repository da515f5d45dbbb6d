package engine

import (
	"strings"
	"sync"
)

// careerStarts holds, for each word that begins a name of two or more
// words in Library.names, the most words such a name has (phraseStarts),
// worked out from the names on first use.
//
// findCareers looked up every run of up to maxWords words at each word of
// a question in the names (joining each run first); a run of n > 1 words
// can only be a name when its first word begins a name of at least n
// words, and most words begin none.
type careerStarts struct {
	once   sync.Once
	starts phraseStarts
}

// careerRun returns the most words a name in l.names that a run starting
// with w could be has: 1 (the word alone) when no name of two or more
// words begins with w, maxWords when w has a space of its own (the run's
// first word is then not w). Never less than 1.
func (l *Library) careerRun(w string) int {
	if strings.IndexByte(w, ' ') >= 0 {
		return max(1, l.maxWords)
	}
	c := &l.careerStarts
	c.once.Do(func() {
		c.starts = phraseStarts{}
		for n := range l.names {
			c.starts.add(n)
		}
	})
	return max(1, c.starts[w])
}
