package engine

import (
	"context"
	"fmt"
	"log/slog"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/index"
	"github.com/careerbot-dev/careerbot/internal/gen"
)

func TestTermTableRanks(t *testing.T) {
	mk := func(slug, body string) *bot.Guide {
		return &bot.Guide{Slug: slug, Title: slug, Sections: []*bot.Section{{ID: slug + "/overview", Kind: "overview", Title: "Overview", Body: body}}}
	}
	var guides []*bot.Guide
	for i := 0; i < 20; i++ {
		guides = append(guides, mk(string(rune('a'+i)), "common words everywhere"))
	}
	guides[3].Sections[0].Body += " kubernetes pipelines"
	guides[4].Sections[0].Body += " kubernetes"
	guides[5].Sections[0].Body += " pipeline"
	tt := newTermTable(guides, nil)
	best, tied := tt.rank([]string{"kubernetes", "pipelines"}, 3)
	if len(best) != 3 || best[0].guide != 3 || tied != 1 {
		t.Fatalf("rank = %v (tied %d), want guide 3 alone first", best, tied)
	}
	if best, _ := tt.rank([]string{"common", "everywhere"}, 3); len(best) != 0 {
		t.Fatalf("words of every guide narrowed to %v", best)
	}
	if best, tied := tt.rank([]string{"kubernetes"}, 3); tied != 2 || len(best) != 2 {
		t.Fatalf("a word of two guides: %v tied %d", best, tied)
	}

	// A rebuild with guide 4 replaced and guide 19 removed analyses only
	// the new guide and ranks as a table built from scratch.
	next := append([]*bot.Guide(nil), guides[:19]...)
	next[4] = mk("e2", "common words everywhere pipelines kubernetes")
	re := newTermTable(next, tt)
	if &re.perGuide[next[3]][0] != &tt.perGuide[guides[3]][0] {
		t.Error("an unchanged guide was analysed again")
	}
	scratch := newTermTable(next, nil)
	for _, q := range [][]string{{"kubernetes", "pipelines"}, {"kubernetes"}, {"pipeline"}, {"everywhere"}} {
		b1, t1 := re.rank(q, 5)
		b2, t2 := scratch.rank(q, 5)
		if fmt.Sprint(b1, t1) != fmt.Sprint(b2, t2) {
			t.Errorf("%v: rebuilt %v/%d, from scratch %v/%d", q, b1, t1, b2, t2)
		}
	}
}

// In a large library a question that names no career is routed by the term
// table: shared words that single out a career answer from it; words every
// guide has get "Which career?" with candidates.
func TestTermRoutingOnFairCorpus(t *testing.T) {
	cs := gen.FairCorpus(gen.DefaultSeed, termRouteMin+16)
	qs := gen.FairQuestions(cs)
	idx, err := index.Build(gen.Guides(cs))
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	lib, err := NewLibrary(gen.Guides(cs), idx)
	if err != nil {
		t.Fatal(err)
	}
	if !lib.terms.routes() {
		t.Fatal("the term table does not route a library of this size")
	}
	e := New(lib, slog.New(slog.DiscardHandler), Options{})
	ctx := context.Background()
	ask := func(text string) *bot.Answer {
		a, err := e.ask(ctx, &bot.Request{Text: text})
		if err != nil {
			t.Fatalf("%q: %v", text, err)
		}
		return a
	}
	right, well := 0, 0
	for _, q := range qs[gen.ClassShared] {
		if !q.WellDefined {
			continue
		}
		well++
		if ask(q.Text).Career == cs[q.Career].Guide.Slug {
			right++
		}
	}
	if well == 0 || right*100 < well*95 {
		t.Errorf("shared words: right career for %d of %d", right, well)
	}
	for _, text := range []string{"how do I get certified?", "what does a typical day look like?", "what are the challenges of the job?"} {
		a := ask(text)
		if a.Answered || a.Title != "Which career?" || len(a.FollowUps) == 0 {
			t.Errorf("%q: answered %v, %q, %d follow-ups", text, a.Answered, a.Title, len(a.FollowUps))
		}
	}
}

// A word cut short completes to the stem the guides' words share, and only
// when a few stems begin with it.
func TestTermCompletion(t *testing.T) {
	mk := func(slug, body string) *bot.Guide {
		return &bot.Guide{Slug: slug, Title: slug, Sections: []*bot.Section{{ID: slug + "/overview", Kind: "overview", Title: "Overview", Body: body}}}
	}
	tt := newTermTable([]*bot.Guide{
		mk("a", "backpropagation and cartographers"),
		mk("b", "cartography, cartographic maps, carts and cars"),
	}, nil)
	for w, want := range map[string]string{"backprop": "backpropag", "cartog": "cartograph"} {
		if got, ok := tt.completion(w); !ok || got != want {
			t.Errorf("completion(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
	for _, w := range []string{"ca", "zebra", "backpropag"} {
		if got, ok := tt.completion(w); ok {
			t.Errorf("completion(%q) = %q, want none", w, got)
		}
	}
	if !tt.completed("any questions on backprop?", "backpropag") || tt.completed("backpropagation?", "backpropag") {
		t.Error("completed: want true only for a stem not typed")
	}
}
