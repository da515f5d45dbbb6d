package gen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// DefaultSeed is the seed the benchmarks use.
const DefaultSeed = 6

// Career is one generated career: its guide and the domain vocabulary the
// guide was written with (benchmarks build questions from it).
type Career struct {
	Index  int
	Guide  *bot.Guide
	Domain Domain
}

// Domain is a career's own vocabulary. All words are pseudo-words made of
// syllables, so two careers rarely share one; Family words are shared on
// purpose with the careers of the same family (like "data" in data
// scientist and data engineer).
type Domain struct {
	Field  string   // unique field word, capitalised, e.g. "Kelbrilogy"
	Role   string   // shared role noun, e.g. "Analyst"
	Family []string // words shared with the careers of the same family
	Tools  []string // tool names, capitalised single words
	Skills []string // skill phrases: "<domain word> <generic noun>"
	Jargon []string // domain terms, lowercase single words
	Orgs   []string // certifying bodies (upper-case acronyms)
}

// Words returns the career's distinctive words, lowercase, without the
// family words: its field, tools, skill words, jargon and certifying bodies.
func (d Domain) Words() []string {
	var out []string
	add := func(ws ...string) {
		for _, w := range ws {
			out = append(out, strings.ToLower(w))
		}
	}
	add(d.Field)
	add(d.Tools...)
	for _, s := range d.Skills {
		add(strings.Fields(s)[0])
	}
	add(d.Jargon...)
	add(d.Orgs...)
	return out
}

// Families is the number of career families; careers i and j are in the
// same family when i%Families == j%Families.
const Families = 97

// Corpus generates careers 0..n-1.
func Corpus(seed int64, n int) []Career {
	out := make([]Career, n)
	for i := range out {
		out[i] = Generate(seed, i)
	}
	return out
}

// Guides returns the guides of careers.
func Guides(cs []Career) []*bot.Guide {
	out := make([]*bot.Guide, len(cs))
	for i := range cs {
		out[i] = cs[i].Guide
	}
	return out
}

// Generate returns career i for seed. The same (seed, i) always gives the
// same career, whatever corpus it is part of.
func Generate(seed int64, i int) Career {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(i)*2+1))
	d := domain(seed, i, r)
	c := Career{Index: i, Domain: d}
	c.Guide = guide(i, d, r)
	return c
}

// ---- words ----

var (
	fieldOnsets = []string{"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "st", "tr"}
	vowels      = []string{"a", "e", "i", "o", "u"}
	fieldEnds   = []string{"logy", "nomics", "tronics", "graphy", "metry"}
	onsets      = []string{"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z",
		"br", "cr", "dr", "fl", "gr", "kr", "pl", "pr", "sk", "sl", "sp", "st", "tr", "th", "sh", "ch", "qu"}
	wordVowels = []string{"a", "e", "i", "o", "u", "a", "e", "i", "o", "u", "ai", "ea", "ou", "oi"}
	codas      = []string{"", "", "", "n", "r", "l", "s", "x", "k", "m", "nd", "rk", "st", "lt", "sh", "v"}
	roles      = []string{"Analyst", "Engineer", "Technician", "Specialist", "Designer", "Coordinator", "Manager",
		"Consultant", "Scientist", "Architect", "Planner", "Inspector", "Therapist", "Officer", "Developer", "Operator"}
	skillNouns = []string{"analysis", "modeling", "calibration", "auditing", "design", "planning", "forecasting",
		"troubleshooting", "documentation", "optimization", "inspection", "scheduling", "testing", "reporting"}
	levels = []string{"Associate", "Professional", "Practitioner", "Specialist", "Expert", "Foundations"}
)

// fieldWord is unique per career index: three consonant-vowel syllables
// encode a bijection of the index (up to a million careers), then an ending.
func fieldWord(seed int64, i int) string {
	const space = 1_000_000 // 100 syllables ^ 3
	off := int((uint64(seed)*2654435761 + 12345) % space)
	p := (i*7919 + off) % space
	var b strings.Builder
	for k := 0; k < 3; k++ {
		s := p % 100
		p /= 100
		b.WriteString(fieldOnsets[s/5] + vowels[s%5])
	}
	b.WriteString(fieldEnds[i%len(fieldEnds)])
	return capitalise(b.String())
}

// word makes a pseudo-word of two or three syllables.
func word(r *rand.Rand) string {
	for {
		n := 2 + r.IntN(2)
		var b strings.Builder
		for k := 0; k < n; k++ {
			b.WriteString(onsets[r.IntN(len(onsets))])
			b.WriteString(wordVowels[r.IntN(len(wordVowels))])
			if k == n-1 || r.IntN(3) == 0 {
				b.WriteString(codas[r.IntN(len(codas))])
			}
		}
		w := b.String()
		if len(w) >= 5 && len(w) <= 12 {
			return w
		}
	}
}

// words makes n distinct pseudo-words not in taken (which it extends).
func words(r *rand.Rand, n int, taken map[string]bool) []string {
	out := make([]string, 0, n)
	for len(out) < n {
		w := word(r)
		if taken[w] {
			continue
		}
		taken[w] = true
		out = append(out, w)
	}
	return out
}

func acronym(r *rand.Rand) string {
	const letters = "BCDFGHJKLMNPQRSTVWXZ"
	b := make([]byte, 3)
	for k := range b {
		b[k] = letters[r.IntN(len(letters))]
	}
	return string(b)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func domain(seed int64, i int, r *rand.Rand) Domain {
	fr := rand.New(rand.NewPCG(uint64(seed), uint64(i%Families)*2)) // even streams: families
	d := Domain{Field: fieldWord(seed, i), Role: roles[r.IntN(len(roles))]}
	taken := map[string]bool{strings.ToLower(d.Field): true}
	d.Family = words(fr, 10, map[string]bool{})
	for _, w := range d.Family {
		taken[w] = true
	}
	for _, w := range words(r, 8, taken) {
		d.Tools = append(d.Tools, capitalise(w))
	}
	for k, w := range words(r, 6, taken) {
		d.Skills = append(d.Skills, w+" "+skillNouns[(k+r.IntN(len(skillNouns)))%len(skillNouns)])
	}
	d.Jargon = words(r, 14, taken)
	seenOrg := map[string]bool{}
	for len(d.Orgs) < 3 {
		if a := acronym(r); !seenOrg[a] {
			seenOrg[a] = true
			d.Orgs = append(d.Orgs, a)
		}
	}
	return d
}

// ---- the guide ----

// gw holds what templates need while writing one guide.
type gw struct {
	r   *rand.Rand
	d   Domain
	g   *bot.Guide
	num int
}

func (w *gw) pick(xs []string) string { return xs[w.r.IntN(len(xs))] }

// fill replaces {placeholders} in a template; every occurrence picks anew.
func (w *gw) fill(t string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		b.WriteString(w.slot(t[i+1 : i+j]))
		t = t[i+j+1:]
	}
}

func (w *gw) role() string { return strings.ToLower(w.d.Field + " " + w.d.Role) }

func (w *gw) slot(name string) string {
	g := w.g
	switch name {
	case "role":
		return w.role()
	case "Role":
		return w.d.Field + " " + w.d.Role
	case "field":
		return strings.ToLower(w.d.Field)
	case "Field":
		return w.d.Field
	case "tool":
		return w.pick(w.d.Tools)
	case "skill":
		return w.pick(w.d.Skills)
	case "Skill":
		return capitalise(w.pick(w.d.Skills))
	case "jargon":
		return w.pick(w.d.Jargon)
	case "Jargon":
		return capitalise(w.pick(w.d.Jargon))
	case "fam":
		return w.pick(w.d.Family)
	case "work":
		return w.pick(sharedWork)
	case "soft":
		return w.pick(softSkills)
	case "org":
		return w.pick(w.d.Orgs)
	case "cert":
		if len(g.Certifications) == 0 {
			return "certification"
		}
		return g.Certifications[w.r.IntN(len(g.Certifications))].Name
	case "median":
		return bot.Money(g.Salary.Median)
	case "low":
		return bot.Money(g.Salary.Low)
	case "high":
		s := bot.Money(g.Salary.High)
		if g.Salary.HighPlus {
			s += "+"
		}
		return s
	case "openings":
		return bot.Thousands(g.Outlook.AnnualOpenings)
	case "growth":
		return fmt.Sprintf("%+g%%", g.Outlook.GrowthPct)
	case "total":
		return g.TotalTime
	case "n":
		return fmt.Sprint(2 + w.r.IntN(9))
	}
	return "{" + name + "}"
}

// para joins k distinct sentences picked from templates.
func (w *gw) para(k int, templates []string) string {
	idx := w.r.Perm(len(templates))
	if k > len(idx) {
		k = len(idx)
	}
	var s []string
	for _, i := range idx[:k] {
		s = append(s, w.fill(templates[i]))
	}
	return strings.Join(s, " ")
}

// bullets writes k distinct "- " lines from templates.
func (w *gw) bullets(k int, templates []string) string {
	idx := w.r.Perm(len(templates))
	if k > len(idx) {
		k = len(idx)
	}
	var s []string
	for _, i := range idx[:k] {
		s = append(s, "- "+w.fill(templates[i]))
	}
	return strings.Join(s, "\n")
}

func round1000(f float64) int { return int(math.Round(f/1000)) * 1000 }

func guide(i int, d Domain, r *rand.Rand) *bot.Guide {
	num := fmt.Sprintf("%04d", i)
	slug := strings.ToLower(fmt.Sprintf("synthetic-career-%s-%s-%s", num, d.Field, d.Role))
	g := &bot.Guide{
		Slug:    slug,
		Title:   fmt.Sprintf("Synthetic Career %s %s %s", num, d.Field, d.Role),
		Aliases: []string{d.Field + " " + d.Role, "SC" + num},
		File:    "generated/" + slug + ".md",
		Source: bot.GuideSource{Publisher: "careerbot synthetic guide generator", Title: "Generated guide " + num + " (not real data)",
			URL: "https://example.com/synthetic/" + slug, Date: "2026", Data: "Synthetic figures, made up for benchmarks"},
	}
	w := &gw{r: r, d: d, g: g, num: i}

	// Facts.
	median := 40000 + r.IntN(161)*1000
	g.Salary = bot.Salary{Median: median, Low: round1000(float64(median) * (0.55 + 0.1*r.Float64())),
		High: round1000(float64(median) * (1.5 + 0.5*r.Float64())), HighPlus: r.IntN(3) == 0, Year: 2025,
		Note: w.fill(w.pick(salaryNotes))}
	g.Outlook = bot.Outlook{GrowthPct: float64(r.IntN(46) - 5), Period: "10 years", AnnualOpenings: 300 + r.IntN(40000)}
	ed := educations[r.IntN(len(educations))]
	g.EducationLevel, g.Education = ed.level, w.fill(ed.text)
	g.Certification = w.pick(certRequired)
	g.License = w.pick(licenses)
	lo := 1 + r.IntN(4)
	g.TotalTime = fmt.Sprintf("%d-%d years", lo, lo+2+r.IntN(4))
	nc := 3 + r.IntN(3)
	seenCert := map[string]bool{}
	for len(g.Certifications) < nc {
		subject := w.pick(append([]string{d.Field}, d.Tools[:4]...))
		name := fmt.Sprintf("%s Certified %s %s", w.pick(d.Orgs), subject, w.pick(levels))
		if seenCert[name] {
			continue
		}
		seenCert[name] = true
		g.Certifications = append(g.Certifications, bot.Cert{Name: name, Price: 75 + 25*r.IntN(30),
			About: w.fill(w.pick(certAbouts))})
	}
	g.States = states(r, median)
	g.Summary = w.fill(w.pick(summaries))

	// Sections, in the order and kinds of the shipped guide.
	add := func(kind, title, body string) {
		id := slug + "/" + kind
		g.Sections = append(g.Sections, &bot.Section{ID: id, Guide: slug, Kind: kind, Title: title, Body: strings.TrimSpace(body)})
	}
	add(bot.KindOverview, "What a "+w.role()+" does",
		w.para(3, overviewSents)+"\n\n"+w.para(3, overviewSents2)+"\n\n"+w.fill("**Who it suits:** people who enjoy {jargon} puzzles, careful {work} and seeing their {jargon} work used by {work}."))
	add(bot.KindTakeaways, "Key takeaways", w.bullets(5, takeaways))
	add(bot.KindDay, "A day in the life", w.para(2, daySents)+"\n\n"+w.fill("**Morning:** "+w.para(2, dayMorning))+"\n\n"+
		w.fill("**Afternoon:** "+w.para(2, dayAfternoon))+"\n\nCore daily tasks:\n\n"+w.bullets(6, dayTasks)+"\n\n"+
		w.fill("**Common meetings:** {work} reviews, {jargon} syncs, {fam} planning sessions and team check-ins."))
	add(bot.KindPath, "The path into the role", pathBody(w))
	add(bot.KindTools, "Tools and technologies", toolsBody(w))
	add(bot.KindSkills, "Skills", skillsBody(w))
	add(bot.KindCerts, "Certifications", certsBody(w))
	add(bot.KindPortfolio, "Portfolio ideas", w.fill("Projects that put {role} ability on display:")+"\n\n"+w.bullets(5, portfolio)+"\n\n"+w.para(2, portfolioTail))
	add(bot.KindInterview, "Interview preparation", "### Technical questions\n\n"+w.bullets(4, interviewTech)+
		"\n\n### Practical exercises\n\n"+w.bullets(3, interviewPractical)+"\n\n### Behavioural questions\n\n"+w.bullets(3, interviewBehave))
	add(bot.KindChallenges, "Challenges", w.bullets(4, challenges)+"\n\n"+w.fill("**How experienced {role}s cope:** ")+w.para(2, cope))
	add(bot.KindOutlook, "Job outlook", w.fill("Demand for {role}s is "+trend(g.Outlook.GrowthPct)+": employment growth is {growth} over 10 years, and there are {openings} openings each year. The median salary is {median}.")+
		"\n\n"+w.para(2, outlookSents)+"\n\nSource: synthetic figures made up for benchmarks.")
	add(bot.KindSalary, "Salary", salaryBody(w))
	add(bot.KindFAQ, "FAQ", faqBody(w))
	return g
}

func trend(p float64) string {
	switch {
	case p >= 20:
		return "rising fast"
	case p >= 5:
		return "growing"
	case p >= 0:
		return "steady"
	default:
		return "shrinking slightly"
	}
}

var stateCodes = func() []string {
	var out []string
	for _, s := range bot.USStates[:51] { // the states and DC
		if s.Code != "CA" {
			out = append(out, s.Code)
		}
	}
	return out
}()

// states makes a table with California and three to seven other states,
// sorted by median pay like the content loader sorts it.
func states(r *rand.Rand, national int) []bot.StateSalary {
	codes := []string{"CA"}
	for _, k := range r.Perm(len(stateCodes))[:3+r.IntN(5)] {
		codes = append(codes, stateCodes[k])
	}
	var out []bot.StateSalary
	for _, c := range codes {
		m := round1000(float64(national) * (0.8 + 0.5*r.Float64()))
		pct := math.Round(float64(m-national) / float64(national) * 100)
		out = append(out, bot.StateSalary{Code: c, Employed: 100 * (5 + r.IntN(400)), Median: m, VsNationalPct: pct})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Median > out[j].Median })
	return out
}

func pathBody(w *gw) string {
	var b strings.Builder
	b.WriteString(w.fill("Plan on {total} in total to go from beginner to working {role}.\n"))
	steps := []struct{ title, aim string }{
		{"Build the foundations", "a solid base in {fam} and {jargon} basics"},
		{"Get formal training", "a recognised qualification in {field} or a related field"},
		{"Learn the tools of the trade", "hands-on fluency with {tool} and {tool}"},
		{"Gain professional experience", "practical, on-the-job {jargon} experience"},
	}
	durations := []string{"6-12 months", "1-2 years", "2-4 years", "3-6 months", "1-3 years"}
	for k, s := range steps {
		fmt.Fprintf(&b, "\n### Step %d: %s (%s)\n\nThe aim is %s.\n\n%s\n", k+1, s.title, w.pick(durations), w.fill(s.aim), w.bullets(3, pathBullets))
	}
	return b.String()
}

func toolsBody(w *gw) string {
	var b strings.Builder
	cats := w.r.Perm(len(toolCategories))[:3]
	tools := w.d.Tools
	per := len(tools) / len(cats)
	for k, c := range cats {
		fmt.Fprintf(&b, "### %s\n\n", w.fill(toolCategories[c]))
		end := (k + 1) * per
		if k == len(cats)-1 {
			end = len(tools)
		}
		for _, t := range tools[k*per : end] {
			fmt.Fprintf(&b, "- **%s**: %s\n", t, w.fill(w.pick(toolDescs)))
		}
		b.WriteString("\n")
	}
	return b.String()
}

func skillsBody(w *gw) string {
	var b strings.Builder
	b.WriteString(w.fill("The role demands real depth in {field} and steady habits around {work}.\n\n### Technical skills\n\n"))
	for _, s := range w.d.Skills[:5] {
		fmt.Fprintf(&b, "- **%s**: %s\n", capitalise(s), w.fill(w.pick(skillDescs)))
	}
	b.WriteString("\n### Soft skills\n\n")
	b.WriteString(w.bullets(3, softSkillLines))
	return b.String()
}

func certsBody(w *gw) string {
	var b strings.Builder
	b.WriteString(w.fill(w.pick(certIntros)) + " Options worth considering:\n\n")
	for _, c := range w.g.Certifications {
		fmt.Fprintf(&b, "- **%s** (%s): %s\n", c.Name, bot.Money(c.Price), strings.TrimSuffix(lowerFirst(c.About), "."))
	}
	return b.String()
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func salaryBody(w *gw) string {
	g := w.g
	var b strings.Builder
	b.WriteString(w.fill("Nationally, the median salary is {median}. Depending on experience and employer, pay ranges from {low} to {high}.\n\nStates in the guide, ranked by median pay:\n\n"))
	for _, s := range g.States {
		sign := "+"
		if s.VsNationalPct < 0 {
			sign = ""
		}
		fmt.Fprintf(&b, "- **%s (%s)**: %s employed, median %s, %s%g%% vs national\n", bot.StateName(s.Code), s.Code,
			bot.Thousands(s.Employed), bot.Money(s.Median), sign, s.VsNationalPct)
	}
	b.WriteString("\nSource: synthetic figures made up for benchmarks.")
	return b.String()
}

func faqBody(w *gw) string {
	g := w.g
	qa := []struct{ q, a string }{
		{"Do I need a degree?", g.Education + " Education is listed as " + g.EducationLevel + "."},
		{"How long does it take to become a {role}?", "About {total} in total, from the first {fam} course to a first job."},
		{"Are certifications required?", g.Certification + " The ones worth a look include the {cert}."},
		{"Is a license required?", g.License + "."},
		{"What tools should I learn first?", "Start with " + w.d.Tools[0] + ", then add " + w.d.Tools[1] + " once the {jargon} basics feel routine."},
	}
	var parts []string
	for _, x := range qa {
		parts = append(parts, "### "+w.fill(x.q)+"\n\n"+w.fill(x.a))
	}
	return strings.Join(parts, "\n\n")
}
