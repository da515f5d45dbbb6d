// Package wire reads the varints of the files kept beside the index (the
// parsed-guides snapshot, the table file) straight from a string, so that
// what is decoded can point into the file's text without copies.
package wire
