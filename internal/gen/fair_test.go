package gen

import (
	"reflect"
	"strings"
	"testing"
)

// Fair guides load through the real content loader.
func TestFairGuidesPassContentValidation(t *testing.T) {
	cs := FairCorpus(DefaultSeed, 40)
	for _, c := range cs {
		checkFigures(t, c.Guide)
	}
	loadAsContent(t, cs)
	if !reflect.DeepEqual(GenerateFair(DefaultSeed, 7), FairCorpus(DefaultSeed, 10)[7]) {
		t.Fatal("fair career 7 differs between GenerateFair and FairCorpus")
	}
}

// In the fair corpus most of a guide's domain words are shared with other
// careers (the old corpus: 94% of distinct terms in one guide only), and
// the shared-words questions mostly single out their career with two to
// four words.
func TestFairCorpusSharesWords(t *testing.T) {
	const n = 1000
	cs := FairCorpus(DefaultSeed, n)
	df := map[string]int{}
	uses, sharedUses := 0, 0
	perCareer := make([][]string, n)
	for i, c := range cs {
		perCareer[i] = domainPoolWords(c, guideWords(c))
		for _, w := range perCareer[i] {
			df[w]++
		}
	}
	for _, ws := range perCareer {
		for _, w := range ws {
			uses++
			if df[w] >= 10 {
				sharedUses++
			}
		}
	}
	if share := float64(sharedUses) / float64(uses); share < 0.6 {
		t.Errorf("%.0f%% of a guide's domain words are shared by 10+ careers, want at least 60%%", 100*share)
	}
	qs := FairQuestions(cs)
	for _, class := range FairClasses {
		if len(qs[class]) != n {
			t.Fatalf("class %s has %d questions, want %d", class, len(qs[class]), n)
		}
	}
	well := 0
	for _, q := range qs[ClassShared] {
		if q.WellDefined {
			well++
			if len(q.Words) < 2 || len(q.Words) > 4 {
				t.Errorf("%q singles out its career with %d words", q.Text, len(q.Words))
			}
			for _, w := range q.Words {
				if df[w] < sharedMin(n) {
					t.Errorf("%q: %q is in %d careers, not shared", q.Text, w, df[w])
				}
			}
		}
	}
	if well < n*8/10 {
		t.Errorf("%d of %d shared-words questions single out a career, want 80%%", well, n)
	}
	for _, q := range qs[ClassNamedTypo][:20] {
		if !strings.Contains(q.Text, "x") && !strings.Contains(q.Text, "q") {
			t.Errorf("typo question %q has no typo", q.Text)
		}
	}
	t.Logf("shared uses %.0f%%, distinct words %d, well-defined shared questions %d/%d", 100*float64(sharedUses)/float64(uses), len(df), well, n)
}
