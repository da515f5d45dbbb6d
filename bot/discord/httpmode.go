package discord

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"
)

// maxInteractionBody bounds an interaction request body.
const maxInteractionBody = 1 << 20

// signatureMaxAge is how old (or how far in the future) a signed timestamp may be.
const signatureMaxAge = 5 * time.Minute

// InteractionsHandler serves Discord's HTTP interactions (mount it at
// POST /discord/interactions and set that URL as the Interactions Endpoint
// URL in the Developer Portal). It verifies the Ed25519 signature with
// discord.public_key and rejects bad or missing signatures and timestamps
// older than 5 minutes with 401, and a signed request seen before (a
// replay) with 401 too. Replicas behind a load balancer agree on what was
// seen when they share a state (SetState with the store on Postgres).
func (a *Adapter) InteractionsHandler() http.Handler { return http.HandlerFunc(a.serveInteraction) }

func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if a.pub == nil {
		http.Error(w, "discord.public_key is not configured", http.StatusServiceUnavailable)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxInteractionBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "cannot read request body", http.StatusBadRequest)
		return
	}
	if !a.verify(r.Header, body) {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	if a.replayed(w, r) {
		return
	}
	i, err := decodeInteraction(body)
	if err != nil {
		http.Error(w, "bad interaction payload", http.StatusBadRequest)
		return
	}
	if i.Type == discordgo.InteractionPing {
		writeResponse(w, &response{Type: discordgo.InteractionResponsePong})
		return
	}
	if i.ID == "" || i.Token == "" {
		a.log.Warn("discord: dropped an interaction without id or token", "type", i.Type.String())
		http.Error(w, "interaction without id or token", http.StatusBadRequest)
		return
	}
	if !a.firstInteraction(i.ID) {
		a.rejected("duplicate")
		a.log.Info("discord: interaction already handled (here or by another replica)", "interaction", i.ID)
		http.Error(w, "interaction already handled", http.StatusConflict)
		return
	}
	respCh := make(chan *response, 1)
	acked := make(chan struct{})
	a.inflight.Add()
	go func() {
		defer a.inflight.Done()
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("panic in discord http interaction", "panic", p)
			}
		}()
		a.handleInteraction(i, func(resp *response) error {
			respCh <- resp // buffered, and once() allows a single send
			return nil
		}, acked)
	}()
	timer := time.NewTimer(a.cfg.DeferAfter + 2*time.Second)
	defer timer.Stop()
	select {
	case resp := <-respCh:
		writeResponse(w, resp)
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
	case <-timer.C:
		a.log.Error("discord http interaction produced no response in time", "interaction", i.ID)
		http.Error(w, "no response", http.StatusInternalServerError)
	case <-r.Context().Done():
	}
	close(acked)
}

func writeResponse(w http.ResponseWriter, resp *response) {
	b, err := json.Marshal(resp)
	if err != nil {
		http.Error(w, "cannot encode response", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(b)
}

// verify checks Discord's request signature: Ed25519 over timestamp + body,
// with a timestamp no more than 5 minutes off.
func (a *Adapter) verify(h http.Header, body []byte) bool {
	sigHex, ts := h.Get("X-Signature-Ed25519"), h.Get("X-Signature-Timestamp")
	if sigHex == "" || ts == "" || len(ts) > 20 {
		return false
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return false
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	age := a.now().Sub(time.Unix(sec, 0))
	if age > signatureMaxAge || age < -signatureMaxAge {
		return false
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	return ed25519.Verify(a.pub, msg, sig)
}
