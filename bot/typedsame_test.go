package bot

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// appendTypedSplitting is appendTyped as it was before a line that is the
// text had its words copied: the words of the text, then of the line.
func (r *Request) appendTypedSplitting(out []string) []string {
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	add(r.Line)
	add(r.Text)
	for w := range strings.FieldsSeq(r.Text) {
		add(w)
	}
	for w := range strings.FieldsSeq(r.Line) {
		add(w)
	}
	var stack [8]string
	for _, k := range appendSortedKeys(stack[:0], r.Options) {
		add(r.Options[k])
	}
	for _, k := range appendSortedKeys(stack[:0], r.Hints) {
		add(r.Hints[k])
	}
	return out
}

// typedCapSplitting is typedCap as it was: both strings counted.
func (r *Request) typedCapSplitting() int {
	return 2 + asciiFieldCount(r.Text) + asciiFieldCount(r.Line) + len(r.Options) + len(r.Hints)
}

// checkTypedSame compares appendTyped and typedCap with the code they
// replaced, appending to nothing, to a slice with room and to one without.
func checkTypedSame(t *testing.T, r *Request) {
	t.Helper()
	for _, base := range [][]string{nil, make([]string, 0, 64), {"echo"}} {
		got := r.appendTyped(slices.Clone(base))
		want := r.appendTypedSplitting(slices.Clone(base))
		if !slices.Equal(got, want) {
			t.Fatalf("%+v: appendTyped %q, splitting both %q", r, got, want)
		}
		if len(base) == 0 && cap(base) > 0 {
			got := r.appendTyped(base[:0])
			if !slices.Equal(got, want) {
				t.Fatalf("%+v: appendTyped with room %q, splitting both %q", r, got, want)
			}
		}
	}
	if got, want := r.typedCap(), r.typedCapSplitting(); got != want {
		t.Fatalf("%+v: typedCap %d, counting both %d", r, got, want)
	}
}

// A line that is the request's text adds the words it added for the text:
// free-text lines, commands with options, lines that differ from the text.
func TestAppendTypedLineIsText(t *testing.T) {
	for _, line := range []string{"", "   ", "what  certifications   help?", "/salary CA", "ask question:how long", "x\u00a0y\u2003z", " a\tb\nc ", "**bold** `code` <@U1>"} {
		checkTypedSame(t, &Request{Line: line, Text: line})
		checkTypedSame(t, &Request{Line: line, Text: line, Options: map[string]string{"question": line, "state": " CA "}})
		checkTypedSame(t, &Request{Line: "/ask " + line, Text: line, Options: map[string]string{"question": line}, Hints: map[string]string{"career": "ml"}})
		checkTypedSame(t, &Request{Line: line, Text: strings.ToUpper(line)})
	}
}

func FuzzAppendTypedLineIsText(f *testing.F) {
	f.Add("what  certifications help?", "what certifications help?", "ca")
	f.Add("a\u0085b", "a\u0085b", "")
	f.Fuzz(func(t *testing.T, line, text, opt string) {
		checkTypedSame(t, &Request{Line: line, Text: line})
		checkTypedSame(t, &Request{Line: line, Text: text, Options: map[string]string{"question": opt}})
	})
}

// echoProbesEveryText is echoProbesOf as it was before a text typed again
// was skipped: every text probed.
func echoProbesEveryText(echo []string, same func(string) bool) []string {
	var out []string
	for _, e := range echo {
		plain := same(e)
		low := e
		if !plain {
			low = strings.ToLower(e)
		}
		quoted := e
		if needsQuoting(e) {
			q := strconv.Quote(e)
			quoted = q[1 : len(q)-1]
		}
		for _, v := range [...]string{e, low, quoted} {
			if len(v) < minEcho || plain && v == e || slices.Contains(out, v) || same(v) {
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func checkEchoProbesRepeated(t *testing.T, echo []string) {
	t.Helper()
	if got, want := echoProbesMarkdown(echo), echoProbesEveryText(echo, markdownPlain); !slices.Equal(got, want) {
		t.Fatalf("echoProbesMarkdown(%q) = %q, probing every text %q", echo, got, want)
	}
	same := func(v string) bool { return EscapeMarkdown(v) == v }
	if got, want := echoProbes(echo, EscapeMarkdown), echoProbesEveryText(echo, same); !slices.Equal(got, want) {
		t.Fatalf("echoProbes(%q) = %q, probing every text %q", echo, got, want)
	}
}

// The echo of a free-text question has its line three times (line, text,
// option) and its words twice: probing each text once gives the probes
// probing every text gave.
func TestEchoProbesOfRepeatedTexts(t *testing.T) {
	for _, line := range []string{"what  certifications   help?", "What *ML*   certs for __me__?", "é  `code`  <@U1>  \"quoted\"  a\\b  İSTANBUL", "short"} {
		r := &Request{Line: line, Text: line, Options: map[string]string{"question": line}}
		checkEchoProbesRepeated(t, r.appendTyped(nil))
		r = &Request{Line: "/ask " + line, Text: line, Options: map[string]string{"question": line}}
		checkEchoProbesRepeated(t, r.appendTyped(nil))
	}
}

func FuzzEchoProbesOfRepeatedTexts(f *testing.F) {
	f.Add("What *ML* certifications help?", "x_y_z_and_more_words")
	f.Fuzz(func(t *testing.T, a, b string) {
		checkEchoProbesRepeated(t, []string{a, b, a, b, strings.ToLower(a), a})
		checkEchoProbesRepeated(t, (&Request{Line: a, Text: a, Options: map[string]string{"question": a, "x": b}}).appendTyped(nil))
	})
}
