package engine

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/index"
)

// evalQuestions reads the q of every case of the eval sets.
func evalQuestions(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, d := range []string{"tune", "test"} {
		m, err := filepath.Glob(filepath.Join("..", "testdata", "eval", d, "*.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	var qs []string
	for _, f := range files {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var c struct{ Q string }
			if json.Unmarshal(sc.Bytes(), &c) == nil && c.Q != "" {
				qs = append(qs, c.Q)
			}
		}
		r.Close()
	}
	if len(qs) < 1000 {
		t.Fatalf("only %d eval questions", len(qs))
	}
	// The sets grow every session; a fixed share of them, spread over every
	// file, keeps these equivalence checks' time (and CI's, under -race)
	// from growing with them.
	max := maxEquivQuestions
	if testing.Short() {
		// go test -short (the race detector's run in CI): a sixteenth, the
		// full share is asked by the run without it.
		max /= 16
	}
	if step := (len(qs) + max - 1) / max; step > 1 {
		kept := qs[:0]
		for i, q := range qs {
			if i%step == 0 {
				kept = append(kept, q)
			}
		}
		qs = kept
	}
	return qs
}

// maxEquivQuestions is how many eval questions the equivalence checks ask.
const maxEquivQuestions = 30000

// allGuidesLibrary is a library of the shipped guides and the fixtures.
func allGuidesLibrary(t *testing.T) *Library {
	t.Helper()
	shipped, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	fixtures, err := content.LoadDir(filepath.Join("..", "testdata", "guides"))
	if err != nil {
		t.Fatal(err)
	}
	return libraryOf(t, append(append([]*bot.Guide(nil), fixtures...), shipped...))
}

// libraryOf indexes guides and builds the library over them.
func libraryOf(t testing.TB, guides []*bot.Guide) *Library {
	t.Helper()
	idx, err := index.Build(guides)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := NewLibrary(guides, idx)
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// The memos in front of matchCert and namesLicense give what the work
// they stand in front of gives: every eval question, every guide, asked
// twice in turn and after another guide, and for a copy of the question
// with other words.
func TestCertAndLicenseMemos(t *testing.T) {
	lib := allGuidesLibrary(t)
	ctx := context.Background()
	n := 0
	for _, text := range evalQuestions(t) {
		q := lib.analyse(ctx, text)
		for pass := range 2 {
			for _, g := range lib.Guides {
				if len(g.Certifications) > 0 {
					wantC, wantN := q.bestCertWords(g)
					if c, named := q.bestCert(g); c != wantC || named != wantN {
						t.Fatalf("%q, %s, pass %d: bestCert %v %v, without the memo %v %v", text, g.Slug, pass, c, named, wantC, wantN)
					}
					n++
				}
				if g.License != "" {
					want := slices.DeleteFunc(licenseNameWords(g.License), func(w string) bool { return q.m.stop[w] })
					if got := licenseWords(q, g); !slices.Equal(got, want) {
						t.Fatalf("%s: licenseWords %q, want %q", g.Slug, got, want)
					}
				}
			}
		}
		// A copy with fewer words is asked afresh.
		if len(q.words) > 1 {
			r := *q
			r.words = append([]string(nil), q.words[1:]...)
			for _, g := range lib.Guides {
				if len(g.Certifications) > 0 {
					wantC, wantN := r.bestCertWords(g)
					if c, named := r.bestCert(g); c != wantC || named != wantN {
						t.Fatalf("%q less its first word, %s: bestCert %v %v, without the memo %v %v", text, g.Slug, c, named, wantC, wantN)
					}
				}
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d comparisons", n)
	}
}
