package engine

import "strings"

// appendPhrase appends strings.Join(ws, " ") to dst. The phrase look-ups
// (a state, a city, a career's name in every run of one to three words of
// a question) build each run with it in a buffer on their own stack and
// look up string(bytes), which Go keeps on the stack too when it is not
// kept: joining them with strings.Join put every run on the heap, a third
// of the engine's allocations. A phrase that is kept must be cloned.
func appendPhrase(dst []byte, ws []string) []byte {
	for i, w := range ws {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
	}
	return dst
}

// asciiWords returns the runs of ASCII letters and digits of s (ASCII),
// leaving out the words skip reports, as substrings of s: what words and
// rawWords return for an ASCII text (for it unicode.IsLetter and IsDigit
// are these bytes), without building each word in a strings.Builder.
func asciiWords(s string, skip func(string) bool) []string {
	n := 0
	for i := 0; i < len(s); {
		for i < len(s) && !alnum(s[i]) {
			i++
		}
		if i < len(s) {
			n++
		}
		for i < len(s) && alnum(s[i]) {
			i++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for i := 0; i < len(s); {
		for i < len(s) && !alnum(s[i]) {
			i++
		}
		start := i
		for i < len(s) && alnum(s[i]) {
			i++
		}
		if w := s[start:i]; w != "" && !skip(w) {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// rawAndLowWords returns rawWords(text) and words(text). For an ASCII
// text the two split at the same places (lower-casing an ASCII byte keeps
// it a letter or digit, and "s" and "S" are left out alike): the text is
// lower-cased and split once, each word a substring of one of the two.
func rawAndLowWords(text string) (raw, low []string) {
	if !isASCII(text) {
		return rawWords(text), words(text)
	}
	lower := strings.ToLower(text)
	n := 0
	asciiWordSpans(text, func(int, int) { n++ })
	if n == 0 {
		return nil, nil
	}
	both := make([]string, 0, 2*n) // one allocation for the two
	raw, low = both[:0:n], both[n:n]
	asciiWordSpans(text, func(start, end int) {
		raw, low = append(raw, text[start:end]), append(low, lower[start:end])
	})
	return raw, low
}

// asciiWordSpans calls fn with the start and end of every word of an ASCII
// text: runs of letters and digits, a lone "s" left out (what is left of
// "it's").
func asciiWordSpans(text string, fn func(start, end int)) {
	for i := 0; i < len(text); {
		for i < len(text) && !alnum(text[i]) {
			i++
		}
		start := i
		for i < len(text) && alnum(text[i]) {
			i++
		}
		if i > start && !(i == start+1 && (text[start] == 's' || text[start] == 'S')) {
			fn(start, i)
		}
	}
}

func alnum(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
