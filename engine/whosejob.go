package engine

import (
	"context"
	"slices"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// A message may tell the jobs of several people and then ask about one of
// them by a pronoun: "My sister's a data analyst at a hospital and her
// boyfriend is an ML engineer at Meta. What certs should SHE get?",
// "Accountant here in California. My husband is an ML engineer. What's
// the median for MY job in CA?". The question is about that person's job:
// a guide's career, or an occupation no guide covers.

// toldJob is a person a message tells the job of.
type toldJob struct {
	who       string // the relation ("sister"), or "" for the asker
	gender    byte   // 'f', 'm', or 0 when the word does not say
	possessed bool   // introduced as someone else's ("her boyfriend")
	career    *bot.Guide
	occ       string        // an occupation no guide covers
	named     string        // the words the job was told by ("air traffic controller")
	states    []bot.USState // where the clause says they work ("an orbital chef in Florida")
	moving    bool          // the clause tells of a change or a wish ("wants to switch", "dreams of")
}

// femaleRel and maleRel are relations whose word says the person's gender.
var (
	femaleRel = setOf("wife", "girlfriend", "gf", "fiancee", "fiancée", "mom", "mum", "mother", "sister", "daughter", "aunt", "grandma",
		"grandmother", "granddaughter", "niece", "stepdaughter", "stepmom", "sis")
	maleRel = setOf("husband", "boyfriend", "bf", "fiance", "fiancé", "dad", "father", "brother", "son", "uncle", "grandpa",
		"grandfather", "grandson", "nephew", "stepson", "stepdad", "bro")
)

// clauseBreak words end the clause that tells one person's job.
var clauseBreak = setOf("and", "but", "while", "whereas")

// whoseJob finds the question sentence of text that asks about one person's
// job by a pronoun or as the asker's own ("her job", "what does he make",
// "my job", "my uncle's job"), when the message tells the jobs of two
// people or more and exactly one of them is the one meant, and returns the
// question and that person's job.
func (l *Library) whoseJob(ctx context.Context, text string, guess func(*question) *bot.Guide) (string, *toldJob) {
	if l.Searcher == nil || !twoSentences(text) {
		return "", nil
	}
	sentences := tellingSentences(text)
	qi := -1
	for i, s := range sentences {
		if strings.Contains(text, strings.TrimSpace(s)+"?") {
			qi = i // the last sentence that asks
		}
	}
	if qi < 0 {
		return "", nil
	}
	question := strings.TrimSpace(sentences[qi])
	qw := words(question)
	ref, refRel := askedPerson(qw)
	if ref == 0 {
		return l.jobNamedAgain(ctx, sentences, qi, question, guess)
	}
	aq := l.analyse(ctx, question)
	if len(aq.careers) > 0 || len(aq.scope.occupations) > 0 && !(refRel != "" && len(aq.scope.occupations) == 1) {
		return "", nil // the question names the job itself
	}
	people := l.peopleTold(ctx, sentences, qi, guess)
	if len(people) == 1 && ref == 'i' && people[0].who == "" && !people[0].moving && !aq.has("compare") && !hasAny(aq, "difference", "between", "vs", "versus", "than") {
		// "I'm a data labeler in Austin TX. what's the median for my
		// job?": the asker's own job, told and asked about
		return question, &people[0]
	}
	if len(people) < 2 {
		return "", nil
	}
	var found []*toldJob
	pick := func(ok func(p *toldJob) bool) {
		for k := range people {
			if p := &people[k]; ok(p) {
				found = append(found, p)
			}
		}
	}
	switch ref {
	case 'i':
		pick(func(p *toldJob) bool { return p.who == "" })
	case 'r':
		pick(func(p *toldJob) bool { return p.who == refRel && !p.possessed })
	default:
		pick(func(p *toldJob) bool { return p.who != "" && p.gender == ref && !p.possessed })
		if len(found) == 0 {
			pick(func(p *toldJob) bool { return p.who != "" && p.gender == 0 && !p.possessed })
		}
	}
	if len(found) != 1 || found[0].moving {
		return "", nil // (one who "wants to switch to ML engineering" is asked about as what they want to become)
	}
	return question, found[0]
}

// peopleTold reads the people the sentences other than the question at
// qi tell the jobs of.
func (l *Library) peopleTold(ctx context.Context, sentences []string, qi int, guess func(*question) *bot.Guide) []toldJob {
	var people []toldJob
	for i, s := range sentences {
		if i != qi {
			people = append(people, l.toldJobs(ctx, words(s), guess)...)
		}
	}
	return people
}

// jobNamedAgain finds a question that names a job told before it by a
// shorter name: its initials ("my dad's an air traffic controller … What's
// the median ATC salary?") or its head noun alone ("my wife's a real
// estate agent. What's a typical agent's yearly income in Arizona?"), when
// the question names no career and no occupation of its own and asks
// something. The question and that person's job are returned.
func (l *Library) jobNamedAgain(ctx context.Context, sentences []string, qi int, question string, guess func(*question) *bot.Guide) (string, *toldJob) {
	q := l.analyse(ctx, question)
	// (an occupation read from letters in capitals, "ATC", may be the told
	// job's initials)
	if len(q.careers) > 0 || slices.ContainsFunc(q.scope.occupations, func(o string) bool { return o != strings.ToUpper(o) }) || q.intentCount() == 0 {
		return "", nil
	}
	var acronyms, nouns []string
	for _, f := range strings.Fields(question) {
		f = strings.Trim(f, ".,;:!?()'\"")
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "’s")
		w := strings.ToLower(f)
		switch {
		case len(f) >= 2 && len(f) <= 5 && isASCII(f) && f == strings.ToUpper(f) && !hasDigit(f) && l.m.index[w] == nil && !l.isCareerWord(w) && !placeWord(l.m, w):
			acronyms = append(acronyms, w)
		case len(w) > 3 && l.m.lex.Noun(w) && !l.m.stop[w] && l.m.index[w] == nil && !placeWord(l.m, w) && !l.Searcher.Known(ctx, w) && !l.vocab.known(w):
			nouns = append(nouns, l.m.lex.Singular(w))
		}
	}
	if len(acronyms) == 0 && len(nouns) == 0 {
		return "", nil
	}
	var found *toldJob
	people := l.peopleTold(ctx, sentences, qi, guess)
	for k := range people {
		p := &people[k]
		if p.occ == "" || p.moving {
			continue
		}
		f := strings.Fields(strings.ToLower(p.occ))
		initials := func(name string) string {
			b := ""
			if f := strings.Fields(name); len(f) >= 2 {
				for _, w := range f {
					b += w[:1]
				}
			}
			return b
		}
		if slices.ContainsFunc(acronyms, func(a string) bool { return a == initials(p.occ) || a == initials(p.named) }) ||
			slices.Contains(nouns, l.m.lex.Singular(f[len(f)-1])) {
			if found != nil {
				return "", nil // two jobs it could be
			}
			found = p
		}
	}
	if found == nil {
		return "", nil
	}
	return question, found
}

// askedPerson reads whose job a question asks about: 'f' or 'm' by a
// pronoun ("her job", "what does he make"), 'i' for the asker's own ("my
// job", "for me"), 'r' with the relation for "my uncle's job"; 0 when it
// asks about no one.
func askedPerson(ws []string) (byte, string) {
	for k, w := range ws {
		next := ""
		if k+1 < len(ws) {
			next = ws[k+1]
		}
		switch w {
		case "she", "hers":
			return 'f', ""
		case "he":
			return 'm', ""
		case "i":
			if k > 0 && ws[k-1] == "what" && next == "do" {
				return 'i', "" // "for what I do"
			}
		case "her", "his":
			if relations[next] {
				return 0, "" // "her boyfriend": another person, named
			}
			if w == "her" {
				return 'f', ""
			}
			return 'm', ""
		case "him":
			return 'm', ""
		case "my":
			if relations[next] {
				return 'r', next // "my uncle's job"
			}
			switch next {
			case "job", "field", "work", "trade", "pay", "salary", "own", "profession", "occupation", "kind":
				return 'i', ""
			case "line":
				if k+2 < len(ws) && ws[k+2] == "of" {
					return 'i', "" // "my line of work" (not "does my line time count": time on a kitchen line)
				}
			}
		}
	}
	return 0, ""
}

// toldJobs reads the people a sentence tells the jobs of: "my sister is a
// data analyst", "her boyfriend is an ML engineer at Meta", "my cousin
// cooks for the crew on an orbital station", "I'm a registered nurse",
// "Accountant here".
func (l *Library) toldJobs(ctx context.Context, ws []string, guess func(*question) *bot.Guide) []toldJob {
	var out []toldJob
	for start := 0; start < len(ws); {
		end := start
		for end < len(ws) && !(end > start && clauseBreak[ws[end]] && newSubject(ws[end+1:])) &&
			!(end > start && end <= start+5 && ws[end-1] == "here" && newSubject(ws[end:])) { // "cosmetologist here, my gf is …"
			end++
		}
		if p, ok := l.toldJob(ctx, ws[start:end], guess); ok {
			p.states = l.analyse(ctx, strings.Join(ws[start:end], " ")).states
			c := ws[start:end]
			for k := 0; k+1 < len(c); k++ {
				// "who wants to switch to ML engineering", "dreams of cooking
				// in space", "interviewing for ML engineer roles"
				p.moving = p.moving || (l.m.switchW[c[k]] || c[k] == "wants" || c[k] == "want") && (c[k+1] == "to" || c[k+1] == "into") ||
					c[k] == "dreams" && c[k+1] == "of" || c[k] == "interviewing" && c[k+1] == "for"
			}
			out = append(out, p)
		}
		start = end
		if start < len(ws) && clauseBreak[ws[start]] {
			start++
		}
	}
	return out
}

// newSubject reports whether words open a clause about someone else (after
// "and": "and her boyfriend is …", "and I'm a …"), not more of the same
// person's work ("trains models and deploys them").
func newSubject(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	switch ws[0] {
	case "my", "our", "her", "his", "their", "i", "im", "she", "he", "shes", "hes", "both":
		return true
	}
	return relations[ws[0]] || len(ws) > 1 && ws[0] == "the" && relations[ws[1]]
}

// toldJob reads one clause that tells someone's job.
func (l *Library) toldJob(ctx context.Context, c []string, guess func(*question) *bot.Guide) (toldJob, bool) {
	var p toldJob
	k := 0
	for k < len(c) && (c[k] == "both" || c[k] == "also" || c[k] == "so") {
		k++
	}
	switch {
	case k+1 < len(c) && (c[k] == "my" || c[k] == "our" || c[k] == "her" || c[k] == "his" || c[k] == "their") && relations[c[k+1]]:
		p.who, p.possessed = c[k+1], c[k] != "my" && c[k] != "our"
		k += 2
	case k < len(c) && relations[c[k]] && k == 0: // "wife does cybersecurity", "dad drives trucks"
		p.who = c[k]
		k++
	case k+1 < len(c) && c[k] == "i" && c[k+1] == "m", k < len(c) && c[k] == "im":
		k += 1 + boolInt(c[k] == "i")
	case k+1 < len(c) && c[k] == "i" && c[k+1] == "am":
		k += 2
	case len(c) >= 2 && c[len(c)-1] == "here" || slices.Index(c, "here") > 0 && slices.Index(c, "here") <= 5:
		// "Accountant here in California", "Paralegal here"
		h := slices.Index(c, "here")
		return l.jobOf(ctx, p, c[:h], false, guess)
	default:
		return p, false
	}
	if k+1 < len(c) && c[k] == "in" && c[k+1] == "law" {
		k += 2 // "my brother-in-law"
	}
	if p.who != "" {
		if femaleRel[p.who] {
			p.gender = 'f'
		} else if maleRel[p.who] {
			p.gender = 'm'
		}
	}
	for k < len(c) && (c[k] == "is" || c[k] == "was" || c[k] == "are" || c[k] == "s" || c[k] == "works" && k+1 < len(c) && c[k+1] == "as" || c[k] == "as") {
		k++
	}
	if k >= len(c) {
		return p, false
	}
	if c[k] == "a" || c[k] == "an" || c[k] == "the" {
		return l.jobOf(ctx, p, c[k+1:], false, guess)
	}
	if k+1 < len(c) && (c[k] == "applying" || c[k] == "training" || c[k] == "studying" || c[k] == "hoping") && c[k+1] == "to" {
		k += 2 // "applying to cook for NASA on a station"
	}
	if l.m.lex.VerbForm(c[k]) || l.m.lex.Verb(c[k]) || strings.HasSuffix(c[k], "s") && l.m.lex.Verb(strings.TrimSuffix(c[k], "s")) {
		return l.jobOf(ctx, p, c[k:], true, guess)
	}
	if p.who != "" && l.m.lex.Noun(c[k]) { // "both my parents are electricians"
		return l.jobOf(ctx, p, c[k:], false, guess)
	}
	return p, false
}

// jobOf reads a job named (ws a noun phrase: "data analyst at a hospital")
// or described (ws a verb phrase: "cooks for the crew on an orbital
// station") as a guide's career or an occupation with no guide.
func (l *Library) jobOf(ctx context.Context, p toldJob, ws []string, described bool, guess func(*question) *bot.Guide) (toldJob, bool) {
	if len(ws) == 0 {
		return p, false
	}
	var text string
	if described {
		text = "what do people who " + strings.Join(ws, " ") + " make"
	} else {
		name := ws
		for i, w := range ws {
			if i > 0 && (w == "at" || w == "in" || w == "for" || w == "on" || w == "from" || w == "there" || w == "too" || w == "with" || w == "who" || w == "about" ||
				clauseBreak[w] || w == "so" || strings.HasSuffix(w, "ing") && l.m.lex.VerbForm(w)) { // ("an ML engineer choosing between …")
				name = ws[:i]
				break
			}
		}
		if len(name) > 5 {
			return p, false
		}
		text = strings.Join(name, " ") + " salary"
		p.named = strings.Join(name, " ")
	}
	read := func(text string) (toldJob, bool) {
		r := p
		q := l.analyse(ctx, text)
		switch {
		case len(q.careers) == 1 && len(q.scope.occupations) == 0:
			r.career = q.careers[0]
		case len(q.careers) == 0 && len(q.scope.occupations) > 0 && len(q.scope.generic) == 0:
			r.occ = q.scope.occupations[0]
		case described && len(q.careers) == 0 && len(q.scope.occupations) == 0 && len(l.Guides) > 1 && guess != nil:
			// "gets recommendation models from research into production":
			// the guide the work's own words find (with one guide, any
			// work would)
			if r.career = guess(q); r.career == nil {
				return r, false
			}
		default:
			return r, false
		}
		return r, true
	}
	r, ok := read(text)
	if described && (!ok || r.career == nil) {
		if k := slices.Index(ws, "and"); k > 0 {
			// "cooks on a station and trains out of Huntsville": the work
			// before the rest of the story names a guide's career
			if r2, ok2 := read("what do people who " + strings.Join(ws[:k], " ") + " make"); ok2 && r2.career != nil {
				return r2, true
			}
		}
	}
	return r, ok
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// othersCareerOnly returns the asking sentences of text when every career
// the message names is the job of someone introduced as someone else's
// ("her mom is an ML engineer") in a sentence that asks nothing, and the
// asking sentences name no career, no occupation and point at no one:
// "What certificate does someone need before their first flight as a
// galley cook in orbit? My niece wants to do that; her mom is an ML
// engineer." is asked of the galley cook. "" otherwise.
func (l *Library) othersCareerOnly(ctx context.Context, text string, careers []*bot.Guide) string {
	if !twoSentences(text) || !strings.Contains(text, "?") {
		return ""
	}
	var asking []string
	others := map[*bot.Guide]bool{}
	for _, s := range tellingSentences(text) {
		t := strings.TrimSpace(s)
		if t == "" {
			continue
		}
		if strings.Contains(text, t+"?") {
			q := l.analyse(ctx, t)
			if len(q.careers) > 0 || len(q.scope.occupations) > 0 {
				return ""
			}
			if ref, _ := askedPerson(q.words); ref != 0 {
				return ""
			}
			asking = append(asking, t+"?")
			continue
		}
		for _, p := range l.toldJobs(ctx, words(t), nil) {
			if p.career != nil && p.possessed {
				others[p.career] = true
			}
		}
	}
	if len(asking) == 0 || len(others) == 0 {
		return ""
	}
	for _, g := range careers {
		if !others[g] {
			return ""
		}
	}
	return strings.Join(asking, " ")
}

// tellingSentences splits a message at the marks that end a sentence or a
// clause that tells one person's job ("…; her mom is an ML engineer").
func tellingSentences(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == ';' })
}
