package fakeslack

import (
	"encoding/json"
	"unicode/utf8"
)

// Slack's Block Kit limits as the fake enforces them.
const (
	MaxBlocks       = 50    // blocks in a message
	MaxViewBlocks   = 100   // blocks in an App Home or modal view
	MaxSectionText  = 3000  // characters in a section's text
	MaxFields       = 10    // fields in a section
	MaxFieldText    = 2000  // characters in one field
	MaxHeaderText   = 150   // characters in a header
	MaxContextItems = 10    // elements in a context block
	MaxActions      = 25    // elements in an actions block
	MaxButtonText   = 75    // characters in a button's label
	MaxActionID     = 255   // characters in an action_id or block_id
	MaxButtonValue  = 2000  // characters in a button's value
	MaxMessageChars = 12000 // characters across a message's blocks before msg_blocks_too_long
	MaxMessageText  = 40000 // characters in the top-level text
	maxContextText  = 3000
)

type textObj struct {
	Type     string `json:"type"`
	Text     string `json:"text"`
	Emoji    *bool  `json:"emoji,omitempty"`
	Verbatim *bool  `json:"verbatim,omitempty"`
}

type element struct {
	Type     string   `json:"type"`
	Text     *textObj `json:"text"` // buttons
	ActionID string   `json:"action_id"`
	Value    string   `json:"value"`
	URL      string   `json:"url"`
}

type block struct {
	Type     string            `json:"type"`
	BlockID  string            `json:"block_id"`
	Text     *textObj          `json:"text"`
	Fields   []textObj         `json:"fields"`
	Elements []json.RawMessage `json:"elements"`
}

func n(s string) int { return utf8.RuneCountInString(s) }

// ValidateBlocks checks a message's blocks (a JSON array, may be empty) and
// top-level text like chat.postMessage does, returning Slack's error code or
// "" when Slack would accept them.
func ValidateBlocks(blocks json.RawMessage, text string) string {
	return validateBlocks(blocks, text, MaxBlocks)
}

// ValidateView checks the blocks of a Home tab view like views.publish
// does (at most MaxViewBlocks), returning Slack's error code or "".
func ValidateView(blocks json.RawMessage) string {
	return validateBlocks(blocks, "", MaxViewBlocks)
}

// TextChars counts the characters of text in blocks (what Slack's
// msg_blocks_too_long limit counts, approximately).
func TextChars(blocks json.RawMessage) int {
	var bs []block
	if json.Unmarshal(blocks, &bs) != nil {
		return 0
	}
	total := 0
	for _, b := range bs {
		if b.Text != nil {
			total += n(b.Text.Text)
		}
		for _, f := range b.Fields {
			total += n(f.Text)
		}
		for _, raw := range b.Elements {
			var e struct {
				Text json.RawMessage `json:"text"`
			}
			_ = json.Unmarshal(raw, &e)
			var s string
			var t textObj
			if json.Unmarshal(e.Text, &s) == nil {
				total += n(s)
			} else if json.Unmarshal(e.Text, &t) == nil {
				total += n(t.Text)
			}
		}
	}
	return total
}

func validateBlocks(blocks json.RawMessage, text string, maxBlocks int) string {
	if n(text) > MaxMessageText {
		return "msg_too_long"
	}
	if len(blocks) == 0 || string(blocks) == "null" {
		return ""
	}
	var bs []block
	if err := json.Unmarshal(blocks, &bs); err != nil {
		return "invalid_blocks_format"
	}
	if len(bs) > maxBlocks {
		return "invalid_blocks"
	}
	blockIDs := map[string]bool{}
	for _, b := range bs {
		if n(b.BlockID) > MaxActionID || (b.BlockID != "" && blockIDs[b.BlockID]) {
			return "invalid_blocks" // Slack: block_id must be unique in a message
		}
		blockIDs[b.BlockID] = true
		switch b.Type {
		case "header":
			if b.Text == nil || b.Text.Type != "plain_text" || b.Text.Text == "" || n(b.Text.Text) > MaxHeaderText {
				return "invalid_blocks"
			}
		case "section":
			if b.Text == nil && len(b.Fields) == 0 {
				return "invalid_blocks"
			}
			if b.Text != nil && (b.Text.Text == "" || n(b.Text.Text) > MaxSectionText || !textType(b.Text.Type)) {
				return "invalid_blocks"
			}
			if len(b.Fields) > MaxFields {
				return "invalid_blocks"
			}
			for _, f := range b.Fields {
				if f.Text == "" || n(f.Text) > MaxFieldText || !textType(f.Type) {
					return "invalid_blocks"
				}
			}
		case "context":
			if len(b.Elements) == 0 || len(b.Elements) > MaxContextItems {
				return "invalid_blocks"
			}
			for _, raw := range b.Elements {
				var t textObj
				if json.Unmarshal(raw, &t) != nil {
					return "invalid_blocks"
				}
				if textType(t.Type) && (t.Text == "" || n(t.Text) > maxContextText) {
					return "invalid_blocks"
				}
			}
		case "actions":
			if len(b.Elements) == 0 || len(b.Elements) > MaxActions {
				return "invalid_blocks"
			}
			ids := map[string]bool{}
			for _, raw := range b.Elements {
				var e element
				if json.Unmarshal(raw, &e) != nil {
					return "invalid_blocks"
				}
				if e.Type == "button" {
					if e.Text == nil || e.Text.Type != "plain_text" || e.Text.Text == "" || n(e.Text.Text) > MaxButtonText {
						return "invalid_blocks"
					}
					if n(e.Value) > MaxButtonValue {
						return "invalid_blocks"
					}
				}
				if n(e.ActionID) > MaxActionID || (e.ActionID != "" && ids[e.ActionID]) {
					return "invalid_blocks"
				}
				ids[e.ActionID] = true
			}
		case "divider", "image", "rich_text", "markdown", "input", "file", "video":
		default:
			return "invalid_blocks"
		}
	}
	if TextChars(blocks) > MaxMessageChars {
		return "msg_blocks_too_long"
	}
	return ""
}

func textType(t string) bool { return t == "mrkdwn" || t == "plain_text" }
