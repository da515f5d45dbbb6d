package bot

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Adapter connects the bot to one chat platform. cmd/careerbot starts every
// configured adapter with Run and stops them by cancelling its context.
type Adapter interface {
	// Name is the platform name used in logs and metrics ("discord", "slack").
	Name() string
	// Run connects and serves until ctx is cancelled (then returns nil) or a
	// fatal problem occurs (a bad token, a refused intent), which it returns
	// as an error telling the admin what to fix.
	Run(ctx context.Context) error
	// Ready reports whether the adapter is connected and serving.
	Ready() bool
}

// Answerer is what adapters need from the core: answer a request, never fail.
// *Router implements it.
type Answerer interface {
	Handle(ctx context.Context, req *Request) *Answer
}

// NormalizeName folds a career name or alias for comparison: lowercase,
// letters and digits only, single spaces ("ML-Engineer" → "ml engineer").
func NormalizeName(s string) string {
	if out, ok := normalizeASCII(s); ok {
		return out
	}
	return normalizeRunes(s)
}

// normalizeRunes is NormalizeName for any text (the ASCII fast path's
// reference).
func normalizeRunes(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// normalizeASCII is NormalizeName for ASCII text, in one pass and one
// allocation (none when s is already normalized); ok is false for other
// text.
func normalizeASCII(s string) (string, bool) {
	same := true // s is its own normal form so far
	n := 0       // length of the normal form
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z':
			if space && n > 0 {
				n++
				same = same && s[i-1] == ' ' && (i < 2 || s[i-2] != ' ')
			} else if space {
				same = false // leading separators
			}
			if 'A' <= c && c <= 'Z' {
				same = false
			}
			n++
			space = false
		default:
			if c != ' ' {
				same = false
			}
			space = true
		}
	}
	if same && n == len(s) {
		return s, true
	}
	b := make([]byte, 0, n)
	space = false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' {
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			space = false
		} else {
			space = true
		}
	}
	return string(b), true
}

// Observer receives adapter events for metrics; *metrics.Metrics implements
// it. Adapters accept a nil Observer and then count nothing.
type Observer interface {
	AdapterUp(adapter string, up bool)
	Reconnect(adapter string)
	Welcome(platform string)
	WelcomeFailed(platform string)
	QuickStart(platform string)
	RoleChange(platform string)
}

// NopObserver counts nothing.
type NopObserver struct{}

func (NopObserver) AdapterUp(string, bool) {}
func (NopObserver) Reconnect(string)       {}
func (NopObserver) Welcome(string)         {}
func (NopObserver) WelcomeFailed(string)   {}
func (NopObserver) QuickStart(string)      {}
func (NopObserver) RoleChange(string)      {}

// ObserverSlot holds an adapter's Observer, safe to set while the adapter
// runs; the zero value counts nothing.
type ObserverSlot struct {
	s Slot[Observer]
}

// Set replaces the observer; nil counts nothing.
func (s *ObserverSlot) Set(o Observer) {
	if o == nil {
		o = NopObserver{}
	}
	s.s.Set(o)
}

// Get returns the observer (never nil).
func (s *ObserverSlot) Get() Observer {
	if o, ok := s.s.Get(); ok {
		return o
	}
	return NopObserver{}
}
