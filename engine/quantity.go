package engine

import (
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// quantityLine answers a question that asks for a number ("how often do
// fresh groceries arrive?", "how soon after waking must the map be
// drawn?") with the one bullet or sentence of the guide that gives a number
// and holds all but one of the question's words the guide knows, two at
// least ("Fresh supplies arrive only every 90 days"). nil when no line, or
// more than one, does.
func (e *Engine) quantityLine(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if !(hasAll(q, "how", "often") || hasAll(q, "how", "soon") || hasAll(q, "how", "frequently") || hasAll(q, "how", "fast")) {
		return nil
	}
	if matchCert(q, g) != nil || namesLicense(q, g) {
		return nil // a certificate's or permit's details: said when the guide lacks them
	}
	gl := lib.labelsOf(g)
	var want []string
	seen := map[string]bool{}
	for _, w := range lib.contentWords(q, g) {
		st := stem(w)
		if seen[st] || careerWords[w] || quantityWords[w] || q.m.lex.CommonVerb(w) && !gl.inSections[st] ||
			!q.m.lex.Noun(w) && !q.m.lex.Verb(w) && gl.uses(st) == false {
			continue
		}
		seen[st] = true
		want = append(want, st)
	}
	if len(want) < 2 {
		return nil
	}
	var best *bot.Section
	bestLine, found := "", 0
	for _, s := range g.Sections {
		for _, line := range strings.Split(s.Body, "\n") {
			line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "- "))
			if line == "" || !strings.ContainsAny(line, "0123456789") {
				continue
			}
			have := map[string]bool{}
			for _, w := range words(line) {
				have[stem(w)] = true
			}
			n := 0
			for _, st := range want {
				if have[st] {
					n++
				}
			}
			if n >= 2 && n >= len(want)-1 {
				if found > 0 && line != bestLine {
					return nil // more than one line gives a number for these words
				}
				best, bestLine, found = s, line, found+1
			}
		}
	}
	if best == nil {
		return nil
	}
	return e.passageAnswer(g, best, best.Title, strings.ReplaceAll(bestLine, "**", ""))
}

// quantityWords ask for a number; they are not what it is a number of.
var quantityWords = setOf("soon", "often", "fast", "frequently", "quickly", "long", "down", "after", "before")
