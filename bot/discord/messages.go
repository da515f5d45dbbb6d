package discord

import (
	"context"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"

	"github.com/bwmarrin/discordgo"
)

// onMessage answers a message that mentions the bot, or any DM to it, as a
// reply to that message. Bots (itself included) and system messages are
// ignored.
func (a *Adapter) onMessage(m *discordgo.Message) {
	if m.Author == nil || m.Author.Bot || m.Author.System || m.WebhookID != "" {
		return
	}
	self := a.botID.Load().(string)
	if self == "" || m.Author.ID == self {
		return
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return
	}
	isDM := m.GuildID == ""
	mentioned := strings.Contains(m.Content, "<@"+self+">") || strings.Contains(m.Content, "<@!"+self+">")
	for _, u := range m.Mentions {
		if u != nil && u.ID == self {
			mentioned = true
		}
	}
	if !isDM && !mentioned {
		return
	}
	if !a.mentionAllowed(m) { // discord.channels
		return
	}
	if strings.TrimSpace(m.Content) == "" && len(m.Attachments) == 0 && len(m.Embeds) == 0 && len(m.StickerItems) == 0 {
		a.warned.Do(func() {
			a.log.Warn("discord: a message to the bot arrived without its text; enable the Message Content Intent " +
				"(Developer Portal → your application → Bot → Privileged Gateway Intents) and add message_content to discord.intents")
		})
	}
	text := strings.ReplaceAll(m.Content, "<@!"+self+">", " ")
	text = strings.TrimSpace(strings.ReplaceAll(text, "<@"+self+">", " "))
	req := &bot.Request{Platform: "discord", UserID: m.Author.ID, UserName: m.Author.GlobalName,
		ChannelID: m.ChannelID, GuildID: m.GuildID}
	if req.UserName == "" {
		req.UserName = m.Author.Username
	}
	if m.Member != nil && m.Member.Nick != "" {
		req.UserName = m.Member.Nick
	}
	if text == "" {
		if _, ok := a.reg.Lookup("help"); ok {
			req.Command, req.Text = "help", "/help"
		} else {
			req.Command, req.Options, req.Text = "ask", map[string]string{"question": ""}, ""
		}
	} else {
		req.Command, req.Options, req.Text = "ask", map[string]string{"question": text}, text
	}
	ctx, cancel := context.WithTimeout(a.base(), a.cfg.AnswerTimeout)
	defer cancel()
	ans := a.answer(ctx, req)
	if bot.IsSilent(ans) {
		// A repeated rate-limit refusal: the member already got one note
		// this episode, so post nothing.
		return
	}
	comps := a.withFeedback(ans, renderButtons(ans, false))
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	noFail := false
	msg := &discordgo.MessageSend{
		Embeds:          []*discordgo.MessageEmbed{renderEmbed(ans)},
		Components:      comps,
		AllowedMentions: replyMentions(),
		Reference:       &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &noFail},
		StickerIDs:      []string{},
	}
	_, err := a.rest.ChannelMessageSendComplex(m.ChannelID, msg, discordgo.WithContext(ctx))
	a.logSend("replying to a message", err, "channel", m.ChannelID)
}
