package engine

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// stepSpanRE reads the length a path step's heading gives: "(4 years)",
// "(6-9 months)", "(6 weeks)", "(1-2 years)".
var stepSpanRE = regexp.MustCompile(`\((\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*(year|month|week|day)s?\)`)

// stepSpan is a path step and the length its heading gives, in weeks.
type stepSpan struct {
	title  string
	lo, hi float64
}

func (s stepSpan) mid() float64 { return (s.lo + s.hi) / 2 }

// weeksPer converts a unit of the headings to weeks.
var weeksPer = map[string]float64{"year": 52, "month": 52.0 / 12, "week": 1, "day": 1.0 / 7}

// stepSpans reads the steps whose headings give their lengths; nil when
// fewer than two do.
func stepSpans(steps []passage) []stepSpan {
	var out []stepSpan
	for _, p := range steps {
		m := stepSpanRE.FindStringSubmatch(p.title)
		if m == nil {
			continue
		}
		lo, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			continue
		}
		hi := lo
		if m[2] != "" {
			if h, err := strconv.ParseFloat(m[2], 64); err == nil {
				hi = h
			}
		}
		u := weeksPer[m[3]]
		out = append(out, stepSpan{title: p.title, lo: lo * u, hi: hi * u})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// stepWords name a step of the path ("the longest part of the path").
var stepWords = setOf("step", "steps", "stage", "stages", "phase", "phases", "part", "parts", "chunk", "chunks", "leg", "legs", "bit", "piece", "portion", "segment")

// stepExtremeAsked reports whether the question asks for the longest
// (+1) or the shortest (-1) step of the path; 0 when it asks neither.
func stepExtremeAsked(q *question) int {
	if !anyIn(q.words, stepWords) {
		return 0
	}
	long := hasAny(q, "longest", "slowest", "lengthiest") || adjacent(q.words, "most", "time") || adjacent(q.words, "most", "years")
	short := hasAny(q, "shortest", "quickest", "briefest") || adjacent(q.words, "least", "time")
	switch {
	case long && !short:
		return 1
	case short && !long:
		return -1
	}
	return 0
}

// stepExtreme answers "which step is the shortest?", "the longest part of
// the path to surveying dreams?" from the lengths the path's own step
// headings give: computed, never the step a search happens to find. When
// another step's range reaches past the one picked (a step of 2-5 years
// beside one of 4), the reply says so.
func (e *Engine) stepExtreme(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	dir := stepExtremeAsked(q)
	if g == nil || dir == 0 {
		return nil
	}
	s, path := lib.pathSteps(g)
	steps := stepSpans(path)
	if steps == nil {
		return nil
	}
	best := 0
	for i, st := range steps {
		if dir > 0 && st.mid() > steps[best].mid() || dir < 0 && st.mid() < steps[best].mid() {
			best = i
		}
	}
	word := "longest"
	if dir < 0 {
		word = "shortest"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "The %s step on the %s path is **%s**.", word, g.Title, steps[best].title)
	for i, st := range steps {
		if i == best {
			continue
		}
		if dir > 0 && st.hi > steps[best].hi {
			fmt.Fprintf(&b, " At its upper end, %s can run longer.", st.title)
		}
		if dir < 0 && st.lo < steps[best].lo {
			fmt.Fprintf(&b, " At its lower end, %s can be shorter.", st.title)
		}
	}
	b.WriteString("\n\nAll the steps, in order:")
	for _, st := range steps {
		fmt.Fprintf(&b, "\n• %s", st.title)
	}
	return e.pathPassage(g, s, strings.ToUpper(word[:1])+word[1:]+" step", b.String())
}

// stepsWeighed reports whether the question sets two things side by side:
// "vs", "versus", "compared", "than", "difference", "or".
func stepsWeighed(q *question) bool {
	return hasAny(q, "vs", "versus", "compared", "compare", "than", "difference", "or", "between")
}

// stepLengthAsked reports whether the question weighs lengths: "longer",
// "shorter", "quicker", "more time", "takes longer".
func stepLengthAsked(q *question) bool {
	return hasAny(q, "longer", "shorter", "quicker", "faster", "slower", "lengthier") || adjacent(q.words, "more", "time") || adjacent(q.words, "less", "time") ||
		hasAny(q, "long") && hasAny(q, "each", "both")
}

// stepCompare answers a question that sets two steps of the path side by
// side ("is grad school a longer stretch than the production ML step?",
// "what do you focus on in grad school vs the production ML step?"): both
// steps, and when lengths are weighed, which takes longer by the lengths
// their headings give.
func (e *Engine) stepCompare(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if g == nil || !stepsWeighed(q) || hasAny(q, "before", "after", "first", "next") || !anyIn(q.words, stepWords) && !stepLengthAsked(q) || matchCert(q, g) != nil {
		return nil // (a step's word or lengths weighed: "stronger than on earth" sets no steps side by side)
	}
	s, path := lib.pathSteps(g)
	if len(path) < 2 {
		return nil
	}
	named := lib.stepsNamed(q, path)
	if len(named) != 2 {
		return nil
	}
	a, c := path[named[0]], path[named[1]]
	var b strings.Builder
	head := "Two steps of the path"
	if stepLengthAsked(q) {
		if spans := stepSpans([]passage{a, c}); len(spans) == 2 { // (nil unless both headings give a length)
			x, y := spans[0], spans[1]
			long, short := x, y
			if y.mid() > x.mid() {
				long, short = y, x
			}
			switch {
			case x.mid() == y.mid():
				fmt.Fprintf(&b, "On the %s path, **%s** and **%s** take about as long.", g.Title, strings.TrimSpace(x.title), strings.TrimSpace(y.title))
			default:
				fmt.Fprintf(&b, "On the %s path, **%s** takes longer than **%s**.", g.Title, strings.TrimSpace(long.title), strings.TrimSpace(short.title))
				if short.hi > long.lo {
					b.WriteString(" Their ranges overlap, so either can run longer.")
				}
			}
			head = "Which step takes longer"
		}
	}
	if b.Len() == 0 {
		fmt.Fprintf(&b, "The two steps of the %s path, side by side:", g.Title)
	}
	writeSteps(&b, []passage{a, c})
	return e.pathPassage(g, s, head, b.String())
}
