package slack

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	slackgo "github.com/slack-go/slack"

	"github.com/careerbot-dev/careerbot/bot"
)

// Slack's Block Kit limits (slack-go enforces none of them).
const (
	maxBlocks      = 50    // blocks per message
	maxSectionText = 3000  // characters in a section's text
	maxFields      = 10    // fields per section
	maxFieldText   = 2000  // characters per field
	maxHeaderText  = 150   // header, plain_text
	maxButtonText  = 75    // button label
	maxButtons     = 5     // follow-up buttons we show
	maxContextText = 2000  // our cap for a context line
	maxFallback    = 300   // the notification text
	messageBudget  = 11500 // characters across blocks: Slack fails at about 12-13k (msg_blocks_too_long)
	shortenedNote  = "_Answer shortened to fit in Slack. Ask about one part of it to see more._"
	followUpPrefix = "careerbot_followup_"
)

// escapeText escapes the three characters Slack treats as control
// sequences (&, <, >), so user and guide text can never form a mention,
// a link or <!channel>/<!here>/<!everyone>, and breaks the plain
// @channel/@here/@everyone words with a zero-width space.
func escapeText(s string) string {
	s = escaper.Replace(s)
	if !strings.Contains(s, "@") {
		return s
	}
	return broadcastRE.ReplaceAllStringFunc(s, func(m string) string { return "@\u200b" + m[1:] })
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// inertMrkdwn makes text the user typed inert before conversion: Slack's
// mrkdwn has no escape character, so the formatting characters become
// look-alikes and "](" is split, so neither our Markdown conversion (links,
// bold) nor Slack (bold, italics, strike, code) formats it. &, < and > are
// escaped later with everything else.
func inertMrkdwn(s string) string { return inertReplacer.Replace(s) }

var inertReplacer = strings.NewReplacer("*", "\u2217", "_", "\uff3f", "~", "\u223c", "`", "\u02cb", "](", "]\u200b(")

var broadcastRE = regexp.MustCompile(`(?i)@(channel|here|everyone)\b`)

var (
	boldRE   = regexp.MustCompile(`\*\*([^*\n]+?)\*\*`)
	underRE  = regexp.MustCompile(`__([^_\n]+?)__`)
	linkRE   = regexp.MustCompile(`\[([^\]\n]+)\]\((https?://[^\s()<>|]+)\)`)
	headerRE = regexp.MustCompile(`^#{1,6}\s+`)
)

// inline converts one line of Markdown-light text to escaped Slack mrkdwn:
// **x** → *x*, __x__ → _x_, [t](https://u) → <https://u|t>.
func inline(s string) string {
	s = escapeText(s)
	if !strings.ContainsAny(s, "[*_") {
		return s
	}
	s = linkRE.ReplaceAllStringFunc(s, func(m string) string {
		p := linkRE.FindStringSubmatch(m)
		return "<" + p[2] + "|" + strings.ReplaceAll(p[1], "|", "¦") + ">"
	})
	s = boldRE.ReplaceAllString(s, "*$1*")
	s = underRE.ReplaceAllString(s, "_${1}_")
	return s
}

// mrkdwnLines converts a Markdown-light body to escaped mrkdwn, one entry
// per line: "### x" headings become bold lines, "- " bullets "• ".
func mrkdwnLines(md string) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(md), "\n") {
		t := strings.TrimRight(l, " \t\r")
		trim := strings.TrimSpace(t)
		switch {
		case headerRE.MatchString(trim):
			h := strings.ReplaceAll(headerRE.ReplaceAllString(trim, ""), "**", "")
			out = append(out, "*"+escapeText(strings.TrimSpace(h))+"*")
		case strings.HasPrefix(trim, "- "), strings.HasPrefix(trim, "* "):
			out = append(out, "• "+inline(strings.TrimSpace(trim[2:])))
		default:
			out = append(out, inline(t))
		}
	}
	return out
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// fit clips raw so that conv(raw) has at most limit characters, cutting at
// a word boundary with an ellipsis.
func fit(raw string, limit int, conv func(string) string) string {
	out := conv(raw)
	if runes(out) <= limit {
		return out
	}
	// Largest k with runes(conv(Clip(raw,k))) <= limit; conversions never
	// shorten text, so k <= limit.
	lo, hi := 0, min(runes(raw), limit)
	best := ""
	for lo <= hi {
		k := (lo + hi) / 2
		c := conv(bot.Clip(raw, k))
		if runes(c) <= limit {
			best, lo = c, k+1
		} else {
			hi = k - 1
		}
	}
	return best
}

// hardSplit splits an over-long converted line into pieces of at most n
// characters, at spaces where possible and never inside an &entity;.
func hardSplit(s string, n int) []string {
	if s == "" {
		return nil
	}
	if runes(s) <= n {
		return []string{s}
	}
	r := []rune(s)
	var out []string
	for len(r) > n {
		cut := n
		for i := n; i > n-200 && i > 0; i-- {
			if r[i] == ' ' {
				cut = i
				break
			}
		}
		for i := cut - 1; i >= 0 && i >= cut-5; i-- { // &amp; is the longest entity
			if r[i] == ';' {
				break
			}
			if r[i] == '&' {
				if i > 0 {
					cut = i
				}
				break
			}
		}
		out = append(out, strings.TrimRight(string(r[:cut]), " "))
		r = r[cut:]
		for len(r) > 0 && r[0] == ' ' {
			r = r[1:]
		}
	}
	if len(r) > 0 {
		out = append(out, string(r))
	}
	return out
}

// pack joins converted lines into chunks of at most n characters.
func pack(lines []string, n int) []string {
	var chunks []string
	var cur strings.Builder
	curLen := 0
	flush := func() {
		if c := strings.Trim(cur.String(), "\n"); strings.TrimSpace(c) != "" {
			chunks = append(chunks, c)
		}
		cur.Reset()
		curLen = 0
	}
	for _, l := range lines {
		for _, piece := range hardSplit(l, n) {
			pl := runes(piece)
			if curLen > 0 && curLen+1+pl > n {
				flush()
			}
			if curLen > 0 {
				cur.WriteByte('\n')
				curLen++
			}
			cur.WriteString(piece)
			curLen += pl
		}
		if l == "" && curLen > 0 && curLen+1 <= n {
			cur.WriteByte('\n')
			curLen++
		}
	}
	flush()
	return chunks
}

func mrkdwn(s string) *slackgo.TextBlockObject {
	// verbatim: Slack must not auto-link names or parse mentions in our text.
	return slackgo.NewTextBlockObject(slackgo.MarkdownType, s, false, true)
}

func plain(s string) *slackgo.TextBlockObject {
	return slackgo.NewTextBlockObject(slackgo.PlainTextType, s, true, false)
}

// message is what the adapter sends: an ack payload, a response_url post or
// the content of chat.postMessage.
type message struct {
	ResponseType    string          `json:"response_type,omitempty"`
	Text            string          `json:"text"`
	Blocks          []slackgo.Block `json:"blocks,omitempty"`
	ReplaceOriginal *bool           `json:"replace_original,omitempty"`
	Ephemeral       bool            `json:"-"`
	plainText       string          // plain-text rendering, if Slack refuses the blocks
}

// render turns an answer into a Block Kit message within Slack's limits.
func render(a *bot.Answer) *message {
	if a == nil {
		a = &bot.Answer{Body: bot.Apology}
	}
	// Text the user typed is shown as typed: never a link, bold or italics.
	if esc := bot.EscapeAnswer(a, inertMrkdwn); esc != a {
		esc.Title = a.Title // a plain_text header: nothing to neutralize
		a = esc
	}
	r := &renderer{budget: messageBudget, blocksLeft: maxBlocks}

	// The tail (source, follow-up buttons) is small and always shown.
	var tail []slackgo.Block
	if src := sourceLine(a.Source); src != "" {
		t := fit(src, maxContextText, func(s string) string { return s })
		tail = append(tail, slackgo.NewContextBlock("source", mrkdwn(t)))
		r.budget -= runes(t)
	}
	if act := buttons(a.FollowUps, isStartPanel(a.FollowUps)); act != nil {
		tail = append(tail, act)
		for _, e := range act.Elements.ElementSet {
			if b, ok := e.(*slackgo.ButtonBlockElement); ok {
				r.budget -= runes(b.Text.Text)
			}
		}
	}
	r.blocksLeft -= len(tail) + 1 // one kept for the "shortened" note
	feedbackRoom := 0
	if a.Answered && a.ID != "" {
		r.blocksLeft--   // the adapter may add 👍/👎 (feedback.go)
		feedbackRoom = 1 // and its append then needs no larger array
	}
	r.budget -= runes(shortenedNote)

	if t := strings.TrimSpace(a.Title); t != "" {
		h := fit(strings.Join(strings.Fields(t), " "), maxHeaderText, escapeText)
		r.add(slackgo.NewHeaderBlock(plain(h)), runes(h))
	}
	if n := strings.TrimSpace(a.Note); n != "" {
		r.text(func(s string) slackgo.Block { return slackgo.NewContextBlock("", mrkdwn(s)) },
			[]string{"_" + inline(n) + "_"}, maxContextText)
	}
	if strings.TrimSpace(a.Body) != "" {
		r.text(func(s string) slackgo.Block { return slackgo.NewSectionBlock(mrkdwn(s), nil, nil) },
			mrkdwnLines(a.Body), maxSectionText)
	}
	r.fields(a.Fields)
	if len(a.Bullets) > 0 {
		lines := make([]string, 0, len(a.Bullets))
		for _, b := range a.Bullets {
			lines = append(lines, "• "+inline(strings.TrimSpace(b)))
		}
		r.text(func(s string) slackgo.Block { return slackgo.NewSectionBlock(mrkdwn(s), nil, nil) },
			lines, maxSectionText)
	}
	if len(r.blocks) == 0 && !r.truncated {
		r.add(slackgo.NewSectionBlock(mrkdwn("I don't have anything to say about that."), nil, nil), 40)
	}
	if r.truncated {
		r.blocks = append(r.blocks, slackgo.NewContextBlock("shortened", mrkdwn(shortenedNote)))
	}
	r.blocks = slices.Grow(r.blocks, len(tail)+feedbackRoom)
	r.blocks = append(r.blocks, tail...)
	return &message{Text: fallback(a), Blocks: r.blocks, Ephemeral: a.Ephemeral,
		plainText: fit(bot.RenderText(a), 3500, escapeText)}
}

type renderer struct {
	blocks     []slackgo.Block
	budget     int // characters left
	blocksLeft int
	truncated  bool
}

func (r *renderer) add(b slackgo.Block, chars int) {
	r.blocks = append(r.blocks, b)
	r.budget -= chars
	r.blocksLeft--
}

// text adds converted lines as blocks of at most limit characters each,
// clipping the last one and stopping when the message is full.
func (r *renderer) text(mk func(string) slackgo.Block, lines []string, limit int) {
	for _, chunk := range pack(lines, limit) {
		if r.truncated {
			return
		}
		n := runes(chunk)
		if r.blocksLeft > 0 && n <= r.budget {
			r.add(mk(chunk), n)
			continue
		}
		r.truncated = true
		if r.blocksLeft > 0 && r.budget > 100 {
			c := clipConverted(chunk, r.budget)
			r.add(mk(c), runes(c))
		}
	}
}

// clipConverted shortens already converted mrkdwn to n characters without
// leaving half an &entity; or an open <link.
func clipConverted(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexAny(cut, "&<"); i >= 0 && !strings.ContainsAny(cut[i:], ";>") {
		cut = cut[:i]
	}
	if i := strings.LastIndexAny(cut, " \n"); i > len(cut)-40 && i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " \n") + "…"
}

func (r *renderer) fields(fs []bot.Field) {
	var cur []*slackgo.TextBlockObject
	curLen := 0
	flush := func() {
		if len(cur) > 0 {
			r.add(slackgo.NewSectionBlock(nil, cur, nil), curLen)
			cur, curLen = nil, 0
		}
	}
	for _, f := range fs {
		if r.truncated {
			break
		}
		label := fit(strings.TrimSpace(f.Label), 200, escapeText)
		head := ""
		if label != "" {
			head = "*" + label + "*\n"
		}
		val := fit(strings.TrimSpace(f.Value), maxFieldText-runes(head), inline)
		t := head + val
		if strings.TrimSpace(t) == "" {
			continue
		}
		n := runes(t)
		if len(cur) == maxFields {
			flush()
		}
		need := n
		if len(cur) == 0 && r.blocksLeft <= 0 {
			r.truncated = true
			break
		}
		if need > r.budget-curLen {
			r.truncated = true
			break
		}
		cur = append(cur, mrkdwn(t))
		curLen += n
	}
	flush()
}

// sourceLine renders the answer's source as escaped mrkdwn, the guide and
// section linked to the source URL when it is an http(s) URL.
func sourceLine(s *bot.Source) string {
	if s == nil {
		return ""
	}
	var parts []string
	head := s.Heading()
	link := strings.TrimSpace(s.URL)
	okURL := linkURLRE.MatchString(link)
	switch {
	case head != "" && okURL:
		parts = append(parts, "<"+escapeText(link)+"|"+strings.ReplaceAll(escapeText(head), "|", "¦")+">")
	case head != "":
		parts = append(parts, escapeText(head))
	}
	if s.Publisher != "" {
		p := s.Publisher
		if s.Date != "" {
			p += " (" + s.Date + ")"
		}
		parts = append(parts, escapeText(p))
	}
	if s.Data != "" {
		parts = append(parts, "data: "+escapeText(s.Data))
	}
	if head == "" && okURL {
		parts = append(parts, "<"+escapeText(link)+">")
	}
	if len(parts) == 0 {
		return ""
	}
	return "Source: " + strings.Join(parts, " · ")
}

var linkURLRE = regexp.MustCompile(`^https?://[^\s<>|]+$`)

// buttons renders follow-ups as an actions block; their values are
// bot.EncodeFollowUp ids. Follow-ups that don't encode are skipped. quick
// marks them as quick starts (bot.FollowUp.Quick: their clicks are
// counted).
func buttons(fs []bot.FollowUp, quick bool) *slackgo.ActionBlock {
	var els []slackgo.BlockElement
	for _, f := range fs {
		if len(els) == maxButtons {
			break
		}
		f.Quick = f.Quick || quick
		id, ok := bot.EncodeFollowUp(f)
		if !ok {
			continue
		}
		label := strings.TrimSpace(f.Label)
		if label == "" {
			label = f.Line()
		}
		label = fit(strings.Join(strings.Fields(label), " "), maxButtonText, escapeText)
		if label == "" {
			continue
		}
		prefix := followUpPrefix
		if quick {
			prefix = quickStartPrefix // counted as a quick-start click
		}
		els = append(els, slackgo.NewButtonBlockElement(fmt.Sprintf("%s%d", prefix, len(els)), id, plain(label)))
	}
	if len(els) == 0 {
		return nil
	}
	return slackgo.NewActionBlock("followups", els...)
}

// fallback is the message's notification text.
func fallback(a *bot.Answer) string {
	t := strings.TrimSpace(a.Title)
	if t == "" {
		t = strings.Join(strings.Fields(bot.PlainText(a.Body)), " ")
	}
	if t == "" {
		t = "careerbot answer"
	}
	return fit(t, maxFallback, escapeText)
}
