package engine

import (
	"strings"
	"testing"

	"github.com/careerbot-dev/careerbot/engine/lexicon"
)

func TestIntentTableLoads(t *testing.T) {
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	if !m.index["salary"]["salary"] || !m.index["remuneration"]["salary"] {
		t.Errorf("salary intent lacks its own word or its WordNet synonym: %v", m.intents["salary"])
	}
	if got := m.shorthand2["w"]["o"]; len(got) != 1 || got[0] != "without" {
		t.Errorf("shorthand w/o = %v, want it kept as the two words reading gives", got)
	}
	for in, want := range map[string]string{
		"cuanto gana un ingeniero de machine learning en california": "how much earns a machine learning engineer in california",
		"salaire d un ingénieur machine learning en france":          "salary d a machine learning engineer in france",
		"onde um engenheiro de ml ganha mais":                        "where a ml engineer earns most", // not "ml earns engineer"
		"what do mles make in la":                                    "",                               // English: left as typed
	} {
		ws := words(in)
		if message, _ := m.foreignMessage(ws); !message {
			if want != "" {
				t.Errorf("%q not read as another language", in)
			}
			continue
		}
		if want == "" {
			t.Errorf("%q read as another language", in)
			continue
		}
		if _, got := m.translated(ws, ws); strings.Join(got, " ") != want {
			t.Errorf("translated(%q) = %q, want %q", in, strings.Join(got, " "), want)
		}
	}
	if got := m.acronyms["CNAs"]; strings.Join(got, " ") != "nursing assistants" {
		t.Errorf("acronym CNAs = %v, want the plural made from CNA's", got)
	}
	for w, want := range map[string]string{"nurse": "nurses", "secretary": "secretaries", "coach": "coaches", "attorney": "attorneys"} {
		if got := pluralNoun(w); got != want {
			t.Errorf("pluralNoun(%q) = %q, want %q", w, got, want)
		}
	}
	if got := m.shorthand["ppl"]; len(got) != 1 || got[0] != "people" {
		t.Errorf("shorthand ppl = %v", got)
	}
}

func TestIntentTableErrorsNameLineAndKey(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"intents:\n  salary:\n    words: [pay]\n  wages:\n    words: [wage]\n":             "x.yaml:4: intents.wages: unknown intent",
		"intents:\n  salary:\n    words: [pay]\n    weak: [earn]\n":                        "x.yaml:4: intents.salary.weak",
		"intents:\n  salary:\n    words: [Pay]\n":                                          "x.yaml:3: intents.salary.words",
		"intents:\n  salary:\n    words: [pay]\nstate_nicknames:\n  jersey: ZZ\n":          "x.yaml:5: state_nicknames.jersey",
		"intents:\n  salary:\n    words: [pay]\nunknown_key: 1\n":                          "x.yaml",
		"intents:\n  salary:\n    words: [pay]\ncompanies: [Goldman Sachs]\n":              "x.yaml:4: companies",
		"intents:\n  salary:\n    words: [pay]\nrouting: [salary, nope]\n":                 "x.yaml:4: routing",
		"intents:\n  salary:\n    words: [pay]\nshorthand:\n  a/b/c: x\n":                  "x.yaml:5: shorthand.a/b/c",
		"intents:\n  salary:\n    words: [pay]\nemoji:\n  pin: where\n":                    "x.yaml:5: emoji.pin",
		"intents:\n  salary:\n    words: [pay]\nemoji:\n  \"📍\": \"\"\n":                   "x.yaml:5: emoji.📍",
		"intents:\n  salary:\n    words: [pay]\nstopwords: [a]\nroles: [x]\norigin: [y]\n": "x.yaml:1: greetings: empty",
	}
	for in, want := range cases {
		_, err := parseModel("x.yaml", []byte(in), lex)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want it to contain %q", in, err, want)
		}
	}
}

func TestLexiconFromWordNet(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"plumber", "welders", "dental hygienists", "actuary", "web developer", "nurses", "salesmen"} {
		if !lex.Occupation(w) && !lex.Occupation(lex.Singular(w)) && !lex.Occupation(strings.Fields(w)[len(strings.Fields(w))-1]) {
			t.Errorf("%q is not an occupation", w)
		}
	}
	for _, w := range []string{"model", "suit", "salary", "portfolio", "python"} {
		if lex.Occupation(w) {
			t.Errorf("%q read as an occupation", w)
		}
	}
	if st, ok := lex.USPlace("seattle"); !ok || st != "washington" {
		t.Errorf("seattle → %q %v, want washington", st, ok)
	}
	for _, p := range []string{"london", "canada", "berlin", "india"} {
		if !lex.Foreign(p) {
			t.Errorf("%q is not a place outside the US", p)
		}
	}
	if lex.Foreign("seattle") {
		t.Error("seattle read as outside the US")
	}
}

// foreignMessage's quick gate (no word of the table that English lacks)
// gives the same answer as counting every word.
func TestForeignMessageGate(t *testing.T) {
	m, err := loadModel()
	if err != nil {
		t.Fatal(err)
	}
	slow := func(ws []string) bool {
		strong, all := 0, 0
		for i, w := range ws {
			if i+1 < len(ws) && placeWord(m, w+" "+ws[i+1]) || i > 0 && placeWord(m, ws[i-1]+" "+w) {
				continue
			}
			if _, ok := m.translate[w]; ok {
				all++
				if len(w) >= 3 && !m.lex.Word(w) {
					strong++
				}
			}
		}
		return strong >= 2 || strong == 1 && all >= 2
	}
	for _, line := range []string{
		"cuanto gana un ml engineer en mexico", "what do MLEs make in LA", "como in the lake? lol", "Gehalt als ML Engineer in Berlin?",
		"orbital chef pay Orlando vs Los Angeles?", "ile lat trzeba", "kya hai", "de la en un o", "wie viel verdient ein ML engineer",
	} {
		ws := words(line)
		if got, _ := m.foreignMessage(ws); got != slow(ws) {
			t.Errorf("foreignMessage(%q) = %v, counting every word gives %v", line, got, !got)
		}
	}
}
