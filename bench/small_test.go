package bench

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/index"
	"github.com/careerbot-dev/careerbot/internal/gen"
)

// TestGeneratedQuestionsSmallCorpus checks, on a small generated corpus,
// that the questions the benchmarks time get answers from the asked career:
// a fast wrong answer would make the benchmark meaningless.
func TestGeneratedQuestionsSmallCorpus(t *testing.T) {
	cs := gen.Corpus(gen.DefaultSeed, 30)
	guides := gen.Guides(cs)
	idx, err := index.Build(guides)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	logger := slog.New(slog.DiscardHandler)
	lib, err := engine.NewLibrary(guides, idx)
	if err != nil {
		t.Fatal(err)
	}
	eng := engine.New(lib, logger, engine.Options{})
	reg := bot.NewRegistry()
	if err := eng.Register(reg); err != nil {
		t.Fatal(err)
	}
	r := bot.NewRouter(reg, logger, bot.Recover(logger, nil), bot.InputLimits(500))
	ctx := context.Background()
	ask := func(line string) *bot.Answer {
		return r.HandleLine(ctx, bot.Request{Platform: "test", UserID: "u"}, line)
	}
	for _, c := range cs {
		slug := c.Guide.Slug
		if a := ask(c.SalaryLine()); a.Career != slug || !strings.Contains(a.Body, bot.Money(c.Guide.State("CA").Median)) {
			t.Errorf("%q → %q %q", c.SalaryLine(), a.Career, a.Body)
		}
		if a := ask(c.NamedQuestion()); a.Career != slug || a.Source == nil || a.Source.Section != "Certifications" {
			t.Errorf("%q → %q %q", c.NamedQuestion(), a.Career, a.Title)
		}
		for _, q := range c.UnnamedQuestions() {
			if a := ask(q); !a.Answered || a.Career != slug {
				t.Errorf("%q → career %q (want %s): %q", q, a.Career, slug, bot.Clip(a.Body, 100))
			}
		}
	}
}
