package engine

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestRequiredStrings(t *testing.T) {
	for _, c := range []struct {
		expr string
		want []string
	}{
		{`(?i)\b(is|takes?)\s+(\d+|one|a)\s*(-\s*\d+\s*)?(years?|months?|weeks?)\b`, []string{"year", "month", "week"}},
		{`abc`, []string{"abc"}},
		{`(?i)ABC`, []string{"abc"}},
		{`a?b?`, nil},     // matches ""
		{`(?:x|)y?`, nil}, // an empty branch
		{`(?:cat|dog)s*`, []string{"cat", "dog"}},
		{`x*`, nil},
		{`(?:in|on) (?:a|the) box`, []string{"in a box", "in the box", "on a box", "on the box"}},
		{`\d+ (?:years?|days?)`, []string{" year", " day"}},
		{`(?:foo)+bar`, []string{"foo"}}, // ties go to the first
		{`(?:foo){0,2}`, nil},
		{`(?:foo){2,3}`, []string{"foofoo"}},
		{`[a-z]+`, nil},
		{`(?i)é`, nil}, // É too: not tested for
		{`—`, []string{"—"}},
		{`(`, nil}, // not a pattern
	} {
		got := requiredStrings(c.expr)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.expr, got, c.want)
		}
	}
}

// foldReplacer writes k and s as the letters that fold to them.
var foldReplacer = strings.NewReplacer("k", "\u212a", "s", "\u017f")

// guardCorpus is every question of the eval sets, in turn as typed, in
// other cases and with the two runes (?i) folds onto ASCII letters.
func guardCorpus(t testing.TB) []string {
	files, err := filepath.Glob("../testdata/eval/*/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no eval sets: %v", err)
	}
	var out []string
	n := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var c struct{ Q string }
			if json.Unmarshal(sc.Bytes(), &c) == nil && c.Q != "" {
				// Every question once, in one of four forms in turn (as
				// typed, upper case, lower case, with the letters that
				// fold to k and s): the forms are all tested, on a quarter
				// of the questions each, so the test does not grow four
				// times as fast as the eval sets (under -race ./engine
				// came near go test's ten minutes).
				switch n++; n % 4 {
				case 0:
					out = append(out, c.Q)
				case 1:
					out = append(out, strings.ToUpper(c.Q))
				case 2:
					out = append(out, strings.ToLower(c.Q))
				default:
					out = append(out, foldReplacer.Replace(c.Q))
				}
			}
		}
		fh.Close()
	}
	return append(out, "grad school is one year, tops", "TL;DR: how long", "in plain english what is it", "17 times 23",
		"Two questions: pay and hours", "context - I'm a nurse", "do you have a guide for welders?", "tAkEs 3 WEEKS",
		"is one \u212aWEEK", "eli5 \u017fimply put", "over $100k", "at least 120,000", "3-5 years", "1) pay 2) hours",
		"i teach 3rd grade, what's the job outlook FOR ME", "my dad pours concrete, will His Wages rise?", "could I earn MORE",
		"got Promoted", "a raise", "is THAT LINE OF WORK growing", "for them", "\u017fo I make more doing thi\u017f")
}

// No guard turns away a text its regexp matches: on every eval question,
// in every case.
func TestGuardsNeverSkipAMatch(t *testing.T) {
	if len(guards) < 10 {
		t.Fatalf("only %d guarded regexps", len(guards))
	}
	tested, skipped := 0, 0
	for _, s := range guardCorpus(t) {
		for _, g := range guards {
			matched := g.Regexp.MatchString(s)
			if matched && !g.may(s) {
				t.Errorf("%s: %q matches, but the guard turned it away", g, s)
			}
			if !g.may(s) {
				skipped++
			}
			tested++
		}
	}
	t.Logf("%d of %d tests of a text against a regexp skipped", skipped, tested)
}

func FuzzGuards(f *testing.F) {
	for _, s := range guardCorpus(f)[:400] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, g := range guards {
			if g.Regexp.MatchString(s) && !g.may(s) {
				t.Errorf("%s: %q matches, but the guard turned it away", g, s)
			}
		}
	})
}

// may with its pooled memo answers as reading each text afresh does,
// whatever text came before: every eval text against every pattern, in
// turn and interleaved with others.
func TestGuardMemo(t *testing.T) {
	corpus := guardCorpus(t)
	for i, s := range corpus {
		other := corpus[(i*7+3)%len(corpus)]
		for _, g := range guards {
			want := g.mayFresh(s)
			if got := g.may(s); got != want {
				t.Fatalf("%s: %q: may %v, afresh %v", g, s, got, want)
			}
			g.may(other)
			if got := g.may(s); got != want {
				t.Fatalf("%s: %q after %q: may %v, afresh %v", g, s, other, got, want)
			}
		}
	}
}

func FuzzGuardMemo(f *testing.F) {
	f.Add("tl;dr what do they earn", "TL;DR WHAT DO THEY EARN")
	f.Add("is one year enough", "Kelvin \u212a and long \u017f")
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, g := range guards {
			for _, s := range []string{a, b, a, a, b} {
				if got, want := g.may(s), g.mayFresh(s); got != want {
					t.Fatalf("%s: %q: may %v, afresh %v", g, s, got, want)
				}
			}
		}
	})
}

// BenchmarkGuardMay tests each eval question against every guarded
// pattern in turn, as a question is.
func BenchmarkGuardMay(b *testing.B) {
	corpus := guardCorpus(b)
	for i := 0; b.Loop(); i++ {
		s := corpus[i%len(corpus)]
		for _, g := range guards {
			g.may(s)
		}
	}
}

// The memo is never shared: goroutines testing different texts at once
// get what reading each afresh gives (run with -race).
func TestGuardMemoConcurrent(t *testing.T) {
	corpus := guardCorpus(t)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(corpus); i += 8 {
				for _, g := range guards {
					if got, want := g.may(corpus[i]), g.mayFresh(corpus[i]); got != want {
						errs <- fmt.Sprintf("%s: %q: may %v, afresh %v", g, corpus[i], got, want)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
