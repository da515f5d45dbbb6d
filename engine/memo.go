package engine

import (
	"context"
	"maps"
	"slices"
)

// A message is read in pieces more than once while it is answered: the
// whole, each part, each part again when it is answered, the sentences
// that ask. analysisMemo keeps what one request has read, so the same
// text is analysed once per request; callers get a copy they may change.
type analysisMemo map[memoKey]*question

type memoKey struct {
	lib  *Library
	text string
}

type analysisMemoKey struct{}

// withAnalysisMemo gives ctx a memo of analysed texts for one request.
func withAnalysisMemo(ctx context.Context) context.Context {
	if _, ok := ctx.Value(analysisMemoKey{}).(analysisMemo); ok {
		return ctx
	}
	return context.WithValue(ctx, analysisMemoKey{}, analysisMemo{})
}

// analyse reads text once per request (see analysisMemo).
func (l *Library) analyse(ctx context.Context, text string) *question {
	memo, _ := ctx.Value(analysisMemoKey{}).(analysisMemo)
	if memo == nil {
		return l.read(ctx, text)
	}
	k := memoKey{l, text}
	q, ok := memo[k]
	if !ok {
		q = l.read(ctx, text)
		memo[k] = q
	}
	return q.copy()
}

// copy is a question a caller may change without changing q: maps are
// copied, slices clipped so that appending to one never writes into the
// other's array (no caller writes into a question's slices in place).
func (q *question) copy() *question {
	c := *q
	c.intents = maps.Clone(q.intents)
	c.idiom = maps.Clone(q.idiom)
	c.words = slices.Clip(q.words)
	c.careers = slices.Clip(q.careers)
	c.states = slices.Clip(q.states)
	c.taken = slices.Clip(q.taken)
	c.cased = slices.Clip(q.cased)
	c.certWord = slices.Clip(q.certWord)
	c.excluded = slices.Clip(q.excluded)
	c.scope.occupations = slices.Clip(q.scope.occupations)
	c.scope.generic = slices.Clip(q.scope.generic)
	return &c
}
