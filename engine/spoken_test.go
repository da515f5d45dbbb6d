package engine

import "testing"

// Amounts said in words are rewritten as typed; number words without a
// unit of money are left alone.
func TestSpokenAmounts(t *testing.T) {
	for in, want := range map[string]string{
		"can I hit three hundred K or is that a myth": "can I hit 300k or is that a myth",
		"is one fifty thousand the median":            "is 150k the median",
		"a hundred and fifty grand in NY?":            "150k in NY?",
		"one hundred eighty five thousand dollars":    "185k dollars",
		"the cert is three hundred dollars right":     "the cert is 300 right",
		"ninety five k in ohio":                       "95k in ohio",
		"three years and one of them":                 "three years and one of them",
		"one hundred percent sure":                    "one hundred percent sure",
		"okay so the k in kubeflow":                   "okay so the k in kubeflow",
	} {
		if got := spokenAmounts(in); got != want {
			t.Errorf("spokenAmounts(%q) = %q, want %q", in, got, want)
		}
	}
}
