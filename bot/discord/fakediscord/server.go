package fakediscord

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// APIPrefix is the path under which the fake serves the REST API.
const APIPrefix = "/api/v9"

// Privileged gateway intents: an app must enable them in the developer
// portal, or IDENTIFY is closed with 4014.
const (
	IntentGuildMembers   = 1 << 1
	IntentGuildPresences = 1 << 8
	IntentMessageContent = 1 << 15
	privilegedIntents    = IntentGuildMembers | IntentGuildPresences | IntentMessageContent
)

// Options configure a fake. Zero values get sensible defaults.
type Options struct {
	Token             string        // bot token expected after "Bot " (default "fake-token")
	ApplicationID     string        // default "100000000000000001"
	BotUserID         string        // default: ApplicationID
	BotName           string        // default "careerbot"
	DisallowedIntents int           // privileged intents the app has not enabled: IDENTIFY with them gets 4014
	HeartbeatInterval time.Duration // sent in HELLO (default 41.25 s)
	// ReplayLimit is how many dispatches each session keeps for replay on
	// RESUME (default 10000). A RESUME that needs older ones gets
	// INVALID_SESSION, as Discord answers when it cannot resume.
	ReplayLimit int
	Logger      *slog.Logger // default: discard
}

// Call is one recorded REST request.
type Call struct {
	Method string
	Path   string          // path after /api/v9, e.g. "/interactions/1/tok/callback"
	Query  string          // raw query
	Auth   string          // Authorization header
	Body   json.RawMessage // request body (nil when empty or not JSON)
	Status int             // status the fake answered
	At     time.Time
}

// Decode unmarshals the call's body into v.
func (c Call) Decode(v any) error { return json.Unmarshal(c.Body, v) }

// Fault makes matching REST requests fail or slow down.
type Fault struct {
	Method     string        // "" matches any method
	Path       string        // prefix of the path after /api/v9; "" matches any
	Times      int           // how many matching requests it applies to; 0 = all
	Status     int           // answer with this status; 0 = handle normally (after Delay)
	RetryAfter time.Duration // with Status 429: Retry-After header and retry_after body
	Global     bool          // with Status 429: a global rate limit
	Delay      time.Duration // wait before answering
	Drop       bool          // close the connection without an answer
	// Code is Discord's JSON error code in the body of a Status answer, e.g.
	// 50007 (cannot send messages to this user) or 50013 (missing
	// permissions); Message replaces the default status text.
	Code    int
	Message string
	// Body, with Status, is the raw answer body instead of the JSON error
	// (e.g. a 200 whose body does not decode).
	Body string
	used int
}

// Server is a running fake Discord.
type Server struct {
	URL        string // http://127.0.0.1:PORT
	APIURL     string // URL + "/api/v9/"
	GatewayURL string // ws://127.0.0.1:PORT/gateway

	opts    Options
	log     *slog.Logger
	ln      net.Listener
	httpSrv *http.Server
	mux     *http.ServeMux
	up      websocket.Upgrader
	priv    ed25519.PrivateKey
	pub     ed25519.PublicKey
	nextID  atomic.Int64
	closed  atomic.Bool

	gatewayDown atomic.Bool

	mu         sync.Mutex
	changed    chan struct{} // closed and replaced on every recorded change
	calls      []Call
	faults     []*Fault
	commands   map[string][]map[string]any // scope ("" = global, else guild id) → commands
	conns      map[*gwConn]bool
	identifies []Identify
	sessions   map[string]*session // sessions that may RESUME, by id
	closeCode  int                 // close IDENTIFY with this code (0 = accept)
	resumes    int
	replayed   int // dispatches replayed on RESUME
	invalid    int // INVALID_SESSION (op 9) answers to RESUME
	callHook   func(Call)
	guilds     map[string]Guild               // guild id → name and member count (GET /guilds/{id})
	channels   map[string]Channel             // channel id → what GET /channels/{id} reports
	members    map[string]map[string][]string // guild id → user id → role ids
	wg         sync.WaitGroup
}

// New starts a fake for a test and stops it when the test ends.
func New(tb testing.TB, opts Options) *Server {
	tb.Helper()
	s, err := Start(opts)
	if err != nil {
		tb.Fatalf("fakediscord: %v", err)
	}
	tb.Cleanup(s.Close)
	return s
}

// Start starts a fake on a free port of 127.0.0.1.
func Start(opts Options) (*Server, error) {
	if opts.Token == "" {
		opts.Token = "fake-token"
	}
	if opts.ApplicationID == "" {
		opts.ApplicationID = "100000000000000001"
	}
	if opts.BotUserID == "" {
		opts.BotUserID = opts.ApplicationID
	}
	if opts.BotName == "" {
		opts.BotName = "careerbot"
	}
	if opts.ReplayLimit <= 0 {
		opts.ReplayLimit = 10000
	}
	if opts.HeartbeatInterval <= 0 {
		opts.HeartbeatInterval = 41250 * time.Millisecond
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Server{
		opts: opts, log: logger, ln: ln, priv: priv, pub: pub,
		changed:  make(chan struct{}),
		commands: map[string][]map[string]any{},
		conns:    map[*gwConn]bool{},
		sessions: map[string]*session{},
		guilds:   map[string]Guild{},
		channels: map[string]Channel{},
		members:  map[string]map[string][]string{},
		up:       websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }},
	}
	s.nextID.Store(1300000000000000000)
	s.URL = "http://" + ln.Addr().String()
	s.APIURL = s.URL + APIPrefix + "/"
	s.GatewayURL = "ws://" + ln.Addr().String() + "/gateway"
	s.routes()
	s.httpSrv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go s.httpSrv.Serve(ln)
	return s, nil
}

// Close stops the server and drops every connection.
func (s *Server) Close() {
	if s.closed.Swap(true) {
		return
	}
	s.DropConnections()
	// Let requests in flight finish, briefly: Shutdown also waits for
	// connections a client opened but never used (Go's transport dials
	// spares), which would hold every test's cleanup for the whole timeout.
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_ = s.httpSrv.Shutdown(ctx)
	_ = s.httpSrv.Close()
	s.wg.Wait()
}

// Token is the bot token the fake accepts.
func (s *Server) Token() string { return s.opts.Token }

// ApplicationID is the fake application's id.
func (s *Server) ApplicationID() string { return s.opts.ApplicationID }

// BotUserID is the bot user's id (what mentions of the bot use).
func (s *Server) BotUserID() string { return s.opts.BotUserID }

// PublicKeyHex is the application's public key, as the developer portal shows it.
func (s *Server) PublicKeyHex() string { return hex.EncodeToString(s.pub) }

// NewID returns a fresh snowflake-like id.
func (s *Server) NewID() string { return strconv.FormatInt(s.nextID.Add(1), 10) }

// notifyLocked wakes waiters; callers hold s.mu.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// waitFor polls cond (under s.mu) until it returns true or the timeout ends.
func (s *Server) waitFor(timeout time.Duration, cond func() bool) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		ok := cond()
		ch := s.changed
		s.mu.Unlock()
		if ok {
			return true
		}
		select {
		case <-ch:
		case <-deadline.C:
			return false
		}
	}
}

// AddFault installs a REST fault; faults are tried in the order added.
func (s *Server) AddFault(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ff := f
	s.faults = append(s.faults, &ff)
}

// ClearFaults removes every REST fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = nil
}

// Calls returns every REST call recorded so far.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// CallsMatching returns the recorded calls for which match is true.
func (s *Server) CallsMatching(match func(Call) bool) []Call {
	var out []Call
	for _, c := range s.Calls() {
		if match(c) {
			out = append(out, c)
		}
	}
	return out
}

// CallsFrom returns the calls recorded after the first i (in the order they
// were recorded), for tests that follow a long run without copying it all.
func (s *Server) CallsFrom(i int) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i < 0 || i >= len(s.calls) {
		return nil
	}
	return append([]Call(nil), s.calls[i:]...)
}

// SetCallHook makes the fake call hook with every REST call once it is
// answered and recorded (nil removes it). hook runs on the request's
// goroutine: it must be quick and must not call back into the fake's
// recording methods while holding its own locks.
func (s *Server) SetCallHook(hook func(Call)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.callHook = hook
}

// ResetCalls forgets the recorded calls.
func (s *Server) ResetCalls() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = nil
}

// WaitCall waits for a recorded call (past or future) matching match.
func (s *Server) WaitCall(timeout time.Duration, match func(Call) bool) (Call, error) {
	var found Call
	ok := s.waitFor(timeout, func() bool {
		for _, c := range s.calls {
			if match(c) {
				found = c
				return true
			}
		}
		return false
	})
	if !ok {
		return Call{}, fmt.Errorf("fakediscord: no matching REST call within %v", timeout)
	}
	return found, nil
}

// Match returns a matcher for method and exact path ("" method = any).
func Match(method, path string) func(Call) bool {
	return func(c Call) bool { return (method == "" || c.Method == method) && c.Path == path }
}

// MatchPrefix returns a matcher for method and a path prefix.
func MatchPrefix(method, prefix string) func(Call) bool {
	return func(c Call) bool {
		return (method == "" || c.Method == method) && strings.HasPrefix(c.Path, prefix)
	}
}

// ServeHTTP records the call, applies faults and routes it.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gateway" || r.URL.Path == "/gateway/" {
		s.serveGateway(w, r)
		return
	}
	body, _ := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	r.Body = io.NopCloser(bytes.NewReader(body))
	path := strings.TrimPrefix(r.URL.Path, APIPrefix)
	call := Call{Method: r.Method, Path: path, Query: r.URL.RawQuery, Auth: r.Header.Get("Authorization"), At: time.Now()}
	if b := bytes.TrimSpace(body); len(b) > 0 && json.Valid(b) {
		call.Body = json.RawMessage(b)
	}
	rec := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	defer func() {
		s.mu.Lock()
		call.Status = rec.status
		s.calls = append(s.calls, call)
		hook := s.callHook
		s.notifyLocked()
		s.mu.Unlock()
		if hook != nil {
			hook(call)
		}
	}()
	if f := s.fault(r.Method, path); f != nil {
		if f.Delay > 0 {
			select {
			case <-time.After(f.Delay):
			case <-r.Context().Done():
			}
		}
		if f.Drop {
			rec.status = 0
			if hj, ok := w.(http.Hijacker); ok {
				if c, _, err := hj.Hijack(); err == nil {
					c.Close()
					return
				}
			}
			panic(http.ErrAbortHandler)
		}
		if f.Status == http.StatusTooManyRequests {
			secs := f.RetryAfter.Seconds()
			w.Header().Set("Retry-After", strconv.Itoa(int(f.RetryAfter.Round(time.Second)/time.Second)))
			w.Header().Set("X-RateLimit-Limit", "5")
			w.Header().Set("X-RateLimit-Remaining", "0")
			w.Header().Set("X-RateLimit-Reset-After", strconv.FormatFloat(secs, 'f', 3, 64))
			w.Header().Set("X-RateLimit-Bucket", "fake")
			if f.Global {
				w.Header().Set("X-RateLimit-Global", "true")
				w.Header().Set("X-RateLimit-Scope", "global")
			} else {
				w.Header().Set("X-RateLimit-Scope", "user")
			}
			writeJSON(rec, 429, map[string]any{"message": "You are being rate limited.", "retry_after": secs, "global": f.Global})
			return
		}
		if f.Status != 0 && f.Body != "" {
			rec.Header().Set("Content-Type", "application/json")
			rec.WriteHeader(f.Status)
			io.WriteString(rec, f.Body)
			return
		}
		if f.Status != 0 {
			msg := f.Message
			if msg == "" {
				msg = errorText(f.Code, f.Status)
			}
			writeJSON(rec, f.Status, map[string]any{"message": msg, "code": f.Code})
			return
		}
	}
	if !strings.HasPrefix(r.URL.Path, APIPrefix+"/") {
		writeJSON(rec, 404, map[string]any{"message": "404: Not Found", "code": 0})
		return
	}
	if needsAuth(path) && r.Header.Get("Authorization") != "Bot "+s.opts.Token {
		writeJSON(rec, 401, map[string]any{"message": "401: Unauthorized", "code": 0})
		return
	}
	ctx := r.Context()
	if call.Body != nil && call.Body[0] == '{' {
		ctx = context.WithValue(ctx, jsonBodyKey{}, true)
	}
	r2 := r.Clone(ctx)
	r2.URL.Path = path
	r2.URL.RawPath = ""
	s.mux.ServeHTTP(rec, r2)
}

// jsonBodyKey marks (in a request's context) a body that is a JSON object.
type jsonBodyKey struct{}

func needsAuth(path string) bool {
	// Interaction callbacks and webhook tokens authenticate by their token.
	return !strings.HasPrefix(path, "/interactions/") && !strings.HasPrefix(path, "/webhooks/") &&
		path != "/gateway"
}

func (s *Server) fault(method, path string) *Fault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.faults {
		if f.Method != "" && f.Method != method {
			continue
		}
		if f.Path != "" && !strings.HasPrefix(path, f.Path) {
			continue
		}
		if f.Times > 0 && f.used >= f.Times {
			continue
		}
		f.used++
		cp := *f
		return &cp
	}
	return nil
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	if status == http.StatusNoContent {
		w.WriteHeader(status)
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		status, b = 500, []byte(`{"message":"fake: cannot encode","code":0}`)
	}
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

func (s *Server) botUser() map[string]any {
	return map[string]any{"id": s.opts.BotUserID, "username": s.opts.BotName, "discriminator": "0",
		"global_name": nil, "bot": true, "avatar": nil}
}

func (s *Server) routes() {
	m := http.NewServeMux()
	s.mux = m
	m.HandleFunc("GET /gateway", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]any{"url": s.GatewayURL})
	})
	m.HandleFunc("GET /gateway/bot", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]any{"url": s.GatewayURL, "shards": 1,
			"session_start_limit": map[string]any{"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1}})
	})
	m.HandleFunc("GET /users/@me", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, s.botUser()) })
	m.HandleFunc("GET /oauth2/applications/@me", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, map[string]any{"id": s.opts.ApplicationID, "name": s.opts.BotName,
			"verify_key": s.PublicKeyHex(), "bot": s.botUser(), "flags": 0})
	})
	m.HandleFunc("GET /applications/{app}/commands", s.getCommands)
	m.HandleFunc("PUT /applications/{app}/commands", s.putCommands)
	m.HandleFunc("GET /applications/{app}/guilds/{guild}/commands", s.getCommands)
	m.HandleFunc("PUT /applications/{app}/guilds/{guild}/commands", s.putCommands)
	m.HandleFunc("POST /interactions/{id}/{token}/callback", func(w http.ResponseWriter, r *http.Request) {
		// ServeHTTP already checked the body is JSON (load tests post
		// thousands of these: decode nothing twice).
		if ok, _ := r.Context().Value(jsonBodyKey{}).(bool); !ok {
			writeJSON(w, 400, map[string]any{"message": "400: Bad Request", "code": 50109})
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	webhookMsg := func(w http.ResponseWriter, r *http.Request) {
		var v map[string]any
		if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
			writeJSON(w, 400, map[string]any{"message": "400: Bad Request", "code": 50109})
			return
		}
		id := r.PathValue("msg")
		if id == "" || id == "@original" {
			id = s.NewID()
		}
		writeJSON(w, 200, s.message(id, "", v))
	}
	m.HandleFunc("PATCH /webhooks/{app}/{token}/messages/{msg}", webhookMsg)
	m.HandleFunc("GET /webhooks/{app}/{token}/messages/{msg}", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 200, s.message(s.NewID(), "", map[string]any{}))
	})
	m.HandleFunc("DELETE /webhooks/{app}/{token}/messages/{msg}", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	m.HandleFunc("POST /webhooks/{app}/{token}", webhookMsg)
	m.HandleFunc("POST /channels/{channel}/messages", func(w http.ResponseWriter, r *http.Request) {
		var v map[string]any
		if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
			writeJSON(w, 400, map[string]any{"message": "400: Bad Request", "code": 50109})
			return
		}
		writeJSON(w, 200, s.message(s.NewID(), r.PathValue("channel"), v))
	})
	m.HandleFunc("POST /channels/{channel}/typing", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	m.HandleFunc("POST /users/@me/channels", func(w http.ResponseWriter, r *http.Request) {
		var v struct {
			RecipientID string `json:"recipient_id"`
		}
		_ = json.NewDecoder(r.Body).Decode(&v)
		writeJSON(w, 200, map[string]any{"id": s.NewID(), "type": 1,
			"recipients": []any{map[string]any{"id": v.RecipientID, "username": "user" + v.RecipientID}}})
	})
	m.HandleFunc("PUT /guilds/{guild}/members/{user}/roles/{role}", func(w http.ResponseWriter, r *http.Request) {
		s.changeRole(r.PathValue("guild"), r.PathValue("user"), r.PathValue("role"), true)
		w.WriteHeader(http.StatusNoContent)
	})
	m.HandleFunc("DELETE /guilds/{guild}/members/{user}/roles/{role}", func(w http.ResponseWriter, r *http.Request) {
		s.changeRole(r.PathValue("guild"), r.PathValue("user"), r.PathValue("role"), false)
		w.WriteHeader(http.StatusNoContent)
	})
	m.HandleFunc("GET /guilds/{guild}/members/{user}", func(w http.ResponseWriter, r *http.Request) {
		roles, ok := s.memberRoles(r.PathValue("guild"), r.PathValue("user"))
		if !ok {
			writeJSON(w, 404, map[string]any{"message": "Unknown Member", "code": 10007})
			return
		}
		writeJSON(w, 200, s.memberJSON(User{ID: r.PathValue("user")}, roles))
	})
	m.HandleFunc("GET /channels/{channel}", func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("channel")
		s.mu.Lock()
		c, ok := s.channels[id]
		s.mu.Unlock()
		if !ok {
			writeJSON(w, 404, map[string]any{"message": "Unknown Channel", "code": 10003})
			return
		}
		out := map[string]any{"id": id, "type": c.Type, "guild_id": c.GuildID, "name": c.Name}
		if c.ParentID != "" {
			out["parent_id"] = c.ParentID
		}
		writeJSON(w, 200, out)
	})
	m.HandleFunc("GET /guilds/{guild}", func(w http.ResponseWriter, r *http.Request) {
		id := r.PathValue("guild")
		g := s.guild(id)
		out := map[string]any{"id": id, "name": g.Name, "owner_id": "1", "roles": []any{}, "emojis": []any{},
			"features": []any{}, "icon": nil, "verification_level": 0}
		if r.URL.Query().Get("with_counts") == "true" {
			out["approximate_member_count"] = g.MemberCount
			out["approximate_presence_count"] = 0
		}
		writeJSON(w, 200, out)
	})
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, 404, map[string]any{"message": "404: Not Found", "code": 0})
	})
}

func (s *Server) message(id, channel string, v map[string]any) map[string]any {
	msg := map[string]any{"id": id, "channel_id": channel, "author": s.botUser(), "type": 0,
		"timestamp": time.Now().UTC().Format(time.RFC3339), "tts": false, "mention_everyone": false,
		"mentions": []any{}, "attachments": []any{}, "embeds": []any{}, "components": []any{}}
	for _, k := range []string{"content", "embeds", "components", "flags"} {
		if x, ok := v[k]; ok && x != nil {
			msg[k] = x
		}
	}
	if d, ok := v["data"].(map[string]any); ok {
		for _, k := range []string{"content", "embeds", "components", "flags"} {
			if x, ok := d[k]; ok && x != nil {
				msg[k] = x
			}
		}
	}
	return msg
}

func (s *Server) getCommands(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("app") != s.opts.ApplicationID {
		writeJSON(w, 403, map[string]any{"message": "Missing Access", "code": 50001})
		return
	}
	s.mu.Lock()
	cmds := s.commands[r.PathValue("guild")]
	if cmds == nil {
		cmds = []map[string]any{}
	}
	b, _ := json.Marshal(cmds)
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}

func (s *Server) putCommands(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("app") != s.opts.ApplicationID {
		writeJSON(w, 403, map[string]any{"message": "Missing Access", "code": 50001})
		return
	}
	var cmds []map[string]any
	if err := json.NewDecoder(r.Body).Decode(&cmds); err != nil {
		writeJSON(w, 400, map[string]any{"message": "Invalid Form Body", "code": 50035})
		return
	}
	if err := validateCommands(cmds); err != nil {
		writeJSON(w, 400, map[string]any{"message": "Invalid Form Body: " + err.Error(), "code": 50035})
		return
	}
	guild := r.PathValue("guild")
	for _, c := range cmds {
		c["id"] = s.NewID()
		c["application_id"] = s.opts.ApplicationID
		c["version"] = s.NewID()
		if _, ok := c["type"]; !ok {
			c["type"] = 1
		}
		if guild != "" {
			c["guild_id"] = guild
		}
		c["default_member_permissions"] = nil
		c["nsfw"] = false
	}
	s.mu.Lock()
	s.commands[guild] = cmds
	b, _ := json.Marshal(cmds)
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}

// validateCommands checks the limits Discord enforces on a bulk overwrite.
func validateCommands(cmds []map[string]any) error {
	if len(cmds) > 100 {
		return errors.New("more than 100 commands")
	}
	seen := map[string]bool{}
	for _, c := range cmds {
		name, _ := c["name"].(string)
		desc, _ := c["description"].(string)
		if name == "" || len(name) > 32 || seen[name] {
			return fmt.Errorf("bad or repeated command name %q", name)
		}
		seen[name] = true
		if n := len([]rune(desc)); n == 0 || n > 100 {
			return fmt.Errorf("command %s: description length %d", name, n)
		}
		opts, _ := c["options"].([]any)
		if len(opts) > 25 {
			return fmt.Errorf("command %s: more than 25 options", name)
		}
		for _, o := range opts {
			om, _ := o.(map[string]any)
			choices, _ := om["choices"].([]any)
			if len(choices) > 25 {
				return fmt.Errorf("command %s: more than 25 choices", name)
			}
			if ac, _ := om["autocomplete"].(bool); ac && len(choices) > 0 {
				return fmt.Errorf("command %s: autocomplete with choices", name)
			}
		}
	}
	return nil
}

// SetCommands replaces the registered commands of a scope ("" = global) as
// if they had been registered before, from their JSON.
func (s *Server) SetCommands(guildID string, cmdsJSON []byte) error {
	var cmds []map[string]any
	if err := json.Unmarshal(cmdsJSON, &cmds); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.commands[guildID] = cmds
	return nil
}

// Commands returns the registered commands of a scope ("" = global) as JSON.
func (s *Server) Commands(guildID string) json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, _ := json.Marshal(s.commands[guildID])
	return b
}

// errorText is the message Discord sends with a JSON error code.
func errorText(code, status int) string {
	switch code {
	case 10007:
		return "Unknown Member"
	case 10011:
		return "Unknown Role"
	case 50001:
		return "Missing Access"
	case 50007:
		return "Cannot send messages to this user"
	case 50013:
		return "Missing Permissions"
	}
	return http.StatusText(status)
}

// Guild is what GET /guilds/{id} reports about a guild.
type Guild struct {
	Name        string
	MemberCount int // approximate_member_count (with_counts=true); 0 = the number of known members
}

// Channel is what GET /channels/{id} reports about a channel.
type Channel struct {
	GuildID  string
	Name     string
	Type     int    // 0 text, 5 announcement, 11 public thread, 12 private thread, 15 forum
	ParentID string // a thread's channel (a forum post's forum); a channel's category
}

// Channel types.
const (
	ChannelText          = 0
	ChannelPublicThread  = 11
	ChannelPrivateThread = 12
	ChannelForum         = 15
)

// SetChannel makes GET /channels/{id} report c (unknown ids answer 404,
// code 10003).
func (s *Server) SetChannel(id string, c Channel) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.channels[id] = c
}

// SetGuild sets a guild's name and member count.
func (s *Server) SetGuild(id string, g Guild) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.guilds[id] = g
}

func (s *Server) guild(id string) Guild {
	s.mu.Lock()
	defer s.mu.Unlock()
	g, ok := s.guilds[id]
	if !ok || g.Name == "" {
		g.Name = "Test Server"
	}
	if g.MemberCount == 0 {
		g.MemberCount = len(s.members[id])
	}
	return g
}

// SetMemberRoles makes user a member of guild with exactly these roles.
func (s *Server) SetMemberRoles(guild, user string, roles ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.members[guild] == nil {
		s.members[guild] = map[string][]string{}
	}
	s.members[guild][user] = append([]string{}, roles...)
	s.notifyLocked()
}

// MemberRoles returns a member's roles as changed by role PUT/DELETE calls;
// ok is false for someone who is not a member.
func (s *Server) MemberRoles(guild, user string) (roles []string, ok bool) {
	return s.memberRoles(guild, user)
}

func (s *Server) memberRoles(guild, user string) ([]string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.members[guild][user]
	return append([]string{}, r...), ok
}

// changeRole applies a role PUT (add) or DELETE; like Discord, it is
// idempotent, and it makes an unknown user a member.
func (s *Server) changeRole(guild, user, role string, add bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.members[guild] == nil {
		s.members[guild] = map[string][]string{}
	}
	cur := s.members[guild][user]
	out := []string{}
	for _, r := range cur {
		if r != role {
			out = append(out, r)
		}
	}
	if add {
		out = append(out, role)
	}
	s.members[guild][user] = out
}

func (s *Server) memberJSON(u User, roles []string) map[string]any {
	rs := []any{}
	for _, r := range roles {
		rs = append(rs, r)
	}
	return map[string]any{"user": u.json(), "nick": nil, "roles": rs,
		"joined_at": "2024-01-01T00:00:00+00:00", "deaf": false, "mute": false, "pending": false}
}
