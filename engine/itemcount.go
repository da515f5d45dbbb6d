package engine

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// A guide's lists, counted: "how many ML frameworks are there?", "how many
// portfolio ideas?", "how many steps?", "how many tool categories?", "total
// number of tools", "how many technical skills vs soft skills?". The count
// is computed from the guide's own lists (bullets under a heading, a
// labelled line of items, the parts of a section), never guessed, and the
// items come with it.

// countList is one list a guide holds, with the words that name it.
type countList struct {
	sec   *bot.Section
	title string          // shown: "ML frameworks", "Common meetings"
	names map[string]bool // stems of the words that name the list
	items []string        // what is listed, as shown
	parts []countList     // a section's lists, when the count is of all of them
	group bool            // the parts themselves are counted ("tool categories")
}

// countGroups count a section's parts rather than what each part lists.
var countGroups = setOf("category", "categories", "kind", "kinds", "type", "types", "sort", "sorts", "group", "groups", "section", "sections", "subsection", "subsections", "area", "areas")

// countFiller are words of a counted phrase that name no list ("how many
// different pieces of …", "how many separate items").
var countFiller = setOf("different", "separate", "distinct", "total", "piece", "pieces", "item", "items", "thing", "things", "one", "ones", "entry", "entries", "bullet", "bullets", "point", "points", "main", "individual", "specific", "actual", "exactly", "overall", "whole", "listed", "named", "mentioned", "guide", "guides")

// countGeneric are heads a list's own words need not repeat ("how many
// system design questions": the list is "ML system design").
var countGeneric = setOf("question", "questions", "example", "examples", "option", "options", "idea", "ideas", "suggestion", "suggestions")

// countStops end a counted phrase.
var countStops = setOf("more", "than", "less", "fewer", "are", "is", "does", "do", "did", "have", "has", "can", "could", "should", "would", "will", "were", "was", "there", "for", "in", "per", "on", "to", "at", "from", "by", "with", "that", "which", "the", "a", "an", "exist", "listed", "named", "mentioned", "you", "i", "we", "they", "total", "altogether")

// countJoins join two counted phrases ("technical skills vs soft skills").
var countJoins = setOf("vs", "versus", "and", "or", "compared")

// notCounted heads are counted by the guide's figures, not its lists:
// people, jobs, places, money, time.
var notCounted = setOf("state", "states", "people", "person", "worker", "workers", "job", "jobs", "opening", "openings", "position", "positions", "role", "roles", "hire", "hires",
	"dollar", "dollars", "buck", "bucks", "percent", "percentage", "time", "times", "hour", "hours", "year", "years", "month", "months", "week", "weeks", "day", "days", "minute", "minutes",
	"employee", "employees", "employed", "engineer", "engineers", "city", "cities", "company", "companies", "round", "rounds", "credit", "credits", "k", "grand", "thousand")

// inlineList finds a labelled line of items ("**Common meetings:** a, b and c.").
var inlineList = regexp.MustCompile(`^\*\*([^*:]+):\*\*\s*(.+)$`)

// countPhrases returns the counted phrases of "how many …" / "number of …":
// each phrase's words, up to two phrases joined by "vs", "and", "or".
func countPhrases(q *question) [][]string {
	start := -1
	for i, w := range q.words {
		if i > 0 && (w == "many" && q.words[i-1] == "how" || w == "of" && q.words[i-1] == "number") {
			start = i + 1
			break
		}
	}
	if start < 0 {
		return nil
	}
	var out [][]string
	var cur []string
	for k := start; k < len(q.words); k++ {
		w := q.words[k]
		if w == "of" && len(cur) > 0 && (countFiller[cur[len(cur)-1]] || countGroups[cur[len(cur)-1]]) {
			cur = append(cur, w) // "pieces of safety gear", "kinds of tools"
			continue
		}
		if countJoins[w] && len(cur) == 0 {
			break // "chicago dream cartographers, how many and what median"
		}
		if countJoins[w] && len(out) == 0 {
			out = append(out, cur)
			cur = nil
			continue
		}
		if countStops[w] || !hasLetter(w) || w == "of" {
			break
		}
		cur = append(cur, w)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	if len(out) == 2 && len(out[1]) == 0 {
		out = out[:1]
	}
	return out
}

// guideLists returns the lists of a guide, with the stems that name each.
func guideLists(g *bot.Guide) []countList {
	var out []countList
	for _, sec := range g.Sections {
		secNames := stemSet(sec.Title)
		secNames[sec.Kind] = true
		var parts []countList
		var inSec []countList
		title := sec.Title
		var intro string
		var items []string
		flush := func() {
			if len(items) >= 2 {
				names := stemSet(title + " " + intro)
				if title == sec.Title {
					names[sec.Kind] = true
				}
				inSec = append(inSec, countList{sec: sec, title: title, names: names, items: items})
			}
			items, intro = nil, ""
		}
		for _, line := range strings.Split(sec.Body, "\n") {
			t := strings.TrimSpace(line)
			switch {
			case strings.HasPrefix(t, "### "):
				flush()
				title = strings.TrimSpace(strings.TrimPrefix(t, "### "))
				parts = append(parts, countList{sec: sec, title: title})
			case strings.HasPrefix(t, "- "):
				if label, says, ok := labelled(t); ok {
					if price, _, ok := strings.Cut(says, ")"); ok && strings.HasPrefix(says, "(") {
						label += " " + price + ")" // "AWS Machine Learning Specialty ($300)"
					}
					items = append(items, label)
				} else {
					items = append(items, strings.TrimSpace(strings.TrimPrefix(t, "- ")))
				}
			case t == "":
			default:
				if m := inlineList.FindStringSubmatch(t); m != nil && strings.Contains(m[2], ",") {
					flush()
					its := splitItems(m[2])
					if len(its) >= 2 {
						inSec = append(inSec, countList{sec: sec, title: m[1], names: stemSet(m[1]), items: its})
					}
					continue
				}
				if len(items) > 0 {
					flush()
				}
				if strings.HasSuffix(t, ":") {
					intro = strings.ReplaceAll(t, "**", "")
					if k := strings.LastIndex(intro, ". "); k >= 0 {
						intro = intro[k+2:] // "… Options worth considering:": the sentence that opens the list
					}
				}
			}
		}
		flush()
		out = append(out, inSec...)
		if len(parts) >= 2 {
			// the section's parts: counted themselves ("tool categories",
			// "steps": every part's title names the unit), or all their
			// items together ("how many tools")
			for i := range parts {
				for _, l := range inSec {
					if l.title == parts[i].title {
						parts[i].items = l.items
					}
				}
			}
			shared := stemSet(parts[0].title)
			for _, p := range parts[1:] {
				ps := stemSet(p.title)
				for st := range shared {
					if !ps[st] {
						delete(shared, st)
					}
				}
			}
			delete(shared, "")
			for st := range shared {
				if !hasLetter(st) {
					delete(shared, st)
				}
			}
			for st := range secNames {
				delete(shared, st) // ("Technical skills", "Soft skills": the section's own word, counted by all its items)
			}
			if len(shared) > 0 {
				out = append(out, countList{sec: sec, title: sec.Title, names: shared, parts: parts, group: true})
			}
			out = append(out, countList{sec: sec, title: sec.Title, names: secNames, parts: parts, group: true})
			var all []string
			full := true
			for _, p := range parts {
				all = append(all, p.items...)
				full = full && len(p.items) > 0
			}
			if full {
				out = append(out, countList{sec: sec, title: sec.Title, names: secNames, items: all, parts: parts})
			}
		} else if len(inSec) == 1 && inSec[0].title == sec.Title {
			for st := range secNames {
				inSec[0].names[st] = true
			}
			out[len(out)-1] = inSec[0]
		}
	}
	return out
}

func stemSet(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(text) {
		out[stem(w)] = true
	}
	return out
}

// splitItems splits "a, b and c." into its items.
func splitItems(s string) []string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	var out []string
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if a, b, ok := strings.Cut(p, " and "); ok && !strings.Contains(b, " and ") {
			if a = strings.TrimSpace(a); a != "" {
				out = append(out, a)
			}
			p = strings.TrimSpace(b)
		}
		p = strings.TrimPrefix(p, "and ")
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// itemCount answers how many things one of the guide's lists holds. Nil
// unless the question counts with "how many" or "number of", the thing
// counted is no figure the guide gives elsewhere (people, jobs, states,
// money, time), and one list's own words name it.
func (e *Engine) itemCount(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if g == nil || strings.Contains(q.raw, "%") || len(q.states) > 0 || q.city != "" {
		return nil // ("how many station galley cooks are there in Hawaii?": the state table's count)
	}
	phrases := countPhrases(q)
	if len(phrases) == 0 {
		return nil
	}
	lists := lib.listsOf(g)
	var found []countList
	used := map[string]bool{}
	for _, ph := range phrases {
		var counted []string
		group := false
		head := ""
		for _, w := range ph {
			if notCounted[w] || q.m.lex.Person(w) || lib.isCareerWord(w) && q.m.lex.Occupation(w) {
				return nil // "how many people work building ML systems", "how many percent more": figures
			}
			switch {
			case countGroups[w]:
				group = true
			case w == "of" || countFiller[w] || q.m.stop[w] || lib.isCareerWord(w) || !hasLetter(w):
			default:
				counted = append(counted, w)
				head = w
			}
		}
		if head == "" || notCounted[head] || q.m.lex.Time(head) || q.m.lex.Time(q.m.lex.Singular(head)) || q.m.lex.Person(head) {
			return nil
		}
		best, tie := countBest(q, lists, ph, counted, head, group)
		if best < 0 && group {
			best, tie = countBest(q, lists, ph, counted, head, false) // "meeting types": the meetings, when no part is a type
		}
		if best < 0 || tie {
			return nil
		}
		l := lists[best]
		key := l.sec.Title + "|" + l.title + fmt.Sprint(l.group)
		if !used[key] {
			used[key] = true
			found = append(found, l)
		}
	}
	return e.countAnswer(g, found)
}

// countBest returns the list the counted words name best, and whether
// another names them as well.
func countBest(q *question, lists []countList, ph, counted []string, head string, group bool) (best int, tie bool) {
	best = -1
	bestScore := 0.0
	for k, l := range lists {
		if l.sec.Kind == bot.KindCerts {
			continue // (counted with their prices by the certificates' own answer)
		}
		if l.group != group && !(l.group && len(l.parts) > 0 && l.items == nil && !group && l.names[stem(head)] && !l.names[l.sec.Kind]) {
			continue // (a section's parts are counted when every part's title names the unit: "steps")
		}
		score, headHit, kindHit, missed := 0.0, false, false, false
		for _, w := range counted {
			switch {
			case l.names[stem(w)] || l.names[stem(q.m.lex.Singular(w))]:
				score++
				headHit = headHit || w == head
			case l.names[l.sec.Kind] && l.title == l.sec.Title && q.m.intentsOf(w)[l.sec.Kind]:
				score += 0.5 // "certs": the Certifications section, by what the word asks
				kindHit = kindHit || w == head
			default:
				missed = true
			}
		}
		if score == 0 || !headHit && !(kindHit && !missed) && !(countGeneric[head] && score >= 1) {
			continue // (not "how many pieces of safety gear", asked of a guide whose tools hold none)
		}
		sectionNamed := false
		for _, w := range q.words {
			if !slices.Contains(ph, w) && !q.m.stop[w] && stemSet(l.sec.Title)[stem(w)] {
				score += 0.25 // "… does the MLE interview section list": the section named
				sectionNamed = true
				break
			}
		}
		if countGeneric[head] && score < 2 && !sectionNamed {
			continue // (not "how many questions are on the permit exam?": the exam's, which no list holds)
		}
		for _, w := range words(l.title) {
			if st := stem(w); !q.m.stop[w] && hasLetter(w) && !slices.ContainsFunc(counted, func(c string) bool { return stem(c) == st }) {
				score -= 0.01 // "how many skills": all the skills before the technical ones
			}
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = k, score, false
		case score == bestScore:
			tie = true
		}
	}
	return best, tie
}

// countAnswer gives the counts of the lists found, with their items.
func (e *Engine) countAnswer(g *bot.Guide, found []countList) *bot.Answer {
	var b strings.Builder
	for i, l := range found {
		if i > 0 {
			b.WriteString("\n\n")
		}
		switch {
		case l.group:
			fmt.Fprintf(&b, "The guide's %s part has %d parts:", l.title, len(l.parts))
			for _, p := range l.parts {
				if len(p.items) > 0 {
					fmt.Fprintf(&b, "\n• %s (%d): %s", p.title, len(p.items), strings.Join(p.items, ", "))
				} else {
					fmt.Fprintf(&b, "\n• %s", p.title)
				}
			}
		case len(l.parts) > 0:
			fmt.Fprintf(&b, "The guide lists %d under %s, in %d groups:", len(l.items), l.title, len(l.parts))
			for _, p := range l.parts {
				fmt.Fprintf(&b, "\n• %s (%d): %s", p.title, len(p.items), strings.Join(p.items, ", "))
			}
		default:
			fmt.Fprintf(&b, "The guide lists %d under %s:", len(l.items), l.title)
			for _, it := range l.items {
				fmt.Fprintf(&b, "\n• %s", it)
			}
		}
	}
	first := found[0]
	return e.passageAnswer(g, first.sec, "How many: "+first.title, b.String())
}

// listsOf returns a guide's lists, found on first use and kept for the
// library's life (in the map that keeps each section's passages, keyed by
// the guide: the key types differ, so the two never meet).
func (l *Library) listsOf(g *bot.Guide) []countList {
	if v, ok := l.passages.Load(g); ok {
		return v.([]countList)
	}
	out := guideLists(g)
	l.passages.Store(g, out)
	return out
}
