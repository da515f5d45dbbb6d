package askmix

import (
	"math"
	"strings"
)

// Questions are the eight questions of the mix: one slash command and
// seven free-text questions about the default guide.
var Questions = []string{
	"what certifications help?",
	"/salary CA",
	"which workflow orchestration tool is mentioned",
	"how long does it take to become an ML engineer?",
	"what does a typical day look like?",
	"what skills do I need?",
	"how do I prepare for the interview?",
	"is the job growing?",
}

// Spaced returns q with its words spaced to spell k in base b (each gap
// between words one space more than its digit), b the smallest base whose
// gaps-th power exceeds total, so that every k below total gives a
// different text with the same words.
func Spaced(q string, k, total int) string {
	words := strings.Split(q, " ")
	gaps := len(words) - 1
	if gaps == 0 {
		return q
	}
	b := int(math.Ceil(math.Pow(float64(total), 1/float64(gaps)))) + 1
	var sb strings.Builder
	for i, w := range words {
		if i > 0 {
			sb.WriteString(strings.Repeat(" ", 1+k%b))
			k /= b
		}
		sb.WriteString(w)
	}
	return sb.String()
}
