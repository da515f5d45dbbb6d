package engine

import (
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// alsoSays is the guide's sentence that holds a word the question asks
// about and the answer chosen does not ("do MLEs spend most of their time
// tuning hyperparameters?" answered from the key takeaways, whose words
// never say "hyperparameters"): a word of at most three of the guide's
// sections, not a word of what is asked (an intent), a career, a place, a
// stop word or a word a guide's shorthand spells out. The sentence that
// has it and the most of the question's words, two at least, is the one;
// "" when every such word is in the answer already or no sentence has two.
func (l *Library) alsoSays(q *question, g *bot.Guide, a *bot.Answer) string {
	if a == nil {
		return ""
	}
	ix := l.alsoIndexOf(g)
	var asked, wanted []string // the question's content words, and those of few sections, by stem
	for i, w := range q.words {
		if len(w) < 4 || q.m.stop[w] || q.m.index[w] != nil || !hasLetter(w) || hasDigit(w) || l.isCareerWord(w) || placeWord(q.m, w) ||
			i < len(q.taken) && q.taken[i] || q.idiom[w] || l.spelt(w) {
			continue
		}
		st := stem(w)
		asked = append(asked, st)
		if n := ix.sections[st]; n > 0 && n <= 3 {
			wanted = append(wanted, st)
		}
	}
	if len(wanted) == 0 {
		return "" // (most questions: nothing read of the answer)
	}
	var sb strings.Builder // the answer's text, lower-cased: a stem found in it is shown (a word's stem begins it)
	for _, t := range append([]string{a.Title, a.Body, a.Note}, a.Bullets...) {
		sb.WriteString(strings.ToLower(t))
		sb.WriteByte('\n')
	}
	for _, f := range a.Fields {
		sb.WriteString(strings.ToLower(f.Label + " " + f.Value + "\n"))
	}
	shown := sb.String()
	best, bestN := -1, 1 // (two of the question's words at least: one alone may be a word used in passing)
	for _, st := range wanted {
		if strings.Contains(shown, st) {
			continue
		}
		for _, k := range ix.with[st] {
			n := 0
			for _, x := range ix.stems[k] {
				for _, y := range asked {
					if x == y {
						n++
						break
					}
				}
			}
			if n > bestN {
				best, bestN = k, n
			}
		}
	}
	if best < 0 {
		return ""
	}
	return ix.sentences[best]
}

// alsoIndex is a guide's sentences read for alsoSays once: each
// sentence's distinct stems, the sentences holding each stem, and in how
// many sections each stem stands.
type alsoIndex struct {
	sentences []string
	stems     [][]string
	with      map[string][]int
	sections  map[string]int
}

// alsoIndexOf is g's alsoIndex, built on first use.
func (l *Library) alsoIndexOf(g *bot.Guide) *alsoIndex {
	if v, ok := l.alsoLines.Load(g); ok {
		return v.(*alsoIndex)
	}
	ix := &alsoIndex{with: map[string][]int{}, sections: map[string]int{}}
	for _, sec := range g.Sections {
		inSec := map[string]bool{}
		for _, s := range guideSentences(sec.Body) {
			k := len(ix.sentences)
			seen := map[string]bool{}
			var sts []string
			for _, w := range words(s) {
				st := stem(w)
				if !seen[st] {
					seen[st] = true
					sts = append(sts, st)
					ix.with[st] = append(ix.with[st], k)
				}
				inSec[st] = true
			}
			ix.sentences = append(ix.sentences, s)
			ix.stems = append(ix.stems, sts)
		}
		for st := range inSec {
			ix.sections[st]++
		}
	}
	v, _ := l.alsoLines.LoadOrStore(g, ix)
	return v.(*alsoIndex)
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

// spelt reports whether w is a word a guide's shorthand spells out ("AI":
// artificial intelligence), no word asked of its own.
func (l *Library) spelt(w string) bool { return l.spelled[w] }
