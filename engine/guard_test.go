package engine

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// guardCorpus is every question of the eval sets, with variants in other
// cases and with the two runes (?i) folds onto ASCII letters.
func guardCorpus(t testing.TB) []string {
	files, err := filepath.Glob("../testdata/eval/*/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no eval sets: %v", err)
	}
	var out []string
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
				out = append(out, c.Q, strings.ToUpper(c.Q), strings.ToLower(c.Q),
					strings.NewReplacer("k", "\u212a", "s", "\u017f").Replace(c.Q))
			}
		}
		fh.Close()
	}
	return append(out, "grad school is one year, tops", "TL;DR: how long", "in plain english what is it", "17 times 23",
		"Two questions: pay and hours", "context - I'm a nurse", "do you have a guide for welders?", "tAkEs 3 WEEKS",
		"is one \u212aWEEK", "eli5 \u017fimply put", "over $100k", "at least 120,000", "3-5 years", "1) pay 2) hours")
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
