package engine

import (
	"slices"
	"testing"
)

// A sentence ends at a mark before a space or the end of the text, not
// inside a name ("AWS D1.1", "fast.ai").
func TestSentencesOf(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"whats the AWS D1.1 certification cost? for structural welding", []string{"whats the AWS D1.1 certification cost?", "for structural welding"}},
		{"I did the fast.ai course. What next?", []string{"I did the fast.ai course.", "What next?"}},
		{"ML engineer vs data engineer: which pays more?", []string{"ML engineer vs data engineer:", "which pays more?"}},
		{"one sentence", []string{"one sentence"}},
		{"  ", nil},
	} {
		if got := sentencesOf(c.text); !slices.Equal(got, c.want) {
			t.Errorf("sentencesOf(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
