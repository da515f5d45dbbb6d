package bot

import (
	"strings"
	"testing"
)

// The renderers as they were before they appended to a buffer (4a13b0d),
// to check the buffer versions against.

func refRender(a *Answer, md bool) string {
	if a == nil {
		return ""
	}
	var b strings.Builder
	b.Grow(len(a.Title) + len(a.Note) + len(a.Body) + 64*(len(a.Fields)+len(a.Bullets)+len(a.FollowUps)) + 128)
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
			refAppendPlain(&b, a.Body)
			b.WriteByte('\n')
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
				b.WriteString(f.Label)
				b.WriteString(": ")
				refAppendPlain(&b, f.Value)
				b.WriteByte('\n')
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
				b.WriteString("• ")
				refAppendPlain(&b, x)
				b.WriteByte('\n')
			}
		}
	}
	if s := refSourceString(a.Source); s != "" {
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
			l := refLine(f)
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
func refPlainText(s string) string {
	var b strings.Builder
	refAppendPlain(&b, s)
	return b.String()
}

// appendPlain writes PlainText(s) to b.
func refAppendPlain(b *strings.Builder, s string) {
	s = strings.TrimSpace(s)
	b.Grow(len(s) + 8)
	for first := true; ; first = false {
		l, rest, more := strings.Cut(s, "\n")
		if !first {
			b.WriteByte('\n')
		}
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "### "):
			t = strings.TrimPrefix(t, "### ")
		case strings.HasPrefix(t, "- "), strings.HasPrefix(t, "* "):
			b.WriteString("• ")
			t = t[2:]
		}
		if strings.Contains(t, "**") || strings.Contains(t, "__") || strings.Contains(t, "`") {
			t = strings.ReplaceAll(t, "**", "")
			t = strings.ReplaceAll(t, "__", "")
			t = strings.ReplaceAll(t, "`", "")
		}
		b.WriteString(t)
		if !more {
			return
		}
		s = rest
	}
}

func refSourceString(s *Source) string {
	if s == nil {
		return ""
	}
	var parts []string
	if head := s.Heading(); head != "" {
		parts = append(parts, head)
	}
	if s.Publisher != "" {
		p := s.Publisher
		if s.Date != "" {
			p += " (" + s.Date + ")"
		}
		parts = append(parts, p)
	}
	if s.Data != "" {
		parts = append(parts, "data: "+s.Data)
	}
	if s.URL != "" {
		parts = append(parts, s.URL)
	}
	return strings.Join(parts, " · ")
}
func refLine(f FollowUp) string {
	var b strings.Builder
	b.WriteString("/" + f.Command)
	for _, k := range sortedKeys(f.Options) {
		b.WriteString(" " + k + ":" + refQuoteIfSpace(f.Options[k]))
	}
	return b.String()
}
func refQuoteIfSpace(s string) string {
	if strings.ContainsAny(s, " \t") {
		return `"` + s + `"`
	}
	return s
}

func checkRender(t *testing.T, a *Answer) {
	t.Helper()
	if got, want := RenderText(a), refRender(a, false); got != want {
		t.Errorf("RenderText:\n%q\nwant\n%q", got, want)
	}
	if got, want := RenderMarkdown(a), refRender(EscapeAnswer(a, EscapeMarkdown), true); got != want {
		t.Errorf("RenderMarkdown:\n%q\nwant\n%q", got, want)
	}
	if a == nil {
		return
	}
	if got, want := PlainText(a.Body), refPlainText(a.Body); got != want {
		t.Errorf("PlainText:\n%q\nwant\n%q", got, want)
	}
	if got, want := a.Source.String(), refSourceString(a.Source); got != want {
		t.Errorf("Source.String: %q, want %q", got, want)
	}
	for _, f := range a.FollowUps {
		if got, want := f.Line(), refLine(f); got != want {
			t.Errorf("Line: %q, want %q", got, want)
		}
	}
}

func TestRenderMatchesReference(t *testing.T) {
	for _, a := range []*Answer{
		nil, {}, {Title: "T"}, {Note: "n"}, {Body: "  - a\n* b\n### h\n**x** __y__ `z`  \n\n"},
		{Title: "T", Fields: []Field{{Label: "L", Value: "- v **b**"}}, Bullets: []string{"x", "* y"}},
		{Source: &Source{}}, {Source: &Source{Section: "S"}}, {Source: &Source{GuideTitle: "G", Publisher: "P"}},
		{Source: &Source{GuideTitle: "G", Section: "S", Publisher: "P", Date: "2026", Data: "BLS", URL: "https://x"}},
		{Source: &Source{Data: "d", URL: "u"}}, {Source: &Source{Publisher: "P", Date: "D"}},
		{FollowUps: []FollowUp{{Command: "salary"}, {Command: "ask", Options: map[string]string{"question": "a b", "z": "x\ty", "a": "`q`"}}}},
		{Title: "T", Note: "N", Body: "B\n", Fields: []Field{{Label: "a", Value: "b"}}, Bullets: []string{"c"},
			Source: &Source{GuideTitle: "G"}, FollowUps: []FollowUp{{Command: "certs"}}, Echo: []string{"*typed*"}},
	} {
		checkRender(t, a)
	}
}

func FuzzRender(f *testing.F) {
	f.Add("Title", "Note", "- a\n**b**", "v", "label", "g", "s", "p", "d", "x", "q a", "`")
	f.Fuzz(func(t *testing.T, title, note, body, value, label, guide, section, pub, date, data, opt, echo string) {
		a := &Answer{Title: title, Note: note, Body: body, Fields: []Field{{Label: label, Value: value}}, Bullets: []string{body, value},
			Source:    &Source{GuideTitle: guide, Section: section, Publisher: pub, Date: date, Data: data, URL: opt},
			FollowUps: []FollowUp{{Command: label, Options: map[string]string{"question": opt, opt: echo}}}, Echo: []string{echo}}
		if len(title)%3 == 0 {
			a.Source = nil
		}
		if len(note)%2 == 0 {
			a.Fields, a.FollowUps = nil, nil
		}
		checkRender(t, a)
	})
}
