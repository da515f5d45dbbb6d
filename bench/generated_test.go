package bench

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/gen"
)

// BenchmarkGenerated measures the engine over generated guides at each size
// of CAREERBOT_BENCH_SIZES:
//
//	build            index.Build + bot.NewLibrary; heap-MB is the live heap they add
//	salary           /salary CA career:<slug>
//	named            "what certifications help a <career title>?"
//	unnamed          a question in one career's domain words, naming no career
//	baseline-named   plain bleve match query on "body" with the named question's text
//	baseline-unnamed plain bleve match query on "body" with the unnamed question's text
//	search-unnamed   index.Search over all sections (title^2 + body) without routing
//	search-rare      index.Search over all sections with only the unnamed question's
//	                 domain words (what routing on rare words would cost)
//
// Answer benchmarks rotate through the careers and report p50-µs, p99-µs
// and correct-% (the answer or top hit is from the asked career).
func BenchmarkGenerated(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprintf("guides=%d", n), func(b *testing.B) {
			b.Run("build", func(b *testing.B) { benchBuild(b, n) })
			b.Run("salary", func(b *testing.B) { benchSalary(b, getCorpus(b, n)) })
			b.Run("named", func(b *testing.B) { benchNamed(b, getCorpus(b, n)) })
			b.Run("unnamed", func(b *testing.B) { benchUnnamed(b, getCorpus(b, n)) })
			b.Run("baseline-named", func(b *testing.B) { benchBaseline(b, getCorpus(b, n), false) })
			b.Run("baseline-unnamed", func(b *testing.B) { benchBaseline(b, getCorpus(b, n), true) })
			b.Run("search-unnamed", func(b *testing.B) { benchSearchAll(b, getCorpus(b, n), false) })
			b.Run("search-rare", func(b *testing.B) { benchSearchAll(b, getCorpus(b, n), true) })
		})
	}
}

func benchBuild(b *testing.B, n int) {
	b.StopTimer()
	before := heapAlloc()
	guides := gen.Guides(gen.Corpus(gen.DefaultSeed, n))
	guidesMB := float64(int64(heapAlloc())-int64(before)) / 1e6
	var heapMB float64
	var cpu time.Duration
	b.ReportAllocs()
	b.StartTimer()
	for i := 0; i < b.N; i++ {
		if i == 0 {
			b.StopTimer()
			before = heapAlloc()
			b.StartTimer()
		}
		c0 := cpuTime()
		idx, lib, err := build(guides)
		cpu += cpuTime() - c0
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if i == 0 {
			heapMB = float64(int64(heapAlloc())-int64(before)) / 1e6
		}
		if lib.SectionCount() != 13*n || idx.Sections() != 13*n {
			b.Fatalf("built %d/%d sections, want %d", lib.SectionCount(), idx.Sections(), 13*n)
		}
		runtime.KeepAlive(lib)
		idx.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu)/float64(b.N)/float64(time.Millisecond), "cpu-ms/op")
	b.ReportMetric(heapMB, "heap-MB")
	b.ReportMetric(heapMB*1000/float64(n), "heap-KB/guide")
	b.ReportMetric(guidesMB, "guides-MB")
}

// pick spreads operations over the careers.
func (c *corpus) pick(i int) gen.Career { return c.careers[(i*7919)%c.n] }

// answerBench runs the router on one line per operation and checks the answer.
func answerBench(b *testing.B, c *corpus, line func(i int) (string, gen.Career), ok func(a *bot.Answer, c gen.Career) bool, strict bool) {
	ctx := context.Background()
	base := bot.Request{Platform: "bench", UserID: "u1"}
	lat := make(latencies, 0, b.N)
	good := 0
	firstBad := ""
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		l, career := line(i)
		t0 := time.Now()
		a := c.router.HandleLine(ctx, base, l)
		lat = append(lat, time.Since(t0))
		if ok(a, career) {
			good++
		} else if firstBad == "" {
			firstBad = fmt.Sprintf("%q → career %q, title %q, body %q", l, a.Career, a.Title, bot.Clip(a.Body, 120))
		}
	}
	b.StopTimer()
	reportCPU(b, cpu0)
	lat.report(b)
	b.ReportMetric(100*float64(good)/float64(b.N), "correct-%")
	if firstBad != "" {
		if strict {
			b.Errorf("wrong answer: %s", firstBad)
		} else {
			b.Logf("first wrong answer: %s", firstBad)
		}
	}
}

func benchSalary(b *testing.B, c *corpus) {
	answerBench(b, c, func(i int) (string, gen.Career) {
		k := c.pick(i)
		return k.SalaryLine(), k
	}, func(a *bot.Answer, k gen.Career) bool {
		return a.Answered && a.Career == k.Guide.Slug && strings.Contains(a.Body, bot.Money(k.Guide.State("CA").Median))
	}, true)
}

func benchNamed(b *testing.B, c *corpus) {
	answerBench(b, c, func(i int) (string, gen.Career) {
		k := c.pick(i)
		return k.NamedQuestion(), k
	}, func(a *bot.Answer, k gen.Career) bool {
		return a.Answered && a.Career == k.Guide.Slug && a.Source != nil && a.Source.Section == "Certifications"
	}, true)
}

func unnamed(c *corpus, i int) (string, gen.Career) {
	k := c.pick(i)
	qs := k.UnnamedQuestions()
	return qs[(i/c.n+i)%len(qs)], k
}

func benchUnnamed(b *testing.B, c *corpus) {
	answerBench(b, c, func(i int) (string, gen.Career) { return unnamed(c, i) },
		func(a *bot.Answer, k gen.Career) bool { return a.Answered && a.Career == k.Guide.Slug }, false)
}

// benchBaseline is the scale baseline of the issue: a plain match query on
// the body field over all sections, no routing, no career filter.
func benchBaseline(b *testing.B, c *corpus, withoutCareer bool) {
	idx := c.baseline(b)
	ctx := context.Background()
	lat := make(latencies, 0, b.N)
	good := 0
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		var text string
		var k gen.Career
		if withoutCareer {
			text, k = unnamed(c, i)
		} else {
			k = c.pick(i)
			text = k.NamedQuestion()
		}
		t0 := time.Now()
		q := bleve.NewMatchQuery(text)
		q.SetField("body")
		res, err := idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, 10, 0, false))
		lat = append(lat, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Hits) > 0 && strings.HasPrefix(res.Hits[0].ID, k.Guide.Slug+"/") {
			good++
		}
	}
	b.StopTimer()
	reportCPU(b, cpu0)
	lat.report(b)
	b.ReportMetric(100*float64(good)/float64(b.N), "correct-%")
}

// benchSearchAll is the engine's own searcher over every guide, without
// routing: what free text without a career costs when nothing narrows it.
// With rareOnly, the query keeps only the career's domain words, as a
// router that drops common words would.
func benchSearchAll(b *testing.B, c *corpus, rareOnly bool) {
	ctx := context.Background()
	lat := make(latencies, 0, b.N)
	good := 0
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		text, k := unnamed(c, i)
		if rareOnly {
			text = domainWords(text, k)
		}
		t0 := time.Now()
		hits, err := c.idx.Search(ctx, bot.Query{Text: text, Limit: 8})
		lat = append(lat, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		if len(hits) > 0 && hits[0].Guide == k.Guide.Slug {
			good++
		}
	}
	b.StopTimer()
	reportCPU(b, cpu0)
	lat.report(b)
	b.ReportMetric(100*float64(good)/float64(b.N), "correct-%")
}

// domainWords keeps the words of text that belong to the career's own
// vocabulary.
func domainWords(text string, k gen.Career) string {
	own := map[string]bool{}
	for _, w := range k.Domain.Words() {
		own[w] = true
	}
	var keep []string
	for _, w := range strings.Fields(bot.NormalizeName(text)) {
		if own[w] {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}
