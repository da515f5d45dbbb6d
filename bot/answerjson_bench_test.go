package bot_test

import (
	"context"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// BenchmarkAppendJSON encodes the answers to loadtest/httpcpu's eight
// questions (as /v1/ask writes them), words spaced twice as the unique mix
// spaces some.
func BenchmarkAppendJSON(b *testing.B) {
	tb := testbot.New(b)
	var answers []*bot.Answer
	for _, q := range []string{"what  certifications  help?", "/salary  CA", "which  workflow orchestration tool is mentioned",
		"how long does it take to become an ML  engineer?", "what does a typical  day look like?", "what skills do I  need?",
		"how do I prepare for  the interview?", "is the job  growing?"} {
		answers = append(answers, tb.Router.HandleLine(context.Background(), bot.Request{Platform: "http", UserID: "u"}, q))
	}
	buf := make([]byte, 0, 8192)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		buf = answers[i%len(answers)].AppendJSON(buf[:0])
	}
}
