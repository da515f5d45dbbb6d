package engine

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/careerbot-dev/careerbot/bot"
)

// A memo gives back what was put for the word, for many more words than
// it keeps (a miss, never another word's value), from many goroutines at
// once (run with -race).
func TestWordMemoKeepsEachWordsValue(t *testing.T) {
	m := new(wordMemo[string])
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 * wordMemoSlots {
				w := fmt.Sprintf("w%d", (i*(g+1))%(3*wordMemoSlots))
				if v, ok := m.get(w); ok && v != "v"+w {
					t.Errorf("get(%q) = %q", w, v)
					return
				}
				m.put(w, "v"+w)
				if v, ok := m.get(w); ok && v != "v"+w {
					t.Errorf("get(%q) after put = %q", w, v)
					return
				}
			}
		}()
	}
	wg.Wait()
	long := strings.Repeat("x", wordMemoMaxLen+1)
	m.put(long, "long")
	if _, ok := m.get(long); ok {
		t.Error("a word longer than wordMemoMaxLen was kept")
	}
}

// An entry keeps its own copy of the word, not the text it was cut from.
func TestWordMemoCopiesTheWord(t *testing.T) {
	m := new(wordMemo[int])
	text := "certifications help"
	w := text[:14]
	m.put(w, 1)
	set := m.set(w)
	for i := range set {
		if e := set[i].Load(); e != nil && e.word == w && unsafe.StringData(e.word) == unsafe.StringData(text) {
			t.Fatal("the memo keeps the caller's text")
		}
	}
	if v, ok := m.get("certifications"); !ok || v != 1 {
		t.Fatalf("get = %d %v", v, ok)
	}
}

func checkStateWord(t testing.TB, w string) {
	wantSt, wantOK := bot.LookupState(w)
	for range 2 {
		if st, ok := lookupStateWord(w); st != wantSt || ok != wantOK {
			t.Fatalf("lookupStateWord(%q) = %v %v, LookupState %v %v", w, st, ok, wantSt, wantOK)
		}
	}
}

// lookupStateWord answers what bot.LookupState does: every word of every
// eval question, every state's name and its words with a letter dropped,
// doubled or changed.
func TestLookupStateWordMatchesLookupState(t *testing.T) {
	for _, text := range evalQuestions(t) {
		raw, low := rawAndLowWords(text)
		for _, w := range append(raw, low...) {
			checkStateWord(t, w)
		}
	}
	for _, st := range bot.USStates {
		for _, w := range append(strings.Fields(st.Name), strings.ToLower(st.Name), st.Code) {
			for i := range len(w) {
				checkStateWord(t, w[:i]+w[i+1:])
				checkStateWord(t, w[:i]+w[i:i+1]+w[i:])
				checkStateWord(t, w[:i]+"x"+w[i+1:])
			}
		}
	}
}

func FuzzLookupStateWordMatchesLookupState(f *testing.F) {
	for _, s := range []string{"massachusets", "certifications", "Kalifornia", " ohio. ", "wyomingg", "ñ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		checkStateWord(t, w)
	})
}
