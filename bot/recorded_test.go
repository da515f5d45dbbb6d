package bot

import (
	"testing"
	"time"
)

// setID writes what the base32 encoder writes, and the event and answer
// of one recorded question carry that id.
func TestRecordedSetIDIsBase32(t *testing.T) {
	ids := []rawID{{}, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}}
	for i := range 2000 {
		ids = append(ids, newRawID(time.Unix(int64(i)*7919, int64(i))))
	}
	for k := range 80 { // every single bit
		var id rawID
		id[k/8] = 0x80 >> (k % 8)
		ids = append(ids, id)
	}
	for _, id := range ids {
		var rec recorded
		if got, want := rec.setID(id), idEncoding.EncodeToString(id[:]); got != want || len(got) != idLen {
			t.Fatalf("setID(%x) = %q, base32 %q", id, got, want)
		}
	}
}
