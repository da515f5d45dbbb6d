package content

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/careerbot-dev/careerbot/bot"
)

// snapshotVersion changes whenever bot.Guide or the parser changes what a
// file becomes: a snapshot of another version is ignored.
const snapshotVersion = "careerbot-guides-1"

type snapHeader struct {
	Version string
	Entries int
}

type snapEntry struct {
	File  string
	Stat  [5]int64
	Sum   [32]byte
	Guide *bot.Guide
}

// writeSnapshot writes the parsed guides to path (through a temporary file
// renamed into place), one gob message per guide.
func writeSnapshot(path string, entries map[string]cached) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := gob.NewEncoder(w)
	err = enc.Encode(snapHeader{Version: snapshotVersion, Entries: len(entries)})
	for file, e := range entries {
		if err != nil {
			break
		}
		err = enc.Encode(snapEntry{File: file, Stat: e.stat.wire(), Sum: e.sum, Guide: e.g})
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// readSnapshot reads what writeSnapshot wrote.
func readSnapshot(path string) (map[string]cached, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dec := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	var h snapHeader
	if err := dec.Decode(&h); err != nil {
		return nil, err
	}
	if h.Version != snapshotVersion {
		return nil, fmt.Errorf("snapshot version %q, want %q", h.Version, snapshotVersion)
	}
	out := make(map[string]cached, h.Entries)
	for {
		var e snapEntry
		if err := dec.Decode(&e); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, err
		}
		if e.Guide == nil {
			return nil, fmt.Errorf("snapshot entry %s has no guide", e.File)
		}
		out[e.File] = cached{stat: statFromWire(e.Stat), sum: e.Sum, g: e.Guide}
	}
	if len(out) != h.Entries {
		return nil, fmt.Errorf("snapshot has %d of %d guides", len(out), h.Entries)
	}
	return out, nil
}
