// Package proccpu reads the CPU time this process has used, for the
// benchmarks that report CPU per question next to wall time.
package proccpu
