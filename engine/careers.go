package engine

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// maxTable is the most guides a question that names no career is answered
// for all at once ("what's the salary in Texas?"); a larger library asks
// which career.
const maxTable = 12

// careerWords say "careers in general", not which one ("of all the
// careers", "which job").
var careerWords = setOf("career", "careers", "job", "jobs", "guide", "guides", "one", "ones", "all", "these", "those", "each",
	"every", "field", "fields", "option", "options", "profession", "professions", "gig", "gigs", "trade", "occupation", "occupations", "role", "roles", "work",
	"cover", "covered", "covers", "info", "information", "available", "listed", "offer", "here", "out", "across", "among", "between", "overall",
	"requirement", "requirements", "rules", "two", "three", "four", "both",
	"employer", "employers", "recruiter", "recruiters", "hiring", "hire", "hired", "hires")

// asksAcross reports whether a question asks over the careers the guides
// cover ("which of your careers …", "of all the careers …").
func asksAcross(q *question) bool {
	return hasAny(q, "careers", "guides", "professions") && hasAny(q, "your", "these", "all", "every")
}

// careersTable answers a figures question that names no career and says
// nothing else that could pick one, among a few guides, with every
// career's figure, best first: "what's the salary in Texas?", "which of
// these careers pays best?", "quickest to get into?". Guessing one career
// would present its figure as the answer for all.
//
// Asked of three careers or more by name ("which has the most openings:
// space chef, quantum gardener or dream cartographer?"), the table ranks
// those careers.
func (e *Engine) careersTable(lib *Library, q *question) *bot.Answer {
	named := len(q.careers) >= 3 && len(q.careers) <= maxTable && len(q.scope.occupations) == 0
	if !named && (len(lib.Guides) < 2 || len(lib.Guides) > maxTable || len(q.careers) > 0 || len(q.scope.occupations) > 0) {
		return nil
	}
	if !named && (slices.Contains(q.certWord, true) || lib.certGuide(q) != nil) {
		return nil // a certificate's name says which guide (not "cooking in zero g" among three careers named)
	}
	if !named && lib.tableOfStates(q) != nil {
		return nil // "Hawaii vs Alabama, which pays more?": the states set side by side are in one guide's table only
	}
	measure := ""
	switch {
	case q.has("cost") && q.has(bot.KindCerts) && (q.has("most") || q.has("least")):
		measure = "cert"
	case q.has("license") && !q.has("cost"):
		measure = "license"
	case q.has("education") && !q.has("cost") && !q.has("salary"):
		measure = "education"
	case q.has(bot.KindCerts) && !q.has("cost") && hasAny(q, "require", "required", "requires", "need", "needed", "mandatory", "must"):
		measure = "certreq"
	case q.has("salary"):
		measure = "salary"
	case q.has("outlook") && hasAny(q, "growth", "growing", "grow", "grows"):
		measure = "growth"
	case hasAny(q, "quickest", "fastest", "shortest", "quicker", "faster", "shorter", "longest", "slowest") || durationQuestion(q) ||
		hasAny(q, "years", "months", "time") && (q.has("most") || q.has("least")):
		measure = "time"
	case q.has("outlook"):
		measure = "openings"
	default:
		return nil
	}
	// Asked across the careers ("Which of your careers takes the least
	// time to get into? At my age …"), only the asking sentence's words may
	// pick one.
	asking := ""
	if asksAcross(q) {
		if asking = strings.ToLower(askedSentence(q.raw)); asking == "" && q.full != nil {
			asking = strings.ToLower(q.raw) // q is the asking sentence of the message
		}
	}
	for _, wq := range []*question{q, q.full} {
		if wq == nil || named {
			continue
		}
		// The whole message counts: "my buddy says space stations are
		// hiring cooks. what's the pay in florida?" is about one career.
		for _, w := range lib.contentWords(wq, nil) {
			if asking != "" && !containsWord(asking, w) {
				continue
			}
			if careerWords[w] || q.m.index[w] != nil || superlative[w] || intensifiers[w] || q.m.lex.CommonVerb(w) || inEveryGuide(lib, w) || madeUp[w] ||
				measure == "time" && w == "time" {
				continue
			}
			if i := slices.Index(wq.words, w); i >= 0 && wq.taken[i] && (placeWord(q.m, w) || containsWord(strings.ToLower(wq.scope.background), w) ||
				q.m.lex.Person(q.m.lex.Singular(w)) || slices.ContainsFunc(wq.scope.generic, func(g *bot.Guide) bool { return lib.headOf(q.m.lex.Singular(w), g) })) {
				continue // a state, a worker (the asker's own job, a plain one) (not "what does mapping dreams pay?": a guide's work, read as such)
			}
			if lib.terms != nil && !lib.terms.routes() {
				if gs, ok := lib.terms.guidesWith(stem(w)); !ok || len(gs) > 1 {
					continue // "im studying physics, what can i earn": a word of several careers picks none
				}
			}
			return nil // a word that may describe one career: let it pick
		}
	}
	type row struct {
		g     *bot.Guide
		v     float64
		text  string
		other bool // a national figure in a question about a state
	}
	var rows []row
	var st *bot.USState
	if len(q.states) == 1 {
		st = &q.states[0]
	}
	guides := lib.Guides
	if named {
		guides = q.careers
	} else if slices.ContainsFunc(q.words, func(w string) bool { return madeUp[w] }) || hasAll(q, "made", "up") {
		// "of the three made-up careers, which one is growing the
		// fastest": the guides that say they are invented.
		var made []*bot.Guide
		for _, g := range lib.Guides {
			if invented(g) {
				made = append(made, g)
			}
		}
		if len(made) >= 2 {
			guides = made
		}
	}
	for _, g := range guides {
		switch measure {
		case "salary":
			if st != nil {
				if r := g.State(st.Code); r != nil {
					rows = append(rows, row{g, float64(r.Median), fmt.Sprintf("median %s in %s", bot.Money(r.Median), st.Name), false})
					continue
				}
			}
			if g.Salary.Median > 0 {
				t := "median " + bot.Money(g.Salary.Median)
				if st != nil {
					t += fmt.Sprintf(" (national; no figure for %s)", st.Code)
				}
				rows = append(rows, row{g, float64(g.Salary.Median), t, st != nil})
			}
		case "time":
			if lo, ok := years(g.TotalTime); ok {
				rows = append(rows, row{g, lo, g.TotalTime, false})
			}
		case "growth":
			if g.Outlook.GrowthPct != 0 {
				rows = append(rows, row{g, g.Outlook.GrowthPct, pct(g.Outlook.GrowthPct) + " over " + g.Outlook.Period, false})
			}
		case "cert":
			var c *bot.Cert
			for i := range g.Certifications {
				x := &g.Certifications[i]
				if x.Price > 0 && (c == nil || (x.Price < c.Price) == (q.has("least") || hasAny(q, "cheapest", "lowest"))) {
					c = x
				}
			}
			if c != nil {
				rows = append(rows, row{g, float64(c.Price), fmt.Sprintf("%s (%s)", c.Name, bot.Money(c.Price)), false})
			}
		case "license":
			if g.License != "" {
				rows = append(rows, row{g, 0, g.License, false})
			}
		case "education":
			if g.Education != "" {
				t := g.Education
				if g.EducationLevel != "" {
					t = g.EducationLevel + ": " + t
				}
				rows = append(rows, row{g, 0, t, false})
			}
		case "certreq":
			if g.Certification != "" {
				rows = append(rows, row{g, 0, g.Certification, false})
			}
		case "openings":
			if g.Outlook.AnnualOpenings > 0 {
				rows = append(rows, row{g, float64(g.Outlook.AnnualOpenings), bot.Thousands(g.Outlook.AnnualOpenings) + " openings a year", false})
			}
		}
	}
	if len(rows) < 2 {
		return nil
	}
	if title, ok := factTables[measure]; ok {
		a := &bot.Answer{Answered: true, Title: title[0], Kind: measure, Body: title[1]}
		for _, r := range rows {
			a.Bullets = append(a.Bullets, r.g.Title+": "+r.text)
		}
		a.Source = &bot.Source{GuideTitle: "every career", Section: "Key facts"}
		if measure == "education" {
			if w, line := schoolingWinner(q, guides); w != nil {
				// "which of your careers needs the most schooling?": the
				// levels the guides give, ranked
				a.Career, a.Body = w.Slug, line+"\n\n"+a.Body
			}
		}
		return a
	}
	low := q.has("least") || hasAny(q, "lowest", "worst", "fewest")
	both := low && q.has("most") && len(rows) > 2 && measure == "salary" && st == nil // "which has the highest median and which has the lowest?"
	if both {
		low = false
	}
	if measure == "time" {
		low = !hasAny(q, "longest", "slowest") && !q.has("most") // "takes the most years"
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		if a.other != b.other {
			// The state's own figures first, national ones after.
			if a.other {
				return 1
			}
			return -1
		}
		if low {
			return cmp.Compare(a.v, b.v)
		}
		return cmp.Compare(b.v, a.v)
	})
	title := map[string]string{"salary": "Salary by career", "time": "Time to get in, by career", "cert": "Certification prices by career",
		"growth": "Job growth by career", "openings": "Openings a year, by career"}[measure]
	if st != nil && measure == "salary" {
		title = "Salary in " + st.Name + " by career"
	}
	a := &bot.Answer{Answered: true, Title: title, Kind: measure}
	if measure == "time" {
		a.Kind = bot.KindPath
	}
	if measure == "cert" {
		a.Kind = bot.KindCerts
	}
	if measure == "growth" || measure == "openings" {
		a.Kind = bot.KindOutlook
	}
	top := rows[0].g.Title
	switch {
	case rows[0].other:
		a.Body = fmt.Sprintf("None of the guides has a salary figure for %s, so these are national medians.", st.Name)
	case st != nil && measure == "salary" && rows[1].other:
		a.Body = fmt.Sprintf("Only the %s guide has a salary figure for %s (%s); the others are national medians.", top, st.Name, rows[0].text)
	case st != nil && measure == "salary" && low:
		a.Body = fmt.Sprintf("%s pays the least in %s (%s).", top, st.Name, rows[0].text)
	case st != nil && measure == "salary":
		a.Body = fmt.Sprintf("%s pays the most in %s (%s).", top, st.Name, rows[0].text)
	case measure == "time" && low:
		a.Body = fmt.Sprintf("%s is the quickest to get into (%s).", top, rows[0].text)
	case measure == "time":
		a.Body = fmt.Sprintf("%s takes the longest to get into (%s).", top, rows[0].text)
	case both:
		last := rows[len(rows)-1]
		a.Body = fmt.Sprintf("%s pays the most (%s); %s pays the least (%s).", top, rows[0].text, last.g.Title, last.text)
	case measure == "salary" && low:
		a.Body = fmt.Sprintf("%s pays the least (%s).", top, rows[0].text)
	case measure == "salary":
		a.Body = fmt.Sprintf("%s pays the most (%s).", top, rows[0].text)
	case measure == "cert" && low:
		a.Body = fmt.Sprintf("The least expensive certification is the %s guide's %s.", top, rows[0].text)
	case measure == "cert":
		a.Body = fmt.Sprintf("The priciest certification is the %s guide's %s.", top, rows[0].text)
	case low:
		a.Body = fmt.Sprintf("%s has the least (%s).", top, rows[0].text)
	default:
		a.Body = fmt.Sprintf("%s has the most (%s).", top, rows[0].text)
	}
	if q.has("most") && q.has("least") && len(rows) > 1 {
		// "which has the highest median pay and which the lowest?": two
		// careers are the answer, neither alone
	} else if q.has("most") || q.has("least") || measure == "time" || hasAny(q, "better", "more", "less", "fastest", "quickest", "slowest", "longest", "shortest") {
		a.Career = rows[0].g.Slug // the answer to "which pays best?" is a career
	} else if named {
		a.Career = q.careers[0].Slug // "X vs Y vs Z": set side by side, the first named leads, as with two
	}
	if named {
		a.Body += " The careers you named:"
	} else if len(guides) < len(lib.Guides) {
		a.Body += " These are the guides that say their careers are invented:"
	} else {
		a.Body += " You didn't name a career, so here is every career I have a guide for:"
	}
	var gs []*bot.Guide
	for _, r := range rows {
		a.Bullets = append(a.Bullets, fmt.Sprintf("%s: %s", r.g.Title, r.text))
		gs = append(gs, r.g)
	}
	a.Source = &bot.Source{GuideTitle: "every career", Publisher: publishers(gs...)}
	if measure != "time" && measure != "cert" {
		a.Source.Data = dataSources(gs...)
	}
	cmd := map[string]string{"salary": "salary", "time": "path", "cert": "certs", "growth": "outlook", "openings": "outlook"}[measure]
	for _, r := range rows[:min(3, len(rows))] {
		a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: r.g.Title, Command: cmd, Options: map[string]string{"career": r.g.Slug}})
	}
	return a
}

// superlative words rank ("best", "most"), they do not describe a career.
var superlative = setOf("best", "better", "most", "more", "top", "highest", "higher", "least", "less", "lowest", "lower", "worst", "well", "good", "decent",
	"quickest", "fastest", "shortest", "quicker", "faster", "shorter", "longest", "slowest", "easiest", "get", "into", "pays", "pay")

// intensifiers qualify a ranking over every career ("the single most
// expensive cert across all of them"); they describe no career.
var intensifiers = setOf("single", "overall", "across", "absolute", "whole", "entire")

var yearsRE = mustGuard(`(\d+(?:\.\d+)?)\s*(?:[-–to]+\s*\d+(?:\.\d+)?)?\s*(years?|months?)`)

// years reads the start of a span like "5-8 years" or "6-12 months", in years.
func years(s string) (float64, bool) {
	m := yearsRE.FindStringSubmatch(strings.ToLower(s))
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, false
	}
	if strings.HasPrefix(m[2], "month") {
		v /= 12
	}
	return v, true
}

// dataSources names the distinct salary and employment data sources.
func dataSources(gs ...*bot.Guide) string {
	var ds []string
	for _, g := range gs {
		if d := g.Source.Data; d != "" && !slices.Contains(ds, d) {
			ds = append(ds, d)
		}
	}
	return strings.Join(ds, "; ")
}

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// certTotalAnswer adds up the prices of a guide's certifications.
func certTotalAnswer(e *Engine, g *bot.Guide, only []*bot.Cert) *bot.Answer {
	a := e.answerSectionOr(g, bot.KindCerts)
	if a == nil {
		return nil
	}
	certs := only
	if len(certs) == 0 {
		for i := range g.Certifications {
			certs = append(certs, &g.Certifications[i])
		}
	}
	total, n := 0, 0
	var parts, names []string
	for _, c := range certs {
		if c.Price > 0 {
			total += c.Price
			n++
			parts = append(parts, bot.Money(c.Price))
			names = append(names, "the "+c.Name)
		}
	}
	if n < 2 {
		return a
	}
	a.Title = "Certifications added up · " + g.Title
	if len(only) > 0 {
		a.Body = fmt.Sprintf("Together, %s cost %s (%s).\n\n%s", joinAnd(names), bot.Money(total), strings.Join(parts, " + "), a.Body)
		return a
	}
	a.Body = fmt.Sprintf("All %d certifications in the %s guide together cost %s (%s).\n\n%s", n, g.Title, bot.Money(total), strings.Join(parts, " + "), a.Body)
	return a
}

// employedTotalAnswer adds up the people employed in the guide's state
// table; it is the states listed, not the whole country.
func employedTotalAnswer(e *Engine, g *bot.Guide) *bot.Answer {
	total := employedSum(g)
	var codes []string
	for _, r := range g.States {
		codes = append(codes, r.Code)
	}
	a := nationalSalary(e, g, true)
	a.Title = "Employed in the guide's states · " + g.Title
	a.Body = fmt.Sprintf("The %d states in the %s guide (%s) employ about %s between them. The guide gives no national total.\n\n%s",
		len(g.States), g.Title, strings.Join(codes, ", "), bot.Thousands(total), a.Body)
	return a
}

// employedSum is the number employed across the guide's state table.
func employedSum(g *bot.Guide) int {
	n := 0
	for _, r := range g.States {
		n += r.Employed
	}
	return n
}

// payWinner is the better paid of two careers when the question asks which
// pays more (in its one state, if it names one), and a sentence saying so;
// nil otherwise.
func payWinner(q *question, a, b *bot.Guide) (*bot.Guide, string) {
	if !q.has("salary") || !(q.has("most") || hasAny(q, "more", "better", "higher", "which", "gap", "difference")) {
		return nil, ""
	}
	pay := func(g *bot.Guide) int {
		if len(q.states) == 1 {
			if r := g.State(q.states[0].Code); r != nil {
				return r.Median
			}
			return 0 // a state figure is not weighed against a national one
		}
		return g.Salary.Median
	}
	pa, pb := pay(a), pay(b)
	if pa == 0 || pb == 0 || pa == pb {
		return nil, ""
	}
	w, o, pw, po := a, b, pa, pb
	if pb > pa {
		w, o, pw, po = b, a, pb, pa
	}
	where := ""
	if len(q.states) == 1 {
		where = " in " + q.states[0].Name
	}
	return w, fmt.Sprintf("%s pays more%s: a median of %s, against %s for %s (%s more, %s above it).", w.Title, where, bot.Money(pw), bot.Money(po), o.Title,
		bot.Money(pw-po), percentOf(pw-po, po))
}

// timeWinner is, for "which takes longer to get into / needs more
// schooling: X or Y?", the career with the longer (or, asked for the
// quicker, shorter) time to get in, and a sentence saying so; nil when the
// question asks no such thing or the times are equal or unknown.
func timeWinner(q *question, a, b *bot.Guide) (*bot.Guide, string) {
	shorter := hasAny(q, "less", "shorter", "quicker", "faster", "quickest", "fastest", "shortest") || q.has("least")
	longer := hasAny(q, "more", "longer", "longest", "slower") || q.has("most")
	if shorter == longer || q.has("outlook") || q.has("salary") || !(durationQuestion(q) || q.has("education") || hasAny(q, "schooling", "training", "longer", "shorter", "quicker", "faster")) {
		return nil, ""
	}
	ya, oka := years(a.TotalTime)
	yb, okb := years(b.TotalTime)
	if !oka || !okb || ya == yb {
		return nil, ""
	}
	w, o := a, b
	if (yb > ya) == longer {
		w, o = b, a
	}
	how := "longer"
	if shorter {
		how = "less time"
	}
	return w, fmt.Sprintf("%s takes %s to get into: %s, against %s for %s.", w.Title, how, w.TotalTime, o.TotalTime, o.Title)
}

// growthWinner is, for "which is growing faster: X or Y?" or "more
// openings: X or Y?", the career with the higher employment growth or more
// openings a year, and a sentence saying so.
func growthWinner(q *question, a, b *bot.Guide) (*bot.Guide, string) {
	if !q.has("outlook") || q.has("salary") || !(q.has("most") || hasAny(q, "faster", "more", "quicker", "which")) {
		return nil, ""
	}
	if hasAny(q, "openings", "opening", "vacancies", "jobs", "positions") {
		// "more openings per year: X or Y?"
		w, o := ahead(a, b, float64(a.Outlook.AnnualOpenings), float64(b.Outlook.AnnualOpenings))
		if w == nil {
			return nil, ""
		}
		return w, fmt.Sprintf("%s has more openings a year: %s, against %s for %s.", w.Title,
			bot.Thousands(w.Outlook.AnnualOpenings), bot.Thousands(o.Outlook.AnnualOpenings), o.Title)
	}
	w, o := ahead(a, b, a.Outlook.GrowthPct, b.Outlook.GrowthPct)
	if w == nil {
		return nil, ""
	}
	return w, fmt.Sprintf("%s is growing faster: %+g%% over 10 years, against %+g%% for %s.", w.Title, w.Outlook.GrowthPct, o.Outlook.GrowthPct, o.Title)
}

// ahead returns the career with the higher figure first, or nil when the
// figures are equal or one is missing (0).
func ahead(a, b *bot.Guide, va, vb float64) (w, o *bot.Guide) {
	switch {
	case va == vb || va == 0 || vb == 0:
		return nil, nil
	case vb > va:
		return b, a
	}
	return a, b
}

// inEveryGuide reports whether every guide's text has the word: it cannot
// tell one career from another ("pay data").
func inEveryGuide(lib *Library, w string) bool {
	st := stem(w)
	for _, g := range lib.Guides {
		if !lib.labelsOf(g).uses(st) {
			return false
		}
	}
	return true
}

// factTables are the key facts listed for every career, not ranked:
// title and lead.
var factTables = map[string][2]string{
	"license":   {"Licences and permits by career", "What each guide says about licences and permits:"},
	"education": {"Education by career", "What each guide says about the education you need:"},
	"certreq":   {"Certification requirements by career", "What each guide says about whether a certification is required:"},
}

// strongCert is the certificate of g that a question names by at least two
// of its own words (all of them when it has fewer), nil when none is.
func strongCert(q *question, g *bot.Guide) *bot.Cert {
	info := q.certInfo(g)
	for i := range g.Certifications {
		own, said := 0, 0
		for k, w := range info.names[i] {
			if info.genericAt[i][k] {
				continue
			}
			own++
			if slices.Contains(q.words, w) {
				said++
			}
		}
		if own > 0 && said >= min(own, 2) {
			return &g.Certifications[i]
		}
	}
	return nil
}

// crossCerts answers a question that names certificates of two or more
// careers ("core cert prices: Licensed Lucid Surveyor vs the Microgravity
// Food Safety one"): each with its career and price, the dearer first.
// nil unless certificates of at least two guides are named.
func (e *Engine) crossCerts(lib *Library, q *question) *bot.Answer {
	if len(lib.Guides) < 2 || len(lib.Guides) > maxTable {
		return nil
	}
	type pick struct {
		g *bot.Guide
		c *bot.Cert
	}
	var picks []pick
	for _, g := range lib.Guides {
		if c := strongCert(q, g); c != nil {
			picks = append(picks, pick{g, c})
		}
	}
	if len(picks) < 2 && len(q.careers) >= 2 && (q.has(bot.KindCerts) || q.has("license")) &&
		hasAny(q, "required", "requires", "require", "needed", "mandatory", "core", "main") {
		// "dream mapper vs space chef: which one's required cert costs
		// more?": each career's required certificate.
		picks = picks[:0]
		for _, g := range q.careers {
			if c := requiredCert(g); c != nil {
				picks = append(picks, pick{g, c})
			}
		}
	}
	cheaper := hasAny(q, "cheaper", "cheapest", "less", "least", "lower")
	if len(picks) < 2 && len(q.careers) >= 2 && q.has(bot.KindCerts) && (q.has("most") || q.has("least") || hasAny(q, "priciest", "cheapest", "expensive")) {
		// "priciest cert: quantum gardener vs dream cartographer": each
		// career's dearest (or cheapest) priced certificate.
		picks = picks[:0]
		for _, g := range q.careers {
			var best *bot.Cert
			for i := range g.Certifications {
				c := &g.Certifications[i]
				if c.Price > 0 && (best == nil || (c.Price < best.Price) == cheaper && c.Price != best.Price) {
					best = c
				}
			}
			if best != nil {
				picks = append(picks, pick{g, best})
			}
		}
	}
	if len(picks) < 2 {
		return nil
	}
	// In the order named, unless the question asks which costs more (the
	// dearer first) or less (the cheaper first): the first is the answer's
	// career.
	first := func(p pick) int {
		if i := slices.Index(q.careers, p.g); i >= 0 {
			return i
		}
		for k, w := range q.words {
			if strings.Contains(strings.ToLower(p.c.Name), w) && !careerWords[w] && len(w) > 3 {
				return 100 + k
			}
		}
		return 1000
	}
	sort.SliceStable(picks, func(i, j int) bool { return first(picks[i]) < first(picks[j]) })
	if cheaper || hasAny(q, "more", "most", "dearer", "pricier", "priciest", "expensive", "higher") {
		sort.SliceStable(picks, func(i, j int) bool { return (picks[i].c.Price < picks[j].c.Price) == cheaper })
	}
	a := &bot.Answer{Answered: true, Title: "Certifications compared: " + picks[0].g.Title + " vs " + picks[1].g.Title, Career: picks[0].g.Slug, Kind: bot.KindCerts,
		Source: &bot.Source{GuideTitle: picks[0].g.Title + " and " + picks[1].g.Title, Publisher: publishers(picks[0].g, picks[1].g)}}
	var lines []string
	for _, p := range picks {
		line := fmt.Sprintf("%s (%s): ", p.c.Name, p.g.Title)
		if p.c.Price > 0 {
			line += bot.Money(p.c.Price)
		} else {
			line += "no price in the guide"
		}
		lines = append(lines, line)
		a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: p.g.Title + " certifications", Command: "certs", Options: map[string]string{"career": p.g.Slug}})
	}
	a.Bullets = lines
	hi, lo := picks[0], picks[1]
	if lo.c.Price > hi.c.Price {
		hi, lo = lo, hi
	}
	switch {
	case hi.c.Price > lo.c.Price && lo.c.Price > 0 && cheaper:
		a.Body = fmt.Sprintf("The %s costs less: %s, against %s for the %s.", lo.c.Name, bot.Money(lo.c.Price), bot.Money(hi.c.Price), hi.c.Name)
	case hi.c.Price > lo.c.Price && lo.c.Price > 0:
		a.Body = fmt.Sprintf("The %s costs more: %s, against %s for the %s.", hi.c.Name, bot.Money(hi.c.Price), bot.Money(lo.c.Price), lo.c.Name)
	default:
		a.Body = "The certificates named, with their careers and prices:"
	}
	return a
}

// requiredCert is the certificate a guide's requirement names ("The
// Microgravity Food Safety Certificate is required before your first
// flight"), nil when it names none.
func requiredCert(g *bot.Guide) *bot.Cert {
	req := strings.ToLower(g.Certification)
	for i := range g.Certifications {
		if strings.Contains(req, strings.ToLower(g.Certifications[i].Name)) {
			return &g.Certifications[i]
		}
	}
	return nil
}

// invented reports whether a guide says its career or figures are made up
// (a test or sample guide).
func invented(g *bot.Guide) bool {
	t := strings.ToLower(g.Summary + " " + g.Source.Data)
	return strings.Contains(t, "invented") || strings.Contains(t, "made-up") || strings.Contains(t, "fictional") || strings.Contains(t, "test fixture")
}

// madeUp words ask about the guides whose careers are invented.
var madeUp = setOf("fictional", "invented", "imaginary", "fake", "pretend", "madeup")

// joinAnd lists items as a sentence does: "a", "a and b", "a, b and c".
func joinAnd(items []string) string { return joinWith(items, "and") }

// joinWith lists items with conj before the last: "a, b or c".
func joinWith(items []string, conj string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + conj + " " + items[len(items)-1]
}

// schoolingLevel ranks a guide's education level: a diploma or
// certificate 1, an associate's degree 2, a bachelor's 3, a master's 4, a
// doctorate 5; 0 when the guide gives none the table knows.
func schoolingLevel(g *bot.Guide) int {
	lv := strings.ToLower(g.EducationLevel)
	if lv == "" {
		lv = strings.ToLower(g.Education)
	}
	for _, l := range []struct {
		word string
		n    int
	}{{"phd", 5}, {"doctor", 5}, {"master", 4}, {"bachelor", 3}, {"associate", 2}, {"diploma", 1}, {"certificate", 1}, {"high school", 1}} {
		if strings.Contains(lv, l.word) {
			return l.n
		}
	}
	return 0
}

// levelWords name an education level in a question, ranked as
// schoolingLevel ranks the guides'.
var levelWords = map[string]int{"phd": 5, "doctorate": 5, "masters": 4, "master": 4, "bachelors": 3, "bachelor": 3, "associate": 2, "associates": 2, "diploma": 1}

// schoolingWinner is the one guide a question ranking the careers by
// schooling picks, with the line that says so: the most or the least
// schooling ("which needs the most schooling?", "the least schooling"),
// the lowest level when the asker has only a diploma or no degree ("with
// just a diploma, no college degree"), or the one whose level the question
// names ("which job in here needs a master's degree?"); nil when none is
// asked or two guides tie.
func schoolingWinner(q *question, guides []*bot.Guide) (*bot.Guide, string) {
	named := 0
	for _, w := range q.words {
		if n := levelWords[w]; n > 0 {
			named = n
		}
	}
	want := 0 // +1 the most, -1 the least
	switch {
	case q.has("most") || hasAny(q, "longest", "highest"):
		want = 1
	case q.has("least") || hasAny(q, "shortest", "lowest", "fewest") || hasAny(q, "just", "only", "without") && named <= 1 || hasAll(q, "no", "degree"):
		want = -1
	case named == 0:
		return nil, ""
	}
	var best *bot.Guide
	bestN, tie := 0, false
	for _, g := range guides {
		n := schoolingLevel(g)
		if n == 0 {
			continue
		}
		better := best == nil || want > 0 && n > bestN || want < 0 && n < bestN || want == 0 && n == named && bestN != named
		switch {
		case better:
			best, bestN, tie = g, n, false
		case n == bestN:
			tie = true
		}
	}
	if best == nil || tie || want == 0 && bestN != named {
		return nil, ""
	}
	lv := best.EducationLevel
	switch {
	case want > 0:
		return best, fmt.Sprintf("%s needs the most schooling (%s).", best.Title, lv)
	case want < 0:
		return best, fmt.Sprintf("%s needs the least schooling (%s).", best.Title, lv)
	}
	return best, fmt.Sprintf("%s is the one at that level (%s).", best.Title, lv)
}
