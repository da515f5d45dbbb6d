package httpapi

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
)

func TestStartQuickStartsAndExamples(t *testing.T) {
	e := newEnv(t, Config{})
	r := do(t, "GET", e.url+"/v1/start", "", nil)
	var got StartJSON
	if err := json.Unmarshal(r.body, &got); err != nil || r.status != 200 {
		t.Fatalf("GET /v1/start = %d %s (%v)", r.status, r.body, err)
	}
	if len(got.QuickStarts) != len(bot.QuickStarts()) || len(got.Examples) < 3 {
		t.Fatalf("got %+v", got)
	}
	// Every button asks something the bot answers.
	lines := append([]string{}, got.Examples...)
	for _, q := range got.QuickStarts {
		if q.Label == "" {
			t.Errorf("quick start %q has no label", q.Line)
		}
		lines = append(lines, q.Line)
	}
	for _, line := range lines {
		if a := e.bot.Router.HandleLine(context.Background(), bot.Request{Platform: Platform, UserID: "t"}, line); !a.Answered {
			t.Errorf("%q is offered on the first screen but not answered: %s", line, bot.RenderText(a))
		}
	}
}
