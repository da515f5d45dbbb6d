package engine

import (
	"strings"
	"testing"
)

// Each emoji is read as the words it stands for that the guides or the
// intent table know: its name, or its keywords when the name says nothing
// known; never a superlative, a face or a hand; a guide's vocabulary
// first; punctuation is left in place.
func TestEmojiRead(t *testing.T) {
	lib := allGuidesLibrary(t)
	cases := []struct {
		in       string
		want     []string
		not      []string
		sameText bool
	}{
		{in: "🚀🍳 💰 in TX?", want: []string{"space", "cooking", "money", "in TX?"}},
		{in: "wat do 🤖 engineers", want: []string{"machine learning engineers"}},
		{in: "🎓 needed?", not: []string{"cap"}},
		{in: "thx 🙏😭", want: []string{"thx"}, not: []string{"ask", "high", "face", "hands"}},
		{in: "pay in London 🇬🇧", want: []string{"united kingdom"}},
		{in: "ML :moneybag: and :not_an_emoji_name:", want: []string{"money"}, not: []string{"not_an_emoji", ":"}},
		{in: "Machine Learning Engineer — what • is … “x”", sameText: true},
	}
	for _, c := range cases {
		got := lib.emojiRead(c.in)
		if c.sameText && got != c.in {
			t.Errorf("emojiRead(%q) = %q, want it unchanged", c.in, got)
		}
		for _, w := range c.want {
			if !strings.Contains(strings.Join(strings.Fields(got), " "), w) {
				t.Errorf("emojiRead(%q) = %q, want %q in it", c.in, got, w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(got, w) {
				t.Errorf("emojiRead(%q) = %q, do not want %q", c.in, got, w)
			}
		}
	}
}
