package main

import (
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/careerbot-dev/careerbot/bot/discord"
	"github.com/careerbot-dev/careerbot/bot/slack"
	"github.com/careerbot-dev/careerbot/internal/yamlx"
)

// checkChannels reports discord.channels and slack.channels entries that
// are not channel ids, as file:line: key: message, so a bad allow-list
// stops careerbot at start like any other bad key.
func checkChannels(c *Config, path string, doc *yaml.Node) []string {
	var msgs []string
	for _, l := range []struct {
		section string
		ids     []string
		check   func(string) error
	}{
		{"discord", c.Discord.Channels, discord.CheckChannelID},
		{"slack", c.Slack.Channels, slack.CheckChannelID},
	} {
		for i, id := range l.ids {
			if err := l.check(id); err != nil {
				line := yamlx.Line(doc, l.section, "channels", i)
				msgs = append(msgs, fmt.Sprintf("%s:%d: %s.channels[%d]: %v", path, line, l.section, i, err))
			}
		}
	}
	return msgs
}
