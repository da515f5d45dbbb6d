package engine

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/careerbot-dev/careerbot/bot"
)

// nameIndex finds career names by unique prefix and by typo without
// scanning every name: prefixes by binary search in the sorted names, typos
// through an inverted index of padded letter trigrams.
//
// Typo look-up is exact, not a heuristic: by the q-gram lemma, two strings
// within edit distance k share at least |a|+2-3k of the |a|+2 padded
// trigrams of a (as multisets), so any name within k of the query holds one
// of any 3k+1 of the query's trigram positions. The look-up takes the 3k+1
// query trigrams with the shortest posting lists, and only the names on
// those lists (and of a length within k) are compared with Levenshtein.
// When a query is too short for the lemma to bite (|a|+2-3k < 1), it falls
// back to the names of a length within k.
type nameIndex struct {
	sorted []string // every name, ascending
	guide  map[string]*bot.Guide
	grams  map[gram][]int32 // trigram → names (indexes into sorted) holding it
	byLen  map[int][]int32  // length in runes → names
	counts sync.Pool        // *[]uint8, one counter per name
}

func newNameIndex(names map[string]*bot.Guide) *nameIndex {
	x := &nameIndex{guide: names, grams: map[gram][]int32{}, byLen: map[int][]int32{}, sorted: make([]string, 0, len(names))}
	for n := range names {
		x.sorted = append(x.sorted, n)
	}
	sort.Strings(x.sorted)
	var gs []gram
	for i, n := range x.sorted {
		gs = trigrams(n, gs[:0])
		for k, g := range gs {
			if !slices.Contains(gs[:k], g) {
				x.grams[g] = append(x.grams[g], int32(i))
			}
		}
		l := len([]rune(n))
		x.byLen[l] = append(x.byLen[l], int32(i))
	}
	x.counts.New = func() any { c := make([]uint8, len(x.sorted)); return &c }
	return x
}

// gram is a trigram of runes; 0 pads the ends.
type gram [3]rune

// trigrams appends the padded trigrams of s to out, one per position.
func trigrams(s string, out []gram) []gram {
	g := gram{0, 0, 0}
	for _, r := range s {
		g = gram{g[1], g[2], r}
		out = append(out, g)
	}
	for k := 0; k < 2; k++ {
		g = gram{g[1], g[2], 0}
		out = append(out, g)
	}
	return out
}

// prefix returns the guide whose names alone start with p (nil, false when
// none do; nil, true when names of two guides do).
func (x *nameIndex) prefix(p string) (g *bot.Guide, ambiguous bool) {
	for i := sort.SearchStrings(x.sorted, p); i < len(x.sorted) && strings.HasPrefix(x.sorted[i], p); i++ {
		h := x.guide[x.sorted[i]]
		if g != nil && h != g {
			return g, true
		}
		g = h
	}
	return g, false
}

// closest returns the guide of the name nearest to n within maxD edits
// (ties go to the lower slug), or nil.
func (x *nameIndex) closest(n string, maxD int) *bot.Guide {
	var best *bot.Guide
	bestD := maxD + 1
	try := func(i int32) {
		name := x.sorted[i]
		g := x.guide[name]
		if d := bot.Levenshtein(n, name, maxD); d < bestD || (d == bestD && best != nil && g.Slug < best.Slug) {
			best, bestD = g, d
		}
	}
	length := len([]rune(n))
	var grams []gram // distinct
	for _, g := range trigrams(n, nil) {
		if !slices.Contains(grams, g) {
			grams = append(grams, g)
		}
	}
	// k edits remove at most 3k of the query's trigram positions, so a name
	// within k holds all but at most 3k of its distinct trigrams: of the m
	// rarest, at least m-3k. Too few trigrams: compare by length instead.
	if len(grams) < 3*maxD+1 {
		for l := length - maxD; l <= length+maxD; l++ {
			for _, i := range x.byLen[l] {
				try(i)
			}
		}
		return best
	}
	sort.Slice(grams, func(a, b int) bool { return len(x.grams[grams[a]]) < len(x.grams[grams[b]]) })
	m := min(len(grams), 3*maxD+1+nameExtraGrams)
	countp := x.counts.Get().(*[]uint8)
	count := *countp
	var touched []int32
	for _, g := range grams[:m] {
		for _, i := range x.grams[g] {
			if count[i] == 0 {
				touched = append(touched, i)
			}
			count[i]++
		}
	}
	for _, i := range touched {
		c := int(count[i])
		count[i] = 0
		if c < m-3*maxD {
			continue
		}
		if l := len([]rune(x.sorted[i])); l >= length-maxD && l <= length+maxD {
			try(i)
		}
	}
	x.counts.Put(countp)
	return best
}

// nameExtraGrams is how many trigrams beyond the 3k+1 that a typo look-up
// needs are counted, so that candidates must share several of them.
const nameExtraGrams = 6

// withGuides is x for names with the same keys as x's, mapped to other
// guides (Library.patched): the sorted names and their trigrams are shared.
func (x *nameIndex) withGuides(names map[string]*bot.Guide) *nameIndex {
	n := &nameIndex{sorted: x.sorted, guide: names, grams: x.grams, byLen: x.byLen}
	n.counts.New = func() any { c := make([]uint8, len(n.sorted)); return &c }
	return n
}
