package bot

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func TestEscapeEcho(t *testing.T) {
	link := "[Login](https://example.com/x)"
	cases := []struct {
		name, s string
		echo    []string
		want    string
	}{
		{"quoted", `I don't recognise "` + link + `" as a US state.`, []string{link},
			`I don't recognise "\[Login\](https://example.com/x)" as a US state.`},
		{"clipped", `No guide for "` + link + ` and more te…". Try /careers.`, []string{link + " and more text that was clipped"},
			`No guide for "\[Login\](https://example.com/x) and more te…". Try /careers.`},
		{"lower-cased", "I don't know the command /**bold**x.", []string{"/**BOLD**x"}, ""},
		{"guide text untouched", "**Bold** facts from the guide.", []string{"CA", "**"}, "**Bold** facts from the guide."},
		{"nothing typed", "[a](https://b.c)", nil, "[a](https://b.c)"},
	}
	for _, c := range cases {
		got := EscapeEcho(c.s, c.echo, EscapeMarkdown)
		if c.want == "" {
			if got == c.s || strings.Contains(got, "/**bold**x") {
				t.Errorf("%s: not escaped: %s", c.name, got)
			}
			continue
		}
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// The router remembers what was typed, and every rendering escapes it:
// Markdown and the JSON model's Markdown fields; plain text shows it as is.
func TestRepliesEscapeTypedText(t *testing.T) {
	reg := NewRegistry()
	reg.MustAdd(Command{Name: "salary", Description: "Salary", Options: []Option{{Name: "state", Description: "State"}},
		Handler: func(ctx context.Context, req *Request) (*Answer, error) {
			return nil, Errorf(EINVALID, "I don't recognise %q as a US state.", Clip(req.Option("state"), 40))
		}})
	r := NewRouter(reg, nil)
	typed := "[Login](https://example.com/x)"
	a := r.HandleLine(context.Background(), Request{Platform: "test"}, "/salary "+typed)
	if md := RenderMarkdown(a); strings.Contains(md, typed) || !strings.Contains(md, `\[Login\](https://example.com/x)`) {
		t.Errorf("markdown: %s", md)
	}
	if txt := RenderText(a); !strings.Contains(txt, typed) {
		t.Errorf("plain text must show what was typed: %s", txt)
	}
	// An unknown command's name is quoted back escaped too.
	u := r.HandleLine(context.Background(), Request{Platform: "test"}, "/[x](https://e.com/y) hi")
	if md := RenderMarkdown(u); strings.Contains(md, "[x](https://e.com/y)") {
		t.Errorf("unknown command echoed unescaped: %s", md)
	}
	b, _ := json.Marshal(a)
	var j struct{ Body, Text string }
	json.Unmarshal(b, &j)
	if strings.Contains(j.Body, typed) || !strings.Contains(j.Text, typed) {
		t.Errorf("json: %s", b)
	}
}

// A title that quotes the user is escaped where titles are Markdown, and
// kept as typed where they are plain text (the JSON model).
func TestTitleEchoEscaped(t *testing.T) {
	typed := "[x](https://e.com/y)"
	a := &Answer{Title: "Not in the guide: " + typed, Body: "Nothing on " + typed + ".", Echo: []string{typed}}
	if md := RenderMarkdown(a); strings.Contains(md, typed) {
		t.Errorf("markdown title or body unescaped: %s", md)
	}
	b, _ := json.Marshal(a)
	var j struct{ Title string }
	json.Unmarshal(b, &j)
	if j.Title != a.Title {
		t.Errorf("JSON title %q, want it as typed", j.Title)
	}
}

// markdownPlain stands in front of EscapeMarkdown(s) == s: the same for
// every byte alone and in text, and echoProbesMarkdown gives what
// echoProbes with EscapeMarkdown gives.
func TestMarkdownPlain(t *testing.T) {
	for b := 0; b < 256; b++ {
		for _, s := range []string{string([]byte{byte(b)}), "ab" + string([]byte{byte(b)}) + "é"} {
			if got, want := markdownPlain(s), EscapeMarkdown(s) == s; got != want {
				t.Fatalf("markdownPlain(%q) = %v, EscapeMarkdown says %v", s, got, want)
			}
		}
	}
	checkEchoProbesMarkdown(t, []string{"what *is* this?", "what", "*is*", "this?", "ÉCOLE *x*", "a\\b", "[x](y)", "ok", "`c`", "plain text"})
}

func checkEchoProbesMarkdown(t *testing.T, echo []string) {
	t.Helper()
	got, want := echoProbesMarkdown(echo), echoProbes(echo, EscapeMarkdown)
	if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
		t.Fatalf("echoProbesMarkdown(%q) = %q, echoProbes %q", echo, got, want)
	}
}

func FuzzMarkdownPlain(f *testing.F) {
	f.Add("what *is* this?", "a\\b")
	f.Add("ÉCOLE <x>", "~~ | # _")
	f.Fuzz(func(t *testing.T, s, u string) {
		if got, want := markdownPlain(s), EscapeMarkdown(s) == s; got != want {
			t.Fatalf("markdownPlain(%q) = %v, EscapeMarkdown says %v", s, got, want)
		}
		checkEchoProbesMarkdown(t, []string{s, u, s + " " + u, strings.ToUpper(s)})
	})
}
