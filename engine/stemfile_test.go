package engine

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
)

// A library built with a stem file equals a fresh build: the guides the
// file holds are not analysed again, a guide edited since is, and a
// missing, damaged or other version's file is analysed around.
func TestStemFileEqualsFreshBuild(t *testing.T) {
	guides := rebuildGuides(t)
	path := filepath.Join(t.TempDir(), "library.stems")
	first, err := NewLibraryWithStems(guides, nil, path)
	if err != nil {
		t.Fatal(err)
	}
	if first.StemsAnalysed() != len(guides) {
		t.Fatalf("no file: %d guides analysed, want %d", first.StemsAnalysed(), len(guides))
	}
	if err := first.SaveStems(path); err != nil {
		t.Fatal(err)
	}
	check := func(name string, gs []*bot.Guide, wantAnalysed int) {
		t.Helper()
		lib, err := NewLibraryWithStems(gs, nil, path)
		if err != nil {
			t.Fatal(err)
		}
		if lib.StemsAnalysed() != wantAnalysed {
			t.Errorf("%s: %d guides analysed, want %d", name, lib.StemsAnalysed(), wantAnalysed)
		}
		fresh, err := NewLibrary(gs, nil)
		if err != nil {
			t.Fatal(err)
		}
		if d := libTablesEqual(lib, fresh); d != "[]" {
			t.Errorf("%s: differs from a fresh build in %s", name, d)
		}
	}
	check("unchanged", guides, 0)
	next := slices.Clone(guides)
	next[3], next[60] = edited(next[3], "zebrafrog kits matter"), edited(next[60], "")
	check("two edited (one only in pay)", next, 1)
	check("a guide removed", slices.Delete(slices.Clone(guides), 5, 6), 0)

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string][]byte{
		"truncated":     data[:len(data)/2],
		"trailing":      append(slices.Clone(data), 1),
		"other version": append([]byte{byte(len("careerbot-stems-0"))}, append([]byte("careerbot-stems-0"), data[1+len(stemFileVersion()):]...)...),
		"empty":         nil,
	} {
		if err := os.WriteFile(path, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readStemFile(path); err == nil {
			t.Errorf("%s: read without an error", name)
		}
		check(name, guides, len(guides))
	}
	os.Remove(path)
	check("missing", guides, len(guides))
}
