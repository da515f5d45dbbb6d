package bot

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// USState is a US state, district or territory with its USPS code.
type USState struct {
	Code string
	Name string
}

// USStates lists the 50 states, DC and the inhabited territories.
var USStates = []USState{
	{"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
	{"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
	{"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
	{"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
	{"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
	{"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
	{"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
	{"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
	{"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
	{"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
	{"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"},
	{"PR", "Puerto Rico"}, {"GU", "Guam"}, {"VI", "U.S. Virgin Islands"}, {"AS", "American Samoa"},
	{"MP", "Northern Mariana Islands"},
}

var stateByCode, stateByName = func() (map[string]USState, map[string]USState) {
	byCode, byName := map[string]USState{}, map[string]USState{}
	for _, s := range USStates {
		byCode[s.Code] = s
		byName[strings.ToLower(s.Name)] = s
	}
	byName["washington state"] = byCode["WA"]
	byName["washington dc"] = byCode["DC"]
	byName["washington d.c."] = byCode["DC"]
	byName["d.c."] = byCode["DC"]
	byName["virgin islands"] = byCode["VI"]
	return byCode, byName
}()

// stateWords maps the first word of each state name of more than one word
// ("new", "district") to the most words of such a name.
var stateWords = func() map[string]int {
	out := map[string]int{}
	for name := range stateByName {
		first, _, multi := strings.Cut(name, " ")
		if n := strings.Count(name, " ") + 1; multi && n > out[first] {
			out[first] = n
		}
	}
	return out
}()

// StateNameWords returns the most words (counted by their spaces) of a
// state name StateByName knows whose first word is w: 0 when no name of
// two or more words begins with w ("new" → 2, "district" → 3). A run of
// n > 1 words starting with w (joined by single spaces, w without a space
// of its own) can only be a state's name when StateNameWords(w) >= n.
func StateNameWords(w string) int { return stateWords[w] }

// stateNames are stateByName's keys, sorted: LookupState's typo scan runs
// over them in a fixed order (ties go to the first), without a map walk.
var stateNames = func() []string {
	out := make([]string, 0, len(stateByName))
	for n := range stateByName {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}()

// LookupState resolves a code ("CA", "ca") or a name ("California",
// "new york", "Calfornia" with one typo) to a state.
func LookupState(s string) (USState, bool) {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), ".?!,"))
	if s == "" {
		return USState{}, false
	}
	if len(s) == 2 {
		st, ok := stateByCode[strings.ToUpper(s)]
		return st, ok
	}
	low := s
	if !lowerSingleSpaced(s) {
		low = strings.ToLower(strings.Join(strings.Fields(s), " "))
	}
	if st, ok := stateByName[low]; ok {
		return st, true
	}
	if len(low) >= 5 {
		best, bestD := USState{}, 3
		ascii := isASCII(low)
		var set byteSet
		if ascii {
			set = byteSetOf(low)
		}
		for k, name := range stateNames { // all ASCII
			if d := len(name) - len(low); ascii && (d > 2 || d < -2 || set.differ(stateNameSets[k]) > 4 || bagDistance(low, name) > 4) {
				continue // more than two edits apart
			}
			if d := Levenshtein(low, name, 2); d < bestD {
				best, bestD = stateByName[name], d
			}
		}
		if bestD <= 1 || (bestD == 2 && len(low) >= 8) {
			return best, true
		}
	}
	return USState{}, false
}

// lowerSingleSpaced reports whether s is ASCII without capitals or
// whitespace other than single spaces between words: what LookupState's
// lower-casing and re-spacing would leave as it is.
func lowerSingleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c >= 'A' && c <= 'Z', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// StateName returns the name for a code, or the code itself.
func StateName(code string) string {
	if st, ok := stateByCode[strings.ToUpper(code)]; ok {
		return st.Name
	}
	return code
}

// stateNameSets are the byteSets of stateNames, in their order.
var stateNameSets = func() []byteSet {
	out := make([]byteSet, len(stateNames))
	for i, n := range stateNames {
		out[i] = byteSetOf(n)
	}
	return out
}()

// A byteSet is the set of the bytes of an ASCII string.
type byteSet [2]uint64

func byteSetOf(s string) byteSet {
	var b byteSet
	for i := 0; i < len(s); i++ {
		b[s[i]>>6&1] |= 1 << (s[i] & 63)
	}
	return b
}

// differ counts the bytes in one set only: a lower bound of bagDistance
// (each such byte is at least one letter the other string cannot match).
func (b byteSet) differ(o byteSet) int {
	return bits.OnesCount64(b[0]^o[0]) + bits.OnesCount64(b[1]^o[1])
}

// bagDistance is how many letters of two ASCII strings, counted with
// their repeats, are not matched by a letter of the other: an edit changes
// it by at most two, so strings it puts more than 2k apart are more than k
// edits apart. It is the cheap test before LookupState's Levenshtein (most
// words are far from every state's name).
func bagDistance(a, b string) int {
	var h [utf8.RuneSelf]int32
	for i := 0; i < len(a); i++ {
		h[a[i]]++
	}
	for i := 0; i < len(b); i++ {
		h[b[i]]--
	}
	d := int32(0)
	for _, s := range [2]string{a, b} {
		for i := 0; i < len(s); i++ {
			d += max(h[s[i]], -h[s[i]])
			h[s[i]] = 0
		}
	}
	return int(d)
}

// Levenshtein returns the edit distance between a and b, or max+1 when it is
// larger than max (a cheap early exit).
func Levenshtein(a, b string, max int) int {
	if isASCII(a) && isASCII(b) {
		return levenshteinASCII(a, b, max)
	}
	return levenshteinRunes([]rune(a), []rune(b), max)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// levenshteinASCII is Levenshtein on bytes, for ASCII strings (the
// conversion stays on the stack for short words).
func levenshteinASCII(a, b string, max int) int { return levenshtein([]byte(a), []byte(b), max) }

func levenshteinRunes(ra, rb []rune, max int) int { return levenshtein(ra, rb, max) }

// levenshtein is the edit distance of two strings of bytes or runes, or
// max+1 once it is sure to exceed max.
func levenshtein[E byte | rune](ra, rb []E, max int) int {
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	// Two rows; on the stack for words of up to 31 letters.
	var rows [64]int
	var prev, cur []int
	if n := len(rb) + 1; 2*n <= len(rows) {
		prev, cur = rows[:n], rows[n:2*n]
	} else {
		prev, cur = make([]int, n), make([]int, n)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	if prev[len(rb)] > max {
		return max + 1
	}
	return prev[len(rb)]
}

// StateByCode returns the state for an upper-case USPS code.
func StateByCode(code string) (USState, bool) {
	st, ok := stateByCode[code]
	return st, ok
}

// StateByName returns the state for a lower-case name ("new york",
// "washington state").
func StateByName(name string) (USState, bool) {
	st, ok := stateByName[name]
	return st, ok
}
