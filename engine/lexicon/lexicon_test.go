package lexicon

import (
	"slices"
	"strings"
	"testing"
)

func TestOccupationAndSingular(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	occ := map[string]bool{
		"plumber": true, "dental hygienists": true, "welders": true, "actuary": true,
		"dive": false, "table": false, "model": false,
		// (jobs under the roots added in session 39: a reporter is a
		// communicator, a cashier a banker's clerk, a translator a linguist)
		"reporter": true, "cashier": true, "translator": true, "interpreter": true, "courier": true,
		"trainer": false, // (a leader in WordNet: the guides' "training" would name a trade)
	}
	for w, want := range occ {
		if got := l.Occupation(w); got != want {
			t.Errorf("Occupation(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"chemical": true, "dental": true, "mechanical": true, "senior": false, "experienced": false, "good": false} {
		if got := l.Relational(w); got != want {
			t.Errorf("Relational(%q) = %v, want %v", w, got, want)
		}
	}
	if !l.JobSense("operator") || l.JobSense("plumber") || l.JobSense("table") {
		t.Errorf("JobSense: operator %v, plumber %v, table %v", l.JobSense("operator"), l.JobSense("plumber"), l.JobSense("table"))
	}
	sing := map[string]string{"web developers": "web developer", "secretaries": "secretary", "dive": "dive", "nurses": "nurse", "tomatoes": "tomato", "heroes": "hero"}
	for w, want := range sing {
		if got := l.Singular(w); got != want {
			t.Errorf("Singular(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestCompoundOccupation(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]string{
		"hypnotherapists": "therapist", "zookeeper": "keeper", "zookeepers": "keeper",
		"mapmakers": "maker", "dogwalker": "walker", "grandaughter": "", "schrodinger": "",
		"plumber": "", "therapist": "", "pytorch": "", "kubernetes": "", "mlops": "", "table": "",
	} {
		if got := l.CompoundOccupation(w); got != want {
			t.Errorf("CompoundOccupation(%q) = %q, want %q", w, got, want)
		}
	}
}

// A trade WordNet lists after a family name ("Barber" the composer) is an
// occupation; an adjective or its comparative listed first ("divine",
// "fuller") is not.
func TestOccupationAfterFamilyName(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"barber": true, "barbers": true, "mason": true, "fuller": false, "divine": false} {
		if got := l.Occupation(w); got != want {
			t.Errorf("Occupation(%q) = %v, want %v", w, got, want)
		}
	}
	if !l.FamilyName("mason") || l.FamilyName("plumber") {
		t.Errorf("FamilyName: mason %v, plumber %v", l.FamilyName("mason"), l.FamilyName("plumber"))
	}
}

func TestCompletePhrase(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]string{"dental hyg": "dental hygienist", "dental": "", "zzz qq": ""} {
		if got := l.CompletePhrase(p); got != want {
			t.Errorf("CompletePhrase(%q) = %q, want %q", p, got, want)
		}
	}
}

// PlaceWords never turns away a place's name: every US or foreign place of
// n words has PlaceWords(its first word) >= n.
func TestPlaceWords(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, names := range []map[string]bool{l.foreign, keys(l.usPlaces)} {
		for name := range names {
			first, _, multi := strings.Cut(name, " ")
			if !multi {
				continue
			}
			n++
			if k := len(strings.Split(name, " ")); l.PlaceWords(first) < k {
				t.Errorf("PlaceWords(%q) = %d, but %q has %d words", first, l.PlaceWords(first), name, k)
			}
		}
	}
	if n < 100 {
		t.Fatalf("only %d place names of several words", n)
	}
	if got := l.PlaceWords("zzqx"); got != 0 {
		t.Errorf("PlaceWords(zzqx) = %d, want 0", got)
	}
	if !l.Foreign("hong kong") || l.PlaceWords("hong") < 2 {
		t.Errorf("Foreign(hong kong) %v, PlaceWords(hong) %d", l.Foreign("hong kong"), l.PlaceWords("hong"))
	}
}

func keys(m map[string]string) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// OccupationWords never turns away an occupation: every one of n words
// has OccupationWords(its first word) >= n, and so has its plural's lemma.
func TestOccupationWords(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for name := range l.occupations {
		first, _, multi := strings.Cut(name, " ")
		if !multi {
			continue
		}
		n++
		if k := len(strings.Split(name, " ")); l.OccupationWords(first) < k {
			t.Errorf("OccupationWords(%q) = %d, but %q has %d words", first, l.OccupationWords(first), name, k)
		}
	}
	if n < 100 {
		t.Fatalf("only %d occupations of several words", n)
	}
	if !l.Occupation("dental hygienists") || l.OccupationWords("dental") < 2 || l.OccupationWords("zzqx") != 0 {
		t.Errorf("dental hygienists: Occupation %v, OccupationWords(dental) %d", l.Occupation("dental hygienists"), l.OccupationWords("dental"))
	}
}

// Places are found with their accents or without: WordNet spells them
// without.
func TestPlacesWithAccents(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"são paulo", "sao paulo", "zürich", "montréal"} {
		if !l.Foreign(name) {
			t.Errorf("Foreign(%q) = false", name)
		}
	}
	if n := l.PlaceWords("são"); n < 2 {
		t.Errorf("PlaceWords(são) = %d, want at least 2", n)
	}
	if l.Foreign("plumbér") {
		t.Error(`Foreign("plumbér") = true`)
	}
}

// Irregular forms of everyday verbs are everyday verbs; a form used more
// as a noun of its own is not.
func TestCommonVerbForms(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"saw", "went", "got", "took"} {
		if !l.CommonVerb(w) {
			t.Errorf("CommonVerb(%q) = false", w)
		}
	}
	if l.CommonVerb("salary") {
		t.Error(`CommonVerb("salary") = true`)
	}
}

// General nouns are the frequent ones of many senses ("line", "point"),
// not the narrow ones a guide may lack ("bonus", "visa", "retake").
func TestGeneral(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"line", "point", "points", "side", "question", "office"} {
		if !l.General(w) {
			t.Errorf("General(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"bonus", "visa", "retake", "relocation", "pension", "tuition", "salary"} {
		if l.General(w) {
			t.Errorf("General(%q) = true, want false", w)
		}
	}
}

func TestKinds(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if ks := l.Kinds("kitchen"); !slices.Contains(ks, "galley") {
		t.Errorf("Kinds(kitchen) = %v, want galley among them", ks)
	}
	if ks := l.Kinds("welder"); ks != nil {
		t.Errorf("Kinds(welder) = %v, want none: people are not things", ks)
	}
}

// KindOf reads Kinds the other way: a concrete thing has what it is a kind
// of; an abstraction has nothing.
func TestKindOf(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if ps := l.KindOf("galleys"); !slices.Contains(ps, "kitchen") {
		t.Errorf("KindOf(galleys) = %v, want kitchen among them", ps)
	}
	if ps := l.KindOf("greenhouse"); !slices.Contains(ps, "building") {
		t.Errorf("KindOf(greenhouse) = %v, want building among them", ps)
	}
	if ps := l.KindOf("superposition"); ps != nil {
		t.Errorf("KindOf(superposition) = %v, want none: no concrete thing", ps)
	}
}

// OneWordOccupations lists occupations of one word by first letter and
// length, and only those.
func TestOneWordOccupations(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	got := lex.OneWordOccupations('p', len("plumber"))
	if !slices.Contains(got, "plumber") {
		t.Errorf("plumber not among %d occupations of 7 letters beginning with p", len(got))
	}
	for _, o := range got {
		if len(o) != 7 || o[0] != 'p' || !lex.Occupation(o) {
			t.Errorf("%q listed for p, 7 letters", o)
		}
	}
	if slices.Contains(lex.OneWordOccupations('c', len("credit")), "credit") {
		t.Error("credit listed as an occupation")
	}
}

// Emoji are named as CLDR names them in English, a variation selector or
// not, sequences (a cook, a flag, a skin tone) whole; shortcodes name them
// back.
func TestEmoji(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		e, name, keyword string
	}{
		{"🚀", "rocket", "space"},
		{"🗺\uFE0F", "world map", "map"},
		{"💤", "zzz", "sleep"},
		{"🧑\u200d🍳", "cook", "chef"},
		{"🇬🇧", "flag: united kingdom", ""},
		{"➡", "right arrow", "direction"},
	}
	for _, c := range cases {
		name, kws, ok := l.Emoji(c.e)
		if !ok || name != c.name || c.keyword != "" && !slices.Contains(kws, c.keyword) {
			t.Errorf("Emoji(%q) = %q, %q, %v; want %q with keyword %q", c.e, name, kws, ok, c.name, c.keyword)
		}
	}
	for _, s := range []string{"a", "—", "", "🚀🚀"} {
		if name, _, ok := l.Emoji(s); ok {
			t.Errorf("Emoji(%q) = %q, want none", s, name)
		}
	}
	for name, want := range map[string]string{"money with wings": "💸", "moneybag": "💰", "palm tree": "🌴", "no such thing": ""} {
		if got, ok := l.EmojiNamed(name); got != want || ok != (want != "") {
			t.Errorf("EmojiNamed(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	if n := l.EmojiRunes(); n < 4 || n > 12 {
		t.Errorf("EmojiRunes() = %d, want a family's few code points", n)
	}
}
