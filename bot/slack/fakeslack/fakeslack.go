package fakeslack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Options configure a fake Slack. Zero values take the defaults shown.
type Options struct {
	BotToken  string // "xoxb-fake-bot-token"
	AppToken  string // "xapp-fake-app-token"
	TeamID    string // "T0FAKE"
	TeamName  string // "Fake Team"
	BotUserID string // "U0BOT"
	BotID     string // "B0BOT"
	AppID     string // "A0APP"

	// PingInterval is how often the Socket Mode server sends websocket PING
	// frames (100 ms). Slack sends them every few seconds.
	PingInterval time.Duration
	// AckTimeout is how long an events_api envelope may stay unacknowledged
	// before it is delivered again with retry_attempt+1 (3 s, like Slack).
	// Negative: never redeliver on a timer (still redelivered after a
	// dropped connection).
	AckTimeout time.Duration
	// MaxRetries bounds redeliveries of one event (3, like Slack).
	MaxRetries int
}

func (o *Options) defaults() {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&o.BotToken, "xoxb-fake-bot-token")
	def(&o.AppToken, "xapp-fake-app-token")
	def(&o.TeamID, "T0FAKE")
	def(&o.TeamName, "Fake Team")
	def(&o.BotUserID, "U0BOT")
	def(&o.BotID, "B0BOT")
	def(&o.AppID, "A0APP")
	if o.PingInterval <= 0 {
		o.PingInterval = 100 * time.Millisecond
	}
	if o.AckTimeout == 0 {
		o.AckTimeout = 3 * time.Second
	}
	if o.MaxRetries == 0 {
		o.MaxRetries = 3
	}
}

// Call is one recorded Web API call.
type Call struct {
	Seq    int
	Method string          // "chat.postMessage"
	Token  string          // bearer token (or form "token")
	Form   url.Values      // form-encoded parameters (nil for JSON calls)
	JSON   json.RawMessage // JSON body (nil for form calls)
	Status int             // HTTP status answered
	Error  string          // Slack error code answered, "" when ok
	At     time.Time
}

// Param returns a parameter of the call: a form value, or a top-level JSON
// field (strings unquoted, anything else as raw JSON).
func (c Call) Param(name string) string {
	if c.Form != nil {
		return c.Form.Get(name)
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(c.JSON, &m) != nil {
		return ""
	}
	raw, ok := m[name]
	if !ok {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// Ack is one acknowledgement read from a Socket Mode connection.
type Ack struct {
	EnvelopeID string
	Payload    json.RawMessage // nil or "null" for an empty ack
	Conn       int             // connection number (1 = first)
	At         time.Time
}

// ResponsePost is one post to a response_url.
type ResponsePost struct {
	URL    string
	Body   json.RawMessage
	Status int
	At     time.Time
}

type failure struct {
	code       string
	retryAfter int // seconds; >0 means HTTP 429
	times      int // remaining; <0 forever
}

// Server is a running fake Slack.
type Server struct {
	Options
	// URL is the base URL of the fake ("http://127.0.0.1:PORT/").
	URL string

	srv      *httptest.Server
	upgrader websocket.Upgrader

	mu        sync.Mutex
	changed   chan struct{} // closed and replaced on every recorded change
	calls     []Call
	acks      []Ack
	posts     []ResponsePost
	failures  map[string][]*failure
	tickets   map[string]bool
	conns     []*wsConn // open Socket Mode connections, newest last
	nconns    int       // connections ever opened
	pings     bool
	envelopes map[string]*tracked // by envelope id
	pending   []*tracked          // not acked, and not yet sent or redelivered until acked
	seq       int
	respSeq   int
	closed    bool
	done      chan struct{}
	wg        sync.WaitGroup
}

// New starts a fake Slack on 127.0.0.1; it is closed when the test ends.
func New(tb testing.TB, opts Options) *Server {
	tb.Helper()
	s := NewServer(opts)
	tb.Cleanup(s.Close)
	return s
}

// NewServer starts a fake Slack on 127.0.0.1 that the caller must Close.
func NewServer(opts Options) *Server {
	opts.defaults()
	s := &Server{
		Options:   opts,
		changed:   make(chan struct{}),
		failures:  map[string][]*failure{},
		tickets:   map[string]bool{},
		envelopes: map[string]*tracked{},
		pings:     true,
		done:      make(chan struct{}),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", s.serveAPI)
	mux.HandleFunc("/link/", s.serveLink)
	mux.HandleFunc("/response/", s.serveResponse)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(fmt.Sprintf("fakeslack: listen: %v", err))
	}
	s.srv = httptest.NewUnstartedServer(mux)
	s.srv.Listener.Close()
	s.srv.Listener = ln
	s.srv.Start()
	s.URL = s.srv.URL + "/"
	s.wg.Add(1)
	go s.redeliverLoop()
	return s
}

// APIURL is the Web API base URL to configure in the client (ends in "/").
func (s *Server) APIURL() string { return s.URL + "api/" }

// Close shuts the fake down, dropping every connection.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	close(s.done)
	conns := append([]*wsConn(nil), s.conns...)
	s.mu.Unlock()
	for _, c := range conns {
		c.close()
	}
	s.srv.CloseClientConnections()
	s.srv.Close()
	s.wg.Wait()
}

// notify wakes waiters; s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Wait blocks until cond (called with the server's state unlocked) is true
// or the timeout passes; it reports whether cond became true.
func (s *Server) Wait(timeout time.Duration, cond func() bool) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond() {
			return true
		}
		select {
		case <-ch:
		case <-deadline.C:
			return cond()
		}
	}
}

// Fail makes the next n calls of method answer with the Slack error code
// (n < 0: every call until Reset). "*" matches every method.
func (s *Server) Fail(method, code string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures[method] = append(s.failures[method], &failure{code: code, times: n})
}

// RateLimit makes the next n calls of method answer HTTP 429 with
// Retry-After: retryAfter seconds and error "ratelimited".
func (s *Server) RateLimit(method string, n, retryAfter int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if retryAfter < 1 {
		retryAfter = 1
	}
	s.failures[method] = append(s.failures[method], &failure{code: "ratelimited", retryAfter: retryAfter, times: n})
}

// Reset removes all injected failures.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = map[string][]*failure{}
}

func (s *Server) takeFailure(method string) *failure {
	for _, key := range []string{method, "*"} {
		fs := s.failures[key]
		for len(fs) > 0 && fs[0].times == 0 {
			fs = fs[1:]
		}
		s.failures[key] = fs
		if len(fs) > 0 {
			f := *fs[0]
			if fs[0].times > 0 {
				fs[0].times--
			}
			return &f
		}
	}
	return nil
}

// Calls returns the recorded Web API calls of method ("" for all).
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// WaitCall waits for a successful call of method matching pred (nil: any)
// and returns it; it fails the test after timeout.
func (s *Server) WaitCall(tb testing.TB, method string, timeout time.Duration, pred func(Call) bool) Call {
	tb.Helper()
	var found Call
	ok := s.Wait(timeout, func() bool {
		for _, c := range s.Calls(method) {
			if c.Error == "" && (pred == nil || pred(c)) {
				found = c
				return true
			}
		}
		return false
	})
	if !ok {
		tb.Fatalf("fakeslack: no matching %s call within %v; calls: %s", method, timeout, s.describeCalls())
	}
	return found
}

func (s *Server) describeCalls() string {
	var parts []string
	for _, c := range s.Calls("") {
		p := c.Method
		if c.Error != "" {
			p += "(" + c.Error + ")"
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

// bearer returns the token of a Web API request.
func bearer(r *http.Request, form url.Values) string {
	if t, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		return strings.TrimSpace(t)
	}
	if form != nil {
		return form.Get("token")
	}
	return ""
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) serveAPI(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	body, err := io.ReadAll(io.LimitReader(r.Body, 4<<20))
	if err != nil {
		http.Error(w, "read error", http.StatusBadRequest)
		return
	}
	call := Call{Method: method, At: time.Now()}
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		call.JSON = json.RawMessage(body)
	} else {
		form, err := url.ParseQuery(string(body))
		if err != nil {
			form = url.Values{}
		}
		// slack-go also repeats form parameters in the query string.
		for k, v := range r.URL.Query() {
			if _, ok := form[k]; !ok {
				form[k] = v
			}
		}
		call.Form = form
	}
	call.Token = bearer(r, call.Form)

	status, resp, retryAfter := s.answer(&call)
	call.Status = status
	if ok, _ := resp["ok"].(bool); !ok {
		call.Error, _ = resp["error"].(string)
	}

	s.mu.Lock()
	s.seq++
	call.Seq = s.seq
	s.calls = append(s.calls, call)
	s.notify()
	s.mu.Unlock()

	if retryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(retryAfter))
	}
	writeJSON(w, status, resp)
}

func fail(code string) map[string]any { return map[string]any{"ok": false, "error": code} }

// answer computes the response of one Web API call.
func (s *Server) answer(c *Call) (status int, resp map[string]any, retryAfter int) {
	s.mu.Lock()
	f := s.takeFailure(c.Method)
	s.mu.Unlock()
	if f != nil {
		if f.retryAfter > 0 {
			return http.StatusTooManyRequests, fail(f.code), f.retryAfter
		}
		return http.StatusOK, fail(f.code), 0
	}
	if code := s.checkToken(c.Method, c.Token); code != "" {
		return http.StatusOK, fail(code), 0
	}
	switch c.Method {
	case "auth.test":
		return http.StatusOK, map[string]any{"ok": true, "url": "https://fake.slack.test/",
			"team": s.TeamName, "user": "careerbot", "team_id": s.TeamID,
			"user_id": s.BotUserID, "bot_id": s.BotID}, 0
	case "apps.connections.open":
		s.mu.Lock()
		s.seq++
		ticket := fmt.Sprintf("t%d", s.seq)
		s.tickets[ticket] = true
		s.mu.Unlock()
		ws := "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/link/?ticket=" + ticket
		return http.StatusOK, map[string]any{"ok": true, "url": ws}, 0
	case "chat.postMessage", "chat.postEphemeral", "chat.update":
		channel := c.Param("channel")
		if channel == "" {
			return http.StatusOK, fail("channel_not_found"), 0
		}
		if c.Method == "chat.postEphemeral" && c.Param("user") == "" {
			return http.StatusOK, fail("user_not_found"), 0
		}
		if c.Method == "chat.update" && c.Param("ts") == "" {
			return http.StatusOK, fail("message_not_found"), 0
		}
		blocks := c.Param("blocks")
		if blocks == "" && c.Param("text") == "" {
			return http.StatusOK, fail("no_text"), 0
		}
		if code := ValidateBlocks(json.RawMessage(blocks), c.Param("text")); code != "" {
			return http.StatusOK, fail(code), 0
		}
		s.mu.Lock()
		s.seq++
		ts := fmt.Sprintf("%d.%06d", 1700000000+s.seq, s.seq)
		s.mu.Unlock()
		if c.Method == "chat.postEphemeral" {
			return http.StatusOK, map[string]any{"ok": true, "message_ts": ts}, 0
		}
		if c.Method == "chat.update" {
			ts = c.Param("ts")
		}
		return http.StatusOK, map[string]any{"ok": true, "channel": channel, "ts": ts,
			"message": map[string]any{"type": "message", "text": c.Param("text"), "bot_id": s.BotID, "ts": ts}}, 0
	case "views.publish":
		if c.Param("user_id") == "" {
			return http.StatusOK, fail("invalid_arguments"), 0
		}
		var view struct {
			Type   string          `json:"type"`
			Blocks json.RawMessage `json:"blocks"`
		}
		if json.Unmarshal([]byte(c.Param("view")), &view) != nil || view.Type != "home" {
			return http.StatusOK, fail("invalid_arguments"), 0
		}
		if code := ValidateView(view.Blocks); code != "" {
			return http.StatusOK, fail(code), 0
		}
		return http.StatusOK, map[string]any{"ok": true, "view": map[string]any{"id": "V0HOME", "type": "home"}}, 0
	case "conversations.open":
		users := c.Param("users")
		if users == "" {
			return http.StatusOK, fail("users_list_not_supplied"), 0
		}
		return http.StatusOK, map[string]any{"ok": true, "channel": map[string]any{"id": "D" + strings.TrimPrefix(strings.Split(users, ",")[0], "U")}}, 0
	case "users.info":
		u := c.Param("user")
		if u == "" {
			return http.StatusOK, fail("user_not_found"), 0
		}
		return http.StatusOK, map[string]any{"ok": true, "user": map[string]any{"id": u, "name": strings.ToLower(u), "real_name": "User " + u}}, 0
	}
	return http.StatusOK, fail("unknown_method"), 0
}

// checkToken returns the Slack error for a token used on method, "" if ok.
func (s *Server) checkToken(method, token string) string {
	wantApp := method == "apps.connections.open"
	switch {
	case token == "":
		return "not_authed"
	case wantApp && token == s.AppToken, !wantApp && token == s.BotToken:
		return ""
	case wantApp && (token == s.BotToken || strings.HasPrefix(token, "xox")),
		!wantApp && (token == s.AppToken || strings.HasPrefix(token, "xapp-")):
		return "not_allowed_token_type"
	default:
		return "invalid_auth"
	}
}

// NewResponseURL returns a fresh response_url served by the fake.
func (s *Server) NewResponseURL() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.respSeq++
	return fmt.Sprintf("%sresponse/%s/%d", s.URL, s.TeamID, s.respSeq)
}

// ResponsePosts returns the posts made to response_url (all of them when
// url is "").
func (s *Server) ResponsePosts(url string) []ResponsePost {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []ResponsePost
	for _, p := range s.posts {
		if url == "" || p.URL == url {
			out = append(out, p)
		}
	}
	return out
}

// WaitResponsePost waits for an accepted post to url and returns it.
func (s *Server) WaitResponsePost(tb testing.TB, url string, timeout time.Duration) ResponsePost {
	tb.Helper()
	var found ResponsePost
	ok := s.Wait(timeout, func() bool {
		for _, p := range s.ResponsePosts(url) {
			if p.Status == http.StatusOK {
				found = p
				return true
			}
		}
		return false
	})
	if !ok {
		tb.Fatalf("fakeslack: no post to %s within %v", url, timeout)
	}
	return found
}

// serveResponse records a post to a response_url. Like Slack it accepts at
// most 5 posts per URL and checks the message's blocks.
func (s *Server) serveResponse(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(io.LimitReader(r.Body, 4<<20))
	u := s.URL + strings.TrimPrefix(r.URL.Path, "/")
	s.mu.Lock()
	n := 0
	for _, p := range s.posts {
		if p.URL == u && p.Status == http.StatusOK {
			n++
		}
	}
	s.mu.Unlock()
	status, msg := http.StatusOK, "ok"
	var m struct {
		Text   string          `json:"text"`
		Blocks json.RawMessage `json:"blocks"`
	}
	switch {
	case r.Method != http.MethodPost:
		status, msg = http.StatusMethodNotAllowed, "method_not_allowed"
	case n >= 5:
		status, msg = http.StatusNotFound, "used_url"
	case json.Unmarshal(body, &m) != nil:
		status, msg = http.StatusBadRequest, "invalid_payload"
	default:
		if code := ValidateBlocks(m.Blocks, m.Text); code != "" {
			status, msg = http.StatusBadRequest, code
		} else if m.Text == "" && len(m.Blocks) == 0 {
			status, msg = http.StatusBadRequest, "no_text"
		}
	}
	s.mu.Lock()
	s.posts = append(s.posts, ResponsePost{URL: u, Body: body, Status: status, At: time.Now()})
	s.notify()
	s.mu.Unlock()
	w.WriteHeader(status)
	_, _ = io.WriteString(w, msg)
}

// Sign returns Slack's v0 request signature of body sent at timestamp ts.
func Sign(secret string, ts int64, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%d:", ts)
	mac.Write(body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// SignedRequest builds a request to target like Slack's HTTP delivery:
// signed with secret at time ts, with the given content type.
func SignedRequest(target, secret string, ts time.Time, contentType string, body []byte) *http.Request {
	r, err := http.NewRequest(http.MethodPost, target, strings.NewReader(string(body)))
	if err != nil {
		panic(err)
	}
	r.Header.Set("Content-Type", contentType)
	r.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(ts.Unix(), 10))
	r.Header.Set("X-Slack-Signature", Sign(secret, ts.Unix(), body))
	return r
}
