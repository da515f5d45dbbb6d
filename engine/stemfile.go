package engine

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"
	"unsafe"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/par"

	"github.com/careerbot-dev/careerbot/internal/atomicfile"
)

// The term table's analysis of each guide (its distinct stems, guideStems)
// is the dearest part of a library build at 10,000 guides. A stem file
// keeps it between runs: each guide's stems under a hash of exactly the
// texts guideStems reads, so a guide whose texts changed misses and is
// analysed again, and a file of another analysis (stemFileVersion) is not
// used.

// stemFileFormat changes with the file's layout, guideStems' reading of a
// guide or stemKey.
const stemFileFormat = "careerbot-stems-2" // 2: with how many of a guide's stems come from its sections

// stemFileVersion is stemFileFormat with a fingerprint of the analysis
// itself (the stems of probe words), so that a change to the stemmer
// makes old files unusable even if nobody changes the format.
var stemFileVersion = sync.OnceValue(func() string {
	h := sha256.New()
	h.Write([]byte(stemFileFormat))
	probe := &bot.Guide{Summary: "Nurses' NIGHT-shift workers deploying models; café résumé 24/7 s data-driven.",
		Sections: []*bot.Section{{Title: "Tools & Tech", Body: "Kubernetes, PyTorch, running, ran, happily, cartography, certifications, analyses"}}}
	sts, _ := guideStems([]*bot.Guide{probe})
	for _, st := range sts[0] {
		h.Write([]byte(st))
		h.Write([]byte{0})
	}
	return stemFileFormat + ":" + hex.EncodeToString(h.Sum(nil)[:8])
})

// stemKey is the hash of the texts guideStems reads of g, in its order.
type stemKey [16]byte

func keyOfStems(g *bot.Guide, buf []byte) (stemKey, []byte) {
	h := sha256.New()
	add := func(s string) {
		buf = strconv.AppendInt(buf[:0], int64(len(s)), 10)
		h.Write(append(buf, ':'))
		// The text's bytes where they are (the hash keeps nothing).
		h.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
	}
	add(g.Summary)
	add(g.Education)
	add(g.Certification)
	add(g.License)
	add(strconv.Itoa(len(g.Sections)))
	for _, s := range g.Sections {
		add(s.Title)
		add(s.Body)
	}
	add(strconv.Itoa(len(g.Certifications)))
	for _, c := range g.Certifications {
		add(c.Name)
	}
	var k stemKey
	copy(k[:], h.Sum(nil))
	return k, buf
}

// stemKeys hashes every guide, on every core.
func stemKeys(guides []*bot.Guide) []stemKey {
	out := make([]stemKey, len(guides))
	bufs := make([][]byte, par.Workers()) // one per worker, reused
	par.For(len(guides), func(w, i int) {
		out[i], bufs[w] = keyOfStems(guides[i], bufs[w])
	})
	return out
}

// stemFile is a stem file read: its stems (distinct, numbered as in the
// file) and each key's stem numbers, those of the guide's sections first,
// and how many those are (-1: not known). fromStemFile renumbers the
// entries it uses in place: a stemFile is used once.
type stemFile struct {
	dict    []string
	entries map[stemKey]stemEntry
}

type stemEntry struct {
	ids  []uint32 // numbers in dict (ours once renumbered by fromStemFile)
	secN int
	ours bool
}

// readStemFile reads a stem file (nil and an error when it is missing,
// of another version or damaged).
func readStemFile(path string) (*stemFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := &stemReader{b: data}
	if v := r.str(); v != stemFileVersion() {
		if r.err != nil {
			return nil, r.err
		}
		return nil, fmt.Errorf("stem file version %q, want %q", v, stemFileVersion())
	}
	f := &stemFile{dict: make([]string, r.num())}
	// The stems are one string, each a substring of it (one allocation).
	start := r.at
	spans := make([][2]int, len(f.dict))
	for i := range spans {
		if r.err != nil {
			break
		}
		n := r.num()
		spans[i] = [2]int{r.at - start, n}
		r.bytes(n)
	}
	if r.err != nil {
		return nil, r.err
	}
	text := string(data[start:r.at])
	for i, sp := range spans {
		f.dict[i] = text[sp[0] : sp[0]+sp[1]]
	}
	n := r.num()
	f.entries = make(map[stemKey]stemEntry, min(n, len(data)/16))
	for range n {
		if r.err != nil {
			break
		}
		var k stemKey
		copy(k[:], r.bytes(len(k)))
		secN := r.num() - 1
		m := r.num()
		if m > len(f.dict) {
			r.err = errors.New("stem file: a guide with more stems than the file")
			break
		}
		ids := make([]uint32, m)
		for i := range ids {
			id := r.num()
			if id >= len(f.dict) {
				r.err = errors.New("stem file: a stem number out of range")
				break
			}
			ids[i] = uint32(id)
		}
		if secN > m {
			r.err = errors.New("stem file: a section count out of range")
			break
		}
		f.entries[k] = stemEntry{ids: ids, secN: secN}
	}
	if r.err == nil && r.at != len(r.b) {
		r.err = errors.New("stem file: trailing bytes")
	}
	if r.err != nil {
		return nil, r.err
	}
	return f, nil
}

type stemReader struct {
	b   []byte
	at  int
	err error
}

func (r *stemReader) num() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.at:])
	if n <= 0 || v > uint64(len(r.b)) {
		r.err = errors.New("stem file: damaged")
		return 0
	}
	r.at += n
	return int(v)
}

func (r *stemReader) bytes(n int) []byte {
	if r.err != nil || r.at+n > len(r.b) {
		if r.err == nil {
			r.err = errors.New("stem file: truncated")
		}
		return nil
	}
	b := r.b[r.at : r.at+n]
	r.at += n
	return b
}

func (r *stemReader) str() string { return string(r.bytes(r.num())) }

// fromStemFile is a term table to reuse (as newTermTable's reuse) holding
// the stems the file has for guides (keys[i] is guides[i]'s key); only
// stems of those guides are numbered, in the order termTable.number
// numbers them (by first use, guide after guide), through a table from the
// file's numbers rather than a look-up of each stem. nil when the file
// lists a stem twice (it was not written by SaveStems).
func fromStemFile(f *stemFile, guides []*bot.Guide, keys []stemKey) *termTable {
	t := &termTable{perGuide: make(map[*bot.Guide][]uint32, len(guides)), secN: make(map[*bot.Guide]int, len(guides)), owned: true}
	remap := make([]uint32, len(f.dict)) // the file's number → ours + 1 (0: not yet numbered)
	for i, g := range guides {
		e, ok := f.entries[keys[i]]
		if !ok {
			continue
		}
		if e.secN >= 0 {
			t.secN[g] = e.secN
		}
		if !e.ours {
			// Renumbered in place, once: another guide with the same
			// texts has the same numbers.
			for k, fid := range e.ids {
				id := remap[fid]
				if id == 0 {
					t.stems = append(t.stems, f.dict[fid])
					id = uint32(len(t.stems))
					remap[fid] = id
				}
				e.ids[k] = id - 1
			}
			e.ours = true
			f.entries[keys[i]] = e
		}
		t.perGuide[g] = e.ids
	}
	t.ids = make(map[string]uint32, len(t.stems))
	for id, st := range t.stems {
		if _, dup := t.ids[st]; dup {
			return nil
		}
		t.ids[st] = uint32(id)
	}
	return t
}

// SaveStems writes the library's term-table analysis of its guides to a
// stem file at path (through a temporary file renamed into place), for
// NewLibraryWithStems in the next run.
func (l *Library) SaveStems(path string) error {
	keys := l.stemKeys
	if keys == nil {
		keys = map[*bot.Guide]stemKey{}
		for i, k := range stemKeys(l.Guides) {
			keys[l.Guides[i]] = k
		}
	}
	return atomicfile.Write(path, func(f io.Writer) error {
		w := bufio.NewWriterSize(f, 1<<20)
		var num []byte
		putNum := func(v int) { num = binary.AppendUvarint(num[:0], uint64(v)); w.Write(num) }
		putStr := func(s string) { putNum(len(s)); w.WriteString(s) }
		putStr(stemFileVersion())
		t := l.terms
		putNum(len(t.stems))
		for _, st := range t.stems {
			putStr(st)
		}
		n := 0
		for _, g := range l.Guides {
			if _, ok := keys[g]; ok {
				n++
			}
		}
		putNum(n)
		for _, g := range l.Guides {
			k, ok := keys[g]
			if !ok {
				continue
			}
			w.Write(k[:])
			if n, ok := t.secN[g]; ok {
				putNum(n + 1)
			} else {
				putNum(0) // not known: labelsOf reads the guide's sections itself
			}
			ids := t.perGuide[g]
			putNum(len(ids))
			for _, id := range ids {
				putNum(int(id))
			}
		}
		return w.Flush()
	})
}

// StemsAnalysed is how many guides the library's build analysed for its
// term table rather than took from a stem file or the previous library
// (with a stem file, a positive count means the file is worth writing).
func (l *Library) StemsAnalysed() int { return l.stemsFresh }
