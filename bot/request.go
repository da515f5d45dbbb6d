package bot

import (
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"time"
)

// Request is one chat line from a member, whatever the platform.
type Request struct {
	Platform  string            // "cli", "discord", "slack", "http", ...
	UserID    string            // platform user id (for rate limits and logs)
	UserName  string            // display name, may be empty
	ChannelID string            // channel, DM or thread the question came from
	GuildID   string            // Discord guild or Slack team, may be empty
	Command   string            // registry name without the slash; "" means free text
	Options   map[string]string // option name → raw value as typed
	Text      string            // the line as typed (the question for free text)
	// Line, when set, is a typed line not parsed yet: the router parses it
	// inside its middleware chain into Command, Options and Text (see
	// LineRequest).
	Line string
	// Hints are option values to use when the parsed command has the
	// option and the line left it empty (the HTTP API's "career" field).
	Hints map[string]string
	// Conversation keys the conversation the line belongs to: a thread, a
	// DM, a web chat or API session, or one member in a channel. "" means
	// the line stands alone. Follow-ups ("and in NY?") are read against
	// what the conversation was last about.
	Conversation string
	// ConversationTTL is how long the conversation's subject is kept; 0
	// means the engine's default. Channels outside threads use a short one,
	// so two members talking at once are never mixed.
	ConversationTTL time.Duration
	// ChannelKind is where it was asked: ChannelDM, ChannelChannel,
	// ChannelThread or ChannelWeb; "" lets ChannelKindOf guess.
	ChannelKind string

	// own is an answer made for this request alone, by the Recorder's
	// middleware (a copy with its id): Router.Handle need not copy it
	// again.
	own *Answer
}

// typed returns the pieces of text the user typed, for escaping them in
// replies: the line and every option value.
func (r *Request) typed() []string { return r.appendTyped(nil) }

// appendTyped appends typed() to out.
func (r *Request) appendTyped(out []string) []string {
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	add(r.Line)
	add(r.Text)
	// The words of Text, then of Line (those of Text+" "+Line, without
	// building it): a command name is quoted alone.
	start := len(out)
	if isASCII(r.Text) {
		// strings.Fields' fields of ASCII text, without decoding a rune
		// and asking unicode.IsSpace of it byte by byte.
		for i := 0; i < len(r.Text); {
			for i < len(r.Text) && asciiSpace(r.Text[i]) {
				i++
			}
			j := i
			for j < len(r.Text) && !asciiSpace(r.Text[j]) {
				j++
			}
			if j > i {
				add(r.Text[i:j])
			}
			i = j
		}
	} else {
		for w := range strings.FieldsSeq(r.Text) {
			add(w)
		}
	}
	if r.Line == r.Text {
		// Free text: the line is the text, its words those just added
		// (each a field, which add keeps as it is).
		out = append(out, out[start:]...)
	} else {
		for w := range strings.FieldsSeq(r.Line) {
			add(w)
		}
	}
	var stack [8]string // keys sorted on the stack (requests have a few options)
	for _, k := range appendSortedKeys(stack[:0], r.Options) {
		add(r.Options[k])
	}
	for _, k := range appendSortedKeys(stack[:0], r.Hints) {
		add(r.Hints[k])
	}
	return out
}

// typedCap is about how many pieces appendTyped appends, for sizing only:
// the line and text, their words split at ASCII spaces (exact for ASCII
// text; other spaces Unicode has can make it a little more or less) and
// every option and hint.
func (r *Request) typedCap() int {
	n := asciiFieldCount(r.Text)
	if r.Line == r.Text {
		n *= 2
	} else {
		n += asciiFieldCount(r.Line)
	}
	return 2 + n + len(r.Options) + len(r.Hints)
}

// asciiSpace reports whether b is ASCII white space (what unicode.IsSpace
// is true of below 0x80).
func asciiSpace(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// asciiFieldCount counts the runs of s between ASCII white space.
func asciiFieldCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			in = false
		default:
			if !in {
				in = true
				n++
			}
		}
	}
	return n
}

// Option returns the trimmed value of the named option ("" when absent).
func (r *Request) Option(name string) string {
	if r == nil || r.Options == nil {
		return ""
	}
	return strings.TrimSpace(r.Options[name])
}

// Field is a label/value pair shown beside the answer's body.
type Field struct {
	Label  string `json:"label"`
	Value  string `json:"value"`
	Inline bool   `json:"inline,omitempty"`
}

// Source names where an answer came from.
type Source struct {
	Guide      string `json:"guide,omitempty"`       // guide slug
	GuideTitle string `json:"guide_title,omitempty"` // e.g. "Machine Learning Engineer"
	Section    string `json:"section,omitempty"`     // section title within the guide
	Publisher  string `json:"publisher,omitempty"`   // who published the guide's source article
	Data       string `json:"data,omitempty"`        // data source, e.g. "BLS OES"
	URL        string `json:"url,omitempty"`
	Date       string `json:"date,omitempty"`
}

// Heading names the guide and section: "Machine Learning Engineer guide ›
// Certifications".
func (s *Source) Heading() string {
	if s == nil {
		return ""
	}
	head := s.GuideTitle
	if head != "" {
		head += " guide"
	}
	if s.Section != "" {
		if head != "" {
			head += " › "
		}
		head += s.Section
	}
	return head
}

// String renders the source on one line: "Machine Learning Engineer guide ›
// Certifications · Hakia (2026) · data: BLS OES".
func (s *Source) String() string {
	if s == nil {
		return ""
	}
	return string(s.appendString(nil))
}

// appendString appends s.String() to b (s not nil).
func (s *Source) appendString(b []byte) []byte {
	start := len(b)
	if s.GuideTitle != "" { // the heading
		b = append(b, s.GuideTitle...)
		b = append(b, " guide"...)
	}
	if s.Section != "" {
		if len(b) > start {
			b = append(b, " › "...)
		}
		b = append(b, s.Section...)
	}
	if s.Publisher != "" {
		b = appendSep(b, start)
		b = append(b, s.Publisher...)
		if s.Date != "" {
			b = append(b, " ("...)
			b = append(b, s.Date...)
			b = append(b, ')')
		}
	}
	if s.Data != "" {
		b = appendSep(b, start)
		b = append(b, "data: "...)
		b = append(b, s.Data...)
	}
	if s.URL != "" {
		b = appendSep(b, start)
		b = append(b, s.URL...)
	}
	return b
}

// appendSep appends the " · " between parts of a source after the first.
func appendSep(b []byte, start int) []byte {
	if len(b) > start {
		b = append(b, " · "...)
	}
	return b
}

// FollowUp is a suggested next request, shown as a button by adapters that
// have buttons and as a hint elsewhere.
type FollowUp struct {
	Label   string            `json:"label"`
	Command string            `json:"command"`
	Options map[string]string `json:"options,omitempty"`
	// Quick marks a quick start (onboarding buttons): adapters answer it
	// only to the member who clicked and count it. It travels in the
	// encoded id (see EncodeFollowUp), never as an option.
	Quick bool `json:"-"`
}

// Line returns the follow-up as a slash command line, e.g. "/salary CA".
func (f FollowUp) Line() string { return string(f.appendLine(nil)) }

// appendLine appends f.Line() to b.
func (f FollowUp) appendLine(b []byte) []byte {
	b = append(b, '/')
	b = append(b, f.Command...)
	var stack [8]string
	keys := stack[:0]
	for k := range f.Options {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		b = append(b, ' ')
		b = append(b, k...)
		b = append(b, ':')
		v := f.Options[k]
		if strings.ContainsAny(v, " \t") {
			b = append(b, '"')
			b = append(b, v...)
			b = append(b, '"')
		} else {
			b = append(b, v...)
		}
	}
	return b
}

func sortedKeys(m map[string]string) []string { return appendSortedKeys(nil, m) }

// appendSortedKeys appends m's keys to keys, sorted (slices.Sort: the same
// order as sort.Strings, which would move keys to the heap).
func appendSortedKeys(keys []string, m map[string]string) []string {
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// FollowUpPrefix starts every encoded follow-up (button custom ids, action values).
const FollowUpPrefix = "cb1|"

// MaxFollowUpID is the longest encoded follow-up: Discord's custom_id limit.
const MaxFollowUpID = 100

// EncodeFollowUp packs a follow-up into an id of at most MaxFollowUpID
// characters for button custom ids. ok is false when it does not fit.
func EncodeFollowUp(f FollowUp) (id string, ok bool) {
	v := url.Values{}
	for k, val := range f.Options {
		if k != quickKey {
			v.Set(k, val)
		}
	}
	if f.Quick {
		v.Set(quickKey, "1")
	}
	id = FollowUpPrefix + f.Command
	if len(v) > 0 {
		id += "?" + v.Encode()
	}
	return id, len(id) <= MaxFollowUpID
}

// quickKey carries FollowUp.Quick in an encoded id (buttons posted
// before Quick existed carry it the same way).
const quickKey = "qs"

// ParseFollowUp turns an id made by EncodeFollowUp back into the
// follow-up (Label is not encoded and stays empty).
func ParseFollowUp(id string) (FollowUp, bool) {
	rest, ok := strings.CutPrefix(id, FollowUpPrefix)
	if !ok || rest == "" {
		return FollowUp{}, false
	}
	cmd, query, _ := strings.Cut(rest, "?")
	if cmd == "" || len(cmd) > 32 {
		return FollowUp{}, false
	}
	f := FollowUp{Command: cmd, Options: map[string]string{}}
	if query != "" {
		v, err := url.ParseQuery(query)
		if err != nil {
			return FollowUp{}, false
		}
		for k := range v {
			if k == quickKey {
				f.Quick = true
				continue
			}
			f.Options[k] = v.Get(k)
		}
	}
	return f, true
}

// Request is the follow-up as a structured request (platform and user
// fields are left for the adapter to fill).
func (f FollowUp) Request() *Request {
	req := &Request{Command: f.Command, Options: map[string]string{}}
	for k, v := range f.Options {
		req.Options[k] = v
	}
	req.Text = FollowUp{Command: f.Command, Options: req.Options}.Line()
	return req
}

// DecodeFollowUp turns an id made by EncodeFollowUp back into a request
// (platform and user fields are left for the adapter to fill; a quick
// start's marker is dropped: see ParseFollowUp).
func DecodeFollowUp(id string) (*Request, bool) {
	f, ok := ParseFollowUp(id)
	if !ok {
		return nil, false
	}
	return f.Request(), true
}

// Answer is the platform-neutral reply to a Request.
type Answer struct {
	Answered  bool       // false: the bot had nothing to say about this (off-topic, unknown, error)
	Title     string     // short heading
	Body      string     // Markdown-light prose: paragraphs, "- " bullets, **bold**, "### " sub-headings
	Fields    []Field    // label/value facts
	Bullets   []string   // extra bullet points after the body
	Source    *Source    // where it came from; nil for help and refusals
	FollowUps []FollowUp // suggested next requests
	Career    string     // slug of the guide the answer used, if any
	Note      string     // a remark about how the question was read (e.g. no state figure)
	Assumed   string     // what a follow-up took from the conversation ("Machine Learning Engineer, New York")
	// What the answer is about, for reading follow-ups (not sent on the
	// wire): the state, the section kind or fact, and the items it listed.
	State     string
	Kind      string
	Items     []FollowUp
	Ephemeral bool   // hint: show only to the asker (errors, rate-limit notes)
	Code      string // error code when the answer reports an error
	// RetryAfter, on a rate-limit refusal, is how long until the asker may
	// ask again (0: unknown).
	RetryAfter time.Duration
	// Echo is the text the user typed (set by Router.Handle). Renderers
	// escape it wherever it appears in the answer, so typed Markdown, links
	// or mentions are shown as text and never formatted (see EscapeEcho).
	Echo []string
	// ID is the answer id for feedback, set when answers are recorded.
	ID string
}

// AddField adds a label/value pair unless the value is empty.
func (a *Answer) AddField(label, value string, inline bool) {
	if value != "" {
		a.Fields = append(a.Fields, Field{Label: label, Value: value, Inline: inline})
	}
}

// answerJSON is the wire model shared by `careerbot ask --json` and POST /v1/ask.
type answerJSON struct {
	Answered  bool       `json:"answered"`
	Text      string     `json:"text"`
	Title     string     `json:"title,omitempty"`
	Body      string     `json:"body,omitempty"`
	Fields    []Field    `json:"fields,omitempty"`
	Bullets   []string   `json:"bullets,omitempty"`
	Source    *Source    `json:"source,omitempty"`
	FollowUps []FollowUp `json:"follow_ups,omitempty"`
	Career    string     `json:"career,omitempty"`
	Note      string     `json:"note,omitempty"`
	Assumed   string     `json:"assumed,omitempty"`
	Error     string     `json:"error,omitempty"`
	AnswerID  string     `json:"answer_id,omitempty"`
}

// MarshalJSON encodes the answer with its plain-text rendering as "text".
// In the Markdown-light fields (body, field values, bullets) text the user
// typed is backslash-escaped, so a page rendering them shows it as typed;
// title, note and labels are plain text.
// The encoding is AppendJSON's: answerJSON through encoding/json, written
// directly.
func (a *Answer) MarshalJSON() ([]byte, error) {
	return a.AppendJSON(make([]byte, 0, 1024)), nil
}

// UnmarshalJSON decodes the wire model (the "text" rendering is dropped).
func (a *Answer) UnmarshalJSON(b []byte) error {
	var j answerJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*a = Answer{Answered: j.Answered, Title: j.Title, Body: j.Body, Fields: j.Fields,
		Bullets: j.Bullets, Source: j.Source, FollowUps: j.FollowUps, Career: j.Career,
		Note: j.Note, Assumed: j.Assumed, Code: j.Error, ID: j.AnswerID}
	return nil
}
