package engine

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// DefaultConversationTTL is how long a conversation's subject is kept.
const DefaultConversationTTL = 30 * time.Minute

// memoryConversations keeps subjects in memory, bounded: when full, the
// subject that would expire soonest goes first.
type memoryConversations struct {
	subjects *bot.Expiring[bot.Subject]
	now      func() time.Time
}

// NewMemoryConversations returns an in-memory store of at most max
// conversations.
func NewMemoryConversations(max int) bot.Conversations {
	return &memoryConversations{subjects: bot.NewExpiring[bot.Subject](max), now: time.Now}
}

func (c *memoryConversations) Recall(_ context.Context, key string) (bot.Subject, bool) {
	return c.subjects.Get(key, c.now())
}

func (c *memoryConversations) Remember(_ context.Context, key string, s bot.Subject, ttl time.Duration) {
	c.subjects.Set(key, s, c.now(), ttl)
}

// withConversation reads a follow-up against the conversation's last
// subject before the handler runs, and remembers the new subject after.
func (e *Engine) withConversation(command string, h bot.Handler) bot.Handler {
	return func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
		if req.Conversation == "" || e.convs == nil {
			return h(ctx, req)
		}
		prev, had := e.convs.Recall(ctx, req.Conversation)
		var assumed string
		run := h // never reassign h: the closure serves every request
		if had {
			req, run, assumed = e.followUp(ctx, command, req, h, prev)
		}
		a, err := run(ctx, req)
		if err != nil || a == nil {
			return a, err
		}
		if assumed != "" && a.Answered {
			a.Assumed = assumed
			a.Note = strings.TrimSpace(assumed + " (from this conversation). " + a.Note)
		}
		if s, ok := subjectOf(command, req, a); ok {
			ttl := req.ConversationTTL
			if ttl <= 0 {
				ttl = e.convTTL
			}
			e.convs.Remember(ctx, req.Conversation, s, ttl)
		}
		return a, err
	}
}

// subjectOf is what an answer was about.
func subjectOf(command string, req *bot.Request, a *bot.Answer) (bot.Subject, bool) {
	if !a.Answered || a.Career == "" {
		return bot.Subject{}, false
	}
	s := bot.Subject{Career: a.Career, Command: command, State: a.State, Kind: a.Kind, List: a.Items}
	if len(s.List) == 0 {
		s.List = a.FollowUps // the buttons shown, numbered where there are none
	}
	if s.Command == "ask" && s.Kind != "" {
		if name, _ := topicByKind(s.Kind); name != "" {
			s.Command = name // "what certs help?" then "which is cheapest?"
		} else if s.Kind == "salary" || s.Kind == bot.KindOutlook {
			s.Command = s.Kind
		}
	}
	return s, true
}

// followUp completes a line that names only part of a question from the
// last subject: the career, the state, the command, or an item of the list
// the last answer showed. A line complete on its own is left alone.
func (e *Engine) followUp(ctx context.Context, command string, req *bot.Request, h bot.Handler, prev bot.Subject) (*bot.Request, bot.Handler, string) {
	lib := e.lib(ctx)
	g, ok := lib.Guide(prev.Career)
	if !ok {
		return req, h, ""
	}
	r := *req
	r.Options = map[string]string{}
	for k, v := range req.Options {
		r.Options[k] = v
	}
	if command != "ask" {
		// "/certs" after talking about a career: the same career.
		if r.Option("career") == "" && len(lib.Guides) > 1 && hasOption(e.reg, command, "career") {
			r.Options["career"] = g.Slug
			return &r, h, g.Title
		}
		return req, h, ""
	}
	text := strings.TrimSpace(r.Option("question"))
	if text == "" {
		text = strings.TrimSpace(r.Text)
	}
	q := lib.analyse(ctx, text)
	if len(q.careers) > 0 && (q.intentCount() > 0 || len(q.words) > 4) {
		return req, h, "" // complete on its own: names its career and asks something
	}
	short := len(q.words) <= 7
	// "the second one", "#2", "2": an item of the list the last answer showed.
	if k := pick(q); k > 0 && short && k <= len(prev.List) {
		f := prev.List[k-1]
		return e.asFollowUp(r, f), e.handlerFor(f.Command, h), g.Title + ", " + f.Label
	}
	// "more on that", "tell me more": the whole of the last section.
	if short && q.intentCount() == 0 && (hasAll(q, "more") || hasAny(q, "elaborate", "details", "expand")) && prev.Command != "ask" {
		f := bot.FollowUp{Command: prev.Command, Options: map[string]string{"career": g.Slug}}
		if prev.State != "" && prev.Command == "salary" {
			f.Options["state"] = prev.State
		}
		return e.asFollowUp(r, f), e.handlerFor(f.Command, h), g.Title
	}
	elliptic := short && q.intentCount() == 0 && len(q.scope.occupations) == 0
	switch {
	case elliptic && len(q.states) > 0 && len(q.careers) == 0:
		// "and in NY?", "what about Washington": the same career, that state.
		f := bot.FollowUp{Command: "salary", Options: map[string]string{"career": g.Slug, "state": q.states[0].Code}}
		return e.asFollowUp(r, f), e.handlerFor("salary", h), g.Title + ", " + q.states[0].Name
	case elliptic && len(q.careers) > 0 && prev.Command != "ask" && prev.Command != "":
		// "for data scientists?", "what about orbital chefs?": that career,
		// the same question.
		f := bot.FollowUp{Command: prev.Command, Options: map[string]string{"career": q.careers[0].Slug}}
		assumed := q.careers[0].Title
		if prev.State != "" && prev.Command == "salary" {
			f.Options["state"] = prev.State
			assumed += ", " + bot.StateName(prev.State)
		}
		return e.asFollowUp(r, f), e.handlerFor(f.Command, h), assumed
	case len(q.careers) == 0 && len(q.scope.occupations) == 0 && r.Option("career") == "":
		// "what about certs for that?", "which is cheapest?": the same career,
		// and the last topic when the line names none.
		r.Options["career"] = g.Slug
		if !q.hasSectionIntent() && prev.Kind != "" {
			r.Options[contextKindOption] = prev.Kind
		}
		if prev.State != "" && len(q.states) == 0 && (q.has("salary") || q.has("employed")) {
			r.Options["question"] = text + " in " + bot.StateName(prev.State)
			return &r, h, g.Title + ", " + bot.StateName(prev.State)
		}
		return &r, h, g.Title
	}
	return req, h, ""
}

// contextKindOption carries the last topic into a follow-up that names
// none ("which is cheapest?" after certifications).
const contextKindOption = "_context_kind"

// asFollowUp turns a follow-up into the request it stands for.
func (e *Engine) asFollowUp(r bot.Request, f bot.FollowUp) *bot.Request {
	r.Command = f.Command
	r.Options = map[string]string{}
	for k, v := range f.Options {
		r.Options[k] = v
	}
	r.Text = f.Line()
	return &r
}

// handlerFor returns the registered handler of a command, or h.
func (e *Engine) handlerFor(command string, h bot.Handler) bot.Handler {
	if raw, ok := e.raw[command]; ok {
		return raw // the library is already pinned; no second conversation pass
	}
	return h
}

func hasOption(reg *bot.Registry, command, opt string) bool {
	if reg == nil {
		return false
	}
	c, ok := reg.Lookup(command)
	if !ok {
		return false
	}
	for _, o := range c.Options {
		if o.Name == opt {
			return true
		}
	}
	return false
}

// pick reads "the second one", "#2", "2", "number 3" (0 when none).
func pick(q *question) int {
	ords := map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1}
	for _, w := range q.words {
		if n, ok := ords[w]; ok && n > 0 {
			return n
		}
		if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 10 && len(q.words) <= 3 {
			return n
		}
	}
	return 0
}

// hasSectionIntent reports whether a word points to a section kind.
func (q *question) hasSectionIntent() bool {
	for _, k := range q.m.routing {
		if q.intents[k] > 0 {
			return true
		}
	}
	return false
}

// intentCount is the number of intent words in the question.
func (q *question) intentCount() int {
	n := 0
	for _, c := range q.intents {
		n += c
	}
	return n
}
