package engine

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
)

// findCareersEveryRun is findCareers as it was before careerRun: every run
// of up to maxWords words at each word looked up in the names.
func (l *Library) findCareersEveryRun(words []string, taken []bool) []*bot.Guide {
	var found []*bot.Guide
	seen := map[*bot.Guide]bool{}
	var buf [64]byte
	for i := 0; i < len(words); {
		matched := 0
		for n := min(l.maxWords, len(words)-i); n >= 1; n-- {
			if g, ok := l.names[string(appendPhrase(buf[:0], words[i:i+n]))]; ok {
				if !seen[g] {
					seen[g] = true
					found = append(found, g)
				}
				matched = n
				break
			}
		}
		if matched == 0 {
			i++
			continue
		}
		for k := i; k < i+matched; k++ {
			taken[k] = true
		}
		i += matched
	}
	return found
}

// compareFindCareers checks findCareers against findCareersEveryRun on ws.
func compareFindCareers(t testing.TB, l *Library, ws []string) {
	t.Helper()
	gotTaken, wantTaken := make([]bool, len(ws)), make([]bool, len(ws))
	got, want := l.findCareers(ws, gotTaken), l.findCareersEveryRun(ws, wantTaken)
	if !slices.Equal(got, want) || !slices.Equal(gotTaken, wantTaken) {
		t.Fatalf("findCareers(%q) = %v %v, looking up every run %v %v", ws, got, gotTaken, want, wantTaken)
	}
}

// careerRunCorpus is the words of every eval question as analyse reads
// them and as they were typed, and of every name with a word before and
// after, cut short, and words of other names between.
func careerRunCorpus(t *testing.T, l *Library) [][]string {
	var out [][]string
	ctx := context.Background()
	for _, text := range evalQuestions(t) {
		raw, low := rawAndLowWords(text)
		out = append(out, l.analyse(ctx, text).words, raw, low)
	}
	var names []string
	for n := range l.names {
		names = append(names, n)
	}
	slices.Sort(names)
	for i, n := range names {
		f := strings.Fields(n)
		other := strings.Fields(names[(i*7+3)%len(names)])
		out = append(out, f, append([]string{"a"}, f...), append(slices.Clone(f), "salary"),
			f[:len(f)-1], f[1:], append(append(slices.Clone(f[:1]), other...), f[1:]...),
			[]string{n}, []string{"new " + n, "jobs"}, append(slices.Clone(other), f...))
	}
	return out
}

// Looking up only the runs a name could begin with finds what looking up
// every run found, with the same words taken: every eval question, every
// name in and around other words, on the shipped-guide and all-guides
// libraries.
func TestCareerRunMatchesEveryRun(t *testing.T) {
	shipped, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []*Library{libraryOf(t, shipped), allGuidesLibrary(t)} {
		for _, ws := range careerRunCorpus(t, l) {
			compareFindCareers(t, l, ws)
		}
	}
}

func FuzzCareerRunMatchesEveryRun(f *testing.F) {
	shipped, err := content.Default()
	if err != nil {
		f.Fatal(err)
	}
	fixtures, err := content.LoadDir(filepath.Join("..", "testdata", "guides"))
	if err != nil {
		f.Fatal(err)
	}
	l := libraryOf(f, append(fixtures, shipped...))
	for _, s := range []string{"machine learning engineer salary", "ml engineer", "dream cartographer in ny", "a b c d e f", "quantum  gardening"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, low := rawAndLowWords(s)
		compareFindCareers(t, l, low)
		compareFindCareers(t, l, strings.Split(s, " "))
		compareFindCareers(t, l, strings.Split(strings.ToLower(s), ","))
	})
}
