package index

import (
	"bytes"
	"hash/maphash"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	porterstemmer "github.com/blevesearch/go-porterstemmer"
)

// The index's text analysis is bleve's English analyzer ("en": the
// Unicode word tokenizer, possessives, lower case, English stop words,
// Porter stemming) giving the very same tokens, two of its steps made
// cheaper (a cold start at 10,000 guides analysed 130,000 documents: the
// tokenizer took 2.9 s of CPU and the stemmer 1.3 s):
//
//   - asciiTokenizer splits ASCII text without the Unicode segmenter, by
//     the segmenter's own rules for ASCII, and hands anything else to it;
//   - stemCache remembers each term's Porter stem (the guides share most
//     of their words).
//
// TestAnalyzerIsEnglish compares the two analyzers' tokens on every guide
// and on random text.
const (
	analyzerName  = "careerbot_en"
	tokenizerName = "careerbot_unicode"
	stemmerName   = "careerbot_porter"
)

// registerAnalysis adds the tokenizer and stemmer to bleve's registry
// (bleve finds analysis parts by name only there), once, before a mapping
// is built or an index on disk is opened; an error (a name taken) is
// returned every time.
var registerAnalysis = sync.OnceValue(func() error {
	if err := registry.RegisterTokenizer(tokenizerName, func(map[string]interface{}, *registry.Cache) (analysis.Tokenizer, error) {
		return asciiTokenizer{unicode.NewUnicodeTokenizer()}, nil
	}); err != nil {
		return err
	}
	return registry.RegisterTokenFilter(stemmerName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return new(stemCache), nil
	})
})

// analyzerConfig defines analyzerName in a mapping.
func analyzerConfig() map[string]interface{} {
	return map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     tokenizerName,
		"token_filters": []interface{}{en.PossessiveName, lowercase.Name, en.StopName, stemmerName},
	}
}

// asciiTokenizer is the Unicode tokenizer for ASCII text (without '_',
// whose rules it leaves to the segmenter). In ASCII the segmenter
// (UAX #29 word boundaries) keeps together letters and digits in any
// order, a letter, one of : . ' and a letter, and a digit, one of , ; . '
// and a digit; every other character is a segment of its own that is not
// a word. A word with no letter is a number.
type asciiTokenizer struct{ unicode *unicode.UnicodeTokenizer }

func (t asciiTokenizer) Tokenize(input []byte) analysis.TokenStream {
	for _, c := range input {
		if c >= 0x80 || c == '_' {
			return t.unicode.Tokenize(input)
		}
	}
	// One token slab for the whole stream (the Unicode tokenizer's guess:
	// about one word in six bytes).
	slab := make([]analysis.Token, 0, len(input)/6+1)
	out := make(analysis.TokenStream, 0, cap(slab))
	pos := 1
	for i := 0; i < len(input); {
		if !isAlnum(input[i]) {
			i++
			continue
		}
		start, letter := i, false
		for i < len(input) {
			c := input[i]
			switch {
			case isAlnum(c):
				letter = letter || c > '9'
				i++
				continue
			case i+1 < len(input) && i > start:
				prev, next := input[i-1], input[i+1]
				if isLetter(prev) && isLetter(next) && (c == ':' || c == '.' || c == '\'') ||
					isDigit(prev) && isDigit(next) && (c == ',' || c == ';' || c == '.' || c == '\'') {
					i++
					continue
				}
			}
			break
		}
		typ := analysis.Numeric
		if letter {
			typ = analysis.AlphaNumeric
		}
		if len(slab) == cap(slab) {
			slab = make([]analysis.Token, 0, (len(input)-i)/6+1)
		}
		slab = append(slab, analysis.Token{Term: input[start:i], Start: start, End: i, Position: pos, Type: typ})
		out = append(out, &slab[len(slab)-1])
		pos++
	}
	return out
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }

// stemCache is bleve's Porter stemmer filter with the stems it made
// remembered: a fixed table of slots, a term's slot chosen by its hash, a
// newer term replacing an older one. Tokens of the same term share one
// stem (read-only, as every term after the last filter).
type stemCache struct {
	slots [stemCacheSlots]atomic.Pointer[stemmed]
}

const stemCacheSlots = 1 << 15

type stemmed struct {
	term, stem []byte
}

var stemCacheSeed = maphash.MakeSeed()

func (c *stemCache) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, token := range input {
		if token.KeyWord {
			continue
		}
		slot := &c.slots[maphash.Bytes(stemCacheSeed, token.Term)%stemCacheSlots]
		if e := slot.Load(); e != nil && bytes.Equal(e.term, token.Term) {
			token.Term = e.stem
			continue
		}
		term := bytes.Clone(token.Term)
		stem := analysis.BuildTermFromRunes(porterstemmer.StemWithoutLowerCasing(bytes.Runes(token.Term)))
		slot.Store(&stemmed{term: term, stem: stem})
		token.Term = stem
	}
	return input
}
