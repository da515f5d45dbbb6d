package slack

import (
	"encoding/json"
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
	if code := fakeslack.ValidateBlocks(m.Blocks, m.Text); code != "" {
		t.Fatalf("Slack would refuse the answer with its buttons: %s: %s", code, m.Blocks)
	}
	upBtn := findClick(t, m.Blocks, "👍 Helpful")
	downBtn := findClick(t, m.Blocks, "👎 Not helpful")
	up, ok := bot.DecodeFeedback(upBtn.BlockID + "|" + upBtn.ActionID)
	if !ok || up.Value != bot.VoteUp || upBtn.Value != "" || downBtn.BlockID != upBtn.BlockID || downBtn.ActionID != bot.VoteDown {
		t.Fatalf("👍 %+v, 👎 %+v: want the vote in block id and action id, no value", upBtn, downBtn)
	}

	type ephemeral struct {
		ResponseType    string          `json:"response_type"`
		ReplaceOriginal *bool           `json:"replace_original"`
		Text            string          `json:"text"`
		Blocks          json.RawMessage `json:"blocks"`
	}
	click := func(user string, b fakeslack.Button) ephemeral {
		t.Helper()
		p := h.fake.Click(user, fakeslack.Container{Channel: "C1", MessageTS: "1700000030.000001", Ephemeral: true}, b)
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
	if e := click("U1", upBtn); !strings.Contains(e.Text, "👍") {
		t.Fatalf("👍 acknowledgement %q", e.Text)
	}
	votes := testbot.WaitVotes(t, rec, sink, up.AnswerID)
	if len(votes) != 1 || votes[0].Vote != bot.VoteUp || votes[0].Platform != "slack" {
		t.Fatalf("votes after 👍: %+v", votes)
	}
	e := click("U1", downBtn)
	click("U1", findClick(t, e.Blocks, "Wrong"))
	votes = testbot.WaitVotes(t, rec, sink, up.AnswerID)
	if len(votes) != 1 || votes[0].Vote != bot.VoteDown || votes[0].Reason != "wrong" {
		t.Fatalf("votes after changing to 👎 wrong: %+v; want U1's one vote replaced", votes)
	}
	click("U2", upBtn)
	if votes = testbot.WaitVotes(t, rec, sink, up.AnswerID); len(votes) != 2 {
		t.Fatalf("votes after U2: %+v", votes)
	}
	// Answers posted before the vote moved to the block id carry it whole
	// in each button's value: U3's click on such a 👎, then on its reason.
	legacy := func(v bot.Vote) fakeslack.Button {
		return fakeslack.Button{BlockID: "feedback", ActionID: feedbackPrefix + "1", Value: bot.EncodeFeedback(v)}
	}
	if e := click("U3", legacy(bot.Vote{AnswerID: up.AnswerID, Value: bot.VoteDown})); e.Text != bot.FeedbackAskReason {
		t.Fatalf("old-style 👎: %q", e.Text)
	}
	click("U3", legacy(bot.Vote{AnswerID: up.AnswerID, Value: bot.VoteDown, Reason: "out_of_date"}))
	votes = testbot.WaitVotes(t, rec, sink, up.AnswerID)
	found := false
	for _, v := range votes {
		found = found || v.Vote == bot.VoteDown && v.Reason == "out_of_date"
	}
	if len(votes) != 3 || !found {
		t.Fatalf("votes after U3's old-style 👎 out of date: %+v", votes)
	}
	// A refusal carries no vote buttons.
	env = h.fake.Send(fakeslack.SlashCommands, h.fake.SlashCommand("U1", "C1", "/salary", "Atlantis"))
	if r := decodeAck(t, h.fake.WaitAck(t, env, wait)); strings.Contains(string(r.Blocks), bot.FeedbackPrefix) {
		t.Fatalf("a refusal has vote buttons: %s", r.Blocks)
	}
	if e := click("U1", fakeslack.Button{BlockID: bot.FeedbackPrefix + "abcdefghijklmnop", ActionID: bot.VoteUp}); e.Text != bot.FeedbackGone {
		t.Fatalf("unknown answer: %q", e.Text)
	}
	if e := click("U1", fakeslack.Button{BlockID: upBtn.BlockID, ActionID: "sideways"}); e.Text == bot.FeedbackThanksUp || e.Text == bot.FeedbackAskReason {
		t.Fatalf("a vote that is neither up nor down was taken: %q", e.Text)
	}
}

// TestVoteBlockJSON: the hand-encoded vote buttons are exactly what
// slack-go's block types encode to for buttons with a label and an action
// id only, escaping included, and block id, "|" and action id of each
// button are its vote's bot.EncodeFeedback id, which a click gives back.
func TestVoteBlockJSON(t *testing.T) {
	slackgoBlock := func(blockID string, actionIDs, labels []string) slackgo.Block {
		var els []slackgo.BlockElement
		for i := range actionIDs {
			els = append(els, slackgo.NewButtonBlockElement(actionIDs[i], "", &slackgo.TextBlockObject{Type: slackgo.PlainTextType, Text: labels[i]}))
		}
		return slackgo.NewActionBlock(blockID, els...)
	}
	id := bot.NewAnswerID()
	for _, c := range []struct {
		answerID string
		votes    []bot.Vote
	}{
		{id, bot.FeedbackButtons(id)},
		{id, bot.ReasonButtons(id)},
		{"a<b>&\"c\"\\\u2029\x01", []bot.Vote{{AnswerID: "a<b>&\"c\"\\\u2029\x01", Value: "<up>\u2028"}}},
	} {
		b := voteBlock(c.answerID, c.votes)
		va := b.(*voteActions)
		var actionIDs, labels []string
		for i, v := range c.votes {
			el := va.Elements[i]
			actionIDs, labels = append(actionIDs, el.ActionID), append(labels, el.Text.Text)
			if el.Text.Text != bot.VoteLabel(v) {
				t.Errorf("button %d labelled %q, want %q", i, el.Text.Text, bot.VoteLabel(v))
			}
			got, ok := feedbackClick(&slackgo.BlockAction{BlockID: va.BlockID, ActionID: el.ActionID})
			if !ok || got != bot.EncodeFeedback(v) {
				t.Errorf("a click on button %d reads %q, %v; want %q", i, got, ok, bot.EncodeFeedback(v))
			}
		}
		got, err := json.Marshal(&message{Blocks: []slackgo.Block{b}})
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(&message{Blocks: []slackgo.Block{slackgoBlock(va.BlockID, actionIDs, labels)}})
		if string(got) != string(want) {
			t.Errorf("vote block:\n got %s\nwant %s", got, want)
		}
		if b.BlockType() != slackgo.MBTAction || b.ID() != bot.FeedbackPrefix+c.answerID {
			t.Errorf("voteBlock: type %q id %q", b.BlockType(), b.ID())
		}
	}
	// Other buttons are no votes, whatever their value says.
	for _, act := range []*slackgo.BlockAction{
		{BlockID: "followups", ActionID: followUpPrefix + "0", Value: "fb1|abcdefghijklmnop|up"},
		{BlockID: "fb", ActionID: "up"},
	} {
		if id, ok := feedbackClick(act); ok {
			t.Errorf("feedbackClick(%+v) = %q, a vote", act, id)
		}
	}
}

// BenchmarkFeedbackRender is what 👍/👎 add to a Slack answer: rendering
// and encoding the message with and without them, and its size.
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
			size := 0
			for b.Loop() {
				js, err := json.Marshal(ad.render(a))
				if err != nil {
					b.Fatal(err)
				}
				size = len(js)
			}
			b.ReportMetric(float64(size), "bytes/msg")
		})
	}
}

// previousVoteBlock is voteBlock as it was before the 👍/👎 buttons were
// shared between answers (branch s7-issue-11), kept to compare with.
func previousVoteBlock(answerID string, votes []bot.Vote) slackgo.Block {
	b := &voteActions{Type: slackgo.MBTAction, BlockID: bot.FeedbackPrefix + answerID, Elements: make([]voteButton, len(votes))}
	for i, v := range votes {
		action := v.Value
		if v.Reason != "" {
			action += "|" + v.Reason
		}
		b.Elements[i] = voteButton{Type: slackgo.METButton, Text: voteText{Type: slackgo.PlainTextType, Text: bot.VoteLabel(v)}, ActionID: action}
	}
	return b
}

// checkFeedbackRender: an answer rendered with 👍/👎 encodes to the same
// JSON as the answer rendered by the previous code (render, then the vote
// block built for the answer alone), and the vote block to what
// slack-go's own block types give for it.
func checkFeedbackRender(t *testing.T, ad *Adapter, a *bot.Answer) {
	t.Helper()
	got, err := json.Marshal(ad.render(a))
	if err != nil {
		t.Fatal(err)
	}
	prev := render(a)
	if a.Answered && a.ID != "" && len(prev.Blocks) < maxBlocks {
		prev.Blocks = append(prev.Blocks, previousVoteBlock(a.ID, bot.FeedbackButtons(a.ID)))
	}
	want, err := json.Marshal(prev)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatalf("answer %q (id %q):\n got %s\nwant %s", a.Body, a.ID, got, want)
	}
	if !a.Answered || a.ID == "" {
		return
	}
	var els []slackgo.BlockElement
	for _, v := range bot.FeedbackButtons(a.ID) {
		id := bot.EncodeFeedback(v)
		els = append(els, slackgo.NewButtonBlockElement(id[len(bot.FeedbackPrefix+a.ID+"|"):], "",
			&slackgo.TextBlockObject{Type: slackgo.PlainTextType, Text: bot.VoteLabel(v)}))
	}
	sg, _ := json.Marshal(slackgo.NewActionBlock(bot.FeedbackPrefix+a.ID, els...))
	if !strings.HasSuffix(string(got), string(sg)+"]}") {
		t.Fatalf("vote block of answer id %q is not slack-go's %s:\n%s", a.ID, sg, got)
	}
}

// TestFeedbackBlockAsBefore: the shared 👍/👎 buttons put the same bytes
// on the wire as before, for many answer ids (the recorder's, and odd
// ones that need escaping) and answers.
func TestFeedbackBlockAsBefore(t *testing.T) {
	rec, _ := testbot.Recorder(t)
	ad := &Adapter{}
	ad.SetFeedback(rec)
	bodies := []string{"The median is **$185,000**.\n- Bay Area: higher", "", "<!here> & <@U1> \"quoted\" \\ \u2028", strings.Repeat("long line ", 2000)}
	ids := []string{"", "a<b>&\"c\"\\\u2029\x01", "fb1|x|up", "😀"}
	for range 200 {
		ids = append(ids, bot.NewAnswerID())
	}
	for i, id := range ids {
		for j, body := range bodies {
			a := &bot.Answer{Answered: (i+j)%5 != 0, ID: id, Title: "Salary", Body: body,
				Fields: []bot.Field{{Label: "Median", Value: "$185,000"}}}
			if i%3 == 0 {
				a.FollowUps = []bot.FollowUp{{Command: "salary", Label: "Salary in Texas", Options: map[string]string{"state": "TX"}}}
			}
			checkFeedbackRender(t, ad, a)
		}
	}
}

// FuzzFeedbackBlock: whatever the answer's id and text, the answer with
// 👍/👎 encodes as the previous code encoded it.
func FuzzFeedbackBlock(f *testing.F) {
	f.Add(bot.NewAnswerID(), "The median is **$185,000**.", true)
	f.Add("a<b>&\"c\"", "<!here> \u2028", true)
	f.Add("", "x", false)
	rec, _ := testbot.Recorder(f)
	ad := &Adapter{}
	ad.SetFeedback(rec)
	f.Fuzz(func(t *testing.T, id, body string, answered bool) {
		checkFeedbackRender(t, ad, &bot.Answer{Answered: answered, ID: id, Title: "Answer", Body: body})
	})
}

// preEncodedVotes is the 👍/👎 block as a pre-encoded template with the
// answer id spliced in, through json.Marshaler: the alternative to
// voteActions measured by BenchmarkVoteBlockEncode (not used: slower).
type preEncodedVotes struct{ answerID string }

func (p preEncodedVotes) BlockType() slackgo.MessageBlockType { return slackgo.MBTAction }
func (p preEncodedVotes) ID() string                          { return bot.FeedbackPrefix + p.answerID }

var preEncodedHead, preEncodedTail = func() ([]byte, []byte) {
	js, _ := json.Marshal(voteBlock("@", bot.FeedbackButtons("@")))
	head, tail, _ := strings.Cut(string(js), "@")
	return []byte(head), []byte(tail)
}()

func (p preEncodedVotes) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, len(preEncodedHead)+len(p.answerID)+len(preEncodedTail))
	b = append(append(append(b, preEncodedHead...), p.answerID...), preEncodedTail...)
	return b, nil
}

// BenchmarkVoteBlockEncode: a message of one vote block encoded as the
// adapter does (struct: voteActions with the shared buttons) against a
// pre-encoded template spliced with the answer id (json.Marshaler), which
// encoding/json then scans again byte by byte to validate and compact it:
// the template is the slower of the two.
func BenchmarkVoteBlockEncode(b *testing.B) {
	id := bot.NewAnswerID()
	want, _ := json.Marshal(&message{Blocks: []slackgo.Block{voteBlock(id, bot.FeedbackButtons(id))}})
	for _, c := range []struct {
		name  string
		block func() slackgo.Block
	}{
		{"struct", func() slackgo.Block {
			return &voteActions{Type: slackgo.MBTAction, BlockID: bot.FeedbackPrefix + id, Elements: feedbackElements}
		}},
		{"template", func() slackgo.Block { return preEncodedVotes{id} }},
	} {
		b.Run(c.name, func(b *testing.B) {
			if js, _ := json.Marshal(&message{Blocks: []slackgo.Block{c.block()}}); string(js) != string(want) {
				b.Fatalf("%s encodes to\n%s\nwant\n%s", c.name, js, want)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := json.Marshal(&message{Blocks: []slackgo.Block{c.block()}}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
