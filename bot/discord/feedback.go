package discord

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot-dev/careerbot/bot"
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

func voteRow(votes []bot.Vote) discordgo.ActionsRow {
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
