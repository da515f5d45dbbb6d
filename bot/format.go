package bot

import (
	"strconv"
	"strings"
)

// Money formats whole dollars: 185000 → "$185,000".
func Money(n int) string { return "$" + Thousands(n) }

// Thousands formats an integer with comma separators.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
