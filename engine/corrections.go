package engine

import (
	"slices"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// A member who corrects themselves mid-message ("ML pay in NY? no wait,
// make that Washington", "pay for qubit greenhouse work in Texas? oops,
// Oregon", "what does a space chef make? I said chef but I meant the
// gardening one, the quantum gardener") asks about what comes after the
// correction: the state or career named before it is taken back.

// correctionCues are the words that take back what was just typed.
var correctionCues = [][]string{
	{"no", "wait"}, {"wait"}, {"sorry"}, {"oops"}, {"whoops"}, {"scratch", "that"}, {"make", "that"},
	{"i", "meant"}, {"i", "mean"}, {"meant"}, {"correction"}, {"edit"}, {"actually"},
}

// hasCorrection reports whether a correction cue stands in ws.
func hasCorrection(ws []string) bool {
	for i := range ws {
		if correctionAt(ws, i) >= 0 {
			return true
		}
	}
	return false
}

// correctionAt is the index after a cue that starts at ws[i], or -1.
func correctionAt(ws []string, i int) int {
	for _, c := range correctionCues {
		if i+len(c) <= len(ws) && slices.Equal(ws[i:i+len(c)], c) {
			return i + len(c)
		}
	}
	return -1
}

// mention is where an item (a state, a career) is named in a message: the
// index of its first and its last word, -1 when it is not found by words.
type mention struct{ first, last int }

// takenBack reports for each item mentioned whether a correction cue takes
// it back: it is named only before the cue, and another item is named
// within reach words after the cue, with no word adding it on between them
// (nor, when tooAfter, "too" or "also" right after it: "sorry, NY too").
func takenBack(ws []string, ms []mention, reach int, tooAfter bool) []bool {
	adds := func(from, to int) bool {
		return slices.ContainsFunc(ws[from:to], func(w string) bool { return addsOn[w] })
	}
	drop := make([]bool, len(ms))
	for i := range ws {
		e := correctionAt(ws, i)
		if e < 0 {
			continue
		}
		fix := slices.IndexFunc(ms, func(m mention) bool {
			return m.first >= e && m.first <= e+reach && !adds(e, m.first) &&
				!(tooAfter && m.first+1 < len(ws) && (ws[m.first+1] == "too" || ws[m.first+1] == "also"))
		})
		if fix < 0 {
			continue
		}
		for k, m := range ms {
			if k != fix && m.last >= 0 && m.last < i && !adds(m.last, i) {
				drop[k] = true
			}
		}
	}
	return drop
}

// addsOn are words that add an item to what was asked rather than take
// one back ("sorry, and NY too").
var addsOn = setOf("and", "also", "plus", "vs", "versus", "or", "too", "than", "both")

// correctedStates drops a state the asker took back: one named only before
// a correction cue when another state follows the cue within a few words,
// with nothing between them that adds it on ("Nevada — sorry, New York*"),
// or, when one state among several is starred as the fix ("New York*",
// "*Ohio"), every other state.
func (q *question) correctedStates(text string) {
	if starred := q.starredStates(text); len(starred) == 1 {
		q.states = starred
		return
	}
	if !hasCorrection(q.words) {
		return // (no cue: the usual message, read no further)
	}
	at := func(st bot.USState) (first, last int) {
		first, last = -1, -1
		for i := range q.words {
			rest := strings.Join(q.words[i:], " ") + " "
			if stateOpens(rest, st) || q.placeOpens(rest, st) {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		return first, last
	}
	spans := make([]mention, len(q.states))
	for k, st := range q.states {
		spans[k].first, spans[k].last = at(st)
	}
	drop := takenBack(q.words, spans, 3, true)
	var keep []bot.USState
	for k, st := range q.states {
		if !drop[k] {
			keep = append(keep, st)
		}
	}
	if len(keep) > 0 {
		q.states = keep
	}
}

// starredStates are the states typed with an asterisk against them, the
// chat way of marking a fix ("New York*", "*Ohio").
func (q *question) starredStates(text string) []bot.USState {
	if strings.IndexByte(text, '*') < 0 {
		return nil
	}
	low := strings.ToLower(text)
	var out []bot.USState
	for _, st := range q.states {
		name := strings.ToLower(st.Name)
		if strings.Contains(low, "*"+name) || strings.Contains(low, name+"*") ||
			strings.Contains(text, "*"+st.Code) || strings.Contains(text, st.Code+"*") {
			out = append(out, st)
		}
	}
	return out
}

// correctedCareers drops a career the asker took back: named only before
// a correction cue when another career is named within six words after it,
// with nothing between them that adds it on ("I said chef but I meant the
// gardening one, the quantum gardener").
func (l *Library) correctedCareers(q *question) {
	ws := q.words
	if !hasCorrection(ws) {
		return
	}
	spans := make([]mention, len(q.careers))
	for k := range spans {
		spans[k] = mention{-1, -1}
	}
	var buf [64]byte
	for i := 0; i < len(ws); i++ {
		for n := min(l.maxWords, l.careerRun(ws[i]), len(ws)-i); n >= 1; n-- {
			if g, ok := l.names[string(appendPhrase(buf[:0], ws[i:i+n]))]; ok {
				if k := slices.Index(q.careers, g); k >= 0 {
					if spans[k].first < 0 {
						spans[k].first = i
					}
					spans[k].last = i
				}
				break
			}
		}
	}
	drop := takenBack(ws, spans, 6, false)
	n := 0
	for _, d := range drop {
		if d {
			n++
		}
	}
	if n == 0 || n == len(q.careers) {
		return
	}
	var keep []*bot.Guide
	for k, g := range q.careers {
		if !drop[k] {
			keep = append(keep, g)
		}
	}
	q.careers, q.corrected = keep, true
}
