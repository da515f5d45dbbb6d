package discord

import (
	"context"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"

	"github.com/bwmarrin/discordgo"
)

// onMessage answers a message that mentions the bot, any DM to it, or
// (with the Message Content intent) a reply to one of its answers, as a
// reply to that message: in a thread or forum post that is in the thread.
// Bots (itself included) and system messages are ignored.
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
	// A reply to a bot answer is a follow-up without a mention; its text
	// arrives only with the Message Content intent.
	reply := a.intents&discordgo.IntentMessageContent != 0 && replyToAnswer(m, self)
	if !isDM && !mentioned && !reply {
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
	name := m.Author.GlobalName
	if name == "" {
		name = m.Author.Username
	}
	if m.Member != nil && m.Member.Nick != "" {
		name = m.Member.Nick
	}
	if text == "" {
		if _, ok := a.reg.Lookup("help"); ok {
			text = "/help"
		}
	}
	ctx, cancel := context.WithTimeout(a.base(), a.cfg.AnswerTimeout)
	defer cancel()
	// Free text is parsed by the router ("/salary CA" in a mention is the
	// command); the conversation is the thread, the DM or the member's own.
	req := bot.NewRequest(bot.Incoming{Place: a.place(ctx, m.GuildID, m.ChannelID, m.Author.ID), UserName: name, Line: text})
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
