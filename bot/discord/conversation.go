package discord

import (
	"context"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot-dev/careerbot/bot"
)

// Conversations on Discord: a thread or forum post is one conversation (its
// channel id), a DM channel another, and anything else one member in one
// channel for discord.channel_context_ttl, so two members are never mixed. A
// reply to a bot answer is a follow-up in the conversation of the place it
// is written in: in a channel, the replier's own.

// channelCache remembers what GET /channels/{id} said about a guild
// channel: whether it is a thread or forum post, and a thread's parent
// (the forum, for a post). Both discord.channels and the conversation keys
// use it, so each channel is looked up once. Bounded: when full it starts
// over.
type channelCache struct {
	mu  sync.Mutex
	max int
	m   map[string]channelInfo
}

type channelInfo struct {
	thread bool
	parent string // a thread's channel; "" for channels (a category does not count)
}

func (c *channelCache) get(id string) (channelInfo, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ci, ok := c.m[id]
	return ci, ok
}

func (c *channelCache) put(id string, ci channelInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= max(c.max, 1) {
		c.m = map[string]channelInfo{}
	}
	c.m[id] = ci
}

// channelInfo looks a guild channel up once (failures are not cached).
func (a *Adapter) channelInfo(ctx context.Context, channelID string) (channelInfo, error) {
	if ci, ok := a.channelKinds.get(channelID); ok {
		return ci, nil
	}
	c, err := a.rest.Channel(channelID, discordgo.WithContext(ctx))
	if err != nil {
		return channelInfo{}, err
	}
	ci := channelInfo{thread: c.IsThread()}
	if ci.thread {
		ci.parent = c.ParentID
	}
	a.channelKinds.put(channelID, ci)
	return ci, nil
}

// isThread reports whether a guild channel is a thread or forum post. A
// failed lookup counts as a channel (the member's own short conversation)
// and is tried again next time.
func (a *Adapter) isThread(ctx context.Context, guildID, channelID string) bool {
	if guildID == "" || channelID == "" {
		return false
	}
	ctx, cancel := context.WithTimeout(ctx, 1500*time.Millisecond)
	defer cancel()
	ci, err := a.channelInfo(ctx, channelID)
	if err != nil {
		a.log.Debug("discord: could not tell whether a channel is a thread; treating it as a channel",
			"channel", channelID, "err", a.restError(err))
		return false
	}
	return ci.thread
}

// place is where a member asked: a DM (no guild), a thread or forum post,
// or a channel.
func (a *Adapter) place(ctx context.Context, guildID, channelID, userID string) bot.Place {
	return bot.Place{Platform: "discord", Team: guildID, Channel: channelID, User: userID,
		DM: guildID == "", IsThread: a.isThread(ctx, guildID, channelID), ChannelTTL: a.cfg.ChannelContextTTL}
}

// interactionIncoming is a slash command or button as a bot.Incoming
// (the place is resolved later, inside the deadline: it may need a REST
// lookup).
func interactionIncoming(i *discordgo.Interaction, command string, options map[string]string) bot.Incoming {
	uid, name := userOf(i)
	return bot.Incoming{Place: bot.Place{Platform: "discord", Team: i.GuildID, Channel: i.ChannelID, User: uid},
		UserName: name, Command: command, Options: options}
}

// request resolves in's place and builds the request.
func (a *Adapter) request(ctx context.Context, in bot.Incoming) *bot.Request {
	p := a.place(ctx, in.Team, in.Channel, in.User)
	in.Place = p
	return bot.NewRequest(in)
}

// replyToAnswer reports whether m replies to one of the bot's messages.
func replyToAnswer(m *discordgo.Message, self string) bool {
	return m.MessageReference != nil && m.ReferencedMessage != nil && m.ReferencedMessage.Author != nil &&
		m.ReferencedMessage.Author.ID == self
}
