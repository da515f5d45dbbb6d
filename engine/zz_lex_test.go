package engine

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZLex(t *testing.T) {
	ws := os.Getenv("ZL")
	if ws == "" {
		t.Skip()
	}
	l := zzLib(t)
	for _, w := range strings.Split(ws, ",") {
		lx := l.m.lex
		fmt.Printf("%-16s word=%v noun=%v adv=%v adj=%v verb=%v person=%v occ=%v\n", w, lx.Word(w), lx.Noun(w), lx.Adverb(w), lx.Adjective(w), lx.Verb(w), lx.Person(w), lx.Occupation(w))
	}
}
