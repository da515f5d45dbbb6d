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
