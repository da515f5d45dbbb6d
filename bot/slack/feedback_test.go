package slack

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	slackgo "github.com/slack-go/slack"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// 👍/👎 Block Kit buttons through the fake Socket Mode: a vote, a change of
// mind with a reason, each acknowledged ephemerally, one vote per member.
func TestFeedbackButtons(t *testing.T) {
	rec, sink := testbot.Recorder(t)
	h := newHarness(t, setup{middleware: []bot.Middleware{rec.Middleware()}})
	h.a.SetFeedback(rec)

	env := h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "C1", "/certs", ""))
	m := decodeAck(t, h.fake.WaitAck(t, env, wait))
	upAction, upValue := findButton(t, m.Blocks, "👍 Helpful")
	downAction, downValue := findButton(t, m.Blocks, "👎 Not helpful")
	up, ok := bot.DecodeFeedback(upValue)
	if !ok || up.Value != bot.VoteUp || !strings.HasPrefix(upAction, feedbackPrefix) {
		t.Fatalf("👍 button %q %q", upAction, upValue)
	}

	type ephemeral struct {
		ResponseType    string          `json:"response_type"`
		ReplaceOriginal *bool           `json:"replace_original"`
		Text            string          `json:"text"`
		Blocks          json.RawMessage `json:"blocks"`
	}
	click := func(user, actionID, value string) ephemeral {
		t.Helper()
		p := h.fake.BlockActions(user, fakeslack.Container{Channel: "C1", MessageTS: "1700000030.000001", Ephemeral: true}, actionID, value)
		h.fake.Send(fakeslack.Interactive, p)
		post := h.fake.WaitResponsePost(t, p["response_url"].(string), wait)
		var e ephemeral
		if err := json.Unmarshal(post.Body, &e); err != nil {
			t.Fatal(err)
		}
		if e.ResponseType != "ephemeral" || e.ReplaceOriginal == nil || *e.ReplaceOriginal {
			t.Fatalf("acknowledgement must be ephemeral and keep the answer: %s", post.Body)
		}
		if code := fakeslack.ValidateBlocks(e.Blocks, e.Text); code != "" {
			t.Fatalf("Slack would refuse the acknowledgement: %s", code)
		}
		return e
	}
	if e := click("U1", upAction, upValue); !strings.Contains(e.Text, "👍") {
		t.Fatalf("👍 acknowledgement %q", e.Text)
	}
	votes := testbot.WaitVotes(t, rec, sink, up.AnswerID)
	if len(votes) != 1 || votes[0].Vote != bot.VoteUp || votes[0].Platform != "slack" {
		t.Fatalf("votes after 👍: %+v", votes)
	}
	e := click("U1", downAction, downValue)
	reasonAction, reasonValue := findButton(t, e.Blocks, "Wrong")
	click("U1", reasonAction, reasonValue)
	votes = testbot.WaitVotes(t, rec, sink, up.AnswerID)
	if len(votes) != 1 || votes[0].Vote != bot.VoteDown || votes[0].Reason != "wrong" {
		t.Fatalf("votes after changing to 👎 wrong: %+v; want U1's one vote replaced", votes)
	}
	click("U2", upAction, upValue)
	if votes = testbot.WaitVotes(t, rec, sink, up.AnswerID); len(votes) != 2 {
		t.Fatalf("votes after U2: %+v", votes)
	}
	// A refusal carries no vote buttons.
	env = h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "C1", "/salary", "Atlantis"))
	if r := decodeAck(t, h.fake.WaitAck(t, env, wait)); strings.Contains(string(r.Blocks), "fb1|") {
		t.Fatalf("a refusal has vote buttons: %s", r.Blocks)
	}
	if e := click("U1", upAction, "fb1|abcdefghijklmnop|up"); e.Text != bot.FeedbackGone {
		t.Fatalf("unknown answer: %q", e.Text)
	}
}

// TestVoteBlockJSON: the hand-encoded vote buttons are exactly what
// slack-go's block types encode to, escaping included.
func TestVoteBlockJSON(t *testing.T) {
	slackgoBlock := func(blockID string, votes []bot.Vote) slackgo.Block {
		var els []slackgo.BlockElement
		for i, v := range votes {
			els = append(els, slackgo.NewButtonBlockElement(feedbackPrefix+strconv.Itoa(i), bot.EncodeFeedback(v), plain(bot.VoteLabel(v))))
		}
		return slackgo.NewActionBlock(blockID, els...)
	}
	id := bot.NewAnswerID()
	for _, c := range []struct {
		blockID string
		votes   []bot.Vote
	}{
		{"feedback", bot.FeedbackButtons(id)},
		{"feedback_reasons", bot.ReasonButtons(id)},
		{"odd <&> \"id\"\u2028\n", []bot.Vote{{AnswerID: "a<b>&\"c\"\\\u2029\x01", Value: bot.VoteUp}}},
	} {
		got, err := json.Marshal(&message{Blocks: []slackgo.Block{voteBlock(c.blockID, c.votes)}})
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(&message{Blocks: []slackgo.Block{slackgoBlock(c.blockID, c.votes)}})
		if string(got) != string(want) {
			t.Errorf("vote block:\n got %s\nwant %s", got, want)
		}
		if b := voteBlock(c.blockID, c.votes); b.BlockType() != slackgo.MBTAction || b.ID() != c.blockID {
			t.Errorf("voteBlock: type %q id %q", b.BlockType(), b.ID())
		}
	}
}

// BenchmarkFeedbackRender is what 👍/👎 add to a Slack answer: rendering
// and encoding the message with and without them.
func BenchmarkFeedbackRender(b *testing.B) {
	a := &bot.Answer{Answered: true, ID: bot.NewAnswerID(), Title: "Salary in California",
		Body:   "The median is **$185,000**. Pay varies by city.\n- Bay Area: higher\n- Central Valley: lower",
		Fields: []bot.Field{{Label: "Median", Value: "$185,000"}, {Label: "Range", Value: "$150,000-$220,000"}}}
	for _, on := range []bool{false, true} {
		name := "off"
		ad := &Adapter{}
		if on {
			name = "on"
			rec, _ := testbot.Recorder(b)
			ad.SetFeedback(rec)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := json.Marshal(ad.render(a)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
