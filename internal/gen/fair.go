package gen

import (
	"math/rand/v2"
	"strings"
	"sync"

	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// The fair corpus: unlike Corpus, whose careers each own about 31 invented
// words, a fair career draws its tools, skills, jargon, family words and
// certifying bodies from pools shared by all careers, with a long-tailed
// (Zipf-like) frequency: a few words are used by a large share of the
// careers, most by several, and only the tail by one. A career is then told
// apart by a combination of shared words, as real careers are ("Python" and
// "statistics" are shared by many; both with "Kubernetes" by fewer). Only the
// field word of the title stays unique, so careers can still be named.

// Pool sizes of the fair corpus.
const (
	fairToolPool   = 1500
	fairSkillPool  = 800
	fairJargonPool = 3000
	fairFamilyPool = 200
	fairOrgPool    = 300
	// fairZipfS is the exponent of the word frequency (P(rank k) ∝ (1+k)^-s).
	fairZipfS = 1.1
)

type pools struct {
	tools, skills, jargon, family, orgs []string
}

var poolCache sync.Map // seed → *pools

// fairPools returns the shared word pools of a seed. Every word has its own
// Porter stem, so no two pool words are one search term.
func fairPools(seed int64) *pools {
	if p, ok := poolCache.Load(seed); ok {
		return p.(*pools)
	}
	r := rand.New(rand.NewPCG(uint64(seed), 0xfa1f))
	taken := map[string]bool{}
	stems := map[string]bool{}
	draw := func(n int) []string {
		out := make([]string, 0, n)
		for len(out) < n {
			w := word(r)
			st := porterstemmer.StemString(w)
			if taken[w] || stems[st] {
				continue
			}
			taken[w], stems[st] = true, true
			out = append(out, w)
		}
		return out
	}
	p := &pools{tools: draw(fairToolPool), skills: draw(fairSkillPool), jargon: draw(fairJargonPool), family: draw(fairFamilyPool)}
	seenOrg := map[string]bool{}
	for len(p.orgs) < fairOrgPool {
		if a := acronym(r); !seenOrg[a] {
			seenOrg[a] = true
			p.orgs = append(p.orgs, a)
		}
	}
	got, _ := poolCache.LoadOrStore(seed, p)
	return got.(*pools)
}

// zipfPick draws n distinct words from pool with a Zipf-like frequency.
func zipfPick(r *rand.Rand, pool []string, n int, taken map[string]bool) []string {
	z := rand.NewZipf(r, fairZipfS, 1, uint64(len(pool)-1))
	out := make([]string, 0, n)
	for len(out) < n {
		w := pool[z.Uint64()]
		if taken[w] {
			continue
		}
		taken[w] = true
		out = append(out, w)
	}
	return out
}

// FairCorpus generates fair careers 0..n-1 (see GenerateFair).
func FairCorpus(seed int64, n int) []Career {
	out := make([]Career, n)
	for i := range out {
		out[i] = GenerateFair(seed, i)
	}
	return out
}

// GenerateFair returns fair career i for seed: the guide of Generate's
// shape, written with words drawn from the shared pools. The same (seed, i)
// always gives the same career, whatever corpus it is part of.
func GenerateFair(seed int64, i int) Career {
	p := fairPools(seed)
	r := rand.New(rand.NewPCG(uint64(seed)^0x5eed, uint64(i)*2+1))
	d := Domain{Field: fieldWord(seed, i), Role: roles[r.IntN(len(roles))]}
	taken := map[string]bool{strings.ToLower(d.Field): true}
	d.Family = zipfPick(r, p.family, 10, taken)
	for _, w := range zipfPick(r, p.tools, 8, taken) {
		d.Tools = append(d.Tools, capitalise(w))
	}
	for k, w := range zipfPick(r, p.skills, 6, taken) {
		d.Skills = append(d.Skills, w+" "+skillNouns[(k+r.IntN(len(skillNouns)))%len(skillNouns)])
	}
	d.Jargon = zipfPick(r, p.jargon, 14, taken)
	seenOrg := map[string]bool{}
	z := rand.NewZipf(r, fairZipfS, 1, uint64(len(p.orgs)-1))
	for len(d.Orgs) < 3 {
		if a := p.orgs[z.Uint64()]; !seenOrg[a] {
			seenOrg[a] = true
			d.Orgs = append(d.Orgs, a)
		}
	}
	c := Career{Index: i, Domain: d}
	c.Guide = guide(i, d, r)
	return c
}
