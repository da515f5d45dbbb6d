package bot

import (
	"context"
	"strings"
)

// KindFacts is the kind of a search hit on a guide's facts document (its
// one-line summary and requirement facts) rather than on a section.
const KindFacts = "facts"

// Section kinds. A guide has at most one section of each kind except
// KindOther.
const (
	KindOverview   = "overview"
	KindTakeaways  = "takeaways"
	KindDay        = "day"
	KindPath       = "path"
	KindTools      = "tools"
	KindSkills     = "skills"
	KindCerts      = "certs"
	KindPortfolio  = "portfolio"
	KindInterview  = "interview"
	KindChallenges = "challenges"
	KindOutlook    = "outlook"
	KindSalary     = "salary"
	KindFAQ        = "faq"
	KindOther      = "other"
)

// Kinds lists every section kind.
var Kinds = []string{KindOverview, KindTakeaways, KindDay, KindPath, KindTools, KindSkills,
	KindCerts, KindPortfolio, KindInterview, KindChallenges, KindOutlook, KindSalary, KindFAQ, KindOther}

// Guide is one career guide: structured facts plus sections of prose.
type Guide struct {
	Slug           string
	Title          string
	Aliases        []string
	Vocabulary     map[string]string // abbreviation → what it stands for ("ml" → "machine learning")
	Summary        string
	Source         GuideSource
	Salary         Salary
	Outlook        Outlook
	Education      string
	EducationLevel string
	Certification  string // whether certification is required
	License        string // whether a licence is required
	TotalTime      string // how long the path in takes
	Certifications []Cert
	States         []StateSalary
	Sections       []*Section
	File           string // where it was loaded from, for messages
}

// GuideSource is the article or data a guide was written from.
type GuideSource struct {
	Publisher string
	Title     string
	Author    string
	URL       string
	Date      string
	Data      string // e.g. "BLS OES"
	SOC       string // Standard Occupational Classification code
}

// Salary holds national pay figures in US dollars a year.
type Salary struct {
	Median   int
	Low      int
	High     int
	HighPlus bool // the high end is open ("$300,000+")
	Year     int  // year of the figures, if known
	Note     string
}

// Outlook holds labour-market figures.
type Outlook struct {
	GrowthPct      float64
	Period         string // e.g. "10 years"
	AnnualOpenings int
}

// Cert is a certification with its exam price in US dollars.
type Cert struct {
	Name  string
	Price int
	About string
}

// StateSalary is one row of the salary-by-state table.
type StateSalary struct {
	Code          string // two-letter USPS code
	Employed      int
	Median        int
	VsNationalPct float64 // difference from the national median, in percent
}

// Section is one "## " part of a guide's body.
type Section struct {
	ID    string // "<guide slug>/<kind or slug>"
	Guide string // guide slug
	Kind  string
	Title string
	Body  string // Markdown-light
	Line  int    // line of its heading in the file
}

// Section returns the guide's first section of the kind, or nil.
func (g *Guide) Section(kind string) *Section {
	for _, s := range g.Sections {
		if s.Kind == kind {
			return s
		}
	}
	return nil
}

// State returns the guide's row for a state code, or nil.
func (g *Guide) State(code string) *StateSalary {
	for i := range g.States {
		if strings.EqualFold(g.States[i].Code, code) {
			return &g.States[i]
		}
	}
	return nil
}

// Query is a search over guide sections.
type Query struct {
	Text  string   // the user's words; implementations must analyse, never parse, it
	Guide string   // restrict to one guide slug ("" = all)
	Kinds []string // restrict to these section kinds (empty = all)
	Limit int      // at most this many hits (0 = implementation default)
}

// Hit is one matching section.
type Hit struct {
	Section string  // Section.ID
	Guide   string  // guide slug
	Kind    string  // section kind
	Score   float64 // higher is better; comparable only within one search
}

// Searcher finds sections for a query and knows the words of the guides.
// Package index implements it on bleve.
type Searcher interface {
	Search(ctx context.Context, q Query) ([]Hit, error)
	// Known reports whether a word occurs in any guide, after the index's
	// analysis. The engine leaves real words alone when correcting typos and
	// spots questions about things no guide mentions.
	Known(ctx context.Context, word string) bool
	// DocFreq is in how many sections a word occurs, out of SectionCount.
	// The engine finds the career a question is about from its rare words.
	DocFreq(ctx context.Context, word string) int
	SectionCount() int
}
