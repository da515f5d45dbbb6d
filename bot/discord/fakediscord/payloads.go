package fakediscord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"
)

// Interaction types.
const (
	InteractionPing           = 1
	InteractionCommand        = 2
	InteractionComponent      = 3
	InteractionAutocomplete   = 4
	InteractionModalSubmit    = 5
	ResponsePong              = 1
	ResponseMessage           = 4
	ResponseDeferredMessage   = 5
	ResponseDeferredUpdate    = 6
	ResponseUpdateMessage     = 7
	ResponseAutocompleteReply = 8
)

// User is a Discord user as the fake sends it.
type User struct {
	ID       string
	Username string
	Bot      bool
}

func (u User) json() map[string]any {
	name := u.Username
	if name == "" {
		name = "user" + u.ID
	}
	return map[string]any{"id": u.ID, "username": name, "discriminator": "0", "global_name": name,
		"avatar": nil, "bot": u.Bot}
}

// Opt is one option of a slash command interaction (string type unless Type is set).
type Opt struct {
	Name    string
	Value   any
	Type    int // default 3 (string)
	Focused bool
}

// Str is a string option.
func Str(name, value string) Opt { return Opt{Name: name, Value: value} }

// Focused is the option being typed in an autocomplete interaction.
func Focused(name, value string) Opt { return Opt{Name: name, Value: value, Focused: true} }

// Interaction is an interaction payload ready to be dispatched or posted.
type Interaction struct {
	ID      string
	Token   string
	Payload map[string]any
}

// JSON encodes the payload.
func (in Interaction) JSON() []byte {
	b, _ := json.Marshal(in.Payload)
	return b
}

// CallbackPath is the REST path of the interaction's initial response.
func (in Interaction) CallbackPath() string {
	return "/interactions/" + in.ID + "/" + in.Token + "/callback"
}

// OriginalPath is the REST path that edits the interaction's original response.
func (in Interaction) OriginalPath(appID string) string {
	return "/webhooks/" + appID + "/" + in.Token + "/messages/@original"
}

// FollowupPath is the REST path that posts follow-up messages.
func (in Interaction) FollowupPath(appID string) string {
	return "/webhooks/" + appID + "/" + in.Token
}

func (s *Server) interaction(typ int, u User, guildID, channelID string, data map[string]any) Interaction {
	id, token := s.NewID(), "itok-"+s.NewID()
	p := map[string]any{
		"id": id, "application_id": s.opts.ApplicationID, "type": typ, "token": token, "version": 1,
		"channel_id": channelID, "locale": "en-US", "app_permissions": "0",
		"entitlements": []any{}, "authorizing_integration_owners": map[string]any{},
	}
	if data != nil {
		p["data"] = data
	}
	if guildID != "" {
		p["guild_id"] = guildID
		p["guild_locale"] = "en-US"
		p["context"] = 0
		roles, _ := s.memberRoles(guildID, u.ID)
		m := s.memberJSON(u, roles)
		m["permissions"] = "0"
		p["member"] = m
	} else {
		p["context"] = 1
		p["user"] = u.json()
	}
	if channelID != "" {
		ct := 0
		if guildID == "" {
			ct = 1
		}
		p["channel"] = map[string]any{"id": channelID, "type": ct}
	}
	return Interaction{ID: id, Token: token, Payload: p}
}

func optsJSON(opts []Opt) []any {
	out := []any{}
	for _, o := range opts {
		t := o.Type
		if t == 0 {
			t = 3
		}
		m := map[string]any{"name": o.Name, "type": t, "value": o.Value}
		if o.Focused {
			m["focused"] = true
		}
		out = append(out, m)
	}
	return out
}

// SlashCommand builds an APPLICATION_COMMAND interaction. An empty guildID
// makes it a DM interaction (user instead of member).
func (s *Server) SlashCommand(u User, guildID, channelID, name string, opts ...Opt) Interaction {
	return s.interaction(InteractionCommand, u, guildID, channelID, map[string]any{
		"id": s.NewID(), "name": name, "type": 1, "options": optsJSON(opts)})
}

// Autocomplete builds an APPLICATION_COMMAND_AUTOCOMPLETE interaction; one
// option should be Focused.
func (s *Server) Autocomplete(u User, guildID, channelID, name string, opts ...Opt) Interaction {
	return s.interaction(InteractionAutocomplete, u, guildID, channelID, map[string]any{
		"id": s.NewID(), "name": name, "type": 1, "options": optsJSON(opts)})
}

// Button builds a MESSAGE_COMPONENT interaction for a button click. message
// is the message the button is on (may be nil; its id is filled in).
func (s *Server) Button(u User, guildID, channelID, customID string, message map[string]any) Interaction {
	if message == nil {
		message = map[string]any{}
	}
	if _, ok := message["id"]; !ok {
		message["id"] = s.NewID()
	}
	message["channel_id"] = channelID
	if _, ok := message["author"]; !ok {
		message["author"] = s.botUser()
	}
	in := s.interaction(InteractionComponent, u, guildID, channelID, map[string]any{
		"custom_id": customID, "component_type": 2})
	in.Payload["message"] = message
	return in
}

// Select builds a MESSAGE_COMPONENT interaction for a string select menu
// submitted with values. message is the message the menu is on (may be nil).
// In a guild, the member's roles are those the fake knows (SetMemberRoles
// and role PUT/DELETE calls).
func (s *Server) Select(u User, guildID, channelID, customID string, values []string, message map[string]any) Interaction {
	in := s.Button(u, guildID, channelID, customID, message)
	vs := []any{}
	for _, v := range values {
		vs = append(vs, v)
	}
	in.Payload["data"] = map[string]any{"custom_id": customID, "component_type": 3, "values": vs}
	return in
}

// Ping builds a PING interaction (HTTP mode endpoint check).
func (s *Server) Ping() Interaction {
	id, token := s.NewID(), "itok-"+s.NewID()
	return Interaction{ID: id, Token: token, Payload: map[string]any{
		"id": id, "application_id": s.opts.ApplicationID, "type": InteractionPing, "token": token, "version": 1}}
}

// SendInteraction dispatches INTERACTION_CREATE over the gateway.
func (s *Server) SendInteraction(in Interaction) error {
	return s.Dispatch("INTERACTION_CREATE", in.Payload)
}

// WaitResponse waits for the interaction's initial response (callback POST)
// and returns the call; decode its Body as {"type":..,"data":{..}}.
func (s *Server) WaitResponse(in Interaction, timeout time.Duration) (Call, error) {
	return s.WaitCall(timeout, Match(http.MethodPost, in.CallbackPath()))
}

// WaitEdit waits for an edit of the interaction's original response.
func (s *Server) WaitEdit(in Interaction, timeout time.Duration) (Call, error) {
	return s.WaitCall(timeout, Match(http.MethodPatch, in.OriginalPath(s.opts.ApplicationID)))
}

// Sign signs an HTTP interaction body as Discord does: Ed25519 over the
// timestamp followed by the body. It returns the two header values.
func Sign(priv ed25519.PrivateKey, body []byte, at time.Time) (signature, timestamp string) {
	timestamp = strconv.FormatInt(at.Unix(), 10)
	sig := ed25519.Sign(priv, append([]byte(timestamp), body...))
	return hex.EncodeToString(sig), timestamp
}

// PostInteraction POSTs a signed interaction to an HTTP-mode endpoint (the
// fake's own key: configure the bot with PublicKeyHex) and returns the
// response status and body.
func (s *Server) PostInteraction(url string, in Interaction) (int, []byte, error) {
	body := in.JSON()
	sig, ts := Sign(s.priv, body, time.Now())
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", sig)
	req.Header.Set("X-Signature-Timestamp", ts)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, b, err
}

// Message is a MESSAGE_CREATE the fake sent.
type Message struct {
	ID        string
	ChannelID string
	GuildID   string
}

// SendMessage dispatches MESSAGE_CREATE for a message by author. An empty
// guildID makes it a DM. Mentions are listed in "mentions" (write
// "<@id>" in content yourself to make it look like a real mention).
func (s *Server) SendMessage(author User, guildID, channelID, content string, mentions ...User) (Message, error) {
	id := s.NewID()
	ms := []any{}
	for _, m := range mentions {
		ms = append(ms, m.json())
	}
	p := map[string]any{
		"id": id, "channel_id": channelID, "author": author.json(), "content": content,
		"timestamp": time.Now().UTC().Format(time.RFC3339), "tts": false, "mention_everyone": false,
		"mentions": ms, "mention_roles": []any{}, "attachments": []any{}, "embeds": []any{},
		"components": []any{}, "pinned": false, "type": 0,
	}
	if guildID != "" {
		p["guild_id"] = guildID
		p["member"] = map[string]any{"roles": []any{}, "joined_at": "2024-01-01T00:00:00+00:00"}
	}
	if err := s.Dispatch("MESSAGE_CREATE", p); err != nil {
		return Message{}, err
	}
	return Message{ID: id, ChannelID: channelID, GuildID: guildID}, nil
}

// SendMemberAdd dispatches GUILD_MEMBER_ADD for a user joining a guild.
func (s *Server) SendMemberAdd(guildID string, u User) error {
	if guildID == "" {
		return fmt.Errorf("fakediscord: GUILD_MEMBER_ADD needs a guild id")
	}
	s.mu.Lock()
	if s.members[guildID] == nil {
		s.members[guildID] = map[string][]string{}
	}
	s.members[guildID][u.ID] = []string{}
	s.mu.Unlock()
	return s.Dispatch("GUILD_MEMBER_ADD", map[string]any{
		"guild_id": guildID, "user": u.json(), "nick": nil, "roles": []any{},
		"joined_at": time.Now().UTC().Format(time.RFC3339), "deaf": false, "mute": false, "pending": false,
	})
}

// SendMemberRemove dispatches GUILD_MEMBER_REMOVE for a user leaving a guild
// (the fake forgets the member's roles).
func (s *Server) SendMemberRemove(guildID string, u User) error {
	s.mu.Lock()
	delete(s.members[guildID], u.ID)
	s.mu.Unlock()
	return s.Dispatch("GUILD_MEMBER_REMOVE", map[string]any{"guild_id": guildID, "user": u.json()})
}
