package fakeslack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Envelope types of Socket Mode.
const (
	EventsAPI     = "events_api"
	SlashCommands = "slash_commands"
	Interactive   = "interactive"
)

// tracked is one request sent (or waiting to be sent) over Socket Mode.
type tracked struct {
	kind     string
	payload  json.RawMessage
	envIDs   []string // one per delivery
	attempts int      // deliveries so far
	lastSent time.Time
	conn     int // connection of the last delivery
	acked    bool
	retry    bool // redelivered until acked (events_api)

	firstAttempt int    // retry_attempt of the first delivery
	firstReason  string // its retry_reason
}

type wsConn struct {
	n      int
	ws     *websocket.Conn
	wmu    sync.Mutex
	closed chan struct{}
	once   sync.Once
}

func (c *wsConn) write(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

func (c *wsConn) close() {
	c.once.Do(func() {
		close(c.closed)
		_ = c.ws.Close()
	})
}

// serveLink is the Socket Mode websocket endpoint returned by
// apps.connections.open.
func (s *Server) serveLink(w http.ResponseWriter, r *http.Request) {
	ticket := r.URL.Query().Get("ticket")
	s.mu.Lock()
	valid := s.tickets[ticket] && !s.closed
	delete(s.tickets, ticket)
	s.mu.Unlock()
	if !valid {
		http.Error(w, "invalid ticket", http.StatusUnauthorized)
		return
	}
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	s.mu.Lock()
	s.nconns++
	c := &wsConn{n: s.nconns, ws: ws, closed: make(chan struct{})}
	s.mu.Unlock()
	err = c.write(map[string]any{"type": "hello", "num_connections": 1,
		"debug_info":      map[string]any{"host": "fakeslack", "build_number": 1, "approximate_connection_time": 3600},
		"connection_info": map[string]any{"app_id": s.AppID}})
	if err != nil {
		c.close()
		return
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		c.close()
		return
	}
	s.conns = append(s.conns, c)
	s.wg.Add(2)
	s.notify()
	s.mu.Unlock()

	go s.pinger(c)
	go s.reader(c)
	s.flush()
}

func (s *Server) pinger(c *wsConn) {
	defer s.wg.Done()
	t := time.NewTicker(s.PingInterval)
	defer t.Stop()
	for {
		select {
		case <-c.closed:
			return
		case <-s.done:
			return
		case <-t.C:
			s.mu.Lock()
			on := s.pings
			s.mu.Unlock()
			if on {
				if err := c.ws.WriteControl(websocket.PingMessage, []byte("ping"), time.Now().Add(5*time.Second)); err != nil {
					c.close()
					return
				}
			}
		}
	}
}

func (s *Server) reader(c *wsConn) {
	defer s.wg.Done()
	defer func() {
		c.close()
		s.mu.Lock()
		for i, x := range s.conns {
			if x == c {
				s.conns = append(s.conns[:i], s.conns[i+1:]...)
				break
			}
		}
		s.notify()
		s.mu.Unlock()
	}()
	for {
		_, msg, err := c.ws.ReadMessage()
		if err != nil {
			return
		}
		id, payload, ok := parseAck(msg)
		if !ok {
			continue
		}
		s.mu.Lock()
		s.acks = append(s.acks, Ack{EnvelopeID: id, Payload: payload, Conn: c.n, At: time.Now()})
		if t := s.envelopes[id]; t != nil {
			t.acked = true
		}
		s.notify()
		s.mu.Unlock()
	}
}

// parseAck reads an ack, {"envelope_id":"...","payload":...}. slack-go
// writes exactly that (a struct through encoding/json), so the id and the
// payload are cut out without scanning the payload, an answer of a few
// kilobytes that the test reading it decodes anyway; anything else is
// decoded. ok is false for a message that is not an ack.
func parseAck(msg []byte) (id string, payload json.RawMessage, ok bool) {
	const start, field = `{"envelope_id":"`, `,"payload":`
	m := bytes.TrimRight(msg, " \t\r\n")
	if rest, found := bytes.CutPrefix(m, []byte(start)); found {
		if i := bytes.IndexByte(rest, '"'); i > 0 && bytes.IndexByte(rest[:i], '\\') < 0 {
			id, rest = string(rest[:i]), rest[i+1:]
			switch {
			case len(rest) == 1 && rest[0] == '}':
				return id, nil, true
			case bytes.HasPrefix(rest, []byte(field)) && len(rest) > len(field)+1 && rest[len(rest)-1] == '}':
				return id, json.RawMessage(rest[len(field) : len(rest)-1]), true
			}
		}
	}
	var a struct {
		EnvelopeID string          `json:"envelope_id"`
		Payload    json.RawMessage `json:"payload"`
	}
	if json.Unmarshal(msg, &a) != nil || a.EnvelopeID == "" {
		return "", nil, false
	}
	return a.EnvelopeID, a.Payload, true
}

// Send queues a Socket Mode request of kind (EventsAPI, SlashCommands,
// Interactive) with payload and delivers it on the newest connection (at
// once if one is open). It returns the envelope id of the first delivery.
// events_api requests are delivered again, with retry_attempt+1, until acked.
func (s *Server) Send(kind string, payload any) string {
	return s.SendRetry(kind, payload, 0, "")
}

// SendRetry is Send for a request Slack already delivered retryAttempt
// times (retryAttempt 0 is a first delivery): the envelope carries
// retry_attempt and retry_reason ("timeout") as Slack's redeliveries do.
func (s *Server) SendRetry(kind string, payload any, retryAttempt int, retryReason string) string {
	raw, err := json.Marshal(payload)
	if err != nil {
		panic(fmt.Sprintf("fakeslack: payload: %v", err))
	}
	s.mu.Lock()
	t := &tracked{kind: kind, payload: raw, retry: kind == EventsAPI, firstAttempt: retryAttempt, firstReason: retryReason}
	s.seq++
	id := fmt.Sprintf("env-%d", s.seq)
	t.envIDs = append(t.envIDs, id)
	s.envelopes[id] = t
	s.pending = append(s.pending, t)
	s.mu.Unlock()
	s.flush()
	return id
}

// SendRaw writes a raw text frame (anything, even invalid JSON) on the
// newest connection; it reports whether one was open.
func (s *Server) SendRaw(frame []byte) bool {
	c := s.current()
	if c == nil {
		return false
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.ws.WriteMessage(websocket.TextMessage, frame) == nil
}

func (s *Server) current() *wsConn {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.conns) == 0 {
		return nil
	}
	return s.conns[len(s.conns)-1]
}

// flush delivers what is due: requests never delivered, and unacked
// events whose delivery went to a dead connection or timed out.
func (s *Server) flush() {
	type job struct {
		c   *wsConn
		env map[string]any
	}
	var jobs []job
	s.mu.Lock()
	if len(s.conns) == 0 || s.closed {
		s.mu.Unlock()
		return
	}
	c := s.conns[len(s.conns)-1]
	now := time.Now()
	live := map[int]bool{}
	for _, x := range s.conns {
		live[x.n] = true
	}
	// Only requests that may still be sent are looked at (the run's
	// thousands of acked ones are dropped from the list as we go: a scan
	// of every request ever sent, on every send, was most of a load test's
	// CPU and held the lock that acks wait for).
	keep := s.pending[:0]
	for _, t := range s.pending {
		if t.acked {
			continue
		}
		if t.retry {
			keep = append(keep, t)
		}
		due := t.attempts == 0
		if !due && t.retry && t.attempts <= s.MaxRetries {
			due = !live[t.conn] || (s.AckTimeout > 0 && now.Sub(t.lastSent) > s.AckTimeout)
		}
		if !due {
			continue
		}
		id := t.envIDs[len(t.envIDs)-1]
		reason := t.firstReason
		if t.attempts > 0 {
			s.seq++
			id = fmt.Sprintf("env-%d", s.seq)
			t.envIDs = append(t.envIDs, id)
			s.envelopes[id] = t
			reason = "timeout"
		}
		env := map[string]any{"envelope_id": id, "type": t.kind, "payload": t.payload,
			"accepts_response_payload": t.kind != EventsAPI}
		if t.kind == EventsAPI {
			env["retry_attempt"] = t.firstAttempt + t.attempts
			env["retry_reason"] = reason
		}
		t.attempts++
		t.lastSent = now
		t.conn = c.n
		jobs = append(jobs, job{c, env})
	}
	clear(s.pending[len(keep):])
	s.pending = keep
	s.mu.Unlock()
	for _, j := range jobs {
		if err := j.c.write(j.env); err != nil {
			j.c.close()
		}
	}
}

func (s *Server) redeliverLoop() {
	defer s.wg.Done()
	every := 50 * time.Millisecond
	if s.AckTimeout > 0 && s.AckTimeout/4 < every {
		every = s.AckTimeout / 4
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-s.done:
			return
		case <-t.C:
			s.flush()
		}
	}
}

// EnvelopeIDs returns every envelope id used to deliver the request first
// sent as envelope id (the original and its retries).
func (s *Server) EnvelopeIDs(id string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if t := s.envelopes[id]; t != nil {
		return append([]string(nil), t.envIDs...)
	}
	return nil
}

// Acks returns the acknowledgements received so far.
func (s *Server) Acks() []Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Ack(nil), s.acks...)
}

// WaitAck waits for the ack of envelope id and returns it.
func (s *Server) WaitAck(tb testing.TB, id string, timeout time.Duration) Ack {
	tb.Helper()
	var found Ack
	ok := s.Wait(timeout, func() bool {
		for _, a := range s.Acks() {
			if a.EnvelopeID == id {
				found = a
				return true
			}
		}
		return false
	})
	if !ok {
		tb.Fatalf("fakeslack: envelope %s not acked within %v", id, timeout)
	}
	return found
}

// Connections returns how many Socket Mode connections were opened so far
// and how many are open now.
func (s *Server) Connections() (opened, open int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.nconns, len(s.conns)
}

// WaitConnections waits until at least n connections were opened and one
// is open.
func (s *Server) WaitConnections(tb testing.TB, n int, timeout time.Duration) {
	tb.Helper()
	ok := s.Wait(timeout, func() bool {
		opened, open := s.Connections()
		return opened >= n && open > 0
	})
	if !ok {
		opened, open := s.Connections()
		tb.Fatalf("fakeslack: want %d connections within %v, have %d opened, %d open", n, timeout, opened, open)
	}
}

// Disconnect sends {"type":"disconnect"} with reason ("refresh_requested",
// "warning", "link_disabled") on every open connection, as Slack does before
// it rotates a connection.
func (s *Server) Disconnect(reason string) {
	s.mu.Lock()
	conns := append([]*wsConn(nil), s.conns...)
	s.mu.Unlock()
	for _, c := range conns {
		_ = c.write(map[string]any{"type": "disconnect", "reason": reason,
			"debug_info": map[string]any{"host": "fakeslack"}})
	}
}

// DropConnections closes every open connection abruptly (no close frame).
func (s *Server) DropConnections() {
	s.mu.Lock()
	conns := append([]*wsConn(nil), s.conns...)
	s.mu.Unlock()
	for _, c := range conns {
		_ = c.ws.UnderlyingConn().Close()
	}
}

// SetPings turns the websocket PING frames on or off (on by default). A
// client that stops getting pings should reconnect.
func (s *Server) SetPings(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pings = on
}
