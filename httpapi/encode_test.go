package httpapi

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
)

// An answer encoded once is byte for byte what json.Marshal gives,
// HTML-escaping included.
func TestEncodeOnceMatchesMarshal(t *testing.T) {
	a := &bot.Answer{Answered: true, Title: "Tools <b> & co", Body: "Use **A** & <script>x</script>",
		Fields: []bot.Field{{Label: "Median", Value: "$1 > $0"}}, Bullets: []string{"one", "two\u2028"},
		FollowUps: []bot.FollowUp{{Label: "More", Command: "ask", Options: map[string]string{"question": "a&b"}}}, Career: "x"}
	want, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	got, err := encode(a)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("encode:\n%s\njson.Marshal:\n%s", got, want)
	}
	if got, _ := encode(errorJSON{"e", "<m>"}); !bytes.Contains(got, []byte(`\u003cm\u003e`)) {
		t.Fatalf("plain values: %s", got)
	}
}
