package engine

import "github.com/careerbot-dev/careerbot/bot"

// stateWords keeps bot.LookupState's answer for single words findStates
// asks about: a word of six letters or more that is no English word (or is
// long enough to be a state's name misspelled) is compared with every
// state's name, one edit distance after another, on every question that
// has it ("certifications", "orchestration", "interview"). The answer
// depends on the word alone (the states never change).
var stateWords wordMemo[stateWord]

type stateWord struct {
	st bot.USState
	ok bool
}

// lookupStateWord is bot.LookupState(w), kept in stateWords.
func lookupStateWord(w string) (bot.USState, bool) {
	if r, ok := stateWords.get(w); ok {
		return r.st, r.ok
	}
	st, ok := bot.LookupState(w)
	stateWords.put(w, stateWord{st, ok})
	return st, ok
}
