package content

import (
	"fmt"
	"os"
	"reflect"
	"unsafe"

	"github.com/careerbot-dev/careerbot/bot"
)

// snapshotVersion changes whenever bot.Guide or the parser changes what a
// file becomes, or the snapshot's encoding changes: a snapshot of another
// version is ignored.
const snapshotVersion = "careerbot-guides-2"

type snapEntry struct {
	File  string
	Stat  [5]int64
	Sum   [32]byte
	Guide *bot.Guide
}

// writeSnapshot writes the parsed guides to path (through a temporary file
// renamed into place): the version, the number of entries, then each entry
// (guidecodec.go).
func writeSnapshot(path string, entries map[string]cached) error {
	w := &guideWriter{b: make([]byte, 0, 1<<20)}
	w.str(snapshotVersion)
	w.num(uint64(len(entries)))
	for file, e := range entries {
		if err := w.value(reflect.ValueOf(snapEntry{File: file, Stat: e.stat.wire(), Sum: e.sum, Guide: e.g})); err != nil {
			return fmt.Errorf("snapshot entry %s: %w", file, err)
		}
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, w.b, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// readSnapshot reads what writeSnapshot wrote.
func readSnapshot(path string) (map[string]cached, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return nil, errSnapshotDamaged
	}
	// The guides' strings are substrings of the file's text: data is
	// never written to after this, so it is used as that string as is.
	r := &guideReader{s: unsafe.String(&data[0], len(data))}
	if v := r.str(); v != snapshotVersion {
		if r.err != nil {
			return nil, r.err
		}
		return nil, fmt.Errorf("snapshot version %q, want %q", v, snapshotVersion)
	}
	n := r.count()
	out := make(map[string]cached, n)
	for range n {
		var e snapEntry
		r.value(reflect.ValueOf(&e).Elem())
		if r.err != nil {
			return nil, r.err
		}
		if e.Guide == nil {
			return nil, fmt.Errorf("snapshot entry %s has no guide", e.File)
		}
		out[e.File] = cached{stat: statFromWire(e.Stat), sum: e.Sum, g: e.Guide}
	}
	if r.at != len(r.s) {
		return nil, fmt.Errorf("snapshot has %d bytes after its %d guides", len(r.s)-r.at, n)
	}
	if len(out) != n {
		return nil, fmt.Errorf("snapshot has %d of %d guides", len(out), n)
	}
	return out, nil
}
