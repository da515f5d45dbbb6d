package engine

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// Engine answers career questions from a Library of guides. It is safe for
// concurrent use; Swap replaces the library atomically (hot reload): requests
// in flight finish on the library they started with.
type Engine struct {
	current       atomic.Pointer[Library]
	closed        atomic.Bool
	reg           *bot.Registry // for help answers to free text
	logger        *slog.Logger
	defaultCareer string
	convs         bot.Conversations
	raw           map[string]bot.Handler // handlers before the conversation wrapper, for follow-ups
	convTTL       time.Duration
	answerCache   int // free-text answers kept per library (answercache.go); 0: none
	onCache       func(hit bool)
	certBullets   certBullets   // bullets of certifications sections (certbullets.go)
	certItemsMemo certItemsMemo // certificates as follow-up items, per guide (certbullets.go)

	// Answers that depend only on the guide (sectionmemo.go).
	sectionAnswers sectionAnswers // made of a whole section
	stateAnswers   stateAnswers   // a guide's salary in a state
}

// Options configure an Engine.
type Options struct {
	// DefaultCareer is the guide slug used when a request names no career and
	// there is more than one guide.
	DefaultCareer string
	// Conversations keeps what each conversation was last about, for
	// follow-ups; nil keeps them in memory (at most 10,000).
	Conversations bot.Conversations
	// ConversationTTL is how long a subject is kept (default 30 minutes).
	ConversationTTL time.Duration
	// AnswerCache is how many free-text answers are kept per loaded
	// library, so that a question asked again in the same words (and the
	// same conversation context) is not worked out again (an answer is kept
	// the second time its question is asked lately, answered from the
	// cache from the third); 0 means DefaultAnswerCache, a negative number
	// none.
	AnswerCache int
	// OnAnswerCache, when set, is called with every look-up in the answer
	// cache (for metrics).
	OnAnswerCache func(hit bool)
}

// New returns an engine serving lib.
func New(lib *Library, logger *slog.Logger, opts Options) *Engine {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	e := &Engine{logger: logger, defaultCareer: opts.DefaultCareer, convs: opts.Conversations, convTTL: opts.ConversationTTL,
		onCache: opts.OnAnswerCache}
	if e.convs == nil {
		e.convs = NewMemoryConversations(10000)
	}
	if e.convTTL <= 0 {
		e.convTTL = DefaultConversationTTL
	}
	switch {
	case opts.AnswerCache == 0:
		e.answerCache = DefaultAnswerCache
	case opts.AnswerCache > 0:
		e.answerCache = opts.AnswerCache
	}
	e.current.Store(lib)
	return e
}

// Library returns the library being served. Use it for reading facts; the
// engine's own handlers hold the library they started with until they end.
func (e *Engine) Library() *Library { return e.current.Load() }

// Swap serves lib from now on (hot reload). The previous library is retired:
// requests in flight finish on it, and its closer (SetCloser) runs when the
// last of them ends.
func (e *Engine) Swap(lib *Library) *Library {
	old := e.current.Swap(lib)
	old.retire()
	return old
}

// Close retires the library being served at shutdown; its closer runs once
// the requests in flight end. Later requests get an apology.
func (e *Engine) Close() {
	e.closed.Store(true)
	e.Library().retire()
}

// acquire pins the current library for one request; the caller releases
// it (l.release, called directly: a method value would be allocated on
// every request).
func (e *Engine) acquire() *Library {
	for {
		l := e.current.Load()
		l.refs.Add(1)
		if !l.retired.Load() || e.closed.Load() {
			return l
		}
		l.release() // swapped out under us: take the new one
	}
}

type libKey struct{}

// withLibrary pins the library for the handler's whole run.
func (e *Engine) withLibrary(h bot.Handler) bot.Handler {
	return func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
		lib := e.acquire()
		defer lib.release()
		return h(context.WithValue(ctx, libKey{}, lib), req)
	}
}

// lib returns the library pinned for this request.
func (e *Engine) lib(ctx context.Context) *Library {
	if l, ok := ctx.Value(libKey{}).(*Library); ok {
		return l
	}
	return e.Library()
}

// topic commands: name → section kind, description, button label.
var topics = []struct {
	name, kind, desc, label string
}{
	{"certs", bot.KindCerts, "Certifications that help, with exam prices", "Certifications"},
	{"skills", bot.KindSkills, "Technical and soft skills the job needs", "Skills"},
	{"tools", bot.KindTools, "Tools and technologies by category", "Tools"},
	{"path", bot.KindPath, "How to get there: the steps and how long each takes", "How to get there"},
	{"day", bot.KindDay, "A day in the life", "A day in the life"},
	{"interview", bot.KindInterview, "How to prepare for interviews", "Interview prep"},
	{"portfolio", bot.KindPortfolio, "Portfolio project ideas", "Portfolio ideas"},
	{"challenges", bot.KindChallenges, "Common challenges and how people handle them", "Challenges"},
	{"outlook", bot.KindOutlook, "Job growth, openings and outlook", "Job outlook"},
}

func topicByKind(kind string) (name, label string) {
	for _, t := range topics {
		if t.kind == kind {
			return t.name, t.label
		}
	}
	return "", ""
}

// Register adds the engine's commands to reg.
func (e *Engine) Register(reg *bot.Registry) error {
	career := bot.Option{Name: "career", Description: "Career guide (name or alias); optional with one guide", Complete: e.CompleteCareer}
	cmds := []bot.Command{
		{Name: "salary", Description: "Salary: national median and range, or one state's figures", Example: "/salary CA",
			Options: []bot.Option{{Name: "state", Description: "US state code or name, e.g. CA or California", Complete: e.CompleteState}, career},
			Handler: e.salary},
	}
	for _, t := range topics {
		kind := t.kind
		cmds = append(cmds, bot.Command{Name: t.name, Description: t.desc, Example: "/" + t.name, Options: []bot.Option{career},
			Handler: func(ctx context.Context, req *bot.Request) (*bot.Answer, error) { return e.topic(ctx, req, kind) }})
	}
	cmds = append(cmds,
		bot.Command{Name: "careers", Description: "List the career guides I know", Example: "/careers", Handler: e.careers},
		bot.Command{Name: "compare", Description: "Compare two careers, or two states' pay for one career", Example: "/compare WA MA",
			Options: []bot.Option{{Name: "first", Description: "First career (or a US state)", Required: true, Complete: e.CompleteCareer},
				{Name: "second", Description: "Second career (or a state, then the career)", Required: true, Complete: e.CompleteCareer}},
			Handler: e.compare},
		bot.Command{Name: "ask", Description: "Ask any career question in your own words", Example: "/ask what certifications help?",
			Options: []bot.Option{{Name: "question", Description: "Your question", Required: true, Rest: true, MaxLength: 2000}},
			Handler: e.cached(e.ask)},
		bot.Command{Name: "start", Description: "Show the welcome panel with quick starts again", Example: "/start",
			Handler: func(ctx context.Context, req *bot.Request) (*bot.Answer, error) { return e.StartPanel(ctx), nil }},
		bot.Command{Name: "help", Description: "What I can do and how to ask", Example: "/help",
			Handler: func(ctx context.Context, req *bot.Request) (*bot.Answer, error) { return e.help(e.lib(ctx), reg), nil }},
	)
	e.reg = reg
	e.raw = map[string]bot.Handler{}
	for _, c := range cmds {
		e.raw[c.Name] = c.Handler
		switch c.Name {
		case "careers", "start", "help":
		default:
			c.Handler = e.withConversation(c.Name, c.Handler)
		}
		c.Handler = e.withLibrary(c.Handler)
		if err := reg.Add(c); err != nil {
			return err
		}
	}
	return nil
}

// errNeedCareer: several guides, no career named and no default.
var errNeedCareer = errors.New("which career")

// guideFor picks the guide a request is about: the career option, else the
// only guide, else the configured default.
func (e *Engine) guideFor(lib *Library, careerOpt string) (*bot.Guide, error) {
	if careerOpt != "" {
		g, err := lib.ResolveCareer(careerOpt)
		if err != nil {
			// "/certs ml-engineer — also which is the most expensive? I'm 45,
			// …": a career's name, then more words typed after it.
			if lead := lib.leadingCareer(careerOpt); lead != nil {
				return lead, nil
			}
		}
		return g, err
	}
	if len(lib.Guides) == 1 {
		return lib.Guides[0], nil
	}
	if g, ok := lib.Guide(e.defaultCareer); ok {
		return g, nil
	}
	return nil, errNeedCareer
}

// occupationNamed reports whether a phrase read as an occupation names one
// WordNet knows, whole or by its last word ("data scientist").
func occupationNamed(lib *Library, phrase string) bool {
	p := strings.ToLower(phrase)
	if lib.m.lex.Occupation(p) {
		return true
	}
	f := strings.Fields(p)
	return len(f) > 1 && lib.m.lex.Occupation(lib.m.lex.Singular(f[len(f)-1]))
}

// chooseCareer asks which career a command is about, with the command for
// each career as a follow-up.
func (e *Engine) chooseCareer(lib *Library, command string, opts map[string]string) *bot.Answer {
	a := &bot.Answer{Answered: false, Title: "Which career?", Ephemeral: true,
		Body: "Which career do you mean? " + lib.careerHint() + " Add a career, e.g. /" + command + " career:" + lib.Guides[0].Slug + "."}
	for i, g := range lib.Guides {
		if i == 5 {
			break
		}
		o := map[string]string{"career": g.Slug}
		for k, v := range opts {
			if k != "career" && v != "" {
				o[k] = v
			}
		}
		a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: g.Title, Command: command, Options: o})
	}
	return a
}

// source names the guide section an answer comes from. The salary data
// attribution is left to figures: see dataSource.
func source(g *bot.Guide, section string) *bot.Source {
	return &bot.Source{Guide: g.Slug, GuideTitle: g.Title, Section: section, Publisher: g.Source.Publisher,
		URL: g.Source.URL, Date: g.Source.Date}
}

// dataSource is source with the salary and employment data attribution
// (e.g. BLS OES), for answers that give salary or outlook figures.
func dataSource(g *bot.Guide, section string) *bot.Source {
	s := source(g, section)
	s.Data = g.Source.Data
	return s
}

func pct(p float64) string {
	s := strconv.FormatFloat(p, 'f', -1, 64) + "%"
	if p > 0 {
		s = "+" + s
	}
	return s
}

func salaryRange(s bot.Salary) string {
	if s.Low == 0 && s.High == 0 {
		return ""
	}
	r := bot.Money(s.Low) + " – " + bot.Money(s.High)
	if s.HighPlus {
		r += "+"
	}
	return r
}

func (e *Engine) followUps(g *bot.Guide, skip string, cmds ...string) []bot.FollowUp {
	out := make([]bot.FollowUp, 0, len(cmds)) // one allocation, not append's doublings
	opts := func() map[string]string {
		if len(e.Library().Guides) > 1 {
			return map[string]string{"career": g.Slug}
		}
		return nil
	}
	for i, c := range cmds {
		if c == skip || slices.Contains(cmds[:i], c) {
			continue // asked for twice ("Try: /salary · /salary")
		}
		label := ""
		switch c {
		case "salary":
			label = "Salary by state"
		default:
			for _, t := range topics {
				if t.name == c {
					label = t.label
				}
			}
		}
		if label == "" || !offers(g, c) {
			continue // never offer what the guide does not have
		}
		out = append(out, bot.FollowUp{Label: label, Command: c, Options: opts()})
	}
	if len(out) == 0 {
		return nil // as before: no follow-ups is nil
	}
	return out
}

// offers reports whether the guide can answer a command: it has the
// section, or the structured facts that stand in for it.
func offers(g *bot.Guide, cmd string) bool {
	switch cmd {
	case "salary":
		return g.Salary.Median > 0 || g.Salary.Low > 0 || len(g.States) > 0 || g.Section(bot.KindSalary) != nil
	case "outlook":
		return g.Outlook.GrowthPct != 0 || g.Outlook.AnnualOpenings > 0 || g.Section(bot.KindOutlook) != nil
	case "certs":
		return len(g.Certifications) > 0 || g.Section(bot.KindCerts) != nil
	}
	for _, t := range topics {
		if t.name == cmd {
			return g.Section(t.kind) != nil
		}
	}
	return true
}

// ---- /salary ----

func (e *Engine) salary(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
	lib := e.lib(ctx)
	stateOpt, careerOpt := req.Option("state"), req.Option("career")
	var st bot.USState
	haveState := false
	switch strings.ToLower(strings.Trim(stateOpt, " .")) {
	case "national", "nationally", "nationwide", "us", "u.s", "usa", "america", "country", "overall", "all":
		stateOpt = "" // "/salary national": the national figures
	}
	if stateOpt != "" {
		var ok bool
		if st, ok = bot.LookupState(stateOpt); ok {
			haveState = true
		} else if s2, ok2 := bot.LookupState(stateOpt + " " + careerOpt); careerOpt != "" && ok2 {
			// "/salary New York" typed as a line: the words spill into career.
			st, haveState, careerOpt = s2, true, ""
		} else if _, err := lib.ResolveCareer(stateOpt); err == nil && careerOpt == "" {
			// "/salary data-scientist": a career where the state goes.
			careerOpt = stateOpt
		} else if s3, ok3 := bot.LookupState(careerOpt); ok3 && careerOpt != "" {
			// "/salary ml-engineer CA": swapped.
			st, haveState, careerOpt = s3, true, stateOpt
		} else if text := strings.TrimSpace(stateOpt + " " + careerOpt); e.readsAsSalary(ctx, lib, text) {
			// "/salary orbital chef FL", "/salary seattle", "/salary london":
			// read like the question "salary orbital chef FL", with its
			// caveats (a city's state, figures for the US only).
			plain := *req
			plain.Options = map[string]string{}
			return e.askOne(ctx, &plain, lib, "salary in "+text)
		} else if q := lib.analyse(ctx, text+" salary"); len(q.scope.occupations) > 0 && len(q.careers) == 0 && occupationNamed(lib, q.scope.occupations[0]) {
			// "/salary teacher": an occupation no guide covers.
			return e.noGuideFor(lib, q), nil
		} else {
			return nil, bot.Errorf(bot.EINVALID, "I don't recognise %q as a US state. Use a two-letter code like CA or a name like California.", bot.Clip(stateOpt, 40))
		}
	}
	g, err := e.guideFor(lib, careerOpt)
	if errors.Is(err, errNeedCareer) {
		// "/salary CA" among a few guides: every career's figure, ranked,
		// as for "what's the salary in California?".
		text := "salary"
		if haveState {
			text += " in " + st.Name
		}
		if a := e.careersTable(lib, lib.analyse(ctx, text)); a != nil {
			return a, nil
		}
		opts := map[string]string{}
		if haveState {
			opts["state"] = st.Code
		}
		return e.chooseCareer(lib, "salary", opts), nil
	}
	if err != nil && haveState && len(strings.Fields(careerOpt)) > 1 {
		// "/salary wa how many ppl employed there": the words after the
		// state are a question, not a career's name.
		plain := *req
		plain.Options = map[string]string{}
		return e.askOne(ctx, &plain, lib, "salary in "+st.Name+" "+careerOpt)
	}
	if err != nil {
		return nil, err
	}
	if haveState {
		return stateSalary(e, g, st), nil
	}
	return nationalSalary(e, g, true), nil
}

// readsAsSalary reports whether the words typed after /salary name a
// career, a US state or city, or a place abroad when read as a question.
func (e *Engine) readsAsSalary(ctx context.Context, lib *Library, text string) bool {
	q := lib.analyse(ctx, "salary in "+text)
	return len(q.careers) > 0 || len(q.states) > 0 || q.scope.foreign != ""
}

func nationalSalary(e *Engine, g *bot.Guide, table bool) *bot.Answer {
	s := g.Salary
	a := &bot.Answer{Answered: true, Career: g.Slug, Title: g.Title + " salary (US)", Source: dataSource(g, "Salary"), Kind: "salary"}
	if s.Median == 0 && s.Low == 0 {
		a.Answered = false
		a.Body = fmt.Sprintf("The %s guide has no salary figures.", g.Title)
		return a
	}
	body := fmt.Sprintf("The national median salary for %s is %s a year", article(g.Title), bot.Money(s.Median))
	if r := salaryRange(s); r != "" {
		body += fmt.Sprintf("; pay ranges from %s", r)
	}
	if s.Year > 0 {
		body += fmt.Sprintf(" (%s, %d)", dataName(g), s.Year)
	}
	body += "."
	if s.Note != "" {
		body += " " + s.Note
	}
	a.Body = body
	a.Fields = append(a.Fields, bot.Field{Label: "National median", Value: bot.Money(s.Median), Inline: true})
	if r := salaryRange(s); r != "" {
		a.Fields = append(a.Fields, bot.Field{Label: "Range", Value: r, Inline: true})
	}
	if table && len(g.States) > 0 {
		for _, row := range g.States {
			a.Bullets = append(a.Bullets, stateLine(row))
		}
		a.Fields = append(a.Fields, bot.Field{Label: "States in the guide", Value: strconv.Itoa(len(g.States)), Inline: true})
	}
	a.FollowUps = e.followUps(g, "", "outlook", "path", "certs")
	if len(g.States) > 0 {
		a.FollowUps = append([]bot.FollowUp{{Label: "Top-paying state", Command: "salary", Options: withCareer(e, g, "state", g.States[0].Code)}}, a.FollowUps...)
	}
	return a
}

func withCareer(e *Engine, g *bot.Guide, k, v string) map[string]string {
	m := map[string]string{k: v}
	if len(e.Library().Guides) > 1 {
		m["career"] = g.Slug
	}
	return m
}

func dataName(g *bot.Guide) string {
	if g.Source.Data != "" {
		d := g.Source.Data
		depth := 0
		for i, r := range d {
			switch r {
			case '(':
				depth++
			case ')':
				depth--
			case ',':
				if depth == 0 && i > 0 {
					return d[:i] // "BLS OES, Computer and …": the name before its details (not a comma inside brackets)
				}
			}
		}
		return d
	}
	return g.Source.Publisher
}

func stateLine(row bot.StateSalary) string {
	return fmt.Sprintf("%s (%s): median %s, %s employed, %s vs national", bot.StateName(row.Code), row.Code,
		bot.Money(row.Median), bot.Thousands(row.Employed), pct(row.VsNationalPct))
}

// stateSalary answers with a guide's salary in a state. Like a section's
// answer it depends only on the guide, the state and whether the engine
// serves more than one guide: it is worked out once and kept
// (stateAnswers, sectionmemo.go); each caller gets its own copy.
func stateSalary(e *Engine, g *bot.Guide, st bot.USState) *bot.Answer {
	return e.stateAnswers.of(e, g, st)
}

// buildStateSalary is stateSalary worked out.
func buildStateSalary(e *Engine, g *bot.Guide, st bot.USState) *bot.Answer {
	row := g.State(st.Code)
	if row == nil {
		a := nationalSalary(e, g, false)
		a.Title = fmt.Sprintf("%s salary: no figure for %s", g.Title, st.Name)
		var codes []string
		for _, r := range g.States {
			codes = append(codes, r.Code)
		}
		a.Note = fmt.Sprintf("The %s guide doesn't have a salary figure for %s (%s), so here are the national figures.", g.Title, st.Name, st.Code)
		if len(codes) > 0 {
			a.Note += " It has state figures for " + strings.Join(codes, ", ") + "."
		}
		return a
	}
	a := &bot.Answer{Answered: true, Career: g.Slug, Title: fmt.Sprintf("%s salary in %s", g.Title, st.Name), Source: dataSource(g, "Salary by state"),
		Kind: "salary", State: st.Code}
	dir := "above"
	if row.VsNationalPct < 0 {
		dir = "below"
	}
	a.Body = fmt.Sprintf("In %s (%s) the median salary for %s is %s, %s %s the national median of %s. About %s are employed there.",
		st.Name, st.Code, article(g.Title), bot.Money(row.Median), strings.TrimPrefix(pct(abs(row.VsNationalPct)), "+"), dir,
		bot.Money(g.Salary.Median), bot.Thousands(row.Employed))
	a.Fields = []bot.Field{
		{Label: "Median in " + st.Code, Value: bot.Money(row.Median), Inline: true},
		{Label: "Employed", Value: bot.Thousands(row.Employed), Inline: true},
		{Label: "Vs national", Value: pct(row.VsNationalPct), Inline: true},
		{Label: "National median", Value: bot.Money(g.Salary.Median), Inline: true},
	}
	a.FollowUps = append([]bot.FollowUp{{Label: "All states", Command: "salary", Options: careerOnly(e, g)}}, e.followUps(g, "", "outlook", "certs")...)
	return a
}

func careerOnly(e *Engine, g *bot.Guide) map[string]string {
	if len(e.Library().Guides) > 1 {
		return map[string]string{"career": g.Slug}
	}
	return nil
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// ---- topic commands ----

func (e *Engine) topic(ctx context.Context, req *bot.Request, kind string) (*bot.Answer, error) {
	g, err := e.guideFor(e.lib(ctx), req.Option("career"))
	if errors.Is(err, errNeedCareer) {
		name, _ := topicByKind(kind)
		return e.chooseCareer(e.lib(ctx), name, nil), nil
	}
	if err != nil {
		return nil, err
	}
	if kind == bot.KindOutlook {
		return outlookAnswer(e, g), nil
	}
	return e.sectionAnswer(g, kind)
}

func (e *Engine) sectionAnswer(g *bot.Guide, kind string) (*bot.Answer, error) {
	s := g.Section(kind)
	if s == nil && kind == bot.KindCerts && len(g.Certifications) > 0 {
		return certsFromFacts(e, g), nil
	}
	if s == nil {
		name, _ := topicByKind(kind)
		return &bot.Answer{Answered: false, Career: g.Slug,
			Body:      fmt.Sprintf("The %s guide has no section on that (%s). Try /help for what it covers.", g.Title, name),
			FollowUps: e.followUps(g, name, "salary", "path", "skills")}, nil
	}
	return e.answerSection(g, s), nil
}

// certsFromFacts answers /certs for a guide whose certifications are only
// in its front matter.
func certsFromFacts(e *Engine, g *bot.Guide) *bot.Answer {
	a := &bot.Answer{Answered: true, Career: g.Slug, Title: "Certifications · " + g.Title, Source: source(g, "Certifications"),
		Body: fmt.Sprintf("The %s guide lists these certifications:", g.Title)}
	for _, c := range g.Certifications {
		a.Bullets = append(a.Bullets, certLine(c))
	}
	a.Kind, a.Items = bot.KindCerts, certItems(e, g)
	a.AddField("Required?", g.Certification, false)
	a.FollowUps = e.followUps(g, "certs", "salary", "path", "skills")
	return a
}

// certItems are the guide's certifications as follow-ups, for "the second
// one" (kept per guide: see certItemsMemo).
func certItems(e *Engine, g *bot.Guide) []bot.FollowUp { return e.certItemsMemo.of(g) }

// certItemsOf works out certItems.
func certItemsOf(g *bot.Guide) []bot.FollowUp {
	var out []bot.FollowUp
	for _, c := range g.Certifications {
		out = append(out, bot.FollowUp{Label: c.Name, Command: "ask", Options: map[string]string{"career": g.Slug, "question": "what does the " + c.Name + " certification cost"}})
	}
	return out
}

// certLine is one certification with its price and what it covers.
func certLine(c bot.Cert) string {
	line := c.Name
	if c.Price > 0 {
		line += " (" + bot.Money(c.Price) + ")"
	}
	if c.About != "" {
		line += ": " + c.About
	}
	return line
}

// answerSection answers with a guide's section. The answer depends only
// on the guide, the section and whether the engine serves more than one
// guide (follow-ups then name the career), so it is worked out once and
// kept (sectionAnswers); each caller gets its own copy of it.
func (e *Engine) answerSection(g *bot.Guide, s *bot.Section) *bot.Answer {
	return e.sectionAnswers.of(e, g, s)
}

// buildSectionAnswer is answerSection worked out.
func (e *Engine) buildSectionAnswer(g *bot.Guide, s *bot.Section) *bot.Answer {
	a := &bot.Answer{Answered: true, Career: g.Slug, Title: s.Title + " · " + g.Title, Body: s.Body, Source: source(g, s.Title), Kind: s.Kind}
	if s.Kind == bot.KindSalary || s.Kind == bot.KindOutlook {
		a.Source = dataSource(g, s.Title)
	}
	switch s.Kind {
	case bot.KindCerts:
		if g.Certification != "" {
			a.Fields = append(a.Fields, bot.Field{Label: "Required?", Value: g.Certification})
		}
		a.Bullets = append(a.Bullets, e.certBullets.of(g, s)...) // certificates in the front matter only (certbullets.go)
		a.Items = certItems(e, g)
	case bot.KindPath:
		if g.TotalTime != "" {
			a.Fields = append(a.Fields, bot.Field{Label: "Total time", Value: g.TotalTime, Inline: true})
		}
		if g.Education != "" {
			a.Fields = append(a.Fields, bot.Field{Label: "Education", Value: g.Education})
		}
	case bot.KindOutlook:
		a.Fields = outlookFields(g)
	}
	for _, t := range keyTakeaways(g, s.Kind) {
		a.Fields = append(a.Fields, bot.Field{Label: "Key takeaway", Value: t})
	}
	name, _ := topicByKind(s.Kind)
	a.FollowUps = e.followUps(g, name, "salary", "certs", "path", "skills", "interview")
	if len(a.FollowUps) > 4 {
		a.FollowUps = a.FollowUps[:4]
	}
	return a
}

// keyTakeaways are the lines of a guide's key takeaways that speak of a
// section's kind by a word of it ("You cannot do without solid Python,
// deep learning frameworks (PyTorch/TensorFlow) … skills." for the
// skills), given with that section: the guide's own summary of it. None
// for the figures' sections, which say their figures themselves, and no
// line of pay.
func keyTakeaways(g *bot.Guide, kind string) []string {
	switch kind {
	case bot.KindSalary, bot.KindOutlook, bot.KindTakeaways, bot.KindOverview:
		return nil
	}
	t := g.Section(bot.KindTakeaways)
	m, err := loadModel()
	if t == nil || err != nil {
		return nil
	}
	var out []string
	for _, line := range strings.Split(t.Body, "\n") {
		item, ok := strings.CutPrefix(strings.TrimSpace(line), "- ")
		if !ok || strings.Contains(item, "$") {
			continue // (a line of pay belongs to the pay: "Pay runs from $120,000 … with experience")
		}
		ws := words(item)
		if slices.ContainsFunc(ws, func(w string) bool { return m.index[w][kind] && !m.weak[w] }) &&
			!slices.ContainsFunc(ws, func(w string) bool { return m.index[w][bot.KindSalary] && !m.weak[w] }) {
			out = append(out, item)
		}
	}
	return out
}

func outlookFields(g *bot.Guide) []bot.Field {
	var f []bot.Field
	o := g.Outlook
	if o.GrowthPct != 0 {
		v := pct(o.GrowthPct)
		if o.Period != "" {
			v += " over " + o.Period
		}
		f = append(f, bot.Field{Label: "Job growth", Value: v, Inline: true})
	}
	if o.AnnualOpenings > 0 {
		f = append(f, bot.Field{Label: "Openings a year", Value: bot.Thousands(o.AnnualOpenings), Inline: true})
	}
	if g.Salary.Median > 0 {
		f = append(f, bot.Field{Label: "Median salary", Value: bot.Money(g.Salary.Median), Inline: true})
	}
	return f
}

func outlookAnswer(e *Engine, g *bot.Guide) *bot.Answer {
	if s := g.Section(bot.KindOutlook); s != nil {
		return e.answerSection(g, s)
	}
	f := outlookFields(g)
	if len(f) == 0 {
		return &bot.Answer{Answered: false, Career: g.Slug, Body: fmt.Sprintf("The %s guide has no outlook figures.", g.Title)}
	}
	return &bot.Answer{Answered: true, Career: g.Slug, Title: "Job outlook · " + g.Title, Fields: f, Source: dataSource(g, "Job outlook"), Kind: bot.KindOutlook,
		Body:      fmt.Sprintf("Outlook for %s jobs in the US.", strings.ToLower(g.Title)),
		FollowUps: e.followUps(g, "outlook", "salary", "path")}
}

// ---- /careers and /compare ----

func (e *Engine) careers(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
	lib := e.lib(ctx)
	a := &bot.Answer{Answered: true, Title: fmt.Sprintf("Career guides (%d)", len(lib.Guides))}
	for i, g := range lib.Guides {
		if i == 50 {
			a.Bullets = append(a.Bullets, fmt.Sprintf("… and %d more: ask about any career by name", len(lib.Guides)-50))
			break
		}
		line := "**" + g.Title + "**"
		if g.Summary != "" {
			line += ": " + g.Summary
		}
		a.Bullets = append(a.Bullets, line)
	}
	a.Body = "Ask about any of these by name, e.g. /salary CA career:" + lib.Guides[0].Slug
	if len(lib.Guides) == 1 {
		a.Career = lib.Guides[0].Slug // the one career the list names
		a.Body = "Ask me anything about it: /salary CA, /certs, or a question in your own words."
		a.FollowUps = e.followUps(lib.Guides[0], "", "salary", "path", "certs")
	}
	return a, nil
}

func (e *Engine) compare(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
	lib := e.lib(ctx)
	second, rest, _ := strings.Cut(strings.TrimSpace(req.Option("second")), " ")
	s1, ok1 := bot.LookupState(req.Option("first"))
	s2, ok2 := bot.LookupState(second)
	if ok1 && ok2 && s1.Code != s2.Code {
		// "/compare WA MA", "/compare OR NJ orbital-chef": two states for one
		// career (named after them, the only guide or the default), side by
		// side.
		var g *bot.Guide
		switch {
		case strings.TrimSpace(rest) != "":
			var err error
			if g, err = lib.ResolveCareer(rest); err != nil {
				return nil, err
			}
		case len(lib.Guides) == 1:
			g = lib.Guides[0]
		default:
			g, _ = lib.Guide(e.defaultCareer)
		}
		if g == nil {
			return nil, bot.Errorf(bot.EINVALID, "Which career? Name one to compare %s and %s, e.g. /compare %s %s %s.",
				s1.Code, s2.Code, s1.Code, s2.Code, lib.Guides[0].Slug)
		}
		return statesAnswer(e, g, []bot.USState{s1, s2}, false, false, false), nil
	}
	if a, b := lib.twoCareers(req.Option("first") + " " + req.Option("second")); a != nil && b != nil {
		// "/compare orbital chef dream cartographer": two names of several
		// words each, typed without quotes.
		return compareAnswer(e, a, b), nil
	}
	g1, err := lib.ResolveCareer(req.Option("first"))
	if err != nil {
		return nil, err
	}
	g2, err := lib.ResolveCareer(req.Option("second"))
	if err != nil {
		// "/compare orbital-chef dream-cartographer. 38, ex-Navy cook …":
		// the second name, then more words typed after it.
		if g2 = lib.leadingCareer(req.Option("second")); g2 == nil {
			return nil, err
		}
	}
	return compareAnswer(e, g1, g2), nil
}

func compareAnswer(e *Engine, g1, g2 *bot.Guide, states ...bot.USState) *bot.Answer {
	if g1 == g2 {
		return &bot.Answer{Answered: false, Body: fmt.Sprintf("Both names point to the %s guide; name two different careers to compare.", g1.Title)}
	}
	a := &bot.Answer{Answered: true, Title: g1.Title + " vs " + g2.Title, Career: g1.Slug,
		Body: compareLead}
	if len(states) == 1 {
		a.Title += " in " + states[0].Name
		a.Body = compareInState(g1, g2, states[0]) + "\n\n" + a.Body
	} else if len(states) > 1 {
		// "TX for qubit gardening vs TX for zero-g cooking — pay? and FL
		// and OR": each state either guide's table holds, compared
		var lines, names, neither []string
		for _, st := range states {
			names = append(names, st.Name)
			if g1.State(st.Code) == nil && g2.State(st.Code) == nil {
				neither = append(neither, st.Name)
				continue
			}
			lines = append(lines, compareInState(g1, g2, st))
		}
		if len(lines) > 0 {
			if len(neither) > 0 {
				lines = append(lines, fmt.Sprintf("Neither guide has figures for %s.", joinAnd(neither)))
			}
			a.Title += " in " + joinAnd(names)
			a.Body = strings.Join(lines, "\n") + "\n\n" + a.Body
		}
	}
	row := func(label string, v1, v2 string) {
		if v1 != "" && v2 != "" {
			a.Fields = append(a.Fields, bot.Field{Label: label, Value: g1.Title + ": " + v1 + "\n" + g2.Title + ": " + v2})
		}
	}
	money := func(n int) string {
		if n == 0 {
			return ""
		}
		return bot.Money(n)
	}
	var r1, r2 *bot.StateSalary
	if len(states) == 1 {
		r1, r2 = g1.State(states[0].Code), g2.State(states[0].Code)
	}
	if r1 != nil && r2 != nil {
		// compared in one state: that state's figures, not the national
		// ones beside them
		row("Median in "+states[0].Code, money(r1.Median), money(r2.Median))
		row("Employed in "+states[0].Code, bot.Thousands(r1.Employed), bot.Thousands(r2.Employed))
	} else {
		row("Median salary", money(g1.Salary.Median), money(g2.Salary.Median))
		row("Salary range", salaryRange(g1.Salary), salaryRange(g2.Salary))
	}
	growth := func(g *bot.Guide) string {
		if g.Outlook.GrowthPct == 0 {
			return ""
		}
		return pct(g.Outlook.GrowthPct)
	}
	row("Job growth", growth(g1), growth(g2))
	openings := func(g *bot.Guide) string {
		if g.Outlook.AnnualOpenings == 0 {
			return ""
		}
		return bot.Thousands(g.Outlook.AnnualOpenings)
	}
	row("Openings a year", openings(g1), openings(g2))
	row("Education", g1.EducationLevel, g2.EducationLevel)
	row("Time to get there", g1.TotalTime, g2.TotalTime)
	row("Certification", g1.Certification, g2.Certification)
	row("License", g1.License, g2.License)
	if len(a.Fields) == 0 {
		a.Answered = false
		a.Body = fmt.Sprintf("The %s and %s guides share no facts I can set side by side.", g1.Title, g2.Title)
	}
	a.Source = &bot.Source{GuideTitle: g1.Title + " and " + g2.Title, Publisher: publishers(g1, g2)}
	a.FollowUps = []bot.FollowUp{
		{Label: g1.Title + " salary", Command: "salary", Options: map[string]string{"career": g1.Slug}},
		{Label: g2.Title + " salary", Command: "salary", Options: map[string]string{"career": g2.Slug}},
	}
	return a
}

// compareLead opens a comparison's side-by-side table.
const compareLead = "Key facts side by side, where both guides have them."

// compareRows are the side-by-side rows that answer each point a
// comparison may ask.
var compareRows = map[string][]string{
	"salary":      {"Median salary", "Salary range"},
	"outlook":     {"Job growth", "Openings a year"},
	"education":   {"Education", "Time to get there"},
	"path":        {"Time to get there", "Education"},
	bot.KindCerts: {"Certification"},
	"license":     {"License"},
}

// focusCompare keeps, of a comparison's side-by-side rows, those of the
// points the question asks ("which is quicker to get into?": the time to
// get there), and offers the whole table as a follow-up; a question that
// asks no one point keeps every row.
func focusCompare(a *bot.Answer, q *question, g1, g2 *bot.Guide) {
	if !a.Answered || len(a.Fields) == 0 {
		return
	}
	keep := map[string]bool{}
	asked := false
	for point, rows := range compareRows {
		if q.has(point) {
			asked = true
			for _, r := range rows {
				keep[r] = true
			}
		}
	}
	if q.has("salary") {
		for _, f := range a.Fields {
			if strings.HasPrefix(f.Label, "Median in ") || strings.HasPrefix(f.Label, "Employed in ") {
				keep[f.Label] = true // (a comparison in one state)
			}
		}
	}
	if durationQuestion(q) || hasAny(q, "training", "schooling") {
		asked = true
		keep["Time to get there"] = true
	}
	if !asked {
		return
	}
	var fields []bot.Field
	for _, f := range a.Fields {
		if keep[f.Label] {
			fields = append(fields, f)
		}
	}
	if len(fields) == len(a.Fields) {
		return
	}
	a.Fields = fields
	a.Body = strings.TrimSpace(strings.Replace(a.Body, compareLead, "", 1))
	a.FollowUps = append([]bot.FollowUp{{Label: "All facts side by side", Command: "compare", Options: map[string]string{"first": g1.Slug, "second": g2.Slug}}}, a.FollowUps...)
}

// compareInState compares two careers' pay in one state, from the state
// tables (national figures where a guide has no row, said so).
func compareInState(g1, g2 *bot.Guide, st bot.USState) string {
	pay := func(g *bot.Guide) (int, string) {
		if r := g.State(st.Code); r != nil {
			return r.Median, fmt.Sprintf("%s: median %s in %s (%s employed there)", g.Title, bot.Money(r.Median), st.Code, bot.Thousands(r.Employed))
		}
		if g.Salary.Median == 0 {
			return 0, fmt.Sprintf("%s: no salary figures", g.Title)
		}
		return 0, fmt.Sprintf("%s: no figure for %s; national median %s", g.Title, st.Name, bot.Money(g.Salary.Median))
	}
	p1, s1 := pay(g1)
	p2, s2 := pay(g2)
	out := s1 + ". " + s2 + "."
	switch {
	case p1 > 0 && p2 > 0 && p1 > p2:
		out += fmt.Sprintf(" In %s, %s pays more, by %s (%s).", st.Name, g1.Title, bot.Money(p1-p2), percentOf(p1-p2, p2))
	case p1 > 0 && p2 > 0 && p2 > p1:
		out += fmt.Sprintf(" In %s, %s pays more, by %s (%s).", st.Name, g2.Title, bot.Money(p2-p1), percentOf(p2-p1, p1))
	}
	return out
}

func publishers(gs ...*bot.Guide) string {
	var ps []string
	seen := map[string]bool{}
	for _, g := range gs {
		if p := g.Source.Publisher; p != "" && !seen[p] {
			seen[p] = true
			ps = append(ps, p)
		}
	}
	return strings.Join(ps, ", ")
}

// ---- /help ----

func (e *Engine) help(lib *Library, reg *bot.Registry) *bot.Answer {
	a := &bot.Answer{Answered: true, Title: "careerbot: career answers from the guides"}
	var titles []string
	for i, g := range lib.Guides {
		if i == 5 {
			titles = append(titles, fmt.Sprintf("%d more (/careers)", len(lib.Guides)-5))
			break
		}
		titles = append(titles, g.Title)
	}
	a.Body = "I answer questions about: " + strings.Join(titles, ", ") + ". Use a command or just ask in your own words, e.g. \"what certifications help?\" or \"salary in Texas\"."
	for _, c := range reg.Commands() {
		a.Bullets = append(a.Bullets, fmt.Sprintf("%s: %s", c.Usage(), c.Description))
	}
	a.FollowUps = []bot.FollowUp{{Label: "Salary by state", Command: "salary"}, {Label: "Certifications", Command: "certs"}, {Label: "How to get there", Command: "path"}}
	return a
}

// ---- autocomplete ----

// CompleteState suggests states by code or name: prefix matches first, then
// substring matches; states the guides have figures for come first.
func (e *Engine) CompleteState(ctx context.Context, typed string, limit int) []bot.Choice {
	lib := e.acquire()
	defer lib.release()
	inGuides := map[string]bool{}
	for _, g := range lib.Guides {
		for _, r := range g.States {
			inGuides[r.Code] = true
		}
		if len(inGuides) >= len(bot.USStates) {
			break
		}
	}
	t := strings.ToLower(strings.TrimSpace(typed))
	type scored struct {
		st    bot.USState
		score int
	}
	var out []scored
	for _, st := range bot.USStates {
		name, code := strings.ToLower(st.Name), strings.ToLower(st.Code)
		score := -1
		switch {
		case t == "":
			score = 1
		case code == t:
			score = 4
		case strings.HasPrefix(name, t):
			score = 3
		case strings.HasPrefix(code, t):
			score = 2
		case strings.Contains(name, t):
			score = 1
		}
		if score < 0 {
			continue
		}
		if inGuides[st.Code] {
			score += 10
		}
		out = append(out, scored{st, score})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	var ch []bot.Choice
	for _, s := range out {
		if len(ch) == limit {
			break
		}
		ch = append(ch, bot.Choice{Name: s.st.Name + " (" + s.st.Code + ")", Value: s.st.Code})
	}
	return ch
}

// CompleteCareer suggests guides by title, slug or alias: prefix matches
// first, then substring matches.
func (e *Engine) CompleteCareer(ctx context.Context, typed string, limit int) []bot.Choice {
	lib := e.acquire()
	defer lib.release()
	t := bot.NormalizeName(typed)
	var pre, sub []bot.Choice
	for _, g := range lib.Guides {
		best := -1
		for _, n := range append([]string{bot.NormalizeName(g.Title), g.Slug}, normalizeAll(g.Aliases)...) {
			switch {
			case t == "" || strings.HasPrefix(n, t):
				best = max(best, 2)
			case strings.Contains(n, t):
				best = max(best, 1)
			}
		}
		c := bot.Choice{Name: bot.Clip(g.Title, 100), Value: g.Slug}
		if best == 2 {
			pre = append(pre, c)
		} else if best == 1 {
			sub = append(sub, c)
		}
		if len(pre) >= limit {
			break
		}
	}
	out := append(pre, sub...)
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func normalizeAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = bot.NormalizeName(s)
	}
	return out
}

// article puts "a" or "an" before a lowercased title: "an orbital chef".
func article(title string) string {
	t := strings.ToLower(title)
	if t != "" && strings.ContainsRune("aeiou", rune(t[0])) {
		return "an " + t
	}
	return "a " + t
}
