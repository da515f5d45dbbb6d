package bench

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/index"
	"github.com/careerbot-dev/careerbot/internal/gen"
)

// fairCorpus is a fair generated corpus (gen.FairCorpus) with its built
// engine and the benchmark questions, made once per process and size.
type fairCorpus struct {
	n         int
	careers   []gen.Career
	questions map[string][]gen.Question
	idx       *index.Index
	lib       *engine.Library
	router    *bot.Router
}

var (
	fairMu      sync.Mutex
	fairCorpora = map[int]*fairEntry{}
)

type fairEntry struct {
	once sync.Once
	c    *fairCorpus
	err  error
}

func getFair(b *testing.B, n int) *fairCorpus {
	b.Helper()
	fairMu.Lock()
	e := fairCorpora[n]
	if e == nil {
		e = &fairEntry{}
		fairCorpora[n] = e
	}
	fairMu.Unlock()
	b.StopTimer()
	e.once.Do(func() { e.c, e.err = newFair(n) })
	b.StartTimer()
	if e.err != nil {
		b.Fatal(e.err)
	}
	return e.c
}

func newFair(n int) (*fairCorpus, error) {
	cs := gen.FairCorpus(gen.DefaultSeed, n)
	c := &fairCorpus{n: n, careers: cs, questions: gen.FairQuestions(cs)}
	idx, lib, err := build(gen.Guides(cs))
	if err != nil {
		return nil, err
	}
	c.idx, c.lib = idx, lib
	c.router, err = productionRouter(lib)
	return c, err
}

// productionRouter is the engine behind the middleware chain of the real
// bot (as in internal/testbot).
func productionRouter(lib *engine.Library) (*bot.Router, error) {
	logger := slog.New(slog.DiscardHandler)
	eng := engine.New(lib, logger, engine.Options{})
	reg := bot.NewRegistry()
	if err := eng.Register(reg); err != nil {
		return nil, err
	}
	return bot.NewRouter(reg, logger, bot.Recover(logger, nil), bot.Logging(logger), bot.InputLimits(500)), nil
}

// BenchmarkFair measures every question class of the fair corpus
// (gen.FairClasses) at each size of CAREERBOT_BENCH_SIZES, twice on the
// same index in the same run:
//
//	engine/<class>  the question through bot.Router with the production
//	                middleware (what a user gets)
//	bleve/<class>   plain bleve on the engine's own index: a match query on
//	                title (boost 2) and body with the question's text, top 10
//
// Metrics: p50-µs, p99-µs, cpu-µs/op, right-% (the answer's career, or the
// top hit's guide, is the career meant, over the questions whose words
// single it out), well-% (the share of such questions), and for the engine
// which-% (answers that ask "Which career?").
func BenchmarkFair(b *testing.B) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprintf("guides=%d", n), func(b *testing.B) {
			for _, class := range gen.FairClasses {
				b.Run("engine/"+class, func(b *testing.B) { benchFairEngine(b, getFair(b, n), class) })
				b.Run("bleve/"+class, func(b *testing.B) { benchFairBleve(b, getFair(b, n), class) })
			}
		})
	}
}

func (c *fairCorpus) question(class string, i int) gen.Question {
	qs := c.questions[class]
	return qs[(i*7919)%len(qs)]
}

type tally struct{ ops, well, right, which int }

func (t tally) report(b *testing.B) {
	if t.well > 0 {
		b.ReportMetric(100*float64(t.right)/float64(t.well), "right-%")
	}
	b.ReportMetric(100*float64(t.well)/float64(t.ops), "well-%")
}

func benchFairEngine(b *testing.B, c *fairCorpus, class string) {
	ctx := context.Background()
	base := bot.Request{Platform: "bench", UserID: "u1"}
	lat := make(latencies, 0, b.N)
	var t tally
	firstBad := ""
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		q := c.question(class, i)
		t0 := time.Now()
		a := c.router.HandleLine(ctx, base, q.Text)
		lat = append(lat, time.Since(t0))
		t.ops++
		if a.Title == "Which career?" {
			t.which++
		}
		if q.WellDefined {
			t.well++
			if a.Career == c.careers[q.Career].Guide.Slug {
				t.right++
			} else if firstBad == "" {
				firstBad = fmt.Sprintf("%q → career %q, title %q", q.Text, a.Career, a.Title)
			}
		}
	}
	b.StopTimer()
	reportCPU(b, cpu0)
	lat.report(b)
	t.report(b)
	b.ReportMetric(100*float64(t.which)/float64(t.ops), "which-%")
	if firstBad != "" {
		b.Logf("first wrong career: %s", firstBad)
	}
}

// benchFairBleve is the baseline: a tuned plain bleve query (title^2 +
// body match queries with the en analyzer and BM25; no padding, no
// routing) on the engine's own index.
func benchFairBleve(b *testing.B, c *fairCorpus, class string) {
	ctx := context.Background()
	idx := c.idx.Bleve()
	lat := make(latencies, 0, b.N)
	var t tally
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		q := c.question(class, i)
		t0 := time.Now()
		res, err := plainSearch(ctx, idx, q.Plain)
		lat = append(lat, time.Since(t0))
		if err != nil {
			b.Fatal(err)
		}
		t.ops++
		if q.WellDefined {
			t.well++
			if len(res.Hits) > 0 && index.GuideOf(res.Hits[0].ID) == c.careers[q.Career].Guide.Slug {
				t.right++
			}
		}
	}
	b.StopTimer()
	reportCPU(b, cpu0)
	lat.report(b)
	t.report(b)
}

func plainSearch(ctx context.Context, idx bleve.Index, text string) (*bleve.SearchResult, error) {
	title := bleve.NewMatchQuery(text)
	title.SetField("title")
	title.SetBoost(2)
	body := bleve.NewMatchQuery(text)
	body.SetField("body")
	return idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(title, body), 10, 0, false))
}

// The fair benchmark's questions mean what they say on a small corpus: the
// named ones are answered for their career by the engine, and the plain
// baseline finds something for every class.
func TestFairQuestionsSmallCorpus(t *testing.T) {
	cs := gen.FairCorpus(gen.DefaultSeed, 40)
	qs := gen.FairQuestions(cs)
	idx, lib, err := build(gen.Guides(cs))
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	r, err := productionRouter(lib)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, class := range []string{gen.ClassNamedTitle, gen.ClassNamedAlias, gen.ClassSalaryTypo} {
		for _, q := range qs[class] {
			a := r.HandleLine(ctx, bot.Request{Platform: "test", UserID: "u"}, q.Text)
			if want := cs[q.Career].Guide.Slug; a.Career != want {
				t.Errorf("%s: %q → career %q, want %s", class, q.Text, a.Career, want)
			}
		}
	}
	for _, class := range gen.FairClasses {
		q := qs[class][3]
		res, err := plainSearch(ctx, idx.Bleve(), q.Plain)
		if err != nil || len(res.Hits) == 0 {
			t.Errorf("%s: plain search of %q: %v hits, err %v", class, q.Plain, len(res.Hits), err)
		}
		if strings.TrimSpace(q.Text) == "" {
			t.Errorf("%s: empty question", class)
		}
	}
}
