package bot

import (
	"strings"
)

// RenderText renders an answer as plain text for terminals and the "text"
// field of the JSON model: no Markdown markers, one fact per line.
func RenderText(a *Answer) string {
	return render(a, false)
}

// RenderMarkdown renders an answer as CommonMark-ish Markdown (bold labels,
// "- " bullets), for platforms and pages that show Markdown.
func RenderMarkdown(a *Answer) string {
	return render(a, true)
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
			parts = append(parts, f.Line())
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
