package discord

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot-dev/careerbot/bot"
)

// channelFilter is discord.channels: the channels where mentions and
// messages are answered. Threads and forum posts count as their parent
// channel (the forum, for a post), looked up once with GET /channels/{id}
// (Adapter.channelInfo).
// DMs are always answered; slash commands and buttons work everywhere.
type channelFilter struct {
	allowed map[string]bool // empty: everywhere
	note    string          // discord.outside_note
}

func newChannelFilter(cfg Config) *channelFilter {
	f := &channelFilter{allowed: map[string]bool{}, note: strings.TrimSpace(cfg.OutsideNote)}
	for _, id := range cfg.Channels {
		f.allowed[strings.TrimSpace(id)] = true
	}
	return f
}

// CheckChannelID reports whether id looks like a Discord channel id (a
// snowflake: 17 to 20 digits).
func CheckChannelID(id string) error {
	id = strings.TrimSpace(id)
	if len(id) < 17 || len(id) > 20 || strings.Trim(id, "0123456789") != "" {
		return fmt.Errorf("%q is not a channel id (17-20 digits: right click the channel → Copy Channel ID, with Developer Mode on)", id)
	}
	return nil
}

// inList reports whether the bot answers mentions in this channel.
func (a *Adapter) inList(ctx context.Context, guildID, channelID string) bool {
	f := a.chans
	if len(f.allowed) == 0 || guildID == "" || f.allowed[channelID] {
		return true
	}
	ci, err := a.channelInfo(ctx, channelID)
	if err != nil {
		a.log.Warn("discord: could not look up a channel's parent for discord.channels; treating it as outside the list",
			"channel", channelID, "err", a.restError(err))
		return false
	}
	parent := ci.parent // a channel's parent is its category, which does not allow its channels
	return parent != "" && f.allowed[parent]
}

// outsideNote adds discord.outside_note to a slash command's answer asked
// outside discord.channels.
func (a *Adapter) outsideNote(ctx context.Context, req *bot.Request, ans *bot.Answer) *bot.Answer {
	if a.chans.note == "" || bot.IsSilent(ans) || a.inList(ctx, req.GuildID, req.ChannelID) {
		return ans
	}
	c := *ans
	c.Note = strings.TrimSpace(strings.TrimSpace(c.Note) + " " + a.chans.note)
	return &c
}

// mentionAllowed reports whether a mention in m's channel is answered; when
// it is not and discord.outside_note is set, it replies with the note.
func (a *Adapter) mentionAllowed(m *discordgo.Message) bool {
	if len(a.chans.allowed) == 0 || m.GuildID == "" {
		return true
	}
	ctx, cancel := context.WithTimeout(a.base(), 10*time.Second)
	defer cancel()
	if a.inList(ctx, m.GuildID, m.ChannelID) {
		return true
	}
	if a.chans.note == "" {
		a.log.Debug("discord: mention outside discord.channels ignored", "channel", m.ChannelID)
		return false
	}
	noFail := false
	msg := &discordgo.MessageSend{
		Content:         bot.Clip(a.chans.note, 2000),
		AllowedMentions: replyMentions(),
		Reference:       &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &noFail},
	}
	_, err := a.rest.ChannelMessageSendComplex(m.ChannelID, msg, discordgo.WithContext(ctx))
	a.logSend("replying outside discord.channels", err, "channel", m.ChannelID)
	return false
}
