package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
)

func parse(t *testing.T, env map[string]string, args ...string) *Main {
	t.Helper()
	m := NewMain()
	m.Getenv = func(k string) string { return env[k] }
	if err := m.ParseFlags(args); err != nil {
		t.Fatalf("%v: %v", args, err)
	}
	return m
}

func TestEnvironmentWithoutConfigFile(t *testing.T) {
	env := map[string]string{}
	for _, e := range envVars {
		env[e.Name] = "from-" + e.Name
	}
	m := parse(t, env, "serve")
	c := m.Config
	got := map[string]string{
		"CAREERBOT_HTTP_LISTEN": c.HTTP.Listen, "CAREERBOT_CONTENT_DIR": c.ContentDir,
		"DISCORD_TOKEN": c.Discord.Token, "DISCORD_APPLICATION_ID": c.Discord.ApplicationID, "DISCORD_PUBLIC_KEY": c.Discord.PublicKey,
		"SLACK_BOT_TOKEN": c.Slack.BotToken, "SLACK_APP_TOKEN": c.Slack.AppToken, "SLACK_SIGNING_SECRET": c.Slack.SigningSecret,
	}
	if len(got) != len(envVars) {
		t.Fatalf("test covers %d variables, envVars has %d", len(got), len(envVars))
	}
	for name, v := range got {
		if v != "from-"+name {
			t.Errorf("%s not applied: got %q", name, v)
		}
	}
	// Unset variables leave the defaults.
	if m := parse(t, nil, "serve"); m.Config.HTTP.Listen != "127.0.0.1:8080" || m.Config.Discord.Enabled() {
		t.Errorf("defaults changed without environment: %+v", m.Config.HTTP)
	}
}

func TestEnvironmentUnderConfigFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "c.yaml")
	// The file sets slack.bot_token (it wins) and says nothing of discord
	// (the environment fills it in).
	os.WriteFile(p, []byte("slack:\n  bot_token: from-file\n"), 0o644)
	m := parse(t, map[string]string{"DISCORD_TOKEN": "env-token", "SLACK_BOT_TOKEN": "env-slack"}, "serve", "--config", p)
	if m.Config.Discord.Token != "env-token" || m.Config.Slack.BotToken != "from-file" {
		t.Errorf("discord.token %q (want env-token), slack.bot_token %q (want from-file)", m.Config.Discord.Token, m.Config.Slack.BotToken)
	}
}

// DISCORD_TOKEN reaches the adapter: a wrong token in the environment stops
// serve with Discord's explanation, as a wrong token in the file does.
func TestServeDiscordTokenFromEnvironment(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	p := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(p, []byte("discord:\n  api_url: "+f.APIURL+"\n"), 0o644)
	env := map[string]string{"DISCORD_TOKEN": "wrong", "CAREERBOT_HTTP_LISTEN": freeAddr(t)}
	_, errOut, code := run(t, "", env, "serve", "--config", p)
	if code != 1 || !strings.Contains(errOut, "discord") || !strings.Contains(strings.ToLower(errOut), "token") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
}
