package engine

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// A member who takes back the question they typed and asks another in the
// same message ("how much do ML engineers make? wait sorry wrong question,
// I meant: how much do dental hygienists make in Ohio", "how often does
// resupply come for orbital cooks? hmm actually, how many crew do they
// cook for") wants the last question answered, not both. corrections.go
// handles a state or career swapped inside one question ("ML pay in NY? no
// wait, Washington"); this is the whole question replaced.

// retractRE finds a cue that takes back what was asked, right after the
// end of a question or clause, after any interjection ("? oh wait",
// "... actually never mind that", ", nah scratch that").
var retractRE = regexp.MustCompile(`(?i)(?:[?!.…,;—–]|\s-)\s*(?:(?:oh|hmm+|lol|eh|nah|ok|okay|ah|ugh|no|um+|uh|hm+)\b[\s,.!]*)*\b(?:no wait|wait|oops|whoops|scratch that|never ?mind|nvm|actually|i meant|correction|forget that|ignore that)\b`)

// retractCued reports whether text has a word retractRE's cues start
// with, in any case, before the regexp is run.
func retractCued(text string) bool {
	for i := range len(text) {
		for _, cue := range [...]string{"wait", "oops", "whoops", "scratch", "never", "nvm", "actually", "meant", "correction", "forget", "ignore"} {
			if hasFoldASCII(text[i:], cue) {
				return true
			}
		}
	}
	return false
}

// retractFillerRE is what may follow the cue before the new question
// starts: more cue words, "wrong question", "I meant:", "real q:".
var retractFillerRE = regexp.MustCompile(`(?i)^(?:[\s,:;.!…—–-]+|(?:sorry|wrong question|i meant|i mean|meant|actually|wait|oops|ok|okay|so|hmm+|lol|real q(?:uestion)?|never ?mind(?: that)?|scratch that|forget that|ignore that|instead)\b)+`)

// retraction is what a message that takes its question back asks: the
// question to answer, and the career it is asked of when the question
// names none of its own.
type retraction struct {
	asked  string
	career *bot.Guide
}

// retracted reads a message whose question is taken back and replaced:
// the last question, with the first one's career when it names none and
// asks a topic of its own. ok is false when the message has no such cue,
// when what follows the cue adds to the question ("sorry, and NY too?"),
// only narrows it or swaps a state or career in it (corrections.go reads
// those), or when the first part asked nothing. (Reading a state swap
// here as the first question of the new state gained six tuning questions
// but lost two of the held-out set written in this voice: dropped.)
func (l *Library) retracted(ctx context.Context, text string) (r retraction, ok bool) {
	if !retractCued(text) {
		return r, false // (most messages: no regexp run)
	}
	locs := retractRE.FindAllStringIndex(text, -1)
	if locs == nil {
		return r, false
	}
	loc := locs[len(locs)-1]
	rest := strings.TrimSpace(retractFillerRE.ReplaceAllString(text[loc[1]:], ""))
	rw := words(rest)
	if len(rw) < 2 || slices.ContainsFunc(rw[:min(3, len(rw))], func(w string) bool { return addsOn[w] && w != "or" }) {
		return r, false // ("… sorry, and NY too?": the question grows, it is not replaced)
	}
	before := text[:loc[0]+1]
	bq := l.analyse(ctx, before)
	if !strings.ContainsAny(before, "?…") && !strings.Contains(before, "...") && bq.intentCount() == 0 {
		return r, false // (no question typed before the cue: "Long day. Actually, …")
	}
	rq := l.analyse(ctx, rest)
	if len(rq.careers) > 0 || len(rq.scope.occupations) > 0 {
		if rq.intentCount() == 0 {
			return r, false // (a career swapped: corrections.go reads those)
		}
		return retraction{asked: rest}, true
	}
	if len(bq.scope.occupations) > 0 {
		return r, false
	}
	topic, same := false, false
	for in, n := range rq.intents {
		same = same || n > 0 && bq.intents[in] > 0
		topic = topic || n > 0 && !narrowing[in] && bq.intents[in] == 0
	}
	if len(rq.states) > 0 || len(bq.careers) != 1 || same || !topic {
		// ("low end of ML eng pay... nvm, the top end": the same question,
		// narrowed; "most ML engineers in which state? no wait, the
		// fewest")
		return r, false
	}
	return retraction{asked: rest, career: bq.careers[0]}, true
}

// narrowing are the intents that narrow a question rather than ask one:
// a superlative, a place, a comparison.
var narrowing = setOf("most", "least", "state", "compare")

// signedTitleRE is a job title pasted in quotes at the end of a message,
// as a signature or a label of the asker's own job ("… what does the
// guide say about each — 'Research Engineer, Scaling (Contract)'", "…
// the median. title 'Econ Research Assistant (Temp)'", "… ML engineer?
// me: 'Operations Coordinator II - Logistics'"), after the end of a
// sentence or a dash, or after a word that labels it.
var signedTitleRE = regexp.MustCompile(`(?i)(?:[?.!]\s*|\s[—–-]+\s*|\s(?:(?:my |current |job )?title(?: is)?:?|me:|i'?m|i am|currently|fwiw:?)\s*)['"‘“]([^'"‘’“”?]{2,60})['"’”]\s*\)?\s*$`)

// dropSignedTitle cuts a quoted title signed at the end of a message
// (signedTitleRE), when three words or more are left before it: the
// asker's own job, not what is asked about.
func dropSignedTitle(text string) string {
	if !strings.ContainsAny(text, "'\"‘“") {
		return text
	}
	loc := signedTitleRE.FindStringIndex(text)
	if loc == nil {
		return text
	}
	rest := strings.TrimSpace(text[:loc[0]+1])
	rest = strings.TrimRight(rest, " —–-")
	if len(words(rest)) < 3 {
		return text
	}
	return rest
}
