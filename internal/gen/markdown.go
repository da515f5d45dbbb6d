package gen

import (
	"bytes"
	"fmt"

	"gopkg.in/yaml.v3"

	"github.com/careerbot-dev/careerbot/bot"
)

// Markdown renders a guide as a content file (YAML front matter and "## "
// sections tagged with their kind), so generated guides can be checked by
// the content loader or written out for load tests of hot reload.
func Markdown(g *bot.Guide) ([]byte, error) {
	type source struct {
		Publisher string `yaml:"publisher"`
		Title     string `yaml:"title,omitempty"`
		Author    string `yaml:"author,omitempty"`
		URL       string `yaml:"url,omitempty"`
		Date      string `yaml:"date,omitempty"`
		Data      string `yaml:"data,omitempty"`
		SOC       string `yaml:"soc,omitempty"`
	}
	type salary struct {
		Median   int    `yaml:"median"`
		Low      int    `yaml:"low"`
		High     int    `yaml:"high"`
		HighPlus bool   `yaml:"high_plus"`
		Year     int    `yaml:"year"`
		Note     string `yaml:"note,omitempty"`
	}
	type outlook struct {
		GrowthPct      float64 `yaml:"growth_pct"`
		Period         string  `yaml:"period"`
		AnnualOpenings int     `yaml:"annual_openings"`
	}
	type cert struct {
		Name  string `yaml:"name"`
		Price int    `yaml:"price"`
		About string `yaml:"about"`
	}
	type state struct {
		Code          string  `yaml:"code"`
		Employed      int     `yaml:"employed"`
		Median        int     `yaml:"median"`
		VsNationalPct float64 `yaml:"vs_national_pct"`
	}
	fm := struct {
		Slug           string   `yaml:"slug"`
		Title          string   `yaml:"title"`
		Aliases        []string `yaml:"aliases,flow"`
		Summary        string   `yaml:"summary"`
		Source         source   `yaml:"source"`
		Salary         salary   `yaml:"salary"`
		Outlook        outlook  `yaml:"outlook"`
		Education      string   `yaml:"education"`
		EducationLevel string   `yaml:"education_level"`
		Certification  string   `yaml:"certification"`
		License        string   `yaml:"license"`
		TotalTime      string   `yaml:"total_time"`
		Certifications []cert   `yaml:"certifications"`
		States         []state  `yaml:"states"`
	}{
		Slug: g.Slug, Title: g.Title, Aliases: g.Aliases, Summary: g.Summary,
		Source: source{Publisher: g.Source.Publisher, Title: g.Source.Title, Author: g.Source.Author,
			URL: g.Source.URL, Date: g.Source.Date, Data: g.Source.Data, SOC: g.Source.SOC},
		Salary: salary{Median: g.Salary.Median, Low: g.Salary.Low, High: g.Salary.High, HighPlus: g.Salary.HighPlus,
			Year: g.Salary.Year, Note: g.Salary.Note},
		Outlook:   outlook{GrowthPct: g.Outlook.GrowthPct, Period: g.Outlook.Period, AnnualOpenings: g.Outlook.AnnualOpenings},
		Education: g.Education, EducationLevel: g.EducationLevel, Certification: g.Certification,
		License: g.License, TotalTime: g.TotalTime,
	}
	for _, c := range g.Certifications {
		fm.Certifications = append(fm.Certifications, cert{Name: c.Name, Price: c.Price, About: c.About})
	}
	for _, s := range g.States {
		fm.States = append(fm.States, state{Code: s.Code, Employed: s.Employed, Median: s.Median, VsNationalPct: s.VsNationalPct})
	}
	y, err := yaml.Marshal(fm)
	if err != nil {
		return nil, fmt.Errorf("front matter of %s: %w", g.Slug, err)
	}
	var b bytes.Buffer
	b.WriteString("---\n# Synthetic guide made by careerbot/internal/gen for benchmarks: every figure is made up.\n")
	b.Write(y)
	b.WriteString("---\n")
	for _, s := range g.Sections {
		fmt.Fprintf(&b, "\n## %s {#%s}\n\n%s\n", s.Title, s.Kind, s.Body)
	}
	return b.Bytes(), nil
}
