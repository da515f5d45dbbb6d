// Package jsonstr writes JSON strings as encoding/json does, for the few
// hand-written encoders on hot paths (the 👍/👎 buttons under every answer).
package jsonstr

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// Append appends s as a JSON string, byte for byte as encoding/json.Marshal
// writes it (HTML characters escaped); strings that need escaping go
// through encoding/json itself.
func Append(b []byte, s string) []byte {
	plain := utf8.ValidString(s) && !strings.ContainsAny(s, "\"\\<>&\u2028\u2029")
	for i := 0; plain && i < len(s); i++ {
		plain = s[i] >= 0x20
	}
	if !plain {
		q, _ := json.Marshal(s)
		return append(b, q...)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
