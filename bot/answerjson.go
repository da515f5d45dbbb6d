package bot

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// AppendJSON appends the answer's JSON wire model (what MarshalJSON returns)
// to dst. It writes what encoding/json writes for answerJSON, byte for byte
// (HTML-safe escaping, invalid UTF-8 as U+FFFD, fields in order, empty ones
// left out), without reflection or intermediate copies: every answer over
// HTTP is encoded with it.
func (a *Answer) AppendJSON(dst []byte) []byte {
	md := a
	if probes := echoProbesMarkdown(a.Echo); len(probes) > 0 {
		md = escapeAnswer(a, probes, EscapeMarkdown)
	}
	dst = append(dst, `{"answered":`...)
	dst = appendBool(dst, a.Answered)
	dst = append(dst, `,"text":`...)
	tp := textPool.Get().(*[]byte)
	var body bodySpan
	text := appendRender((*tp)[:0], a, false, &body) // RenderText(a), in a pooled buffer
	if e := body.entry; e != nil && body.end <= len(text) {
		// The body's plain text is escaped already; the bytes either side
		// of it are ASCII (a newline, or none), so escaping the text in
		// three parts writes what escaping it whole writes.
		dst = append(dst, '"')
		dst = appendJSONChars(dst, unsafe.String(unsafe.SliceData(text), body.start))
		dst = append(dst, e.plainJSON...)
		rest := text[body.end:]
		dst = appendJSONChars(dst, unsafe.String(unsafe.SliceData(rest), len(rest)))
		dst = append(dst, '"')
	} else {
		dst = appendJSONString(dst, unsafe.String(unsafe.SliceData(text), len(text)))
	}
	if cap(text) <= maxPooledText {
		*tp = text[:0]
		textPool.Put(tp)
	}
	dst = appendField(dst, "title", a.Title)
	if e := body.entry; e != nil && md.Body == a.Body {
		dst = append(dst, `,"body":"`...)
		dst = append(dst, e.bodyJSON...)
		dst = append(dst, '"')
	} else {
		dst = appendField(dst, "body", md.Body)
	}
	if len(md.Fields) > 0 {
		dst = append(dst, `,"fields":[`...)
		for i, f := range md.Fields {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, `{"label":`...)
			dst = appendJSONString(dst, f.Label)
			dst = append(dst, `,"value":`...)
			dst = appendJSONString(dst, f.Value)
			if f.Inline {
				dst = append(dst, `,"inline":true`...)
			}
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	if len(md.Bullets) > 0 {
		dst = append(dst, `,"bullets":[`...)
		for i, b := range md.Bullets {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONString(dst, b)
		}
		dst = append(dst, ']')
	}
	if s := a.Source; s != nil {
		dst = append(dst, `,"source":{`...)
		n := len(dst)
		dst = appendField(dst, "guide", s.Guide)
		dst = appendField(dst, "guide_title", s.GuideTitle)
		dst = appendField(dst, "section", s.Section)
		dst = appendField(dst, "publisher", s.Publisher)
		dst = appendField(dst, "data", s.Data)
		dst = appendField(dst, "url", s.URL)
		dst = appendField(dst, "date", s.Date)
		if len(dst) > n {
			dst = append(dst[:n], dst[n+1:]...) // the first field's comma
		}
		dst = append(dst, '}')
	}
	if len(a.FollowUps) > 0 {
		dst = append(dst, `,"follow_ups":[`...)
		for i, f := range a.FollowUps {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, `{"label":`...)
			dst = appendJSONString(dst, f.Label)
			dst = append(dst, `,"command":`...)
			dst = appendJSONString(dst, f.Command)
			if len(f.Options) > 0 {
				dst = append(dst, `,"options":{`...)
				var stack [8]string
				keys := stack[:0]
				for k := range f.Options {
					keys = append(keys, k)
				}
				slices.Sort(keys) // sort.Strings would move keys to the heap
				for j, k := range keys {
					if j > 0 {
						dst = append(dst, ',')
					}
					dst = appendJSONString(dst, k)
					dst = append(dst, ':')
					dst = appendJSONString(dst, f.Options[k])
				}
				dst = append(dst, '}')
			}
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	dst = appendField(dst, "career", a.Career)
	dst = appendField(dst, "note", a.Note)
	dst = appendField(dst, "assumed", a.Assumed)
	dst = appendField(dst, "error", a.Code)
	dst = appendField(dst, "answer_id", a.ID)
	return append(dst, '}')
}

// textPool holds the buffers AppendJSON renders the "text" field in; the
// string view of one is only read by appendJSONString, which copies it,
// before the buffer goes back.
var textPool = sync.Pool{New: func() any { b := make([]byte, 0, 2048); return &b }}

const maxPooledText = 64 << 10

func appendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// appendField appends ,"name":"value" unless value is empty (omitempty).
func appendField(dst []byte, name, value string) []byte {
	if value == "" {
		return dst
	}
	dst = append(dst, ',', '"')
	dst = append(dst, name...)
	dst = append(dst, '"', ':')
	return appendJSONString(dst, value)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string the way encoding/json does
// with HTML escaping on: <, > and & as \u003c, \u003e, \u0026, U+2028 and
// U+2029 escaped, invalid UTF-8 as \ufffd.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	return append(appendJSONChars(dst, s), '"')
}

// appendJSONChars appends s escaped as appendJSONString escapes it, without
// the quotes.
func appendJSONChars(dst []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		// Runs of bytes written as they are, eight at a time (one branch
		// for eight table look-ups): most of an answer is plain ASCII.
		for i+8 <= len(s) {
			w := s[i : i+8]
			if jsonPlain[w[0]]&jsonPlain[w[1]]&jsonPlain[w[2]]&jsonPlain[w[3]]&jsonPlain[w[4]]&jsonPlain[w[5]]&jsonPlain[w[6]]&jsonPlain[w[7]] == 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			if jsonSafe[b] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(dst, s[start:]...)
}

// jsonPlain is jsonSafe for every byte value, as 1 and 0 (bytes from
// utf8.RuneSelf up are 0: they need a look at their rune).
var jsonPlain = func() (t [256]uint8) {
	for b, ok := range jsonSafe {
		if ok {
			t[b] = 1
		}
	}
	return t
}()

// jsonSafe marks the ASCII bytes encoding/json writes as they are with HTML
// escaping on: printable ones other than " \ < > &.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = true
	}
	for _, b := range `"\<>&` {
		t[b] = false
	}
	return t
}()

// The body memo: answers repeat the same long bodies (a guide's sections,
// the passages a question's words pick), and most of encoding an answer is
// writing its body twice, as plain text in "text" and as it is in "body",
// both escaped. A body of at least minMemoBody bytes is worked out once
// and remembered, keyed by its text (so a stale entry can never be used for
// another text), up to maxMemoBodies bodies and maxMemoBytes bytes; when
// full the memo starts afresh.
const (
	minMemoBody   = 128
	maxMemoBody   = 16 << 10
	maxMemoBodies = 1024
	maxMemoBytes  = 4 << 20
)

// bodyEntry is what the memo keeps for a body.
type bodyEntry struct {
	plain     string // appendPlain(nil, body)
	plainJSON []byte // appendJSONChars(nil, plain)
	bodyJSON  []byte // appendJSONChars(nil, body)
}

// bodySpan is where appendRender wrote a memo entry's plain text.
type bodySpan struct {
	entry      *bodyEntry
	start, end int
}

var bodyMemo struct {
	sync.RWMutex
	m     map[string]*bodyEntry
	bytes int
}

// memoBody returns body's memo entry, made now if there is none; nil for a
// body too short or too long to keep.
func memoBody(body string) *bodyEntry {
	if len(body) < minMemoBody || len(body) > maxMemoBody {
		return nil
	}
	bodyMemo.RLock()
	e := bodyMemo.m[body]
	bodyMemo.RUnlock()
	if e != nil {
		return e
	}
	plain := appendPlain(nil, body)
	e = &bodyEntry{plain: string(plain), plainJSON: appendJSONChars(nil, string(plain)), bodyJSON: appendJSONChars(nil, body)}
	size := 2*len(body) + len(e.plain) + len(e.plainJSON) + len(e.bodyJSON)
	bodyMemo.Lock()
	if bodyMemo.m == nil || len(bodyMemo.m) >= maxMemoBodies || bodyMemo.bytes+size > maxMemoBytes {
		bodyMemo.m, bodyMemo.bytes = make(map[string]*bodyEntry), 0
	}
	if _, ok := bodyMemo.m[body]; !ok {
		bodyMemo.m[strings.Clone(body)] = e // not pinning the text it may be cut from
		bodyMemo.bytes += size
	}
	bodyMemo.Unlock()
	return e
}
