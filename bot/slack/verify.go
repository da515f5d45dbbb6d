package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// maxSkew is how far a request's timestamp may be from our clock.
const maxSkew = 5 * time.Minute

// Errors of request verification.
var (
	errUnsigned     = errors.New("missing X-Slack-Signature or X-Slack-Request-Timestamp")
	errBadTimestamp = errors.New("bad X-Slack-Request-Timestamp")
	errStale        = errors.New("request timestamp is more than 5 minutes from now")
	errBadSignature = errors.New("signature does not match")
)

// verifier checks Slack's v0 request signatures.
type verifier struct {
	secret []byte
	now    func() time.Time
}

// sign returns the v0 signature of body sent at timestamp ts.
func (v verifier) sign(ts string, body []byte) string {
	mac := hmac.New(sha256.New, v.secret)
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// verify checks the signature headers of a request with the given body:
// the timestamp must be within 5 minutes of now and the signature must be
// the HMAC-SHA256 of "v0:timestamp:body" with the signing secret.
func (v verifier) verify(h http.Header, body []byte) error {
	ts := strings.TrimSpace(h.Get("X-Slack-Request-Timestamp"))
	sig := strings.TrimSpace(h.Get("X-Slack-Signature"))
	if ts == "" || sig == "" {
		return errUnsigned
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || sec <= 0 {
		return errBadTimestamp
	}
	if d := v.now().Sub(time.Unix(sec, 0)); d > maxSkew || d < -maxSkew {
		return errStale
	}
	if len(v.secret) == 0 || !hmac.Equal([]byte(sig), []byte(v.sign(ts, body))) {
		return errBadSignature
	}
	return nil
}
