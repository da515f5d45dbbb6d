package engine

import "testing"

// A certificate's initials count a short word in capitals letter by
// letter, so "PMLE" names "Google Professional ML Engineer" with or
// without its vendor.
func TestInitialsOf(t *testing.T) {
	for name, want := range map[string]string{
		"Google Professional ML Engineer": "gpmle",
		"AWS Machine Learning Specialty":  "awsmls",
		"TensorFlow Developer":            "td",
		"":                                "",
	} {
		if got := initialsOf(name); got != want {
			t.Errorf("initialsOf(%q) = %q, want %q", name, got, want)
		}
	}
}
