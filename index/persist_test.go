package index

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/internal/gen"
)

func guideOf(slug, word string) *bot.Guide {
	return &bot.Guide{Slug: slug, Title: slug + " title", Summary: "sum",
		Sections: []*bot.Section{
			{ID: slug + "/tools", Guide: slug, Kind: bot.KindTools, Title: "Tools", Body: "uses " + word + " daily"},
			{ID: slug + "/day", Guide: slug, Kind: bot.KindDay, Title: "Day", Body: "meetings"},
		}}
}

func hitGuides(t *testing.T, x *Index, text string) []string {
	t.Helper()
	hs, err := x.Search(context.Background(), bot.Query{Text: text, Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range hs {
		out = append(out, h.Guide)
	}
	return out
}

// Update re-indexes only the guides that changed and deletes removed ones;
// the old index stays usable until closed, and the bleve index closes with
// the last user.
func TestUpdateReindexesChangedGuidesOnly(t *testing.T) {
	a, b, c := guideOf("a", "zorbex"), guideOf("b", "quintal"), guideOf("c", "mirrow")
	x, err := Build([]*bot.Guide{a, b, c})
	if err != nil {
		t.Fatal(err)
	}
	b2 := guideOf("b", "plumtree")
	d := guideOf("d", "vexillum")
	y, ch, err := x.Update([]*bot.Guide{a, b2, d})
	if err != nil {
		t.Fatal(err)
	}
	if ch != (Changes{Added: 1, Changed: 1, Removed: 1}) {
		t.Fatalf("changes %+v, want 1 added, 1 changed, 1 removed", ch)
	}
	if got := hitGuides(t, y, "quintal"); len(got) != 0 {
		t.Errorf("b's old word still found in %v", got)
	}
	if got := hitGuides(t, y, "plumtree"); len(got) != 1 || got[0] != "b" {
		t.Errorf("b's new word found in %v", got)
	}
	if got := hitGuides(t, y, "mirrow"); len(got) != 0 {
		t.Errorf("removed guide c still found: %v", got)
	}
	if got := hitGuides(t, y, "vexillum"); len(got) != 1 || got[0] != "d" {
		t.Errorf("added guide d found in %v", got)
	}
	if !y.Known(context.Background(), "vexillum") || y.Sections() != 6 {
		t.Errorf("new index: known %v, %d sections", y.Known(context.Background(), "vexillum"), y.Sections())
	}
	if _, ch, _ := y.Update([]*bot.Guide{a, b2, d}); ch != (Changes{}) {
		t.Errorf("an update with nothing changed changed %+v", ch)
	}
	x.Close()
	if got := hitGuides(t, y, "zorbex"); len(got) != 1 {
		t.Errorf("after the old index closed, the new one finds %v", got)
	}
}

// Open builds the index on disk, reuses it at the next start when nothing
// changed, updates only what changed while the bot was down, and rebuilds
// an index it cannot use.
func TestOpenPersistsAndReuses(t *testing.T) {
	dir := t.TempDir()
	logger := slog.New(slog.DiscardHandler)
	a, b := guideOf("a", "zorbex"), guideOf("b", "quintal")
	x, ch, err := Open(dir, []*bot.Guide{a, b}, logger)
	if err != nil {
		t.Fatal(err)
	}
	if ch.Reused || ch.Added != 2 {
		t.Fatalf("first open: %+v, want a build of 2 guides", ch)
	}
	x.Close()

	x, ch, err = Open(dir, []*bot.Guide{a, b}, logger)
	if err != nil {
		t.Fatal(err)
	}
	if ch != (Changes{Reused: true}) {
		t.Fatalf("second open: %+v, want reused with nothing indexed", ch)
	}
	if got := hitGuides(t, x, "quintal"); len(got) != 1 || got[0] != "b" || !x.Known(context.Background(), "zorbex") {
		t.Fatalf("reused index finds %v", got)
	}
	x.Close()

	x, ch, err = Open(dir, []*bot.Guide{a, guideOf("b", "plumtree")}, logger)
	if err != nil {
		t.Fatal(err)
	}
	if ch != (Changes{Reused: true, Changed: 1}) {
		t.Fatalf("open after an edit: %+v, want one guide re-indexed", ch)
	}
	if got := hitGuides(t, x, "plumtree"); len(got) != 1 {
		t.Fatalf("edited guide: %v", got)
	}
	x.Close()

	// Damaged: the index folder holds garbage.
	path := filepath.Join(dir, "index.bleve")
	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(path, "index_meta.json"), []byte("{not json"), 0o644)
	x, ch, err = Open(dir, []*bot.Guide{a}, logger)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if ch.Reused || ch.Added != 1 || len(hitGuides(t, x, "zorbex")) != 1 {
		t.Fatalf("damaged index: %+v", ch)
	}
}

// guideHash hashes the very bytes docsHash hashes of the guide's documents,
// with and without lines that searchable drops.
func TestGuideHashEqualsDocsHash(t *testing.T) {
	guides := gen.Guides(gen.FairCorpus(gen.DefaultSeed, 30))
	shipped, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	guides = append(guides, shipped...)
	g := guideOf("src", "zorbex")
	g.Sections[0].Body += "\n  Source: a university in Washington\nmore text\nSources: two\n"
	g.Sections[1].Body = ""
	g.Education, g.Certification, g.License = "BSc", "Optional", "None"
	guides = append(guides, g, &bot.Guide{Slug: "empty"})
	for _, g := range guides {
		if got, want := guideHash(g), docsHash(guideDocs(g)); got != want {
			t.Errorf("%s: guideHash %s, docsHash %s", g.Slug, got, want)
		}
	}
	hs := guideHashes(guides, func(i int) bool { return i%2 == 0 })
	for i, h := range hs {
		if want := ""; i%2 == 0 {
			want = docsHash(guideDocs(guides[i]))
			if h != want {
				t.Errorf("guideHashes[%d] = %q, want %q", i, h, want)
			}
		} else if h != want {
			t.Errorf("guideHashes[%d] = %q for a guide not asked for", i, h)
		}
	}
}
