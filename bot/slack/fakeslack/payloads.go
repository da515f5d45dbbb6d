package fakeslack

import (
	"encoding/json"
	"fmt"
	"net/url"
	"time"
)

// EventCallback wraps an inner event (see AppMention, DirectMessage) in the
// outer event_callback payload Slack delivers, with event id eventID.
func (s *Server) EventCallback(eventID string, inner map[string]any) map[string]any {
	return map[string]any{
		"token":      "verification-token-unused",
		"team_id":    s.TeamID,
		"api_app_id": s.AppID,
		"event":      inner,
		"type":       "event_callback",
		"event_id":   eventID,
		"event_time": time.Now().Unix(),
		"authorizations": []map[string]any{{"enterprise_id": nil, "team_id": s.TeamID,
			"user_id": s.BotUserID, "is_bot": true, "is_enterprise_install": false}},
		"is_ext_shared_channel": false,
		"event_context":         "4-fake",
	}
}

// AppMention is an app_mention event: user wrote text (which should start
// with "<@BOTUSERID>") in channel at ts; threadTS is "" outside threads.
func (s *Server) AppMention(user, channel, ts, threadTS, text string) map[string]any {
	ev := map[string]any{"type": "app_mention", "user": user, "text": text, "ts": ts,
		"channel": channel, "event_ts": ts, "team": s.TeamID}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	return ev
}

// DirectMessage is a message.im event: user wrote text in the DM channel.
func (s *Server) DirectMessage(user, channel, ts, text string) map[string]any {
	return map[string]any{"type": "message", "channel_type": "im", "user": user, "text": text,
		"ts": ts, "channel": channel, "event_ts": ts, "team": s.TeamID,
		"client_msg_id": fmt.Sprintf("msg-%s", ts)}
}

// SlashCommand is the payload of a slash command (Socket Mode sends it as a
// JSON object, HTTP mode as a form; see Form). It gets a fresh response_url.
func (s *Server) SlashCommand(user, channel, command, text string) map[string]string {
	return map[string]string{
		"token": "verification-token-unused", "team_id": s.TeamID, "team_domain": "fake",
		"channel_id": channel, "channel_name": "general", "user_id": user,
		"user_name": "user-" + user, "command": command, "text": text,
		"api_app_id": s.AppID, "is_enterprise_install": "false",
		"response_url": s.NewResponseURL(), "trigger_id": "13345224609.738474920.8088930838d88f008e0",
	}
}

// Form encodes a slash command payload as Slack's HTTP delivery does.
func Form(payload map[string]string) []byte {
	v := url.Values{}
	for k, x := range payload {
		v.Set(k, x)
	}
	return []byte(v.Encode())
}

// Container describes where a clicked button's message lives.
type Container struct {
	Channel   string
	MessageTS string
	ThreadTS  string // "" when the message is not in a thread
	Ephemeral bool
}

// Button is a button as a block_actions payload names it: the block_id of
// its actions block, its action_id and value ("" when it has none).
type Button struct {
	BlockID, ActionID, Value string
}

// BlockActions is the block_actions payload for user clicking the button
// with actionID and value in a block "followups" on a message in c. It
// gets a fresh response_url.
func (s *Server) BlockActions(user string, c Container, actionID, value string) map[string]any {
	return s.Click(user, c, Button{BlockID: "followups", ActionID: actionID, Value: value})
}

// Click is the block_actions payload for user clicking button b on a
// message in c, as Slack sends it: the button's block_id and action_id,
// and its value only when it has one. It gets a fresh response_url.
func (s *Server) Click(user string, c Container, b Button) map[string]any {
	action := map[string]any{"action_id": b.ActionID, "block_id": b.BlockID,
		"text": map[string]any{"type": "plain_text", "text": "button"},
		"type": "button", "action_ts": "1700000000.000001"}
	if b.Value != "" {
		action["value"] = b.Value
	}
	container := map[string]any{"type": "message", "message_ts": c.MessageTS,
		"channel_id": c.Channel, "is_ephemeral": c.Ephemeral}
	msg := map[string]any{"type": "message", "ts": c.MessageTS, "bot_id": s.BotID, "text": "answer"}
	if c.ThreadTS != "" {
		container["thread_ts"] = c.ThreadTS
		msg["thread_ts"] = c.ThreadTS
	}
	p := map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": user, "username": "user-" + user, "name": "user-" + user, "team_id": s.TeamID},
		"api_app_id":   s.AppID,
		"token":        "verification-token-unused",
		"container":    container,
		"trigger_id":   "123.456.abc",
		"team":         map[string]any{"id": s.TeamID, "domain": "fake"},
		"channel":      map[string]any{"id": c.Channel, "name": "general"},
		"response_url": s.NewResponseURL(),
		"actions":      []map[string]any{action},
	}
	if !c.Ephemeral {
		p["message"] = msg
	}
	return p
}

// InteractiveForm encodes an interactive payload as Slack's HTTP delivery
// does: a form with one field, payload, holding the JSON.
func InteractiveForm(payload any) []byte {
	b, err := json.Marshal(payload)
	if err != nil {
		panic(err)
	}
	return []byte(url.Values{"payload": {string(b)}}.Encode())
}

// TeamJoin is a team_join event: user (a member id, U...) joined the
// workspace. Set fields of the "user" object (is_bot, deleted, ...) on the
// returned map to vary it.
func (s *Server) TeamJoin(user string) map[string]any {
	ts := fmt.Sprintf("%d.000100", time.Now().Unix())
	return map[string]any{"type": "team_join", "event_ts": ts, "user": map[string]any{
		"id": user, "team_id": s.TeamID, "name": "user-" + user, "real_name": "User " + user,
		"deleted": false, "is_bot": false, "is_app_user": false, "is_restricted": false,
		"tz": "America/Los_Angeles", "profile": map[string]any{"display_name": "user-" + user, "real_name": "User " + user},
	}}
}

// MemberJoinedChannel is a member_joined_channel event: user joined the
// public channel (C...) or private channel (G...) channel.
func (s *Server) MemberJoinedChannel(user, channel string) map[string]any {
	kind := "C"
	if len(channel) > 0 && channel[0] == 'G' {
		kind = "G"
	}
	return map[string]any{"type": "member_joined_channel", "user": user, "channel": channel,
		"channel_type": kind, "team": s.TeamID, "event_ts": fmt.Sprintf("%d.000200", time.Now().Unix())}
}

// AppHomeOpened is an app_home_opened event: user opened the app's Home tab.
func (s *Server) AppHomeOpened(user string) map[string]any {
	return map[string]any{"type": "app_home_opened", "user": user, "channel": "D" + user,
		"tab": "home", "event_ts": fmt.Sprintf("%d.000300", time.Now().Unix())}
}
