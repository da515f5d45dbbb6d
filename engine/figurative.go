package engine

import (
	"context"
	"strings"
)

// figurative marks the words of a likeness drawn with a name from fiction
// or pop culture: "… is it like Jedi vs Sith?", "like Schrute beets but
// quantum", "asking like a Pokémon professor", "Lilo & Stitch vs Forrest
// Gump energy". Such a name describes the question; it is neither a job
// with no guide ("Pokémon professor", "Doctor Strange") nor a topic the
// guide lacks ("Jedi"). The words are taken and kept out of the search.
//
// A likeness is told by its frame, "like" before the name, or "energy" or
// "vibes" after it; and the name is
// typed with a capital and is no word of the dictionary, a place, an
// employer or a word of the guides ("like Google" and "jobs like Data
// Science" keep their sense), or a person's title before a name that is
// no noun ("Doctor Strange"). After a noun, "like" gives an example of its
// kind ("companies like Anthropic"), unless the name is titled.
func (l *Library) figurative(q *question, raw []string, taken []bool) {
	ws := q.words
	if len(raw) != len(ws) || len(ws) < 3 {
		return
	}
	cuts := clauseCuts(q.raw, raw, sentenceEnds(q.raw, raw, len(ws)), len(ws), func(string) bool { return false })
	cut := func(k int) bool { return k >= 0 && k < len(cuts) && cuts[k] }
	// titled reports whether the word at k is a person's title before a
	// name that is no noun: "Doctor Strange", "Professor X" (not "Nurse
	// Practitioner").
	titled := func(k int) bool {
		if k+1 >= len(ws) || !capitalised(raw[k]) || !capitalised(raw[k+1]) || taken[k+1] || !l.m.lex.Person(ws[k]) {
			return false
		}
		return !l.m.lex.Noun(ws[k+1]) && !l.m.stop[ws[k+1]] && l.m.index[ws[k+1]] == nil
	}
	// name reports whether the word at k is a name of fiction: capitalised
	// and no word the guides, the dictionary or the places know.
	name := func(k int) bool {
		w := ws[k]
		if taken[k] || !capitalised(raw[k]) || l.m.stop[w] || l.m.index[w] != nil || l.m.employers[w] || placeWord(l.m, w) || l.vocab.known(w) {
			return false
		}
		return !l.m.lex.Word(w) || titled(k)
	}
	mark := func(from, to int) {
		for k := from; k < to; k++ {
			taken[k] = true
			if q.idiom == nil {
				q.idiom = map[string]bool{}
			}
			q.idiom[ws[k]] = true
		}
	}
	for i, w := range ws {
		switch w {
		case "like":
			j := i + 1
			for j < len(ws) && (ws[j] == "a" || ws[j] == "an" || ws[j] == "the") {
				j++
			}
			if j >= len(ws) || !name(j) {
				continue
			}
			if !(i == 0 || cut(i-1) || likenessOpener[ws[i-1]] || !l.m.lex.Noun(ws[i-1]) || titled(j)) {
				continue // "companies like Anthropic": an example of a kind
			}
			end := j
			for end < len(ws) && ws[end] != "but" && !taken[end] {
				end++
				if cut(end - 1) {
					break
				}
			}
			mark(i, end)
		case "energy", "vibes", "vibe":
			from, named := i, false
			for k := i - 1; k >= 0 && k >= i-6 && !taken[k] && !cut(k); k-- {
				x := ws[k]
				if x == "vs" || x == "versus" || x == "and" || x == "or" {
					if k == i-1 {
						break
					}
					from = k
					continue
				}
				if l.m.stop[x] || l.m.index[x] != nil && !capitalised(raw[k]) || !capitalised(raw[k]) && l.m.lex.Word(x) && !l.m.lex.OnlyNoun(x) {
					break
				}
				named = named || name(k) || !l.m.lex.Word(x) && !l.vocab.known(x) && l.m.index[x] == nil // ("Alien facehugger energy")
				from = k
			}
			if named && from < i {
				mark(from, i+1)
			}
		}
	}
}

// likenessOpener are the words before a "like" that draws a likeness ("is
// it like", "kinda like", "asking like"), not a liking ("I like", "would
// like") or an example of a kind ("jobs like nursing").
var likenessOpener = setOf("it", "its", "s", "kinda", "sorta", "of", "just", "more", "basically", "literally", "exactly", "totally", "almost",
	"asking", "feels", "sounds", "looks", "seems", "vibe", "vibes", "energy")

// likenessOnly reports whether a piece of a message is a likeness alone
// ("… tools for surveying a dreamscape? like Doctor Strange astral
// projection gear?"): more of the question before it, not a part to
// answer.
func (l *Library) likenessOnly(s string) bool {
	if len(s) < 6 || !strings.EqualFold(s[:5], "like ") {
		return false
	}
	q := l.analyse(context.Background(), s)
	return len(q.taken) > 0 && q.words[0] == "like" && q.taken[0]
}
