package engine

import (
	"context"
	"strings"
	"unicode"

	"github.com/careerbot-dev/careerbot/bot"
)

// scope is what a question is about besides the guides it names: an
// occupation the library has no guide for, an employer, a place outside
// the US.
type scope struct {
	occupations []string // occupations asked about that no guide covers, as typed ("dental hygienists")
	generic     []*bot.Guide
	company     string // an employer named ("Google", "a startup")
	foreign     string // a place outside the US ("London")
}

// rawWords splits text like words, keeping the case as typed.
func rawWords(text string) []string {
	if isASCII(text) {
		return asciiWords(text, func(w string) bool { return w == "s" || w == "S" })
	}
	return rawWordsRunes(text)
}

// rawWordsRunes is rawWords for any text.
func rawWordsRunes(text string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			if w := cur.String(); w != "s" && w != "S" {
				out = append(out, w)
			}
			cur.Reset()
		}
	}
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			cur.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	return out
}

func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// findScope reads the occupations, employers and places of a question.
// taken marks words already read as a guide's name, a certification, a
// state or a city.
func (l *Library) findScope(q *question, raw []string, taken []bool) scope {
	var sc scope
	m := l.m
	ws := q.words
	cased := func(i int) bool { return i < len(raw) && len(raw) == len(ws) && capitalised(raw[i]) }
	origin := func(i int) bool {
		// "I'm a QA tester", "as a nurse", "coming from teaching": the asker's
		// own job, not the one asked about ("I want to work as a nurse" is a
		// goal).
		for k, seen := i-1, 0; k >= 0 && seen < 4; k-- {
			w := ws[k]
			if m.goal[w] {
				return false // "I'm thinking about becoming a software engineer"
			}
			if w == "m" && k > 0 && ws[k-1] == "i" {
				return true // "I'm"
			}
			if w == "a" || w == "an" || w == "the" || w == "i" || w == "m" {
				continue
			}
			if m.origin[w] {
				for j := k - 1; j >= 0 && j >= k-4; j-- {
					if m.goal[ws[j]] {
						return false
					}
				}
				return true
			}
			seen++
			if !m.lex.Adjective(w) && !m.lex.Noun(w) {
				break
			}
		}
		return false
	}
	for i := 0; i < len(ws); i++ {
		if taken[i] || m.stop[ws[i]] && !m.lex.Occupation(ws[i]) {
			continue
		}
		if worker := fieldWorker(m, ws, i, q.has("salary") || q.has("outlook")); worker != "" {
			// "welding certs", "mechanical engineering career path", "data
			// engineering as a career": the work of an occupation named as a
			// line of work. Bare, a guide's own head noun may mean the guide
			// ("engineering jobs"); with another modifier it is another job.
			start := i
			if k := i - 1; k >= 0 && !taken[k] && !m.stop[ws[k]] && hasLetter(ws[k]) &&
				(m.lex.Relational(ws[k]) || m.lex.Noun(ws[k]) && !m.lex.Adjective(ws[k])) {
				start = k
			}
			if start < i || l.headNames[worker] == nil {
				for k := start; k <= i; k++ {
					taken[k] = true
				}
				sc.occupations = append(sc.occupations, strings.Join(append(ws[start:i:i], worker), " "))
				continue
			}
		}
		head := m.lex.Singular(ws[i])
		phrase, start := "", i
		for n := 3; n >= 2; n-- {
			if i-n+1 < 0 || anyTaken(taken, i-n+1, i) {
				continue
			}
			var buf [64]byte
			cand := string(append(append(appendPhrase(buf[:0], ws[i-n+1:i]), ' '), head...)) // cloned if kept
			if m.lex.Occupation(cand) {
				phrase, start = strings.Clone(cand), i-n+1
				break
			}
		}
		if i > 0 && (ws[i-1] == "to" || verbAfterSubject(m, ws, taken[i-1] && l.isCareerWord(ws[i-1]), i)) {
			continue // "wanting to cook in space", "the job where you cook in orbit": a verb, not the cook
		}
		if phrase == "" && i > 0 && !taken[i-1] && m.lex.JobSense(head) && !m.lex.Occupation(head) && !m.lex.Adjective(head) && !l.knownTerm(head) &&
			m.lex.Noun(ws[i-1]) && !m.lex.Adjective(ws[i-1]) && !m.lex.CommonVerb(m.lex.Singular(ws[i-1])) && !m.lex.CommonVerb(ws[i-1]) &&
			!m.stop[ws[i-1]] && m.index[ws[i-1]] == nil {
			// "machine operator": a noun says which sense of "operator".
			phrase, start = ws[i-1]+" "+head, i-1
		}
		if phrase == "" {
			if !(m.lex.Occupation(head) || m.lex.Person(head) && workContext(ws, i) && !cased(i)) || m.roles[head] || m.roles[ws[i]] || m.index[ws[i]] != nil {
				continue
			}
			phrase = head
			if k := i - 1; k >= 0 && !taken[k] && !m.stop[ws[k]] && m.index[ws[k]] == nil && hasLetter(ws[k]) &&
				(!m.lex.Adjective(ws[k]) || m.lex.Relational(ws[k])) && !m.lex.Occupation(ws[k]) && !m.origin[ws[k]] && !m.lex.Foreign(ws[k]) {
				phrase, start = ws[k]+" "+head, k // "web developers", "chemical engineer"
			}
		}
		if start < i && !m.lex.Word(ws[start]) && l.knownTerm(ws[start]) {
			continue // a name from the guides ("Heisenberg pruner"), not a job
		}
		if servedBy(m, ws, start) {
			// "cook for astronauts", "cooking meals for astronauts": the people
			// a job serves, not a job asked about.
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue
		}
		if i == len(ws)-1 && start == i && vocative(q.raw, ws[i]) {
			continue // "…, mate?": a way of talking to the reader, not a job
		}
		if start > 0 && (ws[start-1] == "hiring" || ws[start-1] == "hire") {
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue // "impress an ML hiring manager": the people who hire, not a job asked about
		}
		if start > 0 && possessive[ws[start-1]] || start > 1 && possessive[ws[start-2]] {
			continue // "my manager will pay for one cert": someone in the asker's life, not a job asked about
		}
		goalBefore := false // "I want to be a landscape gardener. Where do I start?"
		for k := start - 1; k >= 0 && k >= start-4; k-- {
			goalBefore = goalBefore || m.goal[ws[k]] && ws[k] != "like" && ws[k] != "should" && ws[k] != "could" && ws[k] != "would"
		}
		if origin(start) || beforeSwitch(ws, i, m) && !goalBefore {
			q.switcher = true
			for k := start; k <= i; k++ {
				taken[k] = true // the asker's own job: background, not content
			}
			continue
		}
		if g := l.variantOf(ws[start:i], head); g != nil {
			// "dream surveyors" for the guide that answers to "dreamscape
			// surveyor": a name variant, not another occupation.
			q.careers = append(q.careers, g)
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue
		}
		for k := start; k <= i; k++ {
			taken[k] = true
		}
		display := strings.Join(ws[start:i+1], " ")
		goal := start > 0 && (ws[start-1] == "a" || ws[start-1] == "an") && start > 1 &&
			(ws[start-2] == "become" || ws[start-2] == "becoming" || ws[start-2] == "be")
		if phrase == head && !goal {
			// "engineers" may mean a guide's; "become an engineer" may not.
			seen := map[*bot.Guide]bool{}
			for _, g := range l.headNames[head] {
				if !seen[g] && g.Title != "" && strings.HasSuffix(bot.NormalizeName(g.Title), " "+head) {
					seen[g] = true
					sc.generic = append(sc.generic, g)
				}
			}
		}
		sc.occupations = append(sc.occupations, display)
	}
	// Employers: "at Google", "for a startup", "what does Netflix pay".
	for i, w := range ws {
		if taken[i] {
			continue
		}
		if m.employers[w] {
			sc.company, taken[i] = w, true
			break
		}
		if i == 0 || !m.empCues[ws[i-1]] {
			continue
		}
		if (cased(i) || !m.lex.Word(w) && (l.Searcher == nil || !l.knownTerm(w))) && hasLetter(w) && !m.stop[w] && !m.lex.Foreign(w) {
			sc.company, taken[i] = w, true
			if cased(i) {
				sc.company = raw[i]
				for k := i + 1; k < len(ws) && cased(k) && !m.lex.Word(ws[k]) && !taken[k]; k++ {
					sc.company += " " + raw[k] // "Goldman Sachs"
					taken[k] = true
				}
			}
			break
		}
	}
	if sc.company == "" {
		// "Microsoft ML engineer salary": a name the guides do not know,
		// right before the career.
		for i := 0; i+1 < len(ws); i++ {
			if cased(i) && !taken[i] && taken[i+1] && !m.lex.Word(ws[i]) && !m.lex.Foreign(ws[i]) && !m.stop[ws[i]] &&
				(l.Searcher == nil || !l.knownTerm(ws[i])) && len(q.careers) > 0 {
				sc.company, taken[i] = raw[i], true
				break
			}
		}
	}
	if sc.company == "" {
		// "what do hedge funds pay ML engineers": a kind of employer (nouns
		// that are not people) as the subject of "pay".
		for i := 1; i+1 < len(ws); i++ {
			if ws[i-1] != "do" && ws[i-1] != "does" {
				continue
			}
			for n := 1; n <= 2 && i+n < len(ws); n++ {
				if ws[i+n] != "pay" && ws[i+n] != "pays" {
					continue
				}
				ok := true
				for k := i; k < i+n; k++ {
					ok = ok && !taken[k] && m.lex.Noun(ws[k]) && !m.lex.Person(ws[k]) && !m.stop[ws[k]] && !m.lex.Occupation(ws[k])
				}
				if ok {
					sc.company = strings.Join(ws[i:i+n], " ")
					for k := i; k < i+n; k++ {
						taken[k] = true
					}
				}
			}
		}
	}
	if sc.company == "" {
		// "what does Netflix pay": a name as the subject of a pay verb.
		for i := 1; i+1 < len(ws); i++ {
			if (ws[i-1] == "does" || ws[i-1] == "do" || ws[i-1] == "would" || ws[i-1] == "will" || ws[i-1] == "did" || ws[i-1] == "could") &&
				(ws[i+1] == "pay" || ws[i+1] == "pays") && !taken[i] &&
				!m.stop[ws[i]] && !m.lex.Occupation(ws[i]) && (cased(i) || !m.lex.Word(ws[i])) {
				sc.company, taken[i] = ws[i], true
				if cased(i) {
					sc.company = raw[i]
				}
			}
		}
	}
	// Places outside the US: named places WordNet files outside the US,
	// capitalised or after "in", "from", "to".
	var buf [64]byte
	for i := 0; i < len(ws); i++ {
		for n := 3; n >= 1; n-- {
			if i+n > len(ws) || anyTaken(taken, i, i+n-1) {
				continue
			}
			if !m.lex.Foreign(string(appendPhrase(buf[:0], ws[i:i+n]))) {
				continue
			}
			cand := strings.Join(ws[i:i+n], " ")
			after := i > 0 && (ws[i-1] == "in" || ws[i-1] == "from" || ws[i-1] == "to")
			if cased(i) || after || !m.lex.Word(cand) {
				if cased(i) {
					cand = strings.Join(raw[i:i+n], " ")
				}
				sc.foreign = cand
				for k := i; k < i+n; k++ {
					taken[k] = true
				}
				i = len(ws)
				break
			}
		}
	}
	return sc
}

// variantOf returns the guide one of whose names ends in head and has a word
// beginning with each modifier ("dream surveyor" ~ "dreamscape surveyor").
func (l *Library) variantOf(mods []string, head string) *bot.Guide {
	if len(mods) == 0 {
		return nil
	}
	var found *bot.Guide
	for name, g := range l.headNames[head] {
		f := strings.Fields(name)
		ok := true
		for _, m := range mods {
			hit := false
			for _, w := range f[:len(f)-1] {
				hit = hit || len(m) >= 3 && strings.HasPrefix(w, m)
			}
			ok = ok && hit
		}
		if ok {
			if found != nil && found != g {
				return nil
			}
			found = g
		}
	}
	return found
}

// beforeSwitch reports whether a verb of changing careers follows position i
// ("mechanical engineer wanting to get into ML", "software developer
// switching to ML"): the occupation is where the asker comes from.
func beforeSwitch(ws []string, i int, m *model) bool {
	line := " " + strings.Join(ws[i+1:], " ") + " "
	for _, p := range m.switches {
		if strings.Contains(line, p) {
			return true
		}
	}
	for k := i + 1; k < len(ws) && k <= i+6; k++ {
		if m.switchW[ws[k]] {
			for j := k + 1; j < len(ws) && j <= k+3; j++ {
				if ws[j] == "into" || ws[j] == "to" {
					return true
				}
			}
		}
	}
	return false
}

func anyTaken(taken []bool, from, to int) bool {
	for k := from; k <= to; k++ {
		if taken[k] {
			return true
		}
	}
	return false
}

// knownTerm reports whether the guides' index knows a word.
func (l *Library) knownTerm(w string) bool {
	return l.Searcher.Known(context.Background(), w)
}

// workContext reports whether the person noun at i is named as a line of
// work: what someone becomes ("becoming a music producer") or what has a
// career, pay or jobs ("AI ethicist career path?").
func workContext(ws []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if ws[k] == "become" || ws[k] == "becoming" {
			return true
		}
	}
	return i+1 < len(ws) && (ws[i+1] == "career" || ws[i+1] == "careers" || ws[i+1] == "salary" || ws[i+1] == "salaries" ||
		ws[i+1] == "pay" || ws[i+1] == "jobs" || ws[i+1] == "job")
}

// possessive words before an occupation make it a person in someone's
// life ("my manager", "her dentist"), not the job asked about.
var possessive = setOf("my", "our", "his", "her", "their")

// vocative reports whether the message ends by addressing someone with the
// word after a comma ("…, mate?", "thanks, man").
func vocative(raw, w string) bool {
	t := strings.TrimRight(strings.ToLower(strings.TrimSpace(raw)), "?!. ")
	i := strings.LastIndexByte(t, ',')
	return i >= 0 && strings.TrimSpace(t[i+1:]) == w
}

// subjectPronoun words put a verb after them ("where you cook").
var subjectPronoun = setOf("i", "you", "we", "they", "he", "she")

// verbAfterSubject reports whether word i is a verb agreeing with the
// subject before it: "where you cook", "the crew an orbital chef cooks
// for" (a career's name is a singular subject).
func verbAfterSubject(m *model, ws []string, careerBefore bool, i int) bool {
	prev, w := ws[i-1], ws[i]
	switch {
	case prev == "i" || prev == "you" || prev == "we" || prev == "they":
		return m.lex.Verb(w)
	case prev == "he" || prev == "she":
		base, ok := strings.CutSuffix(w, "s")
		return ok && m.lex.Verb(base)
	case careerBefore:
		// "an orbital chef cooks for", "does an orbital chef cook for"
		return m.lex.Verb(strings.TrimSuffix(w, "s"))
	}
	return false
}

// careerNext words after a field of work name it as a line of work:
// "welding certs", "nursing jobs", "accounting career".
var careerNext = setOf("career", "careers", "job", "jobs", "salary", "salaries", "pay", "certs", "certifications", "certificates",
	"path", "route", "roles", "role", "degree", "field")

// fieldWorker returns the occupation whose work word i names ("welding" →
// "welder", "nursing" → "nurse", "engineering" → "engineer") when a word
// after it names it as a line of work ("… as a career" too); "" otherwise.
func fieldWorker(m *model, ws []string, i int, figures bool) string {
	w := ws[i]
	base, ok := strings.CutSuffix(w, "ing")
	if !ok || len(base) < 3 {
		return ""
	}
	next, prev, prev2 := "", "", ""
	if i+1 < len(ws) {
		next = ws[i+1]
	}
	if i > 0 {
		prev = ws[i-1]
	}
	if i > 1 {
		prev2 = ws[i-2]
	}
	asCareer := i+3 < len(ws) && ws[i+1] == "as" && ws[i+2] == "a" && (ws[i+3] == "career" || ws[i+3] == "job")
	// "the pay in nursing", "the outlook in accounting", "thinking about
	// accounting", "a career in plumbing": the field as a line of work.
	field := (prev == "in" || prev == "into") && (figures || prev2 == "career" || prev2 == "careers" || prev2 == "go" || prev2 == "get" || prev2 == "move") ||
		prev == "about" && (prev2 == "thinking" || prev2 == "think") || prev == "considering"
	if !careerNext[next] && !asCareer && !field {
		return ""
	}
	if m.lex.CommonVerb(base) || m.lex.CommonVerb(base+"e") {
		return "" // "growing career", "adding jobs": everyday verbs describe, they name no work
	}
	for _, c := range []string{base, base + "e", base + "er", base + "or", base + "ist", base + "ant"} {
		if m.lex.Occupation(c) {
			return c
		}
	}
	return ""
}

// servedBy reports whether the occupation starting at word start follows
// "for" after a verb of work ("cook for", "cooking meals for"): the people
// served. "The pay for nurses" or "certs for plumbers" ask about the nurses.
func servedBy(m *model, ws []string, start int) bool {
	if start < 2 || ws[start-1] != "for" {
		return false
	}
	work := func(w string) bool {
		return m.lex.Verb(w) && m.index[w] == nil && !m.stop[w] && !m.lex.CommonVerb(w)
	}
	return work(ws[start-2]) || start >= 3 && strings.HasSuffix(ws[start-3], "ing") && work(strings.TrimSuffix(ws[start-3], "ing"))
}
