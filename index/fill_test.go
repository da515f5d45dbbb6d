package index

import (
	"context"
	"log/slog"
	"reflect"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/gen"
	"github.com/careerbot-dev/careerbot/internal/proccpu"
)

// An index built two batches at a time answers every question as one
// built a batch at a time: the same hits, scores, term counts and
// manifest. (Not as one built in a single batch: bleve's scores depend on
// how documents are split into segments.)
func TestFillTwoBatchesAtOnce(t *testing.T) {
	careers := gen.FairCorpus(gen.DefaultSeed, 60)
	guides := gen.Guides(careers)
	built := func(size, atOnce int) *Index {
		t.Helper()
		defer func(n, m int) { batchSize, batchesAtOnce = n, m }(batchSize, batchesAtOnce)
		batchSize, batchesAtOnce = size, atOnce
		x, err := Build(guides)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { x.Close() })
		return x
	}
	one, many := built(37, 1), built(37, 2)
	if one.sections != many.sections || !reflect.DeepEqual(one.hashes, many.hashes) || !reflect.DeepEqual(one.terms, many.terms) {
		t.Fatalf("sections %d/%d, hashes equal %v, terms %d/%d", one.sections, many.sections,
			reflect.DeepEqual(one.hashes, many.hashes), len(one.terms), len(many.terms))
	}
	ctx := context.Background()
	n := 0
	for _, qs := range gen.FairQuestions(careers) {
		for _, q := range qs {
			for _, query := range []bot.Query{{Text: q.Plain}, {Text: q.Plain, Guide: guides[0].Slug}, {Text: q.Plain, Kinds: []string{"tools", "skills"}}} {
				a, err := one.Search(ctx, query)
				if err != nil {
					t.Fatal(err)
				}
				b, err := many.Search(ctx, query)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(a, b) {
					t.Fatalf("%+v: one at a time %v, two %v", query, a, b)
				}
				n++
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d queries", n)
	}
}

// BenchmarkOpenCold builds the persisted index of 2,000 fair guides in an
// empty folder (a cold start's indexing; Open returns once every batch is
// persisted), reporting the process's CPU per build too. Batches of 3,000
// or 6,000 documents allocated 12% less than 1,000 but took as much CPU
// (four interleaved runs each, 2-core VM).
func BenchmarkOpenCold(b *testing.B) {
	guides := gen.Guides(gen.FairCorpus(gen.DefaultSeed, 2000))
	logger := slog.New(slog.DiscardHandler)
	b.ReportAllocs()
	cpu0, _ := proccpu.Used()
	for b.Loop() {
		x, _, err := Open(b.TempDir(), guides, logger)
		if err != nil {
			b.Fatal(err)
		}
		x.Close()
	}
	cpu1, _ := proccpu.Used()
	b.ReportMetric(float64(cpu1-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
