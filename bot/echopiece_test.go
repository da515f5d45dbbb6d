package bot

import (
	"slices"
	"strings"
	"testing"
)

func TestInsideAny(t *testing.T) {
	line := "what  certifications   help?"
	for _, c := range []struct {
		s    string
		in   []string
		want bool
	}{
		{line, []string{line}, true},
		{line[6:20], []string{line}, true},
		{line[len(line)-5:], []string{"x", line}, true},
		{strings.Clone(line[6:20]), []string{line}, false}, // the same bytes elsewhere
		{line, []string{line[:10]}, false},                 // longer than the text it starts in
		{line[5:], []string{line[:10]}, false},
		{"", []string{line}, false},
		{line, nil, false},
	} {
		if got := insideAny(c.s, c.in); got != c.want {
			t.Errorf("insideAny(%q, %q) = %v, want %v", c.s, c.in, got, c.want)
		}
	}
}

// A piece of a text that had nothing to escape is skipped, and one of a
// text that had (or a copy elsewhere) is probed: the probes are those of
// probing every text.
func TestEchoProbesSkipPiecesOfCleanTexts(t *testing.T) {
	clean := "what  certifications   help?"
	marked := "what  *ML*  __certs__  a\\b  \"q\"  é"
	for _, echo := range [][]string{
		{clean, clean[:4], clean[6:20], "x*y", strings.Clone(clean[6:20]) + "_"},
		{marked, marked[6:10], marked[12:21], clean, clean[:4], marked[27:30]},
		{clean[:4], clean, clean[:4]}, // a piece before its text: probed
		{"a*b", "a*b"[1:], "c_d_e_f_g_h_i_j_k", "c_d_e_f_g_h_i_j_k"[2:]},
	} {
		got, want := echoProbesMarkdown(echo), echoProbesEveryText(echo, markdownPlain)
		if !slices.Equal(got, want) {
			t.Errorf("echoProbesMarkdown(%q) = %q, probing every text %q", echo, got, want)
		}
	}
	if p := echoProbesMarkdown([]string{marked, marked[6:10]}); !slices.Contains(p, "*ML*") {
		t.Errorf("a piece of a text with marks was not probed: %q", p)
	}
}
