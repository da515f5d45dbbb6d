package wire

import (
	"encoding/binary"
	"testing"
)

func TestUvarintMatchesBinary(t *testing.T) {
	for _, v := range []uint64{0, 1, 127, 128, 300, 1 << 20, 1<<63 + 5} {
		b := binary.AppendUvarint(nil, v)
		got, n := Uvarint(string(b) + "tail")
		if got != v || n != len(b) {
			t.Errorf("Uvarint(%d) = %d, %d; want %d, %d", v, got, n, v, len(b))
		}
		if _, n := Uvarint(string(b[:len(b)-1])); len(b) > 1 && n != 0 {
			t.Errorf("Uvarint of %d cut short read %d bytes, want 0", v, n)
		}
	}
}
