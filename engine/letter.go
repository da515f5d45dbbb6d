package engine

import (
	"regexp"
	"strings"
)

// A message written as a letter ("Dear Career Bot, I hope this message
// finds you well. … What is the median salary in Oregon? Thank you for your
// time. Kind regards, Willa Fenwick") carries its question between a
// salutation, courtesies and a sign-off that ask nothing. Read whole, they
// are taken for questions of their own, or their names for topics.

// salutationRE matches a letter's opening salutation and what ends it.
var salutationRE = regexp.MustCompile(`(?i)^\s*(?:dear\s+[^,:;.!?\n]{1,40}|to whom it may concern|(?:hello|hi|hey|greetings|good (?:morning|afternoon|evening|day)|aloha)(?:\s+(?:and\s+)?(?:good (?:morning|afternoon|evening)|all|everyone|everybody|team|there|folks|colleagues|friends|moderators|mods|career ?bot|careerbot|bot))*)\s*(?:[,:;!.\n—–-]\s*)`)

// signOffRE matches a letter's closing ("Kind regards, Daniel Whitfield",
// "Yours sincerely, Dr. Miriam Adebayo", "Mahalo and kind regards, Keoni
// Kahale"): a closing phrase after a sentence's end, then at most four
// capitalised words.
var signOffRE = regexp.MustCompile(`(?:^|[.!?\n]\s*)(?i:(?:mahalo and |many thanks and |thanks and |with )?(?:(?:kind|best|warm|warmest|many|sincere)\s+regards|regards|(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)|sincerely yours|yours|(?:with\s+)?best wishes|with (?:thanks|gratitude|appreciation)|all the best|cheers|mahalo|thanks(?: again| so much| in advance)?|thank you(?: kindly| again| in advance)?|with many thanks|best))\s*[,.!]?(?:\s+[\p{Lu}][\p{L}'’.-]*){0,4}\s*[.!]?\s*$`)

// courtesyRE matches a sentence of a letter that only keeps it polite ("I
// hope this message finds you well.", "Thank you very much for your time
// and assistance.", "Any guidance would be warmly received.").
var courtesyRE = regexp.MustCompile(`(?i)^(?:i hope (?:this|you|all)\b|i trust (?:this|you|all)\b|thank(?:s| you)\b|many thanks\b|any (?:help|guidance|advice|pointers)\b[^?]*\b(?:appreciated|received|welcome)|i (?:would|should) be (?:most |very |ever so |much )?(?:grateful|obliged|thankful) for any\b|i look forward to\b|apologies for\b|sorry for the long\b)`)

// dropLetter returns the message without a letter's salutation,
// courtesies and sign-off; the message itself when it is not a letter or
// nothing of a question would be left.
func dropLetter(text string) string {
	opens, closes := letterLike(text)
	if !opens && !closes {
		return text
	}
	t := text
	if m := signOffRE.FindStringIndex(t); closes && m != nil && m[0] > 0 {
		end := m[0]
		if t[end] == '.' || t[end] == '!' || t[end] == '?' {
			end++ // the sentence before keeps its end
		}
		t = strings.TrimSpace(t[:end])
	}
	if m := salutationRE.FindStringIndex(t); opens && m != nil && m[1] < len(t) {
		t = strings.TrimSpace(t[m[1]:])
	}
	var kept []string
	for _, s := range sentencesOf(t) {
		if courtesyRE.MatchString(s) && !strings.Contains(s, "?") {
			continue
		}
		kept = append(kept, s)
	}
	out := strings.TrimSpace(strings.Join(kept, " "))
	if len(strings.Fields(out)) < 3 {
		return text
	}
	return out
}

// letterLike reports whether a message opens as a letter does and whether
// it closes as one does, cheaply: most messages do neither.
func letterLike(text string) (opens, closes bool) {
	t := strings.ToLower(strings.TrimSpace(text))
	if len(t) < 40 {
		return false, false
	}
	for _, p := range []string{"dear ", "to whom", "hello", "hi ", "hi,", "hey ", "hey,", "greetings", "good morning", "good afternoon", "good evening", "good day", "aloha"} {
		if strings.HasPrefix(t, p) {
			opens = true
			break
		}
	}
	tail := t[max(0, len(t)-60):]
	for _, p := range []string{"regards", "sincerely", "faithfully", "yours", "best wishes", "thank", "cheers", "mahalo", "with gratitude", "all the best", "best,"} {
		if strings.Contains(tail, p) {
			closes = true
			break
		}
	}
	return opens, closes
}
