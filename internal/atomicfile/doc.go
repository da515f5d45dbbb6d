// Package atomicfile writes a file whole or not at all: the bytes go to a
// temporary file beside it, renamed into place once written and closed, so
// a reader (or a mapping of the old file) never sees half a file.
package atomicfile
