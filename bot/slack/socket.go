package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	slackgo "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// runSocket serves Socket Mode until ctx is cancelled or Slack refuses the
// app token. socketmode reconnects on disconnect requests, dropped links and
// missed pings; rate-limited apps.connections.open calls are waited out.
func (a *Adapter) runSocket(ctx context.Context) error {
	sm := socketmode.New(a.api,
		socketmode.OptionPingInterval(a.cfg.PingTimeout),
		socketmode.OptionLog(slogOutput{a.log}),
		socketmode.OptionReadLimit(8<<20),
	)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	runErr := make(chan error, 1)
	go func() { runErr <- sm.RunContext(ctx) }()

	var fatal error
	for fatal == nil {
		select {
		case <-ctx.Done():
			return a.finishSocket(cancel, runErr, nil)
		case err := <-runErr:
			// RunContext returns only on cancellation or a fatal error.
			runErr <- err
			if ctx.Err() != nil {
				return a.finishSocket(cancel, runErr, nil)
			}
			if code := slackCode(err); code != "" {
				fatal = &TokenError{Key: "slack.app_token", Code: code}
			} else {
				var sc slackgo.StatusCodeError
				if errors.As(err, &sc) {
					fatal = fmt.Errorf("slack: apps.connections.open at %s answered %s: check slack.api_url and that Socket Mode is enabled for the app", a.cfg.APIURL, sc.Status)
				} else {
					fatal = fmt.Errorf("slack: Socket Mode stopped: %w", err)
				}
			}
		case ev := <-sm.Events:
			fatal = a.onSocketEvent(ctx, sm, ev)
		}
	}
	return a.finishSocket(cancel, runErr, fatal)
}

func (a *Adapter) finishSocket(cancel context.CancelFunc, runErr chan error, err error) error {
	cancel()
	select {
	case <-runErr:
	case <-time.After(15 * time.Second):
		a.log.Warn("slack: socket mode client did not stop in time")
	}
	return err
}

// onSocketEvent handles one event of the socketmode client; a non-nil
// error stops the adapter. A panic while handling is logged and the
// connection stays up.
func (a *Adapter) onSocketEvent(ctx context.Context, sm *socketmode.Client, ev socketmode.Event) (fatal error) {
	defer a.recover("socket event " + string(ev.Type))
	switch ev.Type {
	case socketmode.EventTypeConnecting:
		a.setUp(false)
		a.log.Debug("slack: connecting to Socket Mode")
	case socketmode.EventTypeConnected:
		a.setUp(true)
		if a.connects.Add(1) > 1 {
			a.obs().Reconnect(platform)
			a.log.Info("slack: reconnected (Socket Mode)")
		} else {
			a.log.Info("slack: connected (Socket Mode)")
		}
	case socketmode.EventTypeHello:
	case socketmode.EventTypeInvalidAuth:
		return &TokenError{Key: "slack.app_token", Code: "invalid_auth"}
	case socketmode.EventTypeDisconnect:
		a.setUp(false)
		a.log.Debug("slack: Slack asked to reconnect")
	case socketmode.EventTypeConnectionError:
		a.setUp(false)
		if ce, ok := ev.Data.(*slackgo.ConnectionErrorEvent); ok {
			if code := slackCode(ce.ErrorObj); fatalCodes[code] {
				return &TokenError{Key: "slack.app_token", Code: code}
			}
			a.log.Warn("slack: Socket Mode connection failed; retrying", "err", ce.ErrorObj, "attempt", ce.Attempt, "backoff", ce.Backoff)
		}
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed:
		a.log.Warn("slack: Socket Mode link error", "event", string(ev.Type), "data", ev.Data)
	case socketmode.EventTypeErrorBadMessage:
		// Ack what we could not parse, or Slack redelivers it forever.
		if bm, ok := ev.Data.(*socketmode.ErrorBadMessage); ok {
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(bm.Message, &env) == nil && env.EnvelopeID != "" {
				a.ack(ctx, sm, env.EnvelopeID, nil)
			}
			a.log.Warn("slack: unreadable Socket Mode message", "err", bm.Cause)
		}
	case socketmode.EventTypeEventsAPI:
		// onEvent only filters, de-duplicates and starts the answer: quick.
		if ev.Request != nil {
			defer a.ack(ctx, sm, ev.Request.EnvelopeID, nil)
		}
		if e, ok := ev.Data.(slackevents.EventsAPIEvent); ok {
			a.onEvent(e)
		}
	case socketmode.EventTypeSlashCommand:
		cmd, ok := ev.Data.(slackgo.SlashCommand)
		if !ok || ev.Request == nil {
			return nil
		}
		envID := ev.Request.EnvelopeID
		a.goFree("slash ack", func(context.Context) {
			a.runSlash(slashFrom(cmd), func(m *message) error {
				var payload any
				if m != nil {
					payload = m
				}
				actx, cancel := context.WithTimeout(ctx, 5*time.Second)
				defer cancel()
				return sm.AckCtx(actx, envID, payload)
			})
		})
	case socketmode.EventTypeInteractive:
		if ev.Request != nil {
			defer a.ack(ctx, sm, ev.Request.EnvelopeID, nil)
		}
		if cb, ok := ev.Data.(slackgo.InteractionCallback); ok {
			a.onInteraction(cb)
		}
	default:
		a.log.Debug("slack: socket mode event ignored", "type", string(ev.Type))
	}
	return nil
}

func (a *Adapter) ack(ctx context.Context, sm *socketmode.Client, envelopeID string, payload any) {
	actx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := sm.AckCtx(actx, envelopeID, payload); err != nil {
		a.log.Warn("slack: ack failed", "envelope_id", envelopeID, "err", err)
	}
}
