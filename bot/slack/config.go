package slack

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// Config is the `slack:` section of careerbot's configuration.
type Config struct {
	// BotToken is the Bot User OAuth Token (xoxb-...). The adapter starts
	// only when it is set.
	BotToken string `yaml:"bot_token"`
	// AppToken is the app-level token (xapp-..., scope connections:write)
	// that Socket Mode needs.
	AppToken string `yaml:"app_token"`
	// SigningSecret verifies requests in HTTP mode (Basic Information ›
	// App Credentials › Signing Secret).
	SigningSecret string `yaml:"signing_secret"`
	// Mode is "socket" (default: no public URL needed) or "http" (Slack
	// posts to /slack/commands, /slack/events and /slack/interactive).
	Mode string `yaml:"mode"`
	// APIURL is the Web API base (default https://slack.com/api/); tests and
	// Slack-compatible servers point it elsewhere.
	APIURL string `yaml:"api_url"`
	// Ephemeral shows slash-command answers only to the asker (default true).
	Ephemeral *bool `yaml:"ephemeral"`
	// CommandPrefix is stripped from slash command names, for workspaces
	// where the commands were created as e.g. /cb-salary (default "").
	CommandPrefix string `yaml:"command_prefix"`
	// CatchAll is the slash command that takes any command or question
	// (default "career": `/career salary CA`, `/career what certs help?`).
	CatchAll string `yaml:"catch_all_command"`
	// SlowAnswer is how long a slash command waits for the engine before it
	// acks empty and posts the answer through response_url (default 2s;
	// Slack's deadline is 3s).
	SlowAnswer time.Duration `yaml:"slow_answer"`
	// AnswerTimeout bounds one answer (default 1m); a slash command's late
	// answer then says it took too long.
	AnswerTimeout time.Duration `yaml:"answer_timeout"`
	// ThreadReplies answers replies in a thread the bot answered in without
	// a new mention (default true). Needs the message.channels and
	// message.groups event subscriptions (slack-app-manifest.yaml).
	ThreadReplies *bool `yaml:"thread_replies"`
	// ChannelContextTTL is how long the bot keeps one member's context in a
	// channel outside threads (slash commands there; default 10m).
	ChannelContextTTL time.Duration `yaml:"channel_context_ttl"`
	// PingTimeout: reconnect when Slack sends no websocket PING for this
	// long (default 30s).
	PingTimeout time.Duration `yaml:"ping_timeout"`
	// MaxConcurrent bounds the questions answered at the same time (default 16).
	MaxConcurrent int `yaml:"max_concurrent"`
	// Channels limits where mentions are answered: channel ids (C..., G...);
	// thread replies follow their channel. Empty: every channel the bot is
	// in. DMs, slash commands and buttons work everywhere.
	Channels []string `yaml:"channels"`
	// OutsideNote, when set, is sent (visible only to the member) in reply
	// to a mention outside Channels, and added to slash-command answers
	// there. Empty: such mentions are ignored.
	OutsideNote string `yaml:"outside_note"`
	// Onboarding welcomes new members (see OnboardingConfig and README.md).
	Onboarding OnboardingConfig `yaml:"onboarding"`

	// Now is the clock used to check request timestamps (default time.Now).
	Now func() time.Time `yaml:"-"`
	// HTTPClient is used for the Web API and response_url (default: a
	// client with a 15 s timeout).
	HTTPClient *http.Client `yaml:"-"`
}

// Enabled reports whether the Slack adapter should start.
func (c Config) Enabled() bool { return strings.TrimSpace(c.BotToken) != "" }

// withDefaults returns c with defaults applied, or an error naming the
// setting to fix.
func (c Config) withDefaults() (Config, error) {
	c.BotToken = strings.TrimSpace(c.BotToken)
	c.AppToken = strings.TrimSpace(c.AppToken)
	c.SigningSecret = strings.TrimSpace(c.SigningSecret)
	c.Mode = strings.ToLower(strings.TrimSpace(c.Mode))
	if c.Mode == "" {
		c.Mode = "socket"
	}
	if c.APIURL == "" {
		c.APIURL = "https://slack.com/api/"
	}
	if !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return c, fmt.Errorf("slack.api_url %q is not an http(s) URL", c.APIURL)
	}
	if c.Ephemeral == nil {
		t := true
		c.Ephemeral = &t
	}
	c.CommandPrefix = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(c.CommandPrefix)), "/")
	if c.CatchAll == "" {
		c.CatchAll = "career"
	}
	c.CatchAll = strings.TrimPrefix(strings.ToLower(c.CatchAll), "/")
	if c.SlowAnswer <= 0 {
		c.SlowAnswer = 2 * time.Second
	}
	if c.SlowAnswer > 2500*time.Millisecond {
		c.SlowAnswer = 2500 * time.Millisecond // leave time for the ack to reach Slack
	}
	if c.AnswerTimeout <= 0 {
		c.AnswerTimeout = time.Minute
	}
	if c.ThreadReplies == nil {
		t := true
		c.ThreadReplies = &t
	}
	if c.ChannelContextTTL <= 0 {
		c.ChannelContextTTL = bot.DefaultChannelConversationTTL
	}
	if c.PingTimeout <= 0 {
		c.PingTimeout = 30 * time.Second
	}
	if c.MaxConcurrent <= 0 {
		c.MaxConcurrent = 16
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{Timeout: 15 * time.Second}
	}

	switch {
	case c.BotToken == "":
		return c, errors.New("slack.bot_token is empty: set it to the app's Bot User OAuth Token (xoxb-...)")
	case strings.HasPrefix(c.BotToken, "xapp-"):
		return c, errors.New("slack.bot_token holds an app-level token (xapp-...): put it in slack.app_token and set slack.bot_token to the Bot User OAuth Token (xoxb-...)")
	case strings.HasPrefix(c.BotToken, "xoxp-"):
		return c, errors.New("slack.bot_token holds a user token (xoxp-...): use the Bot User OAuth Token (xoxb-...) from OAuth & Permissions")
	}
	if err := checkChannels(c.Channels); err != nil {
		return c, err
	}
	switch c.Mode {
	case "socket":
		switch {
		case c.AppToken == "":
			return c, errors.New("slack.app_token is empty: Socket Mode needs an app-level token (xapp-...) with the connections:write scope (Basic Information › App-Level Tokens), or set slack.mode: http")
		case strings.HasPrefix(c.AppToken, "xoxb-"), strings.HasPrefix(c.AppToken, "xoxp-"):
			return c, errors.New("slack.app_token holds an OAuth token (xox...): Socket Mode needs an app-level token (xapp-...) with the connections:write scope")
		}
	case "http":
		if c.SigningSecret == "" {
			return c, errors.New("slack.signing_secret is empty: HTTP mode verifies every request with the app's Signing Secret (Basic Information › App Credentials)")
		}
	default:
		return c, fmt.Errorf("slack.mode %q: use socket or http", c.Mode)
	}
	return c, nil
}
