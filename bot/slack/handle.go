package slack

import (
	"context"
	"regexp"
	"strings"

	slackgo "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/careerbot-dev/careerbot/bot"
)

// slashInput is a slash command, from Socket Mode or HTTP.
type slashInput struct {
	Command, Text, UserID, UserName, ChannelID, TeamID, ResponseURL string
}

func slashFrom(c slackgo.SlashCommand) slashInput {
	return slashInput{Command: c.Command, Text: c.Text, UserID: c.UserID, UserName: c.UserName,
		ChannelID: c.ChannelID, TeamID: c.TeamID, ResponseURL: c.ResponseURL}
}

var (
	slackTokenRE   = regexp.MustCompile(`<([^<>]*)>`)
	leadingPunctRE = regexp.MustCompile(`^[\s:,;.!-]+`)
)

// decodeText turns Slack's message formatting back into what the user
// typed: <@U1|name> → @name, <#C1|general> → #general, <!here> → @here,
// <https://x|label> → label, &lt; → <. Mentions of the bot itself are
// removed.
func decodeText(s, botUserID string) string {
	s = slackTokenRE.ReplaceAllStringFunc(s, func(m string) string {
		inner := m[1 : len(m)-1]
		target, label, hasLabel := strings.Cut(inner, "|")
		switch {
		case strings.HasPrefix(target, "@"):
			if botUserID != "" && target[1:] == botUserID {
				return ""
			}
			if hasLabel {
				return "@" + strings.TrimPrefix(label, "@")
			}
			return target
		case strings.HasPrefix(target, "#"):
			if hasLabel {
				return "#" + label
			}
			return target
		case strings.HasPrefix(target, "!"):
			if hasLabel {
				return label
			}
			name, _, _ := strings.Cut(target[1:], "^")
			return "@" + name
		case hasLabel:
			return label
		default:
			return target
		}
	})
	s = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
	return strings.TrimSpace(s)
}

// base fills the platform fields of a request.
func base(req *bot.Request, user, userName, channel, team string) *bot.Request {
	req.Platform = "slack"
	req.UserID, req.UserName, req.ChannelID, req.GuildID = user, userName, channel, team
	if req.Options == nil {
		req.Options = map[string]string{}
	}
	return req
}

// parse turns a line into a request for the router, which parses it
// inside its middleware chain (a line that does not parse is counted,
// logged and limited like any question). The answer is always nil.
func (a *Adapter) parse(line string) (*bot.Request, *bot.Answer) {
	return bot.LineRequest(bot.Request{}, line), nil
}

// emptyLine is what an empty question means: help when there is a help
// command, else the (failing) empty question.
func (a *Adapter) emptyLine() string {
	if _, ok := a.reg.Lookup("help"); ok {
		return "/help"
	}
	return ""
}

// slashLine turns a slash command into a typed line for bot.ParseLine, so
// positional parsing matches the CLI. The catch-all command takes another
// command ("salary CA", "/salary CA") or a question.
func (a *Adapter) slashLine(command, text string) (line string, catchAll bool) {
	name := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(command), "/"))
	if p := a.cfg.CommandPrefix; p != "" {
		name = strings.TrimPrefix(name, p)
	}
	text = decodeText(text, a.botUser())
	if name != a.cfg.CatchAll {
		return strings.TrimSpace("/" + name + " " + text), false
	}
	if text == "" {
		return a.emptyLine(), true
	}
	if strings.HasPrefix(text, "/") {
		return text, true
	}
	first, _, _ := strings.Cut(text, " ")
	if c, ok := a.reg.Lookup(strings.ToLower(first)); ok && c.Name != a.cfg.CatchAll {
		return "/" + text, true
	}
	if _, ok := a.reg.Lookup(a.cfg.CatchAll); ok {
		return "/" + a.cfg.CatchAll + " " + text, true
	}
	return text, true
}

// slashRequest builds the request of a slash command, or the answer to
// give when the line does not parse.
func (a *Adapter) slashRequest(in slashInput) (*bot.Request, *bot.Answer) {
	line, catchAll := a.slashLine(in.Command, in.Text)
	if _, err := bot.ParseLine(a.reg, line); err != nil && catchAll && !strings.HasPrefix(strings.TrimSpace(decodeText(in.Text, "")), "/") {
		// "/career help me choose": not a command after all, a question.
		line = decodeText(in.Text, a.botUser())
	}
	return bot.NewRequest(bot.Incoming{Place: a.place(in.TeamID, in.ChannelID, in.UserID, ""),
		UserName: in.UserName, Line: line}), nil
}

func (a *Adapter) botUser() string {
	s, _ := a.botUserID.Load().(string)
	return s
}

func (a *Adapter) ephemeral(ans *bot.Answer) string {
	if ans.Ephemeral || *a.cfg.Ephemeral {
		return slackgo.ResponseTypeEphemeral
	}
	return slackgo.ResponseTypeInChannel
}

// runSlash answers a slash command. ack sends the acknowledgement (nil:
// empty) and must be called once, within Slack's 3 s: with the answer when
// the engine is quick, else empty at once, the answer following through
// response_url (bot.Deadline).
func (a *Adapter) runSlash(in slashInput, ack func(*message) error) {
	req, _ := a.slashRequest(in)
	d := bot.Deadline{After: a.cfg.SlowAnswer, Timeout: a.cfg.AnswerTimeout, Inflight: &a.inflight, Logger: a.log}
	d.Run(a.hctx, bot.Delivery{
		Answer: func(ctx context.Context) *bot.Answer {
			release, ok := a.acquire(ctx)
			if !ok {
				return bot.ErrorAnswer(ctx.Err())
			}
			defer release()
			return a.outsideNote(in.ChannelID, a.answer(ctx, req))
		},
		OnTime: func(ans *bot.Answer) {
			if bot.IsSilent(ans) {
				_ = ack(nil) // the asker was already told they are limited
				return
			}
			msg := a.render(ans)
			msg.ResponseType = a.ephemeral(ans)
			err := ack(msg)
			if err == nil {
				return
			}
			a.log.Warn("slack: answer did not fit in the ack; sending it through response_url", "err", err)
			_ = ack(nil)
			a.goFree("slash response_url", func(ctx context.Context) { a.deliverSlash(ctx, in, msg) })
		},
		Defer: func() error {
			a.log.Debug("slack: slow answer; acking now and answering through response_url", "command", in.Command)
			_ = ack(nil)
			return nil
		},
		Late: func(ctx context.Context, ans *bot.Answer) {
			if bot.IsSilent(ans) {
				return
			}
			msg := a.render(ans)
			msg.ResponseType = a.ephemeral(ans)
			a.deliverSlash(ctx, in, msg)
		},
	})
}

// deliverSlash posts a late slash answer through response_url, falling
// back to an ephemeral message.
func (a *Adapter) deliverSlash(ctx context.Context, in slashInput, msg *message) {
	err := a.respond(ctx, in.ResponseURL, msg)
	if err == nil {
		return
	}
	a.log.Warn("slack: response_url failed; posting instead", "err", err)
	user := in.UserID
	if msg.ResponseType == slackgo.ResponseTypeInChannel {
		user = ""
	}
	_ = a.post(ctx, in.ChannelID, "", user, msg)
}

// onEvent handles one Events API callback (Socket Mode or HTTP).
func (a *Adapter) onEvent(ev slackevents.EventsAPIEvent) {
	cb, _ := ev.Data.(*slackevents.EventsAPICallbackEvent)
	now := a.cfg.Now()
	if cb != nil && a.dedup.Seen("event:"+cb.EventID, now) {
		a.log.Debug("slack: duplicate event ignored", "event_id", cb.EventID)
		return
	}
	team := ev.TeamID
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == "" || e.User == a.botUser() {
			return
		}
		if a.dedup.Seen("msg:"+e.Channel+":"+e.TimeStamp, now) {
			return
		}
		thread, kind := e.ThreadTimeStamp, bot.ChannelThread
		if thread == "" {
			// Asked in the channel, answered in a thread there: the thread
			// is the conversation.
			thread, kind = e.TimeStamp, bot.ChannelChannel
		}
		if !a.inList(e.Channel) { // slack.channels
			a.mentionOutside(e.User, e.Channel, thread)
			return
		}
		a.answerMessage(bot.Incoming{Place: a.place(team, e.Channel, e.User, thread), Kind: kind}, thread, e.Text)
	case *slackevents.MessageEvent:
		if e.ChannelType == "channel" || e.ChannelType == "group" {
			a.onThreadReply(e, team, now)
			return
		}
		if e.ChannelType != "im" || e.SubType != "" || e.BotID != "" || e.User == "" ||
			e.User == a.botUser() {
			return
		}
		if a.dedup.Seen("msg:"+e.Channel+":"+e.TimeStamp, now) {
			return
		}
		p := a.place(team, e.Channel, e.User, e.ThreadTimeStamp)
		p.DM = true
		a.answerMessage(bot.Incoming{Place: p}, e.ThreadTimeStamp, e.Text)
	case *slackevents.AppHomeOpenedEvent:
		if e.Tab == "home" && e.User != "" {
			a.spawn("app home", func(ctx context.Context) { a.publishHome(ctx, e.User, team) })
		}
	case *slackevents.TeamJoinEvent:
		a.onTeamJoin(e.User)
	case *slackevents.MemberJoinedChannelEvent:
		a.onMemberJoinedChannel(e.User, e.Channel)
	}
}

// answerMessage answers a mention, DM or thread reply in its channel (in
// thread when set); in says who asked where (Line is set here from text).
func (a *Adapter) answerMessage(in bot.Incoming, thread, text string) {
	line := decodeText(text, a.botUser())
	line = leadingPunctRE.ReplaceAllString(line, "")
	if line == "" {
		line = a.emptyLine()
	}
	in.Line = line
	a.spawn("message", func(ctx context.Context) {
		req := bot.NewRequest(in)
		ans := a.answer(ctx, req)
		if bot.IsSilent(ans) {
			return // the asker was already told they are limited
		}
		msg := a.render(ans)
		eph := ""
		if ans.Ephemeral && !isDMChannel(req.ChannelID) {
			eph = in.User // errors only to the asker
		} else {
			a.markThread(ctx, req, thread) // replies there need no mention
		}
		_ = a.post(ctx, req.ChannelID, thread, eph, msg)
	})
}

// onInteraction answers a follow-up button or records a vote (block_actions).
func (a *Adapter) onInteraction(cb slackgo.InteractionCallback) {
	if cb.Type != slackgo.InteractionTypeBlockActions {
		return
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act == nil {
			continue
		}
		if id, ok := feedbackClick(act); ok {
			a.onFeedback(cb, id)
			return
		}
		if !strings.HasPrefix(act.ActionID, followUpPrefix) {
			continue
		}
		channel := cb.Container.ChannelID
		if channel == "" {
			channel = cb.Channel.ID
		}
		team := cb.Team.ID
		if team == "" {
			team = cb.User.TeamID
		}
		f, ok := bot.ParseFollowUp(act.Value)
		// Quick starts posted before FollowUp.Quick carry it in the action id.
		quick := ok && (f.Quick || strings.HasPrefix(act.ActionID, quickStartPrefix))
		place := a.buttonPlace(cb, channel, team)
		a.spawn("button", func(ctx context.Context) {
			var ans *bot.Answer
			if quick {
				a.obs().QuickStart(platform)
			}
			if !ok {
				ans = bot.ErrorAnswer(bot.Errorf(bot.EINVALID, "That button no longer works. Try /help to see what I can do."))
			} else {
				req := bot.NewRequest(bot.Incoming{Place: place, UserName: cb.User.Name, Command: f.Command, Options: f.Options})
				req.ChannelID = channel // App Home buttons have none
				ans = a.answer(ctx, req)
			}
			a.deliverButton(ctx, cb, channel, ans)
		})
		return // a button click carries one action
	}
}

func (a *Adapter) deliverButton(ctx context.Context, cb slackgo.InteractionCallback, channel string, ans *bot.Answer) {
	if bot.IsSilent(ans) {
		return // the clicker was already told they are limited
	}
	msg := a.render(ans)
	user := cb.User.ID
	switch {
	case cb.Container.Type == "view" || channel == "":
		// App Home: answer in the DM with the bot.
		ch, _, _, err := a.api.OpenConversationContext(ctx, &slackgo.OpenConversationParameters{Users: []string{user}})
		if err != nil {
			a.log.Warn("slack: could not open DM for a button answer", "err", err)
			return
		}
		_ = a.post(ctx, ch.ID, "", "", msg)
	case cb.Container.IsEphemeral || ans.Ephemeral:
		msg.ResponseType = slackgo.ResponseTypeEphemeral
		f := false
		msg.ReplaceOriginal = &f
		if cb.ResponseURL != "" && a.respond(ctx, cb.ResponseURL, msg) == nil {
			return
		}
		_ = a.post(ctx, channel, cb.Container.ThreadTs, user, msg)
	default:
		thread := cb.Container.ThreadTs
		if thread == "" {
			thread = cb.Message.ThreadTimestamp
		}
		if thread == "" && !strings.HasPrefix(channel, "D") {
			thread = cb.Container.MessageTs
		}
		_ = a.post(ctx, channel, thread, "", msg)
	}
}
