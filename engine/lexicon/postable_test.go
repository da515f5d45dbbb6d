package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"hash/maphash"
	"strings"
	"testing"
)

// The part-of-speech table gives what a map of the table's "w" records
// gives, for every word in it and words not in it.
func TestPosTableMatchesMap(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(table))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if f := strings.Split(sc.Text(), "\t"); f[0] == "w" && len(f) == 3 {
			want[f[1]] = f[2]
		}
	}
	if len(want) < 50000 {
		t.Fatalf("only %d words", len(want))
	}
	for w, v := range want {
		if got := l.pos.get(w); got != v {
			t.Fatalf("%q: %q, want %q", w, got, v)
		}
		for _, x := range []string{w + "x", "x" + w, strings.ToUpper(w), w[:len(w)-1]} {
			if got := l.pos.get(x); got != want[x] {
				t.Fatalf("%q: %q, want %q", x, got, want[x])
			}
		}
	}
	if got := l.pos.get(""); got != want[""] {
		t.Fatalf(`"": %q`, got)
	}
	if len(l.pos.extra) > 0 {
		t.Logf("%d words share a hash with another", len(l.pos.extra))
	}
}

// A word whose hash another word has is kept beside the table, and later
// values replace earlier ones either way.
func TestPosTableCollision(t *testing.T) {
	text := "alpha beta"
	p := newPosTable(text, 4)
	p.set(0, 5, "n")
	// Pretend "beta" hashes like "alpha": its entry takes alpha's slot.
	h := maphash.String(p.seed, "alpha")
	p.m[h] = posEntry{off: 6, n: 4, v: 0}
	p.set(0, 5, "v") // alpha now collides with beta
	p.set(0, 5, "a")
	if got := p.get("alpha"); got != "a" {
		t.Errorf("alpha: %q, want a", got)
	}
	if got := p.get("gamma"); got != "" {
		t.Errorf("gamma: %q", got)
	}
	p.set(6, 4, "r")
	if got := p.get("beta"); got != "r" {
		t.Errorf("beta: %q, want r", got)
	}
}
