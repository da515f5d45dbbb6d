package wire

import "encoding/binary"

// Uvarint is binary.Uvarint on a string: the value and the bytes read,
// or 0, 0 when s holds no complete varint (or one too long).
func Uvarint(s string) (uint64, int) {
	var x uint64
	var sh uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		b := s[i]
		if b < 0x80 {
			return x | uint64(b)<<sh, i + 1
		}
		x |= uint64(b&0x7f) << sh
		sh += 7
	}
	return 0, 0
}
