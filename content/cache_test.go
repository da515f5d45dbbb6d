package content

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const cacheGuide = "---\nslug: SLUG\ntitle: TITLE\nsource: {publisher: P}\n---\n\n## What it does {#overview}\n\nTEXT\n"

func writeGuide(t *testing.T, dir, slug, text string) {
	t.Helper()
	g := strings.NewReplacer("SLUG", slug, "TITLE", strings.ToUpper(slug[:1])+slug[1:]+" Worker", "TEXT", text).Replace(cacheGuide)
	if err := os.WriteFile(filepath.Join(dir, slug+".md"), []byte(g), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A reload through the cache parses only the changed file and returns the
// same guides for the others; a failed load keeps the last good state.
func TestParseCacheReusesUnchangedGuides(t *testing.T) {
	dir := t.TempDir()
	writeGuide(t, dir, "alpha", "Alpha text.")
	writeGuide(t, dir, "beta", "Beta text.")
	var c ParseCache
	ctx := context.Background()
	first, err := c.LoadDir(ctx, dir, Limits{})
	if err != nil || len(first) != 2 || c.Reused() != 0 {
		t.Fatalf("first load: %d guides, %d reused, %v", len(first), c.Reused(), err)
	}
	writeGuide(t, dir, "beta", "Beta text, edited.")
	second, err := c.LoadDir(ctx, dir, Limits{})
	if err != nil || len(second) != 2 {
		t.Fatal(err)
	}
	if second[0] != first[0] || second[1] == first[1] || c.Reused() != 1 {
		t.Fatalf("alpha reused %v, beta reparsed %v, %d reused", second[0] == first[0], second[1] != first[1], c.Reused())
	}
	if !strings.Contains(second[1].Sections[0].Body, "edited") {
		t.Fatalf("beta not re-read: %q", second[1].Sections[0].Body)
	}
	os.WriteFile(filepath.Join(dir, "broken.md"), []byte("no front matter"), 0o644)
	if _, err := c.LoadDir(ctx, dir, Limits{}); err == nil {
		t.Fatal("a broken guide loaded")
	}
	os.Remove(filepath.Join(dir, "broken.md"))
	third, err := c.LoadDir(ctx, dir, Limits{})
	if err != nil || third[0] != first[0] || third[1] != second[1] {
		t.Fatalf("after a failed load the cache was lost: %v", err)
	}
}

// An edit that keeps the size and the modification time (a tool restoring
// mtime) is still seen.
func TestParseCacheSeesSameSizeEdits(t *testing.T) {
	dir := t.TempDir()
	writeGuide(t, dir, "alpha", "Alpha text one.")
	var c ParseCache
	ctx := context.Background()
	if _, err := c.LoadDir(ctx, dir, Limits{}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "alpha.md")
	st, err := os.Stat(file)
	if err != nil {
		t.Fatal(err)
	}
	writeGuide(t, dir, "alpha", "Alpha text two.")
	if err := os.Chtimes(file, st.ModTime(), st.ModTime()); err != nil {
		t.Fatal(err)
	}
	gs, err := c.LoadDir(ctx, dir, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(gs[0].Sections[0].Body, "two") {
		t.Fatalf("same-size edit missed: %q", gs[0].Sections[0].Body)
	}
	again, err := c.LoadDir(ctx, dir, Limits{})
	if err != nil || again[0] != gs[0] || c.Reused() != 1 {
		t.Fatalf("unchanged file not reused: %v, %d reused", err, c.Reused())
	}
}

// With a snapshot, a new cache (a restart) neither reads nor parses files
// unchanged since the last run, re-parses changed ones, and ignores a
// damaged snapshot.
func TestParseCacheSnapshot(t *testing.T) {
	dir, snapDir := t.TempDir(), t.TempDir()
	snap := filepath.Join(snapDir, "guides.gob")
	writeGuide(t, dir, "alpha", "Alpha text.")
	writeGuide(t, dir, "beta", "Beta text.")
	ctx := context.Background()
	first := &ParseCache{Snapshot: snap}
	gs, err := first.LoadDir(ctx, dir, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	first.Flush()
	if _, err := os.Stat(snap); err != nil {
		t.Fatalf("no snapshot written: %v", err)
	}

	restarted := &ParseCache{Snapshot: snap}
	again, err := restarted.LoadDir(ctx, dir, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if restarted.Reused() != 2 || again[0].Title != gs[0].Title || again[1].Sections[0].Body != gs[1].Sections[0].Body {
		t.Fatalf("restart reused %d guides from the snapshot; %q %q", restarted.Reused(), again[0].Title, again[1].Sections[0].Body)
	}
	restarted.Flush()

	writeGuide(t, dir, "beta", "Beta text, edited while the bot was down.")
	third := &ParseCache{Snapshot: snap}
	gs3, err := third.LoadDir(ctx, dir, Limits{})
	if err != nil || third.Reused() != 1 || !strings.Contains(gs3[1].Sections[0].Body, "edited") {
		t.Fatalf("edit while down: %v, %d reused, %q", err, third.Reused(), gs3[1].Sections[0].Body)
	}
	third.Flush()

	os.WriteFile(snap, []byte("not a snapshot"), 0o644)
	fourth := &ParseCache{Snapshot: snap}
	if gs4, err := fourth.LoadDir(ctx, dir, Limits{}); err != nil || len(gs4) != 2 || fourth.Reused() != 0 {
		t.Fatalf("damaged snapshot: %v, %d reused", err, fourth.Reused())
	}
	fourth.Flush()
}
