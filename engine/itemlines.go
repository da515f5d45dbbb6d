package engine

import (
	"fmt"
	"slices"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// itemLine is a labelled line of a section ("- **Feast/Tecton**: feature
// stores"): the names its label gives (each as words), the label, what the
// line says of it, and the part of the section it stands in.
type itemLine struct {
	names   [][]string
	label   string
	says    string
	section *bot.Section
	part    string
}

// itemLinesOf are the labelled lines of a guide's tools section, read on
// first use and kept for the library's life (sections never change within
// a library).
func (l *Library) itemLinesOf(g *bot.Guide) []itemLine {
	s := g.Section(bot.KindTools)
	if s == nil {
		return nil
	}
	if v, ok := l.itemLines.Load(s); ok {
		return v.([]itemLine)
	}
	var out []itemLine
	for _, p := range l.passagesOf(s) {
		for _, line := range strings.Split(p.body, "\n") {
			label, says, ok := labelled(line)
			if !ok {
				continue
			}
			it := itemLine{label: label, says: says, section: s, part: p.title}
			for _, n := range strings.Split(label, "/") {
				if ws := words(n); len(ws) > 0 {
					it.names = append(it.names, ws)
				}
			}
			out = append(out, it)
		}
	}
	l.itemLines.Store(s, out)
	return out
}

// labelled splits a labelled list line ("- **Feast/Tecton**: feature
// stores") into its label and what it says of it.
func labelled(line string) (label, says string, ok bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(line), "- **")
	if !ok {
		return "", "", false
	}
	label, says, ok = strings.Cut(rest, "**")
	return label, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(says), ":")), ok
}

// namedBy reports whether the question's words name the item: one of its
// names in full ("weights & biases", "feast"), or by the word of five
// letters or more after a vendor's ("vertex" for "GCP Vertex AI",
// "sagemaker" for "AWS SageMaker").
func (it *itemLine) namedBy(ws []string) bool {
	for _, n := range it.names {
		if containsRun(ws, n) || len(n) > 1 && len(n[1]) >= 5 && containsRun(ws, n[1:2]) || len(n) > 2 && containsRun(ws, n[:2]) { // (or "hugging face" for "Hugging Face Transformers")
			return true
		}
	}
	return false
}

// containsRun reports whether ws holds run as consecutive words.
func containsRun(ws, run []string) bool { return runAt(ws, run) >= 0 }

// itemsWeighed answers a question that sets two tools of a guide side by
// side ("Feast vs Triton, same category?", "W&B vs MLflow, different
// jobs?", "SageMaker vs Vertex AI, how does the guide describe each?"):
// the line the guide gives each, and the part of the list it stands in.
func (e *Engine) itemsWeighed(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if g == nil || !hasAny(q, "vs", "versus", "compared", "compare", "than", "difference", "different", "same", "each", "both") ||
		slices.Contains(q.certWord, true) || q.has(bot.KindCerts) || hasAny(q, "other", "besides", "except", "apart", "beyond", "excluding") {
		return nil // (not "TF cert vs Databricks cert": certificates; nor "frameworks other than PyTorch")
	}
	var named []*itemLine
	items := lib.itemLinesOf(g)
	for k := range items {
		if items[k].namedBy(q.words) {
			named = append(named, &items[k])
		}
	}
	if len(named) == 0 || len(named) > 2 || len(named) == 1 && !namesTwoOf(named[0], q.words) {
		return nil
	}
	var b strings.Builder
	if len(named) == 1 {
		it := named[0]
		fmt.Fprintf(&b, "The %s guide lists **%s** together, under %s: %s.", g.Title, it.label, it.part, it.says)
	} else {
		x, y := named[0], named[1]
		if x.part == y.part {
			fmt.Fprintf(&b, "The %s guide lists both under %s:", g.Title, x.part)
		} else {
			fmt.Fprintf(&b, "The %s guide lists them in different groups:", g.Title)
		}
		for _, it := range named {
			fmt.Fprintf(&b, "\n• **%s** (%s): %s", it.label, it.part, it.says)
		}
	}
	return e.passageAnswer(g, named[0].section, "Side by side", b.String())
}

// namesTwoOf reports whether the words name two of one line's names
// ("MLflow vs Weights & Biases").
func namesTwoOf(it *itemLine, ws []string) bool {
	n := 0
	for _, name := range it.names {
		if containsRun(ws, name) {
			n++
		}
	}
	return n >= 2
}

// toolNouns ask which tool: "which instrument tells you …", "what app do
// they use to …".
var toolNouns = setOf("tool", "instrument", "device", "app", "gadget", "meter", "program", "platform", "framework", "library")

// itemByUse answers "which instrument tells you how close a bed of
// seedlings is to collapsing?": a tool asked for by what it does, no tool
// named. The line of the guide's tools list whose description shares the
// most of the question's words (two or more, and more than any other
// line's) is the answer.
func (e *Engine) itemByUse(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if g == nil || slices.Contains(q.certWord, true) {
		return nil
	}
	// one tool asked for, right after "which" or "what" ("which
	// instrument tells you …", "what tool do they use to …"), and
	// nothing asked but tools
	one := false
	for i, w := range q.words {
		if (w == "which" || w == "what" || w == "whats") && i+1 < len(q.words) && toolNouns[q.words[i+1]] {
			one = true
		}
	}
	for in, n := range q.intents {
		if n > 0 && in != bot.KindTools {
			return nil
		}
	}
	if !one {
		return nil
	}
	items := lib.itemLinesOf(g)
	for k := range items {
		if items[k].namedBy(q.words) {
			return nil // a tool named: what it is, not which one
		}
	}
	var asked []string
	for _, w := range q.words {
		if len(w) > 2 && !q.m.stop[w] && q.m.index[w] == nil && !toolNouns[w] && !lib.isCareerWord(w) && !contains(asked, stem(w)) {
			asked = append(asked, stem(w))
		}
	}
	best, bestN, tie := -1, 0, false
	for k := range items {
		says := words(items[k].says)
		n := 0
		for _, st := range asked {
			if slices.ContainsFunc(says, func(w string) bool { return stem(w) == st }) {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = k, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	if best < 0 || bestN < 2 || tie {
		return nil
	}
	it := items[best]
	return e.itemAnswer(g, it)
}

// itemAsked reports whether the question names a tool the guide lists
// and asks what it is or what it is for ("what's JAX, per the guide?",
// "saw Kubeflow on a posting …, what's it used for?").
func (l *Library) itemAsked(q *question, g *bot.Guide) bool {
	ws := q.words
	items := l.itemLinesOf(g)
	named := false
	for k := range items {
		if items[k].namedBy(ws) {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	return len(whatItems(ws, items)) > 0 || asksWhatFor(ws) // "what's JAX"
}

// whatItems are the items named right after "what" or "what's" ("whats
// JAX, saw it in a job post next to pytorch"), each once, in order.
func whatItems(ws []string, items []itemLine) []int {
	var out []int
	for k := 1; k < len(ws); k++ {
		if ws[k-1] != "what" && ws[k-1] != "whats" && !(k > 1 && ws[k-2] == "what" && (ws[k-1] == "s" || ws[k-1] == "is")) {
			continue // ("what's" reads as "what s" or "what"; "whats" typed)
		}
		for j := range items {
			if items[j].namedBy(ws[k:min(k+3, len(ws))]) && !slices.Contains(out, j) {
				out = append(out, j)
			}
		}
	}
	return out
}

// asksWhatFor reports whether the words ask what a thing named before them
// is for or does ("… What are they for?", "what's it used for").
func asksWhatFor(ws []string) bool {
	line := spacedLine(ws)
	for _, p := range whatFor {
		if strings.Contains(line, p) {
			return true
		}
	}
	return false
}

// whatFor are the ways a question asks what a thing named before it is
// for ("what's" reads as "what s" or "what").
var whatFor = []string{" what is it for ", " what s it for ", " what it for ", " what is it used for ", " what s it used for ", " what it used for ",
	" what are they for ", " what are those for ", " what are they used for ", " what does it do ", " what do they do ",
	" what is that for ", " what s that for ", " what that for ", " what is that used for ", " what that used for "}

// namedItem answers a question that names one tool the guide lists and
// asks what it is or does ("saw Kubeflow on a posting with a really nice
// bonus structure, what's it used for?"): the guide's line for it, whatever
// the story around the question tells. nil when it names none or several.
func (e *Engine) namedItem(lib *Library, q *question, g *bot.Guide) *bot.Answer {
	if g == nil || slices.Contains(q.certWord, true) || q.has(bot.KindCerts) || q.has("cost") || hasAny(q, "other", "others", "else") || !lib.itemAsked(q, g) {
		return nil // (not "what's the Databricks cert cost", "… and what other galley hardware is used")
	}
	items := lib.itemLinesOf(g)
	found := -1
	for k := range items {
		if items[k].namedBy(q.words) {
			if found >= 0 {
				found = -2 // two named: weighed or listed, not one asked …
				break
			}
			found = k
		}
	}
	if found == -2 && !hasAny(q, "and", "each", "both", "vs", "versus", "or", "also") && strings.Count(q.raw, "?") <= 1 && !strings.Contains(q.raw, ";") {
		// … unless one is the "what's …" and the other only told ("whats
		// JAX, saw it … next to pytorch")
		if asked := whatItems(q.words, items); len(asked) == 1 {
			found = asked[0]
		}
	}
	if found < 0 {
		return nil
	}
	it := items[found]
	for _, n := range it.names {
		if k := runAt(q.words, n); k >= 0 && personAfter(q, k+len(n)-1) {
			return nil // "what do qubit trellis gardeners make": the worker told by the tool
		}
	}
	return e.itemAnswer(g, it)
}

// runAt is the index where run starts in ws, -1 when it is not there.
func runAt(ws, run []string) int {
	for k := 0; k+len(run) <= len(ws); k++ {
		if slices.Equal(ws[k:k+len(run)], run) {
			return k
		}
	}
	return -1
}

// itemAnswer is a tools line's answer: the line, the part of the list it
// stands in, and the whole section offered after it.
func (e *Engine) itemAnswer(g *bot.Guide, it itemLine) *bot.Answer {
	return e.passageAnswer(g, it.section, it.label, fmt.Sprintf("**%s** (%s, in the %s guide's tools): %s.", it.label, it.part, g.Title, it.says))
}

// personAfter reports whether the word after position k is a noun for a
// kind of person: the words up to k tell a worker ("galley cook",
// "qubit trellis gardeners").
func personAfter(q *question, k int) bool {
	return k+1 < len(q.words) && q.m.lex.Person(q.m.lex.Singular(q.words[k+1]))
}
