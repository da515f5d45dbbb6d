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
	type span struct{ first, last int }
	spans := make([]span, len(q.states))
	for k, st := range q.states {
		spans[k].first, spans[k].last = at(st)
	}
	drop := make([]bool, len(q.states))
	for i := range q.words {
		e := correctionAt(q.words, i)
		if e < 0 {
			continue
		}
		// the state the cue brings in: within three words, none adding on
		fix := -1
		for k, s := range spans {
			if s.first >= e && s.first <= e+3 && !slices.ContainsFunc(q.words[e:s.first], func(w string) bool { return addsOn[w] }) &&
				!(s.first+1 < len(q.words) && (q.words[s.first+1] == "too" || q.words[s.first+1] == "also")) {
				fix = k
				break
			}
		}
		if fix < 0 {
			continue
		}
		for k, s := range spans {
			if k != fix && s.last >= 0 && s.last < i && !slices.ContainsFunc(q.words[s.last:i], func(w string) bool { return addsOn[w] }) {
				drop[k] = true
			}
		}
	}
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
	first, last := map[*bot.Guide]int{}, map[*bot.Guide]int{}
	var buf [64]byte
	for i := 0; i < len(ws); i++ {
		for n := min(l.maxWords, l.careerRun(ws[i]), len(ws)-i); n >= 1; n-- {
			if g, ok := l.names[string(appendPhrase(buf[:0], ws[i:i+n]))]; ok {
				if _, seen := first[g]; !seen {
					first[g] = i
				}
				last[g] = i
				break
			}
		}
	}
	drop := map[*bot.Guide]bool{}
	for i := range ws {
		e := correctionAt(ws, i)
		if e < 0 {
			continue
		}
		var fix *bot.Guide
		for _, g := range q.careers {
			if f, ok := first[g]; ok && f >= e && f <= e+6 && !slices.ContainsFunc(ws[e:f], func(w string) bool { return addsOn[w] }) {
				fix = g
				break
			}
		}
		if fix == nil {
			continue
		}
		for _, g := range q.careers {
			if s, ok := last[g]; ok && g != fix && s < i && !slices.ContainsFunc(ws[s:i], func(w string) bool { return addsOn[w] }) {
				drop[g] = true
			}
		}
	}
	if len(drop) == 0 || len(drop) == len(q.careers) {
		return
	}
	var keep []*bot.Guide
	for _, g := range q.careers {
		if !drop[g] {
			keep = append(keep, g)
		}
	}
	q.careers, q.corrected = keep, true
}
