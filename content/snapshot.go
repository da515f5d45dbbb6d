package content

import (
	"fmt"
	"os"
	"reflect"
	"unsafe"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/par"
)

// snapshotVersion changes whenever bot.Guide or the parser changes what a
// file becomes, or the snapshot's encoding changes: a snapshot of another
// version is ignored.
const snapshotVersion = "careerbot-guides-3" // 3: each entry after its length, so entries decode on every core

type snapEntry struct {
	File  string
	Stat  [5]int64
	Sum   [32]byte
	Guide *bot.Guide
}

// writeSnapshot writes the parsed guides to path (through a temporary file
// renamed into place): the version, the number of entries, then each entry
// (guidecodec.go) after its length in bytes.
func writeSnapshot(path string, entries map[string]cached) error {
	w := &guideWriter{b: make([]byte, 0, 1<<20)}
	w.str(snapshotVersion)
	w.num(uint64(len(entries)))
	one := &guideWriter{}
	for file, e := range entries {
		one.b = one.b[:0]
		if err := one.value(reflect.ValueOf(snapEntry{File: file, Stat: e.stat.wire(), Sum: e.sum, Guide: e.g})); err != nil {
			return fmt.Errorf("snapshot entry %s: %w", file, err)
		}
		w.num(uint64(len(one.b)))
		w.b = append(w.b, one.b...)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, w.b, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// readSnapshot reads what writeSnapshot wrote, the entries on every core.
func readSnapshot(path string) (map[string]cached, error) {
	data, release, err := mapFile(path)
	if err != nil {
		return nil, err
	}
	m, err := decodeSnapshot(data)
	if err != nil {
		release()
		return nil, err
	}
	// The guides hold the file's text: it stays mapped (or read).
	return m, nil
}

func decodeSnapshot(data []byte) (map[string]cached, error) {
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
	// Where each entry is, then the entries decoded on every core.
	spans := make([]string, n)
	for i := range spans {
		spans[i] = r.str()
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.at != len(r.s) {
		return nil, fmt.Errorf("snapshot has %d bytes after its %d guides", len(r.s)-r.at, n)
	}
	got := make([]snapEntry, n)
	errs := make([]error, n)
	par.For(n, func(_, i int) {
		er := &guideReader{s: spans[i]}
		er.value(reflect.ValueOf(&got[i]).Elem())
		switch {
		case er.err != nil:
			errs[i] = er.err
		case er.at != len(er.s):
			errs[i] = fmt.Errorf("snapshot entry %d has %d bytes after it", i, len(er.s)-er.at)
		case got[i].Guide == nil:
			errs[i] = fmt.Errorf("snapshot entry %s has no guide", got[i].File)
		}
	})
	out := make(map[string]cached, n)
	for i, e := range got {
		if errs[i] != nil {
			return nil, errs[i]
		}
		out[e.File] = cached{stat: statFromWire(e.Stat), sum: e.Sum, g: e.Guide}
	}
	if len(out) != n {
		return nil, fmt.Errorf("snapshot has %d of %d guides", len(out), n)
	}
	return out, nil
}
