package httpapi

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"path"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/metrics"
)

// Config is the http section of the configuration file.
type Config struct {
	// Listen is the address of the one HTTP listener (default 127.0.0.1:8080).
	Listen string `yaml:"listen"`
	// MaxBodyBytes caps request bodies (default 65536).
	MaxBodyBytes int64 `yaml:"max_body_bytes"`
	// AskTimeout bounds one POST /v1/ask (default 10s).
	AskTimeout time.Duration `yaml:"ask_timeout"`
	// ShutdownTimeout bounds the drain of requests in flight on shutdown
	// (default 10s).
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	// UserHeader names a request header whose value identifies the asker for
	// rate limits (e.g. X-Careerbot-User), for a trusted backend asking on
	// behalf of its users. Empty (the default): askers are told apart by IP.
	UserHeader string `yaml:"user_header"`
	// TrustForwardedFor takes the client IP from the last X-Forwarded-For
	// entry; turn it on only behind a reverse proxy that sets it.
	TrustForwardedFor bool `yaml:"trust_forwarded_for"`
	// AllowOrigins lists origins (e.g. https://example.org, or "*") whose
	// pages may call /v1/ask and /v1/commands from a browser (CORS). Empty:
	// only the built-in page, which is same-origin.
	AllowOrigins []string `yaml:"allow_origins"`
	// AdminToken turns on the /admin dashboard, which then needs
	// "Authorization: Bearer TOKEN" or a login with it. Empty: no /admin.
	AdminToken string `yaml:"admin_token"`
}

// Defaults.
const (
	DefaultListen          = "127.0.0.1:8080"
	DefaultMaxBodyBytes    = 64 << 10
	DefaultAskTimeout      = 10 * time.Second
	DefaultShutdownTimeout = 10 * time.Second
	// Platform is Request.Platform for questions asked over HTTP.
	Platform = "http"
)

func (c Config) withDefaults() Config {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.AskTimeout <= 0 {
		c.AskTimeout = DefaultAskTimeout
	}
	if c.ShutdownTimeout <= 0 {
		c.ShutdownTimeout = DefaultShutdownTimeout
	}
	return c
}

// Options are what New needs.
type Options struct {
	Config Config
	// Router answers /v1/ask and lists /v1/commands (its Registry).
	Router *bot.Router
	Logger *slog.Logger
	// Metrics is served on /metrics; nil: /metrics answers 404.
	Metrics *metrics.Metrics
	// Adapters are the configured chat adapters; /readyz needs every one
	// Ready().
	Adapters []bot.Adapter
	// ContentReady reports whether the guides are loaded and indexed; nil
	// means they are whenever Router is set.
	ContentReady func() bool
	// Ready, when set, replaces the Adapters and ContentReady checks.
	Ready func() (ready bool, detail map[string]any)
	// Details adds entries to /readyz's body (the store's state); they do
	// not change readiness.
	Details func() map[string]any
	// Feedback takes POST /v1/feedback votes; nil: 404 (nothing recorded).
	Feedback bot.FeedbackTaker
	// Reporter feeds the /admin dashboard (with Config.AdminToken set).
	Reporter bot.Reporter
}

// Server is careerbot's HTTP API, health endpoints, metrics and web chat.
type Server struct {
	cfg      Config
	opts     Options
	logger   *slog.Logger
	mux      *http.ServeMux
	draining atomic.Bool
}

//go:embed web
var webFiles embed.FS

// New builds the server; serve it with ListenAndServe, or use it as an
// http.Handler.
func New(opts Options) *Server {
	s := &Server{cfg: opts.Config.withDefaults(), opts: opts, logger: opts.Logger, mux: http.NewServeMux()}
	if s.logger == nil {
		s.logger = slog.New(slog.DiscardHandler)
	}
	s.mux.HandleFunc("/healthz", s.healthz)
	s.mux.HandleFunc("/readyz", s.readyz)
	s.mux.HandleFunc("/metrics", s.metrics)
	s.mux.HandleFunc("/v1/ask", s.ask)
	s.mux.HandleFunc("/v1/commands", s.commands)
	s.mux.HandleFunc("/v1/complete", s.complete)
	s.mux.HandleFunc("/v1/start", s.start)
	s.mux.HandleFunc("/openapi.json", s.openapi)
	s.mux.HandleFunc("/v1/feedback", s.feedback)
	s.mountAdmin()
	s.mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", "No such endpoint.")
	})
	s.mux.HandleFunc("/", s.static)
	return s
}

// Handle mounts another handler (the Discord and Slack HTTP-mode endpoints)
// on the same listener. Patterns follow http.ServeMux. Bodies are capped at
// MaxBodyBytes for mounted handlers too.
func (s *Server) Handle(pattern string, h http.Handler) { s.mux.Handle(pattern, h) }

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	sw := &statusWriter{ResponseWriter: w, draining: &s.draining}
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			s.logger.Error("panic in http handler", "path", r.URL.Path, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			s.opts.Metrics.Panic()
			if !sw.wrote {
				writeError(sw, http.StatusInternalServerError, bot.EINTERNAL, bot.Apology)
			}
		}
		if s.logger.Enabled(r.Context(), slog.LevelDebug) { // no attributes built for nothing
			s.logger.Debug("http request", "method", r.Method, "path", r.URL.Path, "status", sw.status(), "latency", time.Since(start).Round(time.Microsecond))
		}
	}()
	h := sw.Header()
	h["X-Content-Type-Options"] = nosniff
	h["Referrer-Policy"] = noReferrer
	if r.Body != nil {
		r.Body = http.MaxBytesReader(sw, r.Body, s.cfg.MaxBodyBytes)
	}
	s.mux.ServeHTTP(sw, r)
}

type statusWriter struct {
	http.ResponseWriter
	draining *atomic.Bool
	code     int
	wrote    bool
}

// begin records the status and, when shutdown has begun by the time the
// response starts (not merely when the request did: a body may still have
// been arriving), tells the client the connection closes after it.
func (w *statusWriter) begin(code int) {
	w.code, w.wrote = code, true
	if w.draining != nil && w.draining.Load() {
		w.Header().Set("Connection", "close") // shutting down: no further requests on this connection
	}
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.begin(code)
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.begin(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) status() int {
	if w.code == 0 {
		return http.StatusOK
	}
	return w.code
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// ListenAndServe listens on addr ("" means the configured address) and
// serves until ctx is cancelled; then it stops taking new connections,
// reports not ready, and waits up to ShutdownTimeout for requests in flight.
// It returns nil after a shutdown and the error if listening fails.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	if addr == "" {
		addr = s.cfg.Listen
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("http: listen on %s: %w", addr, err)
	}
	return s.Serve(ctx, ln)
}

// drainGrace is how long shutdown keeps idle keep-alive connections open
// after it stops accepting, so that requests already sent on them are read
// and answered instead of meeting a closed connection.
const drainGrace = 500 * time.Millisecond

// Serve is ListenAndServe on an open listener, which it closes.
//
// Shutdown: the listener closes at once and readiness turns false; every
// request accepted by then (its headers read, its body perhaps still
// arriving) is answered, each response saying Connection: close; idle
// keep-alive connections get a short grace for requests already on the
// way, then are closed; all of it within ShutdownTimeout.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	ln = &onceCloseListener{Listener: ln}
	conns := &connStates{m: map[net.Conn]http.ConnState{}}
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      s.cfg.AskTimeout + 30*time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          slog.NewLogLogger(s.logger.Handler(), slog.LevelWarn),
		ConnState:         conns.set,
	}
	s.logger.Info("http listening", "addr", ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("http: %w", err)
	case <-ctx.Done():
	}
	deadline := time.Now().Add(s.cfg.ShutdownTimeout)
	s.draining.Store(true) // from now on responses close their connection
	_ = ln.Close()         // no new connections
	grace := time.Now().Add(min(drainGrace, s.cfg.ShutdownTimeout/2))
	for time.Now().Before(grace) && conns.count(http.StateIdle) > 0 {
		time.Sleep(10 * time.Millisecond)
	}
	sctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		s.logger.Warn("http drain timed out; closing connections", "timeout", s.cfg.ShutdownTimeout, "err", err)
		srv.Close()
	}
	<-errc // the listener was closed
	s.logger.Info("http stopped")
	return nil
}

// onceCloseListener lets Serve and http.Server both close the listener.
type onceCloseListener struct {
	net.Listener
	once sync.Once
	err  error
}

func (l *onceCloseListener) Close() error {
	l.once.Do(func() { l.err = l.Listener.Close() })
	return l.err
}

// connStates tracks the server's connections by state.
type connStates struct {
	mu sync.Mutex
	m  map[net.Conn]http.ConnState
}

func (c *connStates) set(conn net.Conn, st http.ConnState) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if st == http.StateClosed || st == http.StateHijacked {
		delete(c.m, conn)
		return
	}
	c.m[conn] = st
}

func (c *connStates) count(st http.ConnState) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, v := range c.m {
		if v == st {
			n++
		}
	}
	return n
}

// Draining reports whether shutdown has begun.
func (s *Server) Draining() bool { return s.draining.Load() }

// --- helpers ---

type errorJSON struct {
	Error   string `json:"error"`
	Message string `json:"message"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	bp := bufPool.Get().(*[]byte)
	b, err := appendEncoded((*bp)[:0], v)
	if err != nil {
		status = http.StatusInternalServerError
		b, _ = json.Marshal(errorJSON{bot.EINTERNAL, bot.Apology})
	}
	b = append(b, '\n')
	h := w.Header()
	h["Content-Type"] = jsonContentType
	h["Cache-Control"] = noStore
	// Known up front: net/http need not buffer the reply to count it, nor
	// send a long one chunked.
	h["Content-Length"] = []string{strconv.Itoa(len(b))}
	w.WriteHeader(status)
	w.Write(b) // the writer copies it: the buffer goes back to the pool
	if err == nil && cap(b) <= maxPooled {
		*bp = b[:0]
		bufPool.Put(bp)
	}
}

// Header values set on every JSON reply, shared (net/http only reads them;
// Header.Set would allocate a slice per reply).
var (
	jsonContentType = []string{"application/json; charset=utf-8"}
	noStore         = []string{"no-store"}
	nosniff         = []string{"nosniff"}
	noReferrer      = []string{"no-referrer"}
)

// bufPool holds encoding buffers for replies; one larger than maxPooled is
// left to the GC.
var bufPool = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

const maxPooled = 64 << 10

// encode is json.Marshal, except that a value that encodes itself (an
// answer) is encoded once: json.Marshal would re-parse and compact what its
// MarshalJSON returns, which is compact JSON already.
func encode(v any) ([]byte, error) { return appendEncoded(nil, v) }

// appendEncoded appends encode(v) to dst; an answer is written straight
// into it (bot.Answer.AppendJSON).
func appendEncoded(dst []byte, v any) ([]byte, error) {
	switch m := v.(type) {
	case interface{ AppendJSON([]byte) []byte }:
		return m.AppendJSON(dst), nil
	case json.Marshaler:
		b, err := m.MarshalJSON()
		return append(dst, b...), err
	}
	b, err := json.Marshal(v)
	return append(dst, b...), err
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, errorJSON{Error: code, Message: msg})
}

// allow answers 405 with a JSON body unless r's method is one of methods
// (GET also allows HEAD).
func allow(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	if slices.Contains(methods, r.Method) || (r.Method == http.MethodHead && slices.Contains(methods, http.MethodGet)) {
		return true
	}
	if slices.Contains(methods, http.MethodGet) {
		methods = append(methods, http.MethodHead)
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	writeError(w, http.StatusMethodNotAllowed, "method_not_allowed",
		fmt.Sprintf("%s is not allowed here; use %s.", clean(r.Method, 16), strings.Join(methods, " or ")))
	return false
}

// clean makes untrusted text safe to echo in a message: printable, short.
func clean(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if !unicode.IsPrint(r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	if utf8.RuneCountInString(s) > n {
		s = string([]rune(s)[:n]) + "…"
	}
	return s
}

// --- health ---

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	ready, detail := s.ready()
	if detail == nil {
		detail = map[string]any{}
	}
	if s.opts.Details != nil {
		for k, v := range s.opts.Details() {
			detail[k] = v
		}
	}
	if s.draining.Load() {
		ready = false
		detail["shutting_down"] = true
	}
	status, code := "ready", http.StatusOK
	if !ready {
		status, code = "not_ready", http.StatusServiceUnavailable
	}
	detail["status"] = status
	writeJSON(w, code, detail)
}

func (s *Server) ready() (bool, map[string]any) {
	if s.opts.Ready != nil {
		return s.opts.Ready()
	}
	content := s.opts.Router != nil
	if s.opts.ContentReady != nil {
		content = content && s.opts.ContentReady()
	}
	ready := content
	adapters := map[string]bool{}
	detail := map[string]any{"content": content, "adapters": adapters}
	for _, a := range s.opts.Adapters {
		ok := a.Ready()
		adapters[a.Name()] = ok
		ready = ready && ok
		// More about an adapter, e.g. Discord's commands not registered.
		if d, has := a.(interface{ ReadyDetail() map[string]any }); has {
			detail[a.Name()] = d.ReadyDetail()
		}
	}
	return ready, detail
}

func (s *Server) metrics(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	if s.opts.Metrics == nil {
		writeError(w, http.StatusNotFound, "not_found", "Metrics are not enabled.")
		return
	}
	s.opts.Metrics.Handler().ServeHTTP(w, r)
}

// --- API ---

// AskRequest is the body of POST /v1/ask.
type AskRequest struct {
	// Text is a question in plain words, or a command line starting with "/"
	// ("/salary CA").
	Text string `json:"text"`
	// Career optionally names the guide (slug, name or alias).
	Career string `json:"career,omitempty"`
	// Conversation optionally ties questions together (the web chat keeps
	// one per tab): "and in NY?" after "/salary CA" gives New York's figure.
	Conversation string `json:"conversation,omitempty"`
}

// DecodeAsk reads an AskRequest: one JSON object, nothing after it.
// Errors are *RequestError with the HTTP status to answer.
func DecodeAsk(body io.Reader) (AskRequest, error) {
	// The body is read whole into a pooled buffer and unmarshalled: a
	// json.Decoder allocates its own buffer and scans twice. A body
	// Unmarshal accepts is exactly one JSON value and nothing after it,
	// which is what the decoder accepts. Anything else goes through the
	// decoder, over the same bytes followed by the same read error, so that
	// every error is classified as before.
	bp := bodyPool.Get().(*[]byte)
	b, rerr := readAll((*bp)[:0], body)
	defer func() {
		if cap(b) <= maxPooled {
			*bp = b[:0]
			bodyPool.Put(bp)
		}
	}()
	if rerr == nil {
		if req, ok := decodeAskSimple(b); ok {
			return req, checkConversation(req)
		}
		var req AskRequest
		if json.Unmarshal(b, &req) == nil {
			return req, checkConversation(req)
		}
	}
	rest := io.Reader(bytes.NewReader(b))
	if rerr != nil {
		rest = io.MultiReader(rest, errReader{rerr})
	}
	return decodeAsk(rest)
}

// decodeAskSimple reads the bodies clients send, an object of the
// AskRequest's own keys (spelled exactly) with plain string values (no
// escapes, no control characters, valid UTF-8), without encoding/json's
// reflection: for those it gives what json.Unmarshal gives. ok is false
// for anything else, which json.Unmarshal then reads.
func decodeAskSimple(b []byte) (req AskRequest, ok bool) {
	i := skipJSONSpace(b, 0)
	if i == len(b) || b[i] != '{' {
		return req, false
	}
	i = skipJSONSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return req, skipJSONSpace(b, i+1) == len(b)
	}
	for {
		key, j, ok := plainJSONString(b, i)
		if !ok {
			return req, false
		}
		if i = skipJSONSpace(b, j); i == len(b) || b[i] != ':' {
			return req, false
		}
		val, j, ok := plainJSONString(b, skipJSONSpace(b, i+1))
		if !ok {
			return req, false
		}
		switch string(key) {
		case "text":
			req.Text = string(val)
		case "career":
			req.Career = string(val)
		case "conversation":
			req.Conversation = string(val)
		default:
			return req, false // json.Unmarshal matches keys without regard to case
		}
		switch i = skipJSONSpace(b, j); {
		case i < len(b) && b[i] == ',':
			i = skipJSONSpace(b, i+1)
		case i < len(b) && b[i] == '}':
			return req, skipJSONSpace(b, i+1) == len(b)
		default:
			return req, false
		}
	}
}

// skipJSONSpace returns the index of the first byte at or after i that is
// not JSON whitespace.
func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// plainJSONString reads the string at b[i:] when it needs no decoding: its
// bytes between the quotes and the index after it.
func plainJSONString(b []byte, i int) (s []byte, next int, ok bool) {
	if i >= len(b) || b[i] != '"' {
		return nil, 0, false
	}
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			s = b[i+1 : j]
			return s, j + 1, utf8.Valid(s)
		case c == '\\' || c < 0x20:
			return nil, 0, false
		}
	}
	return nil, 0, false
}

var bodyPool = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}

// readAll is io.ReadAll into dst.
func readAll(dst []byte, r io.Reader) ([]byte, error) {
	for {
		if len(dst) == cap(dst) {
			dst = append(dst, 0)[:len(dst)]
		}
		n, err := r.Read(dst[len(dst):cap(dst)])
		dst = dst[:len(dst)+n]
		if err == io.EOF {
			return dst, nil
		}
		if err != nil {
			return dst, err
		}
	}
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// decodeAsk is DecodeAsk with a json.Decoder.
func decodeAsk(body io.Reader) (AskRequest, error) {
	var req AskRequest
	dec := json.NewDecoder(body)
	if err := dec.Decode(&req); err != nil {
		return req, decodeError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return req, decodeError(err)
		}
		return req, &RequestError{http.StatusBadRequest, "bad_request", "The body must be one JSON object like {\"text\": \"how much do ML engineers make?\"}, with nothing after it."}
	}
	return req, checkConversation(req)
}

func checkConversation(req AskRequest) error {
	if c := req.Conversation; len(c) > 64 || strings.IndexFunc(c, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_')
	}) >= 0 {
		return &RequestError{http.StatusBadRequest, "bad_request", "conversation must be at most 64 letters, digits, - or _."}
	}
	return nil
}

// RequestError is a malformed request, with the status to answer.
type RequestError struct {
	Status  int
	Code    string
	Message string
}

func (e *RequestError) Error() string { return e.Message }

func decodeError(err error) error {
	var mbe *http.MaxBytesError
	var ute *json.UnmarshalTypeError
	switch {
	case errors.As(err, &mbe):
		return &RequestError{http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("The request body is over the %d byte limit.", mbe.Limit)}
	case errors.As(err, &ute):
		return &RequestError{http.StatusBadRequest, "bad_request", fmt.Sprintf("%q must be a string.", clean(ute.Field, 32))}
	case errors.Is(err, io.EOF):
		return &RequestError{http.StatusBadRequest, "bad_request", "The body is empty; send JSON like {\"text\": \"how much do ML engineers make?\"}."}
	default:
		return &RequestError{http.StatusBadRequest, "bad_request", "The body is not valid JSON; send an object like {\"text\": \"how much do ML engineers make?\"}."}
	}
}

func (s *Server) ask(w http.ResponseWriter, r *http.Request) {
	if s.cors(w, r, http.MethodPost) || !allow(w, r, http.MethodPost) {
		return
	}
	// "application/json", what clients send, needs no parsing (ParseMediaType
	// allocates its parameters); a missing type fails to parse.
	if ct := r.Header.Get("Content-Type"); ct != "application/json" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
			writeError(w, http.StatusUnsupportedMediaType, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.")
			return
		}
	}
	req, err := DecodeAsk(r.Body)
	if err != nil {
		var re *RequestError
		errors.As(err, &re)
		writeError(w, re.Status, re.Code, re.Message)
		return
	}
	// A request accepted before shutdown is answered, even if its body was
	// still arriving when shutdown began (only readiness turns false).
	if s.opts.Router == nil {
		writeError(w, http.StatusServiceUnavailable, "unavailable", "The bot is not ready to answer yet. Please try again shortly.")
		return
	}
	ctx := makeAskContext(r.Context(), s.cfg.AskTimeout)
	defer ctx.cancel()
	a := s.answer(ctx, s.identity(r), req)
	status := http.StatusOK
	switch {
	case bot.IsLimited(a.Code):
		status = http.StatusTooManyRequests
		setRetryAfter(w, a.RetryAfter)
	case a.Code == bot.EINTERNAL:
		status = http.StatusInternalServerError
	}
	writeJSON(w, status, a)
}

// answer runs one AskRequest through the router, which parses it inside
// its middleware chain (so unknown commands are counted and limited too).
func (s *Server) answer(ctx context.Context, base bot.Request, in AskRequest) *bot.Answer {
	if career := strings.TrimSpace(in.Career); career != "" {
		base.Hints = map[string]string{"career": career}
	}
	if c := strings.TrimSpace(in.Conversation); c != "" {
		// Scoped to the asker, so one member cannot step into another's
		// conversation by guessing its id.
		base.Conversation = "http:" + base.UserID + ":" + c
	}
	return s.opts.Router.Handle(ctx, bot.LineRequest(base, in.Text))
}

// identity tells askers apart for rate limits: the configured user header,
// else the client IP (IPv6 by /64, since one host often has many).
func (s *Server) identity(r *http.Request) bot.Request {
	// No ChannelID: a channel limit must never throttle all web users at once.
	req := bot.Request{Platform: Platform}
	if s.cfg.UserHeader != "" {
		if v := strings.TrimSpace(r.Header.Get(s.cfg.UserHeader)); v != "" {
			req.UserID = "user:" + clean(v, 64)
			return req
		}
	}
	raw := clientAddr(r, s.cfg.TrustForwardedFor)
	if ap, err := netip.ParseAddrPort(raw); err == nil && ap.Addr().Is4() {
		// What clientIP gives for an IPv4 address (its String), written
		// after the prefix: one string instead of two.
		var buf [32]byte
		req.UserID = string(ap.Addr().AppendTo(append(buf[:0], "ip:"...)))
		return req
	}
	req.UserID = "ip:" + clientIP(raw)
	return req
}

// ClientIP returns the client's address for rate limiting: the last
// X-Forwarded-For entry when trusted, else the connection's remote address;
// IPv6 addresses are reduced to their /64 prefix.
func ClientIP(r *http.Request, trustForwardedFor bool) string {
	return clientIP(clientAddr(r, trustForwardedFor))
}

// clientAddr is the address ClientIP reads: the last X-Forwarded-For entry
// when trusted, else the connection's remote address.
func clientAddr(r *http.Request, trustForwardedFor bool) string {
	raw := r.RemoteAddr
	if trustForwardedFor {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			parts := strings.Split(xff[len(xff)-1], ",")
			if last := strings.TrimSpace(parts[len(parts)-1]); last != "" {
				raw = last
			}
		}
	}
	return raw
}

// clientIP is ClientIP of the address clientAddr returned.
func clientIP(raw string) string {
	if ap, err := netip.ParseAddrPort(raw); err == nil {
		return maskIP(ap.Addr())
	}
	if a, err := netip.ParseAddr(raw); err == nil {
		return maskIP(a)
	}
	if host, _, err := net.SplitHostPort(raw); err == nil {
		if a, err := netip.ParseAddr(host); err == nil {
			return maskIP(a)
		}
	}
	return clean(raw, 64)
}

func maskIP(a netip.Addr) string {
	a = a.Unmap().WithZone("")
	if a.Is6() {
		p, _ := a.Prefix(64)
		return p.String()
	}
	return a.String()
}

// CommandJSON describes a command for GET /v1/commands.
type CommandJSON struct {
	Name        string       `json:"name"`
	Description string       `json:"description"`
	Usage       string       `json:"usage"`
	Example     string       `json:"example,omitempty"`
	Options     []OptionJSON `json:"options"`
}

// OptionJSON describes one option of a command.
type OptionJSON struct {
	Name         string       `json:"name"`
	Description  string       `json:"description"`
	Required     bool         `json:"required"`
	Choices      []bot.Choice `json:"choices,omitempty"`
	Autocomplete bool         `json:"autocomplete"`
	MaxLength    int          `json:"max_length,omitempty"`
}

// Commands lists a registry as JSON-ready values.
func Commands(reg *bot.Registry) []CommandJSON {
	out := []CommandJSON{}
	if reg == nil {
		return out
	}
	for _, c := range reg.Commands() {
		cj := CommandJSON{Name: c.Name, Description: c.Description, Usage: c.Usage(), Example: c.Example, Options: []OptionJSON{}}
		for _, o := range c.Options {
			cj.Options = append(cj.Options, OptionJSON{Name: o.Name, Description: o.Description, Required: o.Required,
				Choices: o.Choices, Autocomplete: o.Complete != nil, MaxLength: o.MaxLength})
		}
		out = append(out, cj)
	}
	return out
}

func (s *Server) commands(w http.ResponseWriter, r *http.Request) {
	if s.cors(w, r, http.MethodGet) || !allow(w, r, http.MethodGet) {
		return
	}
	var reg *bot.Registry
	if s.opts.Router != nil {
		reg = s.opts.Router.Registry
	}
	writeJSON(w, http.StatusOK, map[string]any{"commands": Commands(reg)})
}

// complete serves GET /v1/complete?command=salary&option=career&q=mach:
// the option's autocomplete choices (at most 25).
func (s *Server) complete(w http.ResponseWriter, r *http.Request) {
	if s.cors(w, r, http.MethodGet) || !allow(w, r, http.MethodGet) {
		return
	}
	if s.opts.Router == nil {
		writeError(w, http.StatusServiceUnavailable, "unavailable", "The bot is not ready yet.")
		return
	}
	q := r.URL.Query()
	cmd, ok := s.opts.Router.Registry.Lookup(q.Get("command"))
	if !ok {
		writeError(w, http.StatusNotFound, "not_found", "No such command.")
		return
	}
	opt, ok := cmd.Option(q.Get("option"))
	if !ok {
		writeError(w, http.StatusNotFound, "not_found", "No such option.")
		return
	}
	typed := q.Get("q")
	if err := bot.CheckInput(typed, 100); err != nil {
		writeError(w, http.StatusBadRequest, "bad_request", bot.ErrorMessage(err))
		return
	}
	// Through the router's middleware: counted in /metrics, logged and
	// rate limited like questions.
	req := s.identity(r)
	req.Command, req.Text = bot.CommandAutocomplete, typed
	choices := []bot.Choice{}
	_, err := s.opts.Router.Through(r.Context(), &req, func(ctx context.Context, _ *bot.Request) (*bot.Answer, error) {
		switch {
		case opt.Complete != nil:
			ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			defer cancel()
			choices = append(choices, opt.Complete(ctx, typed, 25)...)
		default:
			low := strings.ToLower(typed)
			for _, c := range opt.Choices {
				if strings.Contains(strings.ToLower(c.Name), low) {
					choices = append(choices, c)
				}
			}
		}
		return &bot.Answer{Answered: true}, nil
	})
	if err != nil {
		a := bot.ErrorAnswer(err)
		status := http.StatusBadRequest
		switch {
		case bot.IsLimited(a.Code):
			status = http.StatusTooManyRequests
			setRetryAfter(w, a.RetryAfter)
		case a.Code == bot.EINTERNAL:
			status = http.StatusInternalServerError
		}
		writeError(w, status, a.Code, a.Body)
		return
	}
	if len(choices) > 25 {
		choices = choices[:25]
	}
	writeJSON(w, http.StatusOK, map[string]any{"choices": choices})
}

// setRetryAfter sets Retry-After in whole seconds (at least 1).
func setRetryAfter(w http.ResponseWriter, d time.Duration) {
	secs := int(math.Ceil(d.Seconds()))
	if secs < 1 {
		secs = 1
	}
	w.Header().Set("Retry-After", strconv.Itoa(secs))
}

// cors sets CORS headers for allowed origins and answers preflight
// requests; it reports whether the request was answered.
func (s *Server) cors(w http.ResponseWriter, r *http.Request, method string) bool {
	origin := r.Header.Get("Origin")
	if origin == "" || len(s.cfg.AllowOrigins) == 0 {
		return false
	}
	if !slices.Contains(s.cfg.AllowOrigins, "*") && !slices.Contains(s.cfg.AllowOrigins, origin) {
		return false
	}
	h := w.Header()
	h.Add("Vary", "Origin")
	h.Set("Access-Control-Allow-Origin", origin)
	if r.Method != http.MethodOptions {
		return false
	}
	h.Set("Access-Control-Allow-Methods", method+", OPTIONS")
	h.Set("Access-Control-Allow-Headers", "Content-Type")
	h.Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
	return true
}

// --- web chat ---

var staticTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".svg":  "image/svg+xml",
}

const csp = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/")
	switch name {
	case "":
		name = "index.html"
	case "favicon.ico":
		name = "favicon.svg"
	}
	ctype, known := staticTypes[path.Ext(name)]
	var data []byte
	var err error
	if known && !strings.Contains(name, "/") {
		data, err = fs.ReadFile(webFiles, "web/"+name)
	}
	if !known || err != nil || strings.Contains(name, "/") {
		writeError(w, http.StatusNotFound, "not_found", "Nothing here. The chat page is at /, the API at /v1/ask.")
		return
	}
	if !allow(w, r, http.MethodGet) {
		return
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Security-Policy", csp)
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(data)
	}
}
