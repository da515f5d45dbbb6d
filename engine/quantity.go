package engine

import (
	"regexp"
	"slices"
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
	when := len(q.words) > 0 && q.words[0] == "when"                                                             // "when is hiring season?": a time of year or day
	count := (hasAll(q, "how", "many") || hasAll(q, "how", "big")) && len(q.states) == 0 && q.intentCount() == 0 // "how big is the crew they cook for?"
	if !(hasAll(q, "how", "often") || hasAll(q, "how", "soon") || hasAll(q, "how", "frequently") || hasAll(q, "how", "fast") || when || count) || lib.lengthOfUnknown(q) {
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
		if seen[st] || careerWords[w] && !hiringWords[w] || quantityWords[w] || q.m.lex.CommonVerb(w) && !gl.inSection(st) ||
			!q.m.lex.Noun(w) && !q.m.lex.Verb(w) && gl.uses(st) == false {
			continue
		}
		seen[st] = true
		want = append(want, st)
	}
	if (hasAll(q, "how", "often") || hasAll(q, "how", "frequently")) && !q.has("license") && !q.has("cost") {
		// (a permit's renewal and fee: its card says both)
		names := lib.careerWords(g)
		var fw []string // the words of the guide's own name ("orbit") say nothing of what happens
		for _, st := range want {
			if !slices.ContainsFunc(names, func(n string) bool { return stem(n) == st }) {
				fw = append(fw, st)
			}
		}
		if s, line := frequencyLine(g, fw, oftenSubject(q)); s != nil {
			return e.passageAnswer(g, s, s.Title, strings.ReplaceAll(line, "**", ""))
		}
	}
	if len(want) < 2 && !((when || count) && len(want) == 1) {
		return nil
	}
	var best *bot.Section
	bestLine, found := "", 0
	ambiguous := false
	eachLine(g, func(s *bot.Section, line string) {
		if !when && !strings.ContainsAny(line, "0123456789") && !(count && numberWord(line)) || when && !timeLine(q, line) {
			return
		}
		if n := shared(line, want); n >= 2 && n >= len(want)-1 || (when || count) && n == len(want) {
			ambiguous = ambiguous || found > 0 && line != bestLine // more than one line gives a number for these words
			best, bestLine, found = s, line, found+1
		}
	})
	if ambiguous {
		return nil
	}
	if best == nil {
		return nil
	}
	return e.passageAnswer(g, best, best.Title, strings.ReplaceAll(bestLine, "**", ""))
}

// frequencyRE finds how often something happens in a line: "every 90
// days", "three times a day", "once a week", "every night", "weekly".
var frequencyRE = regexp.MustCompile(`(?i)\b(?:every|each)\s+(?:\d+\s+|other\s+|few\s+)?(?:minute|hour|day|night|week|month|year|shift|cycle)s?\b|\b(?:\d+|two|three|four|five|six|once|twice)\s+(?:times\s+)?(?:a|an|per)\s+(?:minute|hour|day|night|week|month|year|shift)\b|\b(?:hourly|daily|nightly|weekly|monthly|yearly|annually)\b`)

// frequencyLine is the line of a guide that says how often something
// happens and shares the most of the question's words (a word counts with
// "re" before it too: "supplies" in "resupply"); nil when none shares one,
// or two lines with different frequencies share as many.
func frequencyLine(g *bot.Guide, want []string, subj string) (*bot.Section, string) {
	var best *bot.Section
	bestLine, bestFreq, bestN, tied := "", "", 0, false
	eachLine(g, func(s *bot.Section, line string) {
		freq := frequencyRE.FindString(line)
		if freq == "" {
			return
		}
		have := map[string]bool{}
		for _, w := range words(line) {
			st := stem(w)
			have[st] = true
			if rest, ok := strings.CutPrefix(st, "re"); ok && len(rest) > 3 {
				have[rest] = true
			}
		}
		n := 0
		for _, st := range want {
			rest, ok := strings.CutPrefix(st, "re")
			if have[st] || ok && len(rest) > 3 && have[rest] {
				n++
				if st == subj {
					n += 2 // what "how often" asks of outweighs the words of who and where ("how often does the resupply come for the crew's kitchen?")
				}
			}
		}
		freq = strings.ToLower(freq)
		switch {
		case n == 0 || n < bestN:
		case n == bestN && freq != bestFreq:
			tied = true
		case n > bestN:
			best, bestLine, bestFreq, bestN, tied = s, line, freq, n, false
		}
	})
	if tied || best == nil {
		return nil, ""
	}
	return best, bestLine
}

// oftenSubject is the stem of what "how often" or "how frequently" asks
// of: the noun after it and its auxiliary and article, the last of a
// compound ("how often do galley resupplies come" → "resuppli"), or the
// participle after "get" or "be" when it comes to it ("how often does the
// galley get resupplied"); "" when none.
func oftenSubject(q *question) string {
	ws := q.words
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] != "how" || ws[i+1] != "often" && ws[i+1] != "frequently" {
			continue
		}
		k := i + 2
		for k < len(ws) && (auxiliary[ws[k]] || determiner[ws[k]] || ws[k] == "u" || ws[k] == "they") {
			k++
		}
		if k == len(ws) || q.m.stop[ws[k]] {
			return ""
		}
		for k+1 < len(ws) && !q.m.stop[ws[k+1]] && hasLetter(ws[k+1]) && !q.m.lex.CommonVerb(ws[k+1]) {
			k++ // "galley resupplies": the compound's head
		}
		for j := k + 1; j+1 < len(ws) && j <= k+6; j++ {
			switch ws[j] {
			case "get", "gets", "got", "receive", "receives", "be", "is", "are":
				for n := j + 1; n < len(ws) && n <= j+3; n++ {
					if w := ws[n]; strings.HasSuffix(w, "ed") || !q.m.stop[w] && q.m.lex.Noun(w) && !q.m.lex.MostlyAdjective(w) {
						return stem(w) // "… get resupplied", "get fresh supplies": the event, not the place it comes to
					}
				}
			}
		}
		return stem(ws[k])
	}
	return ""
}

// numberWord reports whether a line gives a number in words ("a crew of
// seven").
func numberWord(line string) bool {
	for _, w := range words(line) {
		switch w {
		case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen":
			return true
		}
	}
	return false
}

// quantityWords ask for a number; they are not what it is a number of.
var quantityWords = setOf("soon", "often", "fast", "frequently", "quickly", "long", "down", "after", "before")

// hiringWords count as what a "when" question asks about ("when is hiring
// season?"), though they name no part of a guide.
var hiringWords = setOf("hiring", "hire", "hired")

// timeLine reports whether a line says when: a season, a time of day or a
// span ("before the spring sowing", "within 90 minutes of waking").
func timeLine(q *question, line string) bool {
	for _, w := range words(line) {
		switch w {
		case "spring", "summer", "autumn", "fall", "winter", "before", "after", "during", "morning", "afternoon", "evening", "night", "nights":
			return true
		}
	}
	return strings.ContainsAny(line, "0123456789")
}

// shareOfDay reports whether words ask what part of the working time
// something takes: "what chunk of the day", "a big slice of their week".
func shareOfDay(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if shareNouns[ws[i]] && ws[i+1] == "of" {
			k := i + 2
			if k+1 < len(ws) && (ws[k] == "the" || ws[k] == "their" || ws[k] == "a" || ws[k] == "your" || ws[k] == "my") {
				k++
			}
			if ws[k] == "day" || ws[k] == "time" || ws[k] == "week" || ws[k] == "workday" || ws[k] == "shift" {
				return true
			}
		}
	}
	return false
}

// shareNouns name a part of a whole.
var shareNouns = setOf("chunk", "slice", "part", "piece", "bit")

// shareLine answers a question about what share of the work something is
// ("how much of ML engineering is actual algorithms vs data pipelines?",
// "is the job mostly modelling or mostly engineering?", "what percent is
// data plumbing?") with the one line of the guide that gives a percentage
// and shares the most words with the question. nil when the question asks
// no share, or no line (or more than one equally) fits.
func (e *Engine) shareLine(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	share := hasAny(q, "percent", "percentage", "proportion", "portion", "fraction", "share", "majority") || strings.Contains(q.raw, "%") ||
		hasAll(q, "mostly", "or") || hasAny(q, "mostly") && hasAny(q, "not", "than", "rather", "instead", "vs", "versus") || // "mostly data plumbing and not fancy algorithms?"
		adjacent(q.words, "most", "of") && hasAny(q, "time", "day", "days", "work", "job") && hasAny(q, "spend", "spends", "spent", "spending", "goes", "go", "eat", "eats", "takes", "take", "taken") || // "do they spend most of their time tuning hyperparameters?" (not "remote most of the time?")
		hasAll(q, "how", "much", "of") && hasAny(q, "job", "work", "time", "day", "role", "vs", "versus") ||
		shareOfDay(q.words) || // "what chunk of the day goes to shielding beds?"
		hasAll(q, "how", "much", "time") && hasAny(q, "vs", "versus", "spend", "spent", "spending") && hasAny(q, "vs", "versus", "or")
	if !share || q.has("salary") || q.has("outlook") || q.has("employed") || q.has("cost") {
		return nil // "what percent above the median?", "growth percent": the figures' own answers
	}
	var want []string
	seen := map[string]bool{}
	for _, w := range lib.contentWords(q, g) {
		st := stem(w)
		if seen[st] || careerWords[w] || q.m.lex.CommonVerb(w) {
			continue
		}
		seen[st] = true
		want = append(want, st)
	}
	if len(want) == 0 {
		return nil
	}
	var best *bot.Section
	bestLine, bestN, tied := "", 0, false
	eachLine(g, func(s *bot.Section, line string) {
		if !strings.Contains(line, "%") {
			return
		}
		switch n := shared(line, want); {
		case n > bestN:
			best, bestLine, bestN, tied = s, line, n, false
		case n == bestN && n > 0 && line != bestLine && !samePercents(line, bestLine):
			tied = true // two lines, two different figures
		}
	})
	if best == nil || tied {
		return nil
	}
	return e.passageAnswer(g, best, best.Title, strings.ReplaceAll(bestLine, "**", ""))
}

// percentRE finds percentages ("80%", "+36%").
var percentRE = regexp.MustCompile(`\d+(?:\.\d+)?%`)

// samePercents reports whether two lines give the same percentages: the
// same fact said twice ("around 80% of ML work …" in the takeaways and in
// a day in the life).
func samePercents(a, b string) bool {
	return slices.Equal(percentRE.FindAllString(a, -1), percentRE.FindAllString(b, -1))
}

// eachLine calls fn with every non-empty line of the guide's sections, its
// bullet mark removed.
func eachLine(g *bot.Guide, fn func(s *bot.Section, line string)) {
	for _, s := range g.Sections {
		for _, line := range strings.Split(s.Body, "\n") {
			if line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "- ")); line != "" {
				fn(s, line)
			}
		}
	}
}

// shared counts the stems of want that the line's words have.
func shared(line string, want []string) int {
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
	return n
}

// degreeLine answers a question that asks by how much something differs
// ("seasoned harder up there, and by how much?", "how much stronger is the
// food seasoned?") with the guide's line that gives a percentage and
// shares the most of the question's words, one at least; nil when the
// question asks no degree, asks pay or a price, or the best lines give
// different percentages.
func (e *Engine) degreeLine(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if g == nil || figures(q) || q.has("salary") || !degreeAsked(q) {
		return nil
	}
	var want []string
	seen := map[string]bool{}
	names := lib.careerWords(g)
	for _, w := range lib.contentWords(q, g) {
		st := stem(w)
		if seen[st] || careerWords[w] || quantityWords[w] || slices.ContainsFunc(names, func(n string) bool { return stem(n) == st }) {
			continue
		}
		seen[st] = true
		want = append(want, st)
	}
	var best *bot.Section
	bestLine, bestN, tied := "", 0, false
	eachLine(g, func(s *bot.Section, line string) {
		if !percentRE.MatchString(line) {
			return
		}
		n := shared(line, want)
		switch {
		case n == 0 || n < bestN:
		case n == bestN:
			tied = tied || !samePercents(line, bestLine)
		default:
			best, bestLine, bestN, tied = s, line, n, false
		}
	})
	if best == nil || tied {
		return nil
	}
	return e.passageAnswer(g, best, best.Title, strings.ReplaceAll(bestLine, "**", ""))
}

// degreeAsked reports whether the question asks by how much: "by how
// much", or "how much" before a comparative ("how much stronger", "how
// much more").
func degreeAsked(q *question) bool {
	for i := 0; i+1 < len(q.words); i++ {
		if q.words[i] != "how" || q.words[i+1] != "much" {
			continue
		}
		if i > 0 && q.words[i-1] == "by" && (i+2 == len(q.words) || q.m.stop[q.words[i+2]]) {
			return true // "… and by how much?"
		}
		if i+2 < len(q.words) {
			if c := q.words[i+2]; c == "more" || c == "less" || strings.HasSuffix(c, "er") && len(c) > 4 && (q.m.lex.Adjective(c) || comparative(q.m.lex, c)) && !q.m.lex.Noun(c) {
				return true // "how much stronger"
			}
		}
	}
	return false
}

// dataSizeLine answers how big a dataset is ("a system design question
// about training on a huge dataset. how big was the dataset?") with the one
// line of the guide that gives an amount of data; nil when the question
// asks no size of a dataset or the guide has no such line, or more than
// one.
func (e *Engine) dataSizeLine(q *question, g *bot.Guide) *bot.Answer {
	if g == nil || !(hasAll(q, "how", "big") || hasAll(q, "how", "large")) || !datasetAsked(q) {
		return nil
	}
	s, line := dataSizeLineOf(g)
	if s == nil {
		return nil
	}
	return e.passageAnswer(g, s, s.Title, strings.ReplaceAll(line, "**", ""))
}
