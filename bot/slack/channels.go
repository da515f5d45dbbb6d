package slack

import (
	"context"
	"fmt"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// CheckChannelID reports whether id looks like a Slack channel id (the same
// rule as slack.onboarding.channels).
func CheckChannelID(id string) error {
	if !channelIDRE.MatchString(strings.TrimSpace(id)) {
		return fmt.Errorf("%q is not a channel id (C0123ABCD: open the channel's details, the id is at the bottom)", id)
	}
	return nil
}

func checkChannels(ids []string) error {
	for i, id := range ids {
		if err := CheckChannelID(id); err != nil {
			return fmt.Errorf("slack.channels[%d]: %w", i, err)
		}
	}
	return nil
}

// inList reports whether mentions in channel are answered: slack.channels
// is empty, lists it, or it is a DM (D...). Thread replies carry their
// channel's id, so threads follow their channel.
func (a *Adapter) inList(channel string) bool {
	if len(a.cfg.Channels) == 0 || strings.HasPrefix(channel, "D") {
		return true
	}
	for _, id := range a.cfg.Channels {
		if strings.TrimSpace(id) == channel {
			return true
		}
	}
	return false
}

// mentionOutside handles a mention outside slack.channels: with
// slack.outside_note set, the note goes to the mentioner only (ephemeral,
// in the thread); else nothing is posted.
func (a *Adapter) mentionOutside(user, channel, thread string) {
	note := strings.TrimSpace(a.cfg.OutsideNote)
	if note == "" {
		a.log.Debug("slack: mention outside slack.channels ignored", "channel", channel)
		return
	}
	a.spawn("outside note", func(ctx context.Context) {
		_ = a.post(ctx, channel, thread, user, render(&bot.Answer{Answered: true, Body: note}))
	})
}

// outsideNote adds slack.outside_note to a slash command's answer in a
// channel outside slack.channels.
func (a *Adapter) outsideNote(channel string, ans *bot.Answer) *bot.Answer {
	note := strings.TrimSpace(a.cfg.OutsideNote)
	if note == "" || ans == nil || bot.IsSilent(ans) || a.inList(channel) {
		return ans
	}
	c := *ans
	c.Note = strings.TrimSpace(strings.TrimSpace(c.Note) + " " + note)
	return &c
}
