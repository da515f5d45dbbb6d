package index

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/internal/gen"
)

// guideTexts are the texts the index analyses: every section's title and
// body and the facts, of the shipped guides and of n fair guides.
func guideTexts(t testing.TB, n int) []string {
	t.Helper()
	guides, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	guides = append(guides, gen.Guides(gen.FairCorpus(gen.DefaultSeed, n))...)
	var out []string
	for _, g := range guides {
		for _, d := range guideDocs(g) {
			out = append(out, d.doc.Title, d.doc.Body)
		}
	}
	return out
}

// randomText is n characters from an alphabet of the characters the
// segmenter treats apart in ASCII, and a few others.
func randomText(r *rand.Rand, n int) string {
	const alphabet = "aZq09:.',;_\" \n\r\t\v-!é—"
	runes := []rune(alphabet)
	var b strings.Builder
	for range n {
		b.WriteRune(runes[r.IntN(len(runes))])
	}
	return b.String()
}

func tokens(ts analysis.TokenStream) []analysis.Token {
	out := make([]analysis.Token, len(ts))
	for i, t := range ts {
		out[i] = *t
		out[i].Term = append([]byte(nil), t.Term...)
	}
	return out
}

// The index's analyzer gives bleve's English analyzer's tokens (terms,
// offsets, positions, types), on the guides and on random text; its
// tokenizer gives the Unicode tokenizer's.
func TestAnalyzerIsEnglish(t *testing.T) {
	cache := registry.NewCache()
	english, err := cache.AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		t.Fatal(err)
	}
	im, err := Mapping()
	if err != nil {
		t.Fatal(err)
	}
	ours := im.AnalyzerNamed(analyzerName)
	texts := guideTexts(t, 50)
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		texts = append(texts, randomText(r, 1+r.IntN(12)))
	}
	texts = append(texts, "", "a", "1", "_", "a_b", "1.5", "a.b.", "1,000,000", "don't", "a:b", "1:2", "a;b", "1;2", "a.1", "1.a", "ab12cd", "1.5a", "\"quoted\"", "x'", "'90s", "U.S.A.", "e.g.,", "caf\u00e9", "na\u00efve co-op")
	unicodeTok, asciiTok := unicode.NewUnicodeTokenizer(), asciiTokenizer{unicode.NewUnicodeTokenizer()}
	for _, s := range texts {
		want, got := tokens(unicodeTok.Tokenize([]byte(s))), tokens(asciiTok.Tokenize([]byte(s)))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("tokenizer on %q:\n got %v\nwant %v", s, got, want)
		}
		want = tokens(english.Analyze([]byte(s)))
		for range 2 { // the stems made, then remembered
			if got := tokens(ours.Analyze([]byte(s))); !reflect.DeepEqual(got, want) {
				t.Fatalf("analyzer on %q:\n got %v\nwant %v", s, got, want)
			}
		}
	}
}

// FuzzTokenizer: the ASCII tokenizer splits any text as the Unicode one.
func FuzzTokenizer(f *testing.F) {
	for _, s := range []string{"a.b", "1,5", "it's 3.5 o'clock", "x_y", "a:b;1;2", "é.a"} {
		f.Add(s)
	}
	unicodeTok, asciiTok := unicode.NewUnicodeTokenizer(), asciiTokenizer{unicode.NewUnicodeTokenizer()}
	f.Fuzz(func(t *testing.T, s string) {
		want, got := tokens(unicodeTok.Tokenize([]byte(s))), tokens(asciiTok.Tokenize([]byte(s)))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q:\n got %v\nwant %v", s, got, want)
		}
	})
}

// BenchmarkAnalyze analyses the texts of 200 fair guides with bleve's
// English analyzer and with the index's.
func BenchmarkAnalyze(b *testing.B) {
	texts := guideTexts(b, 200)
	english, err := registry.NewCache().AnalyzerNamed(en.AnalyzerName)
	if err != nil {
		b.Fatal(err)
	}
	im, err := Mapping()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		a    analysis.Analyzer
	}{{"en", english}, {"index", im.AnalyzerNamed(analyzerName)}} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range texts {
					c.a.Analyze([]byte(s))
				}
			}
		})
	}
}
