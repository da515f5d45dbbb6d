package content

import (
	"io/fs"
	"syscall"
)

// statKey identifies a file's version: any write changes its change time.
type statKey struct {
	size, mtime, ctime int64
	ino, dev           uint64
}

func keyOf(st fs.FileInfo) (statKey, bool) {
	s, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return statKey{}, false
	}
	return statKey{size: st.Size(), mtime: st.ModTime().UnixNano(), ctime: s.Ctim.Nano(), ino: s.Ino, dev: uint64(s.Dev)}, true
}

func (k statKey) wire() [5]int64 {
	return [5]int64{k.size, k.mtime, k.ctime, int64(k.ino), int64(k.dev)}
}

func statFromWire(w [5]int64) statKey {
	return statKey{size: w[0], mtime: w[1], ctime: w[2], ino: uint64(w[3]), dev: uint64(w[4])}
}
