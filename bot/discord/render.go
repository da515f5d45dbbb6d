package discord

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/careerbot-dev/careerbot/bot"

	"github.com/bwmarrin/discordgo"
)

// Discord's message limits, counted in UTF-16 code units as Discord's
// clients count them (never fewer than characters).
const (
	maxContent      = 2000
	maxEmbedTotal   = 6000
	maxTitle        = 256
	maxDescription  = 4096
	maxFields       = 25
	maxFieldName    = 256
	maxFieldValue   = 1024
	maxFooter       = 2048
	maxEmbedURL     = 2048
	maxCustomID     = 100
	maxButtonLabel  = 80
	maxButtonsInRow = 5
	maxRows         = 5
	maxChoices      = 25
	maxChoiceName   = 100
	maxChoiceValue  = 100
)

// shareID is the custom_id of the "Share in channel" button.
const shareID = "cb1share"

const (
	colorAnswer  = 0x2B6CB0
	colorRefusal = 0x718096
)

// ulen counts UTF-16 code units.
func ulen(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
		if r == utf8.RuneError {
			n++ // invalid bytes become U+FFFD: one unit; never undercount
		}
	}
	return n
}

// prefixUnits returns the longest prefix of s of at most n UTF-16 units,
// cut on a rune boundary.
func prefixUnits(s string, n int) string {
	used := 0
	for i, r := range s {
		w := utf16.RuneLen(r)
		if r == utf8.RuneError {
			w = 2
		}
		if used+w > n {
			return s[:i]
		}
		used += w
	}
	return s
}

// cutText shortens s to at most max units. It cuts at a paragraph break, a
// line break or a space near the limit (in that order of preference) and
// appends tail (e.g. "… (more: URL)"), which must itself fit.
func cutText(s string, max int, tail string) string {
	if ulen(s) <= max {
		return s
	}
	if max <= 0 {
		return ""
	}
	if ulen(tail)+1 > max {
		tail = "…"
	}
	budget := max - ulen(tail)
	head := prefixUnits(s, budget)
	min := len(head) / 2
	cut := -1
	if i := strings.LastIndex(head, "\n\n"); i >= min && i > 0 {
		cut = i
	} else if i := strings.LastIndex(head, "\n"); i >= min && i > 0 {
		cut = i
	} else if i := strings.LastIndexFunc(head, unicode.IsSpace); i >= min && i > 0 {
		cut = i
	}
	if cut > 0 {
		head = head[:cut]
	}
	head = strings.TrimRightFunc(head, unicode.IsSpace)
	// An unclosed ** would make the rest bold: drop the dangling marker.
	if strings.Count(head, "**")%2 == 1 {
		i := strings.LastIndex(head, "**")
		head = strings.TrimRightFunc(head[:i]+head[i+2:], unicode.IsSpace)
	}
	sep := " "
	if strings.HasPrefix(tail, "…") {
		sep = ""
	}
	return head + sep + tail
}

// neutralize keeps text from ever looking like a mass mention, even to
// clients that might ignore allowed_mentions (belt and braces).
func neutralize(s string) string {
	s = strings.ReplaceAll(s, "@everyone", "@\u200beveryone")
	s = strings.ReplaceAll(s, "@here", "@\u200bhere")
	return s
}

// discordMarkdown adapts the answer's Markdown-light body: "### " headings
// become bold lines (embeds render them inconsistently), "* " bullets "- ".
func discordMarkdown(body string) string {
	lines := strings.Split(strings.TrimSpace(body), "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "### "), strings.HasPrefix(t, "## "), strings.HasPrefix(t, "# "):
			lines[i] = "**" + strings.TrimSpace(strings.TrimLeft(t, "#")) + "**"
		case strings.HasPrefix(t, "* "):
			lines[i] = "- " + t[2:]
		}
	}
	return strings.Join(lines, "\n")
}

func validURL(s string) bool {
	if s == "" || ulen(s) > maxEmbedURL || strings.ContainsAny(s, " \t\r\n<>@`") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// moreTail is what ends a shortened text: a pointer to the full text.
func moreTail(a *bot.Answer) string {
	if a.Source != nil && validURL(a.Source.URL) {
		return "… (more: " + a.Source.URL + ")"
	}
	return "… (shortened: ask about one part for more)"
}

// renderEmbed turns an answer into one embed within every Discord limit.
func renderEmbed(a *bot.Answer) *discordgo.MessageEmbed {
	if a == nil {
		a = &bot.Answer{Body: bot.Apology}
	}
	// Text the user typed is shown as typed: never a masked link, bold or
	// a heading.
	a = bot.EscapeAnswer(a, bot.EscapeMarkdown)
	e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: colorAnswer}
	if !a.Answered {
		e.Color = colorRefusal
	}
	e.Title = cutText(neutralize(strings.TrimSpace(a.Title)), maxTitle, "…")
	tail := moreTail(a)

	var desc strings.Builder
	if a.Note != "" {
		desc.WriteString("_" + strings.TrimSpace(a.Note) + "_")
	}
	if b := strings.TrimSpace(a.Body); b != "" {
		if desc.Len() > 0 {
			desc.WriteString("\n\n")
		}
		desc.WriteString(discordMarkdown(b))
	}
	if len(a.Bullets) > 0 {
		if desc.Len() > 0 {
			desc.WriteString("\n\n")
		}
		for i, x := range a.Bullets {
			if i > 0 {
				desc.WriteByte('\n')
			}
			desc.WriteString("- " + strings.TrimSpace(x))
		}
	}
	e.Description = cutText(neutralize(desc.String()), maxDescription, tail)

	for i, f := range a.Fields {
		if i == maxFields {
			break
		}
		name := cutText(neutralize(strings.TrimSpace(f.Label)), maxFieldName, "…")
		if name == "" {
			name = "\u200b"
		}
		val := cutText(neutralize(strings.TrimSpace(f.Value)), maxFieldValue, "…")
		if val == "" {
			val = "\u200b"
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: val, Inline: f.Inline})
	}
	if a.Source != nil {
		if src := a.Source.String(); src != "" {
			e.Footer = &discordgo.MessageEmbedFooter{Text: cutText(neutralize("Source: "+src), maxFooterText, "…")}
		}
		if validURL(a.Source.URL) && e.Title != "" {
			e.URL = a.Source.URL
		}
	}
	if e.Title == "" && e.Description == "" && len(e.Fields) == 0 {
		e.Description = "I have no answer for that. Try /help."
	}
	fitTotal(e, tail)
	return e
}

func embedTotal(e *discordgo.MessageEmbed) int {
	n := ulen(e.Title) + ulen(e.Description)
	for _, f := range e.Fields {
		n += ulen(f.Name) + ulen(f.Value)
	}
	if e.Footer != nil {
		n += ulen(e.Footer.Text)
	}
	if e.Author != nil {
		n += ulen(e.Author.Name)
	}
	return n
}

// keepDescription is how much of a long description survives before
// trailing fields are dropped to stay under the 6000 total.
const keepDescription = 2000

// maxFooterText keeps the source line short (Discord allows 2048).
const maxFooterText = 512

// fitTotal enforces the 6000-unit budget of an embed: the description gives
// way first (it keeps at least a short lead), then trailing fields, then the
// footer and the description's lead.
func fitTotal(e *discordgo.MessageEmbed, tail string) {
	over := embedTotal(e) - maxEmbedTotal
	if over <= 0 {
		return
	}
	if d := ulen(e.Description); d > 0 {
		keep := max(d-over, min(d, keepDescription))
		e.Description = cutText(e.Description, keep, tail)
	}
	for embedTotal(e) > maxEmbedTotal && len(e.Fields) > 0 {
		e.Fields = e.Fields[:len(e.Fields)-1]
	}
	if over := embedTotal(e) - maxEmbedTotal; over > 0 && e.Footer != nil {
		e.Footer.Text = cutText(e.Footer.Text, max(0, ulen(e.Footer.Text)-over), "…")
		if e.Footer.Text == "" {
			e.Footer = nil
		}
	}
	if over := embedTotal(e) - maxEmbedTotal; over > 0 {
		e.Description = cutText(e.Description, max(1, ulen(e.Description)-over), "…")
	}
}

// renderButtons makes follow-up buttons (those whose id fits) and, when
// share is set, a "Share in channel" button; at most 5 rows of 5.
func renderButtons(a *bot.Answer, share bool) []discordgo.MessageComponent {
	var buttons []discordgo.MessageComponent
	seen := map[string]bool{}
	limit := maxRows * maxButtonsInRow
	if share {
		limit--
	}
	if a != nil {
		for _, f := range a.FollowUps {
			if len(buttons) == limit {
				break
			}
			id, ok := bot.EncodeFollowUp(f)
			if !ok || len(id) > maxCustomID || seen[id] {
				continue
			}
			seen[id] = true
			label := strings.TrimSpace(f.Label)
			if label == "" {
				label = f.Line()
			}
			buttons = append(buttons, discordgo.Button{
				Label: cutText(neutralize(label), maxButtonLabel, "…"), Style: discordgo.SecondaryButton, CustomID: id})
		}
	}
	if share {
		buttons = append(buttons, discordgo.Button{Label: "Share in channel", Style: discordgo.PrimaryButton, CustomID: shareID})
	}
	return rows(buttons)
}

func rows(buttons []discordgo.MessageComponent) []discordgo.MessageComponent {
	var out []discordgo.MessageComponent
	for len(buttons) > 0 && len(out) < maxRows {
		n := min(len(buttons), maxButtonsInRow)
		out = append(out, discordgo.ActionsRow{Components: buttons[:n]})
		buttons = buttons[n:]
	}
	return out
}

// noMentions allows no mention at all: no @everyone, @here, roles or users.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// replyMentions allows only the reply ping to the asker.
func replyMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, RepliedUser: true}
}
