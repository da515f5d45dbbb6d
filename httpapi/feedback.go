package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// FeedbackRequest is the body of POST /v1/feedback.
type FeedbackRequest struct {
	// AnswerID is the answer_id of a POST /v1/ask reply.
	AnswerID string `json:"answer_id"`
	// Vote is "up" or "down".
	Vote string `json:"vote"`
	// Reason, with a down vote: "wrong", "not what I asked", "out of date"
	// or "other" (codes wrong, not_asked, out_of_date, other work too).
	Reason string `json:"reason,omitempty"`
}

func jsonBody(w http.ResponseWriter, r *http.Request) bool {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
		writeError(w, http.StatusUnsupportedMediaType, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.")
		return false
	}
	return true
}

// feedback serves POST /v1/feedback: 204 when recorded, 400 for a bad vote,
// 404 for an unknown answer, 429 when rate limited like asking.
func (s *Server) feedback(w http.ResponseWriter, r *http.Request) {
	if s.cors(w, r, http.MethodPost) || !allow(w, r, http.MethodPost) || !jsonBody(w, r) {
		return
	}
	if s.opts.Feedback == nil {
		writeError(w, http.StatusNotFound, "not_found", "Feedback is not recorded here (the bot runs without a store).")
		return
	}
	var in FeedbackRequest
	dec := json.NewDecoder(r.Body)
	if err := dec.Decode(&in); err != nil {
		var re *RequestError
		errors.As(decodeError(err), &re)
		writeError(w, re.Status, re.Code, strings.ReplaceAll(re.Message, `{"text": "how much do ML engineers make?"}`, `{"answer_id": "...", "vote": "up"}`))
		return
	}
	if _, err := dec.Token(); err != io.EOF {
		writeError(w, http.StatusBadRequest, "bad_request", `The body must be one JSON object like {"answer_id": "...", "vote": "up"}, with nothing after it.`)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	err := s.opts.Feedback.Feedback(ctx, &bot.Request{Platform: Platform, UserID: s.identity(r).UserID, ChannelKind: bot.ChannelWeb},
		bot.Vote{AnswerID: strings.TrimSpace(in.AnswerID), Value: in.Vote, Reason: in.Reason})
	switch code := bot.ErrorCode(err); {
	case err == nil:
		writeJSON(w, http.StatusOK, map[string]any{"ok": true, "message": "Thanks for the feedback."})
	case code == bot.EINVALID:
		writeError(w, http.StatusBadRequest, "bad_request", bot.ErrorMessage(err))
	case code == bot.ENOTFOUND:
		writeError(w, http.StatusNotFound, "not_found", bot.ErrorMessage(err))
	case bot.IsLimited(code):
		writeError(w, http.StatusTooManyRequests, code, bot.ErrorMessage(err))
	default:
		s.logger.Warn("feedback not recorded", "err", err)
		writeError(w, http.StatusServiceUnavailable, "unavailable", "Feedback could not be recorded just now. Please try again later.")
	}
}
