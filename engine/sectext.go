package engine

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/careerbot-dev/careerbot/bot"
)

// sectionText holds the texts relevance reads (a section's title and body,
// a guide's key facts) pre-analysed: each as the sequence of its words'
// stem numbers, computed once per text (on first use, so a large library
// starts no slower) instead of re-stemming the whole text on every
// question. Texts are found by a hash and their length; texts not
// registered at build (passages) are analysed as before.
type sectionText struct {
	seed     maphash.Seed
	slots    map[textKey]*atomic.Pointer[[]uint32]
	perGuide map[*bot.Guide][]textKey // the texts of each guide
	dict     *stemDict                // shared with the libraries rebuilt from this one
}

// stemDict numbers stems; it only grows.
type stemDict struct {
	mu    sync.RWMutex
	words map[string]uint32 // word → its stem's number
	stems map[string]uint32 // stem → number (from 1)
}

type textKey struct {
	hash uint64
	n    int
}

// relevanceTexts are the texts of a guide that relevance is asked about,
// spelled exactly as its callers build them (newSectionText registers the
// same texts without building them).
func relevanceTexts(g *bot.Guide) []string {
	out := []string{g.Summary + " " + g.Education + " " + g.Certification + " " + g.License}
	for _, s := range g.Sections {
		out = append(out, s.Title+" "+s.Body)
	}
	return out
}

// newSectionText registers the texts of guides; those of the guides prev
// also holds (the same *bot.Guide) keep prev's analysis.
func newSectionText(guides []*bot.Guide, prev *sectionText) *sectionText {
	// Made at the size they reach: a text per section and one of facts
	// per guide, their slots allocated together.
	texts := 0
	for _, g := range guides {
		texts += 1 + len(g.Sections)
	}
	t := &sectionText{seed: maphash.MakeSeed(), slots: make(map[textKey]*atomic.Pointer[[]uint32], texts),
		perGuide: make(map[*bot.Guide][]textKey, len(guides)),
		dict:     &stemDict{words: map[string]uint32{}, stems: map[string]uint32{}}}
	if prev != nil {
		t.seed, t.dict = prev.seed, prev.dict
	}
	var h maphash.Hash
	var keys []textKey
	var slab []atomic.Pointer[[]uint32]
	if prev == nil {
		slab = make([]atomic.Pointer[[]uint32], texts)
	}
	register := func(parts ...string) {
		// Hashed in parts, as one string: maphash depends only on the bytes.
		h.SetSeed(t.seed)
		n := 0
		for _, p := range parts {
			h.WriteString(p)
			n += len(p)
		}
		k := textKey{hash: h.Sum64(), n: n}
		if t.slots[k] == nil {
			if len(slab) > 0 {
				t.slots[k], slab = &slab[0], slab[1:]
			} else {
				t.slots[k] = new(atomic.Pointer[[]uint32])
			}
		}
		keys = append(keys, k)
	}
	for _, g := range guides {
		if prev != nil {
			if ks, ok := prev.perGuide[g]; ok {
				for _, k := range ks {
					t.slots[k] = prev.slots[k]
				}
				t.perGuide[g] = ks
				continue
			}
		}
		keys = make([]textKey, 0, 1+len(g.Sections))
		register(g.Summary, " ", g.Education, " ", g.Certification, " ", g.License)
		for _, s := range g.Sections {
			register(s.Title, " ", s.Body)
		}
		t.perGuide[g] = keys
	}
	return t
}

func (t *sectionText) key(s string) textKey {
	return textKey{hash: maphash.String(t.seed, s), n: len(s)}
}

// seqParts is seq of the concatenation of parts, built only when its
// analysis is not made yet (maphash hashes it in parts as one string).
func (t *sectionText) seqParts(parts ...string) ([]uint32, bool) {
	if t == nil {
		return nil, false
	}
	var h maphash.Hash
	h.SetSeed(t.seed)
	n := 0
	for _, p := range parts {
		h.WriteString(p)
		n += len(p)
	}
	slot := t.slots[textKey{hash: h.Sum64(), n: n}]
	if slot == nil {
		return nil, false
	}
	if p := slot.Load(); p != nil {
		return *p, true
	}
	return t.seq(strings.Join(parts, ""))
}

// seq returns the stem numbers of text's words when text is registered.
func (t *sectionText) seq(text string) ([]uint32, bool) {
	if t == nil {
		return nil, false
	}
	slot := t.slots[t.key(text)]
	if slot == nil {
		return nil, false
	}
	if p := slot.Load(); p != nil {
		return *p, true
	}
	ws := words(text)
	seq := make([]uint32, len(ws))
	for i, w := range ws {
		seq[i] = t.number(w, true)
	}
	slot.Store(&seq)
	return seq, true
}

// number returns the number of w's stem; 0 when the stem is in no analysed
// text and add is false.
func (t *sectionText) number(w string, add bool) uint32 {
	d := t.dict
	d.mu.RLock()
	n, ok := d.words[w]
	if !ok && !add {
		n = d.stems[stem(w)]
	}
	d.mu.RUnlock()
	if ok || !add {
		return n
	}
	st := stem(w)
	d.mu.Lock()
	defer d.mu.Unlock()
	n, ok = d.stems[st]
	if !ok {
		n = uint32(len(d.stems) + 1)
		d.stems[st] = n
	}
	d.words[w] = n
	return n
}

// covers reports, for each content word, whether its stem is in seq, and
// how many adjacent content words stand together in seq.
func (t *sectionText) covers(seq []uint32, content []string) (in []bool, phrases int) {
	ids := make([]uint32, len(content))
	for i, w := range content {
		ids[i] = t.number(w, false)
	}
	in = make([]bool, len(content))
	pairs := make([]bool, len(content))
	for j, x := range seq {
		for i, id := range ids {
			if id == 0 || id != x {
				continue
			}
			in[i] = true
			if i+1 < len(ids) && j+1 < len(seq) && ids[i+1] != 0 && seq[j+1] == ids[i+1] {
				pairs[i] = true
			}
		}
	}
	for i := 0; i+1 < len(content); i++ {
		if pairs[i] {
			phrases++
		}
	}
	return in, phrases
}
