package bot

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Router dispatches requests to the registry's handlers through middleware.
// Handle never fails: errors become polite answers, internal ones are logged.
// Typed lines are parsed inside the chain (see Request.Line), so a line
// that does not parse is counted, logged and rate limited like any other.
type Router struct {
	Registry *Registry
	Logger   *slog.Logger
	mw       []Middleware
	handler  Handler
}

// NewRouter builds a router. Middleware run in the order given, outermost first.
func NewRouter(reg *Registry, logger *slog.Logger, mw ...Middleware) *Router {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	r := &Router{Registry: reg, Logger: logger, mw: mw}
	r.handler = r.wrap(r.dispatch)
	return r
}

func (r *Router) wrap(h Handler) Handler {
	for i := len(r.mw) - 1; i >= 0; i-- {
		h = r.mw[i](h)
	}
	return h
}

// CommandAutocomplete is Request.Command for autocomplete lookups run
// Through the router (logs and metrics name them so).
const CommandAutocomplete = "autocomplete"

// Through runs h behind the router's middleware (metrics, logging, input
// and rate limits) instead of a registry command: for requests that are not
// commands, such as autocomplete. req.Command names it in logs and metrics.
func (r *Router) Through(ctx context.Context, req *Request, h Handler) (*Answer, error) {
	return r.wrap(h)(ctx, req)
}

// parse turns req.Line into the command and options it names; it runs
// innermost, after the limits. An unknown command leaves its (clipped)
// name in req.Command for logs and metrics.
func (r *Router) parse(req *Request) error {
	line := req.Line
	req.Line = ""
	var parsed Request
	name, err := parseLineInto(r.Registry, line, &parsed)
	if err != nil {
		req.Command = clip(name, 32)
		return err
	}
	req.Command, req.Options, req.Text = parsed.Command, parsed.Options, parsed.Text
	cmd, _ := r.Registry.Lookup(req.Command)
	freeText := !strings.HasPrefix(line, "/") // the ask handler reads hints it does not declare
	for k, v := range req.Hints {
		has := false
		if cmd != nil {
			_, has = cmd.Option(k)
		}
		if (has || freeText) && req.Option(k) == "" && strings.TrimSpace(v) != "" {
			req.Options[k] = strings.TrimSpace(v)
		}
	}
	return nil
}

func (r *Router) dispatch(ctx context.Context, req *Request) (*Answer, error) {
	if req.Line != "" {
		if err := r.parse(req); err != nil {
			return nil, err
		}
	}
	name := req.Command
	if name == "" {
		name = "ask"
	}
	cmd, ok := r.Registry.Lookup(name)
	if !ok {
		return nil, unknownCommand(name)
	}
	for _, o := range cmd.Options {
		if o.Required && req.Option(o.Name) == "" {
			return nil, Errorf(EINVALID, "/%s needs %s. Usage: %s", cmd.Name, o.Name, cmd.Usage())
		}
	}
	typed := req.Option(unknownCommandOption)
	if typed == "" {
		return cmd.Handler(ctx, req)
	}
	a, err := cmd.Handler(ctx, req)
	if err != nil || a == nil || !a.Answered {
		req.Command = clip(typed, 32) // logs and metrics name the command typed
		return nil, unknownCommand(typed)
	}
	a.Note = strings.TrimSpace(fmt.Sprintf("There's no /%s command, so I read that as a question. %s", typed, a.Note))
	return a, nil
}

// Serve runs the request through middleware and handler and returns what
// they returned, error included.
func (r *Router) Serve(ctx context.Context, req *Request) (*Answer, error) {
	return r.handler(ctx, req)
}

// Handle answers a request; a coded error becomes an unanswered answer with
// its message, any other error is logged and becomes an apology. The
// answer remembers what the user typed (Answer.Echo) so that renderers can
// escape it.
func (r *Router) Handle(ctx context.Context, req *Request) *Answer {
	req.own = nil
	a, err := r.Serve(ctx, req)
	if err != nil {
		a = ErrorAnswer(err)
	} else if a == nil {
		r.Logger.Error("handler returned no answer", "command", req.Command, "platform", req.Platform)
		a = ErrorAnswer(fmt.Errorf("nil answer for %q", req.Command))
	}
	// A copy: handlers may return shared answers (cached help, panels);
	// not of the recorder's copy, made for this request alone. After
	// Serve, the line has been parsed into options.
	c := a
	if a != req.own {
		cp := *a
		c = &cp
	}
	req.own = nil
	c.Echo = req.appendTyped(append(make([]string, 0, len(a.Echo)+req.typedCap()), a.Echo...))
	if len(c.Echo) == 0 {
		c.Echo = nil // as before
	}
	return c
}

// HandleLine answers a typed line; it is parsed inside the middleware chain.
func (r *Router) HandleLine(ctx context.Context, base Request, line string) *Answer {
	return r.Handle(ctx, LineRequest(base, line))
}

// LineRequest is a request for a typed line ("/salary CA" or a question),
// with base's platform, user and channel; the router parses it inside its
// middleware chain.
func LineRequest(base Request, line string) *Request {
	line = strings.TrimSpace(line)
	req := &Request{Platform: base.Platform, UserID: base.UserID, UserName: base.UserName,
		ChannelID: base.ChannelID, GuildID: base.GuildID, Hints: base.Hints,
		Conversation: base.Conversation, ConversationTTL: base.ConversationTTL,
		Line: line, Text: line}
	if line == "" {
		req.Command = "ask"
		req.Options = map[string]string{"question": ""}
	}
	// Otherwise no options until the router parses the line, which
	// replaces them (an empty map made here was garbage on every line).
	return req
}

// ErrorAnswer turns an error into what the user sees.
func ErrorAnswer(err error) *Answer {
	return &Answer{Answered: false, Body: ErrorMessage(err), Ephemeral: true, Code: ErrorCode(err), RetryAfter: RetryAfter(err)}
}

// Recover turns a panic in a handler into an internal error, logged with its
// stack; onPanic (may be nil) is called for metrics.
func Recover(logger *slog.Logger, onPanic func()) Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, req *Request) (a *Answer, err error) {
			defer func() {
				if p := recover(); p != nil {
					logger.Error("panic in handler", "command", req.Command, "platform", req.Platform,
						"panic", fmt.Sprint(p), "stack", string(debug.Stack()))
					if onPanic != nil {
						onPanic()
					}
					a, err = nil, fmt.Errorf("panic: %v", p)
				}
			}()
			return next(ctx, req)
		}
	}
}

// Outcome classifies a handled request for logs and metrics.
func Outcome(a *Answer, err error) string {
	switch {
	case err != nil && ErrorCode(err) == EINTERNAL:
		return "error"
	case err != nil && IsLimited(ErrorCode(err)):
		return "limited"
	case err != nil:
		return "rejected"
	case a != nil && a.Answered:
		return "answered"
	default:
		return "not_answered"
	}
}

// Logging logs one line per request: platform, command, latency and outcome.
// Message text is logged only at debug level (privacy).
func Logging(logger *slog.Logger) Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, req *Request) (*Answer, error) {
			start := time.Now()
			a, err := next(ctx, req)
			code, level := ErrorCode(err), slog.LevelInfo
			switch code {
			case EINTERNAL:
				level = slog.LevelError
			case ELIMITEDSILENT: // one line per flood, not per request
				level = slog.LevelDebug
			}
			// The attributes are built only for a line the level lets through.
			if logger.Enabled(ctx, level) {
				attrs := []any{"platform", req.Platform, "command", commandName(req),
					"latency", time.Since(start).Round(time.Microsecond), "outcome", Outcome(a, err)}
				if a != nil && a.Career != "" {
					attrs = append(attrs, "career", a.Career)
				}
				switch code {
				case EINTERNAL:
					logger.Error("question failed", append(attrs, "err", err)...)
				case ELIMITEDSILENT:
					logger.Debug("question refused", append(attrs, "reason", err.Error())...)
				case "":
					logger.Info("question", attrs...)
				default:
					logger.Info("question refused", append(attrs, "reason", err.Error())...)
				}
			}
			if logger.Enabled(ctx, slog.LevelDebug) {
				logger.Debug("question text", "platform", req.Platform, "text", req.Text)
			}
			return a, err
		}
	}
}

func commandName(req *Request) string {
	if req.Command == "" {
		return "ask"
	}
	return req.Command
}

// InputLimits rejects text that is too long, not UTF-8 or full of control
// characters, before any handler sees it.
func InputLimits(maxLen int) Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, req *Request) (*Answer, error) {
			if err := CheckInput(req.Text, maxLen); err != nil {
				return nil, err
			}
			for _, v := range req.Options {
				if err := CheckInput(v, maxLen); err != nil {
					return nil, err
				}
			}
			for _, v := range req.Hints { // options-to-be, applied after parsing
				if err := CheckInput(v, maxLen); err != nil {
					return nil, err
				}
			}
			return next(ctx, req)
		}
	}
}

// CheckInput validates one piece of user text.
func CheckInput(s string, maxLen int) error {
	// ASCII (most messages): one pass finds what the three below find.
	ctrl := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return checkInputRunes(s, maxLen)
		}
		ctrl = ctrl || c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f
	}
	if maxLen > 0 && len(s) > maxLen {
		return Errorf(EINVALID, "That message is %d characters long; please keep questions under %d characters.", len(s), maxLen)
	}
	if ctrl {
		return Errorf(EINVALID, "That message contains control characters I can't read. Please type it as plain text.")
	}
	return nil
}

// checkInputRunes is CheckInput for any text.
func checkInputRunes(s string, maxLen int) error {
	if !utf8.ValidString(s) {
		return Errorf(EINVALID, "I couldn't read that message: it isn't valid text (UTF-8). Please type it again.")
	}
	if maxLen > 0 && utf8.RuneCountInString(s) > maxLen {
		return Errorf(EINVALID, "That message is %d characters long; please keep questions under %d characters.", utf8.RuneCountInString(s), maxLen)
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' {
			return Errorf(EINVALID, "That message contains control characters I can't read. Please type it as plain text.")
		}
	}
	return nil
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// Clip shortens s to at most n runes, cutting at a word boundary where one is
// near and ending with an ellipsis.
func Clip(s string, n int) string {
	if n <= 0 {
		return ""
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := n - 1
	for i := cut; i > cut-40 && i > 0; i-- {
		if unicode.IsSpace(r[i]) {
			cut = i
			break
		}
	}
	return strings.TrimRightFunc(string(r[:cut]), unicode.IsSpace) + "…"
}
