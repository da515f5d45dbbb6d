package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/careerbot-dev/careerbot/bot"

	"github.com/bwmarrin/discordgo"
)

// response is an interaction response as sent on the wire (our own type so
// that autocomplete always carries a "choices" array, even an empty one).
type response struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data any                               `json:"data,omitempty"`
}

type autocompleteData struct {
	Choices []choice `json:"choices"`
}

type choice struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// sendFunc delivers the initial response: a REST callback in gateway mode,
// the HTTP response body in http mode.
type sendFunc func(*response) error

var errAlreadyResponded = errors.New("discord: interaction already answered")

// once makes a sendFunc that refuses a second initial response and tells
// whether one was sent.
func once(send sendFunc) (sendFunc, func() bool) {
	var mu sync.Mutex
	sent := false
	return func(r *response) error {
			mu.Lock()
			if sent {
				mu.Unlock()
				return errAlreadyResponded
			}
			sent = true
			mu.Unlock()
			return send(r)
		}, func() bool {
			mu.Lock()
			defer mu.Unlock()
			return sent
		}
}

// decodeInteraction parses an interaction payload; it never panics.
func decodeInteraction(b []byte) (i *discordgo.Interaction, err error) {
	defer func() {
		if p := recover(); p != nil {
			i, err = nil, fmt.Errorf("discord: bad interaction payload: %v", p)
		}
	}()
	var v discordgo.Interaction
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, err
	}
	if v.Type == 0 {
		return nil, errors.New("discord: interaction without a type")
	}
	return &v, nil
}

func (a *Adapter) onGatewayInteraction(i *discordgo.Interaction) {
	if i.ID == "" || i.Token == "" {
		// Half decoded (a payload discordgo could not read): there is
		// nothing to answer; a callback to /interactions/// would 404.
		a.log.Warn("discord: dropped an interaction without id or token", "type", i.Type.String())
		return
	}
	if !a.firstInteraction(i.ID) {
		a.log.Debug("discord: interaction already handled (here or by another replica)", "interaction", i.ID)
		return
	}
	closed := make(chan struct{})
	close(closed)
	send := func(r *response) error {
		endpoint := discordgo.EndpointInteractionResponse(i.ID, i.Token)
		_, err := a.rest.RequestWithBucketID("POST", endpoint, r, endpoint)
		return err
	}
	a.handleInteraction(i, send, closed)
}

// handleInteraction answers one interaction. acked is closed once the
// initial response has reached Discord; edits wait for it.
func (a *Adapter) handleInteraction(i *discordgo.Interaction, rawSend sendFunc, acked <-chan struct{}) {
	send, sent := once(rawSend)
	defer func() {
		p := recover()
		if p != nil {
			a.log.Error("panic handling discord interaction", "type", i.Type.String(), "panic", fmt.Sprint(p))
		}
		if !sent() && i.Type != discordgo.InteractionPing && i.Type != discordgo.InteractionApplicationCommandAutocomplete {
			a.logSendErr(i, "interaction response", send(a.notice(bot.Apology)))
		}
	}()
	switch i.Type {
	case discordgo.InteractionPing:
		a.logSendErr(i, "interaction response", send(&response{Type: discordgo.InteractionResponsePong}))
	case discordgo.InteractionApplicationCommand:
		in, ok := commandIncoming(i)
		if !ok {
			a.logSendErr(i, "interaction response", send(a.notice("I couldn't read that command. Try /help.")))
			return
		}
		st := replyStyle{}
		if in.Command == "start" {
			// The welcome panel: ephemeral, quick starts, interest menu.
			st = replyStyle{ephemeral: true, panel: true}
		}
		a.answerStyled(i, in, send, acked, st)
	case discordgo.InteractionApplicationCommandAutocomplete:
		a.autocomplete(i, send)
	case discordgo.InteractionMessageComponent:
		data, ok := i.Data.(discordgo.MessageComponentInteractionData)
		if !ok {
			a.logSendErr(i, "interaction response", send(a.notice("I couldn't read that button.")))
			return
		}
		if data.CustomID == shareID {
			a.share(i, send)
			return
		}
		if strings.HasPrefix(data.CustomID, rolePrefix) {
			a.onRoleSelect(i, data, send, acked)
			return
		}
		if strings.HasPrefix(data.CustomID, bot.FeedbackPrefix) {
			a.onFeedback(i, data.CustomID, send)
			return
		}
		f, ok := bot.ParseFollowUp(data.CustomID)
		if !ok {
			a.logSendErr(i, "interaction response", send(a.notice("That button no longer works. Try /help.")))
			return
		}
		in := interactionIncoming(i, f.Command, f.Options)
		st := replyStyle{}
		if f.Quick {
			// Quick starts answer only the member who clicked, whoever it is.
			st.ephemeral = true
			a.obs().QuickStart("discord")
		}
		if i.Message != nil && i.Message.Flags&discordgo.MessageFlagsEphemeral != 0 {
			st.ephemeral = true // a button on a private answer answers privately
		}
		a.answerStyled(i, in, send, acked, st)
	default:
		a.logSendErr(i, "interaction response", send(a.notice("I can't handle that kind of interaction.")))
	}
}

// logSendErr logs a send's error; a send error is never discarded.
func (a *Adapter) logSendErr(i *discordgo.Interaction, what string, err error) {
	if err != nil && !errors.Is(err, errAlreadyResponded) {
		a.logSend(what, err, "interaction", i.ID)
	}
}

// logSend logs the error of a call that sent something. A 2xx answer whose
// body does not decode means the server accepted what was sent: that is a
// warning about the server's reply, not a failed send.
func (a *Adapter) logSend(what string, err error, attrs ...any) {
	if err == nil {
		return
	}
	if errors.Is(err, discordgo.ErrJSONUnmarshal) {
		a.log.Warn("discord: "+what+" was accepted, but the server's answer did not decode", append(attrs, "err", err)...)
		return
	}
	a.log.Error("discord: "+what+" failed", append(attrs, "err", a.restError(err))...)
}

// notice is a short ephemeral message (errors about the interaction itself).
func (a *Adapter) notice(text string) *response {
	return &response{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{
		Content: cutText(neutralize(text), maxContent, "…"), AllowedMentions: noMentions(),
		Flags: discordgo.MessageFlagsEphemeral, Components: []discordgo.MessageComponent{}, Embeds: []*discordgo.MessageEmbed{}}}
}

// replyStyle adjusts how an answer is shown.
type replyStyle struct {
	ephemeral bool // only the member who asked or clicked sees it
	panel     bool // the /start panel: quick-start buttons and the interest menu
}

// messageData renders an answer as an interaction message.
func (a *Adapter) messageData(ans *bot.Answer) *discordgo.InteractionResponseData {
	return a.styledData(ans, replyStyle{}, "")
}

// styledData renders an answer in a style; guild picks the interest menu
// of a panel.
func (a *Adapter) styledData(ans *bot.Answer, st replyStyle, guild string) *discordgo.InteractionResponseData {
	eph := a.cfg.Ephemeral || ans.Ephemeral || st.ephemeral
	d := &discordgo.InteractionResponseData{
		Embeds:          []*discordgo.MessageEmbed{renderEmbed(ans)},
		Components:      renderButtons(ans, (a.cfg.Ephemeral || st.ephemeral) && ans.Answered && !st.panel),
		AllowedMentions: noMentions(),
	}
	if st.panel && ans.Answered {
		d.Components = a.panelComponents(quickFollowUps(a.reg, ans.FollowUps), guild)
	} else {
		d.Components = a.withFeedback(ans, d.Components)
	}
	if d.Components == nil {
		d.Components = []discordgo.MessageComponent{}
	}
	if eph {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// answerStyled answers within Discord's 3-second deadline (bot.Deadline):
// directly if the engine is quick, else by deferring and editing the
// original response. The request is built inside the deadline, where the
// place (thread or channel) may need a lookup.
func (a *Adapter) answerStyled(i *discordgo.Interaction, in bot.Incoming, send sendFunc, acked <-chan struct{}, st replyStyle) {
	deferred := &discordgo.InteractionResponseData{}
	if a.cfg.Ephemeral || st.ephemeral {
		deferred.Flags = discordgo.MessageFlagsEphemeral
	}
	d := bot.Deadline{After: a.cfg.DeferAfter, Timeout: a.cfg.AnswerTimeout, Inflight: &a.inflight.Inflight, Logger: a.log}
	d.Run(a.base(), bot.Delivery{
		Answer: func(ctx context.Context) *bot.Answer {
			req := a.request(ctx, in)
			return a.outsideNote(ctx, req, a.answer(ctx, req))
		},
		OnTime: func(ans *bot.Answer) {
			if bot.IsSilent(ans) {
				a.silentAck(i, ans, send)
				return
			}
			a.logSendErr(i, "interaction response",
				send(&response{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: a.styledData(ans, st, i.GuildID)}))
		},
		Defer: func() error {
			err := send(&response{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: deferred})
			if err != nil {
				a.logSendErr(i, "deferral", err)
				return err
			}
			a.log.Debug("discord interaction deferred", "command", in.Command, "after", a.cfg.DeferAfter)
			return nil
		},
		Late: func(_ context.Context, ans *bot.Answer) {
			select {
			case <-acked:
			case <-time.After(10 * time.Second):
			}
			// A silent refusal after a deferral: one call removes the
			// placeholder (a public one), or turns a private one into the note.
			if bot.IsSilent(ans) && deferred.Flags&discordgo.MessageFlagsEphemeral == 0 {
				a.deleteOriginal(i)
				return
			}
			d := a.styledData(ans, st, i.GuildID)
			edit := &discordgo.WebhookEdit{Embeds: &d.Embeds, Components: &d.Components, AllowedMentions: d.AllowedMentions}
			_, err := a.rest.InteractionResponseEdit(i, edit)
			a.logSend("editing the deferred response", err, "interaction", i.ID)
		},
	})
}

// silentAck answers an interaction whose answer is a repeated rate-limit
// refusal (bot.IsSilent: the member was already told once this episode)
// with one API call, since each call counts against the bot's own rate
// limit while it is being flooded. Discord insists on a response, so:
//
//   - a button or menu click gets DEFERRED_UPDATE_MESSAGE (type 6), which
//     acknowledges the click and changes nothing on screen;
//   - a slash command (which cannot use type 6) gets the short note again
//     as an ephemeral message, seen only by the member (a deferral would
//     need a second call to delete its placeholder).
func (a *Adapter) silentAck(i *discordgo.Interaction, ans *bot.Answer, send sendFunc) {
	if i.Type == discordgo.InteractionMessageComponent {
		a.logSendErr(i, "silent acknowledgement", send(&response{Type: discordgo.InteractionResponseDeferredMessageUpdate}))
		return
	}
	a.logSendErr(i, "silent acknowledgement", send(a.notice(ans.Body)))
}

// deleteOriginal removes a deferred placeholder that should show nothing.
func (a *Adapter) deleteOriginal(i *discordgo.Interaction) {
	ctx, cancel := context.WithTimeout(a.base(), 30*time.Second)
	defer cancel()
	if err := a.rest.InteractionResponseDelete(i, discordgo.WithContext(ctx)); err != nil {
		a.log.Warn("discord: deleting a silent refusal's placeholder failed", "interaction", i.ID, "err", a.restError(err))
	}
}

// autocomplete answers with at most 25 choices well inside the deadline.
func (a *Adapter) autocomplete(i *discordgo.Interaction, send sendFunc) {
	out := autocompleteData{Choices: []choice{}}
	defer func() {
		a.logSendErr(i, "autocomplete response", send(&response{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: out}))
	}()
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok {
		return
	}
	cmd, ok := a.reg.Lookup(data.Name)
	if !ok {
		return
	}
	var focused *discordgo.ApplicationCommandInteractionDataOption
	for _, o := range data.Options {
		if o != nil && o.Focused {
			focused = o
		}
	}
	if focused == nil {
		return
	}
	opt, ok := cmd.Option(focused.Name)
	if !ok {
		return
	}
	typed := optionString(focused)
	var got []bot.Choice
	if opt.Complete != nil {
		ctx, cancel := context.WithTimeout(a.base(), 1500*time.Millisecond)
		defer cancel()
		ch := make(chan []bot.Choice, 1)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					a.log.Error("panic in autocomplete", "command", cmd.Name, "option", opt.Name, "panic", fmt.Sprint(p))
					ch <- nil
				}
			}()
			ch <- opt.Complete(ctx, typed, maxChoices)
		}()
		select {
		case got = <-ch:
		case <-ctx.Done():
			a.log.Warn("discord autocomplete too slow", "command", cmd.Name, "option", opt.Name)
		}
	} else {
		got = filterChoices(opt.Choices, typed)
	}
	seen := map[string]bool{}
	for _, c := range got {
		if len(out.Choices) == maxChoices {
			break
		}
		if c.Value == "" || ulen(c.Value) > maxChoiceValue || seen[c.Value] {
			continue
		}
		seen[c.Value] = true
		name := c.Name
		if name == "" {
			name = c.Value
		}
		out.Choices = append(out.Choices, choice{Name: cutText(name, maxChoiceName, "…"), Value: c.Value})
	}
}

// filterChoices keeps fixed choices that start with, then contain, typed.
func filterChoices(all []bot.Choice, typed string) []bot.Choice {
	t := strings.ToLower(strings.TrimSpace(typed))
	if t == "" {
		return all
	}
	var pre, sub []bot.Choice
	for _, c := range all {
		n, v := strings.ToLower(c.Name), strings.ToLower(c.Value)
		switch {
		case strings.HasPrefix(n, t) || strings.HasPrefix(v, t):
			pre = append(pre, c)
		case strings.Contains(n, t) || strings.Contains(v, t):
			sub = append(sub, c)
		}
	}
	return append(pre, sub...)
}

// share posts an ephemeral answer publicly: the clicked message carries its
// embeds, so this needs no state (and works across replicas).
func (a *Adapter) share(i *discordgo.Interaction, send sendFunc) {
	if i.Message == nil || len(i.Message.Embeds) == 0 {
		a.logSendErr(i, "interaction response", send(a.notice("There is nothing to share here any more. Ask again without the share button.")))
		return
	}
	embeds := i.Message.Embeds
	if len(embeds) > 10 {
		embeds = embeds[:10]
	}
	var buttons []discordgo.MessageComponent
	for _, row := range i.Message.Components {
		r, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range r.Components {
			if b, ok := c.(*discordgo.Button); ok && b.CustomID != shareID && strings.HasPrefix(b.CustomID, bot.FollowUpPrefix) {
				buttons = append(buttons, *b)
			}
		}
	}
	comps := rows(buttons)
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	content := ""
	if uid, _ := userOf(i); uid != "" {
		content = "Shared by <@" + uid + ">"
	}
	err := send(&response{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{
		Content: content, Embeds: embeds, Components: comps, AllowedMentions: noMentions()}})
	a.logSendErr(i, "share", err)
}

// userOf returns the invoking user's id and display name.
func userOf(i *discordgo.Interaction) (id, name string) {
	var u *discordgo.User
	if i.Member != nil && i.Member.User != nil {
		u = i.Member.User
		name = i.Member.Nick
	} else if i.User != nil {
		u = i.User
	}
	if u == nil {
		return "", name
	}
	if name == "" {
		name = u.GlobalName
	}
	if name == "" {
		name = u.Username
	}
	return u.ID, name
}

func fillUser(req *bot.Request, i *discordgo.Interaction) {
	req.Platform = "discord"
	req.UserID, req.UserName = userOf(i)
	req.ChannelID, req.GuildID = i.ChannelID, i.GuildID
}

// optionString turns an option value into the raw text the core expects,
// whatever its declared type (never StringValue(), which panics on a type
// mismatch).
func optionString(o *discordgo.ApplicationCommandInteractionDataOption) string {
	switch v := o.Value.(type) {
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case nil:
		return ""
	default:
		b, _ := json.Marshal(v)
		return string(b)
	}
}

// commandIncoming reads a slash command: its options stay structured.
func commandIncoming(i *discordgo.Interaction) (bot.Incoming, bool) {
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok || data.Name == "" {
		return bot.Incoming{}, false
	}
	opts := map[string]string{}
	for _, o := range data.Options {
		if o == nil || o.Name == "" || o.Type == discordgo.ApplicationCommandOptionSubCommand ||
			o.Type == discordgo.ApplicationCommandOptionSubCommandGroup {
			continue
		}
		opts[o.Name] = optionString(o)
	}
	return interactionIncoming(i, data.Name, opts), true
}
