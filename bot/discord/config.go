package discord

import (
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/careerbot-dev/careerbot/bot"
)

// DefaultAPIURL is Discord's REST base (API v9).
const DefaultAPIURL = "https://discord.com/api/v9/"

// Modes.
const (
	ModeGateway = "gateway"
	ModeHTTP    = "http"
)

// Config is the `discord:` section of the configuration.
type Config struct {
	Token         string   `yaml:"token"`          // bot token (Developer Portal → Bot → Reset Token)
	ApplicationID string   `yaml:"application_id"` // looked up with the token when empty
	GuildIDs      []string `yaml:"guild_ids"`      // register commands per guild (instant); empty = global
	APIURL        string   `yaml:"api_url"`        // REST base; default https://discord.com/api/v9/
	Mode          string   `yaml:"mode"`           // "gateway" (default) or "http"
	PublicKey     string   `yaml:"public_key"`     // hex Ed25519 key, required in http mode
	ShardID       *int     `yaml:"shard_id"`       // this process's shard; unset with shard_count > 1 = run all shards
	ShardCount    int      `yaml:"shard_count"`    // 0 or 1: no sharding
	Ephemeral     bool     `yaml:"ephemeral"`      // answers visible only to the asker
	Intents       []string `yaml:"intents"`        // extra gateway intents: message_content, guild_members
	// DeferAfter is how long an interaction waits for the engine before it is
	// deferred (and the answer edited in later). Discord's deadline is 3 s.
	DeferAfter time.Duration `yaml:"defer_after"`
	// AnswerTimeout bounds one answer (the interaction token lasts 15 minutes).
	AnswerTimeout time.Duration `yaml:"answer_timeout"`
	// ChannelContextTTL is how long the bot keeps one member's context in a
	// channel outside threads and DMs (default 10m): short, so a later
	// question is not read against an old one.
	ChannelContextTTL time.Duration `yaml:"channel_context_ttl"`
	// RegisterCommands: sync slash commands at start (default true).
	RegisterCommands *bool `yaml:"register_commands"`
	// Channels limits where mentions are answered: channel ids; threads and
	// forum posts count as their parent channel. Empty: everywhere. DMs,
	// slash commands and buttons work everywhere.
	Channels []string `yaml:"channels"`
	// OutsideNote, when set, is the reply to a mention outside Channels and
	// a note added to slash-command answers there. Empty: such mentions are
	// ignored and slash commands answer as usual.
	OutsideNote string `yaml:"outside_note"`
	// Onboarding welcomes new members and offers interest roles (see
	// OnboardingConfig and README.md).
	Onboarding OnboardingConfig `yaml:"onboarding"`
}

// Enabled reports whether the section asks for a Discord adapter.
func (c Config) Enabled() bool { return strings.TrimSpace(c.Token) != "" }

func (c *Config) setDefaults() {
	c.Token = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(c.Token), "Bot "))
	if c.APIURL == "" {
		c.APIURL = DefaultAPIURL
	}
	if !strings.HasSuffix(c.APIURL, "/") {
		c.APIURL += "/"
	}
	if c.Mode == "" {
		c.Mode = ModeGateway
	}
	c.Mode = strings.ToLower(c.Mode)
	if c.DeferAfter <= 0 {
		c.DeferAfter = 2 * time.Second
	}
	if c.DeferAfter > 2500*time.Millisecond {
		c.DeferAfter = 2500 * time.Millisecond
	}
	if c.AnswerTimeout <= 0 {
		c.AnswerTimeout = 2 * time.Minute
	}
	if c.ChannelContextTTL <= 0 {
		c.ChannelContextTTL = bot.DefaultChannelConversationTTL
	}
	if c.AnswerTimeout > 14*time.Minute {
		c.AnswerTimeout = 14 * time.Minute
	}
	if c.ShardCount <= 0 {
		c.ShardCount = 1
	}
}

func (c *Config) validate() (ed25519.PublicKey, error) {
	if c.Token == "" {
		return nil, fmt.Errorf("discord.token is empty: copy the bot token from the Discord Developer Portal (your application → Bot → Reset Token)")
	}
	u, err := url.Parse(c.APIURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("discord.api_url %q is not an http(s) URL", c.APIURL)
	}
	if c.Mode != ModeGateway && c.Mode != ModeHTTP {
		return nil, fmt.Errorf("discord.mode %q: use \"gateway\" or \"http\"", c.Mode)
	}
	if c.ShardID != nil && (*c.ShardID < 0 || *c.ShardID >= c.ShardCount) {
		return nil, fmt.Errorf("discord.shard_id %d must be between 0 and discord.shard_count-1 (%d)", *c.ShardID, c.ShardCount-1)
	}
	if _, err := c.intents(); err != nil {
		return nil, err
	}
	for i, id := range c.Channels {
		if err := CheckChannelID(id); err != nil {
			return nil, fmt.Errorf("discord.channels[%d]: %w", i, err)
		}
	}
	var pub ed25519.PublicKey
	if c.PublicKey != "" || c.Mode == ModeHTTP {
		b, err := hex.DecodeString(strings.TrimSpace(c.PublicKey))
		if err != nil || len(b) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("discord.public_key must be the 64-hex-digit \"Public Key\" from the Developer Portal (General Information); http mode needs it")
		}
		pub = ed25519.PublicKey(b)
	}
	if c.Mode == ModeHTTP && c.ApplicationID == "" {
		return nil, fmt.Errorf("discord.application_id is required in http mode (Developer Portal → General Information → Application ID)")
	}
	return pub, nil
}

// baseIntents are what the adapter needs without privileged intents:
// guild messages and DMs (mentions and DMs carry their content anyway).
const baseIntents = discordgo.IntentGuilds | discordgo.IntentGuildMessages | discordgo.IntentDirectMessages

func (c *Config) intents() (discordgo.Intent, error) {
	in := baseIntents
	for _, name := range c.Intents {
		switch strings.ToLower(strings.TrimSpace(strings.ReplaceAll(name, "-", "_"))) {
		case "message_content", "messagecontent", "message":
			in |= discordgo.IntentMessageContent
		case "guild_members", "members", "server_members":
			in |= discordgo.IntentGuildMembers
		case "guild_presences", "presences", "presence":
			in |= discordgo.IntentGuildPresences
		case "":
		default:
			return 0, fmt.Errorf("discord.intents: unknown intent %q (known: message_content, guild_members, guild_presences)", name)
		}
	}
	return in, nil
}
