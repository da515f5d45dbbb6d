package bot

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"testing"
)

func testRegistry(t *testing.T) *Registry {
	reg := NewRegistry()
	echo := func(ctx context.Context, req *Request) (*Answer, error) {
		return &Answer{Answered: true, Body: req.Command + ":" + req.Option("state") + "|" + req.Option("career") + "|" + req.Option("question")}, nil
	}
	reg.MustAdd(Command{Name: "salary", Description: "Salary", Options: []Option{{Name: "state", Description: "State"}, {Name: "career", Description: "Career"}}, Handler: echo})
	reg.MustAdd(Command{Name: "ask", Description: "Ask", Options: []Option{{Name: "question", Description: "Q", Required: true, Rest: true}}, Handler: echo})
	reg.MustAdd(Command{Name: "help", Description: "Help", Handler: echo})
	reg.MustAdd(Command{Name: "boom", Description: "Panics", Handler: func(ctx context.Context, req *Request) (*Answer, error) { panic("kaboom") }})
	reg.MustAdd(Command{Name: "fail", Description: "Fails", Handler: func(ctx context.Context, req *Request) (*Answer, error) {
		return nil, errors.New("database on fire: secret details")
	}})
	return reg
}

func TestRegistryRejectsBadCommands(t *testing.T) {
	h := func(ctx context.Context, req *Request) (*Answer, error) { return nil, nil }
	bad := []Command{
		{Name: "Salary", Description: "x", Handler: h},
		{Name: "", Description: "x", Handler: h},
		{Name: strings.Repeat("a", 33), Description: "x", Handler: h},
		{Name: "ok", Description: "", Handler: h},
		{Name: "ok", Description: strings.Repeat("d", 101), Handler: h},
		{Name: "ok", Description: "x"},
		{Name: "ok", Description: "x", Handler: h, Options: []Option{{Name: "a", Description: "a"}, {Name: "b", Description: "b", Required: true}}},
		{Name: "ok", Description: "x", Handler: h, Options: []Option{{Name: "a", Description: "a"}, {Name: "a", Description: "a"}}},
	}
	for i, c := range bad {
		if err := NewRegistry().Add(c); err == nil {
			t.Errorf("case %d accepted: %+v", i, c.Name)
		}
	}
	reg := NewRegistry()
	reg.MustAdd(Command{Name: "x", Description: "x", Handler: h})
	if err := reg.Add(Command{Name: "x", Description: "x", Handler: h}); err == nil {
		t.Error("duplicate accepted")
	}
}

func TestParseLine(t *testing.T) {
	reg := testRegistry(t)
	cases := []struct{ line, want string }{
		{"/salary CA", "salary:CA||"},
		{"/SALARY ca", "salary:ca||"},
		{"/salary CA ml-engineer", "salary:CA|ml-engineer|"},
		{"/salary career:mle state:NY", "salary:NY|mle|"},
		{`/salary "New York" "data scientist"`, "salary:New York|data scientist|"},
		{"/salary New York", "salary:New|York|"}, // the engine re-joins spilled words
		{"/salary", "salary:||"},
		{"what certifications help?", "ask:||what certifications help?"},
		{"/ask how much: do they make", "ask:||how much: do they make"},
	}
	r := NewRouter(reg, nil)
	for _, c := range cases {
		a := r.HandleLine(context.Background(), Request{Platform: "test"}, c.line)
		if a.Body != c.want {
			t.Errorf("%q → %q, want %q", c.line, a.Body, c.want)
		}
	}
	_, err := ParseLine(reg, "/nope x")
	if ErrorCode(err) != EINVALID || !strings.Contains(ErrorMessage(err), "/nope") {
		t.Errorf("unknown command: %v", err)
	}
	_, err = ParseLine(reg, "/help extra words")
	if ErrorCode(err) != EINVALID {
		t.Errorf("/help with words: %v", err)
	}
}

func TestRouterErrorsAndPanics(t *testing.T) {
	var logs strings.Builder
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	panics := 0
	r := NewRouter(testRegistry(t), logger, Recover(logger, func() { panics++ }), Logging(logger), InputLimits(20))
	ctx := context.Background()

	a := r.Handle(ctx, &Request{Command: "boom", Platform: "test"})
	if a.Answered || a.Body != Apology || panics != 1 || !strings.Contains(logs.String(), "kaboom") {
		t.Errorf("panic: %+v panics=%d logs=%s", a, panics, logs.String())
	}
	a = r.Handle(ctx, &Request{Command: "fail"})
	if a.Body != Apology || strings.Contains(a.Body, "secret") || !strings.Contains(logs.String(), "database on fire") {
		t.Errorf("internal error leaked or not logged: %+v", a)
	}
	a = r.Handle(ctx, &Request{Command: "ask", Options: map[string]string{}})
	if a.Answered || !strings.Contains(a.Body, "needs question") {
		t.Errorf("missing required option: %+v", a)
	}
	a = r.HandleLine(ctx, Request{}, strings.Repeat("x", 21))
	if a.Answered || !strings.Contains(a.Body, "under 20 characters") {
		t.Errorf("too long: %+v", a)
	}
	a = r.HandleLine(ctx, Request{}, "hi\x00there")
	if a.Answered || !strings.Contains(a.Body, "control characters") {
		t.Errorf("control: %+v", a)
	}
	a = r.HandleLine(ctx, Request{}, "bad \xff utf8")
	if a.Answered || !strings.Contains(a.Body, "UTF-8") {
		t.Errorf("utf8: %+v", a)
	}
	if strings.Contains(logs.String(), "hi\x00there") {
		t.Error("question text logged at info level")
	}
	if !strings.Contains(logs.String(), "outcome=answered") && !strings.Contains(logs.String(), "outcome=rejected") {
		t.Errorf("no outcome in logs: %s", logs.String())
	}
}

func TestFollowUpEncoding(t *testing.T) {
	f := FollowUp{Label: "x", Command: "salary", Options: map[string]string{"state": "CA", "career": "ml engineer"}}
	id, ok := EncodeFollowUp(f)
	if !ok || len(id) > MaxFollowUpID {
		t.Fatalf("encode: %q %v", id, ok)
	}
	req, ok := DecodeFollowUp(id)
	if !ok || req.Command != "salary" || req.Options["state"] != "CA" || req.Options["career"] != "ml engineer" {
		t.Fatalf("decode: %+v", req)
	}
	if _, ok := EncodeFollowUp(FollowUp{Command: "ask", Options: map[string]string{"question": strings.Repeat("q", 100)}}); ok {
		t.Error("over-long id reported as fitting")
	}
	for _, bad := range []string{"", "cb1|", "other", "cb1|salary?%zz"} {
		if _, ok := DecodeFollowUp(bad); ok {
			t.Errorf("decoded %q", bad)
		}
	}
}

func TestRender(t *testing.T) {
	a := &Answer{Answered: true, Title: "T", Body: "Intro **bold**\n\n### Sub\n\n- one\n- two", Fields: []Field{{Label: "Median", Value: "$1"}},
		Bullets: []string{"b1"}, Source: &Source{GuideTitle: "G", Section: "S", Publisher: "P", Date: "2026", Data: "BLS"},
		FollowUps: []FollowUp{{Label: "C", Command: "certs"}}, Note: "note"}
	txt := RenderText(a)
	for _, want := range []string{"T\nnote\n", "Intro bold", "Sub\n", "• one", "Median: $1", "• b1", "Source: G guide › S · P (2026) · data: BLS", "Try: /certs"} {
		if !strings.Contains(txt, want) {
			t.Errorf("text: want %q in\n%s", want, txt)
		}
	}
	if strings.Contains(txt, "**") || strings.Contains(txt, "###") {
		t.Errorf("markup left in text: %s", txt)
	}
	md := RenderMarkdown(a)
	for _, want := range []string{"**T**", "**Median:** $1", "- b1", "_Source: G guide"} {
		if !strings.Contains(md, want) {
			t.Errorf("md: want %q in\n%s", want, md)
		}
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	if m["answered"] != true || !strings.Contains(m["text"].(string), "Median: $1") {
		t.Errorf("json: %s", b)
	}
	var back Answer
	if err := json.Unmarshal(b, &back); err != nil || back.Title != "T" || len(back.FollowUps) != 1 {
		t.Errorf("round trip: %+v %v", back, err)
	}
}

func TestLookupState(t *testing.T) {
	for in, want := range map[string]string{"CA": "CA", "ca": "CA", "California": "CA", "california": "CA", "new york": "NY",
		"New  York": "NY", "Calfornia": "CA", "Massachusets": "MA", "washington state": "WA", "Texas.": "TX"} {
		if st, ok := LookupState(in); !ok || st.Code != want {
			t.Errorf("%q → %v %v, want %s", in, st, ok, want)
		}
	}
	for _, in := range []string{"ZZ", "", "Narnia", "x", "New"} {
		if st, ok := LookupState(in); ok {
			t.Errorf("%q resolved to %v", in, st)
		}
	}
}

func TestClipAndMoney(t *testing.T) {
	if got := Clip("hello wonderful world", 12); got != "hello…" && got != "hello wonde…" {
		t.Errorf("clip: %q", got)
	}
	if got := Clip("short", 10); got != "short" {
		t.Errorf("clip short: %q", got)
	}
	if Money(185000) != "$185,000" || Thousands(20800) != "20,800" || Thousands(-1234) != "-1,234" || Money(0) != "$0" {
		t.Error("money formatting")
	}
}

func FuzzParseLine(f *testing.F) {
	reg := NewRegistry()
	h := func(ctx context.Context, req *Request) (*Answer, error) { return &Answer{}, nil }
	reg.MustAdd(Command{Name: "salary", Description: "s", Options: []Option{{Name: "state", Description: "s"}, {Name: "career", Description: "c"}}, Handler: h})
	reg.MustAdd(Command{Name: "ask", Description: "a", Options: []Option{{Name: "question", Description: "q", Rest: true}}, Handler: h})
	for _, s := range []string{"/salary CA", "/salary \"New York\" mle", "what pays?", "/", "/salary state:", `/ask "`, "/ask a:b:c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		req, err := ParseLine(reg, line)
		if err != nil {
			if ErrorCode(err) != EINVALID {
				t.Fatalf("non-user error %v", err)
			}
			return
		}
		if _, ok := reg.Lookup(req.Command); !ok {
			t.Fatalf("parsed to unknown command %q", req.Command)
		}
	})
}

func FuzzLookupState(f *testing.F) {
	for _, s := range []string{"CA", "new york", "Calfornia", "", "zz", "ñandú", "washington d.c."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, ok := LookupState(s)
		if ok && stateByCode[st.Code].Name != st.Name {
			t.Fatalf("%q → inconsistent %v", s, st)
		}
	})
}

func TestWelcomeTemplate(t *testing.T) {
	tpl, err := ParseWelcome("Welcome {user} to {server} (member #{member_count})! Try {commands}.", 2000)
	if err != nil {
		t.Fatal(err)
	}
	got := tpl.Render(map[string]string{"user": "<@1>", "server": "Careers", "member_count": "42", "commands": "/salary, /certs"})
	if got != "Welcome <@1> to Careers (member #42)! Try /salary, /certs." {
		t.Errorf("render: %q", got)
	}
	for text, want := range map[string]string{
		"Hi {usr}":                           "unknown placeholder {usr}",
		"Hi {user":                           "unbalanced",
		"   ":                                "empty",
		strings.Repeat("x", 1990) + "{user}": "can reach 2090 characters",
	} {
		if _, err := ParseWelcome(text, 2000); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", Clip(text, 20), err, want)
		}
	}
}

// Lines are parsed inside the middleware chain: a line that does not parse
// is seen by every middleware (metrics, logging, limits) with the command
// it named.
func TestParseErrorsGoThroughMiddleware(t *testing.T) {
	var seen []string
	count := func(next Handler) Handler {
		return func(ctx context.Context, req *Request) (*Answer, error) {
			a, err := next(ctx, req)
			seen = append(seen, req.Command+"="+Outcome(a, err))
			return a, err
		}
	}
	limit := RateLimit(LimitConfig{PerMinute: 1, Burst: 1}, nil, nil)
	r := NewRouter(testRegistry(t), nil, count, limit)
	a := r.HandleLine(context.Background(), Request{Platform: "test", UserID: "u"}, "/frob.nicate x")
	if a.Code != EINVALID || !strings.Contains(a.Body, "/frob.nicate") {
		t.Fatalf("got %+v", a)
	}
	a = r.HandleLine(context.Background(), Request{Platform: "test", UserID: "u"}, "/nope")
	if a.Code != ELIMITED || a.RetryAfter <= 0 {
		t.Fatalf("second bad line not limited: %+v", a)
	}
	if strings.Join(seen, ",") != "frob.nicate=rejected,=limited" {
		t.Errorf("middleware saw %v", seen)
	}
}

// A command name no command has is read as a question ("/steps mle"), and
// the answer says so; when the question finds nothing, the member gets the
// unknown-command message.
func TestUnknownCommandReadAsQuestion(t *testing.T) {
	reg := NewRegistry()
	answered := func(_ context.Context, req *Request) (*Answer, error) {
		q := req.Option("question")
		return &Answer{Answered: strings.Contains(q, "mle"), Title: "about " + q}, nil
	}
	if err := reg.Add(Command{Name: "ask", Description: "ask", Handler: answered, Options: []Option{{Name: "question", Description: "question"}}}); err != nil {
		t.Fatal(err)
	}
	r := NewRouter(reg, nil)
	a := r.HandleLine(context.Background(), Request{Platform: "test", UserID: "u"}, "/steps mle")
	if !a.Answered || a.Title != "about steps mle" || !strings.Contains(a.Note, "no /steps command") {
		t.Fatalf("/steps mle: %+v", a)
	}
	a = r.HandleLine(context.Background(), Request{Platform: "test", UserID: "u"}, "/foo bar")
	if a.Code != EINVALID || !strings.Contains(a.Body, "I don't know the command /foo") {
		t.Fatalf("/foo bar: %+v", a)
	}
}
