package engine

import (
	"context"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/careerbot-dev/careerbot/bot"
)

// scope is what a question is about besides the guides it names: an
// occupation the library has no guide for, an employer, a place outside
// the US.
type scope struct {
	occupations    []string // occupations asked about that no guide covers, as typed ("dental hygienists")
	generic        []*bot.Guide
	company        string // an employer named ("Google", "a startup")
	foreign        string // a place outside the US ("London")
	plain          bool   // an occupation said to be the ordinary kind of a guide's ("regular chef here, not in space")
	described      bool   // the occupation is work described or a credential held ("got my CDL", "I mow lawns for a living")
	background     string // the asker's own job, told as background ("data scientist here thinking of moving to MLE")
	relative       string // the job of someone in the asker's life, told beside a career ("my aunt is a nurse in NY")
	credential     string // a vendor's certificate named by a job title ("the Azure AI Engineer cert"), as typed
	credentialHead string // the head of that job title ("engineer")
	fieldNamed     string // a worker in a guide's field, read as its career ("machine learning specialists")
}

// askedFrom are words before "from" and the asker's job: "quick one from
// a stats tutor", "a question from a nurse".
var askedFrom = setOf("one", "question", "questions", "q", "qs", "query", "note", "ask")

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
	for i := 1; i < len(ws); i++ {
		if ws[i] == "come" && ws[i-1] == "how" {
			taken[i] = true // "how come cooks on stations get paid more?": a way to ask why, no word of a job's name
		}
	}
	cased := func(i int) bool { return i < len(raw) && len(raw) == len(ws) && capitalised(raw[i]) }
	ends := sentenceEnds(q.raw, raw, len(ws))
	// cuts: the sentence and clause ends, read on first need (a job
	// opening the message, a job described by its work)
	var cutsRead []bool
	cutsDone := false
	cuts := func() []bool {
		if !cutsDone {
			cutsRead, cutsDone = clauseCuts(q.raw, raw, ends, len(ws), func(w string) bool { return w == "and" || w == "or" || m.lex.Verb(w) }), true
		}
		return cutsRead
	}
	origin := func(i int) bool {
		if i <= 1 { // (opensTold reads only a job opening the message)
			if e := opensTold(m, ws, cuts(), i); e > 0 && ws[e] != "vs" && ws[e] != "versus" && ws[e] != "or" && l.careerWordTaken(ws[e:], taken[e:]) && !thatJobAfter(ws, e-1) && !l.isCareerWord(ws[e]) && !m.lex.Occupation(m.lex.Singular(ws[e])) &&
				!slices.ContainsFunc(ws[e:], func(w string) bool {
					return w == "they" || w == "them" || w == "their" || w == "he" || w == "she" || w == "his" || w == "her"
				}) { // (not "Sous chef in Vegas. Do they need the food safety cert?": the job, pointed back to)
				return true // "SWE at a bank in Sioux Falls. how long is the production ML step …?" (not "SWE vs ML engineer": set against it)
			}
		}
		// "I'm a QA tester", "as a nurse", "coming from teaching": the asker's
		// own job, not the one asked about ("I want to work as a nurse" is a
		// goal).
		for k, seen := i-1, 0; k >= 0 && seen < 4; k-- {
			w := ws[k]
			if k < len(ends) && ends[k] {
				return false // "accounting background. data analyst median?": the sentence before tells its own
			}
			if m.goal[w] {
				return false // "I'm thinking about becoming a software engineer"
			}
			if w == "m" && k > 0 && ws[k-1] == "i" {
				// "I'm" (not "how long until I'm a master plumber": the job
				// to come, asked about)
				return !(k > 1 && (ws[k-2] == "until" || ws[k-2] == "till" || ws[k-2] == "til" || ws[k-2] == "before" || ws[k-2] == "once"))
			}
			if w == "is" && k >= 2 && ws[k-2] == "my" && ownPost[ws[k-1]] {
				return true // "my title is research scientist"
			}
			if ageLike(w) && (k == 0 || k == i-1 || ws[k-1] == "m" || ws[k-1] == "im" || ws[k-1] == "i" || ws[k-1] == "a" || ws[k-1] == "an" || m.origin[ws[k-1]]) {
				return true // "30, data analyst at a bank", "I'm 29, a data analyst", "27M, nurse", "I'm a 37 y/o army medic"
			}
			if w == "a" || w == "an" || w == "the" || w == "i" || w == "m" || w == "and" && k > 0 && ageLike(ws[k-1]) { // ("I'm 35 and a paralegal")
				continue
			}
			if startsQuestion(w) && w != "is" && w != "are" {
				return false // "I was wondering, do dental assistants need …": a question opens before the job
			}
			if (w == "y" || w == "o" || w == "yo" || w == "old" || w == "years" || w == "year" || w == "yrs") && k > 0 && (hasDigit(ws[k-1]) || ws[k-1] == "y" || ws[k-1] == "years" || ws[k-1] == "year" || ws[k-1] == "yrs") {
				continue // "37 y/o", "40 years old": the age, then the job
			}
			if m.origin[w] && askedAbout(ws, k) {
				return false // "is working as a cruise ship chef a good job?": the job asked about
			}
			if w == "as" && k >= 2 && ws[k-2] == "to" && (ws[k-1] == "work" || ws[k-1] == "be") {
				return false // "is a license required to work as a real estate agent?": the work a rule is for
			}
			if w == "as" && k >= 1 && (ws[k-1] == "training" || ws[k-1] == "retraining" || ws[k-1] == "qualifying") {
				return false // "torn between training as an actuary and becoming an ML engineer": a job trained for
			}
			if w == "as" && k >= 3 && ws[k-1] == "work" && ws[k-2] == "i" && (ws[k-3] == "can" || ws[k-3] == "could") {
				return false // "can i work as a life coach without a certification?": the work asked about
			}
			if w == "from" && k > 0 && askedFrom[ws[k-1]] {
				return true // "quick one from a stats tutor: …", "question from a nurse": who asks
			}
			if w == "as" && addressedAs(ws, i) {
				return false // "as a plumber, what do you earn?": the bot asked as one, the job asked about
			}
			if w == "as" && k >= 1 && (ws[k-1] == "living" || ws[k-1] == "money" || ws[k-1] == "income") &&
				!slices.ContainsFunc(ws[max(0, k-5):k], func(x string) bool {
					return x == "i" || x == "ive" || x == "im" || x == "m" || x == "been" || x == "was"
				}) {
				return false // "can you make a living as a food blogger?": a living asked of the job, not the asker's (but "I've made a living as a chef")
			}
			if m.origin[w] {
				for j := k - 1; j >= 0 && j >= k-10; j-- {
					if j < len(ends) && ends[j] {
						break // "what's the pay like? asking as an addiction counselor": the sentence before has its own words
					}
					if j < k-6 {
						if supposing[ws[j]] && j+1 < k && supposer[ws[j+1]] {
							return false // "if I moved to Texas and worked as a welder": the whole clause supposed
						}
						continue
					}
					if m.goal[ws[j]] && (j > k-5 || j+1 < len(ws) && ws[j+1] == "to") {
						return false // (and "I want to work with sick animals as a vet")
					}
					if supposing[ws[j]] && j+1 < k && supposer[ws[j+1]] {
						return false // "what if I worked as a vet tech": a job supposed, not held
					}
					if relations[ws[j]] && j > 0 && possessive[ws[j-1]] {
						return false // "my dad has been a truck driver": his job, not the asker's
					}
				}
				if slices.Contains(ws[:k], "which") {
					e := i + 1
					for e < len(ws) && e <= i+3 && !m.stop[ws[e]] && ws[e] != "or" && ws[e] != "vs" && ws[e] != "versus" {
						e++
					}
					if e+1 < len(ws) && (ws[e] == "or" || ws[e] == "vs" || ws[e] == "versus") && l.namesCareer(ws[e+1:min(len(ws), e+6)], taken[e+1:min(len(ws), e+6)]) {
						return false // "which takes longer: flying as an airline pilot or working as an ML engineer?": one side weighed
					}
				}
				return true
			}
			seen++
			if !m.lex.Adjective(w) && !m.lex.Noun(w) && !(k > 0 && ws[k-1] == "self") { // ("a self-taught generative artist")
				break
			}
		}
		return false
	}
	// A job's name never runs across a sentence's end ("what does it cover?
	// phlebotomist"): while the words after one are read, the word ending
	// it is held as taken, which every reading of modifiers respects.
	held, lastEnd := -1, -1
	for i := 0; i < len(ws); i++ {
		if held >= 0 {
			taken[held] = false
			held = -1
		}
		if i > 0 && i-1 < len(ends) && ends[i-1] {
			lastEnd = i - 1
		}
		if lastEnd >= 0 && !taken[lastEnd] {
			taken[lastEnd], held = true, lastEnd
		}
		if taken[i] || m.stop[ws[i]] && !m.stopOccupations[ws[i]] || relations[ws[i]] {
			continue // (and "single dad": someone in a life, not a job)
		}
		if name, ok := m.companies[ws[i]]; ok && !(i+1 < len(ws) && routesTo(m, ws[i+1]) && !m.weak[ws[i+1]]) { // (not "Google certs"; "at google get paid" is the employer)
			// "amazon ML engineer pay", "what does amazon pay": an employer
			if sc.company == "" {
				sc.company = name
			}
			taken[i] = true
			for k := i + 1; k < len(ws) && k <= i+2 && (len(q.careers) > 0 || q.has("salary")) && l.employerNoun(q, taken, k); k++ {
				taken[k] = true // "Tesla autopilot team": the employer's part named goes on its name (not "a netflix series")
			}
			continue
		}
		if c := compoundWorker(l, ws, taken, i); c != "" && len(q.careers) == 0 {
			// "CDL for truck driving", "landscape gardening pay": the work
			// of a job WordNet names by the same two words ("truck driver")
			taken[i-1], taken[i] = true, true
			sc.occupations = append(sc.occupations, c)
			continue
		}
		// "which pays more, plumbing or ML engineering?": a line of work set
		// against a guide's career.
		versus := strings.HasSuffix(ws[i], "ing") && (q.has("salary") || q.has("compare") || q.has("outlook")) && versusCareer(l, ws, taken, i)
		off := 0 // "sorry for typos, typing one-handed": a comma before the work cuts it from the words before
		if i > 0 && strings.HasSuffix(ws[i], "ing") && i-1 < len(cuts()) && cuts()[i-1] {
			off = i
		}
		if worker := fieldWorker(m, ws[off:], i-off, q.has("salary") || q.has("outlook") || len(q.careers) == 0 && (q.has(bot.KindSkills) || q.has(bot.KindCerts)), versus, l.knownTerm); worker != "" &&
			!(i > 1 && ws[i-2] == "for" && l.labelPhrase(l.Guides, nil, ws[i-1], ws[i])) && // not "skills for data engineering", a guide's heading
			!(i+1 < len(ws) && !careerNext[ws[i+1]] && l.ownedWord(ws[i+1])) { // nor "certs for charting dreamscapes": work on a thing one guide alone speaks of
			// "welding certs", "mechanical engineering career path", "data
			// engineering as a career": the work of an occupation named as a
			// line of work. Bare, a guide's own head noun may mean the guide
			// ("engineering jobs"); with another modifier it is another job.
			start := i
			if k := i - 1; k >= off && !taken[k] && !m.stop[ws[k]] && hasLetter(ws[k]) && !studyWords[ws[k]] &&
				(m.lex.Relational(ws[k]) || m.lex.Noun(ws[k]) && !m.lex.Adjective(ws[k])) {
				start = k
			}
			if start > 0 && possessive[ws[start-1]] && len(q.careers) > 0 {
				// "before I quit my landscaping job … do quantum gardeners
				// need a permit?": the asker's own work, beside a guide's
				// career
				for k := start; k <= i; k++ {
					taken[k] = true
				}
				q.switcher = true
				continue
			}
			if start == 0 && studentLabel(q.raw, ws, i) {
				// "nursing grad, I'm used to charting. How much of the day
				// …?": the asker's studies, told before the question
				for k := start; k <= i+1; k++ {
					taken[k] = true
				}
				continue
			}
			if start < i {
				if g := l.nameStemWorker(ws[start], worker); g != nil {
					// "orbital cooking jobs": a word of a guide's name before
					// the work of the kind of worker that name ends in
					for k := start; k <= i; k++ {
						taken[k] = true
					}
					if !slices.Contains(q.careers, g) {
						q.careers = append(q.careers, g)
					}
					continue
				}
			}
			if start < i || l.headNames[worker] == nil {
				for k := start; k <= i; k++ {
					taken[k] = true
				}
				sc.occupations = append(sc.occupations, strings.Join(append(ws[start:i:i], worker), " "))
				continue
			}
		}
		if base, ok := strings.CutSuffix(ws[i], "ment"); ok && len(base) > 3 && (q.has("salary") || q.has("compare") || q.has("outlook")) && versusCareer(l, ws, taken, i) {
			// "product management or ML engineering, which grows faster?":
			// a line of work named for what its worker does (the manager),
			// set against a guide's career
			for _, a := range []string{base + "r", base + "er", base + "or"} {
				if m.lex.Occupation(a) && !m.roles[a] {
					start := i
					if k := i - 1; k >= 0 && !taken[k] && !m.stop[ws[k]] && hasLetter(ws[k]) && m.lex.Noun(ws[k]) && !l.isCareerWord(ws[k]) {
						start = k
					}
					for k := start; k <= i; k++ {
						taken[k] = true
					}
					sc.occupations = append(sc.occupations, strings.Join(append(ws[start:i:i], a), " "))
					break
				}
			}
			if taken[i] {
				continue
			}
		}
		if ws[i] == "work" && i > 0 && !taken[i-1] && !m.stop[ws[i-1]] && len(q.careers) == 0 && m.lex.Occupation(ws[i-1]+" worker") &&
			(i+1 < len(ws) && (careerNext[ws[i+1]] || judgedAfter(m, ws, i)) || studyCue(ws, i)) {
			// "a social work degree", "is social work a good career":
			// the line of work of that kind of worker
			taken[i-1], taken[i] = true, true
			sc.occupations = append(sc.occupations, ws[i-1]+" worker")
			continue
		}
		if (ws[i] == "science" || ws[i] == "sciences") && i > 0 && !taken[i-1] && !m.stop[ws[i-1]] && hasLetter(ws[i-1]) &&
			((i+1 < len(ws) && scienceWork[ws[i+1]] || studyCue(ws, i-1) && i > 1 && studyWords[ws[i-2]]) && len(q.careers) == 0 ||
				(q.has("compare") || q.has("salary") || q.has("outlook")) && versusCareer(l, ws, taken, i)) {
			// ("is data science or ML engineering the better career")
			// "data science salary", "food science jobs", "studying nutrition
			// science, what are jobs like": the work of that kind of scientist
			taken[i-1], taken[i] = true, true
			sc.occupations = append(sc.occupations, ws[i-1]+" scientist")
			continue
		}
		if i+1 < len(ws) && !taken[i+1] && m.lex.Adjective(ws[i]) && !m.stop[ws[i+1]] && doerAhead(m, ws, i+1) && !(i > 0 && m.lex.Occupation(ws[i-1]+" "+ws[i])) { // (not "flight attendant pros and cons")
			continue // "a pro dreamscape mapper": a word of rank before the doer, not a job of its own
		}
		if i+1 < len(ws) && !taken[i+1] && shortNext(m, ws, i+1) && m.lex.Occupation(m.lex.Singular(ws[i])) {
			continue // "vet tech at a clinic": the job is the technician, read at "tech"
		}
		if i >= 2 && ws[i-2] == "how" && (ws[i-1] == "much" || ws[i-1] == "many") && m.lex.Adjective(ws[i]) {
			continue // "how much extra is it?": an amount asked, not a film extra
		}
		if i > 0 && (ws[i-1] == "say" || ws[i-1] == "says" || ws[i-1] == "said") && m.lex.VerbForm(ws[i]) && strings.HasSuffix(ws[i], "s") && (i+1 == len(ws) || m.stop[ws[i+1]]) {
			continue // "which one does ur guide say leads?": a verb, what the guide says
		}
		if m.lex.Verb(ws[i]) && doSupported(ws, i) && (i+1 == len(ws) || i < len(cuts()) && cuts()[i]) {
			continue // "what kinds of products do ML systems power, …": the verb "do" asks with, no power (a person)
		}
		if i > 0 && linkingVerb[ws[i-1]] && m.lex.Adjective(ws[i]) && (i+1 == len(ws) || m.stop[ws[i+1]] || i < len(ends) && ends[i]) {
			continue // "entangled orchards sound lovely": how something strikes the asker, no lovely (a person)
		}
		head := m.lex.Singular(ws[i])
		if head == "employer" {
			continue // "do dream cartography employers pay relocation?": who hires for the work, not a job asked about
		}
		if i > 0 && !taken[i-1] && m.lex.Thing(ws[i-1]+" "+head) && !l.knownTerm(head) && !l.knownTerm(ws[i]) &&
			!(m.lex.Occupation(head) && i+1 < len(ws) && careerNext[ws[i+1]]) { // (not "insurance underwriter job outlook": the firm's name, the person's job)
			continue // "a credit card", "the device driver": a thing, though "card" and "driver" may name people (not a guide's word: "tomato plants")
		}
		if i > 0 && !taken[i-1] && !m.stop[ws[i-1]] && l.guideTool(ws[i-1], head) {
			continue // "model server", "workflow orchestrator", "experiment tracker": what does the work the guides name, not a job
		}
		phrase, start := "", i
		for n := 3; n >= 2; n-- {
			if i-n+1 < 0 || anyTaken(taken, i-n+1, i) {
				continue
			}
			if first := ws[i-n+1]; m.lex.OccupationWords(first) < n && strings.IndexByte(first, ' ') < 0 {
				continue // no occupation of n words begins with it
			}
			var buf [64]byte
			cand := string(append(append(appendPhrase(buf[:0], ws[i-n+1:i]), ' '), head...)) // cloned if kept
			if m.lex.Occupation(cand) {
				phrase, start = strings.Clone(cand), i-n+1
				break
			}
		}
		if phrase == "" && i > 0 && i+1 < len(ws) && verbParticle[ws[i+1]] && m.lex.Verb(ws[i]) && !determiner[ws[i-1]] && !possessive[ws[i-1]] && ws[i-1] != "my" {
			continue // "how many openings pop up each year": a verb with its particle, not a person
		}
		if i > 0 && (ws[i-1] == "to" && m.lex.Verb(ws[i]) || verbAfterSubject(m, ws, taken[i-1] && l.isCareerWord(ws[i-1]), i)) {
			continue // "wanting to cook in space", "the job where you cook in orbit": a verb, not the cook
		}
		if phrase == "" && i > 0 && (ws[i-1] == "m" || ws[i-1] == "am" || ws[i-1] == "re" || ws[i-1] == "be" || ws[i-1] == "feel") && m.lex.Adjective(ws[i]) {
			continue // "until I'm employable", "to be senior": what the asker is, no article before it, not a job
		}
		if phrase == "" && head == "server" && i > 0 && (ws[i-1] == "this" || ws[i-1] == "our" || ws[i-1] == "discord" || ws[i-1] == "slack" || ws[i-1] == "the" && i > 1 && ws[i-2] == "in") {
			continue // "the dumbest person in this server": the community the bot is in, not a waiter
		}
		if phrase == "" && (head == "guide" || head == "bot") && i > 0 && (determiner[ws[i-1]] || possessive[ws[i-1]] || ws[i-1] == "ur" || l.isCareerWord(ws[i-1])) {
			continue // "which states in the guide pay …", "your guide", "the ML guide": the career guide asked from, not a tour guide
		}
		if phrase == "" && i > 0 && !taken[i-1] && (m.roles[head] || m.roles[ws[i]]) && (m.lex.Occupation(head) || m.lex.Person(head) && m.lex.JobSense(head)) && (!m.lex.Verb(ws[i]) || i > 1 && determiner[ws[i-2]] || i+1 < len(ws) && (trainingNext[ws[i+1]] || payNext[ws[i+1]])) && l.Searcher != nil &&
			(m.lex.Noun(ws[i-1]) && !m.lex.Adjective(ws[i-1]) || (len(ws[i-1]) >= 4 || len(ws[i-1]) == 3 && typedInCapitals(q.raw, ws[i-1])) && allLetters(ws[i-1]) && !m.lex.Word(ws[i-1]) && !m.lex.VerbForm(ws[i-1])) && !m.stop[ws[i-1]] && (m.index[ws[i-1]] == nil || m.lex.OnlyNoun(ws[i-1])) &&
			(!l.knownTerm(ws[i-1]) || l.plainModifier(ws[i-1], head)) && !l.isCareerWord(ws[i-1]) {
			// (and "SEO specialist": three letters typed in capitals)
			// (and "coding specialist": a word the guides use, never
			// before this role)
			// (and "equipment operators": a word of an intent no guide's
			// text uses)
			// "customer support specialist", "inventory control specialist",
			// "warehouse associates": a role word that names a job with a
			// noun no guide uses.
			phrase, start = ws[i-1]+" "+head, i-1
		}
		if phrase == "" && i > 1 && !taken[i-1] && plainWord[ws[i-2]] && m.roles[head] && m.lex.Occupation(head) && m.lex.Noun(ws[i-1]) && hasLetter(ws[i-1]) &&
			!m.stop[ws[i-1]] && !l.isCareerWord(ws[i-1]) {
			// "a normal greenhouse worker": a role word named for a thing, said
			// to be the ordinary kind, is a job of its own, though a guide
			// uses the thing's word
			phrase, start = ws[i-1]+" "+head, i-1
		}
		if phrase == "" && i > 0 && !taken[i-1] && m.roles[head] && m.lex.Occupation(head) && m.lex.Relational(ws[i-1]) && m.index[ws[i-1]] == nil && !l.isCareerWord(ws[i-1]) &&
			len(q.careers) == 0 && l.Searcher != nil && !l.Searcher.Known(context.Background(), head) && !(i == 1 && l.guideWordIn(ws[i+1:])) {
			// (not "medical coder: which ML cert is cheapest …?": the
			// asker's own job, labelling a question in a guide's words)
			// "medical coders", "dental coders": a role word no guide uses,
			// named for a field's adjective, is a job.
			phrase, start = ws[i-1]+" "+head, i-1
		}
		doer := head // a doer's name no dictionary has, its plural cut by hand ("elevator installers")
		if d, ok := strings.CutSuffix(head, "rs"); ok && !m.lex.Word(head) {
			doer = d + "r"
		}
		if phrase == "" && i > 0 && !taken[i-1] && (m.lex.Person(head) || len(doer) >= 6 && !m.lex.Word(doer) && !m.lex.Word(ws[i]) && !comparative(m.lex, doer)) && !m.lex.Occupation(head) && !m.roles[head] && agentVerb(m.lex, doer) != "" && l.Searcher != nil &&
			(m.lex.Noun(ws[i-1]) && !m.lex.Adjective(ws[i-1]) || m.lex.Relational(ws[i-1])) && !m.stop[ws[i-1]] && m.index[ws[i-1]] == nil && !l.knownTerm(ws[i-1]) && !l.isCareerWord(ws[i-1]) && !l.saysInLower(doer) {
			// "QA (quality assurance) tester", "game tester": a doer of a
			// verb, named for a thing no guide speaks of, is a job.
			phrase, start = ws[i-1]+" "+head, i-1
			if k := i - 2; k >= 0 && !taken[k] && m.lex.Noun(ws[k]) && !m.stop[ws[k]] && !l.isCareerWord(ws[k]) && !determiner[ws[k]] && !possessive[ws[k]] {
				phrase, start = ws[k]+" "+phrase, k // "quality assurance tester": the modifier's own modifier
			}
		}
		if phrase == "" && i > 0 && !taken[i-1] && m.lex.JobSense(head) && !m.lex.Occupation(head) && !m.lex.Adjective(head) && !l.guidePhrase(ws[i-1], head) && !l.guideThing(ws[i-1], ws[i]) &&
			m.lex.Noun(ws[i-1]) && !m.lex.Adjective(ws[i-1]) && !m.lex.CommonVerb(m.lex.Singular(ws[i-1])) && !m.lex.CommonVerb(ws[i-1]) &&
			!m.stop[ws[i-1]] && (m.index[ws[i-1]] == nil || l.Searcher != nil && !l.knownTerm(ws[i-1]) && m.lex.OnlyNoun(ws[i-1])) && !m.lex.Time(ws[i-1]) &&
			!verbJoined(m, ws, i-1) {
			// (an intent's word no guide's text uses names the job too:
			// "equipment operators")
			// "machine operator": a noun says which sense of "operator"
			// (a time says none: "the family christmas card").
			phrase, start = ws[i-1]+" "+head, i-1
		}
		if full, ok := shortHeads[ws[i]]; ok && phrase == "" && full != "lead" && i > 1 && !taken[i-1] && !taken[i-2] && m.lex.Adjective(ws[i-2]) && !m.stop[ws[i-2]] && m.index[ws[i-2]] == nil &&
			m.lex.Noun(ws[i-1]) && !m.stop[ws[i-1]] && !l.isCareerWord(ws[i-1]) && !l.isCareerWord(ws[i-2]) && shortNext(m, ws, i) {
			phrase, start = ws[i-2]+" "+ws[i-1]+" "+full, i-2 // "full stack dev salary": a job's short name after its two words
		}
		if phrase == "" && l.Searcher != nil {
			if m.lex.CompoundOccupation(ws[i]) != "" && m.index[ws[i]] == nil && !l.knownTerm(ws[i]) && !l.vocab.known(ws[i]) {
				// "hypnotherapists", "zookeeper": a compound WordNet lacks,
				// ending in an occupation, that no guide uses.
				phrase = strings.TrimSuffix(ws[i], "s")
			} else if agentNoun(ws[i]) && !m.lex.Word(ws[i]) && m.index[ws[i]] == nil && !l.knownTerm(ws[i]) && !l.vocab.known(ws[i]) {
				// "bioinformaticians", "paleoclimatologist": a practitioner's
				// ending on a word no dictionary or guide has.
				phrase = strings.TrimSuffix(ws[i], "s")
			} else if i > 0 && len(ws[i]) >= 3 && !m.lex.Word(ws[i]) && !taken[i-1] && !m.stop[ws[i-1]] && !l.knownTerm(ws[i]) &&
				m.lex.CompletePhrase(ws[i-1]+" "+ws[i]) != "" {
				// "dental hyg salary": a job's name cut short.
				phrase, start = m.lex.CompletePhrase(ws[i-1]+" "+ws[i]), i-1
			} else if full, ok := shortHeads[ws[i]]; ok && i > 0 && !taken[i-1] && !m.stop[ws[i-1]] && (m.index[ws[i-1]] == nil || m.lex.OnlyNoun(ws[i-1]) && (shortNext(m, ws, i) || l.versusCareerAt(ws, taken, i) || l.orCareerBefore(ws, taken, i-1)) && i+1 < len(ws) ||
				m.lex.Occupation(ws[i-1]) && !l.isCareerWord(ws[i-1]) && shortNext(m, ws, i)) && // ("master tech pay": a rank that is a job itself, before the short head)
				(m.lex.Noun(ws[i-1]) && !m.lex.MostlyAdjective(ws[i-1]) || m.lex.Relational(ws[i-1]) || !m.lex.Word(ws[i-1]) && hasLetter(ws[i-1])) &&
				!l.isCareerWord(ws[i-1]) &&
				(shortNext(m, ws, i) || l.versusCareerAt(ws, taken, i) || l.orCareerBefore(ws, taken, i-1) || (opensAsk(m, ws, i) || i+1 < len(ws) && certNext[ws[i+1]] && m.lex.OnlyNoun(ws[i-1])) &&
					!(i+1 < len(ws) && certNext[ws[i+1]] && (len(ws[i-1]) < 3 || l.knownTerm(ws[i-1]) || m.shorthand[ws[i-1]] != nil))) {
				// ("the pharmacy tech certification": a workplace's tech,
				// then the certificate asked)
				// (or opens the question: "pharmacy techs: best
				// certifications?", "hvac tech certs?"; not "tf dev cert": a
				// certificate's name, by a word the guides use or two letters)
				// "vet techs", "tech lead salary": chat's short
				// forms of a job's name where a job's name goes ("tech
				// stack", "big tech", "web dev skills", "skills lead to" are
				// not).
				phrase, start = ws[i-1]+" "+full, i-1
				if i > 1 && !taken[i-2] && !m.stop[ws[i-2]] && m.index[ws[i-2]] == nil && (m.lex.Adjective(ws[i-2]) || m.lex.OnlyNoun(ws[i-2])) && m.lex.Noun(ws[i-1]) {
					phrase, start = ws[i-2]+" "+phrase, i-2 // "front end devs", "customer service reps"
				}
			} else if full, ok := shortHeads[ws[i]]; ok && full != "lead" && i > 0 && i+2 < len(ws) && (ws[i-1] == "the" || ws[i-1] == "a") &&
				((ws[i+1] == "at" || ws[i+1] == "in") && determiner[ws[i+2]] || (ws[i+1] == "who" || ws[i+1] == "that") && m.lex.Verb(ws[i+2]) && l.unknownDoer(q, taken, cuts()) == "") && len(q.careers) == 0 {
				// "the techs at a sleep clinic who wire people up", "the techs
				// who wire people up at sleep clinics": the technicians of a
				// workplace, or of work described in words a guide uses (told
				// in full when no guide's: unknownDoer)
				phrase = full
			}
		}
		if phrase == "" && head == ws[i] && (strings.HasSuffix(ws[i], "est") && m.lex.Adjective(strings.TrimSuffix(ws[i], "est")) || superlative[ws[i]]) {
			continue // "the shortest path in": a superlative, no job
		}
		if phrase == "" && head == ws[i] && m.lex.Adverb(ws[i]) && i+1 < len(ws) && !taken[i+1] && !m.stop[ws[i+1]] && (m.lex.MostlyAdjective(ws[i+1]) ||
			i+2 < len(ws) && m.lex.MostlyAdjective(ws[i+2]) && !m.lex.Occupation(ws[i+1])) {
			continue // "super vivid dreams", "super infra heavy": a word that intensifies, no superintendent
		}
		if phrase == "" && head == ws[i] && m.lex.MostlyAdjective(ws[i]) && m.lex.Adverb(ws[i]) && i > 0 && !determiner[ws[i-1]] && !possessive[ws[i-1]] && ws[i-1] != "as" &&
			!m.lex.Adjective(ws[i-1]) && (i+1 == len(ws) || m.stop[ws[i+1]]) && !cased(i) {
			continue // "remote job, super infra heavy", "math heavy": said of a thing, no heavy (the villain's part)
		}
		if phrase == "" && cased(i) && m.lex.FamilyName(head) && (i > 0 || i+1 < len(ws) && m.lex.VerbForm(ws[i+1]) && !m.lex.Noun(ws[i+1])) {
			continue // "ask Dr. Turner", "Mason said": a person, not the trade (but "Forester salary in Maine?": a capital opening the message)
		}
		if phrase == "" && i+1 < len(ws) && m.lex.Adjective(ws[i]) && !taken[i+1] && !m.stop[ws[i+1]] && m.lex.Noun(ws[i+1]) && !m.lex.Adjective(ws[i+1]) && (m.index[ws[i+1]] == nil || payNext[ws[i+1]] && (i == 0 || m.stop[ws[i-1]]) && !(m.lex.Occupation(head) && !m.lex.MostlyAdjective(ws[i])) ||
			m.lex.MostlyAdjective(ws[i]) && !payNext[ws[i+1]] && l.knownTerm(ws[i+1]) && !m.roles[ws[i+1]]) && // ("step 4, professional experience": the guide's own thing)
			!(i > 0 && !taken[i-1] && !m.stop[ws[i-1]] && m.index[ws[i-1]] == nil && m.lex.OnlyNoun(ws[i-1]) && m.lex.Occupation(head) && !m.lex.MostlyAdjective(ws[i])) {
			// (not "nursing assistant night shift pay": a noun before it
			// makes it the job's name; but "testing ordinary software" is
			// no ordinary, the clergyman, however a noun comes before it)
			continue // "what extra course do I need": an adjective before its noun, not a film extra
		}
		if phrase == "" && head == ws[i] && m.lex.Adjective(ws[i]) && i > 0 && copulaLike[ws[i-1]] && i+1 < len(ws) && adjPreposition[ws[i+1]] {
			continue // "become familiar with", "be ready for": how someone is, not a job
		}
		if phrase == "" && i > 0 && ws[i-1] == "in" && head == ws[i] && m.lex.Adjective(ws[i]) && (i+1 == len(ws) || m.stop[ws[i+1]]) {
			continue // "the going rate for the role in general", "in private": a phrase, no job
		}
		if phrase == "" && i > 0 && i+2 < len(ws) && (ws[i-1] == "the" || ws[i-1] == "a") && m.lex.Adjective(ws[i]) && (slices.Contains(usWide, ws[i+1]) || taken[i+1]) && m.index[ws[i+2]] != nil {
			continue // "the general US salary range", "the general California median": an adjective before a place and what is asked
		}
		if phrase == "" && i > 0 && i+1 < len(ws) && (ws[i-1] == "the" || ws[i-1] == "a") && m.lex.Adjective(ws[i]) && m.lex.Noun(ws[i+1]) && (i+2 == len(ws) || m.stop[ws[i+2]] && m.index[ws[i+1]]["salary"]) {
			continue // "just the general number", "the general median for the role": an adjective between its article and the noun that ends the clause
		}
		if phrase == "" && head == ws[i] && indefinitePerson[head] {
			continue // "nobody makes more than that": no one in particular, no job
		}
		if phrase == "" && i > 0 && head == ws[i] && (ws[i-1] == "paid" || ws[i-1] == "earn" || ws[i-1] == "earns" || ws[i-1] == "pay" || ws[i-1] == "pays") && !(cuts() != nil && cuts()[i-1]) { // (not "rank these for pay: actuary, …": a list after the colon)
			continue // "do they get paid extra?": no job ("an extra") goes bare after a pay verb
		}
		if phrase == "" && head == ws[i] && m.lex.Adjective(ws[i]) && i > 0 && (ws[i-1] == "just" || ws[i-1] == "any" || ws[i-1] == "or") && (i+1 == len(ws) || m.stop[ws[i+1]]) {
			continue // "mandatory or just extra?", "pay any extra": the adjective, not a film extra
		}
		if phrase == "" && head == ws[i] && m.lex.MostlyAdjective(head) && !m.lex.Occupation(head) && m.lex.Adjective(head) && !(i > 0 && (ws[i-1] == "a" || ws[i-1] == "an")) { // (not "become a principal")
			continue // "same job, no?": an adjective before its noun, not a person ("a Same", one of the Sami)
		}
		if phrase == "" {
			// "doctors — what skills do they need?": a role word opening a
			// question that names no guide's career is the job asked about
			openingRole := len(q.careers) == 0 && m.lex.Occupation(head) && (opensAsk(m, ws, i) || versusPerson(m, ws, i))
			jobBecome := m.lex.JobSense(head) && i > 1 && (ws[i-1] == "a" || ws[i-1] == "an") && (ws[i-2] == "become" || ws[i-2] == "becoming") // "become a principal"
			if !(m.lex.Occupation(head) || jobBecome || m.lex.Person(head) && (workContext(m, ws, i) || (opensAsk(m, ws, i) && !m.roles[head] || asksOfDoer(m, ws, i) && (!m.roles[head] || m.lex.Occupation(head)) ||
				forDoer(m, ws, i) && !m.roles[head] && !(i > 0 && taken[i-1]) || // (not "for a space chef wannabe")
				versusCareer(l, ws, taken, i) && !relations[head] && !m.lex.Adjective(head) || // ("foreman vs ML engineer, which pays more?": set against a career)
				qualifyAs(ws, i) && !m.roles[head] ||
				i+1 < len(ws) && certNext[ws[i+1]] && !m.roles[head] && i > 0 && !taken[i-1] && m.lex.Adjective(ws[i-1])) && !l.usesNoun(head)) && !cased(i)) || // ("best personal trainer certification?": the credential of a job)
				(m.roles[head] || m.roles[ws[i]]) && !workContext(m, ws, i) && !openingRole && !(m.lex.Occupation(head) && versusCareer(l, ws, taken, placedAt(m, ws, taken, i))) && !(len(q.careers) == 0 && m.lex.Occupation(head) && (i == 0 || ws[i-1] != "the") && asksOfDoer(m, ws, i)) &&
					!(len(q.careers) == 0 && m.lex.Occupation(head) && i+1 < len(ws) && ws[i+1] == "who" && thatJobAfter(ws, i)) && // ("the doctor who treats my dog — what's the path to that job?")
					!(len(q.careers) == 0 && m.lex.Occupation(head) && ws[i] != head && i > 0 && ws[i-1] == "the" && i+1 < len(ws) && ws[i+1] == "who") || // ("the doctors who read x-rays": a kind of doctor, not one person)
				m.index[ws[i]] != nil {
				// "owner" is a role, but "become a food truck owner" is a job
				continue
			}
			phrase = head
			if k := i - 1; k >= 0 && !taken[k] && !m.stop[ws[k]] && m.index[ws[k]] == nil && hasLetter(ws[k]) &&
				(!m.lex.Adjective(ws[k]) || m.lex.Relational(ws[k]) || m.lex.Noun(ws[k]) && !m.lex.MostlyAdjective(ws[k]) && (k > 0 && m.lex.Adjective(ws[k-1]) && !m.stop[ws[k-1]] || m.lex.OnlyNoun(m.lex.Singular(ws[k])) || i+1 < len(ws) && m.index[ws[i+1]] != nil)) && !m.lex.Occupation(ws[k]) && !m.origin[ws[k]] && !m.lex.Foreign(ws[k]) &&
				!(strings.HasSuffix(ws[k], "s") && m.lex.VerbForm(ws[k]) && m.lex.CommonVerb(strings.TrimSuffix(ws[k], "s"))) && // (not "which cert gets growers …": a verb)
				!(!m.lex.Word(ws[k]) && participle(m, ws[k])) {
				phrase, start = ws[k]+" "+head, k // "web developers", "chemical engineer"
			} else if k >= 0 && !taken[k] && !m.lex.Word(ws[k]) && m.index[ws[k]] == nil && participle(m, ws[k]) {
				start = k // "a practicing lawyer": the lawyer, at work
			}
		}
		if len(q.careers) > 0 && start < i && m.roles[head] && l.careerUses(q.careers, ws[start:i]) &&
			// (not "machine operators … not ML engineers": a word of the
			// career's own title, then a role, is another job; nor "map
			// maker vs dream cartographer": set against the career)
			!(start+1 == i && l.isCareerWord(ws[start])) && !l.versusCareerAt(ws, taken, i) && !l.versusCareerBefore(ws, taken, start) &&
			!(start > 0 && plainWord[ws[start-1]]) { // (nor "a normal greenhouse worker": said to be the ordinary kind)
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue // "the crew members an orbital chef cooks for": people of the career's own world
		}
		if start < i && !m.lex.Word(ws[start]) && l.knownTerm(ws[start]) && !(start+1 == i && m.index[ws[start]] == nil && participle(m, ws[start])) {
			continue // a name from the guides ("Heisenberg pruner"), not a job
		}
		if l.certNameTyped(ws, i) {
			continue // "'Entangled Orchid Steward'?": a guide's certificate, its name half-remembered, not a job
		}
		if start < i && !m.lex.Occupation(head) && l.usesPhrase(ws[i-1], head) {
			continue // "a crumb vortex hood": a thing a guide names ("hood" is a person only in another sense)
		}
		if i+1 < len(ws) && !taken[i+1] && (m.employers[ws[i+1]] || ws[i+1] == "office" || ws[i+1] == "offices" || ws[i+1] == "shop") && start > 0 &&
			(ws[start-1] == "a" || ws[start-1] == "an" || ws[start-1] == "the" || possessive[ws[start-1]]) && m.lex.Occupation(head) && len(q.careers) > 0 {
			// "a bookkeeper for a dentist office": the job names the
			// workplace, beside the career asked about
			for k := start; k <= i+1; k++ {
				taken[k] = true
			}
			continue
		}
		if start == i-1 && start > 0 && ws[i] != head && !m.lex.Occupation(phrase) && strings.HasSuffix(ws[start], "ing") && gerund(m.lex, ws[start]) &&
			(objectLead[ws[start-1]] || ws[start-1] == "for") { // (and "for feeding astronauts")
			// "the path to feeding astronauts": the people the work is done
			// for, its object, not a job asked about
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue
		}
		if servedBy(m, ws, start) || start >= 2 && ws[start-1] == "for" && !taken[start-2] && madeFor(l, ws[start-2]) && !l.isCareerWord(head) {
			// (not "pay in Alabama for plumbers": a state one guide's
			// table alone holds is no thing made for them)
			// "cook for astronauts", "cooking meals for astronauts": the people
			// a job serves, not a job asked about.
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue
		}
		if i == len(ws)-1 && start == i && vocative(q.raw, ws[i]) && !(endsInColonList(q.raw) && m.lex.Occupation(head)) { // (not "rank these for pay: actuary, ML engineer, pharmacist": a list's last item)
			continue // "…, mate?": a way of talking to the reader, not a job
		}
		if start >= 3 && ws[start-1] == "in" && (ws[start-2] == "years" || ws[start-2] == "yrs" || ws[start-2] == "months") && (hasDigit(ws[start-3]) || numberWords[ws[start-3]]) &&
			(afterQuestion(q.raw, len(ws), start) || i == len(ws)-1 && strings.Contains(strings.ToLower(q.raw), ", "+ws[start-3]+" ")) {
			// "… do I need certs? born 1989, 10 yrs in HVAC": the asker's
			// years in a job, told after the question or in a clause of its
			// own that ends the message
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			if sc.background == "" {
				sc.background = strings.Join(ws[start:i+1], " ")
			}
			continue
		}
		if i+1 < len(ws) && (ws[i+1] == "budget" || ws[i+1] == "salary" || ws[i+1] == "wage" || ws[i+1] == "paycheck") && start > 1 && (ws[start-1] == "a" || ws[start-1] == "my") && ws[start-2] == "on" {
			// "is it worth it on a line cook's budget": what the asker lives
			// on, told beside the question
			for k := start; k <= i+1; k++ {
				taken[k] = true
			}
			if sc.background == "" {
				sc.background = strings.Join(ws[start:i+1], " ")
			}
			continue
		}
		if start > 0 && (ws[start-1] == "hiring" || ws[start-1] == "hire") && (m.roles[head] || m.roles[ws[i]] || !(start >= 2 && auxBefore[ws[start-2]] && (start < i || !l.usesNoun(head)))) {
			// (not "SpaceX is hiring avionics technicians": the job hired;
			// but "space stations are hiring cooks": the guide's own people)
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue // "impress an ML hiring manager": the people who hire, not a job asked about
		}
		if vs := vendorStart(m, q.raw, ws, start); start > 0 && i+1 < len(ws) && (certNext[ws[i+1]] || ws[i+1] == "associate") && (cased(start-1) && cased(start) || vs < start) &&
			(len(q.careers) > 0 || l.knownTerm(head) || l.knownTerm(ws[vs])) { // (not "the RPSGT sleep technologist exam": another field's, its job asked of)
			for k := start; k <= i+1; k++ {
				taken[k] = true
			}
			sc.credential, sc.credentialHead = typedSpan(q.raw, ws[vs], ws[i+1]), head
			if strings.Contains(sc.credential, "…") {
				sc.credential = strings.Join(ws[vs:i+2], " ") // as read, when the typed words cannot be found
			}
			continue // "the AWS Solutions Architect cert", "the azure AI engineer cert": a vendor's certificate, not the job
		}
		if (len(q.careers) > 0 || start >= 3 && (credentialWord[ws[start-3]] || ws[start-3] == "license" || ws[start-3] == "licence" || ws[start-3] == "permit") && ws[start-2] == "like") && simile(ws, start) { // (or "any license like the CPA": a credential named for its likeness, whatever the career)
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue // "a licensing exam, like the PE for civil engineers": an analogy, not a job asked about
		}
		if aside(ws, start) {
			continue // "it sounds like a vacuum cleaner": a comparison, not a job asked about
		}
		if saysAfter(m, ws, i) && !(len(q.careers) == 0 && (claimOfTheirs(ws, i) || !l.guideWordIn(ws))) && !pronounWeighs(ws, i) {
			continue // "prof in our dept says ML jobs are growing": who said it, not a job asked about
		}
		if (start > 0 && possessive[ws[start-1]] || start > 1 && possessive[ws[start-2]]) && !credentialSought(ws, start) && !becomeOne(ws, i) &&
			// (but "my paramedic pay": the asker's own; "how do I get my
			// pharmacist licence recognised": that job's licence, asked)
			!(start > 0 && ws[start-1] == "my" && i+1 < len(ws) && (payNext[ws[i+1]] || ws[i+1] == "license" || ws[i+1] == "licence" || ws[i+1] == "registration" || credentialWord[ws[i+1]] && !slices.Contains(q.certWord, true) && l.permitGuide(q) == nil) && len(q.careers) == 0) &&
			!(hiredAs(ws, start) && len(q.careers) == 0) { // (nor "we're hiring our first data analyst": the job a post is for)
			continue // "my manager will pay for one cert": someone in the asker's life, not a job asked about
		}
		if relativesJob(ws, start) && (l.namesCareer(ws, taken) || len(l.Guides) > 1 && l.terms != nil && l.terms.names(without(ws, start, placeOfWork(ws, i))) || toldAfterAsking(ws, start, i, askedBefore(q.raw, ws[start])) ||
			l.guideFieldIn(ws[i+1:])) &&
			!pronounAfter(ws, i) && !thatJobAfter(ws, i) && !namedAgain(m, ws, head, i) {
			// "my dad is a plumber and thinks ML is a fad, what's the job
			// outlook?": the job of someone in the asker's life, beside a
			// career the guides have or a guide's own words, when nothing
			// after it asks about them ("what does he earn?").
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			if sc.relative == "" {
				sc.relative = asTyped(ws, raw, start, i+1)
			}
			continue
		}
		ownIntro := origin(start) || i+1 < len(ws) && ws[i+1] == "here" // "I'm a …", "regular greenhouse gardener here"
		if origin(start) && afterQuestion(q.raw, len(ws), start) && l.workAsked(ws[:start]) {
			// "What's the pay like for people who cook for crews on orbital
			// stations? I'm a pretty good home cook": the asker's own job,
			// told after the question (not a switcher's: what is asked is
			// not the way in)
			if sc.background == "" {
				sc.background = strings.Join(ws[start:i+1], " ")
			}
			q.signed = q.signed || l.trailingLabel(q, start)
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue
		}
		if len(l.headNames[head]) > 0 && plainNear(ws, start, i) && (len(q.careers) == 0 || !origin(start) && !l.careerUses(q.careers, ws[max(0, start-4):i])) &&
			!(len(q.careers) == 0 && ownIntro && beforeSwitch(ws, i, m)) { // (not "regular greenhouse gardener here — how do i move into the superposition stuff?": the asker's start)
			// "I'm a chef in Manila, normal restaurant chef", "im a gardener
			// (normal plants)": the plain job, said not to be a guide's
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			sc.occupations = append(sc.occupations, asTyped(ws, raw, start, i+1))
			sc.plain = true
			continue
		}
		goalBefore := false // "I want to be a landscape gardener. Where do I start?"
		for k := start - 1; k >= 0 && k >= start-4; k-- {
			goalBefore = goalBefore || m.goal[ws[k]] && ws[k] != "like" && ws[k] != "should" && ws[k] != "could" && ws[k] != "would"
		}
		if len(q.careers) == 0 && origin(start) && !goalBefore && asksOwnJob(m, ws, i) {
			// "I'm a psychologist and I do a lot of dream analysis, whats
			// the outlook for my field": the asker's own job is the one
			// asked about.
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			sc.occupations = append(sc.occupations, asTyped(ws, raw, start, i+1))
			continue
		}
		// "botanist here. do you need a permit to tend superposition
		// seedlings?": the asker's job, then a question in a guide's words
		introHere := (start == 0 || start <= 2 && !slices.ContainsFunc(ws[:start], func(w string) bool { return m.stop[w] || !hasLetter(w) })) && i+1 < len(ws) && (ws[i+1] == "here" || i <= 2 && len(raw) == len(ws) && (endsSentence(q.raw, raw[i]) || endsLabel(q.raw, raw[i]) && m.lex.Singular(ws[i]) == ws[i] && l.namesOneGuide(ws[i+1:endOfSentence(ends, i+1, len(ws))])) ||
			i <= 3 && m.lex.Singular(ws[i]) == ws[i] && l.questionAfterNamesGuide(ws, i)) && // ("landscaper making 45k, what do people who grow crops in superposition make?")
			len(q.careers) == 0 && len(l.Guides) > 1 && l.guideTermAfter(ws, i)
		signed := l.trailingLabel(q, start)
		q.signed = q.signed || signed
		if k := start - 1; k >= 1 && (ws[k] == "a" || ws[k] == "an") && (ws[k-1] == "like" || k >= 2 && ws[k-1] == "being" && ws[k-2] == "like") &&
			len(q.careers) == 0 && len(l.Guides) > 1 && l.namesOneGuide(dropStateWords(append(slices.Clone(ws[:k-1]), ws[i+1:]...))) {
			// "is dream surveying night work like being a sleep tech?": a
			// job the guide's work is likened to, not the one asked about
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue
		}
		if paidAfter(ws, i) && !goalBefore && !relativeSubject(ws, start) && !asksOwnJob(m, ws, i) &&
			(len(q.careers) > 0 || slices.Contains(q.certWord, true) || l.guideWordIn(ws[i+1:])) {
			// "Receptionist earning 35k. Which of the ML certs cost $200?":
			// the asker's job and pay, told before a question of a guide's
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			if sc.background == "" {
				sc.background = strings.Join(ws[start:i+1], " ")
			}
			continue
		}
		// "data analyst here 📊 wanting to go mle, what's different about the
		// work", "MLOps eng here — which tools does the guide list …?"
		hereLabel := start <= 3 && i+1 < len(ws) && ws[i+1] == "here" && (len(q.careers) > 0 || guideQuoted(ws[i+2:]) || l.namesGuideItem(ws[i+2:])) && !thatJobAfter(ws, i)
		if (origin(start) || introHere || signed || hereLabel || (ownJobAfter(m, ws, i) || (len(q.careers) > 0 || l.careerWordTaken(ws[i+1:], taken[i+1:])) && (!q.has("compare") || againstNational(ws)) && selfIntro(m, ws, start, i, head) && !namedAgain(m, ws, head, i)) && !goalBefore) && !relativeSubject(ws, start) && !(len(q.careers) == 0 && (ownStanding(ws, i) || l.onlyOwnJob(q, ws, taken, i))) || beforeSwitch(ws, i, m) && !goalBefore && !(start > 0 && (ws[start-1] == "or" || ws[start-1] == "vs" || ws[start-1] == "versus") || i+1 < len(ws) && (ws[i+1] == "or" || ws[i+1] == "vs" || ws[i+1] == "versus")) && !(len(q.careers) == 0 && (askedSubject(ws, start) || start == 0 && i+1 < len(ws) && startsQuestion(ws[i+1]) || jobsWeighed(m, ws, start, i))) ||
			start <= 1 && i+2 < len(ws) && ws[i+1] == "to" && taken[i+2] && l.isCareerWord(ws[i+2]) && !goalBefore { // "nurse to ml eng how long": from the one, to the other
			q.switcher = true
			if sc.background == "" {
				sc.background = strings.Join(ws[start:i+1], " ")
			}
			for k := start; k <= i; k++ {
				taken[k] = true // the asker's own job: background, not content
			}
			continue
		}
		if start == i && len(q.careers) > 0 && !plainNear(ws, start, i) && !weighedNear(ws, i) && slices.ContainsFunc(q.careers, func(c *bot.Guide) bool { return l.headOf(head, c) }) {
			// "… the space chefs get fresh supplies up there. how often does
			// the resupply come for cooks on the stations?": the career named,
			// called again by its kind of worker
			taken[i] = true
			continue
		}
		if i+2 < len(ws) && requestVerb[ws[i+1]] && (ws[i+2] == "me" || ws[i+2] == "us") && (q.hasSectionIntent() || len(q.careers) > 0) {
			// "feature store tools? staff eng asked me to look into it":
			// who sent the asker, not the job asked about
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue
		}
		if start > 1 && ws[start-2] == "i" && (ws[start-1] == "said" || ws[start-1] == "typed" || ws[start-1] == "wrote") && len(q.careers) > 0 {
			// "I said chef but I meant the gardening one, the quantum
			// gardener": a job's name taken back, quoted, not asked about
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue
		}
		g := l.variantOf(ws[start:i], head)
		// (the field's two or three words just before the head, and no
		// other modifier before them: not "quantum machine learning
		// specialists")
		for n := 2; g == nil && n <= 3 && n <= i && n >= i-start; n++ {
			if v := l.fieldWorker(ws[i-n : i]); v != nil && !l.headOf(head, v) && !researchRole[head] {
				g, start = v, i-n // "machine learning specialists", "ML devs"
				sc.fieldNamed = strings.Join(ws[start:i+1], " ")
			}
		}
		if g == nil && start > 0 && start < i && !taken[start-1] && len(l.headNames[head]) > 0 {
			// "space station cook": a name word of the guide ("space chef")
			// before the kind of place it works in
			if v := l.variantOf([]string{ws[start-1]}, head); v != nil && guideNameWord(v, ws[start-1]) {
				g, start = v, start-1
			}
		}
		if g == nil && start < i && len(l.Guides) > 1 && l.terms != nil && !plainNear(ws, start, i) {
			// "quantum growers", "qubit trellis growers": a word of one
			// guide's name before a worker named for what that guide does
			g = l.namedWorker(ws[start:i], head)
		}
		if g == nil && start >= i-2 && start < i && len(l.Guides) > 1 && l.terms != nil && len(sc.occupations) == 0 && !plainNear(ws, start, i) {
			// "superposition gardeners", "station chefs": the kind of a
			// guide's job named by a word of that guide's summary alone
			// ("tends superposition seedlings", "cooks for crews aboard
			// orbital stations") that only that guide uses. So is a worker
			// the guide's own text names ("growers") or named for a verb it
			// uses, after words of that guide alone that name no concrete
			// thing ("superposition growers", "entangled plant growers";
			// not "greenhouse growers", whose greenhouse is a building).
			v := l.summaryOwn[m.lex.Singular(ws[start])]
			if gi := l.terms.sole(ws[start]); start > 0 && start == i-1 && gi >= 0 && !taken[start-1] && !m.stop[ws[start-1]] && l.terms.sole(ws[start-1]) == gi &&
				len(m.lex.KindOf(ws[start])) > 0 && len(m.lex.KindOf(ws[start-1])) == 0 && len(m.lex.Kinds(ws[start-1])) == 0 && !m.lex.Person(ws[start-1]) {
				// "quantum plant growers": a word of that guide alone that
				// names no concrete thing, before the concrete thing grown
				start--
				v = l.Guides[gi]
			}
			if v != nil && !m.stop[ws[start]] && l.terms.onlyOne(ws[start]) {
				gi := int32(slices.Index(l.Guides, v))
				abstract := true
				for k := start; k < i; k++ {
					w := ws[k]
					abstract = abstract && !m.stop[w] && l.terms.sole(w) == gi && (k > start || len(m.lex.KindOf(w)) == 0 && len(m.lex.Kinds(w)) == 0 && !m.lex.Person(w))
				}
				verb := agentVerb(m.lex, head)
				if start == i-1 && l.headOf(head, v) ||
					abstract && (l.terms.sole(head) == gi || verb != "" && l.terms.usedBy(verb, gi) && l.Searcher != nil && l.Searcher.Known(context.Background(), verb)) {
					g = v
				}
			}
		}
		if g == nil && start == i && i+2 < len(ws) && (ws[i+1] == "who" || ws[i+1] == "that") && len(l.headNames[head]) > 0 && len(l.Guides) == 1 {
			// "engineers who deploy models": the job the guide names by this
			// head, told by the guide's own work. (Among several guides a
			// guide's words may be the plain job's too: "gardeners who tend
			// greenhouse plants".)
			g = l.guideWork(ws, i+2, head)
		}
		if g == nil && start == i && i+2 < len(ws) && (ws[i+1] == "who" || ws[i+1] == "that" || ws[i+1] == "whose") && len(l.headNames[head]) > 0 && len(l.Guides) > 1 && l.terms != nil && !plainNear(ws, start, i) {
			// "a chef who cooks for astronauts", "gardeners who grow stuff in
			// superposition": among several guides, a worker of a guide's
			// kind told by work in words that guide alone uses
			g = l.clauseGuide(ws, i+2, head)
		}
		if g == nil && (len(l.Guides) == 1 || l.terms != nil) && !plainNear(ws, start, i) {
			// "zero-g galley cooks", "growers fighting decoherence blight",
			// "chefs on long-duration stations": a worker of a guide's kind
			// beside words that guide alone keeps coming back to.
			g = l.kindredWorker(ws, taken, start, i, head)
		}
		if g == nil && !plainNear(ws, start, i) {
			g = l.placedWorker(ws, taken, start, i, head)
		}
		end := i
		at := i + 1
		if at+1 < len(ws) && jobNouns[ws[at]] {
			at++ // "a chef job in orbit": the job's own noun between
		}
		if g == nil && at+1 < len(ws) && (ws[at] == "in" || ws[at] == "on" || ws[at] == "aboard") && len(l.headNames[head]) > 0 {
			// "a chef in space", "cooks on the space station": a name word
			// of the guide ("space chef") after the job, where it works
			for k := at + 1; k < len(ws) && k <= at+2; k++ {
				if v := l.variantOf([]string{ws[k]}, head); v != nil && guideNameStem(v, ws[k]) { // ("in orbit": the orbital chef's)
					g, end = v, k
					break
				}
				if !determiner[ws[k]] {
					break
				}
			}
		}
		if g != nil {
			for k := i; k <= end; k++ {
				taken[k] = true
			}
			// "dream surveyors" for the guide that answers to "dreamscape
			// surveyor": a name variant, not another occupation.
			if !slices.Contains(q.careers, g) {
				q.careers = append(q.careers, g)
			}
			for k := start; k <= i; k++ {
				taken[k] = true
			}
			continue
		}
		for k := start; k <= i; k++ {
			taken[k] = true
		}
		becomeA := func(k int) bool {
			return k > 1 && (ws[k-1] == "a" || ws[k-1] == "an") && (ws[k-2] == "become" || ws[k-2] == "becoming" || ws[k-2] == "be")
		}
		if phrase == head && start > 0 && !taken[start-1] && !m.stop[ws[start-1]] && m.index[ws[start-1]] == nil &&
			m.lex.Adjective(ws[start-1]) && (becomeA(start-1) || doubtedJob(ws, i)) {
			// "become a prompt engineer", "is prompt engineer an actual
			// job?": the kind of engineer is the job
			phrase, start = ws[start-1]+" "+head, start-1
			taken[start] = true
		}
		if (head == "guide" || head == "guides") && !m.lex.Occupation(m.lex.Singular(phrase)) &&
			(phrase == head || notPersonGuide[ws[start]] || m.lex.MostlyAdjective(ws[start]) || m.index[ws[start]] != nil) {
			// "is that a joke guide?", "a real guide or a fake guide?", "the
			// salary guide": one of the bot's guides, not a guide's job (a
			// tour guide or a hunting guide is)
			continue
		}
		display := asTyped(ws, raw, start, i+1)
		goal := becomeA(start)
		if phrase == head && i+2 < len(ws) && (ws[i+1] == "who" || ws[i+1] == "that") && m.lex.VerbForm(ws[i+2]) && l.Searcher != nil && !taken[i+2] {
			// "the kind of engineer who designs bridges and highways": a
			// worker told apart from a guide's by work no guide speaks of
			end := min(len(ws), i+9)
			if unknown, known := l.workNouns(ws, taken, i+3, end); unknown >= 1 && known == 0 {
				goal = true
				for k := i + 3; k < end; k++ {
					if clauseEnd[ws[k]] {
						end = k
						break
					}
				}
				for end > i+3 && m.stop[ws[end-1]] {
					end--
				}
				display = asTyped(ws, raw, start, end)
			}
		}
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
	if held >= 0 {
		taken[held] = false
	}
	if len(sc.occupations) == 0 && len(q.careers) == 1 {
		if v := l.versusUnknown(q, raw, taken); v != "" {
			// "DevOps vs MLE pay — which is higher?", "Cybersecurity vs ML
			// engineering, better outlook?": a word no dictionary or guide
			// knows, set against the career
			sc.occupations = append(sc.occupations, v)
		} else if v := l.versusWork(q, taken); v != "" {
			// "which is quicker to get into, ML engineering or actuarial
			// work?": a line of work no guide speaks of, set against the
			// career
			sc.occupations = append(sc.occupations, v)
		}
	}
	if len(sc.occupations) == 0 && len(q.careers) == 0 {
		if h := l.hiredWork(q); h != "" {
			// "how much should our clinic offer a registered nurse?", "what
			// should i pay a barista in portland": the job an employer
			// hires, pays or offers for
			sc.occupations = append(sc.occupations, h)
		} else if t := l.unknownTitle(q, taken); t != "" {
			// "barista pay", "devops salary", "become a hypnotherapist": a
			// word no dictionary or guide knows, where a job's name goes.
			sc.occupations = append(sc.occupations, t)
		} else if a := l.goalAgent(q, taken); a != "" {
			// "I'd like to teach high school math", "what do I need to teach
			// high school math": the job is the one who teaches.
			sc.occupations = append(sc.occupations, a)
		} else if d := l.unknownDoer(q, taken, cuts()); d != "" {
			// "How do I become someone who fixes teeth?": a job described,
			// by things no guide speaks of.
			sc.occupations = append(sc.occupations, d)
		} else if d := l.jobWithThing(q, taken); d != "" {
			// "the job with the big cranes on construction sites", "the
			// airplane job": a job named by things no guide speaks of.
			sc.occupations, sc.described = append(sc.occupations, d), true
		} else if d := l.nounDoer(q, taken); d != "" {
			// "the weather guy on channel 7 — what's his salary": a person
			// named by a thing no guide speaks of.
			sc.occupations = append(sc.occupations, d)
		} else if w := l.openingWork(q, taken); w != "" {
			// "filling prescriptions behind the pharmacy counter, median?":
			// work told by what is done, no guide's.
			sc.occupations, sc.described = append(sc.occupations, w), true
		} else if w := l.qualifiedWork(q, taken); w != "" {
			// "how do i get certified to work on airplane engines?": the
			// work a licence or certificate is for, no guide's.
			sc.occupations, sc.described = append(sc.occupations, w), true
		} else if w := l.ownWork(q, taken); w != "" {
			// "i teach 3rd grade, what's the job outlook for me": the work
			// the asker (or someone in their life) does, asked about.
			sc.occupations, sc.described = append(sc.occupations, w), true
		} else if l.ownJobUnnamed(q, taken) {
			// "my day: up at 5, 12hr shift on the ward, charting, passing
			// meds … what's the outlook for my job?": a job of the asker's
			// told by things no guide speaks of.
			sc.occupations, sc.described = append(sc.occupations, "your job"), true
		} else if c := l.becomeInitials(q, taken); c != "" {
			// "what's the path to becoming an RT?": what someone becomes,
			// named by letters no guide or dictionary knows.
			sc.occupations, sc.described = append(sc.occupations, c), true
		} else if c := l.heldCredential(q, taken); c != "" {
			// "just passed my NCLEX!!! what salary should i expect", "got
			// my CDL last week, whats the career path from here": the work
			// a credential no guide or dictionary knows leads to.
			sc.occupations, sc.described = append(sc.occupations, "work that takes the "+c), true
		} else if f := l.unknownField(q, taken); f != "" {
			// "How do I get into cybersecurity?", "interested in hospitality
			// management": a line of work no guide speaks of (not one told
			// aside, beside a question of a guide's world).
			if !l.fieldAside(q, f) {
				sc.occupations = append(sc.occupations, f)
			}
		} else if f := l.judgedField(q, taken); f != "" {
			// "is bookkeeping a good career?": a line of work weighed.
			sc.occupations = append(sc.occupations, f)
		} else if f := l.namedField(q, taken); f != "" {
			// "is AI going to kill graphic design jobs", "how is AI changing
			// nursing": a line of work named as such.
			sc.occupations = append(sc.occupations, f)
		} else if f := l.subjectField(q, raw, taken); f != "" {
			// "astronomy PhD: is there a job market?": a field named by its
			// subject, opening the question.
			sc.occupations = append(sc.occupations, f)
		}
	}
	// Employers: "at Google", "for a startup", "what does Netflix pay".
	for i, w := range ws {
		if taken[i] {
			continue
		}
		if _, short := shortHeads[w]; short && m.employers[w] && i > 0 && !taken[i-1] && len(raw) == len(ws) && typedInCapitals(q.raw, ws[i-1]) && !l.knownTerm(ws[i-1]) && !l.isCareerWord(ws[i-1]) {
			// "MRI tech cheapest certification?": initials no guide uses,
			// then the short form of a job's name, not the tech industry
			taken[i-1], taken[i] = true, true
			sc.occupations = append(sc.occupations, raw[i-1]+" "+w)
			continue
		}
		if m.employers[w] && !(i+1 < len(ws) && routesTo(m, ws[i+1])) {
			// not "tech stack", "lab skills": a word of a section's kind after
			// it makes it a modifier, not an employer
			sc.company, taken[i] = w, true
			end := i
			for k := i + 1; k < len(ws) && k <= i+2 && l.employerNoun(q, taken, k); k++ {
				end, taken[k] = k, true // "the Mayo Clinic sleep center", "a sleep clinic chain": the employer's name goes on
			}
			if end+3 < len(ws) && m.employers[ws[end+1]] && (ws[end+2] == "like" || ws[end+2] == "called" || ws[end+2] == "named") {
				end++ // "a sleep clinic company like ResMed": the kind of employer, then its example
				taken[end] = true
			}
			if end+2 < len(ws) && (ws[end+1] == "like" || ws[end+1] == "called" || ws[end+1] == "named") && cased(end+2) && !taken[end+2] && !placeWord(m, ws[end+2]) {
				// "a big sleep clinic like Mayo": the employer given as an
				// example; "a sleep clinic chain called SomnaCorp": its name
				sc.company, taken[end+2] = raw[end+2], true
				for k := end + 3; k < len(ws) && cased(k) && !taken[k] && !m.stop[ws[k]] && !placeWord(m, ws[k]); k++ {
					sc.company += " " + raw[k] // "like SleepWell Labs"
					taken[k] = true
				}
				break
			}
			if cased(i) || i > 0 && cased(i-1) {
				sc.company = raw[i]
				for k := i - 1; k >= 0 && k >= i-3 && cased(k) && !taken[k] && !m.stop[ws[k]] && (!m.lex.Word(ws[k]) || k > 0 && cased(i) ||
					k > 0 && cased(k-1) && !taken[k-1] && !m.stop[ws[k-1]] && !m.lex.Word(ws[k-1])); k-- {
					// ("the Mayo Clinic": a capitalised name inside the sentence)
					sc.company = raw[k] + " " + sc.company // "Somnia Labs", "Somnus Sleep Labs"
					taken[k] = true
				}
			}
			break
		}
		if i == 0 || !m.empCues[ws[i-1]] && !(ws[i-1] == "like" && cased(i) && q.has("salary") && !placeWord(m, w)) {
			continue // "a big sleep clinic like Mayo": an employer named as an example
		}
		if (cased(i) || (!m.lex.Word(w) || m.lex.FamilyName(w) && q.has("salary")) && (l.Searcher == nil || !l.knownTerm(w))) && hasLetter(w) && !(w[0] >= '0' && w[0] <= '9') && !m.stop[w] && !reflexive[w] && !m.lex.Foreign(w) && !superlative[w] && !m.index[w]["most"] && !m.index[w]["least"] {
			sc.company, taken[i] = w, true
			if cased(i) {
				sc.company = raw[i]
				for k := i + 1; k < len(ws) && k <= i+3 && cased(k) && (!m.lex.Word(ws[k]) || !m.lex.Word(w)) && !taken[k] && !m.stop[ws[k]] && !placeWord(m, ws[k]); k++ {
					sc.company += " " + raw[k] // "Goldman Sachs", "GreenQubit Farms"
					taken[k] = true
				}
			}
			break
		}
	}
	if sc.company == "" && q.has("salary") && len(ws) >= 3 && len(q.careers) > 0 {
		// "what would a quantum gardener earn at bayer", "salary at
		// headspace??": the employer where a pay question ends, typed
		// lower case.
		n := len(ws)
		if i := n - 1; ws[i-1] == "at" && !taken[i] && !m.stop[ws[i]] && hasLetter(ws[i]) && m.index[ws[i]] == nil && !placeWord(m, ws[i]) &&
			!m.lex.Time(ws[i]) && !m.lex.Occupation(ws[i]) && !m.lex.Adjective(ws[i]) && (l.Searcher == nil || !l.knownTerm(ws[i])) && !l.isCareerWord(ws[i]) {
			sc.company, taken[i] = ws[i], true
			if len(raw) == len(ws) {
				sc.company = raw[i]
			}
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
			if n := paySubject(ws, i, 1, 2, func(k int) bool {
				return !taken[k] && m.lex.Noun(ws[k]) && !m.lex.Person(ws[k]) && !m.stop[ws[k]] && !m.lex.Occupation(ws[k])
			}); n > 0 {
				sc.company = strings.Join(ws[i:i+n], " ")
				for k := i; k < i+n; k++ {
					taken[k] = true
				}
			}
		}
	}
	if sc.company == "" {
		// "what does Netflix pay", "how much would Somnia Labs pay": a name
		// as the subject of a pay verb.
		for i := 1; i+1 < len(ws) && sc.company == ""; i++ {
			if !(ws[i-1] == "does" || ws[i-1] == "do" || ws[i-1] == "would" || ws[i-1] == "will" || ws[i-1] == "did" || ws[i-1] == "could" ||
				ws[i-1] == "much" && i > 1 && ws[i-2] == "how") { // "quanto o Nubank paga": how much Nubank pays
				continue
			}
			if (ws[i+1] == "pay" || ws[i+1] == "pays") && !taken[i] &&
				!m.stop[ws[i]] && !m.lex.Occupation(ws[i]) && (cased(i) || !m.lex.Word(ws[i])) {
				sc.company, taken[i] = ws[i], true
				if cased(i) {
					sc.company = raw[i]
				}
				continue
			}
			if n := paySubject(ws, i, 2, 3, func(k int) bool {
				return cased(k) && !taken[k] && !m.stop[ws[k]] && !m.lex.Occupation(ws[k])
			}); n > 0 {
				sc.company = strings.Join(raw[i:i+n], " ")
				for k := i; k < i+n; k++ {
					taken[k] = true
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
			if n > 1 && m.lex.PlaceWords(ws[i]) < n && strings.IndexByte(ws[i], ' ') < 0 {
				continue // no place of n words begins with ws[i]
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
	if len(sc.occupations) == 0 && !q.translated {
		// "is being a youtuber better paid than dream cartography?", "how
		// do I become a podcaster": a doer's name newer than the
		// dictionary, after "being a" or "become a", that no guide uses
		// (or, in a question of pay, their plural before a verb of pay:
		// "what do full-time science YouTubers earn on average?")
		for i := 2; i < len(ws); i++ {
			w := ws[i]
			one := strings.TrimSuffix(w, "s")
			become := (ws[i-1] == "a" || ws[i-1] == "an") && (ws[i-2] == "being" || ws[i-2] == "become" || ws[i-2] == "becoming" || ws[i-2] == "be")
			paid := one != w && i+1 < len(ws) && earnVerb[ws[i+1]] // ("make", "earn", "get", "take")
			if !taken[i] && (become || paid) && len(one) >= 6 && isAlpha(w) && !m.lex.Word(w) && !m.lex.Word(one) && agentSuffix(one) && m.index[w] == nil && !m.stop[w] &&
				!l.knownTerm(w) && !l.vocab.known(w) && !l.isCareerWord(w) && !l.careerPrefix(w) {
				sc.occupations = append(sc.occupations, w)
				taken[i] = true
				break
			}
		}
	}
	if q.translated && len(q.careers) == 0 && len(sc.occupations) == 0 && len(sc.generic) == 0 && !l.guideWordIn(ws) {
		// "contadores publicos tienen buen futuro laboral?": in a message
		// in another language that names no guide's career, a word the
		// table cannot read that is no English, no guide's and no place
		// is taken for the job asked about in that language.
		for i, w := range ws {
			if !taken[i] && len(w) >= 4 && hasLetter(w) && !hasDigit(w) && !m.lex.Word(w) && m.index[w] == nil && !m.stop[w] &&
				!l.knownTerm(w) && !l.vocab.known(w) && !placeWord(m, w) {
				sc.occupations = append(sc.occupations, raw[i])
				taken[i] = true
				break
			}
		}
	}
	if len(sc.occupations) > 0 && shareOfJob(q.raw, ws) {
		// "how much of the job is actually modeling vs plumbing?", "ML eng
		// is '80% plumbing'": tasks the job is made of, no line of work
		sc.occupations = slices.DeleteFunc(slices.Clone(sc.occupations), func(o string) bool { return taskNamed(ws, o) })
	}
	for k, o := range sc.occupations {
		sc.occupations[k] = l.shortFormCut(ws, o)
	}
	return sc
}

// shareOfJob reports whether a question asks what the job is made of:
// "how much of the job is …", "how much of it is …", "80% plumbing".
func shareOfJob(raw string, ws []string) bool {
	for k := 0; k+3 < len(ws); k++ {
		if ws[k] == "how" && ws[k+1] == "much" && ws[k+2] == "of" {
			return true
		}
	}
	return strings.Contains(raw, "%")
}

// taskNamed reports whether an occupation found is a task's gerund as
// typed ("plumbing") or the doer of one ("modeler" of "modeling").
func taskNamed(ws []string, o string) bool {
	if strings.Contains(o, " ") {
		return false
	}
	if slices.Contains(ws, o) && strings.HasSuffix(o, "ing") {
		return true
	}
	if b, ok := strings.CutSuffix(o, "er"); ok {
		return slices.Contains(ws, b+"ing") || slices.Contains(ws, strings.TrimSuffix(b, "e")+"ing")
	}
	return false
}

// newClause reports whether a conjunction at k opens a clause of its own
// with a new subject: "… who chart other people's dreams and I can't stop
// thinking about it".
func newClause(ws []string, k int) bool {
	return (ws[k] == "and" || ws[k] == "but" || ws[k] == "so") && k+1 < len(ws) && (subjectPronoun[ws[k+1]] || ws[k+1] == "im")
}

// doSupported reports whether the word at i closes a question that "do"
// opens after a question word ("what … do ML systems power"): the verb
// it asks with.
func doSupported(ws []string, i int) bool {
	for k := i - 1; k > 0 && k >= i-6; k-- {
		if (ws[k] == "do" || ws[k] == "does" || ws[k] == "did") && k+1 < i {
			for _, w := range ws[k+1 : i] {
				if w == "to" || subjectPronoun[w] || w == "i" {
					return false // ("what do I need to become a plumber": the job, after a verb of its own)
				}
			}
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if ws[j] == "what" || ws[j] == "which" || ws[j] == "who" || ws[j] == "whom" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// shortNamesIn are the short forms of guides' names ("ai" of "AI
// engineer") whose spelling out stands in ws ("artificial intelligence").
func (l *Library) shortNamesIn(ws []string) []string {
	var out []string
	for _, f := range l.shortForms {
		if l.isCareerWord(f.short) && containsRun(ws, f.long) {
			out = append(out, f.short)
		}
	}
	return out
}

// shortFormCut gives back the short form a member typed when a job's name
// starts inside a spelled-out one: "AI ethicists", read as "artificial
// intelligence ethicists" and cut at "intelligence".
func (l *Library) shortFormCut(ws []string, o string) string {
	of := strings.Fields(o)
	if p := runAt(ws, of); p >= 1 && len(of) > 1 {
		for _, f := range l.shortForms {
			for m := 1; m < len(f.long) && m < len(of); m++ {
				before := len(f.long) - m
				if before <= p && slices.Equal(of[:m], f.long[before:]) && slices.Equal(ws[p-before:p], f.long[:before]) {
					short := f.short
					if len(short) <= 3 {
						short = strings.ToUpper(short)
					}
					return short + " " + strings.Join(of[m:], " ")
				}
			}
		}
	}
	return o
}

// doerAhead reports whether a doer's name ends the one or two words from
// i, none a stop word: "dreamscape mapper", "bonsai grower".
func doerAhead(m *model, ws []string, i int) bool {
	for k := i; k < len(ws) && k < i+2; k++ {
		if m.stop[ws[k]] || !allLetters(ws[k]) {
			return false
		}
		if d := m.lex.Singular(ws[k]); m.lex.Occupation(d) || m.lex.Person(d) || len(d) >= 5 && agentSuffix(d) && !m.lex.Word(d) {
			return true
		}
	}
	return false
}

// agentSuffix reports whether w ends as the name of a doer does
// ("youtuber", "podcaster", "barista", "sonographer").
func agentSuffix(w string) bool {
	for _, suf := range [...]string{"er", "or", "ist", "ista", "ian"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
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
			hit := guideNameWord(g, m) // "space cooks" for the guide also named "space chef" and "zero-g cook"
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

// fieldWorker is the guide whose field is exactly the modifiers of a
// worker noun ("machine learning specialists", "ML devs"): the words of
// its title before the title's head, when they are two words or
// more ("machine learning"), or a word of its vocabulary standing for
// them ("ml"). A field of one word ("quantum", "dream") is not enough:
// "quantum physicists" and "dream psychologists" are other jobs.
func (l *Library) fieldWorker(mods []string) *bot.Guide {
	if len(mods) == 1 {
		mods = l.expand[mods[0]]
	}
	if len(mods) < 2 {
		return nil
	}
	var found *bot.Guide
	for _, tf := range l.fields[mods[0]] { // (the titles' fields, kept by buildTables)
		if slices.Equal(tf.words, mods) {
			if found != nil && found != tf.g {
				return nil
			}
			found = tf.g
		}
	}
	return found
}

// researchRole holds the heads of the jobs that study a field rather than
// practise it ("machine learning researchers", "ML scientists"): another
// trade of the same field, never read as its practitioner's guide.
var researchRole = map[string]bool{"researcher": true, "scientist": true}

// coreDocFreq is the number of sections a word must appear in to be one a
// guide keeps coming back to ("models", "superposition"), not one it
// mentions in passing ("software", "tomato").
const coreDocFreq = 4

// guideThing reports whether "mod noun" is one guide's thing rather than
// a sense of the noun that names a job: the modifier is a word only that
// guide uses, and the guide uses the noun too ("superposition plants";
// not "machine operator": the guide that alone says "machine" never says
// "operator"). The modifier must be a word the guide keeps coming back to.
func (l *Library) guideThing(mod, noun string) bool {
	if l.terms == nil || len(l.Guides) < 2 {
		return false
	}
	gi := l.terms.sole(mod)
	if gi < 0 || l.Searcher == nil || l.Searcher.DocFreq(context.Background(), mod) < coreDocFreq {
		return false // ("tomato plants": a word the guide uses now and then)
	}
	gs, ok := l.terms.guidesWith(stem(noun))
	return ok && slices.Contains(gs, gi)
}

// namedWorker is the guide a worker noun with modifiers names: one
// modifier a word of that guide's name only it uses ("quantum"), the others
// words it uses, and the worker's verb ("grow" of "growers") one it uses;
// nil otherwise.
func (l *Library) namedWorker(mods []string, head string) *bot.Guide {
	verb := agentVerb(l.m.lex, l.m.lex.Singular(head))
	if verb == "" {
		return nil
	}
	var g *bot.Guide
	gi := int32(-1)
	for _, w := range mods {
		if v := l.terms.sole(w); v >= 0 && guideNameWord(l.Guides[v], w) {
			if g != nil && l.Guides[v] != g {
				return nil
			}
			g, gi = l.Guides[v], v
		}
	}
	if g == nil || !l.terms.usedBy(verb, gi) {
		return nil
	}
	for _, w := range mods {
		if !l.m.stop[w] && !l.terms.usedBy(w, gi) {
			return nil // ("quantum computer builders": a thing the guide never names)
		}
	}
	return g
}

// credentialWord names what a job's holder passes or holds ("my paralegal
// certificate": that job's, the asker's own).
var credentialWord = map[string]bool{"certificate": true, "certification": true, "cert": true, "credential": true, "exam": true, "exams": true, "diploma": true}

// beForms are the forms of "be" (and "get") before a past participle: the
// passive, where what follows is done to the one named before.
var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "get": true, "gets": true, "got": true}

// kindredWorker is the guide a worker noun ws[start..i] (head its last
// word, singular) belongs to when it is of that guide's kind (the head of
// one of its names, or named for a verb it uses: "growers", "mappers") and
// the words beside it (its modifiers, up to four words before and six
// after, within the clause) include two words only that guide uses and
// keeps coming back to ("shielded greenhouse growers", "growers fighting
// decoherence blight"), and no other guide's such word; nil otherwise.
func (l *Library) kindredWorker(ws []string, taken []bool, start, i int, head string) *bot.Guide {
	ctx := context.Background()
	if l.Searcher == nil {
		return nil
	}
	found := int32(-1)
	inPhrase, beside := 0, map[string]bool{}
	weakOf, stemSeen := int32(-1), map[string]bool{}
	var weakAt, coreAt []int // positions of rarer and kept-to words of one guide
	coined := 0              // of the kept-to words, those no dictionary has
	nameWord := false        // a word of the guide's name right before the worker: "ML deployment engineers"
	look := func(k int) bool {
		w := ws[k]
		if taken[k] && !l.isCareerWord(w) && !(len(l.Guides) > 1 && l.terms.sole(w) >= 0 && !placeWord(l.m, w)) || l.m.stop[w] || !hasLetter(w) || len(w) < 4 && !l.isCareerWord(w) || l.m.index[w] != nil {
			return true // (not "salary", "skills": what is asked; a word of a guide's name counts: "engineers who deploy ML systems")
		}
		gi := int32(0)
		if len(l.Guides) > 1 {
			gi = l.terms.sole(w)
		}
		minDF := coreDocFreq
		if len(l.Guides) == 1 && k >= start && k < i {
			minDF = 2 // with one guide, a word of the worker's own name it uses twice: "model deployment engineers"
		}
		if gi < 0 || l.Searcher.DocFreq(ctx, w) < minDF {
			if gi >= 0 && k >= start-2 && k < i && guideNameStem(l.Guides[gi], w) && (found < 0 || found == gi) {
				found, nameWord = gi, true // "zero-g galley cooks": a word of the guide's name, however rare
				return true
			}
			if gi >= 0 && k >= start-4 && k < i && len(l.Guides) > 1 && !l.m.lex.General(w) && !l.m.lex.Adjective(w) && l.Searcher.DocFreq(ctx, w) >= 2 && (found < 0 || found == gi) && !stemSeen[stem(w)] {
				stemSeen[stem(w)] = true
				weakAt, weakOf = append(weakAt, k), gi // "entangled-orchard growers": a word only that guide uses, twice, right beside one it keeps to
				return true
			}
			if k >= start && k < i && k > 0 && len(l.Guides) > 1 && strings.HasSuffix(w, "ing") && l.m.lex.Verb(strings.TrimSuffix(w, "ing")) && l.terms.sole(ws[k-1]) >= 0 {
				return true // "decoherence-blight-fighting gardeners": the verb of a compound whose object a guide alone names
			}
			if k >= start && k < i && l.m.lex.Noun(w) && !l.isCareerWord(w) && !l.knownTerm(w) {
				return false // "software engineers who write code": a modifier no guide keeps to names another job
			}
			return true
		}
		if found >= 0 && found != gi {
			return false
		}
		found = gi
		coreAt = append(coreAt, k)
		if v := agentVerb(l.m.lex, head); v != "" && stem(w) == stem(v) {
			return true // "a greenhouse grower for our cannabis grow": the worker's own verb
		}
		if k >= start && k < i {
			inPhrase++
		} else {
			beside[stem(w)] = true
		}
		if !l.m.lex.Word(w) && !l.m.lex.Word(l.m.lex.Singular(w)) && len(w) >= 6 && isAlpha(w) {
			coined++ // "dreamscapes", "qubits": a word of the guide's own world no dictionary has
		}
		nameWord = nameWord || k >= start-2 && k < i && guideNameStem(l.Guides[gi], w)
		return true
	}
	for k := start; k < i; k++ {
		if !look(k) {
			return nil
		}
	}
	one := len(l.Guides) == 1
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if one && (l.m.stop[ws[k]] || !l.m.lex.Noun(ws[k]) && !l.knownTerm(ws[k])) {
			break // with one guide, only the rest of the worker's name: "model-serving engineers"
		}
		if clauseEnd[ws[k]] || ws[k] == "or" || ws[k] == "vs" || ws[k] == "versus" || ws[k] == "than" || ws[k] == "to" || ws[k] == "from" || !look(k) {
			break // (not "from line cook to sous chef": the job left)
		}
	}
	// With one guide, only what the workers are said to do counts beside
	// them ("engineers who productionize deep learning", "engineers
	// putting models into production"), not the rest of the message.
	told := i+1 < len(ws) && (ws[i+1] == "who" || ws[i+1] == "that" || strings.HasSuffix(ws[i+1], "ing") && l.m.lex.Verb(strings.TrimSuffix(ws[i+1], "ing")))
	passive := i+2 < len(ws) && beForms[ws[i+1]] && strings.HasSuffix(ws[i+2], "ed") // "how many growers were surveyed": done to them
	for k := i + 1; k < len(ws) && k <= i+6 && (!one || told) && !passive; k++ {
		if clauseEnd[ws[k]] || ws[k] == "and" || ws[k] == "or" || ws[k] == "vs" || ws[k] == "versus" || ws[k] == "but" || ws[k] == "than" {
			break // ("a sous chef better paid than an orbital chef": the other side)
		}
		if !look(k) {
			return nil
		}
	}
	// Two such words: one alone may name the plain job ("data engineer",
	// "sleep researcher", "greenhouse worker"). A word of the guide's name
	// before a worker its name ends in is enough ("ML deployment
	// engineers").
	if found < 0 {
		return nil
	}
	g := l.Guides[found]
	ofHead := l.headOf(head, g)
	if weakOf == found {
		for _, k := range weakAt {
			if slices.Contains(coreAt, k-1) || slices.Contains(coreAt, k+1) {
				inPhrase++
			}
		}
	}
	if inPhrase+len(beside)+min(coined, 1) < 2 && !(nameWord && ofHead) && !(ofHead && inPhrase+len(beside) == 1 && i > 0 && l.m.lex.Adjective(ws[i-1]) && !l.m.lex.Noun(ws[i-1]) && l.terms.sole(ws[i-1]) == found) {
		// (an adjective only that guide keeps to, before a worker of its
		// kind, is enough: "lucid surveyors"; a noun may name the plain
		// job: "greenhouse workers")
		return nil
	}
	if ofHead {
		return g
	}
	if v := agentVerb(l.m.lex, head); v != "" && len(l.Guides) > 1 && l.terms.usedBy(v, found) && l.Searcher.Known(ctx, v) {
		// (with one guide, every worker named for a verb it uses would
		// be its: "an instructional designer who builds courses")
		return g
	}
	return nil
}

// workAsked reports whether the words name a guide's career or a word
// that only one guide uses, beyond what is asked and where ("the pay for
// people who cook for crews on orbital stations", not "what's the pay in
// Texas").
func (l *Library) workAsked(ws []string) bool {
	for _, w := range ws {
		if l.m.stop[w] || l.m.index[w] != nil || placeWord(l.m, w) || !hasLetter(w) {
			continue
		}
		if l.isCareerWord(w) || l.terms != nil && l.terms.sole(w) >= 0 && l.Searcher != nil && l.Searcher.DocFreq(context.Background(), w) >= 2 {
			return true
		}
	}
	return false
}

// afterQuestion reports whether the word at k of a reading of n words
// stands after the message's last question mark, counting the words of the
// text before it (a reading that spells out shorthand may count more).
func afterQuestion(text string, n, k int) bool {
	at := strings.LastIndexByte(text, '?')
	if at < 0 || at == len(strings.TrimRight(text, " "))-1 {
		return false
	}
	before := len(words(text[:at]))
	return k >= before && before < n
}

// placedWorker is the guide a worker noun ws[i] with nothing before it
// belongs to when the place said right after it is that guide's alone
// ("cooks in orbit", "chefs on long-duration stations", "cooks working in
// microgravity", "cooks up on the station") and the worker is of that
// guide's kind (the head of one of its names); nil otherwise. One word of
// the place is enough there, where a word before the worker may be the
// plain job's ("line cooks").
func (l *Library) placedWorker(ws []string, taken []bool, start, i int, head string) *bot.Guide {
	if start != i || i+2 >= len(ws) || len(l.Guides) < 2 || l.terms == nil || l.Searcher == nil {
		return nil
	}
	j := i + 1
	if (ws[j] == "who" || ws[j] == "that") && j+2 < len(ws) && (ws[j+1] == "work" || ws[j+1] == "works" || ws[j+1] == "cook" || ws[j+1] == "live" || ws[j+1] == "serve") {
		j += 2 // "cooks who work in orbit"
	} else if gerund(l.m.lex, ws[j]) || ws[j] == "up" || ws[j] == "out" {
		j++ // "working in", "up on"
	}
	if j >= len(ws) || !(ws[j] == "in" || ws[j] == "on" || ws[j] == "aboard" || ws[j] == "onboard") {
		return nil
	}
	limit := j + 3
	for k := j + 1; k < len(ws) && k <= limit; k++ {
		w := ws[k]
		if determiner[w] {
			limit++ // ("cooks on the long-duration stations": the article counts for nothing)
			continue
		}
		if taken[k] || l.m.stop[w] && !l.m.lex.Adjective(w) { // ("long-duration stations")
			return nil
		}
		if gi := l.terms.sole(w); gi >= 0 && (l.Searcher.DocFreq(context.Background(), w) >= 2 || guideNameWord(l.Guides[gi], w)) && l.headOf(head, l.Guides[gi]) {
			return l.Guides[gi] // (or a word of its name: "cooks working in zero g", the zero-g cook)
		}
		if clauseEnd[w] || !l.m.lex.Noun(w) && !l.m.lex.Adjective(w) && !(k+1 < len(ws) && len(ws[k+1]) == 1) {
			return nil // the place's words end: "chefs in restaurants near …"
		}
	}
	return nil
}

// comparative reports whether w reads as an adjective's comparative
// ("calmer", "bigger", "happier") rather than a doer's name.
func comparative(lex interface{ Adjective(string) bool }, w string) bool {
	b, ok := strings.CutSuffix(w, "er")
	if !ok {
		return false
	}
	if lex.Adjective(b) || lex.Adjective(b+"e") {
		return true
	}
	if k := len(b); k > 2 && b[k-1] == b[k-2] && lex.Adjective(b[:k-1]) {
		return true
	}
	return strings.HasSuffix(b, "i") && lex.Adjective(b[:len(b)-1]+"y")
}

// agentVerb is the verb a worker noun is named for ("grower" → "grow",
// "surveyor" → "survey", "mapper" → "map", "baker" → "bake"), or "".
func agentVerb(lex interface{ Verb(string) bool }, n string) string {
	for _, suf := range []string{"er", "or", "r"} {
		b, ok := strings.CutSuffix(n, suf)
		if !ok || len(b) < 2 {
			continue
		}
		if lex.Verb(b) {
			return b
		}
		if k := len(b); k > 2 && b[k-1] == b[k-2] && lex.Verb(b[:k-1]) {
			return b[:k-1] // "mapper"
		}
		if suf != "r" && lex.Verb(b+"e") {
			return b + "e" // "translator", "labeller"
		}
	}
	return ""
}

// guideWork is the guide, among those whose names end in head, whose own
// work ws[from:] tells: a verb the guide uses and its object, a noun only
// that guide uses (or, with one guide, a word its sections keep coming
// back to), with no noun no guide uses ("engineers who deploy models",
// "engineers who build ML infrastructure"; not "engineers who design
// bridges", "engineers who write software").
func (l *Library) guideWork(ws []string, from int, head string) *bot.Guide {
	if g := l.guideWorkOnce(ws, from, head); g != nil {
		return g
	}
	// "engineers who build and deploy ML models", "engineers who build
	// recsys and ship models": the work told after "and"
	for k := from; k < len(ws) && k <= from+4; k++ {
		if clauseEnd[ws[k]] {
			break
		}
		if ws[k] == "and" && k+1 < len(ws) && l.m.lex.Verb(ws[k+1]) {
			if k == from+1 {
				if g := l.guideWorkOnce(append([]string{ws[from]}, ws[k+2:]...), 0, head); g != nil {
					return g // the first verb's object is the second's
				}
			}
			return l.guideWorkOnce(ws, k+1, head)
		}
	}
	return nil
}

// guideQuoted reports whether the words ask what the guide itself says
// ("which tools does the guide list", "what does your guide recommend").
func guideQuoted(ws []string) bool {
	for k := 1; k+1 < len(ws); k++ {
		if ws[k] == "guide" && (ws[k-1] == "the" || ws[k-1] == "your" || ws[k-1] == "ur") && guideVerbs[ws[k+1]] {
			return true
		}
	}
	return false
}

// namesGuideItem reports whether ws name an item of a guide's tools list
// ("Kubeflow or Airflow"): after "backend SWE here", the question is about
// the guide's work, the job the asker's own.
func (l *Library) namesGuideItem(ws []string) bool {
	_, any := l.itemGuide(ws)
	return any
}

// guideVerbs are the verbs of what a guide holds.
var guideVerbs = setOf("list", "lists", "say", "says", "mention", "mentions", "suggest", "suggests", "recommend", "recommends", "name", "names", "cover", "covers")

// clauseGuide is the guide named by head ("chef", "gardener") whose own
// words, those no other guide uses, tell the work in the clause at from
// ("who cooks for astronauts", "who grow stuff in superposition"); nil when
// no such word is there or another guide's is too.
func (l *Library) clauseGuide(ws []string, from int, head string) *bot.Guide {
	var found *bot.Guide
	foreign, sole := 0, 0
	for k := from; k < len(ws) && k <= from+8 && !clauseEnd[ws[k]]; k++ {
		w := ws[k]
		if k > from && (l.m.payVerbs[w] || earnVerb[w] || w == "earns") {
			break // "… on space stations make?": what is asked of them
		}
		if l.m.stop[w] || l.m.index[w] != nil || !hasLetter(w) || placeWord(l.m, w) {
			continue
		}
		if l.m.lex.Noun(w) && !l.m.lex.Verb(w) && !l.knownTerm(w) && !l.m.lex.General(w) {
			foreign++ // "engineers who design rockets": a thing no guide speaks of
			continue
		}
		u := l.terms.sole(w)
		if u < 0 {
			continue
		}
		sole++
		g := l.Guides[u]
		named := false // the guide names its worker by head
		for _, v := range l.headNames[head] {
			named = named || v == g
		}
		if found != nil && found != g || !named {
			return nil
		}
		found = g
	}
	if foreign > 0 && sole <= foreign {
		return nil // (but "the cooks who feed astronauts on space stations": more of the guide's own words than others)
	}
	return found
}

// guideWorkOnce is guideWork for the verb at from and its objects.
func (l *Library) guideWorkOnce(ws []string, from int, head string) *bot.Guide {
	if l.Searcher == nil || from >= len(ws) {
		return nil
	}
	ctx := context.Background()
	verb := ws[from]
	if l.m.stop[verb] || !hasLetter(verb) || !l.m.lex.Verb(verb) || !l.Searcher.Known(ctx, verb) {
		return nil
	}
	var objects []string
	for k := from + 1; k < len(ws) && k <= from+4; k++ {
		w := ws[k]
		if clauseEnd[w] || placePrep[w] || w == "for" || w == "and" || w == "or" {
			break
		}
		if determiner[w] || l.isCareerWord(w) || l.m.stop[w] || !hasLetter(w) {
			continue
		}
		if !l.m.lex.Noun(w) && l.m.lex.Word(w) {
			return nil // ("engineers who deploy quickly")
		}
		objects = append(objects, w)
	}
	if len(objects) == 0 {
		return nil
	}
	for k := from + 1 + len(objects); k < len(ws) && k <= from+8 && !clauseEnd[ws[k]]; k++ {
		if w := ws[k]; !l.m.stop[w] && hasLetter(w) && l.m.index[w] == nil && l.m.lex.Noun(w) && !placeWord(l.m, w) && !l.m.lex.Time(w) &&
			!l.m.employers[w] && !l.isCareerWord(w) && !l.Searcher.Known(ctx, w) {
			return nil // "chefs who cook meals on cruise ships": where the work is done is no guide's
		}
	}
	var found *bot.Guide
	for _, g := range l.headNames[head] {
		if found == g {
			continue
		}
		gi := int32(slices.Index(l.Guides, g))
		ok := true
		for _, w := range objects {
			if !l.Searcher.Known(ctx, w) || l.terms != nil && len(l.Guides) > 1 && !l.terms.usedBy(w, gi) {
				ok = false // a thing no guide (or not this guide) speaks of
			}
		}
		last := objects[len(objects)-1]
		if len(l.Guides) > 1 {
			ok = ok && l.terms != nil && l.terms.sole(last) == gi && l.terms.usedBy(verb, gi)
		} else {
			ok = ok && l.Searcher.DocFreq(ctx, last) >= coreDocFreq // a thing its sections keep coming back to (not "software")
		}
		if !ok {
			continue
		}
		if found != nil {
			return nil
		}
		found = g
	}
	return found
}

// headOf reports whether one of g's names ends in the job noun head
// ("cook" of "zero-g cook").
func (l *Library) headOf(head string, g *bot.Guide) bool {
	for _, h := range l.headNames[head] {
		if h == g {
			return true
		}
	}
	return false
}

// weighedNear reports whether a word that sets one thing against another
// stands within three words of ws[i] ("horticulturist vs quantum
// gardener", "a chef or an orbital chef").
func weighedNear(ws []string, i int) bool {
	for k := max(0, i-3); k < len(ws) && k <= i+3; k++ {
		switch ws[k] {
		case "vs", "versus", "or", "than", "compared", "compare", "against":
			return true
		}
	}
	return false
}

// rankWords are the ranks a move within one's own line of work goes to
// ("product managers trying to move to senior"): no new career.
var rankWords = setOf("senior", "lead", "principal", "staff", "management", "supervisor", "director", "manager", "head")

// beforeSwitch reports whether a verb of changing careers follows position i
// ("mechanical engineer wanting to get into ML", "software developer
// switching to ML"): the occupation is where the asker comes from.
func beforeSwitch(ws []string, i int, m *model) bool {
	line := " " + strings.Join(ws[i+1:], " ") + " "
	for _, p := range m.switches {
		if k := strings.Index(line, p); k >= 0 {
			// "esports caster, how do u break into that": into the job just
			// named; "moving to maui": a move to a place, not a new career
			after := strings.Fields(line[k+len(p):])
			if len(after) == 0 && strings.HasSuffix(strings.TrimSpace(p), "into") {
				return false // "Paralegal (litigation) — how long does it take to get into?": into the job named
			}
			if len(after) > 0 && after[0] == "from" && k == 0 {
				return false // "UX designer career switch from teaching": the job named is where the switch goes
			}
			return !backRef(after) && !(len(after) > 0 && (placeWord(m, after[0]) || rankWords[after[0]]))
		}
	}
	for k := i + 1; k < len(ws); k++ {
		if m.switchW[ws[k]] && (ws[k-1] == "after" || ws[k-1] == "once" || ws[k-1] == "if" || ws[k-1] == "when") && (k+1 == len(ws) || ws[k+1] == "careers" || ws[k+1] == "over") {
			return true // "what would my pay be after switching?"
		}
	}
	for k := i + 1; k < len(ws) && k <= i+6; k++ {
		if m.switchW[ws[k]] {
			for j := k + 1; j < len(ws) && j <= k+3; j++ {
				if ws[j] == "into" || ws[j] == "to" {
					// "moving to maui": a name no dictionary knows after "to" is a place
					return !(j+1 < len(ws) && (backRef(ws[j+1:]) || placeWord(m, ws[j+1]) || rankWords[ws[j+1]] ||
						ws[j] == "to" && !m.lex.Word(ws[j+1]) && m.index[ws[j+1]] == nil && hasLetter(ws[j+1])))
				}
			}
		}
	}
	return false
}

// fieldPractitioner reports whether a person's noun names the worker of a
// field WordNet knows by its ending ("archivist" of archive, "biologist" of
// biology), not any person ("parent", "immigrant").
func fieldPractitioner(m *model, w string) bool {
	return (strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or")) && m.lex.Person(w) && len(m.fieldsOf(w)) > 0
}

// askedSubject reports whether the job at ws[start] is the subject of the
// question ("what tools should a DevOps engineer learn first?", "where do
// plumbers start?", "is cybersecurity analyst a realistic career
// change?"): a modal or auxiliary right before it (and "a"/"an"), or "is"
// opening the question.
// Without a career named, that job is the one asked about, not the
// asker's own on the way to a guide's.
func askedSubject(ws []string, start int) bool {
	k := start - 1
	if k >= 0 && (ws[k] == "a" || ws[k] == "an") {
		k--
	}
	if k < 0 {
		return false
	}
	switch ws[k] {
	case "should", "does", "do", "would", "can", "could", "will", "must", "did":
		return true
	case "is", "are":
		return k == 0 // "Is cybersecurity analyst a realistic career change?" (not "my wife is a nurse")
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

// guidePhrase reports whether a guide may use the two words together
// ("greenhouse operator"), so that they name something of the guide's, not
// another occupation ("machine operator"). The few guides that use the
// second word are read; when many do, it is assumed they may.
func (l *Library) guidePhrase(a, b string) bool {
	return l.knownTerm(b) && l.pairInGuides(a, b, true)
}

// workBefore reads shorthand for a worker as the worker's line of work
// when the guides name that work with the word before it and a thing's
// noun follows ("data eng tools": the guide's data engineering tools, not
// a data engineer's; "devops eng certs", "ML eng pay", "an eng at Google"
// keep the worker). The line of work is the worker's noun with "-ing" when
// the dictionary has it ("engineering"); exp is returned unchanged
// otherwise.
func (l *Library) workBefore(exp []string, prev, next string) []string {
	m := l.m
	if len(exp) != 1 || l.Searcher == nil || m.stop[next] || m.index[next] == nil && !m.lex.OnlyNoun(next) || m.lex.Person(m.lex.Singular(next)) || !m.lex.Occupation(exp[0]) {
		return exp
	}
	if work := exp[0] + "ing"; m.lex.Noun(work) && l.usesPhrase(prev, work) {
		return []string{work}
	}
	return exp
}

// guideTool reports whether a modifier and a doer's noun name a thing
// that does work the guides name with that modifier ("model server":
// "model serving"; "workflow orchestrator": "workflow orchestration";
// "experiment tracker": "keeping track of experiments"), not a person,
// unless WordNet has the two words as an occupation.
// It runs at every word a job could end on, so the lexicon's cheap tests
// (a doer's noun, a noun before it) come before the index is asked.
func (l *Library) guideTool(mod, head string) bool {
	if l.Searcher == nil || l.headNames[head] != nil || !l.m.lex.Noun(mod) || l.m.lex.MostlyAdjective(mod) {
		return false // (not "dream surveyors": a guide's own workers; not "cartographic drafter")
	}
	verb := agentVerb(l.m.lex, head)
	if verb == "" || !l.knownTerm(mod) || l.m.lex.Occupation(mod+" "+head) {
		return false
	}
	base := strings.TrimSuffix(verb, "e")
	for _, work := range [...]string{verb + "ing", base + "ing", base + "ion", verb + "ation"} {
		if l.usesPhrase(mod, work) {
			return true
		}
	}
	// "keeping track of experiments": the verb and the modifier joined by
	// "of" in one guide. pairInGuides reads only the few guides that use
	// each word (none at all with many guides), before every guide is.
	return l.pairInGuides(verb, "of", false) && l.pairInGuides("of", mod, false) &&
		slices.ContainsFunc(l.Guides, func(g *bot.Guide) bool { return l.hasPair(g, verb, "of") && l.hasPair(g, "of", mod) })
}

// usesPhrase reports whether a guide's text has the two words together
// ("crumb vortex hood"): unlike guidePhrase, it never assumes so.
func (l *Library) usesPhrase(a, b string) bool {
	return l.knownTerm(a) && l.knownTerm(b) && l.pairInGuides(a, b, false)
}

// pairInGuides reports whether a guide that uses b has a right before it,
// reading the few guides the term table lists for b; when it lists none
// (b in many guides, or no table) assume is the answer, except that
// without a table, or with a few guides, and with assume false every guide
// is read.
func (l *Library) pairInGuides(a, b string, assume bool) bool {
	var gs []int32
	ok := false
	if l.terms != nil {
		gs, ok = l.terms.guidesWith(stem(b))
	}
	if !ok && (l.terms == nil || len(l.Guides) <= 8) {
		return assume || slices.ContainsFunc(l.Guides, func(g *bot.Guide) bool { return l.hasPair(g, a, b) })
	}
	if !ok || len(gs) > 8 {
		return assume
	}
	for _, gi := range gs {
		if l.hasPair(l.Guides[gi], a, b) {
			return true
		}
	}
	return false
}

// hasPair reports whether a guide's sections have a right before b (or b's
// plural), read from the guide's word pairs, gathered on first use.
func (l *Library) hasPair(g *bot.Guide, a, b string) bool {
	v, ok := l.wordPairs.Load(g)
	if !ok {
		pairs := map[string]bool{}
		for _, s := range g.Sections {
			ws := words(s.Title + " " + s.Body)
			for k := 0; k+1 < len(ws); k++ {
				pairs[ws[k]+" "+ws[k+1]] = true
				if sg := l.m.lex.Singular(ws[k+1]); sg != ws[k+1] {
					pairs[ws[k]+" "+sg] = true
				}
			}
		}
		v, _ = l.wordPairs.LoadOrStore(g, pairs)
	}
	return v.(map[string]bool)[a+" "+b]
}

// claimOfTheirs reports whether what the person at i says is about
// themselves ("my cousin is a dental hygienist and says she makes bank"):
// then their job is what the claim, and the question, is about.
func claimOfTheirs(ws []string, i int) bool {
	for k := i + 1; k+1 < len(ws) && k <= i+4; k++ {
		switch ws[k] {
		case "says", "said", "claims", "claimed", "swears", "insists", "reckons":
			switch ws[k+1] {
			case "she", "he", "they", "shes", "hes", "theyre", "it", "its":
				return true // "… and says it's great": their job
			}
			return false
		}
	}
	return false
}

// saysAfter reports whether the person noun at i is the subject of a verb
// of saying a few words on ("my prof says", "a recruiter told me"), before
// anything asks.
func saysAfter(m *model, ws []string, i int) bool {
	limit := i + 4
	for k := i + 1; k < len(ws) && k <= limit; k++ {
		if k == i+1 && ws[k] == "who" {
			limit += 3 // "the doctor who treats my dog said …": who it is, then what they said
			continue
		}
		switch ws[k] {
		case "says", "said", "claims", "claimed", "told", "tells", "swears", "insists", "reckons", "mentioned":
			return true
		case "what", "how", "which", "why", "when", "where", "who", "is", "are", "do", "does", "can", "should", "vs", "versus", "or":
			return false // (and "claims adjuster vs claims processor": another job set against it)
		case "someone", "somebody", "everyone", "everybody", "people", "ppl", "they":
			return false // "regular restaurant chefs make 60k, someone told me": another says it
		case "she", "he":
			if askedJob(ws, i) {
				return false // "the salary for a data engineer, she said its basically the same as ML eng": the one asking's claim
			}
		case "my", "our", "his", "her", "their":
			if k+2 < len(ws) && (relations[ws[k+1]] || m.lex.Person(ws[k+1])) && (ws[k+2] == "says" || ws[k+2] == "said" || ws[k+2] == "claims" || ws[k+2] == "told" || ws[k+2] == "tells") {
				return false // "cybersecurity analyst salary — my professor says 112k": another says it
			}
		}
	}
	return false
}

// askedJob reports whether the job ending at i is one asked about: its
// article after "for", "of", "as" or "become" ("the salary for a data
// engineer").
func askedJob(ws []string, i int) bool {
	for j := i - 1; j > 0 && j >= i-3; j-- {
		if ws[j] == "a" || ws[j] == "an" {
			switch ws[j-1] {
			case "for", "of", "as", "become", "becoming", "be":
				return true
			}
			return false
		}
	}
	return false
}

// hiredAs reports whether the job starting at start is what the asker
// hires: "hiring our first data analyst", "recruit our next nurse".
func hiredAs(ws []string, start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		switch ws[k] {
		case "hiring", "hire", "hired", "recruiting", "recruit", "onboarding":
			return true
		}
	}
	return false
}

// workContext reports whether the person noun at i is named as a line of
// work: what someone becomes ("becoming a music producer") or what has a
// career, pay or jobs ("AI ethicist career path?").
func workContext(m *model, ws []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch ws[k] {
		case "become", "becoming", "ad", "ads", "advert", "posting", "postings", "listing", "listings", "opening", "openings", "vacancy":
			return true // "a job ad for a logistics coordinator": the job a post is for
		}
	}
	if k := i - 1; k >= 2 {
		if ws[k] == "a" || ws[k] == "an" {
			k--
		}
		if k >= 2 && ws[k] == "for" && ws[k-1] == "like" && jobSlotNext[ws[k-2]] {
			k-- // "what's the pay like for a roughneck": the pay, asked what it is like
		}
		if k >= 1 && (ws[k] == "for" || ws[k] == "of" || ws[k] == "like" && ws[k+1] == "for") && jobSlotNext[ws[k-1]] &&
			(i+1 == len(ws) || m.stop[ws[i+1]] && ws[i+1] != "who" && ws[i+1] != "that") {
			// "the salary for a recruiter in boston": whose pay is asked
			// (not "pay for longer stays", "pay for professionals who …")
			return true
		}
	}
	k := i - 1
	if k >= 2 && !m.stop[ws[k]] && (m.lex.Adjective(ws[k]) || m.lex.OnlyNoun(ws[k])) && m.index[ws[k]] == nil {
		k-- // "outlook for urban planners"
	}
	if k >= 1 && (ws[k] == "for" || ws[k] == "of") && (m.index[ws[k-1]]["salary"] || m.index[ws[k-1]]["outlook"]) &&
		(agentVerb(m.lex, m.lex.Singular(ws[i])) != "" || fieldPractitioner(m, m.lex.Singular(ws[i]))) && !m.roles[ws[i]] && !m.roles[m.lex.Singular(ws[i])] &&
		(i+1 == len(ws) || m.stop[ws[i+1]] && ws[i+1] != "who" && ws[i+1] != "that" || ws[i+1] == "over" || ws[i+1] == "during") { // ("… over the next decade")
		// "what's the median for testers", "outlook for translators",
		// "outlook for archivists": the pay or prospects of the doers of
		// some work, or of the practitioners of a field
		return true
	}
	if i+3 < len(ws) && ws[i+1] == "at" {
		// "first year associate at a big law firm, what's the salary?":
		// someone placed at an employer, whose pay is asked after
		for j := i + 2; j < len(ws) && j <= i+6; j++ {
			if m.employers[ws[j]] {
				return slices.ContainsFunc(ws[j+1:], func(w string) bool { return jobSlotNext[w] })
			}
		}
	}
	// "AI ethicist career path?", "is AI ethicist an actual job", "do AI
	// trainers make good money": what has a career, pay or jobs.
	limit := i + 4
	for j := i + 1; j < len(ws) && j <= limit; j++ {
		switch ws[j] {
		case "career", "careers", "salary", "salaries", "pay", "jobs", "job", "make", "makes", "earn", "earns", "paid", "wage", "wages",
			"role", "roles", "position", "positions":
			return true // "a Certified Scrum Master role": the job a post is for
		case "in", "from":
			if i <= 2 && j+1 < len(ws) && (placeWord(m, ws[j+1]) || ws[j+1] == "home") {
				j++
				limit += 2
				continue // "Greenhouse worker in Oregon, what's the pay?", "Medical coder from home — how much can I make?": where, then what is asked
			}
			return false
		case "how", "much", "can", "could", "i":
			if i > 2 {
				return false
			}
			continue
		case "do":
			// "what does a learning and development specialist do?"
			return j == len(ws)-1 && len(ws) > 3 && ws[0] == "what" && (ws[1] == "does" || ws[1] == "do") && (ws[2] == "a" || ws[2] == "an")
		case "what", "whats", "s":
			if i > 2 {
				return false
			}
			continue // "3D modelers — what's the salary like?": the job the message opens with
		case "a", "an", "the", "actual", "real", "good", "decent", "viable", "legit", "legitimate", "stable", "solid", "great", "worthwhile", "is":
			continue
		}
		if m.lex.MostlyAdjective(ws[j]) {
			continue // "recruiters - whats the typical pay": a word saying which pay
		}
		return false
	}
	return false
}

// hiringVerbs are what an employer does to a hire: "offer a registered
// nurse", "pay a barista", "hiring a DevOps engineer".
var hiringVerbs = setOf("hire", "hiring", "hired", "recruit", "recruiting", "pay", "paying", "offer", "offering", "employ", "employing", "onboard", "onboarding")

// hiredWork is the occupation an employer's question names after a verb
// of hiring and "a" or "an" ("offer a registered nurse", "hiring a DevOps
// engineer"): WordNet's occupations, up to three words, none a guide's
// career; "" otherwise.
func (l *Library) hiredWork(q *question) string {
	ws := q.words
	for k := 0; k+2 < len(ws); k++ {
		if !hiringVerbs[ws[k]] || ws[k+1] != "a" && ws[k+1] != "an" {
			continue
		}
		for n := min(3, len(ws)-k-2); n >= 1; n-- {
			phrase := ws[k+2 : k+2+n]
			if slices.ContainsFunc(phrase, func(w string) bool { return l.m.index[w] != nil || l.m.stop[w] }) {
				continue
			}
			if n == 1 && allLetters(phrase[0]) && l.unknownInitials(phrase[0]) {
				return phrase[0] // "pay a barista": a word no dictionary or guide knows, where the hire goes
			}
			p := l.m.lex.Singular(strings.Join(phrase, " "))
			if l.m.lex.Occupation(p) && !l.m.roles[p] || n == 1 && l.m.lex.Occupation(l.m.lex.Singular(phrase[0])) && !l.m.roles[phrase[0]] {
				return strings.Join(phrase, " ")
			}
			if n >= 2 && l.m.lex.Occupation(l.m.lex.Singular(phrase[n-1])) && !l.m.roles[phrase[n-1]] && !l.knownTerm(phrase[0]) {
				return strings.Join(phrase, " ") // "a DevOps engineer": a kind of the occupation
			}
		}
	}
	return ""
}

// notPersonGuide words before "guide" make it a book or one of the bot's
// guides, not a person who guides.
var notPersonGuide = setOf("joke", "fake", "real", "actual", "legit", "whole", "study", "official", "invented", "made")

// becomeOne reports whether the words after position i ask how to become
// one ("my therapist does dream analysis with me, how do u become one of
// those?"): the job named before is the one asked about.
func becomeOne(ws []string, i int) bool {
	for k := i + 1; k+1 < len(ws); k++ {
		if (ws[k] == "become" || ws[k] == "becoming" || ws[k] == "be") && ws[k+1] == "one" {
			return true
		}
	}
	return false
}

// asksOwnJob reports whether the words after the asker's job ask about
// "my job", "my field", "my pay", or end on "for that" (and nothing in the message says the
// asker is switching: "what would my pay be if I switched?" asks of the
// job switched to).
func asksOwnJob(m *model, ws []string, i int) bool {
	own := len(ws) > i+3 && ws[len(ws)-2] == "for" && (ws[len(ws)-1] == "that" || ws[len(ws)-1] == "us" || ws[len(ws)-1] == "me") // "what's the career path for that", "the salary range for us"
	if n := len(ws); n > i+3 && (ws[n-3] == "apply" || ws[n-3] == "applies") && ws[n-2] == "to" && (ws[n-1] == "me" || ws[n-1] == "us") {
		own = true // "does that $165k figure apply to me?"
	}
	for k := i + 1; k+1 < len(ws); k++ {
		if ws[k] == "my" {
			switch ws[k+1] {
			case "job", "field", "work", "trade", "line", "kind", "pay", "salary", "wages", "income", "profession", "occupation":
				own = true
			}
		}
	}
	return own && !slices.ContainsFunc(ws, func(w string) bool { return m.switchW[w] })
}

// ownPost words name the asker's post in "my title is …", "my job is …":
// the job after them is the asker's own, not a relative's.
var ownPost = setOf("title", "job", "role", "position")

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

// endsInColonList reports whether the message ends with a list after a colon,
// its items cut by commas, each of at most four words ("rank these for
// pay: actuary, ML engineer, pharmacist").
func endsInColonList(raw string) bool {
	t := strings.TrimRight(strings.ToLower(strings.TrimSpace(raw)), "?!. ")
	c := strings.LastIndexByte(t, ':')
	if c < 0 || strings.Count(t[c:], ",") < 2 {
		return false
	}
	for _, item := range strings.Split(t[c+1:], ",") {
		if n := len(strings.Fields(item)); n == 0 || n > 4 {
			return false
		}
	}
	return true
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
	case prev == "who":
		// "the folks who cook in space", "someone who cooks"
		return m.lex.Verb(w) || m.lex.Verb(strings.TrimSuffix(w, "s"))
	case i > 1 && auxiliary[prev] && subjectPronoun[ws[i-2]]:
		// "before I can cook in orbit"
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

// scienceWork words after "X science" ask about its scientists' work, not
// the subject studied.
var scienceWork = setOf("career", "careers", "job", "jobs", "salary", "salaries", "pay", "wages", "outlook", "prospects", "roles", "role",
	"grads", "graduates", "majors", "major", "degree")

// careerNext words after a field of work name it as a line of work:
// "welding certs", "nursing jobs", "accounting career".
var careerNext = setOf("career", "careers", "business", "job", "jobs", "salary", "salaries", "pay", "certs", "certifications", "certificates", "certification", "certificate", "grad", "graduate",
	"apprenticeship", "apprenticeships", "license", "licence", "trade", "pays",
	"path", "route", "roles", "role", "degree", "field", "school", "outlook", "prospects", "wages", "major", "majors", "grads", "graduates",
	"median", "medians", "wage", "earnings", "income", "specialty", "specialties", "speciality", "specialities")

// ownedWord reports whether w is a word of a topic that one guide alone
// uses, among several ("dreamscapes", "qubits").
func (l *Library) ownedWord(w string) bool {
	return len(l.Guides) > 1 && l.terms != nil && !l.m.stop[w] && l.m.index[w] == nil && l.knownTerm(w) && l.terms.onlyOne(w)
}

// fieldWorker returns the occupation whose work word i names ("welding" →
// "welder", "nursing" → "nurse", "engineering" → "engineer") when a word
// after it names it as a line of work ("… as a career" too), or when it is
// set against a guide's career (versus); "" otherwise.
func fieldWorker(m *model, ws []string, i int, figures, versus bool, guideWord func(string) bool) string {
	w := ws[i]
	base, ok := strings.CutSuffix(w, "ing")
	if !ok || len(base) < 3 || m.switchW[w] {
		return "" // (not "thinking about switching to ML": a change, no line of work)
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
	asCareer := judgedAfter(m, ws, i) // "data engineering as a career", "is civil engineering a good career"
	// "the pay in nursing", "the outlook in accounting", "thinking about
	// accounting", "a career in plumbing": the field as a line of work.
	field := (prev == "in" || prev == "into") && (figures || prev2 == "career" || prev2 == "careers" || prev2 == "go" || prev2 == "get" || prev2 == "move") ||
		prev == "about" && (prev2 == "thinking" || prev2 == "think") || prev == "considering" ||
		prev == "studying" || prev == "studies" || prev == "study" || prev == "in" && (prev2 == "majoring" || prev2 == "degree" || prev2 == "major") || // "studying nursing", "a degree in accounting"
		(prev2 == "studying" || prev2 == "studies" || prev2 == "study") && (m.lex.Relational(prev) || m.lex.Adjective(prev) || m.lex.Noun(prev) && !guideWord(prev)) || // "studying mechanical engineering", "i study aerospace engineering"
		fieldCue(ws, i) || i > 0 && m.lex.Noun(prev) && fieldCue(ws, i-1) || // "break into investment banking"
		i == 1 && m.lex.Relational(prev) && (figures || slices.ContainsFunc(ws, func(w string) bool { return careerNext[w] || w == "license" || w == "exam" })) ||
		i == 0 && len(ws) > 2 && startsQuestion(next) && !guideWord(w) // "accounting — what's the path?": the field the message opens on
		// "mechanical engineering in michigan - pay and do i need the PE license?"
	field = field || versus // "plumbing or ML engineering": set against a guide's career
	// "skills for civil engineering": a kind of the work asked for
	forKind := figures && prev2 == "for" && prev != "" && !guideWord(prev) && (m.lex.Relational(prev) || m.lex.Noun(prev) && !m.lex.Adjective(prev))
	student := (next == "student" || next == "students") && prev != "" && !guideWord(prev) // "a civil engineering student"
	if !careerNext[next] && !asCareer && !field && !(figures && prev == "for") && !forKind && !student {
		return ""
	}
	if next == "with" && !asCareer && !field {
		return "" // "the cert for dealing with decoherence blight": what the work handles, not a trade ("dealer")
	}
	payFor := figures && prev == "for" && !guideWord(w) // "the pay for teaching kids": the work paid for
	if (m.lex.CommonVerb(base) || m.lex.CommonVerb(base+"e")) && !payFor && !asCareer {
		return "" // "growing career", "adding jobs": everyday verbs describe, they name no work
	}
	// "medical coding": a kind of the work no guide speaks of makes even a
	// role word's work ("coder") a line of its own
	kind := prev != "" && !guideWord(prev) && m.lex.Relational(prev) && m.lex.Adjective(prev)
	for _, c := range []string{base, base + "e", base + "er", base + "or", base + "ist", base + "ant"} {
		if m.roles[c] && !(kind && m.lex.Occupation(c)) {
			continue // "hiring": the hire is no line of work
		}
		if m.lex.Occupation(c) || field && m.lex.Person(c) {
			return c // in a field's context a person noun will do ("investment banking": banker)
		}
	}
	return ""
}

// judgedAfter reports whether the words after i weigh it as a line of
// work: "as a career", "a good career", "a solid job choice".
func judgedAfter(m *model, ws []string, i int) bool {
	j := i + 1
	if j < len(ws) && ws[j] == "as" {
		j++
	}
	if j >= len(ws) || ws[j] != "a" && ws[j] != "an" {
		return false
	}
	for k := j + 1; k < len(ws) && k <= j+3; k++ {
		if judgedAs[ws[k]] {
			// "a good career", not "a career report"
			return k+1 == len(ws) || m.stop[ws[k+1]] || !m.lex.Noun(ws[k+1]) || m.index[ws[k+1]] != nil // (or what is asked of it: "teaching as a career - outlook?")
		}
		if !m.lex.Adjective(ws[k]) && !m.lex.Adverb(ws[k]) {
			return false
		}
	}
	return false
}

// servedBy reports whether the occupation starting at word start follows
// "for" after a verb of work ("cook for", "cooking meals for"): the people
// served. "The pay for nurses" or "certs for plumbers" ask about the nurses.
func servedBy(m *model, ws []string, start int) bool {
	if start < 2 || ws[start-1] != "for" {
		return false
	}
	work := workVerbs{m}
	doing := func(w string) bool { return m.index[w] == nil && !m.stop[w] && gerund(work, w) } // "cooking", "cooking meals"
	// "if I cooked for astronauts": the same work, in the past
	done := func(w string) bool {
		s, ok := strings.CutSuffix(w, "ed")
		return ok && m.index[w] == nil && !m.stop[w] && len(s) > 2 && (work.Verb(s) || work.Verb(s+"e") || s[len(s)-1] == s[len(s)-2] && work.Verb(s[:len(s)-1]))
	}
	if work.Verb(ws[start-2]) || doing(ws[start-2]) || done(ws[start-2]) {
		// (not "the salary range for data analysts": a noun there, after a
		// determiner or a word the intent table knows)
		return start < 3 || !determiner[ws[start-3]] && m.index[ws[start-3]] == nil
	}
	if start >= 3 && (ws[start-3] == "who" || ws[start-3] == "that") && m.index[ws[start-2]] == nil && !m.stop[ws[start-2]] {
		// "someone who cooks for astronauts": the work told in a relative
		// clause, for the people it serves
		if v, ok := strings.CutSuffix(ws[start-2], "s"); ok && (work.Verb(v) || strings.HasSuffix(v, "e") && work.Verb(strings.TrimSuffix(v, "e"))) {
			return true
		}
	}
	return start >= 3 && doing(ws[start-3])
}

// madeFor reports whether w, before "for" and a people's noun, is a thing
// a guide's work makes for them ("food for astronauts", "meals for the
// crew"), not a word the intent table knows ("certs for plumbers", "the
// pay for nurses").
func madeFor(l *Library, w string) bool {
	m := l.m
	if l.Searcher == nil || l.terms == nil || len(l.Guides) < 2 || m.index[w] != nil || m.stop[w] || determiner[w] || !m.lex.OnlyNoun(w) || m.lex.Person(w) || l.isCareerWord(w) {
		return false
	}
	gs, ok := l.terms.guidesWith(stem(w)) // a word of one guide's world only
	return ok && len(gs) == 1
}

// objectLead words before a gerund make the people after it its object:
// "the path to feeding astronauts", "a career in teaching kids".
var objectLead = setOf("to", "of", "in", "at", "about", "on", "by", "with", "into")

// workVerbs is the lexicon's verbs that name work (servedBy, and gerund
// of them): not a common verb ("doing", "having") or a word the intent
// table knows.
type workVerbs struct{ m *model }

func (v workVerbs) Verb(w string) bool {
	return v.m.lex.Verb(w) && v.m.index[w] == nil && !v.m.stop[w] && !v.m.lex.CommonVerb(w)
}

// verbJoined reports whether the word at k is a verb joined to another
// verb or after "to" ("prune and water plants", "how to water plants"):
// an action on what follows, not a noun naming a job with it.
func verbJoined(m *model, ws []string, k int) bool {
	if k < 1 || !m.lex.Verb(ws[k]) {
		return false
	}
	if ws[k-1] == "to" {
		return true
	}
	return k >= 2 && (ws[k-1] == "and" || ws[k-1] == "or") && m.lex.Verb(ws[k-2]) && !m.lex.OnlyNoun(ws[k-2])
}

// routesTo reports whether a word points to a section kind.
func routesTo(m *model, w string) bool {
	for k := range m.index[w] {
		if slices.Contains(m.routing, k) {
			return true
		}
	}
	return false
}

// simile reports whether the words before position start make what
// follows an analogy: "like the bar for lawyers", "similar to nurses".
func simile(ws []string, start int) bool {
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		switch ws[k] {
		case "like", "unlike":
			return k == 0 || ws[k-1] != "would" && ws[k-1] != "i" && ws[k-1] != "d" && ws[k-1] != "you" && ws[k-1] != "we"
		case "similar", "akin":
			return true
		}
	}
	return false
}

// versusCareer reports whether the word at i is set against a career a
// guide names, by "or", "vs" or "versus" on either side ("plumbing or ML
// engineering", "ML vs nursing"), or across "than".
func versusCareer(l *Library, ws []string, taken []bool, i int) bool {
	vs := func(w string) bool { return w == "or" || w == "vs" || w == "versus" }
	if i+2 < len(ws) && vs(ws[i+1]) && taken[i+2] && l.isCareerWord(ws[i+2]) {
		return true
	}
	if i > 2 && vs(ws[i-2]) && !taken[i-1] && taken[i-3] && l.isCareerWord(ws[i-3]) {
		return true // "MLE or data engineering": the field told with its kind
	}
	if i > 1 && vs(ws[i-1]) && taken[i-2] && l.isCareerWord(ws[i-2]) {
		return true
	}
	versus := func(w string) bool { return w == "vs" || w == "versus" }
	after, before := i+2 < len(ws) && (versus(ws[i+1]) || ws[i+1] == "or" && slices.Contains(ws[:i], "which")), i > 1 && versus(ws[i-1])
	if (after || before) && len(l.Guides) > 1 && l.terms != nil && l.oneGuideNamed(ws[max(0, i-3):i+1]) == nil &&
		(after && l.oneGuideNamed(ws[i+2:min(len(ws), i+7)]) != nil ||
			before && !l.namesCareer(ws[max(0, i-6):i-1], taken[max(0, i-6):i-1]) && l.oneGuideNamed(ws[max(0, i-6):i-1]) != nil) {
		// "long haul trucking vs cooking in zero g": a career told by
		// words only its guide uses (not "zero-gravity cooking vs mapping
		// dreams": the work itself told as a guide's)
		return true
	}
	// "does ML engineering pay more than nursing?", "is nursing growing
	// faster than ML engineering?": set against a career across "than"
	named := func(from, to int) bool {
		for k := max(from, 0); k < to && k < len(ws); k++ {
			if taken[k] && l.isCareerWord(ws[k]) {
				return true
			}
		}
		return false
	}
	if comparative(l.m.lex, ws[i]) {
		return false // "is grad school a longer stretch than …": what compares, not a job
	}
	if i+1 < len(ws) && !l.m.stop[ws[i+1]] && !careerNext[ws[i+1]] {
		return false // "more time on than tuning hyperparameters": work with its object, not a line of work
	}
	for j := i - 2; j < i; j++ {
		if j > 0 && ws[j] == "than" && (j == i-1 || !taken[i-1]) && named(j-6, j) {
			return true
		}
	}
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		if ws[j] == "than" {
			return named(j+1, j+4)
		}
	}
	return false
}

// guideWordIn reports whether a word not yet read is one a guide uses and
// at most half the sections share ("theodolite", "SomnoTri"): a message
// that has one is about that guide's world, whatever else it holds.
func (l *Library) guideWordIn(ws []string) bool {
	ctx := context.Background()
	for _, w := range ws {
		if l.m.stop[w] || l.m.index[w] != nil || !hasLetter(w) || placeWord(l.m, w) || !l.knownTerm(w) {
			continue
		}
		if 2*l.Searcher.DocFreq(ctx, w) <= l.Searcher.SectionCount() {
			return true
		}
	}
	return false
}

// selfIntro reports whether the job from start to i introduces the asker:
// "teacher here, …", "Nurse here.", "chef in boston, just curious what …"
// (one job, opening the message, then where they are).
func selfIntro(m *model, ws []string, start, i int, head string) bool {
	if i+1 >= len(ws) {
		return false
	}
	if ws[i+1] == "here" {
		return ws[i] == head
	}
	return ws[i] == head && start <= 1 && (start == 0 || ws[0] == "a" || ws[0] == "im") && i+2 < len(ws) &&
		(ws[i+1] == "in" || ws[i+1] == "from") && placeWord(m, ws[i+2])
}

// guideTermAfter reports whether a word after position i is a term of the
// guides' own (not a word of a question's kind, a place, a number or a
// pay verb): "superposition", "dreamscapes", "Kubeflow".
func (l *Library) guideTermAfter(ws []string, i int) bool {
	for _, w := range ws[i+1:] {
		if !l.m.stop[w] && l.m.index[w] == nil && !l.m.payVerbs[w] && !placeWord(l.m, w) && !hasDigit(w) && l.knownTerm(w) {
			return true
		}
	}
	return false
}

// questionAfterNamesGuide reports whether the question that follows a job
// at i (from its first asking word, not "who") names one guide by two words
// only it uses, places aside: "landscaper making 45k, what do people who
// grow crops in superposition make?" (not "head chef at a restaurant,
// what's the salary in florida?": the job's own words, then its question).
func (l *Library) questionAfterNamesGuide(ws []string, i int) bool {
	for k := i + 1; k < len(ws); k++ {
		if startsQuestion(ws[k]) && ws[k] != "who" {
			return l.namesOneGuide(dropStateWords(ws[k:]))
		}
	}
	return false
}

// selfLead are the words before an asker's job that say it is theirs.
var selfLead = setOf("i", "im", "m", "am", "a", "an", "just", "currently", "btw", "fwiw")

// trailingLabel reports whether the occupation at start opens a short tail
// after the message's last question ("what's kubeflow for?? LPN reading
// the tools list", "how long is the galley training? EMT with a thing for
// planes", "… RN asking"): the asker signing with their own job, when the
// question before it names no occupation and asks of a guide's work (it
// names a career, or one guide by two words only that guide uses, or, with
// one guide, a word the guide knows that no dictionary has).
func (l *Library) trailingLabel(q *question, start int) bool {
	cut := strings.LastIndexByte(q.raw, '?')
	if cut < 0 {
		cut = statementCut(q.raw) // "what is jax and who makes it. sorry, lifeguard, new to all this"
	}
	if cut < 0 || start == 0 {
		return false
	}
	tail := words(q.raw[cut+1:])
	if len(tail) == 0 || len(tail) > 12 || startsQuestion(tail[0]) || slices.Contains(tail, "you") || slices.Contains(tail, "your") || slices.Contains(tail, "meant") {
		// (nor "… I said chef but I meant the gardening one": a correction)
		return false
	}
	lead := 0 // "… ? I'm a data scientist": the words that say it is the asker's
	for lead < len(tail)-1 && selfLead[tail[lead]] {
		lead++
	}
	if lead == 0 && len(tail) > 2 && askingFrom[tail[0]] {
		// "… asking from the guard shack at 3am": where the asker writes
		// from, their work's place
		lead = 1
		for lead < len(tail)-1 && lead < 4 && (tail[lead] == "from" || tail[lead] == "at" || tail[lead] == "on" || tail[lead] == "in" || determiner[tail[lead]] || possessive[tail[lead]]) {
			lead++
		}
	}
	if q.asked == nil {
		q.asked = l.analyse(context.Background(), q.raw[:cut+1])
	}
	hq := q.asked
	if n := len(hq.words); start < n || start > n+lead+2 || len(hq.scope.occupations) > 0 {
		return false
	}
	if len(hq.careers) > 0 || hasAny(hq, "guide", "guides") || slices.ContainsFunc(hq.words, l.isCareerWord) || l.namedCertGuide(hq) != nil {
		return true // (or it asks of the guide itself: "which tools … in the guide? CPA curious"; or names its certificate)
	}
	cw := dropStateWords(l.contentWords(hq, nil))
	if len(l.Guides) > 1 {
		// (or by a word of one guide's that no dictionary has: "the Shared
		// Dreamspace Permit")
		return l.namesOneGuide(cw) || l.terms != nil && slices.ContainsFunc(cw, func(w string) bool {
			gs, ok := l.terms.guidesWith(stem(w))
			return ok && len(gs) == 1 && hasLetter(w) && !l.m.lex.Word(w)
		})
	}
	if partAsked(hq) || sectionIntent(hq) && slices.ContainsFunc(tail, func(w string) bool { return w == "career" || l.m.switchW[w] }) {
		// (or, with one guide, asks a part of it that is no figure of
		// the job told: "Which cert is cheapest, and do I even need one?
		// Librarian on a budget.", "… and what's the pay range? (teacher,
		// 2nd career)")
		return true
	}
	// (or asks how long a step of its path takes: "and the professional
	// experience step, how long is that one? welder, …")
	return durationQuestion(hq) && l.stepNamed(hq, l.Guides[0]) || slices.ContainsFunc(cw, func(w string) bool {
		return !l.m.lex.Word(w) && l.Searcher != nil && l.Searcher.Known(context.Background(), w)
	})
}

// cutShort are words typed cut short with a full stop ("a sr. data
// scientist", "approx. 3 years").
var cutShort = setOf("sr", "jr", "dr", "mr", "mrs", "ms", "st", "vs", "etc", "approx", "eg", "ie", "no", "yr", "yrs", "mo", "mos", "min", "max", "dept", "univ", "assoc", "mgr")

// askingFrom are the words a tail opens with to say where the asker
// writes from ("asking from the guard shack", "typing this on my break").
var askingFrom = setOf("asking", "typing", "writing", "posting", "texting")

// statementCut is where a message with no question mark ends what it asks
// and begins a short remark of the asker's: the last sentence end after a
// sentence that asks ("what is jax and who makes it. sorry, lifeguard, new
// to all this"), or the opening of a closing aside in brackets ("TF dev
// cert - what's it prove and how much $$ (lifeguard pay is not great
// lol)"); -1 when there is none.
func statementCut(text string) int {
	t := strings.TrimRight(text, " ")
	if strings.HasSuffix(t, ")") {
		if k := strings.LastIndexByte(t, '('); k > 0 && slices.ContainsFunc(words(t[:k]), startsQuestion) {
			return k
		}
	}
	t = strings.TrimRight(t, ".! ")
	for k := len(t) - 1; k > 0; k-- {
		if (t[k] == '.' || t[k] == '!') && k+1 < len(t) && t[k+1] == ' ' {
			before := t[:k]
			if f := strings.Fields(before); t[k] == '.' && len(f) > 0 && (cutShort[strings.ToLower(f[len(f)-1])] || isDigits(f[len(f)-1])) {
				continue // "a sr. data scientist": a word cut short, no sentence's end
			}
			if s := max(strings.LastIndexAny(before, ".!?"), 0); slices.ContainsFunc(words(before[s:]), startsQuestion) {
				return k
			}
			return -1
		}
	}
	return -1
}

// onlyOwnJob reports whether the asker's own job at i is the only work the
// message names, with no word of changing careers and no guide's career
// named anywhere ("im a private pilot thinking about going commercial.
// salary in california?"): then that job is what is asked about.
func (l *Library) onlyOwnJob(q *question, ws []string, taken []bool, i int) bool {
	others := len(q.intents) - 1
	if k := slices.Index(ws, "state"); k > 0 && q.intents["state"] == 1 && placeWord(l.m, ws[k-1]) {
		others-- // "Washington state": the place's name, no question by state
	}
	if q.has("path") && slices.Contains(ws, "experience") && q.intents["path"] == 1 && ownJobAfter(l.m, ws, i) {
		others-- // "8 yoe": how long they have worked, not a question about the path
	}
	// "I'm a GIS cartographer, what certs should I get?": the asker's own
	// kind of a guide's job (not the guide's) is what any question is about.
	// Among several guides, so is a question for a section with no career
	// named ("im a GIS analyst, what certs should i get").
	ownKind := len(l.headNames[l.m.lex.Singular(ws[i])]) > 0 && i > 0 && !l.isCareerWord(ws[i-1]) ||
		len(l.Guides) > 1 && (q.has(bot.KindCerts) || q.has(bot.KindSkills))
	pays := q.has("salary") // (pay verbs are read later: "what do I make", "what would we make")
	for k := i + 2; k < len(ws) && !pays; k++ {
		pays = l.m.payVerbs[ws[k]] && (ws[k-1] == "i" || ws[k-1] == "we")
	}
	// "I'm an actuary trainee. How long does it take to get fully
	// credentialed?": one still training asks the time to finish.
	training := traineeWords[ws[i]] || i+1 < len(ws) && traineeWords[ws[i+1]] || i > 0 && traineeWords[ws[i-1]]
	// "I'm a nurse in SC, can I work in Georgia after I move?": a move of
	// house is a question about the job the asker has.
	moving := false
	for k, w := range ws {
		moving = moving || k > i && l.m.switchW[w] && relocating(l.m, ws, k)
	}
	if q.switcher || !ownKind && (!(pays || moving || q.has("outlook") || training && (durationQuestion(q) || q.has(bot.KindPath))) || others > 0 && !training) {
		return false
	}
	for k, w := range ws {
		if taken[k] && k != i && (k < i-3 || k > i) && l.isCareerWord(w) {
			return false // a guide's career named besides the asker's job
		}
	}
	present := ownJobAfter(l.m, ws, i) || i+1 < len(ws) && (ws[i+1] == "here" || i == 0 && l.m.switchW[ws[i+1]] && relocating(l.m, ws, i+1)) // "senior data engineer, 8 yoe", "nurse here": their job now
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		present = present || ws[k] == "m" || ws[k] == "im" || ws[k] == "am" || ws[k] == "currently"
	}
	if !present {
		return false // "I was a bookkeeper for 20 years": a past the question builds on
	}
	// Words too broad to be a topic ("going back to work") are no guide's
	// words in a question; in a clause that asks nothing ("money's been
	// tight since my divorce") they keep it from being one about the job.
	asking := strings.Contains(q.raw, "?") || slices.ContainsFunc(ws[i+1:], startsQuestion)
	// "cooking on a space station — whats the pay range? i'm a line cook
	// rn": the job told after a question in a guide's words is the asker's
	// background, whatever the question asks.
	after := askedBefore(q.raw, ws[i])
	for k, w := range ws {
		if l.m.switchW[w] && relocating(l.m, ws, k) || statePart(l.m, ws, k) {
			continue // "moving to Ohio": a move, no career change and no topic; "in New York"
		}
		if l.m.switchW[w] || k > i && l.isCareerWord(w) || w == "this" || w == "that" || w == "it" && !(k+1 < len(ws) && (ws[k+1] == "take" || ws[k+1] == "takes")) {
			return false // (but "how long does it take": no thing pointed at)
		}
		if (k > i || after && k < i) && !l.m.stop[w] && l.m.index[w] == nil && !(l.m.payVerbs[w] && (ws[k-1] == "i" || ws[k-1] == "we")) && !placeWord(l.m, w) && !hasDigit(w) && !(asking && l.m.lex.General(w)) && l.knownTerm(w) {
			return false // a word of the guides': "what's Kubeflow"
		}
	}
	line := " " + strings.Join(ws, " ") + " "
	for _, p := range l.m.switches {
		if strings.Contains(line, p) {
			return false
		}
	}
	return true
}

// sentenceEnds marks the typed words (raw, as many as the n words read)
// that end a sentence inside text: a question mark, full stop or
// exclamation mark after them with more words to come. Nil when there are
// none, or when reading changed the number of words; a word reading put in
// for another is never an end.
func sentenceEnds(text string, raw []string, n int) []bool {
	if len(raw) != n || !strings.ContainsAny(strings.TrimRight(text, "?!. "), "?!.") {
		return nil
	}
	low := strings.ToLower(text)
	var ends []bool
	from := 0
	for k, w := range raw {
		at := wordAt(low[from:], strings.ToLower(w))
		if at < 0 {
			continue // a word reading put in ("cert" read as "certification")
		}
		from += at + len(w)
		rest := strings.TrimLeft(low[from:], " ")
		if rest != "" && (rest[0] == '?' || rest[0] == '!' || rest[0] == '.' && len(w) > 2 && !isDigits(w)) && strings.TrimLeft(rest, "?!. ") != "" {
			if ends == nil {
				ends = make([]bool, n)
			}
			ends[k] = true
		}
	}
	return ends
}

// endOfSentence is the end (exclusive) of the sentence word i is in: just
// after the next word from i that ends one, or n.
func endOfSentence(ends []bool, i, n int) int {
	for k := i; k < len(ends); k++ {
		if ends[k] {
			return k + 1
		}
	}
	return n
}

// versusPerson reports whether the word at i is set against another
// person's noun right after it ("medical coder vs medical biller", "vet
// tech or dental assistant"): two jobs weighed, each asked about.
func versusPerson(m *model, ws []string, i int) bool {
	if i+1 >= len(ws) || ws[i+1] != "vs" && ws[i+1] != "versus" && ws[i+1] != "or" {
		return false
	}
	for k := i + 2; k < len(ws) && k <= i+4; k++ {
		w := strings.TrimSuffix(ws[k], "s")
		if m.lex.Person(m.lex.Singular(ws[k])) || doers[ws[k]] || !m.lex.Word(w) && agentVerb(m.lex, w) != "" {
			return true // (or the doer of a verb, a word no dictionary has: "biller")
		}
	}
	return false
}

// againstNational reports whether what a question compares is set
// against the national figure ("… vs the national number", "compared to
// the national median"), not against another job.
func againstNational(ws []string) bool {
	for k, w := range ws {
		if w != "vs" && w != "versus" && w != "than" && w != "compared" {
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+3; j++ {
			if ws[j] == "national" || ws[j] == "nationally" || ws[j] == "nationwide" {
				return true
			}
		}
	}
	return false
}

// copulaLike verbs put an adjective after them that says how someone is
// ("become familiar", "get ready"); adjPreposition words follow such an
// adjective ("familiar with", "ready for").
var (
	copulaLike     = setOf("be", "is", "am", "are", "was", "were", "become", "becoming", "get", "getting", "feel", "stay", "seem")
	adjPreposition = setOf("with", "for", "at", "in", "about", "of", "to")
)

// relocating reports whether the switch word at k moves house, not
// careers: "moving to Ohio", "move out to Washington state".
func relocating(m *model, ws []string, k int) bool {
	if !strings.HasPrefix(ws[k], "mov") {
		return false
	}
	j := k + 1
	if j < len(ws) && (ws[j] == "out" || ws[j] == "back" || ws[j] == "down" || ws[j] == "up" || ws[j] == "over") {
		j++
	}
	if j == len(ws) || j < len(ws) && (ws[j] == "states" || ws[j] == "there" || ws[j] == "here") {
		return k > 0 && (ws[k-1] == "i" || ws[k-1] == "we") // "after I move", "if we move states"
	}
	if j+1 >= len(ws) || ws[j] != "to" && ws[j] != "from" {
		return false
	}
	if placeWord(m, ws[j+1]) {
		return true
	}
	return j+2 < len(ws) && placeWord(m, ws[j+1]+" "+ws[j+2])
}

// statePart reports whether word k is part of a place's name of one or
// two words ("new" and "york" of "New York"), or the "state" after one
// ("Washington state").
func statePart(m *model, ws []string, k int) bool {
	w := ws[k]
	return placeWord(m, w) || k+1 < len(ws) && placeWord(m, w+" "+ws[k+1]) || k > 0 && (placeWord(m, ws[k-1]+" "+w) || w == "state" && placeWord(m, ws[k-1]))
}

// indefinitePerson are the pronouns WordNet also files as persons ("a
// nobody", "a somebody"): said of no one in particular.
var indefinitePerson = setOf("nobody", "somebody", "anybody", "everybody", "someone", "anyone", "everyone", "noone")

// traineeWords say someone is still training for the job beside them.
var traineeWords = setOf("trainee", "trainees", "apprentice", "apprentices", "student", "students", "intern", "interns")

// ownStanding reports whether, after the asker's own job at i, the message
// asks about their standing in it ("I'm a junior UX designer, what's my
// salary range?", "HRBP here, what's my market value?"): that job is what
// is asked about, not a background for a guide's career.
func ownStanding(ws []string, i int) bool {
	for k := i + 1; k+1 < len(ws); k++ {
		if ws[k] != "my" {
			continue
		}
		n := ws[k+1]
		if (n == "current" || n == "own") && k+2 < len(ws) {
			n = ws[k+2]
		}
		if standingWords[n] {
			return true
		}
	}
	return false
}

// standingWords name what a worker has in their own job.
var standingWords = setOf("salary", "salaries", "pay", "wage", "wages", "income", "earnings", "raise", "range", "outlook", "prospects", "market", "worth", "value", "compensation", "comp",
	"job", "career", "role", "profession", "trade")

// auxBefore are the words before a verb in -ing that make it one ("is
// hiring", "are hiring"), not a modifier ("a hiring manager").
var auxBefore = setOf("is", "are", "s", "re", "was", "were", "been", "be", "keeps", "keep", "started", "start", "stopped")

// plainWord says a thing or a job is the ordinary kind, not a guide's.
var plainWord = setOf("normal", "regular", "ordinary", "traditional", "conventional", "earthly", "earthbound", "plain")

// plainNear reports whether a word saying "the ordinary kind" stands within
// four words of the job from start to i ("normal restaurant chef", "a
// gardener (normal plants)", "cartographer (real maps, not dreams)").
func plainNear(ws []string, start, i int) bool {
	for k := max(0, start-4); k < len(ws) && k <= i+4; k++ {
		if k >= start && k <= i {
			continue
		}
		if plainWord[ws[k]] || ws[k] == "real" || ws[k] == "actual" && k+1 < len(ws) && k > i && !careerWords[ws[k+1]] && !jobNouns[ws[k+1]] {
			return true // (and "a cartographer, like actual maps of real places"; not "an actual job")
		}
	}
	for k := i + 2; k < len(ws) && k <= i+8; k++ {
		if ws[k] == "earth" && ws[k-1] == "on" && !(k >= 2 && (ws[k-2] == "than" || ws[k-2] == "as" || ws[k-2] == "like" || ws[k-2] == "what" || ws[k-2] == "why" || ws[k-2] == "how")) { // (not "season harder than on earth", "what on earth")
			return true // "a chef at an italian restaurant (on earth lol)": said to work down here
		}
	}
	return false
}

// paySubject is the length, from shortest to longest (the longest wins),
// of the words from i that stand before "pay" or "pays" and all pass ok:
// the employer that pays. 0 when none do.
func paySubject(ws []string, i, shortest, longest int, ok func(k int) bool) int {
	best := 0
	for n := shortest; n <= longest && i+n < len(ws); n++ {
		if ws[i+n] != "pay" && ws[i+n] != "pays" {
			continue
		}
		good := true
		for k := i; k < i+n && good; k++ {
			good = ok(k)
		}
		if good {
			best = n
		}
	}
	return best
}

// thatJobAfter reports whether the message goes on to ask about the job
// just named by pointing back at it ("my cousin is a sous chef … what's
// typical pay for that", "what does that job pay").
func thatJobAfter(ws []string, i int) bool {
	for k := i + 1; k+1 < len(ws); k++ {
		if ws[k] != "that" && ws[k] != "it" {
			continue
		}
		switch ws[k+1] {
		case "job", "pay", "pays", "make", "makes", "earn", "earns", "role", "career", "gig":
			return true
		case "in", "around", "nowadays", "these":
			if ws[k-1] == "for" {
				return true // "what's the median for that in New York"
			}
		}
	}
	if n := len(ws); n >= 2 && ws[n-2] == "for" && (ws[n-1] == "that" || ws[n-1] == "it") {
		return true // "what's typical pay for that"
	}
	return false
}

// relativeSubject reports whether someone in the asker's life is the
// subject of the clause that names the job at start ("my dad has been a
// truck driver for 20 years"): their job, not the asker's.
func relativeSubject(ws []string, start int) bool {
	for j := start - 1; j > 0 && j >= start-9; j-- {
		if relations[ws[j]] && possessive[ws[j-1]] {
			return true // (a clause away too: "my grandson makes maps for the county as a GIS cartographer")
		}
		if tellers[ws[j]] || ws[j] == "me" || ws[j] == "and" {
			return false // the asker, or someone else, in between
		}
	}
	return false
}

// toldAfterAsking reports whether the relative's job from start to i is
// told after the question, with nothing asked after it ("how often do you
// have to renew them? my dad's a pilot and has to renew everything"): who
// is asking, not the job asked about (which would be named in the question:
// "what do pilots make? my dad is one").
func toldAfterAsking(ws []string, start, i int, marked bool) bool {
	asked := marked || start > 0 && startsQuestion(ws[0]) && ws[0] != "is" && ws[0] != "are"
	for _, w := range ws[:start] {
		asked = asked || whWord(w)
	}
	if !asked {
		return false
	}
	for k, w := range ws[i+1:] {
		if k > 0 && !whWord(w) && (ws[i+k] == "and" || ws[i+k] == "who" || ws[i+k] == "but") {
			continue // "… my mom's a teacher and is nosy": more told of them, not a question
		}
		if whWord(w) || startsQuestion(w) || w == "know" || w == "if" || w == "asks" || w == "asked" || w == "wondering" {
			return false // "… my mom is a pharmacist, she wants to know if her job is growing"
		}
	}
	return true
}

// askedBefore reports whether the message has a question mark before the
// word w first appears in it ("experiment tracking tools? my teammate (a
// data analyst) uses spreadsheets"): a question asked before the job told.
func askedBefore(raw, w string) bool {
	low := strings.ToLower(raw)
	q := strings.IndexByte(low, '?')
	k := wordAt(low, w)
	return q >= 0 && k >= 0 && q < k
}

func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80 }

// namedAgain reports whether the job whose head is at i is named again
// later in the message ("my wife is a nurse. How much do nurses make?"):
// then it is what is asked about, not someone's job in passing.
func namedAgain(m *model, ws []string, head string, i int) bool {
	for _, w := range ws[i+1:] {
		if w == head || m.lex.Singular(w) == head {
			return true
		}
	}
	return false
}

// placeOfWork is the last word of where the job at i is done, said right
// after it ("a horticulturist at a garden center in oregon"), i when
// nothing is: the workplace's words name no guide.
func placeOfWork(ws []string, i int) int {
	if i+1 >= len(ws) || ws[i+1] != "at" && ws[i+1] != "in" && ws[i+1] != "for" {
		return i
	}
	end := i + 1
	for end+1 < len(ws) && !clauseEnd[ws[end+1]] && ws[end+1] != "and" && ws[end+1] != "but" && end-i < 8 {
		end++
	}
	return end
}

// without returns ws with the words from start to end (inclusive) left
// out: "my uncle's a gardener" names no guide by the uncle's job alone.
func without(ws []string, start, end int) []string {
	out := make([]string, 0, len(ws))
	out = append(out, ws[:start]...)
	return append(out, ws[end+1:]...)
}

// aside reports whether the words before start compare what was asked to
// something ("sounds like a …", "seems like", "looks like"): the asker's
// impression, not what is asked.
func aside(ws []string, start int) bool {
	for k := start - 1; k >= 1 && k >= start-3; k-- {
		if ws[k] == "like" {
			switch ws[k-1] {
			case "sounds", "sound", "seems", "seem", "feels", "feel", "kinda":
				return true
			case "looks", "look":
				// "it looks like a …", not "what does a day look like for a …"
				return k > 1 && (ws[k-2] == "it" || ws[k-2] == "that" || ws[k-2] == "this")
			}
		}
	}
	return false
}

// fieldCue reports whether the words before position i name what follows
// as a line of work to enter: "get into", "break into", "a career in",
// "interested in".
func fieldCue(ws []string, i int) bool {
	if i < 2 {
		return false
	}
	switch ws[i-1] {
	case "into":
		switch ws[i-2] {
		case "get", "getting", "break", "breaking", "move", "moving", "switch", "switching", "transition", "transitioning", "go", "going", "pivot", "pivoting",
			"path", "pathway", "road", "route", "way": // "what's the path into accounting?"
			return true
		}
	case "in":
		switch ws[i-2] {
		case "career", "careers", "interested", "something", "job", "jobs", "started", "start", "starting", "begin", "beginning", // "how do I get started in accounting?"
			"trained",                                      // "how do I get trained in EMDR"
			"people", "ppl", "folks", "someone", "workers": // "what do people in HR earn"
			return true
		case "path", "pathway", "route": // "the usual career path in product management"
			return i > 2 && ws[i-3] == "career"
		case "work", "working":
			// "I want to work in healthcare", "what's it like working in
			// retail"; not "i work in devops rn, …": the asker's own
			return i > 2 && (ws[i-3] == "to" || ws[i-3] == "like" || ws[i-3] == "about")
		}
	case "between":
		// "my niece is deciding between dental hygiene and mapping dreams"
		switch ws[i-2] {
		case "deciding", "decide", "choosing", "choose", "torn", "picking", "pick", "split":
			return i+1 < len(ws) && ws[i+1] == "and" || i+2 < len(ws) && ws[i+2] == "and" // (not "torn between offers in boston and nyc": places, a field's one or two words then "and")
		}
	case "of":
		// "can I make a career out of Reiki?", "a living out of pottery"
		return i > 2 && ws[i-2] == "out" && (ws[i-3] == "career" || ws[i-3] == "living")
	case "for":
		// "what certs do i need for cybersecurity", "skills for web
		// development": what a line of work asks, the message's last words
		switch ws[i-2] {
		case "need", "needed", "required", "skills", "certs", "certifications", "certification":
			return i+2 >= len(ws)
		}
	}
	return false
}

// studiedBefore reports whether the words before position i say it is
// studied: "studying architecture", "majoring in nursing" (read with pay
// asked after it: "what's the salary like after").
func studiedBefore(ws []string, i int) bool {
	if i < 1 {
		return false
	}
	switch ws[i-1] {
	case "studying", "studied", "study":
		return true
	case "in":
		return i > 1 && (ws[i-2] == "majoring" || ws[i-2] == "major")
	}
	return false
}

// jobSeeking are the words after "job" that say looking for work ("job
// hunting", "job searching").
var jobSeeking = setOf("hunting", "hunt", "searching", "search", "seeking", "shopping", "hopping")

// unknownField is the line of work a question asks to enter when no guide
// uses any of its words ("cybersecurity", "hospitality management"); ""
// otherwise. One or two words after the cue, up to the end of the phrase.
func (l *Library) unknownField(q *question, taken []bool) string {
	ws := q.words
	studyFigures := figures(q) && slices.ContainsFunc(ws, func(w string) bool { return w == "after" || w == "graduating" || w == "graduate" })
	for i := range ws {
		if i >= 2 && ws[i-1] == "in" && relations[ws[i-2]] && l.m.lex.Field(ws[i]) && !taken[i] && len(ws[i]) >= 5 && l.Searcher != nil &&
			!l.Searcher.Known(context.Background(), ws[i]) && !l.vocab.known(ws[i]) && !l.isCareerWord(ws[i]) {
			return ws[i] // "my brother's in carpentry": the line of work someone is in
		}
		// "which certs do I need for diagnostic medical sonography": a
		// field's name of three words ends the message
		three := i >= 2 && i+3 == len(ws) && ws[i-1] == "for" && fieldCue(ws[:i+2], i) &&
			!slices.ContainsFunc(ws[i:], func(w string) bool { return l.m.stop[w] }) // (not "a cert for dealing with it")
		if i >= 1 && ws[i-1] == "in" && i+1 < len(ws) && ws[i+1] == "of" {
			continue // "bigger for ML jobs, in terms of how many are employed": a phrase of the sentence, no field
		}
		if !fieldCue(ws, i) && !three && !(studyFigures && studiedBefore(ws, i) && !placeWord(l.m, ws[i]) && !l.m.lex.Foreign(ws[i])) {
			continue
		}
		end := i
		for end < len(ws) && (end < i+2 || three && end < i+3) && !taken[end] && !l.m.stop[ws[end]] && l.m.index[ws[end]] == nil && hasLetter(ws[end]) {
			end++
		}
		if end == i {
			continue
		}
		if end-i > 1 {
			if f := l.fieldPhrase(ws, ws, i, end); f != "" && !l.usesPhrase(ws[i], ws[i+1]) {
				return f // "get into product management": words the guides use, never side by side
			}
		}
		if end-i == 2 && l.Searcher != nil && !l.Searcher.Known(context.Background(), ws[i]) && !l.vocab.known(ws[i]) &&
			l.m.lex.Word(ws[i]) && l.m.lex.Noun(ws[i+1]) && !careerWords[ws[i+1]] {
			return ws[i] + " " + ws[i+1] // "instructional design": a kind of the work no guide names
		}
		if end-i == 2 && l.practisedWork(context.Background(), ws[i], ws[i+1]) {
			return ws[i] + " " + ws[i+1] // "get into actuarial work": the actuaries'
		}
		for k := i; k < end; k++ {
			w := ws[k]
			if l.Searcher == nil || l.Searcher.Known(context.Background(), w) || l.vocab.known(w) || careerWords[w] {
				return "" // a word a guide uses: the guide's own field, or part of it
			}
			if !(l.m.lex.Noun(w) || l.m.lex.Relational(w) && k < end-1 || !l.m.lex.Word(w) && !superlative[w] && !strings.HasSuffix(w, "est")) {
				return "" // "get into fastest": not the name of a field
			}
		}
		return strings.Join(ws[i:end], " ")
	}
	if f := l.modifiedField(q, taken); f != "" {
		return f
	}
	if f := l.groupField(q, taken); f != "" {
		return f
	}
	return l.trainedField(q, taken)
}

// fieldAside reports whether a field's people were told of in a sentence
// that asks nothing, beside a question, while the message speaks of a guide's world
// (a word of a guide's name or one only a guide's sections use) outside
// it: "what do you actually learn in the production ML step? research
// people in academia skip it apparently", "folks in healthcare are burning
// out and I'm eyeing ML. what degree would I need?".
func (l *Library) fieldAside(q *question, field string) bool {
	ss := sentencesOf(q.raw)
	if len(ss) < 2 {
		return false
	}
	fw := strings.Fields(field)
	in, asked := -1, false
	for k, s := range ss {
		if in < 0 && slices.Contains(words(s), fw[0]) {
			in = k
		} else if strings.HasSuffix(s, "?") {
			asked = true
		}
	}
	if in < 0 || !asked || strings.HasSuffix(ss[in], "?") {
		return false
	}
	f := words(ss[in])
	if len(f) == 0 || startsQuestion(f[0]) {
		return false
	}
	people := false // "people in academia", "academia folks": the field's people, not the asker ("nutrition degree, obviously I have to ask")
	for k, w := range f {
		if groupWords[w] || w == "ppl" || w == "bros" {
			people = people || slices.Contains(fw, w) || k > 0 && f[k-1] == fw[len(fw)-1] || k+2 < len(f) && f[k+1] == "in" && f[k+2] == fw[0]
		}
	}
	if !people {
		return false
	}
	var rest []string
	for _, w := range q.words {
		if !slices.Contains(fw, w) {
			rest = append(rest, w)
		}
	}
	return l.guideWordIn(rest) || slices.ContainsFunc(rest, func(w string) bool { return l.nameWords[w] && !careerWords[w] && !l.m.lex.Occupation(w) })
}

// offGuideWord reports whether w is a word of content that no guide, no
// table and no place knows: no function word, intent word, place, career
// word, guide term or everyday verb.
func (l *Library) offGuideWord(ctx context.Context, w string) bool {
	return !l.m.stop[w] && l.m.index[w] == nil && hasLetter(w) && !placeWord(l.m, w) && !l.Searcher.Known(ctx, w) && !l.vocab.known(w) &&
		!l.isCareerWord(w) && !l.m.lex.CommonVerb(w)
}

// jobAmong is the first of the candidate names that WordNet files as an
// occupation and the intent table does not hold as a generic role
// ("designer" for "design", "actuary" for "actuarial"); "" when none.
func (l *Library) jobAmong(cands ...string) string {
	for _, c := range cands {
		if l.m.lex.Occupation(c) && !l.m.roles[c] {
			return c
		}
	}
	return ""
}

// namesAnyCareer reports whether the words name a guide's career, by a
// word of its names ("ML", "machine learning", "orbital").
func (l *Library) namesAnyCareer(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool {
		return l.isCareerWord(w) || slices.ContainsFunc(l.Guides, func(g *bot.Guide) bool { return guideNameWord(g, w) })
	})
}

// practisedWork reports whether an adjective and a noun name a line of
// work no guide speaks of by the adjective WordNet relates to its
// practitioner: "actuarial work" (actuaries'), "dental field", "secretarial
// jobs". The practitioner is read off the adjective's ending ("-ial" →
// "-y", "-al" → "-ist", "-ian" or the bare noun) and must be an occupation
// WordNet knows; adjectives a guide uses ("technical", "physical") are the
// guides' own words.
func (l *Library) practisedWork(ctx context.Context, adj, noun string) bool {
	if !workNouns[noun] || l.Searcher == nil || !l.m.lex.Relational(adj) || !l.offGuideWord(ctx, adj) || l.usesPhrase(adj, noun) {
		return false
	}
	var cands []string
	if b, ok := strings.CutSuffix(adj, "ial"); ok {
		cands = append(cands, b+"y", b) // "actuarial" → "actuary", "managerial" → "manager"
	}
	if b, ok := strings.CutSuffix(adj, "al"); ok {
		cands = append(cands, b+"ist", b+"ian", b) // "dental" → "dentist", "electrical" → "electrician", "mechanical" → "mechanic"
	}
	if b, ok := strings.CutSuffix(adj, "ary"); ok {
		cands = append(cands, b+"arian") // "veterinary" → "veterinarian"
	}
	cands = slices.DeleteFunc(cands, func(c string) bool { return len(c) < 4 }) // ("dent" of "dental" is no one)
	return l.jobAmong(cands...) != ""
}

// workNouns name a line of work after a word that says which ("actuarial
// work", "the dental field").
var workNouns = setOf("work", "field", "side", "career", "careers", "job", "jobs", "profession", "track", "world", "industry", "sector", "roles")

// groupWords name the people of a line of work after its name
// ("cybersecurity people", "the real estate crowd").
var groupWords = setOf("people", "folks", "folk", "crowd", "guys", "types", "pros", "professionals")

// questionAux are the auxiliaries a question puts before its subject
// ("what do marketing folks earn?").
var questionAux = setOf("do", "does", "did", "can", "could", "should", "would", "will", "must")

// groupField is the people of a field no guide speaks of, named by the
// field and a word for a group ("cybersecurity people, what certs should i
// get", "real estate crowd in Florida, typical income?"), asked about with
// no career named; "" otherwise.
func (l *Library) groupField(q *question, taken []bool) string {
	ws := q.words
	if l.Searcher == nil || len(q.careers) > 0 || q.intentCount() == 0 {
		return ""
	}
	ctx := context.Background()
	unknown := func(k int) bool {
		w := ws[k]
		return !taken[k] && !hasDigit(w) && !numberWords[w] && len(w) >= 3 && l.offGuideWord(ctx, w) && !l.m.lex.Person(w) && (l.m.lex.Noun(w) || !l.m.lex.Word(w)) // (not "six guys")
	}
	for i := 1; i < len(ws); i++ {
		asked := i >= 2 && questionAux[ws[i-2]] // "what certs do cybersecurity ppl need", "what do marketing folks earn": the group the question asks of
		if !groupWords[ws[i]] || taken[i] || !unknown(i-1) || !asked && i+1 < len(ws) && (l.m.lex.CommonVerb(ws[i+1]) || l.m.payVerbs[ws[i+1]]) {
			continue // (not "apps people use", "ppl say": people doing something, no field's)
		}
		start := i - 1
		if k := start - 1; k >= 0 && !taken[k] && !determiner[ws[k]] && l.offGuideWord(ctx, ws[k]) && (l.m.lex.Adjective(ws[k]) || l.m.lex.Noun(ws[k])) {
			start-- // "real estate crowd"
		}
		return strings.Join(ws[start:i+1], " ")
	}
	return ""
}

// modifiedField is a field named by a word no guide uses before the noun of
// its work, whose worker WordNet knows as an occupation ("graphic design":
// a designer's; "UX design portfolio", "civil engineering degree"), asked
// about with no career named; "" otherwise.
func (l *Library) modifiedField(q *question, taken []bool) string {
	ws := q.words
	if l.Searcher == nil || len(q.careers) > 0 || q.intentCount() == 0 {
		return ""
	}
	ctx := context.Background()
	for i := 0; i+1 < len(ws); i++ {
		mod, field := ws[i], ws[i+1]
		if !taken[i] && !taken[i+1] && l.practisedWork(ctx, mod, field) {
			return mod + " " + field // "is actuarial work a good career?", "actuarial work pay?"
		}
		if taken[i] || taken[i+1] || hasDigit(mod) || len(mod) < 2 || !l.offGuideWord(ctx, mod) || l.m.lex.Person(mod) || l.usesPhrase(mod, field) {
			continue
		}
		if !l.m.lex.Relational(mod) && (l.m.lex.Word(mod) || len(mod) > 4 || !isASCII(mod) || !containsWord(q.raw, strings.ToUpper(mod))) || !l.m.lex.Noun(field) || strings.HasSuffix(field, "s") || l.m.stop[field] ||
			q.cased != nil && i+1 < len(q.cased) && q.cased[i] && q.cased[i+1] {
			continue // (a kind of the field told by a relational adjective, "graphic", "civil", or capitals no dictionary has, "UX"; not "skip grad", "another route", nor a name, "Naval Station")
		}
		if l.jobAmong(field+"er", field+"r", field+"ist") != "" {
			return mod + " " + field // "graphic design": the designer's line of work
		}
	}
	return ""
}

// trainedField is a line of work named by the training it takes when no
// guide uses its words: "a tattoo apprenticeship", "criminal justice
// degree", "plumbing license"; "" otherwise. The one or two words before
// the training word must be nouns or adjectives English has and no guide
// uses, and not a person, an employer or a place.
func (l *Library) trainedField(q *question, taken []bool) string {
	ws := q.words
	if l.Searcher == nil {
		return ""
	}
	for i := 2; i < len(ws); i++ {
		switch ws[i-2] {
		case "pass", "passed", "passing", "passes", "took", "taking", "take", "takes", "sat", "sitting", "for":
			if ws[i-2] == "for" && !(i > 2 && (ws[i-3] == "studying" || ws[i-3] == "prepping" || ws[i-3] == "preparing" || ws[i-3] == "cramming")) {
				continue // ("studying for the bar")
			}
			if ws[i-1] == "the" && ws[i] == "bar" && !l.Searcher.Known(context.Background(), "bar") {
				return "work that takes the bar exam" // "just passed the bar!!": the bar exam, said short
			}
		}
	}
	for i := 1; i < len(ws); i++ {
		if !trainingFor[ws[i]] {
			continue
		}
		start, exam := i, strings.HasPrefix(ws[i], "exam") || certWords[ws[i]] // "the bar exam", "a forklift certification"
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			w := ws[k]
			if taken[k] || l.m.stop[w] || l.m.index[w] != nil || !hasLetter(w) || hasDigit(w) || len(w) < 4 && !(len(w) == 3 && exam) || !l.m.lex.Word(w) ||
				l.m.lex.Person(w) || l.m.employers[w] || placeWord(l.m, w) || l.m.lex.Foreign(w) || l.m.origin[w] ||
				!(l.m.lex.Noun(w) || l.m.lex.Adjective(w)) || l.m.lex.CommonVerb(w) ||
				l.Searcher.Known(context.Background(), w) || l.vocab.known(w) || l.isCareerWord(w) {
				break
			}
			if _, vendor := l.m.companies[w]; certWords[ws[i]] && (vendor || l.m.lex.Adjective(w) || l.m.lex.Verb(w) || q.certWord != nil && slices.Contains(q.certWord, true)) {
				break // (not "an azure cert", "equivalent certification", "skip certs", nor beside a guide's certificate)
			}
			start = k
		}
		if start == i || !(l.m.lex.Noun(ws[i-1]) && !l.m.lex.MostlyAdjective(ws[i-1]) || l.m.lex.Relational(ws[i-1]) && strings.HasPrefix(ws[i], "exam")) {
			continue // not "a double major", "her first degree" (but "actuarial exams")
		}
		if exam {
			return "work that takes the " + strings.Join(ws[start:i+1], " ")
		}
		return strings.Join(ws[start:i], " ")
	}
	return ""
}

// trainingFor words name the training a line of work takes.
var trainingFor = setOf("apprenticeship", "apprenticeships", "degree", "degrees", "license", "licence", "licensing", "licensure", "training", "program", "programs", "major", "trade", "exam", "exams",
	"cert", "certs", "certification", "certifications", "certificate", "certificates")

// certWords name a certificate: what one names by a field's words is that
// field's ("a forklift certification", "phlebotomy cert").
var certWords = setOf("cert", "certs", "certification", "certifications", "certificate", "certificates")

// asTyped joins ws[from:to], keeping acronyms as typed ("GIS analyst").
func asTyped(ws, raw []string, from, to int) string {
	out := make([]string, 0, to-from)
	for k := from; k < to; k++ {
		w := ws[k]
		if len(raw) == len(ws) && len(raw[k]) >= 2 && raw[k] == strings.ToUpper(raw[k]) && strings.ToLower(raw[k]) == w {
			w = raw[k]
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// doers are the words a job described by what its people do starts with:
// "someone who fixes teeth", "the people who fly planes".
var doers = setOf("someone", "somebody", "person", "people", "one", "ones", "those", "guy", "guys", "folks", "man", "woman", "men", "women")

// groupDoers are the people a job is told by when they work together or
// are no job's name: "the crews who put solar panels on roofs".
var groupDoers = setOf("crew", "crews", "team", "teams", "staff", "workers", "employees", "lady", "ladies", "dude", "dudes", "gal", "gals")

// unknownDoer is the job a question describes by what its people do, when
// the description names a thing no guide uses ("someone who fixes teeth");
// "" otherwise ("the people who map dreams" is a guide's). cuts marks the
// words that end a sentence or clause (nil: none known); a description
// ends with its clause.
func (l *Library) unknownDoer(q *question, taken []bool, cuts []bool) string {
	ws := q.words
	compared := hasAny(q, "vs", "versus", "than") || weighsTwo(ws)
doer:
	for i := 1; i+1 < len(ws); i++ {
		placed := false // "the people behind the counter at the bank — what do they earn"
		if ws[i] == "behind" || ws[i] == "at" || ws[i] == "in" || ws[i] == "on" {
			placed = i >= 2 && ws[i-2] == "the" && (doers[ws[i-1]] || groupDoers[ws[i-1]]) && !taken[i-1] &&
				!slices.Contains(ws[i:min(len(ws), i+7)], "who") && (i <= 2 || slices.ContainsFunc(ws[i:], func(w string) bool { return w == "they" || w == "their" || w == "them" }))
		}
		if ws[i] != "who" && !(ws[i] == "that" && (doers[ws[i-1]] || groupDoers[ws[i-1]])) && !placed {
			continue // ("the team that keeps our printers running")
		}
		if k := slices.IndexFunc(ws[i+1:min(len(ws), i+10)], func(w string) bool { return w == "told" || w == "tells" }); k >= 0 &&
			i+k+2 < len(ws) && (ws[i+k+2] == "me" || ws[i+k+2] == "us") {
			continue // "a customer who works for a launch company told me I should look into …": who advised, not a job asked about
		}
		from := i - 1
		anyPerson := false // any person but a job's name: "the ladies who work at my kid's daycare"
		if p := l.m.lex.Singular(ws[i-1]); placed || groupDoers[ws[i-1]] || relations[ws[i-1]] && i >= 2 && (ws[i-2] == "the" || ws[i-2] == "a") ||
			(ws[i-1] == "techs" || ws[i-1] == "tech") && i >= 2 && ws[i-2] == "the" {
			// "the crews who put solar panels on roofs", "the kid who makes my
			// latte" (a stranger's work, not "my kid who"), "the techs who
			// keep the robots running on a car assembly line"
			anyPerson = true
		} else if !doers[ws[i-1]] && !(l.m.lex.Person(p) && !l.m.lex.Occupation(p) && !l.m.roles[p] && !l.m.lex.JobSense(p) && !relations[ws[i-1]] && !l.isCareerWord(ws[i-1])) {
			// "the people on the news who predict the weather", "the guy at
			// my gym who writes workout plans", "the people with tripods on
			// road sites who survey land"
			from = -1
			for k := i - 2; k >= 1 && k >= i-6; k-- {
				if (ws[k] == "on" || ws[k] == "in" || ws[k] == "at" || ws[k] == "behind" || ws[k] == "with") && doers[ws[k-1]] {
					from = k - 1
					break
				}
				if !(determiner[ws[k]] || possessive[ws[k]] || l.m.lex.Noun(ws[k]) && !l.m.lex.CommonVerb(ws[k]) || hasDigit(ws[k]) || ws[k] == "on" || ws[k] == "in" || ws[k] == "at") || l.isCareerWord(ws[k]) {
					break
				}
			}
			if from < 0 {
				continue
			}
		} else if !doers[ws[i-1]] {
			anyPerson = true
		}
		sentence := endOfSentence(cuts, i, len(ws)) // ("… who put models into production? two numbers pls")
		if from >= 2 && !placed && servedBy(l.m, ws, from) {
			continue // "seasoning for people who can't taste much": the people the work is for, not a job
		}
		objectClause := i+3 < len(ws) && ws[i+2] == "what" && subjectPronoun[ws[i+3]] // "people who map what we dream": what they map
		end := min(sentence, i+6)
		if objectClause {
			end = min(sentence, i+8)
		}
		for k := i + 2; k < end; k++ {
			if clauseEnd[ws[k]] && !(objectClause && k == i+2) || ws[k] == "vs" || ws[k] == "versus" || newClause(ws, k) {
				end = k // the description, not the question after it
			}
		}
		for end > i+2 && (ws[end-1] == "and" || ws[end-1] == "or" || ws[end-1] == "but" || earnVerb[ws[end-1]] || ws[end-1] == "earns" || determiner[ws[end-1]] || possessive[ws[end-1]] || ws[end-1] == "our" || serves[ws[end-1]] || placePrep[ws[end-1]] ||
			taken[end-1] && placeWord(l.m, ws[end-1])) { // ("who survey land in nevada": where, asked apart)
			end-- // "the team that keeps our office printers" (and wifi running)
		}
		described := strings.Join(ws[from:end], " ")
		var clause, onlyOnes []string
		unknown, served := false, false
		shared, content := false, 0 // the description's words the guide uses; its nouns and verbs
		if l.deniesGuideWork(ws, i) {
			// "those who analyze data for business insights (not build ML
			// systems)", "… but don't ship models": the guide's work, said
			// not to be theirs
			return described
		}
		if i+3 < len(ws) && (ws[i+2] == "this" || ws[i+2] == "it") &&
			(ws[i+3] == "should" || ws[i+3] == "will" || ws[i+3] == "must" || ws[i+3] == "can" || ws[i+3] == "would" || ws[i+3] == "gets" || ws[i+3] == "has") {
			continue // "whoever owns this should look at …": someone in the story, not a job
		}
		for k := i + 1; k < sentence; k++ {
			w := ws[k]
			if clauseEnd[w] && k > i+1 && !(objectClause && k == i+2) || w == "or" && slices.Contains(ws[k:], "who") || w == "vs" || w == "versus" || newClause(ws, k) {
				// (and "… or the folks who map dreams": another doer, compared)
				// "…, how many years until …": the question after the
				// description ("someone who does taxes": its own verb)
				break
			}
			if taken[k] && l.isCareerWord(w) {
				if compared {
					continue doer // ("people who deploy ML models vs people who write code": the other side)
				}
				return "" // "the only one at the company who does ML stuff": a guide's career, described
			}
			served = served || taken[k] && ws[k-1] == "for" && !l.isCareerWord(w) // "who cook for astronauts": the people the work serves
			_, employer := l.m.companies[ws[k-1]]
			if taken[k] && !(employer && k > i+2 && l.m.lex.Noun(w)) || // (but "who deliver amazon packages": the thing, read with its maker's name)
				l.m.stop[w] || l.m.index[w] != nil || !hasLetter(w) || q.idiom[w] || placed && l.m.employers[w] ||
				ws[k-1] == "in" && placeWord(l.m, w) || // ("who deploy models in europe": where, not what)
				k > i+1 && l.m.payVerbs[w] || // ("who answer 911 calls make": what they earn, asked)
				w == "living" && ws[k-1] == "a" && ws[k-2] == "for" { // "people who train models for a living"
				if !taken[k] && hasLetter(w) && !l.m.payVerbs[w] && len(l.Guides) > 1 && l.terms != nil && l.terms.onlyOne(w) {
					onlyOnes = append(onlyOnes, w) // a word one guide alone uses that reading leaves out: "people who chart dreams"
				}
				continue
			}
			clause = append(clause, w)
			if l.m.lex.Noun(w) || l.m.lex.Verb(w) || l.m.lex.VerbForm(w) {
				content++
			}
			if len(l.Guides) == 1 && !shared { // (read only with one guide, below)
				shared = l.vocab.known(w) || l.usesNoun(w) || l.Searcher != nil && l.Searcher.Known(context.Background(), w)
			}
			if l.isCareerWord(w) && len(l.Guides) == 1 {
				return "" // "the people who build ML systems": the guide's own career, described
			}
			if l.m.lex.Noun(w) && (!l.m.lex.CommonVerb(w) || k > i+1 && strings.HasSuffix(w, "s") && l.m.lex.Verb(ws[k-1]) && !l.m.lex.Noun(ws[k-1])) && // ("tell planes": a verb's object)
				l.Searcher != nil && !l.vocab.known(w) && !l.usesNoun(w) && !(anyPerson && k == i+1) &&
				!(k == i+1 && (l.m.lex.Verb(w) || l.m.lex.VerbForm(w)) && l.Searcher.Known(context.Background(), w)) { // ("who train(s) models": the guide's verb, as "training")
				unknown = true // (after any person, a thing besides the verb: not "a supervisor who yells")
			}
			if k > i+1 && len(w) >= 5 && !l.m.lex.Word(w) && !l.m.lex.Word(l.m.lex.Singular(w)) && !l.m.lex.VerbForm(w) && l.Searcher != nil && !l.Searcher.Known(context.Background(), w) &&
				!l.vocab.known(w) && !l.isCareerWord(w) && !l.careerPrefix(w) && allLetters(w) {
				unknown = true // "people who build iPhone apps": a name neither a dictionary nor a guide has
			}
			if len(clause) == 1 && l.Searcher != nil && (!l.guideClause(ws[min(k+1, end):end]) || !l.Searcher.Known(context.Background(), w) && !l.vocab.known(w)) {
				// (a verb the guides never use, whatever its object: "teach
				// high school math")
				// "the people who teach high school": a verb whose doer is an
				// occupation no guide speaks of (teacher)
				base := strings.TrimSuffix(w, "s")
				for _, a := range []string{base + "er", base + "r", base + "or"} {
					if l.m.lex.Occupation(a) && !l.m.roles[a] && !l.isCareerWord(a) && !l.usesNoun(a) {
						unknown = true
					}
				}
			}
		}
		if len(l.Guides) > 1 && l.terms != nil {
			// Among several guides, the description must name one by two
			// words only it uses ("go inside other people's dreams and draw
			// maps"); "people who study sleep in a lab" names none.
			// A word one section mentions in passing ("work a busy
			// restaurant line" on the way in) does not name the guide.
			var used []string
			for _, w := range append(clause, onlyOnes...) {
				if !l.m.lex.Word(w) && l.Searcher.Known(context.Background(), w) {
					// "people who work with kubeflow": a name no dictionary
					// has, from a guide, describes that guide's career
					return ""
				}
				if l.isCareerWord(w) || l.Searcher.DocFreq(context.Background(), w) >= 2 {
					used = append(used, w)
				}
			}
			if served && !unknown && len(clause) > 0 && len(l.headNames[clause[0]]) == 1 && (len(clause) == 1 || len(clause) == 2 && l.m.payVerbs[clause[1]]) {
				// "the people who cook for astronauts": a guide's own work,
				// the head of its name ("zero-g cook"), done for the people
				// it serves
				for _, g := range l.headNames[clause[0]] {
					if !slices.Contains(q.careers, g) {
						q.careers = append(q.careers, g)
					}
				}
				return ""
			}
			if g := l.objectGuide(ws, i, clause, unknown); g != nil {
				if !slices.Contains(q.careers, g) {
					q.careers = append(q.careers, g)
				}
				return ""
			}
			if unknown {
				// "the folks who cook on cruise ships": a thing no guide
				// names beside the guide's own verb; the verb alone does
				// not make it the guide's work
				var things []string
				for _, w := range used {
					if !(w == ws[i+1] && l.isCareerWord(w)) {
						things = append(things, w)
					}
				}
				used = things
			}
			used = append(used, l.shortNamesIn(clause)...) // "people who build AI models": "AI", spelled out, as a guide's name says it
			if gi := l.terms.named(used); gi >= 0 && (l.describesOwnWork(l.Guides[gi], used) || !compared) || anyPerson && !unknown {
				// (set against another career, the description must tell
				// the guide's own work, not merely use its words: "people
				// who write code for a living vs those who tend
				// superposition greenhouses"; and the other side may be the
				// job with no guide: "people who use a lucidity theodolite
				// vs people who write code")
				if compared && gi >= 0 {
					continue
				}
				return ""
			}
			return described
		}
		if len(l.Guides) == 1 && unknown && l.objectGuide(ws, i, clause, unknown) != nil {
			return "" // "the people who train the models behind chatbots": the guide's own work, on a thing only it names
		}
		if unknown || len(l.Guides) == 1 && content >= 2 && !shared && !anyPerson && !(from > 0 && ws[from-1] == "as") && l.Searcher != nil ||
			len(l.Guides) == 1 && content >= 1 && !anyPerson && compared && !l.describesOwnWork(l.Guides[0], clause) {
			// (set against the career, a description in words the guide
			// merely uses: "someone who analyzes data for insights vs
			// someone who builds production ML systems")
			// "someone who fixes teeth": teeth are in no guide; "the
			// people who answer 911 calls": no word of the work is the
			// guide's (not the asker's own: "asking as someone who …")
			return described
		}
		return ""
	}
	return ""
}

// objectGuide is the guide whose work a description after the doer at
// ws[i] ("who") tells by its verb and that verb's object, the object a
// word the guide alone uses in two sections or more and the head of its
// phrase ("the folks who train models for a living"; not "own the product
// roadmap", whose head no guide has), whatever follows it when that is the
// guide's words or a name no dictionary has ("the people who train the
// models behind chatbots"; not "cook meals on cruise ships", "study sleep
// in a lab"). With something no guide names in the description, the
// object must come right after the verb. nil otherwise; two careers
// described side by side are read by describedBeside.
func (l *Library) objectGuide(ws []string, i int, clause []string, unknown bool) *bot.Guide {
	if len(clause) < 2 || l.Searcher == nil || clause[0] != ws[i+1] || !l.m.lex.Verb(clause[0]) || !l.m.lex.Noun(clause[1]) || slices.Contains(ws[i+1:], "who") {
		return nil
	}
	if !(!unknown && len(clause) == 2 || len(clause) > 2 && ws[i+2] == clause[1] || i+3 < len(ws) && determiner[ws[i+2]] && ws[i+3] == clause[1]) {
		return nil
	}
	ctx := context.Background()
	o := i + 1 + slices.Index(ws[i+1:], clause[1])
	if !(o+1 == len(ws) || l.m.stop[ws[o+1]] || clauseEnd[ws[o+1]] || placePreposition[ws[o+1]]) {
		return nil
	}
	for _, w := range clause[2:] {
		if !(l.usesNoun(w) && l.Searcher.DocFreq(ctx, w) >= 2 || l.vocab.known(w) || !l.m.lex.Word(w) && !l.m.lex.Word(l.m.lex.Singular(w))) {
			return nil
		}
	}
	if l.Searcher.DocFreq(ctx, clause[1]) < 2 {
		return nil
	}
	if len(l.Guides) == 1 {
		if l.Searcher.Known(ctx, clause[0]) {
			return l.Guides[0]
		}
		return nil
	}
	if l.terms == nil {
		return nil
	}
	if g := l.terms.sole(clause[1]); g >= 0 && l.terms.usedBy(clause[0], g) {
		return l.Guides[g]
	}
	return nil
}

// deniesGuideWork reports whether the words after the doer at ws[i] ("who")
// deny them a guide's work: a negation, then within three words a guide's
// career word or a word a guide keeps coming back to ("not build ML
// systems", "don't ship models", "not the engineers").
func (l *Library) deniesGuideWork(ws []string, i int) bool {
	if l.Searcher == nil {
		return false
	}
	for k := i + 1; k < len(ws) && k <= i+14; k++ {
		switch ws[k] {
		case "not", "don", "dont", "never", "doesn", "didn", "isn", "aren":
		default:
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+3; j++ {
			if l.isCareerWord(ws[j]) || !l.m.stop[ws[j]] && l.m.index[ws[j]] == nil && l.Searcher.DocFreq(context.Background(), ws[j]) >= coreDocFreq {
				return true
			}
		}
	}
	return false
}

// employerNoun reports whether the word at k goes on an employer's name
// just read ("the Mayo Clinic sleep center", "a sleep clinic chain"): a
// noun no intent, place, career or occupation claims.
func (l *Library) employerNoun(q *question, taken []bool, k int) bool {
	m, w := l.m, q.words[k]
	return !taken[k] && !m.stop[w] && m.index[w] == nil && hasLetter(w) && m.lex.Noun(w) && !m.lex.MostlyAdjective(w) && !strings.HasSuffix(w, "ing") && !m.lex.Person(w) &&
		!placeWord(m, w) && !m.lex.Time(w) && !l.isCareerWord(w) && !m.lex.Occupation(w) && !m.employers[w]
}

// workNouns counts the nouns of a description of work in ws[from:to] (up to
// a clause's end) that no guide uses (unknown) and that some guide does
// (known).
func (l *Library) workNouns(ws []string, taken []bool, from, to int) (unknown, known int) {
	for k := from; k < to && !clauseEnd[ws[k]]; k++ {
		w := ws[k]
		if taken[k] || l.m.stop[w] || !hasLetter(w) || l.m.index[w] != nil || placeWord(l.m, w) || l.m.lex.Time(w) ||
			!l.m.lex.Noun(w) && l.m.lex.Word(w) || l.m.lex.CommonVerb(w) || l.m.employers[w] {
			continue
		}
		if l.vocab.known(w) || l.usesNoun(w) || l.isCareerWord(w) {
			if gerund(l.m.lex, w) && !l.isCareerWord(w) {
				continue // "works in the clean room making chips": a guide's word for what is done
			}
			if !l.vocab.known(w) && !l.isCareerWord(w) && l.Searcher.DocFreq(context.Background(), w) < 2 {
				continue // "sleep studies in a lab": a word one section uses in passing is no guide's work
			}
			known++
		} else {
			unknown++
		}
	}
	return unknown, known
}

// foreignWork is the nouns of a question (at most three) that no guide
// uses, when there are two or more of them and at least twice as many as
// the words the guides do use: work told by things no guide speaks of
// ("holding dogs still at an animal clinic"). nil otherwise, and for a
// question a longer message holds (its story may name anything).
func (l *Library) foreignWork(q *question) []string {
	if l.Searcher == nil || q.full != nil || len(q.words) > 24 {
		return nil
	}
	ctx := context.Background()
	ws := q.words
	last := -1 // the last word asking for a figure: the work is told before it ("… holding dogs still for their shots. pay in vermont?")
	for k, w := range ws {
		if l.m.index[w] != nil || l.m.payVerbs[w] {
			last = k
		}
	}
	opener := imperativeOpener(l.m, ws)
	var unknown []string
	known := 0
	for k, w := range ws[:max(last, 0)] {
		if k < opener {
			continue
		}
		if q.taken[k] && !placeWord(l.m, w) && (l.isCareerWord(w) || l.Searcher.Known(ctx, w)) {
			known++ // "the orbit kitchen gig"
			continue
		}
		if q.taken[k] || l.m.stop[w] || l.m.stop[l.m.lex.Singular(w)] || !hasLetter(w) || hasDigit(w) || l.m.index[w] != nil || placeWord(l.m, w) || l.m.lex.Time(w) || relations[w] ||
			l.m.employers[w] || l.m.payVerbs[w] || len(w) < 3 || moneyWords[w] {
			continue
		}
		if l.vocab.known(w) || l.isCareerWord(w) || l.Searcher.Known(ctx, w) || l.inSalaryNotes(w) {
			known++ // (any word of the guides': "train", "kitchen", "supplement")
			continue
		}
		if !l.m.lex.Noun(w) || l.m.lex.CommonVerb(w) || l.m.lex.Person(w) || l.m.lex.General(w) || l.m.lex.General(l.m.lex.Singular(w)) ||
			strings.HasSuffix(w, "ing") && gerund(l.m.lex, w) {
			continue // (what is done, "telling", "helping", is read by its things)
		}
		if !slices.Contains(unknown, w) {
			unknown = append(unknown, w)
		}
	}
	if len(unknown) < 2 || len(unknown) < 2*known {
		return nil
	}
	return unknown[:min(3, len(unknown))]
}

// imperativeOpener is how many words open a message as a verb bidding the
// bot, before "me", "us" or a question word ("double check which state
// pays the most", "remind me what …"): no topic of the question; 0 when
// none does.
func imperativeOpener(m *model, ws []string) int {
	n := 0
	for n < len(ws) && n < 2 && m.lex.Verb(ws[n]) && !m.stop[ws[n]] {
		n++
	}
	if n == 0 || n == len(ws) || !startsQuestion(ws[n]) && ws[n] != "me" && ws[n] != "us" {
		return 0
	}
	return n
}

// moneyWords name money, not a thing work is done with.
var moneyWords = setOf("dollars", "dollar", "bucks", "usd", "cents", "euros", "pounds", "rupees", "money", "cash", "k")

// inSalaryNotes reports whether a guide's salary note uses w ("the
// nightmare hazard supplement"). The notes' words are gathered once per
// library, on first use.
func (l *Library) inSalaryNotes(w string) bool {
	l.noteOnce.Do(func() {
		l.noteWords = map[string]bool{}
		for _, g := range l.Guides {
			for _, x := range words(g.Salary.Note) {
				l.noteWords[x] = true
			}
		}
	})
	return l.noteWords[w]
}

// openingWork is the work a message opens with, told by what is done and
// asked about at once ("arranging wedding bouquets at a flower shop,
// salary?", "filling prescriptions behind the pharmacy counter, median?"),
// when its nouns are ones no guide uses; "" otherwise.
func (l *Library) openingWork(q *question, taken []bool) string {
	ws := q.words
	if len(ws) < 3 || taken[0] || !gerund(l.m.lex, ws[0]) || !figures(q) {
		return ""
	}
	v := strings.TrimSuffix(ws[0], "ing")
	switch {
	case l.m.lex.Verb(v):
	case l.m.lex.Verb(v + "e"):
		v += "e"
	case len(v) > 2 && v[len(v)-1] == v[len(v)-2]:
		v = v[:len(v)-1] // "running"
	}
	if l.m.goal[v] || l.m.switchW[v] || notWork[v] || l.m.stop[v] || l.m.index[v] != nil || l.m.index[ws[0]] != nil || v == "be" || v == "become" || v == "get" || v == "work" {
		return "" // "becoming a …", "getting into …", "switching …": a way in, not work told
	}
	// The description is the opening up to its first comma, dash or
	// question mark, the question after it.
	cut := strings.IndexAny(q.raw, ",?;:!—–")
	if d := strings.Index(q.raw, ". "); d >= 0 && (cut < 0 || d < cut) {
		cut = d // "mapping other people's dreams sounds wild. what's the pay range?": the sentence ends the opening
	}
	if cut < 0 {
		return ""
	}
	_, low := rawAndLowWords(q.raw[:cut])
	end := len(low)
	if end < 2 || end > 10 || end > len(ws) || ws[end-1] != low[end-1] {
		return "" // (a word read as two or corrected: the opening not told apart)
	}
	for k := 1; k < end; k++ {
		if l.m.payVerbs[ws[k]] || strings.HasSuffix(ws[k], "k") && isDigits(strings.TrimSuffix(ws[k], "k")) || len(ws[k]) >= 4 && isDigits(ws[k]) || l.m.index[ws[k]] != nil ||
			linkingVerb[ws[k]] && k+1 < len(ws) && l.m.lex.Adjective(ws[k+1]) { // ("mapping other people's dreams sounds wild")
			end = k // "cooking in zero g pays about 87.5k median?": the work is told before what is said of it
			break
		}
	}
	if end < 2 {
		return ""
	}
	if slices.ContainsFunc(ws[1:end], func(w string) bool { return relations[w] || possessive[w] }) {
		return "" // "asking for my son: …": the asker's errand, not work told
	}
	if len(ws)-end > 6 {
		return "" // a question of its own after the opening ("asking for my son: what's the median salary, how long …")
	}
	unknown, known := l.workNouns(ws, taken, 1, end)
	for k := 1; k < end; k++ {
		if w := ws[k]; taken[k] && l.m.lex.Noun(w) && !l.isCareerWord(w) && !l.vocab.known(w) && !l.usesNoun(w) {
			unknown++ // "on overnight hospital wards": a workplace read as an employer is no guide's either
		}
	}
	if unknown < 1 || known > 0 && unknown < 2*known {
		return "" // ("training models at scale, salary?": the guide's own work)
	}
	return "people who " + v + " " + strings.Join(ws[1:end], " ")
}

// ownWork is the work a message says the asker or someone in their life
// does ("I fix cars at a dealership", "my dad pours concrete for a
// living") when the question asks about that work ("what certs would help
// me earn more?", "the outlook for that kind of work") and the description
// has a noun no guide uses; "" otherwise.
func (l *Library) ownWork(q *question, taken []bool) string {
	if l.Searcher == nil {
		return ""
	}
	// Whether the question asks about the work told, read last (most
	// messages tell no work): pay asked after work done "for a living" is
	// that work's ("I mow lawns … for a living … whats the pay like").
	asked := func() bool { return asksOwnWork(q.raw) || figures(q) && strings.Contains(q.raw, "for a living") }
	ws := q.words
	for s := 0; s+2 < len(ws); s++ {
		subject, third := ws[s] == "i", ws[s] == "he" || ws[s] == "she"
		if s > 0 && possessive[ws[s-1]] && relations[ws[s]] {
			third = true // "my dad pours concrete"
		}
		if !subject && !third || taken[s] {
			continue
		}
		vi := s + 1 // the verb's position
		if subject && (ws[s+1] == "m" || ws[s+1] == "am" || ws[s+1] == "spend" || ws[s+1] == "spent" || (ws[s+1] == "ve" || ws[s+1] == "have") && ws[s+2] == "been") {
			// "i'm in the shop 6am to 7pm doing fades and beard trims", "i
			// spend my whole day unclogging drains": the work is the verb in
			// -ing after "I'm" or "I spend"
			for j := s + 2; j < len(ws)-1 && j <= s+8 && !clauseEnd[ws[j]]; j++ {
				object := func(k int) bool { return k < len(ws) && !l.m.stop[ws[k]] && l.m.lex.Noun(ws[k]) }
				if b, ok := strings.CutSuffix(ws[j], "ing"); ok && len(b) > 1 && (l.m.lex.Verb(b) || l.m.lex.Verb(b+"e")) &&
					(object(j+1) || (determiner[ws[j+1]] || l.m.lex.Adjective(ws[j+1]) || l.m.lex.VerbForm(ws[j+1]) && !l.m.stop[ws[j+1]]) && object(j+2)) { // with its object: not "trying to convince"; "clearing clogged drains"
					vi = j
					break
				}
			}
			if vi == s+1 && (ws[s+1] == "m" || ws[s+1] == "am" || ws[s+1] == "ve" || ws[s+1] == "have") {
				continue // ("I spend my days …" is read as it stands)
			}
		}
		wish := false // "I want to fix cars. How do I get into that?": work wished for
		if subject && vi == s+1 {
			j := s + 1
			if ws[j] == "d" || ws[j] == "would" {
				j++ // "i'd like to"
			}
			if j+2 < len(ws) && (ws[j] == "want" || ws[j] == "wanna" || ws[j] == "like" && j > s+1 || ws[j] == "hope" || ws[j] == "plan") {
				k := j + 1
				if ws[k] == "to" {
					k++
				}
				if k+1 < len(ws) && l.m.lex.Verb(ws[k]) && !notWork[ws[k]] && !l.m.goal[ws[k]] && ws[k] != "be" && ws[k] != "become" && ws[k] != "go" && ws[k] != "work" &&
					l.m.index[ws[k]] == nil && !l.m.stop[ws[k]] &&
					(l.m.lex.Noun(ws[k+1]) && !l.m.stop[ws[k+1]] || determiner[ws[k+1]] && k+2 < len(ws) && l.m.lex.Noun(ws[k+2])) { // its object ("fix cars"; not "prove I know …")
					vi, wish = k, true
				}
			}
		}
		v := ws[vi]
		if wish {
			// the verb as wished, in its base form
		} else if vi > s+1 {
			v = strings.TrimSuffix(v, "ing")
			if !l.m.lex.Verb(v) {
				v += "e" // "making"
			}
		} else if third {
			if b, ok := strings.CutSuffix(v, "ies"); ok && l.m.lex.Verb(b+"y") {
				v = b + "y" // "my buddy flies 737s"
			} else if b, ok := strings.CutSuffix(v, "es"); ok && l.m.lex.Verb(b) {
				v = b
			} else if b, ok := strings.CutSuffix(v, "s"); ok {
				v = b
			} else {
				continue
			}
		}
		doesWork := false // "my sister does people's taxes", "I do hair": "do" with the work's noun
		if v == "do" {
			for k := vi + 1; k < len(ws) && k <= vi+2; k++ {
				if !l.m.stop[ws[k]] {
					doesWork = l.m.lex.Noun(ws[k]) && (!l.m.lex.Verb(ws[k]) || ws[k-1] == "the") // ("does the books")
					break
				}
			}
		}
		objectNext := l.m.lex.Noun(ws[vi+1]) && !l.m.stop[ws[vi+1]]                                                   // "deals blackjack", "handles freight": a verb of work with its object
		worksIn := v == "work" && vi+2 < len(ws) && (ws[vi+1] == "in" || ws[vi+1] == "on") && determiner[ws[vi+2]] && // "works in the clean room making chips"
			!slices.ContainsFunc(ws, func(w string) bool { return w == "into" || l.m.switchW[w] || l.m.goal[w] }) // (not "… How do I get into growing entangled crops?")
		looksAfter := (v == "look" || v == "care") && (ws[vi+1] == "after" || ws[vi+1] == "for") // "my aunt looks after patients on the night shift"
		// (nor "I can't stop thinking about it": a modal, no work)
		if !doesWork && !worksIn && !looksAfter && (!l.m.lex.Verb(v) || l.m.stop[v] && !objectNext || l.m.goal[v] || notWork[v] || l.m.index[v] != nil || modalVerb[v]) {
			continue
		}
		unknown, known := l.workNouns(ws, taken, vi+1, min(len(ws), vi+10))
		if unknown < 1 || known > 0 && unknown < 2*known {
			continue // not "I build models at a startup": the guide's own work
		}
		if !asked() && !(wish && len(q.careers) == 0 && (q.has("path") || pointsBack(ws[vi+1:]) || figures(q))) {
			return "" // (a wish asked about as its path, its pay or "that")
		}
		end := min(len(ws), vi+7)
		for j := vi + 1; j < end; j++ {
			switch ws[j] {
			case "at", "in", "for", "on", "from", "with":
				if j > vi+1 {
					end = j // "the register and stock shelves" (at target)
				}
			}
			if clauseEnd[ws[j]] {
				end = j
			}
		}
		for j := vi + 2; wish && j < end; j++ {
			if determiner[ws[j]] && l.m.lex.Noun(ws[j-1]) && !l.m.stop[ws[j-1]] {
				end = j // "build websites, the front-end stuff": the object, not what follows it
			}
		}
		for j := vi + 2; j+1 < end; j++ {
			if ws[j] == "and" && l.m.lex.VerbForm(ws[j+1]) && (!l.m.lex.Noun(ws[j+1]) || j+2 < len(ws) && ws[j+2] == "to") {
				end = j // "teach 3rd grade" (and wants to move up)
			}
		}
		for end > vi+2 && (ws[end-1] == "and" || ws[end-1] == "or" || l.m.stop[ws[end-1]] && !l.m.lex.Noun(ws[end-1])) {
			end--
		}
		if doesWork {
			v = "do" // "does people's taxes"
		}
		desc := slices.Clone(ws[vi+1 : end])
		for k, w := range desc {
			switch w {
			case "my", "his", "her":
				desc[k] = "their" // "people who spend their whole day unclogging drains"
			case "me", "him":
				desc[k] = "them"
			}
		}
		return "people who " + v + " " + strings.Join(desc, " ") // nouns no guide uses: not a guide's work
	}
	return ""
}

// ownJobAskedRE matches a question about the asker's own job by that name.
var ownJobAskedRE = mustGuard(`(?i)\b(?:my (?:job|work|field|line of work|trade|kind of work|kind of job)|(?:this|that) kind of (?:job|work)|what i do)\b`)

// ownJobUnnamed reports whether a message asks about the asker's own job
// ("the outlook for my job", "what i do") without naming it or any career,
// and tells of it by nouns no guide uses (two at least, none a guide's).
func (l *Library) ownJobUnnamed(q *question, taken []bool) bool {
	if l.Searcher == nil || len(q.careers) > 0 || !ownJobAskedRE.MatchString(q.raw) {
		return false
	}
	unknown := 0
	for k, w := range q.words {
		if l.m.switchW[w] || l.m.goal[w] || w == "become" {
			return false // "how do I move from my job into ML"
		}
		if taken[k] || l.m.stop[w] || !hasLetter(w) || l.m.index[w] != nil || placeWord(l.m, w) || l.m.lex.Time(w) ||
			!l.m.lex.Noun(w) || l.m.lex.CommonVerb(w) || relations[w] || w == "job" || w == "work" || w == "field" || w == "day" {
			continue
		}
		if l.vocab.known(w) || l.usesNoun(w) || l.isCareerWord(w) || l.Searcher.Known(context.Background(), w) {
			return false
		}
		unknown++
	}
	return unknown >= 2
}

// credentialHeldRE matches a credential someone has, is getting or just
// passed, named by its capital letters: "passed the NCLEX", "got my CDL",
// "ASE certified".
var credentialHeldRE = mustGuard(`\b(?i:passed|pass|passing|got|gotten|get|getting|earned|earning|have|has|hold|holds|holding|finished|took|taking|cleared|studying for|prepping for|preparing for|with)\s+(?i:(?:my|the|her|his|their|our|a|an)\s+)?(?i:class\s+[abc]\s+)?([A-Z][A-Z0-9]{1,6})\b|\b([A-Z]{3,6})[- ](?i:certified|certification|certificate|cert|certs|license|licence|exam|exams)\b`)

// becomeInitialsRE matches letters in capitals after "become" or
// "becoming", with "a" or "an" before them or not.
var becomeInitialsRE = mustGuard(`\b(?i:become|becoming)\s+(an?\s+)?([A-Z]{2,5})\b`)

// becomeInitials is the job a message asks how to become when it is named
// by letters in capitals that no guide, dictionary or table knows ("the
// path to becoming an RT"), or by a state's code after "a" or "an" ("how
// to become a PA": no one becomes a state); "" otherwise.
func (l *Library) becomeInitials(q *question, taken []bool) string {
	if l.Searcher == nil || !twoCapitals(q.raw) {
		return ""
	}
	for _, m := range becomeInitialsRE.FindAllStringSubmatch(q.raw, 2) {
		c, w := m[2], strings.ToLower(m[2])
		k := slices.Index(q.words, w)
		if k < 0 || !l.unknownInitials(w) && !(m[1] != "" && stateCode(c)) {
			continue
		}
		if taken[k] && !stateCode(c) {
			continue
		}
		taken[k] = true
		return c
	}
	return ""
}

// heldCredential is a credential a message says someone holds or is
// getting ("just passed my NCLEX", "got my CDL") when no guide and no
// dictionary knows its letters and the question asks about pay, outlook
// or the path from it with no career named; "" otherwise. The work it
// leads to is no guide's: a guide's credentials are words its guide uses.
func (l *Library) heldCredential(q *question, taken []bool) string {
	if l.Searcher != nil && strings.IndexByte(q.raw, '+') > 0 && !l.namesAnyCareer(q.words) { // (not "cheapest ML cert? comparing with the Security+ I got")
		// "cheaper cert: CompTIA Security+ or CySA+?", "is A+ enough to get
		// hired?": a certificate named the way one vendor names its own
		// (a word and a plus), which no guide lists
		for _, m := range plusCredentialRE.FindAllStringSubmatchIndex(q.raw, 2) {
			name := q.raw[m[4]:m[5]]
			if strings.EqualFold(name, "c") || l.Searcher.Known(context.Background(), strings.ToLower(name)) {
				continue // ("C++": a language)
			}
			start := m[4]
			if m[2] >= 0 && l.unknownInitials(strings.ToLower(q.raw[m[2]:m[3]])) {
				start = m[2] // "CompTIA Security+": the vendor's name with it
			}
			if before := words(q.raw[:start]); heldRE.MatchString(q.raw[m[5]:]) || len(before) > 0 && before[len(before)-1] == "my" {
				continue // "the A+ cert I got for help desk", "my Security+": the asker's own, told (not "in the army")
			}
			for k, w := range q.words {
				if w == strings.ToLower(name) {
					taken[k] = true
				}
			}
			return q.raw[start:m[5]] + "+"
		}
	}
	if m := ampCredentialRE.FindStringSubmatch(q.raw); m != nil && !l.namesAnyCareer(q.words) {
		// "how do I get my A&P license?", "P&C license exam": a licence
		// named by letters joined with "&", which no guide's credentials are
		return m[1]
	}
	if l.Searcher != nil && twoCapitals(q.raw) {
		// "is the PMP worth it for project managers?", "sleep technologist
		// here, is the RPSGT worth getting": initials typed in capitals,
		// weighed as worth having
		for k, w := range q.words {
			if len(w) >= 3 && len(w) <= 6 && !taken[k] && allLetters(w) && k+1 < len(q.words) && q.words[k+1] == "worth" && typedInCapitals(q.raw, w) && l.unknownInitials(w) {
				taken[k] = true
				return strings.ToUpper(w)
			}
		}
	}
	if l.Searcher == nil || !twoCapitals(q.raw) || !(figures(q) || q.has("outlook") || q.has("path") || q.has("certs") || q.has(bot.KindSkills) || durationQuestion(q) || asksOwnWork(q.raw)) {
		return "" // (every credential the pattern finds has two capitals in a row)
	}
	for _, m := range credentialHeldRE.FindAllStringSubmatch(q.raw, 3) {
		c := m[1]
		if c == "" {
			c = m[2] // "ASE certified", "ASE certification cost?"
		}
		w := strings.ToLower(c)
		k := slices.Index(q.words, w)
		if k < 0 || taken[k] || !l.unknownInitials(w) {
			continue
		}
		taken[k] = true
		return c
	}
	if !q.has("cost") && !durationQuestion(q) {
		return ""
	}
	// "how much does a CDL cost", "CDL A or CDL B": initials typed in
	// capitals that no guide, dictionary or table knows, priced or timed
	// right after "how much is/does" or before a word of cost or testing.
	ws := q.words
	for k, w := range ws {
		if len(w) < 3 || len(w) > 6 || taken[k] || !allLetters(w) || !typedInCapitals(q.raw, w) {
			continue
		}
		after := k+1 < len(ws) && (ws[k+1] == "cost" || ws[k+1] == "costs" || ws[k+1] == "price" || ws[k+1] == "exam" || ws[k+1] == "test" || ws[k+1] == "training")
		before := k >= 3 && ws[k-3] == "much" && (ws[k-2] == "is" || ws[k-2] == "does") && determiner[ws[k-1]] ||
			k >= 2 && ws[k-2] == "much" && (ws[k-1] == "is" || ws[k-1] == "does")
		if !after && !before || !l.unknownInitials(w) {
			continue
		}
		taken[k] = true
		return strings.ToUpper(w)
	}
	return ""
}

// ampCredentialRE is a licence or certificate named by capitals joined
// with "&" ("A&P license", "P&C licence exam").
var ampCredentialRE = regexp.MustCompile(`\b([A-Z]{1,3}&[A-Z]{1,3})\s+(?:licen[sc]es?|licensing|cert\w*|exams?)\b`)

// heldRE says, right after a certificate's name, that the asker holds it
// ("… cert I got", "… I have").
var heldRE = regexp.MustCompile(`(?i)^\+?\s*(?:cert\w*\s+)?(?:that\s+)?i(?:'ve| have)?\s*(?:got|have|hold|earned|passed|already have)\b`)

// plusCredentialRE is a certificate named by a word and a plus ("A+",
// "Security+", "CompTIA Network+"), the vendor's name before it if typed.
var plusCredentialRE = regexp.MustCompile(`(?:\b([A-Z][A-Za-z]{2,12})\s+)?\b([A-Z][A-Za-z]{0,9})\+(?:[^+]|$)`)

// unknownInitials reports whether w (lower case) is a word no table,
// dictionary, place, guide or guide's certificate knows: a credential's
// initials of another field ("cdl", "nclex") or a job's name ("barista").
func (l *Library) unknownInitials(w string) bool {
	if l.m.stop[w] || l.m.index[w] != nil || l.m.shorthand[w] != nil || l.m.acronyms[w] != nil || l.m.lex.Word(w) ||
		placeWord(l.m, w) || l.isCareerWord(w) || l.vocab.known(w) || l.Searcher.Known(context.Background(), w) || l.certInitials(w) {
		return false
	}
	_, state := lookupStateWord(w) // (the per-word memo of bot.LookupState)
	return !state
}

// initialsBefore reports whether the letters of short are the first
// letters of words in a row among ws ("air traffic controller" for "atc").
func initialsBefore(ws []string, short string) bool {
	for k := 0; k+len(short) <= len(ws); k++ {
		n := 0
		for n < len(short) && ws[k+n] != "" && ws[k+n][0] == short[n] {
			n++
		}
		if n == len(short) {
			return true
		}
	}
	return false
}

// certInitials reports whether w is the initials of a guide's certificate,
// with or without its first word ("pmle" for "Google Professional ML
// Engineer"); the initials are read when the library is loaded.
func (l *Library) certInitials(w string) bool { return l.certInits[w] }

// initialsOf is a certificate name's initials in lower case, a short word
// in capitals giving all its letters ("Google Professional ML Engineer" →
// "gpmle").
func initialsOf(name string) string {
	var b strings.Builder
	for _, f := range strings.Fields(name) {
		if isASCII(f) && len(f) <= 4 && f == strings.ToUpper(f) && hasLetter(f) {
			b.WriteString(strings.ToLower(f)) // "ML" gives both letters
		} else if r := f[0]; 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' {
			b.WriteByte(r | 0x20)
		}
	}
	return b.String()
}

// twoCapitals reports whether s has two ASCII capital letters in a row.
func twoCapitals(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' && 'A' <= s[i+1] && s[i+1] <= 'Z' {
			return true
		}
	}
	return false
}

// ownWorkAsked matches a question about the work a message described:
// "for me", "my job", "that kind of work", "earn more", "promoted".
// Guarded: most questions have none of its words, and running it was an
// eighth of the engine's CPU on a new question.
var ownWorkAsked = mustGuard(`(?i)\b(?:for (?:me|her|him|them|that)\b|from that\b|(?:people|folks|someone) like (?:me|her|him|us)\b|(?:that|this) kind of job\b|mov(?:e|ing) up\b|(?:those|these) (?:guys|people|folks|ppl)\b|someone like (?:me|her|him)\b|(?:what )?(?:that|it) pays\b|(?:should|would|could|do) (?:i|she|he|they) (?:be )?(?:getting|making|earning|get|make|earn)\b|(?:getting|being) paid\b|(?:my|her|his|their|that) (?:job|work|trade|field|line of work|kind of work|career|income|pay|salary|wages)\b|earn more|make more|promoted|raise\b|(?:doing|do) (?:that|this)\b)`)

// ownWorkAskedMore matches the rarer ways of asking about work described
// ("guys like me", "what does he make", "could that pay", "my kind of
// job", "what i do", "would help me"), kept apart from ownWorkAsked so that
// each pattern stays small and its guard's needles rare.
var ownWorkAskedMore = mustGuard(`(?i)\b(?:(?:guys|ppl|those) like (?:me|her|him|us)|(?:help|helps|helped) (?:him|her|them)|(?:would|will|could|can|might) help me|(?:does|would|will|could|can) (?:that|it) pay|does (?:she|he) (?:make|earn|get|need)|(?:my|her|his|their) kind of job|what (?:i|she|he|they|we) do(?:es)?)\b`)

// asksOwnWork reports whether text asks about the work a message described.
func asksOwnWork(text string) bool {
	return ownWorkAsked.MatchString(text) || ownWorkAskedMore.MatchString(text)
}

// credentialNoun words name what qualifies someone to work as a job
// ("my journeyman card as an electrician").
var credentialNoun = setOf("card", "license", "licence", "certificate", "cert", "certification", "credential", "ticket")

// notWork verbs say what someone has, wants or thinks, not the work they do.
var notWork = setOf("have", "want", "need", "like", "love", "hate", "think", "know", "feel", "am", "was", "got", "get", "keep", "hope",
	"plan", "wonder", "guess", "mean", "say", "said", "heard", "hear", "read", "saw", "see", "live", "just", "really", "also", "still",
	"study", "studied", "graduated", "finished", "passed", "started", "quit", "left", "lost", "moved", "make", "earn", "do", "did", "grew")

// guideClause reports whether a description's words are the guides' own,
// a word of it used by three sections or more ("turn research prototypes
// into production services").
func (l *Library) guideClause(ws []string) bool {
	ctx := context.Background()
	for _, w := range ws {
		if !l.m.stop[w] && hasLetter(w) && l.Searcher.DocFreq(ctx, w) >= 3 {
			return true
		}
	}
	return false
}

// usesNoun reports whether a guide uses a noun itself, singular or plural
// ("buildings" is not the "building" of models); a large library answers
// by stem from the index instead of reading every guide.
func (l *Library) usesNoun(w string) bool {
	if l.terms.routes() {
		return l.Searcher.Known(context.Background(), w)
	}
	n := l.m.lex.Singular(w)
	for _, g := range l.Guides {
		if l.textWords(g)[w] || !(n != w && gerund(l.m.lex, n)) && l.mentions(g, n) {
			return true // "buildings" is not the verb "building"; "orchards" is an "orchard"
		}
	}
	return false
}

// noGuideSays reports whether no guide's text has w as a word of its own (a
// stem in common is not enough: "interpreting" is no "interpreter").
func (l *Library) noGuideSays(w string) bool {
	for _, g := range l.Guides {
		if tw := l.textWords(g); tw[w] || tw[w+"s"] {
			return false
		}
	}
	return true
}

// saysInLower reports whether a guide's text uses w, or its plural, as a
// word in lower case, not only inside a capitalised name: the quantum
// gardener's "Bloch Sphere Planner" is a tool, so a "wedding planner" is
// still a job no guide speaks of.
func (l *Library) saysInLower(w string) bool {
	if l.noGuideSays(w) {
		return false
	}
	for _, g := range l.Guides {
		if tw := l.textWords(g); !tw[w] && !tw[w+"s"] {
			continue
		}
		for _, s := range g.Sections {
			if slices.ContainsFunc(rawWords(s.Title+" "+s.Body), func(r string) bool { return r == w || r == w+"s" }) {
				return true
			}
		}
	}
	return false
}

// textWords is the set of the words of a guide's sections as written, read
// once per library.
func (l *Library) textWords(g *bot.Guide) map[string]bool {
	if v, ok := l.sectionWords.Load(g); ok {
		return v.(map[string]bool)
	}
	set := map[string]bool{}
	for _, s := range g.Sections {
		for _, w := range words(s.Title + " " + s.Body) {
			set[w] = true
		}
	}
	v, _ := l.sectionWords.LoadOrStore(g, set)
	return v.(map[string]bool)
}

// mentions reports whether a guide's text uses a noun itself, singular or
// plural (not only a word of the same stem: "research" is not
// "researcher").
func (l *Library) mentions(g *bot.Guide, noun string) bool {
	set := l.textWords(g)
	if set[noun] || set[noun+"s"] || set[noun+"es"] {
		return true
	}
	return strings.HasSuffix(noun, "y") && set[noun[:len(noun)-1]+"ies"]
}

// speaksOf reports whether a guide's text speaks of people by a noun
// (mentions) outside the names of its certificates.
func (l *Library) speaksOf(g *bot.Guide, noun string) bool {
	if !l.mentions(g, noun) {
		return false
	}
	for _, s := range g.Sections {
		text := strings.ToLower(s.Title + " " + s.Body)
		for _, c := range g.Certifications {
			text = strings.ReplaceAll(text, strings.ToLower(c.Name), " ")
		}
		for _, w := range words(text) {
			if w == noun || w == noun+"s" || w == noun+"es" || strings.HasSuffix(noun, "y") && w == noun[:len(noun)-1]+"ies" {
				return true
			}
		}
	}
	return false
}

// goalAgent is the occupation named by the verb of a goal ("I'd like to
// teach" → "teacher", "she wants to nurse"), by the work one goes back or
// switches to ("going back to teaching", "switching to nursing") or by
// the work a certificate or licence is for ("teaching cert"), when
// no guide uses the verb; "" otherwise ("I want to cook in space" is a
// guide's).
func (l *Library) goalAgent(q *question, taken []bool) string {
	ws := q.words
	for k := 0; k+2 < len(ws); k++ {
		w := ws[k]
		v, at, gerund := ws[k+2], k+2, false
		switch {
		case (l.m.goal[w] || l.m.goal[strings.TrimSuffix(w, "s")] || w == "need" || w == "needed") && ws[k+1] == "to": // ("what certification do I need to teach …")
		case (w == "back" || w == "into" || l.m.switchW[w]) && (ws[k+1] == "to" || ws[k+1] == "into"):
			gerund = true // "going back to teaching", "switching to nursing"
		case strings.HasSuffix(w, "ing") && (l.m.index[ws[k+1]][bot.KindCerts] || l.m.index[ws[k+1]]["license"]):
			at, gerund = k, true // "teaching cert in ohio"
		default:
			continue
		}
		if gerund {
			// the work named by its gerund
			if v = strings.TrimSuffix(ws[at], "ing"); v == ws[at] || len(v) < 3 {
				continue
			}
			if !l.m.lex.Verb(v) && l.m.lex.Verb(v+"e") {
				v += "e" // "nursing" → "nurse"
			}
		}
		if taken[at] || l.m.stop[v] || l.m.index[v] != nil || !l.m.lex.Verb(v) {
			continue
		}
		if k > 0 && (ws[k-1] == "not" || ws[k-1] == "never" || ws[k-1] == "t" || ws[k-1] == "dont" || ws[k-1] == "don") {
			continue // "I don't want to trade one grind for another": no goal
		}
		if at+1 < len(ws) && reflexive[ws[at+1]] {
			continue // "want to teach myself ML": learning, not the teacher's job
		}
		if at+1 < len(ws) && thingPronoun[ws[at+1]] {
			continue // "want to book it before my call": an act on a thing told, not a job
		}
		if l.Searcher == nil || l.Searcher.Known(context.Background(), v) || l.vocab.known(v) || l.Searcher.Known(context.Background(), ws[at]) {
			continue // a verb a guide uses: its own work
		}
		agents := []string{v + "er", v + "r", v + "or", v + "ist"}
		if ws[at] != v {
			agents = append(agents, v) // "nursing": the nurse
		}
		if a := l.jobAmong(agents...); a != "" {
			return a
		}
	}
	return ""
}

// reflexive pronouns after a verb make the doer its own object ("teach
// myself").
var reflexive = setOf("myself", "yourself", "himself", "herself", "themselves", "ourselves", "yourselves", "themself")

// thingPronoun: pronouns for a thing told before, the object of a verb
// ("book it", "renew them").
var thingPronoun = setOf("it", "this", "that", "them", "these", "those")

// qualifiedWork is the work a question asks to be licensed or certified
// for ("how do i get certified to work on airplane engines?", "licensed
// to drive big rigs"), when the work's nouns are ones no guide uses: a job
// no guide covers. "" otherwise ("certified to deploy models on AWS").
func (l *Library) qualifiedWork(q *question, taken []bool) string {
	ws := q.words
	for k := 0; k+3 < len(ws); k++ {
		switch ws[k] {
		case "certified", "licensed", "licenced", "qualified", "trained", "accredited":
		case "need", "needed", "required", "necessary":
			if !(q.has(bot.KindCerts) || q.has("license")) || ws[k+2] != "work" {
				continue // "what certs do you need to work on airplane engines": what that work takes
			}
		default:
			continue
		}
		if ws[k+1] != "to" || taken[k+2] || !l.m.lex.Verb(ws[k+2]) || l.Searcher == nil {
			continue
		}
		end := len(ws)
		for j := k + 3; j < len(ws); j++ {
			if clauseEnd[ws[j]] {
				end = j
				break
			}
		}
		if unknown, known := l.workNouns(ws, taken, k+3, end); unknown > 0 && unknown >= known {
			if t := typedSpan(q.raw, ws[k+2], ws[end-1]); !strings.Contains(t, "…") && end-k-2 >= 2 {
				return "people who " + t // as typed ("work on HVAC units")
			}
			return "people who " + strings.Join(ws[k+2:end], " ")
		}
	}
	return ""
}

// askedOfJob words after a name nobody knows ask about it as a job
// ("sysadmin interview qs", "devops certs").
var askedOfJob = setOf("interview", "interviews", "certs", "certifications", "skills", "tools", "path", "outlook")

// earnVerb words say what a job pays ("what do sonographers make").
var earnVerb = setOf("make", "earn", "get", "take")

// jobSlotNext words after a job's name: "barista pay", "devops salary".
var jobSlotNext = setOf("salary", "salaries", "pay", "wage", "wages", "jobs", "job", "career", "careers", "earnings", "income")

// postNext words after a job's name name a post of it: "a barista
// position", "a cybersecurity role".
var postNext = setOf("role", "roles", "position", "positions", "gig", "gigs", "opening", "openings", "vacancy", "vacancies")

// unknownTitle is a word that stands where a job's name goes (before "pay"
// or "salary", after "become a") that neither WordNet nor any guide knows:
// a job title the guides do not cover ("barista", "devops",
// "hypnotherapist"). "" otherwise.
func (l *Library) unknownTitle(q *question, taken []bool) string {
	ws := q.words
	for i, w := range ws {
		becomeA := i > 1 && (ws[i-1] == "a" || ws[i-1] == "an") && (ws[i-2] == "become" || ws[i-2] == "becoming" || ws[i-2] == "being" || ws[i-2] == "be")
		iAmA := i > 1 && (ws[i-1] == "a" || ws[i-1] == "an") && (ws[i-2] == "m" || ws[i-2] == "am" || ws[i-2] == "im")
		if taken[i] || l.m.stop[w] || l.m.index[w] != nil && !jobSlotNext[w] || !hasLetter(w) || w[0] >= '0' && w[0] <= '9' || // (not "my 147k job": an amount)
			len(w) < 4 && !(len(w) == 3 && (becomeA || iAmA || i+1 < len(ws) && jobSlotNext[ws[i+1]]) && typedInCapitals(q.raw, w)) { // (but "becoming an LPC", "I'm an LVN", "DPT salary in Colorado")
			continue
		}
		lp := i // where the name begins: "what do data labelers earn" (a noun before the unknown word is its modifier)
		for lp > 0 && i-lp < 2 && !taken[lp-1] && !l.m.stop[ws[lp-1]] && hasLetter(ws[lp-1]) && l.m.lex.OnlyNoun(ws[lp-1]) && !l.isCareerWord(ws[lp-1]) {
			lp--
		}
		if lp > 1 && lp < i && (ws[lp-2] == "do" || ws[lp-2] == "does") && !taken[lp-1] && !l.m.stop[ws[lp-1]] && l.m.lex.Adjective(ws[lp-1]) {
			lp-- // "what do AI (artificial intelligence) data labelers get paid": an adjective opening the name
		}
		if lp == i && i > 2 && !taken[i-1] && !l.m.stop[ws[i-1]] && l.m.lex.Adjective(ws[i-1]) && (ws[i-2] == "a" || ws[i-2] == "an") &&
			(ws[i-3] == "become" || ws[i-3] == "becoming" || ws[i-3] == "be") {
			lp, becomeA = i-1, true // "how do i become a dental hygenist": an adjective opening the name
		}
		slot := i+1 < len(ws) && (jobSlotNext[ws[i+1]] || postNext[ws[i+1]] || askedOfJob[ws[i+1]] && !l.namesCareer(ws, taken)) || becomeA || // ("interview questions for a barista position")
			lp > 0 && i+1 < len(ws) && (ws[lp-1] == "a" || ws[lp-1] == "an") && earnVerb[strings.TrimSuffix(ws[i+1], "s")] || // "whats a barista make"
			i > 0 && i+3 < len(ws) && (ws[i-1] == "a" || ws[i-1] == "an") && ws[i+1] == "expect" && ws[i+2] == "to" && earnVerb[ws[i+3]] || // "how much can a barista expect to earn"
			i > 1 && (ws[i-1] == "a" || ws[i-1] == "an") && ws[i-2] == "as" && askedAbout(ws, i-2) || // "what's a day like as a barista"
			lp > 0 && i+1 < len(ws) && (ws[lp-1] == "do" || ws[lp-1] == "does") && earnVerb[ws[afterEmployer(ws, afterAdverb(l.m, ws, i+1))]] || // "what do sonographers (at starbucks) (actually) make?"
			lp > 0 && i+2 < len(ws) && ws[lp-1] == "do" && strings.HasSuffix(w, "s") && (ws[i+1] == "need" || ws[i+1] == "use") && (determiner[ws[i+2]] || ws[i+2] == "any" || l.m.index[ws[i+2]] != nil) || // "do baristas need any cert"
			opensAsk(l.m, ws, i) || // "baristas — what's the pay like"
			i > 0 && i+1 < len(ws) && (ws[i-1] == "a" || ws[i-1] == "an") && l.m.lex.Person(ws[i+1]) && !l.m.lex.Occupation(ws[i+1]) || // "a DevOps guy"
			lp > 1 && i == len(ws)-1 && ws[lp-1] == "for" && asksHead(l.m, ws[lp-2]) && isASCII(w) || // "whats the outlook for baristas" (not "serve pra quê")
			lp > 2 && i == len(ws)-1 && (ws[lp-1] == "a" || ws[lp-1] == "an") && ws[lp-2] == "for" && asksHead(l.m, ws[lp-3]) && isASCII(w) || // "whats the median pay for an acturay"
			lp > 2 && lp == i && (i == len(ws)-1 || endsSentence(q.raw, w)) && (ws[lp-1] == "a" || ws[lp-1] == "an") && ws[lp-2] == "for" && typedInCapitals(q.raw, w) || // "how many supervised hours for an LCSW? I'm …"
			i > 2 && (ws[i-1] == "a" || ws[i-1] == "an") && (ws[i-2] == "of" || ws[i-2] == "as") && (ws[i-3] == "life" || ws[i-3] == "day") || // "a day in the life of a barista"
			i > 1 && i+1 < len(ws) && (ws[i-1] == "a" || ws[i-1] == "an") && ws[i-2] == "does" && ws[i+1] == "do" || // "what does a barista do all day"
			i+1 < len(ws) && (ws[i+1] == "hours" || ws[i+1] == "shifts" || ws[i+1] == "schedule") || // "what are barista hours like"
			i+2 < len(ws) && earnVerb[strings.TrimSuffix(ws[i+1], "s")] && hasDigit(ws[i+2]) && strings.HasSuffix(w, "s") || // "heard elevator installers make 100k"
			lp == 0 && i+1 < len(ws) && (ws[i+1] == "here" || i+2 < len(ws) && ws[i+1] == "in" && placeWord(l.m, ws[i+2])) && ownJobAskedRE.MatchString(q.raw) || // "data labeler here (in California), what's the median for my job?"
			iAmA && figures(q) && typedInCapitals(q.raw, w) &&
				!slices.ContainsFunc(ws, func(x string) bool { return l.m.switchW[x] || l.m.goal[x] && x != "like" }) // "I'm an RPSGT, … what's the pay like in nevada": a credential's letters as the asker's job
		// "how do I become a pesticide applicator": after "become a", a
		// noun of a doer's form WordNet knows only as a thing names the job
		// all the same
		k := lp - 1
		for k > 0 && lp-k < 3 && !taken[k] && (l.m.lex.Adjective(ws[k]) || strings.HasSuffix(ws[k], "ed")) && !l.m.stop[ws[k]] {
			k-- // "a licensed pesticide applicator"
		}
		doer := k > 0 && (ws[k] == "a" || ws[k] == "an") && (ws[k-1] == "become" || ws[k-1] == "becoming" || ws[k-1] == "being" || ws[k-1] == "be") && len(w) > 5 && l.m.lex.Noun(w) && !l.m.lex.Person(w) && (strings.HasSuffix(w, "or") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian"))
		if !(slot || doer) || jobSlotNext[w] || (l.m.lex.Word(w) || l.m.lex.Word(l.m.lex.Singular(w))) && !doer || gerund(l.m.lex, w) || superlative[w] ||
			strings.HasSuffix(w, "est") && l.m.lex.Adjective(strings.TrimSuffix(w, "est")) || // ("the shortest path")
			strings.HasSuffix(w, "ed") && (l.m.lex.Verb(w[:len(w)-2]) || l.m.lex.Verb(w[:len(w)-1])) {
			continue
		}
		if l.Searcher == nil || l.Searcher.Known(context.Background(), w) && !doer || l.vocab.known(w) || l.isCareerWord(w) || l.careerPrefix(w) { // (a doer's form: "applicator" is no "application", whatever their shared stem finds)
			continue
		}
		if len(w) == 3 && initialsBefore(ws[:i], w) {
			continue // "… an air traffic controller … the median ATC salary?": a job told, named again
		}
		if lp == i && typedInCapitals(q.raw, w) {
			return strings.ToUpper(w) // "RPSGT", as typed
		}
		return strings.Join(ws[lp:i+1], " ")
	}
	return ""
}

// versusUnknown is a word no dictionary or guide knows, set right against
// a career's name across "vs" ("DevOps vs MLE pay", "Cybersecurity vs ML
// engineering"), as typed; "" otherwise.
func (l *Library) versusUnknown(q *question, raw []string, taken []bool) string {
	ws := q.words
	if l.Searcher == nil {
		return ""
	}
	weighs := hasAny(q, "which", "whichever")
	for i, w := range ws {
		if w != "vs" && w != "versus" && !(w == "or" && weighs) { // (and "RPSGT or dream mapper, which takes longer?")
			continue
		}
		for _, k := range []int{i - 1, i + 1} {
			o := 2*i - k // the word on the other side
			if k < 0 || k >= len(ws) || o < 0 || o >= len(ws) || !taken[o] || !l.isCareerWord(ws[o]) {
				continue
			}
			x := ws[k]
			if taken[k] || len(x) < 4 && !(len(x) >= 2 && typedInCapitals(q.raw, x)) || !allLetters(x) || l.m.stop[x] || l.m.index[x] != nil || l.m.lex.Word(x) || l.m.lex.Word(l.m.lex.Singular(x)) ||
				l.Searcher.Known(context.Background(), x) || l.vocab.known(x) || l.isCareerWord(x) || l.careerPrefix(x) || placeWord(l.m, x) {
				continue
			}
			taken[k] = true
			return asTyped(ws, raw, k, k+1)
		}
	}
	return ""
}

// versusWork is a line of work practisedWork reads, set against a career
// by "or", "vs" or "versus" on either side of it; "" otherwise.
func (l *Library) versusWork(q *question, taken []bool) string {
	ws := q.words
	against := func(k int) bool {
		return k >= 0 && k < len(ws) && (ws[k] == "or" || ws[k] == "vs" || ws[k] == "versus")
	}
	for i := 0; i+1 < len(ws); i++ {
		if taken[i] || taken[i+1] || !against(i-1) && !against(i+2) {
			continue
		}
		if l.practisedWork(context.Background(), ws[i], ws[i+1]) {
			return ws[i] + " " + ws[i+1]
		}
	}
	return ""
}

// afterAdverb is the position after an adverb at i ("actually", "really"),
// i when there is none.
func afterAdverb(m *model, ws []string, i int) int {
	if i+1 < len(ws) && m.lex.Adverb(ws[i]) && !m.lex.Noun(ws[i]) && !m.lex.Verb(ws[i]) && !m.lex.Adjective(ws[i]) {
		return i + 1
	}
	return i
}

// typedInCapitals reports whether the word w (lower case) stands in text in
// capitals, three letters or more ("RPSGT", "LVN").
func typedInCapitals(text, w string) bool {
	return len(w) >= 3 && isASCII(w) && containsWord(text, strings.ToUpper(w))
}

// asksHead reports whether w asks for an intent that is a question of its
// own ("outlook", "salary", "path"; not "most").
func asksHead(m *model, w string) bool {
	for k := range m.index[w] {
		if m.headIntent[k] {
			return true
		}
	}
	return false
}

// afterEmployer is the position from k past a one-word employer ("at
// starbucks"), or k; at most the last word.
func afterEmployer(ws []string, k int) int {
	if k+2 < len(ws) && ws[k] == "at" && hasLetter(ws[k+1]) {
		k += 2
	}
	return min(k, len(ws)-1)
}

// clauseEnd words start the question after a described job.
var clauseEnd = setOf("how", "what", "which", "when", "where", "why", "whats", "is", "are", "do", "does", "can", "should")

// careerPrefix reports whether w begins a word of a career's name ("cartog"
// for "cartographer"): a name cut short, not another job.
func (l *Library) careerPrefix(w string) bool {
	if l.terms.routes() {
		return false // a large library: no scan of every name (the typo index reads names)
	}
	for n := range l.nameWords {
		if len(n) > len(w) && strings.HasPrefix(n, w) {
			return true
		}
	}
	return false
}

// certNext words after a capitalised job title make it a certificate's
// name ("Solutions Architect cert").
var certNext = setOf("cert", "certs", "certification", "certifications", "certificate", "certificates", "credential", "exam")

// shortNext reports whether the short form of a job's name at i ("tech",
// "dev", "lead") stands where a job's name goes: last, or before its pay,
// training, what it does, "worth", or a word that is no noun of a section
// ("vet techs at a clinic"; not "tech stack", "skills lead to").
func shortNext(m *model, ws []string, i int) bool {
	full, ok := shortHeads[ws[i]]
	if !ok {
		return false
	}
	if i+1 == len(ws) {
		return true
	}
	n := ws[i+1]
	return jobSlotNext[n] || trainingNext[n] || doerVerb[n] || n == "worth" || full != "lead" && (m.stop[n] || !m.lex.Noun(n)) && m.index[n] == nil ||
		(n == "vs" || n == "versus") && versusPerson(m, ws, i) || // "vet tech vs dental assistant
		m.index[n]["salary"] && i+2 < len(ws) && jobSlotNext[ws[i+2]] // "web dev median salary"
}

// versusCareerAt reports whether "vs" (or "versus") after ws[i] sets it
// against a guide's career named right after ("software dev vs MLE").
func (l *Library) versusCareerAt(ws []string, taken []bool, i int) bool {
	return i+2 < len(ws) && (ws[i+1] == "vs" || ws[i+1] == "versus") && taken[i+2] && l.isCareerWord(ws[i+2])
}

// versusCareerBefore reports whether "vs" (or "versus") before ws[start]
// sets it against a guide's career named right before ("dream
// cartographer vs map maker").
func (l *Library) versusCareerBefore(ws []string, taken []bool, start int) bool {
	return start >= 2 && (ws[start-1] == "vs" || ws[start-1] == "versus") && taken[start-2] && l.isCareerWord(ws[start-2])
}

// participle reports whether w is a verb's "-ing" form the dictionary
// does not list ("practicing": practice).
func participle(m *model, w string) bool {
	base, ok := strings.CutSuffix(w, "ing")
	if !ok || len(base) < 3 {
		return false
	}
	return m.lex.Verb(base) || m.lex.Verb(base+"e") || base[len(base)-1] == base[len(base)-2] && m.lex.Verb(base[:len(base)-1])
}

// placedAt is where the words of a job at i end, with the place told
// right after it ("recruiter in NY vs …").
func placedAt(m *model, ws []string, taken []bool, i int) int {
	if i+2 < len(ws) && ws[i+1] == "in" && taken[i+2] && placeWord(m, ws[i+2]) {
		return i + 2
	}
	return i
}

// orCareerBefore reports whether "or", "vs" or "versus" before ws[start]
// sets it against a guide's career named right before ("is mle or web dev
// better paid").
func (l *Library) orCareerBefore(ws []string, taken []bool, start int) bool {
	return start >= 2 && (ws[start-1] == "or" || ws[start-1] == "vs" || ws[start-1] == "versus") && taken[start-2] && l.isCareerWord(ws[start-2])
}

// vendorStart is where the certificate name around the job title at start
// begins: at the company or capitalised name before it, or after "the";
// start when there is none.
func vendorStart(m *model, raw string, ws []string, start int) int {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		w := ws[k]
		if _, ok := m.companies[w]; ok || typedInCapitals(raw, w) || k < start-1 && isCapitalisedIn(raw, w) {
			return k
		}
		if w == "the" || w == "this" || w == "that" {
			if k < start-1 {
				return k + 1
			}
			return start
		}
		if m.stop[w] || !hasLetter(w) {
			return start
		}
	}
	return start
}

// typedSpan is the text of raw from the word first to the word last after
// it, as typed ("Azure AI Engineer cert"); first and last when not found.
func typedSpan(raw, first, last string) string {
	low := strings.ToLower(raw)
	if !isASCII(raw) {
		return first + " … " + last
	}
	from := wordAt(low, first)
	if from < 0 {
		return first + " … " + last
	}
	to := wordAfter(low, last, from+len(first))
	for _, alt := range []string{"certs", "cert", "certificate", "exam"} {
		if to >= 0 {
			break
		}
		if strings.HasPrefix(last, "cert") || last == "exam" {
			last, to = alt, wordAfter(low, alt, from+len(first)) // as typed: the table read "cert" long
		}
	}
	if to < 0 || to+len(last)-from > 80 {
		return first + " … " + last
	}
	return raw[from : to+len(last)]
}

// wordAfter is where w stands as a whole word in s at or after from (a
// word's end), or -1.
func wordAfter(s, w string, from int) int {
	if k := wordAt(s[from:], w); k >= 0 {
		return from + k
	}
	return -1
}

// isCapitalisedIn reports whether w is typed with a capital first letter
// somewhere in raw past its start ("the Azure AI Engineer cert").
func isCapitalisedIn(raw, w string) bool {
	if w == "" || !isASCII(w) {
		return false
	}
	c := strings.ToUpper(w[:1]) + w[1:]
	i := strings.Index(raw, c)
	return i > 0 && containsWord(raw, c)
}

// credentialSought reports whether "my" before the job at start names a
// qualification the asker is after ("going back for my LPN", "studying for
// my CPA"): the job it makes, not a person in their life.
func credentialSought(ws []string, start int) bool {
	if start < 3 || ws[start-1] != "my" || ws[start-2] != "for" {
		return false
	}
	switch ws[start-3] {
	case "back", "studying", "study", "applying", "apply", "training", "train", "going", "school", "working", "aiming", "prepping", "preparing":
		return true
	}
	return false
}

// trainingNext words after a job's short name ask what becoming one
// takes: "radiology tech schooling how long", "vet tech school".
var trainingNext = setOf("school", "schooling", "training", "program", "programs", "degree", "license", "licence", "apprenticeship", "path", "outlook")

// askedAbout reports whether the origin word at k ("working", "as") is part
// of asking about a job rather than telling one's own: "is working as a …",
// "what's working as a … like", "about working as a …".
// addressedAs reports whether the words from a job's start speak to
// someone in the job ("as a plumber, what do you earn?", "as a welder, how
// long did your training take?") and the message has no word of the
// asker's own ("as a nurse, can you tell me …", "I work as a data
// engineer. Can you …" are the asker's job) nor asks an opinion ("… what
// do you think of ML?").
func addressedAs(ws []string, from int) bool {
	you := false
	for k := range ws {
		switch ws[k] {
		case "i", "me", "my", "m", "im", "ive", "id", "mine", "myself", "we", "us", "our":
			return false
		case "you", "your", "yourself", "ya", "u", "ur":
			if k < from {
				continue
			}
			if k+1 < len(ws) && opinionVerb[ws[k+1]] {
				return false
			}
			you = true
		}
	}
	return you
}

// opinionVerb are the verbs after "you" that ask the bot's view, not its
// job ("what do you think", "would you recommend").
var opinionVerb = setOf("think", "reckon", "recommend", "suggest", "advise", "say", "know", "mean", "believe", "guess", "consider", "feel", "prefer")

func askedAbout(ws []string, k int) bool {
	j := k
	if ws[j] == "as" && j > 0 && qualifiedAs[ws[j-1]] {
		for b := j - 2; b >= 0 && b >= j-4; b-- {
			if ws[b] == "m" || ws[b] == "im" || ws[b] == "ive" || ws[b] == "am" || ws[b] == "ve" {
				return false // "I'm licensed as an architect": the asker's own
			}
		}
		return true // "how long to get licensed as an architect"
	}
	if ws[j] == "as" && j > 2 && (ws[j-1] == "earn" || ws[j-1] == "make" || ws[j-1] == "get" || ws[j-1] == "expect") {
		for b := j - 2; b >= 0 && b >= j-4; b-- {
			if ws[b] == "can" || ws[b] == "could" || ws[b] == "would" || ws[b] == "will" || ws[b] == "might" {
				return true // "what can I earn as a landscape gardener": pay in a job weighed, not the asker's
			}
		}
	}
	if ws[j] == "as" && j > 1 && credentialNoun[ws[j-1]] {
		return true // "how many years to get my journeyman card as an electrician"
	}
	if ws[j] == "as" && j > 1 && spanOfWork[ws[j-1]] && !possessive[ws[j-2]] {
		return true // "what does a day as a line cook look like", "a career as a nurse"
	}
	if ws[j] == "as" && j > 2 && ws[j-1] == "like" && spanOfWork[ws[j-2]] && !possessive[ws[j-3]] {
		return true // "what's a day like as a barista"
	}
	if ws[j] == "as" && j > 0 && (ws[j-1] == "working" || ws[j-1] == "work") {
		j--
	}
	if ws[j] != "working" && ws[j] != "work" || j == 0 {
		return false
	}
	switch ws[j-1] {
	case "is", "about", "of", "like", "s":
		return true
	}
	return false
}

// careerUses reports whether the guide of one of the careers named uses
// every one of the words.
func (l *Library) careerUses(careers []*bot.Guide, ws []string) bool {
	for _, g := range careers {
		gl := l.labelsOf(g)
		all := true
		for _, w := range ws {
			all = all && gl.uses(stem(w))
		}
		if all {
			return true
		}
	}
	return false
}

// shortHeads are chat's short forms of a job's head noun, after the word
// that says which ("vet tech", "tech lead").
var shortHeads = map[string]string{"rep": "representative", "reps": "representative", "tech": "technician", "techs": "technician", "lead": "lead", "leads": "lead", "exec": "executive", "execs": "executive", "dev": "developer", "devs": "developer", "admin": "administrator", "admins": "administrator"}

// spanOfWork nouns before "as a …" ask what the job is like ("a day as a
// line cook", "a career as a nurse").
var spanOfWork = setOf("day", "days", "life", "career", "job", "week", "shift", "future")

// relativesJob reports whether the occupation starting at i is said of
// someone in the asker's life: "my dad is a plumber", "my mom's a
// hairdresser", "my brother, an electrician".
func relativesJob(ws []string, i int) bool {
	k := i - 1
	for n := 0; n < 2 && k > 0 && ws[k] != "a" && ws[k] != "an" && (ws[k-1] == "a" || ws[k-1] == "an" || n == 0 && k > 1 && (ws[k-2] == "a" || ws[k-2] == "an")); n++ {
		k-- // "a sleep lab tech": the job's modifiers
	}
	if k >= 0 && (ws[k] == "a" || ws[k] == "an") {
		k--
	}
	if k >= 0 && (ws[k] == "is" || ws[k] == "s" || ws[k] == "was") {
		k--
		if k >= 0 && ownPost[ws[k]] {
			return false // "my title is research scientist": the asker's own
		}
	} else if k >= 1 && ws[k] == "as" && (ws[k-1] == "work" || ws[k-1] == "works" || ws[k-1] == "worked" || ws[k-1] == "working") {
		k -= 2 // "my father work as accountant"
	} else if k >= 2 && ws[k] == "as" && ownJobNouns[ws[k-1]] && (ws[k-2] == "my" || ws[k-2] == "our") {
		return false // "my job as a mail carrier": the asker's own
	}
	if k >= 1 && ws[k] == "the" && relations[ws[k-1]] {
		return true // "my cousin the QA tester"
	}
	if k >= 2 && ws[k] == "law" && ws[k-1] == "in" && relations[ws[k-2]] {
		k -= 2 // "my brother-in-law is an accountant"
	}
	if k >= 0 && k < i-1 && (ws[k] == "she" || ws[k] == "he") {
		return true // "She's a pharmacist and says …"
	}
	// one or two words naming the person: "dad", "best friend"; a
	// relation needs no "my" ("wife is a librarian")
	for n := 0; n < 2 && k >= 0; n++ {
		if possessive[ws[k]] || n == 0 && relations[ws[k]] && k < i-1 {
			return k < i-1
		}
		k--
	}
	return k >= 0 && possessive[ws[k]] && k < i-2
}

// namesCareer reports whether the words marked taken include a word of a
// guide's name ("ML", "machine learning", "orbital chef").
func (l *Library) namesCareer(ws []string, taken []bool) bool {
	for k, w := range ws {
		if taken[k] && l.isCareerWord(w) {
			return true
		}
	}
	return false
}

// opensAsk reports whether the person noun at i opens a message that asks
// about a part of a guide ("translators - what tools do they use",
// "hypnotherapists need a license?"): the job is what is asked about.
func opensAsk(m *model, ws []string, i int) bool {
	switch {
	case i == 0:
	case i <= 2 && (ws[0] == "the" || ws[0] == "do" || ws[0] == "can" || ws[0] == "should" || ws[0] == "are"):
		// "do software testers need certs?"
	case i <= 2 && !m.stop[ws[0]] && !m.stop[ws[i-1]] && m.index[ws[i-1]] == nil:
		// "pro valorant players, what … do they get", "personal trainer certs"
	default:
		return false
	}
	if i+1 < len(ws) && (certNext[ws[i+1]] || ws[i+1] == "certs" || ws[i+1] == "cert" || i > 0 && routesTo(m, ws[i+1])) {
		return true // "personal trainer certs", "HR generalist skills?"
	}
	if !strings.HasSuffix(ws[i], "s") {
		return false // "translators", "hypnotherapists": people in general
	}
	next := i + 1 // where what is said of them begins
	if next+1 < len(ws) && ws[next] == "and" && strings.HasSuffix(ws[next+1], "s") && m.lex.Person(m.lex.Singular(ws[next+1])) {
		next += 2 // "translators and interpreters: are LLMs killing the job?"
	}
	said := next < len(ws) && (m.lex.Verb(ws[next]) || next > i+1 && ws[next] == "are") // "hypnotherapists need …" (not "friends are telling me …": one word of people alone)
	asks := false
	for j := next; j < len(ws) && j <= next+5; j++ {
		said = said || ws[j] == "they" || ws[j] == "their" || ws[j] == "them" ||
			j == next && (ws[j] == "what" || ws[j] == "whats" || ws[j] == "which" || ws[j] == "how") // "warehouse supervisors, what certs help"
		asks = asks || routesTo(m, ws[j]) || jobSlotNext[ws[j]]
	}
	return said && asks
}

// ownJobAfter reports whether the words after an occupation say it is the
// asker's own ("backend dev for 6 years", "teacher of 10 years"):
// background, not the job asked about.
func ownJobAfter(m *model, ws []string, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	if (ws[i+1] == "for" || ws[i+1] == "of" || ws[i+1] == "with" || ws[i+1] == "w") && i+3 < len(ws) && (hasDigit(ws[i+2]) || numberWords[ws[i+2]]) {
		// ("SWE w/ 4 yrs exp", "nurse with 10 years on the floor")
		return isTimeUnit(strings.TrimSuffix(ws[i+3], "s"))
	}
	if i+2 < len(ws) && hasDigit(ws[i+1]) {
		// "Game designer, 6 years of Unity", "nurse 10 yrs"
		return isTimeUnit(strings.TrimSuffix(ws[i+2], "s"))
	}
	return false
}

// paidAfter reports whether the job at i is followed by what it pays the
// asker, a year's pay in thousands: "Insurance adjuster, 62k.", "Lab tech
// making 52k", "Cashier at Kroger, 28k".
func paidAfter(ws []string, i int) bool {
	for k := i + 1; k < len(ws) && k <= i+4; k++ {
		w := ws[k]
		if hasDigit(w) {
			n := strings.TrimSuffix(w, "k")
			if !isDigits(n) || len(n) < 2 || len(n) > 3 {
				return false
			}
			// "62k", "84 000": a year's pay in thousands
			return strings.HasSuffix(w, "k") || k+1 < len(ws) && ws[k+1] == "000"
		}
		switch w {
		case "making", "earning", "at", "on", "paid", "about", "around", "roughly", "like", "pulling", "bringing", "in":
		default:
			if k != i+2 || ws[i+1] != "at" {
				return false // ("Cashier at Kroger, 28k": one name of an employer)
			}
		}
	}
	return false
}

// numberWords are small counts written out.
var numberWords = setOf("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "few", "several", "many")

// judgedAs words name what a line of work is weighed as ("a good
// career", "a good next step").
var judgedAs = setOf("career", "job", "profession", "field", "step", "move", "option", "choice", "trade")

// judgedField is the line of work a question weighs as a career when no
// guide uses its words: "is bookkeeping a good career?", "Is social work
// a good career?", "is being a dogwalker an actual career?", "is medical
// coding something I could learn?". "" otherwise
// ("is ML engineering a good career?" names a guide's).
func (l *Library) judgedField(q *question, taken []bool) string {
	ws := q.words
	for c := 2; c+1 < len(ws); c++ {
		// "is teaching worth it", "is dental school worth it?", "is medical
		// coding something I could learn from home?"
		if !(ws[c] == "worth" && (ws[c+1] == "it" || ws[c+1] == "going" || ws[c+1] == "getting" || ws[c+1] == "pursuing" || ws[c+1] == "studying")) &&
			!(ws[c] == "something" && (ws[c+1] == "i" || ws[c+1] == "you" || ws[c+1] == "one" || ws[c+1] == "someone")) {
			continue
		}
		e := c // where the field ends
		if e > 2 && (ws[e-1] == "still" || ws[e-1] == "really" || ws[e-1] == "even" || ws[e-1] == "actually") {
			e-- // "is graphic design still worth going into"
		}
		start := e - 1
		for start > 0 && e-start < 2 && ws[start-1] != "is" && ws[start-1] != "s" {
			start--
		}
		if start == 0 || ws[start-1] != "is" && ws[start-1] != "s" {
			continue
		}
		ok := true
		for j := start; j < e; j++ {
			w := ws[j]
			ok = ok && !taken[j] && !l.m.stop[w] && hasLetter(w) && !l.isCareerWord(w) && l.m.index[w] == nil && l.Searcher != nil &&
				(!l.Searcher.Known(context.Background(), w) && !l.vocab.known(w) || j == e-1 && j > start && l.m.lex.Noun(w))
		}
		if ok && (l.m.lex.Noun(ws[e-1]) || gerund(l.m.lex, ws[e-1])) {
			return strings.Join(ws[start:e], " ")
		}
	}
	for c := 3; c < len(ws); c++ {
		if !judgedAs[ws[c]] {
			continue
		}
		k := c - 1
		for k > 0 && ws[k] != "a" && ws[k] != "an" && c-k <= 3 && (l.m.lex.Adjective(ws[k]) || l.m.stop[ws[k]]) {
			k-- // "a good", "an actual", "a really solid"
		}
		if k < 2 || ws[k] != "a" && ws[k] != "an" {
			continue
		}
		end, start := k, k-1
		for start > 0 && end-start < 2 && ws[start-1] != "is" && ws[start-1] != "s" {
			start--
		}
		if start > 0 && ws[start-1] != "is" && ws[start-1] != "s" {
			continue
		}
		if end-start >= 2 && ws[start] == "being" && (ws[start+1] == "a" || ws[start+1] == "an") {
			start += 2
		}
		if start >= end {
			continue
		}
		for j := start; j < end; j++ {
			w := ws[j]
			if taken[j] || l.m.stop[w] || !hasLetter(w) || l.isCareerWord(w) || l.Searcher == nil {
				return ""
			}
			known := l.m.index[w] != nil || l.Searcher.Known(context.Background(), w) || l.vocab.known(w)
			if known && !(j == end-1 && j > start && l.m.lex.Noun(w)) {
				// a word a guide uses, unless it is the head of a kind no
				// guide names ("social work")
				return ""
			}
		}
		return strings.Join(ws[start:end], " ")
	}
	return ""
}

// qualifiedAs words before "as a …" ask how to become it ("licensed as an
// architect", "certified as a trainer", "get started as a QA tester").
var qualifiedAs = setOf("licensed", "certified", "qualified", "qualify", "registered", "accredited", "hired", "started", "start", "starting", "begin", "train", "training", "retrain", "retraining", "apprentice", "apprenticing")

// asksOfDoer reports whether the person noun at i is the subject of a
// question about its work: "what certifications does a personal trainer
// need?", "what do translators use?".
func asksOfDoer(m *model, ws []string, i int) bool {
	if i+2 < len(ws) && m.lex.Adverb(ws[i+1]) && !m.lex.Noun(ws[i+1]) && doerVerb[ws[i+2]] {
		i++ // "what do testers typically earn"
	}
	if i+1 >= len(ws) || !doerVerb[ws[i+1]] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if ws[k] == "does" || ws[k] == "do" || ws[k] == "should" || ws[k] == "would" || ws[k] == "must" {
			for j := k - 1; j >= 0; j-- {
				if routesTo(m, ws[j]) || ws[j] == "how" || ws[j] == "what" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// forDoer reports whether the person noun at i, ending the question, is
// the one a question of a kind asks about: "what's a typical day like for
// an AI ethicist?", "the outlook for a genealogist".
func forDoer(m *model, ws []string, i int) bool {
	if i+1 < len(ws) {
		return false
	}
	k := i - 1
	for k >= 0 && i-k <= 3 && !m.stop[ws[k]] && (m.lex.Noun(ws[k]) || m.lex.Adjective(ws[k])) {
		k-- // its modifiers ("AI", "forensic")
	}
	if k >= 0 && (ws[k] == "a" || ws[k] == "an") {
		k--
	}
	if k < 1 || ws[k] != "for" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if routesTo(m, ws[j]) {
			return true
		}
	}
	return false
}

// doerVerb words after a job's name ask what the work takes or gives.
var doerVerb = setOf("need", "use", "make", "earn", "get", "require", "study", "learn", "do")

// backRef reports whether words start by pointing back ("that", "this"):
// what the message named before.
func backRef(ws []string) bool {
	return len(ws) > 0 && (ws[0] == "that" || ws[0] == "this" || ws[0] == "it" && (len(ws) == 1 || !hasLetter(ws[1]) || ws[1] == "as" || ws[1] == "if" || ws[1] == "with")) // ("get into it", not "get into it the hard way")
}

// placeWord reports whether w names a place: a US state, a US city or a
// place abroad.
func placeWord(m *model, w string) bool {
	if _, ok := m.lex.USPlace(w); ok || m.lex.Foreign(w) {
		return true
	}
	_, ok := bot.LookupState(w)
	return ok && len(w) > 2
}

// fieldJobs words after a field name it as a line of work ("graphic design
// jobs").
var fieldJobs = setOf("jobs", "careers", "career", "industry")

// namedField is a line of work no guide speaks of, named before "jobs" or
// "careers" ("graphic design jobs") or as the work of an occupation
// ("nursing": what nurses do), in a question that names no guide's
// career; "" otherwise.
func (l *Library) namedField(q *question, taken []bool) string {
	ws := q.words
	if l.Searcher == nil {
		return ""
	}
	for k, w := range ws {
		if taken[k] && l.isCareerWord(w) {
			return "" // "ML jobs": a guide's own
		}
	}
	unknown := func(w string) bool {
		return !l.m.stop[w] && hasLetter(w) && l.m.index[w] == nil && !l.m.topics[w] && !l.m.employers[w] &&
			!l.Searcher.Known(context.Background(), w) && !l.vocab.known(w) && !l.m.lex.Time(w)
	}
	for c := 1; c < len(ws); c++ {
		if !fieldJobs[ws[c]] || taken[c-1] {
			continue
		}
		a := ws[c-1]
		if c >= 2 && !taken[c-2] && unknown(ws[c-2]) && l.m.lex.Noun(ws[c-2]) && !strings.HasSuffix(ws[c-2], "est") &&
			l.m.lex.Noun(a) && !l.m.stop[a] && !strings.HasSuffix(a, "ing") && a != "level" {
			return ws[c-2] + " " + a // "graphic design jobs"
		}
		if unknown(a) && l.m.lex.OnlyNoun(a) {
			return a // "dentistry jobs"
		}
	}
	for k, w := range ws {
		base, ok := strings.CutSuffix(w, "ing")
		if !ok || len(base) < 3 || taken[k] || !unknown(w) || k+1 < len(ws) && l.m.lex.Noun(ws[k+1]) && !l.m.stop[ws[k+1]] {
			continue
		}
		if k > 0 && !l.m.stop[ws[k-1]] && !unknown(ws[k-1]) {
			continue // "data plumbing": a guide's word makes it a figure of speech
		}
		if k > 0 && (ws[k-1] == "job" || ws[k-1] == "jobs" || ws[k-1] == "work") && jobSeeking[w] {
			continue // "job hunting in OR, TX, CO": looking for work, no line of it
		}
		known := 0
		for j, o := range ws {
			if j != k && !taken[j] && !l.m.stop[o] && hasLetter(o) && l.m.index[o] == nil && !l.m.lex.CommonVerb(o) && !careerNext[o] &&
				l.Searcher.Known(context.Background(), o) && 2*l.Searcher.DocFreq(context.Background(), o) <= l.Searcher.SectionCount() {
				known++ // a word at most half the sections use: "models", "algorithm" (not "field", "study")
			}
		}
		if known >= 2 {
			continue // "mostly building models or mostly plumbing?": said among a guide's own words, a figure of speech
		}
		if l.m.lex.CommonVerb(base) || l.m.lex.CommonVerb(base+"e") {
			continue
		}
		if l.jobAmong(base+"e", base+"er", base+"or", base+"ist") != "" {
			return w // "nursing": the work of nurses
		}
	}
	for k, w := range ws {
		if k+1 < len(ws) && ws[k+1] == "school" && !taken[k] && len(w) >= 3 && unknown(w) && !l.m.stop[w] && !placeWord(l.m, w) && !l.m.lex.Time(w) &&
			(l.m.lex.OnlyNoun(w) || gerund(l.m.lex, w) || !l.m.lex.Word(w)) && !(k > 0 && (possessive[ws[k-1]] || ws[k-1] == "the")) {
			// "how long is sonography school", "law school debt": the
			// schooling of a profession no guide is (not "grad school", a
			// guide's own words; not "high school")
			return w + " school"
		}
		if k+1 < len(ws) && ws[k+1] == "academy" && !taken[k] && len(w) >= 3 && unknown(w) && !l.m.stop[w] && !placeWord(l.m, w) && !l.m.lex.Time(w) &&
			l.m.lex.Noun(w) && !(k > 0 && (possessive[ws[k-1]] || ws[k-1] == "the" && k+2 < len(ws) && ws[k+2] == "of")) {
			// "police academy, how long is it?", "fire academy length":
			// the training of a service no guide is
			return w + " academy"
		}
		// "journalism major", "a botany degree", "biology jobs": a field of
		// study whose practitioner WordNet knows as an occupation.
		// (or a field whose pay is asked: "how much does dental hygiene pay?",
		// "dental hygiene or respiratory therapy, which pays more?")
		paid := k+1 < len(ws) && (ws[k+1] == "pay" || ws[k+1] == "pays" || (ws[k+1] == "or" || ws[k+1] == "vs") && q.has("salary")) ||
			k > 0 && (ws[k-1] == "or" || ws[k-1] == "vs") && q.has("salary")
		if taken[k] || len(w) < 5 || !studyCue(ws, k) && !paid || !unknown(w) && !l.onlyQualified(w, ws) || placeWord(l.m, w) || l.m.lex.Foreign(w) {
			// (not "in Germany": a place, whatever "Germanist" names)
			continue
		}
		if k > 0 && !unknown(w) && !l.m.stop[ws[k-1]] && slices.ContainsFunc(practitioners(w), func(a string) bool { return l.usesPhrase(ws[k-1], a) || l.usesPhrase(ws[k-1], a+"s") }) {
			continue // "superposition horticulture pay": the field as a guide qualifies its practitioner ("Superposition Horticulturist"), that guide's own work
		}
		for _, a := range practitioners(w) {
			if l.m.lex.Occupation(a) && !l.m.roles[a] || agentNoun(a) && !l.m.lex.Word(w) && !l.m.lex.Word(a) {
				if p := k - 1; paid && p >= 0 && !taken[p] && !l.m.stop[ws[p]] && l.m.lex.Relational(ws[p]) {
					return ws[p] + " " + w // "dental hygiene", as asked
				}
				return w // a field no dictionary has, named for its practitioners' way: "bioinformatics"
			}
		}
		if k+1 < len(ws) && ws[k+1] == "school" && l.m.lex.Relational(w) && l.m.lex.Adjective(w) {
			return w + " school" // "dental school", "veterinary school": the schooling of a profession
		}
	}
	return ""
}

// onlyQualified reports whether the guides use a field's name only after a
// word of their own the question does not have ("classical horticulture",
// "superposition botany"): bare, it is the general field, another line of
// work. The few guides that use the word are read; when many do, it is
// theirs.
func (l *Library) onlyQualified(w string, ws []string) bool {
	if l.terms == nil {
		return false
	}
	gs, ok := l.terms.guidesWith(stem(w))
	if !ok || len(gs) == 0 || len(gs) > 8 {
		return false
	}
	seen := false
	for _, gi := range gs {
		for _, sec := range l.Guides[gi].Sections {
			tw := words(sec.Title + " " + sec.Body)
			for k, x := range tw {
				if x != w {
					continue
				}
				if k == 0 || l.m.stop[tw[k-1]] || slices.Contains(ws, tw[k-1]) {
					return false // "horticulture" on its own, or with the question's own word before it
				}
				seen = true
			}
		}
	}
	return seen
}

// studyCue reports whether a word near position k names the field at k as
// something studied or worked in: "major", "degree", "jobs", "career".
func studyCue(ws []string, k int) bool {
	for j := max(0, k-4); j+1 < k; j++ {
		if (ws[j] == "school" || ws[j] == "program" || ws[j] == "degree") && (ws[j+1] == "for" || ws[j+1] == "in") {
			return true // "grad school for speech language pathology": the schooling of a field, told after it
		}
	}
	for j := max(0, k-3); j < len(ws) && j <= k+3; j++ {
		switch ws[j] {
		case "major", "majoring", "degree", "jobs", "job", "career", "careers", "field", "school", "program", "programs", "grads", "graduates", "majors",
			"pay", "pays", "salary", "salaries", "wages":
			return j != k // "how much does carpentry pay": the field's work
		case "worth":
			return j > k // "dentistry - is it worth it?": the field weighed as work
		case "studying", "studies", "study", "studied":
			return j < k || j == k+2 && ws[k+1] == "worth" // "studying physics", "is pharmacy worth studying", not "physics study"
		}
	}
	return false
}

// studyWords say a field is studied ("studying accounting"); they are not
// part of the field's name.
var studyWords = setOf("study", "studying", "studies", "studied", "major", "majoring", "degree")

// plainModifier reports whether w, a word the guides use, names a kind of
// role they never speak of: the guides never put it before the role, and
// among several guides more than one uses it ("coding specialist"; not
// "superposition specialist", one guide's own).
func (l *Library) plainModifier(w, role string) bool {
	return !l.usesPhrase(w, role) && l.m.lex.OnlyNoun(w) && (len(l.Guides) == 1 || l.terms != nil && !l.terms.onlyOne(w)) &&
		l.m.lex.Occupation(role) && !l.m.lex.Adjective(role) && !l.m.lex.Verb(role) // (not "AI masters": a degree)
}

// practitioners are the agent nouns a field's name may make: "journalism" →
// "journalist", "biology" → "biologist", "botany" → "botanist",
// "physics" → "physicist", "dentistry" → "dentist", "pharmacy" →
// "pharmacist".
func practitioners(w string) []string {
	var out []string
	switch {
	case strings.HasSuffix(w, "ism"):
		out = append(out, w[:len(w)-3]+"ist")
	case strings.HasSuffix(w, "ics"):
		out = append(out, w[:len(w)-1]+"ist", w[:len(w)-3]+"ist", w[:len(w)-1]+"ian") // "bioinformatics" → "bioinformatician"
		if strings.HasSuffix(w, "ytics") {
			out = append(out, w[:len(w)-4]+"st") // "analytics" → "analyst"
		}
	case strings.HasSuffix(w, "graphy"):
		out = append(out, w[:len(w)-1]+"er") // "geography" → "geographer"
	case strings.HasSuffix(w, "ancy"), strings.HasSuffix(w, "ency"):
		out = append(out, w[:len(w)-2]+"t") // "accountancy" → "accountant"
	case strings.HasSuffix(w, "ry"):
		out = append(out, w[:len(w)-2], w[:len(w)-1]+"ist", w[:len(w)-2]+"er") // "carpentry" → "carpenter"
	case strings.HasSuffix(w, "y"):
		out = append(out, w[:len(w)-1]+"ist")
	case strings.HasSuffix(w, "ure"):
		out = append(out, w[:len(w)-1]+"ist") // "horticulture" → "horticulturist"
	case strings.HasSuffix(w, "e"):
		out = append(out, w[:len(w)-1]+"ist") // "hygiene" → "hygienist"
	}
	return out
}

// relations are the people of an asker's life whose jobs a message may
// mention in passing ("wife is a librarian", "partner is a nurse").
var relations = setOf("wife", "husband", "partner", "spouse", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé",
	"mom", "mum", "dad", "mother", "father", "parents", "parent", "brother", "sister", "son", "daughter", "kid", "kids",
	"friend", "roommate", "uncle", "aunt", "cousin", "grandma", "grandpa", "neighbor", "neighbour", "sibling", "bf", "gf",
	"grandson", "granddaughter", "grandchild", "grandkid", "grandkids", "niece", "nephew", "stepson", "stepdaughter", "grandmother", "grandfather",
	"buddy", "pal", "bestie", "coworker", "colleague", "classmate", "bro", "sis")

// ageLike reports whether w is an age as people give it before their job:
// "30", "27m", "34f", "40yo".
func ageLike(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "yo"), "y") // "40yo"
	w = strings.TrimRight(w, "mf")
	if len(w) != 2 {
		return false
	}
	n, err := strconv.Atoi(w)
	return err == nil && n >= 16 && n <= 79
}

// clauseJoin words join a clause to the one before.
var clauseJoin = setOf("and", "so", "but", "also", "then", "or")

// pronounWeighs reports whether "he" or "she", within six words after
// the job at i, weighs their pay against another's ("my sister's a pilot
// and claims she out-earns ML engineers").
func pronounWeighs(ws []string, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+6; j++ {
		if (ws[j] == "he" || ws[j] == "she") && weighsPayAt(ws, j) {
			return true
		}
	}
	return false
}

// weighsPayAt reports whether the words after the pronoun at j weigh its
// holder's pay against another's: "out-earns", "makes more", "earns less".
func weighsPayAt(ws []string, j int) bool {
	if j+1 >= len(ws) {
		return false
	}
	if outdoes(ws[j+1 : min(len(ws), j+3)]) {
		return true
	}
	verb := ws[j+1]
	return j+2 < len(ws) && (verb == "makes" || verb == "earns" || verb == "gets" || verb == "made" || verb == "earned") && (ws[j+2] == "more" || ws[j+2] == "less")
}

// pronounAfter reports whether a third-person pronoun follows position i:
// the question asks about the person just named ("my dad is a plumber,
// what does he earn?").
func pronounAfter(ws []string, i int) bool {
	asking := false // a pronoun in the asking ("what does he earn"), not the telling ("he'd laugh at this but what …")
	plural := strings.HasSuffix(ws[i], "s")
	for k, w := range ws[i+1:] {
		// a question word, or a verb that opens a question where a clause
		// can start ("…, does she need …"; not "a galley is like her …")
		asking = asking || whWord(w) || startsQuestion(w) && (k == 0 || clauseJoin[ws[i+k]])
		switch w {
		case "he", "she", "him", "her", "his", "hers":
			if asking || (w == "he" || w == "she") && weighsPayAt(ws, i+1+k) {
				return true // (or weighed against another: "claims she out-earns ML engineers", "he makes more than …")
			}
		case "they", "them", "their":
			if asking && (plural || k < 8) {
				// "my parents are nurses … what do they earn?", "my sister is
				// a sleep tech how much do they make" (not "my sister is a
				// flight attendant and … [three sentences] … how many people
				// are they feeding?": the workers asked about)
				return true
			}
		}
	}
	return false
}

// guideNameWord reports whether w is a word of one of a guide's names, other
// than its last ("space" of "space chef").
func guideNameWord(g *bot.Guide, w string) bool {
	return nameModifier(g, func(x string) bool { return x == w })
}

// nameModifier reports whether match holds for a word of the guide's
// title or an alias before its head ("orbital" of "Orbital Chef").
func nameModifier(g *bot.Guide, match func(string) bool) bool {
	for _, n := range append([]string{g.Title}, g.Aliases...) {
		f := strings.Fields(bot.NormalizeName(n))
		if slices.ContainsFunc(f[:max(0, len(f)-1)], match) {
			return true
		}
	}
	return false
}

// nameStemWorker is the one guide whose name has a word of mod's stem
// before a head that names worker's kind ("orbital" and "cook" for the
// guide that answers to "Orbital Chef" and "zero-g cook"); nil when none
// or several.
func (l *Library) nameStemWorker(mod, worker string) *bot.Guide {
	var found *bot.Guide
	for _, g := range l.headNames[worker] {
		if g != found && guideNameStem(g, mod) {
			if found != nil {
				return nil
			}
			found = g
		}
	}
	return found
}

// verbParticle words after a verb make a phrasal verb of it ("pop up",
// "burn out").
var verbParticle = setOf("up", "out", "off", "down", "away")

// requestVerb words, before "me" or "us", tell who sent the asker ("my
// manager asked me to find out").
var requestVerb = setOf("asked", "told", "wants", "wanted", "needs", "needed", "sent", "pinged", "tasked")

// guideNameStem is guideNameWord for a word of the same stem as a word of
// the guide's name before its head ("orbit cooks" for "Orbital Chef").
func guideNameStem(g *bot.Guide, w string) bool {
	if guideNameWord(g, w) {
		return true
	}
	if len(w) < 4 {
		return false
	}
	sw := stem(w)
	return nameModifier(g, func(x string) bool { return len(x) >= 4 && stem(x) == sw })
}

// qualifyAs reports whether the person noun at i is what someone gets
// started, licensed or certified as ("get started as a QA tester").
func qualifyAs(ws []string, i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if ws[k] == "as" {
			return qualifiedAs[ws[k-1]] && askedAbout(ws, k)
		}
	}
	return false
}

// doubtedJob reports whether the words after position i doubt that what
// is named there is a job: "an actual job", "a real career", "a legit
// thing".
func doubtedJob(ws []string, i int) bool {
	for j := i + 1; j+1 < len(ws) && j <= i+4; j++ {
		if ws[j] == "actual" || ws[j] == "real" || ws[j] == "legit" || ws[j] == "legitimate" {
			switch ws[j+1] {
			case "job", "career", "thing", "profession", "role":
				return true
			}
		}
	}
	return false
}

// agentNoun reports whether w ends the way English names a practitioner of a
// field: "-ician" (statistician), "-ologist" (climatologist), "-ographer"
// (oceanographer), singular or plural.
func agentNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return len(w) > 8 && (strings.HasSuffix(w, "ician") || strings.HasSuffix(w, "ologist") || strings.HasSuffix(w, "ographer"))
}

// allLetters reports whether w is made of ASCII letters only.
func allLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// personWords are the words a job named by its thing ends in: "the weather
// guy", "the lunch ladies".
var personWords = setOf("guy", "guys", "lady", "ladies", "man", "men", "woman", "women", "folks", "people", "crew", "crews", "dude", "dudes", "gal", "gals")

// jobWithThing is a job described by the things of its work, when no
// guide speaks of them: "the job with airplanes", "the job with the big
// cranes on construction sites", "the airplane job"; "" otherwise (not
// "the job where computers learn from data": words the guide uses).
func (l *Library) jobWithThing(q *question, taken []bool) string {
	ws := q.words
	if l.Searcher == nil {
		return ""
	}
	for i := 1; i < len(ws); i++ {
		if ws[i] != "job" && ws[i] != "gig" || taken[i] {
			continue
		}
		// Only a job the question asks about: opening the message ("the job
		// with airplanes, what's the pay?") or after "for", "about",
		// "into", "of" ("what's the pay for the airplane job"); not the
		// asker's own ("I finally quit the warehouse job").
		at := i - 1 // the article
		if i >= 2 && ws[i-2] == "the" {
			at = i - 2
		}
		if ws[at] != "the" || at > 1 && !(ws[at-1] == "for" || ws[at-1] == "about" || ws[at-1] == "into" || ws[at-1] == "of") {
			continue
		}
		var thing []int // the words that tell the job
		switch {
		case i+1 < len(ws) && (ws[i+1] == "with" || ws[i+1] == "where"):
			for k := i + 2; k < len(ws) && k <= i+8 && !clauseEnd[ws[k]] && !startsQuestion(ws[k]); k++ {
				thing = append(thing, k)
			}
		case ws[i-1] != "the" && i >= 2 && ws[i-2] == "the":
			thing = []int{i - 1} // "the airplane job"
		}
		unknown, known := 0, 0
		for _, k := range thing {
			w := ws[k]
			if taken[k] || l.m.stop[w] || determiner[w] || !hasLetter(w) || l.m.index[w] != nil || placeWord(l.m, w) {
				continue
			}
			switch {
			case l.isCareerWord(w) || l.knownTerm(w) || l.vocab.known(w):
				known++
			case l.m.lex.Noun(l.m.lex.Singular(w)) && !l.m.lex.General(w) && !l.m.lex.Adjective(w):
				unknown++
			}
		}
		if unknown > 0 && known == 0 {
			return "that work"
		}
	}
	return ""
}

// nounDoer is a job named by a thing before a person word, after "the",
// "my" or "our" ("the weather guy", "the lunch ladies at my kid's school"),
// when no guide speaks of that thing; "" otherwise (not "a numbers guy",
// the asker describing themself, nor "the ML folks").
func (l *Library) nounDoer(q *question, taken []bool) string {
	if l.Searcher == nil {
		return ""
	}
	ws := q.words
	for i := 2; i < len(ws); i++ {
		if !personWords[ws[i]] || taken[i] || taken[i-1] || !(ws[i-2] == "the" || ws[i-2] == "my" || ws[i-2] == "our") {
			continue
		}
		w := ws[i-1]
		if l.m.stop[w] || l.m.index[w] != nil || !allLetters(w) || len(w) < 3 || !l.m.lex.Noun(w) || l.m.lex.MostlyAdjective(w) ||
			placeWord(l.m, w) || l.m.lex.Time(w) || relations[w] || l.m.employers[w] || l.m.lex.Person(w) ||
			l.isCareerWord(w) || l.Searcher.Known(context.Background(), w) || l.vocab.known(w) || l.usesNoun(w) {
			continue
		}
		return w + " " + ws[i]
	}
	return ""
}

// placePrep words put a place after them ("on a car assembly line").
var placePrep = setOf("on", "at", "in", "of", "to", "from", "behind")

// payNext words after a job's name ask for its pay ("my paramedic pay").
var payNext = setOf("salary", "salaries", "pay", "wage", "wages", "earnings", "income")

// subjectField is a field of study or line of work named by its subject
// where a question opens, when no guide uses its words: "astronomy PhD: is
// there a job market?", "actuarial science exams, how many are there?",
// "radiologic technology pay in Massachusetts?"; "" otherwise. The field's
// last word is one WordNet files, in its most frequent sense, under a field
// of study or a line of work; a one-word field no guide uses, or a kind
// of one named by words no guide uses ("actuarial science"). The words
// after it must ask what a field is asked (pay, outlook, training, exams),
// not say it is the asker's ("physics PhD here").
func (l *Library) subjectField(q *question, raw []string, taken []bool) string {
	ws := q.words
	if l.Searcher == nil || len(ws) < 2 || len(raw) != len(ws) || len(q.careers) > 0 {
		return ""
	}
	for _, w := range ws {
		if l.isCareerWord(w) {
			return ""
		}
	}
	start := 0
	for start < len(ws) && (ws[start] == "so" || ws[start] == "ok" || ws[start] == "okay" || ws[start] == "hey" || ws[start] == "and" || ws[start] == "also") {
		start++
	}
	if start+1 < len(ws) && (ws[start] == "what" || ws[start] == "how") && ws[start+1] == "about" {
		start += 2
	}
	if start >= len(ws) || taken[start] || l.m.stop[ws[start]] || l.m.index[ws[start]] != nil || !hasLetter(ws[start]) {
		return "" // (the usual question, opening with its asking word)
	}
	seps := wordSeparators(q.raw, raw)
	end := start
	for end < len(ws) && end < start+3 && !taken[end] && !l.m.stop[ws[end]] && (l.m.index[ws[end]] == nil || l.m.lex.Field(ws[end]) && end > start) &&
		hasLetter(ws[end]) && !hasDigit(ws[end]) {
		end++
		if seps != nil && seps[end-1] != 0 {
			break
		}
	}
	if end == start {
		return ""
	}
	// What follows the field: a separator, or a word of what is asked of it.
	next := ""
	if end < len(ws) {
		next = ws[end]
	}
	if !(seps != nil && seps[end-1] != 0 && seps[end-1] != '.' || fieldAsked[next] || l.m.index[next] != nil || startsQuestion(next) && next != "who") || next == "here" ||
		end+1 < len(ws) && ws[end+1] == "here" {
		return ""
	}
	if !l.asksOfField(ws[end:]) {
		return ""
	}
	if imperativeOpener(l.m, ws[start:]) >= end-start {
		return "" // "double check which state pays the most": a verb bidding, its clause after it
	}
	if !strings.Contains(q.raw, "?") && end+1 >= len(ws) && !payNext[next] && next != "outlook" {
		return "" // "physics phd," read alone: a piece that asks nothing (but "UX design salary")
	}
	for end > start+1 && fieldAsked[ws[end-1]] {
		end-- // "astronomy phd": the field, then its degree
	}
	// "physics PhD, want to switch into …: what should I pick up?": a
	// degree held may be the asker's way in; only what the field itself
	// offers is asked of it ("astronomy PhD: is there a job market?").
	degree := end < len(ws) && studyDegree[ws[end]]
	if degree && end+1 < len(ws) && ws[end+1] == "student" {
		return "" // "structural bio grad student, considering a switch": the asker's own label
	}
	if degree && (q.has("path") || q.has(bot.KindSkills) || q.has(bot.KindCerts)) && !(q.has("salary") || q.has("outlook") || q.has("employed")) {
		return ""
	}
	if l.guideNounIn(notIn(ws[end:], fieldAsked)) || l.guideNounIn(ws[:start]) {
		return "" // (the rest of the message speaking of a guide's world makes it that guide's)
	}
	return l.fieldPhrase(ws, raw, start, end)
}

// asksOfField reports whether the words ask what a field is asked, as work
// or study: its pay, its outlook, its training ("how long is the
// training?").
func (l *Library) asksOfField(ws []string) bool {
	for k, w := range ws {
		if fieldAsked[w] || w == "long" && k > 0 && ws[k-1] == "how" || l.m.index[w] != nil && !l.m.index[w][bot.KindTools] && !l.m.index[w]["state"] {
			return true
		}
	}
	return false
}

// fieldPhrase is ws[start:end] as typed when it names a field no guide
// uses: its last word a field in WordNet ("astronomy") or, after words of
// its own, the work of an occupation WordNet knows ("UX design"), its
// other words nouns or relational adjectives no guide uses; "" otherwise.
func (l *Library) fieldPhrase(ws, raw []string, start, end int) string {
	foreign := func(w string) bool {
		return !l.m.stop[w] && hasLetter(w) && !hasDigit(w) && l.m.index[w] == nil && !l.m.topics[w] && !l.m.employers[w] &&
			!placeWord(l.m, w) && !l.m.lex.Time(w) && !l.isCareerWord(w) && !l.knownTerm(w) && !l.vocab.known(w)
	}
	head := ws[end-1]
	if !(l.m.lex.Field(head) || end-start > 1 && l.workOf(head)) || l.m.lex.Person(head) {
		return ""
	}
	if end-start == 1 {
		if !foreign(head) || len(head) < 5 {
			return ""
		}
		return head
	}
	for k := start; k < end-1; k++ {
		w := ws[k]
		// A word the guides use names a field with the next word they
		// never put beside it ("data analytics", "product management").
		// Among several guides, a word one guide alone uses is that guide's
		// ("superposition plant growing").
		guideWord := l.knownTerm(w) && l.m.index[w] == nil && !l.m.stop[w] && !l.isCareerWord(w) && !l.usesPhrase(w, ws[k+1]) && !l.m.lex.Time(w) && !placeWord(l.m, w) &&
			(len(l.Guides) == 1 || l.terms != nil && !l.terms.onlyOne(w))
		if !(foreign(w) || guideWord) || !(l.m.lex.Noun(w) || l.m.lex.Relational(w) || !l.m.lex.Word(w) && len(w) >= 2) || l.m.lex.Person(w) && !l.m.lex.Relational(w) || l.m.lex.CommonVerb(w) {
			return ""
		}
	}
	return asTyped(ws, raw, start, end)
}

// fieldAsked are the words after a field's name that ask about it as work
// or study: "astronomy jobs", "actuarial science exams", "biostatistics
// master's".
var fieldAsked = setOf("pay", "pays", "salary", "salaries", "wages", "outlook", "jobs", "job", "market", "careers", "career", "training", "exam", "exams",
	"licensure", "license", "licence", "licensing", "degree", "degrees", "masters", "master", "phd", "doctorate", "bootcamp", "school", "program", "programs",
	"certification", "certifications", "certs", "cert", "prospects", "openings", "grads", "majors", "major")

// studyDegree are the degrees a field's name may come before.
var studyDegree = setOf("degree", "degrees", "masters", "master", "phd", "doctorate", "major", "majors", "grad", "grads", "bachelors", "bachelor")

// supposing are the words that open a supposed case ("what if I
// worked as …", "suppose I trained as …"): the job after them is one
// weighed, not the asker's.
var supposing = setOf("if", "suppose", "supposing", "imagine", "hypothetically")

// supposer are who a supposed case is of: the asker or someone they
// speak of, not the general "you" ("what decides if u get 120k as ML
// eng?") or "it".
var supposer = setOf("i", "we", "he", "she", "they", "my")

// clauseCuts marks the words after which a sentence or a clause ends: the
// sentence ends, and a comma, semicolon or colon typed after a word; nil
// when neither is known. A word a reading put in ("prod" read as
// "production") ends one when such a mark, or a question or exclamation
// mark, stands between the words found around it. A comma before a word
// goesOn accepts (a verb: "who design, build and deploy …") cuts nothing.
func clauseCuts(text string, raw []string, ends []bool, n int, goesOn func(string) bool) []bool {
	if len(raw) != n || n == 0 || !strings.ContainsAny(text, ",;:?!") {
		return ends
	}
	low := strings.ToLower(text)
	cuts := make([]bool, n)
	copy(cuts, ends)
	from := 0
	for k, w := range raw {
		at := wordAt(low[from:], strings.ToLower(w))
		if at < 0 {
			if k+1 < n {
				if j := wordAt(low[from:], strings.ToLower(raw[k+1])); j >= 0 {
					cuts[k] = cuts[k] || strings.ContainsAny(low[from:from+j], ",;:?!")
				}
			}
			continue
		}
		from += at + len(w)
		if rest := strings.TrimLeft(low[from:], " "); rest != "" && (rest[0] == ',' || rest[0] == ';' || rest[0] == ':') && !(k+1 < n && goesOn(strings.ToLower(raw[k+1]))) {
			cuts[k] = true // (not "who design, build and deploy …": a list of what they do)
		}
	}
	return cuts
}

// opensTold is the end of the sentence or clause (cut by a comma: "Nurse,
// 2 questions: …") the job at word i opens the message with, when it asks
// nothing (no asking word, no word of what is asked) and a question
// follows it ("SWE at a bank in Sioux Falls. how long is the production ML
// step?"); 0 otherwise. The caller checks that the rest names a guide's
// career: then the job is the asker's label ("plumber in ohio. whats the
// pay" asks the plumber's).
func opensTold(m *model, ws []string, ends []bool, i int) int {
	if len(ends) != len(ws) || i > 1 || i == 1 && ws[0] != "a" && ws[0] != "an" {
		return 0
	}
	e := endOfSentence(ends, i, len(ws))
	if e >= len(ws) {
		return 0
	}
	for _, w := range ws[i+1 : e] {
		if startsQuestion(w) || m.index[w] != nil && !m.weak[w] {
			return 0
		}
	}
	return e
}

// studentLabel reports whether the field at word i, opening the message,
// is followed by a word of its study ("grad", "student", "major") that
// ends a label of the asker: a mark after it ("accounting grad: which
// blight cert …", "nursing grad, I'm used to charting"), or the asker
// going on to tell ("nursing grad comparing options: …").
func studentLabel(text string, ws []string, i int) bool {
	if i+2 >= len(ws) || !studentWord[ws[i+1]] || strings.HasSuffix(ws[i+1], "s") || ws[i+1] == "alumni" {
		return false // (not "mechanical engineering grads - what jobs?": the graduates asked about)
	}
	if tellers[ws[i+2]] || strings.HasSuffix(ws[i+2], "ing") && len(ws[i+2]) > 5 {
		return true
	}
	low := strings.ToLower(text)
	at := wordAt(low, ws[i+1])
	if at < 0 {
		return false
	}
	rest := strings.TrimLeft(low[at+len(ws[i+1]):], " ")
	return rest != "" && strings.ContainsRune(",-:.;—–", []rune(rest)[0])
}

// wordSeparators is, for each typed word, the punctuation typed right after
// it (':', ',', '-', '/', '?', '.', '!', ';' or '('), 0 for none; nil when
// the words cannot be found in the text.
func wordSeparators(text string, raw []string) []byte {
	low := strings.ToLower(text)
	out := make([]byte, len(raw))
	from := 0
	for k, w := range raw {
		at := wordAt(low[from:], strings.ToLower(w))
		if at < 0 {
			return nil
		}
		from += at + len(w)
		rest := strings.TrimLeft(low[from:], " ")
		if rest == "" {
			continue
		}
		switch c := rest[0]; c {
		case ':', ',', '-', '/', '?', '.', '!', ';', '(':
			out[k] = c
		default:
			if strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") {
				out[k] = '-'
			}
		}
	}
	return out
}

// notIn is ws without the words of set.
func notIn(ws []string, set map[string]bool) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if !set[w] {
			out = append(out, w)
		}
	}
	return out
}

// workOf reports whether the noun w names the work of an occupation WordNet
// knows, by the way English makes the worker's name from it: "design" →
// designer, "management" → manager, "administration" → administrator,
// "writing" → writer, and practitioners' ("therapy" → therapist).
func (l *Library) workOf(w string) bool {
	if !(l.m.lex.Noun(w) || strings.HasSuffix(w, "ics") && l.m.lex.Word(w)) || len(w) < 5 {
		return false // ("analytics", which WordNet files as an adjective's form)
	}
	cands := practitioners(w)
	switch {
	case strings.HasSuffix(w, "ation"):
		cands = append(cands, w[:len(w)-3]+"or")
	case strings.HasSuffix(w, "ment"):
		cands = append(cands, w[:len(w)-4]+"er", w[:len(w)-4]+"r") // "development" → "developer", "management" → "manager"
	case strings.HasSuffix(w, "ing"):
		b := w[:len(w)-3]
		cands = append(cands, b+"er", b+"e", b+"or")
	default:
		cands = append(cands, w+"er")
	}
	for _, a := range cands {
		if l.m.lex.Occupation(a) {
			return true
		}
	}
	return false
}

// guideNounIn reports whether a word not yet read is a name or noun of a
// guide's world: one the guides use, at most half their sections, that no
// dictionary has ("Kubeflow") or a noun that is not a time, an everyday
// verb or a general word ("superposition", "galley"; not "years",
// "expect", "next").
func (l *Library) guideNounIn(ws []string) bool {
	ctx := context.Background()
	for _, w := range ws {
		if l.m.stop[w] || l.m.index[w] != nil || !hasLetter(w) || placeWord(l.m, w) || !l.knownTerm(w) || 2*l.Searcher.DocFreq(ctx, w) > l.Searcher.SectionCount() {
			continue
		}
		lx := l.m.lex
		if !lx.Word(w) || lx.Noun(w) && !lx.Time(w) && !lx.General(w) && !lx.CommonVerb(w) && !lx.MostlyAdjective(w) && !lx.Verb(w) {
			return true
		}
	}
	return false
}

// careerWordTaken reports whether a word read as part of a guide's name
// ("ML" in "the ML pay") is among ws.
func (l *Library) careerWordTaken(ws []string, taken []bool) bool {
	for k, w := range ws {
		if k < len(taken) && taken[k] && l.isCareerWord(w) {
			return true
		}
	}
	return false
}

// jobsWeighed reports whether the job from start to i is set against
// another right beside it ("dental hygienist or RN, which is faster to get
// into?", "vet tech vs dental assistant"): two jobs weighed, each asked
// about, not the asker's way in.
func jobsWeighed(m *model, ws []string, start, i int) bool {
	if versusPerson(m, ws, i) {
		return true
	}
	if start < 2 || ws[start-1] != "or" && ws[start-1] != "vs" && ws[start-1] != "versus" {
		return false
	}
	w := ws[start-2]
	return m.lex.Occupation(w) || m.lex.Occupation(m.lex.Singular(w)) || m.lex.Person(w)
}

// certNameTyped reports whether the words ending at i spell a guide's
// certificate name, give or take a typo or two ("entangled orchid steward"
// for the Entangled Orchard Steward): a name half-remembered, not a job
// whose last word it shares.
func (l *Library) certNameTyped(ws []string, i int) bool { return l.certNameLen(ws, i) > 0 }

// certNameLen is how many words ending at i spell a guide's certificate
// name, 0 when they spell none. Only a name of two or more words, spelt
// within one edit in ten letters of it, counts.
func (l *Library) certNameLen(ws []string, i int) int {
	if ws[i] == "" {
		return 0
	}
	for _, want := range l.certByLast[ws[i][0]] { // (names read when the library is loaded, by their last word's first letter)
		n := strings.Count(want, " ") + 1
		if i+1 < n {
			continue
		}
		typed := strings.Join(ws[i+1-n:i+1], " ")
		if d := max(1, len(want)/10); typed == want || bot.Levenshtein(typed, want, d) <= d {
			return n
		}
	}
	return 0
}

// compoundWorker is the occupation WordNet names by the noun before the
// gerund at i and the gerund's doer ("truck driving": truck driver,
// "landscape gardening": landscape gardener); "" when there is none, or
// the noun is a word the guides use ("superposition gardening").
func compoundWorker(l *Library, ws []string, taken []bool, i int) string {
	m := l.m
	if i == 0 || taken[i-1] || taken[i] || m.stop[ws[i-1]] || !hasLetter(ws[i-1]) || m.index[ws[i-1]] != nil || l.knownTerm(ws[i-1]) || l.isCareerWord(ws[i-1]) {
		return ""
	}
	base, ok := strings.CutSuffix(ws[i], "ing")
	if !ok || len(base) < 2 {
		return ""
	}
	doers := []string{base + "er", base + "r"}
	if n := len(base); n > 2 && base[n-1] == base[n-2] {
		doers = append(doers, base[:n-1]+"er") // "running": runner
	}
	for _, d := range doers {
		if c := ws[i-1] + " " + d; m.lex.Occupation(c) {
			return c
		}
	}
	return ""
}

// guideFieldIn reports whether ws name a guide's field by the two or more
// words its title or an alias puts before the head noun, side by side, the
// guide's vocabulary expanded ("go into AI": artificial intelligence, of "AI
// engineer"; "the ml path": machine learning): the career's field, named
// without its job. (One word, "orbital", "dream", is too often said of
// other things.) The fields are read when the library is loaded.
func (l *Library) guideFieldIn(ws []string) bool {
	for k := range ws {
		for n := 2; n <= l.fieldMax && k+n <= len(ws); n++ {
			if l.fieldNames[strings.Join(ws[k:k+n], " ")] {
				return true
			}
		}
	}
	return false
}
