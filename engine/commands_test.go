package engine_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/internal/askmix"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

func ask(t *testing.T, b *testbot.Bot, line string) *bot.Answer {
	t.Helper()
	return b.Router.HandleLine(context.Background(), bot.Request{Platform: "test", UserID: "u1"}, line)
}

func TestCommandsOnShippedGuide(t *testing.T) {
	b := testbot.New(t)
	cases := []struct {
		line     string
		answered bool
		want     []string
		not      []string
	}{
		{"/salary CA", true, []string{"$185,000", "25,000", "+23%", "$150,000", "Source:", "BLS OES"}, nil},
		{"/salary ca", true, []string{"$185,000", "California"}, nil},
		{"/salary California", true, []string{"$185,000"}, nil},
		{"/salary New York", true, []string{"$170,000", "12,000"}, nil},
		{"/salary state:ma", true, []string{"$165,000", "+10%"}, nil},
		{"/salary national", true, []string{"$150,000", "national median"}, []string{"recognise"}},
		{"/salary OR", true, []string{"have a salary figure for Oregon", "$150,000", "CA, WA, NY, MA"}, []string{"$185,000 (OR"}},
		{"/salary ZZ", false, []string{`"ZZ"`, "US state"}, nil},
		{"/salary seattle", true, []string{"$175,000", "Seattle is in Washington"}, nil},
		{"/salary san francisco CA", true, []string{"$185,000"}, nil},
		{"/salary paris", true, []string{"$150,000", "for the US"}, []string{"$185,000 (CA"}},
		{"/salary ML engineer in Massachusetts", true, []string{"$165,000"}, nil},
		{"/salary", true, []string{"$150,000", "$120,000", "$300,000+", "$185,000", "$175,000", "$170,000", "$165,000"}, nil},
		{"/salary ml-engineer CA", true, []string{"$185,000"}, nil},
		{"/salary CA career:mle", true, []string{"$185,000"}, nil},
		{"/salary CA career:astronaut", false, []string{`"astronaut"`, "Machine Learning Engineer"}, nil},
		{"/certs", true, []string{"AWS Machine Learning Specialty", "$300", "Databricks", "no certification is a requirement"}, nil},
		{"/skills", true, []string{"Python", "Communication"}, nil},
		{"/tools", true, []string{"PyTorch", "Airflow", "Kubeflow"}, nil},
		{"/path", true, []string{"5-8 years", "Step 1", "6-12 months"}, nil},
		{"/day", true, []string{"standup", "A/B test"}, nil},
		{"/interview", true, []string{"recommendation system", "backpropagation", "LeetCode"}, nil},
		{"/portfolio", true, []string{"end-to-end", "GitHub"}, nil},
		{"/challenges", true, []string{"Data quality", "garbage in"}, nil},
		{"/outlook", true, []string{"+36%", "20,800"}, nil},
		{"/careers", true, []string{"Machine Learning Engineer"}, nil},
		{"/help", true, []string{"/salary [state] [career]", "/certs", "/ask <question>", "/compare"}, nil},
		{"/ask what certifications help?", true, []string{"AWS Machine Learning Specialty"}, nil},
		{"/compare mle mle", false, []string{"two different careers"}, nil},
		{"/nope", false, []string{"/nope", "/help"}, nil},
		{"/ask", false, []string{"needs question"}, nil},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			a := ask(t, b, c.line)
			txt := bot.RenderText(a)
			if a.Answered != c.answered {
				t.Errorf("answered=%v want %v:\n%s", a.Answered, c.answered, txt)
			}
			for _, w := range c.want {
				if !strings.Contains(txt, w) {
					t.Errorf("want %q in:\n%s", w, txt)
				}
			}
			for _, w := range c.not {
				if strings.Contains(txt, w) {
					t.Errorf("unexpected %q in:\n%s", w, txt)
				}
			}
		})
	}
}

func TestFollowUpsAreRunnable(t *testing.T) {
	b := testbot.New(t)
	for _, line := range []string{"/salary", "/salary CA", "/certs", "/help", "what skills do I need?"} {
		a := ask(t, b, line)
		if len(a.FollowUps) == 0 {
			t.Errorf("%s: no follow-ups", line)
		}
		for _, f := range a.FollowUps {
			id, ok := bot.EncodeFollowUp(f)
			if !ok {
				continue
			}
			req, ok := bot.DecodeFollowUp(id)
			if !ok {
				t.Fatalf("%s: follow-up %q does not decode", line, id)
			}
			got := b.Router.Handle(context.Background(), req)
			if !got.Answered {
				t.Errorf("%s: follow-up %s not answered: %s", line, f.Line(), bot.RenderText(got))
			}
		}
	}
}

func TestAutocomplete(t *testing.T) {
	b := testbot.New(t)
	ctx := context.Background()
	ch := b.Engine.CompleteState(ctx, "new", 25)
	if len(ch) < 4 || ch[0].Value != "NY" {
		t.Errorf("new → %v (NY is in the guide and should come first)", ch)
	}
	ch = b.Engine.CompleteState(ctx, "", 25)
	if len(ch) != 25 || ch[0].Value != "CA" && ch[0].Value != "WA" && ch[0].Value != "NY" && ch[0].Value != "MA" {
		t.Errorf("empty → %d choices, first %v", len(ch), ch[0])
	}
	ch = b.Engine.CompleteState(ctx, "ssa", 25)
	if len(ch) != 1 || ch[0].Value != "MA" {
		t.Errorf("substring ssa → %v", ch)
	}
	ch = b.Engine.CompleteCareer(ctx, "mach", 25)
	if len(ch) != 1 || ch[0].Value != "ml-engineer" {
		t.Errorf("mach → %v", ch)
	}
	ch = b.Engine.CompleteCareer(ctx, "learning", 25)
	if len(ch) != 1 {
		t.Errorf("substring learning → %v", ch)
	}
	if ch := b.Engine.CompleteCareer(ctx, "zzz", 25); len(ch) != 0 {
		t.Errorf("zzz → %v", ch)
	}
}

func TestOffTopicNeverAnswersWithASection(t *testing.T) {
	b := testbot.New(t)
	for _, q := range []string{"who is the best football player in the world?", "recipe for chocolate cake",
		"what's the weather in California", "asdfghjkl", "tell me a joke", "@everyone free nitro"} {
		a := ask(t, b, q)
		if a.Answered {
			t.Errorf("%q answered:\n%s", q, bot.RenderText(a))
		}
		if !strings.Contains(bot.RenderText(a), "/salary") && !strings.Contains(bot.RenderText(a), "salar") {
			t.Errorf("%q: refusal should say what the bot can do:\n%s", q, bot.RenderText(a))
		}
	}
}

func BenchmarkSalaryCA(b *testing.B) {
	tb := testbot.New(b)
	ctx := context.Background()
	req := &bot.Request{Command: "salary", Options: map[string]string{"state": "CA"}, Text: "/salary CA"}
	b.ReportAllocs()
	for b.Loop() {
		if a := tb.Router.Handle(ctx, req); !a.Answered {
			b.Fatal("not answered")
		}
	}
}

// BenchmarkFreeText reads and answers the question every time (the answer
// cache off); BenchmarkFreeTextCached answers it from the cache.
func BenchmarkFreeText(b *testing.B) {
	guides, err := content.Default()
	if err != nil {
		b.Fatal(err)
	}
	benchFreeText(b, testbot.WithOptions(b, guides, engine.Options{AnswerCache: -1}))
}

func BenchmarkFreeTextCached(b *testing.B) { benchFreeText(b, testbot.New(b)) }

func benchFreeText(b *testing.B, tb *testbot.Bot) {
	ctx := context.Background()
	for i, q := range benchTexts {
		name := q
		if len(name) > 40 {
			name = fmt.Sprintf("%d-chars-%d", i, len(q))
		}
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			req := &bot.Request{Command: "ask", Options: map[string]string{"question": q}, Text: q}
			b.ReportAllocs()
			for b.Loop() {
				if a := tb.Router.Handle(ctx, req); !a.Answered {
					b.Fatal("not answered")
				}
			}
		})
	}
}

// benchTexts are the free-text questions BenchmarkFreeText asks: short
// ones, a comparison, typos, voice typing, emoji, an aside after the
// question, a job told as a label before the question, words the guide
// lacks beside what it has, and posts and a letter of a few hundred
// characters.
var benchTexts = []string{
	"what certifications help?",
	"which workflow orchestration tool is mentioned",
	"ML engineer pay in CA vs WA?",
	"wat certifcations shuld i get for machne lerning enginer",
	"how much do machine learning engineers make in see attle and what does a day look like",
	"🤖 eng 💰 in 📍CA?",
	"how many ML engineers are employed in New York? like is it 6 guys and a GPU or what",
	"PT aide, 32k. how much is the TensorFlow Developer Certificate?",
	"what meetings end up on an MLE's calendar week to week?",
	"Hi all, I'm a backend developer with five years of Python and some Spark. I've been doing data pipelines for a retail company and want to move into ML engineering. Which certifications would actually help me, and how long does the path take?",
	"Dear Career Bot, I hope this message finds you well. My name is Daniel and I have worked as a high school physics teacher in Ohio for eleven years. Over the last two summers I taught myself Python and completed several online courses in machine learning, and I recently built a small image classifier for my students. I am now seriously considering a change of career. Could you tell me what a machine learning engineer typically earns, and which certifications would be most useful for someone in my position? Kind regards, Daniel",
}

func TestWhichCareerOffersEachCareer(t *testing.T) {
	fixtures, err := content.LoadDir("../testdata/guides")
	if err != nil {
		t.Fatal(err)
	}
	shipped, _ := content.Default()
	b := testbot.FromGuides(t, append(fixtures, shipped...))
	// Pay among a few guides is a table of every career, ranked.
	if a := ask(t, b, "/salary CA"); !a.Answered || len(a.Bullets) != 4 || !strings.Contains(a.Body, "pays the most in California") {
		t.Fatalf("/salary CA: %s", bot.RenderText(a))
	}
	for _, line := range []string{"/certs", "/path"} {
		a := ask(t, b, line)
		if a.Answered || len(a.FollowUps) != 4 {
			t.Fatalf("%s: %+v", line, a)
		}
		for _, f := range a.FollowUps {
			id, ok := bot.EncodeFollowUp(f)
			req, ok2 := bot.DecodeFollowUp(id)
			if !ok || !ok2 {
				t.Fatalf("follow-up %v does not encode", f)
			}
			got := b.Router.Handle(context.Background(), req)
			if !got.Answered || got.Career != f.Options["career"] {
				t.Errorf("%s → %s: %s", line, f.Line(), bot.RenderText(got))
			}
		}
	}
}

// The career resolver and the free-text path take any input without
// panicking, and a resolved career is always a real guide.
func FuzzResolveCareer(f *testing.F) {
	fixtures, err := content.LoadDir("../testdata/guides")
	if err != nil {
		f.Fatal(err)
	}
	shipped, _ := content.Default()
	b := testbot.FromGuides(f, append(fixtures, shipped...))
	for _, s := range []string{"mle", "Machine Learning Engineer", "quantum gardner", "", "ml-engineer", "x", "orbitl chef", "🚀", "a b c d e f g"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := b.Library.ResolveCareer(s)
		if err == nil {
			if _, ok := b.Library.Guide(g.Slug); !ok {
				t.Fatalf("%q resolved to an unknown guide %q", s, g.Slug)
			}
		} else if code := bot.ErrorCode(err); code != bot.ENOTFOUND && code != bot.EINVALID {
			t.Fatalf("%q: internal error %v", s, err)
		}
		a := b.Router.Handle(context.Background(), &bot.Request{Command: "ask", Options: map[string]string{"question": s + " salary"}, Text: s})
		if a == nil || (a.Code == bot.EINTERNAL) {
			t.Fatalf("%q: %+v", s, a)
		}
	})
}

// Free text of any shape (shorthand, places, employers, several parts)
// never panics and never ends in an internal error.
func FuzzAsk(f *testing.F) {
	fixtures, err := content.LoadDir("../testdata/guides")
	if err != nil {
		f.Fatal(err)
	}
	shipped, _ := content.Default()
	b := testbot.FromGuides(f, append(fixtures, shipped...))
	for _, s := range []string{"I'm a QA tester, how would I move into this?", "what do dental hygienists earn in Oregon?",
		"ml salary at Google and which certs? and how long", "pay in Philly rn tbh", "u r in London", "without a degree?",
		"which pays more in NY: ML engineer or dream cartographer?", "and and and ?", "swe pm uni ppl", "É à 日本 🚀 at",
		"I already have a master's. How much longer?", "Two questions: 17 times 23, and which courses, like X, are best?",
		"how big are teams, or is it the pass mark?", "/salary seattle or london", "Boston or NYC, and also can I do it part time?"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := b.Router.Handle(context.Background(), &bot.Request{Command: "ask", Options: map[string]string{"question": s}, Text: s})
		if a == nil || a.Code == bot.EINTERNAL {
			t.Fatalf("%q: %+v", s, a)
		}
	})
}

// BenchmarkHTTPCPUMix reads and answers httpcpu's eight questions in turn
// (the answer cache off), as typed and as its unique mix spaces them
// (each gap between words one to a few spaces more, the same words).
func BenchmarkHTTPCPUMix(b *testing.B) {
	guides, err := content.Default()
	if err != nil {
		b.Fatal(err)
	}
	tb := testbot.WithOptions(b, guides, engine.Options{AnswerCache: -1})
	ctx := context.Background()
	for _, q := range askmix.Questions {
		b.Run(strings.Fields(q)[0]+"_"+strings.Fields(q)[1], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if a := tb.Router.HandleLine(ctx, bot.Request{Platform: "http", UserID: "ip:127.0.0.1"}, q); a.Code != "" {
					b.Fatal(a.Code)
				}
			}
		})
	}
}

// BenchmarkHTTPCPUUnique asks httpcpu's unique mix in turn: its eight
// questions with their words spaced differently each time (as -n 10000
// spaces them), the answer cache on, as served; no text repeats. (One in
// thirteen, a "/salary CA" spaced past 500 characters, is refused as too
// long, as it is over HTTP.) NOCACHE=1 in the environment turns the
// answer cache off.
func BenchmarkHTTPCPUUnique(b *testing.B) {
	tb := testbot.New(b)
	if os.Getenv("NOCACHE") != "" {
		guides, _ := content.Default()
		tb = testbot.WithOptions(b, guides, engine.Options{AnswerCache: -1})
	}
	ctx := context.Background()
	const n = 10000
	texts := make([]string, n)
	for i := range texts {
		texts[i] = askmix.Spaced(askmix.Questions[i%len(askmix.Questions)], i/len(askmix.Questions), n/len(askmix.Questions)+1)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if a := tb.Router.HandleLine(ctx, bot.Request{Platform: "http", UserID: "ip:127.0.0.1"}, texts[i%n]); a.Code != "" && a.Code != bot.EINVALID {
			b.Fatal(a.Code)
		}
	}
}
