package engine

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/content"
)

func zzLib(t *testing.T) *Library {
	if os.Getenv("ZML") != "" {
		g, err := content.Default()
		if err != nil {
			t.Fatal(err)
		}
		return libraryOf(t, g)
	}
	return allGuidesLibrary(t)
}

func TestZZQ(t *testing.T) {
	qs := os.Getenv("ZQ")
	if qs == "" {
		t.Skip()
	}
	l := zzLib(t)
	ctx := context.Background()
	for _, text := range strings.Split(qs, "\n") {
		if strings.TrimSpace(text) == "" {
			continue
		}
		q := l.read(ctx, text)
		var cs, ss []string
		for _, g := range q.careers {
			cs = append(cs, g.Slug)
		}
		for _, s := range q.states {
			ss = append(ss, s.Code)
		}
		fmt.Printf("Q: %s\n switcher=%v words=%v\n taken=%v\n intents=%v careers=%v states=%v scope=%+v guideWordIn=%v\n", text, q.switcher, q.words, q.taken, q.intents, cs, ss, q.scope, l.guideWordIn(q.words))
		lx := l.m.lex
		for _, w := range q.words {
			fmt.Printf("   %-14s career=%v field=%v term=%v vocab=%v index=%v stop=%v noun=%v rel=%v word=%v person=%v\n", w, l.isCareerWord(w), lx.Field(w), l.knownTerm(w), l.vocab.known(w), l.m.index[w], l.m.stop[w], lx.Noun(w), lx.Relational(w), lx.Word(w), lx.Person(w))
		}
	}
}

func TestZZGuess(t *testing.T) {
	qs := os.Getenv("ZG")
	if qs == "" {
		t.Skip()
	}
	l := zzLib(t)
	ctx := context.Background()
	for _, text := range strings.Split(qs, "\n") {
		if strings.TrimSpace(text) == "" {
			continue
		}
		q := l.read(ctx, text)
		gw := guessWords(l, q)
		fmt.Printf("Q: %s\n guessWords=%v\n", text, gw)
		for _, w := range gw {
			u := l.terms.sole(w)
			name := ""
			if u >= 0 {
				name = l.Guides[u].Slug
			}
			fmt.Printf("   %-14s sole=%s df=%d word=%v\n", w, name, l.Searcher.DocFreq(ctx, w), l.m.lex.Word(w))
		}
	}
}
