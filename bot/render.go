package bot

import (
	"sort"
	"strconv"
	"strings"
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
	var b strings.Builder
	line := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	if a.Title != "" {
		if md {
			line("**" + a.Title + "**")
		} else {
			line(a.Title)
		}
	}
	if a.Note != "" {
		if md {
			line("_" + a.Note + "_")
		} else {
			line(a.Note)
		}
	}
	if a.Body != "" {
		if b.Len() > 0 {
			line("")
		}
		if md {
			line(strings.TrimSpace(a.Body))
		} else {
			line(PlainText(a.Body))
		}
	}
	if len(a.Fields) > 0 {
		if b.Len() > 0 {
			line("")
		}
		for _, f := range a.Fields {
			if md {
				line("**" + f.Label + ":** " + f.Value)
			} else {
				line(f.Label + ": " + PlainText(f.Value))
			}
		}
	}
	if len(a.Bullets) > 0 {
		if b.Len() > 0 {
			line("")
		}
		for _, x := range a.Bullets {
			if md {
				line("- " + x)
			} else {
				line("• " + PlainText(x))
			}
		}
	}
	if s := a.Source.String(); s != "" {
		line("")
		if md {
			line("_Source: " + s + "_")
		} else {
			line("Source: " + s)
		}
	}
	if len(a.FollowUps) > 0 {
		var parts []string
		for _, f := range a.FollowUps {
			l := f.Line()
			if md { // a backtick in typed text would end the code span
				l = strings.ReplaceAll(l, "`", "ˋ")
			}
			parts = append(parts, l)
		}
		if md {
			line("Try: `" + strings.Join(parts, "` · `") + "`")
		} else {
			line("Try: " + strings.Join(parts, " · "))
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// PlainText strips the Markdown-light markup of guide bodies: "**" and
// "__" markers, "### " headings become their text, "- " bullets become "• ".
func PlainText(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "### "):
			t = strings.TrimPrefix(t, "### ")
		case strings.HasPrefix(t, "- "), strings.HasPrefix(t, "* "):
			t = "• " + t[2:]
		}
		t = strings.ReplaceAll(t, "**", "")
		t = strings.ReplaceAll(t, "__", "")
		t = strings.ReplaceAll(t, "`", "")
		lines[i] = t
	}
	return strings.Join(lines, "\n")
}

// EscapeMarkdown backslash-escapes the characters that start Markdown
// formatting (CommonMark and Discord's flavour): emphasis, code, links and
// images ("[" "]"), headings, quotes, tables, spoilers, strike-through and
// <mentions>. Hyphens, dots and colons are left alone: slugs and URLs stay
// readable in the raw text.
func EscapeMarkdown(s string) string { return mdEscaper.Replace(s) }

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
	spans := echoSpans(s, echo, esc)
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

// echoSpans returns the sorted, merged byte ranges of s that quote echo.
func echoSpans(s string, echo []string, esc func(string) string) [][2]int {
	var spans [][2]int
	seen := map[string]bool{}
	for _, e := range echo {
		q := strconv.Quote(e)
		for _, v := range []string{e, strings.ToLower(e), q[1 : len(q)-1]} {
			if len(v) < minEcho || seen[v] || esc(v) == v { // nothing to escape in it
				continue
			}
			seen[v] = true
			spans = append(spans, findQuoted(s, v)...)
		}
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
	c := *a
	c.Title = EscapeEcho(a.Title, a.Echo, esc)
	c.Note = EscapeEcho(a.Note, a.Echo, esc)
	c.Body = EscapeEcho(a.Body, a.Echo, esc)
	if len(a.Fields) > 0 {
		c.Fields = make([]Field, len(a.Fields))
		for i, f := range a.Fields {
			f.Value = EscapeEcho(f.Value, a.Echo, esc)
			c.Fields[i] = f
		}
	}
	if len(a.Bullets) > 0 {
		c.Bullets = make([]string, len(a.Bullets))
		for i, x := range a.Bullets {
			c.Bullets[i] = EscapeEcho(x, a.Echo, esc)
		}
	}
	c.Echo = nil // escaped once
	return &c
}
