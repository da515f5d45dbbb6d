package engine

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// labelEndRE is the end of a message's opening sentence: a full stop, '!',
// ';' or '?' before a space (a '?' there ends a question, never a label).
// A colon or a dash after a job heads a question about it ("Pastry chef:
// what should I do first?").
var labelEndRE = regexp.MustCompile(`[.!;?](\s|$)`)

// labelPointers are the words that point back at a person or job told
// before ("Sous chef in Vegas. Do they need the food safety cert?").
var labelPointers = setOf("they", "them", "their", "theirs", "he", "she", "his", "her", "him", "those", "these", "such", "same")

// labelJobs are the nouns that, after "that", "this" or "the", point back
// at the job told ("Nurse in Ohio. what does that job pay?").
var labelJobs = setOf("job", "jobs", "role", "work", "gig", "field", "profession", "career", "line", "trade")

// labelGuide is the guide a message asks about when the job it names is
// only the asker's label, told first ("PT aide, 32k. how much is the
// TensorFlow Developer Certificate?", "GIS tech making 58k. what do the
// people who map dreams make?"): the opening sentence holds every
// occupation named and asks nothing (no question mark, no asking word
// first, no wish before the job: "want to be a nurse. pay?" asks the
// nurse's), and the sentences after it name no job of their own, point
// back at nobody, and name a guide's own thing: its career, one of its
// certificates or listed tools, or, with several guides, a word only that
// guide uses. A question after the label that names nothing of a guide
// ("Plumber in Ohio. what's the pay?") asks about the label's job.
func (e *Engine) labelGuide(ctx context.Context, lib *Library, text string, q *question) *bot.Guide {
	loc := labelEndRE.FindStringIndex(text)
	if loc == nil || loc[0] == 0 || strings.ContainsRune(text[:loc[0]+1], '?') {
		return nil
	}
	if strings.ContainsAny(text[:loc[0]], ":—–") || strings.Contains(text[:loc[0]], " - ") {
		return nil // "quantum computing engineer (real qubits): median pay; PhD needed?": a heading of what is asked
	}
	label, rest := words(text[:loc[0]]), strings.TrimSpace(text[loc[1]:])
	if len(label) == 0 || rest == "" || startsQuestion(label[0]) || !strings.ContainsRune(rest, '?') && !startsQuestion(firstWord(rest)) {
		return nil
	}
	for _, w := range label {
		if q.m.goal[w] || w == "as" {
			return nil // "want to be a nurse.", "working as a chef.": the job wished for, or the work a rule is for
		}
		if s := q.m.lex.Singular(w); s != w && q.m.lex.Occupation(s) {
			return nil // "Welders in Alabama.": the workers, a topic, not the asker
		}
		if supposing[w] || w == "became" || w == "instead" {
			return nil // "Suppose I became a land surveyor instead.": a job supposed
		}
	}
	rq := lib.analyse(ctx, rest)
	if len(rq.scope.occupations) > 0 || slices.ContainsFunc(rq.words, func(w string) bool { return labelPointers[w] }) {
		return nil
	}
	for k := 1; k < len(rq.words); k++ {
		if p := rq.words[k-1]; labelJobs[rq.words[k]] && (p == "that" || p == "this" || p == "the" || p == "my" || p == "our") {
			return nil // "what does that job pay?", "my field": the label's job
		}
	}
	g := lib.namedInRest(ctx, e, rq)
	if g == nil {
		return nil
	}
	// The label may itself tell a guide's work ("cooking in zero g sounds
	// amazing."): then that guide's rules read the message, not this one.
	lq := lib.analyse(ctx, text[:loc[0]])
	if slices.ContainsFunc(lq.careers, func(c *bot.Guide) bool { return c != g }) {
		return nil
	}
	if len(lib.Guides) > 1 {
		if lg, _ := e.guessCareer(ctx, lib, lq); lg != nil && lg != g && lib.anchoredGuess(ctx, lq, lg, 2) {
			return nil
		}
	}
	return g
}

// namedInRest is the guide the question after a label names by its own
// things: its career, one of its certificates or listed tools, or, with
// several guides, a word only it uses (then the question must not point
// back with "that" or "this": "Is that a decent job?").
func (l *Library) namedInRest(ctx context.Context, e *Engine, rq *question) *bot.Guide {
	if len(rq.careers) == 1 {
		return rq.careers[0]
	}
	if len(rq.careers) > 1 {
		return nil
	}
	if g := l.certGuide(rq); g != nil {
		return g
	}
	if g, _ := l.itemGuide(rq.words); g != nil {
		return g
	}
	if len(l.Guides) < 2 || l.terms == nil || l.terms.routes() || hasAny(rq, "that", "this") {
		return nil
	}
	if g, _ := e.guessCareer(ctx, l, rq); g != nil && l.anchoredGuess(ctx, rq, g, 2) {
		gi, n := int32(slices.Index(l.Guides, g)), 0
		seen := map[string]bool{}
		for _, w := range guessWords(l, rq) {
			if st := stem(w); !seen[st] && l.terms.sole(w) == gi {
				seen[st] = true
				n++
			}
		}
		if n >= 2 {
			return g // (two words only it uses: one alone may be a plain word the label's job shares)
		}
	}
	return nil
}

// itemGuide is the one guide whose tools list has an item named in ws
// ("Kubeflow"), nil when none or several have; any reports whether some
// guide's has.
func (l *Library) itemGuide(ws []string) (g *bot.Guide, any bool) {
	for _, gi := range l.Guides {
		for _, it := range l.itemLinesOf(gi) {
			if it.namedBy(ws) {
				if any && g != gi {
					return nil, true
				}
				g, any = gi, true
				break
			}
		}
	}
	return g, any
}

// firstWord is the first word of text, lower-cased.
func firstWord(text string) string {
	if ws := words(text); len(ws) > 0 {
		return ws[0]
	}
	return ""
}
