package engine

import (
	"maps"
	"slices"
)

// intentList returns the intents of intentsOf(w) as a sorted list, kept
// by word in the model's intentLists (the intent table never changes once
// read). countIntents counts each intent of each word of every question:
// ranging over a word's set of intents, a map, cost more than the counting
// (and intentsOf looks a plural up twice). The list is shared: callers
// read it only.
func (m *model) intentList(w string) []string {
	if l, ok := m.intentLists.get(w); ok {
		return l
	}
	var l []string
	if in := m.intentsOf(w); len(in) > 0 {
		l = slices.Sorted(maps.Keys(in))
	}
	m.intentLists.put(w, l)
	return l
}
