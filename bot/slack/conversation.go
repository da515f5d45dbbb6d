package slack

import (
	"context"
	"strings"
	"sync/atomic"
	"time"

	slackgo "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/careerbot-dev/careerbot/bot"
)

// threadsBox holds the adapter's bot.Threads, safe to replace while it runs.
type threadsBox struct{ p atomic.Pointer[threadsHolder] }

type threadsHolder struct{ t bot.Threads }

func (b *threadsBox) set(t bot.Threads) { b.p.Store(&threadsHolder{t}) }
func (b *threadsBox) get() bot.Threads  { return b.p.Load().t }

// SetThreads replaces where the adapter remembers the threads it answered
// in (default: in memory, 10000 threads for a day each), e.g. with a
// shared store when several replicas serve one workspace. nil keeps the
// current one.
func (a *Adapter) SetThreads(t bot.Threads) {
	if t != nil {
		a.threads.set(t)
	}
}

// threadTTL is how long a thread the bot answered in stays answerable
// without a mention.
const threadTTL = bot.DefaultThreadTTL

// threadKey names a thread for bot.Threads; it is also the thread's
// conversation key.
func threadKey(team, channel, threadTS string) string {
	return "slack:" + team + ":" + channel + ":" + threadTS
}

func isDMChannel(channel string) bool { return strings.HasPrefix(channel, "D") }

// place is where a member wrote: a DM, a thread (threadTS) or the channel.
func (a *Adapter) place(team, channel, user, threadTS string) bot.Place {
	p := bot.Place{Platform: platform, Team: team, Channel: channel, User: user,
		DM: isDMChannel(channel), ChannelTTL: a.cfg.ChannelContextTTL}
	if !p.DM {
		p.Thread = threadTS
	}
	return p
}

// buttonPlace is where a button was clicked: its message's thread, DM or
// channel; App Home buttons answer in the member's DM with the bot.
func (a *Adapter) buttonPlace(cb slackgo.InteractionCallback, channel, team string) bot.Place {
	if cb.Container.Type == "view" || channel == "" {
		return bot.Place{Platform: platform, Team: team, Channel: "home-" + cb.User.ID, User: cb.User.ID, DM: true}
	}
	thread := cb.Container.ThreadTs
	if thread == "" {
		thread = cb.Message.ThreadTimestamp
	}
	return a.place(team, channel, cb.User.ID, thread)
}

// onThreadReply answers a message in a thread the bot answered in, without
// a mention (slack.thread_replies). The bot's own messages, other bots,
// edits, joins and every other subtype are ignored, and so are messages
// that mention the bot (their app_mention event answers them).
func (a *Adapter) onThreadReply(e *slackevents.MessageEvent, team string, now time.Time) {
	if !*a.cfg.ThreadReplies || e.SubType != "" || e.BotID != "" || e.User == "" || e.User == a.botUser() ||
		e.ThreadTimeStamp == "" || e.ThreadTimeStamp == e.TimeStamp {
		return
	}
	if self := a.botUser(); self != "" && strings.Contains(e.Text, "<@"+self) {
		return
	}
	conv, ok := a.threads.get().Conversation(a.hctx, threadKey(team, e.Channel, e.ThreadTimeStamp))
	if !ok || !a.inList(e.Channel) {
		return
	}
	if a.dedup.Seen("msg:"+e.Channel+":"+e.TimeStamp, now) {
		return
	}
	in := bot.Incoming{Place: a.place(team, e.Channel, e.User, e.ThreadTimeStamp), Conversation: conv}
	a.answerMessage(in, e.ThreadTimeStamp, e.Text)
}

// markThread remembers that the bot answers in a thread, so replies there
// need no mention.
func (a *Adapter) markThread(ctx context.Context, req *bot.Request, thread string) {
	if thread == "" || isDMChannel(req.ChannelID) {
		return
	}
	a.threads.get().Mark(ctx, threadKey(req.GuildID, req.ChannelID, thread), req.Conversation, threadTTL)
}
