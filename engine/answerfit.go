package engine

import (
	"context"
	"fmt"
	"github.com/careerbot-dev/careerbot/engine/lexicon"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/careerbot-dev/careerbot/bot"
)

// answerPassage answers with the part of a section the question asks about
// (one step of the path, one group of tools) when one part fits the
// question's own words best, and offers the whole section as a follow-up;
// the whole section otherwise.
func (e *Engine) answerPassage(lib *Library, q *question, g *bot.Guide, s *bot.Section) *bot.Answer {
	parts := lib.passagesOf(s)
	if len(parts) < 2 || wholeAsked(q) || headedParts(q, parts) >= 2 {
		return e.answerSection(g, s) // (and "what's the path into ML engineering, start to finish?": all of it; "hardware and software", "technical + soft": two parts by their headings)
	}
	var asked []string
	for _, w := range lib.contentWords(q, g) {
		if q.m.index[w][s.Kind] && !(oneTitle(parts, stem(w)) && (kindAfter(q, w, s.Kind) || partHeadingIs(parts, stem(w)) && !kindJoined(q, w, s.Kind))) {
			continue // (but "soft skills": a word of the kind that one part's heading alone names, said of the kind; "what software do they use": the part headed by it)
		}
		if i := slices.Index(q.words, w); i > 0 && q.m.index[q.words[i-1]][s.Kind] && !q.m.lex.CommonVerb(q.words[i-1]) {
			continue // "the interview process": the whole of it, not a passage on processing (but "get fluent" asks what to get fluent in)
		}
		st := stem(w)
		if b := positionHolder(q.m, w); b != "" && !slices.ContainsFunc(parts, func(p passage) bool { return p.have[st] }) {
			st = stem(b) // "the apprenticeship": the step of the apprentice
		}
		asked = append(asked, st)
	}
	if len(asked) == 0 {
		return e.answerSection(g, s)
	}
	// Each word weighs by how few parts hold it: "fluent", in one step,
	// says more than "degree", in three.
	weight := make([]float64, len(asked))
	var single []string // words one part alone holds: the best part needs them all
	for k, w := range asked {
		df := 0
		for _, p := range parts {
			if p.have[w] {
				df++
			}
		}
		if df > 0 {
			weight[k] = math.Log(1 + float64(len(parts))/float64(df))
		}
		if df == 1 {
			single = append(single, w)
		}
	}
	best, tie := -1, false
	var bestN, total float64
	for k := range asked {
		total += 2 * weight[k]
	}
	for i, p := range parts {
		have, inTitle := p.have, p.inTitle
		n := 0.0
		for k, w := range asked {
			if have[w] {
				n += 2 * weight[k]
			}
			if inTitle[w] {
				n += weight[k] // the part's own heading names it ("Learn production ML")
			}
		}
		if n > bestN+1e-9 {
			best, bestN, tie = i, n, false
		} else if n > 0 && n > bestN-1e-9 {
			tie = true
		}
	}
	if best < 0 || tie || bestN < 0.6*total || slices.ContainsFunc(single, func(w string) bool { return !parts[best].have[w] }) {
		// No part, or not one part alone, holds what was asked.
		return e.answerSection(g, s)
	}
	p := parts[best]
	if s.Kind == bot.KindPath && best+1 < len(parts) && remainingAsked(q) {
		// "what comes after grad school in the ml path", "line cook here,
		// what would I still need to do?": the steps after the one named
		var b strings.Builder
		for _, later := range parts[best+1:] {
			fmt.Fprintf(&b, "**%s**\n%s\n\n", later.title, strings.TrimSpace(later.body))
		}
		return e.passageAnswer(g, s, "After "+p.title, b.String())
	}
	return e.passageAnswer(g, s, p.title, p.body)
}

// bidBefore are the words before a verb that bid the reader do it
// ("could you please outline", "pls list").
var bidBefore = setOf("you", "u", "please", "pls", "plz", "kindly", "just")

// headedParts counts the parts a question names by a word of their heading
// that no other part's heading has ("galley hardware and software":
// "Galley hardware" and "Software"; "skills, technical + soft"; "the
// practical test vs the common questions"); not a word that names a kind
// of worker ("what software do the galley cooks use?").
func headedParts(q *question, parts []passage) int {
	partOf := map[string]int{} // a heading word's stem → the one part whose heading has it
	for i, p := range parts {
		for _, w := range words(p.title) {
			if st := stem(w); !q.m.stop[w] && hasLetter(w) {
				if j, ok := partOf[st]; ok && j != i {
					partOf[st] = -1
				} else if !ok {
					partOf[st] = i
				}
			}
		}
	}
	named := map[int]bool{}
	for k, w := range q.words {
		j, ok := partOf[stem(w)]
		if !ok || j < 0 || q.m.stop[w] || k+1 < len(q.words) && q.m.lex.Occupation(q.m.lex.Singular(q.words[k+1])) {
			continue
		}
		named[j] = true
	}
	return len(named)
}

// wholeAsked reports whether a question asks for a section whole: "start
// to finish", "beginning to end", "end to end", "the whole path", "the
// entire process".
func wholeAsked(q *question) bool {
	ws := q.words
	for i := 0; i+1 < len(ws); i++ {
		if i+2 < len(ws) && wholeSpan(ws[i], ws[i+1], ws[i+2]) {
			return true
		}
		if (ws[i] == "whole" || ws[i] == "entire" || ws[i] == "full") && (ws[i+1] == "path" || ws[i+1] == "process" || ws[i+1] == "route" || ws[i+1] == "roadmap") {
			return true
		}
	}
	return false
}

// wholeSpan reports whether three words say a thing from one end to the
// other: "start to finish", "beginning to end", "end to end".
func wholeSpan(a, to, b string) bool {
	return to == "to" && (a == "start" && (b == "finish" || b == "end") || a == "beginning" && (b == "end" || b == "finish") || a == "end" && b == "end")
}

// remainingAsked reports whether a question asks what is left of the path
// after a point: "what's left", "what comes after", "what would I still
// need to do", "from here".
func remainingAsked(q *question) bool {
	return hasAll(q, "what", "left") || hasAll(q, "whats", "left") || hasAll(q, "comes", "after") || hasAll(q, "comes", "next") ||
		hasAll(q, "still", "need") || hasAll(q, "from", "here") || hasAll(q, "from", "there") || hasAll(q, "after", "that")
}

// partHeadingIs reports whether a part's heading is the stem's word alone
// ("Software").
func partHeadingIs(parts []passage, st string) bool {
	return slices.ContainsFunc(parts, func(p passage) bool {
		ws := words(p.title)
		return len(ws) == 1 && stem(ws[0]) == st
	})
}

// kindJoined reports whether w is joined by "and" or "or" to another word
// of the section kind ("tools and software", "software or equipment"), or
// added by "including" or "plus": more than the one part asked.
func kindJoined(q *question, w, kind string) bool {
	i := slices.Index(q.words, w)
	if i < 0 {
		return false
	}
	join := func(k int) bool { return q.words[k] == "and" || q.words[k] == "or" }
	if i >= 1 && (q.words[i-1] == "including" || q.words[i-1] == "plus") {
		return true // "the full tool list, including software"
	}
	return i >= 2 && join(i-1) && q.m.index[q.words[i-2]][kind] || i+2 < len(q.words) && join(i+1) && q.m.index[q.words[i+2]][kind]
}

// oneTitle reports whether exactly one part's heading holds the stem.
func oneTitle(parts []passage, st string) bool {
	n := 0
	for _, p := range parts {
		if p.inTitle[st] {
			n++
		}
	}
	return n == 1
}

// kindAfter reports whether the word after w in the question is another
// word of the section kind: w qualifies it ("soft skills"), where "tools
// and frameworks" asks of both.
func kindAfter(q *question, w, kind string) bool {
	i := slices.Index(q.words, w)
	return i >= 0 && i+1 < len(q.words) && q.m.index[q.words[i+1]][kind]
}

// passageAnswer answers with one part of a section, titled by the part,
// and offers the whole section first among the follow-ups.
func (e *Engine) passageAnswer(g *bot.Guide, s *bot.Section, title, body string) *bot.Answer {
	a := e.answerSection(g, s)
	a.Title = title + " · " + g.Title
	a.Body = strings.TrimSpace(body)
	a.Source = source(g, s.Title+" › "+title)
	e.offerWholeSection(g, s, a)
	return a
}

// offerWholeSection puts "All of <section>" first among a's follow-ups.
func (e *Engine) offerWholeSection(g *bot.Guide, s *bot.Section, a *bot.Answer) {
	if name, label := topicByKind(s.Kind); name != "" {
		full := bot.FollowUp{Label: "All of " + strings.ToLower(label), Command: name, Options: careerOnly(e, g)}
		a.FollowUps = append([]bot.FollowUp{full}, removeFollowUp(a.FollowUps, name)...)
	}
}

func removeFollowUp(fs []bot.FollowUp, cmd string) []bot.FollowUp {
	var out []bot.FollowUp
	for _, f := range fs {
		if f.Command != cmd {
			out = append(out, f)
		}
	}
	return out
}

type subsection struct{ title, body string }

// passage is a subsection with its words' stems, analysed once per section.
type passage struct {
	subsection
	have, inTitle map[string]bool
}

// listVerbs ask what a guide lists ("how many … does the guide list,
// name, mention").
var listVerbs = setOf("list", "lists", "listed", "name", "names", "named", "mention", "mentions", "mentioned", "give", "gives", "include", "includes", "cover", "covers")

// listedCount answers how many things the guide lists under one part's
// heading ("how many pieces of galley hardware does the guide list?", "how
// many cloud platforms for ML does the guide name?"): the count of the
// part's list items, and the items. Nil unless the question asks what the
// guide lists and one part's heading alone holds the words counted.
func (e *Engine) listedCount(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	i := slices.Index(q.words, "many")
	if i < 1 || q.words[i-1] != "how" {
		return nil
	}
	v := slices.IndexFunc(q.words[i+1:], func(w string) bool { return listVerbs[w] })
	if v < 0 || !slices.Contains(q.words[i+1:i+1+v], "guide") && !slices.Contains(q.words[i+1+v:], "guide") {
		return nil
	}
	var counted []string
	for _, w := range q.words[i+1 : i+1+v] {
		if w == "guide" || w == "does" || w == "do" || q.m.stop[w] || !hasLetter(w) {
			continue
		}
		counted = append(counted, stem(w))
	}
	var best *passage
	var bestSec *bot.Section
	bestN, tie := 0, false
	for _, sec := range g.Sections {
		parts := lib.passagesOf(sec)
		for k := range parts {
			p := &parts[k]
			n := 0
			for _, st := range counted {
				if p.inTitle[st] {
					n++
				}
			}
			switch {
			case n > bestN:
				best, bestSec, bestN, tie = p, sec, n, false
			case n > 0 && n == bestN:
				tie = true
			}
		}
	}
	if best == nil || tie {
		return nil
	}
	var items []string
	for _, line := range strings.Split(best.body, "\n") {
		if label, _, ok := labelled(line); ok {
			items = append(items, label) // ("- **Centrifuge Oven**: …")
		} else if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "- "); ok {
			items = append(items, rest) // ("- Designing a recommendation system …")
		}
	}
	if len(items) < 2 {
		return nil
	}
	body := fmt.Sprintf("The guide lists %d under %s: %s.\n\n%s", len(items), best.title, joinAnd(items), strings.TrimSpace(best.body))
	return e.passageAnswer(g, bestSec, best.title, body)
}

// passagesOf returns a section's subsections, analysed on first use and
// kept for the library's life (sections never change within a library).
func (l *Library) passagesOf(s *bot.Section) []passage {
	if v, ok := l.passages.Load(s); ok {
		return v.([]passage)
	}
	var out []passage
	for _, sub := range subsections(s.Body) {
		p := passage{subsection: sub, have: map[string]bool{}, inTitle: map[string]bool{}}
		for _, w := range words(sub.title + " " + sub.body) {
			p.have[stem(w)] = true
		}
		for _, w := range words(sub.title) {
			p.inTitle[stem(w)] = true
		}
		out = append(out, p)
	}
	l.passages.Store(s, out)
	return out
}

// subsections splits a section body at its "### " headings.
func subsections(body string) []subsection {
	var out []subsection
	for _, chunk := range strings.Split("\n"+body, "\n### ") {
		title, rest, _ := strings.Cut(chunk, "\n")
		if strings.TrimSpace(rest) == "" || len(out) == 0 && !strings.HasPrefix(body, "### ") && title == "" {
			continue
		}
		out = append(out, subsection{strings.TrimSpace(title), rest})
	}
	return out
}

// moneyUnits name the unit an amount is in ("the dollar gap").
var moneyUnits = setOf("dollar", "dollars", "usd", "buck", "bucks")

// lacking answers a question about something the guide does not hold (an
// exam's retake policy, signing bonuses, relocation): it says so and what
// the guide does have, instead of showing the nearest card as if it
// answered. A thing asked about is a word WordNet knows as a noun (or, of a
// named certificate, a verb: "does it expire") that no guide mentions; the
// asker's background, people, places, times, gerunds and everyday verbs are
// not things asked about.
func (e *Engine) lacking(ctx context.Context, lib *Library, q *question, g *bot.Guide) *bot.Answer {
	m := q.m
	if q.scope.foreign != "" && (asksFigures(q) || !slices.ContainsFunc(q.words, func(w string) bool { return q.m.topics[w] })) {
		return nil // a place the caveats name (but "what visa would I need, coming from India?": a declared topic the guide lacks)
	}
	if g != nil && ageAsked(q.words) && !guideSays(g, " age ") && !guideSays(g, "too old") && !guideSays(g, "years old") {
		// "am I too old at 42 to start on the MLE path?": the guide gives
		// the path's length, not an age limit
		a := lackingAnswer(e, q, g, nil, "an age limit or the best age to start")
		if g.TotalTime != "" {
			a.Body += fmt.Sprintf(" What it does say: the path in takes %s in all.", g.TotalTime)
		}
		return a
	}
	orig := q.raw // the message as asked, for its question sentence
	if q.full != nil {
		orig = q.full.raw
	}
	if f := lib.focusText(q.raw); f != q.raw {
		// "I have a physics PhD. Do I still need a CS degree?": the
		// background sentence is not what is asked.
		fq := lib.analyse(ctx, f)
		fq.careers, fq.guessed = q.careers, q.guessed
		q = fq
	}
	if q.switcher && !sectionIntent(q) && q.full == nil && switchAsked(ctx, lib, q) {
		// The path in, whatever the asker's background; but a question
		// sentence after the background is read for what it asks ("I'm
		// moving to the US … How does the work visa process go?").
		return nil
	}
	var cert *bot.Cert
	if g != nil {
		cert = matchCert(q, g)
	}
	if c := q.scope.credential; c != "" && g != nil && (cert == nil || !strings.Contains(strings.ToLower(cert.Name), q.scope.credentialHead)) && len(c) < 80 {
		// "how much does the azure AI engineer cert cost?": a certificate
		// the guide does not list
		a := lackingAnswer(e, q, g, nil, "the "+c)
		if len(g.Certifications) > 0 {
			a.Body = fmt.Sprintf("The %s guide has nothing on the %s. The certifications it lists are %s. %s", g.Title, c, certList(g), g.Certification)
		}
		return a
	}
	if cert == nil && g != nil && (q.has(bot.KindCerts) || q.has("cost") || hasAny(q, "exam", "exams")) {
		if name := lib.foreignCert(q, g); name != "" && len(lib.askedOnly(q.raw, []string{name})) > 0 { // (not "in hospitality everyone gets ServSafe first. what certs should an ML engineer get?": told, not asked)
			// "CompTIA A+ exam cost?": a certificate of a vendor no guide or
			// dictionary knows
			return lackingAnswer(e, q, g, nil, "the "+name+" certifications")
		}
	}
	if g != nil {
		if a := noteAmount(e, lib, q, g); a != nil {
			return a // "how much is the hazard supplement?": named by the salary note, with no amount
		}
	}
	if g != nil && (cert != nil || namesLicense(q, g) || q.has(bot.KindCerts)) && slices.ContainsFunc(q.words, func(w string) bool { return validityWords[w] }) &&
		!((q.has("license") || namesLicense(q, g)) && saysValidity(g.License)) { // (the permit of "tending entangled orchards: which permit … how often do I renew it", whose renewal the guide gives)
		// "how long do the certs stay valid before they expire?", "how
		// often does the Licensed Lucid Surveyor credential need
		// renewing?": renewal terms, when the guide gives none for it
		what, text := "how long its certifications stay valid or when they must be renewed", g.Certification+" "+g.License // (a permit's renewal, asked of "it")
		for _, c := range g.Certifications {
			text += " " + c.About
		}
		switch {
		case cert != nil:
			what, text = "how long the "+cert.Name+" stays valid or when it must be renewed", cert.About
		case namesLicense(q, g):
			what, text = "how long "+licenseName(g.License)+" stays valid or when it must be renewed", g.License
		}
		if !saysValidity(text) {
			return lackingAnswer(e, q, g, cert, what)
		}
	}
	if cert != nil && durationQuestion(q) && !lib.stepNamed(q, g) && !hasAny(q, "step", "stage", "phase") {
		// (not "how long is the apprenticeship before the Licensed Lucid
		// Surveyor credential?", "how long does the Licensed Lucid Surveyor
		// step take?": a step of the path, which has its length)
		return lackingAnswer(e, q, g, cert, "how long the "+cert.Name+" exam takes")
	}
	if (cert != nil || namesLicense(q, g)) && passMarkAsked(q) {
		// "what's the pass mark for the AWS ML Specialty exam?"
		return lackingAnswer(e, q, g, cert, "the pass mark of "+examName(cert))
	}
	if cert != nil && hasAll(q, "how", "many") && !q.translated && !strings.Contains(q.raw, "$") && !hasAny(q, "dollars", "bucks", "usd", "euros", "rupees", "pounds") {
		// (not "costs how many dollars", "kitne ka hai": its price)
		return lackingAnswer(e, q, g, cert, "the "+cert.Name+" exam's format")
	}
	if namesLicense(q, g) && (durationQuestion(q) || hasAll(q, "how", "many")) {
		return lackingAnswer(e, q, g, nil, "that detail of "+licenseName(g.License))
	}
	if q.has("cost") && cert == nil && !q.has(bot.KindCerts) && !q.has("salary") && g != nil {
		// "how much does a master's cost in tuition", "what does the permit
		// cost": the guides price certifications only.
		switch {
		case q.has("education"):
			return lackingAnswer(e, q, g, nil, "what a degree costs (it gives prices for certifications only)")
		case (q.has("license") || namesLicense(q, g)) && !strings.Contains(g.License, "$"):
			return lackingAnswer(e, q, g, nil, "what the licence or permit costs (it gives prices for certifications only)")
		case q.has(bot.KindTools):
			return lackingAnswer(e, q, g, nil, "what the tools cost (it gives prices for certifications only)")
		}
	}
	if g != nil {
		// "how much is the isolation bonus?": an extra the guide names with
		// its pay but gives no figure for; "do they get a signing bonus?":
		// one it does not name, beside one it does.
		amount := hasAll(q, "how", "much") || hasAny(q, "amount", "exactly", "worth", "dollars", "bucks") || strings.Contains(q.raw, "$") ||
			hasAll(q, "how", "big") || hasAll(q, "how", "large") // ("how big is the isolation bonus": its amount, not a size)
		if what, named := unpricedExtra(q, g, cert); what != "" && (amount || !named) {
			if named {
				return lackingAnswer(e, q, g, nil, "the amount of "+what+" (it names it with the pay, without a figure)")
			}
			return lackingAnswer(e, q, g, nil, what)
		}
	}
	if weeklyHoursLacking(q, g) {
		// "typical hours per week for MLEs? 40? 60?": the guide tells a
		// day, not the hours of a week
		return lackingAnswer(e, q, g, nil, "how many hours a week the job takes (it describes a typical day instead)")
	}
	if g != nil && asksFigures(q) && hasAny(q, "intern", "interns") && !guideSays(g, "intern") {
		// "what do ML engineering interns get paid?": the guide's figures
		// are for people in the job, and it says nothing of interns
		return lackingAnswer(e, q, g, nil, "pay for interns (its figures are for people working in the job)")
	}
	if g != nil && len(q.states) > 0 && hasAny(q, "why") && (q.has("salary") || q.has("employed") || q.has("most") || q.has("least") ||
		hasAny(q, "few", "many", "more", "less", "so")) {
		// "why does california pay more than massachusetts?", "why does hawaii
		// have so few?": the guide gives the figures by state, not why they
		// differ.
		if !whyBesideFigure(q) {
			return lackingAnswer(e, q, g, nil, "why the figures differ by state (it gives the figures, not the reasons)")
		}
	}
	if g != nil && cert == nil && !namesLicense(q, g) && !q.has("cost") && asksWhatJobIs(lib, q) {
		// "what does a machine learning engineer actually do? not the
		// linkedin version pls": what the job is, whatever framing follows
		return nil
	}
	if g != nil && !figures(q) && lib.itemAsked(q, g) {
		// "Apache Spark shows up in every remote MLE listing I see. What's
		// it for?": a tool the guide lists, asked what it is or does; the
		// story's conditions of work are not what is asked
		return nil
	}
	if g != nil && !figures(q) && lib.terms != nil && lib.coinedAsked(q) {
		// "my nephew asked me what RehydroCalc is for and I had no clue
		// lol": a name only one guide uses, asked what it is; the story's
		// words are not what the guide lacks
		return nil
	}
	var missing []string
	known := 0
	predicate := false // a verb the guide never uses says what is asked: "do certs expire?"
	topic := false     // a declared condition of work the guide never mentions: "part-time", "bootcamp"
	if n := unheldPayYear(q, g); n > 0 {
		// "what was ML engineer pay back in 2019?": the guide's figures are
		// for one year.
		return lackingAnswer(e, q, g, nil, fmt.Sprintf("pay in %d (its figures are for %d)", n, g.Salary.Year))
	}
	if g != nil {
		// "which university has the best master's?", "what books should I
		// read?": the guides name no schools, books or courses unless their
		// text does.
		lo := leftOut(q)
		for i, w := range q.words {
			if !namedKinds[w] || lib.labelsOf(g).uses(stem(w)) || i > 0 && possessive[q.words[i-1]] || lo != nil && lo[i] {
				continue // not "what my bootcamp said": the asker's own
			}
			// The kind is what is asked for ("which university", "good
			// books", "recommend a course"), not where ("study at uni").
			for k := max(0, i-3); k < i; k++ {
				if asksToName[q.words[k]] {
					return lackingAnswer(e, q, g, nil, "which "+w+" to choose (it names none)")
				}
			}
		}
	}
	if g != nil && (hasAll(q, "how", "big") || hasAll(q, "how", "large") || hasAny(q, "size", "sizes")) && !sectionIntent(q) && !figures(q) &&
		!hasAny(q, "gap", "difference", "spread") {
		// "how big are ML teams?", "typical team size": a size the guide
		// gives only when it counts the thing ("a crew of seven").
		if x := sizeOf(q); x != "" && !countedIn(g, x) && !countedIn(g, wordStart(q.m.lex, x)) && !(datasetAsked(q) && hasDataSize(g)) {
			return lackingAnswer(e, q, g, nil, "how big "+x+" are (the guide gives no such figure)")
		}
	}
	if g != nil && hasAll(q, "how", "many") {
		if a := e.listedCount(lib, q, g); a != nil {
			return a // "how many pieces of galley hardware does the guide list?"
		}
	}
	if hasAll(q, "how", "many") && !strings.Contains(q.raw, "%") && !hasAny(q, "percent", "percentage", "pct", "dollars", "bucks", "usd", "thousand", "grand") {
		// (not "how many % above the national median", "how many dollars
		// more": the figures the guide has, compared)
		// "how many hours a week", "how many rounds", "how many projects": a
		// count the guide has only of people employed, openings, the years
		// of the path and what its structured facts list.
		for i, w := range q.words {
			if i == 0 || q.words[i-1] != "many" || q.taken[i] || m.stop[w] || durationQuestion(q) || q.has(bot.KindPath) {
				continue
			}
			if w == "times" && i+1 < len(q.words) && (q.words[i+1] == "more" || q.words[i+1] == "as" || q.m.lex.Adjective(q.words[i+1]) && strings.HasSuffix(q.words[i+1], "er")) {
				continue // "how many times more ML engineers work in CA than in MA": a ratio of figures the guide has
			}
			if k := i + 1; k < len(q.words) && q.taken[k] && len(q.careers) > 0 && m.lex.Noun(w) {
				continue // "how many station galley cooks": a modifier of the career's workers, who are counted
			}
			if m.index[w] != nil && i+1 < len(q.words) && !q.taken[i+1] && !m.stop[q.words[i+1]] && m.lex.Noun(q.words[i+1]) && m.index[q.words[i+1]] == nil {
				w = q.words[i+1] // "how many interview rounds": rounds are counted
			} else if m.index[w] != nil {
				continue
			}
			if !(q.m.lex.Time(w) || q.m.lex.Noun(w) && !q.m.lex.CommonVerb(w)) || g != nil && countedIn(g, w) || g == nil && countingGuides(lib, w) > 0 {
				continue // (no career yet: "how many REM cycles is one dream survey shift?", which one guide counts, is its; "how many minutes to graft …", which two count, the question's other words decide)
			}
			return lackingAnswer(e, q, g, nil, "how many "+w+" (the guide gives no such count)")
		}
	}
	if s := askedSentence(orig); s != "" && strings.Contains(q.raw, s) {
		// "For a class project … in the Northeast … According to your guide,
		// how many ML engineers are employed in New York state?": what the
		// story before the question sentence names is not asked.
		before := words(orig[:strings.LastIndex(orig, s)])
		wish := slices.ContainsFunc(before, func(w string) bool { return q.m.goal[w] || q.m.switchW[w] || w == "into" })
		sq := lib.analyse(ctx, s)
		certAsked := g != nil && matchCert(sq, g) != nil
		if (!wish || certAsked) && !pointsBack(sq.words) && !hasAny(sq, "he", "she", "him", "her", "his") && (len(lib.contentWords(sq, g)) >= 2 || certAsked) {
			// (or it names a certificate of the guide's, whatever the
			// story wished: "… a friend sent me an article about baking in
			// orbit … What does the Zero-G Pastry Endorsement cost?")
			// (not "I want to make maps for video games. What's the career
			// path?": the wish told is what is asked about)
			sq.careers, sq.guessed, sq.switcher, sq.full = q.careers, q.guessed, q.switcher, q.full
			q = sq
		}
	}
	head := true // the first content word: what the question is about
	headMissing := false
	langMissing := false // a programming language the guide does not name
	where := mentionedWhere(q.words)
	var quoted map[string]bool
	if slices.ContainsFunc(q.words, func(w string) bool { return sourceWords[w] }) {
		quoted = quotedWords(q.raw, 1) // what a job ad says, quoted
	} else {
		quoted = quotedWords(q.raw, 4) // what someone wrote, quoted whole: "Please include a link to your portfolio."
	}
	compound := m.inCompounds(q.words)
	if cert != nil {
		// "'Entangled Orchid Steward'?": the words of a certificate's name,
		// half-remembered, are the certificate, not topics it lacks
		for i := range q.words {
			if n := lib.certNameLen(q.words, i); n > 0 {
				if compound == nil {
					compound = make([]bool, len(q.words))
				}
				for k := i + 1 - n; k <= i; k++ {
					compound[k] = true
				}
			}
		}
	}
	left := leftOut(q) // "besides spreadsheets", "excluding any prep courses": what is set aside is not asked
	left = notTheKind(q.words, left)
	intro, likeStory := introHere(q.words), likeStoryAt(q.words)
	opener := imperativeOpener(m, q.words)
	frame, _ := lib.frameBefore(ctx, q) // "For the handout at our library's career workshop: median pay …": why and for whom, not what is asked
	selfFrom, selfTo := selfTold(q.words)
	for i, w := range q.words {
		if q.taken[i] || m.stop[w] || !hasLetter(w) || m.employers[w] || q.idiom[w] || where != nil && where[i] || compound != nil && compound[i] || i == 0 && greetings[w] || i < intro || i >= likeStory ||
			i >= selfFrom && i < selfTo || left != nil && left[i] {
			continue // (and "on top of salary": a compound's words are no topic; "howdy from Texas": a greeting)
		}
		if quoted[w] || sourceWords[w] {
			continue // "the job ad says 'cloud certs a plus'": where the asker read it and what it says, not a topic asked
		}
		if i+1 < len(q.words) && linkingVerb[w] && m.lex.Adjective(q.words[i+1]) && !m.topics[w] && m.index[w] == nil {
			continue // "sounds high", "seems low": how a figure strikes the asker, not a topic
		}
		if claimSource(q.words, i) && !m.topics[w] {
			continue // "saw a tweet claiming …", "96k, rumor or real?": where a claim was heard, or whether it holds, not a topic asked
		}
		if guidePart[w] {
			continue // "the California row of the salary table": where in the guide, not a topic asked
		}
		if (w == "zero" || w == "no") && i+1 < len(q.words) && m.lex.Noun(q.words[i+1]) && q.words[i+1] != "g" && q.words[i+1] != "gravity" {
			continue // "an ML engineer with zero certs": none of them, an amount, not a topic
		}
		if (w == "budget" || w == "budgets" || w == "max" || w == "maximum" || w == "tops") && !m.topics[w] && hasDigit(q.raw) {
			if _, ok := q.threshold(); ok {
				continue // "I can spend $250 max on one cert. which fit that budget?": the figure asked against, not a topic
			}
		}
		if workforce[w] && !m.topics[w] {
			continue // "cheapest cert for my space kitchen staff?": the people who do the work, asked for by who hires them
		}
		if ownedBy(q, i, "our") && (!m.topics[w] || i+1 < len(q.words) && !m.stop[q.words[i+1]] && m.lex.Noun(q.words[i+1])) {
			// "our cohort wants …", "for our GPU club", "settling it in our
			// channel": the group asking, not a topic asked of the guide (a
			// condition of work the guide lacks still is, "do our part-time
			// hires need it"; but not as a modifier, "our bootcamp's slide")
			continue
		}
		if lang := langName(q.raw, w); lang != "" {
			// "C++", "C#": read as "c", named as typed (not when weighed
			// against what the guide has: "python or C++?", "is python
			// enough")
			if (g == nil || !guideSays(g, lang)) && !hasAny(q, "or", "vs", "versus", "enough", "instead") {
				missing = append(missing, lang)
				langMissing = true // (a language the guide does not name is what is asked: "do I need C++?")
			}
			head = false
			continue
		}
		if (w == "length" || w == "duration" || w == "lengths" || w == "durations" || (w == "time" || w == "limit" || w == "limits") && (adjacent(q.words, "time", "limit") || adjacent(q.words, "time", "limits"))) && durationQuestion(q) {
			continue // "apprenticeship length?": how long, which the path gives
		}
		if (w == "min" || w == "max" || w == "minimum" || w == "maximum") && rangeAsked(q) {
			continue // "the min and the max of the pay": the ends of the range, which the guide gives
		}
		if (w == "name" || w == "names") && !(i > 0 && possessive[q.words[i-1]]) ||
			(i == 0 || bidBefore[q.words[i-1]]) && len(q.words) > 2 && (w == "list" || w == "summarize" || w == "summarise" || w == "outline" || w == "tabulate") || // (and "could you please outline …")
			i > 0 && (q.words[i-1] == "guide" || q.words[i-1] == "guides") && m.lex.VerbForm(w) {
			continue // "Name two topics …", "what's it called? the name", "how does the guide weigh certs …": what the guide is asked to do (not "my name")
		}
		if (m.lex.CommonVerb(w) || gerund(m.lex, w) && cert == nil || cert == nil && !namesLicense(q, g) && verbSlot(q, i)) && m.index[w] == nil {
			continue // "goes", "signing", "where you land": neither the topic nor a sign of it
		}
		first := head || i > 0 && includes[q.words[i-1]] || i > 1 && includes[q.words[i-2]] && (q.words[i-1] == "a" || q.words[i-1] == "an")
		head = false
		if first && (m.index[w] == nil || m.weak[w]) && i+1 < len(q.words) && !q.taken[i+1] && !m.stop[q.words[i+1]] && hasLetter(q.words[i+1]) &&
			m.lex.OnlyNoun(q.words[i+1]) && m.index[q.words[i+1]] == nil {
			// "AI stocks", "hiring season": the head of a compound is its last noun
			first, head = false, true
		}
		inIndex := lib.Searcher != nil && lib.Searcher.Known(ctx, w)
		indexed := inIndex || lib.vocab.known(w) || g != nil && lib.labelsOf(g).uses(stem(w)) || len(w) >= 3 && lib.certInitials(w) // ("the LLS": a certificate's initials)
		if m.intentsOf(w) != nil {
			if inIndex {
				known++ // "meetings": the guide speaks of it
			}
			continue
		}
		if indexed {
			if len(lib.Guides) == 1 || !titleWord(lib, g, w) {
				known++ // among several guides, "quantum" found the guide; it is not the topic
			}
			continue
		}
		if careerWords[w] || moneyUnits[w] {
			continue // "the dream surveying gig", "the dream mapping trade": the career itself; "the dollar gap": a unit
		}
		if g != nil && headField(g, w) {
			continue // "Chicago, the cartography of dreams, what is the median there?": the career's own field
		}
		if i < frame || i < opener {
			continue // a word of the frame the question opens with, or of a bidding ("double check which …"), not what it asks
		}
		lex := m.lex
		if q.translated && (len(w) <= 4 || i > 0 && len(q.words[i-1]) <= 4 && !m.stop[q.words[i-1]] &&
			(!lex.Word(q.words[i-1]) || len(q.words[i-1]) <= 2 && !lib.vocab.known(q.words[i-1]) && (lib.Searcher == nil || !lib.Searcher.Known(ctx, q.words[i-1])))) {
			// "Sono al primo anno …", "kaun kaun se certs": in a message in
			// another language, a short word the table cannot read is that
			// language's grammar (and so is the word after it, "devo
			// fare"), not a thing the guide lacks; a longer one may be
			// ("Lehrer", "Gärtnerei").
			continue
		}
		if q.translated && q.cased[i] && !lex.Word(w) && len(q.careers) > 0 && !q.guessed {
			continue // "Koch im Weltall – wie sind die Jobaussichten …": that language's nouns, capitalised, not names
		}
		if personNamed(q, i) {
			continue // "my client Marguerite", "Client Omar has ServSafe": who asks, by name
		}
		if placePreposition[w] && i+1 < len(q.words) && (determiner[q.words[i+1]] || possessive[q.words[i+1]]) && !m.topics[w] {
			continue // "inside the normal range", "outside the US": where, as a preposition, not a thing asked
		}
		if _, usPlace := lex.USPlace(w); (q.cased[i] || i == 0 && len(w) >= 3 && typedInCapitals(q.raw, w) && !placeWord(m, w) && q.m.nicknames[w].Code == "" && !strings.Contains(q.raw, strings.ToUpper(w)+" (")) && !lex.Word(w) && !lex.Foreign(w) && !usPlace {
			// (initials opening the message are a name too: "LCSW supervised hours?"; not ones glossed after them, "PDX (Portland, Oregon)")
			if asksFigures(q) && len(q.careers) > 0 && !q.guessed && placedName(q, i) {
				continue // "what's an ML engineer salary at NASA JPL?", "in the Research Triangle": where the work is, not a topic
			}
			// A name the guides never mention: "Stanford", "Coursera".
			if len(missing) > 0 && i > 0 && q.cased[i-1] && strings.HasSuffix(missing[len(missing)-1], q.words[i-1]) {
				missing[len(missing)-1] += " " + w
			} else {
				missing = append(missing, w)
			}
			headMissing = headMissing || first
			continue
		}
		if !m.topics[w] && (!lex.Word(w) || lex.Person(w) || lex.Foreign(w) || lex.CommonVerb(w) || lex.MostlyAdjective(w) || gerund(lex, w)) {
			continue
		}
		if m.topics[w] && !lex.Word(w) && topicAsNoun(q, i) && (i+1 == len(q.words) || afterEvent[q.words[i+1]]) {
			continue // "an MLE onsite at a fintech": the interview day, not a condition of work
		}
		if nx := i + 1; nx < len(q.words) && !m.topics[w] && !q.taken[nx] && (relations[q.words[nx]] || relations[lex.Singular(q.words[nx])]) {
			continue // "an industry friend said …", "my gym buddy": a person in the story, named by where they are from
		}
		if exampleOf(q, i) {
			continue // "a license like a PE", "a license like food handler card": an example of what is asked, not the topic
		}
		if asksFigures(q) && len(q.careers) > 0 && !q.guessed && placedName(q, i) {
			continue // "what does meta pay ML engineers in menlo park": where the work is, not a topic
		}
		if w == "usa" || w == "america" {
			continue // "how much does a ML eng make per year in USA?": the country the figures are for
		}
		if m.origin[w] && m.lex.Noun(w) {
			continue // "would a background in land surveying help": where the asker comes from, not a topic
		}
		if m.goal[w] && !m.topics[w] && i+1 < len(q.words) && (q.words[i+1] == "is" || q.words[i+1] == "job" || q.words[i+1] == "career") {
			continue // "dream is ML engineering", "my dream job": what the asker is after, not a topic
		}
		if i > 0 && isDigits(q.words[i-1]) && (lex.Time(w) || lex.Time(lex.Singular(w)) || timeShort[w]) {
			continue // "90 min", "in 2 weeks": a span told, not a topic
		}
		if (taxWords[w] || payPeriodWord[w]) && asksFigures(q) {
			continue // "biweekly paycheck before taxes": pay asked in another form, which the answer works out or says
		}
		if calendarWord[w] || currencyWord[w] && i > 0 && q.words[i-1] == "many" {
			continue // "they want my number by friday": when, not a topic; "how many dollars": a price's unit
		}
		if lex.General(w) && !m.topics[w] && (len(q.careers) > 0 && !q.guessed || lib.namesCareer(q.words, q.taken)) && !(i > 0 && (possessive[q.words[i-1]] || q.words[i-1] == "at" || q.words[i-1] == "from")) {
			// "the starting point of the ML engineer salary range", "the rest
			// of the path", "the production side": a broad noun, asked of a
			// career named, is a part of what the guide has (not "bring
			// their family", "practise at home": the asker's own life)
			continue
		}
		if i > 1 && (subjectPronoun[q.words[i-1]] || someonePronoun[q.words[i-1]]) && subordinator[q.words[i-2]] && (lex.Verb(w) || lex.VerbForm(w)) {
			continue // "before I commit to a master's", "if I skip the cloud certs": what the asker does, not what is asked
		}
		if i > 1 && (q.words[i-1] == "could" || q.words[i-1] == "can" || q.words[i-1] == "should" || q.words[i-1] == "would" || q.words[i-1] == "might") &&
			subjectPronoun[q.words[i-2]] && lex.Verb(w) && (i+1 == len(q.words) || m.stop[q.words[i+1]]) {
			continue // "the cheapest cert they could grab": what someone does with it, not a topic
		}
		if i > 2 && (q.words[i-1] == "only" || q.words[i-1] == "just" || q.words[i-1] == "still") && modalVerb[q.words[i-2]] && subjectPronoun[q.words[i-3]] && lex.Verb(w) && !examDetail[w] && !m.topics[w] {
			continue // "if I can only budget for one cert": what the asker can do, not a topic
		}
		if i > 1 && q.words[i-1] == "i" && modalVerb[q.words[i-2]] && lex.Verb(w) && !lex.OnlyNoun(w) && !examDetail[w] && !m.topics[w] && i+1 < len(q.words) && (q.words[i+1] == "that" || q.words[i+1] == "it" || q.words[i+1] == "this") {
			continue // "or can I defer that cost?": what the asker would do with what the guide has
		}
		if lex.Time(w) && i > 0 && timeQualifier[q.words[i-1]] && !(i+1 < len(q.words) && lex.Noun(q.words[i+1]) && !m.stop[q.words[i+1]]) {
			continue // "next decade", "per week", "a month": a span, not a topic
		}
		if !lex.Noun(w) && !lex.Verb(w) && !m.topics[w] {
			continue // adverbs and adjectives qualify; they are not asked about
		}
		if m.topics[w] && i > 0 && (possessive[q.words[i-1]] || q.words[i-1] == "our") && i+1 < len(q.words) && !m.stop[q.words[i+1]] &&
			(m.lex.Person(m.lex.Singular(q.words[i+1])) || q.m.index[m.lex.Singular(q.words[i+1])]["education"]) {
			continue // "my bootcamp instructor says …", "one of our bootcamp grads asked …": people in the asker's life, told
		}
		if m.topics[w] && len(q.careers) > 0 && !q.guessed && (q.hasSectionIntent() || figures(q)) && i > 1 &&
			(possessive[q.words[i-1]] || q.words[i-1] == "the") && (q.words[i-2] == "in" || q.words[i-2] == "at" || q.words[i-2] == "from") {
			continue // "ppl in my bootcamp say …", "in the bootcamp slack": where the asker heard it, beside what is asked
		}
		if m.topics[w] && (ownedBy(q, i, "my") || ownedBy(q, i, "our")) && figures(q) && len(q.careers) > 0 && !q.guessed && !q.has(bot.KindCerts) {
			continue // "NYC ML eng pay — worth giving up my teaching pension for?": the asker's own, weighed against a figure asked
		}
		if !m.topics[w] && ownedPhrase(q, i) && (q.hasSectionIntent() || figures(q)) &&
			(len(q.careers) > 0 && !q.guessed || len(lib.Guides) == 1) { // (not "how do I get my land surveyor license": with no career named, what it lacks keeps the guides out)
			continue // "someone in my cohort said …", "my telescope images": the asker's own life, told beside what is asked
		}
		if i+1 < len(q.words) && hasDigit(q.words[i+1]) && lex.Adverb(w) && !m.topics[w] {
			continue // "go past 300k", "top out around 200k": a figure compared, not a topic
		}
		if g != nil && cert == nil && lex.Noun(w) && !m.topics[w] && (afterLabel(lib.labelsOf(g), q.words, i) || lib.afterHeading(g, q.words, i)) {
			continue // "deep learning architectures": what the guide's "Deep learning" bullet lists; "system design prompts": what its "ML system design" part lists
		}
		if !lex.Noun(w) && !m.topics[w] && len(q.words) > 0 && (q.words[0] == "what" || q.words[0] == "which" || slices.ContainsFunc(q.words[max(0, i-5):i], func(x string) bool { return x == "what" || x == "which" })) {
			continue // "what does the AWS cert validate?", "…, what do hiring managers weigh more?": what it is about, which the guide has
		}
		if cert == nil && orAlternative(q.words, i) && !(m.topics[w] && !orClause(q.words, i)) { // (not "stock options or equity": one more thing in a list)
			continue // "is demand growing or is it hype?": the first alternative is answerable
		}
		if i+1 < len(q.words) && (q.taken[i+1] || m.employers[q.words[i+1]]) && !m.topics[w] {
			continue // a modifier: "early stage startup" (not "part-time ML engineer jobs")
		}
		if i+1 < len(q.words) && !m.topics[w] && (m.lex.OnlyNoun(w) || m.lex.Adjective(w)) && sectionKindWord(m, q.words[i+1]) {
			continue // a modifier of what is asked: "kitchen equipment", "galley tools" (the guide's tools), "the equivalent gear"
		}
		if nx := i + 1; nx < len(q.words) && !m.topics[w] && m.lex.Noun(w) && !m.stop[q.words[nx]] && !q.taken[nx] && m.lex.Noun(q.words[nx]) && !m.topics[q.words[nx]] &&
			modifiedKind(m, q.words[nx]) && lib.Searcher != nil && lib.Searcher.Known(ctx, q.words[nx]) {
			continue // a modifier of a thing the guide has and the question asks of: "industry experience", "design question"
		}
		if i > 0 && !q.taken[i-1] && !m.stop[q.words[i-1]] && m.index[q.words[i-1]] == nil && hasLetter(q.words[i-1]) && (m.lex.Noun(q.words[i-1]) || !m.lex.Word(q.words[i-1])) &&
			!(m.topics[w] && m.lex.Verb(q.words[i-1])) && // (not "receive overtime", "mention 401k": what is done with it)
			(len(missing) == 0 || missing[len(missing)-1] != q.words[i-1]) && !(lib.Searcher != nil && lib.Searcher.Known(ctx, q.words[i-1]) && m.topics[q.words[i]]) {
			// (not "superposition seedlings part-time": a thing the guide
			// has, then the condition it lacks)
			w = q.words[i-1] + " " + w // "retake policy", "signing bonuses"
		}
		if lex.Verb(w) && !lex.Noun(w) && !strings.Contains(w, " ") {
			predicate = true
		}
		if m.topics[q.words[i]] && !topicAsNoun(q, i) && !(i+1 < len(q.words) && q.taken[i+1] && len(q.careers) > 0 && sectionIntent(q) && !figures(q)) {
			// (not "do I need certifications to get hired as a remote ML
			// engineer?": a condition of the career, beside a section asked,
			// which the answer notes it lacks)
			topic = true
		}
		missing = append(missing, w)
		headMissing = headMissing || first
	}
	if len(missing) > 0 && !q.clauses && !q.guessed {
		// "Leaving California aside, what's the best-paying state?", "NYC
		// salary? got an offer and want to sanity check it": words of a
		// clause that asks nothing are context, not what the guide lacks.
		if cq := lib.askingClauses(ctx, q); cq != nil && (len(lib.contentWords(cq, g)) > 0 || cert != nil && lib.namedCertGuide(cq) != nil) && cq.intentCount() > 0 {
			// (a clause that asks with no topic or intent of its own, "what's
			// their purpose?", "how do I stop her?", leaves the question as it
			// was; so does a question that names no career)
			cq.careers, cq.guessed, cq.clauses = q.careers, q.guessed, true
			return e.lacking(ctx, lib, cq, g)
		}
	}
	if len(missing) > 0 && !q.clauses && !q.translated {
		// "I'm a retail store manager … The ads all want $2,000 for a
		// program. Are certifications actually required …?": what the story
		// tells is not what is asked; a word the guide lacks counts when a
		// question sentence says it.
		missing = lib.askedOnly(orig, missing)
		missing = lib.besideFigures(ctx, orig, missing)
		if topic && !slices.ContainsFunc(missing, func(w string) bool { f := strings.Fields(w); return m.topics[f[len(f)-1]] }) {
			topic = false // "I want to work fully remote … What's the national median?": the condition told, not asked
		}
	}
	sl, _ := ctx.Value(softLackKey{}).(*softLack) // (answerGuide's: a line on what the guide lacks)
	switch {
	case len(missing) == 0:
		return nil
	case topic:
		// "any bootcamp you'd recommend?": whatever else the question says.
	case headMissing && (!q.switcher || q.full != nil):
		// "is there an age limit for ...", "can I retake ...": the first thing
		// asked is what the guide lacks.
	case cert != nil || namesLicense(q, g) || predicate && q.has(bot.KindCerts):
		// "does the AWS cert expire?": a detail of a named certificate or permit.
	case (q.has(bot.KindCerts) || q.has("license")) && slices.ContainsFunc(missing, func(w string) bool { f := strings.Fields(w); return examDetail[f[len(f)-1]] }):
		// "qubit gardener permit exam retake": a detail of an exam the
		// guide does not give.
	case q.guessed && (sectionIntent(q) || q.intentCount() == 0 && lib.terms.ownWords(q, g) < 3) && unknownNoun(ctx, lib, missing):
		// No career named, and a thing no guide knows is what is asked ("I
		// want to make maps for video games. What's the career path?", "how
		// do I grow tomatoes on my balcony?"): the words the guide was
		// guessed from are not enough.
	case sectionIntent(q), len(missing) < known, len(missing) == known && anySectionWord(q):
		// "what's the path to becoming an MLE" (other words are context),
		// or a question mostly about what the guide has: answered, with a
		// line on the words it lacks
		if sl != nil && !langMissing && !predicate {
			softNote(sl, q, g, cert, missing, false)
		}
		return nil
	}
	if sl != nil && !headMissing && !langMissing && !topic && !predicate && softNote(sl, q, g, cert, missing, true) {
		// Words the guide lacks beside what it has, none of them the
		// first thing asked, of a career named (no figure: a figure shown
		// beside a point the guide lacks would read as its answer): the
		// nearest answer, said to leave them out (not of a career read
		// from a generic word, "I read engineer as …").
		return nil
	}
	return lackingAnswer(e, q, g, cert, strings.Join(missing, ", "))
}

// softLackKey carries a *softLack through a context.
type softLackKey struct{}

// softLack is how lacking tells answerGuide that the question names words
// the guide lacks beside what it has (note, quoted): the answer it goes on
// to give says so.
type softLack struct {
	note  string
	words []string // the words lacked
}

// softNote records in sl the words a guide lacks (missing) for a line
// beside the answer, and reports whether it did. When the line stands for
// a refusal (strict), only of a career the question names (not guessed,
// not read from a generic word), with no figure asked (or one asked by its
// own word, apart from the words lacked: figureApart) and no certificate
// or permit named; when the answer is given anyway, of any.
func softNote(sl *softLack, q *question, g *bot.Guide, cert *bot.Cert, missing []string, strict bool) bool {
	if g == nil || strict && (cert != nil || namesLicense(q, g) || !slices.Contains(q.careers, g) || q.guessed || len(q.scope.generic) > 0 || (figures(q) || asksFigures(q)) && !figureApart(q, missing)) {
		return false
	}
	var seen []string
	for _, w := range missing {
		if !slices.Contains(seen, w) && !(!strict && (q.m.lex.Time(w) || q.m.lex.Time(q.m.lex.Singular(w)))) {
			seen = append(seen, w) // (beside an answer given anyway, not a span of time: "over the decade")
		}
	}
	if len(seen) == 0 {
		return false
	}
	sl.note = `"` + strings.Join(seen, `", "`) + `"`
	sl.words = seen
	return true
}

// figureApart reports whether the figure a question asks is named by its
// own word (salary, median, employed, growth …) and every word the guide
// lacks stands at least four words from each such word: said in another
// clause ("Boston ML engineer salary please, considering leaving my
// postdoc in Leuven for industry"), not what the figure is of ("signing
// bonus pay").
func figureApart(q *question, missing []string) bool {
	var at []int
	for i, w := range q.words {
		if in := q.m.index[w]; in["salary"] || in["employed"] || in["outlook"] {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return false
	}
	for _, m := range missing {
		f := strings.Fields(m)
		for i, w := range q.words {
			if !slices.Contains(f, w) {
				continue
			}
			for _, k := range at {
				if i-k < 4 && k-i < 4 {
					return false
				}
			}
		}
	}
	return true
}

// introHere is the end of a message's self-introduction ("front desk girl
// here 👋 what's …", "hey all, night auditor here, …"): the words up to
// "here" within the first eight, after at most a greeting, when a new
// clause follows it. 0 when the message opens no such way. Who the asker
// is is not what the guide is asked for.
func introHere(ws []string) int {
	h := slices.Index(ws[:min(len(ws), 8)], "here")
	if h < 1 || h+1 >= len(ws) || !newSubject(ws[h+1:]) && !startsQuestion(ws[h+1]) {
		return 0
	}
	for _, w := range ws[:h] {
		if w == "from" || w == "is" || w == "are" || w == "get" || w == "work" || w == "working" {
			return 0 // "anyone from here", "is it here", "work here": not the asker named
		}
	}
	return h + 1
}

// openers are the words of talk that open a sentence without saying
// anything of it ("okay so my wife is …").
var openers = setOf("okay", "ok", "so", "well", "rn", "tbh", "ngl", "honestly", "um", "uh", "anyway", "btw", "alright")

// afterOpeners is f without the openers it begins with, keeping at least
// keep words.
func afterOpeners(f []string, keep int) []string {
	for len(f) > keep && openers[f[0]] {
		f = f[1:]
	}
	return f
}

// selfTold is the span of words where the asker says what they are ("so
// I'm a postdoc in chemistry and I was wondering …"): from after "I'm a"
// to the clause that follows; 0, 0 when the message says none before a
// question of its own.
func selfTold(ws []string) (int, int) {
	for i := 0; i+3 < len(ws); i++ {
		k := i
		switch {
		case ws[k] == "im" || ws[k] == "i" && ws[k+1] == "m" || ws[k] == "i" && ws[k+1] == "am":
			if ws[k] != "im" {
				k++
			}
		default:
			continue
		}
		if k+1 >= len(ws) || ws[k+1] != "a" && ws[k+1] != "an" {
			continue
		}
		from := k + 2
		for to := from; to < len(ws); to++ {
			switch w := ws[to]; {
			case w == "and" || w == "but" || w == "so" || w == "who" || w == "that" || whWord(w):
				if to > from {
					return from, to
				}
				return 0, 0
			}
		}
		return 0, 0 // nothing asked after it
	}
	return 0, 0
}

// likeStoryAt is where a likeness told from the asker's life starts, after
// the question ("… like how I needed NREMT as a medic?", "… like my buddies
// did when the contract ended"), or what they will do with the answer ("…
// so I can do the NPV myself"); len(ws) when there is none: what it tells
// is beside the question, not what is asked.
func likeStoryAt(ws []string) int {
	for i := 2; i+1 < len(ws); i++ {
		if ws[i] != "like" {
			continue
		}
		switch ws[i+1] {
		case "how", "when", "i", "we", "my", "our", "me", "us":
			return i
		}
	}
	for i := 3; i+2 < len(ws); i++ {
		if ws[i] == "so" && (ws[i+1] == "i" || ws[i+1] == "we" || ws[i+1] == "that") && !slices.ContainsFunc(ws[i+2:], whWord) { // ("so I can do …": its verbs ask nothing)
			return i // "… so I can do the NPV myself": what the asker will do with the answer
		}
	}
	return len(ws)
}

// ownedPhrase reports whether the word at i is in a noun phrase after a
// possessive, within three words ("my telescope images", "my Big 4 audit
// job"): the asker's own life, told.
func ownedPhrase(q *question, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if possessive[q.words[k]] {
			return true
		}
		if q.m.stop[q.words[k]] || q.taken[k] && !hasDigit(q.words[k]) {
			return false
		}
	}
	return false
}

// ownedBy reports whether the word at i is in a phrase the possessive
// owner opens, up to three words back with no little word between: "our
// family group chat".
func ownedBy(q *question, i int, owner string) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if q.words[k] == owner {
			return true
		}
		if q.m.stop[q.words[k]] {
			return false
		}
	}
	return false
}

// modalVerb are the verbs of what one can or should do.
var modalVerb = setOf("can", "could", "should", "would", "might", "may", "will")

// modifiedKind reports whether w points to a section whose things a
// modifier only narrows ("industry experience", "design question"), not to
// a certificate, licence, price or figure, which a modifier names ("forklift
// cert", "90th percentile salary").
func modifiedKind(m *model, w string) bool {
	in := m.index[w]
	if in == nil || in[bot.KindCerts] || in["license"] || in["cost"] || in["salary"] || in["education"] {
		return false
	}
	return in[bot.KindPath] || in[bot.KindInterview] || in[bot.KindDay] || in[bot.KindChallenges] || in[bot.KindPortfolio] || in[bot.KindSkills]
}

// examDetail are the words of an exam's rules that no guide gives unless
// its text says them.
var examDetail = setOf("retake", "retakes", "retaking", "resit", "resits", "penalty", "penalties", "late", "attempts", "attempt")

// hoursAsked reports whether the question speaks of hours it does not
// count itself ("typical hours per week?", not "I work 20 hours a week").
func hoursAsked(q *question) bool {
	for i, w := range q.words {
		if (w == "hours" || w == "hrs" || w == "hour") && !(i > 0 && (hasDigit(q.words[i-1]) || numberWords[q.words[i-1]])) {
			return true
		}
	}
	return false
}

// placedName reports whether the word at i ends a name after a word that
// places work ("in", "at", "near", "around"), typed in capitals or with a
// word no dictionary has: "in menlo park", "at their Menlo Park office",
// "near Kendall Sq", "at NASA JPL" (an employer's name, capitalised, may
// stand in it).
func placedName(q *question, i int) bool {
	odd := false
	for k := i; k >= 0 && k >= i-4; k-- {
		w := q.words[k]
		switch w {
		case "in", "at", "near", "around", "outside":
			return odd && k < i
		case "the", "their", "our", "a", "an":
			continue
		}
		if q.m.stop[w] || q.taken[k] && !q.cased[k] || q.m.index[w] != nil || q.m.topics[w] {
			return false // (not "in H1B visa sponsorship": a condition the guides lack)
		}
		odd = odd || !q.m.lex.Word(w) || q.m.lex.Foreign(w) || q.cased[k]
	}
	return false
}

// exampleOf reports whether the noun at i is in an example given after
// a word of what is asked: "like" after an intent's word ("a license like
// a PE for civil engineers").
func exampleOf(q *question, i int) bool {
	ws := q.words
	j := i - 1
	for j > 0 && j > i-4 && !q.m.stop[ws[j]] && q.m.lex.Noun(ws[j]) && ws[j] != "like" {
		j--
	}
	if j > 0 && (ws[j] == "a" || ws[j] == "an" || ws[j] == "the") {
		j--
	}
	return j >= 1 && ws[j] == "like" && q.m.index[ws[j-1]] != nil
}

// timeShort are spans written short ("90 min", "2 hrs").
var timeShort = setOf("min", "mins", "hr", "hrs", "wk", "wks", "sec", "secs")

// langName is the programming language a one-letter word stands for in
// the message as typed ("C++", "C#", "F#"), "" when it stands for none.
func langName(raw, w string) string {
	if len(w) != 1 {
		return ""
	}
	low := strings.ToLower(raw)
	for _, suf := range []string{"++", "#"} {
		if i := strings.Index(low, w+suf); i >= 0 && (i == 0 || !isWordByte(low[i-1])) {
			return strings.ToUpper(w) + suf
		}
	}
	return ""
}

// ageAsked reports whether words ask whether the asker's age is a bar:
// "too old", "too young", "age limit".
func ageAsked(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "too" && (ws[i+1] == "old" || ws[i+1] == "young") || ws[i] == "age" && (ws[i+1] == "limit" || ws[i+1] == "limits" || ws[i+1] == "cap" || ws[i+1] == "cutoff") {
			return true
		}
	}
	return false
}

// validityWords ask how long a certificate or licence lasts.
var validityWords = setOf("valid", "validity", "expire", "expires", "expired", "expiry", "expiration", "renew", "renews", "renewal", "renewing", "renewed",
	"recertify", "recertification", "recertifying", "lapse", "lapses")

// saysValidity reports whether a certificate's or licence's text gives
// renewal terms.
func saysValidity(text string) bool {
	t := strings.ToLower(text)
	for _, w := range []string{"renew", "valid for", "expire", "recertif", "lapse"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// guideSays reports whether a guide's sections name s as written (any
// case).
func guideSays(g *bot.Guide, s string) bool {
	s = strings.ToLower(s)
	for _, sec := range g.Sections {
		if strings.Contains(strings.ToLower(sec.Body), s) {
			return true
		}
	}
	return false
}

// unpricedExtra returns the thing a question asks about among the extras
// of the pay ("the isolation bonus", "hazard supplement"), with named true
// when every word of it is in one sentence of the guide's pay note or
// salary section, that sentence has no figure and no other section speaks
// of it; with named false when its last word is in such a sentence but a
// word before it is in none ("signing bonus" where the guide names an
// isolation bonus). "" otherwise.
func unpricedExtra(q *question, g *bot.Guide, cert *bot.Cert) (string, bool) {
	m := q.m
	from, to := -1, -1 // the first run of words asked about: "hazard supplement" (for mapping nightmares)
	left := leftOut(q) // ("… make, not counting the isolation bonus?": set aside, not asked)
	for i, w := range q.words {
		if q.taken[i] || left != nil && left[i] || m.stop[w] || !hasLetter(w) || m.index[w] != nil || m.payVerbs[w] || m.lex.CommonVerb(w) ||
			w == "amount" || w == "exactly" || w == "exact" || hasDigit(w) || (w == "big" || w == "large") && i > 0 && q.words[i-1] == "how" ||
			moneyUnits[w] || from < 0 && m.lex.MostlyAdjective(w) || // ("the actual dollar amount of …")
			i > 0 && (subjectPronoun[q.words[i-1]] || relations[q.words[i-1]]) && m.lex.Verb(w) || // ("where you land in the pay range", "help my niece land a job": what someone does)
			relations[w] {
			if from >= 0 {
				break
			}
			continue
		}
		if from < 0 {
			from = i
		}
		to = i + 1
	}
	if from < 0 || to-from > 3 || !m.lex.Noun(q.words[to-1]) {
		return "", false
	}
	asked := q.words[from:to]
	pn := q.lib.payNoteOf(g)
	head := stem(asked[len(asked)-1])
	if !pn.stems[head] || pn.elsewhere[head] {
		return "", false // not in the pay text, or a word of the guide's other sections ("how much data …")
	}
	if cert != nil && strings.Contains(strings.ToLower(cert.Name), asked[len(asked)-1]) {
		return "", false // a certificate's own words
	}
	found, headFound := false, false
	for _, sent := range pn.sents {
		all := true
		for _, w := range asked {
			all = all && sent.has[stem(w)]
		}
		if sent.has[head] && !sent.digit {
			headFound = true
		}
		if !all {
			continue
		}
		if sent.digit {
			return "", false // the guide gives it a figure
		}
		found = true
	}
	if !found && !(headFound && len(asked) > 1) {
		return "", false
	}
	return "the " + strings.Join(asked, " "), found
}

// payNote is a guide's pay text (its salary note and salary section) cut
// into sentences and stemmed, with the stems its other sections use.
type payNote struct {
	sents     []paySentence
	stems     map[string]bool // every stem of the pay text
	elsewhere map[string]bool // stems of the pay text that other sections use too
}

type paySentence struct {
	has   map[string]bool
	digit bool
}

// payNoteOf analyses a guide's pay text on first use; the library keeps it.
func (l *Library) payNoteOf(g *bot.Guide) *payNote {
	if v, ok := l.payNotes.Load(g); ok {
		return v.(*payNote)
	}
	text := g.Salary.Note
	if s := g.Section("salary"); s != nil {
		text += "\n" + s.Body
	}
	pn := &payNote{stems: map[string]bool{}, elsewhere: map[string]bool{}}
	for _, sent := range strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '\n' }) {
		ps := paySentence{has: map[string]bool{}, digit: hasDigit(sent)}
		for _, w := range words(sent) {
			st := stem(w)
			ps.has[st] = true
			pn.stems[st] = true
		}
		pn.sents = append(pn.sents, ps)
	}
	for _, sec := range g.Sections {
		if sec.Kind == "salary" {
			continue
		}
		for _, w := range words(sec.Body) {
			if st := stem(w); pn.stems[st] {
				pn.elsewhere[st] = true
			}
		}
	}
	v, _ := l.payNotes.LoadOrStore(g, pn)
	return v.(*payNote)
}

// afterEvent are words that follow an event named by a noun ("an onsite
// at a fintech", "the onsite next week").
var afterEvent = setOf("at", "for", "with", "next", "in", "on", "tomorrow", "today", "this", "soon")

// topicAsNoun reports whether the condition-of-work word at i is used as
// a noun of its own at the end of its phrase ("before the onsite", "an MLE
// onsite?": the interview day), not as a condition ("an onsite role").
func topicAsNoun(q *question, i int) bool {
	if i == 0 || i+1 < len(q.words) && !q.m.stop[q.words[i+1]] {
		return false
	}
	p := q.words[i-1]
	return p == "the" || p == "an" || p == "my" || p == "your" || p == "their" || q.taken[i-1] && q.lib.isCareerWord(p)
}

// mentionedWhere marks the words that say where the asker came across
// something ("I see it in job ads", "saw it on a resume", "mentioned in a
// podcast"): the place of the mention, not a thing asked about. nil when
// there are none.
func mentionedWhere(ws []string) []bool {
	var out []bool
	for i, w := range ws {
		switch w {
		case "see", "saw", "seen", "seeing", "read", "noticed", "mentioned", "listed", "spotted", "heard", "came":
		case "asked", "asks", "asking", "wondered", "wonders", "wondering", "posted", "said", "says", "wants", "wanted":
			// "someone in the chat asked …", "a guy on the server wants
			// to know …": where the asker heard it, before who asked
			for j := i - 2; j >= 1 && j >= i-5; j-- {
				if (ws[j] == "in" || ws[j] == "on") && (doers[ws[j-1]] || relations[ws[j-1]] || ws[j-1] == "someone" || ws[j-1] == "somebody" || ws[j-1] == "everyone") {
					if out == nil {
						out = make([]bool, len(ws))
					}
					for k := j + 1; k < i; k++ {
						out[k] = true
					}
					break
				}
			}
			continue
		case "like":
			if i == 0 || !aside(ws, i+1) {
				continue
			}
			// "it sounds like a science fiction book": the asker's
			// impression, to the end of the clause.
			if out == nil {
				out = make([]bool, len(ws))
			}
			out[i-1] = true // "sounds"
			for j := i + 1; j < len(ws) && !startsQuestion(ws[j]); j++ {
				out[j] = true
			}
			continue
		default:
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			if ws[k] != "in" && ws[k] != "on" && ws[k] != "from" && ws[k] != "under" {
				continue
			}
			if out == nil {
				out = make([]bool, len(ws))
			}
			for j := k + 1; j < len(ws) && j <= k+6; j++ { // ("in a machine learning job ad": a short form read long)
				if startsQuestion(ws[j]) || ws[j] == "and" || ws[j] == "but" {
					break
				}
				out[j] = true
			}
			break
		}
	}
	return out // nil when nothing was seen anywhere
}

// certList names a guide's certifications with their prices.
func certList(g *bot.Guide) string {
	names := make([]string, len(g.Certifications))
	for i, c := range g.Certifications {
		names[i] = fmt.Sprintf("%s (%s)", c.Name, bot.Money(c.Price))
	}
	return strings.Join(names, ", ")
}

// lackingAnswer says the guide has nothing on what was asked and what it
// does have.
func lackingAnswer(e *Engine, q *question, g *bot.Guide, cert *bot.Cert, what string) *bot.Answer {
	if g == nil {
		return &bot.Answer{Answered: false, Title: "Not in the guides: " + what,
			Body: fmt.Sprintf("The guides have nothing on %s, so I can't answer that. They cover salaries by state, certifications, skills, tools, the path in, a day in the life, interviews, challenges and the job outlook of their careers.", what)}
	}
	what = strings.ReplaceAll(what, "parttime", "part-time") // (as the shorthand table wrote it)
	a := &bot.Answer{Answered: false, Career: g.Slug, Title: "Not in the guide: " + what,
		Body: fmt.Sprintf("The %s guide has nothing on %s, so I can't answer that.", g.Title, what)}
	if cert != nil {
		a.Body += fmt.Sprintf(" What it has on the %s: it costs %s. %s", cert.Name, bot.Money(cert.Price), cert.About)
	} else if g.Education != "" && (q.has("education") || hasAny(q, "bootcamp", "bootcamps", "course", "courses", "degree", "degrees", "diploma", "self-taught")) {
		// "is a bootcamp enough to land ML engineering?": what it does say
		// about the schooling the job takes
		a.Body += " On education it says: " + strings.TrimSuffix(g.Education, ".") + "."
	} else {
		a.Body += " It covers salaries by state, certifications, skills, tools, the path in, a day in the life, interviews, challenges and the job outlook."
	}
	kind, _ := routeKind(q)
	if q.has("salary") {
		kind = "salary"
	}
	if name, _ := topicByKind(kind); name != "" {
		kind = name
	}
	a.FollowUps = e.followUps(g, "", kind, "salary", "certs", "path")
	return a
}

// noteAmount answers a question that asks how much something is ("how
// much is the hazard supplement?", "how big is the isolation bonus?") that
// only the guide's salary note names as something earned (a word of it
// the sections use once at most), with no figure: the amount is said to
// be missing (unpricedExtra finds the extras named whole). nil otherwise.
func noteAmount(e *Engine, lib *Library, q *question, g *bot.Guide) *bot.Answer {
	note := g.Salary.Note
	if note == "" || hasDigit(note) || !(hasAll(q, "how", "much") || hasAll(q, "how", "big") || hasAll(q, "how", "large") || hasAny(q, "amount", "exactly")) {
		return nil
	}
	// the things the note says are earned: what follows "a" or "an" up to
	// the next small word ("earn a hazard supplement and …"), asked and not
	// set aside ("how much do they make, not counting the isolation bonus?")
	left := leftOut(q)
	nw := words(note)
	for k := 0; k+1 < len(nw); k++ {
		if nw[k] != "a" && nw[k] != "an" {
			continue
		}
		end := k + 1
		for end < len(nw) && !q.m.stop[nw[end]] {
			end++
		}
		thing := nw[k+1 : end]
		if len(thing) == 0 || !slices.ContainsFunc(thing, func(w string) bool {
			k := slices.Index(q.words, w)
			return k >= 0 && !(left != nil && left[k]) && q.m.index[w] == nil && lib.Searcher != nil && lib.Searcher.DocFreq(context.Background(), w) <= 1
		}) {
			continue
		}
		name := strings.Join(thing, " ")
		return lackingAnswer(e, q, g, nil, "the amount of the "+name+" (it names it with the pay, without a figure)")
	}
	return nil
}

// calendarWord names a day of the week or a month.
var calendarWord = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december")

// timeQualifier words make the time noun after them a span ("next decade").
var timeQualifier = setOf("a", "an", "per", "next", "each", "every", "this", "last", "few", "many", "some", "one", "two", "three",
	"several", "couple", "first", "within", "in", "over")

// currencyWord names a unit of money: what a price or pay is counted in.
var currencyWord = setOf("dollar", "dollars", "bucks", "usd", "euro", "euros", "rupees", "pounds", "cents")

// orAlternative reports whether word i is in the second half of an "A or
// B" question whose first half has words of its own.
func orAlternative(ws []string, i int) bool {
	for k := i - 1; k > 1; k-- {
		if ws[k] == "or" {
			return true
		}
	}
	return false
}

// countingGuides is how many of the library's guides give a number of the
// unit (countedIn).
func countingGuides(lib *Library, unit string) int {
	n := 0
	for _, g := range lib.Guides {
		if countedIn(g, unit) {
			n++
		}
	}
	return n
}

// orClause reports whether the last "or" before position i opens a clause
// of its own ("… or is that a bootcamp myth"), not one more item of a list
// ("stock options or equity").
func orClause(ws []string, i int) bool {
	for k := i - 1; k > 1; k-- {
		if ws[k] == "or" {
			return k+1 < len(ws) && clauseOpener[ws[k+1]]
		}
	}
	return false
}

// clauseOpener words after "or" open a clause: a verb or a pronoun.
var clauseOpener = setOf("is", "are", "was", "do", "does", "did", "will", "would", "should", "can", "could", "it", "that", "this", "they", "just", "am", "i", "you")

// wordStart is the longest dictionary word of four letters or more that
// a closed compound no dictionary has begins with ("dataset": data), so
// that "1TB of data" counts a dataset's size; "" for a dictionary word.
func wordStart(lex *lexicon.Lexicon, w string) string {
	if lex.Word(w) {
		return ""
	}
	for k := len(w) - 1; k >= 4; k-- {
		if lex.Word(w[:k]) {
			return w[:k]
		}
	}
	return ""
}

// countedIn reports whether the guide gives a number of the unit ("22
// seconds", "90 minutes", "four certifications").
func countedIn(g *bot.Guide, unit string) bool {
	if unit == "" {
		return false
	}
	unit = strings.TrimSuffix(unit, "s")
	num := `(\d[\d,.\-–]*|\b(two|three|four|five|six|seven|eight|nine|ten|dozen))`
	// "22 seconds", "four certifications", and "a crew of seven".
	// Up to two words may stand between ("12 complete dreamscape sheets").
	re, err := regexp.Compile(`(?i)` + num + `\s*(?:[a-z-]+\s+){0,2}` + regexp.QuoteMeta(unit) + `|\b` + regexp.QuoteMeta(unit) + `s? of ` + num)
	if err != nil {
		return false
	}
	for _, s := range g.Sections {
		if re.MatchString(s.Body) {
			return true
		}
	}
	return false
}

// dataSizeRE finds an amount of data ("1TB of data", "500 GB").
var dataSizeRE = regexp.MustCompile(`(?i)\b\d+(\.\d+)?\s*(TB|GB|PB|MB)\b|\b(tera|giga|peta)bytes?\b`)

// datasetAsked reports whether a question asks the size of a dataset
// ("how big is the dataset in that interview question?"), no figure of a
// job ("data analyst vs ML engineer, how big is the pay gap?").
func datasetAsked(q *question) bool {
	return len(q.scope.occupations) == 0 && !asksFigures(q) && slices.ContainsFunc(q.words, func(w string) bool { return w == "dataset" || w == "datasets" || w == "corpus" })
}

// hasDataSize reports whether the guide gives an amount of data on one
// line: how big a dataset is, which it has (not a size it lacks).
func hasDataSize(g *bot.Guide) bool {
	s, _ := dataSizeLineOf(g)
	return s != nil
}

// dataSizeLineOf is the one line of the guide that gives an amount of data
// ("Training a model when you have 1TB of data") and its section; nil when
// none or more than one does.
func dataSizeLineOf(g *bot.Guide) (*bot.Section, string) {
	var best *bot.Section
	bestLine, found := "", 0
	eachLine(g, func(s *bot.Section, line string) {
		if dataSizeRE.MatchString(line) && line != bestLine {
			best, bestLine, found = s, line, found+1
		}
	})
	if found != 1 {
		return nil, ""
	}
	return best, bestLine
}

// anySectionWord reports whether a word of the question, weak or strong,
// points to a section kind ("what meetings fill ...").
func anySectionWord(q *question) bool {
	for _, w := range q.words {
		if !q.m.stop[w] && routesTo(q.m, w) {
			return true
		}
	}
	return false
}

// focusText drops the sentences of a message that describe the asker
// ("I have a physics PhD.", "Backend dev here (Java, 5 yoe).", "Former
// journalist here —") and keeps what is asked; the whole text when nothing
// is dropped or nothing would remain.
func (l *Library) focusText(text string) string {
	if cut := butAsks(text); cut != text {
		// "my grandpa was a farmer his whole life and he'd laugh at this
		// but what skills does a quantum gardener need": what comes before
		// "but" and a question is read as a sentence of its own.
		if f := l.focusText(cut); f != cut {
			return f
		}
		return text
	}
	if !twoSentences(text) {
		return text // most questions: no slice of one sentence made
	}
	sentences := strings.FieldsFunc(text, sentenceEnd)
	if len(sentences) < 2 {
		return text
	}
	var keep []string
	var wished []bool // for each sentence kept, whether it tells the asker's wish and asks nothing
	lastKept, lastAsked := -1, -2
	askedBefore := false // a sentence kept so far ends with "?"
	setAside := false    // a sentence before the first question was set aside
	for i, s := range sentences {
		f := words(s)
		f = afterOpeners(f, 2) // "Okay so my wife is …"
		if len(f) == 0 {
			continue
		}
		switching, goal, goalAt := false, false, 0
		for i, w := range f {
			switching = switching || l.m.switchW[w] || w == "coming"
			// A goal looks ahead: "I want to …", "hoping to become …"; "I
			// love maths puzzles" describes the asker.
			ahead := i+1 < len(f) && (f[i+1] == "to" || f[i+1] == "be" || f[i+1] == "become" || f[i+1] == "becoming" || f[i+1] == "into" || f[i+1] == "working")
			if !goal && l.m.goal[w] && w != "like" && w != "should" && w != "could" && w != "would" && ahead {
				goal, goalAt = true, i
			}
		}
		if goal && !l.goalTopic(f[goalAt+1:]) {
			goal = false // "I want to sound clever": no career, job or topic wished for
		}
		self0 := tellers[f[0]] || f[0] == "my" // the asker or someone of theirs, first
		self := (self0 || f[0] == "former" || f[0] == "currently" ||
			len(f) > 2 && !startsQuestion(f[0]) && (l.m.lex.Occupation(f[0]) && !l.isCareerWord(f[0]) && !l.plural(f[0]) ||
				l.m.lex.Occupation(f[0]+" "+f[1]) && !l.plural(f[1]) ||
				l.m.lex.Occupation(f[1]) && !l.isCareerWord(f[1]) && !l.plural(f[1])) && l.noIntent(f) ||
			(slices.Contains(f, "here") || switching) && !startsQuestion(f[0]) ||
			len(f) > 3 && f[0] == "as" && (f[1] == "a" || f[1] == "an") && !slices.Contains(f, "need") && !slices.Contains(f, "want")) && !goal && !wondering(f) || // ("As a statistician my math is fine.")
			// "Physics PhD finishing up next spring.": a statement before the
			// question that asks about nothing but the asker's schooling.
			i < len(sentences)-1 && !startsQuestion(f[0]) && l.onlySchooling(f) ||
			// "Jordan, BSN RN, 31 — …": who the asker is, and their age
			i < len(sentences)-1 && len(f) <= 4 && ageLike(f[len(f)-1]) && !startsQuestion(f[0])
		asked := strings.Contains(text, strings.TrimSpace(s)+"?")
		if self && !asked {
			setAside = setAside || !askedBefore
			continue
		}
		if !asked && askedBefore && (len(keep) == i || !setAside && lastKept == lastAsked) && !startsQuestion(f[0]) && !slices.ContainsFunc(f[min(2, len(f)):], whWord) &&
			!(len(f) > 1 && whWord(f[0]) || len(f) > 1 && whWord(f[1]) && f[0] != "that" && f[0] != "thats") && l.noIntent(f) &&
			!slices.ContainsFunc(f, l.isCareerWord) && l.remark(s) && !(lastKept >= 0 && l.laysOut(s, sentences[lastKept])) { // (not "… Give me the full ranking, not just the winner.": how the answer is laid out)
			// "How many orbital chefs work in Hawaii? It seems a funny place
			// for it, but …": a remark after the question asks nothing
			// (when nothing before the question was set aside, or only what
			// the asker told after it: "… i failed calc 1 once (passed the
			// second time!!) and it still haunts me"; "that's what my
			// bootcamp made it sound like" asks nothing either).
			continue
		}
		askedBefore = askedBefore || asked
		keep = append(keep, strings.TrimSpace(s))
		wished = append(wished, self0 && goal && !asked)
		lastKept = i
		if asked {
			lastAsked = i
		}
	}
	if slices.Contains(wished, true) && len(keep) > 1 {
		// "My manager said the company would reimburse one certification
		// and I want to use it to push toward ML. Which certs are actually
		// relevant for ML engineers?": a wish of the asker's, told before a
		// question that names its career itself, is the story, not a part
		// of what is asked (its words ask for nothing the guide lacks)
		names := false
		for k, s := range keep {
			if !wished[k] && strings.Contains(text, s+"?") {
				f := words(s)
				names = names || len(l.findCareers(f, make([]bool, len(f)))) > 0
			}
		}
		if names {
			var rest []string
			for k, s := range keep {
				if !wished[k] {
					rest = append(rest, s)
				}
			}
			keep = rest
		}
	}
	if len(keep) == 1 && lastKept > 0 && l.onlyPointsBack(words(keep[0])) {
		// "I read there's a REM Atlas Practitioner certificate. What does
		// it cover?": the sentence before says what "it" is
		if name := l.onlyGuideName(sentences[lastKept-1]); name != "" {
			// "my wife keeps mentioning kubeflow at dinner. what is that
			// for?": the one name from the guides is what "that" is; the
			// rest of the sentence is the story around it.
			return name + ". " + keep[0]
		}
		return strings.TrimSpace(sentences[lastKept-1]) + ". " + keep[0]
	}
	if len(keep) == 1 && lastKept > 0 && l.asksNothing(words(keep[0])) {
		// "Our architects asked what Triton and TensorRT are used for.
		// Could you clarify?": the request asks what the sentence before
		// says.
		return text
	}
	if len(keep) == 0 || len(keep) == len(sentences) || confirming(words(keep[len(keep)-1])) {
		// "I read there are 20,800 openings a year. Is that right?", "My
		// friend says certifications matter most. Does the guide agree?":
		// the claim is what is asked; a remark beside it ("We bet a pizza
		// on it.") is not.
		if len(keep) > 0 && len(keep) < len(sentences) {
			var claim []string
			for _, s := range sentences {
				if f := words(s); len(f) > 0 && !(l.noIntent(f) && !hasDigit(s) && !slices.ContainsFunc(f, l.isCareerWord) && l.remark(s)) {
					claim = append(claim, strings.TrimSpace(s))
				}
			}
			if len(claim) < len(sentences) && len(claim) > 1 {
				return strings.Join(claim, ". ") + "?"
			}
		}
		return text
	}
	// Each sentence kept with its mark: a question stays one ("… stays
	// put. What are the biggest challenges …?").
	var b strings.Builder
	for k, s := range keep {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
		if strings.Contains(text, s+"?") {
			b.WriteByte('?')
		} else {
			b.WriteByte('.')
		}
	}
	return b.String()
}

// whWord reports whether w is a question word that asks wherever it
// stands ("like what % is …").
func whWord(w string) bool {
	switch w {
	case "what", "whats", "which", "how", "hows", "why", "where", "who", "when":
		return true
	}
	return false
}

// remark reports whether a sentence names nothing a question could be
// about: no career, occupation or field, employer or place, and is in
// English ("It seems a funny place for it"; not "data science roles at
// fintechs in Lagos", "cuanto sale").
func (l *Library) remark(s string) bool {
	if _, some := l.m.foreignMessage(words(s)); some {
		return false
	}
	rq := l.analyse(context.Background(), s)
	return len(rq.careers) == 0 && len(rq.scope.occupations) == 0 && rq.scope.company == "" && rq.scope.foreign == "" && len(rq.states) == 0
}

// onlyGuideName is the one name in a sentence that no dictionary has and
// the guides use ("kubeflow"); "" when there is none or more than one.
func (l *Library) onlyGuideName(s string) string {
	if l.Searcher == nil {
		return ""
	}
	name := ""
	for _, w := range words(s) {
		if w == name || l.m.stop[w] || l.m.index[w] != nil || !hasLetter(w) || l.m.lex.Word(w) || !l.Searcher.Known(context.Background(), w) {
			continue
		}
		if name != "" {
			return ""
		}
		name = w
	}
	return name
}

// goalTopic reports whether the words after a wish say what is wished
// for: a word the intent table knows, a career's word, a noun, or a name
// only the guides have ("I want to get into ML", "hoping to become a
// nurse", "I want to make maps for video games"; not "I want to sound
// clever").
func (l *Library) goalTopic(f []string) bool {
	for i, w := range f {
		verbSlot := i > 0 && f[i-1] == "to" && l.m.lex.Verb(w) // "to sound", "to make": the verb, not its object
		if len(l.m.index[w]) > 0 || l.isCareerWord(w) || !verbSlot && !l.m.stop[w] && l.m.lex.Noun(w) && !l.m.lex.MostlyAdjective(w) && !l.m.lex.CommonVerb(w) ||
			!l.m.lex.Word(w) && hasLetter(w) && l.Searcher != nil && l.Searcher.Known(context.Background(), w) {
			return true
		}
	}
	return false
}

// plural reports whether w is a plural noun: "cybersecurity analysts, the
// folks who stop hackers" names the people asked about, where "Backend dev,
// 5 yoe" describes the asker.
func (l *Library) plural(w string) bool {
	s := l.m.lex.Singular(w)
	return s != w && l.m.lex.Occupation(s)
}

// asksNothing reports whether a question sentence asks nothing of its own:
// a request in stop words and verbs ("Could you clarify?", "Can you
// explain?").
func (l *Library) asksNothing(f []string) bool {
	if len(f) == 0 || len(f) > 5 || !startsQuestion(f[0]) && f[0] != "could" && f[0] != "would" {
		return false
	}
	verb := false
	for _, w := range f {
		if (w == "explain" || w == "describe" || w == "elaborate") && w == f[len(f)-1] {
			verb = true // "Can you explain?": a request for what was told before (not "explain the job")
			continue
		}
		if l.m.stop[w] {
			continue
		}
		if l.m.index[w] != nil || !l.m.lex.Verb(w) || l.m.lex.Noun(w) {
			return false
		}
		verb = true
	}
	return verb
}

// onlyPointsBack reports whether a question asks what something is or does
// by pointing back ("what is that for?", "what does it do?") and has no word
// of its own to search for: what it points at is in the sentence before
// ("my wife keeps mentioning kubeflow at dinner").
func (l *Library) onlyPointsBack(f []string) bool {
	request := len(f) > 2 && (f[0] == "can" || f[0] == "could" || f[0] == "would" || f[0] == "will") && f[1] == "you" ||
		len(f) > 1 && (f[0] == "please" || f[0] == "pls" || f[0] == "list" || f[0] == "name")
	if len(f) > 7 || len(f) == 0 || f[0] != "what" && f[0] != "whats" && f[0] != "how" && f[0] != "which" && !request {
		return false
	}
	back := false
	for _, w := range f {
		switch w {
		case "that", "it", "they", "them", "those", "these":
			back = true
			continue
		case "number", "figure", "answer", "truth":
			// "… will grow like 10%, I think it's way more. what's the
			// (real) number?": the figure the sentence before claims
			if slices.Contains(f, "the") {
				back = true
				continue
			}
		case "real", "actual", "correct":
			continue
		case "list", "name", "show", "give", "tell", "please", "pls":
			if request {
				continue // "can you list them with prices": a request of the things named before
			}
		}
		if !l.m.stop[w] && l.m.index[w] == nil && !l.m.lex.CommonVerb(w) {
			return false
		}
	}
	return back
}

// sentenceEnd reports whether r ends one of focusText's sentences.
func sentenceEnd(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == ';' || r == ':' || r == '—' || r == '–'
}

// asciiSentenceEnd is sentenceEnd of each ASCII character.
var asciiSentenceEnd = func() (t [0x80]bool) {
	for c := range t {
		t[c] = sentenceEnd(rune(c))
	}
	return t
}()

// butAsks returns text with its first " but " before a question word
// ("… but what skills …", "…, but how do I start") made a sentence end;
// text itself when it has none.
func butAsks(text string) string {
	i := strings.Index(text, " but ")
	if i <= 0 {
		return text
	}
	rest := text[i+len(" but "):]
	w, _, _ := strings.Cut(rest, " ")
	if !startsQuestion(w) {
		return text
	}
	return strings.TrimRight(text[:i], ",") + ". " + rest
}

// twoSentences reports whether strings.FieldsFunc(text, sentenceEnd) has
// two fields or more, without making them.
func twoSentences(text string) bool {
	n, in := 0, false
	for i := 0; i < len(text); {
		// ASCII bytes by a table (most of every text), other runes decoded.
		var end bool
		if c := text[i]; c < 0x80 {
			end = asciiSentenceEnd[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			end = sentenceEnd(r)
			i += size
		}
		if end {
			in = false
		} else if !in {
			if in, n = true, n+1; n == 2 {
				return true
			}
		}
	}
	return false
}

// wondering reports whether a sentence about the asker asks something:
// "I'm curious what an ML engineer does", "I wonder how long it takes".
func wondering(f []string) bool {
	for i, w := range f {
		if w == "curious" || w == "wonder" || w == "wondering" || w == "wondered" ||
			w == "know" && i > 1 && f[i-1] == "to" && (f[i-2] == "want" || f[i-2] == "like" || f[i-2] == "love") {
			return true
		}
	}
	return false
}

// confirming reports whether a question only asks whether what was said
// before is so: "is that right?", "true?", "is it accurate?".
func confirming(f []string) bool {
	if len(f) == 0 || len(f) > 9 {
		return false
	}
	back := len(f) <= 5 // a short question points back by itself: "true?"
	for _, w := range f {
		switch w {
		case "that", "this", "it", "he", "she", "they", "them", "him", "her":
			back = true // "is that legit or is he smoking something"
		}
	}
	for i, w := range f {
		switch w {
		case "normal", "typical":
			if i > 0 && (f[i-1] == "that" || f[i-1] == "this" || f[i-1] == "thats") {
				return back // "is that normal?" (not "what's typical pay?")
			}
		case "right", "true", "correct", "accurate", "so", "legit", "real", "accurately", "agree", "agrees",
			"settle", "wins", "win", "winner", "closer", "tiebreaker", "tiebreak", "referee", "arbitrate": // "settle it pls", "who wins"
			return back
		}
	}
	return false
}

// namesLicense reports whether the question names the guide's licence by
// two or more of its words ("the quantum greenhouse permit").
func namesLicense(q *question, g *bot.Guide) bool {
	if g == nil || g.License == "" {
		return false
	}
	lic := licenseWords(q, g)
	n := 0
	for _, w := range q.words {
		if slices.Contains(lic, w) && !titleWord(q.lib, g, w) {
			n++
		}
	}
	return n >= 2
}

// licenseWords returns the words of the guide's licence that are not stop
// words (a handful: a slice, not a map), worked out once per library: a
// question may ask namesLicense several times.
func licenseWords(q *question, g *bot.Guide) []string {
	cache := q.lib != nil && q.lib.m == q.m
	if cache {
		if v, ok := q.lib.licWordsOf.Load(g); ok {
			return v.([]string)
		}
	}
	lic := licenseNameWords(g.License)
	lic = slices.DeleteFunc(lic, func(w string) bool { return q.m.stop[w] })
	if cache {
		q.lib.licWordsOf.Store(g, lic)
	}
	return lic
}

// licensePermit is the permit or licence a guide's licence line names: its
// first run of two or more capitalised words after the first ("a Shared
// Dreamspace Permit is required …" → Shared Dreamspace Permit); nil when
// the line names none that way.
func licensePermit(line string) []string {
	var name []string
	for i, f := range strings.Fields(line) {
		t := strings.Trim(f, ".,;:()")
		if i > 0 && t != "" && unicode.IsUpper([]rune(t)[0]) {
			name = append(name, t)
		} else if len(name) > 0 {
			break
		}
	}
	if len(name) < 2 {
		return nil
	}
	return name
}

// licenseNameWords are the lower-case words of the permit a guide's licence
// line names; every word of the line when it names none.
func licenseNameWords(line string) []string {
	if p := licensePermit(line); p != nil {
		return words(strings.Join(p, " "))
	}
	return words(line)
}

// licenseName is the permit a guide's licence line names ("the Shared
// Dreamspace Permit"), or "the licence or permit".
func licenseName(line string) string {
	if p := licensePermit(line); p != nil {
		return "the " + strings.Join(p, " ")
	}
	return "the licence or permit"
}

// sectionIntent reports whether a word of the question points outright
// (not only "morning" or "questions") to a section kind.
func sectionIntent(q *question) bool {
	for _, w := range q.words {
		for intent := range q.m.index[w] {
			if !q.m.weak[w] && slices.Contains(q.m.routing, intent) {
				return true
			}
		}
	}
	return q.switcher
}

// titleWord reports whether w is a word of the guide's title or aliases.
func titleWord(l *Library, g *bot.Guide, w string) bool {
	return g != nil && slices.Contains(l.careerWords(g), w)
}

// gerund reports whether w is the -ing form of a verb ("joining",
// "retraining"): an action, not a thing asked about.
func gerund(lex interface{ Verb(string) bool }, w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 {
		return false
	}
	if lex.Verb(stem) || lex.Verb(stem+"e") {
		return true
	}
	n := len(stem)
	return n > 2 && stem[n-1] == stem[n-2] && lex.Verb(stem[:n-1]) // "running"
}

// negated answers "without a degree", "no PhD", "not certified": from what
// the guide says about that requirement and the alternatives, never with
// the requirement's own card as if it were the answer.
func (e *Engine) negated(q *question, g *bot.Guide) *bot.Answer {
	for i, w := range q.words {
		if (w == "only" || w == "just") && i > 0 && q.words[i-1] == "with" {
			// "with only a bachelor's": without the degree beyond it
			k := i + 1
			for k < len(q.words) && (q.words[k] == "a" || q.words[k] == "an" || q.words[k] == "my") {
				k++
			}
			if k < len(q.words) && firstDegree[q.words[k]] && q.m.index[q.words[k]]["education"] && g.Education != "" && !strings.Contains(strings.ToLower(g.Education), "bachelor") {
				return requirementAnswer(e, g, "a degree beyond a bachelor's", "Education", g.Education, g.EducationLevel, faqOn(g, "degree", "master"))
			}
		}
		if !q.m.negation[w] || w == "no" && i+1 < len(q.words) && unknowing[q.words[i+1]] {
			continue // (not "no idea which certs are worth it": not knowing, no condition)
		}
		for k := i + 1; k < len(q.words) && k <= i+5; k++ {
			next := q.words[k]
			switch {
			case q.m.index[next]["education"]:
				return requirementAnswer(e, g, "a degree", "Education", g.Education, g.EducationLevel, faqOn(g, "degree", "master"))
			case q.m.index[next][bot.KindCerts] || w != "instead" && q.certPairs(next): // (not "instead of cooking in orbit": the work, whose words a certificate's name shares)
				return requirementAnswer(e, g, "a certification", "Certification", g.Certification, "", faqOn(g, "certification"))
			case q.m.index[next]["license"]:
				return requirementAnswer(e, g, "a license", "License", g.License, "", faqOn(g, "license"))
			}
		}
	}
	return nil
}

// headField reports whether w names the field of the guide's head noun,
// its stem of five letters or more with more after it ("cartography" for
// a Dream Cartographer, "gardening" for a Quantum Gardener).
func headField(g *bot.Guide, w string) bool {
	f := strings.Fields(strings.ToLower(g.Title))
	if len(f) == 0 {
		return false
	}
	head := stem(f[len(f)-1])
	return len(head) >= 5 && len(w) > len(head) && strings.HasPrefix(w, head) && w != f[len(f)-1] && w != f[len(f)-1]+"s"
}

// someonePronoun are the pronouns of anyone at all ("if someone skips grad
// school").
var someonePronoun = setOf("someone", "somebody", "anyone", "anybody", "one", "u", "ya")

// unknowing are the words after "no" that say the asker does not know
// ("no idea", "no clue").
var unknowing = setOf("idea", "clue", "clew", "notion")

// firstDegree words name a first degree: "with only a bachelor's".
var firstDegree = setOf("bachelor", "bachelors", "undergrad", "undergraduate", "bs", "bsc", "ba")

func requirementAnswer(e *Engine, g *bot.Guide, without, label, what, level, faq string) *bot.Answer {
	if what == "" && faq == "" {
		return nil
	}
	a := &bot.Answer{Answered: true, Career: g.Slug, Title: "Without " + without + "? · " + g.Title, Source: source(g, "Key facts")}
	body := fmt.Sprintf("The %s guide does not describe a way in without %s.", g.Title, without)
	if what != "" {
		body += fmt.Sprintf(" What it says about %s: %s", strings.ToLower(label), what)
	}
	if faq != "" {
		body += "\n\n" + faq
	}
	if strings.Contains(strings.ToLower(what+" "+faq), "not required") || strings.Contains(strings.ToLower(what+" "+faq), "no ") {
		body = fmt.Sprintf("What the %s guide says about %s: %s", g.Title, strings.ToLower(label), what)
		if faq != "" {
			body += "\n\n" + faq
		}
	}
	a.Body = body
	a.AddField("Typical level", level, true)
	a.AddField("Total time", g.TotalTime, true)
	a.FollowUps = e.followUps(g, "", "path", "certs", "skills")
	return a
}

// faqOn returns the FAQ answer whose question mentions one of the words.
func faqOn(g *bot.Guide, ws ...string) string {
	s := g.Section(bot.KindFAQ)
	if s == nil {
		return ""
	}
	for _, p := range subsections(s.Body) {
		t := strings.ToLower(p.title)
		for _, w := range ws {
			if strings.Contains(t, w) {
				return p.title + " " + strings.TrimSpace(p.body)
			}
		}
	}
	return ""
}

// verbSubject words put the word after them in a verb's place: "where you
// land", "engineers usually land".
var verbSubject = setOf("to", "you", "we", "they", "he", "she", "usually", "typically", "often", "eventually", "generally", "normally",
	"ever", "never", "always")

// verbSlot reports whether word i, which WordNet knows as a verb, stands
// where a verb stands, so it is not the thing asked about ("where you
// land in the pay range" is not a question about land).
//
// Adverbs between are skipped ("should I really dig into"), and so is a
// subject the question names after an auxiliary ("would an ML engineer
// grab", "does Massachusetts beat", "could I skip").
func verbSlot(q *question, i int) bool {
	ws := q.words
	if i == 0 || !q.m.lex.Verb(ws[i]) {
		return false
	}
	j := i - 1
	for j > 0 && slotAdverb[ws[j]] {
		j--
	}
	if verbSubject[ws[j]] {
		return true
	}
	people := func(w string) bool { // "do people grab …", "what do hiring managers weigh …" (not "do employers sponsor": a condition the guides lack)
		return !q.m.topics[ws[i]] && (w == "people" || w == "folks" || w == "ppl" || w != q.m.lex.Singular(w) && q.m.lex.Person(q.m.lex.Singular(w)))
	}
	if !q.taken[j] && !(subjectPronoun[ws[j]] || ws[j] == "it" || ws[j] == "someone" || people(ws[j])) {
		return false
	}
	for j > 0 && (q.taken[j] || (subjectPronoun[ws[j]] || ws[j] == "it" || ws[j] == "someone") || ws[j] == "a" || ws[j] == "an" || ws[j] == "the" ||
		people(ws[j]) || q.m.lex.OnlyNoun(ws[j]) && !q.m.stop[ws[j]]) {
		j--
	}
	if !auxiliary[ws[j]] || j > 0 && ws[j-1] == "how" {
		return false // "how do orbital chefs negotiate": the verb is what is asked
	}
	// The verb is only the way to its object ("grab pre-trained models",
	// "beat the national median"); with no object, or a pronoun, it is what
	// is asked ("can I retake it?", "does it count?").
	return i+1 < len(ws) && !objectPronoun[ws[i+1]]
}

// objectPronoun words stand for a thing already named.
var objectPronoun = setOf("it", "them", "this", "that", "these", "those", "one")

// slotAdverb words may stand between a subject and its verb.
var slotAdverb = setOf("really", "actually", "just", "even", "also", "still", "only", "ever", "never", "always", "usually", "typically", "often")

// auxiliary words come before a subject and its verb in a question.
var auxiliary = setOf("do", "does", "did", "can", "could", "should", "would", "will", "must", "might", "may", "shall")

// sizeOf is the noun a size question asks about: the first noun after "how
// big/large", or the noun before "size".
func sizeOf(q *question) string {
	ok := func(i int) bool {
		w := q.words[i]
		// (a closed compound no dictionary has is a noun too: "dataset")
		return !q.taken[i] && !q.m.stop[w] && q.m.index[w] == nil && hasLetter(w) && (q.m.lex.Noun(w) || isAlpha(w) && !q.m.lex.Word(w) && len(w) >= 5) && !q.m.lex.Time(w)
	}
	for i, w := range q.words {
		if (w == "big" || w == "large") && i > 0 && q.words[i-1] == "how" {
			for k := i + 1; k < len(q.words); k++ {
				if ok(k) {
					return q.words[k]
				}
			}
		}
		if (w == "size" || w == "sizes") && i > 0 && ok(i-1) {
			return q.words[i-1]
		}
	}
	return ""
}

// namedKinds are things members ask guides to name ("which university"):
// a guide that never uses the word names none of them.
var namedKinds = setOf("university", "universities", "college", "colleges", "school", "schools", "book", "books", "course", "courses", "bootcamp",
	"bootcamps", "podcast", "podcasts", "website", "websites", "youtube", "channel", "channels", "newsletter", "newsletters", "textbook", "textbooks")

// asksToName words ask for instances of a kind: "which university", "best
// bootcamp", "recommend a course".
var asksToName = setOf("which", "what", "best", "recommend", "recommended", "good", "top", "suggest", "any")

// onlySchooling reports whether a statement's words point to no intent but
// education (and at least one to that): "Physics PhD finishing up next
// spring", "CS grad from 2019".
func (l *Library) onlySchooling(f []string) bool {
	school := false
	for _, w := range f {
		for k := range l.m.index[w] {
			if k != "education" {
				return false
			}
			school = true
		}
	}
	return school
}

// numberRE finds a figure in a claim: "20,800", "36%", "one year".
var numberRE = mustGuard(`(?i)\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|hundred|thousand)\b`)

// noIntent reports whether no word of a sentence points to an intent:
// "Game developer, 8 years of C++" asks nothing.
func (l *Library) noIntent(f []string) bool {
	for _, w := range f {
		if len(l.m.index[w]) > 0 {
			return false
		}
	}
	return true
}

// yearRE finds a year named in a question ("back in 2019").
var yearRE = mustGuard(`\b(19[5-9]\d|20[0-4]\d)\b`)

// unknownNoun reports whether one of the words a question asks about that a
// guide lacks is a noun no guide uses at all.
func unknownNoun(ctx context.Context, lib *Library, missing []string) bool {
	for _, w := range missing {
		f := strings.Fields(w)
		last := f[len(f)-1]
		if lib.m.lex.Noun(last) && (lib.Searcher == nil || !lib.Searcher.Known(ctx, last)) && !lib.vocab.known(last) {
			return true
		}
	}
	return false
}

// includes verbs put what a question asks about after them: "does the path
// include an internship?".
var includes = setOf("include", "includes", "involve", "involves", "require", "requires", "cover", "covers", "mention", "mentions", "offer", "offers")

// askingClauses is a question read again from the clauses of its text that
// ask something (an intent word, or a question word first), when others
// ask nothing; nil when every clause asks or none does.
func (l *Library) askingClauses(ctx context.Context, q *question) *question {
	parts, asked := clausesOf(q.raw)
	if len(parts) < 2 {
		return nil
	}
	var keep []string
	for k, p := range parts {
		f := strings.Fields(p)
		if len(f) == 0 {
			continue
		}
		goal := false // "I want to make maps for video games": what the asker is after
		ws := words(p)
		for j, w := range ws {
			goal = goal || l.m.goal[w] && w != "should" && w != "could" && w != "would" &&
				slices.ContainsFunc(ws[j+1:], func(x string) bool {
					// (not "NYC is the dream lol": nothing wished for follows;
					// nor "im thinking about UNLV, what do …?": only a name)
					return !l.m.stop[x] && hasLetter(x) && !(l.m.index[x] == nil && (!l.m.lex.Word(x) || isCapitalisedIn(p, x)))
				})
		}
		if !asked[k] && statement(ws) && !l.m.goal[ws[1]] && !l.m.goal[ws[2]] {
			continue // "they hide the price behind like 5 clicks", "I've got a $2k stipend": told, not asked
		}
		if !asked[k] && !startsQuestion(f[0]) && slices.ContainsFunc(ws[:min(3, len(ws))], func(w string) bool { return studentWord[w] }) && slices.Contains(asked[k+1:], true) {
			continue // "Ellis, bootcamp grad in Nashville aiming at MLE jobs": the asker's label, not a question of schooling
		}
		if len(l.intentsOf(p)) > 0 || startsQuestion(f[0]) || strings.EqualFold(f[0], "or") || goal {
			keep = append(keep, strings.TrimSpace(p))
		}
	}
	if len(keep) == 0 || len(keep) == len(parts) {
		return nil
	}
	return l.analyse(ctx, strings.Join(keep, ". "))
}

// clausesOf cuts a text at commas, colons, semicolons, long dashes and
// the ends of sentences; asked[k] reports whether clause k ends with a
// question mark.
func clausesOf(text string) (parts []string, asked []bool) {
	start := 0
	cut := func(end int, q bool) {
		if p := strings.TrimSpace(text[start:end]); p != "" {
			parts, asked = append(parts, p), append(asked, q)
		}
	}
	for i, r := range text {
		if r == ',' || r == ':' || r == ';' || r == '—' || r == '–' || r == '?' || r == '!' || r == '.' {
			cut(i, r == '?')
			start = i + utf8.RuneLen(r)
		}
	}
	cut(len(text), false)
	return parts, asked
}

// statement reports whether a clause's words tell something of the asker
// or of others, opening with a pronoun and a verb that is not a question's
// ("they hide the price …", "I've got a stipend", not "I need …", "you
// can …").
func statement(ws []string) bool {
	if len(ws) < 3 || !subjectPronoun[ws[0]] || ws[0] == "you" {
		return false
	}
	switch ws[1] {
	case "ve", "m", "re", "got", "have", "had", "was", "were", "am", "are", "hide", "hid", "keep", "kept", "spent", "spend", "make", "made", "earn", "work", "worked", "live", "lived":
		return true
	}
	return false
}

// switchAsked reports whether a career switch is what a question's last
// sentence asks about, not only what the sentences before it tell.
func switchAsked(ctx context.Context, lib *Library, q *question) bool {
	ss := strings.FieldsFunc(q.raw, func(r rune) bool { return r == '.' || r == '?' || r == '!' })
	if len(ss) < 2 {
		return true
	}
	last := strings.TrimSpace(ss[len(ss)-1])
	return last == "" || lib.analyse(ctx, last).switcher
}

// afterLabel reports whether the words just before position i are the whole
// of one of a guide's bold labels or headings ("deep learning"), so that the
// word at i asks for what that passage lists.
func afterLabel(gl *guideLabels, ws []string, i int) bool {
	for _, lb := range gl.labels {
		n := len(lb.stems)
		if n == 0 || n > 3 || i < n {
			continue
		}
		// Right before the word ("deep learning architectures"), or a few
		// words before an example of it ("deep learning stuff … like which
		// architectures").
		for end := i; end >= n && end >= i-12; end-- {
			if end < i && ws[i-1] != "like" && ws[i-1] != "which" && ws[i-1] != "what" {
				break
			}
			match := true
			for k := 0; k < n && match; k++ {
				match = stem(ws[end-n+k]) == lb.stems[k]
			}
			if match {
				return true
			}
		}
	}
	return false
}

// afterHeading reports whether the two words before ws[i] end the title
// of one of the guide's parts ("ML system design" before "prompts"): the
// word names what that part lists.
func (l *Library) afterHeading(g *bot.Guide, ws []string, i int) bool {
	if i < 2 || l.m.stop[ws[i-1]] || l.m.stop[ws[i-2]] || l.isCareerWord(ws[i-1]) || l.isCareerWord(ws[i-2]) {
		return false // (not "orbital chef missions": the career, then what is asked of it)
	}
	a, b := stem(ws[i-2]), stem(ws[i-1])
	for _, sec := range g.Sections {
		for _, p := range l.passagesOf(sec) {
			tw := words(p.title)
			if n := len(tw); n >= 2 && !strings.HasSuffix(p.title, "?") && stem(tw[n-2]) == a && stem(tw[n-1]) == b { // (a part that lists, not a question the FAQ asks)
				return true
			}
		}
	}
	return false
}

// asksWhatJobIs reports whether a sentence of the question asks what a
// career's job is or what its work makes ("what does an ML engineer actually
// do?", "what kinda products end up running on stuff ML engineers build?").
func asksWhatJobIs(lib *Library, q *question) bool {
	if len(q.careers) == 0 || !hasAny(q, "what", "which") {
		return false
	}
	if whatDoes(q) || madeByWork(q) {
		return true
	}
	if strings.IndexAny(q.raw, "?.!") < 0 {
		return false // one sentence: read above
	}
	for _, s := range strings.FieldsFunc(q.raw, func(r rune) bool { return r == '?' || r == '.' || r == '!' }) {
		sq := lib.analyse(context.Background(), s)
		if len(sq.careers) > 0 && (whatDoes(sq) || madeByWork(sq)) {
			return true
		}
	}
	return false
}

// askedSentence is the last sentence of text that ends with "?" when text
// has another sentence before it; "" otherwise.
func askedSentence(text string) string {
	if !twoSentences(text) {
		return ""
	}
	ss := strings.FieldsFunc(text, sentenceEnd)
	if len(ss) < 2 {
		return ""
	}
	for i := len(ss) - 1; i >= 1; i-- {
		t := strings.TrimSpace(ss[i])
		if t == "" || !strings.Contains(text, t+"?") {
			continue
		}
		// Only after a story told in sentences of its own ("… Our professor
		// wants every number cited. According to your guide, …?"), not a
		// follow-up to another question ("signing bonuses? how much?").
		at := strings.LastIndex(text, t+"?")
		before := strings.TrimSpace(text[:at])
		if at == 0 || text[at-1] != ' ' && text[at-1] != '\n' || strings.Contains(before, "?") || !strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "!") {
			return "" // (not "the AWS D1.1 certification": no sentence ends there)
		}
		return t
	}
	return ""
}

// askedOnly keeps the words of missing (each one or a few words) that a
// sentence of text asking something says: a sentence ending with "?", one
// that asks in words ("I'd like to know …", "tell me …"), one that wishes
// for work ("I want to make maps for video games.") or one that goes on
// with a question ("… cost? for structural welding") or leads into one
// ("ML engineer vs data engineer: …"). A message of one
// sentence, or whose questions only point back at the story ("how much is
// it?"), keeps them all.
func (l *Library) askedOnly(text string, missing []string) []string {
	noMark := !strings.Contains(text, "?")
	if !twoSentences(text) || noMark && !slices.ContainsFunc(sentencesOf(text), func(t string) bool { f := words(t); return len(f) > 0 && startsQuestion(f[0]) }) {
		return missing // (a sentence opening with a question word asks without its mark: "… leaving the utility for an ML job. whats the median out there")
	}
	asked := map[string]bool{}
	var said []string // the asking sentences' words
	content := 0
	story := false
	for k, t := range sentencesOf(text) {
		f := words(t)
		if len(f) == 0 {
			continue
		}
		if !asks(t, f) && !l.wishes(f) && !(noMark && startsQuestion(f[0])) || k == 0 && continuesAsk[f[0]] && !asks(t, f[1:]) && !l.wishes(f) {
			story = true // (and "in hospitality everyone gets ServSafe first.": the first sentence goes on with no question)
			continue
		}
		said = append(said, f...)
		for i, w := range f {
			if !asked[w] && !whWord(w) && len(w) > 3 {
				content++
			}
			asked[w] = true
			if i > 0 {
				asked[f[i-1]+w] = true // "part-time", read as one word
			}
		}
	}
	if !story || content < 2 && pointsBack(said) {
		return missing
	}
	out := missing[:0:0]
	for _, m := range missing {
		for _, w := range strings.Fields(m) {
			if asked[strings.ToLower(w)] || noMark && !l.m.lex.Word(strings.ToLower(w)) { // (a name no dictionary has, told with no question mark, may be what is asked of: "just passed the NCLEX!!! what should i expect to make")
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// besideFigures drops from missing the words only a figure of speech says:
// a question sentence after one that asks something the guides have,
// itself holding no word any guide uses, no intent, no condition of work
// and no name, only dictionary words ("What does the Databricks ML
// Associate cover? Is it just a shiny badge or is there meat on the
// bones?", "How many openings a year? Is the door wide open or just
// cracked?"). A sentence asking a detail the guides lack by a word of its
// own ("Does it have a retake policy?", "What about Hopsworks?") is kept.
func (l *Library) besideFigures(ctx context.Context, text string, missing []string) []string {
	if len(missing) == 0 || l.Searcher == nil || !twoSentences(text) {
		return missing
	}
	m := l.m
	answerable := false
	var figurative map[string]bool
	for _, t := range sentencesOf(text) {
		f := words(t)
		if len(f) == 0 {
			continue
		}
		plain, bare := true, true
		for _, r := range strings.Fields(t)[1:] {
			plain = plain && (!capitalised(r) || r == "I" || strings.HasPrefix(r, "I'"))
		}
		for _, w := range f {
			if m.stop[w] || !hasLetter(w) {
				continue
			}
			if m.index[w] != nil || m.topics[w] || examDetail[w] || l.Searcher.Known(ctx, w) || l.isCareerWord(w) {
				bare = false
			}
			if !m.lex.Word(w) && !m.lex.Word(m.lex.Singular(w)) && !m.lex.VerbForm(w) {
				plain = false // a word no dictionary has (or a name, above): a thing asked by name
			}
		}
		switch {
		case !bare:
			answerable = answerable || asks(t, f)
		case answerable && plain && strings.HasSuffix(t, "?"):
			if figurative == nil {
				figurative = map[string]bool{}
			}
			for _, w := range f {
				figurative[w] = true
			}
		}
	}
	if figurative == nil {
		return missing
	}
	out := missing[:0:0]
	for _, w := range missing {
		if !figurative[strings.Fields(w)[0]] {
			out = append(out, w)
		}
	}
	return out
}

// whyBesideFigure reports whether a question that asks why a state's
// figures are what they are also asks the figure itself, in a sentence or
// clause of its own: "what does an ML engineer make in Boston? why is Mass
// at the bottom", "… below the national median? by how much", "which pays
// more and why". The figure is answered, with a line that the guide gives
// no reasons (caveats).
func whyBesideFigure(q *question) bool {
	if len(q.states) == 0 || !hasAny(q, "why", "come") {
		return false
	}
	for _, s := range sentencesOf(strings.ToLower(q.raw)) {
		for _, cut := range []string{" and why", ", why", " but why", " & why", " and how come", ", how come"} {
			if k := strings.Index(s, cut); k >= 0 {
				s = s[:k]
			}
		}
		f := words(s)
		if len(f) == 0 || slices.Contains(f, "why") || adjacent(f, "how", "come") {
			continue
		}
		if adjacent(f, "how", "much") || adjacent(f, "how", "many") || slices.ContainsFunc(f, func(w string) bool { return figureAsks[w] }) {
			return true
		}
	}
	return false
}

// figureAsks are words that ask a figure of the salary table.
var figureAsks = setOf("pay", "pays", "paid", "make", "makes", "earn", "earns", "median", "salary", "salaries", "wage", "wages", "figure", "number")

// sentencesOf cuts text into its sentences, each with the mark that ends
// it: a full stop, "!", "?" or ";" ends one only before a space or the end
// ("the AWS D1.1 certification" is one sentence).
func sentencesOf(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '.', '!', '?', ';', ':':
			if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' && text[i+1] != '\t' {
				continue
			}
			if t := strings.TrimSpace(text[start : i+1]); t != "" {
				out = append(out, t)
			}
			start = i + 1
		}
	}
	if t := strings.TrimSpace(text[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// askedContent is content less the words only a story around the
// question sentences says; content itself when the message has no such
// story or its questions say none of content.
func (l *Library) askedContent(q *question, content []string) []string {
	text := q.raw
	if !twoSentences(text) {
		return content
	}
	sents := sentencesOf(text)
	marked := strings.Contains(text, "?")
	asked := map[string]bool{}
	story := false
	for k, t := range sents {
		f := words(t)
		if asks(t, f) || l.wishes(f) || !marked && k == len(sents)-1 {
			for _, w := range f {
				asked[w] = true
			}
		} else {
			story = story || len(f) > 0
		}
	}
	if !story {
		return content
	}
	out := make([]string, 0, len(content))
	for _, w := range content {
		if asked[w] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return content
	}
	return out
}

// subordinator words open a clause that sets a condition or a time for
// the question ("before I commit …", "if I skip …").
var subordinator = setOf("before", "if", "when", "once", "after", "until", "unless", "while", "since", "because")

// asks reports whether sentence t (its words f) asks something: it ends
// with "?", leads into a question with ":" ("ML engineer vs data
// engineer: …"), asks in words ("I'd like to know …", "tell me …") or goes
// on with the question before it ("… cost? for structural welding").
func asks(t string, f []string) bool {
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, ":") || wondering(f) || requests(f) || len(f) > 0 && continuesAsk[f[0]]
}

// continuesAsk are words that open a fragment going on with the question
// before it: "… what does it cost? for structural welding".
var continuesAsk = setOf("for", "in", "at", "with", "about", "as", "like", "or", "and", "without", "from")

// wishes reports whether a sentence wishes for work or a topic ("I want to
// make maps for video games", "hoping to become …"), which is what a
// question after it asks about.
func (l *Library) wishes(f []string) bool {
	for i, w := range f {
		if l.m.goal[w] && w != "like" && w != "should" && w != "could" && w != "would" && i+1 < len(f) && !deniedBefore(f, i) &&
			(f[i+1] == "to" || f[i+1] == "be" || f[i+1] == "become" || f[i+1] == "becoming" || f[i+1] == "into" || f[i+1] == "working") {
			return l.goalTopic(f[i+1:])
		}
	}
	return false
}

// deniedBefore reports whether the word at i is denied ("I don't want
// to pick a shaky field again", "I never wanted to"): no wish.
func deniedBefore(f []string, i int) bool {
	return i > 0 && (f[i-1] == "not" || f[i-1] == "never" || f[i-1] == "dont" || f[i-1] == "t" && i > 1 && (f[i-2] == "don" || f[i-2] == "didn" || f[i-2] == "doesn"))
}

// requests reports whether a sentence asks in words: "tell me …", "please
// explain …", "I need to know …".
func requests(f []string) bool {
	for i, w := range f {
		switch w {
		case "tell", "explain", "describe", "list", "name", "recommend", "suggest":
			if i == 0 || f[i-1] == "please" || f[i-1] == "pls" || f[i-1] == "plz" || f[i-1] == "you" || f[i-1] == "can" {
				return true
			}
		case "know", "learn", "find", "figure":
			if i > 0 && f[i-1] == "to" {
				return true
			}
		}
	}
	return false
}

// stepNamed reports whether a word of the question, not a certificate's,
// is in the title of a step of the guide's path ("apprenticeship" in "Step
// 3: Field survey apprenticeship (18 months)").
func (l *Library) stepNamed(q *question, g *bot.Guide) bool { return l.stepNamedBy(q, g, false) }

// stepNamedBy is stepNamed; byHolder keeps only a position whose holder
// titles a step ("the apprenticeship": "Apprentice in a superposition
// greenhouse").
func (l *Library) stepNamedBy(q *question, g *bot.Guide, byHolder bool) bool {
	s := g.Section(bot.KindPath)
	if s == nil {
		return false
	}
	steps := l.passagesOf(s)
	for i, w := range q.words {
		if q.taken[i] || q.certWord != nil && q.certWord[i] || q.m.stop[w] || !hasLetter(w) || q.m.index[w] != nil {
			continue
		}
		st, bst := stem(w), ""
		if b := positionHolder(q.m, w); b != "" {
			bst = stem(b)
		}
		if byHolder && bst == "" {
			continue
		}
		for _, p := range steps {
			if slices.ContainsFunc(words(p.title), func(t string) bool { t = stem(t); return t == st && !byHolder || t == bst }) {
				return true
			}
		}
	}
	return false
}

// positionHolder is the person whose position a word ending in "-ship"
// names ("apprenticeship": apprentice, "internship": intern), when the
// dictionary has that person; "" otherwise. A step titled by the person
// ("Apprentice in a superposition greenhouse") is the one asked of by the
// position, though their stems differ.
func positionHolder(m *model, w string) string {
	b, ok := strings.CutSuffix(w, "ship")
	if !ok {
		if b, ok = strings.CutSuffix(w, "ships"); !ok {
			return ""
		}
	}
	if len(b) < 4 || !m.lex.Person(b) {
		return ""
	}
	return b
}

// sectionKindWord reports whether w, not a weak word, names a kind of
// section of tools or skills.
func sectionKindWord(m *model, w string) bool {
	if m.weak[w] {
		return false
	}
	for _, k := range []string{bot.KindTools, bot.KindSkills} { // (not certificates: "forklift cert" is another field's)
		if m.index[w][k] {
			return true
		}
	}
	return false
}

// coinedAsked reports whether the question asks what a name only one guide
// uses is, or is for: "what's RehydroCalc?", "what RehydroCalc is for",
// "the RehydroCalc and MealTrajectory software. What are they for?" (not
// "I'm ServSafe certified. what else do I need …").
func (l *Library) coinedAsked(q *question) bool {
	ws := q.words
	for k, w := range ws {
		if len(w) < 4 || !allLetters(w) || l.m.stop[w] || l.m.lex.Word(w) || !l.terms.onlyOne(w) ||
			!camelIn(q.raw, w) && !(k < len(q.cased) && q.cased[k]) {
			continue // a name as typed: "RehydroCalc", "Kubeflow" (not "else")
		}
		for j := max(0, k-4); j < k; j++ {
			if (ws[j] == "what" || ws[j] == "whats") && j+1 < len(ws) && (ws[j+1] == "is" || ws[j+1] == "s" || ws[j+1] == "are" || ws[j+1] == "a" || ws[j+1] == "an" || ws[j+1] == "the" || j+1 == k) {
				return true // "what's RehydroCalc", "what is a Heisenberg Pruner"
			}
		}
		for j := k + 1; j < len(ws) && j <= k+4; j++ {
			if ws[j] == "for" && (j+1 == len(ws) || ws[j+1] == "and" || ws[j+1] == "i" || ws[j+1] == "lol") && (ws[j-1] == "is" || ws[j-1] == "are" || ws[j-1] == "used") {
				return true // "what RehydroCalc is for"
			}
		}
		if asksWhatFor(ws[k:]) {
			return true // "… the RehydroCalc and MealTrajectory software. What are they for?"
		}
	}
	return false
}

// faqAnswer answers with one of the guide's own FAQ questions when the
// question asks it: every distinctive word of the FAQ's question (not a
// word of the career's name, not a stop word), two at least, is in the
// question, alike in stem or in its first five letters ("data science"
// for "data scientist"), and the question adds at most one word, and no
// thing of its own.
// nil when none, or several equally, fit.
func (e *Engine) faqAnswer(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	s := g.Section(bot.KindFAQ)
	if s == nil {
		return nil
	}
	stems := make(map[string]bool, len(q.words))
	for _, x := range q.words {
		stems[stem(x)] = true
	}
	yesNo := !hasAny(q, "what", "whats", "which", "how", "where", "who", "when")
	asked := func(w, st string) bool {
		if stems[st] {
			return true
		}
		if requireWords[w] && yesNo && slices.ContainsFunc(q.words, func(x string) bool { return x == "need" || x == "must" || x == "gotta" }) {
			return true // "do I need a cert?" asks "Are certifications required?" (not "which cert do I need?")
		}
		for _, x := range q.words {
			if len(x) >= 6 && len(w) >= 6 && x[:5] == w[:5] {
				return true
			}
		}
		return false
	}
	var pick *passage
	best, tied := 0, false
	for _, f := range lib.faqsOf(g, s) {
		need := len(f.words)
		for k, w := range f.words {
			if !asked(w, f.stems[k]) {
				need = -1
				break
			}
		}
		switch {
		case need < 2 || need < best:
		case need == best:
			tied = true
		default:
			pick, best, tied = f.p, need, false
		}
	}
	if pick == nil || tied || durationQuestion(q) && !pick.inTitle["long"] {
		return nil // (and "… how long is a shift": a time asked that the FAQ's question does not ask)
	}
	extra := 0 // the question's own words the FAQ's does not have: "which universities …" asks more than "Do I need a master's degree?"
	for _, w := range lib.contentWords(q, g) {
		if pick.inTitle[stem(w)] {
			continue
		}
		if extra++; q.m.lex.Noun(w) && !q.m.lex.Verb(w) || q.m.intentsOf(w) != nil && !q.m.goal[w] || extra > 1 {
			return nil // (a thing of its own asked, another kind of answer, or more than one word more)
		}
	}
	a := e.passageAnswer(g, s, pick.title, pick.body)
	for _, w := range words(pick.title) {
		for _, k := range bot.Kinds {
			if q.m.index[w][k] && !q.m.weak[w] && k != bot.KindFAQ {
				a.Kind = k // what the FAQ's question is about ("Are certifications required?": the certificates), for a part after it
				return a
			}
		}
	}
	return a
}

// requireWords say a thing is required, as a FAQ's question may ask it.
var requireWords = setOf("required", "require", "requires", "requirement", "mandatory", "necessary", "obligatory", "compulsory")

// faqEntry is one question of a guide's FAQ with its distinctive words
// (not a word of the career's name, not a stop word) and their stems.
type faqEntry struct {
	p            *passage
	words, stems []string
}

// faqsOf returns the questions of a guide's FAQ section, read on first use
// and kept for the library's life.
func (l *Library) faqsOf(g *bot.Guide, s *bot.Section) []faqEntry {
	if v, ok := l.faqs.Load(g); ok {
		return v.([]faqEntry)
	}
	career := l.careerWords(g)
	var out []faqEntry
	ps := l.passagesOf(s)
	for k := range ps {
		p := &ps[k]
		if !strings.HasSuffix(p.title, "?") {
			continue
		}
		f := faqEntry{p: p}
		for _, w := range words(p.title) {
			if l.m.stop[w] || len(w) < 3 || slices.Contains(career, w) || l.isCareerWord(w) {
				continue
			}
			f.words, f.stems = append(f.words, w), append(f.stems, stem(w))
		}
		out = append(out, f)
	}
	l.faqs.Store(g, out)
	return out
}

// sourceWords name where the asker read something ("a job ad", "the
// posting"): never a topic a guide lacks.
// guidePart words name a part of a guide's page: "the Massachusetts line in
// the salary list", "the tools section", "TensorFlow's entry".
var guidePart = setOf("row", "rows", "line", "lines", "column", "columns", "section", "sections", "table", "tables", "list", "lists", "entry", "entries",
	"part", "parts", "chapter", "page", "paragraph", "bullet", "bullets", "header", "heading", "subsection", "item", "items", "bit", "bits", "blurb")

var sourceWords = setOf("ad", "ads", "advert", "adverts", "posting", "postings", "listing", "listings")

// linkingVerb are the verbs that say how a thing strikes the asker.
var linkingVerb = setOf("sounds", "sound", "seems", "seem", "looks", "feels")

// claimSource reports whether the word at i says where a claim the asker
// repeats came from or asks whether it holds: the noun right before a
// verb of saying ("a tweet claiming", "a post saying", "my coworker
// says"), or a word that calls it hearsay ("rumor or real?").
func claimSource(ws []string, i int) bool {
	if hearsay[ws[i]] {
		return true
	}
	return i+1 < len(ws) && sayingVerb[ws[i+1]] && i > 0 && (determiner[ws[i-1]] || possessive[ws[i-1]] || ws[i-1] == "some")
}

// sayingVerb are the verbs that report a claim; hearsay are the words
// that call one a rumour.
var (
	sayingVerb = setOf("says", "said", "say", "saying", "claims", "claimed", "claim", "claiming", "swears", "insists", "insisted", "reckons", "posted", "argues", "argued")
	hearsay    = setOf("rumor", "rumors", "rumour", "rumours", "hearsay", "myth", "myths")
)

// quoteRE matches a quoted phrase: after a space or the start, in single,
// double or curly quotes, before a space, a mark or the end.
var quoteRE = regexp.MustCompile(`(?:^|\s)['"“‘]([^'"”’]{2,80})['"”’](?:\s|[.,;:!?)—-]|$)`)

// quotedWords are the words of a message's quoted phrases ("the posting
// wants 'GCP experience'"): what the asker quotes, not what is asked.
func quotedWords(raw string, least int) map[string]bool {
	if !strings.ContainsAny(raw, "'\"“‘") {
		return nil
	}
	var out map[string]bool
	var unquoted []string // the words outside the quotes, read on first need
	for _, m := range quoteRE.FindAllStringSubmatch(raw, -1) {
		ws := words(m[1])
		if len(ws) < least || least > 1 && !strings.ContainsAny(m[1], ".!?") {
			continue // (a long quote must be sentences someone wrote, not "the 'train a model on X' question")
		}
		if least > 1 && unquoted == nil {
			unquoted = words(quoteRE.ReplaceAllString(raw, " "))
		}
		for _, w := range ws {
			if least > 1 && slices.Contains(unquoted, w) {
				continue // "'Relocation package: $10,000.' Is that typical relocation support?": asked again
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[w] = true
		}
	}
	return out
}

// foreignCert is the name of a certificate's vendor a question types as a
// brand ("CompTIA", "ISTQB") beside a word for a certificate or exam, that
// no guide, certificate or dictionary knows and no word of the guide's
// certificates begins like; "" otherwise, and when the guide's own
// certificates are ranked.
func (l *Library) foreignCert(q *question, g *bot.Guide) string {
	if l.Searcher == nil || strings.IndexFunc(q.raw[min(1, len(q.raw)):], func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 {
		return "" // (no capital after the first letter: no brand typed)
	}
	if q.has("most") || q.has("least") || hasAny(q, "cheapest", "priciest", "expensive") {
		return "" // the guide's own certificates ranked, another named beside them
	}
	raw := rawWords(q.raw)
	var named []string
	for _, c := range g.Certifications {
		named = append(named, words(c.Name)...)
	}
	for k, r := range raw {
		w := strings.ToLower(r)
		if len(r) < 4 || !allLetters(w) || !(camelIn(q.raw, w) || r == strings.ToUpper(r)) {
			continue
		}
		near := false // a certificate or exam word within three words: "CompTIA A+ exam", "ISTQB certification"
		for j := max(0, k-3); j < len(raw) && j <= k+3; j++ {
			x := strings.ToLower(raw[j])
			near = near || j != k && (certWords[x] || x == "exam" || x == "exams")
		}
		if !near {
			continue
		}
		if l.m.lex.Word(w) || l.knownTerm(w) || l.vocab.known(w) || placeWord(l.m, w) || l.isCareerWord(w) || l.certInitials(w) {
			continue
		}
		if slices.ContainsFunc(named, func(c string) bool { return len(c) >= 4 && len(w) >= 4 && c[:4] == w[:4] }) {
			continue // a guide's certificate typed another way
		}
		return r
	}
	return ""
}

// personNamed reports whether word i is a person's name, typed with a
// capital right after a word for a person ("my client Marguerite", "my
// student Keisha"), whatever else the dictionary has it for (a daisy, a
// vine), when no guide, intent or place claims it.
func personNamed(q *question, i int) bool {
	if i == 0 || i >= len(q.cased) || !q.cased[i] {
		return false
	}
	prev := q.words[i-1]
	if !(relations[prev] || q.m.lex.Person(q.m.lex.Singular(prev)) && !q.m.lex.Occupation(prev)) {
		return false
	}
	w := q.words[i]
	if len(w) < 2 || strings.Contains(q.raw, strings.ToUpper(w)) {
		return false // "a civilian PCS": letters, not a name
	}
	return q.m.index[w] == nil && !q.m.topics[w] && !placeWord(q.m, w) && !q.lib.knownTerm(w) && !q.lib.isCareerWord(w)
}

// placePreposition are the prepositions of place that are nouns too
// ("the inside"), read as prepositions before an article or a possessive.
var placePreposition = setOf("inside", "outside", "within", "beyond", "across", "above", "below", "beneath", "under", "underneath", "behind", "beside", "alongside", "throughout")

// notTheKind marks in left (made when nil) the words of a kind said not to
// be meant: "trains neural nets (not the classroom kind of training lol)".
func notTheKind(ws []string, left []bool) []bool {
	for k := range ws {
		if ws[k] != "not" {
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+5; j++ {
			if ws[j] == "kind" || ws[j] == "type" || ws[j] == "sort" || ws[j] == "variety" {
				end := j + 1
				if end+1 < len(ws) && ws[end] == "of" {
					end += 2 // "kind of training"
				}
				if left == nil {
					left = make([]bool, len(ws))
				}
				for i := k + 1; i < end; i++ {
					left[i] = true
				}
				break
			}
		}
	}
	return left
}

// leftOut marks the words a question sets aside after an exclusion cue
// ("besides spreadsheets", "excluding any prep courses", "not counting
// pay"), up to four words or a comma or question word; nil when none.
func leftOut(q *question) []bool {
	if !hasAny(q, excludeFirst...) {
		return nil
	}
	var out []bool
	ws := q.words
	for i := range ws {
		for _, cue := range excludeCues {
			if i+len(cue) > len(ws) || !slices.Equal(ws[i:i+len(cue)], cue) {
				continue
			}
			for k := i + len(cue); k < len(ws) && k < i+len(cue)+4 && !startsQuestion(ws[k]) && ws[k] != "and" && ws[k] != "but"; k++ {
				if out == nil {
					out = make([]bool, len(ws))
				}
				out[k] = true
			}
		}
	}
	return out
}

// lackingFirst answers, before any card or passage is looked for, the
// points no section holds however many of the question's words a card
// shares: an exam's retake rules or pass rate ("if I fail the permit exam,
// how soon can I retake it?"), the hours of a working week, and pay in a
// year well after the guide's figures ("MLE salaries in 2030"). Each only
// when the guide's text does not speak of it.
func (e *Engine) lackingFirst(q *question, g *bot.Guide) *bot.Answer {
	if g == nil {
		return nil
	}
	cert := matchCert(q, g)
	examAsked := cert != nil || namesLicense(q, g) || hasAny(q, "exam", "exams", "test", "tests", "permit", "license", "licence", "certificate", "cert", "certification", "practical")
	if examAsked && (hasAny(q, "retake", "retakes", "retaking", "resit", "resits", "resitting", "reattempt") || againAfterFail(q)) && !guideSays(g, "retake") && !guideSays(g, "resit") {
		return lackingAnswer(e, q, g, cert, "when or how often "+examName(cert)+" can be retaken")
	}
	if examAsked && passMarkAsked(q) && !guideSays(g, "pass rate") && !guideSays(g, "pass mark") {
		return lackingAnswer(e, q, g, cert, "the pass mark of "+examName(cert))
	}
	if weeklyHoursLacking(q, g) {
		return lackingAnswer(e, q, g, nil, "how many hours a week the job takes (it describes a typical day instead)")
	}
	if n := unheldPayYear(q, g); n > g.Salary.Year {
		return lackingAnswer(e, q, g, nil, fmt.Sprintf("pay in %d (its figures are for %d)", n, g.Salary.Year))
	}
	return nil
}

// againAfterFail reports whether a question asks to sit an exam again
// after failing it, in plain words ("if u fail the AWS test can u try
// again?", "can you take it again").
func againAfterFail(q *question) bool {
	return hasAny(q, "fail", "failed", "failing", "fails", "flunk", "flunked") &&
		(adjacent(q.words, "try", "again") || hasAny(q, "retry", "redo") || againVerbs(q.words) || hasAny(q, "second", "another") && hasAny(q, "try", "attempt", "chance", "shot"))
}

// againVerbs reports whether the words say an exam is sat again ("take it
// again", "sit it again"), not a figure asked again ("how much was it
// again?").
func againVerbs(ws []string) bool {
	for k := 2; k < len(ws); k++ {
		if ws[k] == "again" && (ws[k-1] == "it" || ws[k-1] == "that" || ws[k-1] == "one") && (ws[k-2] == "take" || ws[k-2] == "sit" || ws[k-2] == "do" || ws[k-2] == "write") {
			return true
		}
	}
	return false
}

// unheldPayYear is a year the question asks pay of that the guide's
// figures do not cover: one before their year ("back in 2019", unless the
// figures' own year is named beside it: "is the data from 2024 or 2025?")
// or three or more after it ("in 2030"); 0 when there is none.
func unheldPayYear(q *question, g *bot.Guide) int {
	if g == nil || !q.has("salary") || g.Salary.Year <= 0 {
		return 0
	}
	years := yearRE.FindAllString(q.raw, -1)
	if len(years) == 0 {
		return 0
	}
	own := slices.Contains(years, strconv.Itoa(g.Salary.Year))
	ws := words(q.raw)
	for k, w := range ws {
		if !yearRE.MatchString(w) || lifeYear(ws, k) {
			continue // "born in 1994, 3.1 GPA. whats the median salary?": a year of the asker's life
		}
		n, _ := strconv.Atoi(w)
		if n < g.Salary.Year && !own || n >= g.Salary.Year+3 && n < 2100 {
			return n
		}
	}
	return 0
}

// lifeYear reports whether the year at k dates the asker's life, not pay:
// "born in 1994", "class of 2027", "graduated in 2019", "from 2012 to
// 2020" (not "since 2019", which pay may be asked from).
func lifeYear(ws []string, k int) bool {
	at := k - 1
	if at >= 0 && ws[at] == "in" {
		at--
	}
	if at >= 0 {
		switch ws[at] {
		case "born", "graduated", "graduating", "grad", "retired", "retiring", "married":
			return true
		case "of":
			return at > 0 && ws[at-1] == "class"
		case "from":
			return k+2 < len(ws) && (ws[k+1] == "to" || ws[k+1] == "until" || ws[k+1] == "till") && yearRE.MatchString(ws[k+2])
		}
	}
	return k >= 2 && (ws[k-1] == "to" || ws[k-1] == "until" || ws[k-1] == "till") && yearRE.MatchString(ws[k-2]) && k >= 3 && ws[k-3] == "from"
}

// frameBefore is how many of the question's words open it with a frame
// before a colon: why or for whom it is asked ("For the handout at our
// library's career workshop:", "Copying from our club's question box:"),
// when the words after the colon ask something of their own (an intent of
// the table, three words at least) without pointing back at the frame
// ("Relocation packages: do they cover them?" keeps it); 0 otherwise. The
// question after the colon is returned with it, read.
func (l *Library) frameBefore(ctx context.Context, q *question) (int, *question) {
	at := strings.IndexByte(q.raw, ':')
	if at <= 0 || at+1 >= len(q.raw) || strings.ContainsAny(q.raw[:at], "?.!") {
		return 0, nil
	}
	rest := strings.Trim(strings.TrimSpace(q.raw[at+1:]), "'\"“”‘’")
	fw := words(q.raw[:at])
	if len(fw) < 2 || startsQuestion(fw[0]) {
		return 0, nil
	}
	sq := l.analyse(ctx, rest)
	if len(sq.words) < 3 || sq.intentCount() == 0 || pointsBack(sq.words) {
		return 0, nil
	}
	n := len(q.words) - len(sq.words)
	if n <= 0 || n > len(q.words) || !slices.Equal(q.words[n:], sq.words) {
		return 0, nil // (the words could not be told apart)
	}
	return n, sq
}

// workforce are the nouns of the people doing a job, said by those who
// hire or lead them ("my staff", "our new hires", "the team"): who the
// question is about, not a topic the guide lacks.
var workforce = setOf("staff", "staffer", "staffers", "employee", "employees", "hire", "hires", "personnel", "workforce", "trainee", "trainees")

// weeklyHoursLacking reports whether the question asks the hours of a
// working week of a guide that does not give them.
func weeklyHoursLacking(q *question, g *bot.Guide) bool {
	return g != nil && hoursAsked(q) && hasAny(q, "week", "weekly", "weeks", "wk") &&
		!guideSays(g, "hours a week") && !guideSays(g, "hours per week") && !guideSays(g, "-hour week")
}

// passMarkAsked reports whether the question asks an exam's pass mark or
// pass rate ("what's the pass mark", "the pass rate", "failure rate").
func passMarkAsked(q *question) bool {
	return hasAny(q, "pass", "passing", "fail", "failure") && hasAny(q, "mark", "marks", "score", "scores", "grade", "rate", "rates", "threshold", "percentage")
}

// examName is how a reply names the exam asked about: the certificate's, or
// "the exam".
func examName(cert *bot.Cert) string {
	if cert != nil {
		return "the " + cert.Name + " exam"
	}
	return "the exam"
}

// countedLine answers "how many sheets do apprentices have to draw?" with
// the guide's one line that counts the unit asked ("Draw at least 12
// complete dreamscape sheets"): a number, up to two words, the unit. nil
// when the unit is a word of the intent table or of time (pay, jobs,
// years: their own answers), or when no line or several lines with
// different numbers count it.
func (e *Engine) countedLine(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if g == nil || !hasAll(q, "how", "many") || strings.Contains(q.raw, "%") {
		return nil
	}
	unit := ""
	for i, w := range q.words {
		if w == "many" && i > 0 && q.words[i-1] == "how" && i+1 < len(q.words) && !q.taken[i+1] {
			unit = q.words[i+1] // (not "how many ML engineers": the career's workers, taken)
			for k := i + 2; k < len(q.words) && k <= i+3 && !q.m.stop[q.words[k]]; k++ {
				if q.m.intentsOf(q.words[k]) != nil || q.taken[k] {
					return nil // "how many superposition greenhouse jobs": the head counted is the jobs
				}
			}
			break
		}
	}
	if unit == "" || q.m.stop[unit] || q.m.intentsOf(unit) != nil || q.m.lex.Time(unit) || q.m.lex.Time(q.m.lex.Singular(unit)) || !q.m.lex.Noun(unit) ||
		lib.isCareerWord(unit) || !lib.knownTerm(unit) {
		return nil // (and a word the guides never use counts nothing: no line to look for)
	}
	sg := q.m.lex.Singular(unit)
	re, err := regexp.Compile(`(?i)\b(\d[\d,.]*)\s+(?:[a-z-]+\s+){0,2}` + regexp.QuoteMeta(sg) + `s?\b`)
	if err != nil {
		return nil
	}
	var found, num string
	var in *bot.Section
	for _, s := range g.Sections {
		for _, line := range strings.Split(s.Body, "\n") {
			m := re.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			if num != "" && m[1] != num {
				return nil // two counts of the unit: which one is asked is not clear
			}
			if found == "" {
				found, num, in = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "-*• ")), m[1], s
			}
		}
	}
	if found == "" {
		return nil
	}
	line := strings.ReplaceAll(found, "**", "")
	for _, p := range lib.passagesOf(in) {
		if strings.Contains(p.body, found) && strings.TrimSpace(p.title) != "" {
			// the line, then the passage it stands in ("Step 3: Do a field
			// survey apprenticeship (18 months)"), which a second part of
			// the question may ask of
			return e.passageAnswer(g, in, strings.TrimSpace(p.title), line+".\n\n"+strings.TrimSpace(p.body))
		}
	}
	return e.passageAnswer(g, in, "How many "+unit, line)
}
