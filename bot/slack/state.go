package slack

import (
	"net/http"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// SetState makes de-duplication (event ids, channel+ts), the welcome
// memory and replay protection of signed requests go through s, so that
// replicas sharing s (the store's, on Postgres) handle each event, welcome
// and request once; nil goes back to process memory. Call it before Run.
func (a *Adapter) SetState(s bot.SharedState) {
	if s == nil {
		s = bot.NewMemoryState(0)
	}
	a.dedup.set(s)
}

// replayWindow is how long a request signature is remembered: a timestamp
// is accepted up to maxSkew either side of now, so a signature stays
// replayable for at most twice that after it is first seen.
const replayWindow = 2 * maxSkew

// replayed claims a verified request's signature and reports whether it
// was already seen (on any replica sharing the state): a captured request
// sent again within Slack's 5-minute window. Such requests are not
// processed, are counted in careerbot_requests_rejected_total{reason="replay"}
// and get 401 (200 when marked as Slack's own retry, so it stops retrying).
func (a *Adapter) replayed(w http.ResponseWriter, r *http.Request) bool {
	sig := strings.TrimSpace(r.Header.Get("X-Slack-Signature"))
	if !a.dedup.SeenFor("replay:"+sig, a.cfg.Now(), replayWindow) {
		return false
	}
	if o, ok := a.obs().(rejectObserver); ok {
		o.Rejected(platform, "replay")
	}
	retry := r.Header.Get("X-Slack-Retry-Num")
	a.log.Warn("slack: ignored a replayed request (its signature was already used)", "path", r.URL.Path,
		"remote", r.RemoteAddr, "retry", retry)
	if retry != "" {
		// Slack redelivering what it did not see acked: ack it so it
		// stops; it was handled the first time.
		w.WriteHeader(http.StatusOK)
		return true
	}
	http.Error(w, "request already received", http.StatusUnauthorized)
	return true
}
