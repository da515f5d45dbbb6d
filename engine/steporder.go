package engine

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// pathSteps are the passages of a guide's path section that are numbered
// steps ("Step 2: Go to graduate school (2-5 years)"), in order.
func (l *Library) pathSteps(g *bot.Guide) (*bot.Section, []passage) {
	s := g.Section(bot.KindPath)
	if s == nil {
		return nil, nil
	}
	var out []passage
	for _, p := range l.passagesOf(s) {
		if strings.HasPrefix(strings.ToLower(p.title), "step ") {
			out = append(out, p)
		}
	}
	return s, out
}

// stepsNamed are the indexes of the steps the question names, in the order
// it names them: by a word of the step's title ("grad school" for "Go to
// graduate school", "apprenticeship" for "Apprentice in …") or by number
// ("step 3").
func (l *Library) stepsNamed(q *question, steps []passage) []int {
	var out []int
	add := func(k int) {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	for i, w := range q.words {
		if (w == "step" || w == "stage") && i+1 < len(q.words) {
			if n, err := strconv.Atoi(q.words[i+1]); err == nil && n >= 1 && n <= len(steps) {
				add(n - 1)
				continue
			}
		}
		if q.m.stop[w] || !hasLetter(w) || len(w) < 3 || orderWords[w] || l.isCareerWord(w) || q.m.index[w] != nil && !q.m.index[w]["education"] && !q.m.index[w]["license"] {
			continue
		}
		st, holder := stem(w), ""
		if b := positionHolder(q.m, w); b != "" {
			holder = stem(b)
		}
		found := -1
		for k, p := range steps {
			for _, t := range words(p.title) {
				if q.m.stop[t] || t == "step" || len(t) < 3 {
					continue
				}
				// (a clipped form names the word too: "grad" school, "prod" ML)
				if ts := stem(t); ts == st || ts == holder || len(w) >= 4 && len(t) > len(w) && strings.HasPrefix(t, w) {
					if found >= 0 && found != k {
						found = -2 // a word two steps' titles share says neither
					} else if found != -2 {
						found = k
					}
				}
			}
		}
		if found >= 0 {
			add(found)
		}
	}
	return out
}

// orderWords ask about the order of the path; they name no step.
var orderWords = setOf("before", "after", "first", "next", "last", "final", "then", "comes", "come", "following", "order", "prior", "earlier", "later")

// stepNeighbour answers a question about the order of the path from its
// numbered steps: "what comes after grad school?" (the next step), "what
// step comes right before 'gain professional experience'?" (the one
// before), "mapping dreams as a job: what comes first?" (the first), and,
// of two steps named, which comes first ("do I need the permit before I
// can apprentice, or after?").
func (e *Engine) stepNeighbour(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if g == nil || !hasAny(q, "before", "after", "next", "first", "between") || doneAlready(q.words) {
		return nil // (every question of the order has one of these words; the patterns below cost microseconds)
	}
	if hasAny(q, "between") && hasAny(q, "step", "stage", "phase") && !hasAny(q, "before", "after", "difference", "vs", "versus", "longer", "shorter") {
		// "what happens in the step between grad school and getting
		// hired?": what lies between the steps named (or after the one
		// named, when the other is no step)
		if s, steps := lib.pathSteps(g); len(steps) >= 2 {
			named := lib.stepsNamed(q, steps)
			var b strings.Builder
			var mid []passage
			switch {
			case len(named) >= 2:
				a, c := min(named[0], named[1]), max(named[0], named[1])
				mid = steps[a+1 : c]
				fmt.Fprintf(&b, "On the %s path, between **%s** and **%s** comes:", g.Title, strings.TrimSpace(steps[a].title), strings.TrimSpace(steps[c].title))
			case len(named) == 1 && named[0]+1 < len(steps):
				mid = steps[named[0]+1 : named[0]+2]
				fmt.Fprintf(&b, "On the %s path, the step after **%s** is:", g.Title, strings.TrimSpace(steps[named[0]].title))
			}
			if len(mid) > 0 {
				writeSteps(&b, mid)
				return e.pathPassage(g, s, "What comes between", b.String())
			}
		}
	}
	// Only a question of the order itself: "what comes after …", "the
	// step before …", "what's next after …", "what comes first", "before
	// …, or after?" (not "which cert do I need before my first flight", "how
	// long before they come home": a requirement or a wait)
	dir, which := 0, ""
	if m := stepOrderRE.FindStringSubmatchIndex(q.raw); m != nil {
		for k := 2; k+1 < len(m); k += 2 {
			if m[k] >= 0 {
				which = strings.ToLower(q.raw[m[k]:m[k+1]])
				if k == 6 && !lib.stepNamedAfter(g, q.raw[m[1]:]) {
					// "what do you learn in the production ML step before
					// your first job?": the step named, before something
					// that is no step
					return nil
				}
				break
			}
		}
	}
	switch which {
	case "before":
		dir = -1
	case "after", "next":
		dir = 1
	default:
		if !hasAll(q, "before", "or", "after") && !hasAll(q, "before", "or", "during") && !stepFirstRE.MatchString(q.raw) {
			return nil
		}
	}
	s, steps := lib.pathSteps(g)
	if len(steps) < 2 {
		return nil
	}
	named := lib.stepsNamed(q, steps)
	title := func(p passage) string { return strings.TrimSpace(p.title) }
	var b strings.Builder
	var head string
	switch {
	case len(named) >= 2:
		a, c := named[0], named[1]
		if a > c {
			a, c = c, a
		}
		head = "Order of the path"
		fmt.Fprintf(&b, "On the %s path, **%s** comes before **%s**.", g.Title, title(steps[a]), title(steps[c]))
		writeSteps(&b, []passage{steps[a], steps[c]})
	case len(named) == 1 && dir != 0:
		k := named[0]
		t := k + dir
		if t < 0 || t >= len(steps) {
			where := "first"
			if t >= len(steps) {
				where = "last"
			}
			head = "Order of the path"
			fmt.Fprintf(&b, "**%s** is the %s step on the %s path.\n\n%s", title(steps[k]), where, g.Title, strings.TrimSpace(steps[k].body))
			break
		}
		if dir > 0 {
			head = "What comes next"
			fmt.Fprintf(&b, "After **%s**, the %s path goes on with:", title(steps[k]), g.Title)
			writeSteps(&b, steps[t:])
		} else {
			head = "What comes before"
			fmt.Fprintf(&b, "Before **%s**, the %s path has **%s**.\n\n%s", title(steps[k]), g.Title, title(steps[t]), strings.TrimSpace(steps[t].body))
		}
	case len(named) == 0 && dir == 0 && stepFirstRE.MatchString(q.raw):
		head = "Where to start"
		fmt.Fprintf(&b, "The %s path starts with **%s**.\n\n%s", g.Title, title(steps[0]), strings.TrimSpace(steps[0].body))
	default:
		return nil
	}
	return e.pathPassage(g, s, head, b.String())
}

// pathPassage is an answer from the path section computed over its steps
// (their order, the longest, what is left): its own title and body, the
// section's facts, and the whole section as a follow-up.
func (e *Engine) pathPassage(g *bot.Guide, s *bot.Section, head, body string) *bot.Answer {
	a := e.answerSection(g, s)
	a.Title = head + " · " + g.Title
	a.Body = body
	a.Bullets = nil
	a.Source = source(g, s.Title)
	e.offerWholeSection(g, s, a)
	return a
}

// stepOrderRE finds a question of what comes before or after a step:
// "what comes after grad school", "which step is right before …", "the
// next step after …", "what's next after …".
var stepOrderRE = regexp.MustCompile(`(?i)\b(?:what|which)(?:'s|s| is| step| stage| part)?\s+(?:\w+\s+){0,2}?(?:comes?|is|happens)\s+(?:right\s+|just\s+|directly\s+|immediately\s+)?(before|after|next)\b|\bnext\s+(?:step\s+|stage\s+)?(after)\b|\b(?:step|stage)\s+(?:right\s+|just\s+|directly\s+)?(before|after)\b|\bwhat(?:'s|s| is)?\s+(next)\b`)

// stepNamedAfter reports whether text (what follows "the step before")
// names one of the guide's path steps.
func (l *Library) stepNamedAfter(g *bot.Guide, text string) bool {
	_, steps := l.pathSteps(g)
	return len(steps) > 0 && len(l.stepsNamed(l.analyse(context.Background(), text), steps)) > 0
}

// stepFirstRE finds a question of where the path starts: "what comes
// first", "the first step".
var stepFirstRE = regexp.MustCompile(`(?i)\b(?:what|which)(?:'s|s| is)?\s+(?:comes?\s+|do (?:i|you) do\s+)?first\b|\bfirst\s+(?:step|stage)\b`)
