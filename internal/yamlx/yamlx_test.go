package yamlx

import (
	"strings"
	"testing"
	"time"
)

type cfg struct {
	Name  string        `yaml:"name"`
	Count int           `yaml:"count"`
	Wait  time.Duration `yaml:"wait"`
	On    bool          `yaml:"on"`
	Tags  []string      `yaml:"tags"`
	Sub   struct {
		Level float64 `yaml:"level"`
	} `yaml:"sub"`
	Map    map[string]int `yaml:"map"`
	Ptr    *int           `yaml:"ptr"`
	Hidden func()         `yaml:"-"`
}

func TestDecode(t *testing.T) {
	var c cfg
	doc, probs := Decode([]byte("name: x\ncount: 3\nwait: 2s\non: true\ntags: [a, b]\nsub:\n  level: 1.5\nmap: {a: 1}\nptr: 7\n"), &c)
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	if c.Name != "x" || c.Count != 3 || c.Wait != 2*time.Second || !c.On || len(c.Tags) != 2 || c.Sub.Level != 1.5 || c.Map["a"] != 1 || *c.Ptr != 7 {
		t.Fatalf("%+v", c)
	}
	if Line(doc, "sub", "level") != 7 || Line(doc, "tags", 1) != 5 || Line(doc, "missing") != 1 {
		t.Error("Line")
	}
}

func TestProblems(t *testing.T) {
	var c cfg
	_, probs := Decode([]byte("name: [1]\ncount: many\nwiat: 1s\ntags: x\nsub:\n  levle: 2\non: maybe\n"), &c)
	all := probs.Error()
	for _, want := range []string{
		"line 1: name: must be text, got a list",
		`line 2: count: must be a whole number, got "many"`,
		`line 3: wiat: unknown key (did you mean "wait"?)`,
		`line 4: tags: must be a list, got "x"`,
		"line 6: sub.levle: unknown key",
		`line 7: on: must be true or false, got "maybe"`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("want %q in %s", want, all)
		}
	}
	_, probs = Decode([]byte("a: [\n"), &c)
	if len(probs) != 1 || !strings.Contains(probs[0].Msg, "malformed YAML") {
		t.Errorf("malformed: %v", probs)
	}
	if _, probs := Decode([]byte(""), &c); len(probs) != 0 {
		t.Errorf("empty document: %v", probs)
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"name: x", "count: [", "sub: {level: x}", "map: {a: b}", "&a x: *a", "- 1\n- 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var c cfg
		_, probs := Decode([]byte(s), &c)
		for _, p := range probs {
			if p.Line < 1 {
				t.Fatalf("problem without a line: %+v", p)
			}
		}
	})
}

// Syntax errors name the line where the problem is, not the one before it
// (yaml.v3 reports parser errors with a 0-based line).
func TestDecodeSyntaxErrorLine(t *testing.T) {
	cases := []struct {
		doc  string
		line int
	}{
		{"name: x\ncount: 3\n- c\n", 3},            // a list item inside a mapping
		{"tags:\n  - 1\n  - 2\n name: 3\n", 4},     // bad indentation after a list
		{"name: x\ntags: [1, 2\ncount: 3\n", 2},    // unclosed flow list opened on line 2
		{"name: x\nsub: {level: 1\ncount: 3\n", 2}, // unclosed flow mapping opened on line 2
		{"name: x\ncount 3\non: true\n", 2},        // scanner errors were right already
		{"name: x\n  count: 3\n", 2},               // mapping values not allowed
	}
	for _, c := range cases {
		var v cfg
		_, probs := Decode([]byte(c.doc), &v)
		if len(probs) != 1 || probs[0].Line != c.line {
			t.Errorf("%q: got %v, want one problem on line %d", c.doc, probs, c.line)
		}
	}
}

func TestDecodeSyntaxErrorAtEnd(t *testing.T) {
	var v cfg
	_, probs := Decode([]byte("name: [a\n"), &v)
	if len(probs) != 1 || probs[0].Line != 1 {
		t.Errorf("got %v, want line 1", probs)
	}
}
