package engine

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/lang/pt"
)

// snowballStopWords are the stop words of the Snowball project for
// Spanish, Portuguese, French, Italian and German, the lists bleve's own
// analyzers use: a maintained resource for the little words of the
// languages members mix with English most, rather than a list grown from
// questions.
func snowballStopWords() []string {
	var out []string
	for _, list := range [][]byte{es.SpanishStopWords, pt.PortugueseStopWords, fr.FrenchStopWords, it.ItalianStopWords, de.GermanStopWords} {
		tm := analysis.NewTokenMap()
		if err := tm.LoadBytes(list); err != nil {
			continue // (bleve's own lists always load)
		}
		for w := range tm {
			out = append(out, w)
		}
	}
	return out
}
