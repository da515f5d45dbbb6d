//go:build !linux

package content

import "os"

// mapFile reads a file (mapfile_linux.go maps it).
func mapFile(path string) (data []byte, release func(), err error) {
	data, err = os.ReadFile(path)
	return data, func() {}, err
}
