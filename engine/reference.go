package engine

import (
	"context"
	"regexp"
	"strings"
)

// formerLatterRE finds a reference to one of the jobs a message names
// before it: "the former", "the latter", "the first one", "the second
// job".
var formerLatterRE = regexp.MustCompile(`(?i)\bthe (?:(former|latter)(?: (?:one|ones|job|jobs|career|careers|option|field))?|(first|second|last) (?:one|ones|job|jobs|career|careers|option))\b`)

// mentionSplitRE cuts the words before a reference where one job's mention
// ends and the next one's begins.
var mentionSplitRE = regexp.MustCompile(`(?i)\s*(?:,|;|\.|\bbut\b|\band\b|\bor\b|\bvs\.?|\bversus\b|\bbetween\b|\bwhile\b|/)\s*`)

// referenceResolved rewrites the clause of a message that asks about "the
// former" or "the latter" (first, second, last) of the jobs named before
// it, with that job's name in the reference's place ("my sister is a
// nurse and I'm looking at ML engineering, what does the former pay in
// TX?" asks "what does nurse pay in TX?"); "" when the message has no
// such reference or the jobs before it are not two or more, one each.
func (l *Library) referenceResolved(ctx context.Context, text string) string {
	loc := formerLatterRE.FindStringSubmatchIndex(text)
	if loc == nil {
		return ""
	}
	before := text[:loc[0]]
	// the clause that asks: from the last separator before the reference
	cut := max(strings.LastIndexAny(before, ",;.?!:"), strings.LastIndex(before, " — "))
	if cut < 0 {
		return ""
	}
	if cw := words(text[cut+1 : loc[0]]); strings.Contains(before, "?") && !strings.Contains(text[loc[0]:], "?") && (len(cw) == 0 || !startsQuestion(cw[0])) {
		return "" // "…, who earns more? my wife does the first one": told after the question, which is asked whole
	}
	var names []string
	for _, chunk := range mentionSplitRE.Split(before[:cut+1], -1) {
		if len(words(chunk)) == 0 {
			continue
		}
		cq := l.analyse(ctx, chunk)
		switch {
		case len(cq.careers) == 1 && len(cq.scope.occupations) == 0:
			names = append(names, cq.careers[0].Title)
		case len(cq.careers) == 0 && len(cq.scope.occupations) == 1:
			names = append(names, cq.scope.occupations[0])
		case len(cq.careers)+len(cq.scope.occupations) > 1:
			return "" // two jobs in one piece: which is which is not told by order
		}
	}
	if len(names) < 2 {
		return ""
	}
	var name string
	which := ""
	if loc[2] >= 0 {
		which = text[loc[2]:loc[3]]
	} else {
		which = text[loc[4]:loc[5]]
	}
	switch strings.ToLower(which) {
	case "former", "first":
		name = names[0]
	case "second":
		name = names[1]
	default: // latter, last
		name = names[len(names)-1]
	}
	clause := strings.TrimSpace(text[cut+1:loc[0]]) + " " + name + text[loc[1]:]
	return strings.TrimSpace(strings.TrimLeft(clause, "—- "))
}
