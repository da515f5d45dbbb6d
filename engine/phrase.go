package engine

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
