// Package yamlx decodes YAML strictly into structs and reports every
// problem with its line and dotted key path ("discord.shard_count"): unknown
// keys, wrong types and malformed YAML. Config files and guide front matter
// use it so that bad input fails fast with file, line and key named.
package yamlx

import (
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Problem is one decoding problem.
type Problem struct {
	Line int    // 1-based line in the YAML text
	Key  string // dotted path, "" for the document
	Msg  string
}

func (p Problem) String() string {
	if p.Key == "" {
		return fmt.Sprintf("line %d: %s", p.Line, p.Msg)
	}
	return fmt.Sprintf("line %d: %s: %s", p.Line, p.Key, p.Msg)
}

// Problems is a list of problems; it is an error.
type Problems []Problem

func (ps Problems) Error() string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.String()
	}
	return strings.Join(s, "; ")
}

var lineRE = regexp.MustCompile(`line (\d+): `)

// parserMessages start the errors of libyaml's parser (as opposed to its
// scanner), whose line yaml.v3 reports 0-based.
var parserMessages = []string{
	"did not find expected <document start>",
	"did not find expected node content",
	"did not find expected '-' indicator",
	"did not find expected key",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found duplicate %TAG directive",
}

func parserError(msg string) bool {
	for _, p := range parserMessages {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// Decode parses data into v (a pointer to a struct) strictly. It returns the
// root node (for line look-ups) and the problems found.
func Decode(data []byte, v any) (*yaml.Node, Problems) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 1
		if m := lineRE.FindStringSubmatchIndex(msg); m != nil {
			line, _ = strconv.Atoi(msg[m[2]:m[3]])
			msg = msg[:m[0]] + msg[m[1]:]
			if parserError(msg) {
				// yaml.v3 adds one to the 0-based line of scanner errors
				// only: a parser error names the line before the problem.
				line++
			}
			// At the end of the text the problem is on its last line.
			if last := strings.Count(strings.TrimRight(string(data), "\n"), "\n") + 1; line > last {
				line = last
			}
		}
		return nil, Problems{{Line: line, Msg: "malformed YAML: " + msg}}
	}
	if root.Kind == 0 { // empty document
		return &root, nil
	}
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	var probs Problems
	decode(doc, reflect.ValueOf(v).Elem(), "", &probs)
	return doc, probs
}

func decode(n *yaml.Node, v reflect.Value, path string, probs *Problems) {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Tag == "!!null" {
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			*probs = append(*probs, Problem{n.Line, path, "must be a mapping of keys to values, got " + describe(n)})
			return
		}
		fields := structFields(v.Type())
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			key := join(path, k.Value)
			idx, ok := fields[k.Value]
			if !ok {
				*probs = append(*probs, Problem{k.Line, key, "unknown key" + suggest(k.Value, fields)})
				continue
			}
			decode(val, v.Field(idx), key, probs)
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			*probs = append(*probs, Problem{n.Line, path, "must be a list, got " + describe(n)})
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, c := range n.Content {
			decode(c, s.Index(i), fmt.Sprintf("%s[%d]", path, i), probs)
		}
		v.Set(s)
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			*probs = append(*probs, Problem{n.Line, path, "must be a mapping, got " + describe(n)})
			return
		}
		m := reflect.MakeMap(v.Type())
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			kv := reflect.New(v.Type().Key()).Elem()
			decode(k, kv, join(path, k.Value), probs)
			ev := reflect.New(v.Type().Elem()).Elem()
			decode(val, ev, join(path, k.Value), probs)
			m.SetMapIndex(kv, ev)
		}
		v.Set(m)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		decode(n, p.Elem(), path, probs)
		v.Set(p)
	default:
		if n.Kind != yaml.ScalarNode {
			*probs = append(*probs, Problem{n.Line, path, fmt.Sprintf("must be %s, got %s", want(v), describe(n))})
			return
		}
		if v.Kind() == reflect.String {
			v.SetString(n.Value) // any scalar reads as text: `date: 2026`
			return
		}
		if err := n.Decode(v.Addr().Interface()); err != nil {
			*probs = append(*probs, Problem{n.Line, path, fmt.Sprintf("must be %s, got %q", want(v), n.Value)})
		}
	}
}

func structFields(t reflect.Type) map[string]int {
	m := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		m[name] = i
	}
	return m
}

func suggest(k string, fields map[string]int) string {
	var names []string
	for n := range fields {
		if strings.Contains(n, k) || strings.Contains(k, n) || closeEnough(k, n) {
			names = append(names, n)
		}
	}
	if len(names) == 1 {
		return fmt.Sprintf(" (did you mean %q?)", names[0])
	}
	return ""
}

// closeEnough: within two edits (a typo or a swapped pair of letters).
func closeEnough(a, b string) bool {
	if d := len(a) - len(b); d < -2 || d > 2 {
		return false
	}
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)] <= 2
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	default:
		return strconv.Quote(n.Value)
	}
}

func want(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.Type().String() == "time.Duration" {
			return "a duration like 30s or 5m"
		}
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Struct, reflect.Map:
		return "a mapping"
	case reflect.Slice:
		return "a list"
	}
	return "text"
}

// Line returns the line of a dotted key path in a decoded document, or 1.
func Line(doc *yaml.Node, path ...any) int {
	line := 1
	n := doc
	if n != nil && n.Line > 0 {
		line = n.Line
	}
	for _, p := range path {
		if n == nil {
			break
		}
		switch key := p.(type) {
		case string:
			var next *yaml.Node
			if n.Kind == yaml.MappingNode {
				for i := 0; i+1 < len(n.Content); i += 2 {
					if n.Content[i].Value == key {
						line, next = n.Content[i].Line, n.Content[i+1]
						break
					}
				}
			}
			n = next
		case int:
			if n.Kind == yaml.SequenceNode && key < len(n.Content) {
				n = n.Content[key]
				line = n.Line
			} else {
				n = nil
			}
		}
	}
	return line
}

// AsProblems extracts Problems from an error.
func AsProblems(err error) (Problems, bool) {
	var ps Problems
	ok := errors.As(err, &ps)
	return ps, ok
}
