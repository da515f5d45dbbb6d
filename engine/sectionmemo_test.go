package engine

import (
	"reflect"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
)

// The kept answers are what building them gives: every section of every
// guide, three times over in turn (across more sections than are kept),
// with one guide and with several (follow-ups then carry the career),
// for a section whose text changed and one asked with another guide; and
// what a caller does to its copy (its fields set, its slices appended to)
// never reaches the next caller's.
func TestSectionAnswersMatchBuilding(t *testing.T) {
	all := allGuidesLibrary(t)
	one, err := newLibrary(all.Guides[:1], all.Searcher, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, lib := range []*Library{all, one} {
		e := New(lib, nil, Options{})
		check := func(g *bot.Guide, s *bot.Section) *bot.Answer {
			t.Helper()
			want := e.buildSectionAnswer(g, s)
			got := e.answerSection(g, s)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, %s: kept answer\n%#v\nbuilding it\n%#v", g.Slug, s.ID, got, want)
			}
			return got
		}
		n, follows := 0, 0
		for pass := range 3 {
			for _, g := range lib.Guides {
				for _, s := range g.Sections {
					a := check(g, s)
					b := check(g, s)
					if a == b {
						t.Fatalf("%s, %s: two callers got the same answer", g.Slug, s.ID)
					}
					for _, f := range a.FollowUps {
						if len(lib.Guides) > 1 && f.Options["career"] != g.Slug {
							t.Fatalf("%s, %s: follow-up %+v does not carry the career", g.Slug, s.ID, f)
						}
						follows++
					}
					// A caller's changes stay its own.
					a.Title, a.Body = "changed", "changed"
					a.Fields = append(a.Fields, bot.Field{Label: "x", Value: "y"})
					a.Bullets = append(a.Bullets, "extra")
					a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: "x", Command: "x"})
					a.Items = append(a.Items, bot.FollowUp{Label: "x"})
					check(g, s)
					// Two callers appending to their copies do not write
					// over each other (the kept slices are clipped).
					c, d := e.answerSection(g, s), e.answerSection(g, s)
					c.FollowUps = append(c.FollowUps, bot.FollowUp{Label: "c"})
					d.FollowUps = append(d.FollowUps, bot.FollowUp{Label: "d"})
					c.Fields = append(c.Fields, bot.Field{Label: "c"})
					d.Fields = append(d.Fields, bot.Field{Label: "d"})
					if c.FollowUps[len(c.FollowUps)-1].Label != "c" || c.Fields[len(c.Fields)-1].Label != "c" {
						t.Fatalf("%s, %s: one caller's append wrote over another's", g.Slug, s.ID)
					}
					n++
				}
			}
			if pass == 0 && n <= sectionAnswersMax {
				for k := 0; k <= sectionAnswersMax; k++ { // copies: more sections than are kept
					g := lib.Guides[k%len(lib.Guides)]
					if len(g.Sections) > 0 {
						s := *g.Sections[0]
						check(g, &s)
					}
				}
			}
		}
		if follows == 0 {
			t.Fatal("no section answer has follow-ups: the test tests nothing of them")
		}
		g := lib.Guides[0]
		s := *g.Sections[0]
		check(g, &s)
		s.Body += " more"
		check(g, &s) // the same section, its text changed
		if len(lib.Guides) > 1 {
			check(lib.Guides[1], &s) // asked with another guide
		}
	}
}
