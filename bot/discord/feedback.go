package discord

import (
	"context"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/jsonstr"
)

// SetFeedback turns on 👍/👎 buttons under answers that answered something;
// votes go to ft (nil turns them off). Safe while the adapter runs.
func (a *Adapter) SetFeedback(ft bot.FeedbackTaker) {
	if ft == nil {
		a.feedback.Clear()
		return
	}
	a.feedback.Set(ft)
}

func (a *Adapter) feedbackTaker() bot.FeedbackTaker {
	ft, _ := a.feedback.Get()
	return ft
}

// withFeedback adds a row of 👍/👎 buttons under an answer that answered
// something and was recorded (it has an ID); the last follow-up row makes
// room when all five rows are taken.
func (a *Adapter) withFeedback(ans *bot.Answer, comps []discordgo.MessageComponent) []discordgo.MessageComponent {
	if a.feedbackTaker() == nil || ans == nil || !ans.Answered || ans.ID == "" {
		return comps
	}
	if len(comps) >= maxRows {
		comps = comps[:maxRows-1]
	}
	return append(comps, voteRow(bot.FeedbackButtons(ans.ID)))
}

// voteRow is an actions row of vote buttons (EncodeFeedback custom ids),
// 👍 green.
func voteRow(votes []bot.Vote) discordgo.MessageComponent { return voteButtons(votes) }

// voteButtons is the row of vote buttons, encoding itself: the same JSON
// as discordgo's ActionsRow of Buttons (TestVoteRowJSON), without
// discordgo's nested json.Marshal calls that validate and copy each
// button's JSON at every level, under every answer.
type voteButtons []bot.Vote

func (voteButtons) Type() discordgo.ComponentType { return discordgo.ActionsRowComponent }

func (v voteButtons) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 32+112*len(v))
	b = append(b, `{"components":[`...)
	for i, vote := range v {
		if i > 0 {
			b = append(b, ',')
		}
		style := discordgo.SecondaryButton
		if vote.Value == bot.VoteUp && vote.Reason == "" {
			style = discordgo.SuccessButton
		}
		b = append(b, `{"label":`...)
		b = jsonstr.Append(b, bot.VoteLabel(vote))
		b = append(b, `,"style":`...)
		b = strconv.AppendInt(b, int64(style), 10)
		b = append(b, `,"disabled":false,"custom_id":`...)
		b = jsonstr.Append(b, bot.EncodeFeedback(vote))
		b = append(b, `,"type":`...)
		b = strconv.AppendInt(b, int64(discordgo.ButtonComponent), 10)
		b = append(b, '}')
	}
	b = append(b, `],"type":`...)
	b = strconv.AppendInt(b, int64(discordgo.ActionsRowComponent), 10)
	return append(b, '}'), nil
}

// onFeedback records a vote button click and acknowledges it quietly
// (ephemeral); a 👎 offers the reasons as buttons.
func (a *Adapter) onFeedback(i *discordgo.Interaction, customID string, send sendFunc) {
	ft := a.feedbackTaker()
	v, ok := bot.DecodeFeedback(customID)
	if ft == nil || !ok {
		_ = send(a.notice("That button no longer works."))
		return
	}
	req := &bot.Request{}
	fillUser(req, i)
	ctx, cancel := context.WithTimeout(a.base(), 2500*time.Millisecond)
	err := ft.Feedback(ctx, req, v)
	cancel()
	if bot.ErrorCode(err) == bot.ELIMITEDSILENT {
		a.logSendErr(i, "feedback acknowledgement", send(&response{Type: discordgo.InteractionResponseDeferredMessageUpdate}))
		return
	}
	if err != nil && bot.ErrorCode(err) == bot.EINTERNAL {
		a.log.Warn("discord: recording a vote failed", "err", err)
	}
	text, askReason := bot.FeedbackReply(v, err)
	r := a.notice(text)
	if askReason {
		r.Data.(*discordgo.InteractionResponseData).Components = []discordgo.MessageComponent{voteRow(bot.ReasonButtons(v.AnswerID))}
	}
	a.logSendErr(i, "feedback acknowledgement", send(r))
}
