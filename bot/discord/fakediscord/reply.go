package fakediscord

import "time"

// SendReply dispatches MESSAGE_CREATE for a reply (type 19) by author to
// message refID, written by refAuthor (the bot's user for a reply to one
// of its answers: see BotUser). Like SendMessage, an empty guildID makes it
// a DM and mentions are listed as given: a reply without a ping lists none.
func (s *Server) SendReply(author User, guildID, channelID, content, refID string, refAuthor User, mentions ...User) (Message, error) {
	id := s.NewID()
	ms := []any{}
	for _, m := range mentions {
		ms = append(ms, m.json())
	}
	ref := map[string]any{"message_id": refID, "channel_id": channelID}
	refMsg := map[string]any{"id": refID, "channel_id": channelID, "author": refAuthor.json(), "content": "",
		"timestamp": time.Now().UTC().Format(time.RFC3339), "mentions": []any{}, "attachments": []any{},
		"embeds": []any{}, "components": []any{}, "type": 0}
	p := map[string]any{
		"id": id, "channel_id": channelID, "author": author.json(), "content": content,
		"timestamp": time.Now().UTC().Format(time.RFC3339), "tts": false, "mention_everyone": false,
		"mentions": ms, "mention_roles": []any{}, "attachments": []any{}, "embeds": []any{},
		"components": []any{}, "pinned": false, "type": 19,
		"message_reference": ref, "referenced_message": refMsg,
	}
	if guildID != "" {
		p["guild_id"] = guildID
		ref["guild_id"] = guildID
		p["member"] = map[string]any{"roles": []any{}, "joined_at": "2024-01-01T00:00:00+00:00"}
	}
	if err := s.Dispatch("MESSAGE_CREATE", p); err != nil {
		return Message{}, err
	}
	return Message{ID: id, ChannelID: channelID, GuildID: guildID}, nil
}

// BotUser is the bot's own user, as the author of its messages.
func (s *Server) BotUser() User {
	return User{ID: s.opts.BotUserID, Username: s.opts.BotName, Bot: true}
}
