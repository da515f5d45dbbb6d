package engine

import "testing"

// A greeting before a message is no sentence of it; one in another
// language, a greeting alone and words that only start like one stay.
func TestDropGreeting(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Hi! I'm a junior in high school in Vermont", "I'm a junior in high school in Vermont"},
		{"hey all, what do ML engineers make in NY?", "what do ML engineers make in NY?"},
		{"  Hello, my father works as an accountant", "my father works as an accountant"},
		{"hi po! magkano po ang sahod ng ML engineer", "hi po! magkano po ang sahod ng ML engineer"},
		{"Hey!!", "Hey!!"},
		{"hi, thanks", "hi, thanks"},
		{"how much do ML engineers make, roughly?", "how much do ML engineers make, roughly?"},
		{"yoga teachers, what do they earn?", "yoga teachers, what do they earn?"},
		{"", ""},
	} {
		if got := dropGreeting(c.in); got != c.want {
			t.Errorf("dropGreeting(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A nod before a follow-up is no sentence of it; a nod alone stays, to be
// thanked back, and a message that only opens with such a word is read
// whole.
func TestDropNod(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"cool, what about California?", "what about California?"},
		{"ok thanks! and the priciest one?", "and the priciest one?"},
		{"got it. thx. next question: what certs help?", "next question: what certs help?"},
		{"ok thanks!", "ok thanks!"},
		{"so, what do ML engineers make?", "so, what do ML engineers make?"},
		{"nice pay, but how long does it take?", "nice pay, but how long does it take?"},
		{"", ""},
	} {
		if got := dropNod(c.in); got != c.want {
			t.Errorf("dropNod(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
