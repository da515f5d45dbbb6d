package fakediscord

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Gateway close codes (https://discord.com/developers/docs/topics/opcodes-and-status-codes).
const (
	CloseUnknownError         = 4000
	CloseAuthenticationFailed = 4004
	CloseInvalidSeq           = 4007
	CloseInvalidShard         = 4010
	CloseShardingRequired     = 4011
	CloseInvalidAPIVersion    = 4012
	CloseInvalidIntents       = 4013
	CloseDisallowedIntents    = 4014
	CloseSessionTimedOut      = 4009
)

// Identify is one IDENTIFY payload the fake received.
type Identify struct {
	Token   string          `json:"token"`
	Intents int             `json:"intents"`
	Shard   *[2]int         `json:"shard,omitempty"`
	Raw     json.RawMessage `json:"-"`
}

// session is a gateway session as Discord keeps it: it outlives its
// connection, numbers every dispatch (seq) and keeps the latest ones so a
// client that RESUMEs gets what it missed.
type session struct {
	id    string
	shard [2]int

	mu   sync.Mutex // orders seq numbers and writes
	seq  int64      // last seq used
	buf  []event    // dispatches after READY, oldest first
	conn *gwConn    // the ready connection serving it; nil while disconnected
	dead bool       // invalidated: RESUME gets INVALID_SESSION
}

type event struct {
	seq int64
	t   string
	d   json.RawMessage
}

type gwConn struct {
	c       *websocket.Conn
	wmu     sync.Mutex
	shard   [2]int
	ready   bool     // guarded by Server.mu
	dropped bool     // cut by DropConnections or CloseConnections: never ready again
	sess    *session // guarded by Server.mu
}

type gwPayload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s"`
	T  *string         `json:"t"`
}

// write sends one payload; seq is nil for everything but dispatches.
func (g *gwConn) write(op int, seq *int64, t string, d any) error {
	g.wmu.Lock()
	defer g.wmu.Unlock()
	m := map[string]any{"op": op, "d": d, "s": nil, "t": nil}
	if seq != nil {
		m["s"], m["t"] = *seq, t
	}
	_ = g.c.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return g.c.WriteJSON(m)
}

func (g *gwConn) send(op int, d any) error { return g.write(op, nil, "", d) }

func (g *gwConn) closeWith(code int, text string) {
	g.wmu.Lock()
	_ = g.c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	g.wmu.Unlock()
	// Give the client a moment to read the close frame before the TCP close.
	time.AfterFunc(200*time.Millisecond, func() { g.c.Close() })
}

// dispatchLocked numbers a dispatch, keeps it for replay and sends it on
// the session's connection if there is one; sess.mu is held. A failed write
// detaches the connection: the event stays in the buffer for the RESUME.
func (s *Server) dispatchLocked(sess *session, t string, d json.RawMessage) {
	sess.seq++
	sess.buf = append(sess.buf, event{seq: sess.seq, t: t, d: d})
	if over := len(sess.buf) - s.opts.ReplayLimit; over > 0 {
		clear(sess.buf[:over])
		sess.buf = sess.buf[over:]
	}
	if g := sess.conn; g != nil {
		seq := sess.seq
		if err := g.write(0, &seq, t, d); err != nil {
			sess.conn = nil
			g.c.Close()
		}
	}
}

// detach forgets g as its session's connection.
func (s *Server) detach(g *gwConn) {
	s.mu.Lock()
	sess := g.sess
	g.ready = false
	s.mu.Unlock()
	if sess == nil {
		return
	}
	sess.mu.Lock()
	if sess.conn == g {
		sess.conn = nil
	}
	sess.mu.Unlock()
}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	if s.gatewayDown.Load() {
		http.Error(w, "gateway unavailable", http.StatusServiceUnavailable)
		return
	}
	c, err := s.up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	g := &gwConn{c: c, shard: [2]int{0, 1}}
	s.mu.Lock()
	if s.closed.Load() {
		s.mu.Unlock()
		c.Close()
		return
	}
	s.conns[g] = true
	s.wg.Add(1)
	s.notifyLocked()
	s.mu.Unlock()
	defer func() {
		c.Close()
		s.detach(g)
		s.mu.Lock()
		delete(s.conns, g)
		s.notifyLocked()
		s.mu.Unlock()
		s.wg.Done()
	}()
	if err := g.send(10, map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()}); err != nil {
		return
	}
	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			return
		}
		var p gwPayload
		if err := json.Unmarshal(data, &p); err != nil {
			g.closeWith(4002, "Error while decoding payload.")
			return
		}
		switch p.Op {
		case 1: // heartbeat
			if err := g.send(11, nil); err != nil {
				return
			}
		case 2: // identify
			if !s.identify(g, p.D) {
				return
			}
		case 6: // resume
			if !s.resume(g, p.D) {
				return
			}
		}
	}
}

func (s *Server) identify(g *gwConn, d json.RawMessage) bool {
	var id Identify
	if err := json.Unmarshal(d, &id); err != nil {
		g.closeWith(4002, "Error while decoding payload.")
		return false
	}
	id.Raw = append(json.RawMessage(nil), d...)
	s.mu.Lock()
	s.identifies = append(s.identifies, id)
	code := s.closeCode
	s.notifyLocked()
	s.mu.Unlock()
	switch {
	case code != 0:
		g.closeWith(code, closeText(code))
		return false
	case id.Token != s.opts.Token && id.Token != "Bot "+s.opts.Token:
		g.closeWith(CloseAuthenticationFailed, "Authentication failed.")
		return false
	case id.Intents&s.opts.DisallowedIntents&privilegedIntents != 0:
		g.closeWith(CloseDisallowedIntents, "Disallowed intent(s).")
		return false
	case id.Intents < 0 || id.Intents >= 1<<26:
		g.closeWith(CloseInvalidIntents, "Invalid intent(s).")
		return false
	case id.Shard != nil && (id.Shard[1] < 1 || id.Shard[0] < 0 || id.Shard[0] >= id.Shard[1]):
		g.closeWith(CloseInvalidShard, "Invalid shard.")
		return false
	}
	shard := [2]int{0, 1}
	if id.Shard != nil {
		shard = *id.Shard
	}
	sess := &session{id: "fake-session-" + s.NewID(), shard: shard}
	ready := map[string]any{
		"v": 9, "user": s.botUser(), "session_id": sess.id, "resume_gateway_url": s.GatewayURL,
		"guilds": []any{}, "private_channels": []any{},
		"application": map[string]any{"id": s.opts.ApplicationID, "flags": 0},
	}
	if id.Shard != nil {
		ready["shard"] = []int{id.Shard[0], id.Shard[1]}
	}
	s.mu.Lock()
	g.shard = shard
	// A new session supersedes the shard's sessions that lost their
	// connection: the client started over, so nobody will resume them.
	for sid, old := range s.sessions {
		if old.shard == shard && !s.connectedLocked(old) {
			old.kill()
			delete(s.sessions, sid)
		}
	}
	s.sessions[sess.id] = sess
	s.mu.Unlock()

	sess.mu.Lock()
	sess.seq = 1
	err := g.write(0, &sess.seq, "READY", ready)
	if err == nil {
		sess.conn = g
	}
	sess.mu.Unlock()
	if err != nil {
		return false
	}
	s.mu.Lock()
	g.sess = sess
	g.ready = !g.dropped // a drop while READY was being written wins
	s.notifyLocked()
	s.mu.Unlock()
	return true
}

// connectedLocked reports whether a ready connection serves sess; s.mu is held.
func (s *Server) connectedLocked(sess *session) bool {
	for g := range s.conns {
		if g.ready && g.sess == sess {
			return true
		}
	}
	return false
}

func (sess *session) kill() {
	sess.mu.Lock()
	sess.dead = true
	sess.buf = nil
	sess.mu.Unlock()
}

// resume answers RESUME as Discord does: the dispatches the client missed
// (seq greater than the one it sent), in order, then RESUMED; or
// INVALID_SESSION (op 9, d false) when the session is unknown, invalidated
// or no longer has everything the client missed.
func (s *Server) resume(g *gwConn, d json.RawMessage) bool {
	var r struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	_ = json.Unmarshal(d, &r)
	s.mu.Lock()
	sess := s.sessions[r.SessionID]
	code := s.closeCode
	s.mu.Unlock()
	switch {
	case code != 0:
		g.closeWith(code, closeText(code))
		return false
	case r.Token != s.opts.Token && r.Token != "Bot "+s.opts.Token:
		g.closeWith(CloseAuthenticationFailed, "Authentication failed.")
		return false
	}
	invalid := func() bool {
		s.mu.Lock()
		s.invalid++
		if sess != nil && s.sessions[sess.id] == sess {
			delete(s.sessions, sess.id)
		}
		s.notifyLocked()
		s.mu.Unlock()
		// Not resumable: the client identifies again.
		return g.send(9, false) == nil
	}
	if sess == nil {
		return invalid()
	}
	sess.mu.Lock()
	oldest := sess.seq + 1
	if len(sess.buf) > 0 {
		oldest = sess.buf[0].seq
	}
	if sess.dead || r.Seq > sess.seq || r.Seq < oldest-1 {
		sess.mu.Unlock()
		sess.kill()
		return invalid()
	}
	if old := sess.conn; old != nil && old != g {
		// A zombie connection the client gave up on.
		old.c.Close()
	}
	sess.conn = nil
	replayed := 0
	var err error
	for _, e := range sess.buf {
		if e.seq <= r.Seq {
			continue
		}
		seq := e.seq
		if err = g.write(0, &seq, e.t, e.d); err != nil {
			break
		}
		replayed++
	}
	if err == nil {
		sess.seq++
		err = g.write(0, &sess.seq, "RESUMED", map[string]any{})
	}
	if err == nil {
		sess.conn = g
	}
	sess.mu.Unlock()
	if err != nil {
		return false
	}
	s.mu.Lock()
	g.sess = sess
	g.shard = sess.shard
	g.ready = !g.dropped
	s.resumes++
	s.replayed += replayed
	s.notifyLocked()
	s.mu.Unlock()
	return true
}

func closeText(code int) string {
	switch code {
	case CloseAuthenticationFailed:
		return "Authentication failed."
	case CloseInvalidSeq:
		return "Invalid seq."
	case CloseSessionTimedOut:
		return "Session timed out."
	case CloseInvalidShard:
		return "Invalid shard."
	case CloseShardingRequired:
		return "Sharding required."
	case CloseInvalidAPIVersion:
		return "Invalid API version."
	case CloseInvalidIntents:
		return "Invalid intent(s)."
	case CloseDisallowedIntents:
		return "Disallowed intent(s)."
	}
	return "Unknown error."
}

// resumable reports whether a session survives a close with code.
func resumable(code int) bool {
	switch code {
	case CloseAuthenticationFailed, CloseInvalidSeq, CloseSessionTimedOut, CloseInvalidShard,
		CloseShardingRequired, CloseInvalidAPIVersion, CloseInvalidIntents, CloseDisallowedIntents,
		websocket.CloseNormalClosure, websocket.CloseGoingAway:
		return false
	}
	return true
}

// SetIdentifyCloseCode makes every following IDENTIFY (and RESUME) fail:
// the connection is closed with code. 0 restores normal behaviour.
func (s *Server) SetIdentifyCloseCode(code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closeCode = code
}

// Identifies returns every IDENTIFY received so far.
func (s *Server) Identifies() []Identify {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Identify(nil), s.identifies...)
}

// WaitIdentifies waits until at least n IDENTIFY payloads have arrived.
func (s *Server) WaitIdentifies(n int, timeout time.Duration) ([]Identify, error) {
	var out []Identify
	ok := s.waitFor(timeout, func() bool {
		out = append([]Identify(nil), s.identifies...)
		return len(s.identifies) >= n
	})
	if !ok {
		return out, fmt.Errorf("fakediscord: %d of %d IDENTIFYs within %v", len(out), n, timeout)
	}
	return out, nil
}

// Resumes counts successful RESUMEs.
func (s *Server) Resumes() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes
}

// Replayed counts the dispatches sent again on RESUMEs (those the client
// had missed).
func (s *Server) Replayed() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.replayed
}

// InvalidSessions counts RESUMEs answered with INVALID_SESSION.
func (s *Server) InvalidSessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.invalid
}

// InvalidateSessions makes every session unresumable, as when Discord
// restarts: the next RESUME gets INVALID_SESSION and dispatches go only to
// sessions identified afterwards.
func (s *Server) InvalidateSessions() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for id, sess := range s.sessions {
		sess.kill()
		delete(s.sessions, id)
	}
	s.notifyLocked()
}

// Connections counts gateway connections that are ready (READY or RESUMED sent).
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.readyLocked()
}

func (s *Server) readyLocked() int {
	n := 0
	for g := range s.conns {
		if g.ready {
			n++
		}
	}
	return n
}

// WaitConnections waits until at least n gateway connections are ready.
func (s *Server) WaitConnections(n int, timeout time.Duration) error {
	if !s.waitFor(timeout, func() bool { return s.readyLocked() >= n }) {
		return fmt.Errorf("fakediscord: fewer than %d ready gateway connections within %v", n, timeout)
	}
	return nil
}

// SetGatewayDown makes the gateway refuse new connections (HTTP 503, as in
// an outage) until it is set back to false; connections already open stay.
// With DropConnections it opens a window in which dispatches can only wait
// for the RESUME.
func (s *Server) SetGatewayDown(down bool) { s.gatewayDown.Store(down) }

// DropConnections cuts every gateway connection without a close frame, as a
// network failure would. Sessions survive: dispatches are kept for the
// client's RESUME.
func (s *Server) DropConnections() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for g := range s.conns {
		g.ready, g.dropped = false, true
		g.c.Close()
	}
	s.notifyLocked()
}

// CloseConnections closes every gateway connection with a close frame.
// After codes Discord cannot resume from (4004, 4007, 4009, 4010-4014, and
// normal closures) the connections' sessions are invalidated.
func (s *Server) CloseConnections(code int, reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for g := range s.conns {
		g.ready, g.dropped = false, true
		if sess := g.sess; sess != nil && !resumable(code) {
			sess.kill()
			delete(s.sessions, sess.id)
		}
		g.closeWith(code, reason)
	}
	s.notifyLocked()
}

// ErrNoConnection is returned when a dispatch has no session to go to:
// nobody is connected and no session is waiting to be resumed.
var ErrNoConnection = errors.New("fakediscord: no gateway session for this dispatch")

// Dispatch sends an event (op 0) to the sessions that would receive it on
// Discord: with sharding, the shard of its guild_id ((id >> 22) % count),
// shard 0 for events without a guild. A session whose connection dropped
// keeps the event and replays it when the client RESUMEs.
func (s *Server) Dispatch(event string, data any) error {
	raw, err := json.Marshal(data)
	if err != nil {
		return err
	}
	var probe struct {
		GuildID string `json:"guild_id"`
	}
	if m, ok := data.(map[string]any); ok {
		probe.GuildID, _ = m["guild_id"].(string)
	} else {
		_ = json.Unmarshal(raw, &probe)
	}
	s.mu.Lock()
	var targets []*session
	for _, sess := range s.sessions {
		if sess.shard[1] > 1 {
			want := 0
			if id, err := strconv.ParseUint(probe.GuildID, 10, 64); err == nil {
				want = int((id >> 22) % uint64(sess.shard[1]))
			}
			if sess.shard[0] != want {
				continue
			}
		}
		targets = append(targets, sess)
	}
	s.mu.Unlock()
	sent := 0
	for _, sess := range targets {
		sess.mu.Lock()
		if !sess.dead {
			s.dispatchLocked(sess, event, raw)
			sent++
		}
		sess.mu.Unlock()
	}
	if sent == 0 {
		return ErrNoConnection
	}
	return nil
}
