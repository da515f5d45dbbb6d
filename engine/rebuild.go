package engine

import (
	"maps"
	"slices"

	"github.com/careerbot-dev/careerbot/bot"
)

// Rebuild returns a library of guides (as NewLibrary) for a reload: the
// guides l also holds, the very same *bot.Guide values (content.ParseCache
// hands back unchanged guides that way), are not analysed again. l keeps
// serving meanwhile; it is only read.
//
// When the reload only changed what guides say, not what they are called
// (every guide still has a guide of its slug in l with the same title,
// summary, aliases, vocabulary, section IDs and titles and certification names, and
// none was added or removed), the tables of names, sections, fields and
// certificates are l's with the changed guides put in place of the old
// ones, instead of being built again from every guide: they are the same
// tables a fresh build would make.
func (l *Library) Rebuild(guides []*bot.Guide, s bot.Searcher) (*Library, error) {
	if n := l.patched(guides, s); n != nil {
		return n, nil
	}
	return newLibrary(guides, s, l, "")
}

// patched is the library of guides made from l by replacing the guides
// that changed, or nil when some change touches what the tables are built
// from (see Rebuild).
func (l *Library) patched(guides []*bot.Guide, s bot.Searcher) *Library {
	if len(guides) != len(l.Guides) {
		return nil
	}
	guideFor := map[*bot.Guide]*bot.Guide{}       // old → new
	sectionFor := map[*bot.Section]*bot.Section{} // old → new
	seen := make(map[string]bool, len(guides))
	for _, g := range guides {
		old, ok := l.bySlug[g.Slug]
		if !ok || seen[g.Slug] {
			return nil
		}
		seen[g.Slug] = true
		if old == g {
			continue
		}
		if !sameNaming(old, g) {
			return nil
		}
		guideFor[old] = g
		for i, s := range old.Sections {
			sectionFor[s] = g.Sections[i]
		}
	}
	n := &Library{m: l.m, Searcher: s, maxWords: l.maxWords, vocab: l.vocab,
		// Built from names, titles and vocabularies only, and never changed
		// once built: shared.
		certInits: l.certInits, nameWords: l.nameWords, expand: l.expand, spelled: l.spelled}
	n.Guides = make([]*bot.Guide, len(l.Guides))
	for i, g := range l.Guides {
		n.Guides[i] = swapped(guideFor, g)
	}
	side := make(chan struct{})
	go func() {
		defer close(side)
		n.secText = newSectionText(n.Guides, l.secText)
		n.terms = newTermTable(n.Guides, l.terms)
		n.stemsFresh = n.terms.analysed
	}()
	n.bySlug = remapped(l.bySlug, guideFor)
	n.sections = remapped(l.sections, sectionFor)
	n.names = remapped(l.names, guideFor)
	n.summaryOwn = remapped(l.summaryOwn, guideFor)
	n.certPairs = remapped(l.certPairs, guideFor)
	n.headNames = make(map[string]map[string]*bot.Guide, len(l.headNames))
	for h, m := range l.headNames {
		n.headNames[h] = remapped(m, guideFor)
	}
	n.fields = make(map[string][]titleField, len(l.fields))
	for w, tfs := range l.fields {
		if slices.ContainsFunc(tfs, func(tf titleField) bool { return guideFor[tf.g] != nil }) {
			tfs = slices.Clone(tfs)
			for i := range tfs {
				tfs[i].g = swapped(guideFor, tfs[i].g)
			}
		}
		n.fields[w] = tfs
	}
	n.nameIdx = l.nameIdx.withGuides(n.names)
	<-side
	return n
}

// swapped is what replaces v, v itself when nothing does.
func swapped[V comparable](to map[V]V, v V) V {
	if w, ok := to[v]; ok {
		return w
	}
	return v
}

// remapped is a copy of m with the values to maps replaced (m itself when
// none of them is there).
func remapped[K, V comparable](m map[K]V, to map[V]V) map[K]V {
	var out map[K]V
	for k, v := range m {
		if w, ok := to[v]; ok {
			if out == nil {
				out = maps.Clone(m)
			}
			out[k] = w
		}
	}
	if out == nil {
		return m // never changed once built: shared
	}
	return out
}

// sameNaming reports whether a and b agree on everything newLibrary's
// tables are built from besides the pre-analysed texts and the term table
// (which reuse what they can by themselves).
func sameNaming(a, b *bot.Guide) bool {
	if a.Slug != b.Slug || a.Title != b.Title || a.Summary != b.Summary || !slices.Equal(a.Aliases, b.Aliases) || !maps.Equal(a.Vocabulary, b.Vocabulary) ||
		len(a.Sections) != len(b.Sections) || len(a.Certifications) != len(b.Certifications) {
		return false
	}
	for i, s := range a.Sections {
		if t := b.Sections[i]; s.ID != t.ID || s.Title != t.Title {
			return false
		}
	}
	for i, c := range a.Certifications {
		if c.Name != b.Certifications[i].Name {
			return false
		}
	}
	return true
}
