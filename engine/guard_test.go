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
	n, seen := 0, 0
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
				// go test -short (the race detector's run in CI) takes
				// every sixteenth question; the run without it takes all.
				if seen++; testing.Short() && seen%16 != 0 {
					continue
				}
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

// The guards stay rare: a pattern's guard lets through (and so runs the
// regexp's backtracker on) few of the questions members ask. A later
// edit that gives a pattern an alternative with no literal in it (no
// guard at all) or whose literal many questions have ("does ", "help me":
// session 9 made one pattern run on nearly every question of the HTTP mix
// that way, and a new question cost 9.5% more) fails here instead of going
// unseen. Measured on the eval questions as typed, in upper and in lower
// case (texts with runes that fold onto ASCII letters always pass, by
// design, and are left out). Each guard may let through at most
// maxRare of them, or, for the guards that were already commoner at
// 2c709c7 (named by a piece of their pattern), about a third more than
// they did then plus some points; all guards together (1.71 a question at
// 2c709c7) at most maxTotal. The ceilings leave room for the eval sets to
// grow and patterns to change, not for a guard that stops guarding; a
// pattern rewritten so that its piece below is gone falls back to
// maxRare.
func TestGuardsStayRare(t *testing.T) {
	const (
		maxRare  = 0.06 // every guard not listed below (all under 3% at 2c709c7)
		maxTotal = 2.45 // the guards' passes a question, all guards together (2.40 in session 44 from the eval sets added, the numbers-first tuning set 519 among them, no pattern changed; 2.12 in session 27, 2.20 in session 31 with the symbol-heavy tuning set 414, from the eval sets added, no pattern changed; 2.30 in session 32 with one guard added, becomeInitialsRE, whose needles "become" and "becoming" pass a few questions in a hundred, and the tuning sets added: 2.23 with 19 guards at the session's start)
	)
	common := []struct {
		piece string  // in the pattern's source
		max   float64 // its share then, in a comment
	}{
		{`\$\s?\d`, 0.58},                            // moneyRE 50.1% (the eval sets now hold many typed figures: "150k??", "$$$"; 55.0% in session 52 from the eval sets added, those giving the asker's own figures among them, no pattern changed)
		{`divided by`, 0.37},                         // arithmeticRE 27.3%
		{`passed|pass|passing`, 0.33},                // credentialHeldRE 23.6%
		{`from that\b`, 0.29},                        // ownWorkAsked 19.8%
		{`a couple of`, 0.33},                        // preambleRE 18.8% (28.0% in session 38 from the eval sets added, no pattern changed: its needles are the separators a lead-in ends with; anchored at the text's start, a pass costs one failed match there)
		{`twelve|hundred`, 0.23},                     // numberRE 11.7% (20.0% in session 50 from the eval sets added, the pay-in-other-units tuning set 568 among them, no pattern changed: its needles are the digits themselves)
		{`\d+\s*(minutes?|hours?`, 0.14},             // durationRE 7.2%
		{`\d[).]\s`, 0.13},                           // numberedRE 6.4%
		{`(is|takes?|only|just|about|around)`, 0.10}, // spanClaimRE 4.0%
		{`(?:[-–to]+`, 0.10},                         // yearsRE 3.4%
	}
	if testing.Short() {
		t.Skip("the shares are measured on every eval question, by the run without -short")
	}
	var corpus []string
	for _, s := range guardCorpus(t) {
		if !strings.ContainsAny(s, "\u212a\u017f") {
			corpus = append(corpus, s)
		}
	}
	if len(corpus) < 10000 {
		t.Fatalf("only %d eval texts", len(corpus))
	}
	total := 0.0
	for _, g := range guards {
		n := 0
		for _, s := range corpus {
			if g.mayFresh(s) {
				n++
			}
		}
		share := float64(n) / float64(len(corpus))
		total += share
		ceiling := maxRare
		for _, c := range common {
			if strings.Contains(g.String(), c.piece) {
				ceiling = c.max
			}
		}
		if share > ceiling {
			t.Errorf("%s: its guard lets through %.1f%% of the eval questions (at most %.0f%%): needles %q",
				g, 100*share, 100*ceiling, g.needles)
		}
	}
	t.Logf("%d guards: %.2f passes a question on average, over %d eval texts", len(guards), total, len(corpus))
	if total > maxTotal {
		t.Errorf("the guards together let through %.2f passes a question (at most %.2f): one has become common", total, maxTotal)
	}
}
