package evalset

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// Case is one question of an evaluation set.
type Case struct {
	Q        string   `json:"q"`
	Want     []string `json:"want,omitempty"`
	Not      []string `json:"not,omitempty"`
	Answered bool     `json:"answered"`
	Career   string   `json:"career,omitempty"`

	File string `json:"-"` // where the case was read from
	Line int    `json:"-"`

	want []*regexp.Regexp
	not  []*regexp.Regexp
}

// Where returns "file:line" for messages.
func (c *Case) Where() string { return fmt.Sprintf("%s:%d", c.File, c.Line) }

// compile checks the case and compiles its expressions.
func (c *Case) compile() error {
	if strings.TrimSpace(c.Q) == "" {
		return fmt.Errorf("q is empty")
	}
	c.want, c.not = nil, nil
	for i, w := range c.Want {
		re, err := regexp.Compile(w)
		if err != nil {
			return fmt.Errorf("want[%d]: %v", i, err)
		}
		c.want = append(c.want, re)
	}
	for i, w := range c.Not {
		re, err := regexp.Compile(w)
		if err != nil {
			return fmt.Errorf("not[%d]: %v", i, err)
		}
		c.not = append(c.not, re)
	}
	return nil
}

// Load reads an evaluation set from a .jsonl file.
func Load(path string) ([]Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(bytes.NewReader(data), path)
}

// Parse reads an evaluation set; name is used in error messages. Unknown
// fields, a missing "answered", an empty q and a bad expression are errors
// naming the line.
func Parse(r io.Reader, name string) ([]Case, error) {
	var cases []Case
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "//") {
			continue
		}
		var raw map[string]json.RawMessage
		if err := json.Unmarshal([]byte(text), &raw); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		if _, ok := raw["answered"]; !ok {
			return nil, fmt.Errorf("%s:%d: \"answered\" is required", name, line)
		}
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		var c Case
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		c.File, c.Line = name, line
		if err := c.compile(); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return cases, nil
}

// Result is the outcome of one case.
type Result struct {
	Case        Case
	Answer      *bot.Answer
	Text        string   // bot.RenderText of the answer
	Problems    []string // why the case failed; empty when it passed
	WrongCareer bool     // the case names a career and the answer used another one (no career at all only fails the case)
	NoGuide     bool     // the case asks about an occupation with no guide and the answer gave a guide's content as if it were its
}

// Passed reports whether every check held.
func (r *Result) Passed() bool { return len(r.Problems) == 0 }

// Report is the outcome of a run.
type Report struct {
	Results     []Result
	Passed      int
	Failed      int
	WrongCareer int
	NoGuide     int
}

// PassRate is Passed / len(Results) (1 for an empty run).
func (r *Report) PassRate() float64 {
	if len(r.Results) == 0 {
		return 1
	}
	return float64(r.Passed) / float64(len(r.Results))
}

// Failures returns the failed results in order.
func (r *Report) Failures() []Result {
	var out []Result
	for _, res := range r.Results {
		if !res.Passed() {
			out = append(out, res)
		}
	}
	return out
}

// String summarises the report on one line.
func (r *Report) String() string {
	return fmt.Sprintf("%d/%d passed (%.1f%%), %d wrong career, %d answered for a career with no guide", r.Passed, len(r.Results), 100*r.PassRate(), r.WrongCareer, r.NoGuide)
}

// lineHandler is implemented by *bot.Router: it parses a typed chat line
// (slash command or free text) and answers it.
type lineHandler interface {
	HandleLine(ctx context.Context, base bot.Request, line string) *bot.Answer
}

// CaseTimeout bounds each question.
const CaseTimeout = 30 * time.Second

// Run asks every case and checks the answers. When ans can parse chat lines
// (as *bot.Router does, through HandleLine) each case's q is handled exactly as
// a typed line; otherwise free text goes to the "ask" command and slash
// commands fail the case. Run stops early, marking the remaining cases
// failed, when ctx is done.
func Run(ctx context.Context, ans bot.Answerer, cases []Case) Report {
	var rep Report
	base := bot.Request{Platform: "eval", UserID: "eval", ChannelID: "eval"}
	for _, c := range cases {
		res := Result{Case: c}
		if err := ctx.Err(); err != nil {
			res.Problems = append(res.Problems, "not asked: "+err.Error())
		} else {
			res.Answer = ask(ctx, ans, base, c.Q)
			res.Problems = Check(&res.Case, res.Answer)
			res.Text = renderSafe(res.Answer)
			if c.Career != "" && res.Answer != nil && res.Answer.Career != "" && res.Answer.Career != c.Career && !compares(res.Answer, c.Career) {
				res.WrongCareer = true
			}
			res.NoGuide = !c.Answered && wantsNoGuide(&c) && res.Answer != nil && res.Answer.Answered && res.Answer.Career != ""
		}
		if res.Passed() {
			rep.Passed++
		} else {
			rep.Failed++
		}
		if res.WrongCareer {
			rep.WrongCareer++
		}
		if res.NoGuide {
			rep.NoGuide++
		}
		rep.Results = append(rep.Results, res)
	}
	return rep
}

func ask(ctx context.Context, ans bot.Answerer, base bot.Request, q string) *bot.Answer {
	cctx, cancel := context.WithTimeout(ctx, CaseTimeout)
	defer cancel()
	if lh, ok := ans.(lineHandler); ok {
		return lh.HandleLine(cctx, base, q)
	}
	if strings.HasPrefix(strings.TrimSpace(q), "/") {
		return nil
	}
	req := base
	req.Command, req.Text = "ask", q
	req.Options = map[string]string{"question": q}
	return ans.Handle(cctx, &req)
}

func renderSafe(a *bot.Answer) string {
	if a == nil {
		return ""
	}
	return bot.RenderText(a)
}

// Check compares one answer with its case and returns every problem found.
// Cases from Load and Parse are compiled; others are compiled here.
func Check(c *Case, a *bot.Answer) []string {
	if len(c.want) != len(c.Want) || len(c.not) != len(c.Not) {
		if err := c.compile(); err != nil {
			return []string{"bad case: " + err.Error()}
		}
	}
	if a == nil {
		return []string{"no answer (the answerer cannot parse this line, or returned nil)"}
	}
	var probs []string
	if a.Answered != c.Answered && !((c.Career != "" || a.Career != "") && lacksOnly(c) && !wantsNoGuide(c)) {
		probs = append(probs, fmt.Sprintf("answered=%v, want %v", a.Answered, c.Answered))
	}
	text := bot.RenderText(a)
	for i, re := range c.want {
		if !re.MatchString(text) {
			probs = append(probs, fmt.Sprintf("missing %q", c.Want[i]))
		}
	}
	for i, re := range c.not {
		if re.MatchString(text) {
			probs = append(probs, fmt.Sprintf("must not contain %q", c.Not[i]))
		}
	}
	if c.Career != "" && a.Career != c.Career && !compares(a, c.Career) {
		got := a.Career
		if got == "" {
			got = "(none)"
		}
		probs = append(probs, fmt.Sprintf("career %s, want %s", got, c.Career))
	}
	return probs
}

// Summary is a short, one-line form of an answer for reports.
func Summary(r *Result, n int) string {
	if r.Answer == nil {
		return "(no answer)"
	}
	s := strings.Join(strings.Fields(r.Text), " ")
	return bot.Clip(s, n)
}

// wantsNoGuide reports whether the case expects the reply to say there is
// no guide for the occupation asked about: a pattern with "no guide" that
// is not also one of the many ways of saying the guide lacks a point (a
// writer may offer "no guide" among those for a state with no figure; the
// no-guide pattern itself allows only "nothing on" of them).
func wantsNoGuide(c *Case) bool {
	for i, w := range c.Want {
		if !strings.Contains(strings.ToLower(w), "no guide") {
			continue
		}
		n := 0
		for _, s := range lackingSentences {
			if c.want[i].MatchString(s) {
				n++
			}
		}
		if n < 3 {
			return true
		}
	}
	return false
}

// lackingSentences are ways of saying that a guide lacks what was asked.
var lackingSentences = []string{
	"The guide has nothing on that.",
	"The guide doesn't cover that.",
	"The guide does not say.",
	"That isn't covered in the guide.",
	"The guide has no information on that.",
}

// lacksOnly reports whether every pattern a case wants is a way of saying
// that the guide lacks the point asked. Such a case about a known career is
// scored on the reply whichever answered flag it carries (a case that names
// no career counts when the answer is about one of the guides' careers,
// and never when it wants "no guide"): writers differ on
// how to mark them (a missing state's figure answered with the national
// one; a lacking fact, which the engine counts unanswered for the editors'
// report), and the reply says what the guide lacks either way.
func lacksOnly(c *Case) bool {
	if len(c.want) == 0 {
		return false
	}
	for _, re := range c.want {
		if !slices.ContainsFunc(lackingSentences, re.MatchString) {
			return false
		}
	}
	return true
}

// compares reports whether an answer sets two careers side by side ("X vs
// Y"), one of them the given one: it answers about both, whichever it
// names as its career (the better-paid, the quicker to get into). So does
// a reply to several questions ("Your questions · …") whose parts are
// answered for several careers, each offered as a follow-up.
func compares(a *bot.Answer, career string) bool {
	if !strings.Contains(a.Title, " vs ") && !strings.HasPrefix(a.Title, "Your questions") {
		return false
	}
	for _, f := range a.FollowUps {
		if f.Options["career"] == career {
			return true
		}
	}
	return false
}
