package atomicfile

import (
	"io"
	"os"
)

// Write creates path+".tmp", lets fill write the file's bytes to it, and
// renames it to path; on any error the temporary file is removed and path
// is left as it was.
func Write(path string, fill func(w io.Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	err = fill(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
