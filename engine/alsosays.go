package engine

import (
	"context"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// alsoSays is the guide's sentence that holds a word the question asks
// about and the answer chosen does not ("why do meals up on the station
// get seasoned so hard?" answered from the challenges, whose words never
// say "season"): a word of few of the guide's sections, not a word of
// what is asked (an intent), a career, a place or a stop word. The
// sentence that has it and the most of the question's words, two at
// least, is the one; "" when every such word is in the answer already or
// no sentence has two.
func (l *Library) alsoSays(ctx context.Context, q *question, g *bot.Guide, a *bot.Answer) string {
	if l.Searcher == nil || a == nil {
		return ""
	}
	shown := map[string]bool{}
	for _, t := range append([]string{a.Title, a.Body, a.Note}, a.Bullets...) {
		for _, w := range words(t) {
			shown[stem(w)] = true
		}
	}
	for _, f := range a.Fields {
		for _, w := range words(f.Label + " " + f.Value) {
			shown[stem(w)] = true
		}
	}
	spelt := map[string]bool{} // the words a guide's shorthand spells out ("AI": artificial intelligence), no word asked of its own
	for _, ws := range l.expand {
		for _, w := range ws {
			spelt[w] = true
		}
	}
	asked := map[string]bool{} // the question's content words, by stem
	var wanted []string        // those the answer lacks and few sections have
	for i, w := range q.words {
		if len(w) < 4 || q.m.stop[w] || q.m.index[w] != nil || !hasLetter(w) || hasDigit(w) || l.isCareerWord(w) || placeWord(q.m, w) ||
			i < len(q.taken) && q.taken[i] || q.idiom[w] || spelt[w] {
			continue
		}
		st := stem(w)
		asked[st] = true
		if shown[st] {
			continue
		}
		if n := l.Searcher.DocFreq(ctx, w); n > 0 && n <= 3 && l.labelsOf(g).uses(st) {
			wanted = append(wanted, st)
		}
	}
	if len(wanted) == 0 {
		return ""
	}
	best, bestN := "", 1 // (two of the question's words at least: one alone may be a word used in passing)
	for _, sec := range g.Sections {
		for _, s := range guideSentences(sec.Body) {
			has, seen := false, map[string]bool{}
			for _, w := range words(s) {
				st := stem(w)
				if asked[st] {
					seen[st] = true
				}
				for _, x := range wanted {
					has = has || x == st
				}
			}
			if has && len(seen) > bestN {
				best, bestN = s, len(seen)
			}
		}
	}
	return best
}

// guideSentences cuts a section's text into its sentences and list items,
// without markdown marks.
func guideSentences(body string) []string {
	var out []string
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "-*#>|0123456789. "))
		if line == "" {
			continue
		}
		for _, s := range strings.SplitAfter(line, ". ") {
			if s = strings.TrimSpace(s); len(s) > 12 {
				out = append(out, strings.ReplaceAll(s, "**", ""))
			}
		}
	}
	return out
}
