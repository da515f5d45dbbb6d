package engine

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/internal/gen"
)

// rebuildGuides is a library's worth of guides: the shipped ones and
// generated ones (with aliases, vocabularies and certificates).
func rebuildGuides(t *testing.T) []*bot.Guide {
	t.Helper()
	shipped, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	return append(slices.Clone(shipped), gen.Guides(gen.FairCorpus(gen.DefaultSeed, 150))...)
}

// edited is a copy of g with new sections (the same IDs and titles) and
// the pay and a section's text changed, as a reload parses an edited file.
func edited(g *bot.Guide, body string) *bot.Guide {
	c := *g
	c.Salary.Median += 1000
	c.Sections = nil
	for _, s := range g.Sections {
		s2 := *s
		c.Sections = append(c.Sections, &s2)
	}
	if body != "" {
		c.Sections[len(c.Sections)-1].Body += " " + body
	}
	return &c
}

// libTablesEqual reports how a and b differ in what newLibrary builds
// (empty when they do not).
func libTablesEqual(a, b *Library) string {
	var diffs []string
	check := func(name string, ok bool) {
		if !ok {
			diffs = append(diffs, name)
		}
	}
	check("Guides", slices.Equal(a.Guides, b.Guides))
	check("bySlug", maps.Equal(a.bySlug, b.bySlug))
	check("sections", maps.Equal(a.sections, b.sections))
	check("names", maps.Equal(a.names, b.names))
	check("maxWords", a.maxWords == b.maxWords)
	check("certPairs", maps.Equal(a.certPairs, b.certPairs))
	check("certInits", maps.Equal(a.certInits, b.certInits))
	check("nameWords", maps.Equal(a.nameWords, b.nameWords))
	check("headNames", maps.EqualFunc(a.headNames, b.headNames, func(x, y map[string]*bot.Guide) bool { return maps.Equal(x, y) }))
	check("fields", maps.EqualFunc(a.fields, b.fields, func(x, y []titleField) bool {
		return slices.EqualFunc(x, y, func(p, q titleField) bool { return p.g == q.g && p.at == q.at && slices.Equal(p.words, q.words) })
	}))
	check("summaryOwn", maps.Equal(a.summaryOwn, b.summaryOwn))
	check("expand", reflect.DeepEqual(a.expand, b.expand))
	check("vocab", reflect.DeepEqual(a.vocab.words, b.vocab.words) && reflect.DeepEqual(a.vocab.byLen, b.vocab.byLen))
	check("nameIdx", slices.Equal(a.nameIdx.sorted, b.nameIdx.sorted) && maps.Equal(a.nameIdx.guide, b.nameIdx.guide) &&
		reflect.DeepEqual(a.nameIdx.grams, b.nameIdx.grams) && reflect.DeepEqual(a.nameIdx.byLen, b.nameIdx.byLen))
	check("terms", termsOf(a) == termsOf(b))
	check("secText", len(a.secText.perGuide) == len(b.secText.perGuide) && len(a.secText.slots) == len(b.secText.slots))
	return fmt.Sprint(diffs)
}

// termsOf is the term table as text: each guide's stems and each stem's
// guides, by stem.
func termsOf(l *Library) string {
	t := l.terms
	out := fmt.Sprint(t.guides, " ")
	for _, g := range l.Guides {
		var sts []string
		for _, id := range t.perGuide[g] {
			sts = append(sts, t.stems[id])
		}
		slices.Sort(sts)
		n, known := t.secN[g]
		out += fmt.Sprint(g.Slug, sts, n, known) // (and how many come from the sections: labelsOf's look-up)
	}
	var sts []string
	for st, id := range t.ids {
		if t.df[id] > 0 {
			sts = append(sts, st)
		}
	}
	slices.Sort(sts)
	for _, st := range sts {
		id := t.ids[st]
		out += fmt.Sprint(st, t.df[id], t.post[id])
	}
	return out
}

// A rebuild after edits that keep every guide's names patches the previous
// library's tables, and they equal a fresh build's; edits that touch names,
// or add or remove a guide, build afresh, equal too.
func TestRebuildPatchedEqualsFresh(t *testing.T) {
	guides := rebuildGuides(t)
	prev, err := NewLibrary(guides, nil)
	if err != nil {
		t.Fatal(err)
	}
	rename := func(g *bot.Guide) *bot.Guide { c := edited(g, ""); c.Title += " Senior"; return c }
	realias := func(g *bot.Guide) *bot.Guide {
		c := edited(g, "")
		c.Aliases = append(slices.Clone(c.Aliases), "zorbwrangler")
		return c
	}
	retitle := func(g *bot.Guide) *bot.Guide { c := edited(g, ""); c.Sections[0].Title += " now"; return c }
	for _, tc := range []struct {
		name    string
		change  func([]*bot.Guide) []*bot.Guide
		patched bool
	}{
		{"body and pay of two guides", func(gs []*bot.Guide) []*bot.Guide {
			gs[1], gs[40] = edited(gs[1], "zebrafrog kits matter"), edited(gs[40], "quokka wrangling")
			return gs
		}, true},
		{"nothing", func(gs []*bot.Guide) []*bot.Guide { return gs }, true},
		{"a title", func(gs []*bot.Guide) []*bot.Guide { gs[7] = rename(gs[7]); return gs }, false},
		{"an alias", func(gs []*bot.Guide) []*bot.Guide { gs[7] = realias(gs[7]); return gs }, false},
		{"a section title", func(gs []*bot.Guide) []*bot.Guide { gs[7] = retitle(gs[7]); return gs }, false},
		{"a guide removed", func(gs []*bot.Guide) []*bot.Guide { return slices.Delete(gs, 3, 4) }, false},
		{"a guide added", func(gs []*bot.Guide) []*bot.Guide {
			return append(gs, gen.Guides(gen.FairCorpus(gen.DefaultSeed+1, 1))...)
		}, false},
	} {
		next := tc.change(slices.Clone(guides))
		got, err := prev.Rebuild(next, nil)
		if err != nil {
			t.Fatal(err)
		}
		if shared := got.nameIdx.grams != nil && reflect.ValueOf(got.nameIdx.grams).UnsafePointer() == reflect.ValueOf(prev.nameIdx.grams).UnsafePointer(); shared != tc.patched {
			t.Errorf("%s: patched %v, want %v", tc.name, shared, tc.patched)
		}
		fresh, err := NewLibrary(next, nil)
		if err != nil {
			t.Fatal(err)
		}
		if d := libTablesEqual(got, fresh); d != "[]" {
			t.Errorf("%s: the rebuilt library differs from a fresh one in %s", tc.name, d)
		}
		// The patched library serves the edited guides.
		for _, g := range next {
			if h, _ := got.Guide(g.Slug); h != g {
				t.Fatalf("%s: %s is not the new guide", tc.name, g.Slug)
			}
		}
	}
}
