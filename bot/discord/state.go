package discord

import (
	"context"
	"net/http"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// SetState makes interaction de-duplication, replay protection of signed
// HTTP interactions and the onboarding rejoin window go through s, so that
// replicas sharing s (the store's, on Postgres) process each interaction
// and welcome each member once, and a restart forgets neither. Without it
// they live in process memory. Call it before Run.
func (a *Adapter) SetState(s bot.SharedState) {
	if s == nil {
		a.state.Clear()
		return
	}
	a.state.Set(s)
}

// sharedState returns the state set with SetState, or process memory.
func (a *Adapter) sharedState() bot.SharedState {
	if s, ok := a.state.Get(); ok {
		return s
	}
	return a.state.GetOrSet(bot.NewMemoryState(0))
}

// interactionTTL is how long an interaction id is remembered: its token
// works for 15 minutes, so nothing can be done with it after that.
const interactionTTL = 15 * time.Minute

// firstInteraction claims an interaction id; false means another replica
// (or this one) already has it.
func (a *Adapter) firstInteraction(id string) bool {
	return a.sharedState().Claim(context.Background(), "discord:interaction:"+id, a.now(), interactionTTL)
}

// firstJoin is the rejoin window: it records a join (guild/user) and
// reports whether it should be welcomed. With a state set the memory is
// shared by replicas and survives restarts; else it is the adapter's own.
func (a *Adapter) firstJoin(key string, window time.Duration, now time.Time) bool {
	if s, ok := a.state.Get(); ok {
		return s.Claim(context.Background(), "discord:join:"+key, now, window)
	}
	return a.onb.joins.first(key, window, now)
}

// replayed claims a verified request's signature and reports whether it
// was used before: a captured interaction sent again (to this replica or
// another) within the 5 minutes its timestamp is accepted. It is refused
// with 401 and counted in careerbot_requests_rejected_total{reason="replay"}.
func (a *Adapter) replayed(w http.ResponseWriter, r *http.Request) bool {
	sig := r.Header.Get("X-Signature-Ed25519")
	if a.sharedState().Claim(context.Background(), "discord:replay:"+sig, a.now(), 2*signatureMaxAge) {
		return false
	}
	a.rejected("replay")
	a.log.Warn("discord: refused a replayed interaction (its signature was already used)", "remote", r.RemoteAddr)
	http.Error(w, "request already received", http.StatusUnauthorized)
	return true
}

// rejected counts a request refused before reaching the bot.
func (a *Adapter) rejected(reason string) {
	if o, ok := a.obs().(interface{ Rejected(adapter, reason string) }); ok {
		o.Rejected("discord", reason)
	}
}
