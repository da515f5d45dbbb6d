package bench

import (
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/index"
	"github.com/careerbot-dev/careerbot/internal/gen"
)

// SizesEnv selects the corpus sizes, e.g. "1,100,1000,10000".
const SizesEnv = "CAREERBOT_BENCH_SIZES"

const defaultSizes = "1,100,1000"

func sizes(tb testing.TB) []int {
	raw := os.Getenv(SizesEnv)
	if strings.TrimSpace(raw) == "" {
		raw = defaultSizes
	}
	var out []int
	for _, f := range strings.Split(raw, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			tb.Fatalf("%s=%q: %q is not a positive number of guides", SizesEnv, raw, f)
		}
		out = append(out, n)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// corpus is a generated corpus with a built engine, made once per process
// and size so that -benchtime and -count reuse it.
type corpus struct {
	n       int
	careers []gen.Career
	guides  []*bot.Guide
	idx     *index.Index
	lib     *engine.Library
	router  *bot.Router

	baseOnce sync.Once
	base     bleve.Index // plain index of the same sections, for the baseline
	baseErr  error
}

var (
	corporaMu sync.Mutex
	corpora   = map[int]*corpusEntry{}
)

type corpusEntry struct {
	once sync.Once
	c    *corpus
	err  error
}

// getCorpus returns the cached corpus of n generated guides, building it on
// first use (outside the caller's timer).
func getCorpus(b *testing.B, n int) *corpus {
	b.Helper()
	corporaMu.Lock()
	e := corpora[n]
	if e == nil {
		e = &corpusEntry{}
		corpora[n] = e
	}
	corporaMu.Unlock()
	b.StopTimer()
	e.once.Do(func() { e.c, e.err = newCorpus(n) })
	b.StartTimer()
	if e.err != nil {
		b.Fatal(e.err)
	}
	return e.c
}

func newCorpus(n int) (*corpus, error) {
	careers := gen.Corpus(gen.DefaultSeed, n)
	c := &corpus{n: n, careers: careers, guides: gen.Guides(careers)}
	idx, lib, err := build(c.guides)
	if err != nil {
		return nil, err
	}
	c.idx, c.lib = idx, lib
	logger := slog.New(slog.DiscardHandler)
	eng := engine.New(lib, logger, engine.Options{})
	reg := bot.NewRegistry()
	if err := eng.Register(reg); err != nil {
		return nil, err
	}
	// The middleware chain of the real bot (as in internal/testbot).
	c.router = bot.NewRouter(reg, logger, bot.Recover(logger, nil), bot.Logging(logger), bot.InputLimits(500))
	return c, nil
}

// build is what the bot does on start and on reload: index, then library.
func build(guides []*bot.Guide) (*index.Index, *engine.Library, error) {
	idx, err := index.Build(guides)
	if err != nil {
		return nil, nil, fmt.Errorf("index.Build: %w", err)
	}
	lib, err := engine.NewLibrary(guides, idx)
	return idx, lib, err
}

// baseline returns a plain bleve index of the same sections (same mapping:
// scorch in memory, BM25, the en analyzer), built on first use.
func (c *corpus) baseline(b *testing.B) bleve.Index {
	b.Helper()
	b.StopTimer()
	c.baseOnce.Do(func() { c.base, c.baseErr = buildBaseline(c.guides) })
	b.StartTimer()
	if c.baseErr != nil {
		b.Fatal(c.baseErr)
	}
	return c.base
}

type baseDoc struct {
	Guide string `json:"guide"`
	Kind  string `json:"kind"`
	Title string `json:"title"`
	Body  string `json:"body"`
}

func buildBaseline(guides []*bot.Guide) (bleve.Index, error) {
	im, err := index.Mapping()
	if err != nil {
		return nil, err
	}
	idx, err := bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, err
	}
	batch := idx.NewBatch()
	for _, g := range guides {
		for _, s := range g.Sections {
			if err := batch.Index(s.ID, baseDoc{Guide: g.Slug, Kind: s.Kind, Title: s.Title, Body: s.Body}); err != nil {
				return nil, err
			}
		}
		if batch.Size() >= 1000 {
			if err := idx.Batch(batch); err != nil {
				return nil, err
			}
			batch = idx.NewBatch()
		}
	}
	if batch.Size() > 0 {
		if err := idx.Batch(batch); err != nil {
			return nil, err
		}
	}
	return idx, nil
}

// heapAlloc returns the live heap after a full collection.
func heapAlloc() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// latencies collects per-operation durations and reports their median and
// 99th percentile.
type latencies []time.Duration

func (l latencies) report(b *testing.B) {
	b.Helper()
	if len(l) == 0 {
		return
	}
	s := slices.Clone(l)
	slices.Sort(s)
	at := func(p float64) float64 {
		i := int(p * float64(len(s)-1))
		return float64(s[i]) / float64(time.Microsecond)
	}
	b.ReportMetric(at(0.50), "p50-µs")
	b.ReportMetric(at(0.99), "p99-µs")
}

// cpuTime is the process's user+system CPU time so far. Over a loop it
// gives CPU per operation, which a loaded machine inflates less than wall
// time (other processes' work is not counted; the GC's is).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the mean CPU time per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.Helper()
	if b.N > 0 && start > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/float64(time.Microsecond), "cpu-µs/op")
	}
}
