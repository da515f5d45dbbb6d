package bot

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// reflectJSON is the answer's wire model through encoding/json's reflection,
// as MarshalJSON encoded it before AppendJSON: the reference.
func reflectJSON(t testing.TB, a *Answer) []byte {
	md := EscapeAnswer(a, EscapeMarkdown)
	b, err := json.Marshal(answerJSON{
		Answered: a.Answered, Text: RenderText(a), Title: a.Title, Body: md.Body,
		Fields: md.Fields, Bullets: md.Bullets, Source: a.Source, FollowUps: a.FollowUps,
		Career: a.Career, Note: a.Note, Assumed: a.Assumed, Error: a.Code, AnswerID: a.ID,
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func checkAppendJSON(t testing.TB, a *Answer) {
	t.Helper()
	want := reflectJSON(t, a)
	if got := a.AppendJSON(nil); !bytes.Equal(got, want) {
		t.Fatalf("AppendJSON:\n%s\nencoding/json:\n%s", got, want)
	}
	if got, _ := json.Marshal(a); !bytes.Equal(got, want) {
		t.Fatalf("json.Marshal:\n%s\nencoding/json:\n%s", got, want)
	}
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	var all strings.Builder
	for b := 0; b < 256; b++ {
		all.WriteByte(byte(b))
	}
	all.WriteString("\u2028\u2029é€𝄞\xed\xa0\x80\xf4\x90\x80\x80")
	for _, a := range []*Answer{
		{},
		{Answered: true, Title: "Tools <b> & co", Body: "Use **A** & <script>x</script>",
			Fields:  []Field{{Label: "Median", Value: "$1 > $0"}, {Label: "In", Value: "x", Inline: true}},
			Bullets: []string{"one", "two\u2028"}, Career: "x", Note: "n", Assumed: "a", Code: "e", ID: "abcdefghijklmnop",
			FollowUps: []FollowUp{{Label: "More", Command: "ask", Options: map[string]string{"question": "a&b", "b": "c", "a": ""}},
				{Label: "Pay", Command: "salary", Quick: true}, {Label: "Empty", Command: "x", Options: map[string]string{}}}},
		{Title: all.String(), Body: all.String(), Note: all.String(), Bullets: []string{all.String()},
			Fields: []Field{{Label: all.String(), Value: all.String()}}, Source: &Source{URL: all.String()}},
		{Source: &Source{}},
		{Source: &Source{Date: "2024"}},
		{Source: &Source{Guide: "g", GuideTitle: "G", Section: "S", Publisher: "P", Data: "D", URL: "u", Date: "d"}},
		{Answered: true, Body: "You asked about *stars* and `code` [x](y)", Echo: []string{"*stars* and `code` [x](y)", "/ask *stars*"},
			Fields: []Field{{Label: "Q", Value: "“*stars* and `cod…”"}}, Bullets: []string{"*stars* and `code` [x](y)"}},
		{Body: "quoted \"a\\\\b\" here", Echo: []string{"a\\b", "ÉCOLE *x*"}, Note: "école *x*"},
	} {
		checkAppendJSON(t, a)
	}
}

// Long bodies come from the body memo (bodyEntry): the first encoding makes
// the entry, the next ones use it; every one is what encoding/json writes,
// whatever the body's bytes and wherever it stands in the text (last, its
// plain text ending in a newline that the text trims, after a title or
// not, escaped for typed text or not).
func TestAppendJSONBodyMemo(t *testing.T) {
	var all strings.Builder
	for b := 0; b < 256; b++ {
		all.WriteByte(byte(b))
	}
	all.WriteString("\u2028\u2029é€𝄞\xed\xa0\x80\xf4\x90\x80\x80\xe2\x80")
	long := strings.Repeat("A guide's **section** text, with <tags> & \"quotes\".\n- a bullet\n### A heading\n", 4)
	bodies := []string{all.String(), long, long + "\n**", "\xe2\x80" + long + "\xe2", long + "\n- ", strings.Repeat("x", minMemoBody), strings.Repeat("é", maxMemoBody/2+1)}
	for _, body := range bodies {
		for _, a := range []*Answer{
			{Body: body},
			{Answered: true, Title: "T\xe2", Body: body},
			{Title: "T", Note: "n\n", Body: body, Fields: []Field{{Label: "L", Value: "v"}}, Bullets: []string{"b"},
				Source: &Source{Guide: "g"}, FollowUps: []FollowUp{{Label: "More", Command: "ask"}}},
			{Body: body, Echo: []string{"**section**", "<tags>"}},
			{Body: body, Echo: []string{"nothing typed here"}},
		} {
			for range 3 {
				checkAppendJSON(t, a)
			}
		}
		if e := memoBody(body); e != nil {
			if e.plain != PlainText(body) || !bytes.Equal(e.plainJSON, appendJSONChars(nil, e.plain)) || !bytes.Equal(e.bodyJSON, appendJSONChars(nil, body)) {
				t.Fatalf("memo entry for %q is not the body's", body)
			}
		} else if len(body) >= minMemoBody && len(body) <= maxMemoBody {
			t.Fatalf("no memo entry for a body of %d bytes", len(body))
		}
	}
}

// The memo starts afresh when full, and keeps answering right.
func TestAppendJSONBodyMemoFull(t *testing.T) {
	for i := range 2*maxMemoBodies + 10 {
		a := &Answer{Title: "T", Body: strings.Repeat("body ", 30) + strconv.Itoa(i)}
		if i%97 == 0 {
			checkAppendJSON(t, a)
		} else {
			a.AppendJSON(nil)
		}
	}
	bodyMemo.RLock()
	n, size := len(bodyMemo.m), bodyMemo.bytes
	bodyMemo.RUnlock()
	if n > maxMemoBodies || size > maxMemoBytes {
		t.Fatalf("memo holds %d bodies, %d bytes", n, size)
	}
}

func FuzzAppendJSON(f *testing.F) {
	f.Add("Tools <b> & co", "Use **A** & <x>", "$1 > $0", "*typed*", "a&b", "\u2028")
	f.Add("\xff", "\xed\xa0\x80", "é", "", "\x00\x1f\x7f", "`")
	f.Fuzz(func(t *testing.T, title, body, value, echo, opt, bullet string) {
		a := &Answer{Answered: len(body)%2 == 0, Title: title, Body: body, Note: echo,
			Fields:    []Field{{Label: title, Value: value, Inline: len(value)%2 == 1}},
			Bullets:   []string{bullet, body},
			Source:    &Source{Section: title, URL: opt},
			FollowUps: []FollowUp{{Label: opt, Command: "ask", Options: map[string]string{"question": opt, opt: echo}}},
			Echo:      []string{echo, opt}, ID: value}
		checkAppendJSON(t, a)
		// The same with a body long enough for the memo, encoded twice.
		if body != "" {
			a.Body = strings.Repeat(body, minMemoBody/len(body)+1)
			a.Bullets = nil
			checkAppendJSON(t, a)
			checkAppendJSON(t, a)
		}
	})
}

// appendJSONString's eight-byte runs stop at every byte that needs a look:
// runs of plain text of every length up to 20 with each byte value after
// them (and plain text after that) are written as encoding/json writes them.
func TestAppendJSONStringRuns(t *testing.T) {
	const plain = "abcdefghijklmnopqrstuvwxyz"
	for n := 0; n <= 20; n++ {
		for b := 0; b < 256; b++ {
			for _, tail := range []string{"", "xyz12345678", "é€", "\u2028"} {
				s := plain[:n] + string([]byte{byte(b)}) + tail
				want, err := json.Marshal(s)
				if err != nil {
					t.Fatal(err)
				}
				if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
					t.Fatalf("appendJSONString(%q) = %s, encoding/json %s", s, got, want)
				}
			}
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	f.Add("a plain run of text, then <b> & \"quotes\"\n")
	f.Add("\xff\xed\xa0\x80 é \u2029")
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("appendJSONString(%q) = %s, encoding/json %s", s, got, want)
		}
	})
}
