package engine

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
)

// Every word of a set may be in its mask.
func TestWordMaskHasItsWords(t *testing.T) {
	for _, ws := range [][]string{nil, {""}, {"a"}, {"machine", "learning", "engineer"}, {"ü", "日本", "x y"}, strings.Fields("what certifications help with the aws ml specialty exam")} {
		m := maskOf(ws)
		for _, w := range ws {
			if !m.mayHave(w) {
				t.Errorf("maskOf(%q) turns %q away", ws, w)
			}
		}
	}
	if maskOf(nil).mayHave("x") {
		t.Error("the empty mask may have a word")
	}
}

func FuzzWordMaskHasItsWords(f *testing.F) {
	f.Add("what certifications help", "certifications")
	f.Fuzz(func(t *testing.T, text, w string) {
		ws := append(strings.Split(text, " "), w)
		m := maskOf(ws)
		for _, x := range ws {
			if !m.mayHave(x) {
				t.Fatalf("maskOf(%q) turns %q away", ws, x)
			}
		}
	})
}

// bestCertEveryWord is bestCertWords as it was before the mask: every word
// of every name compared with the question's.
func (q *question) bestCertEveryWord(g *bot.Guide) (*bot.Cert, bool) {
	info := q.certInfo(g)
	var best *bot.Cert
	bestN, named := 0, false
	for i := range g.Certifications {
		c := &g.Certifications[i]
		if in := info.initials[i]; len(in) >= 3 && slices.Contains(q.words, in) {
			return c, true // named by its initials ("what does the LLS cost?")
		}
		n := 0
		f, generic := info.names[i], info.genericAt[i]
		pair := false
		for k, w := range f {
			if !generic[k] && slices.Contains(q.words, w) {
				n++
			}
			if k+2 == len(f) && hasPair(q.words, w, f[k+1]) || k+2 < len(f) && hasPair(q.words, w, f[k+1]) && hasPair(q.words, f[k+1], f[k+2]) {
				if distinct := !generic[k] || k+1 < len(f) && !generic[k+1] || k+2 < len(f) && !generic[k+2]; distinct {
					pair = true
				}
			}
		}
		if n > bestN || n == bestN && n > 0 && pair && !named {
			best, bestN, named = c, n, pair
		}
	}
	return best, named
}

// compareBestCert checks bestCertWords against bestCertEveryWord for
// every guide with certificates.
func compareBestCert(t testing.TB, lib *Library, q *question) {
	t.Helper()
	for _, g := range lib.Guides {
		if len(g.Certifications) == 0 {
			continue
		}
		c, named := q.bestCertWords(g)
		wantC, wantN := q.bestCertEveryWord(g)
		if c != wantC || named != wantN {
			t.Fatalf("%q, %s: bestCertWords %v %v, comparing every word %v %v", q.words, g.Slug, c, named, wantC, wantN)
		}
	}
}

// The mask skips only words the question lacks: every eval question, and
// every certificate's name asked about, whole, cut short and reversed,
// give every guide's best certificate as comparing every word did.
func TestBestCertMaskMatchesEveryWord(t *testing.T) {
	lib := allGuidesLibrary(t)
	ctx := context.Background()
	texts := evalQuestions(t)
	for _, g := range lib.Guides {
		for _, c := range g.Certifications {
			f := strings.Fields(c.Name)
			r := slices.Clone(f)
			slices.Reverse(r)
			texts = append(texts, "how much is the "+c.Name, c.Name+" or "+g.Title+" certs?", strings.Join(f[:len(f)/2+1], " ")+" exam", strings.Join(r, " "))
		}
	}
	for _, text := range texts {
		compareBestCert(t, lib, lib.analyse(ctx, text))
	}
}

func FuzzBestCertMaskMatchesEveryWord(f *testing.F) {
	shipped, err := content.Default()
	if err != nil {
		f.Fatal(err)
	}
	fixtures, err := content.LoadDir(filepath.Join("..", "testdata", "guides"))
	if err != nil {
		f.Fatal(err)
	}
	lib := libraryOf(f, append(fixtures, shipped...))
	for _, s := range []string{"what certifications help?", "is the aws ml specialty worth it", "databricks ml associate cost", "tensorflow developer certificate"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		compareBestCert(t, lib, lib.analyse(context.Background(), s))
	})
}

// hasAllScanning is hasAll as it was before the mask: every word compared
// with each of the question's.
func hasAllScanning(q *question, ws ...string) bool {
	for _, w := range ws {
		if !slices.Contains(q.words, w) {
			return false
		}
	}
	return true
}

// compareHasAll checks hasAll and hasAny against scanning the words, for
// the question's own words, the intent table's, pairs of them and "".
func compareHasAll(t testing.TB, q *question, probes []string) {
	t.Helper()
	all := append(append([]string{"", "how", "long", "x"}, q.words...), probes...)
	for i, w := range all {
		if got, want := hasAll(q, w), hasAllScanning(q, w); got != want {
			t.Fatalf("%q: hasAll(%q) = %v, scanning %v", q.words, w, got, want)
		}
		v := all[(i*7+3)%len(all)]
		if got, want := hasAll(q, w, v), hasAllScanning(q, w, v); got != want {
			t.Fatalf("%q: hasAll(%q, %q) = %v, scanning %v", q.words, w, v, got, want)
		}
		if got, want := hasAny(q, v, w), hasAllScanning(q, v) || hasAllScanning(q, w); got != want {
			t.Fatalf("%q: hasAny(%q, %q) = %v, scanning %v", q.words, v, w, got, want)
		}
	}
}

// hasAll's mask turns away only words the question lacks, on a third of
// the eval questions, and stays right as the words change: blanked in place (as
// analyse blanks them), appended to, cut short, replaced.
func TestHasAllMatchesScanning(t *testing.T) {
	lib := allGuidesLibrary(t)
	var probes []string
	for w := range lib.m.index {
		probes = append(probes, w)
	}
	for w := range lib.m.stop {
		probes = append(probes, w)
	}
	slices.Sort(probes)
	ctx := context.Background()
	for k, text := range evalQuestions(t) {
		if k%3 != 0 {
			continue // a third of them (the race detector's time)
		}
		q := lib.analyse(ctx, text)
		ps := probes[k%len(probes) : min(len(probes), k%len(probes)+8)]
		compareHasAll(t, q, ps)
		if len(q.words) == 0 || k%4 != 0 {
			continue // the changes below on some of them
		}
		q.words[len(q.words)/2] = "" // blanked in place
		compareHasAll(t, q, ps)
		q.words = append(q.words, "certifications") // appended (maybe in place)
		compareHasAll(t, q, ps)
		q.words = q.words[:len(q.words)-2] // cut short
		compareHasAll(t, q, ps)
		q.words = append(slices.Clone(q.words), "salary") // another slice
		compareHasAll(t, q, ps)
		if n := len(q.words); n > 2 {
			q.words = append(q.words[:n-2], "pay", "raise") // cut short and appended to again
			compareHasAll(t, q, ps)
		}
	}
}

func FuzzHasAllMatchesScanning(f *testing.F) {
	lib := libraryOf(f, nil)
	for _, s := range []string{"what certifications help?", "how long does it take", "how many years, months or weeks", "how   much time"} {
		f.Add(s, "how", "long")
	}
	f.Fuzz(func(t *testing.T, s, a, b string) {
		q := lib.analyse(context.Background(), s)
		compareHasAll(t, q, []string{a, b})
		q.words = append(q.words, a)
		compareHasAll(t, q, []string{a, b})
	})
}
