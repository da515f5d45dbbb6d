package main

// envVar is an environment variable careerbot reads with or without a
// config file. A key set in the config file wins over the variable.
type envVar struct {
	Name, Key string
	set       func(c *Config, v string)
}

// envVars are the documented environment variables (README, Configuration).
var envVars = []envVar{
	{"CAREERBOT_HTTP_LISTEN", "http.listen", func(c *Config, v string) { c.HTTP.Listen = v }},
	{"CAREERBOT_CONTENT_DIR", "content_dir", func(c *Config, v string) { c.ContentDir = v }},
	{"DISCORD_TOKEN", "discord.token", func(c *Config, v string) { c.Discord.Token = v }},
	{"DISCORD_APPLICATION_ID", "discord.application_id", func(c *Config, v string) { c.Discord.ApplicationID = v }},
	{"DISCORD_PUBLIC_KEY", "discord.public_key", func(c *Config, v string) { c.Discord.PublicKey = v }},
	{"SLACK_BOT_TOKEN", "slack.bot_token", func(c *Config, v string) { c.Slack.BotToken = v }},
	{"SLACK_APP_TOKEN", "slack.app_token", func(c *Config, v string) { c.Slack.AppToken = v }},
	{"SLACK_SIGNING_SECRET", "slack.signing_secret", func(c *Config, v string) { c.Slack.SigningSecret = v }},
}

// applyEnv sets the keys of the documented environment variables that are
// set and not empty.
func applyEnv(c Config, getenv func(string) string) Config {
	for _, e := range envVars {
		if v := getenv(e.Name); v != "" {
			e.set(&c, v)
		}
	}
	return c
}
