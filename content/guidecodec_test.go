package content

import (
	"bytes"
	"encoding/gob"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/gen"
)

// filled sets every field of v that is zero to a value of its kind (so
// that a field the codec dropped would show).
func filled(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + string(rune('a'+*n%26)))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(-*n * 1000))
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.25)
	case reflect.Struct:
		for i := range v.NumField() {
			filled(v.Field(i), n)
		}
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		filled(p.Elem(), n)
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		filled(s.Index(0), n)
		filled(s.Index(1), n)
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for range 2 {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			filled(k, n)
			filled(e, n)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	}
}

// The snapshot gives back the guides as gob, its encoding before, did:
// every field, empty slices and maps as nil; a damaged one is an error.
func TestSnapshotRoundTripsGuides(t *testing.T) {
	guides, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	guides = append(guides, gen.Guides(gen.FairCorpus(gen.DefaultSeed, 20))...)
	full := &bot.Guide{}
	n := 0
	filled(reflect.ValueOf(full).Elem(), &n)
	guides = append(guides, full, &bot.Guide{Slug: "empty", Aliases: []string{}, Vocabulary: map[string]string{}})
	entries := map[string]cached{}
	for i, g := range guides {
		entries[filepath.Join("dir", g.Slug+".md")] = cached{sum: [32]byte{byte(i), 7}, g: g}
	}
	path := filepath.Join(t.TempDir(), "guides.snap")
	if err := writeSnapshot(path, entries); err != nil {
		t.Fatal(err)
	}
	got, err := readSnapshot(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(entries) {
		t.Fatalf("%d entries back, want %d", len(got), len(entries))
	}
	for file, e := range entries {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(e.g); err != nil {
			t.Fatal(err)
		}
		var want bot.Guide
		if err := gob.NewDecoder(&buf).Decode(&want); err != nil {
			t.Fatal(err)
		}
		if g := got[file]; g.sum != e.sum || !reflect.DeepEqual(g.g, &want) {
			gv, wv := reflect.ValueOf(g.g).Elem(), reflect.ValueOf(&want).Elem()
			for i := range gv.NumField() {
				if !reflect.DeepEqual(gv.Field(i).Interface(), wv.Field(i).Interface()) {
					t.Errorf("%s: %s: snapshot gave %#v, gob %#v", file, gv.Type().Field(i).Name, gv.Field(i).Interface(), wv.Field(i).Interface())
				}
			}
		}
	}
	if !reflect.DeepEqual(got[filepath.Join("dir", full.Slug+".md")].g, full) {
		t.Error("a guide with every field set did not come back equal")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Damaged copies go to other files: the snapshot read above stays
	// mapped (mapfile_linux.go), and a mapped file is never cut in place.
	bad := filepath.Join(t.TempDir(), "bad.snap")
	for _, cut := range []int{0, 1, 10, len(data) / 3, len(data) - 1} {
		os.Remove(bad)
		os.WriteFile(bad, data[:cut], 0o644)
		if _, err := readSnapshot(bad); err == nil {
			t.Errorf("a snapshot cut at %d of %d bytes was read", cut, len(data))
		}
	}
	os.Remove(bad)
	os.WriteFile(bad, append(data, 0), 0o644)
	if _, err := readSnapshot(bad); err == nil {
		t.Error("a snapshot with a byte more was read")
	}
	// The format before, without entries' lengths: not read.
	w := &guideWriter{}
	w.str("careerbot-guides-2")
	w.num(0)
	os.Remove(bad)
	os.WriteFile(bad, w.b, 0o644)
	if _, err := readSnapshot(bad); err == nil || !strings.Contains(err.Error(), "version") {
		t.Errorf("a snapshot of the format before was read: %v", err)
	}
}
