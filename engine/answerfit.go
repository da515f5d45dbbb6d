package engine

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// answerPassage answers with the part of a section the question asks about
// (one step of the path, one group of tools) when one part fits the
// question's own words best, and offers the whole section as a follow-up;
// the whole section otherwise.
func (e *Engine) answerPassage(lib *Library, q *question, g *bot.Guide, s *bot.Section) *bot.Answer {
	parts := subsections(s.Body)
	if len(parts) < 2 {
		return e.answerSection(g, s)
	}
	var asked []string
	for _, w := range lib.contentWords(q, g) {
		if !q.m.index[w][s.Kind] {
			asked = append(asked, stem(w))
		}
	}
	if len(asked) == 0 {
		return e.answerSection(g, s)
	}
	best, bestN, tie := -1, 0, false
	for i, p := range parts {
		have := map[string]bool{}
		for _, w := range words(p.title + " " + p.body) {
			have[stem(w)] = true
		}
		n := 0
		for _, w := range asked {
			if have[w] {
				n++
			}
		}
		if n > bestN {
			best, bestN, tie = i, n, false
		} else if n == bestN && n > 0 {
			tie = true
		}
	}
	if best < 0 || tie {
		return e.answerSection(g, s)
	}
	p := parts[best]
	a := e.answerSection(g, s)
	a.Title = p.title + " · " + g.Title
	a.Body = strings.TrimSpace(p.body)
	a.Source = source(g, s.Title+" › "+p.title)
	name, label := topicByKind(s.Kind)
	if name != "" {
		full := bot.FollowUp{Label: "All of " + strings.ToLower(label), Command: name, Options: careerOnly(e, g)}
		a.FollowUps = append([]bot.FollowUp{full}, removeFollowUp(a.FollowUps, name)...)
	}
	return a
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

// lacking answers a question about something the guide does not hold (an
// exam's retake policy, signing bonuses, relocation): it says so and what
// the guide does have, instead of showing the nearest card as if it
// answered. A thing asked about is a word WordNet knows as a noun (or, of a
// named certificate, a verb: "does it expire") that no guide mentions; the
// asker's background, people, places, times, gerunds and everyday verbs are
// not things asked about.
func (e *Engine) lacking(ctx context.Context, lib *Library, q *question, g *bot.Guide) *bot.Answer {
	m := q.m
	if q.switcher || q.scope.foreign != "" {
		return nil // the asker's background, or a place or employer the caveats name
	}
	var cert *bot.Cert
	if g != nil {
		cert = matchCert(q, g)
	}
	if cert != nil && durationQuestion(q) {
		return lackingAnswer(e, q, g, cert, "how long the "+cert.Name+" exam takes")
	}
	var missing []string
	known := 0
	if hasAll(q, "how", "many") {
		// "how many hours a week": a count the guide has only of people
		// employed, openings and the years of the path.
		for i, w := range q.words {
			if i > 0 && q.words[i-1] == "many" && q.m.lex.Time(w) && !durationQuestion(q) && !q.has(bot.KindPath) &&
				(g == nil || !countedIn(g, w)) {
				missing = append(missing, w)
			}
		}
	}
	for i, w := range q.words {
		if q.taken[i] || m.stop[w] || !hasLetter(w) || m.employers[w] {
			continue
		}
		if m.index[w] != nil {
			continue // words that say what kind of fact is wanted, not what about
		}
		if lib.vocab.known(w) || lib.Searcher != nil && lib.Searcher.Known(ctx, w) {
			if !titleWord(g, w) {
				known++ // "quantum" found the guide; it is not the topic
			}
			continue
		}
		lex := m.lex
		if !lex.Word(w) || lex.Person(w) || lex.Foreign(w) || lex.CommonVerb(w) || lex.MostlyAdjective(w) || gerund(lex, w) {
			continue
		}
		if lex.Time(w) && i > 0 && timeQualifier[q.words[i-1]] {
			continue // "next decade", "per week", "a month": a span, not a topic
		}
		if !lex.Noun(w) && !(cert != nil && lex.Verb(w)) {
			continue
		}
		if i+1 < len(q.words) && (q.taken[i+1] || m.employers[q.words[i+1]]) {
			continue // a modifier: "early stage startup"
		}
		if i > 0 && !q.taken[i-1] && !m.stop[q.words[i-1]] && m.index[q.words[i-1]] == nil && hasLetter(q.words[i-1]) &&
			(len(missing) == 0 || missing[len(missing)-1] != q.words[i-1]) {
			w = q.words[i-1] + " " + w // "retake policy", "signing bonuses"
		}
		missing = append(missing, w)
	}
	if len(missing) == 0 || cert == nil && len(missing) < known && strongIntent(q) {
		return nil
	}
	return lackingAnswer(e, q, g, cert, strings.Join(missing, ", "))
}

// lackingAnswer says the guide has nothing on what was asked and what it
// does have.
func lackingAnswer(e *Engine, q *question, g *bot.Guide, cert *bot.Cert, what string) *bot.Answer {
	if g == nil {
		return &bot.Answer{Answered: false, Title: "Not in the guides: " + what,
			Body: fmt.Sprintf("The guides have nothing on %s, so I can't answer that. They cover salaries by state, certifications, skills, tools, the path in, a day in the life, interviews, challenges and the job outlook of their careers.", what)}
	}
	a := &bot.Answer{Answered: false, Career: g.Slug, Title: "Not in the guide: " + what,
		Body: fmt.Sprintf("The %s guide has nothing on %s, so I can't answer that.", g.Title, what)}
	if cert != nil {
		a.Body += fmt.Sprintf(" What it has on the %s: it costs %s. %s", cert.Name, bot.Money(cert.Price), cert.About)
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

// timeQualifier words make the time noun after them a span ("next decade").
var timeQualifier = setOf("a", "an", "per", "next", "each", "every", "this", "last", "few", "many", "some", "one", "two", "three",
	"several", "couple", "of", "the", "first", "within", "in", "over")

// countedIn reports whether the guide gives a number of the unit ("22
// seconds", "90 minutes").
func countedIn(g *bot.Guide, unit string) bool {
	unit = strings.TrimSuffix(unit, "s")
	re, err := regexp.Compile(`\d[\d,.\-–]*\s*` + regexp.QuoteMeta(unit))
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

// strongIntent reports whether a word of the question points to a fact or
// section outright (not only "morning" or "questions").
func strongIntent(q *question) bool {
	for _, w := range q.words {
		for range q.m.index[w] {
			if !q.m.weak[w] {
				return true
			}
		}
	}
	return q.switcher
}

// titleWord reports whether w is a word of the guide's title or aliases.
func titleWord(g *bot.Guide, w string) bool {
	if g == nil {
		return false
	}
	for _, n := range careerNames(g) {
		for _, f := range strings.Fields(n) {
			if f == w {
				return true
			}
		}
	}
	return false
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
		if !q.m.negation[w] {
			continue
		}
		for k := i + 1; k < len(q.words) && k <= i+3; k++ {
			next := q.words[k]
			switch {
			case q.m.index[next]["education"]:
				return requirementAnswer(e, g, "a degree", "Education", g.Education, g.EducationLevel, faqOn(g, "degree", "master"))
			case q.m.index[next][bot.KindCerts]:
				return requirementAnswer(e, g, "a certification", "Certification", g.Certification, "", faqOn(g, "certification"))
			case q.m.index[next]["license"]:
				return requirementAnswer(e, g, "a license", "License", g.License, "", faqOn(g, "license"))
			}
		}
	}
	return nil
}

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
