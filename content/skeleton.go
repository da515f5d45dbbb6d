package content

import (
	"fmt"
	"strings"
)

// placeholders are the skeleton's stand-in lines. Validation rejects a
// guide that still has one, so a skeleton never filled in is never served.
var placeholders = []string{
	phPublisher,
	"Describe the job in a few sentences.",
	"- A typical task",
	"### Step 1: First step (duration)",
	"- What to do",
	"- A skill",
	"- **A tool**: what it is for",
	"Say whether certifications matter, then list them with prices.",
	"- A likely interview topic",
	"- A project idea",
	"- A common challenge",
	"What the outlook figures mean, with their source.",
}

const phPublisher = "Who published the facts (required)"

// isPlaceholder reports whether a line (or value) is skeleton text.
func isPlaceholder(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, p := range placeholders {
		if strings.EqualFold(s, p) {
			return true
		}
	}
	return false
}

// Skeleton returns a commented guide file for slug, for `careerbot
// new-guide`. Facts are left empty (zero means "not given") so no figure is
// ever invented. Its placeholder text must be replaced: validation rejects
// it until it is.
func Skeleton(slug string) (string, error) {
	if !slugRE.MatchString(slug) {
		return "", fmt.Errorf("slug %q must be lowercase letters and digits joined by -, e.g. data-scientist", slug)
	}
	title := strings.Title(strings.ReplaceAll(slug, "-", " ")) //nolint:staticcheck // ASCII slugs only
	return fmt.Sprintf(`---
# Guide for %[2]s. Every key is optional except slug, title and source.publisher.
# Numbers are whole US dollars or counts; leave a figure out (or 0) when the
# source does not give it. Never make figures up.
slug: %[1]s
title: %[2]s
# Other names members may use; matched case-insensitively, typos forgiven.
aliases: []
# One line shown by /careers.
summary: ""
source:
  publisher: "%[4]s"
  title: ""
  author: ""
  url: ""
  date: ""
  data: ""        # e.g. BLS OES
  soc: ""         # Standard Occupational Classification code
salary:
  median: 0
  low: 0
  high: 0
  high_plus: false   # true when the top of the range is open ("$300,000+")
  year: 0
  note: ""
outlook:
  growth_pct: 0      # 10-year job growth in percent
  period: ""         # e.g. 10 years
  annual_openings: 0
education: ""
education_level: ""
certification: ""    # e.g. Helpful but not required
license: ""          # e.g. Not required
total_time: ""       # how long the path in takes, e.g. 4-6 years
certifications: []   # - {name: ..., price: 0, about: ...}
states: []           # - {code: CA, employed: 0, median: 0, vs_national_pct: 0}
---

## What a %[3]s does {#overview}

Describe the job in a few sentences.

## A day in the life {#day}

- A typical task

## The path into the role {#path}

### Step 1: First step (duration)

- What to do

## Skills {#skills}

- A skill

## Tools and technologies {#tools}

- **A tool**: what it is for

## Certifications {#certs}

Say whether certifications matter, then list them with prices.

## Interview preparation {#interview}

- A likely interview topic

## Portfolio ideas {#portfolio}

- A project idea

## Challenges {#challenges}

- A common challenge

## Job outlook {#outlook}

What the outlook figures mean, with their source.
`, slug, title, strings.ToLower(title), phPublisher), nil
}
