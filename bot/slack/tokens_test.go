package slack

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

func TestBadTokensStopRun(t *testing.T) {
	cases := []struct {
		name    string
		cfg     func(*Config)
		fail    func(*fakeslack.Server)
		key     string
		code    string
		mention string // what the message must say
	}{
		{name: "bot token invalid", cfg: func(c *Config) { c.BotToken = "xoxb-revoked" },
			key: "slack.bot_token", code: "invalid_auth", mention: "Bot User OAuth Token"},
		{name: "bot token wrong type", fail: func(f *fakeslack.Server) { f.Fail("auth.test", "not_allowed_token_type", -1) },
			key: "slack.bot_token", code: "not_allowed_token_type", mention: "xoxb-"},
		{name: "app token invalid", cfg: func(c *Config) { c.AppToken = "xapp-1-wrong" },
			key: "slack.app_token", code: "invalid_auth", mention: "connections:write"},
		{name: "app token wrong type", fail: func(f *fakeslack.Server) { f.Fail("apps.connections.open", "not_allowed_token_type", -1) },
			key: "slack.app_token", code: "not_allowed_token_type", mention: "xapp-"},
		{name: "app token revoked", fail: func(f *fakeslack.Server) { f.Fail("apps.connections.open", "token_revoked", -1) },
			key: "slack.app_token", code: "token_revoked", mention: "slack.app_token"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t, setup{cfg: c.cfg, noRun: true})
			if c.fail != nil {
				c.fail(h.fake)
			}
			errc := make(chan error, 1)
			go func() { errc <- h.a.Run(t.Context()) }()
			var err error
			select {
			case err = <-errc:
			case <-time.After(wait):
				t.Fatalf("Run kept retrying a bad token for %v", wait)
			}
			var te *TokenError
			if !errors.As(err, &te) {
				t.Fatalf("Run = %v, want a *TokenError", err)
			}
			if te.Key != c.key || te.Code != c.code {
				t.Errorf("TokenError{%s %s}, want {%s %s}", te.Key, te.Code, c.key, c.code)
			}
			if msg := err.Error(); !strings.Contains(msg, c.key) || !strings.Contains(msg, c.mention) {
				t.Errorf("message %q should name %s and mention %q", msg, c.key, c.mention)
			}
			if h.a.Ready() {
				t.Error("Ready after a fatal token error")
			}
		})
	}
}

func TestNewChecksConfig(t *testing.T) {
	tb := testbot.New(t)
	cases := []struct {
		cfg  Config
		want string
	}{
		{Config{}, "slack.bot_token is empty"},
		{Config{BotToken: "xapp-1-A1-123", AppToken: "xoxb-1"}, "slack.bot_token holds an app-level token"},
		{Config{BotToken: "xoxp-123", AppToken: "xapp-1"}, "user token"},
		{Config{BotToken: "xoxb-1"}, "slack.app_token is empty"},
		{Config{BotToken: "xoxb-1", AppToken: "xoxb-1"}, "slack.app_token holds an OAuth token"},
		{Config{BotToken: "xoxb-1", Mode: "http"}, "slack.signing_secret is empty"},
		{Config{BotToken: "xoxb-1", AppToken: "xapp-1", Mode: "webhook"}, `slack.mode "webhook"`},
		{Config{BotToken: "xoxb-1", AppToken: "xapp-1", APIURL: "ftp://x"}, "slack.api_url"},
	}
	for _, c := range cases {
		_, err := New(c.cfg, tb.Router, tb.Registry, nil)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("New(%+v) = %v, want an error containing %q", c.cfg, err, c.want)
		}
	}
	a, err := New(Config{BotToken: "xoxb-1", AppToken: "xapp-1"}, tb.Router, tb.Registry, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Name() != "slack" || a.cfg.Mode != "socket" || !*a.cfg.Ephemeral || a.cfg.APIURL != "https://slack.com/api/" || a.cfg.CatchAll != "career" {
		t.Errorf("defaults: %+v", a.cfg)
	}
	if !(Config{BotToken: "x"}).Enabled() || (Config{}).Enabled() {
		t.Error("Enabled should follow bot_token")
	}
}
