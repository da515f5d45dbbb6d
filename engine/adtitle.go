package engine

import (
	"context"
	"strings"
)

// adTitle is the job a message opens with the way a job ad is headed, in
// capitals, before a dash or a colon and a question: "Clinical Data
// Coordinator — pay in Illinois?", "Culinary Lead, Offshore Platform —
// what's the pay?", "Paralegal (litigation) — how long does it take to
// get into?". The title is the job asked about, when no guide names it:
// no guide's career in it and no word of a guide's own jargon beside it
// (not "MLOps Engineer (contract) — which tools …", "Greenhouse
// Technician III, Superposition Beds (qubit trellis …) — median pay?").
// "" otherwise.
func (l *Library) adTitle(ctx context.Context, text string) string {
	if l.Searcher == nil {
		return ""
	}
	head, rest, ok := cutTitle(text)
	if !ok || !strings.ContainsAny(rest, "?") && !startsQuestion(strings.ToLower(firstField(rest))) {
		return ""
	}
	name := head
	if k := strings.IndexAny(name, ",("); k >= 0 {
		name = name[:k] // "Culinary Lead, Offshore Platform": the post, then where
	}
	fs := strings.Fields(name)
	if len(fs) == 0 || len(fs) > 5 {
		return ""
	}
	for _, f := range fs {
		if !capitalised(f) && f != "of" && f != "and" && f != "&" {
			return "" // a title is written in capitals ("Senior Data Analyst")
		}
	}
	ws := words(name)
	if len(ws) == 0 {
		return ""
	}
	last := ws[len(ws)-1]
	for len(ws) > 1 && romanLevel(last) {
		ws = ws[:len(ws)-1] // "Greenhouse Technician III"
		last = ws[len(ws)-1]
	}
	h := l.m.lex.Singular(last)
	if !(l.m.lex.Occupation(h) || l.m.lex.Person(h) || l.m.roles[h] || l.m.roles[last] || shortHeads[last] != "" || l.m.lex.CompoundOccupation(last) != "") {
		return "" // ("Machine Learning 101 — …": no post)
	}
	if q := l.analyse(ctx, name); len(q.careers) > 0 || l.namedCertGuide(q) != nil {
		return "" // a guide's career under an ad's wording: "ML Engineer, Autonomous Driving"
	}
	if q := l.analyse(ctx, rest); len(q.careers) > 0 {
		return "" // the asker's own post, then a question about a guide's career: "Data Analyst — how do I move into ML engineering?"
	}
	sole := map[int32]int{} // guide → words only it uses
	for _, w := range words(head) {
		if l.m.stop[w] || l.m.index[w] != nil || placeWord(l.m, w) || l.isCareerWord(w) {
			continue // (a career named beside the post: "Technical Recruiter, AI/ML hiring")
		}
		if !l.m.lex.Word(w) && l.knownTerm(w) {
			return "" // a guide's own jargon: "MLOps"
		}
		if g := l.terms.sole(w); len(l.Guides) > 1 && g >= 0 {
			if sole[g]++; sole[g] >= 2 {
				return "" // two words only one guide uses: that guide's work
			}
		}
	}
	return strings.Join(ws, " ")
}

// cutTitle splits a message at the first dash or colon within its first
// 100 bytes: the heading and what follows.
func cutTitle(text string) (head, rest string, ok bool) {
	t := strings.TrimSpace(text)
	opening := t[:min(len(t), 106)] // (a long message is not searched past its opening)
	best := -1
	sep := ""
	for _, s := range []string{" — ", " – ", " - ", ": ", "—", " -- "} {
		if k := strings.Index(opening, s); k > 0 && k <= 100 && (best < 0 || k < best) {
			best, sep = k, s
		}
	}
	if best < 0 {
		return "", "", false
	}
	return strings.TrimSpace(t[:best]), strings.TrimSpace(t[best+len(sep):]), true
}

// firstField is s's first whitespace-separated field, or "".
func firstField(s string) string {
	if f := leadFields(s, 1); len(f) > 0 {
		return f[0]
	}
	return ""
}

// romanLevel reports whether w is a job level in Roman numerals ("ii",
// "iii", "iv").
func romanLevel(w string) bool {
	switch w {
	case "i", "ii", "iii", "iv", "v":
		return true
	}
	return false
}
