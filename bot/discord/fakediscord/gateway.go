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
	CloseInvalidShard         = 4010
	CloseShardingRequired     = 4011
	CloseInvalidAPIVersion    = 4012
	CloseInvalidIntents       = 4013
	CloseDisallowedIntents    = 4014
)

// Identify is one IDENTIFY payload the fake received.
type Identify struct {
	Token   string          `json:"token"`
	Intents int             `json:"intents"`
	Shard   *[2]int         `json:"shard,omitempty"`
	Raw     json.RawMessage `json:"-"`
}

type gwConn struct {
	c       *websocket.Conn
	wmu     sync.Mutex
	seq     int64
	shard   [2]int
	ready   bool
	session string
}

type gwPayload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s"`
	T  *string         `json:"t"`
}

func (g *gwConn) send(op int, t string, d any) error {
	g.wmu.Lock()
	defer g.wmu.Unlock()
	m := map[string]any{"op": op, "d": d, "s": nil, "t": nil}
	if op == 0 {
		g.seq++
		m["s"], m["t"] = g.seq, t
	}
	_ = g.c.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return g.c.WriteJSON(m)
}

func (g *gwConn) closeWith(code int, text string) {
	g.wmu.Lock()
	_ = g.c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	g.wmu.Unlock()
	// Give the client a moment to read the close frame before the TCP close.
	time.AfterFunc(200*time.Millisecond, func() { g.c.Close() })
}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
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
		s.mu.Lock()
		delete(s.conns, g)
		s.notifyLocked()
		s.mu.Unlock()
		s.wg.Done()
	}()
	if err := g.send(10, "", map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()}); err != nil {
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
			if err := g.send(11, "", nil); err != nil {
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
	sess := "fake-session-" + s.NewID()
	g.wmu.Lock()
	if id.Shard != nil {
		g.shard = *id.Shard
	}
	g.session = sess
	g.wmu.Unlock()
	ready := map[string]any{
		"v": 9, "user": s.botUser(), "session_id": sess, "resume_gateway_url": s.GatewayURL,
		"guilds": []any{}, "private_channels": []any{},
		"application": map[string]any{"id": s.opts.ApplicationID, "flags": 0},
	}
	if id.Shard != nil {
		ready["shard"] = []int{id.Shard[0], id.Shard[1]}
	}
	if err := g.send(0, "READY", ready); err != nil {
		return false
	}
	s.mu.Lock()
	g.ready = true
	s.sessions[sess] = true
	s.notifyLocked()
	s.mu.Unlock()
	return true
}

func (s *Server) resume(g *gwConn, d json.RawMessage) bool {
	var r struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	_ = json.Unmarshal(d, &r)
	s.mu.Lock()
	known := s.sessions[r.SessionID]
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
	if !known {
		// Invalid session, not resumable: the client identifies again.
		return g.send(9, "", false) == nil
	}
	g.wmu.Lock()
	g.session = r.SessionID
	g.seq = r.Seq
	g.wmu.Unlock()
	if err := g.send(0, "RESUMED", map[string]any{}); err != nil {
		return false
	}
	s.mu.Lock()
	g.ready = true
	s.resumes++
	s.notifyLocked()
	s.mu.Unlock()
	return true
}

func closeText(code int) string {
	switch code {
	case CloseAuthenticationFailed:
		return "Authentication failed."
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

// DropConnections cuts every gateway connection without a close frame, as a
// network failure would.
func (s *Server) DropConnections() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for g := range s.conns {
		g.ready = false
		g.c.Close()
	}
	s.notifyLocked()
}

// CloseConnections closes every gateway connection with a close frame.
func (s *Server) CloseConnections(code int, reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for g := range s.conns {
		g.ready = false
		g.closeWith(code, reason)
	}
	s.notifyLocked()
}

// ErrNoConnection is returned when a dispatch has no ready connection to go to.
var ErrNoConnection = errors.New("fakediscord: no ready gateway connection for this dispatch")

// Dispatch sends an event (op 0) to the ready connections that would receive
// it on Discord: with sharding, the shard of its guild_id ((id >> 22) %
// count), shard 0 for events without a guild.
func (s *Server) Dispatch(event string, data any) error {
	raw, err := json.Marshal(data)
	if err != nil {
		return err
	}
	var probe struct {
		GuildID string `json:"guild_id"`
	}
	_ = json.Unmarshal(raw, &probe)
	s.mu.Lock()
	var targets []*gwConn
	for g := range s.conns {
		if !g.ready {
			continue
		}
		if g.shard[1] > 1 {
			want := 0
			if id, err := strconv.ParseUint(probe.GuildID, 10, 64); err == nil {
				want = int((id >> 22) % uint64(g.shard[1]))
			}
			if g.shard[0] != want {
				continue
			}
		}
		targets = append(targets, g)
	}
	s.mu.Unlock()
	if len(targets) == 0 {
		return ErrNoConnection
	}
	var firstErr error
	for _, g := range targets {
		if err := g.send(0, event, json.RawMessage(raw)); err != nil && firstErr == nil {
			firstErr = err
		}
	}
	return firstErr
}
