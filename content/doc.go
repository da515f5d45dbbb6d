// Package content holds the shipped career guides (embedded with go:embed)
// and the loader that parses and validates guide files: Markdown with YAML
// front matter. Every problem is reported with file, line and field.
package content
