package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	slackgo "github.com/slack-go/slack"

	"github.com/careerbot-dev/careerbot/bot"
)

// Adapter connects careerbot to one Slack workspace. It implements
// bot.Adapter; HTTPHandler serves HTTP mode.
type Adapter struct {
	cfg    Config
	ans    bot.Answerer
	reg    *bot.Registry
	log    *slog.Logger
	api    *slackgo.Client
	verify verifier
	dedup  *dedup
	sem    chan struct{}

	onb      *onboarding
	home     homeIntro
	observer bot.ObserverSlot
	connects atomic.Int64                // Socket Mode connections made
	rejects  rejectLog                   // samples the log of unverified HTTP requests
	feedback bot.Slot[bot.FeedbackTaker] // 👍/👎 on answers; empty: no buttons

	ready     atomic.Bool
	botUserID atomic.Value // string, from auth.test
	botID     atomic.Value // string
	teamName  atomic.Value // string, from auth.test

	hctx     context.Context // lives until Run has finished its shutdown
	hcancel  context.CancelFunc
	inflight bot.Inflight // goroutines started by spawn/goFree and the deadline helper

	threads threadsBox // the threads the bot answered in (see SetThreads)
}

var _ bot.Adapter = (*Adapter)(nil)

// TokenError says which configured token Slack refused, and why.
type TokenError struct {
	Key  string // "slack.bot_token" or "slack.app_token"
	Code string // Slack's error code: invalid_auth, not_allowed_token_type, ...
}

func (e *TokenError) Error() string {
	switch {
	case e.Key == "slack.bot_token" && e.Code == "not_allowed_token_type":
		return "slack.bot_token is the wrong kind of token (not_allowed_token_type): use the Bot User OAuth Token (xoxb-...) from the app's OAuth & Permissions page, not the app-level token"
	case e.Key == "slack.bot_token":
		return fmt.Sprintf("slack.bot_token was rejected by Slack (%s): set it to the Bot User OAuth Token (xoxb-...) from the app's OAuth & Permissions page, and reinstall the app if it was revoked", e.Code)
	case e.Code == "not_allowed_token_type":
		return "slack.app_token is the wrong kind of token (not_allowed_token_type): Socket Mode needs an app-level token (xapp-...) with the connections:write scope (Basic Information › App-Level Tokens), not the bot token"
	default:
		return fmt.Sprintf("slack.app_token was rejected by Slack (%s): create an app-level token (xapp-...) with the connections:write scope under Basic Information › App-Level Tokens, and check Socket Mode is enabled", e.Code)
	}
}

// fatalCodes are Slack errors that retrying cannot fix.
var fatalCodes = map[string]bool{
	"invalid_auth": true, "not_authed": true, "account_inactive": true, "token_revoked": true,
	"token_expired": true, "not_allowed_token_type": true, "no_permission": true,
	"team_access_not_granted": true, "org_login_required": true, "ekm_access_denied": true,
}

// slackCode returns the Slack error code of err ("" if it is not one).
func slackCode(err error) string {
	var se slackgo.SlackErrorResponse
	if errors.As(err, &se) {
		return se.Err
	}
	return ""
}

// New builds the Slack adapter. It checks the configuration (which token
// goes where) but does not contact Slack; Run does.
func New(cfg Config, ans bot.Answerer, reg *bot.Registry, logger *slog.Logger) (*Adapter, error) {
	if ans == nil || reg == nil {
		return nil, errors.New("slack: New needs an answerer and a registry")
	}
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	onb, err := cfg.Onboarding.compile()
	if err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	logger = logger.With("platform", "slack")
	if onb.enabled && !onb.dm && len(onb.channels) == 0 {
		logger.Warn("slack.onboarding is enabled but welcomes nobody: set dm: true or list channels")
	}
	opts := []slackgo.Option{
		slackgo.OptionAPIURL(cfg.APIURL),
		slackgo.OptionHTTPClient(cfg.HTTPClient),
		slackgo.OptionLog(slogOutput{logger}),
	}
	if cfg.AppToken != "" {
		opts = append(opts, slackgo.OptionAppLevelToken(cfg.AppToken))
	}
	a := &Adapter{
		cfg:    cfg,
		ans:    ans,
		reg:    reg,
		log:    logger,
		api:    slackgo.New(cfg.BotToken, opts...),
		verify: verifier{secret: []byte(cfg.SigningSecret), now: cfg.Now},
		dedup:  newDedup(10000, 15*time.Minute),
		sem:    make(chan struct{}, cfg.MaxConcurrent),
		onb:    onb,
	}
	a.botUserID.Store("")
	a.botID.Store("")
	a.teamName.Store("")
	a.hctx, a.hcancel = context.WithCancel(context.Background())
	a.threads.set(bot.NewMemoryThreads(10000, cfg.Now))
	return a, nil
}

// Name returns "slack".
func (a *Adapter) Name() string { return "slack" }

// Ready reports whether the adapter is connected (Socket Mode) or serving
// (HTTP mode).
func (a *Adapter) Ready() bool { return a.ready.Load() }

// Run checks the bot token, then serves until ctx is cancelled (nil) or
// Slack refuses a token (a *TokenError naming it).
func (a *Adapter) Run(ctx context.Context) error {
	defer a.setUp(false)
	defer a.shutdown()
	if err := a.authTest(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	if a.cfg.Mode == "http" {
		a.setUp(true)
		a.log.Info("slack adapter serving HTTP mode", "paths", "/slack/commands /slack/events /slack/interactive")
		<-ctx.Done()
		return nil
	}
	return a.runSocket(ctx)
}

// shutdown lets answers in flight finish (up to 10 s), then cancels them.
func (a *Adapter) shutdown() {
	if !a.inflight.Wait(10 * time.Second) {
		a.log.Warn("slack: answers still in flight at shutdown; cancelling them")
	}
	a.hcancel()
	<-a.inflight.Idle()
}

// authTest checks the bot token and learns the bot's user id. Network
// errors are retried with backoff; token errors are fatal.
func (a *Adapter) authTest(ctx context.Context) error {
	backoff := time.Second
	for {
		var resp *slackgo.AuthTestResponse
		err := a.withRetry(ctx, "auth.test", func(ctx context.Context) error {
			var err error
			resp, err = a.api.AuthTestContext(ctx)
			return err
		})
		if err == nil {
			a.botUserID.Store(resp.UserID)
			a.botID.Store(resp.BotID)
			a.teamName.Store(resp.Team)
			a.log.Info("slack bot token accepted", "team", resp.Team, "team_id", resp.TeamID, "bot_user", resp.UserID)
			return nil
		}
		if code := slackCode(err); fatalCodes[code] {
			return &TokenError{Key: "slack.bot_token", Code: code}
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		a.log.Warn("slack auth.test failed; retrying", "err", err, "in", backoff)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return ctx.Err()
		}
		backoff = min(2*backoff, 30*time.Second)
	}
}

// withRetry runs fn, waiting out rate limits (HTTP 429 with Retry-After)
// up to 5 times.
func (a *Adapter) withRetry(ctx context.Context, what string, fn func(context.Context) error) error {
	for attempt := 0; ; attempt++ {
		err := fn(ctx)
		var rl *slackgo.RateLimitedError
		if !errors.As(err, &rl) || attempt >= 5 {
			return err
		}
		wait := min(max(rl.RetryAfter, time.Second), 2*time.Minute)
		a.log.Warn("slack rate limit; waiting", "method", what, "retry_after", wait)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
	}
}

// spawn runs fn in a goroutine with the handler context, at most
// MaxConcurrent at a time; a panic in fn is logged, never fatal.
func (a *Adapter) spawn(what string, fn func(ctx context.Context)) {
	a.started()
	go func() {
		defer a.finished()
		defer a.recover(what)
		select {
		case a.sem <- struct{}{}:
			defer func() { <-a.sem }()
		case <-a.hctx.Done():
			return
		}
		fn(a.hctx)
	}()
}

// acquire takes one of the MaxConcurrent answer slots; false when ctx
// ends first.
func (a *Adapter) acquire(ctx context.Context) (release func(), ok bool) {
	select {
	case a.sem <- struct{}{}:
		return func() { <-a.sem }, true
	case <-ctx.Done():
		return nil, false
	}
}

// goFree is spawn without the concurrency bound, for goroutines that only
// wait for an answer computed elsewhere (they must not hold a slot).
func (a *Adapter) goFree(what string, fn func(ctx context.Context)) {
	a.started()
	go func() {
		defer a.finished()
		defer a.recover(what)
		fn(a.hctx)
	}()
}

func (a *Adapter) started()  { a.inflight.Add() }
func (a *Adapter) finished() { a.inflight.Done() }

// idleCh returns a channel closed when no answer is in flight.
func (a *Adapter) idleCh() <-chan struct{} { return a.inflight.Idle() }

func (a *Adapter) recover(what string) {
	if p := recover(); p != nil {
		a.log.Error("panic in slack handler", "in", what, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
	}
}

// answer asks the engine within slack.answer_timeout; it never fails and
// never panics.
func (a *Adapter) answer(ctx context.Context, req *bot.Request) *bot.Answer {
	return bot.AnswerSafely(ctx, a.ans, req, a.cfg.AnswerTimeout, a.log)
}

// post sends msg to channel (in thread threadTS if set), only to user when
// ephemeralUser is set. If Slack refuses the blocks, it sends plain text.
func (a *Adapter) post(ctx context.Context, channel, threadTS, ephemeralUser string, msg *message) error {
	send := func(m *message) error {
		opts := []slackgo.MsgOption{
			slackgo.MsgOptionText(m.Text, false),
			slackgo.MsgOptionDisableLinkUnfurl(),
			slackgo.MsgOptionDisableMediaUnfurl(),
		}
		if len(m.Blocks) > 0 {
			opts = append(opts, slackgo.MsgOptionBlocks(m.Blocks...))
		}
		if threadTS != "" {
			opts = append(opts, slackgo.MsgOptionTS(threadTS))
		}
		return a.withRetry(ctx, "chat.postMessage", func(ctx context.Context) error {
			if ephemeralUser != "" {
				_, err := a.api.PostEphemeralContext(ctx, channel, ephemeralUser, opts...)
				return err
			}
			_, _, err := a.api.PostMessageContext(ctx, channel, opts...)
			return err
		})
	}
	err := send(msg)
	switch slackCode(err) {
	case "invalid_blocks", "msg_blocks_too_long", "invalid_blocks_format":
		a.log.Error("slack refused the answer's blocks; sending plain text", "err", err, "blocks", len(msg.Blocks))
		err = send(&message{Text: msg.plainText})
	}
	if err != nil {
		a.log.Warn("slack: could not post answer", "channel", channel, "err", err)
	}
	return err
}

// respond posts msg to a response_url, waiting out rate limits.
func (a *Adapter) respond(ctx context.Context, responseURL string, msg *message) error {
	u, err := url.Parse(responseURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("bad response_url %q", responseURL)
	}
	body, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	for attempt := 0; ; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, responseURL, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := a.cfg.HTTPClient.Do(req)
		if err != nil {
			return err
		}
		text, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
		resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests && attempt < 3 {
			secs, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
			wait := min(max(time.Duration(secs)*time.Second, time.Second), time.Minute)
			a.log.Warn("slack response_url rate limited; waiting", "retry_after", wait)
			select {
			case <-time.After(wait):
				continue
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("response_url: %s: %s", resp.Status, strings.TrimSpace(string(text)))
		}
		return nil
	}
}

// slogOutput adapts slog to slack-go's logger interface (debug level).
type slogOutput struct{ l *slog.Logger }

func (s slogOutput) Output(_ int, msg string) error {
	s.l.Debug(strings.TrimSpace(msg), "source", "slack-go")
	return nil
}
