package engine

import "testing"

func TestDropLetter(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Dear Career Bot, I hope this message finds you well. I am a second-year student. What is the median salary for a machine learning engineer? Thank you very much for your time. Kind regards, Daniel Whitfield",
			"I am a second-year student. What is the median salary for a machine learning engineer?"},
		{"Good evening, I live in Portland, Oregon. What is the median salary for ML engineers in Oregon specifically? Regards, Willa Fenwick",
			"I live in Portland, Oregon. What is the median salary for ML engineers in Oregon specifically?"},
		{"Aloha and good morning, I manage a hotel restaurant in Honolulu. What is the median salary for space chefs in Hawaii? Mahalo and kind regards, Keoni Kahale",
			"I manage a hotel restaurant in Honolulu. What is the median salary for space chefs in Hawaii?"},
		{"Dear all, Which degree programmes does your guidance recommend? Kind regards, Ifeoma Nwosu",
			"Which degree programmes does your guidance recommend?"},
		// Not letters, or nothing left: unchanged.
		{"which cert is best", "which cert is best"},
		{"what's the median for ML engineers in New York and which state pays best?", "what's the median for ML engineers in New York and which state pays best?"},
		{"Hello, thanks!", "Hello, thanks!"},
		{"Thanks in advance, what's the national median salary for ML engineers these days?", "Thanks in advance, what's the national median salary for ML engineers these days?"},
	}
	for _, c := range cases {
		if got := dropLetter(c.in); got != c.want {
			t.Errorf("dropLetter(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
