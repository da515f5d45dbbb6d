package engine

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// emojiRead writes the emoji and symbols of text as the words they stand
// for, so that "🚀🍳 💰 in 📍TX?" is read as space cooking money in TX.
// A guide's vocabulary may say what an emoji means for it ("🤖: machine
// learning" in the front matter), and the intent table what a few mean in
// chat ("📍": where); otherwise the words are CLDR's English
// name and keywords for the emoji (the lexicon's), kept only when the
// guides or the intent table know them ("rocket | space": space), so that
// an emoji's loose keywords ("face", "monster") add nothing. Chat
// platforms' shortcodes (":money_with_wings:") are read as the emoji they
// name. Text without either is returned as it is.
func (l *Library) emojiRead(text string) string {
	if strings.Count(text, ":") >= 2 {
		text = shortcodeRE.ReplaceAllStringFunc(text, func(code string) string {
			name := strings.ReplaceAll(strings.Trim(code, ":"), "_", " ")
			if e, ok := l.m.lex.EmojiNamed(name); ok {
				return " " + e + " "
			}
			return "" // an emoji read as one is when it has no words
		})
	}
	if isASCII(text) {
		return text
	}
	lex := l.m.lex
	most := lex.EmojiRunes()
	var b strings.Builder
	changed := false
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r < 0x2000 || !unicode.Is(unicode.So, r) && (r < 0x2190 || r > 0x21ff) {
			// (punctuation keeps its place: a dash or a bullet cuts the
			// text; an emoji, a pictograph or an arrow is a word)
			b.WriteString(text[i : i+size])
			i += size
			continue
		}
		// The longest emoji at i: a family, a flag or a cook is several
		// code points; variation selectors do not count.
		end, n, found := i, 0, -1
		var ws string
		for j := i; j < len(text) && n < most; {
			r, sz := utf8.DecodeRuneInString(text[j:])
			j += sz
			if r == '\uFE0F' {
				continue
			}
			n++
			if name, kws, ok := lex.Emoji(text[i:j]); ok {
				end, found, ws = j, n, l.emojiWords(text[i:j], name, kws)
			}
		}
		if found < 0 {
			b.WriteString(text[i : i+size])
			i += size
			continue
		}
		for end < len(text) && strings.HasPrefix(text[end:], "\uFE0F") {
			end += len("\uFE0F")
		}
		changed = true
		b.WriteByte(' ')
		b.WriteString(ws)
		b.WriteByte(' ')
		i = end
	}
	if !changed {
		return text
	}
	return b.String()
}

// emojiWords is what one emoji stands for: a guide's vocabulary entry for
// it, or a word of CLDR's for it that the guides or the intent table know.
// CLDR's name is read first and its keywords only when the name gives
// nothing ("rocket": its keyword "space"). Only one-word names and
// keywords count, and only nouns: a phrase's words mean something else on
// their own ("slot machine", "high five", "good night"), and a picture is
// a thing, never a superlative ("cap") or a request ("ask").
func (l *Library) emojiWords(e, name string, keywords []string) string {
	if exp, ok := l.expand[strings.ReplaceAll(e, "\uFE0F", "")]; ok {
		return strings.Join(exp, " ")
	}
	if ws, ok := l.m.emoji[strings.ReplaceAll(e, "\uFE0F", "")]; ok {
		return ws // the intent table's: "📍" where, "⏳" how long
	}
	if place, ok := strings.CutPrefix(name, "flag: "); ok {
		return place // "🇬🇧": United Kingdom, for the place reading
	}
	var kept []string
	add := func(w string) {
		if strings.ContainsAny(w, " -") || len(w) <= 2 || !isAlpha(w) || l.m.stop[w] || bodyPart[w] || contains(kept, w) || !l.m.lex.Noun(w) {
			return
		}
		if in := l.m.intentsOf(w); in["most"] || in["least"] || len(in) == 0 && !l.knownTerm(w) {
			return
		}
		kept = append(kept, w)
	}
	add(name)
	if len(kept) == 0 {
		for _, k := range keywords {
			add(k)
		}
	}
	return strings.Join(kept, " ")
}

// bodyPart holds the words CLDR ends the names of faces and gestures with
// ("loudly crying face", "raising hands"): they tell a feeling, not a
// topic.
var bodyPart = map[string]bool{"face": true, "hand": true, "hands": true}

// emojiTells reports whether the pictures of text, read as words (read),
// tell what its words alone do not: a career, when the words name none
// ("🤖 engineers", by a guide's vocabulary); something asked that the
// words do not ask ("Chicago 🌃 💤🗺️ 💰?": money); or a topic only one
// guide has ("🚀🍳 in TX": space, cooking) when no word of the text is
// one guide's alone. "do i need a masters for ml eng 🎓", "good morning
// everyone!! ☀️" and "pastry school?? I dream in croissants 🥐" are read
// as they were typed.
func (l *Library) emojiTells(ctx context.Context, text, read string) bool {
	q, r := l.analyse(ctx, text), l.analyse(ctx, read)
	if len(q.careers) == 0 && len(q.scope.occupations) > 0 && len(q.scope.generic) == 0 && len(r.careers) == 0 {
		// "radiologic tech 🩻 💰 in Colorado?": a job no guide covers,
		// whatever the pictures add (but "galley cook on a 🚀 station" is
		// a guide's)
		return false
	}
	if len(q.careers) == 0 && len(r.careers) > 0 {
		return true
	}
	for in, n := range r.intents {
		if n > 0 && q.intents[in] == 0 && !(in == "salary" && q.intents["cost"] > 0) {
			return true // (money beside a price asked is the price: "priciest cert 💸")
		}
	}
	if len(q.careers) > 0 || l.terms == nil {
		return false
	}
	had := words(text)
	if slices.ContainsFunc(had, func(w string) bool { return l.terms.sole(w) >= 0 && !placeWord(l.m, w) }) {
		return false
	}
	for _, w := range words(read) {
		if !contains(had, w) && l.terms.sole(w) >= 0 && !placeWord(l.m, w) {
			return true // a word only one guide uses ("seedling", "sleep")
		}
	}
	return false
}
