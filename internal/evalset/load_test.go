package evalset

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
)

func TestParseErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		in, want string
	}{
		"bad json":      {`{"q": "x", "answered": true}` + "\n" + `{"q": `, "set.jsonl:2"},
		"unknown field": {`{"q": "x", "answered": true, "wnat": ["a"]}`, "wnat"},
		"no answered":   {`{"q": "x", "want": ["a"]}`, "answered"},
		"empty q":       {`{"q": " ", "answered": false}`, "q is empty"},
		"bad regexp":    {"\n" + `{"q": "x", "want": ["(unclosed"], "answered": true}`, "set.jsonl:2: want[0]"},
		"bad not":       {`{"q": "x", "not": ["[z-a]"], "answered": true}`, "not[0]"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.in), "set.jsonl")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Parse error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestParseSkipsBlankAndComments(t *testing.T) {
	in := "// a comment\n\n" + `{"q": "/salary CA", "want": ["185,000"], "answered": true, "career": "ml-engineer"}` + "\n"
	cases, err := Parse(strings.NewReader(in), "s.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 1 || cases[0].Line != 3 || cases[0].Career != "ml-engineer" || cases[0].Where() != "s.jsonl:3" {
		t.Fatalf("got %+v", cases)
	}
}

// fakeLines answers typed lines from a map; it stands in for a router so
// the checks themselves can be tested.
type fakeLines map[string]*bot.Answer

func (f fakeLines) Handle(ctx context.Context, req *bot.Request) *bot.Answer {
	return f.HandleLine(ctx, *req, req.Text)
}

func (f fakeLines) HandleLine(_ context.Context, base bot.Request, line string) *bot.Answer {
	if base.Platform != "eval" {
		return &bot.Answer{Body: "wrong platform " + base.Platform}
	}
	if a, ok := f[line]; ok {
		return a
	}
	return &bot.Answer{Body: "I can't help with that."}
}

// answerOnly implements only bot.Answerer (no HandleLine).
type answerOnly struct{ got []*bot.Request }

func (a *answerOnly) Handle(_ context.Context, req *bot.Request) *bot.Answer {
	a.got = append(a.got, req)
	return &bot.Answer{Answered: true, Body: "asked " + req.Option("question")}
}

func TestRunChecks(t *testing.T) {
	in := strings.Join([]string{
		`{"q": "pass", "want": ["185,000", "(?i)california"], "not": ["@everyone"], "answered": true, "career": "ml-engineer"}`,
		`{"q": "missing", "want": ["185,000"], "answered": true}`,
		`{"q": "unanswered", "answered": true}`,
		`{"q": "offtopic", "answered": false}`,
		`{"q": "wrongcareer", "want": ["72,400"], "answered": true, "career": "quantum-gardener"}`,
		`{"q": "forbidden", "not": ["@everyone"], "answered": false}`,
		`{"q": "noguide", "want": ["(?i)no guide"], "answered": false}`,
	}, "\n")
	cases, err := Parse(strings.NewReader(in), "t.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	ans := fakeLines{
		"pass":        {Answered: true, Body: "In California the median is $185,000.", Career: "ml-engineer"},
		"missing":     {Answered: true, Body: "The median is $150,000."},
		"offtopic":    {Answered: false, Body: "I answer career questions."},
		"wrongcareer": {Answered: true, Body: "Median $72,400.", Career: "ml-engineer"},
		"forbidden":   {Answered: false, Body: "You said @everyone"},
		"noguide":     {Answered: true, Body: "Median $150,000.", Career: "ml-engineer"},
	}
	rep := Run(context.Background(), ans, cases)
	wantPass := map[string]bool{"pass": true, "offtopic": true}
	for _, r := range rep.Results {
		if r.Passed() != wantPass[r.Case.Q] {
			t.Errorf("%q: passed=%v problems=%v", r.Case.Q, r.Passed(), r.Problems)
		}
		if r.Text == "" {
			t.Errorf("%q: no rendered text", r.Case.Q)
		}
	}
	if rep.Passed != 2 || rep.Failed != 5 || rep.WrongCareer != 1 || rep.NoGuide != 1 {
		t.Fatalf("report %s: passed %d failed %d wrong career %d no guide %d", rep.String(), rep.Passed, rep.Failed, rep.WrongCareer, rep.NoGuide)
	}
	if got := rep.PassRate(); got < 0.285 || got > 0.286 {
		t.Fatalf("pass rate %v, want 2/7", got)
	}
	if n := len(rep.Failures()); n != 5 {
		t.Fatalf("%d failures, want 5", n)
	}
	if !strings.Contains(strings.Join(rep.Results[4].Problems, ";"), "career ml-engineer, want quantum-gardener") {
		t.Fatalf("wrong-career problem not reported: %v", rep.Results[4].Problems)
	}
}

func TestRunPlainAnswerer(t *testing.T) {
	cases, err := Parse(strings.NewReader(`{"q": "how much?", "want": ["asked how much"], "answered": true}
{"q": "/salary CA", "answered": true}`), "p.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	a := &answerOnly{}
	rep := Run(context.Background(), a, cases)
	if !rep.Results[0].Passed() || rep.Results[1].Passed() {
		t.Fatalf("results %+v", rep.Results)
	}
	if len(a.got) != 1 || a.got[0].Command != "ask" || a.got[0].Platform != "eval" {
		t.Fatalf("requests %+v", a.got)
	}
}

func TestRunStopsWhenCancelled(t *testing.T) {
	cases, err := Parse(strings.NewReader(`{"q": "a", "answered": false}
{"q": "b", "answered": false}`), "c.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rep := Run(ctx, fakeLines{}, cases)
	if rep.Passed != 0 || rep.Failed != 2 {
		t.Fatalf("report %s", rep.String())
	}
}

func TestNoCareerIsNotWrongCareer(t *testing.T) {
	cases, err := Parse(strings.NewReader(`{"q": "x", "answered": true, "career": "orbital-chef"}`), "n.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rep := Run(context.Background(), fakeLines{"x": {Answered: true, Body: "ok"}}, cases)
	if rep.Passed != 0 || rep.WrongCareer != 0 || rep.Results[0].WrongCareer {
		t.Fatalf("report %s, result %+v", rep.String(), rep.Results[0].Problems)
	}
}

// A side-by-side comparison covers both careers: naming the other one as
// its career is not an answer from the wrong career; a comparison of two
// others is.
func TestComparisonIsNotWrongCareer(t *testing.T) {
	cases, err := Parse(strings.NewReader(`{"q": "a", "want": ["ok"], "answered": true, "career": "orbital-chef"}
{"q": "b", "want": ["ok"], "answered": true, "career": "orbital-chef"}`), "n.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	vs := func(a, b string) *bot.Answer {
		return &bot.Answer{Answered: true, Title: a + " vs " + b, Body: "ok", Career: b, FollowUps: []bot.FollowUp{
			{Command: "salary", Options: map[string]string{"career": a}}, {Command: "salary", Options: map[string]string{"career": b}}}}
	}
	rep := Run(context.Background(), fakeLines{"a": vs("orbital-chef", "dream-cartographer"), "b": vs("ml-engineer", "dream-cartographer")}, cases)
	if rep.Passed != 1 || rep.WrongCareer != 1 || !rep.Results[1].WrongCareer {
		t.Fatalf("report %s, problems %v / %v", rep.String(), rep.Results[0].Problems, rep.Results[1].Problems)
	}
}

// A case that wants only "the guide lacks it" is scored on the reply
// whichever answered flag it carries, when it or the answer names one of
// the guides' careers; never when it wants "no guide", and never when
// neither names a career.
func TestLacksOnlyScoredOnReply(t *testing.T) {
	cases, err := Parse(strings.NewReader(`{"q": "a", "want": ["(?i)nothing on|doesn.t have"], "answered": false}
{"q": "b", "want": ["(?i)nothing on|doesn.t have"], "answered": false}
{"q": "c", "want": ["(?i)no guide|nothing on"], "answered": false}`), "n.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rep := Run(context.Background(), fakeLines{
		"a": {Answered: true, Career: "ml-engineer", Body: "The guide doesn't have a salary figure for Texas."},
		"b": {Answered: true, Body: "The guide doesn't have a salary figure for Texas."},
		"c": {Answered: true, Career: "ml-engineer", Body: "The guide has nothing on Texas."},
	}, cases)
	if got := []bool{rep.Results[0].Passed(), rep.Results[1].Passed(), rep.Results[2].Passed()}; !slices.Equal(got, []bool{true, false, false}) {
		t.Fatalf("passed %v, problems %v / %v / %v", got, rep.Results[0].Problems, rep.Results[1].Problems, rep.Results[2].Problems)
	}
}
