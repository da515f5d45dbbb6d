package engine

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/gen"
)

// bruteClosest is the scan nameIndex replaces.
func bruteClosest(names map[string]*bot.Guide, n string, maxD int) *bot.Guide {
	var best *bot.Guide
	bestD := maxD + 1
	for name, g := range names {
		if d := bot.Levenshtein(n, name, maxD); d < bestD || (d == bestD && best != nil && g.Slug < best.Slug) {
			best, bestD = g, d
		}
	}
	return best
}

func brutePrefix(names map[string]*bot.Guide, p string) (g *bot.Guide, ambiguous bool) {
	for name, h := range names {
		if strings.HasPrefix(name, p) {
			if g != nil && g != h {
				ambiguous = true
			}
			g = h
		}
	}
	return g, ambiguous
}

// The name index finds exactly what a scan of every name finds: the same
// guide for typos of up to three edits, prefixes and strings far from any
// name.
func TestNameIndexMatchesScan(t *testing.T) {
	names := map[string]*bot.Guide{}
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		const letters = "abcdefghiklmnoprstu"
		b := make([]byte, 3+r.IntN(9))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		return string(b)
	}
	var all []string
	for i := 0; i < 400; i++ {
		g := &bot.Guide{Slug: fmt.Sprintf("g%03d", i)}
		for k := 0; k < 3; k++ {
			n := word()
			if k > 0 {
				n += " " + word()
			}
			if names[n] == nil {
				names[n] = g
				all = append(all, n)
			}
		}
	}
	x := newNameIndex(names)
	edit := func(s string, k int) string {
		b := []byte(s)
		for ; k > 0 && len(b) > 1; k-- {
			p := r.IntN(len(b))
			switch r.IntN(3) {
			case 0:
				b[p] = 'a' + byte(r.IntN(26))
			case 1:
				b = append(b[:p], b[p+1:]...)
			default:
				b = append(b[:p], append([]byte{'z'}, b[p:]...)...)
			}
		}
		return string(b)
	}
	found := 0
	for i := 0; i < 3000; i++ {
		q := edit(all[r.IntN(len(all))], r.IntN(5))
		if i%7 == 0 {
			q = word()
		}
		for maxD := 1; maxD <= 3; maxD++ {
			want := bruteClosest(names, q, maxD)
			if got := x.closest(q, maxD); got != want {
				t.Fatalf("closest(%q, %d) = %v, the scan finds %v", q, maxD, got, want)
			}
			if want != nil {
				found++
			}
		}
		if len(q) >= 3 {
			p := q[:3+r.IntN(len(q)-2)]
			wg, wa := brutePrefix(names, p)
			if gg, ga := x.prefix(p); gg != nil && (ga != wa || (!ga && gg != wg)) || (gg == nil) != (wg == nil) {
				t.Fatalf("prefix(%q) = %v %v, the scan finds %v %v", p, gg, ga, wg, wa)
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d look-ups found a name: the test compares mostly misses", found)
	}
}

// BenchmarkResolveTypo resolves a misspelled title among the names of
// 10,000 fair generated careers (what /salary career:<typo> pays).
func BenchmarkResolveTypo(b *testing.B) {
	cs := gen.FairCorpus(gen.DefaultSeed, 10000)
	names := map[string]*bot.Guide{}
	for _, c := range cs {
		for _, n := range careerNames(c.Guide) {
			if names[n] == nil {
				names[n] = c.Guide
			}
		}
	}
	x := newNameIndex(names)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := cs[(i*7919)%len(cs)]
		n := bot.NormalizeName(gen.Typo(c.Guide.Title))
		if g := x.closest(n, 3); g != c.Guide {
			b.Fatalf("%q resolved to %v", n, g)
		}
	}
}
