package slack

import (
	"context"
	"strconv"
	"time"

	slackgo "github.com/slack-go/slack"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/jsonstr"
)

// feedbackPrefix starts the action ids of 👍/👎 and reason buttons; their
// values are bot.EncodeFeedback ids.
const feedbackPrefix = "careerbot_feedback_"

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

// render is the package's render plus 👍/👎 when votes are taken and the
// answer answered something and was recorded (render keeps a block free).
func (a *Adapter) render(ans *bot.Answer) *message {
	msg := render(ans)
	if a.feedbackTaker() != nil && ans != nil && ans.Answered && ans.ID != "" && len(msg.Blocks) < maxBlocks {
		msg.Blocks = append(msg.Blocks, voteBlock("feedback", bot.FeedbackButtons(ans.ID)))
	}
	return msg
}

// voteBlock is an actions block of vote buttons (EncodeFeedback values).
func voteBlock(blockID string, votes []bot.Vote) slackgo.Block { return voteActions{blockID, votes} }

// voteActions is the actions block of vote buttons, encoding itself: the
// same JSON as slack-go's ActionBlock of ButtonBlockElements
// (TestVoteBlockJSON), without the reflection that made it cost as much as
// recording the question, under every answer.
type voteActions struct {
	id    string
	votes []bot.Vote
}

func (v voteActions) BlockType() slackgo.MessageBlockType { return slackgo.MBTAction }
func (v voteActions) ID() string                          { return v.id }

func (v voteActions) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 64+160*len(v.votes))
	b = append(b, `{"type":"actions","block_id":`...)
	b = jsonstr.Append(b, v.id)
	b = append(b, `,"elements":[`...)
	for i, vote := range v.votes {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"type":"button","text":{"type":"plain_text","text":`...)
		b = jsonstr.Append(b, bot.VoteLabel(vote))
		b = append(b, `,"emoji":true},"action_id":"`+feedbackPrefix...)
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, `","value":`...)
		b = jsonstr.Append(b, bot.EncodeFeedback(vote))
		b = append(b, '}')
	}
	return append(b, "]}"...), nil
}

// onFeedback records a vote button click and acknowledges it only to the
// member (an ephemeral message through response_url, or chat.postEphemeral);
// a 👎 offers the reasons as buttons.
func (a *Adapter) onFeedback(cb slackgo.InteractionCallback, value string) {
	channel := cb.Container.ChannelID
	if channel == "" {
		channel = cb.Channel.ID
	}
	a.spawn("feedback", func(ctx context.Context) {
		ft := a.feedbackTaker()
		v, ok := bot.DecodeFeedback(value)
		var err error
		switch {
		case ft == nil || !ok:
			err = bot.Errorf(bot.EINVALID, "That button no longer works.")
		default:
			vctx, cancel := context.WithTimeout(ctx, 2500*time.Millisecond)
			err = ft.Feedback(vctx, &bot.Request{Platform: platform, UserID: cb.User.ID, ChannelID: channel, GuildID: cb.Team.ID}, v)
			cancel()
		}
		if bot.ErrorCode(err) == bot.ELIMITEDSILENT {
			return
		}
		if bot.ErrorCode(err) == bot.EINTERNAL {
			a.log.Warn("slack: recording a vote failed", "err", err)
		}
		text, askReason := bot.FeedbackReply(v, err)
		msg := &message{Text: text, Blocks: []slackgo.Block{slackgo.NewSectionBlock(plain(text), nil, nil)},
			ResponseType: slackgo.ResponseTypeEphemeral, Ephemeral: true}
		if askReason {
			msg.Blocks = append(msg.Blocks, voteBlock("feedback_reasons", bot.ReasonButtons(v.AnswerID)))
		}
		f := false
		msg.ReplaceOriginal = &f
		if cb.ResponseURL != "" && a.respond(ctx, cb.ResponseURL, msg) == nil {
			return
		}
		if channel != "" {
			_ = a.post(ctx, channel, cb.Container.ThreadTs, cb.User.ID, msg)
		}
	})
}
