package engine

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/careerbot-dev/careerbot/bot"
)

// noGuideNamed is noGuideFor an occupation a message names outright (its
// label, a job ad's title, a person's job it tells).
func (e *Engine) noGuideNamed(lib *Library, text, occ string) *bot.Answer {
	q := &question{raw: text}
	q.scope.occupations = []string{occ}
	return e.noGuideFor(lib, q)
}

// noGuideFor refuses a question about an occupation the library has no
// guide for, and lists the careers there are.
func (e *Engine) noGuideFor(lib *Library, q *question) *bot.Answer {
	occ := q.scope.occupations[0]
	a := &bot.Answer{Answered: false, Title: "No guide for " + occ,
		Body: fmt.Sprintf("There's no guide for %s here, so I can't answer that from the guides. %s", occ, lib.careerHint())}
	if len(q.scope.generic) > 0 {
		g := q.scope.generic[0]
		a.Body = fmt.Sprintf("There's no guide for %s in general; the closest guide is %s. %s", occ, g.Title, lib.careerHint())
		a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: g.Title, Command: "ask",
			Options: map[string]string{"career": g.Slug, "question": bot.Clip(q.raw, 60)}})
	}
	var skip *bot.Guide
	if len(q.scope.generic) > 0 {
		skip = q.scope.generic[0]
	}
	a.FollowUps = append(a.FollowUps, salaryOffers(lib, skip)...)
	return a
}

// salaryOffers offers the salary of the first four guides but skip.
func salaryOffers(lib *Library, skip *bot.Guide) []bot.FollowUp {
	var out []bot.FollowUp
	for i, g := range lib.Guides {
		if i == 4 {
			break
		}
		if g != skip {
			out = append(out, bot.FollowUp{Label: g.Title, Command: "salary", Options: map[string]string{"career": g.Slug}})
		}
	}
	return out
}

// unplacedWork refuses a figure asked of work no career is named for when
// the words found point to a guide only by chance: no guide's figures.
func (e *Engine) unplacedWork(lib *Library) *bot.Answer {
	return &bot.Answer{Answered: false, Title: "No guide for that work",
		Body:      "I couldn't tell which career you mean, and the guides have nothing on that work, so I won't give another career's figures for it. " + lib.careerHint(),
		FollowUps: salaryOffers(lib, nil)}
}

// unplacedQuestion says that a question names no career the bot can tell,
// rather than answer it from a guide guessed by words every guide may use.
func (e *Engine) unplacedQuestion(lib *Library) *bot.Answer {
	return &bot.Answer{Answered: false, Title: "Which career?",
		Body:      "You didn't name a career and I couldn't tell which one you mean, so I won't answer from a guess. " + lib.careerHint(),
		FollowUps: salaryOffers(lib, nil)}
}

// ownPairIn reports whether two words side by side in the question are
// a pair only guide g has ("magnetic knife tether", "batch norm vs layer
// norm"): a thing of that guide named, though each word alone may be
// common. With many guides, only the guides the term table lists for the
// pair's second word are read, and none when it lists none or many.
func (l *Library) ownPairIn(q *question, g *bot.Guide) bool {
	if l.terms == nil {
		return false
	}
	ws := q.words
	for k := 0; k+1 < len(ws); k++ {
		a, b := ws[k], ws[k+1]
		if l.m.stop[a] || l.m.stop[b] || !hasLetter(a) || !hasLetter(b) || !l.hasPair(g, a, b) {
			continue
		}
		gs, ok := l.terms.guidesWith(stem(b))
		if !ok || len(gs) > 8 {
			continue // (a word many guides use: the pair is read in none of them)
		}
		if !slices.ContainsFunc(gs, func(gi int32) bool { return l.Guides[gi] != g && l.hasPair(l.Guides[gi], a, b) }) {
			return true
		}
	}
	return false
}

// caveats say, in the reply itself, what the figures are not: not for one
// employer, not for a place outside the US, not for another occupation.
func caveats(a *bot.Answer, q *question) {
	if a == nil || !a.Answered || a.Source == nil {
		return
	}
	figures := a.Source.Data != ""
	var lines []string
	if !figures {
		if len(q.scope.occupations) == 0 {
			return // nothing to say: the answer's text need not be lower-cased
		}
		// "Should I become an actuary or an ML engineer?": say which half
		// the guides cannot answer.
		text := strings.ToLower(a.Body + " " + strings.Join(a.Bullets, " "))
		for _, o := range q.scope.occupations {
			if strings.Contains(text, q.m.lex.Singular(strings.ToLower(o))) {
				continue // the answer itself speaks of them ("where a data scientist concentrates on …")
			}
			lines = append(lines, fmt.Sprintf("There's no guide for %s, so this is about %s only.", o, a.Source.GuideTitle))
		}
		if len(lines) > 0 {
			a.Body = strings.Join(lines, " ") + "\n\n" + a.Body
		}
		return
	}
	if q.scope.foreign != "" {
		lines = append(lines, fmt.Sprintf("The guide doesn't cover %s: it has US figures only, and these are for the US.", q.scope.foreign))
	}
	if q.scope.company != "" {
		lines = append(lines, fmt.Sprintf("The guide doesn't have company-specific figures (nothing for %s); these cover all employers.", q.scope.company))
	}
	if whyBesideFigure(q) {
		lines = append(lines, "The guide gives the figures by state, not the reasons they differ.")
	}
	for _, o := range q.scope.occupations {
		line := fmt.Sprintf("There's no guide for %s, so these figures are for %s only.", o, a.Source.GuideTitle)
		if !slices.Contains(lines, line) { // (a job named twice: "… data engineers make 140k — is that right for data engineers?")
			lines = append(lines, line)
		}
	}
	if len(lines) > 0 {
		a.Body = strings.Join(lines, " ") + "\n\n" + a.Body
	}
}

// splitParts splits a message into up to three questions when each part
// asks something of its own ("what's the salary and which certs should I
// get?"); one part otherwise.
func (l *Library) splitParts(text string) []string {
	var parts []string
	toldDropped := false
	split := text
	subject := ""
	if m := countLabelRE.FindStringIndex(split); m != nil {
		// "Three questions, if that's alright: …": what follows is asked;
		// "Two questions about dream cartography: …" says what of, and the
		// first question is read with it
		if sm := labelSubjectRE.FindStringSubmatch(split[:m[1]]); sm != nil {
			if f := strings.Fields(strings.ToLower(sm[1])); len(f) > 0 && !determiner[f[0]] && !possessive[f[0]] {
				subject = sm[1] // (not "for our L&D plan": what they are for)
			}
		}
		split = split[m[1]:]
	}
	numbered := 0        // items the message numbers ("1) … 2) …"): each one a question of its own
	if hasDigit(split) { // every match of numberedRE has one
		numbered = len(numberedRE.FindAllStringIndex(split, -1))
		split = numberedRE.ReplaceAllString(split, ";"+itemMark)
	}
	if at := letteredItems(split); at != nil { // "a) the core one b) its cost c) …": items lettered
		numbered += len(at)
		split = letteredRE.ReplaceAllString(split, ";"+itemMark)
	}
	if strings.Contains(split, "\n") { // bullets open lines
		if b := len(bulletRE.FindAllStringIndex(split, -1)); b > 1 {
			numbered += b
			split = bulletRE.ReplaceAllString(split, ";"+itemMark)
		}
	}
	if strings.HasPrefix(split, "- ") && !strings.Contains(split, "\n") {
		split = " " + split // "- MLE pay in NY - top state": a dash opening the line is the first item's
	}
	for _, sep := range inlineItems {
		// "MLE sal / certs / CA pay?", "pay? • employed? • top state?",
		// "- pay in CO - which cert first": two or more of one separator
		// in a line list the items
		if n := strings.Count(split, sep); n >= 2 {
			numbered += n + 1
			split = strings.ReplaceAll(split, sep, ";"+itemMark)
		}
	}
	listed := numbered // how many items the message lists, numbered or cut by semicolons
	if n := strings.Count(split, ";") + 1; n >= 3 && n > listed {
		listed = n
	}
	if subject != "" {
		split = subject + ": " + strings.TrimLeft(split, " ;")
	} else if numbered > 1 {
		// "MLE pay stuff:\n- median in TX\n- top state": a heading before
		// the list says what its items ask about, read with the first
		if k := strings.Index(split, ";"+itemMark); k > 0 {
			if head := strings.TrimSpace(split[:k]); strings.HasSuffix(head, ":") && indexPartEnd(head) < 0 && len(strings.Fields(head)) <= 8 && !strings.Contains(head, ". ") {
				split = head + " " + strings.TrimLeft(split[k+1+len(itemMark):], " ")
			} else if f := strings.Fields(head); len(f) >= 2 && len(f) <= 10 && openEnded[strings.ToLower(f[len(f)-1])] && indexPartEnd(head) < 0 {
				// "In New York, what's the median for a) ML engineers b)
				// people who map dreams": a question left open before the
				// list, finished by each item
				var b strings.Builder
				for _, it := range strings.Split(split[k+1:], ";"+itemMark) {
					b.WriteString(";" + itemMark + head + " " + strings.TrimSpace(strings.TrimPrefix(it, itemMark)))
				}
				split = b.String()
			}
		}
	}
	if onePlainPiece(split) {
		return []string{text} // at most one part below: what the loop would return
	}
	told := "" // a first piece that only tells ("I'm a resort chef on Maui and have been for 15 years;"): the next one's context
	for _, s := range strings.FieldsFunc(split, func(r rune) bool { return r == '?' || r == ';' || r == '\n' }) {
		item := strings.HasPrefix(strings.TrimSpace(s), itemMark)
		if item {
			s = strings.TrimSpace(s)[len(itemMark):]
		}
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if len(parts) == 0 && told == "" && !item && strings.Contains(split, s+"?") && l.interjection(s) {
			continue // "really? most of an ML engineer's day is tuning?": a doubt voiced, no question of its own
		}
		if len(parts) == 0 && strings.Contains(split, s+";") && !asksInSentence(s) && len(l.findCareers(words(s), make([]bool, len(words(s))))) == 0 && len(l.intentsOf(s)) == 0 && !alsoAsks(s) {
			told = strings.TrimSpace(told + " " + s + ";")
			continue
		}
		if told != "" {
			s, told = told+" "+s, ""
		}
		if len(parts) > 0 && !(item && numbered > 1) && (len(l.intentsOf(s)) == 0 && !alsoAsks(s) || whichOfTwo(s, parts[len(parts)-1]) || alternative(s) || refines(s) || l.laysOut(s, parts[len(parts)-1]) || l.bareAsk(s, parts[len(parts)-1]) || l.likenessOnly(s) || (relativeTells(s) || l.relativeDoes(s)) && !strings.Contains(text, s+"?")) {
			if l.relativeDoes(s) && !relativeTells(s) && strings.Contains(text, parts[len(parts)-1]+"?") {
				toldDropped = true
				continue // "… ML engineer median? My sister teaches 3rd grade and thinks tech pay is exaggerated.": what they do, told after the question
			}
			// (and what someone in the asker's life says after it: "… which
			// pays more? my mom says both are made up jobs")
			// "like the normal map-making kind": more of the last question.
			sep := ", "
			if last := parts[len(parts)-1]; relativeTells(s) && strings.Contains(text, last+"?") {
				sep = "? " // "… the top state's median? my dad's a trucker and …": told after the question, which stays one
			}
			parts[len(parts)-1] += sep + s
			continue
		}
		for _, piece := range l.splitAnd(s) {
			if n := len(parts); n > 0 && (whichOfTwo(piece, parts[n-1]) || l.laysOut(piece, parts[n-1])) {
				if l.wholeOnly(piece) {
					piece = "all of them" // "… list all of them, every category": the whole, not a "category" to look up
				}
				parts[n-1] += ", " + piece // "apprenticeship vs the permit step, which takes longer": one question
				continue
			}
			parts = append(parts, piece)
		}
	}
	for k := 1; k < len(parts); k++ {
		// "Which state pays the most …, and which pays the least?": the
		// noun the second "which" leaves out is the first one's
		// ("… the most and which the least?": the verb too)
		var from *regexp.Regexp
		switch {
		case elidedWhichRE.MatchString(parts[k]):
			from = whichNounRE
		case elidedWhichVerbRE.MatchString(parts[k]):
			from = whichNounVerbRE
		}
		if from == nil {
			if m := whichOneRE.FindStringIndex(parts[k]); m != nil {
				// "which state pays the most, and which one has the most of
				// them working?": "one" is the noun the "which" before names
				if n := whichNounRE.FindStringSubmatch(parts[k-1]); n != nil {
					parts[k] = parts[k][:m[1]-3] + n[1] + parts[k][m[1]:]
				}
			}
			continue
		}
		if m := from.FindStringSubmatch(parts[k-1]); m != nil {
			at := strings.Index(strings.ToLower(parts[k]), "which ") + len("which ")
			parts[k] = parts[k][:at] + m[1] + " " + parts[k][at:]
		}
	}
	for k := 0; k+1 < len(parts); k++ {
		// "what's the cheapest and what's the priciest ML engineer
		// certification?": a first ranking with no noun of its own shares
		// what the second one ranks
		if endsRankRE.MatchString(parts[k]) {
			if m := rankRestRE.FindStringSubmatch(parts[k+1]); m != nil {
				parts[k] += " " + cmp.Or(m[1], m[2])
			}
		}
	}
	if len(parts) > 1 && l.storyOnly(text, parts[0]) && len(l.analyse(context.Background(), parts[1]).careers) > 0 {
		// "Okay so my wife is an ML engineer in San Jose …, my mom runs a
		// taqueria … I've become obsessed with the idea of cooking in
		// microgravity, … What's the California median for my space-galley
		// job and for her ML engineering job?": a story cut at its commas
		// asks nothing of its own, and the question after it names its
		// careers itself
		parts = parts[1:]
	}
	if len(parts) > 3 {
		// up to four when four parts are questions of their own ("How long
		// …? Do I need a master's? Are certifications required? What
		// language …?"), three otherwise
		n, asked := 3, 0
		for _, p := range parts {
			if strings.Contains(text, p+"?") {
				asked++
			}
		}
		if asked >= 4 {
			n = 4
		}
		if listed > n {
			n = min(listed, 5) // a list: each item asked, up to five
		}
		parts = firstAsking(parts, n)
	}
	if len(parts) == 1 && toldDropped {
		return []string{parts[0] + "?"} // the question alone, without what was told after it
	}
	if len(parts) < 2 {
		return []string{text}
	}
	return parts
}

// interjection reports whether a piece of a message only voices a
// reaction ("really?", "hm, seriously?"): three words at most, each a
// stop word, a short sound ("hm") or a word the dictionary knows as no
// noun; nothing asked, no career and no place.
func (l *Library) interjection(s string) bool {
	ws := words(s)
	if len(ws) == 0 || len(ws) > 3 || len(l.intentsOf(s)) > 0 || alsoAsks(s) {
		return false
	}
	for _, w := range ws {
		if !hasLetter(w) || l.m.stop[w] {
			continue
		}
		if (l.m.lex.Noun(w) || !l.m.lex.Word(w)) && len(w) > 3 || l.isCareerWord(w) || l.knownTerm(w) || placeWord(l.m, w) || l.m.index[w] != nil {
			return false
		}
	}
	return true
}

// endsRankRE matches a part that ends on a ranking word ("what's the
// cheapest"); rankRestRE finds what a ranking word ranks ("the priciest
// ML engineer certification", "the least for ML engineers").
var (
	endsRankRE = regexp.MustCompile(`(?i)\bthe (?:cheapest|priciest|costliest|highest|lowest|biggest|largest|smallest|best|worst|fastest|slowest|shortest|longest|easiest|hardest|most|least|fewest)\W*$`)
	rankRestRE = regexp.MustCompile(`(?i)\b(?:most|least) (?:expensive|costly|paid|employed)\s+(\w.*)$|\b(?:cheapest|priciest|costliest|highest|lowest|biggest|largest|smallest|best|worst|fastest|slowest|shortest|longest|easiest|hardest|most|least|fewest)\s+(\w.*)$`)
)

// whichVerbs are the verbs a "which" question asks with.
const whichVerbs = `(?:pays|pay|employs|employ|has|have|costs|cost|offers|is|are)\b`

// elidedWhichRE matches a question whose "which" has no noun of its own
// ("and which pays the least"); whichNounRE finds the noun of one that has
// ("which state pays the most").
var (
	whichOneRE    = regexp.MustCompile(`(?i)^(?:and |or |but |also )?which one`)
	elidedWhichRE = regexp.MustCompile(`(?i)^(?:and |or |but |also )?which ` + whichVerbs)
	whichNounRE   = regexp.MustCompile(`(?i)\bwhich ((?:[a-z]+ )?[a-z]+) ` + whichVerbs)
	// elidedWhichVerbRE: "and which the least"; whichNounVerbRE: the
	// noun and verb of the "which" before it ("which state pays").
	elidedWhichVerbRE = regexp.MustCompile(`(?i)^(?:and |or |but |also )?which the (?:most|least|highest|lowest|fewest|best|worst|cheapest|priciest)\b`)
	whichNounVerbRE   = regexp.MustCompile(`(?i)\bwhich ((?:[a-z]+ )?[a-z]+ ` + whichVerbs + `)`)
)

// labelSubjectRE finds, in an opening that counts the questions, the words
// that say what they are about.
var labelSubjectRE = regexp.MustCompile(`(?i)\b(?:about|on|for|re|regarding|concerning)\s+([^:]+):\s*$`)

// countLabelRE matches an opening that only says how many questions follow
// ("Three questions, if that's alright:", "two quick things:"): no
// question of its own.
var countLabelRE = regexp.MustCompile(`(?i)^\W*(?:(?:ok|okay|so|hi|hey|hello)\W+){0,2}(?:(?:i|we)\s+(?:need|have|got)\s+|(?:got|have)\s+)?(?:a few|a couple(?: of)?|couple(?: of)?|several|some|two|three|four|2|3|4)\s+(?:(?:quick|short|small|related|simple|more|dumb)\s+)?(?:questions|things|qs|q's|queries)\b[^:?]{0,60}:`)

// withoutToldJobs is a part without the sentences before its last that
// only tell someone's job ("He's an electrician and wants to buy a house
// next year."): no career, place or employer of theirs is kept from them,
// and the job is not the one asked about.
func (l *Library) withoutToldJobs(part string) string {
	var kept, sentences []string
	rest, dropped := part, false
	for {
		i := strings.IndexAny(rest, ".!")
		if i < 0 || i+1 >= len(rest) || rest[i+1] != ' ' {
			break
		}
		if w := lastFields(rest[:i], 1); len(w) == 0 || isDigits(w[0]) || len(w[0]) <= 2 {
			break // ("3.5 years", "St. Louis", "U.S. pay": no sentence's end)
		}
		sentences = append(sentences, rest[:i+1])
		rest = strings.TrimSpace(rest[i+1:])
	}
	if len(sentences) == 0 {
		return part
	}
	// A place told beside a job is the story's when the question names a
	// state of its own ("Navy vet … living in San Diego … What's ML engineer
	// pay in California?").
	lw := words(rest)
	placeAsked := len(findStates(rest, lw, l.m.lex.Word)) > 0
	for _, sentence := range sentences {
		// A sentence that names an occupation and no career, state,
		// employer or place abroad, read by its words (no whole reading: a
		// long post has many such sentences).
		ws := words(sentence)
		told := !asksInSentence(sentence) && slices.ContainsFunc(ws, func(w string) bool { return l.m.lex.Occupation(l.m.lex.Singular(w)) && !l.isCareerWord(w) }) &&
			!slices.ContainsFunc(ws, func(w string) bool {
				_, company := l.m.companies[w]
				return l.isCareerWord(w) || company || l.m.lex.Foreign(w)
			}) && (placeAsked || len(findStates(sentence, ws, l.m.lex.Word)) == 0) && len(l.findCareers(ws, make([]bool, len(ws)))) == 0
		if told {
			dropped = true
			continue
		}
		kept = append(kept, sentence)
	}
	if !dropped {
		return part
	}
	return strings.Join(append(kept, rest), " ")
}

// askedInLast reports whether a part's occupation is asked about in its
// last sentence: named there, or pointed back to ("what does he make?").
// A job told in a sentence before ("He's an electrician and wants to buy
// a house. How long is the apprenticeship?") is the story's.
func (l *Library) askedInLast(ctx context.Context, p string) bool {
	i := strings.LastIndexAny(strings.TrimRight(p, ".! "), ".!")
	if i < 0 {
		return true
	}
	last := l.analyse(ctx, p[i+1:])
	return len(last.scope.occupations) > 0 || len(last.careers) > 0 || hasAny(last, "he", "she", "him", "her", "his", "they", "their", "them", "that", "this", "it")
}

// storyAfter reports whether the part p stands after the message's last
// question mark and only tells, sentence by sentence ("Which cloud
// platforms does the guide name? I'm 40, an IT manager in Ohio. My wife is
// a nurse and she's the one who said I should learn something."): the
// asker's story, told after the question, is no question of its own.
func storyAfter(text, p string) bool {
	q := strings.LastIndexByte(text, '?')
	f := strings.Fields(p)
	if q < 0 || len(f) == 0 {
		return false
	}
	if lead := strings.Join(f[:min(2, len(f))], " "); strings.LastIndex(text, lead) < q { // (a part is its piece's fields, "and" and commas cut)
		return false
	}
	for _, sentence := range strings.FieldsFunc(p, func(r rune) bool { return r == '.' || r == '!' }) {
		if asksInSentence(sentence) {
			return false
		}
	}
	return true
}

// storyOnly reports whether the part p of text only tells: it is no
// question in text, and it is two sentences or more, each opening with
// the asker or someone of theirs ("I'm …", "my wife is …") and none
// asking.
func (l *Library) storyOnly(text, p string) bool {
	if strings.Contains(text, p+"?") {
		return false
	}
	if !strings.Contains(p, ". ") {
		// "Torn between culinary school and a CS degree, and I'm staying
		// in California either way. What's the median there …": the
		// first clause of a sentence that ends with a full stop, tells
		// of the asker and asks nothing
		at := strings.Index(text, p+", ")
		if at < 0 || strings.ContainsAny(p, "()") || strings.Contains(p, "n't") || strings.Contains(p, "n’t") {
			return false // (not a piece cut inside brackets, nor a negation: "I don't have any degree, …")
		}
		end := strings.IndexAny(text[at:], ".?!")
		if end < 0 || text[at+end] != '.' {
			return false
		}
		sentence := text[at : at+end]
		if asksInSentence(sentence) || !slices.ContainsFunc(words(sentence), func(w string) bool { return tellers[w] }) {
			return false
		}
		// (not a condition or a job the answer reads: "no degree, but I've
		// got side projects.", "I've been a software engineer for 6 years,
		// mostly Java.")
		q := l.analyse(context.Background(), p)
		return len(q.scope.occupations) == 0 && !q.switcher && !negates(q.words) &&
			!slices.ContainsFunc(q.words, func(w string) bool { return w == "no" || w == "without" || w == "dont" || w == "never" }) // (negates reads "not")
	}
	for _, sentence := range strings.FieldsFunc(p, func(r rune) bool { return r == '.' || r == '!' }) {
		f := afterOpeners(words(sentence), 1)
		if len(f) == 0 || !tellers[f[0]] && !possessive[f[0]] || asksInSentence(sentence) {
			return false
		}
	}
	return true
}

// asksInSentence reports whether a sentence that is no question (it ends
// with a full stop) still asks or requests something: a question's
// opening word ("what", "how", "is"), or a word of request ("tell me",
// "I'd like to know", "wondering", "please").
func asksInSentence(s string) bool {
	f := words(s)
	if len(f) == 0 {
		return false
	}
	if startsQuestion(f[0]) || len(f) > 1 && (f[0] == "so" || f[0] == "and" || f[0] == "also" || f[0] == "but" || f[0] == "ok" || f[0] == "okay" || f[0] == "then") && startsQuestion(f[1]) {
		return true
	}
	for i, w := range f {
		switch w {
		case "know", "wonder", "wondering", "curious", "tell", "give", "list", "show", "explain", "share", "recommend", "suggest", "advise",
			"please", "pls", "plz", "help", "compare", "question", "questions", "asking", "ask", "what", "which", "how":
			return true
		case "like", "love":
			if i > 0 && (f[i-1] == "d" || f[i-1] == "would") {
				return true // "I'd like the median"
			}
		}
	}
	return false
}

// onePart reports that splitParts(text) is text alone, without the slice
// it returns: the usual question, one plain piece with no digit (texts
// with one are left to splitParts, where numberedRE may cut them).
func onePart(text string) bool {
	return !hasDigit(text) && onePlainPiece(text) && !listsInline(text) && !listsLettered(text)
}

// listsInline reports whether text holds two or more of one of the
// inlineItems separators.
func listsInline(text string) bool {
	if strings.HasPrefix(text, "- ") && !strings.Contains(text, "\n") {
		text = " " + text
	}
	for _, sep := range inlineItems {
		if k := strings.Index(text, sep); k >= 0 && strings.Contains(text[k+len(sep):], sep) {
			return true
		}
	}
	return false
}

// onePlainPiece reports whether split, cut at "?", ";" and newlines as
// splitParts cuts it, has at most one piece that is not blank, and that
// piece no separator splitAnd cuts at: the usual question, which
// splitParts returns whole. The cuts are ASCII bytes, which no other
// character's UTF-8 contains, so the text is cut by bytes without a slice
// of its pieces.
func onePlainPiece(split string) bool {
	piece, n := "", 0
	for rest := split; ; {
		i := indexPartEnd(rest)
		p := rest
		if i >= 0 {
			p = rest[:i]
		}
		if p = strings.TrimSpace(p); p != "" {
			if n++; n > 1 {
				return false
			}
			piece = p
		}
		if i < 0 {
			break
		}
		rest = rest[i+1:]
	}
	return n == 0 || !hasSeparator(piece)
}

// hasSeparator reports whether splitAnd could cut s: whether one of its
// words is a separator ("and", "also", "plus", "+", "&", any case) or ends
// with a comma. Without one, s is one piece, and most questions have none.
func hasSeparator(s string) bool {
	if isASCII(s) {
		return hasSeparatorASCII(s)
	}
	for w := range strings.FieldsSeq(s) {
		if strings.HasSuffix(w, ",") || strings.EqualFold(w, "and") || w == "n" || strings.EqualFold(w, "also") ||
			strings.EqualFold(w, "plus") || w == "+" || w == "&" {
			return true
		}
	}
	return false
}

// indexPartEnd is strings.IndexAny(s, "?;\n") without building the set
// on every call (ASCII bytes are never part of another character).
func indexPartEnd(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '?' || c == ';' || c == '\n' {
			return i
		}
	}
	return -1
}

// hasSeparatorASCII is hasSeparator of ASCII text, its words cut and
// compared byte by byte (strings.Fields and EqualFold of ASCII).
func hasSeparatorASCII(s string) bool {
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !asciiSpaceByte(s[j]) {
			j++
		}
		if w := s[i:j]; w != "" && (w[len(w)-1] == ',' || w == "+" || w == "&" || w == "n" ||
			foldIs(w, "and") || foldIs(w, "also") || foldIs(w, "plus")) {
			return true
		}
		i = j
	}
	return false
}

// asciiSpaceByte reports whether b is white space strings.Fields cuts
// ASCII text at.
func asciiSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r'
}

// foldIs reports whether the ASCII word w is the lower-case word low in
// any case.
func foldIs(w, low string) bool { return len(w) == len(low) && hasFoldASCII(w, low) }

// firstAsking keeps n of the parts, in order: those that ask something (a
// question word) first, then the others. A long post tells a story before
// its questions ("bootcamp grad here, 31, … what does an entry level
// software engineer make in austin").
func firstAsking(parts []string, n int) []string {
	asks := func(p string) bool {
		ws := words(p)
		if len(ws) > 1 && ws[0] == "which" && (possessive[ws[1]] || subjectPronoun[ws[1]]) {
			ws = ws[1:] // "…, which my principal says makes me overqualified": a relative clause, no question
		}
		for _, w := range ws {
			switch w {
			case "what", "whats", "which", "how", "where", "who", "when", "why":
				return true
			}
		}
		for _, sentence := range strings.FieldsFunc(p, func(r rune) bool { return r == '.' || r == '!' || r == ',' }) {
			if f := strings.Fields(sentence); len(f) > 0 && startsQuestion(f[0]) {
				return true // "dad's a pipefitter. … Is that true"
			}
		}
		return false
	}
	var keep []int
	for i, p := range parts {
		if len(keep) < n && asks(p) {
			keep = append(keep, i)
		}
	}
	// Then those right before a part kept, nearest first: the condition a
	// question is put under ("… If I become an ML engineer and stay in
	// this city, what's the median?") rather than the story that opens
	// the post.
	for d := 1; d < len(parts) && len(keep) < n; d++ {
		for _, k := range slices.Clone(keep) {
			if i := k - d; i >= 0 && len(keep) < n && !slices.Contains(keep, i) {
				keep = append(keep, i)
			}
		}
	}
	for i := range parts {
		if len(keep) < n && !slices.Contains(keep, i) {
			keep = append(keep, i)
		}
	}
	slices.Sort(keep)
	out := make([]string, 0, n)
	for _, i := range keep {
		out = append(out, parts[i])
	}
	return out
}

// examples reports whether a piece gives examples of the one before it:
// "which online courses, like Coursera or fast.ai, are recommended?".
func examples(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 0 && (f[0] == "like" || f[0] == "e.g." || f[0] == "eg" || f[0] == "including" || len(f) > 1 && f[0] == "such" && f[1] == "as")
}

// predicate reports whether a piece goes on with the verb of the one
// before: "…, are recommended for beginners?".
func predicate(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 0 && (f[0] == "are" || f[0] == "is" || f[0] == "was" || f[0] == "were")
}

// alsoAsks reports whether a piece announces a question of its own: "also
// can I work fully remote?".
func alsoAsks(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 3 && (f[0] == "also" || f[0] == "and" || f[0] == "plus") && startsQuestion(f[1])
}

// whichOfTwo reports whether a short piece asks which of the two things
// the piece before sets side by side wins ("apprenticeship vs the permit
// step, which takes longer?"): one question.
func whichOfTwo(s, prev string) bool {
	f := words(s)
	if len(f) == 0 || len(f) > 5 || f[0] != "which" && f[0] != "whichever" && f[0] != "who" {
		return false
	}
	if !slices.ContainsFunc(f, func(w string) bool { return comparatives[w] }) {
		return false
	}
	return slices.ContainsFunc(words(prev), func(w string) bool { return w == "vs" || w == "versus" || w == "or" || w == "compared" })
}

// comparatives weigh two things.
var comparatives = setOf("longer", "shorter", "quicker", "faster", "slower", "cheaper", "pricier", "costlier", "more", "less", "fewer", "better", "worse", "higher", "lower", "bigger", "harder", "easier")

// alternative reports whether a piece offers the other answer to the
// question before it: "do certs expire, or are they good for life?".
func alternative(s string) bool {
	f := strings.Fields(strings.ToLower(strings.TrimLeft(s, " ,")))
	return len(f) > 0 && (f[0] == "or" || f[0] == "or,")
}

// choices reports whether p lists the alternatives a short "which"
// question before it chooses between: "which grows faster, dream
// cartographer or quantum gardener jobs?" is one question.
func choices(prev, p string) bool {
	f := leadWords(prev, 6) // (six words are enough to know it is more than five)
	if len(f) == 0 || len(f) > 5 || f[0] != "which" && f[0] != "who" {
		return false
	}
	for _, w := range words(p) {
		if w == "or" || w == "vs" || w == "versus" {
			return true
		}
	}
	return false
}

// toldOnly reports whether a piece only tells something about the asker
// or someone in their life: it opens with "I" ("she's", "he", "we") and
// no word of it asks or requests.
func toldOnly(p string) bool {
	f := words(p)
	if len(f) == 0 || !tellers[f[0]] && !(len(f) > 1 && possessive[f[0]] && relations[f[1]]) {
		return false // (a person in their life: "my dad's a math teacher")
	}
	for _, w := range f {
		switch w {
		case "know", "wonder", "wondering", "curious", "tell", "need", "want", "wanna", "looking", "like", "should", "could", "would", "can", "please", "pls", "help":
			return false
		}
		if startsQuestion(w) {
			return false
		}
	}
	return true
}

// lastSentence is the last sentence of the words in cur, joined: the
// words after the last one ending with a full stop ("Two questions from a
// career changer. I've spent six years as a line cook").
func lastSentence(cur []string) string {
	k := len(cur) - 1
	for k > 0 && !strings.HasSuffix(cur[k-1], ".") {
		k--
	}
	return strings.Join(cur[k:], " ")
}

// stateCode reports whether a field is a state's two-letter code in
// capitals ("MA", "NY,").
func stateCode(f string) bool {
	f = strings.Trim(f, ",.;:!?")
	if len(f) != 2 || f != strings.ToUpper(f) {
		return false
	}
	_, ok := lookupStateWord(f)
	return ok
}

// dropAskingFor cuts a remark after the last question mark that says why
// or for whom the asker asks ("twitch streamer income? asking for my future
// career"): no question of its own, and its words are no topic.
func dropAskingFor(text string) string {
	k := strings.LastIndexByte(text, '?')
	if k < 0 || k == len(text)-1 {
		return text
	}
	if rest := strings.TrimSpace(text[k+1:]); rest != "" && askingFor(rest) {
		return text[:k+1]
	}
	return text
}

// askingFor reports whether a piece says why or for whom the asker asks
// ("asking for my future career", "just curious", "for a friend"): no
// question of its own.
func askingFor(p string) bool {
	f := words(p)
	if len(f) < 2 || slices.ContainsFunc(f, whWord) {
		return false
	}
	return f[0] == "asking" && (f[1] == "for" || f[1] == "because" || f[1] == "bc" || f[1] == "since") ||
		f[0] == "just" && (f[1] == "curious" || f[1] == "wondering") || f[0] == "for" && (f[1] == "a" || f[1] == "my") && len(f) <= 4
}

// relativeTells reports whether a piece tells what someone in the asker's
// life is, does or says ("my mom says both are made up jobs"), asking
// nothing.
func relativeTells(p string) bool {
	f := words(p)
	if len(f) < 3 || !possessive[f[0]] || !relations[f[1]] || slices.ContainsFunc(f, whWord) {
		return false
	}
	switch f[2] {
	case "says", "said", "thinks", "thought", "told", "keeps":
		return true
	case "wants", "needs", "would", "asks", "asked", "wonders", "wondered":
		return false // "my son wants to know the salary in Texas": a question put through the asker
	}
	if len(f) > 3 && (f[2] == "is" || f[2] == "was" || f[2] == "s") && strings.HasSuffix(f[3], "ing") && f[3] != "asking" && f[3] != "wondering" {
		// "… employed in New York state? My son is weighing whether the
		// market there is big enough.": what they are doing, told
		return true
	}
	switch f[2] {
	case "is", "was", "a", "an":
		// "… how often do you have to renew them? my dad's a pilot and
		// has to renew everything": whose job it is, told after the
		// question, not a question of its own
		return f[2] == "a" || f[2] == "an" || len(f) > 3 && (f[3] == "a" || f[3] == "an")
	}
	return false
}

// relativeDoes reports whether p tells what someone in the asker's life
// does, in the present ("my sister teaches 3rd grade in Fresno and thinks
// tech pay is exaggerated"): told, not asked (not "my son wants to know
// …", a question put through the asker).
func (l *Library) relativeDoes(p string) bool {
	f := words(p)
	if len(f) < 4 || !possessive[f[0]] || !relations[f[1]] {
		return false
	}
	if f[2] == "is" && strings.HasSuffix(f[3], "ing") && gerund(l.m.lex, f[3]) && f[3] != "wondering" && f[3] != "asking" {
		return true // "My daughter is mapping out where to move after culinary school." (where: a clause of what she does)
	}
	if slices.ContainsFunc(f, whWord) {
		return false
	}
	switch f[2] {
	case "wants", "needs", "asks", "wonders", "does", "has", "is":
		return false
	}
	v, ok := strings.CutSuffix(f[2], "s")
	return ok && (l.m.lex.Verb(v) || strings.HasSuffix(v, "e") && l.m.lex.Verb(strings.TrimSuffix(v, "e")))
}

// tellers open a piece that tells: the asker, or a person the asker
// speaks of ("she's going the ML engineer route and I want to cook in
// orbit").
var tellers = setOf("i", "im", "ive", "she", "shes", "he", "hes", "we", "our", "they", "theyre")

// rankWord reports whether a field is a word that ranks ("lowest",
// "highest", "cheapest", "most").
func (l *Library) rankWord(f string) bool {
	w := strings.ToLower(strings.Trim(f, ",.?!"))
	return l.m.index[w]["most"] || l.m.index[w]["least"]
}

// rankTail reports whether the fields after an "and" ask only for the
// other end of a ranking ("which has the fewest?", "which one the
// least", "what about the lowest one"): a rank word and words that point
// back, nothing of its own.
func (l *Library) rankTail(fields []string) bool {
	ranked := false
	for _, f := range fields {
		w := strings.ToLower(strings.Trim(f, ",.?!"))
		switch {
		case l.rankWord(w):
			ranked = true
		case !rankTailWords[w]:
			return false
		}
	}
	return ranked
}

var rankTailWords = setOf("which", "what", "whats", "about", "one", "ones", "has", "have", "is", "the", "in", "of", "them", "guide", "guides", "table", "listed", "your", "ur")

// binomial pairs are fixed phrases joined by "and" ("back and forth",
// "pros and cons"): one phrase, never two questions.
var binomial = setOf("back forth", "pros cons", "ups downs", "on off", "trial error", "more more", "again again", "here there",
	"now then", "nuts bolts", "bread butter", "research development", "black white", "day night", "give take", "hit miss",
	"supply demand", "sick tired", "far wide", "rise fall", "by large", "odds ends", "dos don'ts", "do's don'ts", "salt pepper", "rock roll")

// fillers are the words of talk before a question that ask nothing: "…
// and like what certs should i get", "um how long".
var fillers = setOf("like", "um", "uh", "umm", "oh")

// splitAnd splits "X and Y", "X + Y", "X, Y" into questions of their own:
// the text is cut at every separator, a piece that asks nothing by itself
// ("what is it in California") stays with the piece before it, and pieces
// that ask the same kind of thing ("salary in CA and NY") stay together.
// sentenceAddsUp reports whether the sentence around fields[i] asks for
// prices added up ("total", "combined", "together", "sum", "add up", with
// a word of cost and none of time).
func sentenceAddsUp(fields []string, i int) bool {
	ends := func(w string) bool {
		return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!")
	}
	from := i
	for from > 0 && !ends(fields[from-1]) {
		from--
	}
	to := i
	for to < len(fields)-1 && !ends(fields[to]) {
		to++
	}
	sum, money := false, false
	for k := from; k <= to; k++ {
		w := strings.ToLower(strings.Trim(fields[k], ",.?!:;()\"'"))
		switch w {
		case "total", "combined", "altogether", "together", "sum", "summed":
			sum = true
		case "add":
			sum = sum || k+1 <= to && strings.HasPrefix(strings.ToLower(fields[k+1]), "up")
		case "cost", "costs", "price", "prices", "fee", "fees", "dollars", "spend", "$":
			money = true
		case "time", "years", "long", "duration", "durations", "months":
			return false // "total time to get in and the cheapest cert": two questions
		}
		money = money || strings.HasPrefix(w, "$")
	}
	return sum && money
}

func (l *Library) splitAnd(s string) []string {
	if !hasSeparator(s) {
		return []string{s} // one piece: what the cutting below would return
	}
	var pieces []string
	fields := strings.Fields(s)
	cur := make([]string, 0, len(fields)) // reused: Join copies each piece
	flush := func() {
		if len(cur) > 0 {
			pieces = append(pieces, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	betweenOpen := false // "between" waits for its "and"
	for i, w := range fields {
		lw := strings.ToLower(w)
		if w == "n" {
			lw = "and" // chat's "n": "median pay n growth rate n openings"
		}
		if strings.Trim(lw, ",.") == "between" {
			betweenOpen = true
		}
		switch {
		case (lw == "and" || lw == "&") && betweenOpen:
			cur = append(cur, w) // "the gap between CA and MA": one question
			betweenOpen = false
		case lw == "and" && i > 0 && i+1 < len(fields) && binomial[strings.ToLower(fields[i-1])+" "+strings.ToLower(strings.TrimRight(fields[i+1], ",.!"))]:
			cur = append(cur, w) // "going back and forth": one phrase
		case lw == "and" && i+1 < len(fields) && (strings.EqualFold(fields[i+1], "into") || strings.EqualFold(fields[i+1], "onto")):
			cur = append(cur, w) // "models out of the lab and into production": one way, from and to
		case lw == "and" && i > 0 && i+1 < len(fields) && relations[strings.ToLower(strings.Trim(fields[i-1], ",.!?"))] &&
			(fields[i+1] == "I" || fields[i+1] == "i" || strings.EqualFold(fields[i+1], "me")):
			cur = append(cur, w) // "My partner and I made a spreadsheet": one subject
		case lw == "and" && i > 0 && i+1 < len(fields) && l.rankWord(fields[i-1]) && (l.rankWord(fields[i+1]) || i+2 < len(fields) && strings.EqualFold(fields[i+1], "the") && l.rankWord(fields[i+2])):
			cur = append(cur, w) // "the lowest and the highest pay": two ends of one thing
		case lw == "and" && i+1 < len(fields) && slices.ContainsFunc(cur, l.rankWord) && l.rankTail(fields[i+1:]):
			cur = append(cur, w) // "which has the most … and which has the fewest?": the other end of one ranking
		case lw == "and" && i > 0 && i+1 < len(fields) && stateCode(fields[i-1]) && stateCode(fields[i+1]):
			cur = append(cur, w) // "the medians for CA, WA, NY and MA": one list of states
		case (lw == "and" || lw == "plus" || lw == "+" || lw == "&") && i > 0 && sentenceAddsUp(fields, i):
			cur = append(cur, w) // "the total cost of the AWS and Google ML certs together?": one sum
		case lw == "and" && len(cur) >= 2 && i+1 < len(fields) && l.doerVerbs(cur, fields[i+1]):
			cur = append(cur, w) // "people who build and deploy AI models": two verbs of one doer
		case lw == "and" && len(cur) > 0 && toldOnly(lastSentence(cur)):
			cur = append(cur, w) // "I'm finishing a stats degree and …": what the asker tells, then the question
		case lw == "and" || lw == "also" || lw == "plus" || lw == "+" || lw == "&":
			flush()
		case strings.HasSuffix(w, ",") && i+1 < len(fields) && stateCode(w) && stateCode(fields[i+1]):
			cur = append(cur, w) // "CA, WA, NY and MA"
		case strings.HasSuffix(w, ",") && i+1 < len(fields) && startsQuestion(fields[i+1]) && l.openerOnly(append(cur, w)):
			// "Start to finish, how long …", "Money-wise, how do …":
			// a lead-in to the question, not a question of its own
			cur = append(cur, w)
		case strings.HasSuffix(w, ",") && i+1 < len(fields) && startsQuestion(fields[i+1]) && l.opensSentence(cur):
			// "… two paths. In New York, what's the median …": a new
			// sentence's opening words belong to its question.
			cur = append(cur, w)
		case strings.HasSuffix(w, ",") && len(pieces) == 0 && i+1 < len(fields) && toldOnly(fields[i+1]) && l.askerLabel(append(cur, w)):
			// "fine arts grad, I'm good at drawing. how long is …": who
			// asks, then what they tell and ask; no question of its own
			cur = append(cur, w)
		case strings.HasSuffix(w, ","):
			cur = append(cur, strings.TrimSuffix(w, ","))
			flush()
		default:
			cur = append(cur, w)
		}
	}
	flush()
	if len(pieces) < 2 {
		return []string{s}
	}
	var parts []string
	var partIntents []map[string]bool
	afterExamples := false // the piece before gave examples: "which courses, like X, are recommended?"
	for _, p := range pieces {
		in := l.intentsOf(p)
		if n := len(parts); n > 0 {
			f := strings.Fields(p)
			for len(f) > 3 && fillers[strings.ToLower(f[0])] {
				f = f[1:] // "… and like what certs should i get": a filler before the question
			}
			asks := len(f) > 2 && startsQuestion(f[0]) && !relativeWhich(p) // "…, and which state pays best": a question of its own
			same := len(in) == 0 && !asks || asideOnly(p) || relativeWhich(p) || alternative(p) || examples(p) || afterExamples && predicate(p) || choices(parts[n-1], p) ||
				!asks && bothDo(words(p)) || // "what do X and Y each make"
				!asks && namesGoOn(parts[n-1], p) // "where you work with PyTorch, Ray and Kubeflow every day"
			// (not "permit fee, cheapest cert": listed items, each asking a
			// kind of its own; "cheapest and priciest certs" asks one)
			kind := func(k string) bool { return l.m.headIntent[k] && k != "cost" } // (a cost is of something)
			shared, fresh, headed := false, false, false
			for k := range partIntents[n-1] {
				headed = headed || kind(k)
			}
			for k := range in {
				shared = shared || partIntents[n-1][k]
				fresh = fresh || !partIntents[n-1][k] && kind(k) && headed && !in["education"] && !partIntents[n-1]["education"]
			}
			if pf := leadWords(parts[n-1], 2); len(pf) > 1 && (pf[0] == "of" || pf[0] == "among" || pf[0] == "out" && pf[1] == "of") && !slices.ContainsFunc(words(parts[n-1]), startsQuestion) {
				// "Of all the certs across every career here, which single
				// one is cheapest?": the set the question picks from
				same = true
			}
			listed := len(f) <= 6 && len(strings.Fields(parts[n-1])) <= 8 // (items of a list, not a story's clauses)
			same = same || shared && !(fresh && listed) && !asks
			// "priciest cert for dream surveyors, and how much is it?": the
			// price of the one the piece before picks
			same = same || len(f) <= 5 && listed && refersBack(p) && (len(in) == 0 || len(in) == 1 && in["cost"]) && partIntents[n-1][bot.KindCerts] &&
				slices.ContainsFunc(words(parts[n-1]), func(w string) bool { return l.m.index[w]["most"] || l.m.index[w]["least"] })
			// "what's the AWS ML specialty cert about, and price?": a bare
			// word asking the price of the certificate the piece before names
			same = same || len(f) <= 2 && (len(in) == 0 || len(in) == 1 && in["cost"]) && l.namesOneCert(parts[n-1])
			// "ppl who analyze data in spreadsheets all day, sal?": chat
			// shorthand alone, asking of what the piece before (which asks
			// nothing) describes
			if before := words(parts[n-1]); len(f) == 1 && len(before) > 4 && !startsQuestion(before[0]) {
				same = same || l.m.intentShorthand(strings.ToLower(strings.Trim(f[0], "?!.,"))) != ""
			}
			afterExamples = examples(p)
			if same {
				parts[n-1] += " " + p
				for k := range in {
					partIntents[n-1][k] = true
				}
				continue
			}
		}
		parts = append(parts, p)
		partIntents = append(partIntents, in)
	}
	joined := make([]bool, len(parts)) // a piece a condition was joined to: it opens with the condition, not as one
	for i := 0; i+1 < len(parts); i++ {
		if f := words(parts[i]); len(f) > 0 && subordinate[f[0]] && !joined[i] && !slices.ContainsFunc(f[1:], whWord) { // (not "if i go the MLE route: how long does it take": its question in it)
			// "If I fail the exam, how soon can I retake it?": one question.
			// ("if i go the MLE route, how long does it take, do I need a
			// master's, and what's the median?": the condition joins the
			// first question; the others stay questions of their own)
			nf := words(parts[i+1])
			parts[i+1] = parts[i] + ", " + parts[i+1]
			joined[i+1] = !(len(nf) > 0 && subordinate[nf[0]])
			for k := range partIntents[i] {
				partIntents[i+1][k] = true
			}
			parts, partIntents, joined = append(parts[:i], parts[i+1:]...), append(partIntents[:i], partIntents[i+1:]...), append(joined[:i], joined[i+1:]...)
			for i+1 < len(parts) && joined[i] && asksBack(parts[i+1]) {
				// "If I want to cook in orbit, which certificate is mandatory
				// … and what does it cost?": a question about what the one
				// the condition joined picks stays with it
				parts[i] += ", " + parts[i+1]
				for k := range partIntents[i+1] {
					partIntents[i][k] = true
				}
				parts, partIntents, joined = append(parts[:i+1], parts[i+2:]...), append(partIntents[:i+1], partIntents[i+2:]...), append(joined[:i+1], joined[i+2:]...)
			}
			i--
		}
	}
	if n := len(parts); n > 1 {
		if f := words(parts[n-1]); len(f) > 0 && (subordinate[f[0]] || f[0] == "assuming" || f[0] == "supposing" || f[0] == "provided") && !joined[n-1] && !asksInSentence(parts[n-1]) {
			// "what would an ML engineer earn in the Evergreen State,
			// assuming I get hired there next year?": a condition after the
			// last question is that question's
			parts[n-2] += ", " + parts[n-1]
			parts, partIntents = parts[:n-1], partIntents[:n-1]
		}
	}
	if len(parts) < 2 {
		return []string{s}
	}
	if f := strings.Fields(parts[0]); (len(partIntents[0]) == 0 || asideOnly(parts[0])) && !(len(f) > 2 && startsQuestion(f[0])) {
		// A first piece that asks nothing ("for ML engineers,") joins the next.
		parts[1] = parts[0] + " " + parts[1]
		parts = parts[1:]
	}
	if len(parts) < 2 {
		return []string{s}
	}
	return parts
}

// opensSentence reports whether the words since the last sentence's end
// in cur (one at least before them) ask nothing: "In New York" in "… two
// paths. In New York".
func (l *Library) opensSentence(cur []string) bool {
	for j := len(cur) - 1; j > 0; j-- {
		if w := cur[j-1]; len(w) > 2 && (strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!")) && !strings.HasSuffix(w, "..") {
			return !subordinate[strings.ToLower(cur[j])] && len(l.intentsOf(strings.Join(cur[j:], " "))) == 0
		}
	}
	return false
}

// bareAsk reports whether a piece is one or two words that only name
// again what the piece before asks ("what do ppl who map dreams make?
// median?"): that question, not one about every career.
func (l *Library) bareAsk(s, before string) bool {
	f := words(s)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	for _, w := range f {
		if l.m.intentShorthand(w) != "" {
			continue // "…, sal?"
		}
		if l.m.index[w] == nil && !l.m.stop[w] {
			return false
		}
	}
	prev := l.intentsOf(before)
	for k := range l.intentsOf(s) {
		if !prev[k] {
			return false // "… 2) cost": a question of its own
		}
	}
	return true
}

// askerLabel reports whether the words of cur, opening a message, only
// label the asker ("fine arts grad", "night-shift nurse", "mom of two"):
// four words or fewer, no question word, and the last a person or one
// who studies.
func (l *Library) askerLabel(cur []string) bool {
	f := words(strings.Join(cur, " "))
	if len(f) == 0 || len(f) > 4 || slices.ContainsFunc(f, startsQuestion) || slices.ContainsFunc(f, l.isCareerWord) {
		return false
	}
	last := f[len(f)-1]
	return l.m.lex.Person(l.m.lex.Singular(last)) || studentWord[last]
}

// studentWord are the words, not all persons to WordNet, that label an
// asker by their studies.
var studentWord = setOf("grad", "grads", "graduate", "student", "major", "undergrad", "alum", "alumni", "dropout")

// openerOnly reports whether the words since the last sentence's end
// are a lead-in of at most three words that asks nothing: "start to
// finish", "money-wise", "realistically".
func (l *Library) openerOnly(cur []string) bool {
	k := len(cur) - 1 // the lead-in starts after the last sentence's end before its last word
	for k > 0 && !(len(cur[k-1]) > 2 && (strings.HasSuffix(cur[k-1], ".") || strings.HasSuffix(cur[k-1], "!"))) {
		k--
	}
	f := words(strings.Join(cur[k:], " "))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	if len(f) == 3 && f[0] != "end" && wholeSpan(f[0], f[1], f[2]) {
		return true
	}
	if len(f) == 1 && strings.HasSuffix(f[0], "wise") && len(f[0]) > 5 {
		return true // "money-wise" (read as one word or two)
	}
	if len(f) == 2 && f[1] == "wise" {
		return true
	}
	for _, w := range f {
		if !strings.HasSuffix(w, "ly") || !l.m.lex.Adverb(w) || l.m.lex.Noun(w) || l.m.lex.Verb(w) {
			return false
		}
	}
	return true // "realistically", "honestly"
}

// relativeWhich reports whether a piece is a clause about the one before
// it, not a question: "…, which is wild because I'm from a town of 2000.
// What does Netflix pay?" ("which" and a verb, and a sentence after it).
func relativeWhich(p string) bool {
	f := strings.Fields(strings.ToLower(p))
	if len(f) < 3 || f[0] != "which" || !strings.Contains(p, ". ") {
		return false
	}
	switch f[1] {
	case "is", "was", "means", "meant", "made", "makes", "sounds", "seems", "has", "had":
		return true
	}
	return false
}

// bothDo reports whether "each" or "both" stands in f as the subject's
// ("dream cartographers each make"), not after a preposition ("the number
// employed for both": a question of its own about both).
func bothDo(f []string) bool {
	for i, w := range f {
		if (w == "each" || w == "both") && i > 0 {
			switch f[i-1] {
			case "for", "of", "in", "to", "from", "about", "with", "on":
			default:
				return true
			}
		}
	}
	return false
}

// numberedRE finds list markers that separate questions: "1) ... 2) ...",
// "(1) ... (2) ...".
var numberedRE = mustGuard(`(^|\s)\(?\d[).]\s`)

// openEnded are the words a question left open before a list ends on.
var openEnded = setOf("for", "of", "in", "on", "about", "between", "to", "with")

// letteredRE finds list markers by letter: "a) … b) …", "(a) … (b) …".
var letteredRE = regexp.MustCompile(`(^|\s)\(?[a-e]\)\s`)

// listsLettered reports whether text lists items by letter.
func listsLettered(text string) bool { return letteredItems(text) != nil }

// letteredItems is where text's letter markers stand when it lists items
// by letter, "a)" and "b)" at least (the regexp runs only when both are
// typed); nil otherwise.
func letteredItems(text string) [][]int {
	if !strings.Contains(text, "a)") || !strings.Contains(text, "b)") {
		return nil
	}
	at := letteredRE.FindAllStringIndex(text, -1)
	if len(at) < 2 || slices.ContainsFunc(words(text[:at[0][0]]), func(w string) bool { return w == "which" || w == "who" }) {
		// (not "which state pays the most? A) Washington B) California":
		// the options of one question)
		return nil
	}
	return at
}

// inlineItems are the separators that list items within a line.
var inlineItems = []string{" / ", " • ", "• ", " | ", " - "}

// bulletRE matches a bullet opening a line ("- ", "* ", "• ").
var bulletRE = regexp.MustCompile(`(?m)^[ \t]*[-*•][ \t]+`)

// itemMark marks where a numbered item began once its number is cut
// (a control byte, which the router refuses in any message).
const itemMark = "\x1f"

// subordinate words open a clause that belongs to the question after it.
var subordinate = setOf("if", "when", "once", "since", "because", "although", "though", "after", "before", "while", "unless", "given")

// startsQuestion: the word after "and" opens a question of its own.
func startsQuestion(w string) bool {
	switch strings.ToLower(strings.Trim(w, ",.")) {
	case "what", "whats", "what's", "which", "how", "where", "is", "are", "do", "does", "can", "should", "who", "when", "why", "will":
		return true
	}
	return false
}

func (l *Library) intentsOf(s string) map[string]bool {
	out := map[string]bool{}
	ws := words(s)
	var odd []int // words no dictionary or guide knows
	for i, w := range ws {
		if sh := l.m.intentShorthand(w); sh != "" {
			ws[i] = sh // "mle: sal, …": the word chat shorthand stands for
			continue
		}
		if len(w) >= 4 && l.m.index[w] == nil && !l.m.stop[w] && !l.vocab.known(w) && !l.m.lex.Word(w) && isAlpha(w) &&
			!l.m.lex.VerbForm(w) && !l.m.lex.Word(l.m.lex.Singular(w)) { // ("switched", "cartographers": words, inflected)
			odd = append(odd, i)
		}
	}
	if len(odd) <= 2 && isASCII(s) { // (not a message in another language: "c'est quoi le salaire médian")
		for _, i := range odd {
			if c := l.vocab.correct(ws[i]); l.m.index[c] != nil && bot.Levenshtein(ws[i], c, 2) <= 2 {
				ws[i] = c // "dream cartgrapher salry in NV": its intent, as read whole (not "overqualified")
			}
		}
	}
	q := &question{intents: map[string]int{}, m: l.m, words: ws}
	l.countIntents(q)
	for i, w := range ws {
		if (w == "state" || w == "states") && i > 0 && slices.ContainsFunc(ws[max(0, i-3):i], func(x string) bool { return l.m.index[x]["most"] || l.m.index[x]["least"] }) {
			out["rank"] = true // "top state", "lowest paying state": a ranking asked of its own
		}
	}
	for k := range q.intents {
		if !l.m.headIntent[k] {
			delete(q.intents, k) // "most", "state", "compare" qualify; they are not questions of their own
		}
	}
	if durationQuestion(q) {
		out["duration"] = true
	}
	for k := range q.intents {
		out[k] = true
	}
	return out
}

// asksBoth reports whether words ask about two things named before:
// "both", "each", "those two".
func asksBoth(ws []string) bool {
	for i, w := range ws {
		if w == "both" || w == "each" || w == "two" && i > 0 && (ws[i-1] == "those" || ws[i-1] == "these" || ws[i-1] == "the") {
			return true
		}
	}
	return false
}

// bothJobs reports whether words ask of two jobs together: "both jobs",
// "both careers", "each path", "for each" (not "both exciting and
// terrifying", "each time").
func bothJobs(ws []string) bool {
	for i, w := range ws {
		if w != "both" && w != "each" {
			continue
		}
		if i+1 == len(ws) {
			return true
		}
		switch ws[i+1] {
		case "jobs", "job", "careers", "career", "paths", "path", "roles", "role", "fields", "field", "options", "of", "one", "over", "need", "needs", "pay", "take", "takes", "require", "requires", "in":
			return true
		}
	}
	return false
}

// wholeNamed is the one guide whose topic words (words only it uses and
// keeps coming back to, not its name: "superposition", "seedlings") a whole
// message uses two or more of, with no other guide's name used but as
// someone else's job ("my aunt, a chef") and no other guide's topic word
// beside a weak topic; nil otherwise (and with a library large enough to
// route by its term table, which says so itself).
func wholeNamed(lib *Library, whole *question) *bot.Guide {
	if lib.terms == nil || lib.terms.routes() || len(lib.Guides) < 2 {
		return nil
	}
	ctx := context.Background()
	topic := map[int32]map[string]bool{} // per guide, its topic words the message uses
	others := map[int32]bool{}           // guides whose name is used
	for i, w := range whole.words {
		if whole.taken[i] || lib.m.stop[w] || !hasLetter(w) || lib.m.index[w] != nil || lib.m.lex.Time(w) {
			continue // (a span of time, "next week", is no guide's topic)
		}
		v := lib.terms.sole(w)
		if v < 0 {
			continue
		}
		if titleWord(lib, lib.Guides[v], w) {
			if !relativesJob(whole.words, i) {
				others[v] = true // ("quantum computing hardware": a guide's name, of another field or asked about)
			}
			continue // ("my aunt, a chef": someone else's job names no guide here)
		}
		if lib.Searcher.DocFreq(ctx, w) < 2 {
			continue
		}
		if topic[v] == nil {
			topic[v] = map[string]bool{}
		}
		topic[v][stem(w)] = true
	}
	var strong []int32
	for v, ts := range topic {
		if len(ts) >= 2 {
			strong = append(strong, v)
		}
	}
	if len(strong) != 1 {
		return nil // none, or two guides' topics
	}
	found := strong[0]
	for v, ts := range topic {
		if v != found && len(ts) == 1 && len(topic[found]) < 4 {
			return nil // a word of another guide beside a weak topic
		}
	}
	for v := range others {
		if v != found {
			return nil
		}
	}
	return lib.Guides[found]
}

// listTells reports whether an item of a list only tells: it opens on the
// asker or someone in their life ("I'm taking it next Friday", "she's
// stuck", "got an offer with no bonus"), has no question word and no
// question mark after it in text.
func listTells(p, text string) bool {
	if strings.Contains(text, strings.TrimSpace(p)+"?") || asksInSentence(p) {
		return false
	}
	ws := words(p)
	return len(ws) >= 2 && tellOpeners[ws[0]] && !slices.ContainsFunc(ws, func(w string) bool { return questionWords[w] })
}

// questionWords ask wherever they stand in a piece.
var questionWords = setOf("what", "whats", "which", "how", "hows", "why", "when", "where", "who")

// tellOpeners open an item that tells about the asker or someone in
// their life.
var tellOpeners = setOf("i", "im", "ive", "my", "we", "were", "our", "she", "shes", "he", "hes", "they", "theyre", "got", "keeps", "been", "just")

// listsItems reports whether text lists its questions as items: numbered,
// bulleted, cut by two or more of one inline separator or semicolon.
func listsItems(text string) bool {
	return strings.Count(text, ";") >= 2 || listsInline(text) ||
		hasDigit(text) && len(numberedRE.FindAllStringIndex(text, 2)) > 1 ||
		listsLettered(text) ||
		strings.Contains(text, "\n") && len(bulletRE.FindAllStringIndex(text, 2)) > 1
}

// statesHeld are the states a part naming none is asked of: every state
// the message names, or in a list of items ("MLE sal / certs / CA pay?")
// those named by the items before it (before, the states named so far).
func statesHeld(whole *question, before []string, listed bool) []string {
	if listed {
		return before
	}
	names := make([]string, 0, len(whole.states))
	for _, st := range whole.states {
		names = append(names, st.Name)
	}
	return names
}

// multiPart answers each part and joins the replies in one answer.
func (e *Engine) multiPart(ctx context.Context, req *bot.Request, lib *Library, text string, parts []string) (*bot.Answer, error) {
	var out *bot.Answer
	// A career named once ("salary, growth and openings for ML engineers")
	// holds for every part that names none.
	analysed := map[string]*question{}
	partQ := func(p string) *question { // each part read once
		if pq, ok := analysed[p]; ok {
			return pq
		}
		pq := lib.analyse(ctx, p)
		analysed[p] = pq
		return pq
	}
	if len(parts) > 1 && listsItems(text) {
		// "my mom's a high school teacher and thinks ML is a fad lol. -
		// what's the growth number i can show her - and median pay": an
		// item that only tells is left out before the message is read
		// whole, so the job told in it is not what the others ask about;
		// unless the others name no career or job of their own and it told
		// one ("… torn between becoming an electrician and an HVAC tech. …
		// 1) which pays more there"): theirs is then the job told.
		var asked []string
		toldJob := false
		for _, p := range parts {
			if !listTells(p, text) {
				asked = append(asked, p)
			} else if tq := partQ(p); len(tq.scope.occupations) > 0 && len(tq.careers) == 0 {
				toldJob = true
			}
		}
		if len(asked) > 1 && len(asked) < len(parts) {
			if aq := lib.analyse(ctx, strings.Join(asked, " ")); !toldJob || len(aq.careers) > 0 || len(aq.scope.occupations) > 0 {
				parts = asked
			}
		}
	}
	whole := lib.analyse(ctx, strings.Join(parts, " "))
	if len(whole.careers) == 0 && len(whole.scope.occupations) == 0 && req.Option("career") == "" {
		// "My sister-in-law does quantum gardening in Oregon and she's
		// always tired … What does a typical day look like, …": a career
		// named in a sentence that asks nothing, left out of the parts.
		if w := lib.analyse(ctx, text); len(w.careers) == 1 && len(w.scope.occupations) == 0 {
			whole.careers = w.careers
		}
	}
	if len(whole.careers) == 0 && req.Option("career") == "" {
		if g := lib.gerundInContext(whole); g != nil {
			// "a special add-on credential for baking in zero gravity … What's
			// that endorsement called, what does it cover, …": a guide's work
			// named by its verb beside a word only it uses.
			whole.careers, whole.scope.occupations, whole.scope.generic = []*bot.Guide{g}, nil, nil
		} else if g := lib.storyGuide(whole); g != nil && len(whole.scope.occupations) > 0 && !whole.scope.plain && slices.ContainsFunc(parts, func(p string) bool {
			pq := partQ(p)
			return len(pq.careers) == 0 && len(pq.scope.occupations) == 0 && pointsBack(pq.words)
		}) {
			// "I was a florist for 9 years … I've been curious about the
			// gardening jobs where you grow plants in two states at once …
			// What's the median pay in Colorado for that?": the work the
			// story describes in one guide's words is what "that" asks
			// about, not the asker's own job.
			whole.careers, whole.scope.occupations, whole.scope.generic = []*bot.Guide{g}, nil, nil
		} else if g := lib.numberedStepGuide(whole); g != nil && len(whole.scope.occupations) == 0 {
			// "what's in step 4, the permit one, and how long does it
			// take?": the one guide whose fourth step is the permit's.
			whole.careers = []*bot.Guide{g}
		} else if g := lib.namedCertGuide(whole); g != nil {
			// "My boss wants me to get the Decoherence Blight Specialist
			// cert. How much does it cost?": a certificate named once says
			// which career every part is about.
			whole.careers = []*bot.Guide{g}
		} else if u := cmp.Or(wholeNamed(lib, whole), wholeNamed(lib, lib.analyse(ctx, text))); u != nil && len(whole.scope.occupations) == 0 &&
			!slices.ContainsFunc(parts, func(p string) bool {
				// (not "My partner, a pharmacist, found a list …": someone in
				// the asker's life, unless a part asks of them: "what does
				// she make?")
				pq := partQ(p)
				return len(pq.scope.occupations) > 0 && !(lib.someoneElse(pq.words) && !slices.ContainsFunc(parts, func(o string) bool {
					return o != p && hasAny(partQ(o), "he", "she", "him", "her", "his")
				}))
			}) {
			// "… wanna start small in the superposition gardening world. …
			// What's the cheapest credential, what does it cost?": the words
			// only one guide uses, across the message, say which career the
			// parts that name none are about.
			whole.careers = []*bot.Guide{u}
		}
	}
	if len(whole.careers) < 2 && len(whole.scope.occupations) == 0 && req.Option("career") == "" && slices.ContainsFunc(parts, func(p string) bool { return bothJobs(partQ(p).words) }) {
		// "He'd build AI systems, I'd cook on an orbital station … What are
		// the California medians for both jobs? Our mom wants to referee.":
		// the two careers the message names, asked of both.
		if a, b := lib.twoNamed(lib.analyse(ctx, text)); a != nil && (len(whole.careers) == 0 || whole.careers[0] == a || whole.careers[0] == b) {
			whole.careers = []*bot.Guide{a, b}
		}
	}
	if len(whole.careers) > 0 && req.Option("career") == "" && twoSentences(text) && strings.Contains(text, "?") {
		// "My brother-in-law is an ML engineer and says … What's the median
		// salary for UX designers in California?": the career told of
		// someone, the occupation asked about in a part.
		if lib.careersToldOnly(ctx, text) {
			whole.careers = nil
			if len(whole.scope.occupations) == 0 {
				whole.scope = lib.analyse(ctx, text).scope
			}
		}
	}
	if len(whole.careers) > 0 && weighed(whole) && careersAsOrigin(whole) {
		// "I'm an ML engineer thinking about becoming a data engineer. What
		// do data engineers make and how long does it take to switch?"
		whole.careers = nil
	}
	if req.Option("career") == "" {
		if a := e.crossCerts(lib, whole); a != nil {
			return a, nil // "required cert cost: X's … vs Y's …": one question
		}
		if asksAcross(whole) { // (the parts' words say whether it asks over the careers; only then is the message read whole again)
			if wq := lib.analyse(ctx, text); len(wq.careers) == 0 && len(wq.scope.occupations) == 0 && asksAcross(wq) {
				if a := e.careersTable(lib, wq); a != nil {
					// "… out of the four careers you have guides for. … Which
					// one has the shortest path, and how long is it?": one
					// table answers every part
					return a, nil
				}
			}
		}
	}
	if req.Option("career") == "" && len(whole.careers) == 1 && comparesUnguided(whole) && !slices.ContainsFunc(parts, func(p string) bool {
		// (not "ML engineer vs data scientist, what's the difference? and
		// what do MLEs earn": the figures asked of the guide's career alone,
		// in a part of their own)
		pq := partQ(p)
		return len(pq.careers) > 0 && len(pq.scope.occupations) == 0 && figures(pq) && !pq.has("compare") && !hasAny(pq, "which", "whichever", "than")
	}) {
		// "Should he become a cybersecurity analyst instead of an ML
		// engineer? Which one pays better?"
		ownAsked := slices.ContainsFunc(parts, func(p string) bool {
			// (not "… vs accountants - what's the ML number?": the guide's
			// own figure asked in a part of its own, weighing nothing)
			pq := partQ(p)
			return len(pq.careers) > 0 && len(pq.scope.occupations) == 0 && !hasAny(pq, "win", "wins", "beat", "beats", "better", "higher", "more", "than", "vs", "versus", "or") &&
				!adjacent(pq.words, "same", "as") // ("… - is it the same as MLE?": the two weighed)
		})
		for _, p := range parts {
			if pq := partQ(p); !ownAsked && len(pq.careers) == 1 && comparesUnguided(pq) {
				if a, err := e.askOne(ctx, req, lib, p); err != nil || !a.Answered {
					// "Horticulturist vs quantum gardener pay? Is the quantum
					// kind worth the extra homework?": one part weighs the
					// two whole, and is refused with the guide's side
					return a, err
				}
			}
		}
		a, err := e.askOne(ctx, req, lib, strings.Join(parts, ". "))
		if err == nil && a.Answered && strings.HasPrefix(a.Body, "There's no guide for "+whole.scope.occupations[0]+", so these figures") && !ownAsked {
			// "product manager vs ML engineer job growth, does MLE win?":
			// the parts read together gave the guide's figures beside the
			// other side's lack of a guide; the comparison is what is asked
			a = e.noGuideFor(lib, whole)
			a.Body = comparedRefusal(lib, whole.scope.occupations, ownFigure(whole, whole.careers[0]))
		}
		return a, err
	}
	if req.Option("career") == "" && len(whole.careers) == 2 && slices.ContainsFunc(parts, func(p string) bool {
		pq := partQ(p)
		return len(pq.careers) == 0 && hasAny(pq, "which", "whichever") &&
			hasAny(pq, "more", "faster", "quicker", "better", "higher", "fewer", "less", "cheaper", "longer", "shorter") ||
			len(pq.careers) < 2 && figures(pq) && asksBoth(pq.words) && !slices.ContainsFunc(parts, func(o string) bool {
				// "What are the median salaries for both of those jobs in New
				// York?" (not "… which state pays quantum gardeners the most?
				// Just the top state and its median for each": asked apart)
				oq := partQ(o)
				return o != p && len(oq.careers) == 1 && figures(oq)
			})
	}) {
		// "I'm torn between two weird paths: quantum gardener or dream
		// cartographer. I love plants … Which pays more nationally?": the
		// two careers named in one part are what the question in another
		// compares.
		return e.askOne(ctx, req, lib, strings.Join(parts, ". "))
	}
	if req.Option("career") == "" && len(whole.careers) == 0 && (len(whole.scope.occupations) > 0 ||
		slices.ContainsFunc(parts, func(p string) bool { return storyAfter(text, p) && len(partQ(p).scope.occupations) > 0 })) {
		// "Which cloud ML platforms does the guide talk about? I'm 40, an
		// IT manager … My wife is a nurse and she's the one who said I
		// should learn something.": jobs told in the story after the
		// question are not what it asks about.
		var asked []string
		for _, p := range parts {
			if !storyAfter(text, p) {
				asked = append(asked, p)
			}
		}
		if len(asked) > 0 && len(asked) < len(parts) {
			if len(asked) == 1 {
				return e.askOne(ctx, req, lib, asked[0])
			}
			parts = asked
			whole = lib.analyse(ctx, strings.Join(parts, " "))
		}
	}
	// wholeHead: the guide whose own worker the whole message's occupation
	// is, named in that guide's words ("a licensed surveyor … field survey
	// apprenticeship"), read once for the checks below
	var wholeHead *bot.Guide
	// asksGuide reports whether a part's question sentence names or
	// describes a guide's career, or points back at one the story around
	// it describes: not the job told in the story ("… my sister is an ER
	// nurse … For cooking aboard an orbital station, which certificate do I
	// need …?", "… my husband is a surf instructor … I've always wanted to
	// cook for orbital crews. How many people do that job in Hawaii").
	focusOcc := -1 // whether some part's question sentence names an occupation: 1 yes, 0 no, -1 not read yet
	partAsksGuide := func(p string) bool {
		if len(lib.Guides) < 2 {
			return false // (one guide: the message names no other career to tell apart)
		}
		f := lib.focusText(p)
		if f == p {
			return false
		}
		if !asksInSentence(f) && len(lib.intentsOf(f)) == 0 {
			return false // ("Not mapping dreams, actually treating people.": no question)
		}
		fq := lib.analyse(ctx, f)
		if len(fq.scope.occupations) > 0 {
			return false
		}
		if len(fq.careers) > 0 || lib.storyGuide(fq) != nil {
			return true
		}
		if !pointsBack(fq.words) {
			return false
		}
		if focusOcc < 0 {
			focusOcc = 0
			for _, o := range parts {
				if len(lib.analyse(ctx, lib.focusText(o)).scope.occupations) > 0 {
					focusOcc = 1 // ("What does a clinical psychologist earn, and how many years of school is it?": it is theirs)
				}
			}
		}
		return focusOcc == 0 && lib.storyGuide(lib.analyse(ctx, p)) != nil
	}
	guideAsked := map[string]bool{} // partAsksGuide's answers, each part read once
	asksGuide := func(p string) bool {
		v, ok := guideAsked[p]
		if !ok {
			v = partAsksGuide(p)
			guideAsked[p] = v
		}
		return v
	}
	if req.Option("career") == "" && len(whole.careers) == 0 && len(whole.scope.occupations) > 0 {
		if g := e.labelGuide(ctx, lib, text, whole); g != nil {
			// "nurse on nights. the cert for nightmares, what does it cost
			// and what's it for?": the job is the asker's label, and the
			// questions after it name one guide's own thing; each part is
			// asked of that guide.
			return e.multiPart(ctx, forCareer(req, g), lib, text, parts)
		}
		wholeHead = lib.headInContext(whole)
	}
	if req.Option("career") == "" && len(whole.careers) == 0 && len(whole.scope.occupations) > 0 && !lib.introHereOnly(whole) &&
		e.occupationInContext(ctx, lib, whole) == nil && genericOnly(whole) == nil && wholeHead == nil {
		if !slices.ContainsFunc(parts, asksGuide) {
			// "actuary exams and salary?": every part is about the actuary.
			return e.noGuideFor(lib, whole), nil
		}
		// The parts that ask of the guide's career, or ask at all: not a
		// piece of the story cut at its "and" ("my mom teaches physics at
		// my old high school").
		var asked []string
		for _, p := range parts {
			if asksGuide(p) || strings.Contains(text, p+"?") {
				asked = append(asked, p)
			}
		}
		if len(asked) == 1 {
			return e.askOne(ctx, req, lib, asked[0])
		}
		if len(asked) > 1 && len(asked) < len(parts) {
			parts = asked
		}
	}
	if req.Option("career") == "" && len(whole.careers) == 0 && wholeHead == nil {
		// "34F, a cashier, tired of customers. Is bookkeeping a good career
		// for someone like me? What would I need to learn?": no part names
		// a guide's career, and one asks about an occupation with none; the
		// parts around it tell about the asker or ask on about that job.
		for _, p := range parts {
			pq := partQ(p)
			if len(pq.careers) == 0 && len(pq.scope.occupations) > 0 && !lib.introHereOnly(pq) &&
				e.occupationInContext(ctx, lib, pq) == nil && lib.headInContext(pq) == nil && (genericOnly(pq) == nil || len(lib.Guides) > 1) &&
				lib.askedInLast(ctx, p) && !asksGuide(p) {
				return e.noGuideFor(lib, pq), nil
			}
		}
	}
	if len(parts) > 1 && listsItems(text) {
		// "signing bonuses / how much / got an offer with none / wondering
		// if that's normal": an item of a list that only tells is no
		// question of its own
		var asked []string
		cond := "" // an item that only sets a condition ("If I fail the AWS exam"): the next one's
		for _, p := range parts {
			if ws := words(p); len(ws) > 1 && subordinate[ws[0]] && !strings.Contains(text, strings.TrimSpace(p)+"?") && !asksInSentence(p) {
				cond = strings.TrimSpace(cond + " " + p + ",")
				continue
			}
			if cond != "" {
				p, cond = cond+" "+p, ""
			}
			if !listTells(p, text) {
				asked = append(asked, p)
			}
		}
		if cond != "" && len(asked) > 0 {
			asked[len(asked)-1] += ", " + strings.TrimSuffix(cond, ",") // ("MLE pay / top state / if I moved to CA": said after, of the last)
		}
		if len(asked) == 1 {
			return e.askOne(ctx, req, lib, asked[0])
		}
		if len(asked) > 1 {
			parts = asked
		}
	}
	prevKind := "" // what the part before was answered from
	if len(whole.careers) > 0 {
		// "Orbital chef vs quantum gardener: which is faster to get into?
		// I'm 21, a culinary school dropout. My mom's a nurse and wants me
		// to pick one.": parts that only tell about the asker's life are
		// context for the part that asks.
		var asked []string
		for _, p := range parts {
			if !lib.tellsOnly(partQ(p), p) {
				asked = append(asked, p)
			}
		}
		if len(asked) == 1 {
			return e.askOne(ctx, req, lib, asked[0])
		}
		if len(asked) > 1 {
			parts = asked
		}
	}
	var wholeOne *bot.Guide // the guide the whole message names by two words only it uses (worked out on first need)
	wholeNamedDone := false
	wholeGuide := func() *bot.Guide {
		if !wholeNamedDone {
			wholeOne, wholeNamedDone = lib.oneGuideNamed(dropStateWords(whole.words)), true
			if s := askedSentence(text); wholeOne == nil && s != "" {
				// "I'm in Phoenix because the dry air helps my lungs. What's
				// the pay and how many are employed for dreamscape mapping in
				// Arizona?": the sentence that asks names the guide, the one
				// told before it a word of another's
				wholeOne = lib.oneGuideNamed(dropStateWords(words(s)))
			}
		}
		return wholeOne
	}
	prevAnswered := ""        // the career the part before was answered for
	prevCareer := ""          // the career the part before was answered for, found from its own words
	var prevRefused *question // the part before, refused for an occupation no guide covers
	var statesBefore []string // the states the parts before name
	var lacked *bot.Answer    // the part before's answer, when it asked a point its guide lacks
	var last *bot.Answer      // the answer shown last, and where its head ends in out.Body
	lastHeadEnd := 0
	listed := listsItems(text)
	var refusal *bot.Answer // every part's answer so far, when each was the same refusal
	sameRefusal := true
	for _, shown := range parts {
		if sq := partQ(shown); len(sq.careers) == 0 && len(sq.scope.occupations) > 0 && (len(whole.careers) == 1 || req.Option("career") != "") {
			// "I've been offered a dreamscape survey apprenticeship. … He's
			// an electrician and wants to buy a house. How long is the
			// apprenticeship": the part's question, the career found from
			// the whole message, without the story told before it
			shown = lib.withoutToldJobs(shown)
		}
		p := shown
		preq := req
		pq := partQ(p)
		refused := prevRefused
		prevRefused = nil
		if prevCareer != "" && req.Option("career") == "" && len(whole.careers) == 0 && len(pq.careers) == 0 && len(pq.scope.occupations) == 0 &&
			(pointsBack(pq.words) || len(lib.Guides) > 1 && lib.oneGuideNamed(dropStateWords(lib.contentWords(pq, nil))) == nil) {
			// "which job uses Kubeflow and Ray, and what's the median pay
			// for it?": the career the first part found is what "it" is;
			// so it is for a part with no word of one guide's own
			// ("cooking in zero g — what's the median pay, and how high
			// does the range go?").
			r := *req
			r.Options = map[string]string{"career": prevCareer}
			preq = &r
		}
		if req.Option("career") == "" && len(whole.careers) == 0 && len(pq.careers) == 0 && len(lib.Guides) > 1 {
			// "EMT, 34. if I started from zero today, how long until I'm
			// cooking on a space station?": a part with no word of one
			// guide's own, or one telling the asker's own job with no noun
			// of another guide's, is asked of the guide the whole message
			// names by two words only it uses, not guessed apart.
			cw := dropStateWords(lib.contentWords(pq, nil))
			if k := strings.LastIndex(p, ". "); k >= 0 && len(pq.scope.occupations) == 0 {
				cw = dropStateWords(lib.contentWords(partQ(p[k+2:]), nil)) // (the part's own asking sentence, not the one told before it)
			}
			if g := wholeGuide(); g != nil && (len(pq.scope.occupations) == 0 && lib.terms.onlyGuideOf(cw) < 0 ||
				whole.scope.background != "" && len(whole.scope.occupations) == 0 && !lib.ownNounBut(cw, g)) {
				r := *req
				r.Options = map[string]string{"career": g.Slug}
				preq = &r
			}
		}
		if wholeHead != nil && preq.Option("career") == "" && len(pq.careers) == 0 && len(pq.scope.occupations) > 0 {
			// "Field survey apprenticeship under a licensed surveyor: how
			// long, and how many complete sheets?": the worker the whole
			// message names in one guide's own words is that guide's
			r := *req
			r.Options = map[string]string{"career": wholeHead.Slug}
			preq = &r
		}
		if req.Option("career") == "" && len(whole.careers) == 1 && len(pq.careers) == 0 &&
			!(len(pq.scope.occupations) == 0 && otherGuideNamed(lib, pq, whole.careers[0], listed)) && // (not "What do people who ship ML models to prod make in California, and what about cooks on space stations?": each part its own)
			!(len(pq.scope.occupations) > 0 && (figures(pq) || !pq.switcher && pq.intentCount() > 0 && asksOpenly(pq.words) && namedOutright(pq) && !tellsOwn(pq.words)) && len(pq.words) > 0 && pq.words[0] != "i" && pq.words[0] != "im" && pq.words[0] != "my") {
			// (not "how much do data scientists make? … easier to break
			// into than MLE", "… and do baristas need any cert at all?":
			// the part about the other job stays its own)
			r := *req
			r.Options = map[string]string{"career": whole.careers[0].Slug}
			preq = &r
		}
		if prevKind != "" && req.Option(contextKindOption) == "" && len(pq.careers) == 0 &&
			onlyIntents(pq, "cost", "most", "least") && !durationQuestion(pq) && (refersBack(p) || len(pq.words) <= 3 || pq.intentCount() > 0 && hasAny(pq, "one", "ones") ||
			hasAny(pq, "one", "ones", "any") && hasAny(pq, "need", "needed", "require", "required")) { // ("… and do I even need one")
			// "what cert do I need first, and how much is it?", "is there an
			// AWS cert? price?", "do I need a cert? and if so which one's
			// cheapest": a later part that names no topic asks about the
			// one before, as a follow-up in a conversation would.
			r := *preq
			r.Options = maps.Clone(preq.Options)
			if r.Options == nil {
				r.Options = map[string]string{}
			}
			r.Options[contextKindOption] = prevKind
			preq = &r
		}
		if prevKind != "" && req.Option(contextKindOption) == "" && preq.Option(contextKindOption) == "" && (len(pq.states) > 0 || len(pq.careers) == 1 && pq.careers[0].Slug != prevAnswered) &&
			len(pq.scope.occupations) == 0 && pq.intentCount() == 0 && !durationQuestion(pq) && !hasAll(pq, "how", "many") && elliptic(lib, pq) {
			// "cert required for orbital chefs? and what about ML
			// engineers, same deal?": the part before's topic, asked of
			// the career or state this part names.
			r := *preq
			r.Options = maps.Clone(preq.Options)
			if r.Options == nil {
				r.Options = map[string]string{}
			}
			r.Options[contextKindOption] = prevKind
			if len(pq.careers) == 1 && r.Options["career"] == "" {
				r.Options["career"] = pq.careers[0].Slug
			}
			preq = &r
			var named []string // the part as what it names ("what about ML engineers, same deal?"): no word of its own to search
			for _, c := range pq.careers {
				named = append(named, c.Title)
			}
			for _, st := range pq.states {
				named = append(named, "in "+st.Name)
			}
			p = "what about " + strings.Join(named, " ")
		}
		if held := statesHeld(whole, statesBefore, listed); len(pq.states) == 0 && len(held) > 0 && (!pq.has("most") && !pq.has("least") || refersBack(p) && yesNoOpen(p)) &&
			!(hasAny(pq, "national", "nationally", "nationwide") && hasAny(pq, "range", "spread") && !hasAny(pq, "compare", "above", "below", "than", "vs")) && // ("…, plus the national range": the nation's)
			(pq.has("salary") || pq.has("employed") || len(lib.intentsOf(p)) == 0 || refersBack(p) && !pq.hasSectionIntent() && !durationQuestion(pq)) {
			// (or a part pointing back at the pay just asked: "golden state
			// ml eng median pay?? is it worth the brutal cost of living")
			// "... California ... Washington? By how much is each above the
			// national median?": the states hold for the later part too.
			p += " in " + strings.Join(held, " and ")
		}
		for _, st := range pq.states {
			if !slices.Contains(statesBefore, st.Name) {
				statesBefore = append(statesBefore, st.Name)
			}
		}
		if c := wholeCert(lib, whole); c != nil && refersBack(p) && !slices.Contains(pq.certWord, true) {
			// "How many questions are on the Databricks exam, and how long
			// is it?": "it" is the certificate named before.
			p = "the " + c.Name + ", " + p
		}
		var a *bot.Answer
		var err error
		if refused != nil && req.Option("career") == "" && len(pq.careers) == 0 && len(pq.scope.occupations) == 0 && pointsBack(pq.words) {
			// "prompt engineer salary? is that even a real job?": "that" is
			// the occupation the part before was refused for.
			a = e.noGuideFor(lib, refused)
		} else if lacked != nil && listed && len(pq.careers) == 0 && len(pq.scope.occupations) == 0 && len(pq.states) == 0 && len(pq.words) <= 4 &&
			onlyIntents(pq, "salary", "cost") && !slices.Contains(pq.certWord, true) {
			// "do MLEs get signing bonuses / how much / typically": more of
			// the point the part before asked, which the guide lacks
			a = lacked
		} else if lacked != nil && refersBack(p) && len(pq.careers) == 0 && len(whole.careers) == 0 && len(pq.scope.occupations) == 0 && len(pq.states) == 0 && wholeCert(lib, whole) == nil &&
			len(lib.contentWords(pq, nil)) == 0 && lib.unknownLack(ctx, lacked) {
			// "hazmat endorsement cost + how long does it take": "it" is the
			// thing the part before asked, which the guide lacks
			a = lacked
		} else if a, err = e.askOne(ctx, preq, lib, p); err != nil {
			a = bot.ErrorAnswer(err)
		}
		lacked = nil
		if !a.Answered && a.Career != "" && strings.HasPrefix(a.Title, "Not in the guide: ") {
			lacked = a
		}
		if !a.Answered && a.Career == "" && len(pq.careers) == 0 && len(pq.scope.occupations) > 0 {
			prevRefused = pq
		} else if refused != nil && !a.Answered && a.Career == "" {
			prevRefused = refused
		}
		if sameRefusal = sameRefusal && !a.Answered && a.Career == "" && (refusal == nil || refusal.Title == a.Title && refusal.Body == a.Body); sameRefusal {
			refusal = a
		}
		if a.Answered && a.Kind != "" {
			prevKind = a.Kind
		}
		prevAnswered = a.Career
		prevCareer = ""
		if a.Answered && len(pq.careers) == 0 && preq.Option("career") == "" {
			prevCareer = a.Career
		}
		if out == nil {
			out = &bot.Answer{Answered: a.Answered, Career: a.Career, Source: a.Source, FollowUps: a.FollowUps, Note: a.Note,
				Title: "Your questions"}
			if strings.Contains(a.Title, " vs ") {
				// "More openings per year: dream cartographers or quantum
				// gardeners? I'm 23 …": both careers compared, not the
				// one that wins
				out.Title += " · " + a.Title
			} else if a.Career != "" {
				if g, ok := lib.Guide(a.Career); ok {
					out.Title += " · " + g.Title
				}
			}
		} else {
			out.Answered = out.Answered || a.Answered
			if a.Answered {
				// "… for a machine learning engineer, and … for an orbital
				// chef?": a part answered for another career (or comparing
				// two) offers a follow-up for it too
				out.FollowUps = addCareerFollowUps(out.FollowUps, a.FollowUps)
			}
		}
		head := strings.TrimRight(strings.TrimSpace(shown), ",;:.!?") + "?" // ("CA median,", "… security guard.": the part's own end mark goes)
		if last != nil && last.Title == a.Title && last.Body == a.Body && lastHeadEnd > 0 {
			// "do MLEs get signing bonuses? how much?": one reply under both
			out.Body = out.Body[:lastHeadEnd] + " " + head + out.Body[lastHeadEnd:]
			lastHeadEnd += 1 + len(head)
			continue
		}
		lastHeadEnd = len(out.Body) + len("**") + len(head)
		if out.Body != "" {
			lastHeadEnd += len("\n\n")
		}
		last = a
		appendReply(out, head, a)
	}
	if sameRefusal && refusal != nil {
		return refusal, nil // every part refused alike: said once
	}
	return out, nil
}

// addCareerFollowUps adds to have the first of more's follow-ups for each
// career have offers none for, five at most in all (a row of buttons),
// the last place going to the newest career.
func addCareerFollowUps(have, more []bot.FollowUp) []bot.FollowUp {
	for _, f := range more {
		c := f.Options["career"]
		if c == "" || slices.ContainsFunc(have, func(h bot.FollowUp) bool { return h.Options["career"] == c }) {
			continue
		}
		have = append(slices.Clip(have), f)
		if len(have) > 5 {
			have = append(have[:4:4], have[len(have)-1])
		}
	}
	return have
}

// otherGuideNamed reports whether a part that asks (or an item of a list)
// names by its own words, two only it uses, a guide other than g.
func otherGuideNamed(lib *Library, pq *question, g *bot.Guide, listed bool) bool {
	if len(pq.words) == 0 || !startsQuestion(pq.words[0]) && !listed {
		return false // (a part that tells, "My editor wants hard numbers", names no guide of its own; an item of a list asks, "2) median for cooking on a space station")
	}
	o := lib.oneGuideNamed(dropStateWords(pq.words))
	return o != nil && o != g
}

// wholeCert is the one certificate a multi-part message names, if any.
func wholeCert(lib *Library, whole *question) *bot.Cert {
	g := lib.certGuide(whole)
	if g == nil && len(lib.Guides) == 1 {
		g = lib.Guides[0]
	}
	if g == nil {
		return nil
	}
	return matchCert(whole, g)
}

// introHereOnly reports whether the one occupation a message names opens
// it as the asker's introduction ("Bartender here. Which tools track ML
// experiments, and …?") and words of the guides' own follow: background,
// not what the parts ask about.
func (l *Library) introHereOnly(q *question) bool {
	if len(q.scope.occupations) != 1 {
		return false
	}
	n := len(strings.Fields(q.scope.occupations[0]))
	return n < len(q.words) && q.words[n] == "here" && l.guideTermAfter(q.words, n)
}

// asksOpenly reports whether a part opens with its question, after a
// joining word ("and do baristas need any cert?"), not with a story.
func asksOpenly(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "and", "also", "plus", "so", "but", "oh":
			continue
		}
		return startsQuestion(w)
	}
	return false
}

// namedOutright reports whether the occupations a question reads are
// named by their own words ("baristas"), not worked out from a verb ("a
// cert for dealing with it" is no dealer's).
func namedOutright(q *question) bool {
	for _, o := range q.scope.occupations {
		f := strings.Fields(strings.ToLower(o))
		if !slices.Contains(q.words, f[len(f)-1]) && !slices.Contains(q.words, f[len(f)-1]+"s") {
			return false
		}
	}
	return true
}

// tellsOwn reports whether words tell of the asker ("I'm 35 and a
// night-shift security guard").
func tellsOwn(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return w == "im" || w == "m" || w == "am" || w == "my" || w == "ive" })
}

// elliptic reports whether a part says nothing but the career or state it
// names and words that point back ("and what about ML engineers, same
// deal?", "and in Texas?", "how about orbital chefs too"): a question
// asked again of another subject.
func elliptic(lib *Library, q *question) bool {
	if len(q.words) > 8 {
		return false
	}
	for k, w := range q.words {
		if !q.taken[k] && !lib.m.stop[w] && !ellipsisWords[w] {
			return false
		}
	}
	return true
}

// ellipsisWords ask a question again of another subject.
var ellipsisWords = setOf("what", "about", "how", "and", "same", "deal", "thing", "question", "story", "for", "too", "also", "then", "ok", "okay")

// unknownLack reports whether a lacking answer is for words no guide
// uses at all ("Not in the guide: hazmat"): a thing of another world, not a
// point of the guide's own asked in other words.
func (l *Library) unknownLack(ctx context.Context, a *bot.Answer) bool {
	what, ok := strings.CutPrefix(a.Title, "Not in the guide: ")
	ws := words(what)
	if !ok || len(ws) == 0 || l.Searcher == nil {
		return false
	}
	for _, w := range ws {
		if l.Searcher.Known(ctx, w) || l.vocab.known(w) {
			return false
		}
	}
	return true
}

// refersBack reports whether a part points back at something named before
// ("how long is it?", "does it expire?").
// asideOnly reports whether a piece only sets something aside ("leaving
// pay out of it", "certs aside"): no question of its own, but a condition
// on the one beside it.
func asideOnly(p string) bool {
	f := words(p)
	if len(f) == 0 || len(f) > 6 || slices.ContainsFunc(f, whWord) {
		return false
	}
	k := slices.Index(f, "aside")
	return k > 0 && (k+1 == len(f) || f[k+1] != "from") || (f[0] == "leaving" || f[0] == "leave" || f[0] == "setting" || f[0] == "putting") && slices.Contains(f, "out")
}

// asksBack reports whether p asks about something named before it: "it"
// or "its", or "is that …" ("what does it cost", "is that the lowest").
func asksBack(p string) bool {
	g := words(p)
	return refersBack(p) || len(g) > 1 && g[1] == "that" && (g[0] == "is" || g[0] == "does" || g[0] == "was")
}

func refersBack(p string) bool {
	for _, w := range words(p) {
		switch w {
		case "it", "its":
			return true
		}
	}
	return false
}

// yesNoOpen reports whether p opens as a yes-or-no question ("is it the
// bottom of the list", "does it pay the most").
func yesNoOpen(p string) bool {
	f := words(p)
	return len(f) > 0 && (f[0] == "is" || f[0] == "does" || f[0] == "are" || f[0] == "do")
}

// onlyIntents reports whether every intent a question has is one of these
// (or it has none): "how much is it?" asks a price of something named
// before; "growth rate?" asks for a fact of its own.
func onlyIntents(q *question, allowed ...string) bool {
	for k, n := range q.intents {
		if n > 0 && !slices.Contains(allowed, k) {
			return false
		}
	}
	return true
}

// tellsOnly reports whether a part of a message only tells about the asker
// or someone in their life (a job, an age) and asks nothing: it opens with
// "I", "my" or an age, names no career and has no question word.
func (l *Library) tellsOnly(q *question, p string) bool {
	if len(q.words) == 0 || len(q.careers) > 0 || l.namedCertGuide(q) != nil {
		return false
	}
	switch w := q.words[0]; {
	case w == "i" || w == "im" || w == "my" || w == "we" || w == "our" || ageLike(w):
		// "I'm 21, a culinary school dropout", "My mom's a nurse"
	default:
		return false
	}
	for _, w := range q.words {
		switch w {
		case "how", "what", "which", "why", "when", "where", "who", "should", "can", "could", "would", "is", "are", "do", "does":
			return false
		}
	}
	return len(q.scope.occupations) > 0 || q.switcher
}

// someoneElse reports whether words open on someone in the asker's life:
// "my sister", "my best friend", "our CTO" (a relation or a person noun
// after "my" or "our", within two words).
func (l *Library) someoneElse(ws []string) bool {
	if len(ws) < 2 || ws[0] != "my" && ws[0] != "our" {
		return false
	}
	for _, w := range ws[1:min(3, len(ws))] {
		if relations[w] || l.m.lex.Person(w) && !l.isCareerWord(w) {
			return true
		}
	}
	return false
}

// refines reports whether a short piece narrows the question before it
// rather than asking one of its own: "median only", "just the national
// figure", "numbers please".
func refines(s string) bool {
	ws := words(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		switch w {
		case "only", "just", "please", "pls", "plz", "both", "each":
			return true // (or asks it of the two just named: "give me both medians")
		}
	}
	return false
}

// laysOut reports whether piece s asks only how the answer to the part
// before it, prev, is laid out: a word of listing or ranking and a word of
// the whole ("rank all four by headcount", "give me the full ranking, not
// just the winner", "list all of them, every category", "tabulate
// both"), in a few words that name no career and ask nothing prev does
// not.
func (l *Library) laysOut(s, prev string) bool {
	ws := words(s)
	if len(ws) == 0 || len(ws) > 9 || !slices.ContainsFunc(ws, func(w string) bool { return wholeWords[w] }) ||
		!slices.ContainsFunc(ws, func(w string) bool { return layoutWords[w] }) && len(ws) > 3 { // (or "every category", "all of them": the whole, in a word or two)
		return false
	}
	if len(l.findCareers(ws, make([]bool, len(ws)))) > 0 {
		return false
	}
	if l.wholeOnly(s) {
		return true // "every category", "list all of them": nothing but the whole
	}
	before := l.intentsOf(prev)
	for in := range l.intentsOf(s) {
		if !before[in] {
			return false // "… pay? list all the certs": a question of its own
		}
	}
	return true
}

// doerVerbs reports whether "and" between the words so far, cur, and next
// joins two verbs of someone told by what they do: "who" (or "that")
// and a verb just before it, a verb after it ("people who build and
// deploy AI models").
func (l *Library) doerVerbs(cur []string, next string) bool {
	last, before := strings.ToLower(cur[len(cur)-1]), strings.ToLower(cur[len(cur)-2])
	next = strings.ToLower(strings.Trim(next, ",.!?"))
	return (before == "who" || before == "that") && (l.m.lex.Verb(last) || l.m.lex.VerbForm(last)) &&
		(l.m.lex.CommonVerb(next) || l.m.lex.Verb(next) && !l.m.lex.Noun(next))
}

// wholeOnly reports whether s says nothing but "the whole" ("every
// category", "all of them", "list them all").
func (l *Library) wholeOnly(s string) bool {
	return !slices.ContainsFunc(words(s), func(w string) bool { return !layoutWords[w] && !wholeWords[w] && !sortWords[w] && !l.m.stop[w] })
}

var (
	layoutWords = setOf("rank", "ranking", "ranked", "list", "give", "show", "tabulate", "table", "bulleted", "bullets", "order", "ordered", "sort", "sorted")
	wholeWords  = setOf("all", "every", "full", "whole", "complete", "entire", "each", "both", "them")
	sortWords   = setOf("category", "categories", "kind", "kinds", "type", "types", "group", "groups", "one", "ones", "item", "items")
)

// namesGoOn reports whether piece p goes on a list of names that the piece
// before it ends with: both are capitalised where they meet ("… PyTorch Ray"
// and "Kubeflow every day"), and p asks nothing of its own first.
func namesGoOn(prev, p string) bool {
	pf, f := lastFields(prev, 2), leadFields(p, 1)
	if len(pf) < 2 || len(f) == 0 {
		return false
	}
	capital := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && strings.ToUpper(w) != w && !strings.HasPrefix(w, "I'") && !strings.HasPrefix(w, "I’") // a name, not an acronym ("ML") or "I'm"
	}
	return capital(pf[len(pf)-1]) && capital(f[0]) && capital(pf[len(pf)-2])
}

// leadFields is the first n whitespace-separated fields of s (fewer when
// s has fewer), found without splitting the rest: a part that grows as
// pieces join it is not split again for each.
func leadFields(s string, n int) []string {
	var out []string
	for f := range strings.FieldsSeq(s) {
		if len(out) == n {
			break
		}
		out = append(out, f)
	}
	return out
}

// leadWords is s's words up to the field that makes them n or more: the
// words opening a part, read without reading the rest.
func leadWords(s string, n int) []string {
	var out []string
	for f := range strings.FieldsSeq(s) {
		if len(out) >= n {
			break
		}
		out = append(out, words(f)...)
	}
	return out
}

// lastFields is the last n whitespace-separated fields of s, in order.
func lastFields(s string, n int) []string {
	var out []string
	end := len(s)
	for len(out) < n {
		s = strings.TrimRightFunc(s[:end], unicode.IsSpace)
		if s == "" {
			break
		}
		start := strings.LastIndexFunc(s, unicode.IsSpace) + 1
		out = append(out, s[start:])
		end = start
	}
	slices.Reverse(out)
	return out
}

// appendReply adds a reply to a joined answer's body under a bold head
// (the part asked, or the career answered for): its title, text, fields
// and bullets.
func appendReply(out *bot.Answer, head string, a *bot.Answer) {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n", head)
	if a.Title != "" {
		fmt.Fprintf(&b, "%s\n", a.Title)
	}
	b.WriteString(a.Body)
	for _, f := range a.Fields {
		fmt.Fprintf(&b, "\n- %s: %s", f.Label, f.Value)
	}
	for _, x := range a.Bullets {
		fmt.Fprintf(&b, "\n- %s", x)
	}
	if out.Body != "" {
		out.Body += "\n\n"
	}
	out.Body += b.String()
}

// namesOneCert reports whether a piece names one certificate of a guide
// by its words together ("the AWS ML specialty cert").
func (l *Library) namesOneCert(p string) bool {
	if l.namesCert(words(p)) {
		return true
	}
	q := l.analyse(context.Background(), p)
	for _, g := range l.Guides {
		if _, named := q.bestCert(g); named {
			return true
		}
	}
	return false
}
