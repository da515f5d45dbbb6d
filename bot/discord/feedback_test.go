package discord

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// 👍/👎 buttons through the fake gateway: a vote, a change of mind with a
// reason, each acknowledged ephemerally, one vote per member per answer.
func TestFeedbackButtons(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.Options{})
	rec, sink := testbot.Recorder(t)
	tb := testbot.New(t, rec.Middleware())
	a, err := New(fakeConfig(f), tb.Router, tb.Registry, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	a.SetFeedback(rec)
	startRun(t, a)
	if err := f.WaitConnections(1, wait); err != nil {
		t.Fatal(err)
	}
	u := fakediscord.User{ID: "42", Username: "alice"}
	ans, _ := finalMessage(t, f, send(t, f, f.SlashCommand(u, guildID, channelID, "certs")))
	ids := ans.customIDs()
	last := ids[len(ids)-2:]
	up, okUp := bot.DecodeFeedback(last[0])
	down, okDown := bot.DecodeFeedback(last[1])
	if !okUp || !okDown || up.Value != bot.VoteUp || down.Value != bot.VoteDown || up.AnswerID != down.AnswerID {
		t.Fatalf("the last row is not 👍/👎: %v", ids)
	}
	checkLimits(t, ans)
	var msg map[string]any
	raw, _ := json.Marshal(ans)
	json.Unmarshal(raw, &msg)

	click := func(who fakediscord.User, id string) wireMessage {
		t.Helper()
		m, typ := finalMessage(t, f, send(t, f, f.Button(who, guildID, channelID, id, msg)))
		if typ != 4 || m.Flags&64 == 0 {
			t.Fatalf("acknowledgement type %d flags %d: must be an ephemeral message", typ, m.Flags)
		}
		return m
	}
	if m := click(u, last[0]); !strings.Contains(m.Content, "👍") {
		t.Fatalf("👍 acknowledgement %q", m.Content)
	}
	votes := testbot.WaitVotes(t, rec, sink, up.AnswerID)
	if len(votes) != 1 || votes[0].Vote != bot.VoteUp || votes[0].Platform != "discord" {
		t.Fatalf("votes after 👍: %+v", votes)
	}
	// Change of mind: 👎 offers the reasons, a reason is recorded.
	m := click(u, last[1])
	reasons := m.customIDs()
	if len(reasons) != 4 {
		t.Fatalf("👎 offered %v; want 4 reasons", reasons)
	}
	click(u, reasons[2]) // "Out of date"
	votes = testbot.WaitVotes(t, rec, sink, up.AnswerID)
	if len(votes) != 1 || votes[0].Vote != bot.VoteDown || votes[0].Reason != "out_of_date" {
		t.Fatalf("votes after changing to 👎 out of date: %+v; want alice's one vote replaced", votes)
	}
	// Another member's vote counts separately.
	click(fakediscord.User{ID: "43", Username: "bob"}, last[0])
	if votes = testbot.WaitVotes(t, rec, sink, up.AnswerID); len(votes) != 2 {
		t.Fatalf("votes after bob: %+v", votes)
	}
	// A refusal has no vote buttons.
	refusal, _ := finalMessage(t, f, send(t, f, f.SlashCommand(u, guildID, channelID, "salary", fakediscord.Str("state", "Atlantis"))))
	for _, id := range refusal.customIDs() {
		if strings.HasPrefix(id, bot.FeedbackPrefix) {
			t.Fatalf("a refusal has vote buttons: %v", refusal.customIDs())
		}
	}
	// A forged button for an unknown answer is told so, quietly.
	if m := click(u, "fb1|abcdefghijklmnop|up"); m.Content != bot.FeedbackGone {
		t.Fatalf("unknown answer: %q", m.Content)
	}
}

func send(t *testing.T, f *fakediscord.Server, in fakediscord.Interaction) fakediscord.Interaction {
	t.Helper()
	if err := f.SendInteraction(in); err != nil {
		t.Fatal(err)
	}
	return in
}

// TestVoteRowJSON: the hand-encoded vote buttons are exactly what
// discordgo's ActionsRow of Buttons encodes to, escaping included.
func TestVoteRowJSON(t *testing.T) {
	discordgoRow := func(votes []bot.Vote) discordgo.MessageComponent {
		var buttons []discordgo.MessageComponent
		for _, v := range votes {
			style := discordgo.SecondaryButton
			if v.Value == bot.VoteUp && v.Reason == "" {
				style = discordgo.SuccessButton
			}
			buttons = append(buttons, discordgo.Button{Label: bot.VoteLabel(v), Style: style, CustomID: bot.EncodeFeedback(v)})
		}
		return discordgo.ActionsRow{Components: buttons}
	}
	id := bot.NewAnswerID()
	for _, votes := range [][]bot.Vote{
		bot.FeedbackButtons(id),
		bot.ReasonButtons(id),
		{{AnswerID: "a<b>&\"c\"\\\u2029\x01", Value: bot.VoteDown, Reason: "other"}},
	} {
		got, err := json.Marshal(&discordgo.InteractionResponseData{Components: []discordgo.MessageComponent{voteRow(votes)}})
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(&discordgo.InteractionResponseData{Components: []discordgo.MessageComponent{discordgoRow(votes)}})
		if string(got) != string(want) {
			t.Errorf("vote row:\n got %s\nwant %s", got, want)
		}
		if voteRow(votes).Type() != discordgo.ActionsRowComponent {
			t.Error("the vote row is not an actions row")
		}
	}
}

// BenchmarkFeedbackRender is what 👍/👎 add to a Discord answer: rendering
// and encoding the interaction response with and without them.
func BenchmarkFeedbackRender(b *testing.B) {
	ans := &bot.Answer{Answered: true, ID: bot.NewAnswerID(), Title: "Salary in California",
		Body:   "The median is **$185,000**. Pay varies by city.\n- Bay Area: higher\n- Central Valley: lower",
		Fields: []bot.Field{{Label: "Median", Value: "$185,000"}, {Label: "Range", Value: "$150,000-$220,000"}}}
	for _, on := range []bool{false, true} {
		name := "off"
		a := &Adapter{}
		if on {
			name = "on"
			rec, _ := testbot.Recorder(b)
			a.SetFeedback(rec)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: a.messageData(ans)}
				if _, err := json.Marshal(r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
