package engine

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/careerbot-dev/careerbot/bot"
)

// label is a guide's own name for one part of a section: a "### " heading
// ("Step 1: Lay CS and math foundations") or a bold label opening a bullet
// or paragraph ("**Deep learning**: CNNs, Transformers, …"), with the
// passage it heads. Guides name their parts the way members ask about them,
// so a question about "deep learning stuff" or "what math" finds the part
// by its name, whatever section kind the question's other words suggest.
type label struct {
	sec     *bot.Section
	heading bool
	stems   []string      // the label's own words, stemmed, stopwords left out
	title   string        // the passage's title
	body    string        // the passage: the heading's subsection, else the labelled line
	words   *passageStems // the passage's stems, read on first use
	desc    []string      // a short description after the label ("feature stores"), stemmed
}

// passageStems are the stems of a passage's title and text (abbreviations
// spelled out), shared by the labels of one passage and read when a
// question first asks what the passage holds, that is when it names one of
// the guide's labels: stemming every passage of a guide met for the first
// time was about a fifth of a question's cost at 1,000 guides ("which
// career works with Theadoi, Skezis and votas?").
type passageStems struct {
	once        sync.Once
	title, body string
	set         map[string]bool
}

// guideLabels is what labelsOf keeps per guide: the labels and the stems
// of the guide's facts. Whether its sections use a word is read from the
// term table, which holds every guide's stems from the load: stemming
// every word of the sections of a guide met for the first time was about
// a fifth of a question's cost at 1,000 guides, where nearly every
// question reaches a guide no question reached before.
type guideLabels struct {
	lib     *Library
	g       *bot.Guide
	labels  []label
	inFacts map[string]bool // stems of the facts
	// The term table's numbers of the stems of the sections, sorted; nil
	// when the table lacks the guide or does not know which of its stems
	// are the sections'.
	terms []uint32
	// The stems of the sections as the words of their text are read, for
	// a stem without a letter ("2025", or "1990" from "1990s": the table
	// keeps only words with a letter) and a guide the table lacks; built
	// on first use.
	exactOnce  sync.Once
	inSections map[string]bool
}

// has reports whether the passage a label heads has the stem.
func (gl *guideLabels) has(lb *label, st string) bool {
	p := lb.words
	p.once.Do(func() {
		p.set = map[string]bool{}
		for _, w := range gl.lib.expandWords(words(p.title + " " + p.body)) {
			p.set[stem(w)] = true
		}
	})
	return p.set[st]
}

// inSection reports whether the guide's sections have the stem.
func (gl *guideLabels) inSection(st string) bool {
	if gl.terms == nil || !hasLetter(st) {
		return gl.sectionStems()[st]
	}
	id, ok := gl.lib.terms.ids[st]
	if !ok {
		return false
	}
	_, found := slices.BinarySearch(gl.terms, id)
	return found
}

// uses reports whether the guide's sections or facts have the stem.
func (gl *guideLabels) uses(st string) bool { return gl.inFacts[st] || gl.inSection(st) }

// sectionStems is the stems of every word of the guide's sections.
func (gl *guideLabels) sectionStems() map[string]bool {
	gl.exactOnce.Do(func() {
		gl.inSections = map[string]bool{}
		for _, s := range gl.g.Sections {
			for _, w := range words(s.Title + " " + s.Body) {
				gl.inSections[stem(w)] = true
			}
		}
	})
	return gl.inSections
}

// labelsOf reads a guide's headings and bold labels once per library.
func (l *Library) labelsOf(g *bot.Guide) *guideLabels {
	if v, ok := l.labels.Load(g); ok {
		return v.(*guideLabels)
	}
	var out []label
	// The guide's facts are its text too: "isolation bonus" is in the
	// salary note, not in any section.
	facts := []string{g.Summary, g.Salary.Note, g.Education, g.EducationLevel, g.Certification, g.License, g.TotalTime}
	for _, c := range g.Certifications {
		facts = append(facts, c.Name, c.About)
	}
	inFacts := map[string]bool{}
	for _, w := range words(strings.Join(facts, " ")) {
		inFacts[stem(w)] = true
	}
	for _, s := range g.Sections {
		subs := subsections(s.Body)
		for _, sub := range subs {
			if sub.title != "" {
				out = append(out, label{sec: s, heading: true, stems: l.labelStems(sub.title), title: sub.title, body: strings.TrimSpace(sub.body)})
			}
		}
		for _, line := range strings.Split(s.Body, "\n") {
			name, ok := boldLabel(line)
			if !ok {
				continue
			}
			lb := label{sec: s, stems: l.labelStems(name), title: name, body: strings.TrimSpace(line), desc: l.descStems(line)}
			for _, sub := range subs {
				if sub.title != "" && strings.Contains(sub.body, line) {
					lb.title, lb.body = sub.title, strings.TrimSpace(sub.body)
					break
				}
			}
			out = append(out, lb)
		}
	}
	// Labels of one subsection share its text and its stems.
	type text struct{ title, body string }
	byText := map[text]*passageStems{}
	for i := range out {
		k := text{out[i].title, out[i].body}
		p := byText[k]
		if p == nil {
			p = &passageStems{title: k.title, body: k.body}
			byText[k] = p
		}
		out[i].words = p
	}
	gl := &guideLabels{lib: l, g: g, labels: out, inFacts: inFacts}
	if ids, ok := l.terms.stemsOf(g); ok {
		if n, ok := l.terms.secN[g]; ok {
			gl.terms = slices.Clone(ids[:n])
			slices.Sort(gl.terms)
		}
	}
	v, _ := l.labels.LoadOrStore(g, gl)
	return v.(*guideLabels)
}

// labelStems returns a label's words, stemmed, without stopwords, numbers
// and spans of time ("Step 1", "Resupply every 90 days").
func (l *Library) labelStems(name string) []string {
	var out, times []string
	// Read as questions are: the guides' abbreviations spelled out ("GCP
	// Vertex AI" is asked as "… artificial intelligence").
	for _, w := range l.expandWords(words(name)) {
		switch {
		case l.m.stop[w] || !hasLetter(w) || w == "step" || timeQualifier[w]:
		case l.m.lex.Time(w) && !l.m.lex.Adjective(w):
			times = append(times, stem(w))
		default:
			out = append(out, stem(w))
		}
	}
	if len(out) == 0 {
		return times // "Morning": the time is the label
	}
	return out
}

// descStems returns the stems of a labelled line's description when it is
// short enough to name what the label is ("**Feast/Tecton**: feature
// stores"); nil for longer prose.
func (l *Library) descStems(line string) []string {
	t := strings.TrimPrefix(strings.TrimSpace(line), "- ")
	_, rest, _ := strings.Cut(strings.TrimPrefix(t, "**"), "**")
	if _, after, ok := strings.Cut(rest, ":"); ok {
		rest = after
	}
	var out []string
	for _, w := range words(rest) {
		if !l.m.stop[w] && hasLetter(w) {
			out = append(out, stem(w))
		}
	}
	if len(out) < 2 || len(out) > 6 {
		return nil
	}
	return out
}

// boldLabel reads "- **Name**: …", "**Name:** …" and "**Name**: …".
func boldLabel(line string) (string, bool) {
	t := strings.TrimSpace(line)
	t = strings.TrimPrefix(t, "- ")
	if !strings.HasPrefix(t, "**") {
		return "", false
	}
	name, rest, ok := strings.Cut(t[2:], "**")
	rest = strings.TrimSpace(rest)
	if !ok || rest == "" {
		return "", false
	}
	// The label ends in a colon, inside or after the bold, or a price
	// in brackets comes first ("**AWS …** ($300): …").
	colon := strings.HasSuffix(name, ":") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "(")
	name = strings.TrimSpace(strings.TrimSuffix(name, ":"))
	if !colon || name == "" {
		return "", false
	}
	return name, true
}

// jobNouns name the job itself, not a thing asked of it ("for MLE jobs").
var jobNouns = setOf("job", "jobs", "career", "careers", "role", "roles", "position", "positions", "gig", "gigs")

// labelPassage answers with the one passage whose heading or label names
// what the question asks about: every word of a bold label is in the
// question ("deep learning"), or the question's own words are in a heading
// ("math" in "Lay CS and math foundations"). It answers only when one part
// alone is named more than any other; the whole section is the follow-up.
func (e *Engine) labelPassage(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	content := lib.contentWords(q, g)
	if len(content) == 0 {
		return nil
	}
	asked := map[string]bool{}  // the question's own words
	topics := map[string]bool{} // of them, what it can be about: not everyday verbs ("know", "need")
	for _, w := range content {
		if jobNouns[w] {
			continue // "… for MLE jobs": the career's, not what is asked of it
		}
		asked[stem(w)] = true
		if !lib.m.lex.CommonVerb(w) {
			topics[stem(w)] = true
		}
	}
	said := map[string]bool{}
	for _, w := range q.words {
		said[stem(w)] = true
	}
	gl := lib.labelsOf(g)
	labels := gl.labels
	best, bestN, tie := -1, 0, false
	for i, lb := range labels {
		if len(lb.stems) == 0 {
			continue
		}
		if d := descMatch(lb.desc, asked); d > 0 && !elsewhere(topics, &labels[i], gl) {
			// "which feature stores does it mention?": the description
			// names what the label is.
			switch {
			case d > bestN:
				best, bestN, tie = i, d, false
			case d == bestN && labels[best].body != lb.body:
				tie = true
			}
			continue
		}
		n, all := 0, true
		for _, s := range lb.stems {
			if asked[s] {
				n++
			}
			if !said[s] {
				all = false
			}
		}
		if n == 0 || !lb.heading && !all && !onlyHere(gl, i, asked, lb.stems) {
			continue
		}
		if elsewhere(topics, &labels[i], gl) {
			// "parabolic flight cooking test: how many seconds": "seconds" is
			// in another part of the guide, not in this passage.
			continue
		}
		if all {
			n *= 2 // the whole label asked for beats a word of a heading
		}
		switch {
		case n > bestN:
			best, bestN, tie = i, n, false
		case n == bestN && labels[best].body != lb.body:
			tie = true
		}
	}
	if best < 0 || tie {
		return nil
	}
	lb := labels[best]
	return e.passageAnswer(g, lb.sec, lb.title, lb.body)
}

// elsewhere reports whether a word asked about is in the guide but not in
// the passage lb heads.
func elsewhere(asked map[string]bool, lb *label, guide *guideLabels) bool {
	for w := range asked {
		if !guide.has(lb, w) && guide.uses(w) {
			return true
		}
	}
	return false
}

// factField answers from the one key fact whose text holds a word of the
// question that no section has: "do orbital chefs get any kind of bonus?"
// is the salary note's "isolation bonus".
func (e *Engine) factField(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	gl := lib.labelsOf(g)
	for _, w := range lib.contentWords(q, g) {
		st := stem(w)
		if gl.inSection(st) || !gl.uses(st) || q.m.lex.CommonVerb(w) || q.m.index[w] != nil {
			continue
		}
		in := func(text string) bool {
			for _, x := range words(text) {
				if stem(x) == st {
					return true
				}
			}
			return false
		}
		switch {
		case in(g.Salary.Note):
			return nationalSalary(e, g, true)
		case in(g.Education) || in(g.EducationLevel):
			return educationAnswer(e, g)
		case in(g.License):
			return factAnswer(e, g, "License", g.License, "path")
		case in(g.TotalTime):
			return e.answerSectionOr(g, bot.KindPath)
		}
	}
	return nil
}

// doneCues say the asker has already been through part of the path:
// "I already have a master's", "after my master's", "once I finish my BS".
var doneCues = setOf("already", "after", "once", "finished", "finishing", "completed", "done", "graduated", "got", "have", "hold", "getting", "completing")

// nextCues ask what remains: "how much longer", "what's next", "then what".
var nextCues = setOf("longer", "next", "remaining", "left", "then", "else", "after", "more")

// afterStep answers "I already have a master's in CS, how much longer?"
// from the path's own steps: the step whose text names what the asker has
// ("master's" in "Go to graduate school"), then the steps after it with
// their durations, instead of the whole path from the start.
func (e *Engine) afterStep(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	s := g.Section(bot.KindPath)
	if s == nil || !anyIn(q.words, nextCues) && !durationQuestion(q) {
		return nil
	}
	if q.full != nil {
		q = q.full // "I already have a master's. How much longer?": the background says what is done
	}
	if !doneAlready(q.words) {
		return nil
	}
	steps := lib.passagesOf(s)
	if len(steps) < 2 {
		return nil
	}
	// What the asker has: education words and the words of the question
	// that no intent owns.
	var have []string
	for i, w := range q.words {
		if q.taken[i] || q.m.stop[w] || doneCues[w] || nextCues[w] || !hasLetter(w) {
			continue
		}
		if q.m.index[w]["education"] {
			have = append(have, stem(w))
		}
	}
	last := -1
	for i, p := range steps {
		for _, h := range have {
			if p.have[h] {
				last = i
			}
		}
	}
	if last < 0 || last == len(steps)-1 {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Past %s, the %s guide's path goes on with:", strings.TrimSpace(steps[last].title), g.Title)
	writeSteps(&b, steps[last+1:])
	a := e.pathPassage(g, s, "What comes next", b.String())
	a.Fields = nil // the whole path's total would read as what is left
	return a
}

// writeSteps writes each step's heading and text, a paragraph each.
func writeSteps(b *strings.Builder, steps []passage) {
	for _, p := range steps {
		fmt.Fprintf(b, "\n\n**%s**\n%s", strings.TrimSpace(p.title), strings.TrimSpace(p.body))
	}
}

// doneAlready reports whether the words say part of the path is behind
// the asker: "already", "once I have", "after my", "finished my".
func doneAlready(ws []string) bool {
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		switch w {
		case "already", "finished", "completed", "graduated":
			return true
		case "after", "once":
			if next == "my" || next == "i" || next == "finishing" || next == "getting" || next == "completing" {
				return true
			}
		}
	}
	return false
}

func anyIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// descMatch scores a label's short description against the question's
// words: at least two of them and two thirds of the description asked.
func descMatch(desc []string, asked map[string]bool) int {
	if len(desc) == 0 {
		return 0
	}
	n := 0
	for _, d := range desc {
		if asked[d] {
			n++
		}
	}
	if n < 2 || 3*n < 2*len(desc) {
		return 0
	}
	return n
}

// learnVerbs are what a member asks to do with what the guide lists.
var learnVerbs = setOf("learn", "study", "master", "pick")

// verbHeading answers "what else do I need to learn?" with the one part
// whose heading starts with that verb ("Learn production ML"); nil when
// no heading or more than one does.
func (e *Engine) verbHeading(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if !hasAny(q, "what", "which") || figures(q) {
		return nil
	}
	var verb string
	for _, w := range q.words {
		if learnVerbs[w] {
			verb = stem(w)
			break
		}
	}
	if verb == "" {
		return nil
	}
	var found *label
	for i, lb := range lib.labelsOf(g).labels {
		if !lb.heading {
			continue
		}
		title := lb.title
		if _, rest, ok := strings.Cut(title, ":"); ok {
			title = rest // "Step 3: Learn production ML"
		}
		f := words(title)
		if len(f) == 0 || stem(f[0]) != verb {
			continue
		}
		if found != nil {
			return nil
		}
		found = &lib.labelsOf(g).labels[i]
	}
	if found == nil {
		return nil
	}
	a := e.passageAnswer(g, found.sec, found.title, found.body)
	a.Fields = nil
	return a
}

// onlyHere reports whether every word of label i that the question asks
// is in no other passage of the guide ("how do seniors cope?" names the
// one label "How experienced engineers cope").
func onlyHere(gl *guideLabels, i int, asked map[string]bool, stems []string) bool {
	labels := gl.labels
	hit := false
	for _, st := range stems {
		if !asked[st] {
			continue
		}
		hit = true
		for k, other := range labels {
			if k != i && other.body != labels[i].body && gl.has(&labels[k], st) {
				return false
			}
		}
	}
	return hit
}
