package slack

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"path"
	"sync"
	"time"

	slackgo "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// maxBody bounds the size of a request from Slack.
const maxBody = 1 << 20

// HTTPHandler serves HTTP mode: POST /slack/commands (slash commands),
// /slack/events (Events API, url_verification included) and
// /slack/interactive (buttons). Mount it under /slack/ on the bot's
// listener; only the last path element is looked at, so a StripPrefix in
// front is fine too. Every request is checked against the signing secret
// (v0 signature, timestamp within 5 minutes) before anything else; bad
// ones get 401. Without a signing secret every request gets 404.
func (a *Adapter) HTTPHandler() http.Handler {
	return http.HandlerFunc(a.serveHTTP)
}

func (a *Adapter) serveHTTP(w http.ResponseWriter, r *http.Request) {
	defer a.recover("http " + r.URL.Path)
	if len(a.verify.secret) == 0 {
		http.Error(w, "Slack HTTP mode is not configured (slack.signing_secret)", http.StatusNotFound)
		return
	}
	endpoint := path.Base(r.URL.Path)
	switch endpoint {
	case "commands", "events", "interactive":
	default:
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read request", http.StatusBadRequest)
		return
	}
	if err := a.verify.verify(r.Header, body); err != nil {
		a.rejected(r, err)
		http.Error(w, "invalid Slack signature", http.StatusUnauthorized)
		return
	}
	if a.replayed(w, r) {
		return
	}
	switch endpoint {
	case "commands":
		a.httpCommand(w, body)
	case "events":
		a.httpEvent(w, r, body)
	case "interactive":
		a.httpInteractive(w, body)
	}
}

func (a *Adapter) httpCommand(w http.ResponseWriter, body []byte) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	if form.Get("ssl_check") != "" {
		w.WriteHeader(http.StatusOK)
		return
	}
	if form.Get("command") == "" {
		http.Error(w, "no command", http.StatusBadRequest)
		return
	}
	in := slashInput{Command: form.Get("command"), Text: form.Get("text"), UserID: form.Get("user_id"),
		UserName: form.Get("user_name"), ChannelID: form.Get("channel_id"), TeamID: form.Get("team_id"),
		ResponseURL: form.Get("response_url")}
	var once sync.Once
	a.runSlash(in, func(m *message) error {
		once.Do(func() {
			if m == nil {
				w.WriteHeader(http.StatusOK)
				return
			}
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.WriteHeader(http.StatusOK)
			_ = json.NewEncoder(w).Encode(m)
		})
		return nil
	})
}

func (a *Adapter) httpEvent(w http.ResponseWriter, r *http.Request, body []byte) {
	var outer struct {
		Type      string `json:"type"`
		Challenge string `json:"challenge"`
	}
	if err := json.Unmarshal(body, &outer); err != nil {
		http.Error(w, "bad JSON", http.StatusBadRequest)
		return
	}
	switch outer.Type {
	case slackevents.URLVerification:
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"challenge": outer.Challenge})
		return
	case slackevents.AppRateLimited:
		a.log.Warn("slack: Slack is rate limiting the events it sends us (app_rate_limited)")
		w.WriteHeader(http.StatusOK)
		return
	}
	ev, err := slackevents.ParseEvent(body, slackevents.OptionNoVerifyToken())
	// Ack at once either way: Slack retries what is not acked within 3 s.
	w.WriteHeader(http.StatusOK)
	if err != nil {
		a.log.Debug("slack: event not handled", "err", err)
		return
	}
	if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
		a.log.Debug("slack: event retry", "retry", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
	}
	a.onEvent(ev)
}

func (a *Adapter) httpInteractive(w http.ResponseWriter, body []byte) {
	form, err := url.ParseQuery(string(body))
	if err != nil || form.Get("payload") == "" {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	var cb slackgo.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &cb); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	a.onInteraction(cb)
}

// rejectLogEvery bounds the WARN lines about unverified requests: a flood
// of them (a scanner, a misconfigured proxy) must not flood the log. Every
// one is counted in /metrics (careerbot_requests_rejected_total).
const rejectLogEvery = time.Minute

// rejectLog samples the log lines about rejected requests.
type rejectLog struct {
	mu         sync.Mutex
	last       time.Time
	suppressed int
}

// rejected counts an unverified request and logs it, at most once per
// rejectLogEvery with the number left out since the last line.
func (a *Adapter) rejected(r *http.Request, err error) {
	if o, ok := a.obs().(rejectObserver); ok {
		o.Rejected(platform, "signature")
	}
	now := a.cfg.Now()
	a.rejects.mu.Lock()
	due := a.rejects.last.IsZero() || now.Sub(a.rejects.last) >= rejectLogEvery
	n := a.rejects.suppressed
	if due {
		a.rejects.last, a.rejects.suppressed = now, 0
	} else {
		a.rejects.suppressed++
	}
	a.rejects.mu.Unlock()
	if !due {
		a.log.Debug("slack: rejected unverified request", "path", r.URL.Path, "reason", err.Error(), "remote", r.RemoteAddr)
		return
	}
	a.log.Warn("slack: rejected unverified request (logged at most once a minute; all are counted in careerbot_requests_rejected_total)",
		"path", r.URL.Path, "reason", err.Error(), "remote", r.RemoteAddr, "not_logged_since_last", n)
}

// rejectObserver is the optional Observer method that counts requests
// refused before reaching the bot (*metrics.Metrics implements it).
type rejectObserver interface {
	Rejected(adapter, reason string)
}
