package jsonstr

import (
	"encoding/json"
	"testing"
)

func TestAppendMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", "👍 Helpful", "fb1|abc|down|not_asked", `q"uote`, `back\slash`, "<b>&amp;",
		"line\nbreak", "tab\t", "\x01", "\u2028\u2029", "bad \xff utf-8", "é"} {
		want, _ := json.Marshal(s)
		if got := Append([]byte("x"), s); string(got) != "x"+string(want) {
			t.Errorf("Append(%q) = %s, want x%s", s, got, want)
		}
	}
}
