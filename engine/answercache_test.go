package engine_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// Conversations with the answer cache: each one played in a conversation
// of its own, then again in a second and a third one (its free-text turns
// kept the second time, answered from the cache the third), gives turn for
// turn what an engine without a cache gives. Follow-ups after a cached answer still read its context, and the
// context a follow-up adds never leaks into the answer cached for the same
// words asked alone.
func TestAnswerCacheConversations(t *testing.T) {
	cases, guides := conversations(t)
	ctx := context.Background()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			on := testbot.WithOptions(t, guides[c.Guides], engine.Options{})
			off := testbot.WithOptions(t, guides[c.Guides], engine.Options{AnswerCache: -1})
			var want []*bot.Answer
			for _, turn := range c.Turns {
				want = append(want, off.Router.HandleLine(ctx, bot.Request{Platform: "test", UserID: "u1", Conversation: "a"}, turn.Line))
			}
			for _, conv := range []string{"a", "b", "c"} {
				for i, turn := range c.Turns {
					got := on.Router.HandleLine(ctx, bot.Request{Platform: "test", UserID: "u1", Conversation: conv}, turn.Line)
					if !reflect.DeepEqual(got, want[i]) {
						t.Fatalf("conversation %s, turn %d %q with the cache:\n%#v\nwithout:\n%#v", conv, i, turn.Line, got, want[i])
					}
				}
			}
			// Alone (no conversation), each line gets the uncached answer too.
			for _, turn := range c.Turns {
				alone := bot.Request{Platform: "test", UserID: "u2"}
				if got, want := on.Router.HandleLine(ctx, alone, turn.Line), off.Router.HandleLine(ctx, alone, turn.Line); !reflect.DeepEqual(got, want) {
					t.Fatalf("%q alone with the cache:\n%#v\nwithout:\n%#v", turn.Line, got, want)
				}
			}
		})
	}
}
