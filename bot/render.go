package bot

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unsafe"
)

// RenderText renders an answer as plain text for terminals and the "text"
// field of the JSON model: no Markdown markers, one fact per line.
func RenderText(a *Answer) string {
	return render(a, false)
}

// RenderMarkdown renders an answer as CommonMark-ish Markdown (bold labels,
// "- " bullets), for platforms and pages that show Markdown.
// Text the user typed is escaped, so it is shown as typed, never formatted.
func RenderMarkdown(a *Answer) string {
	return render(EscapeAnswer(a, EscapeMarkdown), true)
}

func render(a *Answer, md bool) string {
	if a == nil {
		return ""
	}
	return string(appendRender(make([]byte, 0, renderSize(a)), a, md, nil))
}

// renderSize is a guess at the rendered length of a, to size its buffer.
func renderSize(a *Answer) int {
	return len(a.Title) + len(a.Note) + len(a.Body) + 64*(len(a.Fields)+len(a.Bullets)+len(a.FollowUps)) + 128
}

// appendRender appends render(a, md) to b (a not nil): the text is built
// in the caller's buffer, which AppendJSON takes from a pool, instead of a
// string of its own on every reply. With body not nil (plain text only),
// the body's plain text comes from the body memo when it is long, and
// body says where it is in b and its memo entry (nil if none).
func appendRender(b []byte, a *Answer, md bool, body *bodySpan) []byte {
	start := len(b)
	started := func() bool { return len(b) > start }
	if a.Title != "" {
		if md {
			b = append(b, "**"...)
			b = append(b, a.Title...)
			b = append(b, "**\n"...)
		} else {
			b = append(b, a.Title...)
			b = append(b, '\n')
		}
	}
	if a.Note != "" {
		if md {
			b = append(b, '_')
			b = append(b, a.Note...)
			b = append(b, "_\n"...)
		} else {
			b = append(b, a.Note...)
			b = append(b, '\n')
		}
	}
	if a.Body != "" {
		if started() {
			b = append(b, '\n')
		}
		switch {
		case md:
			b = append(b, strings.TrimSpace(a.Body)...)
		case body != nil:
			if e := memoBody(a.Body); e != nil {
				body.entry, body.start = e, len(b)
				b = append(b, e.plain...)
				body.end = len(b)
			} else {
				b = appendPlain(b, a.Body)
			}
		default:
			b = appendPlain(b, a.Body)
		}
		b = append(b, '\n')
	}
	if len(a.Fields) > 0 {
		if started() {
			b = append(b, '\n')
		}
		for _, f := range a.Fields {
			if md {
				b = append(b, "**"...)
				b = append(b, f.Label...)
				b = append(b, ":** "...)
				b = append(b, f.Value...)
			} else {
				b = append(b, f.Label...)
				b = append(b, ": "...)
				b = appendPlain(b, f.Value)
			}
			b = append(b, '\n')
		}
	}
	if len(a.Bullets) > 0 {
		if started() {
			b = append(b, '\n')
		}
		for _, x := range a.Bullets {
			if md {
				b = append(b, "- "...)
				b = append(b, x...)
			} else {
				b = append(b, "• "...)
				b = appendPlain(b, x)
			}
			b = append(b, '\n')
		}
	}
	if s := a.Source; s != nil {
		n := len(b)
		b = append(b, '\n')
		if md {
			b = append(b, "_Source: "...)
		} else {
			b = append(b, "Source: "...)
		}
		m := len(b)
		if b = s.appendString(b); len(b) == m {
			b = b[:n] // an empty source: no line
		} else {
			if md {
				b = append(b, '_')
			}
			b = append(b, '\n')
		}
	}
	if len(a.FollowUps) > 0 {
		b = append(b, "Try: "...)
		if md {
			b = append(b, '`')
		}
		for i, f := range a.FollowUps {
			if i > 0 {
				if md {
					b = append(b, "` · `"...)
				} else {
					b = append(b, " · "...)
				}
			}
			if md { // a backtick in typed text would end the code span
				b = append(b, strings.ReplaceAll(f.Line(), "`", "ˋ")...)
			} else {
				b = f.appendLine(b)
			}
		}
		if md {
			b = append(b, '`')
		}
		b = append(b, '\n')
	}
	for len(b) > start && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return b
}

// PlainText strips the Markdown-light markup of guide bodies: "**" and
// "__" markers, "### " headings become their text, "- " bullets become "• ".
func PlainText(s string) string {
	return string(appendPlain(nil, s))
}

// appendPlain appends PlainText(s) to b.
func appendPlain(b []byte, s string) []byte {
	s = strings.TrimSpace(s)
	for first := true; ; first = false {
		l, rest, more := strings.Cut(s, "\n")
		if !first {
			b = append(b, '\n')
		}
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "### "):
			t = strings.TrimPrefix(t, "### ")
		case strings.HasPrefix(t, "- "), strings.HasPrefix(t, "* "):
			b = append(b, "• "...)
			t = t[2:]
		}
		if strings.Contains(t, "**") || strings.Contains(t, "__") || strings.Contains(t, "`") {
			b = appendUnmarked(b, t)
		} else {
			b = append(b, t...)
		}
		if !more {
			return b
		}
		s = rest
	}
}

// appendUnmarked appends t with every "**", then every "__", then every
// "`" removed, in that order.
func appendUnmarked(b []byte, t string) []byte {
	t = strings.ReplaceAll(t, "**", "")
	t = strings.ReplaceAll(t, "__", "")
	return append(b, strings.ReplaceAll(t, "`", "")...)
}

// EscapeMarkdown backslash-escapes the characters that start Markdown
// formatting (CommonMark and Discord's flavour): emphasis, code, links and
// images ("[" "]"), headings, quotes, tables, spoilers, strike-through and
// <mentions>. Hyphens, dots and colons are left alone: slugs and URLs stay
// readable in the raw text.
func EscapeMarkdown(s string) string { return mdEscaper.Replace(s) }

// markdownPlain reports whether EscapeMarkdown(s) == s (no byte it
// escapes), without running the replacer: AppendJSON asks it of every
// typed text.
func markdownPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if mdSpecial[s[i]] {
			return false
		}
	}
	return true
}

// mdSpecial marks the bytes mdEscaper escapes.
var mdSpecial = func() (t [256]bool) {
	for _, b := range "\\*_~`|[]<>#" {
		t[b] = true
	}
	return t
}()

// echoProbesMarkdown is echoProbes(echo, EscapeMarkdown).
func echoProbesMarkdown(echo []string) []string { return echoProbesIn(echo, markdownPlain, true) }

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`,
	"[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "#", `\#`,
)

// minEcho is the shortest typed text escaped: shorter pieces ("CA", "**")
// would match guide text by accident.
const minEcho = 3

// minClipped is the shortest prefix of a typed text recognised when an
// answer quotes it clipped ("…").
const minClipped = 8

// EscapeEcho returns s with every occurrence of text the user typed (echo:
// Answer.Echo) passed through esc and the rest unchanged. It finds the
// typed text as typed, lower-cased, Go-quoted (%q) and clipped with an
// ellipsis (Clip), the ways answers quote what they were asked.
func EscapeEcho(s string, echo []string, esc func(string) string) string {
	if s == "" || len(echo) == 0 {
		return s
	}
	return escapeProbes(s, echoProbes(echo, esc), esc)
}

// echoProbes returns the forms in which answers quote the typed texts (as
// typed, lower-cased, Go-quoted), without repeats, leaving out the short
// ones and those esc leaves unchanged (nothing to escape in them).
func echoProbes(echo []string, esc func(string) string) []string {
	return echoProbesOf(echo, func(v string) bool { return esc(v) == v })
}

// echoProbesOf is echoProbes with esc's test of a text it leaves
// unchanged: same(v) is esc(v) == v.
func echoProbesOf(echo []string, same func(string) bool) []string {
	return echoProbesIn(echo, same, false)
}

// echoProbesIn is echoProbesOf; byteWise says that same is a test of each
// byte alone (markdownPlain), true of a text when true of every byte.
// Then a text lying inside one probed before that had nothing to escape
// or quote (the words of a free-text line are pieces of the line's own
// memory) has nothing either, adds no probe and is not read again.
func echoProbesIn(echo []string, same func(string) bool, byteWise bool) []string {
	var out []string
	var cleanBuf [2]string
	clean := cleanBuf[:0] // byteWise: texts with nothing to escape or quote
	for i, e := range echo {
		if len(e) >= minRepeatedEcho && slices.Contains(echo[:i], e) {
			// A text typed again (the line is the question's text and its
			// option): its probes are in out or were left out already.
			continue
		}
		if byteWise && insideAny(e, clean) {
			continue
		}
		// Lower-casing changes letters only: when e has nothing to escape,
		// neither has its lower-case form, and it need not be made.
		plain := same(e)
		low := e
		if !plain {
			low = strings.ToLower(e)
		}
		quoted := e
		if needsQuoting(e) {
			q := strconv.Quote(e)
			quoted = q[1 : len(q)-1]
		} else if byteWise && plain && len(clean) < cap(clean) {
			clean = append(clean, e)
		}
		for _, v := range [...]string{e, low, quoted} {
			// esc(e) is known: plain; a plain text's probes that are e
			// itself need no second look.
			if len(v) < minEcho || plain && v == e || slices.Contains(out, v) || same(v) {
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

// insideAny reports whether s (not empty) lies in the memory of one of
// texts: whether it is a piece of one of them.
func insideAny(s string, texts []string) bool {
	if s == "" {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	for _, t := range texts {
		q := uintptr(unsafe.Pointer(unsafe.StringData(t)))
		if q <= p && p+uintptr(len(s)) <= q+uintptr(len(t)) {
			return true
		}
	}
	return false
}

// minRepeatedEcho is the shortest typed text echoProbesOf looks for among
// the texts before it: a long text is read twice to be probed, a short one
// is cheaper to probe again than to look for.
const minRepeatedEcho = 16

// needsQuoting reports whether strconv.Quote changes more of s than adding
// the quotes: anything but printable ASCII other than " and \.
func needsQuoting(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b < 0x20 || b >= 0x7f || b == '"' || b == '\\' {
			return true
		}
	}
	return false
}

// escapeProbes returns s with every quote of a probe (echoProbes) passed
// through esc.
func escapeProbes(s string, probes []string, esc func(string) string) string {
	if s == "" || len(probes) == 0 {
		return s
	}
	spans := echoSpans(s, probes)
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(s[last:sp[0]])
		b.WriteString(esc(s[sp[0]:sp[1]]))
		last = sp[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// echoSpans returns the sorted, merged byte ranges of s that quote a probe.
func echoSpans(s string, probes []string) [][2]int {
	var spans [][2]int
	for _, v := range probes {
		spans = append(spans, findQuoted(s, v)...)
	}
	if len(spans) == 0 {
		return nil
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	merged := spans[:1]
	for _, sp := range spans[1:] {
		if top := &merged[len(merged)-1]; sp[0] <= top[1] {
			top[1] = max(top[1], sp[1])
		} else {
			merged = append(merged, sp)
		}
	}
	return merged
}

// findQuoted finds v in s whole, or a prefix of it of at least minClipped
// bytes followed by an ellipsis (how Clip shortens it).
func findQuoted(s, v string) [][2]int {
	var out [][2]int
	probe := v
	if len(probe) > minClipped {
		probe = v[:minClipped]
	}
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], probe)
		if i < 0 {
			break
		}
		i += from
		n := 0 // bytes of v matched at i
		for n < len(v) && i+n < len(s) && s[i+n] == v[n] {
			n++
		}
		switch {
		case n == len(v):
			out = append(out, [2]int{i, i + n})
		case n >= minClipped:
			// Clip cuts at a rune boundary, may drop trailing spaces, then
			// adds "…".
			rest := strings.TrimLeft(s[i+n:], " ")
			if strings.HasPrefix(rest, "…") {
				out = append(out, [2]int{i, i + n})
			}
		}
		from = i + max(n, 1)
	}
	return out
}

// EscapeAnswer returns a copy of a whose texts (title, note, body, field
// values and bullets) have the user's typed text (a.Echo) passed through
// esc; field labels are left alone. Renderers call it with their
// platform's escaping and keep the original of what they show as plain
// text (the JSON title and note, Slack's header).
func EscapeAnswer(a *Answer, esc func(string) string) *Answer {
	if a == nil || len(a.Echo) == 0 {
		return a
	}
	probes := echoProbes(a.Echo, esc)
	if len(probes) == 0 { // nothing typed needs escaping
		c := *a
		c.Echo = nil
		return &c
	}
	return escapeAnswer(a, probes, esc)
}

// escapeAnswer is EscapeAnswer with the typed texts' probes worked out.
func escapeAnswer(a *Answer, probes []string, esc func(string) string) *Answer {
	c := *a
	c.Title = escapeProbes(a.Title, probes, esc)
	c.Note = escapeProbes(a.Note, probes, esc)
	c.Body = escapeProbes(a.Body, probes, esc)
	if len(a.Fields) > 0 {
		c.Fields = make([]Field, len(a.Fields))
		for i, f := range a.Fields {
			f.Value = escapeProbes(f.Value, probes, esc)
			c.Fields[i] = f
		}
	}
	if len(a.Bullets) > 0 {
		c.Bullets = make([]string, len(a.Bullets))
		for i, x := range a.Bullets {
			c.Bullets[i] = escapeProbes(x, probes, esc)
		}
	}
	c.Echo = nil // escaped once
	return &c
}
