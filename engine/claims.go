package engine

import (
	"fmt"
	"slices"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// Claims: a question that names one thing of a guide's tables as the top
// or the bottom of it ("why is Massachusetts the top-paying state?", "the
// AWS one is the cheapest cert, right?") is answered with what the table
// puts there, computed, beside the thing named. A member who repeats the
// claim as fact should hear the guide's figures, not have the premise
// confirmed by an answer about the named thing alone.

// topWords and bottomWords are superlatives that place a thing first or
// last of a table; "most" and "least" only after "the" ("the most", not
// "most ML engineers").
var (
	topWords    = map[string]bool{"most": true, "highest": true, "top": true, "best": true, "biggest": true, "largest": true, "greatest": true, "richest": true, "max": true, "maximum": true}
	bottomWords = map[string]bool{"least": true, "lowest": true, "fewest": true, "smallest": true, "worst": true, "minimum": true, "bottom": true}
	// countWords: superlatives that, with no pay word, count people
	// ("Illinois has the most oneirographers").
	countWords = map[string]bool{"most": true, "least": true, "fewest": true, "biggest": true, "largest": true, "smallest": true}
)

// superlativeAt is the index of the first superlative of a table's top or
// bottom in the question, whether it is a bottom one, and the word; -1
// when there is none.
func superlativeAt(q *question) (at int, bottom bool, word string) {
	for i, w := range q.words {
		if !topWords[w] && !bottomWords[w] {
			continue
		}
		if (w == "most" || w == "least") && (i == 0 || q.words[i-1] != "the") {
			continue // "most ML engineers", "at least"
		}
		return i, bottomWords[w], w
	}
	return -1, false, ""
}

// stateWordAt is the index of the word that names state st in the
// question (its name, code, nickname or a city of it); -1 when none does.
func stateWordAt(q *question, st bot.USState) int {
	name := strings.Fields(strings.ToLower(st.Name))
	code := strings.ToLower(st.Code)
	for i, w := range q.words {
		if w == code || q.m.nicknames[w].Code == st.Code || usCities[w] == st.Code {
			return i
		}
		if w == name[0] && i+len(name) <= len(q.words) && strings.Join(q.words[i:i+len(name)], " ") == strings.Join(name, " ") {
			return i
		}
	}
	return -1
}

// rankClaim answers a question that names one state of the guide's table
// before a superlative that places it first or last ("why is
// Massachusetts the top-paying state for ML engineers?", "Texas has the
// fewest qubit gardeners of the states listed, right?"): the state the
// table puts there, and where the one named stands. nil when the question
// is not of that shape.
func (e *Engine) rankClaim(q *question, g *bot.Guide) *bot.Answer {
	if g == nil || len(g.States) < 2 || len(q.states) != 1 || q.hasSectionIntent() || q.has("cost") || rankAsked(q) || ordinal(q) > 0 ||
		hasAny(q, "range", "floor", "ceiling", "spread", "end", "than", "which") {
		// ("which state has the most? my friend says New York": the
		// ranking asked, the state only told; "is NY the 2nd highest?")
		return nil
	}
	st := q.states[0]
	row := g.State(st.Code)
	sup, bottom, word := superlativeAt(q)
	if row == nil || sup < 0 {
		return nil
	}
	if at := stateWordAt(q, st); at < 0 || at > sup {
		return nil // "the highest pay in Massachusetts": a figure there, not a claim about it
	}
	paid := q.has("salary") // ("make the most": a pay verb before the superlative)
	if k := sup - 1; k >= 0 && q.words[k] == "the" {
		paid = paid || k >= 1 && q.m.payVerbs[q.words[k-1]]
	}
	byEmployed := q.has("employed") || hasAny(q, "jobs", "positions", "people", "workers", "employs", "employ", "employer", "employers") ||
		!paid && countWords[word]
	rows := append([]bot.StateSalary(nil), g.States...)
	sortStates(rows, byEmployed, bottom)
	first := rows[0]
	what := map[[2]bool]string{{false, false}: "the highest median", {false, true}: "the lowest median",
		{true, false}: "the most employed", {true, true}: "the fewest employed"}[[2]bool{byEmployed, bottom}]
	figure := func(r bot.StateSalary) string {
		if byEmployed {
			return bot.Thousands(r.Employed)
		}
		return bot.Money(r.Median)
	}
	if first.Code == st.Code {
		if hasAny(q, "why") {
			return nil // true, and the reasons asked: the guide gives none (lacking)
		}
		a := stateSalary(e, g, st)
		a.Body = fmt.Sprintf("Yes: of the %d states in the %s guide, %s has %s (%s).\n\n", len(g.States), g.Title, st.Name, what, figure(first)) + a.Body
		return a
	}
	a := stateSalary(e, g, st)
	place := 0
	for i, r := range rows {
		if r.Code == st.Code {
			place = i + 1
		}
	}
	from := "top"
	if bottom {
		from = "bottom"
	}
	a.Body = fmt.Sprintf("Not %s: of the %d states in the %s guide, %s has %s (%s). %s has %s, %s from the %s.\n\n",
		st.Name, len(g.States), g.Title, bot.StateName(first.Code), what, figure(first), st.Name, figure(*row), ordinalWord(place), from) + a.Body
	return a
}

// certClaim answers a question that names one certificate beside "the
// cheapest" or "the priciest" ("The AWS ML Specialty is the cheapest MLE
// cert at like $150, yeah?"): the certificate the prices put there, and
// the price of the one named. nil when the question is not of that shape,
// or names the certificate as one left out ("cheapest besides AWS").
func (e *Engine) certClaim(q *question, g *bot.Guide, named *bot.Cert) *bot.Answer {
	if named == nil || len(g.Certifications) < 2 || certExcluded(q, named) || addsUp(q) {
		return nil
	}
	cheapest := hasAny(q, "cheapest") || hasAny(q, "least", "lowest") && q.has("cost")
	priciest := hasAny(q, "priciest", "costliest", "dearest") || hasAny(q, "most", "highest") && q.has("cost")
	if cheapest == priciest || named.Price <= 0 {
		return nil
	}
	var pick *bot.Cert
	for i := range g.Certifications {
		c := &g.Certifications[i]
		if c.Price > 0 && (pick == nil || cheapest && c.Price < pick.Price || priciest && c.Price > pick.Price) {
			pick = c
		}
	}
	which := "cheapest"
	if priciest {
		which = "priciest"
	}
	n := len(g.Certifications)
	if pick == nil || pick.Price == named.Price {
		a := certAnswer(e, g, named)
		a.Body = fmt.Sprintf("Yes: of the %d certifications in the %s guide, the %s is the %s (%s).\n\n", n, g.Title, named.Name, which, bot.Money(named.Price)) + a.Body
		return a
	}
	a := certAnswer(e, g, pick)
	about := ""
	if named.About != "" {
		about = " (" + strings.TrimSuffix(named.About, ".") + ")"
	}
	a.Body = fmt.Sprintf("Not the %s, which costs %s%s: of the %d certifications in the %s guide, the %s is the %s (%s).\n\n",
		named.Name, bot.Money(named.Price), about, n, g.Title, pick.Name, which, bot.Money(pick.Price)) + a.Body
	return a
}

// whichCertNeeded reports whether a question asks which one certificate
// is needed ("what certificate do I need before my first flight?",
// "which cert is mandatory?"), not whether any is, nor a list.
func whichCertNeeded(q *question, g *bot.Guide) bool {
	if !q.has(bot.KindCerts) || q.has("license") || !hasAny(q, "which", "what", "whats") ||
		!hasAny(q, "need", "needed", "required", "require", "requires", "mandatory", "must", "necessary", "expected", "expect") ||
		hasAny(q, "certs", "certifications", "certificates", "credentials", "exams", "any", "all", "other", "others", "optional", "extra", "extras") ||
		q.has("most") || q.has("least") || hasAll(q, "how", "many") {
		return false // not one certificate asked as the one needed
	}
	req := requiredCert(g)
	if req == nil {
		return false
	}
	own := map[string]bool{} // words that tell the career or the worker, not a certificate's subject
	for _, w := range words(g.Summary + " " + req.Name + " " + req.About) {
		own[stem(w)] = true
	}
	for i, x := range q.words {
		if q.taken[i] || personAfter(q, i) {
			own[stem(x)] = true // "dream mapping", "galley cook"
		}
	}
	for _, c := range g.Certifications {
		if c.Name == req.Name {
			continue
		}
		for _, w := range words(c.Name + " " + c.About) {
			if len(w) > 3 && !q.m.stop[w] && q.m.index[w] == nil && !own[stem(w)] && slices.ContainsFunc(q.words, func(x string) bool { return stem(x) == stem(w) }) {
				return false // "which cert do i need for mapping nightmares": another one's own subject
			}
		}
	}
	return true
}
