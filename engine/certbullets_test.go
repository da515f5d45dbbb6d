package engine

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
)

// certBulletsEveryTime is what answerSection worked out on every answer
// before the memo.
func certBulletsEveryTime(g *bot.Guide, s *bot.Section) []string {
	var out []string
	body := ""
	if len(g.Certifications) > 0 {
		body = strings.ToLower(s.Body)
	}
	for _, c := range g.Certifications {
		if !strings.Contains(body, strings.ToLower(c.Name)) {
			out = append(out, certLine(c))
		}
	}
	return out
}

// The memo gives what working the bullets out every time gave: every
// section of every guide (not only certifications sections), three times
// over in turn, across more sections than it keeps, for a section whose
// text changed and for a section asked with another guide.
func TestCertBulletsMatchEveryTime(t *testing.T) {
	lib := allGuidesLibrary(t)
	var c certBullets
	check := func(g *bot.Guide, s *bot.Section) {
		t.Helper()
		want := certBulletsEveryTime(g, s)
		if got := c.of(g, s); !slices.Equal(got, want) {
			t.Fatalf("%s, %s: %q, working it out %q", g.Slug, s.ID, got, want)
		}
	}
	n := 0
	for pass := range 3 {
		for _, g := range lib.Guides {
			for _, s := range g.Sections {
				check(g, s)
				n++
			}
		}
		if pass == 0 && n <= boundedMapMax {
			// more sections than the memo keeps: copies of them
			for k := 0; k <= boundedMapMax; k++ {
				g := lib.Guides[k%len(lib.Guides)]
				if len(g.Sections) > 0 {
					s := *g.Sections[0]
					check(g, &s)
				}
			}
		}
	}
	for _, g := range lib.Guides {
		if len(g.Certifications) == 0 || len(g.Sections) == 0 {
			continue
		}
		s := *g.Sections[0]
		check(g, &s)
		s.Body += "\n\n" + g.Certifications[0].Name // the same section, its text changed
		check(g, &s)
		for _, other := range lib.Guides {
			check(other, &s) // the same section with another guide
		}
	}
}

// An answer's bullets are its own: appending to them leaves the memo's as
// they were.
func TestCertBulletsAreCopied(t *testing.T) {
	lib := allGuidesLibrary(t)
	e := New(lib, nil, Options{AnswerCache: -1})
	for _, g := range lib.Guides {
		s := g.Section(bot.KindCerts)
		if s == nil {
			continue
		}
		want := certBulletsEveryTime(g, s)
		a := e.answerSection(g, s)
		if !slices.Equal(a.Bullets, want) {
			t.Fatalf("%s: bullets %q, want %q", g.Slug, a.Bullets, want)
		}
		if len(a.Bullets) > 0 {
			a.Bullets[0] = "changed"
			a.Bullets = append(a.Bullets, "added")
		}
		if b := e.answerSection(g, s); !slices.Equal(b.Bullets, want) {
			t.Fatalf("%s: after changing an answer's bullets, %q, want %q", g.Slug, b.Bullets, want)
		}
	}
}

func FuzzCertBulletsMatchEveryTime(f *testing.F) {
	f.Add("Get the AWS ML Specialty.", "AWS ML Specialty", "TensorFlow Developer")
	f.Add("İstanbul KELVIN", "i̇stanbul", "kelvin")
	var c certBullets
	f.Fuzz(func(t *testing.T, body, name1, name2 string) {
		g := &bot.Guide{Slug: "x", Certifications: []bot.Cert{{Name: name1, Price: 100}, {Name: name2, About: body}}}
		s := &bot.Section{ID: "x/certs", Kind: bot.KindCerts, Body: body}
		for range 2 {
			if got, want := c.of(g, s), certBulletsEveryTime(g, s); !slices.Equal(got, want) {
				t.Fatalf("%q, %q, %q: %q, working it out %q", body, name1, name2, got, want)
			}
		}
	})
}

// The items memo gives what certItemsOf gives: every guide, three times
// over, across more guides than it keeps, and for a guide whose slug or
// certificates changed; appending to the items handed out copies them.
func TestCertItemsMatchEveryTime(t *testing.T) {
	lib := allGuidesLibrary(t)
	var c certItemsMemo
	check := func(g *bot.Guide) {
		t.Helper()
		got, want := c.of(g), certItemsOf(g)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: %+v, working them out %+v", g.Slug, got, want)
		}
		if len(got) > 0 {
			_ = append(got, bot.FollowUp{Label: "extra"})
			if again := c.of(g); !reflect.DeepEqual(again, want) {
				t.Fatalf("%s: an append changed the kept items: %+v", g.Slug, again)
			}
		}
	}
	for range 3 {
		for _, g := range lib.Guides {
			check(g)
		}
	}
	for k := 0; k <= boundedMapMax; k++ {
		g := *lib.Guides[k%len(lib.Guides)] // copies: more guides than it keeps
		check(&g)
	}
	for _, orig := range lib.Guides {
		if len(orig.Certifications) == 0 {
			continue
		}
		cp := *orig // changed below: a copy, the library's guides are shared
		g := &cp
		g.Certifications = slices.Clone(g.Certifications)
		check(g)
		g.Slug += "-renamed" // the same guide, another slug
		check(g)
		g.Certifications[0].Name += " II" // another name
		check(g)
		g.Certifications = g.Certifications[1:] // one certificate fewer
		check(g)
		g.Certifications, g.Slug = orig.Certifications, orig.Slug
		check(g)
	}
}
