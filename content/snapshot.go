package content

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"reflect"
	"unsafe"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/atomicfile"
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

// writeSnapshot writes the parsed guides to path through a temporary file
// renamed into place (a reader may have path mapped: it is never written
// in place): the version, the number of entries, then each entry
// (guidecodec.go) after its length in bytes. The file is streamed, one
// entry at a time, so writing it takes a buffer of one entry's size, not
// of the file's (111 MB at 10,000 guides).
func writeSnapshot(path string, entries map[string]cached) error {
	return atomicfile.Write(path, func(w io.Writer) error { return encodeSnapshot(w, entries) })
}

// encodeSnapshot writes the snapshot's bytes to w.
func encodeSnapshot(w io.Writer, entries map[string]cached) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	one := &guideWriter{b: make([]byte, 0, 64<<10)} // one entry, the buffer reused
	one.str(snapshotVersion)
	one.num(uint64(len(entries)))
	if _, err := bw.Write(one.b); err != nil {
		return err
	}
	var size [binary.MaxVarintLen64]byte
	for file, e := range entries {
		one.b = one.b[:0]
		if err := one.value(reflect.ValueOf(snapEntry{File: file, Stat: e.stat.wire(), Sum: e.sum, Guide: e.g})); err != nil {
			return fmt.Errorf("snapshot entry %s: %w", file, err)
		}
		if _, err := bw.Write(size[:binary.PutUvarint(size[:], uint64(len(one.b)))]); err != nil {
			return err
		}
		if _, err := bw.Write(one.b); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// sameSums reports whether entries hold exactly the files of sums, each
// with the content hash sums gives it.
func sameSums(entries map[string]cached, sums map[string][32]byte) bool {
	if sums == nil || len(entries) != len(sums) {
		return false
	}
	for file, e := range entries {
		if s, ok := sums[file]; !ok || s != e.sum {
			return false
		}
	}
	return true
}

// sumsOf is each file's content hash.
func sumsOf(entries map[string]cached) map[string][32]byte {
	out := make(map[string][32]byte, len(entries))
	for file, e := range entries {
		out[file] = e.sum
	}
	return out
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
