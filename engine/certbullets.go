package engine

import (
	"slices"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// certBullets keeps, for the certifications sections answered lately, the
// bullets answerSection adds under the section: one line for each of the
// guide's certificates the section's text does not name (certLine).
//
// Working them out lower-cased the section's whole text and each
// certificate's name and searched the one for the other, on every answer
// from that section; the result depends only on the guide and the section,
// which a loaded library never changes. Kept per Engine, at most
// boundedMapMax sections (starting afresh when full, so sections of
// libraries since swapped out are not kept for long); an entry is used
// only for the same guide and the same section text.
type certBullets struct {
	m boundedMap[*bot.Section, *certBulletsEntry]
}

type certBulletsEntry struct {
	g       *bot.Guide
	body    string
	bullets []string
}

// of returns the bullets for g's section s; callers copy them (append to
// a nil slice), never write to them.
func (c *certBullets) of(g *bot.Guide, s *bot.Section) []string {
	if e, ok := c.m.load(s); ok && e.g == g && e.body == s.Body {
		return e.bullets
	}
	e := &certBulletsEntry{g: g, body: s.Body, bullets: certBulletsOf(g, s)}
	c.m.store(s, e)
	return e.bullets
}

// certBulletsOf works out the bullets: the certificates s's text does not
// name, each as certLine writes it (in the front matter only).
func certBulletsOf(g *bot.Guide, s *bot.Section) []string {
	var out []string
	body := ""
	if len(g.Certifications) > 0 {
		body = strings.ToLower(s.Body) // once, not once per certificate
	}
	for _, c := range g.Certifications {
		if !strings.Contains(body, strings.ToLower(c.Name)) {
			out = append(out, certLine(c)) // in the front matter only
		}
	}
	return out
}

// certItemsMemo keeps, for the guides answered about lately, their
// certificates as follow-up items (certItemsOf): every certifications
// answer listed them afresh, a map and a string for each certificate,
// though they depend only on the guide's slug and certificates' names,
// which a loaded library never changes. Kept per Engine like certBullets
// (at most boundedMapMax guides); an entry is used only for the same
// guide with the same slug and names. Answers share the items, as cached
// answers already do: nothing writes to an answer's items or their options
// (a follow-up picked copies its options).
type certItemsMemo struct {
	m boundedMap[*bot.Guide, *certItemsEntry]
}

type certItemsEntry struct {
	slug  string
	names []string
	items []bot.FollowUp
}

// of returns g's items, clipped: appending to them copies them.
func (c *certItemsMemo) of(g *bot.Guide) []bot.FollowUp {
	if e, ok := c.m.load(g); ok && e.slug == g.Slug && sameCertNames(e.names, g.Certifications) {
		return slices.Clip(e.items)
	}
	e := &certItemsEntry{slug: g.Slug, items: certItemsOf(g)}
	for _, cert := range g.Certifications {
		e.names = append(e.names, cert.Name)
	}
	c.m.store(g, e)
	return slices.Clip(e.items)
}

func sameCertNames(names []string, certs []bot.Cert) bool {
	if len(names) != len(certs) {
		return false
	}
	for i, c := range certs {
		if names[i] != c.Name {
			return false
		}
	}
	return true
}
