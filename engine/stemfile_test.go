package engine

import (
	"maps"
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

// The stems a stem file gives are numbered as a fresh build numbers them
// (the file's numbers are mapped, not looked up by stem); two guides with
// the same texts share an entry; a file that lists a stem twice is not
// used.
func TestStemFileNumbersAsFresh(t *testing.T) {
	guides := rebuildGuides(t)
	twin := *guides[7]
	twin.Slug, twin.Title, twin.Aliases = "twin-of-seven", "Twin Of Seven Zorbwright", nil
	guides = append(guides, &twin)
	path := filepath.Join(t.TempDir(), "library.stems")
	first, err := NewLibraryWithStems(guides, nil, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := first.SaveStems(path); err != nil {
		t.Fatal(err)
	}
	same := func(name string, lib *Library, wantAnalysed int) {
		t.Helper()
		fresh, err := NewLibrary(lib.Guides, nil)
		if err != nil {
			t.Fatal(err)
		}
		if lib.StemsAnalysed() != wantAnalysed {
			t.Errorf("%s: %d guides analysed, want %d", name, lib.StemsAnalysed(), wantAnalysed)
		}
		if !slices.Equal(lib.terms.stems, fresh.terms.stems) || !maps.Equal(lib.terms.ids, fresh.terms.ids) {
			t.Errorf("%s: the stems are numbered otherwise than in a fresh build", name)
		}
		for _, g := range lib.Guides {
			if !slices.Equal(lib.terms.perGuide[g], fresh.terms.perGuide[g]) {
				t.Fatalf("%s: %s: stem numbers %v, fresh %v", name, g.Slug, lib.terms.perGuide[g][:4], fresh.terms.perGuide[g][:4])
			}
		}
		if d := libTablesEqual(lib, fresh); d != "[]" {
			t.Errorf("%s: differs from a fresh build in %s", name, d)
		}
	}
	lib, err := NewLibraryWithStems(guides, nil, path)
	if err != nil {
		t.Fatal(err)
	}
	same("from the file", lib, 0)
	// Fewer guides, in another order of first use: numbered afresh.
	lib, err = NewLibraryWithStems(guides[40:], nil, path)
	if err != nil {
		t.Fatal(err)
	}
	same("a part of the guides", lib, 0)

	// A file whose stems repeat one is analysed around.
	first.terms.stems[2] = first.terms.stems[1]
	bad := filepath.Join(t.TempDir(), "dup.stems")
	if err := first.SaveStems(bad); err != nil {
		t.Fatal(err)
	}
	lib, err = NewLibraryWithStems(guides, nil, bad)
	if err != nil {
		t.Fatal(err)
	}
	same("a stem listed twice", lib, len(guides))
}
