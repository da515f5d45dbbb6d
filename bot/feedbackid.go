package bot

import "strings"

// FeedbackPrefix starts every encoded feedback button id (Discord custom
// ids; on Slack the block id and action id joined by "|", and the values of
// buttons posted before that): "fb1|ANSWERID|up", "fb1|ANSWERID|down" and
// "fb1|ANSWERID|down|REASON". Always well under MaxFollowUpID.
const FeedbackPrefix = "fb1|"

// EncodeFeedback packs a vote into a button id.
func EncodeFeedback(v Vote) string {
	id := FeedbackPrefix + v.AnswerID + "|" + v.Value
	if v.Reason != "" {
		id += "|" + v.Reason
	}
	return id
}

// DecodeFeedback reads a button id made by EncodeFeedback; the vote is
// checked again by FeedbackTaker.
func DecodeFeedback(id string) (Vote, bool) {
	rest, ok := strings.CutPrefix(id, FeedbackPrefix)
	if !ok {
		return Vote{}, false
	}
	parts := strings.Split(rest, "|")
	if len(parts) < 2 || len(parts) > 3 || !ValidAnswerID(parts[0]) || (parts[1] != VoteUp && parts[1] != VoteDown) {
		return Vote{}, false
	}
	v := Vote{AnswerID: parts[0], Value: parts[1]}
	if len(parts) == 3 {
		if ReasonLabel(parts[2]) == "" || v.Value != VoteDown {
			return Vote{}, false
		}
		v.Reason = parts[2]
	}
	return v, true
}

// FeedbackButtons are the 👍/👎 buttons under an answer, as votes.
func FeedbackButtons(answerID string) []Vote {
	return []Vote{{AnswerID: answerID, Value: VoteUp}, {AnswerID: answerID, Value: VoteDown}}
}

// ReasonButtons are the reasons offered after a 👎.
func ReasonButtons(answerID string) []Vote {
	out := make([]Vote, 0, len(FeedbackReasons))
	for _, r := range FeedbackReasons {
		out = append(out, Vote{AnswerID: answerID, Value: VoteDown, Reason: r.Code})
	}
	return out
}

// VoteLabel is a vote button's label.
func VoteLabel(v Vote) string {
	switch {
	case v.Reason != "":
		return ReasonLabel(v.Reason)
	case v.Value == VoteUp:
		return "👍 Helpful"
	default:
		return "👎 Not helpful"
	}
}

// Feedback acknowledgements, shown only to the member who voted.
const (
	FeedbackThanksUp     = "Thanks for the 👍: glad it helped. You can change your vote at any time."
	FeedbackAskReason    = "Thanks for the 👎. What was wrong with the answer?"
	FeedbackThanksReason = "Thanks: noted. Guide editors read these to fix and extend the guides."
	FeedbackGone         = "That answer is too old to vote on now. Ask again and vote on the new answer."
	FeedbackFailed       = "Sorry, I couldn't record that vote just now. Please try again later."
)

// FeedbackReply is the acknowledgement for a vote's result: the text to
// show and whether to offer the reason buttons.
func FeedbackReply(v Vote, err error) (text string, askReason bool) {
	switch ErrorCode(err) {
	case "":
	case ENOTFOUND:
		return FeedbackGone, false
	case EINTERNAL:
		return FeedbackFailed, false
	default:
		return ErrorMessage(err), false
	}
	switch {
	case v.Value == VoteUp:
		return FeedbackThanksUp, false
	case v.Reason == "":
		return FeedbackAskReason, true
	}
	return FeedbackThanksReason, false
}
