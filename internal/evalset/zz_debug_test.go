package evalset

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/internal/testbot"
)

func TestZZAsk(t *testing.T) {
	qs := os.Getenv("DA")
	if qs == "" {
		t.Skip()
	}
	b := testbot.New(t)
	if os.Getenv("DALL") != "" {
		b = testbot.FromGuides(t, multiCareerGuides(t))
	}
	for _, q := range strings.Split(qs, "\n") {
		if strings.TrimSpace(q) == "" {
			continue
		}
		rep := Run(context.Background(), b.Router, []Case{{Q: q, Answered: true}})
		r := rep.Results[0]
		fmt.Printf("=== %s\n", q)
		if r.Answer == nil {
			fmt.Println("(nil)")
			continue
		}
		fmt.Printf("[career=%s answered=%v]\n%s\n", r.Answer.Career, r.Answer.Answered, r.Text)
	}
}
