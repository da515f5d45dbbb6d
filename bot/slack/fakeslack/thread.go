package fakeslack

import "fmt"

// ThreadReply is a message.channels event: user wrote text in channel at
// ts, as a reply in the thread threadTS ("" for a top-level message), with
// no mention of the bot unless text has one.
func (s *Server) ThreadReply(user, channel, ts, threadTS, text string) map[string]any {
	ev := map[string]any{"type": "message", "channel_type": "channel", "user": user, "text": text,
		"ts": ts, "channel": channel, "event_ts": ts, "team": s.TeamID,
		"client_msg_id": fmt.Sprintf("msg-%s", ts)}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	return ev
}
