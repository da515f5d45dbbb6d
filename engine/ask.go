package engine

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unsafe"

	"github.com/careerbot-dev/careerbot/bot"
)

// ask answers a free-text question: intents over structured facts first,
// then the section a question's words route to, then search; questions the
// guides cannot answer get Answered=false and a short note of what the bot
// can do.
func (e *Engine) ask(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
	text := strings.TrimSpace(req.Option("question"))
	if text == "" {
		text = strings.TrimSpace(req.Text)
	}
	if text == "" {
		return nil, bot.Errorf(bot.EINVALID, "Ask me a career question, e.g. \"what certifications help?\" or \"salary in California\".")
	}
	lib := e.lib(ctx)
	plain := text
	if strings.Count(text, ":") >= 2 {
		plain = shortcodeRE.ReplaceAllString(text, "") // Slack's ":palm_tree:": an emoji, no words of the question
	}
	if read := lib.emojiRead(text); read != plain && lib.emojiTells(ctx, plain, read) {
		// "🚀🍳 💰 in 📍TX?", ":money_with_wings:": pictures for words,
		// read when they tell what the words alone do not
		plain = read
	}
	text = plain
	if len(text) > 120 {
		ctx = withAnalysisMemo(ctx) // (a short question is read whole once or twice: no memo to build)
	}
	if strings.Contains(text, ". ") {
		text = dropAbbrevDots(text)
	}
	text = dropLetter(text) // "Dear Career Bot, … Kind regards, Daniel": the question between
	if strings.Contains(text, "B)") {
		text = lowerOptions(text) // "A) Washington B) California C) New York": options, not a company "C"
	}
	if req.Option("career") == "" {
		text = lib.citedAside(ctx, text) // "electrician license requirements in texas — you said MLEs need no license, what about electricians?"
		text = lib.storyTold(ctx, text)  // a long story's people and jobs are not what is asked
		if t := lib.referenceResolved(ctx, text); t != "" {
			text = t // "my sister is a nurse and I'm looking at ML engineering, what does the former pay in TX?"
		}
	}
	if strings.IndexByte(text, '#') >= 0 {
		text = channelRE.ReplaceAllString(text, "here")
	}
	if req.Option("career") == "" {
		text = dropSignedTitle(text) // "jax vs pytorch?? what does the guide say about each — 'Research Engineer, Scaling (Contract)'"
		if r, ok := lib.retracted(ctx, text); ok {
			// "how much do ML engineers make? wait sorry wrong question, I
			// meant: how much do dental hygienists make in Ohio": the last
			// question, with the first one's career when it names none
			text = r.asked
			if r.career != nil {
				req = forCareer(req, r.career)
			}
		}
	}
	if k := recencyFollowUp(text); k > 0 {
		text = text[:k] // "how long is the galley training? is that the current program length?": the question, its figures dated in the answer
	}
	if k := lib.relayed(text); k > 0 {
		text = text[k:] // "mentee asked: physicist vs ML engineer, …": the words quoted are the question
	}
	if strings.IndexByte(text, '(') >= 0 {
		text = lib.glossed(text) // "PA (physician assistant) vs MLE", "actuary (FSA) vs MLE pay?"
	}
	if strings.IndexByte(text, '@') >= 0 {
		text = handleRE.ReplaceAllString(text, "$1") // "hi, new here, @lena.w, data engineer …": a handle, no words of the question
	}
	if strings.IndexByte(text, '?') < 0 {
		if c := statementCut(text); c > 0 && lib.analyse(ctx, text).signed {
			// "what is jax and who makes it. sorry, lifeguard, new to all
			// this", "TF dev cert - what's it prove and how much $$
			// (lifeguard pay is not great lol)": the same, with no question
			// mark
			text = strings.TrimRight(text[:c], " ")
		}
	}
	if k := strings.LastIndexByte(text, '?'); k >= 0 && strings.TrimRight(text[k+1:], " \t\n.!)") != "" && lib.analyse(ctx, text).signed {
		// "what's kubeflow for?? LPN reading the tools list": the asker's
		// own job, signed after the question, is not a part asked
		text = text[:strings.LastIndexByte(text, '?')+1]
	} else if k >= 0 && req.Option("career") == "" && lib.toldJobAfter(ctx, text, k) {
		// "what does cooking in zero g pay? weighing it against staying a
		// sous chef at my hotel": a job told after a question about a
		// guide's career is the asker's context, not what is asked
		text = text[:k+1]
	} else if k >= 0 && req.Option("career") == "" && lib.asideAfter(ctx, text, k) {
		// "where are the most ML engineers employed? I want to be where
		// the herd is. moo.": a joke or aside after a whole question
		text = text[:k+1]
	} else if k >= 0 && req.Option("career") == "" && lib.unguidedBeforeStory(ctx, text, k) {
		// "how many actuarial exams are there? im a claims adjuster, my
		// wife's an MLE, my sister maps dreams": the question asks of work
		// no guide covers; the jobs told after it, careers among them, are
		// who the asker and their family are
		text = text[:k+1]
	} else if k >= 0 && req.Option("career") == "" && lib.statementAfter(ctx, text, k) {
		// "Are there ML internships for high schoolers? My son is 15 and
		// wants to start early.": what the asker tells after a whole
		// question is its context, not a part to answer.
		text = text[:k+1]
	}
	if field := lib.labelledField(text); field != "" && req.Option("career") == "" && len(lib.analyse(ctx, text).careers) == 0 {
		// "Speech therapy question: 28, ESL teacher … what do school SLPs
		// make?": the message says what it is about, a line of work no
		// guide speaks of.
		return e.noGuideNamed(lib, text, field), nil
	}
	if asked, p := lib.whoseJob(ctx, text, func(q *question) *bot.Guide { g, _ := e.guessCareer(ctx, lib, q); return g }); p != nil && req.Option("career") == "" {
		// "My sister's a data analyst at a hospital and her boyfriend is
		// an ML engineer at Meta. What certs should SHE get?": the job of
		// the person the question points to.
		if p.career == nil {
			occ := p.occ
			if strings.HasSuffix(strings.ToLower(p.named), " "+strings.ToLower(occ)) {
				occ = p.named // "air traffic controller", read as "traffic controller"
			}
			return e.noGuideNamed(lib, text, occ), nil
		}
		r := *forCareer(req, p.career)
		if aq := lib.analyse(ctx, asked); len(p.states) > 0 && hasAny(aq, "there", "here") && len(aq.states) == 0 {
			asked += " in " + p.states[0].Name // "… an orbital chef in Florida … What does her job pay there?"
		}
		if parts := lib.splitParts(asked); len(parts) > 1 {
			return e.multiPart(ctx, &r, lib, asked, parts)
		} else if len(parts) == 1 && parts[0] != asked {
			return e.askOne(ctx, &r, lib, parts[0])
		}
		return e.askOne(ctx, &r, lib, asked+"?")
	}
	if title := lib.adTitle(ctx, text); title != "" && req.Option("career") == "" {
		// "Clinical Data Coordinator — pay in Illinois?": a job ad's title,
		// no guide's.
		return e.noGuideNamed(lib, text, title), nil
	}
	text = dropAskingFor(dropManner(dropPreamble(dropNod(dropGreeting(spokenAmounts(moneySigns(text)))))))
	if !onePart(text) {
		if parts := lib.splitParts(text); len(parts) > 1 {
			if listsInline(text) && len(lib.analyse(ctx, text).careers) == 0 {
				// "pharmacist pay in CA / my roommate is an MLE / keeps
				// bragging": a line cut by slashes may be one question, its
				// pieces told around it; when the whole is about a job no
				// guide covers and names no guide's career, so is every piece.
				if a, err := e.askOne(ctx, req, lib, text); err == nil && !a.Answered && a.Career == "" {
					return a, nil
				}
			}
			return e.multiPart(ctx, req, lib, text, parts)
		} else if len(parts) == 1 && parts[0] != text {
			text = parts[0] // the question, without what someone in the asker's life does
		}
	}
	return e.askOne(ctx, req, lib, text)
}

// citeRE finds where a clause opens that cites what the bot or a guide
// said: "you said …", "you mentioned …", "the guide said …", "per the FAQ
// …", "the dream cartographer table had …", "saw alabama in the zero g
// table", "… FAQ said MLEs need no license", "the day in the life section
// for MLEs was cool".
var citeRE = regexp.MustCompile(`(?i)\b(?:you (?:said|mentioned|quoted|covered|told me|gave|listed)|per the (?:faq|guide|table)|the (?:[\w'-]+ ){0,6}?(?:section|table|faq|guide|outlook|path|one)s? (?:had|said|says|mentioned|listed|gave|got me|made me)|(?:faq|guide) (?:said|says|mentioned|listed)|the (?:[\w'-]+ ){0,6}?section (?:for|on|about) (?:[\w'-]+ ){1,3}?(?:was|is|were)|saw \w+ in the (?:[\w'-]+ ){0,4}?table)\b`)

// citedAside drops, from a message that asks about an occupation with no
// guide, the clause that cites what the bot or a guide said of a guide's
// career ("teacher salary in massachusetts — you said MLEs there get
// 165k, what do teachers get?"): the career is the asker's reference,
// not what is asked. The clause runs to the end of its sentence or to a
// dash, or to a comma before a question word. The text is kept when the
// asker tells their own job or life before the clause, when no occupation
// is left without it, or nothing of a question.
func (l *Library) citedAside(ctx context.Context, text string) string {
	loc := citeRE.FindStringIndex(text)
	if loc == nil || loc[0] == 0 {
		return text
	}
	if selfToldRE.MatchString(text[:loc[0]]) {
		return text // "data analyst here, the guide says 80% of ML work is pipelines — which tools …": the asker's own job, told
	}
	end := len(text)
	if k := strings.IndexAny(text[loc[1]:], "?.!;—–"); k >= 0 {
		end = loc[1] + k
	}
	if m := citeEndRE.FindStringIndex(text[loc[1]:end]); m != nil {
		end = loc[1] + m[0]
	}
	rest := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(text[:loc[0]]), "—–-,(") + " " + strings.TrimLeft(text[end:], " ,.;!"))
	if len(words(rest)) < 2 {
		return text
	}
	if q := l.analyse(ctx, rest); len(q.scope.occupations) == 0 {
		return text // (a question about the guide's own career, citing it: "you said the median is 150k, is that CA too?")
	}
	return rest
}

// selfToldRE finds the asker telling their own job or life before a
// cited clause ("data analyst here", "I'm a nurse", "my wife is …").
var selfToldRE = regexp.MustCompile(`(?i)\b(?:here|i'?m|i am|my|as an?|we'?re|our)\b`)

// citeEndRE ends a cited clause at a comma before the question that
// follows it (", what about electricians?").
var citeEndRE = regexp.MustCompile(`(?i),\s*(?:what|how|which|is|are|do|does|can|so|but|and what|curious)\b`)

// shortcodeRE matches an emoji written as chat platforms name it
// (":palm_tree:", ":money_with_wings:").
var shortcodeRE = regexp.MustCompile(`:[a-z0-9][a-z0-9_+-]*[a-z0-9]:`)

// asideAfter reports whether the text after its last question mark (at
// k) is an aside that asks and names nothing: no question mark, no career,
// state, place or topic of a guide's, no intent but a stray "where"; while
// the question before it names a career and asks something ("how many ML
// engineers are employed in New York? like is it 6 guys and a GPU or
// what", "… what's the median there? asking for my future landlord").
func (l *Library) asideAfter(ctx context.Context, text string, k int) bool {
	tail := words(text[k+1:])
	if len(tail) == 0 || strings.ContainsAny(text[k+1:], "?/|•\n") || startsQuestion(tail[0]) {
		return false // ("… how many years each", "… / who owns deployment")
	}
	switch tail[0] {
	case "vs", "versus", "or", "and", "than", "compared", "also", "plus", "in", "for", "at", "with", "without", "if", "but",
		"give", "tell", "list", "show", "name", "compare", "rank", "sorry", "wait", "no", "actually":
		return false // "… median? in Texas", "… which cert? if I skip grad school", "give me every other state"
	}
	t := l.analyse(ctx, text[k+1:])
	if len(t.careers) > 0 || len(t.states) > 0 || t.region != nil || t.city != "" || t.scope.foreign != "" || t.scope.company != "" ||
		len(t.scope.occupations) > 0 && !t.scope.described && !hasAny(t, "asking") {
		return false // (but "asking for my future landlord" is an aside)
	}
	for in, n := range t.intents {
		if n > 0 && in != "state" {
			return false
		}
	}
	if l.terms != nil && len(l.Guides) > 1 && slices.ContainsFunc(tail, func(w string) bool { return l.terms.sole(w) >= 0 && !l.m.stop[w] }) {
		return false
	}
	if hasAny(t, "wondering", "wonder", "curious") {
		return false // "… I'm wondering if fraud detection is one of them": more of the question
	}
	q := l.analyse(ctx, text[:k+1])
	named := len(q.careers) > 0 || l.oneGuideNamed(q.words) != nil ||
		len(l.Guides) == 1 && slices.ContainsFunc(q.words, func(w string) bool { return l.isCareerWord(w) && !l.m.stop[w] }) // ("an ML gig")
	return named && q.intentCount() > 0
}

// statementOpeners are the words a sentence that tells, not asks, opens
// with: someone in the asker's life ("my son is 15") or a report ("heard
// chicago pays best"). (What the asker says of themselves after a
// question, "I use a wheelchair", is often the point of it.)
var statementOpeners = setOf("my", "his", "her", "their", "heard", "sounds", "seems")

// wishOpeners open a sentence that says what the asker is after ("want
// max pay if …", "need the floor in case …").
var wishOpeners = setOf("want", "wanted", "need", "needed", "wanna", "hoping", "trying")

// statementAfter reports whether the text after its last question mark (at
// k) is a statement that tells the question's context, not a part to
// answer: no question mark, opening with someone in the asker's life or a
// report ("Are there ML internships for high schoolers? My son is 15 and
// wants to start early.", "illinois median for dream surveyors? heard
// chicago pays best"), with no request for more ("… my boss also wants the
// salary", "… tell me …"), no job of its own, and no place the question
// before it lacks ("what's the ML median? heard Texas pays well"); the
// question before it names a career or asks something.
func (l *Library) statementAfter(ctx context.Context, text string, k int) bool {
	tail := words(text[k+1:])
	wish := len(tail) > 0 && wishOpeners[tail[0]] // "… which state pays the most? want max pay if I'm uprooting my life": the question's own aim, told again
	if wish {
		before := l.intentsOf(text[:k+1])
		for in := range l.intentsOf(text[k+1:]) {
			if !before[in] {
				wish = false // ("… pay? want the certs too": more asked)
			}
		}
	}
	if len(tail) < 3 || strings.ContainsAny(text[k+1:], "?/|•\n") || !statementOpeners[tail[0]] && !wish ||
		slices.ContainsFunc(tail, func(w string) bool {
			return tailAsks[w] || w == "also" || w == "too" || w == "plus" || w == "wondering" || w == "wonder" || w == "curious"
		}) {
		return false
	}
	t := l.analyse(ctx, text[k+1:])
	if len(t.careers) > 0 || len(t.scope.occupations) > 0 && !t.scope.described || t.switcher || t.scope.background != "" {
		return false // (a job told after the question, the asker's or another's: toldJobAfter's, or the asker's way in)
	}
	q := l.analyse(ctx, text[:k+1])
	if (len(t.states) > 0 || t.region != nil || t.city != "" || t.scope.foreign != "" || t.scope.company != "") &&
		len(q.states) == 0 && q.region == nil && q.city == "" && q.scope.foreign == "" {
		return false // "… what's the median? I'm in Texas": the place the question means
	}
	named := len(q.careers) > 0 || l.oneGuideNamed(q.words) != nil || l.certGuide(q) != nil ||
		slices.ContainsFunc(q.words, func(w string) bool { return l.isCareerWord(w) && !l.m.stop[w] })
	return len(q.words) >= 3 && (named || q.intentCount() > 0)
}

// unguidedBeforeStory reports whether the message's last question, at k,
// asks of an occupation or a credential no guide covers, naming no career,
// and what follows only tells the jobs of the asker and the people in
// their life.
func (l *Library) unguidedBeforeStory(ctx context.Context, text string, k int) bool {
	tail := words(text[k+1:])
	if len(tail) < 3 || strings.ContainsAny(text[k+1:], "?/|•\n") || startsQuestion(tail[0]) {
		return false
	}
	q := l.analyse(ctx, text[:k+1])
	if len(q.careers) > 0 || len(q.scope.occupations) == 0 && q.scope.credential == "" || q.scope.background != "" || q.scope.plain || q.switcher {
		return false
	}
	t := l.analyse(ctx, text[k+1:])
	return (t.scope.relative != "" || t.scope.background != "") && t.intentCount() == 0 && len(t.scope.occupations) == 0
}

// workOfTold reports whether the question head names the work of an
// occupation the whole message tells ("Is accounting a good major …? my
// parents are both accountants": one stem).
func workOfTold(head, whole *question) bool {
	told := map[string]bool{}
	for _, o := range whole.scope.occupations {
		for _, w := range strings.Fields(strings.ToLower(o)) {
			told[stem(whole.m.lex.Singular(w))] = true
		}
	}
	return slices.ContainsFunc(head.words, func(w string) bool { return !head.m.stop[w] && told[stem(w)] })
}

// negatesKind reports whether ws negate something ("not the quantum
// kind", "don't give me the NY number"), not a wish to do ("I don't want
// to trade one grind for another").
func negatesKind(ws []string) bool {
	for k := range ws {
		if j := negatedFrom(ws, k); j >= 0 && !(j < len(ws) && ws[j] == "to") {
			return true
		}
	}
	return false
}

// toldJobAfter reports whether the text after its last question mark (at
// k) tells of an occupation, with no question of its own and no "vs" or
// "or" going on with the question, while the question before it names a
// guide's career (or its words name one guide) and no other occupation.
func (l *Library) toldJobAfter(ctx context.Context, text string, k int) bool {
	tail := words(text[k+1:])
	if len(tail) == 0 || strings.ContainsRune(text[k+1:], '?') {
		return false
	}
	switch tail[0] {
	case "vs", "versus", "or", "and", "than", "compared", "also", "plus", "like":
		return false // "… median? vs a dentist": the question goes on
	}
	for _, sentence := range strings.FieldsFunc(text[k+1:], func(r rune) bool { return r == '.' || r == '!' || r == ';' }) {
		f := words(sentence)
		if len(f) > 0 && (startsQuestion(f[0]) || f[0] == "name") || slices.ContainsFunc(f, func(w string) bool { return tailAsks[w] }) {
			return false // "… Asking for me, and also for my roommate who's …", "Name the tools …", "give me both": the tail asks too
		}
	}
	whole := l.analyse(ctx, text)
	if len(whole.scope.occupations) == 0 || whole.scope.plain || negatesKind(tail) || slices.ContainsFunc(tail, func(w string) bool { return tailAside[w] }) {
		return false // (nor a tail that sets the guide's career aside: "… not the quantum kind, I mean regular growers")
	}
	head := l.analyse(ctx, text[:k+1])
	if len(head.scope.occupations) > 0 || head.switcher {
		return false
	}
	return len(head.careers) > 0 || len(l.Guides) > 1 && l.terms != nil && !l.terms.routes() && l.terms.named(guessWords(l, head)) >= 0 ||
		len(l.Guides) == 1 && (partAsked(head) || l.namesGuideItem(head.words) || head.has("license") && !pointsBack(head.words) && !workOfTold(head, whole)) // ("What do you actually learn in the production ML step? Police training was all hands-on …": a part of the one guide asked; "what's kubeflow for? … i'm a devops eng": an item of its lists; "Is a license required? Plumbers need one …": the licence, asked of no one else)
}

// partAsked reports whether a question asks a part of a guide (a section
// kind) and no pay or headcount: with one guide, a job told beside it is
// the asker's context (toldJobAfter, trailingLabel).
func partAsked(q *question) bool { return sectionIntent(q) && !asksFigures(q) }

// tailAside are words of a tail that sets a guide's career aside for the
// plain or real kind of a job ("I mean regular growers").
var tailAside = setOf("mean", "meant", "regular", "normal", "actual", "real")

// tailAsks are words of a request in the text after a question.
var tailAsks = setOf("tell", "give", "list", "show", "explain", "compare", "asking")

// abbrevDots are the short titles whose dot ends no sentence ("a
// logistics company in St. Louis. which tool …").
var abbrevDots = []string{"St. ", "Dr. ", "Mt. ", "Ft. ", "Mr. ", "Mrs. ", "Ms. "}

// dropAbbrevDots removes the dot of those titles, so that the sentence
// they stand in goes on ("St Louis").
func dropAbbrevDots(text string) string {
	for _, a := range abbrevDots {
		if strings.Contains(text, a) {
			text = strings.ReplaceAll(text, a, a[:len(a)-2]+" ")
		}
	}
	return text
}

// plainElsewhere reports whether the whole message q names the job the
// question fq reads as a guide's head noun ("chefs") more often than it
// reads it so: once as the plain kind ("a chef in a regular restaurant").
func plainElsewhere(q, fq *question) bool {
	if len(fq.scope.occupations) == 0 || len(q.scope.occupations) <= len(q.scope.generic) {
		return false
	}
	head := func(o string) string {
		f := strings.Fields(o)
		return q.m.lex.Singular(strings.ToLower(f[len(f)-1]))
	}
	h, n := head(fq.scope.occupations[0]), 0
	for _, o := range q.scope.occupations {
		if head(o) == h {
			n++
		}
	}
	return n > len(q.scope.generic)
}

// preambleRE matches a short lead-in before the questions themselves:
// "Two questions:", "Quick question -", "context:", "long post sorry.",
// "long story but".
var preambleRE = mustGuard(`(?i)^\s*(?:(?:(?:a|one|two|three|[2-5]|couple|a couple of|few|a few|quick|some|random|dumb|silly|simple)\s+)*(?:questions?|qs?|q'?s|things?|ones)|(?:for |some |quick |a bit of )?(?:context|background)|long (?:post|story|message)(?: sorry| incoming)?)\s*(?:[:\-–—.]|\.\.\.)\s*|^\s*(?:(?:to make a )?long story(?: short)?|so basically|ok so)\s*(?:,\s*(?:but\s+)?|but\s+)` +
	// a hedge that asks nothing: "not sure this is the right spot, but …",
	// "sorry if this is a dumb q, but …", "not sure if you'd know, but …"
	`|^\s*(?:(?:i'?m |im )?not sure (?:if |whether )?(?:this is the right (?:spot|place|channel|server|thread)(?: for this| to ask)?|this is too [a-z]+|you'?d know|anyone knows?)|sorry if this is (?:a )?(?:dumb|silly|stupid|basic|obvious) (?:q|question))\s*,?\s*but\s+` +
	// "random but: …", "weird q but …", "ok this is going to sound like a
	// weird question but …": a lead-in that asks nothing
	`|^\s*(?:random but|weird but|odd but|random q but|weird q but|random question but|weird question but)\s*[:\-–—,]?\s*` +
	`|^\s*(?:ok(?:ay)?,?\s+)?(?:so\s+)?this (?:is going to|is gonna|will|might|may) sound (?:like )?(?:a )?(?:weird|dumb|silly|stupid|strange|random|odd)(?: question)?\s*,?\s*but\s+`)

// greetings open a message without asking anything ("Hi! I'm a junior
// in high school …").
var greetings = setOf("hi", "hey", "hello", "hiya", "howdy", "yo")

// greeted words follow a greeting ("hi all", "hey there").
var greeted = setOf("all", "everyone", "everybody", "there", "guys", "folks", "team", "y'all", "yall", "friends")

// dropGreeting removes a greeting that ends with "!" or "," and more after
// it ("Hi! ", "hey all, "), so that it is no sentence of the message.
func dropGreeting(text string) string {
	t := strings.TrimLeft(text, " \t")
	if t == "" || t[0]|0x20 != 'h' && t[0]|0x20 != 'y' {
		return text // most messages: no greeting
	}
	i := strings.IndexAny(t, "!,")
	if i < 2 || i > 24 {
		return text
	}
	f := strings.Fields(strings.ToLower(t[:i]))
	if len(f) == 0 || len(f) > 3 || !greetings[f[0]] {
		return text
	}
	for _, w := range f[1:] {
		if !greeted[w] {
			return text // ("hi po!": another language's greeting, read whole)
		}
	}
	rest := strings.TrimLeft(t[i:], "!, ")
	if len(strings.Fields(rest)) < 3 {
		return text
	}
	return rest
}

// pricedOnly reports whether a short question ranks prices and asks
// nothing else ("and the priciest one?", "what's the cheapest one?"): the
// guides price certifications only, so it ranks them.
func pricedOnly(q *question) bool {
	if len(q.words) > 6 || len(q.careers) > 0 || len(q.states) > 0 {
		return false
	}
	for in := range q.intents {
		if in != "cost" && in != "most" && in != "least" {
			return false
		}
	}
	return true
}

// nods are the words of a nod that opens a follow-up ("cool, what about
// California?", "ok thanks! and the priciest one?", "got it. next
// question: …").
var nods = setOf("cool", "ok", "okay", "k", "kk", "thanks", "thank", "you", "thx", "ty", "tysm", "great", "awesome", "nice", "perfect", "gotcha", "got", "it",
	"sweet", "alright", "sure", "cheers", "appreciate", "much", "so", "that", "helps", "helped", "noted", "neat", "wow", "interesting", "makes", "sense")

// dropNod removes a nod of up to four words that ends with a mark and is
// followed by a question of three words or more: it is no sentence of the
// message. A nod alone ("ok thanks!") stays, to be thanked back.
func dropNod(text string) string {
	t := strings.TrimLeft(text, " \t")
	i := strings.IndexAny(t, "!,.;:-—")
	if i < 1 || i > 30 {
		return text
	}
	f := words(t[:i])
	if len(f) == 0 || len(f) > 4 || !allIn(f, nods) || f[0] == "you" || f[0] == "it" || f[0] == "so" || f[0] == "that" || f[0] == "much" || f[0] == "makes" {
		return text
	}
	rest := strings.TrimLeft(t[i:], "!,.;:-—… ")
	if len(strings.Fields(rest)) < 3 {
		return text
	}
	return dropNod(rest) // ("ok. thanks! what about Ohio?")
}

// questionNamesGuide reports whether, among several guides, the question
// sentence's own words point to one guide alone ("I needed a pesticide
// applicator license for my crop-spraying job. Is there a permit for
// working in a greenhouse where looking at plants collapses them?"): the
// job told before it is the asker's story, not what is asked.
func (l *Library) questionNamesGuide(fq *question) bool {
	if len(l.Guides) < 2 {
		return false
	}
	return l.namesOneGuide(dropStateWords(l.contentWords(fq, nil)))
}

// namesOneGuide reports whether words point to one guide alone, by two
// words of its work only it uses (not words of asking: "make", "full").
func (l *Library) namesOneGuide(ws []string) bool { return l.oneGuideNamed(ws) != nil }

// oneGuideNamed is the guide words point to alone, by two words of its
// work only it uses (not words of asking: "make", "full"); nil when none
// does or they point to several.
func (l *Library) oneGuideNamed(ws []string) *bot.Guide { return l.oneGuideNamedBy(ws, 0) }

// otherGuideWord is the guide other than g that a word names by itself,
// asked of each job with g's: a word no dictionary has that only that
// guide uses ("my sister: oneirography degree finished"), or a word of its
// name's ("I'm a chef looking at cooking in zero g"); nil when there is
// none, or words name more than one such guide.
func (l *Library) otherGuideWord(ws []string, g *bot.Guide) *bot.Guide {
	if len(l.Guides) < 2 || l.terms == nil {
		return nil
	}
	var found *bot.Guide
	for _, w := range ws {
		if l.m.stop[w] || !hasLetter(w) || l.m.index[w] != nil {
			continue
		}
		var u *bot.Guide
		if gi := l.terms.sole(w); gi >= 0 && !l.m.lex.Word(w) && !l.m.lex.Word(l.m.lex.Singular(w)) && len(w) >= 6 {
			u = l.Guides[gi]
		}
		for _, c := range l.Guides {
			if u == nil && c != g && len(w) >= 3 && guideNameWord(c, w) && !guideNameWord(g, w) {
				u = c
			}
		}
		if u == nil || u == g {
			continue
		}
		if found != nil && found != u {
			return nil
		}
		found = u
	}
	return found
}

// oneGuideNamedBy is oneGuideNamed with, when minDF > 0, one of the words
// at least minDF of the sections use: a word the guide keeps coming back
// to ("oven"), not only ones it says in passing.
func (l *Library) oneGuideNamedBy(ws []string, minDF int) *bot.Guide {
	if len(l.Guides) < 2 || l.terms == nil {
		return nil
	}
	g, own := int32(-1), map[string]bool{} // two words of that guide's alone: one may be a word in passing ("greenhouse")
	kept := false                          // one of them a word the guide keeps coming back to
	for _, w := range ws {
		if l.m.stop[w] || !hasLetter(w) || l.m.index[w] != nil || l.m.lex.CommonVerb(w) || l.m.payVerbs[w] || l.m.lex.Time(w) {
			continue // "make": a word of asking; "night": when, not what
		}
		gs, ok := l.terms.guidesWith(stem(w))
		if !ok || len(gs) != 1 {
			continue
		}
		if !l.m.lex.Noun(w) && (l.m.lex.Word(w) || l.m.lex.VerbForm(w)) && !(l.m.lex.Adjective(w) && l.Searcher != nil && l.Searcher.DocFreq(context.Background(), w) >= 2) {
			// "full", "reading": words of asking or telling, not of a
			// guide's work (but "entangled", a word a guide keeps coming
			// back to, is of its work)
			continue
		}
		if g >= 0 && gs[0] != g {
			return nil
		}
		g, own[stem(w)] = gs[0], true
		kept = kept || minDF > 0 && l.Searcher != nil && l.Searcher.DocFreq(context.Background(), w) >= minDF
	}
	if len(own) < 2 || minDF > 0 && !kept {
		return nil
	}
	return l.Guides[g]
}

// ownNounBut reports whether words hold a noun (or a coined word) that
// only one guide uses, another than g: what another guide could be
// guessed from ("started" is no such word, though one guide alone says
// it).
func (l *Library) ownNounBut(ws []string, g *bot.Guide) bool {
	gi := int32(slices.Index(l.Guides, g))
	for _, w := range ws {
		if l.m.stop[w] || !hasLetter(w) || l.m.index[w] != nil || l.m.lex.Time(w) || l.m.lex.Word(w) && !l.m.lex.Noun(w) {
			continue
		}
		if s := l.terms.sole(w); s >= 0 && s != gi {
			return true
		}
	}
	return false
}

// clauseJoinRE matches where a sentence joins a clause of its own: a comma
// and "and", "but" or "so", or one of those before a new subject ("… chase
// aphids but I've been reading …").
var clauseJoinRE = regexp.MustCompile(`(?i),\s+(?:and|but|so)\s+|\s(?:and|but|so)\s+(?:i|we|my)\b`)

// storyGuide is the guide a message describes by two words only it uses
// (one a word it keeps coming back to), in the sentences and clauses that
// name none of its occupations, leaving out the words of the asker's own
// job and places; nil when there is none, or when a sentence that names an
// occupation asks about it.
func (l *Library) storyGuide(q *question) *bot.Guide {
	var ws []string
	var clauses []string
	for _, t := range sentencesOf(q.raw) {
		clauses = append(clauses, clauseJoinRE.Split(t, -1)...) // "Mostly I water things and chase aphids, but I've been reading up on growing crops in superposition"
	}
	for _, t := range clauses {
		tw := words(t)
		told := false // the sentence names an occupation: its words are that job's, not the one asked
		for _, o := range q.scope.occupations {
			all := true
			for _, w := range words(o) {
				all = all && (l.m.stop[w] || slices.Contains(tw, w) || slices.ContainsFunc(tw, func(x string) bool { return l.m.lex.Singular(x) == w }))
			}
			told = told || all
		}
		if told && (asks(t, tw) || len(tw) > 0 && startsQuestion(tw[0])) {
			return nil // "What do sommeliers make in California, and what certifications do they need?": the occupation is asked
		}
		if !told {
			ws = append(ws, dropStateWords(tw)...)
		}
	}
	if b := words(q.scope.background); len(b) > 0 {
		// "I'm a horticulture tech …": the words of the asker's own job
		// name no guide's work
		ws = slices.DeleteFunc(ws, func(w string) bool { return slices.Contains(b, w) })
	}
	return l.oneGuideNamedBy(ws, 2)
}

// placeToldOnly reports whether every state a message names is named in a
// sentence that asks nothing, or in a fragment after the question that
// only says where from ("… what's the difference? from Sioux City").
func (l *Library) placeToldOnly(ctx context.Context, q *question) bool {
	text := q.raw
	if q.full != nil {
		text = q.full.raw
	}
	sentences := sentencesOf(text)
	if len(sentences) < 2 {
		return false
	}
	for i, t := range sentences {
		f := words(t)
		if len(f) == 0 {
			continue
		}
		told := !asks(t, f) || i > 0 && f[0] == "from" && !strings.HasSuffix(strings.TrimSpace(t), "?")
		if !told && len(l.analyse(ctx, t).states) > 0 {
			return false
		}
	}
	return true
}

// dropPreamble removes the lead-in, so "questions" is not read as a
// question about interviews.
func dropPreamble(text string) string {
	if loc := preambleRE.FindStringIndex(text); loc != nil && loc[1] < len(text) {
		return text[loc[1]:]
	}
	return text
}

// arithmeticRE matches a sum to work out ("17 times 23", "5+5").
var arithmeticRE = mustGuard(`(?i)\b\d+(?:\.\d+)?\s*(?:times|x|\*|plus|\+|minus|divided by|/|multiplied by)\s*\d+(?:\.\d+)?\s*\??\s*$|\b\d+(?:\.\d+)?\s*%\s*of\s*\$?\d[\d,]*(?:\.\d+)?\s*\??\s*$`)

// mannerRE matches how the member wants the answer put ("in plain words",
// "in a nutshell", "ELI5"): not a topic the guide could lack.
var mannerRE = mustGuard(`(?i)[,;]?\s*\b(?:in (?:plain|simple|layman'?s?|basic|normal|everyday) (?:words|terms|english|language)|in a nutshell|simply put|eli5|tl;?dr|worst[- ]case|best[- ]case|generally speaking|from (?:scratch|zero|nothing)|in (?:a (?:couple of|few)|one|two|three) (?:lines|sentences|words|paragraphs?)|in (?:a|one) (?:sentence|paragraph|line|word)(?: or two)?|like i'?m (?:5|five))\b`)

// taskRE matches a request to do a piece of work rather than to answer a
// career question: "can you write me a python function …", "please debug
// my code", "fix this".
var taskRE = mustGuard(`(?i)^\s*(?:(?:can|could|would|will) you\s+(?:please\s+)?|please\s+)?(?:write|code|debug|fix|solve|draft|generate|implement|translate|proofread|rewrite)\s+(?:me\s+|us\s+)?(?:a|an|my|this|the|some|our)\b`)

// channelRE matches a channel named in a message ("someone in #general
// said …"): a place in the community, not a topic or a job.
var channelRE = regexp.MustCompile(`#[A-Za-z0-9][\w-]*`)

// relayedRE is who asked, before a colon and the words they asked
// ("mentee asked:", "my boss wants to know:").
var relayedRE = regexp.MustCompile(`(?i)^\s*[\p{L}'’ ]{1,40}?\b(asked|asks|wants to know|wanted to know|wonders|wondered|says|said|writes|wrote)\s*:\s*`)

// relayed is where the words quoted after who asked begin ("mentee asked:
// physicist vs …"), or 0: none, or the one who asked is placed ("Empire
// State folks in our Discord asked: what's the median here", where "here"
// needs the place).
func (l *Library) relayed(text string) int {
	if strings.IndexByte(text, ':') < 0 {
		return 0
	}
	m := relayedRE.FindStringIndex(text)
	if m == nil || strings.TrimSpace(text[m[1]:]) == "" {
		return 0
	}
	ws := words(text[:m[1]])
	for k := range ws {
		if statePart(l.m, ws, k) {
			return 0
		}
	}
	return m[1]
}

// recencyFollowUp is the end of a message's question when a short
// question after it only asks whether what was asked is still current
// ("is that list current?", "still the format now?", "is that an official
// estimate?"); 0 otherwise.
func recencyFollowUp(text string) int {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, "?") {
		return 0
	}
	k := strings.LastIndex(strings.TrimSuffix(t, "?"), "?")
	if k < 0 {
		return 0
	}
	f := words(t[k+1:])
	if len(f) == 0 || len(f) > 9 || hasDigit(t[k+1:]) || whWord(f[0]) {
		return 0 // (not "… realistic? what would I still need?")
	}
	dated, back := false, f[0] == "still"
	for _, w := range f {
		dated = dated || recency[w] || w == "official" || w == "accurate" || w == "now" || w == "date"
		back = back || w == "that" || w == "this" || w == "it" || w == "those" || w == "these"
	}
	if !dated || !back {
		return 0
	}
	return k + 1
}

// spelledOutRE is initials followed by the words they stand for in
// brackets ("PA (physician assistant)"); initialsAfterRE is a word followed
// by initials in brackets ("actuary (FSA)", "sleep tech (RPSGT)").
var (
	spelledOutRE    = regexp.MustCompile(`\b([A-Z][A-Za-z]{1,6})\s*\(([A-Za-z][A-Za-z .'/&-]{3,60})\)`)
	initialsAfterRE = regexp.MustCompile(`\b([A-Za-z]+)\s*\(([A-Z]{2,6}s?)\)`)
)

// glossed reads initials glossed in brackets once: the words spelled out
// stand for the initials before them ("PA (physician assistant) vs MLE" is
// asked of physician assistants, not of Pennsylvania), and initials after
// a worker's noun, naming no place and no word of the guides, are the same
// worker said again ("actuary (FSA)": no topic of its own).
func (l *Library) glossed(text string) string {
	text = spelledOutRE.ReplaceAllStringFunc(text, func(m string) string {
		sm := spelledOutRE.FindStringSubmatch(m)
		caps := strings.Map(func(r rune) rune {
			if r >= 'A' && r <= 'Z' {
				return r
			}
			return -1
		}, sm[1])
		var initials strings.Builder
		for _, w := range strings.FieldsFunc(sm[2], func(r rune) bool { return r == ' ' || r == '/' || r == '-' }) {
			lw := strings.ToLower(w)
			if lw != "of" && lw != "and" && lw != "&" && lw != "the" && lw != "in" {
				initials.WriteByte(byte(unicode.ToUpper(rune(w[0]))))
			}
			if !l.m.lex.Word(lw) && !l.m.lex.Word(l.m.lex.Singular(lw)) {
				return m // "PM (product mgr)": a shorthand the initials say better
			}
		}
		if len(caps) < 2 || caps != initials.String() {
			return m
		}
		return sm[2]
	})
	return initialsAfterRE.ReplaceAllStringFunc(text, func(m string) string {
		sm := initialsAfterRE.FindStringSubmatch(m)
		word, abbr := strings.ToLower(sm[1]), strings.ToLower(strings.TrimSuffix(sm[2], "s"))
		if !l.m.lex.Occupation(l.m.lex.Singular(word)) || placeWord(l.m, abbr) || l.knownTerm(abbr) || l.m.index[abbr] != nil {
			return m
		}
		if _, ok := bot.LookupState(abbr); ok {
			return m
		}
		return sm[1]
	})
}

// handleRE is a handle typed with its "@" ("@lena.w", "@croissant_queen"),
// after a space or a mark or opening the text (not an address's "@").
var handleRE = regexp.MustCompile(`(^|[\s(,;:])@[\p{L}\p{N}_]+(?:[.\-][\p{L}\p{N}_]+)*`)

// dropManner removes those phrases.
func dropManner(text string) string {
	if t := strings.TrimSpace(mannerRE.ReplaceAllString(text, "")); t != "" {
		return t
	}
	return text
}

// askOne answers one question.
func (e *Engine) askOne(ctx context.Context, req *bot.Request, lib *Library, text string) (*bot.Answer, error) {
	q := lib.analyse(ctx, text)
	if len(q.careers) > 0 && len(q.scope.occupations) > 0 && req.Option("career") == "" && (lib.careersToldOnly(ctx, text) || lib.careerToldAfterComma(ctx, text)) {
		// "My sister is a machine learning engineer and thinks I'm crazy.
		// What does a police officer make in California?": the career is
		// told of someone; the occupation asked about has no guide.
		q.careers = nil
	}
	if len(q.careers) == 1 && len(q.scope.occupations) == 0 && req.Option("career") == "" && bothJobs(q.words) {
		// "My daughter wants to cook in zero-g and my son wants to be an ML
		// engineer. What's the state median for each job here?": a career
		// named, another told by its own words, asked of each
		u := lib.oneGuideNamed(guessWords(lib, q))
		if u == nil || u == q.careers[0] {
			u = lib.otherGuideWord(q.words, q.careers[0])
		}
		if u != nil && u != q.careers[0] {
			ui := int32(slices.Index(lib.Guides, u))
			first := slices.IndexFunc(q.words, func(w string) bool { return lib.terms.sole(w) == ui })
			named := -1
			for i, w := range q.words {
				if q.taken[i] && lib.isCareerWord(w) {
					named = i
					break
				}
			}
			if first >= 0 && (named < 0 || first < named) {
				q.careers = []*bot.Guide{u, q.careers[0]}
			} else {
				q.careers = append(q.careers, u)
			}
		}
	}
	if len(q.careers) > 0 && len(q.scope.occupations) == 0 && req.Option("career") == "" && len(lib.Guides) > 1 {
		if t := lib.othersCareerOnly(ctx, text, q.careers); t != "" && t != text {
			// "What certificate does someone need before their first flight
			// as a galley cook in orbit? My niece wants to do that; her mom
			// is an ML engineer.": the question, not the mom's career.
			return e.askOne(ctx, req, lib, t)
		}
	}
	if len(q.careers) > 0 && weighed(q) && careersAsOrigin(q) {
		// "I've been an ML engineer for six years … I want to become a
		// high school math teacher": the guide's career is the asker's
		// background; the occupation weighed is what is asked about.
		q.careers = nil
	} else if len(q.careers) == 1 && len(q.scope.occupations) == 0 && req.Option("career") == "" && careersAsOrigin(q) {
		if g := lib.wishedGuide(q); g != nil && g != q.careers[0] {
			// "I'm an ML engineer and I'd like to cook in orbit. How long
			// would the whole path take?": the career wished for, told by
			// its own words, is what is asked; the one named is the asker's
			q.careers, q.switcher = []*bot.Guide{g}, true
		}
	}
	if req.Option("career") == "" && len(q.careers) == 0 && len(q.scope.occupations) == 0 && len(lib.Guides) > 1 && asksAcross(q) {
		if a := e.careersTable(lib, q); a != nil {
			// "… out of the four careers you have guides for. … Which one
			// has the shortest path?": asked over the careers, which the
			// question sentence alone does not say
			return a, nil
		}
	}
	var fq *question
	if f := lib.focusText(text); f != text && !q.corrected {
		// (not when a later sentence takes back the career the question
		// named: "… a space chef make? I said chef but I meant the
		// quantum gardener")
		fq = lib.analyse(ctx, f)
		if lib.namedCertGuide(q) != nil && lib.namedCertGuide(fq) == nil {
			// A certificate named in the sentence dropped is what "it" is:
			// "My boss wants me to get the Decoherence Blight Specialist
			// cert. How much does it cost?" is read whole.
			fq = nil
		}
	}
	if fq != nil {
		// "I'm a nurse and have never programmed. Which language should I
		// start with?": the question sentence decides, the rest is context.
		if len(fq.careers) == 0 && len(fq.scope.occupations) == 0 || len(fq.careers) == 1 && len(q.careers) == 2 && figures(fq) && asksBoth(fq.words) {
			// (not "my sister's an ML engineer … how do you become a
			// firefighter?": the question names its own occupation; "She
			// wants to be an orbital chef. I want to be an ML engineer. What
			// do those two jobs pay?" asks of both)
			fq.careers = q.careers
			if g := lib.oneGuideNamed(dropStateWords(lib.contentWords(fq, nil))); len(q.careers) > 0 && g != nil && !slices.Contains(q.careers, g) {
				// "… my sister is an ML engineer at a studio … I want to
				// move into surveying shared dreamscapes. What's the median
				// pay for that in California?": the question's own words
				// name another guide than the career told of someone
				fq.careers, fq.guessed = []*bot.Guide{g}, true
			}
		}
		if len(fq.careers) > 0 && len(q.careers) > len(fq.careers) && ownJobCompared(fq) {
			// "I'm an ML engineer: 10-year growth for my field vs the
			// dream-mapping job?": the asker's own career is one side.
			for _, c := range q.careers {
				if !slices.Contains(fq.careers, c) {
					fq.careers = append([]*bot.Guide{c}, fq.careers...)
					break
				}
			}
		}
		fq.switcher = fq.switcher || q.switcher
		if fq.scope.background == "" {
			fq.scope.background = q.scope.background
		}
		if len(fq.states) == 0 {
			fq.states, fq.city = q.states, q.city
		} else if len(q.states) > len(fq.states) && myPlaceRE.MatchString(fq.raw) {
			// "MLE in LA here. Median pay in my state vs New York?": the
			// asker's state, told before, is one of the two
			var mine []bot.USState
			for _, st := range q.states {
				if !slices.Contains(fq.states, st) {
					mine = append(mine, st)
				}
			}
			fq.states = append(mine, fq.states...)
		}
		if len(fq.careers) == 0 && len(fq.scope.occupations) == 0 && len(q.careers) == 0 && len(q.scope.occupations) > 0 && !q.scope.plain && pointsBack(fq.words) {
			if g := lib.storyGuide(q); g != nil {
				// "I was a florist for 9 years … I've been curious about the
				// gardening jobs where you grow plants in two states at once
				// … What's the median pay in Colorado for that?": "that" is
				// the work the story describes in one guide's own words, not
				// the asker's job.
				fq.careers, fq.guessed = []*bot.Guide{g}, true
			}
		}
		if len(fq.careers) == 0 && len(fq.scope.occupations) == 0 && !lib.questionNamesGuide(fq) && (weighed(q) || len(q.careers) == 0 && (q.scope.plain || q.scope.described) && figures(fq) ||
			len(q.careers) == 0 && q.scope.described && asksOwnWork(fq.raw) || // "… whats the path for her?"
			len(q.careers) == 0 && !q.switcher && !lib.careerWordBeside(q) && !lib.workToldBefore(q, fq) && !lib.questionNamesGuide(fq) &&
				(figures(q) || len(fq.states) > 0 || pointsBack(fq.words) || hasAny(q, "studying", "studies", "majoring") || pointsToRelative(q, fq) && lib.terms.onlyGuideOf(dropStateWords(lib.contentWords(fq, nil))) < 0 || occupationOpens(q)) ||
			// ("Physical therapist assistant — how long is the program?",
			// "web developer without a degree — how do I get hired?": a job
			// labelling the question, though a word of it is one guide's
			// alone; "forklift operator moving up to warehouse supervisor —
			// what's the typical pay bump?": the pay of the job moved to)
			len(q.careers) == 0 && q.switcher && figures(fq) && q.scope.background != "" && !lib.careerWordBeside(q) ||
			// ("im a CNA rn, thinking about going back for my LPN. is that a
			// good career move?": the job moved to, pointed back at)
			len(q.careers) == 0 && q.switcher && q.scope.background != "" && pointsBack(fq.words) && !lib.careerWordBeside(q) && !lib.workToldBefore(q, fq) &&
				slices.ContainsFunc(q.scope.occupations, func(o string) bool { return o != q.scope.background })) {
			// "I'm thinking about accounting; is getting a CPA worth it?": the
			// occupation weighed in the dropped sentence is what is asked
			// about; so is one whose figures are asked with no career named
			// ("My partner's a journeyman plumber … Any numbers for
			// Massachusetts?", "regular chef here, not in space. whats the
			// salary in california?"), or one the question points back to
			// ("private chef for rich people... how do you get started doing
			// that").
			fq.scope.occupations, fq.scope.generic, fq.scope.plain, fq.scope.described = q.scope.occupations, q.scope.generic, q.scope.plain, q.scope.described
		}
		if len(fq.careers) == 0 && len(fq.scope.generic) > 0 && req.Option("career") == "" && plainElsewhere(q, fq) {
			// "My granddaughter wants to be a chef in a regular restaurant,
			// nothing to do with space. What do chefs earn?": the message
			// said which kind of the job it means, not the guide's.
			return e.noGuideFor(lib, q), nil
		}
		if fq.scope.foreign == "" && fq.scope.company == "" {
			// "I'm in Manila … What do ML engineers make where I live?"
			fq.scope.foreign, fq.scope.company = q.scope.foreign, q.scope.company
		}
		fq.full = q
		q = fq
	}
	if occ := lib.versusJob(q); occ != "" && req.Option("career") == "" && (figures(q) || weighsTime(q)) {
		// "ML engineer vs data engineer, who makes more? I'm a data
		// engineer …", "quantum gardening vs regular landscaping, which
		// pays more? I'm a landscaper": the job set against the career,
		// though the asker holds it, has no guide; the guide's own figure
		// beside the refusal
		return e.ownJobRefused(lib, q, occ, q.careers[0]), nil
	}
	if req.Option("career") == "" && len(q.careers) <= 1 && len(q.scope.occupations) == 0 && (figures(q) || weighsTime(q) || weighsSchool(q) || weighsLicence(q) || q.has("outlook")) {
		if side, g := lib.plainSide(q); side != "" {
			// "Greenhouse horticulturist vs quantum gardener: which pays
			// better?", "dream mapping vs regular map making, which grows
			// faster?": the side that does not name the career by its name
			// is another job, the plain kind, which has no guide
			return e.ownJobRefused(lib, q, side, g), nil
		}
	}
	if rel := q.scope.relative; req.Option("career") == "" && len(q.careers) == 1 && len(q.scope.occupations) == 0 && (theirPayAgainst(q.words) || payCompared(q.words, "her", "his", "their")) && !againstNational(q.words) {
		if rel == "" && q.full != nil {
			rel = q.full.scope.relative
		}
		if rel != "" {
			// "My daughter's a nurse. Would she earn more as an ML engineer
			// than she does now?": the job of someone in the asker's life,
			// which has no guide, weighed against the career
			return e.ownJobRefused(lib, q, rel, q.careers[0]), nil
		}
	}
	if occ := ownPayWeighed(q); occ != "" && req.Option("career") == "" {
		// "3 yrs as a data analyst making $72k — is that under market?":
		// the asker's own pay, in a job no guide covers, weighed
		nq := *q
		nq.scope.occupations, nq.scope.generic = []string{occ}, nil
		return e.noGuideFor(lib, &nq), nil
	}
	if occ := guideAskedFor(lib, q); occ != "" && req.Option("career") == "" {
		// "Do you have a guide for sound engineers?", "anything on
		// physiotherapy?": a career asked for by name that no guide is.
		nq := *q
		nq.scope.occupations, nq.scope.generic = []string{occ}, nil
		return e.noGuideFor(lib, &nq), nil
	}
	if k := req.Option(contextKindOption); k != "" && !q.hasSectionIntent() {
		q.intents[k]++ // "which is cheapest?" after certifications
	}
	generic := ""
	if req.Option("career") == "" && len(q.careers) == 1 && q.scope.fieldNamed != "" {
		generic = fmt.Sprintf("I read %q as %s.", q.scope.fieldNamed, q.careers[0].Title) // ("ML devs": a worker in its field)
	}
	if req.Option("career") == "" && len(q.careers) == 1 && len(q.scope.occupations) == 1 {
		g := lib.gerundInContext(q)
		if g == nil || g == q.careers[0] {
			// "the California median for ML engineers and for the chefs who
			// cook in zero g": a guide's own job word, and words only that
			// guide uses
			g = lib.headInContext(q)
		}
		if g != nil && g != q.careers[0] {
			// "Space cooking vs dream mapping: which pays more?": the
			// other side is a guide's work, by a word only it uses.
			at := slices.Index(q.words, strings.Fields(strings.ToLower(q.scope.occupations[0]))[0])
			if at >= 0 && at < slices.IndexFunc(q.words, lib.isCareerWord) {
				q.careers = []*bot.Guide{g, q.careers[0]}
			} else {
				q.careers = append(q.careers, g)
			}
			q.scope.occupations, q.scope.generic = nil, nil
		}
	}
	if req.Option("career") == "" && len(q.careers) > 0 && len(q.scope.occupations) > 0 && figures(q) && lib.careerInFrameOnly(ctx, q) {
		// "Flip side of my dream-mapping question: what do sleep
		// technologists actually make?": the career is in the frame, the
		// figures are asked of the occupation after it
		q.careers = nil
	}
	if req.Option("career") == "" && len(q.careers) > 0 && len(q.scope.occupations) > 0 && figures(q) && figuresOfOccupation(q) {
		// "DevOps engineer median pay? close enough to ML engineer
		// right?", "Setting MLE aside, job growth for data scientists?":
		// the figures are asked of the occupation, the career only beside it
		q.careers = nil
	}
	if req.Option("career") == "" && len(q.careers) > 0 && len(q.scope.occupations) > 0 && (careersReferenced(q) || q.full != nil && !slices.ContainsFunc(q.words, q.lib.isCareerWord) && careersReferenced(q.full)) {
		// "RN salary in NYC? you list NY for ML eng so maybe nurses too",
		// "you covered space chefs — what's a regular restaurant chef's
		// median pay, though?" (the career in the sentence before),
		// "UX researcher day in the life? like the ones you have for the
		// space chef": the guide's career is named as what the guides do
		// for it; the occupation is what is asked
		q.careers = nil
	}
	if req.Option("career") == "" && len(q.careers) == 0 && len(q.scope.occupations) > 0 {
		if only := e.onlyGuide(lib); only != nil && q.has("compare") && !figures(q) {
			// "How is this gig different from being a data scientist?": with
			// one guide, what it says about the other occupation.
			if a := e.aboutOther(ctx, lib, q, only); a != nil {
				a.Note = strings.TrimSpace(fmt.Sprintf("There's no guide for %s; this is what the %s guide says about them. %s",
					q.scope.occupations[0], only.Title, a.Note))
				return a, nil
			}
		}
		if g := lib.otherSideGuide(q); g != nil && (figures(q) || weighsTime(q) || weighsSchool(q)) && (q.has("compare") || comparesUnguided(q) && hasAny(q, "which", "whichever")) && // (or "line cook or cooking in orbit, which pays more?")
			containsWord(strings.ToLower(q.raw), strings.ToLower(q.scope.occupations[0])) { // (a job typed, not "superposition gardening" read as its doer)
			// "line cook on Earth vs cooking in orbit, which pays more?": the
			// other side is a guide's work, told in words only it uses; its
			// own figure beside the refusal
			a := e.noGuideFor(lib, q)
			if own := ownFigure(q, g); own != "" {
				a.Body = comparedRefusal(lib, q.scope.occupations, own)
			}
			return a, nil
		}
		if g := e.occupationInContext(ctx, lib, q); g != nil {
			// "openings for cooking meals for astronauts": the rest of the
			// question finds a guide whose text speaks of them.
			q.careers, q.scope.occupations, q.scope.generic = []*bot.Guide{g}, nil, nil
		} else if g := e.labelGuide(ctx, lib, text, q); g != nil {
			// "PT aide, 32k. how much is the TensorFlow Developer
			// Certificate?": the job is the asker's label; the question
			// after it names a guide's own thing.
			q.careers, q.scope.occupations, q.scope.generic = []*bot.Guide{g}, nil, nil
		} else if g := lib.sentenceWorker(q); g != nil {
			// "which credential puts growers near the top of the pay
			// range?": the workers one guide's sentence names, asked in
			// that sentence's words.
			q.careers, q.scope.occupations, q.scope.generic = []*bot.Guide{g}, nil, nil
		} else if g := lib.headInContext(q); g != nil {
			// "the outlook for the cooks who feed crews on orbital stations":
			// a guide's own job word, and words only that guide uses.
			q.careers, q.scope.occupations, q.scope.generic = []*bot.Guide{g}, nil, nil
		} else if g := lib.gerundInContext(q); g != nil {
			// "whats the cheapest space cooking cert?": the work a guide does
			// (it cooks), beside a word only that guide uses.
			q.careers, q.scope.occupations, q.scope.generic = []*bot.Guide{g}, nil, nil
		} else if g := genericOnly(q); g != nil && len(lib.Guides) > 1 && titleWordsTaken(q, g) {
			// "which ML state has the fewest engineers employed?": the
			// guide's worker, its name's other words said apart from it
			q.careers, q.scope.occupations, q.scope.generic = []*bot.Guide{g}, nil, nil
		} else if g == nil || figures(q) && !pointedBack(q, g) && !lib.describesGuide(ctx, q) || len(lib.Guides) > 1 {
			a := e.noGuideFor(lib, q)
			if g := lib.otherSideGuide(q); g != nil {
				if own := ownFigure(q, g); own != "" {
					// "florist vs someone growing plants in superposition —
					// median vs median?": the other side is a guide's work,
					// told in words only it uses; its own figure beside
					// the refusal
					a.Body = comparedRefusal(lib, q.scope.occupations, own)
				}
			}
			return a, nil
		} else {
			// "How do experienced engineers handle these challenges?": engineers
			// here can only mean the one guide's; figures are never read that way.
			generic = fmt.Sprintf("I read %q as %s, the closest guide.", q.scope.occupations[0], g.Title)
			q.careers, q.scope.occupations = []*bot.Guide{g}, nil
		}
	}

	// The career: named in an option, in the text, implied by the only
	// guide or the default, or found by search.
	if req.Option("career") == "" {
		if a := e.crossCerts(lib, q); a != nil {
			return a, nil // certificates of two careers named: both, priced
		}
	}
	if req.Option("career") == "" && len(q.careers) == 0 && len(q.scope.occupations) == 0 {
		if a, b := lib.eitherNamed(q); a != nil {
			// "Which pays more nationally, mapping dreams or cooking on a
			// space station?": two careers, each named by words only its
			// guide uses, on either side of "or".
			q.careers = []*bot.Guide{a, b}
		}
	}
	if req.Option("career") == "" && len(q.careers) < 2 && len(q.scope.occupations) == 0 && (bothJobs(q.words) || q.full != nil && bothJobs(q.full.words)) {
		a, b := lib.twoNamed(q)
		if a == nil && q.full != nil {
			a, b = lib.twoNamed(q.full) // (the jobs told before the question: "one wants machine learning and the other wants to cook for space station crews. in california, which pays more?")
		}
		if a != nil && (len(q.careers) == 0 || q.careers[0] == a || q.careers[0] == b) {
			// "He'd build AI systems, I'd cook on an orbital station … What
			// are the California medians for both jobs?": two careers, each
			// named by words only its guide uses and keeps coming back to.
			q.careers = []*bot.Guide{a, b}
		}
	}
	if req.Option("career") == "" && len(q.careers) == 1 && twoAsked(q) {
		if o := lib.otherNamed(q); o != nil {
			// "one maps dreams in New York, the other is an ML engineer in New
			// York. Which of them has the higher state median?": the other
			// career named by words only its guide uses.
			q.careers = append(q.careers, o)
		}
	}
	if req.Option("career") == "" && len(q.careers) == 2 && len(q.scope.occupations) == 0 && strings.Count(strings.ToLower(q.raw), " vs") >= 2 {
		// "qubit gardening vs dream cartography vs cooking in zero g": a
		// third side named by words only its guide uses
		for _, side := range vsSideRE.Split(q.raw, -1) {
			if o := lib.oneGuideNamed(words(side)); o != nil && !slices.Contains(q.careers, o) {
				q.careers = append(q.careers, o)
			}
		}
	}
	if req.Option("career") == "" && len(q.careers) >= 3 && (ranksNamed(q) || q.has("compare")) {
		// (or set side by side: "median pay: X vs Y vs Z?", every one of them)
		if a := e.careersTable(lib, q); a != nil {
			return a, nil // "which has the most openings: X, Y or Z?"
		}
	}
	if req.Option("career") == "" && len(lib.Guides) > 1 && realnessAsked(q) {
		// "which of your careers are actually real? saw a space chef one
		// and got suspicious": every guide with what it says of itself.
		return e.careers(ctx, &bot.Request{})
	}
	var g *bot.Guide
	switch {
	case req.Option("career") != "":
		var err error
		if g, err = lib.ResolveCareer(req.Option("career")); err != nil {
			return nil, err
		}
	case len(q.careers) >= 2 && (q.has("compare") || len(q.careers) == 2) && len(q.states) == 0 && pointBeyondTable(q):
		// "what software do quantum gardeners plan with, vs what space
		// cooks use?": a point the side-by-side table does not hold, asked
		// of each career in turn.
		if a := e.eachSide(ctx, req, lib, text, q.careers[0], q.careers[1]); a != nil {
			return a, nil
		}
		fallthrough
	case len(q.careers) >= 2 && (q.has("compare") || len(q.careers) == 2):
		a := compareAnswer(e, q.careers[0], q.careers[1], q.states...)
		if w, line := payWinner(q, q.careers[0], q.careers[1]); w != nil && a.Answered {
			a.Career = w.Slug // "which pays more?": the answer is that career
			a.Body = strings.TrimSpace(line + "\n\n" + a.Body)
		} else if w, line := timeWinner(q, q.careers[0], q.careers[1]); w != nil && a.Answered {
			a.Career = w.Slug // "which needs more schooling?"
			a.Body = strings.TrimSpace(line + "\n\n" + a.Body)
		} else if w, line := growthWinner(q, q.careers[0], q.careers[1]); w != nil && a.Answered {
			a.Career = w.Slug // "which is growing faster?"
			a.Body = strings.TrimSpace(line + "\n\n" + a.Body)
		}
		focusCompare(a, q, q.careers[0], q.careers[1])
		return a, nil
	case len(q.careers) >= 1:
		g = q.careers[0]
	default:
		if a := e.careersTable(lib, q); a != nil {
			return a, nil
		}
		if a := e.aboutBot(ctx, lib, q); a != nil {
			return a, nil
		}
		if len(lib.Guides) == 1 {
			g = lib.Guides[0]
		} else if d, ok := lib.Guide(e.defaultCareer); ok {
			g = d
		}
	}
	if req.Option("career") == "" && len(q.careers) == 0 && len(q.scope.occupations) == 0 && (figures(q) || q.has("outlook")) && lib.certGuide(q) == nil {
		if nouns := lib.foreignWork(q); len(nouns) > 0 {
			// "people in the control tower telling planes when to land,
			// pay?": pay asked of work told by things no guide speaks of.
			nq := *q
			nq.scope.occupations, nq.scope.described = []string{"work with " + joinAnd(nouns)}, true
			return e.noGuideFor(lib, &nq), nil
		}
	}
	var guessed []bot.Hit // set when the career was found from the question's words
	if g == nil {
		g = lib.certGuide(q) // a certificate's name says which guide
	}
	if g == nil && e.conceptAsked(lib, q) {
		// "Explain quantum entanglement like I'm five": a concept asked of
		// the bot, which no guide names, not a question about a career.
		return &bot.Answer{Answered: false, Title: offTopicTitle,
			Body: "The guides have nothing on that, and I only answer career questions from them. " + lib.careerHint()}, nil
	}
	if g == nil {
		g, guessed = e.guessCareer(ctx, lib, q)
		if p := lib.permitGuide(q); p != nil && p != g {
			// "how much does the Shared Dreamspace Permit cost? also my
			// passport renewal was 130 bucks": the permit named says whose
			g, guessed = p, []bot.Hit{{Guide: p.Slug}}
		}
		if u := lib.contextNamed(q); u != nil && u != g {
			// "my nephew grafts entangled seedlings — what's the entry-level
			// cert?": the question sentence names no career by its words,
			// the work told before it names one by words only it uses.
			g, guessed = u, []bot.Hit{{Guide: u.Slug}}
		}
		if g == nil {
			if a := e.lacking(ctx, lib, q, nil); a != nil {
				if t := lib.terms.guessOver(q, nil); t != nil {
					// "do quantum greenhouses offer a pension?": said of the
					// guide its own words name.
					if b := e.lacking(ctx, lib, q, t); b != nil {
						return b, nil
					}
				}
				return a, nil
			}
			return e.searchAnswer(ctx, lib, q, nil)
		}
		q.guessed = len(lib.Guides) > 1
		if q.guessed && asksFigures(q) && (!lib.anchoredGuess(ctx, q, g, 2) || plainThing(q)) {
			// (or "i pick tomatoes in a regular greenhouse", "folks who
			// look after ordinary greenhouses": the plain kind of a guide's
			// thing, said to be no guide's)
			// "looking after patients on overnight hospital wards, what's
			// that pay?": a figure asked of work no career is named for,
			// and the words found point to a guide only by a word one of
			// its sections happens to use once. No guide's figures.
			return e.unplacedWork(lib), nil
		}
		if q.guessed && q.intentCount() == 0 && !lib.terms.routes() && len(q.scope.occupations) == 0 && lib.terms.split(q) && !lib.coinedName(q) {
			// (not "what's RehydroCalc for? saw it on a job post": a name no
			// dictionary has, one guide's alone, says which career)
			// "What does it mean when I dream about falling?": no intent, and
			// the words only one guide uses point at different guides
			// ("dream", "falling"); nothing says which career, or that it is
			// about a career at all.
			return &bot.Answer{Answered: false, Title: offTopicTitle,
				Body: "The guides have nothing on that, and I only answer career questions from them. " + lib.careerHint()}, nil
		}
	}
	a, err := e.definition(lib, q, g), error(nil)
	if a == nil {
		a, err = e.answerGuide(ctx, lib, q, g)
	}
	if err != nil {
		return nil, err
	}
	if a.Answered && a.Kind == bot.KindChallenges && durationQuestion(q) && !(hasAll(q, "how", "long") && !adjacent(q.words, "how", "long")) && !q.has(bot.KindChallenges) && !hasDigit(q.raw) {
		// "how long is a typical rotation on the station?": the length of a
		// thing no guide speaks of, found near the challenges: the guide
		// has no such figure (not "how do MLEs cope? … burns out on long
		// animation crunches": "how" and "long" apart ask no length).
		for i, w := range q.words {
			if !q.taken[i] && !q.m.stop[w] && q.m.index[w] == nil && hasLetter(w) && len(w) >= 4 && q.m.lex.OnlyNoun(w) && !gerund(q.m.lex, w) && !placeWord(q.m, w) &&
				!lib.mentions(g, w) && !lib.vocab.known(w) && !lib.isCareerWord(w) {
				return lackingAnswer(e, q, g, nil, "how long a "+q.m.lex.Singular(w)+" lasts"), nil
			}
		}
	}
	if what, ok := strings.CutPrefix(a.Title, "Not in the guide: "); guessed != nil && ok && len(lib.Guides) > 1 && !lib.anchoredGuess(ctx, q, g, coreDocFreq) &&
		!slices.Contains(q.certWord, true) && !namesLicense(q, g) && lib.certGuide(q) == nil && !strings.Contains(what, "(it names it") {
		// (not "how big is the hazard supplement?": an extra only that
		// guide names, without a figure)
		// No career named and the guide guessed lacks it too: say it of the
		// guides, not of one guide the member never asked about (unless a
		// word it keeps coming back to names it: "part-time work growing
		// superposition plants?").
		return lackingAnswer(e, q, nil, nil, what), nil
	}
	if guessed != nil && !a.Answered && a.Title == offTopicTitle && len(lib.Guides) > 1 {
		// "Out of gardening in superposition, cooking in orbit and mapping
		// dreams, which takes the least time?": nothing found in the guide
		// guessed; said of the guides, not of that one.
		return &bot.Answer{Answered: false, Title: offTopicTitle,
			Body: "The guides have nothing I can match to that, and I only answer career questions from them. " + lib.careerHint()}, nil
	}
	if err == nil && guessed != nil && a.Answered && a.Career == g.Slug && len(lib.Guides) > 1 && !lib.anchoredGuess(ctx, q, g, 2) && !lib.ownPairIn(q, g) {
		// "schrodinger garden folks spend most of the day watering?": no
		// career named, and no word of the question is one the guide
		// guessed uses alone; another career's answer would be a guess
		return e.unplacedQuestion(lib), nil
	}
	if err == nil && guessed != nil && a.Career == g.Slug {
		e.noteOthers(lib, a, g, guessed, q.raw)
	}
	if err == nil && a.Answered && g != nil && a.Career == g.Slug && len(q.scope.occupations) > 0 && !lib.ownSideAsked(q, g) &&
		(comparesUnguided(q) || (q.has("compare") || hasAny(q, "vs", "versus", "than")) && a.Source != nil && a.Source.Data != "") && comparedNear(q) &&
		!slices.Contains(q.scope.occupations, q.scope.background) {
		// "data analyst in CA vs MLE in CA, how big is the gap?",
		// "Electrician vs ML engineer: how long to get qualified?": one side
		// has no guide, so there is nothing to weigh the guide's figure
		// against, whichever reading found the figure; its own figure beside
		// the refusal.
		own := ownFigure(q, g)
		if own == "" && a.Source != nil && a.Source.Data != "" {
			pq := *q // "… how big is the gap?": the figures found were pay
			pq.intents = maps.Clone(q.intents)
			pq.intents["salary"]++
			own = ownFigure(&pq, g)
		}
		r := e.noGuideFor(lib, q)
		r.Body = comparedRefusal(lib, q.scope.occupations, own)
		return r, nil
	}
	if err == nil {
		caveats(a, q)
		if generic != "" {
			a.Note = strings.TrimSpace(generic + " " + a.Note)
		}
	}
	return a, err
}

// definition answers "what's the blind growth diary (and why does it
// matter)?" with the guide's line that says what it is ("the blind growth
// diary is a legal record"), offering its section: a thing of two or more
// guide words, asked what it is, nothing else asked. nil otherwise.
func (e *Engine) definition(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	ws := q.words
	if len(ws) < 3 || ws[0] != "what" && ws[0] != "whats" {
		return nil
	}
	k := 1
	if ws[k] == "is" || ws[k] == "are" {
		k++
	}
	if k < len(ws) && (ws[k] == "the" || ws[k] == "a" || ws[k] == "an") {
		k++
	}
	end := k
	for end < len(ws) && !q.m.stop[ws[end]] && hasLetter(ws[end]) && lib.knownTerm(ws[end]) && !lib.isCareerWord(ws[end]) {
		end++
	}
	thing := ws[k:end]
	if len(thing) < 2 || end < len(ws) && ws[end] != "and" || q.m.index[thing[0]] != nil || q.m.index[thing[len(thing)-1]] != nil {
		return nil // ("what's the median salary", "what is the path in"; "… and why does it matter" asks of it too)
	}
	if slices.ContainsFunc(ws[end:], func(w string) bool { return whWord(w) && w != "why" }) {
		return nil // "What's a wake anchor, and what's SomnoTri?": more asked than what it is
	}
	// The lines that say what it is ("Decoherence blight is the disease
	// every grower learns to fear") or give it as a label ("**Decoherence
	// blight**: a single outbreak can collapse a whole greenhouse").
	var lines []string
	var first *bot.Section
	defines := false // a line says what it is; labels alone are left to the sections' passages ("what is the crumb vortex hood": galley hardware)
	for _, s := range g.Sections {
		for line := range strings.Lines(s.Body) {
			line = strings.TrimSpace(line)
			lw := words(line)
			label, _, isLabel := strings.Cut(strings.TrimPrefix(line, "- "), "**:")
			says := isLabel && slices.Equal(words(label), thing)
			for i := 0; !says && i+len(thing) < len(lw); i++ {
				says = slices.Equal(lw[i:i+len(thing)], thing) && (lw[i+len(thing)] == "is" || lw[i+len(thing)] == "are")
				defines = defines || says
			}
			if says && len(lines) < 3 {
				lines = append(lines, strings.ReplaceAll(strings.TrimPrefix(line, "- "), "**", ""))
				if first == nil {
					first = s
				}
			}
		}
	}
	if !defines {
		return nil
	}
	name := strings.Join(thing, " ")
	return e.passageAnswer(g, first, strings.ToUpper(name[:1])+name[1:], strings.Join(lines, "\n"))
}

// aboutOther answers from the section of g that names another occupation
// the question mentions, when there is one.
func (e *Engine) aboutOther(ctx context.Context, lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if lib.Searcher == nil {
		return nil
	}
	occ := q.m.lex.Singular(q.scope.occupations[0])
	hits, err := lib.Searcher.Search(ctx, bot.Query{Text: occ, Guide: g.Slug, Limit: 3})
	if err != nil {
		return nil
	}
	for _, h := range hits {
		s, ok := lib.SectionByID(h.Section)
		if ok && s.Kind != bot.KindFAQ && strings.Contains(strings.ToLower(s.Body), occ) {
			return e.answerSection(g, s)
		}
	}
	return nil
}

// transferAsked reports whether a question asks if what the asker has
// carries over ("does any of that carry over to ML engineering?", "is my
// distributed systems experience transferable?"): the guide's passage on
// that, not the whole path.
func transferAsked(q *question) bool {
	return hasAll(q, "carry", "over") || hasAny(q, "transfer", "transfers", "transferable", "translate", "translates", "carries")
}

// ownContent reports whether the question has words of its own for search
// ("should I learn Python?"), beyond the career and the path's words.
func ownContent(ctx context.Context, lib *Library, q *question, g *bot.Guide) bool {
	for _, w := range lib.contentWords(q, g) {
		for intent := range q.m.index[w] {
			if intent != bot.KindPath && slices.Contains(q.m.routing, intent) {
				return true // "which language should I start with": skills
			}
		}
		if q.m.index[w] == nil && !q.m.switchW[w] && !q.m.origin[w] && lib.Searcher != nil && lib.Searcher.Known(ctx, w) &&
			!q.m.lex.CommonVerb(w) && !q.m.lex.MostlyAdjective(w) {
			return true
		}
	}
	return false
}

// hasOwnTopic: the question has words of its own beyond those that steer
// to the kind ("how long do you get to draw the map after you wake up" is
// about drawing, not the path), and the path's own words are not among
// them.
func hasOwnTopic(q *question, kind string) bool {
	own := 0
	for i, w := range q.words {
		if q.taken[i] || q.m.stop[w] || !hasLetter(w) {
			continue
		}
		if q.m.index[w][kind] || q.m.index[w]["education"] {
			return false
		}
		if q.m.index[w] == nil && (q.lib == nil || !q.lib.nameWords[w]) && !gerund(q.m.lex, w) {
			own++ // not the career's own words ("learning production ML")
		}
	}
	return own >= 2
}

// occupationInContext returns the guide a question is about when the other
// occupation it names is only context: the question without it finds one
// guide by its own words, and that guide's text speaks of the occupation.
// "What's the salary of an astronaut?" finds none and stays refused.
func (e *Engine) occupationInContext(ctx context.Context, lib *Library, q *question) *bot.Guide {
	if lib.Searcher == nil || len(lib.Guides) < 2 {
		return nil
	}
	for _, o := range q.scope.occupations {
		if i := slices.Index(q.words, strings.Fields(o)[0]); figures(q) && (i < 1 || !serves[q.words[i-1]] || i > 1 && q.m.index[q.words[i-2]] != nil && !toldAfter(q.words, i+len(strings.Fields(o))) && !strings.Contains(o, " who ")) {
			// "data scientist salary in CA?": figures are given only for an
			// occupation a guide names, never for one its text mentions
			// ("part cook, part food scientist"); the people a job serves
			// may be mentioned ("openings for cooking for astronauts"), not
			// asked of ("the median for food scientists").
			return nil
		}
		// "line cook salary": a kind of cook the guides do not name, where a
		// guide names another kind ("zero-g cook"), is another occupation;
		// context may place a bare "chef" ("a chef on a space station").
		if f := strings.Fields(o); len(f) > 1 && lib.headNames[q.m.lex.Singular(f[len(f)-1])] != nil {
			return nil
		}
		if f := strings.Fields(strings.ToLower(o)); len(f) > 1 && occupationOpens(q) && (q.m.lex.Occupation(q.m.lex.Singular(strings.Join(f, " "))) || lib.usesPhrase(f[len(f)-2], f[len(f)-1])) {
			// "food scientist at a big packaged-food company: what degree do
			// I need?": a job's full name opening the question is what is
			// asked, though a guide's text mentions it ("part cook, part
			// food scientist")
			return nil
		}
	}
	drop := map[string]bool{}
	for _, o := range q.scope.occupations {
		for _, w := range strings.Fields(o) {
			drop[w] = true
		}
	}
	rest := *q
	rest.words = nil
	for _, w := range q.words {
		// Only words that say what the question is about count: not the
		// occupation, not words that say what kind of fact is wanted, not
		// everyday verbs ("how much do gardeners make").
		if !drop[w] && q.m.index[w] == nil && !q.m.lex.CommonVerb(w) && !q.m.payVerbs[w] {
			rest.words = append(rest.words, w)
		}
	}
	g, _ := e.guessCareer(ctx, lib, &rest)
	if g == nil {
		return nil
	}
	if lib.terms != nil && !lib.terms.routes() && lib.terms.named(guessWords(lib, &rest)) != int32(slices.Index(lib.Guides, g)) {
		// One rare word is chance ("become a cartographer at the county GIS
		// office? I do CAD drafting"): the rest must name the guide by two
		// words only it uses.
		return nil
	}
	for _, o := range q.scope.occupations {
		f := strings.Fields(o)
		if !lib.speaksOf(g, q.m.lex.Singular(f[len(f)-1])) {
			// "AI researcher": a guide that speaks of research, never of
			// researchers; "a Jungian analyst who works with dreams": a
			// guide whose "Nightmare Contour Analyst" is a certificate
			return nil
		}
	}
	return g
}

// toldAfter reports whether the words from k go on to say what the
// occupation before them does ("growers working with qubit trellises",
// "growers of entangled plants", "cooks who …").
func toldAfter(ws []string, k int) bool {
	if k >= len(ws) {
		return false
	}
	switch ws[k] {
	case "who", "that", "of", "with", "on", "in", "aboard":
		return true
	}
	return strings.HasSuffix(ws[k], "ing")
}

// serves words put an occupation after them as the people a job works for,
// not the job asked about.
var serves = setOf("for", "with", "alongside", "among", "serving", "feeding")

// contextNamed is the guide the whole message names by words only it uses
// when the question sentence read alone (q, with its message in q.full)
// names none that way; nil otherwise.
func (l *Library) contextNamed(q *question) *bot.Guide {
	if q.full == nil || l.terms == nil || l.terms.routes() || len(l.Guides) < 2 || len(q.scope.occupations) > 0 || len(q.full.scope.occupations) > 0 {
		return nil
	}
	if l.terms.named(dropStateWords(l.contentWords(q, nil))) >= 0 {
		return nil // the question sentence's own words name a guide
	}
	if u := l.terms.named(guessWords(l, q.full)); u >= 0 {
		return l.Guides[u]
	}
	return nil
}

// eitherNamed returns the two guides a question names on either side of
// "or" (or "vs"), each by words only it uses, when it weighs one against
// the other ("which pays more", "compare"); nil, nil otherwise.
func (l *Library) eitherNamed(q *question) (*bot.Guide, *bot.Guide) {
	if l.terms == nil || l.terms.routes() || len(l.Guides) < 2 || !(q.has("compare") || hasAny(q, "which", "whichever")) {
		return nil, nil
	}
	ws := withoutStates(q.states, dropStateWords(l.contentWords(q, nil))) // (and their codes: "cooking on orbital stations: FL, CA or TX?")
	k := slices.IndexFunc(q.words, func(w string) bool { return w == "or" || w == "vs" || w == "versus" })
	if k < 0 || k > 0 && k+1 < len(q.words) && statePart(q.m, q.words, k-1) && statePart(q.m, q.words, k+1) {
		return nil, nil // (two places set side by side: "superposition gardening in Oregon vs Vermont, what's the difference?")
	}
	var left, right []string
	for i, w := range q.words {
		if !slices.Contains(ws, w) {
			continue
		}
		if i < k {
			left = append(left, w)
		} else if i > k {
			right = append(right, w)
		}
	}
	a, b := l.terms.onlyGuideOf(left), l.terms.onlyGuideOf(right)
	if a < 0 || b < 0 || a == b {
		return nil, nil
	}
	return l.Guides[a], l.Guides[b]
}

// twoAsked reports whether a question asks about two people or jobs at
// once: "which of them", "one … the other", or as asksBoth.
func twoAsked(q *question) bool {
	ws := q.words
	if q.full != nil {
		ws = q.full.words
	}
	if asksBoth(ws) {
		return true // "both", "each", "those two"
	}
	if raw := q.raw; q.full != nil && strings.IndexByte(q.full.raw, ')') >= 0 && listedTwoRE.MatchString(q.full.raw) || strings.IndexByte(raw, ')') >= 0 && listedTwoRE.MatchString(raw) {
		return true // "the median for a) ML engineers b) people who map dreams"
	}
	which := false
	for i, w := range ws {
		switch w {
		case "vs", "versus":
			return true // "job growth for the machine learning career vs the dream mapping one?"
		case "for":
			if i >= 1 && ws[i-1] == "and" && slices.Contains(ws[:i-1], "for") ||
				i >= 2 && ws[i-1] == "also" && ws[i-2] == "and" && slices.Contains(ws[:i-2], "for") {
				return true // "the median for MLEs and (also) for people who map dreams"
			}
		case "than":
			if i+1 < len(ws) && (thanNotJob[ws[i+1]] || hasDigit(ws[i+1])) {
				break // "less than in Nevada", "more than my line cook pay": a place or the asker's own
			}
			for k := max(0, i-5); k < i; k++ {
				if comparativeWords[ws[k]] {
					return true // "is tending entangled orchards quicker to get into than dream mapping?"
				}
			}
		case "which", "whichever":
			which = true
		case "or":
			if which {
				return true // "which pays more: cooking on space stations or quantum gardening?"
			}
		case "them":
			if i >= 2 && ws[i-1] == "of" && ws[i-2] == "which" {
				return true
			}
		case "other":
			if i >= 1 && ws[i-1] == "the" && slices.Contains(ws[:i], "one") {
				return true
			}
		}
	}
	return false
}

// thanNotJob words after "than" set a figure against a place, the asker's
// own or a number, not against another job.
var thanNotJob = setOf("in", "at", "for", "my", "i", "we", "our", "what", "national", "the", "average", "before", "usual", "expected")

// comparativeWords set one thing against another before "than".
var comparativeWords = setOf("quicker", "faster", "slower", "shorter", "longer", "easier", "harder", "more", "less", "better", "worse",
	"higher", "lower", "cheaper", "pricier", "bigger", "smaller")

// otherNamed is the guide other than the one a question names that the
// rest of its words name by words only that guide uses; nil when none.
func (l *Library) otherNamed(q *question) *bot.Guide {
	if l.terms == nil || l.terms.routes() || len(l.Guides) < 2 || len(q.scope.occupations) > 0 {
		return nil
	}
	ws := guessWords(l, q)
	if u := l.terms.named(ws); u >= 0 && l.Guides[u] != q.careers[0] {
		return l.Guides[u]
	}
	// "the machine learning career vs the dream mapping one": the words of
	// another guide's title before its job noun, together.
	var found *bot.Guide
	for _, g := range l.Guides {
		f := strings.Fields(bot.NormalizeName(g.Title))
		if g == q.careers[0] || len(f) < 3 {
			continue
		}
		mods := f[:len(f)-1]
		for i := 0; i+len(mods) <= len(q.words); i++ {
			if slices.Equal(q.words[i:i+len(mods)], mods) {
				if found != nil && found != g {
					return nil
				}
				found = g
			}
		}
	}
	return found
}

// twoNamed are the two guides a question names by words only each uses
// and keeps coming back to (in the order first named), one of them by two
// or more; nil unless exactly two guides are so named.
func (l *Library) twoNamed(q *question) (*bot.Guide, *bot.Guide) {
	if l.terms == nil || l.terms.routes() || len(l.Guides) < 2 {
		return nil, nil
	}
	count := map[int32]map[string]bool{}
	var order []int32
	for _, w := range guessWords(l, q) {
		u := l.terms.sole(w)
		if u < 0 || l.Searcher.DocFreq(context.Background(), w) < 2 {
			continue
		}
		if l.m.lex.CommonVerb(w) || !l.m.lex.Noun(w) && l.m.lex.VerbForm(w) && !l.m.lex.Adjective(w) {
			continue // "he asked what each one pays": a word of telling, not of either career
		}
		if count[u] == nil {
			count[u] = map[string]bool{}
			order = append(order, u)
		}
		count[u][stem(w)] = true
	}
	if len(order) != 2 || max(len(count[order[0]]), len(count[order[1]])) < 2 {
		return nil, nil // (one of the two may be named by a single word: "culinary" beside "entangled greenhouse … horticulture")
	}
	return l.Guides[order[0]], l.Guides[order[1]]
}

// onlyGuide is the guide a question without a career is about: the only
// guide, or the configured default.
func (e *Engine) onlyGuide(lib *Library) *bot.Guide {
	if len(lib.Guides) == 1 {
		return lib.Guides[0]
	}
	if g, ok := lib.Guide(e.defaultCareer); ok {
		return g
	}
	return nil
}

// genericOnly returns the guide when every occupation a question names is
// that guide's head noun alone ("engineers" with one engineer guide).
// titleWordsTaken reports whether every word of g's title but its head
// stands in the question read as a career's ("ML" for "machine
// learning").
func titleWordsTaken(q *question, g *bot.Guide) bool {
	tw := strings.Fields(bot.NormalizeName(g.Title))
	if len(tw) < 2 {
		return false
	}
	for _, w := range tw[:len(tw)-1] {
		k := slices.Index(q.words, w)
		if k < 0 || !q.taken[k] {
			return false
		}
	}
	return true
}

func genericOnly(q *question) *bot.Guide {
	if len(q.scope.generic) != len(q.scope.occupations) || len(q.scope.generic) == 0 {
		return nil
	}
	g := q.scope.generic[0]
	for _, o := range q.scope.generic {
		if o != g {
			return nil
		}
	}
	return g
}

// ranksNamed reports whether a question asks which of the careers it
// names comes first by some measure: "which pays the most", "which has
// more openings", "rank them by growth".
func ranksNamed(q *question) bool {
	return q.has("most") || q.has("least") || hasAny(q, "which", "rank", "ranking", "order", "highest", "lowest", "fastest", "quickest", "best")
}

// pointedBack reports whether the job word the question names ("those
// engineers") points back at guide g's career, named in the sentence
// before ("he builds machine learning systems for a living. How much do
// those engineers earn?").
func pointedBack(q *question, g *bot.Guide) bool {
	if q.full == nil || !slices.Contains(q.full.careers, g) && !slices.ContainsFunc(q.full.words, q.lib.isCareerWord) || len(q.scope.occupations) != 1 {
		return false
	}
	i := slices.Index(q.words, strings.ToLower(q.scope.occupations[0]))
	return i > 0 && (q.words[i-1] == "those" || q.words[i-1] == "these" || q.words[i-1] == "such")
}

// describesGuide reports whether a question naming the one guide's kind of
// worker in general ("engineers") describes them in the guide's own words
// alone ("the make-the-computer-learn engineers", "the engineers who train
// the AI stuff"): every content word the guide knows, one of them a word
// of few of its sections.
func (l *Library) describesGuide(ctx context.Context, q *question) bool {
	if len(l.Guides) != 1 || l.Searcher == nil || len(q.scope.occupations) != 1 {
		return false
	}
	occ := strings.Fields(strings.ToLower(q.scope.occupations[0]))
	var ws []string
	for i, w := range q.words {
		if q.taken[i] || slices.Contains(occ, w) || q.m.stop[w] || q.m.index[w] != nil || !hasLetter(w) || placeWord(q.m, w) || q.m.lex.CommonVerb(w) {
			continue
		}
		ws = append(ws, w)
	}
	if len(ws) == 0 || !l.guideWordIn(ws) {
		return false
	}
	for _, w := range ws {
		if !l.Searcher.Known(ctx, w) && !l.vocab.known(w) {
			return false // "engineers who design rockets": a thing the guide never names
		}
	}
	return true
}

// figures: the question asks for numbers (pay, employment, outlook,
// prices), which are never given for an occupation the guide is not about.
func figures(q *question) bool {
	return asksFigures(q) || q.has("cost")
}

// stateFigure reports whether a question asks a state's one figure by
// its possessive ("Arizona's number in the guide?").
func stateFigure(q *question) bool {
	for i := 1; i < len(q.words); i++ {
		if (q.words[i] == "number" || q.words[i] == "figure") && q.taken[i-1] && strings.Contains(strings.ToLower(q.raw), q.words[i-1]+"'s "+q.words[i]) {
			return true
		}
	}
	return false
}

// usWide are the words that say the whole US ("nationally", "in USA").
var usWide = []string{"us", "usa", "u.s", "country", "nationally", "nationwide", "national", "america", "american"}

// guessCareer finds the career a question names no career for from its rare
// words (those in few sections): one cheap search, then the question is
// answered inside that guide. nil when the question has no rare words.
func (e *Engine) guessCareer(ctx context.Context, lib *Library, q *question) (*bot.Guide, []bot.Hit) {
	if g := lib.initialsGuide(q); g != nil {
		return g, []bot.Hit{{Guide: g.Slug}} // "what does the LLS cost?"
	}
	if g := lib.numberedStepGuide(q); g != nil {
		return g, []bot.Hit{{Guide: g.Slug}} // "what's in step 4, the permit one?"
	}
	if lib.terms.routes() {
		return e.guessByTerms(ctx, lib, q) // large library: the term table (termtable.go)
	}
	freq := lib.Searcher
	ok := freq != nil
	if !ok {
		return nil, nil
	}
	limit := max(3, freq.SectionCount()/100)
	gw := guessWords(lib, q)
	whole := q.raw
	if q.full != nil {
		whole = q.full.raw
	}
	if lib.terms != nil && strings.IndexByte(whole, '?') >= 0 {
		// "mapping dreams sounds cool but do I have to work nights? I'm 50
		// and I go to bed early": words told after the question ("bed",
		// "early") do not outweigh the question's own, which one guide
		// alone uses.
		after := wordsAfterQuestion(whole)
		asked := slices.DeleteFunc(slices.Clone(gw), func(w string) bool { return after[w] })
		if len(asked) < len(gw) {
			if u := lib.terms.onlyGuideOf(asked); u >= 0 && lib.terms.onlyGuideOf(gw) != u {
				return lib.Guides[u], []bot.Hit{{Guide: lib.Guides[u].Slug}}
			}
		}
	}
	if u := lib.terms.onlyGuideOf(gw); u >= 0 && (q.full != nil && pointsBack(q.words) || pointsBackAsked(q.raw)) {
		// "a kid in my class wants to cook for astronauts … what does that
		// kind of job pay?": the question points back at work told before
		// it, and the words only one guide uses all point to that guide,
		// whatever rarer words it shares with others find
		return lib.Guides[u], []bot.Hit{{Guide: lib.Guides[u].Slug}}
	}
	var rare []string
	for _, w := range gw {
		if n := freq.DocFreq(ctx, w); n > 0 && n <= limit {
			rare = append(rare, w)
		}
	}
	if len(rare) == 0 {
		if figures(q) && lib.terms != nil {
			// "the typical salary for ppl who use pytorch": no word is
			// rare, but the words only one guide uses all point to it.
			// (a figure it lacks, "do quantum greenhouses offer a
			// pension?", is said of that guide by lacking, below)
			if u := lib.terms.onlyGuideOf(gw); u >= 0 && e.lacking(ctx, lib, q, lib.Guides[u]) == nil {
				return lib.Guides[u], []bot.Hit{{Guide: lib.Guides[u].Slug}}
			}
		}
		return nil, nil
	}
	if lib.terms != nil {
		// "a posting asks for 'SomnoTri experience'", "interview questions
		// on backprop": a product's name (written CamelCase) or a guide's
		// term typed cut short, that only one guide uses, says which guide,
		// whatever the everyday words around it find.
		var only *bot.Guide
		cut := false // a term typed cut short says it (not only a CamelCase name)
		for _, w := range rare {
			if q.m.lex.Word(w) || !camelIn(q.raw, w) && !lib.terms.completed(q.raw, w) || placeWord(q.m, w) {
				continue // (nor a place's code: "is there a WA row?" is no "Washington" cut short)
			}
			cut = cut || !camelIn(q.raw, w)
			if !camelIn(q.raw, w) && q.full != nil && !slices.Contains(q.words, w) && toldAfterQuestion(q.full.raw, w) {
				continue // (a word of the story told after the question: "… part-time? I do improv" is not "improvement" cut short)
			}
			if gs, ok := lib.terms.guidesWith(stem(w)); ok && len(gs) == 1 {
				if g := lib.Guides[gs[0]]; only == nil || only == g {
					only = g
				} else {
					only = nil
					break
				}
			}
		}
		if only != nil && !(cut && slices.ContainsFunc(gw, func(w string) bool {
			u := lib.terms.sole(w)
			return u >= 0 && lib.Guides[u] != only
		})) {
			// (not when words only another guide uses are there too: "a
			// space galley? i know combi ovens on earth" is no "combin…"
			// cut short)
			return only, []bot.Hit{{Guide: only.Slug}}
		}
	}
	if lib.terms != nil && !slices.ContainsFunc(rare, func(w string) bool { return q.m.index[w] == nil }) {
		// "which state pays the least for the orbit kitchen gig": the rare
		// words are words of what is asked ("least"), not of a topic; the
		// words only one guide uses say which career.
		// (nor a common verb: "which credential puts you near the top of
		// the pay range for superposition growing?")
		var topic []string
		for _, w := range gw {
			if q.m.index[w] == nil && !q.m.lex.CommonVerb(w) {
				topic = append(topic, w)
			}
		}
		if u := lib.terms.onlyGuideOf(topic); u >= 0 {
			return lib.Guides[u], []bot.Hit{{Guide: lib.Guides[u].Slug}}
		}
	}
	if g := lib.labelGuide(q); g != nil {
		return g, []bot.Hit{{Guide: g.Slug}} // "challenges: 'dream drift' — meaning?": a part only one guide names so, whatever the other rare words find
	}
	hits, err := lib.Searcher.Search(ctx, bot.Query{Text: strings.Join(rare, " "), Limit: 10})
	if err != nil || len(hits) == 0 {
		return nil, nil
	}
	// Rare words can be shared by a few careers: when the best hits come
	// from several guides, the whole question decides among the first three.
	var cands []string
	for _, h := range hits {
		if len(cands) < 3 && !slices.Contains(cands, h.Guide) {
			cands = append(cands, h.Guide)
		}
	}
	best := cands[0]
	if len(cands) > 1 {
		all := strings.Join(gw, " ")
		bestScore := -1.0
		for _, c := range cands {
			hs, err := lib.Searcher.Search(ctx, bot.Query{Text: all, Guide: c, Limit: 1})
			if err == nil && len(hs) > 0 && hs[0].Score > bestScore {
				best, bestScore = c, hs[0].Score
			}
		}
	}
	if o := lib.coreOwner(ctx, q, gw); o != nil && o.Slug != best {
		// "the pay range for cooking in orbit, low end to high end": words
		// one guide alone keeps coming back to ("orbit", "cooking") name it,
		// whatever rarer everyday words ("end", "high") another guide
		// happens to use.
		return o, []bot.Hit{{Guide: o.Slug}}
	}
	g, _ := lib.Guide(best)
	if t := lib.terms.guessOver(q, g); t != nil {
		return t, []bot.Hit{{Guide: t.Slug}}
	}
	if sectionIntent(q) && !q.switcher {
		// "which certificate do you have to hold before your first flight?":
		// the words only one guide uses all point to another guide than the
		// search found, so the section asked is that guide's.
		if u := lib.terms.onlyGuideOf(gw); u >= 0 && lib.Guides[u] != g {
			return lib.Guides[u], hits
		}
	}
	return g, hits
}

// labelGuide is the one guide that names a part of itself by two or more
// words the question has side by side, one of them a word only that guide
// uses ("dream drift", a challenge of the dream cartographer's), when the
// library is small enough to read every guide's labels and no other guide
// has such a label; nil otherwise.
func (l *Library) labelGuide(q *question) *bot.Guide {
	if len(l.Guides) < 2 || len(l.Guides) > 20 || l.terms == nil {
		return nil
	}
	st := make([]string, len(q.words))
	for i, w := range q.words {
		st[i] = stem(w)
	}
	var found *bot.Guide
	for _, g := range l.Guides {
		for _, lb := range l.labelsOf(g).labels {
			if len(lb.stems) < 2 || !containsRun(st, lb.stems) || !slices.ContainsFunc(lb.stems, func(x string) bool {
				gs, ok := l.terms.guidesWith(x)
				return ok && len(gs) == 1 // (not "license required": every guide's FAQ may say it)
			}) {
				continue
			}
			if found != nil && found != g {
				return nil
			}
			found = g
			break
		}
	}
	return found
}

// tableOfStates is the one guide whose salary table holds every state a
// figures question sets side by side ("Hawaii vs Alabama for feeding
// astronauts, which pays more?"), when it names two or more and no other
// guide's table holds them all; nil otherwise. Such a question is not
// answered with every career's national median (careersTable), which
// would leave the states unanswered.
func (l *Library) tableOfStates(q *question) *bot.Guide {
	if len(q.states) < 2 || !asksFigures(q) || len(q.scope.occupations) > 0 {
		return nil
	}
	var found *bot.Guide
	for _, g := range l.Guides {
		if !slices.ContainsFunc(q.states, func(st bot.USState) bool { return g.State(st.Code) == nil }) {
			if found != nil {
				return nil
			}
			found = g
		}
	}
	return found
}

// figureOver answers a yes-or-no question that weighs one pay figure of
// the guide against a sum ("MLE median sal over 140k or nah", "is the New
// York median above 160k?", "is the bottom of the pay range above 100k?"):
// the figure, with yes or no first, on the answer that gives it. The
// median is the national one, or the one state's named that the table
// holds (a state it lacks gets that state's answer, which says so); the
// range's bottom or top when the question names an end. nil when the
// question asks which or how many states clear the sum (the threshold
// list), a count or a share.
func (e *Engine) figureOver(q *question, g *bot.Guide) *bot.Answer {
	t, ok := q.threshold()
	if ok && t.percent {
		return e.shareOver(q, g, t)
	}
	if !ok || t.value < 1000 || g == nil || g.Salary.Median == 0 || len(q.states) > 1 || q.has("employed") ||
		hasAny(q, "states", "which", "where", "many", "list", "any", "every", "all", "cert", "certs", "certification", "certifications", "exam") || q.has(bot.KindCerts) || q.has("cost") {
		return nil
	}
	if !hasAny(q, "median", "pay", "salary", "sal", "make", "makes", "earn", "earns", "paid") && !q.has("salary") {
		return nil
	}
	what, v := "the national median", g.Salary.Median
	var a *bot.Answer
	switch {
	case len(q.states) == 1:
		c := keptCopy(stateSalary(e, g, q.states[0]))
		row := g.State(q.states[0].Code)
		if row == nil {
			return &c // "ML engineer median in Texas — higher than 150k?": the table lacks it, which its answer says
		}
		what, v, a = q.states[0].Name+"'s median", row.Median, &c
	case hasAny(q, "bottom", "floor", "lowest", "low", "starting", "start") && g.Salary.Low > 0:
		what, v = "the bottom of the pay range", g.Salary.Low
	case hasAny(q, "top", "ceiling", "max", "maximum", "highest", "past") && g.Salary.High > 0:
		what, v = "the top of the pay range", g.Salary.High
		if g.Salary.HighPlus && v == t.value && t.above {
			// "$300,000+": the top reaches past its figure
			a = nationalSalary(e, g, false)
			a.Body = fmt.Sprintf("Yes: the top of the pay range is %s+, past %s.", bot.Money(v), bot.Money(t.value)) + "\n\n" + a.Body
			return a
		}
	}
	if a == nil {
		a = nationalSalary(e, g, false)
	}
	yes := t.holds(float64(v))
	side := "below"
	if v > t.value {
		side = "above"
	} else if v == t.value {
		side = "exactly"
	}
	word := "No"
	if yes {
		word = "Yes"
	}
	line := fmt.Sprintf("%s: %s is %s, %s %s.", word, what, bot.Money(v), side, bot.Money(t.value))
	if side == "exactly" {
		line = fmt.Sprintf("%s: %s is exactly %s.", word, what, bot.Money(v))
	}
	a.Body = line + "\n\n" + a.Body
	return a
}

// shareOver answers whether one state's median is above (or below) the
// national median by more than a share ("Boston MLE median — does
// Massachusetts beat the national number by more than 10%?"): that state's
// figure, weighed; nil when the question asks otherwise.
func (e *Engine) shareOver(q *question, g *bot.Guide, t threshold) *bot.Answer {
	if g == nil || g.Salary.Median == 0 || len(q.states) != 1 || q.has("employed") || q.has(bot.KindCerts) || q.has("cost") ||
		hasAny(q, "states", "which", "where", "many", "list", "any", "every", "all") || !hasAny(q, "national", "nationally", "nationwide", "average", "overall") {
		return nil
	}
	st := q.states[0]
	c := keptCopy(stateSalary(e, g, st))
	row := g.State(st.Code)
	if row == nil {
		return &c // the table lacks it, which its answer says
	}
	gap := float64(row.Median-g.Salary.Median) * 100 / float64(g.Salary.Median)
	v := math.Abs(gap)
	yes := t.holds(v)
	side := "above"
	if gap < 0 {
		side, yes = "below", yes && !t.above // (above by more than N%: a median below the national one is not)
	}
	word := "No"
	if yes {
		word = "Yes"
	}
	c.Body = fmt.Sprintf("%s: %s's median, %s, is %s%% %s the national median (%s), against the %d%% you asked about.", word, st.Name, bot.Money(row.Median), strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64), side, bot.Money(g.Salary.Median), t.value) + "\n\n" + c.Body
	return &c
}

// permitGuide is the guide whose licence line names a permit (licensePermit)
// by two or more distinct words the question has, more of them than any
// other guide's permit ("the Shared Dreamspace Permit", not the "permit"
// every permit's name ends with); nil otherwise.
func (l *Library) permitGuide(q *question) *bot.Guide {
	if len(l.Guides) < 2 || len(l.Guides) > maxTable {
		return nil
	}
	var best *bot.Guide
	bestN, tie := 0, false
	for _, g := range l.Guides {
		if licensePermit(g.License) == nil {
			continue
		}
		n := 0
		for _, w := range licenseWords(q, g) {
			if slices.Contains(q.words, w) || q.full != nil && slices.Contains(q.full.words, w) {
				n++ // (or named in the message before the question: "… \"the Shared Dreamspace Permit costs like $300\". How much does the permit …")
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = g, n, false
		case n == bestN:
			tie = true
		}
	}
	if bestN < 2 || tie {
		return nil
	}
	return best
}

// lackedField is the first of the words a guide lacks that names a field
// of study or work whose practitioner, read off its ending as practitioners
// does, WordNet knows as an occupation ("pathology": a pathologist's), when
// the question names no guide's career; "" otherwise.
func (l *Library) lackedField(q *question, g *bot.Guide, lacked []string) string {
	if len(lacked) == 0 || l.namesAnyCareer(q.words) {
		return ""
	}
	for _, w := range lacked {
		if len(w) < 5 || !l.m.lex.Field(w) || l.m.lex.Person(w) || degreeBeside(q.words, w) {
			continue // (not "ex-teacher here w/ a physics BSc": a degree held)
		}
		if l.jobAmong(practitioners(w)...) != "" {
			return w
		}
	}
	return ""
}

// degreeBeside reports whether field w stands beside a degree in the
// words: "a physics BSc", "my degree in physics".
func degreeBeside(ws []string, w string) bool {
	for i, x := range ws {
		if x != w {
			continue
		}
		if i+1 < len(ws) && (studyDegree[ws[i+1]] || heldDegree[ws[i+1]]) || i >= 2 && ws[i-1] == "in" && (studyDegree[ws[i-2]] || heldDegree[ws[i-2]]) {
			return true
		}
	}
	return false
}

// heldDegree are the short names of degrees ("BSc", "MS").
var heldDegree = setOf("bsc", "bs", "ba", "msc", "ms", "ma", "mba", "bachelors", "bachelor", "background")

// coreOwner is the guide two or more of a question's words (guess: its
// guessWords) belong to
// alone, each used in at least coreDocFreq of its sections, when no other
// guide has such a word among them; nil otherwise (and with one guide, or
// a library the term table does not list).
func (l *Library) coreOwner(ctx context.Context, q *question, guess []string) *bot.Guide {
	if len(l.Guides) < 2 || l.terms == nil || l.terms.routes() || len(q.scope.occupations) > 0 {
		return nil // (an occupation named is another job, which scope answers)
	}
	owner, n := int32(-1), 0
	for _, w := range guess {
		gi := l.terms.sole(w)
		if gi < 0 || l.Searcher.DocFreq(ctx, w) < coreDocFreq {
			continue
		}
		if owner >= 0 && gi != owner {
			return nil
		}
		owner = gi
		n++
	}
	if n < 2 {
		return nil
	}
	return l.Guides[owner]
}

// answerGuide answers a question about one guide: facts, then the section
// the question routes to, then search within the guide.
func (e *Engine) answerGuide(ctx context.Context, lib *Library, q *question, g *bot.Guide) (a *bot.Answer, err error) {
	if _, ok := ctx.Value(softLackKey{}).(*softLack); !ok {
		// "what meetings end up on an MLE's calendar week to week?": words
		// the guide lacks beside what it has (lacking, answerfit.go) get a
		// line beside the answer given.
		sl := &softLack{}
		ctx = context.WithValue(ctx, softLackKey{}, sl)
		defer func() {
			if err != nil || a == nil || !a.Answered || a.Career != g.Slug || strings.HasPrefix(a.Title, "Not in the guide") {
				return
			}
			if f := lib.lackedField(q, g, sl.words); f != "" {
				// "what does speech-language pathology involve day to day": a
				// field no guide speaks of, whose practitioners WordNet knows,
				// asked with no career named; another line of work
				nq := *q
				nq.scope.occupations, nq.scope.generic = []string{f}, nil
				a = e.noGuideFor(lib, &nq)
				return
			}
			if sl.note == "" {
				sl.note = lib.lackedTopics(q, g) // "do ML companies cover relocation?", answered by a part of the path first
			}
			if s := lib.alsoSays(q, g, a); s != "" {
				a.Body = strings.TrimSpace(a.Body + "\n\nThe guide also says: " + s)
			}
			if sl.note != "" {
				a.Note = strings.TrimSpace(fmt.Sprintf("The %s guide has nothing on %s; this is what it has nearest. %s", g.Title, sl.note, a.Note))
			}
		}()
	}
	if len(q.states) > 0 && !q.has("salary") && !q.has("employed") && !q.has("most") && !q.has("least") && !q.has("state") && (q.hasSectionIntent() || q.has("compare")) && lib.placeToldOnly(ctx, q) {
		// "MLE vs data scientist — what's the difference? from Sioux City",
		// "how many openings per year nationally? Rhode Island is tiny so
		// I'll be looking beyond it": where the asker is, told beside a
		// question that asks nothing of a place.
		nq := *q
		nq.states, nq.city = nil, ""
		q = &nq
	}
	if g != nil && len(q.scope.occupations) > 0 && len(q.careers) == 1 && q.careers[0] == g && lib.ownSideAsked(q, g) {
		// "san diego MLE vs nurse sal, just the ML figure pls": the other
		// side has no guide, and the question asks of the guide's side
		// alone.
		nq := *q
		nq.scope.occupations, nq.scope.generic = nil, nil
		if q.full != nil {
			full := *q.full
			full.scope.occupations, full.scope.generic = nil, nil
			nq.full = &full
		}
		nq.intents = maps.Clone(q.intents)
		delete(nq.intents, "compare")
		if a, err := e.answerGuide(ctx, lib, &nq, g); err == nil && a.Answered {
			return a, nil // (caveats says which side has no guide)
		}
	}
	if a := e.rankClaim(q, g); a != nil {
		return a, nil // "why is Massachusetts the top-paying state?": the table's top, computed
	}
	if a := e.itemCount(lib, q, g); a != nil {
		return a, nil // "how many portfolio ideas does the guide give?": counted from its lists
	}
	if a := e.namedItem(lib, q, g); a != nil {
		return a, nil // "saw Kubeflow on a posting with a nice bonus, what's it used for?": the tool's line
	}
	if a := e.negated(q, g); a != nil {
		return a, nil
	}
	if a := e.lackingFirst(q, g); a != nil {
		return a, nil // "if I fail the permit exam, how soon can I retake it?": no card holds it
	}
	if g != nil && durationQuestion(q) && q.intentCount() == 0 && matchCert(q, g) == nil && !hasAny(q, "step", "stage", "phase", "part") &&
		(hasAny(q, "till", "until", "total", "overall") || adjacent(q.words, "start", "to") || adjacent(q.words, "get", "into") || adjacent(q.words, "job", "ready") ||
			adjacent(q.words, "from", "scratch") || adjacent(q.words, "from", "zero") || adjacent(q.words, "from", "nothing")) &&
		!hasAny(q, "shift", "shifts", "rotation", "rotations", "mission", "missions", "tour", "tours", "stint", "stints", "wake", "waking", "after", "valid", "expire", "last", "lasts",
			"retake", "retakes", "resit", "promotion", "promoted", "senior", "staff", "lead", "principal") {
		// "how long till I'm job ready cooking for a space station crew?",
		// "how long to get into growing plants in superposition, start to
		// finish": the time the whole path takes
		if a := e.answerSectionOr(g, bot.KindPath); a != nil {
			return a, nil
		}
	}
	if a := e.stepNeighbour(lib, q, g); a != nil {
		return a, nil // "what comes after grad school?": the path's own order
	}
	if a := e.stepExtreme(lib, q, g); a != nil {
		return a, nil // "which step is the shortest?": computed from the steps' lengths
	}
	if a := e.stepCompare(lib, q, g); a != nil {
		return a, nil // "is grad school longer than the production ML step?": both steps, weighed
	}
	if a := e.certForPay(q, g); a != nil {
		return a, nil // "which cert puts growers near the top of the range?": the one the pay note names
	}
	if a := e.itemByUse(lib, q, g); a != nil {
		return a, nil // "which instrument tells you how close a bed is to collapsing?"
	}
	if a := e.itemsWeighed(lib, q, g); a != nil {
		return a, nil // "Feast vs Triton, same category?": the line the guide gives each
	}
	if a := e.countedLine(lib, q, g); a != nil {
		return a, nil // "how many sheets do apprentices have to draw?": the line that counts them
	}
	if a := e.timedAnswer(lib, q, g); a != nil {
		return a, nil
	}
	if a := e.whenAnswer(lib, q, g); a != nil {
		return a, nil
	}
	if g != nil && durationQuestion(q) && matchCert(q, g) == nil && lib.stepNamedBy(q, g, true) {
		// "how long is the apprenticeship in a superposition greenhouse?":
		// the step's length
		return e.answerPassage(lib, q, g, g.Section(bot.KindPath)), nil
	}
	if durationQuestion(q) && matchCert(q, g) != nil {
		if s := g.Section(bot.KindPath); s != nil && (lib.stepNamed(q, g) || hasAny(q, "step", "stage", "phase")) {
			// "how long is the apprenticeship before the Licensed Lucid
			// Surveyor credential?": the step's length, not the
			// certificate's card
			return e.answerPassage(lib, q, g, s), nil
		}
		if line := certTimeLine(g, matchCert(q, g)); line != "" && hasAny(q, "get", "getting", "earn", "earning", "obtain", "certified", "complete", "finish") &&
			!hasAny(q, "retake", "retaking", "renew", "renewal", "renewing", "valid", "expire", "expires", "fail", "failed", "wait", "recertify", "exam", "test") {
			// "how long does it take to get certified as a Licensed Lucid
			// Surveyor?": the guide's total time gives the certificate's
			// share
			a := e.answerSectionOr(g, bot.KindPath)
			if a != nil {
				a.Title = "Time to get there · " + g.Title
				a.Body = line + "\n\n" + a.Body
				return a, nil
			}
		}
	}
	if a := e.dataSizeLine(q, g); a != nil {
		return a, nil // "how big is the dataset in that interview question?": the line with the amount of data
	}
	if a := e.quantityLine(lib, q, g); a != nil {
		return a, nil // "how often do fresh groceries arrive?": the line with the number
	}
	if a := e.shareLine(lib, q, g); a != nil {
		return a, nil // "how much of the job is data pipelines?": the line with the percentage
	}
	if a := e.degreeLine(lib, q, g); a != nil {
		return a, nil // "seasoned harder up there, and by how much?": the line with the percentage
	}
	if a := e.whoItSuits(lib, q, g); a != nil {
		return a, nil // "who is ML engineering a good fit for, personality-wise?"
	}
	if a := e.faqAnswer(lib, q, g); a != nil {
		return a, nil // "how is ML engineering different from data science?": the guide's own FAQ
	}
	if a := e.lacking(ctx, lib, q, g); a != nil {
		return a, nil
	}
	if a := e.studyLine(lib, q, g); a != nil {
		return a, nil // "which degree programs does the guide suggest looking into?"
	}
	if a := e.afterStep(lib, q, g); a != nil {
		return a, nil
	}
	if hasAny(q, "else", "next") || q.full != nil && hasAll(q.full, "already", "know") {
		// "I already know Python. What else do I need to learn?"
		if a := e.verbHeading(lib, q, g); a != nil {
			return a, nil
		}
	}
	if q.scope.background != "" && len(q.scope.occupations) == 0 && (ownPayAgainst(q.words) || payCompared(q.words, "my")) && !againstNational(q.words) {
		// "I'm a rural mail carrier, would I make more cooking in zero g?",
		// "I'm a sous chef on a cruise ship. How does my pay compare with an
		// orbital chef's?": the asker's own job, which has no guide,
		// weighed against the career
		return e.ownJobRefused(lib, q, q.scope.background, g), nil
	}
	if cq := q; comparesUnguided(cq) || q.full != nil && comparesUnguided(q.full) && comparedNear(q.full) && q.intentCount() > 0 && (!lib.namesCareer(q.words, q.taken) || asksBoth(q.words) || q.has("compare") || hasAny(q, "than", "or", "vs", "versus", "instead")) {
		// "Which pays more, ML engineer or dentist?", "I'm torn between an
		// ML engineer or an actuary. What's the outlook for each?": the other
		// side has no guide, so there is nothing to weigh the guide's figure
		// against.
		if !comparesUnguided(cq) {
			cq = q.full
		}
		a := e.noGuideFor(lib, cq)
		own := ownFigure(q, g)
		a.Body = comparedRefusal(lib, cq.scope.occupations, own)
		return a, nil
	}
	if a := e.factAnswer(q, g); a != nil {
		return a, nil
	}
	content := lib.contentWords(q, g)
	bg := q.scope.background
	if bg == "" && len(q.scope.occupations) == 1 {
		bg = q.scope.occupations[0]
	}
	if q.switcher && bg != "" && hasAny(q, "different", "difference", "differences", "differ", "differs") && len(lib.namedTerms(ctx, q, content)) == 0 && (q.full == nil || len(lib.namedTerms(ctx, q.full, lib.contentWords(q.full, g))) == 0) {
		// "I'm a data scientist. What's actually different about ML
		// engineering work?": where the guide sets the asker's job against
		// its own (not "… DreamGIS and SomnoTri in the same job post.
		// What's the difference between them?": things the guide names).
		nq := lib.analyse(ctx, "How is "+article(g.Title)+" different from "+article(bg)+"?")
		if len(nq.careers) == 1 && nq.careers[0] == g && !nq.switcher {
			if a, err := e.answerGuide(ctx, lib, nq, g); err == nil && a.Answered {
				return a, nil
			}
		}
	}
	if q.switcher && !ownContent(ctx, lib, q, g) && !transferAsked(q) {
		// "I'm a QA tester, how would I move into this?": the whole path in.
		if s := g.Section(bot.KindPath); s != nil {
			return e.answerSection(g, s), nil
		}
	}
	if durationQuestion(q) && !hasOwnTopic(q, bot.KindPath) {
		// "how long until I'm job ready?": nothing asked but the time, and
		// no topic but the job, is the time to get in.
		plain := q.intentCount() == 0 && !slices.ContainsFunc(content, func(w string) bool {
			return !careerWords[w] && !q.m.lex.MostlyAdjective(w) && !relations[w] && !q.m.goal[w] && !q.m.goal[strings.TrimSuffix(w, "s")] && len(w) > 1
		})
		if s := g.Section(bot.KindPath); s != nil && (plain || lib.relevantSection(ctx, content, s, bot.KindPath, true)) {
			return e.answerPassage(lib, q, g, s), nil
		}
	}
	if len(q.scope.occupations) > 0 && !figures(q) {
		// "How's an ML engineer different from a data scientist?": where the
		// guide speaks of the other occupation.
		if a := e.aboutOther(ctx, lib, q, g); a != nil {
			return a, nil
		}
		if (q.has("compare") || hasAny(q, "or")) && !slices.ContainsFunc(q.scope.occupations, func(o string) bool {
			f := strings.Fields(o)
			return lib.labelsOf(g).uses(stem(q.m.lex.Singular(f[len(f)-1])))
		}) {
			// "Should I become an actuary or an ML engineer?": one side has
			// no guide, and the guide says nothing of it.
			a := e.noGuideFor(lib, q)
			if own := ownFigure(q, g); own != "" {
				// "astrophysicist vs cooking in space, which takes longer
				// to get into?": the guide's side of what is weighed
				a.Body = comparedRefusal(lib, q.scope.occupations, own)
				return a, nil
			}
			a.Body = fmt.Sprintf("There's no guide for %s, and the %s guide says nothing about them, so I can't compare the two. %s",
				q.scope.occupations[0], g.Title, lib.careerHint())
			return a, nil
		}
	}
	kind, strong := routeKind(q)
	if kind != "" {
		if s := g.Section(kind); s != nil && (lib.relevantSection(ctx, content, s, kind, strong) ||
			lib.relevantSection(ctx, lib.askedContent(q, content), s, kind, strong) ||
			len(q.states) > 1 && lib.relevantSection(ctx, withoutStates(q.states, content), s, kind, strong)) {
			// (or the words of the question sentences alone: "People tell
			// me it is practice for cooking up where nothing stays put.
			// What are the biggest challenges …")
			// (or the words besides the states named: "do i need a cert to
			// get hired as an MLE in CA, WA or NY?", whose states are where,
			// not a topic of the section)
			return e.answerPassage(lib, q, g, s), nil
		}
	}

	if madeByWork(q) && len(q.careers) > 0 {
		// before the labels: "products" is not the "production ML" step
		if a := e.answerSectionOr(g, bot.KindOverview); a != nil {
			return a, nil
		}
	}
	if a := e.labelPassage(lib, q, g); a != nil {
		return a, nil
	}
	if a := e.factField(lib, q, g); a != nil {
		return a, nil
	}
	if (len(content) == 0 || whatDoes(q) || asksWhatJobIs(lib, q) || hasAny(q, "sum", "summarize", "summarise", "summary", "overview")) &&
		(len(q.careers) > 0 || hasAny(q, "role", "job", "responsibilities", "overview")) {
		// "what does an ML engineer do?", "ML engineer?"
		if a := e.answerSectionOr(g, bot.KindOverview); a != nil {
			return a, nil
		}
	}
	return e.searchAnswer(ctx, lib, q, g)
}

// withoutStates is the content words but the codes and the words of the
// names of the states.
func withoutStates(states []bot.USState, content []string) []string {
	return slices.DeleteFunc(slices.Clone(content), func(w string) bool {
		return slices.ContainsFunc(states, func(st bot.USState) bool {
			return strings.EqualFold(st.Code, w) || slices.Contains(strings.Fields(strings.ToLower(st.Name)), w)
		})
	})
}

// aboutBot answers questions about the bot itself: which careers it knows,
// what it can do.
func (e *Engine) aboutBot(ctx context.Context, lib *Library, q *question) *bot.Answer {
	n := len(q.words)
	if arithmeticRE.MatchString(q.raw) && len(q.careers) == 0 && q.intentCount() == 0 || taskRE.MatchString(q.raw) {
		// (not "how much of ML work is data pipelines vs algorithms?
		// 50/50?": a guess at the answer after a career question)
		// "what is 17 times 23?", "can you write me a python function …":
		// not a career question.
		return &bot.Answer{Answered: false, Title: "I only answer career questions",
			Body: "I can't answer that: I answer career questions from the guides. " + lib.careerHint() + " Try /help to see what I can do."}
	}
	if n > 0 && n <= 4 && allIn(q.words, q.m.greetings) {
		a := e.help(lib, e.reg)
		a.Answered = false // small talk, not a career answer
		a.Title = "Hi! I'm careerbot"
		if hasAny(q, "thanks", "thank", "thx", "ty", "cheers") {
			a.Title = "You're welcome!"
		}
		a.Bullets = nil
		return a
	}
	switch {
	case n <= 8 && hasAny(q, "careers", "guides", "professions", "occupations") && q.intentCount() == 0 &&
		hasAny(q, "which", "what", "list", "know", "have", "cover", "covered", "available", "all"):
		a, _ := e.careers(ctx, &bot.Request{})
		return a
	case n <= 6 && (hasAll(q, "what", "can", "you", "do") || hasAny(q, "commands") || (n == 1 && hasAny(q, "help", "start"))):
		if e.reg != nil {
			return e.help(lib, e.reg)
		}
	}
	return nil
}

func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if w == "la" {
			ws[i] = "Los Angeles"
		} else if len(w) <= 3 && (w == "nyc" || w == "sf") {
			ws[i] = strings.ToUpper(w)
		} else {
			ws[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(ws, " ")
}

func hasAny(q *question, ws ...string) bool {
	for _, w := range ws {
		if hasAll(q, w) {
			return true
		}
	}
	return false
}

func allIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if !set[w] {
			return false
		}
	}
	return true
}

// factAnswer answers from structured facts (salary, employment, prices,
// outlook, education, licence, source); nil means "not a fact question".
func (e *Engine) factAnswer(q *question, g *bot.Guide) *bot.Answer {
	cert := matchCert(q, g)
	if t, ok := q.threshold(); ok && (q.has(bot.KindCerts) || q.has("cost")) && len(g.Certifications) > 0 && !t.percent {
		return certThresholdAnswer(e, g, t) // "certs under $250"
	}
	if a := e.figureOver(q, g); a != nil {
		return a // "is the New York median above 160k?": that one figure, weighed
	}
	if t, ok := nationalLine(q); ok && len(g.States) > 0 && len(q.states) == 0 && hasAny(q, "state", "states") {
		return thresholdAnswer(e, g, t, false) // "any state below the national median?"
	}
	if t, ok := q.threshold(); ok && len(g.States) > 0 && (q.has("salary") || q.has("employed") || q.has("state")) &&
		!(len(q.states) == 0 && !t.percent && !q.has("state") && rangeEnd(g, t.value)) {
		return thresholdAnswer(e, g, t, !t.money && !q.has("salary") && (q.has("employed") || hasAny(q, "people", "jobs") || len(q.careers) > 0))
	}
	var claim *bot.Answer // certClaim's answer, worked out once when its case is reached
	claimed := false
	claimOf := func() *bot.Answer {
		if !claimed {
			claim, claimed = e.certClaim(q, g, cert), true
		}
		return claim
	}
	switch {
	case cert != nil && q.has("license") && !q.has(bot.KindCerts) && g.License != "" && !strings.Contains(strings.ToLower(cert.Name), "permit") &&
		!strings.Contains(strings.ToLower(cert.Name), "licen"):
		// "how much is the permit for growing plants in superposition?": the
		// permit, not the certificate a word of the question also names.
		return factAnswer(e, g, "License", g.License, "path")
	case q.has(bot.KindCerts) && addsUp(q) && hasAny(q, "all", "every", "each") && !hasAll(q, "how", "many") && len(g.Certifications) > 1 && !q.has("most") && !q.has("least"):
		// "Sum of all three orbital galley certs, in dollars?": all of
		// them, whatever certificate their words also name.
		return certTotalAnswer(e, g, nil)
	case cert != nil && certsNamed(q, g) > 1 && addsUp(q) && !hasAll(q, "how", "many"):
		// "AWS Machine Learning Specialty plus Google Professional ML
		// Engineer: combined exam cost?": those added up.
		return certTotalAnswer(e, g, namedCerts(q, g))
	case certsNamed(q, g) == 2 && (hasAny(q, "cheaper", "pricier", "cheapest", "priciest", "expensive", "costlier") || priceGap(q.words)):
		// (or "REM Atlas Practitioner vs Nightmare Contour Analyst, price
		// difference?")
		// "is the databricks one or the google one cheaper": the two
		// prices, set side by side.
		return certPriceCompare(g, namedCerts(q, g))
	case cert != nil && certsNamed(q, g) > 1:
		// "the difference between the AWS and Google ML certs": both, from
		// the certifications section.
		return e.answerSectionOr(g, bot.KindCerts)
	case cert == nil && whichCertNeeded(q, g):
		// "what certificate do I need before my first flight, and what
		// does it cost?": the one the guide says is required, its price
		a := certAnswer(e, g, requiredCert(g))
		a.Body = strings.TrimSpace(g.Certification) + "\n\n" + a.Body
		return a
	case cert != nil && ordinal(q) > 0 && q.has(bot.KindCerts) && len(g.Certifications) > 2 && (q.has("most") || q.has("least") || hasAny(q, "cheapest", "priciest", "expensive")):
		// "second priciest cert for lucid survey work?": a place in the
		// ranking, whatever certificate the career's words also name
		return cheapestOrDearest(e, g, q, !(q.has("most") || hasAny(q, "priciest", "expensive")) || hasAny(q, "cheapest", "least", "lowest"))
	case cert != nil && certsNamed(q, g) == 1 && claimOf() != nil:
		// "The AWS ML Specialty is the cheapest MLE cert, yeah?": the
		// cheapest, computed, and the price of the one named
		return claim
	case cert != nil:
		return certAnswer(e, g, cert)
	case (q.has("cost") || hasAll(q, "how", "much") || addsUp(q) && !hasAll(q, "how", "many")) && q.has(bot.KindCerts) && len(g.Certifications) > 1 && !q.has("most") && !q.has("least") &&
		(addsUp(q) || hasAll(q, "all", "four") || hasAll(q, "all", "of", "them")):
		// "what would all four certs cost me in total?", "all four ML
		// certs, how much I pay in total?", "all three dream-mapping
		// credentials summed?": added up.
		return certTotalAnswer(e, g, nil)
	case len(g.States) > 1 && len(q.states) == 0 && !durationQuestion(q) && (q.has("employed") || hasAll(q, "how", "many") || hasAny(q, "number", "count") && len(q.careers) > 0) &&
		hasAny(q, "total", "combined", "altogether", "together", "sum", "added") && !q.has("salary") && !q.has(bot.KindCerts):
		// ("total number of ML engineers across all the states … added up?";
		// not "how many years total to become one?")
		if hasAny(q, usWide...) {
			// (no sum of its states: read beside "the whole US", it would
			// pass for the national count)
			return lackingAnswer(e, q, g, nil, fmt.Sprintf("how many work in the whole US (it gives employment for %d states only)", len(g.States)))
		}
		return employedTotalAnswer(e, g)
	case len(g.States) > 1 && len(q.states) == 0 && !durationQuestion(q) && !q.has("salary") && !q.has("outlook") && !q.has(bot.KindCerts) && !q.has("most") && !q.has("least") && !hasAny(q, "state", "states", "openings", "where") &&
		(q.has("employed") || hasAll(q, "how", "many") && len(q.careers) > 0 && hasAny(q, "there", "work", "working", "employed")) &&
		(hasAny(q, usWide...) || hasAny(q, "whole", "headcount")):
		// "how many ML engineers are there in the whole US?": the guide
		// counts the workers of its states only (their sum is no national
		// count).
		return lackingAnswer(e, q, g, nil, "how many work in the whole US (it counts workers only in the states it lists)")
	case hasAll(q, "how", "many") && q.has(bot.KindCerts) && !q.has("cost") && len(g.Certifications) > 0:
		// "how many certs are there?": counted, then listed.
		a := e.answerSectionOr(g, bot.KindCerts)
		if a != nil {
			n := len(g.Certifications)
			a.Body = fmt.Sprintf("The %s guide lists %d %s.\n\n%s", g.Title, n, plural(n, "certification", "certifications"), a.Body)
		}
		return a
	case q.has("cost") && (q.has(bot.KindCerts) || pricedOnly(q)) && len(g.Certifications) > 1 && (q.has("most") || q.has("least") || hasAny(q, "cheapest", "priciest", "expensive")):
		return cheapestOrDearest(e, g, q, !(q.has("most") || hasAny(q, "priciest", "expensive")) || hasAny(q, "cheapest", "least", "lowest") ||
			adjacent(q.words, "most", "cheap") || adjacent(q.words, "more", "cheap")) // ("the most cheap certificate": the cheapest, in a learner's English)
	case q.has("cost") && q.has(bot.KindCerts):
		return e.answerSectionOr(g, bot.KindCerts)
	case len(g.States) > 1 && g.Salary.Median > 0 && hasAny(q, "closest", "nearest") && hasAny(q, "national", "nationally", "average", "median", "benchmark", "typical"):
		// "which state in the guide is closest to the national median?":
		// computed over the state table.
		return closestToNational(e, g)
	case g.Salary.Low > 0 && g.Salary.High > 0 && rangeAsked(q):
		// "the lowest and the highest pay for the job", "how many times
		// bigger is the top of the salary range than the bottom?": the
		// national range's two ends, not the states ranked.
		return e.salaryQuestion(q, g)
	case len(q.states) == 0 && len(g.States) > 1 && ordinal(q) == 0 && hasAny(q, "states") && !q.has(bot.KindCerts) && !q.has("cost") &&
		(q.has("most") && q.has("least") || hasAny(q, "ranking", "ranked", "rank", "order", "ordered") && !q.has("most") && !q.has("least")):
		// "list the states ranked from the highest to the lowest median",
		// "rank the states by ML engineer pay": every state, in order.
		byEmployed := q.has("employed") || !q.has("salary") && hasAny(q, "employs", "employ", "number", "count", "working", "jobs", "people", "positions", "headcount")
		lowest := lowestFirst(q)
		if q.has("most") && q.has("least") {
			// "from lowest to highest": whichever is said first
			lowest = slices.IndexFunc(q.words, func(w string) bool { return q.m.index[w]["least"] }) < slices.IndexFunc(q.words, func(w string) bool { return q.m.index[w]["most"] })
		}
		return fullRanking(e, g, byEmployed, lowest)
	case len(g.States) > 1 && !q.has(bot.KindCerts) && !q.has("cost") && neighbourAsked(q):
		// "Who comes in just below Washington for ML engineer median pay?":
		// the next state in the ranking, computed
		st, step := neighbourState(q)
		if g.State(st.Code) != nil {
			return stateNeighbour(e, g, q, st, step)
		}
		return e.salaryQuestion(q, g)
	case len(q.states) < 2 && len(g.States) > 1 && ordinal(q) > 0 && q.has("state") && !q.has(bot.KindCerts) && !q.has("cost") &&
		(hasAny(q, "ranking", "ranked", "rank", "ranks", "comes", "come", "place", "spot", "list", "number", "runner") || q.has("most") || q.has("least") || hasAny(q, "which") && q.has("salary")):
		// "Ranking by number employed, which state comes second after
		// California?": a place in the ranking, by pay unless counted.
		// ("the second most ML engineers working": a count; "runner-up
		// state for people who survey dreamscapes": the people are the
		// career told, not a count)
		byEmployed := q.has("employed") || !q.has("salary") && (hasAny(q, "employs", "employ", "number", "count", "working", "jobs", "positions") || hasAny(q, "people") && !adjacent(q.words, "people", "who") ||
			len(q.careers) > 0 && (q.has("most") || q.has("least")))
		return stateRanking(e, g, q, byEmployed, lowestFirst(q), ordinal(q), q.excluded...)
	case len(q.states) == 0 && len(g.States) > 1 && (q.has("most") || q.has("least")) && (q.has("employed") || hasAll(q, "how", "many") ||
		(q.has("state") || hasAll(q, "where") && !q.storyWhere) && !q.has("salary") && (hasAny(q, "most", "fewest", "least", "many", "jobs", "people", "positions") || len(q.careers) > 0)):
		return stateRanking(e, g, q, true, lowestFirst(q), ordinal(q), q.excluded...)
	case len(q.states) == 1 && len(g.States) > 1 && (q.has("most") || q.has("least")) && !q.has(bot.KindCerts) && !q.has("cost") && !hasAny(q, "than", "national", "average", "nationally") &&
		!(hasAny(q, "range", "spread", "floor", "ceiling") && !hasAny(q, "which")) && // (not "the spread, from the low end to the top of the range")
		(q.has("employed") || q.has("salary") || hasAny(q, "employs", "employ", "pays", "paying") ||
			q.has("state") && hasAny(q, "which", "what") && hasAny(q, "people", "working", "jobs", "positions", "fewest")):
		// "Is it true Hawaii employs the most orbital chefs?": the ranking
		// says which state does (and "which state has the fewest people
		// mapping dreams? someone said illinois": a guess beside it).
		return stateRanking(e, g, q, q.has("employed") || hasAny(q, "employs", "employ", "people", "working", "jobs", "positions", "fewest") && !q.has("salary"), lowestFirst(q), ordinal(q), q.excluded...)
	case len(q.states) > 1 && !q.has("salary") && (hasAny(q, "working", "work", "people", "ppl", "folks") || hasAll(q, "there", "are") && len(q.careers) > 0) && hasAny(q, "more", "fewer", "most", "bigger"):
		// (and "do more ppl map dreams for a living in Illinois than in Nevada?")
		// (and "there are more ML engineers in Washington than in New York")
		// "Are there more ML engineers working in New York or Washington?"
		q.intents["employed"]++
		return e.salaryQuestion(q, g)
	case len(q.states) > 0 && (q.has("employed") || hasAll(q, "how", "many") && !durationQuestion(q) || hasAny(q, "jobs", "positions") && !q.has("salary") ||
		hasAny(q, "number", "count") && hasAny(q, "working", "work", "employed") && !q.has("salary")) && !growthAsked(q) &&
		!(hasAny(q, "openings", "opening", "vacancies") && !q.has("salary") && len(q.states) == 1):
		// (and "number of MLEs working in massachusetts?"; not "how many
		// openings a year? I'm in a small town in Alabama": openings are
		// the outlook's, counted for the nation)
		return e.salaryQuestion(q, g)
	case q.has("source") && salaryOnlyQualifies(q) && (strongly(q, "source") || !q.hasSectionIntent()):
		// "which SOC code is the salary data based on?"
		return sourceAnswer(e, g)
	case q.has("salary") && durationQuestion(q) && len(q.states) == 0 && slices.ContainsFunc(q.words, moneyFigure) && g.Section(bot.KindPath) != nil:
		// "How soon could I be earning around $150k as an MLE if I start
		// from zero?": the time to get there, which the path gives, and
		// where the figure stands against the guide's pay
		a := e.answerSectionOr(g, bot.KindPath)
		if a != nil && g.Salary.Median > 0 {
			c := keptCopy(a)
			a = &c
			cite := ""
			if g.Salary.Year > 0 {
				cite = fmt.Sprintf(" (%s, %d)", dataName(g), g.Salary.Year)
			}
			a.Body = fmt.Sprintf("The national median salary is %s a year%s, and the path below is how long the guide says getting into the role takes. ", bot.Money(g.Salary.Median), cite) + a.Body
		}
		return a
	case q.has("salary") && !q.has(bot.KindCerts):
		return e.salaryQuestion(q, g)
	case len(q.states) > 1 && hasAny(q, "figure", "number") && slices.ContainsFunc(q.words, func(w string) bool { return comparatives[w] }) && !slices.Contains(q.certWord, true) && !q.hasSectionIntent():
		// "is the Washington figure for MLE higher than New York's?": two
		// states' figures set against each other
		return e.salaryQuestion(q, g)
	case len(q.states) > 0 && (hasAny(q, "numbers", "figures", "stats", "statistics") || stateFigure(q)) && !hasAny(q, "two", "both", "each") && !slices.Contains(q.certWord, true) && !q.has("source") && !q.has("employed") && !q.hasSectionIntent() && len(q.intents) <= q.intents[bot.KindCerts]+q.intents["cost"]:
		// "do your numbers cover seattle at all?": the figures of a place,
		// whatever verb asks whether the guide has them (no certificate
		// named to "cover" anything)
		return e.salaryQuestion(q, g)
	case (q.intentCount() == 0 || q.intentCount() == q.intents["compare"] || q.intentCount() == q.intents["cost"] && len(q.states) > 0 && !slices.Contains(q.certWord, true)) &&
		(len(q.states) > 0 || hasAll(q, "how", "much")) && onlyFigureWords(untakenContent(q)) && !asksWhatDone(q.words):
		// (not "What does an ML engineer actually do? I'm retired, in
		// Maine": the work asked, the place told)
		// (and "how much for ML eng in NYC": a price asked of no certificate)
		// "ML engineer in san francisco how much", "orbital chef in Alabama?":
		// a career and a place, nothing else asked, is a question of pay.
		return e.salaryQuestion(q, g)
	case q.has("source") && !q.has("salary") && (strongly(q, "source") || !q.hasSectionIntent()):
		// (not "tools for surveying dreams, every category": a weak word
		// of the source beside a section asked)
		return sourceAnswer(e, g)
	case durationQuestion(q) && (q.has(bot.KindPath) || q.has("education") || hasAny(q, "take", "takes") ||
		q.intentCount() == 0 && len(q.careers) > 0 && hasAny(q, "till", "until", "til")) && // ("how long till i could be an ML engineer")
		!hasOwnTopic(q, bot.KindPath):
		return e.answerSectionOr(g, bot.KindPath)
	case q.has("outlook") && !strongly(q, bot.KindInterview) && (outlookAsked(q) || !sectionIntent(q) && !hasAny(q, "when")):
		// not "when do most jobs get posted?": a time of year, not the outlook
		return outlookAnswer(e, g)
	case q.has("license") && q.has("education") && !q.has(bot.KindPath):
		// "need a license or a masters?": both from the key facts.
		return requirementsAnswer(e, g)
	case q.has("license"):
		return factAnswer(e, g, "License", g.License, "path")
	case q.has("education") && !q.has(bot.KindPath) && !q.has(bot.KindCerts) && !q.has(bot.KindSkills) && g.Section(bot.KindPath) != nil &&
		(hasAny(q, "study", "focus", "courses", "coursework", "learn", "cover") || majorIn(q) || pathBeyondFact(q, g)):
		// "what should I study in undergrad?", "what to focus on in grad
		// school?", "what should i major in?", "what should the bachelor's
		// part cover?": what to do at a stage is in the path's steps
		return e.answerPassage(q.lib, q, g, g.Section(bot.KindPath))
	case q.has("education") && !q.has(bot.KindPath) && !q.has(bot.KindCerts) && !q.has(bot.KindSkills):
		return educationAnswer(e, g)
	case hasAll(q, "what", "need") && q.intentCount() == 0 && !(len(q.words) > 1 && q.words[0] == "what" && !q.m.stop[q.words[1]]) &&
		!slices.ContainsFunc(untakenContent(q), func(w string) bool {
			return w != "need" && g.Section(bot.KindPath) != nil && q.lib.headingWord(g, w) && !namesWork(g, w)
		}):
		// (not "what kind of math do i need": a topic a heading names,
		// "Lay CS and math foundations", is what is asked)
		// "What do I need before I can map other people's dreams?": the
		// requirements, from the guide's key facts.
		return requirementsAnswer(e, g)
	}
	return nil
}

// pathBeyondFact reports whether the question asks, besides the schooling,
// about something the path's steps say and the education fact does not
// ("should I publish papers in grad school?").
func pathBeyondFact(q *question, g *bot.Guide) bool {
	fact := map[string]bool{}
	for _, w := range words(g.Education) {
		fact[stem(w)] = true
	}
	var path map[string]bool
	for _, w := range q.lib.contentWords(q, g) {
		if q.m.index[w] != nil || q.m.lex.CommonVerb(w) || fact[stem(w)] {
			continue
		}
		if path == nil {
			path = map[string]bool{}
			for _, pw := range words(g.Section(bot.KindPath).Body) {
				path[stem(pw)] = true
			}
		}
		if path[stem(w)] {
			return true
		}
	}
	return false
}

var durationRE = mustGuard(`\d+\s*(minutes?|hours?|days?|weeks?|months?|years?)\b`)

// spanClaimRE finds a span of time claimed in a question ("is one year",
// "takes 3 years").
var spanClaimRE = mustGuard(`(?i)\b(is|takes?|only|just|about|around)\s+(\d+|one|two|three|four|five|six|a)\s*(-\s*\d+\s*)?(years?|months?|weeks?)\b`)

// durationQuestion: "how long ...", "how many years ...".
func durationQuestion(q *question) bool {
	return hasAll(q, "how", "long") || hasAll(q, "how", "longer") || hasAny(q, "timeline", "duration", "length") || (hasAll(q, "how", "many") && hasAny(q, "years", "months", "weeks")) ||
		hasAll(q, "total", "time") || hasAll(q, "how", "much", "time") && adjacent(q.words, "much", "time") || hasAll(q, "how", "soon") || hasAll(q, "how", "quickly") ||
		hasAll(q, "how", "fast") && !q.has("outlook") && !hasAny(q, "growing", "grow", "grows", "changing", "change", "changes", "moving", "move", "moves") || // "how fast do you have to draw the map after waking up"

		spanClaimRE.MatchString(q.raw) || // "grad school is one year, tops. True?"
		len(q.words) > 2 && q.words[0] == "time" && q.words[1] == "to" || // "…, time to get there, …": a listed part
		adjacent(q.words, "time", "limit") || adjacent(q.words, "time", "limits") // "the practical test's time limit": how long it runs
}

// adjacent reports whether a is followed directly by b in ws ("how much
// time", not "only have time for one cert … how much is it").
func adjacent(ws []string, a, b string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == a && ws[i+1] == b {
			return true
		}
	}
	return false
}

func sourceAnswer(e *Engine, g *bot.Guide) *bot.Answer {
	s := g.Source
	a := &bot.Answer{Answered: true, Career: g.Slug, Title: "Sources · " + g.Title, Source: dataSource(g, "Sources")}
	body := fmt.Sprintf("The %s guide is written from", g.Title)
	if s.Title != "" {
		body += fmt.Sprintf(" %q by", s.Title)
	}
	body += " " + s.Publisher
	if s.Date != "" {
		body += " (" + s.Date + ")"
	}
	body += "."
	if s.Data != "" {
		body += " Its figures come from " + s.Data + "."
	}
	if g.Salary.Year > 0 {
		body += fmt.Sprintf(" The salary figures are for %d.", g.Salary.Year)
	}
	a.Body = body
	a.Fields = append(a.Fields, bot.Field{Label: "Publisher", Value: s.Publisher, Inline: true})
	a.AddField("Author", s.Author, true)
	a.AddField("Data", s.Data, false)
	if g.Salary.Year > 0 {
		a.AddField("Salary year", strconv.Itoa(g.Salary.Year), true)
	}
	a.AddField("SOC code", s.SOC, true)
	a.AddField("Link", s.URL, false)
	a.FollowUps = e.followUps(g, "", "salary", "outlook")
	return a
}

func hasAll(q *question, ws ...string) bool {
	mask := q.wordMask()
	for _, w := range ws {
		if w != "" && !mask.mayHave(w) {
			return false // not among the words: no need to compare it with each
		}
		found := false
		for _, x := range q.words {
			if x == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// routeKind picks the section kind the question's words point to most, and
// whether a strong word ("certifications", not "morning") pointed there.
func routeKind(q *question) (kind string, strong bool) {
	bestN := 0
	for _, k := range q.m.routing {
		if n := q.intents[k]; n > bestN {
			kind, bestN = k, n
		}
	}
	return kind, kind != "" && strongly(q, kind)
}

func (e *Engine) answerSectionOr(g *bot.Guide, kind string) *bot.Answer {
	if kind == bot.KindOutlook {
		return outlookAnswer(e, g)
	}
	if s := g.Section(kind); s != nil {
		return e.answerSection(g, s)
	}
	return nil // let search find something else
}

// stateRank says where a state stands among the guide's states by median
// pay (or by the number employed), computed from the state table: "New
// York ranks 3rd of the 4 states in the guide by median pay, behind
// California and Washington." "" when the guide has no figure for it.
func stateRank(g *bot.Guide, code string, employed bool) string {
	rows := slices.Clone(g.States)
	if len(rows) < 2 {
		return ""
	}
	value := func(r bot.StateSalary) int {
		if employed {
			return r.Employed
		}
		return r.Median
	}
	slices.SortStableFunc(rows, func(a, b bot.StateSalary) int { return cmp.Compare(value(b), value(a)) })
	at := slices.IndexFunc(rows, func(r bot.StateSalary) bool { return r.Code == code })
	if at < 0 {
		return ""
	}
	by := "median pay"
	if employed {
		by = "the number employed"
	}
	out := fmt.Sprintf("%s ranks %s of the %d states in the guide by %s", bot.StateName(code), ordinalWord(at+1), len(rows), by)
	if at > 0 {
		var ahead []string
		for _, r := range rows[:at] {
			v := bot.Money(r.Median)
			if employed {
				v = bot.Thousands(r.Employed)
			}
			ahead = append(ahead, fmt.Sprintf("%s (%s)", bot.StateName(r.Code), v))
		}
		out += ", behind " + joinAnd(ahead)
	} else {
		out += ": the top"
	}
	return out + "."
}

// rankAsked reports whether a question asks where something ranks ("where
// does NY rank", "NY's ranking for pay"), not of ranking as work ("search
// ranking models").
func rankAsked(q *question) bool {
	for i, w := range q.words {
		switch w {
		case "rank", "ranks", "ranked":
			return true
		case "ranking", "rankings":
			if i+1 == len(q.words) || q.m.stop[q.words[i+1]] {
				return true
			}
		}
	}
	return false
}

// ordinalWord is 1 → "1st", 2 → "2nd", 3 → "3rd", 4 → "4th" …
func ordinalWord(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

func (e *Engine) salaryQuestion(q *question, g *bot.Guide) (a *bot.Answer) {
	defer func() { a = withPayPeriod(q, g, a) }() // "per hour", "after tax": the figures worked out, or said to be gross
	if a := e.figureOver(q, g); a != nil {
		return a
	}
	if t, ok := q.threshold(); ok && len(g.States) > 0 && !(len(q.states) == 0 && !t.percent && rangeEnd(g, t.value)) {
		// not "can you really make 300k+?": the top of the national range
		return thresholdAnswer(e, g, t, q.has("employed") || t.value < 1000 || hasAny(q, "people", "employed", "employ", "jobs"))
	}
	switch {
	case len(q.states) == 1:
		a := stateSalary(e, g, q.states[0])
		if q.city != "" {
			a.Note = strings.TrimSpace(fmt.Sprintf("The guide has figures by state, not by city; %s is in %s. %s",
				titleCase(q.city), q.states[0].Name, a.Note))
		}
		if rankAsked(q) {
			if r := stateRank(g, q.states[0].Code, q.has("employed") || hasAny(q, "jobs", "employs", "employ")); r != "" {
				a.Body = r + "\n\n" + a.Body // "where does NY rank among the guide's states?"
			}
		}
		if row := g.State(q.states[0].Code); row != nil && row.Median != g.Salary.Median && gapAsked(q) {
			// "how does cali compare to the national median, in dollars?"
			gap, dir := row.Median-g.Salary.Median, "above"
			if gap < 0 {
				gap, dir = -gap, "below"
			}
			a.Body = fmt.Sprintf("The %s median is %s %s the national median (%s against %s).\n\n", q.states[0].Code, bot.Money(gap), dir,
				bot.Money(row.Median), bot.Money(g.Salary.Median)) + a.Body
		}
		return a
	case len(q.states) > 1:
		return statesAnswer(e, g, q.states, q.has("employed") || hasAny(q, "jobs", "positions", "employs", "employ"), q.has("most"), q.has("least"))
	case len(g.States) > 1 && (q.has("most") || q.has("least")) && (q.has("state") || hasAll(q, "where") && !q.storyWhere) &&
		!(hasAny(q, "range", "floor", "ceiling") && !hasAny(q, "which")) && !rangeAsked(q):
		// (not "the full pay range, lowest to highest? … where the floor
		// is": the national range, low to high)
		if r := q.region; r != nil && r.asState {
			// "which midwest state pays best?": the region's states only
			if len(r.rows(g)) == 0 {
				return regionSalary(e, g, r, q.has("employed"))
			}
			return stateRanking(e, g, q, false, lowestFirst(q), ordinal(q), append(slices.Clone(q.excluded), r.outside(g)...)...)
		}
		return stateRanking(e, g, q, false, lowestFirst(q), ordinal(q), q.excluded...)
	default:
		// A place outside the US gets the national figures only: no state
		// table to read as if it were about that place.
		// The national median asked for alone ("what's the median salary
		// for an ML engineer?"): that figure, the states a follow-up.
		// (the national figure asked, "national range" too: national)
		oneFigure := hasAny(q, "median", "average", "overall", "us", "usa", "typical") && !q.has("compare") &&
			!hasAny(q, "gap", "than", "above", "below", "where", "states", "range", "ranges", "spread", "low", "high", "top", "bottom", "entry", "starting", "ceiling", "floor",
				"there", "highest", "lowest", "second", "third", "most", "least")
		national := hasAny(q, "national", "nationally", "nationwide") && !q.has("compare") && !hasAny(q, "gap", "than", "above", "below")
		if q.region != nil && q.scope.foreign == "" && !national && !hasAny(q, "us", "usa", "overall", "national", "nationally", "nationwide") {
			// "what do ML engineers make in the Midwest?": the guide's
			// states there, or the national figures said to be no
			// figure for the region
			return regionSalary(e, g, q.region, q.has("employed") || hasAny(q, "jobs", "positions", "employs", "employ"))
		}
		return nationalSalary(e, g, q.scope.foreign == "" && (q.has("state") || len(g.States) <= 10 && !national && !oneFigure))
	}
}

// thresholdAnswer lists the states of the guide's table above or below a
// figure ("which states pay more than $170,000", "fewer than 10,000
// employed").
func thresholdAnswer(e *Engine, g *bot.Guide, t threshold, byEmployed bool) *bot.Answer {
	if !byEmployed && t.value < 1000 {
		byEmployed = true
	}
	var in []bot.StateSalary
	for _, r := range g.States {
		v := float64(r.Median)
		switch {
		case t.percent:
			v = r.VsNationalPct
		case byEmployed:
			v = float64(r.Employed)
		}
		if t.holds(v) {
			in = append(in, r)
		}
	}
	what := "a median salary"
	fig := bot.Money(t.value)
	switch {
	case t.percent && t.value == 0:
		what, fig = "a median", fmt.Sprintf("the national median (%s)", bot.Money(g.Salary.Median))
	case t.percent:
		what, fig = "a median", fmt.Sprintf("%d%% over the national median", t.value)
	case byEmployed:
		what, fig = "employment", bot.Thousands(t.value)
	}
	figOf := func(int) string { return fig }
	if t.upper > 0 || t.exact {
		figOf = func(v int) string { // both ends of a range, or the one figure, as typed units
			if byEmployed {
				return bot.Thousands(v)
			}
			return bot.Money(v)
		}
	}
	dir := t.side("above", "below", figOf)
	a := &bot.Answer{Answered: true, Career: g.Slug, Title: fmt.Sprintf("%s: states with %s %s", g.Title, what, dir),
		Source: dataSource(g, "Salary by state")}
	if len(in) == 0 {
		a.Body = fmt.Sprintf("None of the %d states in the %s guide has %s %s.", len(g.States), g.Title, what, dir)
	} else {
		a.Body = fmt.Sprintf("Of the %d states in the %s guide, %d %s %s %s:", len(g.States), g.Title, len(in),
			map[bool]string{true: "has", false: "have"}[len(in) == 1], what, dir)
		if len(in) == len(g.States) && len(in) > 1 {
			a.Body = fmt.Sprintf("All %d states in the %s guide have %s %s:", len(in), g.Title, what, dir)
		}
		for _, r := range in {
			a.Bullets = append(a.Bullets, stateLine(r))
		}
	}
	a.FollowUps = append([]bot.FollowUp{{Label: "All states", Command: "salary", Options: careerOnly(e, g)}}, e.followUps(g, "", "outlook")...)
	return a
}

// nationalLineRE finds a side of the national median asked of the states
// ("any state below the national median?").
var nationalLineRE = regexp.MustCompile(`(?i)\b(above|over|higher than|more than|below|under|lower than|less than)\s+(?:the\s+)?(?:us\s+|national\s+|country'?s?\s+)(?:median|average|figure|number|pay|salary|level)`)

// nationalLine reads the national median as the line a state's median is
// weighed against: a threshold of 0% above or below it.
func nationalLine(q *question) (threshold, bool) {
	if hasDigit(q.raw) || !hasAny(q, "any", "which", "many", "every", "all", "none", "list") || hasAny(q, "most", "least", "smallest", "biggest", "largest", "furthest", "farthest", "highest", "lowest", "top", "bottom", "only", "premium", "bump", "rank", "each", "far") {
		return threshold{}, false // (not "which state is furthest above the national median?": a ranking)
	}
	m := nationalLineRE.FindStringSubmatch(q.raw)
	if m == nil {
		return threshold{}, false
	}
	up := !strings.Contains("below|under|lower than|less than", strings.ToLower(m[1]))
	return threshold{percent: true, above: up}, true
}

// certThresholdAnswer lists the certifications priced above or below a
// figure ("certs under $250").
func certThresholdAnswer(e *Engine, g *bot.Guide, t threshold) *bot.Answer {
	dir := t.side("over", "under", bot.Money)
	a := &bot.Answer{Answered: true, Career: g.Slug, Kind: bot.KindCerts, Items: certItems(e, g),
		Title: fmt.Sprintf("Certifications costing %s · %s", strings.TrimPrefix(dir, "of "), g.Title), Source: source(g, "Certifications")}
	for _, c := range g.Certifications {
		if c.Price > 0 && t.holds(float64(c.Price)) {
			a.Bullets = append(a.Bullets, certLine(c))
		}
	}
	costs := strings.TrimPrefix(dir, "of ")
	if len(a.Bullets) == 0 {
		a.Body = fmt.Sprintf("None of the %d certifications in the %s guide costs %s.", len(g.Certifications), g.Title, costs)
	} else {
		a.Body = fmt.Sprintf("Of the %d certifications in the %s guide, %d cost %s:", len(g.Certifications), g.Title, len(a.Bullets), costs)
	}
	a.FollowUps = e.followUps(g, "certs", "certs", "path", "salary")
	return a
}

// lowestFirst: the question asks for the bottom of a ranking.
func lowestFirst(q *question) bool {
	// "from highest to lowest", "lowest to highest", "from highest salary
	// to lowest": the first named leads
	for i, w := range q.words {
		if !q.m.index[w]["most"] && !q.m.index[w]["least"] {
			continue
		}
		for j := i + 1; j <= i+2 && j+1 < len(q.words); j++ {
			if q.words[j] == "to" && (q.m.index[q.words[j+1]]["most"] || q.m.index[q.words[j+1]]["least"]) {
				return q.m.index[w]["least"]
			}
		}
	}
	return q.has("least") && !q.has("most") || hasAny(q, "fewest", "lowest", "least", "cheapest")
}

// ordinal reads "2nd", "second", "third" (0 for the top).
func ordinal(q *question) int {
	for i, w := range q.words {
		if (w == "number" || w == "no") && i+1 < len(q.words) {
			switch q.words[i+1] { // "what's number two on the list?"
			case "two", "2":
				return 1
			case "three", "3":
				return 2
			}
		}
		if k := placeOf(w); k > 0 {
			return k
		}
	}
	return 0
}

// placeOf is the place a word names, counted from 0 ("second" → 1,
// "3rd" → 2, "runner" of "runner-up" → 1); 0 for any other word.
func placeOf(w string) int {
	switch w {
	case "2nd", "second", "runner":
		return 1
	case "3rd", "third":
		return 2
	case "4th", "fourth":
		return 3
	case "5th", "fifth":
		return 4
	case "6th", "sixth":
		return 5
	case "7th", "seventh":
		return 6
	case "8th", "eighth":
		return 7
	case "9th", "ninth":
		return 8
	case "10th", "tenth":
		return 9
	}
	return 0
}

// placeName names place k counted from 0 as a ranking says it: "second",
// "third", "fourth", then "5th", "6th" …
func placeName(k int) string {
	if k >= 1 && k <= 3 {
		return []string{"second", "third", "fourth"}[k-1]
	}
	return ordinalWord(k + 1)
}

// rankOrdinal is ordinal(q) when the place is said right before what
// ranks ("the second cheapest", "3rd most expensive", "runner-up
// priciest"), 0 otherwise ("second question: which cert is cheapest?").
func rankOrdinal(q *question) int {
	k := ordinal(q)
	if k == 0 {
		return 0
	}
	for i := 0; i+1 < len(q.words); i++ {
		if next := q.words[i+1]; placeOf(q.words[i]) == k &&
			(next == "most" || next == "least" || superlative[next] || strings.HasSuffix(next, "est")) {
			return k
		}
	}
	return 0
}

// neighbourState reads "just below Washington", "right above
// Massachusetts", "the one right after California": the state the ranking
// is read from (among those asked or set aside) and the step from it, +1
// for the next one down and -1 for the next one up; 0 when none is asked.
func neighbourState(q *question) (bot.USState, int) {
	if len(q.states)+len(q.excluded) != 1 || hasAny(q, "than") ||
		!hasAny(q, "which", "who", "comes", "come", "sits", "ranks", "rank", "ranked", "place", "spot", "next") && !hasAll(q, "what", "state") {
		return bot.USState{}, 0 // ("does Washington pay more than …": two weighed; "178k, above New York's median?": a figure set against one)
	}
	st := append(slices.Clone(q.states), q.excluded...)[0]
	name, code := strings.Fields(strings.ToLower(st.Name)), strings.ToLower(st.Code)
	for i, w := range q.words {
		step := 0
		switch w {
		case "below", "under", "behind", "beneath", "after", "trailing":
			step = 1
		case "above", "ahead", "before":
			step = -1
		}
		if step == 0 {
			continue
		}
		j := i + 1
		if j < len(q.words) && q.words[j] == "of" {
			j++ // "ahead of"
		}
		if j < len(q.words) && (q.words[j] == name[0] || q.words[j] == code) {
			return st, step
		}
	}
	return bot.USState{}, 0
}

// neighbourAsked reports whether the question asks for the state next to
// one it names in the ranking.
func neighbourAsked(q *question) bool {
	_, step := neighbourState(q)
	return step != 0
}

// stateNeighbour answers "which state comes just below Washington on
// pay?": the state next to it in the guide's ranking, by pay unless the
// question counts people.
func stateNeighbour(e *Engine, g *bot.Guide, q *question, st bot.USState, step int) *bot.Answer {
	byEmployed := q.has("employed") || hasAny(q, "employs", "employ", "headcount", "jobs", "people", "positions", "working")
	rows := slices.Clone(g.States)
	sortStates(rows, byEmployed, false)
	at := slices.IndexFunc(rows, func(r bot.StateSalary) bool { return r.Code == st.Code })
	if t := at + step; t >= 0 && t < len(rows) {
		return stateRanking(e, g, q, byEmployed, false, t)
	}
	by, end, side := "median pay", "first", "above"
	if byEmployed {
		by = "number employed"
	}
	if step > 0 {
		end, side = "last", "below"
	}
	return rankedStates(e, g, rows, byEmployed, func(order string) string {
		return fmt.Sprintf("%s comes %s of the %d states in the %s guide by %s, so the guide has nothing on a state %s it. In order: %s.",
			st.Name, end, len(rows), g.Title, by, side, order)
	})
}

// rankedStates is an answer that lists a guide's state rows in the order
// given, its body written around that order ("California ($185,000),
// Washington ($175,000), …").
func rankedStates(e *Engine, g *bot.Guide, rows []bot.StateSalary, byEmployed bool, body func(order string) string) *bot.Answer {
	order, bullets := rankedLines(rows, byEmployed)
	return &bot.Answer{Answered: true, Career: g.Slug, Kind: "salary", Source: dataSource(g, "Salary by state"), Bullets: bullets,
		Title: fmt.Sprintf("%s salary by state, ranked", g.Title), Body: body(strings.Join(order, ", "))}
}

// sortStates orders state rows by pay or by the number employed, highest
// (or lowest) first, keeping the table's order among equals.
func sortStates(rows []bot.StateSalary, byEmployed, lowest bool) {
	key := func(r bot.StateSalary) int {
		if byEmployed {
			return r.Employed
		}
		return r.Median
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if lowest {
			return key(rows[i]) < key(rows[j])
		}
		return key(rows[i]) > key(rows[j])
	})
}

// rankedLines are the states of rows in their order, named with their
// median or number employed ("California ($185,000)"), and a line of
// each for the answer's bullets.
func rankedLines(rows []bot.StateSalary, byEmployed bool) (order, bullets []string) {
	for _, r := range rows {
		if byEmployed {
			order = append(order, fmt.Sprintf("%s (%s employed)", bot.StateName(r.Code), bot.Thousands(r.Employed)))
		} else {
			order = append(order, fmt.Sprintf("%s (%s)", bot.StateName(r.Code), bot.Money(r.Median)))
		}
		bullets = append(bullets, stateLine(r))
	}
	return order, bullets
}

// fullRanking is every state of the guide in order ("list the states
// ranked from the highest to the lowest median"), by pay or by the
// number employed.
func fullRanking(e *Engine, g *bot.Guide, byEmployed, lowest bool) *bot.Answer {
	rows := slices.Clone(g.States)
	sortStates(rows, byEmployed, lowest)
	a := nationalSalary(e, g, false)
	a.Title = g.Title + " salary by state, ranked"
	order, bullets := rankedLines(rows, byEmployed)
	a.Bullets = bullets
	by, first := "median salary", "highest"
	if byEmployed {
		by = "number employed"
	}
	if lowest {
		first = "lowest"
	}
	a.Body = fmt.Sprintf("The %d states in the %s guide by %s, %s first: %s.\n\n%s", len(rows), g.Title, by, first, strings.Join(order, ", "), a.Body)
	return a
}

// stateRanking answers "which state pays the most", "employs the fewest",
// "the 2nd highest paying": computed over the guide's state table.
func stateRanking(e *Engine, g *bot.Guide, q *question, byEmployed, lowest bool, k int, except ...bot.USState) *bot.Answer {
	var rows []bot.StateSalary
	for _, r := range g.States {
		if !slices.ContainsFunc(except, func(s bot.USState) bool { return s.Code == r.Code }) {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		rows = slices.Clone(g.States)
	}
	sortStates(rows, byEmployed, lowest)
	if n := topCount(q); k == 0 && n > 1 && n < len(rows) {
		key := func(r bot.StateSalary) int {
			if byEmployed {
				return r.Employed
			}
			return r.Median
		}
		for n < len(rows) && key(rows[n]) == key(rows[n-1]) {
			n++ // a tie at the last place: both, not one by the table's order
		}
		return topStates(e, g, rows[:n], len(rows), byEmployed, lowest)
	}
	if k >= len(rows) {
		// "which state is 5th for pay?" of four: none, and the four in order
		by := "median pay"
		if byEmployed {
			by = "number employed"
		}
		return rankedStates(e, g, rows, byEmployed, func(order string) string {
			return fmt.Sprintf("The %s guide has figures for %d states, so it has nothing on a %s. By %s they rank: %s.", g.Title, len(rows), ordinalWord(k+1), by, order)
		})
	}
	pick := rows[k]
	a := stateSalary(e, g, bot.USState{Code: pick.Code, Name: bot.StateName(pick.Code)})
	what := map[[2]bool]string{{false, false}: "pays the most", {false, true}: "pays the least",
		{true, false}: "employs the most", {true, true}: "employs the fewest"}[[2]bool{byEmployed, lowest}]
	place := ""
	if k > 0 {
		// "New York employs the second most, after California"
		verb, most, _ := strings.Cut(what, " the ")
		before := make([]string, 0, k)
		for _, r := range rows[:k] {
			before = append(before, bot.StateName(r.Code))
		}
		after := joinAnd(before)
		what = fmt.Sprintf("%s the %s %s, after %s", verb, placeName(k), most, after)
	}
	leaving := ""
	if len(rows) < len(g.States) {
		var names []string
		for _, s := range except {
			names = append(names, s.Name)
		}
		leaving = " leaving out " + strings.Join(names, ", ") + ","
	}
	a.Body = fmt.Sprintf("Of the %d states in the %s guide,%s %s%s %s (median %s, about %s employed).\n\n",
		len(g.States), g.Title, leaving, place, bot.StateName(pick.Code), what, bot.Money(pick.Median), bot.Thousands(pick.Employed)) + a.Body
	a.Bullets = nil
	if named := namedStatesOnly(q, k, except); named != nil {
		// "is oregon the top paying state?": the state that does and the
		// states named, in the ranking's order; the others' figures are
		// the follow-up, not read beside the answer as if asked.
		for _, r := range rows {
			if r.Code == pick.Code || slices.ContainsFunc(named, func(s bot.USState) bool { return s.Code == r.Code }) {
				a.Bullets = append(a.Bullets, stateLine(r))
			}
		}
		if len(a.Bullets) < 2 {
			a.Bullets = nil
		}
		return a
	}
	if !oneStateAsked(q, k, except) {
		for _, r := range rows {
			a.Bullets = append(a.Bullets, stateLine(r))
		}
		return a
	}
	// One state asked for ("which state pays the most?"), computed; every
	// state's line is the follow-up (/salary), not part of the answer.
	follow := []bot.FollowUp{{Label: "All states", Command: "salary", Options: careerOnly(e, g)}}
	for _, f := range a.FollowUps { // (a new slice: the answer's may share its array)
		if f.Command != "salary" || f.Options["state"] != "" { // (the plain /salary is the "All states" above)
			follow = append(follow, f)
		}
	}
	a.FollowUps = follow
	return a
}

// topCountRE finds how many a ranking asks for: "top 3", "bottom two",
// "the two cheapest", "3 highest paying". (A plain regexp, not a guarded
// one: topCount reads it only when the text has a digit or a number word.)
var topCountRE = regexp.MustCompile(`\b(?:(top|bottom|first|last)\s+(two|three|four|five|[2-5])\b|(two|three|four|five|[2-5])\s+(highest|lowest|cheapest|priciest|most|least|best|worst|fewest|top|bottom|richest|biggest|smallest|largest|pricier|cheaper|higher|lower)\b)`)

// topCount is how many items a ranking asks for ("top 3 paying states":
// 3), 0 when it asks for no number of them ("top 10%" is a share).
func topCount(q *question) int {
	if q == nil || !hasDigit(q.raw) && !hasAny(q, "two", "three", "four", "five") {
		return 0
	}
	raw := strings.ToLower(q.raw)
	ix := topCountRE.FindStringSubmatchIndex(raw)
	if ix == nil {
		return 0
	}
	num := ""
	if ix[4] >= 0 {
		num = raw[ix[4]:ix[5]]
	} else {
		num = raw[ix[6]:ix[7]]
	}
	if rest := strings.TrimLeft(raw[ix[1]:], " "); strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "percent") {
		return 0
	}
	return map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}[num]
}

// topStates answers a ranking asked for its first few ("top 3 paying
// states", "bottom two by jobs"): those states in order, of all the
// guide's (of), and no others.
func topStates(e *Engine, g *bot.Guide, rows []bot.StateSalary, of int, byEmployed, lowest bool) *bot.Answer {
	by := map[[2]bool]string{{false, false}: "that pay the most", {false, true}: "that pay the least",
		{true, false}: "that employ the most", {true, true}: "that employ the fewest"}[[2]bool{byEmployed, lowest}]
	order, bullets := rankedLines(rows, byEmployed)
	a := &bot.Answer{Answered: true, Career: g.Slug, Source: dataSource(g, "Salary by state"),
		Title: fmt.Sprintf("%s: the %d states %s", g.Title, len(rows), by), Bullets: bullets}
	a.Body = fmt.Sprintf("Of the %d states in the %s guide, the %d %s are %s.", of, g.Title, len(rows), by, joinAnd(order))
	a.FollowUps = append([]bot.FollowUp{{Label: "All states", Command: "salary", Options: careerOnly(e, g)}}, e.followUps(g, "", "outlook")...)
	return a
}

// closestToNational answers which state's median is nearest the national
// one, with every state's line.
func closestToNational(e *Engine, g *bot.Guide) *bot.Answer {
	rows := slices.Clone(g.States)
	gap := func(r bot.StateSalary) int {
		d := r.Median - g.Salary.Median
		if d < 0 {
			return -d
		}
		return d
	}
	sort.SliceStable(rows, func(i, j int) bool { return gap(rows[i]) < gap(rows[j]) })
	pick := rows[0]
	a := stateSalary(e, g, bot.USState{Code: pick.Code, Name: bot.StateName(pick.Code)})
	a.Body = fmt.Sprintf("Of the %d states in the %s guide, %s is closest to the national median of %s (median %s, %s away).\n\n",
		len(g.States), g.Title, bot.StateName(pick.Code), bot.Money(g.Salary.Median), bot.Money(pick.Median), bot.Money(gap(pick))) + a.Body
	a.Bullets = nil
	for _, r := range rows {
		a.Bullets = append(a.Bullets, stateLine(r))
	}
	return a
}

func statesAnswer(e *Engine, g *bot.Guide, states []bot.USState, byEmployed, mostAsked, leastAsked bool) *bot.Answer {
	a := nationalSalary(e, g, false)
	a.Title = g.Title + " salary by state"
	var missing []string
	for _, st := range states {
		if row := g.State(st.Code); row != nil {
			a.Bullets = append(a.Bullets, stateLine(*row))
		} else {
			missing = append(missing, st.Name)
		}
	}
	if len(missing) > 0 {
		a.Note = "The guide doesn't have a salary figure for " + strings.Join(missing, ", ") + "."
	}
	if len(states) == 2 && byEmployed {
		r1, r2 := g.State(states[0].Code), g.State(states[1].Code)
		if r1 != nil && r2 != nil && r1.Employed != r2.Employed {
			hi, lo, nhi, nlo := states[0], states[1], r1.Employed, r2.Employed
			if nlo > nhi {
				hi, lo, nhi, nlo = lo, hi, nlo, nhi
			}
			a.Body = fmt.Sprintf("%s employs more than %s: about %s against %s, %s more (%s times as many).\n\n", hi.Name, lo.Name,
				bot.Thousands(nhi), bot.Thousands(nlo), bot.Thousands(nhi-nlo), ratioText(nhi, nlo)) + a.Body
		}
	} else if len(states) == 2 {
		r1, r2 := g.State(states[0].Code), g.State(states[1].Code)
		if r1 != nil && r2 != nil && r1.Median != r2.Median {
			hi, lo := states[0], states[1]
			d := r1.Median - r2.Median
			if d < 0 {
				hi, lo, d = lo, hi, -d
			}
			a.Body = fmt.Sprintf("%s pays more than %s: a median of %s against %s, %s more (%s above %s's median).\n\n", hi.Name, lo.Name,
				bot.Money(max(r1.Median, r2.Median)), bot.Money(min(r1.Median, r2.Median)), bot.Money(d), percentOf(d, min(r1.Median, r2.Median)), lo.Name) + a.Body
		}
	} else if len(states) > 2 && (mostAsked || leastAsked) {
		// "which pays the most: Washington, California or New York?": the
		// one of those named, computed
		var rows []bot.StateSalary
		for _, st := range states {
			if row := g.State(st.Code); row != nil {
				rows = append(rows, *row)
			}
		}
		if len(rows) > 1 {
			sortStates(rows, byEmployed, leastAsked && !mostAsked)
			what := map[[2]bool]string{{false, false}: "pays the most", {false, true}: "pays the least", {true, false}: "employs the most", {true, true}: "employs the fewest"}[[2]bool{byEmployed, leastAsked && !mostAsked}]
			fig := "a median of " + bot.Money(rows[0].Median)
			if byEmployed {
				fig = "about " + bot.Thousands(rows[0].Employed) + " employed"
			}
			if tie := rows[1].Median == rows[0].Median; byEmployed && rows[1].Employed != rows[0].Employed || !byEmployed && !tie {
				a.Body = fmt.Sprintf("Of those %d, %s %s: %s.\n\n", len(rows), bot.StateName(rows[0].Code), what, fig) + a.Body
			}
		}
	}
	return a
}

// percentOf is part as a percentage of whole, to one decimal ("6.1%",
// "50%").
func percentOf(part, whole int) string {
	if whole == 0 {
		return ""
	}
	return ratioText(100*part, whole) + "%"
}

// ratioText is a over b to one decimal ("1.5", "5").
func ratioText(a, b int) string {
	if b == 0 {
		return ""
	}
	return strconv.FormatFloat(math.Round(10*float64(a)/float64(b))/10, 'f', -1, 64)
}

func factAnswer(e *Engine, g *bot.Guide, label, value, follow string) *bot.Answer {
	if value == "" {
		return nil
	}
	return &bot.Answer{Answered: true, Career: g.Slug, Title: label + " · " + g.Title,
		Body:      fmt.Sprintf("%s for %s: %s", label, article(g.Title), value),
		Fields:    []bot.Field{{Label: label, Value: value}},
		Source:    source(g, "Key facts"),
		FollowUps: e.followUps(g, "", follow, "certs", "salary")}
}

// requirementsAnswer lists what the guide says one needs: education,
// licence, certification and the time it takes.
func requirementsAnswer(e *Engine, g *bot.Guide) *bot.Answer {
	if g.Education == "" && g.License == "" && g.Certification == "" {
		return nil
	}
	a := &bot.Answer{Answered: true, Career: g.Slug, Title: "What you need · " + g.Title, Source: source(g, "Key facts"),
		Body: fmt.Sprintf("What the %s guide says you need:", g.Title)}
	a.AddField("Education", g.Education, false)
	a.AddField("License", g.License, false)
	a.AddField("Certification", g.Certification, false)
	a.AddField("Total time", g.TotalTime, true)
	a.FollowUps = e.followUps(g, "", "path", "certs", "salary")
	return a
}

// majorIn reports whether a question asks what to major in: "major" as
// the verb, right before "in" ("what should i major in?").
func majorIn(q *question) bool {
	for i := 0; i+1 < len(q.words); i++ {
		if q.words[i] == "major" && q.words[i+1] == "in" && i > 0 && !determiner[q.words[i-1]] && !possessive[q.words[i-1]] {
			return true
		}
	}
	return false
}

func educationAnswer(e *Engine, g *bot.Guide) *bot.Answer {
	if g.Education == "" {
		return nil
	}
	a := &bot.Answer{Answered: true, Career: g.Slug, Title: "Education · " + g.Title, Body: g.Education, Source: source(g, "Key facts")}
	a.AddField("Typical level", g.EducationLevel, true)
	a.AddField("Total time to get there", g.TotalTime, true)
	a.AddField("Certification", g.Certification, false)
	a.AddField("License", g.License, true)
	a.FollowUps = e.followUps(g, "", "path", "certs", "salary")
	return a
}

// matchCert finds a certification the question names by its distinctive
// words ("TensorFlow", "Databricks", "AWS").
func matchCert(q *question, g *bot.Guide) *bot.Cert {
	if len(g.Certifications) == 0 {
		return nil
	}
	best, named := q.bestCert(g)
	if best == nil || certExcluded(q, best) {
		return nil // (and "cheapest MLE cert, if you exclude the tensorflow one?": one left out, not asked)
	}
	// A named tool ("TensorFlow") is a cert question only when certs or
	// prices are in it, or the certificate is named by its words together
	// ("Databricks ML Associate").
	if !q.has(bot.KindCerts) && !q.has("cost") && !named {
		return nil
	}
	if !named && (q.has("least") || q.has("most")) && describesCareer(q, g, best) {
		return nil // "cheapest cert for cooking in microgravity?": the cheapest of all, the career told by a word one name shares
	}
	if !named && describesWorker(q, best) {
		return nil // "what cert do I need before my first flight as a galley cook?": the worker's kind, not the Orbital Galley Fire Safety
	}
	if !q.has(bot.KindCerts) && !q.has("cost") && certAsPerson(q) {
		return nil // "downsides of being a lucid surveyor?": the holder's job, what is asked of it
	}
	return best
}

// certAsPerson reports whether the words of a certificate's name the
// question has follow "being a", "become a" or "as a": the person who holds
// it, named as a job ("downsides of being a lucid surveyor?").
func certAsPerson(q *question) bool {
	k := slices.Index(q.certWord, true)
	if k < 2 || q.words[k-1] != "a" && q.words[k-1] != "an" {
		return false
	}
	switch q.words[k-2] {
	case "being", "become", "becoming", "as":
		return true
	}
	return false
}

// describesWorker reports whether every word of cert c's name that the
// question has stands right before a noun for a kind of person ("galley
// cook"): it tells the worker, it does not name the certificate.
func describesWorker(q *question, c *bot.Cert) bool {
	found := false
	for _, w := range q.expandWords(strings.Fields(bot.NormalizeName(c.Name))) {
		if q.m.stop[w] || q.m.index[w][bot.KindCerts] {
			continue
		}
		for i, x := range q.words {
			if x != w {
				continue
			}
			if !personAfter(q, i) {
				return false
			}
			found = true
		}
	}
	return found
}

// describesCareer reports whether every word of cert c's name that the
// question has is one the guide's summary tells its career by
// ("microgravity": "cooks … in microgravity").
func describesCareer(q *question, g *bot.Guide, c *bot.Cert) bool {
	summary := words(g.Summary)
	found := false
	for _, w := range q.expandWords(strings.Fields(bot.NormalizeName(c.Name))) {
		if q.m.stop[w] || !slices.Contains(q.words, w) || q.m.index[w][bot.KindCerts] {
			continue
		}
		if !slices.Contains(summary, w) {
			return false
		}
		found = true
	}
	return found
}

// certMemo is bestCert's last answer for a question: a question asks
// matchCert of the same guide several times, and the answer depends only
// on the guide, the library and the question's words (kept by their
// slice, so a copy of the question with other words asks afresh).
type certMemo struct {
	g     *bot.Guide
	lib   *Library
	words *string
	n     int
	best  *bot.Cert
	named bool
}

// bestCert returns the certificate of g whose distinctive words the
// question has most of, and whether its words come together (named).
func (q *question) bestCert(g *bot.Guide) (*bot.Cert, bool) {
	key := certMemo{g: g, lib: q.lib, words: unsafe.SliceData(q.words), n: len(q.words)}
	if m := &q.certMemo; m.g == key.g && m.lib == key.lib && m.words == key.words && m.n == key.n {
		return m.best, m.named
	}
	key.best, key.named = q.bestCertWords(g)
	q.certMemo = key
	return key.best, key.named
}

// bestCertWords is bestCert without the memo.
func (q *question) bestCertWords(g *bot.Guide) (*bot.Cert, bool) {
	info := q.certInfo(g)
	var best *bot.Cert
	bestN, named := 0, false
	mask := maskOf(q.words) // a word of a name the question lacks counts for nothing: skipped unread
	for i := range g.Certifications {
		c := &g.Certifications[i]
		if in := info.initials[i]; len(in) >= 3 && mask.mayHave(in) && slices.Contains(q.words, in) {
			return c, true // "what does the LLS cost?": named by its initials
		}
		n := 0
		f, generic := info.names[i], info.genericAt[i]
		pair := false
		for k, w := range f {
			if !mask.mayHave(w) {
				continue
			}
			if !generic[k] && slices.Contains(q.words, w) {
				n++
			}
			// Named: its last two words together ("ML Associate",
			// "Developer Certificate"), or three words of it in a row; not
			// two words that also name a thing of its own ("decoherence
			// blight").
			if k+2 == len(f) && hasPair(q.words, w, f[k+1]) || k+2 < len(f) && hasPair(q.words, w, f[k+1]) && hasPair(q.words, f[k+1], f[k+2]) {
				if distinct := !generic[k] || k+1 < len(f) && !generic[k+1] || k+2 < len(f) && !generic[k+2]; distinct {
					pair = true // not just the career's own words ("ML engineer")
				}
			}
		}
		if n > bestN || n == bestN && n > 0 && pair && !named {
			best, bestN, named = c, n, pair
		}
	}
	return best, named
}

// certInfo is what matchCert reads of a guide's certificates, worked out
// once per library: each name's words (abbreviations spelled out) and the
// generic words (the certificate intent's, the career's name, kinds of
// people, words shared by several of the guide's certificates).
type certInfo struct {
	names     [][]string
	generic   map[string]bool
	genericAt [][]bool // genericAt[i][k]: generic[names[i][k]]
	initials  []string // each name's initials ("lls" for Licensed Lucid Surveyor)
}

func (q *question) certInfo(g *bot.Guide) *certInfo {
	if q.lib != nil {
		if v, ok := q.lib.certInfos.Load(g); ok {
			return v.(*certInfo)
		}
	}
	info := &certInfo{generic: map[string]bool{}}
	for _, w := range q.m.intents[bot.KindCerts] {
		info.generic[w] = true
	}
	for _, n := range careerNames(g) {
		for _, w := range strings.Fields(n) {
			info.generic[w] = true
		}
	}
	inNames := map[string]int{}
	for _, c := range g.Certifications {
		f := q.expandWords(strings.Fields(bot.NormalizeName(c.Name)))
		info.names = append(info.names, f)
		info.initials = append(info.initials, initialsOf(c.Name))
		seen := map[string]bool{}
		for _, w := range f {
			if !seen[w] {
				seen[w] = true
				inNames[w]++
			}
			if q.m.lex.Occupation(w) || q.m.roles[w] {
				info.generic[w] = true
			}
		}
	}
	for w, n := range inNames {
		if n > 1 {
			info.generic[w] = true
		}
	}
	for _, f := range info.names {
		at := make([]bool, len(f))
		for k, w := range f {
			at[k] = info.generic[w]
		}
		info.genericAt = append(info.genericAt, at)
	}
	if q.lib != nil {
		q.lib.certInfos.Store(g, info)
	}
	return info
}

// hasPair reports whether a and b stand together in ws.
func hasPair(ws []string, a, b string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == a && ws[i+1] == b {
			return true
		}
	}
	return false
}

// cheapestOrDearest answers "which cert is cheapest / most expensive".
func cheapestOrDearest(e *Engine, g *bot.Guide, q *question, cheapest bool) *bot.Answer {
	var pick *bot.Cert
	var left []string
	for i := range g.Certifications {
		c := &g.Certifications[i]
		if certExcluded(q, c) {
			left = append(left, c.Name)
			continue // "if you exclude the tensorflow one", "other than the AWS one"
		}
		if pick == nil || (cheapest && c.Price < pick.Price) || (!cheapest && c.Price > pick.Price) {
			pick = c
		}
	}
	if pick == nil {
		pick, left = &g.Certifications[0], nil
	}
	if n := topCount(q); n > 1 && n < len(g.Certifications) && len(left) == 0 {
		return topCerts(e, g, n, cheapest)
	}
	which := "most expensive"
	if cheapest {
		which = "cheapest"
	}
	tie := ""
	if k := rankOrdinal(q); k > 0 && len(left) == 0 && len(g.Certifications) > 1 {
		// "the second priciest cert": the place asked in the certificates
		// ordered by price, a tie with its neighbour said
		certs := slices.Clone(g.Certifications)
		sort.SliceStable(certs, func(i, j int) bool {
			if cheapest {
				return certs[i].Price < certs[j].Price
			}
			return certs[i].Price > certs[j].Price
		})
		if k >= len(certs) {
			a := certAnswer(e, g, &certs[len(certs)-1])
			a.Note = fmt.Sprintf("The %s guide lists %d certifications, so it has nothing on a %s %s; this is the last of them by price.", g.Title, len(certs), ordinalWord(k+1), which)
			return a
		}
		pick = &certs[k]
		which = placeName(k) + " " + which
		for j := range certs {
			if j != k && certs[j].Price == pick.Price {
				tie = fmt.Sprintf(" It is tied at %s with the %s.", bot.Money(pick.Price), certs[j].Name)
				break
			}
		}
	}
	a := certAnswer(e, g, pick)
	a.Note = fmt.Sprintf("Of the %d certifications in the %s guide, this is the %s.%s", len(g.Certifications), g.Title, which, tie)
	if len(left) > 0 {
		a.Note = fmt.Sprintf("Leaving out the %s, this is the %s of the %d certifications in the %s guide.", strings.Join(left, " and the "), which, len(g.Certifications), g.Title)
	}
	if oneCertAsked(q) {
		return a // the one asked for, the others named (their prices are /certs)
	}
	// A ranking shows what it ranks: the others with their prices.
	a.Fields = slices.DeleteFunc(a.Fields, func(f bot.Field) bool { return f.Label == "Other certifications in the guide" })
	for _, o := range g.Certifications {
		if o.Name != pick.Name {
			a.Bullets = append(a.Bullets, fmt.Sprintf("%s (%s)", o.Name, bot.Money(o.Price)))
		}
	}
	return a
}

// topCerts answers "the two cheapest certs": the first n certificates by
// price, and any priced the same as the last of them (a tie is said, not
// broken by the table's order).
func topCerts(e *Engine, g *bot.Guide, n int, cheapest bool) *bot.Answer {
	certs := slices.Clone(g.Certifications)
	sort.SliceStable(certs, func(i, j int) bool {
		if cheapest {
			return certs[i].Price < certs[j].Price
		}
		return certs[i].Price > certs[j].Price
	})
	asked, tied := n, n-1 // tied: the first of those priced as the last asked
	for tied > 0 && certs[tied-1].Price == certs[n-1].Price {
		tied--
	}
	for n < len(certs) && certs[n].Price == certs[n-1].Price {
		n++
	}
	which := "cheapest"
	if !cheapest {
		which = "most expensive"
	}
	a := &bot.Answer{Answered: true, Career: g.Slug, Kind: bot.KindCerts, Items: certItems(e, g), Source: source(g, "Certifications"),
		Title: fmt.Sprintf("The %d %s certifications · %s", asked, which, g.Title)}
	var named, tie []string
	for i, c := range certs[:n] {
		a.Bullets = append(a.Bullets, certLine(c))
		if n > asked && i >= tied {
			tie = append(tie, "the "+c.Name)
		} else {
			named = append(named, fmt.Sprintf("the %s (%s)", c.Name, bot.Money(c.Price)))
		}
	}
	if len(tie) > 0 {
		// "the two cheapest" of $100, $200, $200: the one, then the two tied
		named = append(named, fmt.Sprintf("tied at %s, %s", bot.Money(certs[n-1].Price), joinAnd(tie)))
		a.Body = fmt.Sprintf("Of the %d certifications in the %s guide, the %d %s are %s.", len(g.Certifications), g.Title, asked, which, strings.Join(named[:len(named)-1], ", ")+" and, "+named[len(named)-1])
	} else {
		a.Body = fmt.Sprintf("Of the %d certifications in the %s guide, the %d %s are %s.", len(g.Certifications), g.Title, asked, which, joinAnd(named))
	}
	a.FollowUps = e.followUps(g, "certs", "certs", "path", "salary")
	return a
}

func certAnswer(e *Engine, g *bot.Guide, c *bot.Cert) *bot.Answer {
	a := &bot.Answer{Answered: true, Career: g.Slug, Title: c.Name + " · " + g.Title, Source: source(g, "Certifications"), Kind: bot.KindCerts,
		Items: certItems(e, g)}
	if c.Price > 0 {
		a.Body = fmt.Sprintf("The %s costs %s.", c.Name, bot.Money(c.Price))
		a.Fields = append(a.Fields, bot.Field{Label: "Exam price", Value: bot.Money(c.Price), Inline: true})
	} else {
		a.Body = fmt.Sprintf("The guide lists the %s but gives no price for it.", c.Name)
	}
	if c.About != "" {
		a.Body += " " + c.About
	}
	a.AddField("Required?", g.Certification, false)
	if noteCert(g) == c {
		a.AddField("Pay", g.Salary.Note, false) // "Growers who hold it sit near the top of the range"
	}
	var others []string
	for _, o := range g.Certifications {
		if o.Name != c.Name {
			others = append(others, o.Name)
		}
	}
	if len(others) > 0 {
		// Named, not priced: a price question about one certificate is
		// answered with its price alone (the others are a follow-up away).
		a.AddField("Other certifications in the guide", strings.Join(others, ", "), false)
	}
	a.FollowUps = e.followUps(g, "", "certs", "path", "salary")
	return a
}

// noteCert is the certificate the guide's pay note names ("Growers who
// hold the Decoherence Blight Specialist certificate sit near the top of
// the range"); nil when it names none or several.
func noteCert(g *bot.Guide) *bot.Cert {
	note := strings.ToLower(g.Salary.Note)
	if note == "" {
		return nil
	}
	var found *bot.Cert
	for i := range g.Certifications {
		if strings.Contains(note, strings.ToLower(g.Certifications[i].Name)) {
			if found != nil {
				return nil
			}
			found = &g.Certifications[i]
		}
	}
	return found
}

// certForPay answers "which cert puts growers near the top of the pay
// range?": the certificate the guide's pay note names, with the note.
func (e *Engine) certForPay(q *question, g *bot.Guide) *bot.Answer {
	if g == nil || !q.has(bot.KindCerts) || !(q.has("salary") || hasAny(q, "range", "raise", "bump", "boost")) {
		return nil
	}
	c := noteCert(g)
	if c == nil || matchCert(q, g) != nil {
		return nil
	}
	return certAnswer(e, g, c)
}

// searchAnswer searches the sections (one guide's, or all when g is nil)
// and answers from the best hit when it covers the question's words.
// howMuchMore reports whether words ask "how much" of a comparison ("how
// much harder", "how much stronger", "how much more"): a share or a
// difference, which a passage gives as a figure.
func howMuchMore(ws []string) bool {
	for i := 2; i < len(ws); i++ {
		if ws[i-2] == "how" && ws[i-1] == "much" {
			w := ws[i]
			return w == "more" || w == "less" || w == "extra" || len(w) > 4 && strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "ever")
		}
	}
	return false
}

func (e *Engine) searchAnswer(ctx context.Context, lib *Library, q *question, g *bot.Guide) (*bot.Answer, error) {
	content := lib.contentWords(q, g)
	content = dropStateWords(content)
	if g == nil && sectionIntent(q) && !lib.terms.routes() {
		// "practical test for the galley interview?": the words only one
		// guide uses all point to it, so the section asked is that guide's,
		// whatever the words every guide uses find.
		if u := lib.terms.onlyGuideOf(content); u >= 0 {
			// answered as that guide's, the section its intent asks for
			// ("interview practical for the qubit garden job?": the
			// interview section, not the section the other words find)
			q.guessed = len(lib.Guides) > 1
			q.namedBy = map[string]bool{}
			for _, w := range content {
				if gs, ok := lib.terms.guidesWith(stem(w)); ok && len(gs) == 1 && int(gs[0]) == u {
					q.namedBy[w] = true // the words that found it, as onlyGuideOf reads them
				}
			}
			return e.answerGuide(ctx, lib, q, lib.Guides[u])
		}
	}
	if g == nil && lib.terms.routes() {
		// Large library, and the term table found no career: ask which one
		// rather than search every section (termtable.go).
		return e.whichOf(lib, q), nil
	}
	if len(content) == 0 {
		if g == nil {
			return e.whichCareer(lib, q), nil
		}
		if a := e.sentenceSearch(ctx, lib, q, g); a != nil {
			return a, nil
		}
		return e.offTopic(lib, g), nil
	}
	query := bot.Query{Text: strings.Join(content, " "), Limit: 8}
	if g != nil {
		query.Guide = g.Slug
	}
	hits, err := lib.Searcher.Search(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query.Text, err)
	}
	// Re-rank the best few hits by how many of the question's words they
	// contain; BM25 alone favours short sections that repeat one word.
	var best *bot.Hit
	var bestSec *bot.Section
	bestCovered := 0
	named := lib.namedTerms(ctx, q, content) // "JAX", "Kubeflow": names only one section uses
	duration := durationQuestion(q)
	proportion := hasAll(q, "how", "much", "of") || hasAny(q, "percent", "percentage", "proportion", "share", "fraction") || strings.Contains(q.raw, "%") ||
		hasAll(q, "by", "how", "much") && strings.Contains(strings.ToLower(q.raw), "by how much") // "season everything harder, and by how much?"
	more := howMuchMore(q.words) // "how much harder do you season food up there?"
	proportion = proportion || more
	for i := range hits {
		if i == 5 {
			break
		}
		h := &hits[i]
		s, ok := lib.SectionByID(h.Section)
		hg, _ := lib.Guide(h.Guide)
		if hg == nil || (!ok && h.Kind != bot.KindFacts) {
			continue
		}
		// The text relevance reads, built only when it is read whole.
		parts := []string{hg.Summary, " ", hg.Education, " ", hg.Certification, " ", hg.License}
		if s != nil {
			parts = []string{s.Title, " ", s.Body}
		}
		rel, covered := lib.relevanceParts(ctx, content, "", false, parts...)
		if len(named) > 0 {
			text := strings.ToLower(strings.Join(parts, ""))
			for _, t := range named {
				if containsWord(text, t) {
					// the section that names the tool asked about beats the
					// ones that share the story's words; naming it is
					// relevance enough ("is JAX worth name-dropping in my
					// interview in an hour?")
					rel, covered = true, covered+2
				}
			}
		}
		if rel && (proportion || duration) {
			text := strings.Join(parts, "")
			if proportion && strings.Contains(text, "%") {
				covered += 2 // "how much of the job is ...": the section with the share
				if more {
					covered++ // "how much harder …": the difference, which only a figure gives
				}
			}
			if duration && durationRE.MatchString(text) {
				covered += 2 // "how long after ...": the section with a duration
			}
		}
		if rel && covered > bestCovered {
			best, bestSec, bestCovered = h, s, covered
		}
	}
	if best != nil {
		hg, _ := lib.Guide(best.Guide)
		var a *bot.Answer
		if g == nil && len(lib.Guides) > 1 && !lib.anchoredGuess(ctx, q, hg, 2) {
			// "people in the control tower telling planes when to land,
			// pay?": no career named, and the guide found shares no word
			// of its own with the question
			return e.unplacedWork(lib), nil
		}
		if g == nil {
			// No career named: what the best guide lacks, its facts, else the
			// section found.
			if a = e.lacking(ctx, lib, q, hg); a == nil {
				a = e.factAnswer(q, hg)
			}
			if a == nil {
				a = e.labelPassage(lib, q, hg) // "what's a centrifuge oven?": the guide's own label for it
			}
		}
		if a == nil && duration && onlyIntents(q, bot.KindPath) && fromTo(q.words) && hg.Section(bot.KindPath) != nil {
			// "how many years to go from nothing to cooking on a station in
			// orbit": the whole way in, whatever timed passage its words find
			a = e.answerSectionOr(hg, bot.KindPath)
		}
		if a == nil && duration {
			a = e.timedAnswer(lib, q, hg)
		}
		if a == nil {
			kind, _ := routeKind(q)
			switch {
			case bestSec != nil && duration && q.intentCount() == 0 && !durationRE.MatchString(bestSec.Title+" "+bestSec.Body) && hg.Section(bot.KindPath) != nil:
				// "how many years to go from zero to shipping models in
				// prod?": a question of time the passage found has no time
				// for; the path has the total.
				a = e.answerSectionOr(hg, bot.KindPath)
			case bestSec != nil:
				a = e.answerSection(hg, bestSec)
			case durationQuestion(q) && hg.Section(bot.KindPath) != nil:
				// "the job that turns research prototypes into production
				// services: how long does it take to get into?": the
				// description names the career; the question asks the time.
				a = e.answerSectionOr(hg, bot.KindPath)
			case kind != "" && hg.Section(kind) != nil:
				a = e.answerSectionOr(hg, kind)
			default:
				a = summaryAnswer(e, hg)
			}
		}
		if g == nil && len(lib.Guides) > 1 {
			e.noteOthers(lib, a, hg, hits, q.raw)
		}
		return a, nil
	}
	if g == nil && q.intentCount() == 0 {
		// "What's the capital of Australia?": no career, nothing a guide
		// could answer.
		return &bot.Answer{Answered: false, Title: offTopicTitle,
			Body: "The guides have nothing on that, and I only answer from them. " + lib.careerHint()}, nil
	}
	if kind, strong := routeKind(q); g != nil && strong && len(q.scope.occupations) == 0 && g.Section(kind) != nil && (lib.allKnown(ctx, content) || len(q.careers) > 0) {
		// "what theory should I review for ML engineer interviews": the
		// section the question names outright, when no passage holds more
		// of its words, rather than nothing.
		return e.answerSectionOr(g, kind), nil
	}
	if g == nil {
		return e.whichCareer(lib, q), nil
	}
	if a := e.sentenceSearch(ctx, lib, q, g); a != nil {
		return a, nil
	}
	foreign := slices.ContainsFunc(content, func(w string) bool {
		return q.m.lex.Noun(w) && q.m.index[w] == nil && !lib.Searcher.Known(ctx, w) && !lib.vocab.known(w)
	}) // a thing the guide never names: "spacewalks", "Snowflake"
	if len(q.careers) > 0 && !q.guessed && len(q.scope.occupations) == 0 && !foreign {
		// The career named and nothing found by the words: what the
		// question plainly asks of it ("tryna switch to ml engineering,
		// what do i need to pick up", "how long till i could be an ML
		// engineer") rather than no answer.
		if kind, strong := routeKind(q); strong && kind != "" && g.Section(kind) != nil && !q.switcher {
			return e.answerSectionOr(g, kind), nil
		}
		if s := g.Section(bot.KindPath); s != nil && (q.switcher || durationQuestion(q) && !slices.ContainsFunc(content, func(w string) bool {
			if trainingNext[w] || q.m.lex.Verb(w) && slices.Contains(q.words, "to") && q.words[max(0, slices.Index(q.words, w)-1)] == "to" {
				return false // "how long to train as …", "how long is the training": becoming one
			}
			return q.m.lex.Noun(w) && !careerWords[w] && !containsWord(strings.ToLower(s.Body), w) // ("how long is a rotation on the station": not the path's)
		})) {
			return e.answerSectionOr(g, bot.KindPath), nil
		}
	}
	return e.offTopic(lib, g), nil
}

// sentenceSearch searches a guide for one sentence of a message whose
// words as a whole found nothing: a question sentence with words of its
// own ("… Which tools do ML engineers use to serve models?"), else the
// sentence a question points back to ("my husband … complains about bad
// data at work. is that normal for the job?"). nil when none is found.
func (e *Engine) sentenceSearch(ctx context.Context, lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if q.guessed {
		return nil // ("My tomatoes keep getting blight …": the career was only guessed from the words)
	}
	text := q.raw
	if q.full != nil {
		text = q.full.raw // the message as asked, not its focus
	}
	if !twoSentences(text) {
		return nil
	}
	sents := sentencesOf(text)
	if len(sents) < 2 || len(sents) > 12 {
		return nil
	}
	try := func(s string) *bot.Answer {
		sq := lib.analyse(ctx, s)
		sq.careers, sq.guessed = q.careers, q.guessed
		if len(lib.contentWords(sq, g)) < 2 {
			return nil
		}
		a, err := e.searchAnswer(ctx, lib, sq, g)
		if err != nil || a == nil || !a.Answered {
			return nil
		}
		return a
	}
	for k := len(sents) - 1; k >= 0; k-- {
		if !strings.HasSuffix(sents[k], "?") {
			continue
		}
		if a := try(sents[k]); a != nil {
			return a
		}
		if k > 0 && pointsBack(words(sents[k])) && !strings.HasSuffix(sents[k-1], "?") {
			if a := try(sents[k-1]); a != nil {
				return a
			}
		}
	}
	return nil
}

func summaryAnswer(e *Engine, g *bot.Guide) *bot.Answer {
	a := &bot.Answer{Answered: true, Career: g.Slug, Title: g.Title, Body: g.Summary, Source: dataSource(g, "Key facts")}
	if g.Salary.Median > 0 {
		a.Fields = append(a.Fields, bot.Field{Label: "Median salary", Value: bot.Money(g.Salary.Median), Inline: true})
	}
	a.Fields = append(a.Fields, outlookFields(g)...)
	a.AddField("Education", g.EducationLevel, true)
	a.FollowUps = e.followUps(g, "", "salary", "path", "certs")
	return a
}

// noteOthers says which career an unnamed question was answered for and
// offers the other careers the search found.
func (e *Engine) noteOthers(lib *Library, a *bot.Answer, used *bot.Guide, hits []bot.Hit, asked string) {
	if prev := a.Note; prev != "" && !strings.HasPrefix(prev, "You didn't name a career") {
		// "qubit greenhouse pay in WA, CA and ID?": the answer's own note
		// (the states the table lacks) stays after the career's
		defer func() { a.Note += " " + prev }()
	}
	a.Note = fmt.Sprintf("You didn't name a career, so this is from the %s guide.", used.Title)
	seen := map[string]bool{used.Slug: true}
	var others []bot.FollowUp
	for _, h := range hits {
		if seen[h.Guide] || len(others) == 3 {
			continue
		}
		seen[h.Guide] = true
		if og, ok := lib.Guide(h.Guide); ok {
			cmd := "ask"
			opts := map[string]string{"career": og.Slug}
			others = append(others, bot.FollowUp{Label: og.Title, Command: cmd, Options: opts})
		}
	}
	if len(others) > 0 {
		a.Note += " Other careers match too."
		// Re-ask the same question for another career: carry the words.
		for i := range others {
			others[i].Options["question"] = bot.Clip(asked, 60)
		}
		a.FollowUps = append(others, a.FollowUps...)
		if len(a.FollowUps) > 5 {
			a.FollowUps = a.FollowUps[:5]
		}
	}
}

func dropStateWords(ws []string) []string {
	var out []string
	stateWords := usStateWords()
	for _, w := range ws {
		if !stateWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// usStateWords are the words of the US states' names, built once.
var usStateWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, st := range bot.USStates {
		for _, w := range strings.Fields(strings.ToLower(st.Name)) {
			m[w] = true
		}
	}
	return m
})

// relevant reports whether text (a section) answers a question with these
// content words: at least half of them occur in it (by stem; words that
// steer to the section's kind count as present), and words that no guide
// mentions at all ("weather", "lasagna") are outweighed two to one.
func (l *Library) relevant(ctx context.Context, content []string, text, kind string, strong bool) bool {
	ok, _ := l.relevance(ctx, content, text, kind, strong)
	return ok
}

// relevance is relevant with the number of content words found.
func (l *Library) relevance(ctx context.Context, content []string, text, kind string, strong bool) (ok bool, score int) {
	if len(content) == 0 {
		return kind != "", 0
	}
	// Sections and facts are analysed once (sectext.go); other text here.
	var in []bool
	phrases := 0
	if seq, ok := l.secText.seq(text); ok {
		in, phrases = l.secText.covers(seq, content)
	} else {
		in, phrases = coversText(content, text)
	}
	return l.relevanceIn(ctx, content, kind, in, phrases)
}

// relevantSection is relevant(ctx, content, s.Title+" "+s.Body, kind,
// strong) without building that text (a section's whole body, on every
// question) when its analysis is made.
func (l *Library) relevantSection(ctx context.Context, content []string, s *bot.Section, kind string, strong bool) bool {
	rel, _ := l.relevanceParts(ctx, content, kind, strong, s.Title, " ", s.Body)
	return rel
}

// relevanceParts is relevance of the concatenation of parts, built only
// when the text is not a registered one.
func (l *Library) relevanceParts(ctx context.Context, content []string, kind string, strong bool, parts ...string) (ok bool, score int) {
	if len(content) == 0 {
		return kind != "", 0
	}
	if short := l.unexpanded(content); short != nil {
		// "specializing in something like NLP?": read as "natural language
		// processing", which a text that says "NLP" holds too; the better
		// of the two readings
		okShort, scoreShort := l.relevanceOf(ctx, short, kind, strong, parts...)
		okLong, scoreLong := l.relevanceOf(ctx, content, kind, strong, parts...)
		if okShort && (!okLong || scoreShort > scoreLong) {
			return okShort, scoreShort
		}
		return okLong, scoreLong
	}
	return l.relevanceOf(ctx, content, kind, strong, parts...)
}

// relevanceOf is relevanceParts for content as it is.
func (l *Library) relevanceOf(ctx context.Context, content []string, kind string, strong bool, parts ...string) (ok bool, score int) {
	seq, ok := l.secText.seqParts(parts...)
	if !ok {
		return l.relevance(ctx, content, strings.Join(parts, ""), kind, strong)
	}
	in, phrases := l.secText.covers(seq, content)
	return l.relevanceIn(ctx, content, kind, in, phrases)
}

// unexpanded is content with each run of words a guide's vocabulary
// expands a short form into ("natural language processing") put back as
// that short form ("nlp"); nil when content holds none.
func (l *Library) unexpanded(content []string) []string {
	var out []string
	for i := 0; i < len(content); i++ {
		found := false
		for _, f := range l.shortForms {
			if i+len(f.long) > len(content) || !slices.Equal(content[i:i+len(f.long)], f.long) {
				continue
			}
			if out == nil {
				out = slices.Clone(content[:i])
			}
			out, found = append(out, f.short), true
			i += len(f.long) - 1
			break
		}
		if !found && out != nil {
			out = append(out, content[i])
		}
	}
	return out
}

// relevanceIn is relevance once the content words found in the text (in)
// and its phrases are known.
func (l *Library) relevanceIn(ctx context.Context, content []string, kind string, in []bool, phrases int) (ok bool, score int) {
	lex := l.Searcher
	covered, absent := 0, 0
	for i, w := range content {
		switch {
		case in[i] || (kind != "" && l.m.index[w][kind]):
			covered++
		case careerWords[w] || l.m.lex.CommonVerb(w) || superlative[w] || l.m.index[w]["most"] || l.m.index[w]["least"]:
			absent++ // "applying for roles", "the biggest": says nothing of which part of a guide
		case l.m.index[w] != nil || l.vocab.known(w):
			// a career word we know, just not here
		case lex != nil && !lex.Known(ctx, w):
			absent++
		}
	}
	// Phrase bonus (phrases): adjacent question words that stand together
	// in the text ("work nights") count as one more word found.
	defer func() { score += phrases }()
	// Words no guide knows are neutral: questions about things the guides
	// lack are answered by lacking, before any section is chosen.
	return covered > 0 && 2*covered >= len(content)-absent, covered
}

func stem(w string) string { return stemmed(w) } // stems.go

// coversText is sectionText.covers for text analysed on the spot.
func coversText(content []string, text string) (in []bool, phrases int) {
	have := map[string]bool{}
	prev := ""
	for _, w := range words(text) {
		st := stem(w)
		have[st] = true
		if prev != "" {
			have[prev+" "+st] = true // adjacent pairs, for the phrase bonus
		}
		prev = st
	}
	in = make([]bool, len(content))
	for i, w := range content {
		in[i] = have[stem(w)]
	}
	for i := 0; i+1 < len(content); i++ {
		if have[stem(content[i])+" "+stem(content[i+1])] {
			phrases++
		}
	}
	return in, phrases
}

// namedTerms are the question's content words that no dictionary has and
// only one section of the library uses: the names of tools, platforms and
// certificates ("JAX", "Kubeflow", "SomnoTri").
func (l *Library) namedTerms(ctx context.Context, q *question, content []string) []string {
	var out []string
	for _, w := range content {
		if len(w) < 3 || q.m.lex.Word(w) || q.m.index[w] != nil || l.isCareerWord(w) || twoWords(q.m.lex, w) {
			continue // (not "microgravity", "dataset": two dictionary words run together)
		}
		if l.Searcher.DocFreq(ctx, w) == 1 {
			out = append(out, w)
		}
	}
	return out
}

// twoWords reports whether w is two dictionary words of three letters or
// more run together ("microgravity", "dataset").
func twoWords(lex interface{ Word(string) bool }, w string) bool {
	for k := 3; k+3 <= len(w); k++ {
		if lex.Word(w[:k]) && lex.Word(w[k:]) {
			return true
		}
	}
	return false
}

// containsWord reports whether text holds w as a whole word.
func containsWord(text, w string) bool { return wordAt(text, w) >= 0 }

// wordAt is where w first stands in text as a whole word (not inside
// another: "pay" in "payroll"), or -1.
func wordAt(text, w string) int {
	for from := 0; from < len(text); {
		k := strings.Index(text[from:], w)
		if k < 0 {
			return -1
		}
		k += from
		end := k + len(w)
		if (k == 0 || !isWordByte(text[k-1])) && (end == len(text) || !isWordByte(text[end])) {
			return k
		}
		from = end
	}
	return -1
}

// allKnown reports whether every content word is one the intent table or
// the guides know: nothing in the question is foreign to them ("barista",
// "dev" are).
func (l *Library) allKnown(ctx context.Context, content []string) bool {
	for _, w := range content {
		if l.m.index[w] == nil && !l.Searcher.Known(ctx, w) {
			return false
		}
	}
	return true
}

// offTopicTitle heads a reply that answers nothing.
const offTopicTitle = "I can't answer that one"

func (e *Engine) offTopic(lib *Library, g *bot.Guide) *bot.Answer {
	return &bot.Answer{Answered: false, Career: g.Slug, Title: offTopicTitle,
		Body:      fmt.Sprintf("The %s guide doesn't cover that, and I only answer from the guides. It has salaries by state, certifications, skills, tools, the path in, a day in the life, interviews, challenges and outlook.", g.Title),
		FollowUps: e.followUps(g, "", "salary", "certs", "path")}
}

func (e *Engine) whichCareer(lib *Library, q *question) *bot.Answer {
	a := &bot.Answer{Answered: false, Title: "Which career?",
		Body: "I couldn't tell which career you mean, or the guides don't cover that. " + lib.careerHint() + " Name one in your question, e.g. \"" + lib.Guides[0].Title + " salary in Texas\"."}
	for i, g := range lib.Guides {
		if i == 5 {
			break
		}
		a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: g.Title, Command: "salary", Options: map[string]string{"career": g.Slug}})
	}
	return a
}

// coinedName reports whether the question has a name no dictionary has
// that one guide alone uses ("RehydroCalc", "SomnoTri").
func (l *Library) coinedName(q *question) bool {
	for _, w := range q.words {
		if len(w) >= 4 && allLetters(w) && !l.m.lex.Word(w) && l.terms.onlyOne(w) {
			return true
		}
	}
	return false
}

// onlyFigureWords reports whether the words left are none, or only ask for
// figures without saying which ("golden state numbers for an ML eng").
func onlyFigureWords(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "number", "numbers", "figure", "figures", "stats", "statistics", "data", "info", "information", "details",
			"difference", "differences", "gap", "gaps", "percent", "percentage", "dollar", "dollars", "base", "compare", "comparison", // ("give me the $ difference and the % difference, NY as base")
			"near", "around", "outside", "nearby": // ("orbital chef near Huntsville, how much": where)
		default:
			return false
		}
	}
	return true
}

// asksWhatDone reports whether words ask what someone does: "what does
// a machine learning engineer actually do" (not "what do I tell him").
func asksWhatDone(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "what" && (ws[i+1] == "does" || ws[i+1] == "do") && slices.Contains(ws[i+3:], "do") {
			return true
		}
	}
	return false
}

// untakenContent is the question's topic words that were not read as a
// career, certificate, state, city or place.
func untakenContent(q *question) []string {
	var out []string
	for i, w := range q.words {
		if q.taken[i] || q.m.stop[w] || !hasLetter(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// outlookAsked reports whether the outlook is what is asked: a word that
// only names jobs ("for MLE jobs", "positions") is context when another
// section is asked about.
func outlookAsked(q *question) bool {
	if hasAny(q, "enough") && !hasAny(q, "annually", "yearly", "year", "saturated", "available") && strongly(q, bot.KindPortfolio) {
		return false // "is github enough as a portfolio for MLE jobs?": enough for the portfolio
	}
	if hasAll(q, "how", "many") || hasAny(q, "annually", "yearly", "year", "saturated", "available", "enough") {
		return true // "how many positions open up each year?"
	}
	for _, w := range q.words {
		if q.m.index[w]["outlook"] && w != "jobs" && w != "job" && w != "positions" && w != "position" {
			return true
		}
	}
	return false
}

// salaryOnlyQualifies reports whether every pay word of the question
// qualifies data ("the salary data", "pay figures"), so the question is
// about where the data comes from, not the pay.
func salaryOnlyQualifies(q *question) bool {
	for i, w := range q.words {
		if !q.m.index[w]["salary"] {
			continue
		}
		if i+1 >= len(q.words) || !dataNouns[q.words[i+1]] {
			return false
		}
	}
	return true
}

var dataNouns = setOf("data", "figures", "figure", "numbers", "stats", "statistics", "info", "information")

// guideForRE reads "a guide for X", "anything on X", "info about X".
var guideForRE = mustGuard(`(?i)\b(?:a guide|guides?|anything|info|information)\s+(?:for|on|about)\s+(?:an? |the )?([a-z][a-z' -]{1,40}?)\s*[?.!]*$`)

// guideAskedFor returns the occupation a "do you have a guide for X?"
// question names when no guide is X: X's head is a job ("sound
// engineers") or the field of one ("physiotherapy" → physiotherapist).
func guideAskedFor(lib *Library, q *question) string {
	m := guideForRE.FindStringSubmatch(q.raw)
	if m == nil {
		return ""
	}
	x := strings.ToLower(strings.TrimSpace(m[1]))
	ws := words(x)
	if len(ws) == 0 || len(ws) > 4 {
		return ""
	}
	if xs := lib.expandWords(ws); len(lib.findCareers(xs, make([]bool, len(xs)))) > 0 {
		return "" // a guide's own name
	}
	head := q.m.lex.Singular(ws[len(ws)-1])
	if q.m.lex.Occupation(head) || q.m.lex.JobSense(head) {
		return x
	}
	for _, suf := range [][2]string{{"y", "ist"}, {"ry", ""}, {"y", "er"}, {"ics", "ist"}, {"ing", "er"}, {"ing", "e"}, {"ing", ""}} {
		if base, ok := strings.CutSuffix(head, suf[0]); ok && len(base) > 2 && q.m.lex.Occupation(base+suf[1]) {
			return x
		}
	}
	return ""
}

// addsUp reports whether a question asks for things added up ("in total",
// "combined", "summed").
func addsUp(q *question) bool {
	return hasAny(q, "total", "combined", "altogether", "together", "sum", "summed", "added") || hasAll(q, "add", "up")
}

// namedCerts are the certificates of g whose first distinctive word the
// question has (those certsNamed counts).
func namedCerts(q *question, g *bot.Guide) []*bot.Cert {
	info := q.certInfo(g)
	var out []*bot.Cert
	for i := range g.Certifications {
		for k, w := range info.names[i] {
			if !info.genericAt[i][k] {
				if slices.Contains(q.words, w) {
					out = append(out, &g.Certifications[i])
				}
				break
			}
		}
	}
	return out
}

// priceGap reports whether words ask the gap between prices: "price
// difference", "cost gap", "difference in price".
func priceGap(ws []string) bool {
	money := func(w string) bool { return w == "price" || w == "prices" || w == "cost" || w == "costs" }
	for i, w := range ws {
		if w != "difference" && w != "gap" {
			continue
		}
		if i > 0 && money(ws[i-1]) || i+2 < len(ws) && ws[i+1] == "in" && money(ws[i+2]) {
			return true
		}
	}
	return false
}

// certPriceCompare answers which of two certificates costs less, from
// their prices.
func certPriceCompare(g *bot.Guide, cs []*bot.Cert) *bot.Answer {
	a, b := cs[0], cs[1]
	a2 := &bot.Answer{Answered: true, Career: g.Slug, Title: a.Name + " vs " + b.Name + " · " + g.Title, Source: source(g, "Certifications"), Kind: bot.KindCerts}
	switch {
	case a.Price == b.Price:
		a2.Body = fmt.Sprintf("They cost the same: the %s and the %s are %s each.", a.Name, b.Name, bot.Money(a.Price))
	default:
		lo, hi := a, b
		if b.Price < a.Price {
			lo, hi = b, a
		}
		a2.Body = fmt.Sprintf("The %s is cheaper: %s, against %s for the %s (%s less).", lo.Name, bot.Money(lo.Price), bot.Money(hi.Price), hi.Name, bot.Money(hi.Price-lo.Price))
	}
	for _, c := range cs {
		a2.Fields = append(a2.Fields, bot.Field{Label: c.Name, Value: bot.Money(c.Price), Inline: true})
		if c.About != "" {
			a2.Bullets = append(a2.Bullets, fmt.Sprintf("%s: %s", c.Name, c.About)) // what each covers, beside its price
		}
	}
	return a2
}

// certsNamed counts the certificates whose own first word (not a word of
// every certificate, such as "ML") the question uses: "AWS and Google".
func certsNamed(q *question, g *bot.Guide) int {
	info := q.certInfo(g)
	n := 0
	for i := range g.Certifications {
		for k, w := range info.names[i] {
			if !info.genericAt[i][k] {
				if slices.Contains(q.words, w) {
					n++
				}
				break
			}
		}
	}
	return n
}

// weighed reports whether the first occupation of a question is one the
// asker weighs as a goal ("thinking about accounting", "want to be a
// nurse"), not one only mentioned ("an accountant with a CPA").
func weighed(q *question) bool {
	if len(q.scope.occupations) == 0 {
		return false
	}
	f := strings.Fields(q.scope.occupations[0])
	last := f[len(f)-1]
	for i, w := range q.words {
		if w != last {
			continue
		}
		for k := i - len(f); k >= 0 && k >= i-len(f)-4; k-- {
			// "my son wants to be a landscaper": the third person too
			w := q.words[k]
			if q.m.goal[w] || q.m.goal[strings.TrimSuffix(w, "s")] || q.m.goal[strings.TrimSuffix(w, "ed")] {
				return true
			}
		}
	}
	return false
}

// guessWords are the words a career is guessed from: the question's, and
// when the question is the last sentence of a longer message, the rest of
// the message's too ("my buddy says space stations are hiring cooks. what's
// the pay in florida?"), but not the asker's own job.
// timeDeictic words before a noun of time ("this week", "next month",
// "by summer") say when, in the story around a question.
var timeDeictic = setOf("this", "next", "last", "tomorrow", "tonight", "by")

func guessWords(lib *Library, q *question) []string {
	ws := dropStateWords(lib.contentWords(q, nil))
	if slices.ContainsFunc(ws, func(w string) bool { return mannerAdverb(lib, w) }) {
		// "to chart dreamscapes professionally": how, not what
		ws = slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return mannerAdverb(lib, w) })
	}
	for _, st := range q.states {
		// "I train models at a startup, what's the pay like in CA?": a
		// state several guides' tables hold says no career
		code := strings.ToLower(st.Code)
		if !slices.Contains(ws, code) {
			continue
		}
		holders := 0
		for _, g := range lib.Guides {
			if g.State(st.Code) != nil {
				if holders++; holders > 1 {
					ws = slices.DeleteFunc(ws, func(w string) bool { return w == code })
					break
				}
			}
		}
	}
	if q.has("salary") && slices.ContainsFunc(ws, func(w string) bool { return lib.m.payVerbs[w] }) {
		// "what do people who chart dreamscapes make in Nevada?": the verb
		// asks the pay, it names no guide's topic
		ws = slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return lib.m.payVerbs[w] })
	}
	ws = lib.dropToldTimes(q.words, ws)
	if len(q.careers) == 0 && negates(q.words) {
		if set := lib.negatedCareerWords(q.words); set != nil {
			ws = slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return set[w] })
		}
	}
	if c := strings.ToLower(q.scope.company); c == "company" || c == "companies" {
		// "a large agricultural company": who employs, not which career
		ws = slices.DeleteFunc(ws, func(w string) bool { return w == c })
	}
	for i := 1; i < len(q.words); i++ {
		if w := q.words[i]; q.words[i-1] == "your" && botData[w] && (i+1 == len(q.words) || lib.m.stop[q.words[i+1]]) && strings.Count(" "+strings.Join(q.words, " ")+" ", " "+w+" ") == 1 {
			// "lowest paying state for mapping dreams in ur data?": the
			// bot's own data, not a topic of one guide's
			ws = slices.DeleteFunc(ws, func(x string) bool { return x == w })
		}
	}
	if q.full == nil {
		return ws
	}
	for i, w := range q.full.words {
		if !q.full.taken[i] && !lib.m.stop[w] && hasLetter(w) && !q.full.idiom[w] && !slices.Contains(ws, w) { // (not "for a living": a way of talking)
			ws = append(ws, w)
		}
	}
	return dropStateWords(lib.dropToldTimes(q.full.words, ws))
}

// dropToldTimes drops from ws the time words that say when, in the story
// around a question ("lease decision due this week", "my interview is
// next month"): no guide's topic, though one guide's day may use "week".
func (l *Library) dropToldTimes(words, ws []string) []string {
	for i := 1; i < len(words); i++ {
		if timeDeictic[words[i-1]] && l.m.lex.Time(words[i]) {
			w := words[i]
			ws = slices.DeleteFunc(slices.Clone(ws), func(x string) bool { return x == w })
		}
	}
	return ws
}

// mannerAdverb reports whether w is an adverb of manner ("professionally",
// "realistically") that names no thing a guide is about: an adverb only,
// ending in -ly, that no guide's name uses.
func mannerAdverb(lib *Library, w string) bool {
	return strings.HasSuffix(w, "ly") && lib.m.lex.Adverb(w) && !lib.m.lex.Noun(w) && !lib.m.lex.Verb(w) && !lib.m.lex.Adjective(w) && !lib.isCareerWord(w)
}

// optionRE matches a capital letter marking a quiz's option ("A) ", "C)").
var optionRE = regexp.MustCompile(`(^|[\s:,(])([A-E])\)\s`)

// lowerOptions writes the capital letters of a quiz's options lower case
// ("A) Washington B) California C) New York"), when A) and B) are both
// there, so that no option's letter reads as a name.
func lowerOptions(text string) string {
	if !strings.Contains(text, "A)") {
		return text
	}
	return optionRE.ReplaceAllStringFunc(text, strings.ToLower)
}

// vsSideRE cuts "X vs Y vs Z" into its sides.
var vsSideRE = regexp.MustCompile(`(?i)\s(?:vs\.?|versus)\s`)

// orSideRE cuts "X or Y" into its sides.
var orSideRE = regexp.MustCompile(`(?i)\sor\s`)

// listedTwoRE matches a message that lists two items, lettered or
// numbered ("a) … b) …", "1) … 2) …"); callers test for a ')' first.
var listedTwoRE = regexp.MustCompile(`(?i)(?:^|[\s:,])(?:a|1)\)\s+\S.*\s(?:b|2)\)\s+\S`)

// botData holds the nouns that, after "your", name the bot's own
// knowledge ("in your data", "by your numbers").
var botData = setOf("data", "numbers", "figures", "info", "information", "stats", "table", "tables", "records", "database", "sources")

// strongly reports whether a word of the question that is not a weak one
// points to the kind ("interview", not only "hiring").
func strongly(q *question, kind string) bool {
	if kind == bot.KindDay && hasDigit(q.raw) && timeOfDayRE.MatchString(q.raw) {
		return true // "at 10am": a time of the working day
	}
	for _, w := range q.words {
		if q.m.index[w][kind] && !q.m.weak[w] {
			return true
		}
	}
	return false
}

// rangeEnd reports whether an amount is the top or bottom of a guide's
// national pay range (within 5%).
func rangeEnd(g *bot.Guide, v int) bool {
	near := func(x int) bool { return x > 0 && 20*max(v-x, x-v) <= x }
	return near(g.Salary.High) || near(g.Salary.Low)
}

// careersAsOrigin reports whether every career a question names is named as
// the asker's (or someone's) own: "I've been an ML engineer", "as a quantum
// gardener", "I'm an ML engineer".
func careersAsOrigin(q *question) bool {
	runs := 0
	for i, w := range q.words {
		if !q.taken[i] || !q.lib.isCareerWord(w) || i > 0 && q.taken[i-1] && q.lib.isCareerWord(q.words[i-1]) {
			continue
		}
		if i > 0 && slices.ContainsFunc(q.scope.occupations, func(o string) bool {
			return strings.Contains(" "+o+" ", " "+q.words[i-1]+" "+w+" ")
		}) {
			continue // "a data engineer": another occupation's words, not the career's
		}
		runs++
		origin := false
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if q.m.goal[q.words[k]] {
				break
			}
			if q.m.origin[q.words[k]] || q.words[k] == "m" && k > 0 && q.words[k-1] == "i" ||
				relations[q.words[k]] && (slices.Contains(q.words[k+1:i], "is") || k == i-2 && q.words[k+1] == "the") { // "my brother is a machine learning engineer", "my brother the ML engineer": his
				origin = true
				break
			}
		}
		if !origin {
			return false
		}
	}
	return runs > 0
}

// myPlaceRE matches the asker's own place named as such.
var myPlaceRE = mustGuard(`(?i)\b(?:my|our) (?:state|city|area|town)\b|\bwhere (?:i|we) (?:live|am|work)\b`)

// ownJobNamed reports whether words speak of the asker's own job: "my
// field", "our pay", "mine".
func ownJobNamed(ws []string) bool {
	for k, w := range ws {
		switch w {
		case "mine", "ours":
			return true
		case "my", "our":
			if k+1 < len(ws) && ownJobNouns[ws[k+1]] {
				return true
			}
		}
	}
	return false
}

// ownJobNouns name one's job after "my" or "our".
var ownJobNouns = setOf("job", "field", "role", "work", "career", "pay", "salary", "line", "profession", "trade")

// ownJobCompared reports whether a question compares the asker's own job
// ("our field", "my job") with something else.
func ownJobCompared(q *question) bool {
	return (q.has("compare") || hasAny(q, "vs", "versus", "than", "compare", "compared")) && ownJobNamed(q.words)
}

// versusJob is the asker's own job, with no guide, when "vs" or "versus"
// sets it against the one career the question names: the job's whole
// name, or its field (a "landscaper" asker's "regular landscaping"),
// within three words of the "vs"; or when "or" stands between the job's
// name and a word of the career's ("which pays more, SWE or MLE?"); ""
// otherwise. (A job only asked about is weighed by answerGuide.)
func (l *Library) versusJob(q *question) string {
	occ := q.scope.background
	if len(q.careers) != 1 || occ == "" {
		return ""
	}
	f := strings.Fields(strings.ToLower(occ))
	for i, w := range q.words {
		if w != "vs" && w != "versus" && w != "or" {
			continue
		}
		j := i + 1
		if j+1 < len(q.words) && (q.words[j] == "my" || q.words[j] == "our") && ownJobNouns[q.words[j+1]] && !asideVersus.MatchString(q.raw) {
			j += 2 // "space chef vs my job as a mail carrier": the job told after
			if j < len(q.words) && q.words[j] == "as" {
				j++
			}
			if j < len(q.words) && (q.words[j] == "a" || q.words[j] == "an") {
				j++
			}
		}
		before, after := q.words[max(0, i-3):i], q.words[i+1:min(len(q.words), j+3)]
		near := q.words[max(0, i-3):min(len(q.words), j+3)]
		if w == "or" {
			// "which pays more, SWE or MLE?": the job on one side of "or",
			// the career (its words taken) right on the other
			side := func(ws []string, from int) bool {
				for k := range ws {
					if q.taken[from+k] && l.isCareerWord(ws[k]) && !slices.Contains(f, ws[k]) {
						return true
					}
				}
				return false
			}
			if !(containsRun(before, f) && side(after, i+1) || containsRun(after, f) && side(before, max(0, i-3))) {
				continue
			}
		}
		if containsRun(near, f) || len(f) == 1 && slices.ContainsFunc(q.m.fieldsOf(f[0]), func(field string) bool { return slices.Contains(near, field) }) {
			return occ
		}
	}
	return ""
}

// ownPayAgainst reports whether the asker weighs their own pay against
// another's: "would I make more", "will I earn less", "do I get paid
// more" (the caller sets aside "… than the national median").
func ownPayAgainst(ws []string) bool { return payAgainst(ws, "i") }

// payAgainst reports whether one of the subjects given is asked to earn
// more or less ("would I make more", "does she make more than …").
func payAgainst(ws []string, subjects ...string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if !slices.Contains(subjects, ws[i]) {
			continue
		}
		k := i + 1
		if k+1 < len(ws) && (ws[k] == "get" || ws[k] == "be") && ws[k+1] == "paid" {
			k++
		}
		if (earnVerb[ws[k]] || ws[k] == "paid") && k+1 < len(ws) && (ws[k+1] == "more" || ws[k+1] == "less") {
			return true
		}
	}
	return false
}

// plainSide is the job on one side of "vs" when the other side names
// career g by a word of its name ("quantum gardener", "dream mapping",
// "qubit greenhouse work") and this side does not, but names a job: a
// worker WordNet knows ("Greenhouse horticulturist", "GIS cartographer"),
// work in -ing, or the plain kind of one ("regular map making"); "" when
// the message sets no such two sides.
func (l *Library) plainSide(q *question) (string, *bot.Guide) {
	re := vsSideRE
	if !hasAny(q, "vs", "versus") {
		if !hasAny(q, "or") || !hasAny(q, "which", "who") {
			return "", nil // (most questions: no regexp run)
		}
		re = orSideRE // "Sleep consultant or orbital chef, which has better growth?"
	}
	text := q.raw
	if strings.IndexByte(text, '(') >= 0 {
		text = asideRE.ReplaceAllString(text, "") // ("GIS cartographer (real maps, not dreams) vs …": the side without its aside)
	}
	sides := re.Split(text, -1)
	if len(sides) != 2 {
		return "", nil
	}
	gs := q.careers
	if len(gs) == 0 {
		gs = l.Guides
	}
	for _, g := range gs {
		if side := l.plainSideOf(sides, g); side != "" {
			return side, g
		}
	}
	return "", nil
}

// asideRE is a short remark in brackets.
var asideRE = regexp.MustCompile(`\s*\([^()]{1,60}\)`)

// plainSideOf is plainSide for career g, the message cut at "vs" (or at
// "or").
func (l *Library) plainSideOf(sides []string, g *bot.Guide) string {
	gi := int32(slices.Index(l.Guides, g))
	// named reports whether a side names the career: by a word of its name,
	// or, among several guides, by two words in a row only it uses when the
	// side names no worker ("entangled orchard work", not "greenhouse
	// horticulturist")
	named := func(ws []string) bool {
		if slices.ContainsFunc(ws, func(w string) bool { return guideNameWord(g, w) }) {
			return true
		}
		if len(l.Guides) < 2 || l.terms == nil || len(ws) < 2 || l.m.lex.Person(l.m.lex.Singular(ws[len(ws)-1])) {
			return false
		}
		for k := 1; k < len(ws); k++ {
			if l.terms.sole(ws[k-1]) == gi && l.terms.sole(ws[k]) == gi {
				return true
			}
		}
		return false
	}
	namesOther := func(w string) bool {
		return slices.ContainsFunc(l.Guides, func(o *bot.Guide) bool { return o != g && (guideNameWord(o, w) || l.headOf(w, o)) })
	}
	phrase := func(side string, last bool) string {
		if last {
			if k := strings.IndexAny(side, ",?:;—(!."); k >= 0 {
				side = side[:k]
			}
		} else if k := strings.LastIndexAny(side, ",?:;—(!."); k >= 0 {
			side = side[k+1:]
		}
		return strings.TrimSpace(side)
	}
	a, b := phrase(sides[0], false), phrase(sides[1], true)
	aw, bw := words(a), words(b)
	if len(aw) == 0 || len(bw) == 0 || len(aw) > 4 || len(bw) > 4 {
		return ""
	}
	other, ow := "", []string(nil)
	switch {
	case named(aw) && !named(bw):
		other, ow = b, bw
	case named(bw) && !named(aw):
		other, ow = a, aw
	default:
		return ""
	}
	for len(ow) > 0 && (determiner[ow[0]] || ow[0] == "being") {
		ow = ow[1:]
		if f := strings.Fields(other); len(f) > 1 {
			other = strings.Join(f[1:], " ")
		}
	}
	if len(ow) == 0 || slices.ContainsFunc(ow, func(w string) bool {
		return placeWord(l.m, w) || namesOther(w) || l.m.index[w] != nil && !l.m.lex.Noun(w)
	}) {
		return "" // (not two states, nor a figure: "Oregon vs Vermont", "median vs median")
	}
	if f, rest, _ := strings.Cut(other, " "); len(f) > 1 && capitalised(f) && strings.ToLower(f[1:]) == f[1:] {
		other = strings.TrimSpace(strings.ToLower(f) + " " + rest) // "Sleep consultant or …": the sentence's capital, not the job's
	}
	if slices.ContainsFunc(l.Guides, func(o *bot.Guide) bool {
		return slices.ContainsFunc(o.Certifications, func(c bot.Cert) bool {
			cw := words(c.Name)
			return !slices.ContainsFunc(ow, func(w string) bool { return !slices.Contains(cw, w) })
		})
	}) {
		return "" // "the orchard steward one or the blight specialist?": a certificate, by the words of its name (not "greenhouse horticulturist")
	}
	head := ow[len(ow)-1]
	if full, ok := shortHeads[head]; ok && len(ow) > 1 && full != "lead" {
		head = full // "aquaculture tech vs …": the technician
	}
	if slices.ContainsFunc(ow, func(w string) bool { return plainWord[w] }) || l.m.lex.Occupation(l.m.lex.Singular(head)) && (!l.m.roles[l.m.lex.Singular(head)] || len(ow) > 1) ||
		gerund(l.m.lex, head) && len(ow) > 1 {
		return other
	}
	return ""
}

// theirPayAgainst reports whether someone spoken of is asked to earn more
// or less ("does she make more than a dream cartographer?", "would he earn
// more as an ML engineer?").
func theirPayAgainst(ws []string) bool { return payAgainst(ws, "she", "he", "they") }

// payCompared reports whether the words weigh one person's pay, after one
// of the possessives given, against something ("how does my pay compare
// with an orbital chef's?", "how does her salary stack up").
func payCompared(ws []string, owners ...string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if slices.Contains(owners, ws[i]) && payNext[ws[i+1]] && (ws[i+2] == "compare" || ws[i+2] == "compares" || ws[i+2] == "stack" || ws[i+2] == "measure") {
			return true
		}
	}
	return false
}

// asideVersus finds "vs" opening a sentence of its own after a question
// ("what do oneirographers make in Arizona? versus my job as a land
// surveyor"): the asker's own job, set beside the answer, not a comparison
// asked.
var asideVersus = regexp.MustCompile(`(?i)\?\s*(vs\.?|versus)\s`)

// ownPayWeighed is the asker's own job when the message tells their pay
// in it and asks whether that pay is fair ("$55k as a junior web developer
// in Denver — am I being lowballed?", "making $72k as a data analyst, is
// that under market?"), names no career and speaks of no move; "" otherwise.
func ownPayWeighed(q *question) string {
	occ := q.scope.background
	if occ == "" || len(q.careers) > 0 || len(q.scope.occupations) > 0 || !hasDigit(q.raw) || !moneyRE.MatchString(strings.ToLower(q.raw)) {
		return ""
	}
	if !hasAny(q, "lowballed", "lowball", "lowballing", "underpaid", "underpaying", "overpaid", "fair", "competitive") &&
		!(hasAny(q, "under", "below", "above", "over") && hasAny(q, "market", "average", "normal")) {
		return ""
	}
	if hasAny(q, "switch", "switching", "pivot", "pivoting", "move", "moving", "transition", "become", "becoming", "into", "instead", "retrain", "retraining") {
		return ""
	}
	return occ
}

// otherSideGuide is the guide named, by words only it uses, on the side of
// a "vs" (or "versus") away from the one occupation the question reads
// ("land surveyor vs mapping dreams"); nil otherwise.
func (l *Library) otherSideGuide(q *question) *bot.Guide {
	if len(q.scope.occupations) != 1 {
		return nil
	}
	sides := vsSideRE.Split(q.raw, -1) // ("… — median vs median?": more sides, one of them a guide's)
	if len(sides) < 2 {
		m := betweenSidesRE.FindStringSubmatch(q.raw)
		if m == nil && q.full != nil && (hasAny(q, "which", "whichever") || q.has("compare")) {
			m = betweenSidesRE.FindStringSubmatch(q.full.raw) // (the sentence before the one that weighs them: "… between X and Y. which pays more?")
		}
		if m == nil && hasAny(q, "which", "whichever") {
			m = orSidesRE.FindStringSubmatch(q.raw) // "line cook or cooking in orbit, which pays more?"
		}
		if m == nil {
			return nil
		}
		sides = m[1:] // "deciding between dental hygiene and mapping dreams"
	}
	occ := strings.Fields(strings.ToLower(q.scope.occupations[0]))
	var found *bot.Guide
	for _, side := range sides {
		ws := words(side)
		if slices.Contains(ws, occ[len(occ)-1]) || slices.Contains(ws, occ[len(occ)-1]+"s") {
			continue
		}
		g := l.oneGuideNamed(ws)
		if cs := l.findCareers(ws, make([]bool, len(ws))); len(cs) == 1 {
			g = cs[0] // "MLE vs data scientist: …": the career named on its side
		}
		if g != nil {
			if found != nil && found != g {
				return nil
			}
			found = g
		}
	}
	return found
}

// orSidesRE finds the two sides of "X or Y" within one clause.
var orSidesRE = regexp.MustCompile(`(?i)([^.?!,;:]+?)\s+or\s+([^.?!,;:]+)`)

// betweenSidesRE finds the two sides of "between X and Y", each up to a
// mark that ends it.
var betweenSidesRE = regexp.MustCompile(`(?i)\bbetween\s+([^.?!,;]+?)\s+and\s+([^.?!,;]+)`)

// ownJobRefused is the reply when the asker's own job, which has no
// guide, is weighed against guide g's career: no guide for the job, and
// g's own figure for what is weighed beside the refusal when it has one.
func (e *Engine) ownJobRefused(lib *Library, q *question, occ string, g *bot.Guide) *bot.Answer {
	nq := *q
	nq.scope.occupations, nq.scope.generic = []string{occ}, nil
	a := e.noGuideFor(lib, &nq)
	if own := ownFigure(q, g); own != "" {
		a.Body = comparedRefusal(lib, []string{occ}, own)
	}
	return a
}

// comparedRefusal is the reply to a comparison with an occupation that
// has no guide: that there is none, the guide's own figure (own, from
// ownFigure, may be "") and the careers there are.
func comparedRefusal(lib *Library, occs []string, own string) string {
	var named []string // each job once ("rank MLE, DevOps engineer and SRE …": both that have no guide)
	for _, o := range occs {
		if !slices.Contains(named, o) {
			named = append(named, o)
		}
	}
	switch {
	case len(named) == 0:
		return fmt.Sprintf("There's no guide for that, so I can't compare the two.%s %s", own, lib.careerHint())
	case len(named) > 1:
		return fmt.Sprintf("There's no guide for %s, so I can't compare them.%s %s", joinWith(named, "or"), own, lib.careerHint())
	}
	return fmt.Sprintf("There's no guide for %s, so I can't compare the two.%s %s", named[0], own, lib.careerHint())
}

// ownFigure is the guide's own figure for what a comparison with a job
// that has no guide weighs, as a sentence to stand beside the refusal: pay
// (in the state asked, or national), openings, growth, or the time the
// path in takes; "" when the question weighs none of them.
func ownFigure(q *question, g *bot.Guide) string {
	pay := q.has("salary") || hasAny(q, "earns", "earn", "paid", "pays", "richer") || hasAll(q, "take", "home") || hasAll(q, "takes", "home")
	growth := (q.has("outlook") || hasAny(q, "growing", "growth", "grows", "grow")) && g.Outlook.GrowthPct != 0
	if growth && !hasAny(q, "pay", "pays", "paid", "earn", "earns", "salary", "salaries", "median", "money", "richer") {
		// "data scientist vs MLE: which is growing faster? (CA, WA, NY)":
		// growth asked, though the states named read as pay
		pay = false
	}
	var rows []string // the guide's medians for the states named that its table holds
	if pay && len(q.states) > 1 {
		for _, st := range q.states {
			if row := g.State(st.Code); row != nil {
				rows = append(rows, fmt.Sprintf("%s in %s", bot.Money(row.Median), bot.StateName(row.Code)))
			}
		}
	}
	switch {
	case len(rows) > 1:
		// "dental hygienist vs orbital chef — which pays more in CA, FL and
		// HI?": the guide's figure for each state asked that it has
		return fmt.Sprintf(" For what it's worth, the %s guide gives medians of %s.", g.Title, joinAnd(rows))
	case len(rows) == 1:
		return fmt.Sprintf(" For what it's worth, the %s guide gives a median of %s (of the states named, its table has only that one).", g.Title, rows[0])
	case pay && g.Salary.High > 0 && (hasAny(q, "ceiling", "max", "maximum") || hasAny(q, "top", "highest", "upper") && hasAny(q, "end", "range", "band")):
		// "is an actuary or an ML engineer better paid at the top end of
		// the range?": the guide's side is the top of its range
		return fmt.Sprintf(" For what it's worth, the %s guide gives a pay range of %s.", g.Title, salaryRange(g.Salary))
	case pay && len(q.states) == 1 && g.State(q.states[0].Code) != nil:
		// "MLE vs product manager pay in washington state?": the guide's
		// figure for the state asked
		row := g.State(q.states[0].Code)
		return fmt.Sprintf(" For what it's worth, the %s guide gives a median of %s in %s (%s employed there).", g.Title, bot.Money(row.Median), bot.StateName(row.Code), bot.Thousands(row.Employed))
	case pay && g.Salary.Median > 0:
		return fmt.Sprintf(" For what it's worth, the %s guide gives a national median of %s.", g.Title, bot.Money(g.Salary.Median))
	case hasAny(q, "openings", "opening", "vacancies") && g.Outlook.AnnualOpenings > 0:
		return fmt.Sprintf(" For what it's worth, the %s guide gives about %s openings a year.", g.Title, bot.Thousands(g.Outlook.AnnualOpenings))
	case (q.has("outlook") || hasAny(q, "growing", "growth", "grows")) && g.Outlook.GrowthPct != 0:
		return fmt.Sprintf(" For what it's worth, the %s guide gives employment growth of %s over 10 years.", g.Title, pct(g.Outlook.GrowthPct))
	case (durationQuestion(q) || hasAny(q, timeComparatives...) || lessTime(q) || timeWise(q.words)) && !q.has("outlook") && g.TotalTime != "":
		return fmt.Sprintf(" For what it's worth, the %s guide puts the whole path in at %s.", g.Title, g.TotalTime)
	case weighsSchool(q) && g.Education != "":
		if (hasAny(q, "training") || hasAny(q, "more", "less", "fewer", "longer", "shorter")) && g.TotalTime != "" {
			// "which needs more training?", "which needs more school?": the
			// schooling and the whole path's length
			return fmt.Sprintf(" For what it's worth, the %s guide's education: %s The whole path in takes %s.", g.Title, strings.TrimRight(g.Education, ".")+".", g.TotalTime)
		}
		return fmt.Sprintf(" For what it's worth, the %s guide's education: %s", g.Title, g.Education)
	case weighsCertPrice(q) && len(g.Certifications) > 0:
		lo, hi := g.Certifications[0].Price, g.Certifications[0].Price
		for _, c := range g.Certifications {
			lo, hi = min(lo, c.Price), max(hi, c.Price)
		}
		if lo == hi {
			return fmt.Sprintf(" For what it's worth, the %s guide's certifications cost %s each.", g.Title, bot.Money(lo))
		}
		return fmt.Sprintf(" For what it's worth, the %s guide's certifications cost %s to %s.", g.Title, bot.Money(lo), bot.Money(hi))
	case weighsLicence(q) && g.License != "":
		return fmt.Sprintf(" For what it's worth, the %s guide's licence: %s", g.Title, strings.TrimRight(g.License, ".")+".")
	}
	return ""
}

// comparesUnguided reports whether a question weighs figures of a career,
// or the time the way in takes, against an occupation that has no guide
// ("which pays more, ML engineer or dentist?", "a cybersecurity analyst
// instead of an ML engineer? Which one pays better?", "is the ML engineer
// path longer than becoming a doctor?").
func comparesUnguided(q *question) bool {
	return len(q.scope.occupations) > 0 && (figures(q) || weighsTime(q) || weighsSchool(q) || weighsLicence(q) || weighsCertPrice(q) || q.has("outlook") && hasAny(q, "growth", "growing", "grows")) &&
		(q.has("compare") || hasAny(q, "or", "than", "instead", "rank", "ranked", "vs", "versus") || hasAll(q, "between", "and") || outdoes(q.words) || adjacent(q.words, "as", "much") && hasAny(q, "make", "makes", "earn", "earns", "paid") || adjacent(q.words, "same", "as") && (hasAny(q, "paid", "pay", "earn", "earns") || q.has("salary")) ||
			(hasAll(q, "close", "enough") || adjacent(q.words, "similar", "to") || adjacent(q.words, "comparable", "to")) && q.has("salary")) // ("DevOps engineer median pay? close enough to ML engineer right?")
}

// outdoes reports whether the words weigh one side's pay over the
// other's with an "out-" verb ("do ML engineers out-earn actuaries?",
// "outpaid").
func outdoes(ws []string) bool {
	for i, w := range ws {
		if w == "out" && i+1 < len(ws) && outVerbs[ws[i+1]] || strings.HasPrefix(w, "out") && outVerbs[w[3:]] {
			return true
		}
	}
	return false
}

// outVerbs are the verbs of pay an "out-" prefix makes a comparison of.
var outVerbs = setOf("earn", "earns", "earned", "pay", "pays", "paid", "make", "makes", "made")

// weighsSchool reports whether a question weighs how much schooling the
// way in asks ("which one needs more school?", "less education", "more
// training").
func weighsSchool(q *question) bool {
	return (hasAny(q, "more", "less", "most", "least") || asksBoth(q.words) || hasAny(q, "which", "whichever") && hasAny(q, "need", "needs", "require", "requires")) && // ("which one needs a master's?")
		(hasAny(q, "school", "schooling", "degree", "degrees", "training") || q.has("education"))
}

// weighsCertPrice reports whether a question weighs what certificates
// cost ("are data analyst certs cheaper than the ML eng ones?").
func weighsCertPrice(q *question) bool {
	return q.has(bot.KindCerts) && hasAny(q, "cheaper", "pricier", "costlier", "dearer")
}

// weighsLicence reports whether a question asks which of the jobs it
// weighs needs a licence ("pilot vs ML engineer, which one needs a
// license?", "which needs more licensing?").
func weighsLicence(q *question) bool {
	return hasAny(q, "which", "who") && hasAny(q, "license", "licence", "licensing", "licenses", "licences", "licensed", "permit", "permits") &&
		hasAny(q, "need", "needs", "require", "requires", "required", "more", "less")
}

// weighsTime reports whether a question weighs how long the way in takes
// ("which takes longer to break into?", "quicker to qualify", "how long
// does each take to get into?"), not how fast a field grows (nor how long
// each step of the path takes).
func weighsTime(q *question) bool {
	return (hasAny(q, timeComparatives...) || lessTime(q) || timeWise(q.words) || durationQuestion(q) && hasAny(q, "each", "both", "compared", "compare", "comparison") && !hasAny(q, "step", "steps", "stage", "stages")) &&
		!q.has("outlook") && !hasAny(q, "growing", "grow", "grows", "growth", "paid", "pay", "pays", "earn", "earns")
}

// timeWise reports whether words weigh by time in so many words: "time
// wise", "timewise", "time-wise".
func timeWise(ws []string) bool {
	return slices.Contains(ws, "timewise") || adjacent(ws, "time", "wise")
}

// timeComparatives weigh how long the way in takes ("which takes longer
// to break into?", "is a pilot slower to become?").
var timeComparatives = []string{"longer", "shorter", "quicker", "sooner", "faster", "slower"}

// lessTime reports whether a question weighs time by amount ("which one
// takes less time to get into?", "more years of school").
func lessTime(q *question) bool {
	return hasAny(q, "less", "more", "fewer", "least", "most") && hasAny(q, "time", "years", "yrs", "months")
}

// comparedNear reports whether a word that sets one thing against another
// ("or", "than", "vs", "instead") stands within six words of an occupation
// the message names: "torn between an ML engineer or an actuary", not "a
// paralegal at a small firm … I think I like it more than law".
func comparedNear(q *question) bool {
	for _, o := range q.scope.occupations {
		f := strings.Fields(strings.ToLower(o))
		for i, w := range q.words {
			if w != f[len(f)-1] {
				continue
			}
			for k := max(0, i-10); k < len(q.words) && k <= i+6; k++ {
				switch q.words[k] {
				case "or", "than", "instead", "vs", "versus", "compare", "compared", "comparing", "rank", "ranked", "ranking": // ("rank these for pay: actuary, ML engineer, pharmacist")
					if k >= i-6 {
						return true
					}
				case "between":
					if k >= i-6 || slices.Contains(q.words[k:i], "and") {
						return true // "choosing between quantum gardening and being a normal landscaper"
					}
				}
			}
		}
	}
	return false
}

// gerundInContext is the guide whose work a question names by a verb in
// -ing that the guide itself uses, next to a word only that guide uses
// ("space cooking", "dream surveying", "charting dreamscapes"), when every
// occupation read is the doer of that verb; nil otherwise. Not for the
// plain kind ("regular cooking") or figures asked of the occupation.
func (l *Library) gerundInContext(q *question) *bot.Guide {
	if l.terms == nil || l.terms.routes() || len(l.Guides) < 2 || q.scope.plain || len(q.scope.occupations) != 1 ||
		hasAny(q, "not", "normal", "regular", "real", "actual", "traditional", "ordinary", "usual") {
		return nil
	}
	o := strings.Fields(q.scope.occupations[0])
	head := o[len(o)-1]
	ws := q.words
	for i, w := range ws {
		base, ok := strings.CutSuffix(w, "ing")
		if !ok && w == head && i > 0 && (ws[i-1] == "to" || ws[i-1] == "want" || ws[i-1] == "wanna" || ws[i-1] == "gonna") && q.m.lex.Verb(w) {
			base, ok = w, true // "if you wanna cook up there": the work, as a verb
		}
		if !ok || len(base) < 3 || !strings.HasPrefix(head, base[:3]) {
			continue
		}
		gs, ok := l.terms.guidesWith(stem(w))
		if !ok || len(gs) == 0 {
			continue
		}
		// the nearest word on each side that is no function word ("baking in
		// zero gravity")
		for _, dir := range []int{-1, 1} {
			for k := i + dir; k >= 0 && k < len(ws) && k != i+3*dir; k += dir {
				if q.m.stop[ws[k]] || !hasLetter(ws[k]) {
					continue
				}
				if u := l.terms.onlyGuideOf([]string{ws[k]}); u >= 0 && slices.Contains(gs, int32(u)) {
					return l.Guides[u]
				}
				break
			}
		}
		// (or the rest of the message names that guide by two words only
		// it uses: "pastry in zero g, is there a cert for baking up there?")
		var rest []string
		if q.full != nil {
			rest = slices.DeleteFunc(slices.Clone(q.full.words), func(x string) bool { return x == w })
		} else {
			rest = slices.Concat(ws[:i], ws[i+1:])
		}
		if g := l.oneGuideNamed(rest); g != nil && slices.Contains(gs, int32(slices.Index(l.Guides, g))) {
			return g
		}
	}
	return nil
}

// headInContext is the guide a question means when every occupation it
// names has a word that is that guide's job word ("cooks", "chefs" for the
// orbital chef) and the rest of the question names the guide by two words
// only it uses ("orbital stations", "crews"); nil otherwise. It holds for
// figures too: the job is the guide's, not another named after it.
func (l *Library) headInContext(q *question) *bot.Guide {
	if l.terms == nil || len(l.Guides) < 2 {
		return nil
	}
	if q.scope.plain || hasAny(q, "not", "normal", "regular", "real", "actual", "traditional", "ordinary", "usual") {
		return nil // "cartographer salary? normal maps, not dreams": another kind of the job
	}
	occ := map[string]bool{}
	var kinds []string // a kind of the job named by a word only one guide uses and keeps coming back to ("galley cook"; not "pastry chef")
	var said []string  // a kind of the job named as the guide's text names it ("a licensed surveyor")
	for _, o := range q.scope.occupations {
		if f := strings.Fields(o); len(f) == 2 && l.terms.sole(f[0]) >= 0 && l.Searcher != nil && l.Searcher.DocFreq(context.Background(), f[0]) >= coreDocFreq {
			kinds = append(kinds, f[0])
			occ[f[0]], occ[f[1]] = true, true
			o = f[1]
		} else if len(f) == 2 && l.m.lex.Adjective(f[0]) {
			said = append(said, strings.ToLower(o))
			occ[f[0]], occ[f[1]] = true, true
			o = f[1]
		} else if len(f) > 1 {
			return nil // "pastry chef": a kind of the job, another occupation
		}
		occ[o] = true
		if i := slices.Index(q.words, o); i > 0 {
			if w := q.words[i-1]; !q.taken[i-1] && !q.m.stop[w] && q.m.lex.Adjective(w) && !l.isCareerWord(w) &&
				l.Searcher != nil && !l.Searcher.Known(context.Background(), w) {
				return nil // "civilian cooks": a kind of the job no guide speaks of
			}
		}
	}
	heads := map[string]bool{} // the occupations' own stems: "garden" is the gardeners' work, no sign of the guide's
	for o := range occ {
		heads[stem(q.m.lex.Singular(o))] = true
	}
	whole := q.raw
	if q.full != nil {
		whole = q.full.raw
	}
	after := wordsAfterQuestion(whole)
	var rest []string
	for _, w := range guessWords(l, q) {
		if !occ[w] && !heads[stem(w)] && !after[w] { // (not "horticulturist salary in Oregon? plant biology student": the asker's story after the question)
			rest = append(rest, w)
		}
	}
	gi := l.terms.named(rest)
	if gi < 0 && len(kinds) > 0 {
		// "what software do the galley cooks on stations use?": a kind the
		// guide keeps coming back to, and one more word only it uses
		if k := l.terms.sole(kinds[0]); slices.ContainsFunc(rest, func(w string) bool { return l.terms.sole(w) == k }) {
			gi = k
		}
	}
	if gi < 0 {
		return nil
	}
	g := l.Guides[gi]
	for _, k := range kinds {
		if l.terms.sole(k) != gi {
			return nil // a kind of the job another guide's words name
		}
	}
	for _, p := range said {
		if !guideSays(g, p) {
			return nil // (not "a licensed electrician")
		}
	}
	for _, o := range q.scope.occupations {
		if i := slices.Index(q.words, strings.Fields(strings.ToLower(o))[0]); i > 0 && !q.taken[i-1] && !q.m.stop[q.words[i-1]] && q.m.index[q.words[i-1]] == nil && !q.m.lex.CommonVerb(q.words[i-1]) {
			if s := l.terms.sole(q.words[i-1]); s >= 0 && s != gi {
				return nil // "quantum computing engineers": named for another guide's word, a job of their own
			}
		}
	}
	for o := range occ {
		if slices.Contains(kinds, o) {
			continue
		}
		// the guide's own worker: a head of its names, or a worker only its
		// text speaks of ("those growers", beside "superposition tomatoes"),
		// bare (not "language model evaluator": a kind of worker of its own)
		own := l.terms.sole(q.m.lex.Singular(o)) == gi && bareWorker(q, o)
		for _, hg := range l.headNames[q.m.lex.Singular(o)] {
			own = own || hg == g
		}
		if !own {
			return nil
		}
	}
	return g
}

// bareWorker reports whether the question says the worker o without a
// noun before it that makes it a kind of its own ("model evaluator",
// "software developers").
func bareWorker(q *question, o string) bool {
	i := slices.Index(q.words, o)
	if i < 1 {
		return i == 0
	}
	p := q.words[i-1]
	modifier := !q.m.stop[p] && !determiner[p] && q.m.lex.Noun(p) && !q.m.lex.MostlyAdjective(p) &&
		!(strings.HasSuffix(p, "s") && q.m.lex.VerbForm(p)) // (not "pays growers", "gets growers": a verb's object)
	return !modifier
}

// eachDoer words before a last "do" point back at things named: "what
// does each do", "what do they do".
var eachDoer = setOf("each", "both", "it", "they", "those", "these", "them")

// whatDoes reports whether a question ends by asking what someone does
// ("what does a dream cartographer actually do?", "what on earth is a
// quantum gardener?"), whatever came before it.
func whatDoes(q *question) bool {
	n := len(q.words)
	if n == 0 {
		return false
	}
	last := q.words[n-1]
	// "what on earth is a quantum gardener?": "what … is a" and the career.
	for k := n - 1; k > 1 && q.taken[k]; k-- {
		if (q.words[k-1] == "a" || q.words[k-1] == "an") && q.words[k-2] == "is" && slices.Contains(q.words[:k-2], "what") {
			return true
		}
	}
	if (last == "do" || last == "does") && !(n > 1 && eachDoer[q.words[n-2]]) { // (not "airflow vs dbt, what does each do": the things named)
		for k := n - 2; k >= 0 && k >= n-8; k-- {
			if q.words[k] == "what" {
				return true
			}
		}
	}
	// "what does an ML engineer actually do, big picture?", "explain what
	// an ML engineer does in one paragraph": the career's own work, with
	// how the asker wants it told after it
	for j, w := range q.words {
		if w != "what" {
			continue
		}
		for k := j + 2; k < n && k <= j+7; k++ {
			x := q.words[k]
			if (x == "do" || x == "does") && q.taken[k-1] || (x == "do" || x == "does") && k > 0 && (q.words[k-1] == "actually" || q.words[k-1] == "really" || q.words[k-1] == "exactly") && q.taken[k-2] {
				if q.intentCount() > 0 {
					return false
				}
				for _, y := range q.words[k+1:] {
					if !q.m.stop[y] && hasLetter(y) && q.lib != nil && q.lib.Searcher != nil && q.lib.Searcher.Known(context.Background(), y) {
						return false // "what do ML engineers do with A/B tests?": a thing of the guide's asked
					}
				}
				return true
			}
			if !q.taken[k] && !determiner[x] && x != "does" && x != "do" && x != "actually" && x != "really" && x != "exactly" {
				break
			}
		}
	}
	return madeByWork(q)
}

// madeByWork reports whether a question asks what a job's work makes:
// "what kinds of products do ML engineers build?", "what do their systems
// power?". The overview says.
func madeByWork(q *question) bool {
	n := len(q.words)
	made, builds := false, false
	for i, w := range q.words {
		switch w {
		case "products", "product", "systems", "things", "applications", "apps":
			made = true
		case "build", "builds", "building", "built", "power", "powers", "powered", "powering", "ship", "ships", "create", "creates":
			builds = true
		case "work":
			builds = builds || i+1 < n && q.words[i+1] == "on"
		}
	}
	return made && builds && (slices.Contains(q.words, "what") || slices.Contains(q.words, "which"))
}

// conceptAsked reports whether a question that names no career only asks
// the bot to explain or define something ("explain quantum entanglement")
// that is no guide's heading or label. Small libraries only: a large one
// would read every guide's labels.
func (e *Engine) conceptAsked(lib *Library, q *question) bool {
	if q.intentCount() > 0 || len(q.words) < 2 || lib.terms.routes() || len(lib.Guides) < 2 {
		return false
	}
	if w := q.words[0]; w != "explain" && w != "define" {
		return false
	}
	for _, g := range lib.Guides {
		if e.labelPassage(lib, q, g) != nil {
			return false
		}
	}
	return true
}

// occupationOpens reports whether the message opens with the occupation
// it names ("the therapist who helped me with my knee after surgery — how
// many years of school?"): what the question after it asks about.
func occupationOpens(q *question) bool {
	if len(q.scope.occupations) == 0 {
		return false
	}
	f := strings.Fields(strings.ToLower(q.scope.occupations[0]))
	for k := 0; k < len(q.words) && k <= 1; k++ {
		if q.words[k] == f[0] {
			return true
		}
	}
	return false
}

// pointsToRelative reports whether the question sentence fq speaks of a
// person ("what certifications should he get?") that the message q names
// as someone in the asker's life ("My husband is a GIS cartographer").
func pointsToRelative(q, fq *question) bool {
	if !hasAny(fq, "he", "she", "him", "his", "her", "hes", "shes") {
		return false
	}
	for _, w := range q.words {
		if relations[w] {
			return true
		}
	}
	return false
}

// pointsBackAsked reports whether the question sentence that ends a
// message of more than one points back at what was told before it ("… a
// kid in my class wants to cook for astronauts. what does that kind of
// job pay?").
func pointsBackAsked(text string) bool {
	s := askedSentence(text)
	return s != "" && strings.TrimSpace(s) != strings.TrimSpace(text) && pointsBack(words(s))
}

// pointsBack reports whether a question points back to something named
// before it ("doing that", "is it", "do they").
func pointsBack(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "that", "this", "it", "they", "them", "their":
			return true
		}
	}
	return false
}

// careerWordBeside reports whether a question uses a word of a guide's
// name outside the occupations it names ("People say ML work is …"; not
// the "chef" of "private chef").
func (l *Library) careerWordBeside(q *question) bool {
	occ := map[string]bool{}
	for _, o := range q.scope.occupations {
		for _, w := range strings.Fields(strings.ToLower(o)) {
			occ[stemmed(w)] = true
		}
	}
	negated := false // "no ML involved", "not ML", "nothing quantum": the career set aside
	for k, w := range q.words {
		// (the field of the occupation read is its own: "studying civil
		// engineering" names a civil engineer, not the guide's career)
		if !q.taken[k] || !l.isCareerWord(w) {
			negated = false
		} else if k > 0 && (q.words[k-1] == "no" || q.words[k-1] == "not" || q.words[k-1] == "non" || q.words[k-1] == "without" || q.words[k-1] == "nothing") {
			negated = true
		}
		if q.taken[k] && l.isCareerWord(w) && !occ[stemmed(w)] && !negated {
			return true
		}
	}
	return false
}

// moneySignsRE matches dollar signs written as a word ("how's the $$"):
// money, in chat.
var moneySignsRE = regexp.MustCompile(`(^|\s)\${2,}(\s|[?.!,]|$)`)

// moneySigns reads dollar signs written as a word: money ("hows the $$ for
// that"), or dollars counted after "how many" ("how many $$ is it").
func moneySigns(text string) string {
	if !strings.Contains(text, "$$") {
		return text
	}
	word := "${1}money$2"
	if strings.Contains(strings.ToLower(text), "how many") {
		word = "${1}dollars$2"
	}
	return moneySignsRE.ReplaceAllString(text, word)
}

// labelRE matches a message that opens by saying what it is about:
// "Roofing question.", "Speech therapy question:", "quick nursing q -".
var labelRE = regexp.MustCompile(`(?i)^\s*(?:quick\s+|random\s+|a\s+)?([a-z][a-z' -]{2,40}?)\s+(?:question|q)\s*[:.!\-–—]`)

// labelledField is the line of work a message's opening label names when
// no guide uses its words ("speech therapy"); "" otherwise ("ML
// question:", "salary question:", "dumb question:").
func (l *Library) labelledField(text string) string {
	if !saysQuestion(text[:min(len(text), 60)]) {
		return "" // every match says "question" or "q" near the start
	}
	m := labelRE.FindStringSubmatch(text)
	if m == nil || l.Searcher == nil {
		return ""
	}
	ws := words(m[1])
	if len(ws) == 0 || len(ws) > 3 || !l.m.lex.Noun(ws[len(ws)-1]) && !gerund(l.m.lex, ws[len(ws)-1]) {
		return ""
	}
	for _, w := range ws {
		if l.m.stop[w] || l.m.index[w] != nil || l.isCareerWord(w) || l.m.lex.MostlyAdjective(w) {
			return ""
		}
	}
	if last := l.m.lex.Singular(ws[len(ws)-1]); relations[last] || l.m.lex.Person(last) && !l.m.lex.Occupation(last) && !l.m.lex.JobSense(last) {
		return "" // "Grandpa question.": who asks, not a line of work
	}
	if l.Searcher.Known(context.Background(), ws[0]) || l.vocab.known(ws[0]) {
		return "" // the first word is a guide's ("dream question:", "greenhouse question")
	}
	if last := l.m.lex.Singular(ws[len(ws)-1]); l.m.lex.Occupation(last) && len(l.Guides) > 1 {
		if rest := words(text[len(m[0]):]); l.oneGuideNamed(dropStateWords(rest)) != nil {
			return "" // "Nutritionist question: when you're cooking for a crew on a space station, …": who asks, before a question in one guide's own words
		}
	}
	return strings.Join(ws, " ")
}

// saysQuestion reports whether the lower-cased head contains "question"
// or " q", without lower-casing ASCII text (most messages) to find out.
func saysQuestion(head string) bool {
	if !isASCII(head) {
		low := strings.ToLower(head) // "İ" lower-cases to "i"
		return strings.Contains(low, "question") || strings.Contains(low, " q")
	}
	for i := 0; i < len(head); i++ {
		if head[i]|0x20 != 'q' {
			continue
		}
		if i > 0 && head[i-1] == ' ' || hasFoldASCII(head[i+1:], "uestion") {
			return true
		}
	}
	return false
}

// hasFoldASCII reports whether s starts with the lower-case ASCII letters
// of prefix in either case.
func hasFoldASCII(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if s[i]|0x20 != prefix[i] {
			return false
		}
	}
	return true
}

// camelIn reports whether the word appears in the text written with a
// capital inside it ("SomnoTri", "RehydroCalc"): a product's name.
func camelIn(text, w string) bool {
	low := strings.ToLower(text)
	for i := strings.Index(low, w); i >= 0; {
		tok := text[i : i+len(w)]
		if strings.ToLower(tok) == w && len(tok) > 1 && strings.ContainsAny(tok[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			return true
		}
		j := strings.Index(low[i+1:], w)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// whoItSuits answers "who is X a good fit for?", "what kind of person suits
// this job?" with the passage the guide labels for whom the job suits, or
// its line of the people the job fits. nil when the question asks no such
// thing or the guide says nothing of it.
func (e *Engine) whoItSuits(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	fit := hasAny(q, "fit", "fits", "suit", "suits", "suited") || hasAny(q, "personality", "temperament") && !hasAny(q, "whole") || // ("who is mle actually for, like personality wise"; not "space is my whole personality")
		// "what kind of person does well as an ML engineer", "makes a good dream cartographer"
		hasAny(q, "person", "people", "personality") && hasAny(q, "kind", "type", "sort") && (hasAll(q, "well") || hasAny(q, "makes", "make", "thrive", "thrives"))
	if !fit || !hasAny(q, "who", "person", "people", "kind", "type", "personality") || sectionIntent(q) || slices.Contains(q.certWord, true) {
		return nil // not "which cert fits my background?"
	}
	for _, lb := range lib.labelsOf(g).labels {
		if slices.Contains(lb.stems, stem("suits")) || slices.Contains(lb.stems, stem("fits")) {
			return e.passageAnswer(g, lb.sec, lb.title, lb.body)
		}
	}
	var best *bot.Section
	line := ""
	eachLine(g, func(s *bot.Section, l string) {
		ws := words(l)
		if best == nil && (slices.Contains(ws, "fits") || slices.Contains(ws, "suits")) && slices.Contains(ws, "people") {
			best, line = s, l
		}
	})
	if best == nil {
		return nil
	}
	return e.passageAnswer(g, best, best.Title, strings.ReplaceAll(line, "**", ""))
}

// certTimeLine is the guide's sentence that gives a duration for the
// certificate ("About 6-7 years: … and 3-6 months for the Licensed Lucid
// Surveyor credential."), from its total time or a section, else "".
func certTimeLine(g *bot.Guide, c *bot.Cert) string {
	if c == nil {
		return ""
	}
	name := strings.ToLower(c.Name)
	texts := []string{g.TotalTime}
	for _, s := range g.Sections {
		texts = append(texts, s.Body)
	}
	for _, t := range texts {
		low := strings.ToLower(t)
		i := strings.Index(low, name)
		if i < 0 || !durationRE.MatchString(t[max(0, i-40):i]) {
			continue
		}
		start := strings.LastIndexAny(t[:i], ".\n") + 1
		end := i + len(name)
		if k := strings.IndexAny(t[end:], ".\n"); k >= 0 {
			end += k + 1
		} else {
			end = len(t)
		}
		return strings.TrimSpace(t[start:end])
	}
	return ""
}

// asksFigures reports whether q asks a guide's figures of a career: pay,
// headcount or outlook (a price is asked of a thing, not a career).
func asksFigures(q *question) bool {
	return q.has("salary") || q.has("employed") || q.has("outlook")
}

// anchoredGuess reports whether a guessed guide g rests on a word it keeps
// coming back to (only it uses the word, in minDF sections or more) or a
// name no dictionary has that only it uses, not only on everyday words one
// of its sections happens to use.
func (l *Library) anchoredGuess(ctx context.Context, q *question, g *bot.Guide, minDF int) bool {
	gi := int32(slices.Index(l.Guides, g))
	if l.terms == nil || l.terms.routes() || gi < 0 || l.initialsGuide(q) == g {
		return true // (and "how much is the CSH exam": a certificate's initials)
	}
	if q.full != nil {
		q = q.full // the question sentence's career may be named by the story before it
	}
	asked := strings.IndexByte(q.raw, '?') >= 0
	for _, w := range guessWords(l, q) {
		if asked && toldAfterQuestion(q.raw, w) {
			continue // "… two states at once? been through two deployments": the story after the question anchors nothing
		}
		if l.terms.sole(w) == gi && (l.Searcher.DocFreq(ctx, w) >= minDF || !l.m.lex.Word(w)) {
			return true
		}
	}
	return false
}

// growthAsked reports whether a question asks how demand changes, not how
// many work somewhere: "I'm in Pittsburgh … ML jobs are drying up, is
// demand growing?", "the employment growth outlook" (the guides' growth
// is national; a place told does not make it a headcount).
func growthAsked(q *question) bool {
	n := q.intents["outlook"] // less the jobs themselves ("ML jobs in WA?": a count asked)
	for _, w := range q.words {
		if w == "jobs" || w == "job" || w == "positions" {
			n--
		}
	}
	return n > 0 && (len(q.states) < 2 || hasAny(q, "growth", "growing", "outlook")) && q.intents["outlook"] >= q.intents["employed"] && !q.has("salary") && !hasAll(q, "how", "many") &&
		!hasAny(q, "number", "count", "headcount", "employs", "employ", "employed")
}

// gapAsked reports whether a pay question about one state asks how far it
// is from the national median: "how many dollars more", "how does it
// compare", "the difference".
func gapAsked(q *question) bool {
	return q.has("compare") || hasAny(q, "dollars", "difference", "gap", "exceed", "exceeds", "premium", "bump") ||
		hasAny(q, "national", "nationally", "average") && hasAny(q, "more", "above", "below", "less", "than", "versus", "vs")
}

// toldAfterQuestion reports whether the word w stands in text only after
// its last question mark.
func toldAfterQuestion(text, w string) bool { return wordsAfterQuestion(text)[w] }

// wordsAfterQuestion is the set of words that stand in text only after
// its last question mark (nil when there is none), read once for a caller
// that tests many words.
func wordsAfterQuestion(text string) map[string]bool {
	low := strings.ToLower(text)
	q := strings.LastIndexByte(low, '?')
	if q < 0 {
		return nil
	}
	after := words(low[q:])
	if len(after) > 1 && after[0] == "to" {
		return nil // "Do I need a license?? to run a greenhouse …": the question's own infinitive, cut by its mark
	}
	set := make(map[string]bool, len(after))
	for _, w := range after {
		set[w] = true
	}
	for _, w := range words(low[:q]) {
		delete(set, w)
	}
	return set
}

// headingWord reports whether w is a word of one of the guide's section
// or subsection headings ("math" of "Step 1: Lay CS and math foundations"),
// read from the labels the library keeps of the guide.
func (l *Library) headingWord(g *bot.Guide, w string) bool {
	for _, s := range g.Sections {
		if slices.Contains(words(s.Title), w) {
			return true
		}
	}
	for _, lb := range l.labelsOf(g).labels {
		if lb.heading && slices.Contains(words(lb.title), w) {
			return true
		}
	}
	return false
}

// namesWork reports whether w is the work a guide's names are for: a word
// of them or the stem of their last ("survey" of "dreamscape surveyor",
// "cook" of "zero-g cook").
func namesWork(g *bot.Guide, w string) bool {
	for _, n := range append([]string{g.Title}, g.Aliases...) {
		for _, x := range strings.Fields(bot.NormalizeName(n)) {
			if x == w || len(w) >= 3 && strings.HasPrefix(x, w) {
				return true
			}
		}
	}
	return false
}

// moneyFigure reports whether w reads as an amount of pay ("150k",
// "150000", "$150k" as read: "150k").
func moneyFigure(w string) bool {
	n := strings.TrimSuffix(w, "k")
	return len(n) >= 2 && isDigits(n) && (n != w || len(n) >= 5)
}

// plainThing reports whether the question calls the thing it names the
// ordinary kind ("a regular greenhouse", "ordinary greenhouses", "normal
// restaurant kitchens"): not the guide's own.
func plainThing(q *question) bool {
	for k, w := range q.words {
		if !plainWord[w] {
			continue
		}
		for j := k + 1; j < len(q.words) && j <= k+2; j++ {
			if x := q.words[j]; !q.m.stop[x] && hasLetter(x) && q.m.lex.Noun(q.m.lex.Singular(x)) && !q.taken[j] && q.m.index[x] == nil && !q.m.lex.Time(x) { // (not "a normal day", "a normal salary")
				return true
			}
		}
	}
	return false
}

// workToldBefore reports whether the sentence just before the asking one
// describes work in words only one guide uses, does not tell the job the
// message names first, and the asking sentence points back to it ("A
// friend … said the Centennial State has a bunch of those shielded
// greenhouses where you can't look at the plants. What's the median pay for
// that work in Colorado?"): the jobs told elsewhere in the story are not
// what is asked.
func (l *Library) workToldBefore(q, fq *question) bool {
	if l.terms == nil || l.terms.routes() || len(l.Guides) < 2 || !pointsBack(fq.words) {
		return false
	}
	// The sentence before the asking one: in the focus text itself when it
	// keeps one ("A friend … said … What's the median pay for that work?"),
	// else the message's.
	before := ""
	if k := strings.LastIndexAny(strings.TrimRight(fq.raw, ".!? "), ".!?"); k > 0 {
		before = strings.TrimSpace(fq.raw[:k+1])
	} else if at := strings.LastIndex(q.raw, fq.raw); at > 0 {
		before = strings.TrimSpace(q.raw[:at])
	}
	if before == "" {
		return false
	}
	i := strings.LastIndexAny(strings.TrimRight(before, ".!?"), ".!?")
	prev := before[i+1:]
	ws := words(prev)
	if len(q.scope.occupations) > 0 {
		if f := strings.Fields(strings.ToLower(q.scope.occupations[0])); len(f) > 0 && slices.Contains(ws, f[len(f)-1]) {
			return false // the job is told in that sentence: "My partner's a journeyman plumber …"
		}
	}
	pq := l.analyse(context.Background(), prev)
	return l.terms.named(dropStateWords(l.contentWords(pq, nil))) >= 0
}

// timedAnswer answers a question of time with the sentence of the guide
// that gives that time in the question's own words ("how long after I wake
// up do I have to draw the dreamscape map?": "Maps must be drawn within 90
// minutes of waking"), outside the path, whose steps have their own
// lengths; nil otherwise.
func (e *Engine) timedAnswer(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if g == nil || !durationQuestion(q) || lib.lengthOfUnknown(q) {
		return nil // (not "how long is a typical station rotation?": a thing no guide speaks of, which lacking says)
	}
	content := lib.contentWords(q, g)
	if len(content) < 2 {
		return nil
	}
	if s, sent := lib.timedSentence(g, content); s != nil {
		a := e.passageAnswer(g, s, s.Title, sent)
		a.Source = source(g, s.Title)
		return a
	}
	return nil
}

// studyLine answers what to study ("which degree programs …", "what
// should I major in", "which fields") with the one sentence of the guide
// that names a degree together with the word asked (programs, fields,
// subjects), wherever it stands; nil when none or several do.
func (e *Engine) studyLine(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if g == nil || !q.has("education") || figures(q) || durationQuestion(q) {
		return nil
	}
	var asked []string
	for _, w := range q.words {
		if studyNouns[w] {
			asked = append(asked, stem(w))
		}
	}
	if len(asked) == 0 {
		return nil
	}
	var best *bot.Section
	bestText := ""
	for _, s := range g.Sections {
		if s.Kind == bot.KindSalary || s.Kind == bot.KindOutlook || s.Kind == bot.KindFAQ {
			continue
		}
		for _, line := range strings.Split(s.Body, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			for _, sent := range sentencesOf(strings.TrimLeft(line, "-*• ")) {
				ws := words(sent)
				degree, noun := false, false
				for _, w := range ws {
					degree = degree || q.m.index[w]["education"] && q.m.lex.Noun(w)
					noun = noun || slices.Contains(asked, stem(w))
				}
				if !degree || !noun {
					continue
				}
				if best != nil && bestText != sent {
					return nil // several: the section says it better
				}
				best, bestText = s, sent
			}
		}
	}
	if best == nil {
		return nil
	}
	a := e.passageAnswer(g, best, best.Title, strings.ReplaceAll(bestText, "**", ""))
	a.Source = source(g, best.Title)
	return a
}

// studyNouns are the words that ask what to study rather than whether a
// degree is needed.
var studyNouns = setOf("programs", "program", "programmes", "programme", "fields", "field", "subject", "subjects", "majors", "major", "areas")

// whenAnswer answers "when" asked of a moment ("when do quantum
// greenhouses do most of their hiring?") with the guide's sentence that
// names a time of year, day or week and says most of what is asked, rare
// words counting for more ("Seasonal demand: most hiring happens before the
// spring superposition sowing").
func (e *Engine) whenAnswer(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if g == nil || !whenAsked(q) {
		return nil
	}
	content := lib.contentWords(q, g)
	if len(content) < 2 {
		return nil
	}
	want := map[string]bool{}
	for _, w := range content {
		want[stem(w)] = true
	}
	type line struct {
		sec   *bot.Section
		text  string
		stems map[string]bool
	}
	var lines []line
	count := map[string]int{} // stem → lines that have it
	for _, s := range g.Sections {
		if s.Kind == bot.KindSalary || s.Kind == bot.KindOutlook {
			continue
		}
		for _, l := range strings.Split(s.Body, "\n") {
			if strings.HasPrefix(l, "#") {
				continue
			}
			text := strings.TrimSpace(strings.ReplaceAll(strings.TrimLeft(l, "-*• "), "**", ""))
			ws := words(text)
			if !slices.ContainsFunc(ws, func(w string) bool { return q.m.lex.Time(w) && !spanUnits[w] && !hasDigit(w) }) {
				continue
			}
			st := map[string]bool{}
			for _, w := range ws {
				if x := stem(w); want[x] && !st[x] {
					st[x] = true
					count[x]++
				}
			}
			if len(st) > 0 {
				lines = append(lines, line{sec: s, text: text, stems: st})
			}
		}
	}
	best, bestScore, tied := -1, 0.0, false
	for i, l := range lines {
		score := 0.0
		for x := range l.stems {
			score += 1 / float64(count[x])
		}
		switch {
		case score > bestScore+1e-9:
			best, bestScore, tied = i, score, false
		case score > bestScore-1e-9:
			tied = true
		}
	}
	if best < 0 || tied || bestScore < 1 {
		return nil // (one word shared with several lines says none of them)
	}
	a := e.passageAnswer(g, lines[best].sec, lines[best].sec.Title, lines[best].text)
	a.Source = source(g, lines[best].sec.Title)
	return a
}

// spanUnits are the time words that measure a span, not name a moment.
var spanUnits = setOf("season", "seasons", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds", "time", "times", "yr", "yrs")

// whenAsked reports whether a question asks when something happens: it
// opens with "when" and asks nothing else ("when do greenhouses hire?",
// not "when I finish, what should I learn?"), or asks the time of year.
func whenAsked(q *question) bool {
	ws := q.words
	if len(ws) > 2 && ws[0] == "when" && whenAux[ws[1]] {
		// (not "when do you need the permit?": a condition; not "when
		// applying, …" or "when in the path …")
		return !slices.ContainsFunc(ws[1:], func(w string) bool {
			return w == "what" || w == "how" || w == "which" || w == "who" || w == "why" || w == "where" || w == "should" || w == "when" || w == "need" || w == "required" || w == "must"
		})
	}
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "what" || ws[i] == "which") && (ws[i+1] == "season" || ws[i+1] == "month" || ws[i+1] == "months" || i+3 < len(ws) && ws[i+1] == "time" && ws[i+2] == "of" && ws[i+3] == "year") {
			return true // "what time of year", "which month"
		}
	}
	return false
}

// whenAux are the words that follow "when" in a question of when.
var whenAux = setOf("do", "does", "did", "is", "are", "was", "were", "will", "would")

// lengthOfUnknown reports whether "how long is …" asks the length of a
// thing no guide's text names ("how long is a typical station rotation?").
func (l *Library) lengthOfUnknown(q *question) bool {
	ws := q.words
	for i := 0; i+3 < len(ws); i++ {
		if ws[i] != "how" || ws[i+1] != "long" || ws[i+2] != "is" && ws[i+2] != "are" && ws[i+2] != "s" {
			continue
		}
		for k := i + 3; k < len(ws) && k <= i+7; k++ {
			w := ws[k]
			if determiner[w] || w == "typical" || w == "average" || w == "usual" || w == "single" {
				continue
			}
			if l.m.stop[w] || placePrep[w] || w == "for" || w == "of" || !hasLetter(w) {
				break
			}
			if q.taken[k] || l.m.index[w] != nil || l.isCareerWord(w) {
				continue
			}
			if l.m.lex.Noun(w) && l.Searcher != nil && !l.Searcher.Known(context.Background(), w) && !l.Searcher.Known(context.Background(), l.m.lex.Singular(w)) {
				return true
			}
		}
	}
	return false
}

// timeFigureRE finds a span of time in a guide's sentence ("within 90
// minutes", "22 seconds", "every 90 days").
var timeFigureRE = regexp.MustCompile(`(?i)\b\d+(?:\s*(?:-|–|to)\s*\d+)?\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b`)

// timedLine is a sentence of a guide, outside its path, salary, outlook
// and FAQ, that gives a span of time: with its section, the span, and the
// stems of its words and of its subsection's heading ("### Practical
// test").
type timedLine struct {
	sec   *bot.Section
	text  string
	span  string
	stems map[string]bool
}

// timedLinesOf returns a guide's timed lines, analysed on first use and
// kept for the library's life.
func (l *Library) timedLinesOf(g *bot.Guide) []timedLine {
	if v, ok := l.timedLines.Load(g); ok {
		return v.([]timedLine)
	}
	var out []timedLine
	for _, s := range g.Sections {
		switch s.Kind {
		case bot.KindPath, bot.KindSalary, bot.KindOutlook, bot.KindFAQ:
			continue
		}
		heading := ""
		for _, line := range strings.Split(s.Body, "\n") {
			if h, ok := strings.CutPrefix(line, "### "); ok {
				heading = h
				continue
			}
			for _, sent := range sentencesOf(strings.TrimLeft(line, "-*• ")) {
				span := timeFigureRE.FindString(sent)
				if span == "" {
					continue
				}
				t := timedLine{sec: s, text: strings.ReplaceAll(strings.TrimSpace(sent), "**", ""), span: span, stems: map[string]bool{}}
				for _, w := range words(heading + " " + sent) {
					t.stems[stem(w)] = true
				}
				out = append(out, t)
			}
		}
	}
	l.timedLines.Store(g, out)
	return out
}

// timedSentence finds the one timed line of a guide that holds at least
// two of the question's content words (by stem), more than the path holds;
// nil when none, or when lines giving different spans tie.
func (l *Library) timedSentence(g *bot.Guide, content []string) (*bot.Section, string) {
	lines := l.timedLinesOf(g)
	if len(lines) == 0 {
		return nil, ""
	}
	want := map[string]bool{}
	for _, w := range content {
		want[stem(w)] = true
	}
	best, bestN, tied := -1, 1, false
	for i, t := range lines {
		n := 0
		for st := range want {
			if t.stems[st] {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tied = i, n, false
		case n == bestN && best >= 0 && t.span != lines[best].span:
			tied = true // (the same span told twice is one answer)
		}
	}
	if best < 0 || tied {
		return nil, ""
	}
	if p := g.Section(bot.KindPath); p != nil {
		inPath, lineOnly := 0, 0
		for st := range want {
			if slices.ContainsFunc(l.passagesOf(p), func(pp passage) bool { return pp.have[st] }) {
				inPath++
			} else if lines[best].stems[st] && !numberWords[st] && !hasDigit(st) {
				lineOnly++ // (a count is no topic: "three questions")
			}
		}
		if inPath >= bestN && lineOnly == 0 {
			// "how long is the parabolic flight galley training?": the
			// path's words as much, whose step has its length (not "how
			// long after I wake up do I have to draw the map?": waking is
			// the line's alone)
			return nil, ""
		}
	}
	return lines[best].sec, lines[best].text
}

// sideClauseRE splits a message into the clauses a question may stand in:
// at punctuation and at a dash set apart (not at "vs": "SWE vs MLE pay"
// is one comparison).
var sideClauseRE = regexp.MustCompile(`[,;:?!()]+|[.]\s|\s[-–—]+\s|\s[-–—]+`)

// setsAgainst are the words that set one side against another within a
// clause.
var setsAgainst = setOf("or", "vs", "versus", "than", "compare", "compares", "compared", "comparing", "comparison", "between", "each", "both", "either", "difference", "differences", "gap", "gaps", "jump", "spread", "differ", "different", "better", "more", "less", "higher", "lower", "faster", "slower", "easier", "harder", "longer", "shorter", "quicker", "sooner", "which", "who", "whose", "instead", "same")

// ownSideAsked reports whether a message that sets guide g's career beside
// an occupation with no guide asks its question of g's side alone, in a
// clause of its own that names g's career and nothing it is set against:
// "san diego MLE vs nurse sal, just the ML figure pls", "seattle question.
// ML engineer or cloud solutions architect, what does the ML engineer
// median look like in WA?" (not "ML engineer vs dentist, which pays
// more?", nor "… what does the analyst side pay").
func (l *Library) ownSideAsked(q *question, g *bot.Guide) bool {
	raw := q.raw
	if q.full != nil {
		raw = q.full.raw
	}
	gi := int32(slices.Index(l.Guides, g))
	names := map[string]bool{}
	for _, n := range append([]string{g.Title, g.Slug}, g.Aliases...) {
		for _, w := range words(strings.ReplaceAll(n, "-", " ")) {
			if !careerWords[w] && !l.m.stop[w] && !l.m.lex.Occupation(w) {
				names[w] = true // ("machine", "orbital"; not "engineer", which other jobs share)
			}
		}
	}
	for k := range g.Vocabulary {
		names[k] = true
	}
	clauses := sideClauseRE.Split(strings.ToLower(raw), -1)
	if len(clauses) < 2 {
		return false
	}
	for _, c := range clauses {
		ws := words(c)
		if len(ws) < 2 || slices.ContainsFunc(ws, func(w string) bool { return setsAgainst[w] }) {
			continue
		}
		own, named, other := false, false, false
		for k, w := range ws {
			if names[w] || len(l.Guides) > 1 && !l.m.stop[w] && !placeWord(l.m, w) && l.terms.sole(w) == gi { // (not a state only its table has)
				own, named = true, named || names[w]
			}
			for _, o := range q.scope.occupations {
				if f := strings.Fields(strings.ToLower(o)); l.m.lex.Singular(w) == l.m.lex.Singular(f[len(f)-1]) && !(k > 0 && (names[ws[k-1]] || len(l.Guides) > 1 && l.terms.sole(ws[k-1]) == gi) && !slices.Contains(f, ws[k-1])) {
					other = true // (not "a machine learning engineer", "the station galley cooks": the career's own head)
				}
			}
		}
		if other {
			continue
		}
		cq := l.read(context.Background(), c)
		if len(cq.scope.occupations) > 0 || len(cq.careers) > 1 || len(cq.careers) == 1 && cq.careers[0] != g || !own && len(cq.careers) == 0 {
			continue
		}
		if slices.ContainsFunc(q.scope.occupations, func(o string) bool {
			f := strings.Fields(strings.ToLower(o))
			return len(f) > 1 && !slices.ContainsFunc(f, func(x string) bool { return !slices.Contains(cq.words, x) })
		}) {
			continue // "a SWE thinking about ML: …": the other side's job, in shorthand
		}
		asked := asksInSentence(c)
		plea := ws[0] == "just" || ws[0] == "only" || slices.Contains(ws, "need") // "just the ML figure pls"
		if !plea && slices.ContainsFunc(ws, func(w string) bool { return w == "kind" || w == "sort" || w == "type" }) {
			continue // "Horticulturist vs quantum gardener pay? Is the quantum kind worth the extra homework?": one kind of the two weighed
		}
		if !named && !asked && !plea && !slices.Contains(ws, "just") && !slices.Contains(ws, "only") {
			continue // ("… pay? I'm an RN on nights, no CS degree": the asker told, by a word only the guide uses)
		}
		if cq.intentCount() > 0 || asked && named || plea {
			return true // (not "… which has better job growth? deciding what to borrow for": a word the guide alone uses, in a clause asking nothing of it)
		}
	}
	return false
}

// realnessAsked reports whether a question asks which of the guides'
// careers are real or invented ("which of your careers are actually
// real?", "are any of these jobs made up?"), and nothing else of them
// (not "of the made-up careers, which one has the highest median?").
func realnessAsked(q *question) bool {
	if q.intentCount() > 0 || q.has("least") || q.has("most") || q.has("outlook") || figures(q) || !hasAny(q, "careers", "guides", "jobs", "ones", "these", "them") || !hasAny(q, "which", "any", "all") {
		return false
	}
	return hasAny(q, "real", "fake", "imaginary", "legit") || adjacent(q.words, "made", "up")
}

// pointBeyondTable reports whether a question comparing careers asks a
// point their side-by-side table does not hold: tools, skills, interviews,
// the day, a portfolio, challenges, which certificate is cheapest, or
// which state pays or employs the most.
func pointBeyondTable(q *question) bool {
	if (q.has("most") || q.has("least")) && q.has("state") {
		return true // "highest paying state for mapping dreams vs highest for cooking in orbit?": each table's top
	}
	if durationQuestion(q) && q.lib != nil && len(q.careers) >= 2 && (q.lib.stepNamedBy(q, q.careers[0], true) || q.lib.stepNamedBy(q, q.careers[1], true) || hasAny(q, "step", "stage", "phase")) {
		return true // "apprenticeship length: superposition greenhouse vs the field survey apprenticeship?": a step's length, each guide's
	}
	if q.has("salary") || q.has("outlook") || q.has("education") || q.has(bot.KindPath) || durationQuestion(q) {
		return false // ("… stack up … on pay and training time?": the table's own points)
	}
	for _, k := range []string{bot.KindTools, bot.KindSkills, bot.KindInterview, bot.KindDay, bot.KindPortfolio, bot.KindChallenges} {
		if q.has(k) {
			return true
		}
	}
	return (q.has("least") || q.has("most")) && (q.has(bot.KindCerts) || q.has("cost"))
}

// eachSide answers a question that compares two careers on a point their
// table does not hold by asking it of each career in turn, one reply
// under the other; nil when either gives no answer.
func (e *Engine) eachSide(ctx context.Context, req *bot.Request, lib *Library, text string, g1, g2 *bot.Guide) *bot.Answer {
	out := &bot.Answer{Answered: true, Career: g1.Slug, Title: g1.Title + " vs " + g2.Title}
	for _, g := range []*bot.Guide{g1, g2} {
		a, err := e.askOne(ctx, forCareer(req, g), lib, text)
		if err != nil || a == nil || !a.Answered || a.Career != g.Slug {
			return nil
		}
		appendReply(out, g.Title, a)
		for _, f := range a.FollowUps {
			if !slices.ContainsFunc(out.FollowUps, func(o bot.FollowUp) bool { return o.Command == f.Command && maps.Equal(o.Options, f.Options) }) {
				out.FollowUps = append(out.FollowUps, f)
			}
		}
	}
	out.FollowUps = append([]bot.FollowUp{{Label: "All facts side by side", Command: "compare", Options: map[string]string{"first": g1.Slug, "second": g2.Slug}}}, out.FollowUps...)
	return out
}

// numberedStepGuide is the one guide whose step numbered as the question
// numbers it ("step 4") has a word of the question in its title ("the
// permit one": "Step 4: Get the Quantum Greenhouse Operator Permit"), in
// a library of several guides; nil otherwise.
func (l *Library) numberedStepGuide(q *question) *bot.Guide {
	if len(l.Guides) < 2 || len(l.Guides) > 64 {
		return nil
	}
	n := 0
	for i := 0; i+1 < len(q.words); i++ {
		if q.words[i] == "step" {
			if v, err := strconv.Atoi(q.words[i+1]); err == nil && v > 0 && v < 20 {
				n = v
				break
			}
		}
	}
	if n == 0 {
		return nil
	}
	var found *bot.Guide
	for _, g := range l.Guides {
		s := g.Section(bot.KindPath)
		if s == nil {
			continue
		}
		steps := l.passagesOf(s)
		if n > len(steps) {
			continue
		}
		title := words(steps[n-1].title)
		for i, w := range q.words {
			if q.taken[i] || q.m.stop[w] || !hasLetter(w) || w == "step" || len(w) < 4 {
				continue
			}
			st := stem(w)
			if slices.ContainsFunc(title, func(t string) bool { return stem(t) == st }) {
				if found != nil && found != g {
					return nil
				}
				found = g
			}
		}
	}
	return found
}

// sentenceWorker is the one guide with a sentence that names the workers
// a question names (one word: "growers") and shares at least two more of
// the question's words ("Growers who hold the Decoherence Blight
// Specialist certificate sit near the top of the range."): the question
// asks in the guide's own words of the guide's own workers. Nil otherwise,
// and in a library of one guide.
func (l *Library) sentenceWorker(q *question) *bot.Guide {
	if len(l.Guides) < 2 || len(l.Guides) > 64 || len(q.scope.occupations) != 1 || strings.Contains(q.scope.occupations[0], " ") {
		return nil
	}
	if q.scope.plain || hasAny(q, "not", "normal", "regular", "real", "actual", "traditional", "ordinary", "usual") {
		return nil // "cartographer salary? normal maps, not dreams": another kind of the job
	}
	sg := q.m.lex.Singular(strings.ToLower(q.scope.occupations[0]))
	if l.headNames[sg] != nil || l.isCareerWord(sg) || !q.m.lex.Occupation(sg) {
		return nil // a guide's title names them ("cartographer"): read by headInContext; (not a field: "horticulture")
	}
	if i := slices.Index(q.words, strings.ToLower(q.scope.occupations[0])); i < 0 || i+1 < len(q.words) && (q.words[i+1] == "who" || q.words[i+1] == "that") {
		return nil // "the techs who run overnight sleep studies": workers told by their own work
	}
	worker := stem(sg)
	asked := map[string]bool{}
	for i, w := range q.words {
		if !q.taken[i] && !q.m.stop[w] && hasLetter(w) && len(w) >= 3 {
			if st := stem(w); st != worker {
				asked[st] = true
			}
		}
	}
	var found *bot.Guide
	for _, g := range l.Guides {
		if !l.mentions(g, sg) && !strings.Contains(strings.ToLower(g.Salary.Note), sg) {
			continue // (its text never names them: no sentence to read)
		}
		texts := []string{g.Salary.Note}
		for _, sec := range g.Sections {
			texts = append(texts, sec.Body)
		}
		hit := false
		for _, t := range texts {
			for _, sentence := range strings.Split(t, ". ") {
				ws := words(sentence)
				if !slices.ContainsFunc(ws, func(w string) bool { return stem(q.m.lex.Singular(w)) == worker }) {
					continue
				}
				shared := map[string]bool{}
				for _, w := range ws {
					if st := stem(w); asked[st] && !q.m.stop[w] {
						shared[st] = true
					}
				}
				hit = hit || len(shared) >= 2
			}
		}
		if hit {
			if found != nil {
				return nil
			}
			found = g
		}
	}
	return found
}

// oneStateAsked reports whether a ranking question asks for one state
// alone ("which state pays ML engineers the most?"), not a list, both
// ends, a place after others, two states weighed or the other figure too.
func oneStateAsked(q *question, k int, except []bot.USState) bool {
	if q == nil || k > 0 || len(except) > 0 || q.has("most") && q.has("least") || q.has("employed") && q.has("salary") || len(q.states) > 0 {
		return false
	}
	for i, w := range q.words {
		if w == "and" && !(i+1 < len(q.words) && (q.words[i+1] == "how" || q.words[i+1] == "what" || q.words[i+1] == "it" || q.words[i+1] == "its")) {
			return false // (but "… the most, and how much?": that state's figure, asked)
		}
	}
	if hasAny(q, "top") && topCount(q) > 1 || adjacent(q.words, "which", "states") || adjacent(q.words, "what", "states") {
		return false // "top 3 states", "which states pay the most?"
	}
	return !hasAny(q, "rank", "ranking", "ranked", "ranks", "list", "order", "ordered", "all", "each", "both", "vs", "versus", "also", "or",
		"second", "third", "gap", "difference", "between", "compare", "compared",
		"higher", "lower", "more", "less", "than")
}

// oneCertAsked reports whether a question for the cheapest or priciest
// certificate asks for that one alone ("cheapest ML cert?"), not a list,
// both ends or a comparison of prices.
func oneCertAsked(q *question) bool {
	if q == nil {
		return false
	}
	cheap, dear := false, false
	for i, w := range q.words {
		next := ""
		if i+1 < len(q.words) {
			next = q.words[i+1]
		}
		switch w {
		case "cheapest", "lowest":
			cheap = true
		case "least":
			cheap = cheap || next == "expensive" || next == "pricey" || next == "costly" || q.has("cost")
		case "priciest", "highest", "dearest":
			dear = true
		case "expensive", "pricey", "costly":
			dear = dear || i == 0 || q.words[i-1] != "least"
		}
	}
	if cheap && dear {
		return false // both ends
	}
	return !hasAny(q, "rank", "ranking", "ranked", "list", "order", "ordered", "all", "each", "both", "vs", "versus", "or", "second", "gap",
		"difference", "between", "compare", "compared", "than", "more", "less", "others", "other", "rest", "prices", "costs", "range")
}

// careersReferenced reports whether every career a question names by its
// words is named as what the guides already do for it, the occupation
// asked set beside it: after "like the one(s)", "the way", "same as", or
// after "you" and a verb of what the bot holds, not asked of it ("you list
// NY for ML eng", "the ones you have for the space chef", "the way you
// cover dream mappers"; not "can you give me the median for ML engineers").
func careersReferenced(q *question) bool {
	runs, referenced := 0, 0
	named := func(w string) bool { // a career's word, or its head ("space chefs")
		return q.lib.isCareerWord(w) || len(q.lib.headNames[q.m.lex.Singular(w)]) > 0
	}
	occupationAt := func(i int) bool { // the end of an occupation read ("a regular restaurant chef")
		for _, o := range q.scope.occupations {
			f := strings.Fields(strings.ToLower(o))
			if from := i - len(f) + 1; from >= 0 && slices.Equal(q.words[from:i], f[:len(f)-1]) && q.m.lex.Singular(q.words[i]) == q.m.lex.Singular(f[len(f)-1]) {
				return true
			}
		}
		return false
	}
	for i, w := range q.words {
		if i >= len(q.taken) || !q.taken[i] || !named(w) || i > 0 && q.taken[i-1] && named(q.words[i-1]) || occupationAt(i) {
			continue
		}
		runs++
		for k := i - 1; k >= 0 && k >= i-8; k-- {
			x := q.words[k]
			if x == "like" && k+2 < i && q.words[k+1] == "the" && (q.words[k+2] == "one" || q.words[k+2] == "ones") || x == "way" && k > 0 && q.words[k-1] == "the" ||
				x == "like" && k+1 < i && q.words[k+1] == "the" && i+1 < len(q.words) && (q.words[i+1] == "one" || q.words[i+1] == "ones") || // "a salary table like the MLE one"
				x == "same" && k+1 < i && q.words[k+1] == "as" && !slices.ContainsFunc(q.words[max(0, k-3):k], func(v string) bool {
					return v == "paid" || v == "earn" || v == "earns" || v == "make" || v == "makes" || v == "it" // ("paid the same as an ML engineer", "is it the same as MLE?": the two weighed)
				}) ||
				(x == "you" && k+1 < i && (q.words[k+1] == "re" || q.words[k+1] == "are") || x == "youre") && !slices.Contains(q.words[:k], "if") || // "you're an MLE but do you know what plumbers make?": the bot's job, as the asker casts it
				x == "you" && k+1 < i && botHolds[q.words[k+1]] && !(k > 0 && (q.words[k-1] == "can" || q.words[k-1] == "could" || q.words[k-1] == "would" || q.words[k-1] == "will")) {
				referenced++
				break
			}
			if startsQuestion(x) || x == "vs" || x == "versus" || x == "or" || x == "and" {
				break
			}
		}
	}
	return runs > 0 && referenced == runs
}

// figuresOfOccupation reports whether a question's figure words (pay,
// median, growth, "make") stand right by the occupation it names ("DevOps
// engineer median pay?", "job growth for data scientists", "data engineers
// make 140k") and by no word of a career it names; not for the asker's own
// job nor a comparison ("… than an ML engineer").
func figuresOfOccupation(q *question) bool {
	if q.scope.background != "" || len(q.scope.occupations) == 0 || hasAny(q, "than", "vs", "versus", "or", "instead", "beat", "beats", "compared", "compare", "comparison") || outdoes(q.words) || comparesUnguided(q) {
		return false
	}
	for _, o := range q.scope.occupations[1:] {
		if q.m.lex.Singular(strings.ToLower(o)) != q.m.lex.Singular(strings.ToLower(q.scope.occupations[0])) {
			return false // (one job, named again: "… data engineers make 140k — is that right for data engineers?")
		}
	}
	figure := func(w string) bool { return payNext[w] || figureWord[w] }
	near := func(i int) bool { // a figure word within two words after, or three before across "for"/"of"
		for k := i + 1; k < len(q.words) && k <= i+2; k++ {
			if figure(q.words[k]) {
				return true
			}
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if figure(q.words[k]) && k+1 < i && (q.words[k+1] == "for" || q.words[k+1] == "of") {
				return true
			}
		}
		return false
	}
	o := strings.Fields(strings.ToLower(q.scope.occupations[0]))
	head := o[len(o)-1]
	occ, career := false, false
	for i, w := range q.words {
		switch {
		case i < len(q.taken) && q.taken[i] && q.lib.isCareerWord(w):
			career = career || near(i)
		case w == head || w == head+"s" || q.m.lex.Singular(w) == head:
			occ = occ || near(i)
		}
	}
	return occ && !career
}

// figureWord are the words that ask a figure of a job besides its pay's
// names (payNext): "median", "growth", "make", "earn".
var figureWord = setOf("median", "medians", "growth", "outlook", "make", "makes", "earn", "earns", "paid")

// botHolds are the verbs a member uses for what the bot's guides hold:
// "you list", "you have", "you give", "you cover".
var botHolds = setOf("list", "listed", "lists", "have", "had", "give", "gave", "cover", "covered", "show", "showed", "mention", "mentioned", "include", "included", "got", "do", "did")

// wishedGuide is the guide the words after a wish ("I want to …", "I'd
// like to …") point to by words only it uses ("cook in orbit"), up to the
// end of the wish's clause; nil when none or several.
func (l *Library) wishedGuide(q *question) *bot.Guide {
	if l.terms == nil || len(l.Guides) < 2 {
		return nil
	}
	ws := q.words
	for i := 0; i+2 < len(ws); i++ {
		w := ws[i]
		wish := q.m.goal[w] && w != "like" && w != "should" && w != "could" && w != "would" ||
			w == "like" && i > 0 && (ws[i-1] == "d" || ws[i-1] == "would")
		if !wish || ws[i+1] != "to" {
			continue
		}
		var clause []string
		for k := i + 2; k < len(ws) && k <= i+8; k++ {
			if startsQuestion(ws[k]) || ws[k] == "and" || ws[k] == "but" || q.taken[k] && q.lib.isCareerWord(ws[k]) {
				break
			}
			if !q.m.stop[ws[k]] && q.m.index[ws[k]] == nil && hasLetter(ws[k]) {
				clause = append(clause, ws[k])
			}
		}
		if u := l.terms.onlyGuideOf(clause); u >= 0 {
			return l.Guides[u]
		}
	}
	return nil
}

// excludeCues open the part of a question that leaves something out;
// excludeFirst are their first words.
var (
	excludeCues = [][]string{{"except"}, {"excluding"}, {"exclude"}, {"other", "than"}, {"besides"}, {"apart", "from"}, {"aside", "from"},
		{"not", "counting"}, {"leaving", "out"}, {"ignoring"}, {"ignore"}, {"skip"}, {"skipping"}}
	excludeFirst = []string{"except", "excluding", "exclude", "other", "besides", "apart", "aside", "not", "leaving", "ignoring", "ignore", "skip", "skipping"}
)

// certExcluded reports whether a question leaves the certificate out: a
// word of its name that no intent or career claims among the words set
// aside (leftOut: "other than the AWS one", "if you exclude the tensorflow
// one").
func certExcluded(q *question, c *bot.Cert) bool {
	left := leftOut(q)
	if left == nil {
		return false // (most questions: no cue, nothing read)
	}
	name := words(c.Name)
	for k, w := range q.words {
		if left[k] && !q.m.stop[w] && q.m.index[w] == nil && !(q.lib != nil && q.lib.isCareerWord(w)) && slices.Contains(name, w) {
			return true
		}
	}
	return false
}

// careerInFrameOnly reports whether the careers a question names are all
// in the frame it opens with before a colon, and the question after the
// colon names an occupation and no career.
func (l *Library) careerInFrameOnly(ctx context.Context, q *question) bool {
	n, sq := l.frameBefore(ctx, q)
	return n > 0 && len(sq.careers) == 0 && len(sq.scope.occupations) > 0
}

// rangeAsked reports whether a pay question asks the national range: its
// word ("range", "spread", "band") or both of its ends ("lowest and
// highest", "top … bottom", "floor and ceiling"), with no state, place or
// ranking of states asked ("which state pays the lowest and which the
// highest?" ranks them).
func rangeAsked(q *question) bool {
	if !q.has("salary") || len(q.states) > 0 || q.has(bot.KindCerts) || q.has("cost") || q.region != nil ||
		hasAny(q, "states", "which", "employed", "employ", "employs", "jobs", "openings", "median", "medians") {
		return false
	}
	if k := slices.Index(q.words, "where"); k == 0 || k > 0 && (q.words[k-1] == "and" || q.words[k-1] == "or") {
		return false // "where does it pay the most": a place asked
	}
	if slices.ContainsFunc(q.words, func(w string) bool { return w != "where" && q.m.index[w]["state"] }) {
		return false // (a place or state asked; "the job where you …" asks none)
	}
	return hasAny(q, "range", "ranges", "spread", "band") || hasAll(q, "lowest", "highest") || hasAll(q, "low", "high") ||
		hasAll(q, "top", "bottom") || hasAll(q, "floor", "ceiling") || hasAll(q, "min", "max") || hasAll(q, "minimum", "maximum")
}

// namedStatesOnly is the states a yes-or-no ranking question names ("is
// oregon the top paying state?", "does Hawaii or Florida employ the
// most?"), when it asks for the first of the ranking of all and no list of
// them; nil otherwise.
func namedStatesOnly(q *question, k int, except []bot.USState) []bot.USState {
	if q == nil || len(q.states) == 0 || len(q.excluded) > 0 || k > 0 || len(except) > 0 || q.has("most") && q.has("least") ||
		hasAny(q, "rank", "ranking", "ranked", "ranks", "order", "ordered", "all", "each", "every", "states", "second", "third") || listAsked(q.words) ||
		hasAny(q, "which", "what", "whats", "where") {
		return nil // ("Leaving California aside, what's the best-paying state?": the ranking, read whole)
	}
	return q.states
}

// listAsked reports whether "list" asks for one ("list the states"), not
// a place in one ("the bottom of the list", "top of the list").
func listAsked(ws []string) bool {
	for i, w := range ws {
		if w == "list" && !(i > 0 && ws[i-1] == "the") {
			return true
		}
	}
	return false
}

// lackedTopics is the declared conditions of work (lacking_topics in
// intents.yaml: relocation, remote work, equity, a bonus …) a question
// asks of, that the guide answering it never mentions (in its sections or
// its facts: labelsOf), quoted for a line
// beside the answer; "" when there are none.
func (l *Library) lackedTopics(q *question, g *bot.Guide) string {
	var out []string
	for i, w := range q.words {
		if q.m.topics[w] && !(i < len(q.taken) && q.taken[i]) && !q.idiom[w] && !l.labelsOf(g).uses(stem(w)) && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return `"` + strings.Join(out, `", "`) + `"`
}

// forCareer is req asked of guide g: a copy whose career option is g's
// (the caller's options are left as they were).
func forCareer(req *bot.Request, g *bot.Guide) *bot.Request {
	r := *req
	r.Options = maps.Clone(req.Options)
	if r.Options == nil {
		r.Options = map[string]string{}
	}
	r.Options["career"] = g.Slug
	return &r
}
