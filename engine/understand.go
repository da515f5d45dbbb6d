package engine

import (
	"context"
	"sort"
	"strings"
	"unicode"

	"github.com/careerbot-dev/careerbot/bot"
)

// vocabulary corrects typos in the words that steer answers: intent words,
// career names, section titles and certification names. It is small on
// purpose (body words are left to the search engine).
type vocabulary struct {
	words  map[string]int        // word → weight
	byLen  map[lenFirst][]string // words by rune length and first letter, for a bounded scan
	sorted bool
}

func newVocabulary(extra map[string]int) *vocabulary {
	v := &vocabulary{words: map[string]int{}, byLen: map[lenFirst][]string{}}
	for _, group := range intentWords {
		for _, w := range group {
			v.words[w] += 20
		}
	}
	for _, st := range bot.USStates {
		for _, w := range strings.Fields(strings.ToLower(st.Name)) {
			v.words[w] += 5
		}
	}
	for w, n := range extra {
		v.words[w] += n
	}
	for w := range v.words {
		n := len([]rune(w))
		k := lenFirst{n, []rune(w)[0]}
		v.byLen[k] = append(v.byLen[k], w)
	}
	for _, ws := range v.byLen {
		sort.Strings(ws)
	}
	return v
}

type lenFirst struct {
	n     int
	first rune
}

// known reports whether w is one of the vocabulary's words.
func (v *vocabulary) known(w string) bool {
	_, ok := v.words[w]
	return ok
}

// correct returns the vocabulary word closest to w (w itself when known,
// short or without a close match).
func (v *vocabulary) correct(w string) string {
	if _, ok := v.words[w]; ok || v == nil {
		return w
	}
	n := len([]rune(w))
	if n < 5 || !isAlpha(w) {
		return w // four letters and fewer: too many real words are one edit apart
	}
	maxD := 1
	if n >= 7 {
		maxD = 2
	}
	best, bestD, bestW := w, maxD+1, 0
	for l := n - maxD; l <= n+maxD; l++ {
		// Typos rarely change the first letter; that keeps the scan short.
		for _, cand := range v.byLen[lenFirst{l, []rune(w)[0]}] {
			d := bot.Levenshtein(w, cand, maxD)
			if d <= maxD && (d < bestD || (d == bestD && v.words[cand] > bestW)) {
				best, bestD, bestW = cand, d, v.words[cand]
			}
		}
	}
	return best
}

func isAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// intentWords are the words that steer free-text questions to facts and
// sections. Keys are intents or section kinds.
var intentWords = map[string][]string{
	"salary":           {"salary", "salaries", "pay", "pays", "paid", "paying", "make", "makes", "earn", "earns", "earning", "earnings", "income", "wage", "wages", "compensation", "money", "median", "payscale"},
	"source":           {"soc", "source", "sources", "citation", "cite", "publisher", "published", "author", "bls", "oes"},
	"employed":         {"employed", "employment", "employ", "employs", "workforce", "headcount"},
	"cost":             {"cost", "costs", "price", "prices", "priced", "fee", "fees", "expensive", "cheap", "cheapest"},
	"most":             {"most", "highest", "best", "top", "richest", "biggest", "max", "maximum"},
	"least":            {"least", "lowest", "worst", "smallest", "minimum"},
	"state":            {"state", "states", "where", "location", "locations", "region"},
	"education":        {"degree", "degrees", "masters", "master", "phd", "doctorate", "bachelor", "bachelors", "college", "university", "education", "educational", "diploma", "graduate", "grad", "school", "schooling"},
	"license":          {"license", "licence", "licensed", "licensure", "licenses"},
	"compare":          {"vs", "versus", "compare", "comparison", "compared", "difference", "differ", "different"},
	"outlook":          {"outlook", "growth", "grow", "growing", "demand", "openings", "future", "prospects", "market", "hiring", "jobs"},
	bot.KindCerts:      {"certification", "certifications", "certificate", "certificates", "certs", "cert", "certified", "credential", "credentials", "exam", "exams"},
	bot.KindTools:      {"tool", "tools", "technologies", "technology", "framework", "frameworks", "stack", "software", "platform", "platforms", "library", "libraries", "use", "used", "using"},
	bot.KindSkills:     {"skill", "skills", "soft", "language", "languages", "programming", "abilities", "competencies"},
	bot.KindPath:       {"steps", "step", "become", "becoming", "path", "roadmap", "start", "started", "begin", "beginner", "pathway", "route", "transition", "switch", "experience"},
	bot.KindDay:        {"day", "daily", "routine", "typical", "life", "schedule", "morning", "afternoon", "meetings"},
	bot.KindInterview:  {"interview", "interviews", "interviewing", "questions", "leetcode", "hiring"},
	bot.KindPortfolio:  {"portfolio", "project", "projects", "github", "showcase"},
	bot.KindChallenges: {"challenge", "challenges", "challenging", "hard", "hardest", "difficult", "difficulties", "struggle", "struggles", "downsides", "cons", "problems", "happens", "happen", "risk", "risks", "danger", "dangers", "wrong"},
}

// kindRouting: intent words that pick a section kind outright, strongest first.
var kindRouting = []string{bot.KindCerts, bot.KindInterview, bot.KindPortfolio, bot.KindChallenges, bot.KindTools, bot.KindSkills, bot.KindDay, bot.KindPath}

// questionStopWords carry no topic: dropped before searching and before the
// off-topic check.
var questionStopWords = setOf("a", "an", "the", "is", "are", "was", "were", "be", "been", "am", "do", "does", "did",
	"i", "me", "my", "you", "your", "we", "our", "they", "them", "their", "it", "its", "he", "she",
	"what", "whats", "which", "who", "whom", "whose", "how", "why", "when", "where", "can", "could", "should",
	"would", "will", "shall", "may", "might", "must", "need", "needs", "to", "of", "in", "on", "for", "with",
	"at", "by", "from", "as", "and", "or", "but", "if", "so", "than", "then", "there", "this", "that",
	"these", "those", "any", "some", "much", "many", "more", "most", "very", "really", "actually", "please",
	"tell", "know", "about", "get", "got", "help", "helps", "useful", "good", "best", "like", "want", "into",
	"up", "out", "just", "also", "have", "has", "had", "typically", "usually", "common", "mentioned", "someone",
	"one", "ones", "thing", "things", "kind", "kinds", "type", "types", "matter", "matters", "important", "use",
	"used", "uses", "using", "learn", "hi", "hey", "hello", "thanks", "thank", "ok", "okay", "vs", "am",
	"career", "careers", "guide", "bot", "person", "people", "us", "ever", "else", "all",
	"there", "here", "now", "today", "currently", "new", "does", "doing", "done", "go", "going", "able",
	"example", "examples", "list", "give", "show", "explain", "describe", "prepare", "preparing", "after", "before",
	"long", "take", "takes", "lot", "lots", "anything", "something", "way", "ways", "whether", "still", "even",
	"people", "folks", "guys", "job", "worth", "happen", "happens", "happening", "involve", "involves", "involved",
	"entail", "entails", "mean", "means", "look", "looks", "deal", "handle", "cope", "consist", "consists", "exactly",
	"basically", "generally", "besides", "other", "others", "apart", "except", "like", "pls", "plz", "thx", "part", "being", "yes", "no", "not", "dont", "don", "t", "im", "ive", "youre", "got", "gonna", "wanna")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// words splits text into lowercase words of letters and digits, keeping
// apostrophes out ("master's" → "master", "s" dropped).
func words(text string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			w := cur.String()
			if w != "s" {
				out = append(out, w)
			}
			cur.Reset()
		}
	}
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			cur.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	return out
}

// question is free text after analysis.
type question struct {
	raw     string
	words   []string     // lowercase, typo-corrected
	careers []*bot.Guide // careers named, in order
	states  []bot.USState
	city    string         // a large city named, whose state is in states
	intents map[string]int // intent or kind → number of words
}

func (q *question) has(intent string) bool { return q.intents[intent] > 0 }

// analyse reads a free-text question.
func (l *Library) analyse(ctx context.Context, text string) *question {
	q := &question{raw: text, intents: map[string]int{}}
	lex := l.Searcher
	for _, w := range words(text) {
		c := w
		// Real words of the guides ("feature") are not typos of others ("future").
		if !l.vocab.known(w) && !questionStopWords[w] && (lex == nil || !lex.Known(ctx, w)) {
			c = l.vocab.correct(w)
		}
		q.words = append(q.words, c)
	}
	q.careers = l.FindCareers(q.words)
	q.states = findStates(text, q.words)
	if len(q.states) == 0 {
		if city, st, ok := findCity(q.words); ok {
			q.city, q.states = city, []bot.USState{st}
		}
	}
	for _, w := range q.words {
		for intent, ws := range intentIndex[w] {
			_ = ws
			q.intents[intent]++
		}
	}
	return q
}

// intentIndex maps a word to the intents it signals.
var intentIndex = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for intent, ws := range intentWords {
		for _, w := range ws {
			if m[w] == nil {
				m[w] = map[string]bool{}
			}
			m[w][intent] = true
		}
	}
	return m
}()

// findStates finds US states named in free text: full names (also with one
// typo in longer names) and two-letter codes typed in capitals ("CA") or
// unambiguous in lowercase after "in" ("in tx").
func findStates(raw string, ws []string) []bot.USState {
	var out []bot.USState
	seen := map[string]bool{}
	add := func(s bot.USState) {
		if !seen[s.Code] {
			seen[s.Code] = true
			out = append(out, s)
		}
	}
	for i := 0; i < len(ws); i++ {
		matched := false
		for n := 3; n >= 1 && !matched; n-- {
			if i+n > len(ws) {
				continue
			}
			cand := strings.Join(ws[i:i+n], " ")
			if len(cand) <= 2 {
				continue
			}
			if st, ok := bot.StateByName(cand); ok {
				add(st)
				i += n - 1
				matched = true
			} else if n == 1 && len(cand) >= 6 {
				if st, ok := bot.LookupState(cand); ok && len(strings.Fields(st.Name)) == 1 {
					add(st)
					matched = true
				}
			}
		}
	}
	// Codes: as typed, in capitals.
	for _, f := range strings.FieldsFunc(raw, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		f = strings.Trim(f, ".")
		if len(f) == 2 && f == strings.ToUpper(f) {
			if st, ok := bot.StateByCode(f); ok {
				add(st)
			}
		}
	}
	// Lowercase codes after "in" when the code is not an English word.
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "in" && len(ws[i+1]) == 2 {
			if st, ok := bot.StateByCode(strings.ToUpper(ws[i+1])); ok && !englishTwo[ws[i+1]] {
				add(st)
			}
		}
	}
	return out
}

// englishTwo are two-letter codes that read as English words.
var englishTwo = setOf("in", "or", "me", "hi", "ok", "oh", "de", "id", "la", "ma", "pa", "as", "mo", "co", "al")

// contentWords are the words of a question that carry its topic: no stop
// words, no career names, no intent words that only steer.
func (l *Library) contentWords(q *question, used *bot.Guide) []string {
	careerWords := map[string]bool{}
	for _, g := range append(append([]*bot.Guide(nil), q.careers...), used) {
		if g == nil {
			continue
		}
		for _, n := range careerNames(g) {
			for _, w := range strings.Fields(n) {
				careerWords[w] = true
			}
		}
	}
	var out []string
	for _, w := range q.words {
		if questionStopWords[w] || careerWords[w] || !hasLetter(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
