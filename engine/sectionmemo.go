package engine

import (
	"slices"

	"github.com/careerbot-dev/careerbot/bot"
)

// sectionAnswers keeps, for the sections answered lately, the answer
// answerSection makes of each: its title, body, source, the facts and
// bullets of its kind and its follow-ups.
//
// Building it cost every such answer half a dozen allocations (the title,
// the source, the fields and bullets, the follow-ups and their labels'
// look-ups) though it depends only on the guide, the section and whether
// the engine serves more than one guide (follow-ups then carry the
// career), none of which a loaded library changes. Kept per Engine, at
// most boundedMapMax sections (starting afresh when full, like
// certBullets); an entry is used only for the same guide, the same
// section text, title and kind and the same number of guides (one or
// more). Each caller gets its own copy of the answer; the copies share
// its slices and source, clipped so that an append copies them: nothing
// writes to an answer's slices' elements or its source in place (cached
// answers share them the same way).
type sectionAnswers struct {
	m boundedMap[*bot.Section, *sectionAnswer]
}

type sectionAnswer struct {
	g                 *bot.Guide
	body, title, kind string
	multi             bool
	a                 bot.Answer
}

// of returns a copy of the answer buildSectionAnswer makes of g's
// section s.
func (c *sectionAnswers) of(e *Engine, g *bot.Guide, s *bot.Section) *bot.Answer {
	multi := len(e.Library().Guides) > 1 // what followUps reads
	if k, ok := c.m.load(s); ok && k.g == g && k.multi == multi && k.body == s.Body && k.title == s.Title && k.kind == s.Kind {
		a := k.a
		return &a
	}
	a := e.buildSectionAnswer(g, s)
	if len(e.Library().Guides) > 1 != multi {
		return a // the library was swapped meanwhile: not kept
	}
	c.m.store(s, &sectionAnswer{g: g, body: s.Body, title: s.Title, kind: s.Kind, multi: multi, a: keptCopy(a)})
	return a
}

// keptCopy clips a's slices, so that appending to them (in a or in any
// copy of it) copies them, and returns a copy of a to keep.
func keptCopy(a *bot.Answer) bot.Answer {
	a.Fields, a.Bullets, a.FollowUps, a.Items = slices.Clip(a.Fields), slices.Clip(a.Bullets), slices.Clip(a.FollowUps), slices.Clip(a.Items)
	return *a
}

// stateAnswers keeps, as sectionAnswers does, stateSalary's answers: a
// guide's salary in a state (its figures formatted into the title, body
// and four fields, a dozen allocations) or, for a state it has no figure
// for, its national figures with a note. An entry is used only for the
// same guide, state and one-or-more guides.
type stateAnswers struct {
	m boundedMap[stateKey, *stateAnswer]
}

type stateKey struct {
	g  *bot.Guide
	st bot.USState
}

type stateAnswer struct {
	multi bool
	a     bot.Answer
}

// of returns a copy of the answer buildStateSalary makes for g and st.
func (c *stateAnswers) of(e *Engine, g *bot.Guide, st bot.USState) *bot.Answer {
	multi := len(e.Library().Guides) > 1 // what followUps and careerOnly read
	key := stateKey{g, st}
	if k, ok := c.m.load(key); ok && k.multi == multi {
		a := k.a
		return &a
	}
	a := buildStateSalary(e, g, st)
	if len(e.Library().Guides) > 1 != multi {
		return a // the library was swapped meanwhile: not kept
	}
	c.m.store(key, &stateAnswer{multi: multi, a: keptCopy(a)})
	return a
}
