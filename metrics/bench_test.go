package metrics

import (
	"context"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
)

// BenchmarkMiddleware is the metrics middleware's cost per question (a
// handler that answers at once), from every core.
func BenchmarkMiddleware(b *testing.B) {
	m := New()
	reg := bot.NewRegistry()
	reg.MustAdd(bot.Command{Name: "ask", Description: "Ask", Handler: func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
		return &bot.Answer{Answered: true}, nil
	}})
	h := m.Middleware(reg)(func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
		return &bot.Answer{Answered: true}, nil
	})
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		req := &bot.Request{Platform: "http", Command: "ask"}
		for pb.Next() {
			if a, err := h(context.Background(), req); err != nil || !a.Answered {
				b.Fatal(err)
			}
		}
	})
}
