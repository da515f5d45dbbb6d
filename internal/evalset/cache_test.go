package evalset

import (
	"context"
	"reflect"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// The answer cache changes no answer: every question of every set, asked
// three times (worked out the first two times and kept the second, from
// the cache the third), gets the same answer each time, and every fourth
// question exactly the answer an engine without a cache gives (all of
// them made the test take twice as long under -race for no more cover:
// the cache changes no answer it works out).
func TestAnswerCacheChangesNoAnswer(t *testing.T) {
	shipped, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	fixtures, err := content.LoadDir(guidesDir)
	if err != nil {
		t.Fatal(err)
	}
	type pair struct{ on, off *testbot.Bot }
	bots := map[bool]pair{}
	for _, all := range []bool{false, true} {
		guides := shipped
		if all {
			guides = append(append([]*bot.Guide(nil), fixtures...), shipped...)
		}
		// Room for every question, so that every third pass can be a hit.
		bots[all] = pair{testbot.WithOptions(t, guides, engine.Options{AnswerCache: 1 << 16}), testbot.WithOptions(t, guides, engine.Options{AnswerCache: -1})}
	}
	ctx := context.Background()
	base := bot.Request{Platform: "eval", UserID: "eval", ChannelID: "eval"}
	n := 0
	for _, set := range sets {
		b := bots[set.all]
		for i, c := range mustLoad(t, set.file) {
			if testing.Short() && i%shortStride != 0 {
				continue // go test -short: a sample (see shortStride)
			}
			want := b.on.Router.HandleLine(ctx, base, c.Q)
			if n%4 == 0 {
				if off := b.off.Router.HandleLine(ctx, base, c.Q); !reflect.DeepEqual(want, off) {
					t.Fatalf("%s %q with the cache:\n%#v\nwithout:\n%#v", c.Where(), c.Q, want, off)
				}
			}
			for pass := 1; pass < 3; pass++ {
				if got := b.on.Router.HandleLine(ctx, base, c.Q); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s %q, pass %d with the cache:\n%#v\nthe first:\n%#v", c.Where(), c.Q, pass, got, want)
				}
			}
			n++
		}
	}
	if n < 1000/shortStride {
		t.Fatalf("only %d questions compared", n)
	}
	if k := bots[false].on.Engine.CachedAnswers() + bots[true].on.Engine.CachedAnswers(); k < n/2 {
		t.Fatalf("%d answers cached for %d questions: the second passes did not come from the cache", k, n)
	}
	if k := bots[false].off.Engine.CachedAnswers(); k != 0 {
		t.Fatalf("AnswerCache -1 kept %d answers", k)
	}
}
