package content

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/careerbot-dev/careerbot/internal/gen"
)

// fairEntries are n generated guides as the cache holds them.
func fairEntries(n int) map[string]cached {
	entries := map[string]cached{}
	for i, g := range gen.Guides(gen.FairCorpus(gen.DefaultSeed, n)) {
		entries[filepath.Join("dir", g.Slug+".md")] = cached{stat: statKey{size: int64(i)}, sum: [32]byte{byte(i), byte(i >> 8)}, g: g}
	}
	return entries
}

// The snapshot is streamed: writing it allocates about one entry's buffer
// and the writer's, not the file's size (which it did, several times over,
// while one byte slice grew to hold the whole file: 111 MB at 10,000
// guides, about 350 MB of RSS for minutes after every edit).
func TestWriteSnapshotStreams(t *testing.T) {
	entries := fairEntries(300)
	path := filepath.Join(t.TempDir(), "guides.gob")
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if err := writeSnapshot(path, entries); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("%d guides: file %d bytes, %d bytes allocated writing it", len(entries), st.Size(), alloc)
	if alloc > uint64(st.Size())/4 {
		t.Errorf("writing a %d-byte snapshot allocated %d bytes", st.Size(), alloc)
	}
	got, err := readSnapshot(path)
	if err != nil || len(got) != len(entries) {
		t.Fatalf("%d of %d entries back: %v", len(got), len(entries), err)
	}
	for file, e := range entries {
		if g := got[file]; g.sum != e.sum || g.stat != e.stat || g.g.Slug != e.g.Slug || len(g.g.Sections) != len(e.g.Sections) {
			t.Errorf("%s came back as %+v", file, g)
		}
	}
	if _, err := os.Stat(path + ".tmp"); !os.IsNotExist(err) {
		t.Errorf("the temporary file is left: %v", err)
	}
}

// A load that parsed something but leaves every guide as the snapshot
// holds it (an edit undone) does not rewrite the file; a real edit does.
func TestParseCacheSkipsSnapshotOfSameGuides(t *testing.T) {
	dir, snapDir := t.TempDir(), t.TempDir()
	snap := filepath.Join(snapDir, "guides.gob")
	writeGuide(t, dir, "alpha", "Alpha text.")
	writeGuide(t, dir, "beta", "Beta text.")
	ctx := context.Background()
	load := func(c *ParseCache) {
		t.Helper()
		if _, err := c.LoadDir(ctx, dir, Limits{}); err != nil {
			t.Fatal(err)
		}
	}
	inode := func() uint64 {
		t.Helper()
		st, err := os.Stat(snap)
		if err != nil {
			t.Fatal(err)
		}
		k, _ := keyOf(st)
		return k.ino
	}
	first := &ParseCache{Snapshot: snap}
	load(first)
	first.Flush()
	written := inode()

	// A restart, an edit and its undoing: the guides are the file's again.
	c := &ParseCache{Snapshot: snap}
	load(c)
	writeGuide(t, dir, "beta", "Beta text, edited.")
	load(c)
	writeGuide(t, dir, "beta", "Beta text.")
	load(c)
	if c.Reused() != 1 {
		t.Fatalf("the undone edit was not parsed: %d reused", c.Reused())
	}
	c.Flush()
	if inode() != written {
		t.Error("the snapshot was rewritten with the guides it holds")
	}
	// An edit that stays is written, and then not again.
	writeGuide(t, dir, "beta", "Beta text, edited for good.")
	load(c)
	c.Flush()
	if inode() == written {
		t.Fatal("an edit was not written to the snapshot")
	}
	written = inode()
	writeGuide(t, dir, "alpha", "Alpha text, edited.")
	load(c)
	writeGuide(t, dir, "alpha", "Alpha text.")
	load(c)
	c.Flush()
	if inode() != written {
		t.Error("the snapshot was rewritten with the guides its last write holds")
	}
	restarted := &ParseCache{Snapshot: snap}
	gs, err := restarted.LoadDir(ctx, dir, Limits{})
	if err != nil || restarted.Reused() != 2 || gs[1].Sections[0].Body != "Beta text, edited for good." {
		t.Fatalf("after a restart: %v, %d reused, %q", err, restarted.Reused(), gs[1].Sections[0].Body)
	}
}

// BenchmarkWriteSnapshot writes the snapshot of 1,000 fair guides (11 MB)
// to a file.
func BenchmarkWriteSnapshot(b *testing.B) {
	entries := fairEntries(1000)
	path := filepath.Join(b.TempDir(), "guides.gob")
	b.ReportAllocs()
	for b.Loop() {
		if err := writeSnapshot(path, entries); err != nil {
			b.Fatal(err)
		}
	}
}
