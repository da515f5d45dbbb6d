package engine

import (
	"reflect"
	"slices"
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
	one, err := newLibrary(all.Guides[:1], all.Searcher, nil, "")
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
			if pass == 0 && n <= boundedMapMax {
				for k := 0; k <= boundedMapMax; k++ { // copies: more sections than are kept
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

// The kept salary answers are what building them gives, for every guide
// and every state (those a guide has figures for and those it has not),
// three times over, with one guide and with several, and callers' changes
// and appends stay their own.
func TestStateAnswersMatchBuilding(t *testing.T) {
	all := allGuidesLibrary(t)
	one, err := newLibrary(all.Guides[:1], all.Searcher, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	states := append(slices.Clone(bot.USStates), bot.USState{Code: "ZZ", Name: "Nowhere"})
	for _, lib := range []*Library{all, one} {
		e := New(lib, nil, Options{})
		withFigures := 0
		for range 3 {
			for _, g := range lib.Guides {
				for _, st := range states {
					want := buildStateSalary(e, g, st)
					a, b := stateSalary(e, g, st), stateSalary(e, g, st)
					if !reflect.DeepEqual(a, want) || !reflect.DeepEqual(b, want) {
						t.Fatalf("%s, %s: kept answer\n%#v\nbuilding it\n%#v", g.Slug, st.Code, a, want)
					}
					if g.State(st.Code) != nil {
						withFigures++
					}
					a.Title, a.Note = "changed", "changed"
					a.Fields = append(a.Fields, bot.Field{Label: "a"})
					b.Fields = append(b.Fields, bot.Field{Label: "b"})
					a.FollowUps = append(a.FollowUps, bot.FollowUp{Label: "a"})
					b.FollowUps = append(b.FollowUps, bot.FollowUp{Label: "b"})
					if a.Fields[len(a.Fields)-1].Label != "a" || a.FollowUps[len(a.FollowUps)-1].Label != "a" {
						t.Fatalf("%s, %s: one caller's append wrote over another's", g.Slug, st.Code)
					}
					if c := stateSalary(e, g, st); !reflect.DeepEqual(c, want) {
						t.Fatalf("%s, %s: a caller's changes reached the next answer\n%#v", g.Slug, st.Code, c)
					}
				}
			}
		}
		if withFigures == 0 {
			t.Fatal("no guide has a state's figures: the test tests only the national answer")
		}
	}
}
