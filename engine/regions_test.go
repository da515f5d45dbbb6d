package engine_test

import (
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// A part of the US named instead of a state is answered from the guide's
// rows for its states, saying which of them the guide has no figure for; a
// region with none of the guide's states gets the national figures, said
// to be no figure for the region. Words that only look like a region are
// left alone.
func TestRegions(t *testing.T) {
	b := testbot.New(t)
	cases := []struct {
		q       string
		title   string // the answer's title holds this
		want    []string
		notWant []string
	}{
		{"what do ML engineers make in the midwest", "no figure for the Midwest", []string{"$150,000", "IL, IN", "doesn't have salary figures"}, []string{"$185,000"}},
		{"pacific northwest mle pay", "salary in Washington", []string{"$175,000", "not by region", "(OR, ID)"}, []string{"$185,000"}},
		{"Pacific NW pay for ML engineers?", "salary in Washington", []string{"$175,000"}, nil},
		{"ML engineer salary on the east coast?", "on the East Coast", []string{"$170,000", "$165,000"}, []string{"$185,000", "$175,000"}},
		{"which midwest state pays ml engineers best", "no figure for the Midwest", []string{"$150,000"}, []string{"$185,000"}},
		{"which west coast state pays ML engineers the least?", "salary in Washington", []string{"$175,000"}, nil},
		// The region asked, the state set aside.
		{"pacific northwest ML engineer salaries? not interested in california", "salary in Washington", []string{"$175,000"}, []string{"$185,000"}},
		// A state named wins over a region.
		{"ML engineer pay in Oregon or anywhere in the pacific northwest", "no figure for Oregon", []string{"$150,000"}, nil},
		// No region: an airline, Vermont's Northeast Kingdom, a direction.
		{"my brother flies for southwest, what do ML engineers make?", "salary (US)", []string{"$150,000"}, []string{"Southwest"}},
		{"ML engineer median? I'm up in the Northeast Kingdom", "salary", []string{"$150,000"}, []string{"the Northeast"}},
		{"ML engineer salary in the western states?", "in the West", []string{"$185,000", "$175,000", "(AK, AZ"}, []string{"$170,000"}},
	}
	for _, c := range cases {
		a := ask(t, b, c.q)
		txt := bot.RenderText(a)
		ok := a.Answered && strings.Contains(a.Title, c.title)
		for _, w := range c.want {
			ok = ok && strings.Contains(txt, w)
		}
		for _, w := range c.notWant {
			ok = ok && !strings.Contains(txt, w)
		}
		if !ok {
			t.Errorf("%q: title %q, want it to hold %q, with %q and not %q:\n%s", c.q, a.Title, c.title, c.want, c.notWant, txt)
		}
	}
}
