package index

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
)

func build(t testing.TB) *Index {
	t.Helper()
	guides, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	x, err := Build(guides)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}

// Data-driven: testdata/queries.jsonl lists queries and the section that
// must rank first (or no hits at all).
func TestQueries(t *testing.T) {
	x := build(t)
	f, err := os.Open("testdata/queries.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		var c struct {
			Q   string   `json:"q"`
			Top []string `json:"top"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("line %d: %v", n, err)
		}
		hits, err := x.Search(context.Background(), bot.Query{Text: c.Q})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case len(c.Top) == 0 && len(hits) != 0:
			t.Errorf("%q: want no hits, got %v", c.Q, hits)
		case len(c.Top) > 0 && (len(hits) == 0 || hits[0].Section != c.Top[0]):
			t.Errorf("%q: want %s first, got %v", c.Q, c.Top[0], hits)
		}
	}
	if n < 10 {
		t.Fatalf("only %d queries", n)
	}
}

func TestFiltersAndFacts(t *testing.T) {
	x := build(t)
	ctx := context.Background()
	hits, _ := x.Search(ctx, bot.Query{Text: "python", Kinds: []string{bot.KindSkills}})
	if len(hits) != 1 || hits[0].Section != "ml-engineer/skills" {
		t.Errorf("kind filter: %v", hits)
	}
	if hits, _ := x.Search(ctx, bot.Query{Text: "python", Guide: "other-guide"}); len(hits) != 0 {
		t.Errorf("guide filter: %v", hits)
	}
	hits, _ = x.Search(ctx, bot.Query{Text: "license required", Limit: 3})
	found := false
	for _, h := range hits {
		found = found || (h.Kind == bot.KindFacts && h.Guide == "ml-engineer")
	}
	if !found {
		t.Errorf("facts document not found: %v", hits)
	}
	if hits, _ := x.Search(ctx, bot.Query{Text: "   "}); hits != nil {
		t.Errorf("blank query: %v", hits)
	}
	if x.Sections() != 13 {
		t.Errorf("sections = %d", x.Sections())
	}
}

// User text is analysed, never parsed: query syntax is just words.
func TestQuerySyntaxIsInert(t *testing.T) {
	x := build(t)
	for _, q := range []string{"+title:x -body:*", "salary^10 ~2", "Washington?", `"unclosed`, "body:/re.*/", "AND OR NOT"} {
		if _, err := x.Search(context.Background(), bot.Query{Text: q}); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
	hits, _ := x.Search(context.Background(), bot.Query{Text: "Airflow?"})
	if len(hits) == 0 || hits[0].Section != "ml-engineer/tools" {
		t.Errorf("punctuation broke matching: %v", hits)
	}
}

func TestKnown(t *testing.T) {
	x := build(t)
	ctx := context.Background()
	for w, want := range map[string]bool{"pytorch": true, "deploying": true, "airflows": true, "lasagna": false, "weather": false, "": false} {
		if got := x.Known(ctx, w); got != want {
			t.Errorf("Known(%q) = %v", w, got)
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	guides, err := content.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		x, err := Build(guides)
		if err != nil {
			b.Fatal(err)
		}
		x.Close()
	}
}

func BenchmarkSearch(b *testing.B) {
	x := build(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if hits, _ := x.Search(ctx, bot.Query{Text: "workflow orchestration tool"}); len(hits) == 0 {
			b.Fatal("no hits")
		}
	}
}

// A section whose ID would once have collided with the per-guide facts
// document ("<slug>/facts") is reachable: document IDs have a namespace of
// their own.
func TestSectionNamedFactsIsReachable(t *testing.T) {
	g, probs := content.Parse("x.md", []byte("---\nslug: x\ntitle: X\nsource: {publisher: P}\n---\n\n"+
		"## What it is {#overview}\n\nAn overview.\n\n## Facts\n\nZanzibar quokkas appear only here.\n"))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	x, err := Build([]*bot.Guide{g})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	hits, err := x.Search(context.Background(), bot.Query{Text: "zanzibar quokkas"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].Section != "x/facts" || hits[0].Kind == bot.KindFacts {
		t.Fatalf("hits %+v, want the section x/facts first", hits)
	}
	hits, _ = x.Search(context.Background(), bot.Query{Text: "overview", Kinds: nil})
	for _, h := range hits {
		if h.Kind == bot.KindFacts && h.Section != "" {
			t.Errorf("facts hit carries a section ID: %+v", h)
		}
	}
}
