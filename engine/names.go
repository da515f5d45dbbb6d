package engine

import (
	"sort"
	"strings"

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
	grams  map[string][]int32 // trigram → names (indexes into sorted) holding it
	byLen  map[int][]int32    // length in runes → names
}

func newNameIndex(names map[string]*bot.Guide) *nameIndex {
	x := &nameIndex{guide: names, grams: map[string][]int32{}, byLen: map[int][]int32{}}
	for n := range names {
		x.sorted = append(x.sorted, n)
	}
	sort.Strings(x.sorted)
	for i, n := range x.sorted {
		seen := map[string]bool{}
		for _, g := range trigrams(n) {
			if !seen[g] {
				seen[g] = true
				x.grams[g] = append(x.grams[g], int32(i))
			}
		}
		l := len([]rune(n))
		x.byLen[l] = append(x.byLen[l], int32(i))
	}
	return x
}

// trigrams returns the padded trigrams of s, one per position.
func trigrams(s string) []string {
	r := append(append([]rune{0, 0}, []rune(s)...), 0, 0)
	out := make([]string, 0, len(r)-2)
	for i := 0; i+3 <= len(r); i++ {
		out = append(out, string(r[i:i+3]))
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
	grams := trigrams(n)
	need := 3*maxD + 1
	if len(grams)-3*maxD < 1 || len(grams) < need {
		for l := length - maxD; l <= length+maxD; l++ {
			for _, i := range x.byLen[l] {
				try(i)
			}
		}
		return best
	}
	sort.Slice(grams, func(a, b int) bool { return len(x.grams[grams[a]]) < len(x.grams[grams[b]]) })
	seen := map[int32]bool{}
	for _, g := range grams[:need] {
		for _, i := range x.grams[g] {
			if seen[i] {
				continue
			}
			seen[i] = true
			if l := len([]rune(x.sorted[i])); l >= length-maxD && l <= length+maxD {
				try(i)
			}
		}
	}
	return best
}
