package bot

import (
	"strings"
	"testing"
	"time"
)

// Answer ids are valid, distinct, and those of one second share their
// first six characters (their time), so that the store inserts them side by
// side.
func TestAnswerIDs(t *testing.T) {
	now := time.Unix(1764600000, 0)
	seen := map[string]bool{}
	prefix := ""
	for range 10000 {
		id := newAnswerID(now)
		if !ValidAnswerID(id) {
			t.Fatalf("%q is not a valid answer id", id)
		}
		if seen[id] {
			t.Fatalf("%q twice", id)
		}
		seen[id] = true
		if prefix == "" {
			prefix = id[:6]
		} else if !strings.HasPrefix(id, prefix) {
			t.Fatalf("%q and %q: one second, different prefixes", prefix, id)
		}
		raw, ok := parseID(id)
		if !ok || raw[0] != byte(now.Unix()>>24) || raw[3] != byte(now.Unix()) {
			t.Fatalf("%q decodes to %v", id, raw)
		}
	}
	if ValidAnswerID(NewAnswerID()) == false {
		t.Fatal("NewAnswerID is not valid")
	}
}
