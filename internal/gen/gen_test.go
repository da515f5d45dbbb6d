package gen

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/engine"
)

// loadAsContent writes careers as content files and loads them through the
// real content loader, failing the test when they do not validate or some
// do not load.
func loadAsContent(t *testing.T, cs []Career) []*bot.Guide {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, c := range cs {
		b, err := Markdown(c.Guide)
		if err != nil {
			t.Fatal(err)
		}
		fsys[c.Guide.Slug+".md"] = &fstest.MapFile{Data: b}
	}
	loaded, err := content.LoadFS(fsys, "generated")
	if err != nil {
		t.Fatalf("generated guides do not validate: %v", err)
	}
	if len(loaded) != len(cs) {
		t.Fatalf("loaded %d guides, want %d", len(loaded), len(cs))
	}
	return loaded
}

// Generated guides, written as content files, load through the real content
// loader (front matter, states, figures, sections, cross-guide checks) and
// come back with the same facts.
func TestGeneratedGuidesPassContentValidation(t *testing.T) {
	cs := Corpus(DefaultSeed, 60)
	loaded := loadAsContent(t, cs)
	if ps := content.CrossCheck(Guides(cs)); len(ps) > 0 {
		t.Fatalf("cross-check of the in-memory guides: %v", ps)
	}
	bySlug := map[string]*bot.Guide{}
	for _, g := range loaded {
		bySlug[g.Slug] = g
	}
	shipped, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	wantKinds := kinds(shipped[0])
	for _, c := range cs {
		g, l := c.Guide, bySlug[c.Guide.Slug]
		if l == nil {
			t.Fatalf("%s not loaded", g.Slug)
		}
		if l.Title != g.Title || !reflect.DeepEqual(l.Aliases, g.Aliases) || l.Summary != g.Summary {
			t.Errorf("%s: names changed on load: %q %q %q", g.Slug, l.Title, l.Aliases, l.Summary)
		}
		if l.Salary != g.Salary || l.Outlook != g.Outlook || l.Source != g.Source {
			t.Errorf("%s: facts changed on load: %+v %+v %+v", g.Slug, l.Salary, l.Outlook, l.Source)
		}
		if !reflect.DeepEqual(l.Certifications, g.Certifications) || !reflect.DeepEqual(l.States, g.States) {
			t.Errorf("%s: certifications or states changed on load", g.Slug)
		}
		if got := kinds(g); !reflect.DeepEqual(got, wantKinds) {
			t.Errorf("%s: section kinds %v, want those of the shipped guide %v", g.Slug, got, wantKinds)
		}
		for i, s := range g.Sections {
			ls := l.Sections[i]
			if ls.ID != s.ID || ls.Title != s.Title || ls.Body != s.Body || ls.Kind != s.Kind {
				t.Errorf("%s: section %d differs after load: %q/%q vs %q/%q", g.Slug, i, ls.ID, ls.Title, s.ID, s.Title)
			}
		}
		checkFigures(t, g)
	}
}

func kinds(g *bot.Guide) []string {
	var out []string
	for _, s := range g.Sections {
		out = append(out, s.Kind)
	}
	return out
}

func checkFigures(t *testing.T, g *bot.Guide) {
	t.Helper()
	s := g.Salary
	if s.Median <= 0 || s.Low <= 0 || s.Low > s.Median || s.Median > s.High {
		t.Errorf("%s: salary %+v is not a positive, ordered range", g.Slug, s)
	}
	if g.Outlook.AnnualOpenings < 0 {
		t.Errorf("%s: negative openings", g.Slug)
	}
	if len(g.Certifications) < 3 {
		t.Errorf("%s: %d certifications, want at least 3", g.Slug, len(g.Certifications))
	}
	for _, c := range g.Certifications {
		if c.Price <= 0 || c.Name == "" {
			t.Errorf("%s: certification %+v", g.Slug, c)
		}
	}
	if g.State("CA") == nil || len(g.States) < 4 {
		t.Errorf("%s: states table %v lacks CA or has under 4 rows", g.Slug, g.States)
	}
	seen := map[string]bool{}
	for i, st := range g.States {
		if _, ok := bot.LookupState(st.Code); !ok || seen[st.Code] {
			t.Errorf("%s: state %q invalid or repeated", g.Slug, st.Code)
		}
		seen[st.Code] = true
		if st.Median <= 0 || st.Employed <= 0 {
			t.Errorf("%s: state row %+v", g.Slug, st)
		}
		if i > 0 && st.Median > g.States[i-1].Median {
			t.Errorf("%s: states not sorted by median", g.Slug)
		}
	}
}

func TestGenerationIsDeterministic(t *testing.T) {
	a, b := Generate(DefaultSeed, 7), Corpus(DefaultSeed, 10)[7]
	if !reflect.DeepEqual(a, b) {
		t.Fatal("career 7 differs between Generate and Corpus")
	}
	c := Generate(DefaultSeed+1, 7)
	if c.Guide.Slug == a.Guide.Slug || c.Domain.Tools[0] == a.Domain.Tools[0] {
		t.Fatalf("another seed gave the same career: %s", c.Guide.Slug)
	}
}

// Two careers share few distinctive words; the benchmarks depend on it
// (shuffled copies of one guide would make every query match every guide).
func TestCareersShareFewDomainWords(t *testing.T) {
	const n = 300
	cs := Corpus(DefaultSeed, n)
	sets := make([]map[string]bool, n)
	for i, c := range cs {
		sets[i] = map[string]bool{}
		for _, w := range c.Domain.Words() {
			sets[i][w] = true
		}
		if len(sets[i]) < 25 {
			t.Fatalf("career %d has only %d distinctive words", i, len(sets[i]))
		}
	}
	total, worst, pairs := 0, 0, 0
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			shared := 0
			for w := range sets[i] {
				if sets[j][w] {
					shared++
				}
			}
			total += shared
			worst = max(worst, shared)
			pairs++
		}
	}
	if worst > 3 {
		t.Errorf("two careers share %d distinctive words, want at most 3", worst)
	}
	if mean := float64(total) / float64(pairs); mean > 0.05 {
		t.Errorf("careers share %.3f distinctive words on average, want under 0.05", mean)
	}
	// Distinctive words really appear in the guide's text.
	g := cs[0].Guide
	var text strings.Builder
	for _, s := range g.Sections {
		text.WriteString(strings.ToLower(s.Body) + "\n")
	}
	for _, w := range cs[0].Domain.Tools {
		if !strings.Contains(text.String(), strings.ToLower(w)) {
			t.Errorf("tool %s is not in the guide's text", w)
		}
	}
}

// The benchmark questions mean what their names say: the named question
// names exactly its career, the unnamed ones name none.
func TestQuestionsNameTheRightCareers(t *testing.T) {
	cs := Corpus(DefaultSeed, 200)
	lib, err := engine.NewLibrary(Guides(cs), nil)
	if err != nil {
		t.Fatal(err)
	}
	find := func(q string) []*bot.Guide { return lib.FindCareers(strings.Fields(bot.NormalizeName(q))) }
	for _, c := range cs[:50] {
		if got := find(c.NamedQuestion()); len(got) != 1 || got[0].Slug != c.Guide.Slug {
			t.Errorf("%q finds %v, want %s", c.NamedQuestion(), slugs(got), c.Guide.Slug)
		}
		for _, q := range c.UnnamedQuestions() {
			if got := find(q); len(got) != 0 {
				t.Errorf("%q names %v, want no career", q, slugs(got))
			}
		}
		if g, err := lib.ResolveCareer(c.Guide.Slug); err != nil || g != c.Guide {
			t.Errorf("slug %s does not resolve to its guide: %v", c.Guide.Slug, err)
		}
	}
}

func slugs(gs []*bot.Guide) string {
	var s []string
	for _, g := range gs {
		s = append(s, g.Slug)
	}
	return fmt.Sprint(s)
}
