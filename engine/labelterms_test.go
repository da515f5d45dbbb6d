package engine

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/internal/gen"
)

// exactLabelStems is what labelsOf computed for every guide before the
// term table answered for the sections: the stems of every word of the
// sections, and of every passage a label heads (abbreviations spelled out).
func exactLabelStems(l *Library, g *bot.Guide) (sections map[string]bool, passages map[string]map[string]bool) {
	sections = map[string]bool{}
	for _, s := range g.Sections {
		for _, w := range words(s.Title + " " + s.Body) {
			sections[stem(w)] = true
		}
	}
	passages = map[string]map[string]bool{}
	for _, lb := range l.labelsOf(g).labels {
		h := map[string]bool{}
		for _, w := range l.expandWords(words(lb.title + " " + lb.body)) {
			h[stem(w)] = true
		}
		passages[lb.title+"\x00"+lb.body] = h
	}
	return sections, passages
}

// inSection and uses, read from the term table, and has, read on first
// use, answer as the stem sets labelsOf built for every guide did: on the
// shipped guides, the fixtures, a guide with words the table does not keep
// (numbers, "1990s", accents) and the fair corpus, for every stem any of
// them uses; also after a rebuild that reuses the table's analysis.
func TestLabelTermsMatchExactStems(t *testing.T) {
	shipped, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	fixtures, err := content.LoadDir(filepath.Join("..", "testdata", "guides"))
	if err != nil {
		t.Fatal(err)
	}
	odd := &bot.Guide{Slug: "odd", Title: "Odd Career", Summary: "Résumé help since the 1990s.", Education: "A degree.",
		Salary: bot.Salary{Note: "Bonus of 5000 in São Paulo."}, TotalTime: "2-4 years",
		Sections: []*bot.Section{
			{ID: "odd/overview", Kind: bot.KindOverview, Title: "Overview", Body: "Work since 2025 with Ärzte and naïve façades, 90 days on, the '80s and 3D printers.\n\n**Über tools**: Straße maps\n"},
			{ID: "odd/path", Kind: bot.KindPath, Title: "Path", Body: "### Step 1: Learn ML (1990s style)\n\n- **ML ops**: 24/7 pagers\n"},
		}}
	guides := append(append(append([]*bot.Guide(nil), shipped...), fixtures...), odd)
	guides = append(guides, gen.Guides(gen.FairCorpus(gen.DefaultSeed, 150))...)
	lib := libraryOf(t, guides)

	probe := map[string]bool{"1990": true, "90": true, "2025": true, "zzzq": true, "": true}
	exact := map[*bot.Guide]map[string]bool{}
	for _, g := range guides {
		sec, _ := exactLabelStems(lib, g)
		exact[g] = sec
		for st := range sec {
			probe[st] = true
		}
		for st := range lib.labelsOf(g).inFacts {
			probe[st] = true
		}
	}
	check := func(lib *Library, g *bot.Guide) {
		t.Helper()
		gl := lib.labelsOf(g)
		if gl.terms == nil {
			t.Fatalf("%s: the term table does not hold the guide", g.Slug)
		}
		for st := range probe {
			if got, want := gl.inSection(st), exact[g][st]; got != want {
				t.Errorf("%s: inSection(%q) = %v, want %v", g.Slug, st, got, want)
			}
			if got, want := gl.uses(st), exact[g][st] || gl.inFacts[st]; got != want {
				t.Errorf("%s: uses(%q) = %v, want %v", g.Slug, st, got, want)
			}
		}
		_, passages := exactLabelStems(lib, g)
		for i := range gl.labels {
			lb := &gl.labels[i]
			want := passages[lb.title+"\x00"+lb.body]
			for st := range exact[g] {
				if gl.has(lb, st) != want[st] {
					t.Errorf("%s: label %q: has(%q) = %v, want %v", g.Slug, lb.title, st, !want[st], want[st])
				}
			}
			for st := range want {
				if !gl.has(lb, st) {
					t.Errorf("%s: label %q: has(%q) = false, want true", g.Slug, lb.title, st)
				}
			}
		}
	}
	for _, g := range guides {
		check(lib, g)
	}
	if t.Failed() {
		return
	}

	// A table that holds a guide's stems without knowing which are the
	// sections' (as one read from elsewhere) is not used for it.
	g0 := guides[0]
	n := lib.terms.secN[g0]
	delete(lib.terms.secN, g0)
	lib.labels.Delete(g0)
	if gl := lib.labelsOf(g0); gl.terms != nil {
		t.Error("the table was used without the sections' count")
	}
	for st := range probe {
		if lib.labelsOf(g0).uses(st) != (exact[g0][st] || lib.labelsOf(g0).inFacts[st]) {
			t.Errorf("%s without the count: uses(%q) differs", g0.Slug, st)
		}
	}
	lib.terms.secN[g0] = n
	lib.labels.Delete(g0)

	// A rebuild with one guide changed keeps the others' analysis.
	next := append([]*bot.Guide(nil), guides...)
	changed := *odd
	changed.Sections = append([]*bot.Section{{ID: "odd/day", Kind: bot.KindDay, Title: "Day", Body: "Mornings with Kubernetes in 2026."}}, odd.Sections...)
	next[len(shipped)+len(fixtures)] = &changed
	sec, _ := exactLabelStems(lib, &changed)
	exact[&changed] = sec
	for st := range sec {
		probe[st] = true
	}
	re, err := lib.Rebuild(next, lib.Searcher)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range next {
		check(re, g)
	}
	if !strings.Contains(changed.Sections[0].Body, "Kubernetes") || !re.labelsOf(&changed).inSection(stem("kubernetes")) {
		t.Error("the changed guide's new words are not in its sections")
	}
}
