package gen

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Question classes of the fair benchmark.
const (
	ClassNamedTitle = "named-title" // the career's title
	ClassNamedAlias = "named-alias" // an alias ("Kelbrinology Analyst")
	ClassNamedTypo  = "named-typo"  // the alias with one letter wrong
	ClassRare       = "rare"        // no career named; the career's two rarest words
	ClassShared     = "shared"      // no career named; the fewest shared words that single it out
	ClassCommon     = "common"      // no career named; only words every guide has
	ClassSalaryTypo = "salary-typo" // /salary with the career's title misspelled
)

// FairClasses lists the classes in the order the benchmark reports them.
var FairClasses = []string{ClassNamedTitle, ClassNamedAlias, ClassNamedTypo, ClassRare, ClassShared, ClassCommon, ClassSalaryTypo}

// Question is one benchmark question.
type Question struct {
	Class string
	Text  string // what is asked (a slash command for ClassSalaryTypo)
	// Plain is the same question as free text, for the plain bleve
	// baseline (equal to Text except for slash commands).
	Plain  string
	Career int // index of the career meant; -1 when none is
	// WellDefined: the words single out Career among the corpus's guides
	// (always true for named classes; false when no career is meant or
	// when even four of its words are shared with another career).
	WellDefined bool
	Words       []string // the distinguishing words (rare, shared)
}

// commonQuestions name no career and use only words every guide has.
var commonQuestions = []string{
	"what tools and skills do I need?",
	"how do I get certified?",
	"what does a typical day look like?",
	"how do I prepare for the interview?",
	"what are the challenges of the job?",
}

// tokens are the lowercase words of text.
func tokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// guideWords is the set of a guide's words (title, sections, certificates).
func guideWords(c Career) map[string]bool {
	set := map[string]bool{}
	add := func(s string) {
		for _, w := range tokens(s) {
			set[w] = true
		}
	}
	g := c.Guide
	add(g.Title)
	add(g.Summary)
	for _, s := range g.Sections {
		add(s.Title)
		add(s.Body)
	}
	return set
}

// domainPoolWords are a career's pool words (tools, skill words, jargon,
// family words, certifying bodies), lowercase, that its guide's text uses.
func domainPoolWords(c Career, text map[string]bool) []string {
	d := c.Domain
	var ws []string
	for _, w := range d.Tools {
		ws = append(ws, strings.ToLower(w))
	}
	for _, s := range d.Skills {
		ws = append(ws, strings.Fields(s)[0])
	}
	ws = append(ws, d.Jargon...)
	ws = append(ws, d.Family...)
	for _, o := range d.Orgs {
		ws = append(ws, strings.ToLower(o))
	}
	var out []string
	for _, w := range ws {
		if text[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// Typo misspells a name: one letter of its longest word (its field word)
// replaced, the first and last letters kept.
func Typo(name string) string {
	ws := strings.Fields(name)
	k := 0
	for i, w := range ws {
		if len(w) > len(ws[k]) {
			k = i
		}
	}
	w := []byte(ws[k])
	if len(w) < 4 {
		return name
	}
	p := len(w) / 2
	if w[p] == 'x' || w[p] == 'X' {
		w[p] = 'q'
	} else {
		w[p] = 'x'
	}
	ws[k] = string(w)
	return strings.Join(ws, " ")
}

// FairQuestions builds the benchmark's questions for a corpus (made with
// FairCorpus): one per class and career, in career order. Which words are
// rare or single a career out depends on the corpus, so the questions of
// career i differ between corpus sizes.
func FairQuestions(cs []Career) map[string][]Question {
	n := len(cs)
	words := make([][]string, n)
	df := map[string][]int32{} // pool word → careers using it, ascending
	for i, c := range cs {
		words[i] = domainPoolWords(c, guideWords(c))
		for _, w := range words[i] {
			df[w] = append(df[w], int32(i))
		}
	}
	out := map[string][]Question{}
	for i, c := range cs {
		alias := strings.ToLower(c.Domain.Field + " " + c.Domain.Role)
		out[ClassNamedTitle] = append(out[ClassNamedTitle], Question{Class: ClassNamedTitle, Career: i, WellDefined: true,
			Text: "what certifications help a " + c.Guide.Title + "?"})
		out[ClassNamedAlias] = append(out[ClassNamedAlias], Question{Class: ClassNamedAlias, Career: i, WellDefined: true,
			Text: "how much does a " + alias + " earn?"})
		out[ClassNamedTypo] = append(out[ClassNamedTypo], Question{Class: ClassNamedTypo, Career: i, WellDefined: true,
			Text: "how much does a " + Typo(alias) + " earn?"})
		typoTitle := Typo(c.Guide.Title)
		out[ClassSalaryTypo] = append(out[ClassSalaryTypo], Question{Class: ClassSalaryTypo, Career: i, WellDefined: true,
			Text: "/salary CA career:" + typoTitle, Plain: "salary in California for " + typoTitle})
		cq := commonQuestions[i%len(commonQuestions)]
		out[ClassCommon] = append(out[ClassCommon], Question{Class: ClassCommon, Career: -1, Text: cq})

		// Rare: the career's two rarest words.
		ws := slices.Clone(words[i])
		slices.SortStableFunc(ws, func(a, b string) int { return len(df[a]) - len(df[b]) })
		rare := ws[:min(2, len(ws))]
		out[ClassRare] = append(out[ClassRare], Question{Class: ClassRare, Career: i, Words: rare,
			WellDefined: singles(df, rare, i),
			Text:        fmt.Sprintf("which tools work best with %s?", strings.Join(rare, " and "))})

		// Shared: words used by other careers too; greedily the fewest
		// (two to four) whose careers together are this one alone.
		var shared []string
		for _, w := range ws {
			if len(df[w]) >= sharedMin(n) {
				shared = append(shared, w)
			}
		}
		pick, ok := fewest(df, shared, i)
		out[ClassShared] = append(out[ClassShared], Question{Class: ClassShared, Career: i, Words: pick, WellDefined: ok,
			Text: "which career works with " + list(pick) + "?"})
	}
	for k, qs := range out {
		for j := range qs {
			if qs[j].Plain == "" {
				qs[j].Plain = qs[j].Text
			}
		}
		out[k] = qs
	}
	return out
}

// sharedMin is how many careers a word needs to be shared: at least 2, and
// at least 1 in 500 careers.
func sharedMin(n int) int { return max(2, n/500) }

func list(ws []string) string {
	switch len(ws) {
	case 0:
		return "it"
	case 1:
		return ws[0]
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}

// intersect returns the careers in both ascending lists.
func intersect(a, b []int32) []int32 {
	var out []int32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

func singles(df map[string][]int32, ws []string, career int) bool {
	if len(ws) == 0 {
		return false
	}
	set := df[ws[0]]
	for _, w := range ws[1:] {
		set = intersect(set, df[w])
	}
	return len(set) == 1 && set[0] == int32(career)
}

// fewest picks at least two and at most four of ws (the career's shared
// words) that together occur in the career alone: greedily the word that
// leaves the fewest careers. ok is false when four do not suffice (then the
// four that leave the fewest are returned).
func fewest(df map[string][]int32, ws []string, career int) (pick []string, ok bool) {
	if len(ws) == 0 {
		return nil, false
	}
	var set []int32
	for len(pick) < 4 && len(pick) < len(ws) {
		best, bestSet := "", []int32(nil)
		for _, w := range ws {
			if slices.Contains(pick, w) {
				continue
			}
			s := df[w]
			if set != nil {
				s = intersect(set, s)
			}
			if best == "" || len(s) < len(bestSet) {
				best, bestSet = w, s
			}
		}
		pick, set = append(pick, best), bestSet
		if len(pick) >= 2 && len(set) == 1 {
			return pick, true
		}
	}
	return pick, false
}
