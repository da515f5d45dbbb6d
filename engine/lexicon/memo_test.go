package lexicon

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// uncachedAnswers lists every method a record answers, as a function of a
// lexicon and a word: compared with and without the memo.
var uncachedAnswers = map[string]func(l *Lexicon, w string) string{
	"Word":               func(l *Lexicon, w string) string { return fmt.Sprint(l.Word(w)) },
	"Adjective":          func(l *Lexicon, w string) string { return fmt.Sprint(l.Adjective(w)) },
	"Noun":               func(l *Lexicon, w string) string { return fmt.Sprint(l.Noun(w)) },
	"Time":               func(l *Lexicon, w string) string { return fmt.Sprint(l.Time(w)) },
	"CommonVerb":         func(l *Lexicon, w string) string { return fmt.Sprint(l.CommonVerb(w)) },
	"MostlyAdjective":    func(l *Lexicon, w string) string { return fmt.Sprint(l.MostlyAdjective(w)) },
	"JobSense":           func(l *Lexicon, w string) string { return fmt.Sprint(l.JobSense(w)) },
	"Relational":         func(l *Lexicon, w string) string { return fmt.Sprint(l.Relational(w)) },
	"Adverb":             func(l *Lexicon, w string) string { return fmt.Sprint(l.Adverb(w)) },
	"VerbForm":           func(l *Lexicon, w string) string { return fmt.Sprint(l.VerbForm(w)) },
	"Verb":               func(l *Lexicon, w string) string { return fmt.Sprint(l.Verb(w)) },
	"OnlyNoun":           func(l *Lexicon, w string) string { return fmt.Sprint(l.OnlyNoun(w)) },
	"Person":             func(l *Lexicon, w string) string { return fmt.Sprint(l.Person(w)) },
	"Occupation":         func(l *Lexicon, w string) string { return fmt.Sprint(l.Occupation(w)) },
	"OccupationWords":    func(l *Lexicon, w string) string { return fmt.Sprint(l.OccupationWords(w)) },
	"PlaceWords":         func(l *Lexicon, w string) string { return fmt.Sprint(l.PlaceWords(w)) },
	"Singular":           func(l *Lexicon, w string) string { return l.Singular(w) },
	"Foreign":            func(l *Lexicon, w string) string { return fmt.Sprint(l.Foreign(w)) },
	"FamilyName":         func(l *Lexicon, w string) string { return fmt.Sprint(l.FamilyName(w)) },
	"CompoundOccupation": func(l *Lexicon, w string) string { return l.CompoundOccupation(w) },
}

// withoutMemo returns a copy of l that answers every method from the
// tables, as the lexicon did before the memo.
func withoutMemo(l *Lexicon) *Lexicon {
	u := *l
	u.memo = nil
	return &u
}

// tableWords returns every word and phrase the lexicon's tables hold, with
// plural and inflected forms and words cut short.
func tableWords(l *Lexicon) []string {
	var ws []string
	for _, e := range l.pos.m {
		ws = append(ws, l.pos.text[e.off:int(e.off)+int(e.n)])
	}
	for w := range l.pos.extra {
		ws = append(ws, w)
	}
	for _, m := range []map[string]bool{l.occupations, l.foreign, l.names} {
		for w := range m {
			ws = append(ws, w)
		}
	}
	for w := range l.plurals {
		ws = append(ws, w)
	}
	for w := range l.usPlaces {
		ws = append(ws, w)
	}
	n := len(ws)
	for _, w := range ws[:n] {
		ws = append(ws, w+"s", w+"es", w+"ed", strings.ToUpper(w), w[:len(w)/2])
	}
	return append(ws, "", "s", "men", "são paulo", "zürich", "québec", "Ünïcödé words", strings.Repeat("engineer ", 8))
}

// compareMemo asks every method about w of the memoised lexicon twice (a
// miss, then a hit) and of the lexicon without it.
func compareMemo(t testing.TB, l, u *Lexicon, w string) {
	for name, f := range uncachedAnswers {
		want := f(u, w)
		for range 2 {
			if got := f(l, w); got != want {
				t.Fatalf("%s(%q) = %q with the memo, %q without", name, w, got, want)
			}
		}
	}
}

func TestMemoMatchesTables(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	u := withoutMemo(l)
	ws := tableWords(l)
	if testing.Short() {
		ws = ws[:len(ws)/20]
	}
	for _, w := range ws {
		compareMemo(t, l, u, w)
	}
}

// Many goroutines asking about words that share the memo's slots get the
// tables' answers (run with -race: records are read and stored without a
// lock).
func TestMemoConcurrent(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	u := withoutMemo(l)
	ws := tableWords(l)[:3*memoSlots]
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ws {
				w := ws[(i*(g+1))%len(ws)]
				if got, want := l.Noun(w), u.Noun(w); got != want {
					t.Errorf("Noun(%q) = %v with the memo, %v without", w, got, want)
					return
				}
				if got, want := l.Singular(w), u.Singular(w); got != want {
					t.Errorf("Singular(%q) = %q with the memo, %q without", w, got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// A record keeps its own copy of the word, not the text the word was cut
// from (which the memo would otherwise keep alive).
func TestMemoCopiesTheWord(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := []byte("nurses and welders")
	w := string(text[:6])
	sg := l.Singular(w)
	f := l.facts(w)
	if f == nil || f.word != "nurses" || sg != "nurse" {
		t.Fatalf("record %+v, Singular %q", f, sg)
	}
	if unsafe.StringData(f.word) == unsafe.StringData(w) {
		t.Fatal("the record keeps the caller's text")
	}
}

func FuzzMemoMatchesTables(f *testing.F) {
	l, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	u := withoutMemo(l)
	for _, w := range []string{"nurses", "web developers", "firemen", "são paulo", "operator", "sets", "zookeepers", "new york", "x"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		compareMemo(t, l, u, w)
	})
}
