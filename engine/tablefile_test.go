package engine

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
)

// A library whose tables of names and words come from the table file
// equals a fresh build; guides whose names or words changed, and a
// missing, damaged, other version's or other guides' file, build the
// tables (equal too).
func TestTableFileEqualsFreshBuild(t *testing.T) {
	guides := rebuildGuides(t)
	stems := filepath.Join(t.TempDir(), "library.stems")
	first, err := NewLibraryWithStems(guides, nil, stems)
	if err != nil {
		t.Fatal(err)
	}
	if !first.TablesBuilt() {
		t.Fatal("no table file: the tables were not built")
	}
	if err := first.SaveTables(stems); err != nil {
		t.Fatal(err)
	}
	path := tablesPath(stems)
	if filepath.Base(path) != "library.tables" {
		t.Fatalf("table file %s", path)
	}
	check := func(name string, gs []*bot.Guide, wantBuilt bool) {
		t.Helper()
		lib, err := NewLibraryWithStems(gs, nil, stems)
		if err != nil {
			t.Fatal(err)
		}
		if lib.TablesBuilt() != wantBuilt {
			t.Errorf("%s: tables built %v, want %v", name, lib.TablesBuilt(), wantBuilt)
		}
		fresh, err := NewLibrary(gs, nil)
		if err != nil {
			t.Fatal(err)
		}
		if d := libTablesEqual(lib, fresh); d != "[]" {
			t.Errorf("%s: differs from a fresh build in %s", name, d)
		}
		if lib.vocab.words == nil || len(lib.nameIdx.sorted) != len(lib.names) {
			t.Errorf("%s: tables missing", name)
		}
		// The name index answers as a fresh one does.
		for _, q := range []string{"dream cartogrpher", "orbital chf", "machine learn", "synthetic career 0042"} {
			if a, b := lib.nameIdx.closest(q, 2), fresh.nameIdx.closest(q, 2); a != b {
				t.Errorf("%s: closest(%q) = %v, fresh %v", name, q, a, b)
			}
		}
	}
	check("unchanged", guides, false)
	next := slices.Clone(guides)
	next[3] = edited(next[3], "zebrafrog kits matter") // body and pay only: the same tables
	check("a body edited", next, false)
	renamed := edited(guides[60], "")
	renamed.Title += " Senior"
	next[60] = renamed
	check("a title changed", next, true)
	aliased := edited(guides[61], "")
	aliased.Aliases = append(slices.Clone(aliased.Aliases), "zorbwrangler")
	check("an alias added", append(slices.Clone(guides[:61]), append([]*bot.Guide{aliased}, guides[62:]...)...), true)
	check("a guide removed", slices.Delete(slices.Clone(guides), 5, 6), true)

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	flipped := slices.Clone(data)
	flipped[len(flipped)/2] ^= 0x20
	otherVersion := slices.Clone(data)
	otherVersion[5] ^= 1 // in the version string
	for name, bad := range map[string][]byte{
		"truncated":      data[:len(data)/2],
		"trailing":       append(slices.Clone(data), 1),
		"a byte flipped": flipped,
		"other version":  otherVersion,
		"empty":          nil,
	} {
		if err := os.WriteFile(path, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		check(name, guides, true)
	}
	os.Remove(path)
	check("missing", guides, true)
}
