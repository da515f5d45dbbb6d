package engine

import porterstemmer "github.com/blevesearch/go-porterstemmer"

// stems keeps the Porter stems of the words stemmed lately: a question's
// content words are stemmed again and again (to weigh sections, passages,
// labels and terms), each time decoding the word into runes, lower-casing
// and stemming them and building a new string. A stem depends on the word
// alone.
var stems wordMemo[string]

// stemmed is porterstemmer.StemString(w), kept in stems.
func stemmed(w string) string {
	if s, ok := stems.get(w); ok {
		return s
	}
	s := porterstemmer.StemString(w)
	stems.put(w, s)
	return s
}
