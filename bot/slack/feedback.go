package slack

import (
	"context"
	"strings"
	"time"

	slackgo "github.com/slack-go/slack"

	"github.com/careerbot-dev/careerbot/bot"
)

// feedbackPrefix starts the action ids of 👍/👎 and reason buttons posted
// before votes moved to the block id; their values are bot.EncodeFeedback
// ids. Clicks on those messages are still read (feedbackClick).
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
		msg.Blocks = append(msg.Blocks, &voteActions{Type: slackgo.MBTAction, BlockID: bot.FeedbackPrefix + ans.ID, Elements: feedbackElements})
	}
	return msg
}

// voteBlock is an actions block of vote buttons for one answer: the block
// id is bot.FeedbackPrefix and the answer id ("fb1|ANSWERID"), each
// button's action id the rest of its bot.EncodeFeedback id ("up", "down",
// "down|wrong"), so that block id, "|" and action id are the vote
// (feedbackClick). Slack sends both back with a click (block_actions:
// actions[].block_id, action_id) and requires neither a value nor the
// emoji flag, so the buttons carry nothing else: the block adds 244 bytes
// to every answer rather than 362, and each of those bytes is encoded,
// sent and read under load. A block id must be unique in a
// message and should be unique per message: the answer id is.
func voteBlock(answerID string, votes []bot.Vote) slackgo.Block {
	return &voteActions{Type: slackgo.MBTAction, BlockID: bot.FeedbackPrefix + answerID, Elements: voteButtons(votes)}
}

// voteButtons are the buttons of a vote block: only the labels and the
// action ids, the same for every answer.
func voteButtons(votes []bot.Vote) []voteButton {
	els := make([]voteButton, len(votes))
	for i, v := range votes {
		action := v.Value
		if v.Reason != "" {
			action += "|" + v.Reason
		}
		els[i] = voteButton{Type: slackgo.METButton, Text: voteText{Type: slackgo.PlainTextType, Text: bot.VoteLabel(v)}, ActionID: action}
	}
	return els
}

// feedbackElements are the 👍/👎 buttons under every answer, built once
// and shared (never written to): the answer is in the block id only, so
// all that differs between two answers' vote blocks is the block id
// (render: no votes, buttons or labels to build per answer).
var feedbackElements = voteButtons(bot.FeedbackButtons(""))

// feedbackClick returns the bot.EncodeFeedback id of a click on a vote
// button, in either form ever posted: the vote split between block id and
// action id (voteBlock), or whole in the value of a button whose action id
// starts with feedbackPrefix. ok is false for any other button.
func feedbackClick(act *slackgo.BlockAction) (id string, ok bool) {
	switch {
	case strings.HasPrefix(act.BlockID, bot.FeedbackPrefix):
		return act.BlockID + "|" + act.ActionID, true
	case strings.HasPrefix(act.ActionID, feedbackPrefix):
		return act.Value, true
	}
	return "", false
}

// voteActions is the actions block of vote buttons in plain structs that
// encode to the same JSON as slack-go's ActionBlock of ButtonBlockElements
// without values or emoji flags (TestVoteBlockJSON): slack-go's types,
// with their interfaces and optional fields, made the buttons under every
// answer cost as much to encode as recording the question.
type voteActions struct {
	Type     slackgo.MessageBlockType `json:"type"`
	BlockID  string                   `json:"block_id"`
	Elements []voteButton             `json:"elements"`
}

type voteButton struct {
	Type     slackgo.MessageElementType `json:"type"`
	Text     voteText                   `json:"text"`
	ActionID string                     `json:"action_id"`
}

type voteText struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

func (v *voteActions) BlockType() slackgo.MessageBlockType { return v.Type }
func (v *voteActions) ID() string                          { return v.BlockID }

// onFeedback records a vote button click (value: its bot.EncodeFeedback
// id) and acknowledges it only to the member (an ephemeral message through
// response_url, or chat.postEphemeral); a 👎 offers the reasons as buttons.
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
			msg.Blocks = append(msg.Blocks, voteBlock(v.AnswerID, bot.ReasonButtons(v.AnswerID)))
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
