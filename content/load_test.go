package content

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/careerbot-dev/careerbot/bot"
)

const good = `---
slug: test-career
title: Test Career
aliases: [TC, tester]
summary: A fixture career for loader tests.
source:
  publisher: careerbot test fixtures
salary:
  median: 50000
  low: 40000
  high: 60000
states:
  - code: TX
    employed: 10
    median: 55000
    vs_national_pct: 10
  - code: ca
    employed: 5
    median: 58000
    vs_national_pct: 16
certifications:
  - name: Fixture Cert
    price: 10
---

## What it is {#overview}

Tests things.

## Tools of the trade

- **Hammer**: hits things
`

func TestParseGood(t *testing.T) {
	g, probs := Parse("good.md", []byte(good))
	if len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	if g.Slug != "test-career" || g.Salary.Median != 50000 || len(g.Sections) != 2 {
		t.Fatalf("parsed %+v", g)
	}
	if g.States[0].Code != "CA" {
		t.Errorf("states should be sorted by median with codes upper-cased, got %+v", g.States)
	}
	if k := g.Sections[1].Kind; k != bot.KindTools {
		t.Errorf("heading 'Tools of the trade' should be kind tools, got %q", k)
	}
	if g.Sections[0].Line != 26 {
		t.Errorf("overview heading line = %d, want 26", g.Sections[0].Line)
	}
}

// Each validation error names file, line and field.
func TestParseProblems(t *testing.T) {
	cases := []struct {
		name, edit, want string
	}{
		{"malformed yaml", "title: Test Career\n", "title: [unclosed\n"},
		{"missing slug", "slug: test-career\n", ""},
		{"bad slug", "slug: test-career\n", "slug: Test Career!\n"},
		{"missing publisher", "  publisher: careerbot test fixtures\n", "  title: x\n"},
		{"negative salary", "  median: 50000\n", "  median: -5\n"},
		{"bad state", "  - code: TX\n", "  - code: ZZ\n"},
		{"duplicate state", "  - code: ca\n", "  - code: TX\n"},
		{"unknown key", "summary: A fixture", "sumary: A fixture"},
		{"wrong type", "  low: 40000\n", "  low: lots\n"},
		{"negative price", "    price: 10\n", "    price: -1\n"},
		{"bad kind", "{#overview}", "{#overveiw}"},
		{"low above high", "  low: 40000\n", "  low: 70000\n"},
	}
	wants := map[string]string{
		"malformed yaml":    "bad.md:3: malformed YAML", // the title line
		"missing slug":      "bad.md:2: slug: is required",
		"bad slug":          "bad.md:2: slug:",
		"missing publisher": "bad.md:6: source.publisher: is required",
		"negative salary":   "bad.md:9: salary.median: must not be negative",
		"bad state":         "bad.md:13: states[0].code: \"ZZ\" is not a US state code",
		"duplicate state":   "bad.md:17: states[1].code: TX appears twice",
		"unknown key":       "bad.md:5: sumary: unknown key",
		"wrong type":        "bad.md:10: salary.low: must be a whole number",
		"negative price":    "bad.md:23: certifications[0].price: must not be negative",
		"bad kind":          "bad.md:26: kind: {#overveiw} is not a section kind",
		"low above high":    "bad.md:10: salary.low: 70000 is above salary.high",
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(good, c.edit, c.want, 1)
			if src == good {
				t.Fatalf("edit %q did not apply", c.edit)
			}
			_, probs := Parse("bad.md", []byte(src))
			if len(probs) == 0 {
				t.Fatal("no problem reported")
			}
			all := probs.Error()
			if !strings.Contains(all, wants[c.name]) {
				t.Errorf("want %q in:\n%s", wants[c.name], all)
			}
		})
	}
}

func TestParseNoFrontMatter(t *testing.T) {
	_, probs := Parse("x.md", []byte("## Hello\n\ntext\n"))
	if len(probs) != 1 || probs[0].Line != 1 || !strings.Contains(probs[0].Msg, "front matter") {
		t.Fatalf("got %v", probs)
	}
	_, probs = Parse("x.md", []byte("---\nslug: a\n"))
	if len(probs) != 1 || !strings.Contains(probs[0].Msg, "closing ---") {
		t.Fatalf("got %v", probs)
	}
}

func TestParseDuplicateSectionAndEmpty(t *testing.T) {
	src := good + "\n## More tools {#tools}\n\n- x\n\n## Empty {#faq}\n"
	_, probs := Parse("d.md", []byte(src))
	all := probs.Error()
	for _, want := range []string{`a second "tools" section (the first is at line 30)`, "d.md:38: section Empty: is empty"} {
		if !strings.Contains(all, want) {
			t.Errorf("want %q in %s", want, all)
		}
	}
}

func TestLoadFSCrossGuide(t *testing.T) {
	other := strings.Replace(strings.Replace(good, "title: Test Career", "title: Other Career", 1), "aliases: [TC, tester]", "aliases: [tester]", 1)
	fsys := fstest.MapFS{
		"a.md": {Data: []byte(good)},
		"b.md": {Data: []byte(other)},
	}
	_, err := LoadFS(fsys, "guides")
	ps, ok := AsProblems(err)
	if !ok {
		t.Fatalf("want problems, got %v", err)
	}
	all := ps.Error()
	for _, want := range []string{`guides/b.md:1: slug: "test-career" is already used by test-career (guides/a.md)`,
		`guides/b.md:1: aliases: "tester" is already used`} {
		if !strings.Contains(all, want) {
			t.Errorf("want %q in\n%s", want, all)
		}
	}
}

func TestLoadFSEmpty(t *testing.T) {
	_, err := LoadFS(fstest.MapFS{}, "empty")
	if err == nil || !strings.Contains(err.Error(), "no guides") {
		t.Fatalf("got %v", err)
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "t.md"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	gs, err := LoadDir(dir)
	if err != nil || len(gs) != 1 || gs[0].File != filepath.Join(dir, "t.md") {
		t.Fatalf("got %v %v", gs, err)
	}
	if _, err := LoadDir(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("missing folder should fail")
	}
}

// The shipped guide carries every figure of the source article.
func TestDefaultGuide(t *testing.T) {
	gs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	g := gs[0]
	if g.Slug != "ml-engineer" || g.Salary.Median != 150000 || g.Salary.Low != 120000 || g.Salary.High != 300000 || !g.Salary.HighPlus {
		t.Fatalf("salary facts: %+v", g.Salary)
	}
	if g.Outlook.GrowthPct != 36 || g.Outlook.AnnualOpenings != 20800 || g.Source.SOC != "15-2051" || g.Source.Publisher != "Hakia" {
		t.Fatalf("outlook/source: %+v %+v", g.Outlook, g.Source)
	}
	want := map[string][3]float64{"CA": {25000, 185000, 23}, "WA": {8000, 175000, 17}, "NY": {12000, 170000, 13}, "MA": {5000, 165000, 10}}
	for code, w := range want {
		r := g.State(code)
		if r == nil || float64(r.Employed) != w[0] || float64(r.Median) != w[1] || r.VsNationalPct != w[2] {
			t.Errorf("%s: %+v", code, r)
		}
	}
	prices := map[string]int{"AWS Machine Learning Specialty": 300, "Google Professional ML Engineer": 200, "TensorFlow Developer Certificate": 100, "Databricks ML Associate": 200}
	for _, c := range g.Certifications {
		if prices[c.Name] != c.Price {
			t.Errorf("cert %s price %d", c.Name, c.Price)
		}
		delete(prices, c.Name)
	}
	if len(prices) > 0 {
		t.Errorf("missing certs %v", prices)
	}
	for _, k := range []string{bot.KindOverview, bot.KindTakeaways, bot.KindDay, bot.KindPath, bot.KindTools, bot.KindSkills,
		bot.KindCerts, bot.KindPortfolio, bot.KindInterview, bot.KindChallenges, bot.KindOutlook, bot.KindSalary, bot.KindFAQ} {
		if g.Section(k) == nil {
			t.Errorf("no %s section", k)
		}
	}
}

// A skeleton never filled in is rejected, naming each placeholder line;
// once filled in it validates.
func TestSkeletonPlaceholdersRejected(t *testing.T) {
	s, err := Skeleton("quantum-gardener")
	if err != nil {
		t.Fatal(err)
	}
	_, probs := Parse("q.md", []byte(s))
	all := probs.Error()
	for _, want := range []string{
		`q.md:12: source.publisher: "Who published the facts (required)" is the new-guide placeholder`,
		`q.md:41: body: "Describe the job in a few sentences." is placeholder text`,
		`body: "- A skill" is placeholder text`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("want %q in\n%s", want, all)
		}
	}
	filled := s
	for _, p := range placeholders {
		filled = strings.ReplaceAll(filled, p, "Real text about gardening quanta.")
	}
	g, probs := Parse("q.md", []byte(filled))
	if len(probs) > 0 {
		t.Fatalf("filled-in skeleton has problems: %v", probs)
	}
	if g.Title != "Quantum Gardener" || g.Salary.Median != 0 {
		t.Fatalf("got %+v", g)
	}
	if _, err := Skeleton("Bad Slug"); err == nil {
		t.Fatal("bad slug accepted")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\nslug: [\n---\n## x\n"))
	f.Add([]byte("---\nstates: {code: 1}\n---\n## A {#bogus}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, probs := Parse("f.md", data)
		if len(probs) == 0 && (g == nil || g.Slug == "" || len(g.Sections) == 0) {
			t.Fatalf("accepted an invalid guide: %+v", g)
		}
		for _, p := range probs {
			if p.File != "f.md" || p.Line < 1 {
				t.Fatalf("problem without location: %+v", p)
			}
		}
	})
}

func TestVocabularyValidated(t *testing.T) {
	base := "---\nslug: x\ntitle: X\nsource: {publisher: P}\nvocabulary:\n  %s\n---\n\n## What it is {#overview}\n\nText.\n"
	g, probs := Parse("x.md", []byte(fmt.Sprintf(base, "ml: Machine Learning")))
	if len(probs) > 0 || g.Vocabulary["ml"] != "machine learning" {
		t.Fatalf("vocabulary: %v %v", g, probs)
	}
	for in, want := range map[string]string{"ML: machine learning": "x.md:6: vocabulary.ML", "ml: \"\"": "x.md:6: vocabulary.ml"} {
		_, probs := Parse("x.md", []byte(fmt.Sprintf(base, in)))
		if len(probs) == 0 || !strings.Contains(probs.Error(), want) {
			t.Errorf("%q: problems %v, want %q", in, probs, want)
		}
	}
}

// A loaded guide keeps no substring of its file's text: section titles and
// kinds are copies, so the raw Markdown can be collected once parsed.
// Keeping only the titles and kinds of 40 guides of 256 KB each must not
// keep their files alive.
func TestParsedGuideKeepsNoFileText(t *testing.T) {
	body := strings.Repeat("Some long text about the job and its tools.\n", 6000)
	var kept []string
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 40; i++ {
		data := []byte("---\nslug: a-b\ntitle: A B\nsource: {publisher: P}\n---\n\n## What an A B does {#overview}\n\n" + body + "\n## Tools\n\n- X\n")
		g, ps := Parse("a.md", data)
		if len(ps) > 0 || g == nil {
			t.Fatalf("parse: %v", ps)
		}
		for _, s := range g.Sections {
			kept = append(kept, s.Title, s.Kind)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 2<<20 {
		t.Errorf("keeping %d titles and kinds keeps %d bytes alive: they hold the files' text", len(kept), grew)
	}
	runtime.KeepAlive(kept)
}
