package bot

import (
	"strings"
	"time"
)

// DefaultChannelConversationTTL is how long the context of one member in a
// channel (outside threads and DMs) is kept: short, so a later question
// in a busy channel is not read against an old one.
const DefaultChannelConversationTTL = 10 * time.Minute

// Place is where a platform event happened. It decides the conversation a
// line belongs to:
//
//   - a DM: "<platform>:<team>:dm:<channel>" (the team is left out when
//     empty, as in Discord DMs);
//   - a thread: "<platform>:<team>:<channel>:<thread>" (a Slack thread,
//     keyed by its thread_ts), or "<platform>:<team>:<channel>" when the
//     channel is the thread (a Discord thread or forum post: IsThread);
//   - anything else: one member in one channel,
//     "<platform>:<team>:<channel>:<user>", kept for ChannelTTL only, so
//     two members talking at once are never mixed.
type Place struct {
	Platform string // "slack", "discord"
	Team     string // Slack team or Discord guild; "" in Discord DMs
	Channel  string // channel, DM or (Discord) thread id
	User     string // the member
	DM       bool   // a direct message with the bot
	Thread   string // Slack thread_ts; "" outside a thread
	IsThread bool   // Channel is itself a thread or forum post (Discord)
	// ChannelTTL is the conversation TTL of one member in a channel
	// (0: DefaultChannelConversationTTL).
	ChannelTTL time.Duration
}

// Conversation returns the place's conversation key, how long its subject
// is kept (0: the engine's default) and the ChannelKind recorded.
func (p Place) Conversation() (key string, ttl time.Duration, kind string) {
	join := func(parts ...string) string {
		out := []string{p.Platform}
		for _, s := range parts {
			if s != "" {
				out = append(out, s)
			}
		}
		return strings.Join(out, ":")
	}
	switch {
	case p.DM:
		return join(p.Team, "dm", p.Channel), 0, ChannelDM
	case p.Thread != "":
		return join(p.Team, p.Channel, p.Thread), 0, ChannelThread
	case p.IsThread:
		return join(p.Team, p.Channel), 0, ChannelThread
	}
	ttl = p.ChannelTTL
	if ttl <= 0 {
		ttl = DefaultChannelConversationTTL
	}
	return join(p.Team, p.Channel, p.User), ttl, ChannelChannel
}

// Incoming is a platform event (a message, a slash command, a button
// click) made platform-neutral. NewRequest turns it into the Request the
// router answers.
type Incoming struct {
	Place
	UserName string
	// Command and Options are a structured command (a Discord slash command
	// with options, a follow-up button): they reach the engine as they are.
	Command string
	Options map[string]string
	// Line is typed text ("/salary CA", "and in NY?"), used when Command is
	// empty: the router parses it inside its middleware chain.
	Line string
	// Conversation, when set, replaces the place's conversation (the
	// conversation of the bot answer a Discord reply refers to), with
	// ConversationTTL.
	Conversation    string
	ConversationTTL time.Duration
	// Kind, when set, replaces the ChannelKind recorded (a Slack mention in
	// a channel starts a thread but was asked in the channel).
	Kind string
}

// NewRequest is the one way adapters turn a platform event into a
// Request: platform, user and channel fields, the conversation key and
// TTL, the channel kind, and either the structured command or the typed
// line (parsed once, by the router).
func NewRequest(in Incoming) *Request {
	key, ttl, kind := in.Place.Conversation()
	if in.Conversation != "" {
		key, ttl = in.Conversation, in.ConversationTTL
	}
	if in.Kind != "" {
		kind = in.Kind
	}
	base := Request{Platform: in.Platform, UserID: in.User, UserName: in.UserName,
		ChannelID: in.Channel, GuildID: in.Team, Conversation: key, ConversationTTL: ttl}
	var req *Request
	if in.Command != "" {
		req = &base
		req.Command = in.Command
		req.Options = map[string]string{}
		for k, v := range in.Options {
			req.Options[k] = v
		}
		req.Text = FollowUp{Command: req.Command, Options: req.Options}.Line()
	} else {
		req = LineRequest(base, in.Line)
	}
	req.ChannelKind = kind
	return req
}
