package engine

import (
	"context"
	"regexp"
	"slices"
	"strings"
)

// fragmentAsk words open a fragment that goes on with the question
// before it: "Mostly interested in pay and what skills …".
var fragmentAsk = setOf("mostly", "mainly", "especially", "particularly", "interested", "specifically")

// listedRE matches a numbered item in a sentence: "1) …", "2. …".
var listedRE = regexp.MustCompile(`(^|\s)[1-9][).]\s`)

// storyTold keeps, of a long message (400 characters and four sentences
// or more) that tells a life story before or around its questions, the
// sentences that ask, the ones that wish for work, and the ones that speak
// of a guide's career (its name, with several guides two words only one
// guide uses, or a guide's certificate), plus the asker's own place when
// the questions ask for figures and name none. The jobs, people and places
// of the rest are the story's ("my girlfriend, who's a kindergarten
// teacher", "my brother is a cop in Charlotte"), not what is asked. A
// sentence asks when asks says so, when it opens with a question word,
// lists questions ("1) do I need a master's 2) what language …") or says
// what the asker is most interested in ("Mostly interested in pay and …").
// A message whose questions point back into the story ("what's the outlook
// for my job?", "could she do it?") or name their own occupation is kept
// whole; so is one whose guide, named by its words, the sentences kept no
// longer name.
func (l *Library) storyTold(ctx context.Context, text string) string {
	if len(text) < 400 || !strings.Contains(text, "?") {
		return text
	}
	sents := sentencesOf(text)
	if len(sents) < 4 {
		return text
	}
	keep := make([]bool, len(sents))
	var asked, marked []string // the words of the sentences that ask, and of those ending with "?"
	askedN := 0
	for i, t := range sents {
		f := words(t)
		if len(f) > 0 && continuesAsk[f[0]] && !strings.HasSuffix(t, "?") && (i == 0 || !strings.HasSuffix(sents[i-1], "?")) {
			f = f[1:] // "At work, I spend …", "In my world, …": a story's sentence, unless it goes on with a question before it
		}
		if asks(t, f) || l.wishes(f) && l.wishedWork(ctx, t, f) || len(f) > 0 && (startsQuestion(f[0]) || whWord(f[0])) || len(f) > 0 && fragmentAsk[f[0]] || listedRE.MatchString(t) {
			keep[i] = true
			asked = append(asked, f...)
			askedN++
			if strings.HasSuffix(t, "?") {
				marked = append(marked, f...)
			}
		}
	}
	if askedN == 0 || askedN == len(sents) {
		return text
	}
	told := make([]bool, len(sents)) // the sentences that only tell the story, before the asker's place is kept
	dropped := 0
	for i, t := range sents {
		if keep[i] {
			continue
		}
		f := words(t)
		switch {
		case slices.ContainsFunc(f, l.isCareerWord):
			keep[i] = true // "I want to cook on an orbital station": the career
		case len(l.Guides) > 1 && l.namesOneGuide(dropStateWords(f)):
			keep[i] = true // "… mapping dreams …": one guide's own words
		case l.namesCert(f):
			keep[i] = true // "I failed the written part of the Microgravity Food Safety Certificate": what "it" is
		default:
			told[i] = true
			dropped++
		}
	}
	if dropped == 0 {
		return text // (most messages: read once, as sent)
	}
	aq := l.analyse(ctx, strings.Join(asked, " "))
	if len(aq.careers) == 0 && len(aq.scope.occupations) > 0 || storyPointed(marked, len(aq.careers) > 0) {
		return text // the questions name the work they ask about, or point into the story for it
	}
	if len(aq.states) == 0 && aq.scope.foreign == "" && (aq.has("salary") || aq.has("employed")) && !aq.has("most") && !aq.has("least") && !hasAny(aq, "state", "states") {
		for i, t := range sents {
			if told[i] && firstPerson(words(t)) && len(l.analyse(ctx, t).states) > 0 {
				keep[i] = true // "I live in Jersey City": where the figures are asked for
				dropped--
			}
		}
		if dropped == 0 {
			return text
		}
	}
	var b strings.Builder
	for i, t := range sents {
		if keep[i] {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t)
		}
	}
	kept := b.String()
	if len(l.Guides) > 1 {
		if g := l.oneGuideNamed(dropStateWords(words(text))); g != nil && l.oneGuideNamed(dropStateWords(words(kept))) != g {
			// "… an interview coming up at a superposition greenhouse. My
			// aunt, a chef, says …": the story named the guide the
			// sentences kept no longer do
			return text
		}
	}
	return kept
}

// storyPointed reports whether the questions point back at someone or
// something of the story ("my job", "could she do it?", "for him", "those
// two states"); "we", "us" and "our" do only when the questions name no
// career ("what's the median for each of our careers, ML engineer and
// dream cartographer?" names its own).
func storyPointed(f []string, careerNamed bool) bool {
	for i, w := range f {
		switch w {
		case "he", "she", "him", "her", "his", "hers", "those", "these":
			return true
		case "we", "us", "our":
			if !careerNamed {
				return true
			}
		case "my":
			if i+1 < len(f) {
				switch f[i+1] {
				case "job", "work", "field", "pay", "salary", "career", "role", "trade", "profession", "current", "line", "industry", "kind":
					return true
				}
			}
		}
	}
	return false
}

// firstPerson reports whether a sentence tells of the asker ("I", "we").
func firstPerson(f []string) bool {
	for _, w := range f {
		switch w {
		case "i", "im", "we", "were", "ive", "my", "our":
			return true
		}
	}
	return false
}

// namesCert reports whether words name a guide's certificate by a pair of
// its words.
func (l *Library) namesCert(f []string) bool {
	for i := 0; i+1 < len(f); i++ {
		if l.certPairs[f[i]+" "+f[i+1]] != nil {
			return true
		}
	}
	return false
}

// wishedWork reports whether a sentence that wishes names the work wished
// for ("I want to make maps for video games", "I'd like to cook in
// orbit"), not only a wish of the story ("I'd love to prove him wrong").
func (l *Library) wishedWork(ctx context.Context, t string, f []string) bool {
	if len(l.Guides) > 1 && l.namesOneGuide(dropStateWords(f)) {
		return true
	}
	wq := l.analyse(ctx, t)
	return len(wq.careers) > 0 || len(wq.scope.occupations) > 0 || wq.scope.described
}
