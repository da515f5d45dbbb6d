package discord

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/careerbot-dev/careerbot/bot"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Adapter serves the bot's commands on Discord. It implements bot.Adapter.
type Adapter struct {
	cfg     Config
	ans     bot.Answerer
	reg     *bot.Registry
	log     *slog.Logger
	pub     ed25519.PublicKey
	intents discordgo.Intent
	client  *http.Client
	dialer  *websocket.Dialer
	rest    *discordgo.Session // REST calls only; gateway sessions are per shard
	onb     *onboarding
	chans   *channelFilter // discord.channels
	// channelKinds caches GET /channels/{id}: threads, forum posts, parents.
	channelKinds channelCache

	appID     atomic.Value                    // string
	botID     atomic.Value                    // string
	baseCtx   atomic.Pointer[context.Context] // Run's context, for work that outlives a request
	running   atomic.Bool
	readyN    atomic.Int32 // shards connected (gateway) or 1 (http)
	wantReady atomic.Int32
	inflight  tracker
	register  sync.Once
	// unregistered counts the commands the last registration left out.
	unregistered atomic.Int32
	warned       sync.Once // message-content warning
	observer     bot.ObserverSlot
	feedback     bot.Slot[bot.FeedbackTaker] // 👍/👎 on answers; empty: no buttons
	state        bot.Slot[bot.SharedState]   // shared claims (SetState); empty: process memory

	now        func() time.Time
	minBackoff time.Duration
	maxBackoff time.Duration
}

// New builds a Discord adapter. ans answers requests (a *bot.Router), reg is
// the command registry the slash commands are built from.
func New(cfg Config, ans bot.Answerer, reg *bot.Registry, logger *slog.Logger) (*Adapter, error) {
	if ans == nil || reg == nil {
		return nil, errors.New("discord: New needs an Answerer and a Registry")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg.setDefaults()
	pub, err := cfg.validate()
	if err != nil {
		return nil, err
	}
	intents, _ := cfg.intents()
	onb, err := newOnboarding(&cfg, reg, intents)
	if err != nil {
		return nil, err
	}
	a := &Adapter{
		cfg: cfg, ans: ans, reg: reg, log: logger.With("adapter", "discord"), pub: pub, intents: intents, onb: onb,
		now: time.Now, minBackoff: time.Second, maxBackoff: 2 * time.Minute, chans: newChannelFilter(cfg),
		channelKinds: channelCache{max: 10000},
	}
	a.appID.Store(cfg.ApplicationID)
	a.botID.Store("")
	bg := context.Background()
	a.baseCtx.Store(&bg)
	a.client = &http.Client{Timeout: 20 * time.Second, Transport: newRewriter(cfg.APIURL)}
	a.dialer = &websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: 20 * time.Second,
		NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := (&net.Dialer{Timeout: 20 * time.Second, KeepAlive: 30 * time.Second}).DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return &deadlineConn{Conn: c, idle: gatewayReadIdle}, nil
		}}
	a.rest = a.newSession()
	return a, nil
}

// Name is "discord".
func (a *Adapter) Name() string { return "discord" }

// Ready reports whether every shard is connected (gateway mode) or the
// adapter is serving (http mode).
func (a *Adapter) Ready() bool {
	w := a.wantReady.Load()
	return w > 0 && a.readyN.Load() >= w
}

func (a *Adapter) base() context.Context { return *a.baseCtx.Load() }

// sendInThreads is the Send Messages in Threads permission (1 << 38):
// without it replies to mentions in threads and forum posts fail with
// Missing Permissions in servers that do not grant it to everyone.
const sendInThreads = 1 << 38

// InviteURL is the OAuth2 URL that adds the bot to a server with the scopes
// it needs (bot + applications.commands) and the permissions to answer.
func (a *Adapter) InviteURL() string {
	id := a.appID.Load().(string)
	if id == "" {
		id = "YOUR_APPLICATION_ID"
	}
	// View Channels, Send Messages, Embed Links, Read Message History, and
	// Send Messages in Threads (mentions in threads and forum posts).
	perms := 1024 | 2048 | 16384 | 65536 | sendInThreads
	if a.onb != nil && a.onb.anyRoles {
		perms |= manageRoles // interest roles
	}
	return fmt.Sprintf("https://discord.com/oauth2/authorize?client_id=%s&scope=bot+applications.commands&permissions=%d", url.QueryEscape(id), perms)
}

// newSession makes a discordgo session that talks to cfg.APIURL and never
// reconnects on its own (Run does, so it can stop on fatal close codes).
func (a *Adapter) newSession() *discordgo.Session {
	s, _ := discordgo.New("Bot " + a.cfg.Token) // New never fails
	s.Client = a.client
	s.Dialer = a.dialer
	s.ShouldReconnectOnError = false
	s.ShouldRetryOnRateLimit = true
	s.StateEnabled = false
	s.LogLevel = dgLogLevel // routed into slog by Run (routeDiscordgoLog)
	s.MaxRestRetries = 3
	s.UserAgent = "DiscordBot (https://github.com/careerbot, 1) careerbot"
	s.Identify.Intents = a.intents
	s.Identify.Properties.Browser = "careerbot"
	s.Identify.Properties.Device = "careerbot"
	return s
}

// gatewayReadIdle bounds a silent gateway connection: Discord acks a
// heartbeat every ~41 s, so two minutes without a byte means it is dead
// (discordgo itself sets no read deadline, so Open could wait for HELLO
// forever).
const gatewayReadIdle = 2 * time.Minute

type deadlineConn struct {
	net.Conn
	idle time.Duration
}

func (c *deadlineConn) Read(p []byte) (int, error) {
	_ = c.Conn.SetReadDeadline(time.Now().Add(c.idle))
	return c.Conn.Read(p)
}

// rewriter sends requests aimed at discordgo's built-in endpoints
// (https://discord.com/api/v9/...) to the configured API base instead.
type rewriter struct {
	base http.RoundTripper
	to   string
}

func newRewriter(apiURL string) http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	// Answers in flight each make a REST call (up to bot.LimitConfig's
	// MaxInFlight, 64 by default): keep that many connections for reuse, or
	// over HTTP/1.1 (a self-hosted API, plain http) every burst would dial
	// and close connections. (discord.com speaks HTTP/2: one connection.)
	t.MaxIdleConns = 256
	t.MaxIdleConnsPerHost = 128
	return &rewriter{base: t, to: apiURL}
}

func (t *rewriter) RoundTrip(r *http.Request) (*http.Response, error) {
	u := r.URL.String()
	if t.to == discordgo.EndpointAPI || !strings.HasPrefix(u, discordgo.EndpointAPI) {
		return t.base.RoundTrip(r)
	}
	nu, err := url.Parse(t.to + strings.TrimPrefix(u, discordgo.EndpointAPI))
	if err != nil {
		return nil, err
	}
	r2 := r.Clone(r.Context())
	r2.URL = nu
	r2.Host = ""
	return t.base.RoundTrip(r2)
}

// Run registers the commands and serves until ctx ends (nil) or Discord
// refuses the bot for a reason only the admin can fix (an error saying what).
func (a *Adapter) Run(ctx context.Context) error {
	if !a.running.CompareAndSwap(false, true) {
		return errors.New("discord: Run called twice")
	}
	// In-flight answers finish after shutdown starts (bounded by
	// answer_timeout and the wait below) instead of failing half-way.
	base := context.WithoutCancel(ctx)
	a.baseCtx.Store(&base)
	defer routeDiscordgoLog(a.log)()
	defer a.waitInflight(10 * time.Second)
	a.log.Info("discord adapter starting", "mode", a.cfg.Mode, "api", a.cfg.APIURL,
		"guilds", len(a.cfg.GuildIDs), "shards", a.cfg.ShardCount)
	if a.cfg.Mode == ModeHTTP {
		if err := a.registerCommands(ctx); err != nil {
			return err
		}
		if a.CommandsUnregistered() > 0 {
			a.inflight.Add()
			go func() {
				defer a.inflight.Done()
				if err := a.registerLoop(ctx, true); err != nil {
					a.log.Error("discord command registration failed", "err", err)
				}
			}()
		}
		a.wantReady.Store(1)
		a.readyN.Store(1)
		a.obs().AdapterUp("discord", true)
		a.log.Info("discord http-interactions mode ready: set the Interactions Endpoint URL in the Developer Portal to https://YOUR_HOST/discord/interactions",
			"invite", a.InviteURL())
		<-ctx.Done()
		a.readyN.Store(0)
		a.obs().AdapterUp("discord", false)
		return nil
	}
	shards := []int{0}
	if a.cfg.ShardCount > 1 {
		if a.cfg.ShardID != nil {
			shards = []int{*a.cfg.ShardID}
		} else {
			shards = shards[:0]
			for i := 0; i < a.cfg.ShardCount; i++ {
				shards = append(shards, i)
			}
		}
	}
	a.wantReady.Store(int32(len(shards)))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, len(shards))
	for _, id := range shards {
		go func() { errc <- a.runShard(ctx, id) }()
	}
	var first error
	for range shards {
		if err := <-errc; err != nil && first == nil {
			first = err
			cancel()
		}
	}
	return first
}

func (a *Adapter) waitInflight(max time.Duration) {
	if !a.inflight.wait(max) {
		a.log.Warn("discord: shutting down with answers still in flight")
	}
}

// tracker counts work in flight (bot.Inflight: it may be added to while
// someone waits, as HTTP interactions can arrive during shutdown).
type tracker struct{ bot.Inflight }

func (t *tracker) wait(d time.Duration) bool { return t.Wait(d) }

// runShard keeps one gateway connection up: it reconnects (resuming) after
// network drops and returns an error only on a fatal close code.
func (a *Adapter) runShard(ctx context.Context, shard int) error {
	s := a.newSession()
	if a.cfg.ShardCount > 1 {
		s.ShardID, s.ShardCount = shard, a.cfg.ShardCount
	}
	log := a.log.With("shard", shard)
	dropped := make(chan struct{}, 1)
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
		select {
		case dropped <- struct{}{}:
		default:
		}
	})
	s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
		if ic == nil || ic.Interaction == nil {
			return
		}
		a.guard("interaction", func() { a.onGatewayInteraction(ic.Interaction) })
	})
	s.AddHandler(func(s *discordgo.Session, m *discordgo.MessageCreate) {
		if m == nil || m.Message == nil {
			return
		}
		if a.botID.Load().(string) == "" && s != nil && s.State != nil {
			// A message can be dispatched before afterReady has run: the
			// session's state already knows who we are from READY.
			s.State.RLock()
			if u := s.State.User; u != nil && u.ID != "" {
				a.botID.CompareAndSwap("", u.ID)
			}
			s.State.RUnlock()
		}
		a.guard("message", func() { a.onMessage(m.Message) })
	})
	s.AddHandler(func(_ *discordgo.Session, m *discordgo.GuildMemberAdd) {
		if m == nil || m.Member == nil {
			return
		}
		a.guard("member add", func() { a.onMemberAdd(m.Member) })
	})
	backoff := time.Duration(0)
	connected, reconnecting := false, false
	for {
		if ctx.Err() != nil {
			return nil
		}
		err := s.Open()
		if errors.Is(err, discordgo.ErrWSAlreadyOpen) {
			err = nil
		}
		if err != nil {
			if fatal := a.fatalGateway(err); fatal != nil {
				log.Error("discord gateway refused the bot", "err", fatal)
				return fatal
			}
			backoff = min(max(backoff*2, a.minBackoff), a.maxBackoff)
			wait := backoff/2 + rand.N(backoff/2+1)
			log.Warn("discord gateway connection failed; retrying", "api", a.cfg.APIURL, "err", a.restError(err), "retry_in", wait.Round(time.Millisecond))
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(wait):
			}
			continue
		}
		backoff = 0
		if !connected {
			connected = true
			a.readyN.Add(1)
			a.obs().AdapterUp("discord", a.Ready())
		}
		if reconnecting {
			reconnecting = false
			a.obs().Reconnect("discord")
		}
		a.afterReady(ctx, s, log)
		select {
		case <-ctx.Done():
			a.readyN.Add(-1)
			a.obs().AdapterUp("discord", false)
			_ = s.Close()
			return nil
		case <-dropped:
			connected, reconnecting = false, true
			a.readyN.Add(-1)
			a.obs().AdapterUp("discord", false)
			log.Warn("discord gateway connection lost; reconnecting")
		}
	}
}

// afterReady records who we are and registers the commands once.
func (a *Adapter) afterReady(ctx context.Context, s *discordgo.Session, log *slog.Logger) {
	if s.State != nil {
		s.State.RLock()
		if u := s.State.User; u != nil && u.ID != "" {
			a.botID.Store(u.ID)
		}
		if app := s.State.Application; app != nil && app.ID != "" && a.appID.Load().(string) == "" {
			a.appID.Store(app.ID)
		}
		s.State.RUnlock()
	}
	log.Info("discord gateway connected", "bot_user", a.botID.Load())
	a.register.Do(func() {
		a.inflight.Add()
		go func() {
			defer a.inflight.Done()
			if err := a.registerLoop(ctx, false); err != nil {
				log.Error("discord command registration failed", "err", err)
			}
			log.Info("discord bot invite link (scopes bot + applications.commands)", "url", a.InviteURL())
		}()
	})
}

// fatalGateway turns close codes only the admin can fix into an error that
// says what to do; nil means "retry".
func (a *Adapter) fatalGateway(err error) error {
	var ce *websocket.CloseError
	if !errors.As(err, &ce) {
		return nil
	}
	switch ce.Code {
	case 4004:
		return fmt.Errorf("discord: the gateway rejected the bot token (close 4004 %q): discord.token is wrong or was reset; copy a new one from the Developer Portal (your application → Bot → Reset Token)", ce.Text)
	case 4014:
		var priv []string
		if a.intents&discordgo.IntentMessageContent != 0 {
			priv = append(priv, "Message Content Intent")
		}
		if a.intents&discordgo.IntentGuildMembers != 0 {
			priv = append(priv, "Server Members Intent")
		}
		if a.intents&discordgo.IntentGuildPresences != 0 {
			priv = append(priv, "Presence Intent")
		}
		return fmt.Errorf("discord: the gateway refused privileged intents (close 4014 %q): enable %s in the Developer Portal (your application → Bot → Privileged Gateway Intents), or remove them from discord.intents", ce.Text, strings.Join(priv, " and "))
	case 4013:
		return fmt.Errorf("discord: the gateway says the intents are invalid (close 4013 %q): check discord.intents", ce.Text)
	case 4010:
		return fmt.Errorf("discord: invalid shard (close 4010 %q): discord.shard_id must be below discord.shard_count", ce.Text)
	case 4011:
		return fmt.Errorf("discord: sharding required (close 4011 %q): the bot is in too many servers for one connection; set discord.shard_count (Discord recommends a count at GET /gateway/bot)", ce.Text)
	case 4012:
		return fmt.Errorf("discord: invalid API version (close 4012 %q): discord.api_url must end in /api/v9/", ce.Text)
	}
	return nil
}

// guard runs f with a panic barrier and counts it as in flight.
func (a *Adapter) guard(what string, f func()) {
	a.inflight.Add()
	defer a.inflight.Done()
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("panic in discord handler", "handler", what, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		}
	}()
	f()
}

// answer asks the engine within discord.answer_timeout, never panicking
// and never returning nil.
func (a *Adapter) answer(ctx context.Context, req *bot.Request) *bot.Answer {
	return bot.AnswerSafely(ctx, a.ans, req, a.cfg.AnswerTimeout, a.log)
}

// restError describes a REST failure for logs, with a fix where we know
// one, naming the URL actually called (discord.api_url), not discordgo's
// built-in https://discord.com/api/v9/.
func (a *Adapter) restError(err error) error {
	err = a.realURL(err)
	var re *discordgo.RESTError
	if !errors.As(err, &re) || re.Response == nil {
		return err
	}
	code := 0
	if re.Message != nil {
		code = re.Message.Code
	}
	switch {
	case re.Response.StatusCode == http.StatusUnauthorized:
		return fmt.Errorf("discord rejected discord.token (401 Unauthorized): copy a new bot token from the Developer Portal (your application → Bot → Reset Token): %w", err)
	case code == 50001 || re.Response.StatusCode == http.StatusForbidden:
		return fmt.Errorf("discord refused access (%d, code %d): invite the bot with the scopes bot and applications.commands, and check discord.application_id and discord.guild_ids: %w", re.Response.StatusCode, code, err)
	}
	return err
}

// realURL rewrites the URL in a transport error (*url.Error, made by
// http.Client from the request discordgo built) to the one the rewriter
// really called.
func (a *Adapter) realURL(err error) error {
	var ue *url.Error
	if err == nil || !errors.As(err, &ue) || a.cfg.APIURL == discordgo.EndpointAPI {
		return err
	}
	if rest, ok := strings.CutPrefix(ue.URL, discordgo.EndpointAPI); ok {
		ue.URL = a.cfg.APIURL + rest
	}
	return err
}

func isUnauthorized(err error) bool {
	var re *discordgo.RESTError
	return errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized
}
