package engine

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
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
	zq := os.Getenv("ZQ")
	if zq == "" {
		t.Skip()
	}
	l := zzLib(t)
	ctx := context.Background()
	for _, text := range strings.Split(zq, "\n") {
		if strings.TrimSpace(text) == "" {
			continue
		}
		fmt.Printf("Q: %s\n focus: %s\n", text, l.focusText(text))
		q := l.read(ctx, text)
		var cs []string
		for _, g := range q.careers {
			cs = append(cs, g.Slug)
		}
		var taken []string
		for i, w := range q.words {
			if q.taken[i] {
				taken = append(taken, w)
			}
		}
		fmt.Printf(" words: %v\n taken: %v\n intents: %v\n careers: %v states: %v switcher=%v guessed=%v\n scope: occ=%q company=%q foreign=%q plain=%v described=%v background=%q\n",
			q.words, taken, q.intents, cs, q.states, q.switcher, q.guessed, q.scope.occupations, q.scope.company, q.scope.foreign, q.scope.plain, q.scope.described, q.scope.background)
		sg := l.storyGuide(q)
		og := l.oneGuideNamed(dropStateWords(l.contentWords(q, nil)))
		og2 := l.oneGuideNamedBy(dropStateWords(l.contentWords(q, nil)), coreDocFreq)
		name := func(g interface{ GetSlug() string }) string { return "" }
		_ = name
		fmt.Printf(" storyGuide=%v oneGuideNamed=%v byDF=%v content=%v\n", sg != nil && sg.Slug != "", og != nil, og2 != nil, l.contentWords(q, nil))
		if sg != nil {
			fmt.Println("  story:", sg.Slug)
		}
		if og != nil {
			fmt.Println("  named:", og.Slug)
		}
		parts := l.splitParts(text)
		if len(parts) > 1 {
			fmt.Printf(" parts: %q\n", parts)
		}
	}
}

func TestZZOcc(t *testing.T) {
	zo := os.Getenv("ZO")
	if zo == "" {
		t.Skip()
	}
	l := zzLib(t)
	lex := l.m.lex
	for _, w := range strings.Split(zo, ",") {
		w = strings.TrimSpace(w)
		gs, _ := l.terms.guidesWith(stem(w))
		fmt.Printf("%q occ=%v job=%v word=%v noun=%v adj=%v cverb=%v person=%v general=%v index=%v roles=%v guidesWith=%v kinds=%v kindOf=%v syn=%v\n",
			w, lex.Occupation(w), lex.JobSense(w), lex.Word(w), lex.Noun(w), lex.Adjective(w), lex.CommonVerb(w), lex.Person(w), lex.General(w), l.m.index[w], l.m.roles[w], gs, lex.Kinds(w), lex.KindOf(w), lex.Synonyms(w))
	}
}

func TestZZTold(t *testing.T) {
	s := os.Getenv("ZT")
	if s == "" {
		t.Skip()
	}
	fmt.Println(words(s), toldOnly(s))
	l := zzLib(t)
	fmt.Printf("%q\n", l.splitAnd(s))
}

func TestZZWJ(t *testing.T) {
	s := os.Getenv("ZW")
	if s == "" {
		t.Skip()
	}
	l := zzLib(t)
	ctx := context.Background()
	for _, text := range strings.Split(s, "\n") {
		if text == "" {
			continue
		}
		asked, p := l.whoseJob(ctx, text, func(q *question) *bot.Guide { return nil })
		fmt.Printf("WJ %q %+v\n", asked, p)
		fmt.Printf("labelled=%q adTitle=%q\n", l.labelledField(text), l.adTitle(ctx, text))
	}
}

func TestZZLex(t *testing.T) {
	s := os.Getenv("ZL")
	if s == "" {
		t.Skip()
	}
	l := zzLib(t)
	for _, w := range strings.Split(s, ",") {
		fmt.Println(w, l.Searcher.DocFreq(context.Background(), w), l.m.lex.Word(w), l.m.lex.Singular(w), l.m.lex.Word(l.m.lex.Singular(w)), l.m.lex.VerbForm(w), l.Searcher.Known(context.Background(), w), l.vocab.known(w))
	}
}

func TestZZHead(t *testing.T) {
	s := os.Getenv("ZH")
	if s == "" {
		t.Skip()
	}
	l := zzLib(t)
	for _, text := range strings.Split(s, "\n") {
		if text == "" {
			continue
		}
		q := l.read(context.Background(), text)
		g := l.headInContext(q)
		var rest []string
		for _, w := range guessWords(l, q) {
			rest = append(rest, w)
		}
		fmt.Println("HEAD", g != nil, rest, l.terms.named(rest))
	}
}
