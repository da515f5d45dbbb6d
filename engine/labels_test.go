package engine

import (
	"context"
	"log/slog"
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/content"
)

func TestBoldLabel(t *testing.T) {
	cases := map[string]string{
		"- **PyTorch**: the leading framework":    "PyTorch",
		"**Morning:** scan the dashboards":        "Morning",
		"- **AWS ML Specialty** ($300): confirms": "AWS ML Specialty",
		"**bold** in the middle of a sentence":    "",
		"- plain bullet":                          "",
		"**Only bold**":                           "",
	}
	for line, want := range cases {
		got, ok := boldLabel(line)
		if ok != (want != "") || got != want {
			t.Errorf("boldLabel(%q) = %q, %v; want %q", line, got, ok, want)
		}
	}
}

// A question naming a guide's own label or a heading's word gets that
// passage; one whose other words live elsewhere in the guide does not.
func TestLabelPassage(t *testing.T) {
	guides, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	lib := libraryOf(t, guides)
	e := New(lib, slog.New(slog.DiscardHandler), Options{})
	g := guides[0]
	cases := []struct {
		q, title, body string // title "" means no passage
	}{
		{"anything on deep learning for this job?", "Technical skills", "CNNs"},
		{"how much maths is involved, ML engineer", "Step 1: Lay CS and math foundations (4 years)", "linear algebra"},
		{"tell me about the afternoon of an MLE", "Afternoon", "inference latency"},
		// "seconds" is not in the Morning paragraph but is nowhere else
		// either; "dashboards" is in it.
		{"morning dashboards for ML engineers?", "Morning", "monitoring dashboards"},
		// "Coding" heads an interview part, but "salary" is elsewhere.
		{"coding salary of an ML engineer", "", ""},
	}
	for _, c := range cases {
		q := lib.analyse(context.Background(), c.q)
		a := e.labelPassage(lib, q, g)
		switch {
		case c.title == "" && a != nil:
			t.Errorf("%q: passage %q, want none", c.q, a.Title)
		case c.title != "" && a == nil:
			t.Errorf("%q: no passage, want %q", c.q, c.title)
		case a != nil && (!strings.HasPrefix(a.Title, c.title+" · ") || !strings.Contains(a.Body, c.body)):
			t.Errorf("%q: %q\n%s\nwant %q with %q", c.q, a.Title, a.Body, c.title, c.body)
		case a != nil && (len(a.FollowUps) == 0 || !strings.HasPrefix(a.FollowUps[0].Label, "All of ")):
			t.Errorf("%q: follow-ups %+v, want the whole section first", c.q, a.FollowUps)
		}
	}
}
