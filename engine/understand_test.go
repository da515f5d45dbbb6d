package engine

import (
	"strings"
	"testing"
)

func TestFindStates(t *testing.T) {
	cases := map[string][]string{
		"salary in Massachusetts":      {"MA"},
		"pay in NY vs CA":              {"NY", "CA"},
		"how much in new york":         {"NY"},
		"do I need a masters? or not":  nil,
		"salary in tx":                 {"TX"},
		"me and my friend in oregon":   {"OR"},
		"what is it like in Calfornia": {"CA"},
	}
	for text, want := range cases {
		got := findStates(text, words(text), nil)
		var codes []string
		for _, s := range got {
			codes = append(codes, s.Code)
		}
		if strings.Join(codes, ",") != strings.Join(want, ",") {
			t.Errorf("%q → %v, want %v", text, codes, want)
		}
	}
}
