// Command gen writes the lexicon table from WordNet 3.0 (Debian's
// wordnet-base package, /usr/share/wordnet). It runs at `go generate` time
// only; the binary embeds the table it writes and never reads WordNet.
//
//	go run ./engine/lexicon/gen -wordnet /usr/share/wordnet -out engine/lexicon/wordnet.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"html"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"gopkg.in/yaml.v3"
)

// synset is one line of a WordNet data file.
type synset struct {
	lexfile  int
	words    []string // as written (case kept, '_' for spaces)
	hyper    []string // hypernym and instance-hypernym offsets (nouns)
	inst     bool     // has an instance hypernym: a named thing
	holo     []string // part-holonym offsets (nouns): what it is part of
	pertains []int    // pertainym pointers (adjectives): the word they start from, 0 for all
	gloss    string
}

// Occupation roots: a noun.person synset is an occupation when one of these
// is among its hypernyms (or it is one). They are the general kinds of
// working person in WordNet's noun.person hierarchy.
var occupationRoots = []string{"worker", "professional", "expert", "skilled_worker", "businessperson",
	"scientist", "engineer", "official", "administrator", "serviceman", "practitioner", "specialist",
	"employee", "artist", "entertainer", "performer", "writer", "educator", "health_professional",
	"craftsman", "technician", "programmer", "designer", "analyst", "developer", "consultant",
	"executive", "manager", "salesperson", "agent", "operator", "lawyer", "clergyman", "military_officer",
	"soldier", "laborer", "farmer", "driver", "pilot", "musician", "journalist", "editor", "economist",
	"statistician", "mathematician", "athlete", "attendant", "servant", "clerk", "assistant", "defender", "maker",
	"reporter", "broadcaster", "announcer", "publicist", "financier", "interpreter", "translator", "messenger", "producer", "philosopher"}

// kindFiles are the lexicographer files of the nouns whose hypernyms are
// kept: artifacts, foods, locations, objects and plants.
var kindFiles = map[int]bool{6: true, 13: true, 15: true, 17: true, 20: true}

// isLower reports whether w is written in the letters a to z only.
func isLower(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// agentEnding is the ending of a worker's name: "Realtor", "Mountie",
// "Egyptologist".
var agentEnding = regexp.MustCompile(`(or|er|ist|ie|man)$`)

// Place roots: a named location (an instance) whose hypernyms include one of
// these is a place members may name.
var placeRoots = []string{"country", "city", "town", "national_capital", "state_capital", "provincial_capital",
	"continent", "state", "province", "port", "geographical_area", "region", "island", "county"}

const (
	lexPerson   = 18
	lexLocation = 15
	lexObject   = 17
	lexTime     = 28
	// commonVerb is the tagged-corpus count from which a verb counts as an
	// everyday verb ("come", "stand", "pull"), not the topic of a question.
	commonVerb = 50
	// generalCount and generalSenses: a noun tagged this often in the
	// corpus, with at least this many senses, is a general one ("line",
	// "point", "side", "question", "office"), too broad to be the topic a
	// question asks about and a guide might lack ("bonus", "visa").
	generalCount  = 50
	generalSenses = 4
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet database folder")
	out := flag.String("out", "wordnet.gz", "table to write")
	intents := flag.String("intents", "", "the engine's intent table, for the synonyms of its wordnet seeds")
	cldr := flag.String("cldr", "", "Unicode CLDR's common folder (Debian's unicode-cldr-core), for the English names and keywords of emoji")
	flag.Parse()
	if err := run(*dir, *out, *intents, *cldr); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dir, out, intents, cldr string) error {
	nouns, err := readData(filepath.Join(dir, "data.noun"), true)
	if err != nil {
		return err
	}
	byLemma := map[string][]string{} // lowercase lemma → noun synset offsets
	for off, s := range nouns {
		for _, w := range s.words {
			l := strings.ToLower(w)
			byLemma[l] = append(byLemma[l], off)
		}
	}
	closure := map[string]map[string]bool{}
	var up func(off string) map[string]bool
	up = func(off string) map[string]bool {
		if c, ok := closure[off]; ok {
			return c
		}
		c := map[string]bool{}
		closure[off] = c
		for _, h := range nouns[off].hyper {
			c[h] = true
			for k := range up(h) {
				c[k] = true
			}
		}
		return c
	}
	rootSet := func(names []string, lexfile int) map[string]bool {
		m := map[string]bool{}
		for _, n := range names {
			for _, off := range byLemma[n] {
				if lexfile < 0 || nouns[off].lexfile == lexfile {
					m[off] = true
				}
			}
		}
		return m
	}
	occRoots := rootSet(occupationRoots, lexPerson)
	placeRootSet := rootSet(placeRoots, lexLocation)
	for off := range rootSet([]string{"continent"}, lexObject) {
		placeRootSet[off] = true // WordNet files the continents with objects: "Europe", "Asia"
	}
	usa := map[string]bool{}
	for _, off := range byLemma["united_states"] {
		usa[off] = true
	}
	americanState := rootSet([]string{"american_state"}, lexLocation)
	// Fields: a branch of study ("field_of_study": astronomy, dentistry,
	// science) or a line of work ("line_of_work": carpentry, teaching).
	fieldRoots := rootSet([]string{"field_of_study", "line_of_work"}, -1)
	isField := func(off string) bool {
		if fieldRoots[off] {
			return true
		}
		for h := range up(off) {
			if fieldRoots[h] {
				return true
			}
		}
		return false
	}

	lines := map[string]bool{}
	add := func(parts ...string) { lines[strings.Join(parts, "\t")] = true }

	// The most frequent noun sense of each lemma (first in index.noun).
	firstNoun := map[string]string{}
	// The most frequent sense that is not a named instance: "barber" is
	// first Samuel Barber the composer, then the trade.
	firstCommon := map[string]string{}
	if err := eachLine(filepath.Join(dir, "index.noun"), func(line string) {
		f := strings.Fields(line)
		if len(f) < 4 || strings.HasPrefix(line, " ") {
			return
		}
		pc, _ := strconv.Atoi(f[3])
		if i := 4 + pc + 2; i < len(f) {
			firstNoun[f[0]] = f[i]
			for _, off := range f[i:] {
				if s, ok := nouns[off]; ok && !s.inst {
					firstCommon[f[0]] = off
					break
				}
			}
		}
	}); err != nil {
		return err
	}

	adjLemma := map[string]bool{}
	if err := eachLine(filepath.Join(dir, "index.adj"), func(line string) {
		if f := strings.Fields(line); len(f) > 0 && !strings.HasPrefix(line, " ") {
			adjLemma[f[0]] = true
		}
	}); err != nil {
		return err
	}

	// Occupations. A one-word lemma counts only when the occupation is its
	// most frequent sense: "model" and "suit" are mostly not people.
	occLemmas := map[string]bool{}
	minorOcc := map[string]bool{} // one-word lemmas with an occupation sense that is not their most frequent
	for off, s := range nouns {
		if s.lexfile != lexPerson || s.inst {
			continue
		}
		hit := occRoots[off] || workGloss.MatchString(s.gloss)
		for h := range up(off) {
			hit = hit || occRoots[h]
		}
		if !hit {
			continue
		}
		for _, w := range s.words {
			l := clean(w)
			byName := firstNoun[strings.ToLower(w)] != off // first a named person ("Barber"), then the trade
			if byName && (adjLemma[l] || strings.HasSuffix(l, "er") && (adjLemma[l[:len(l)-2]] || adjLemma[l[:len(l)-1]])) {
				byName = false // "divine", "fuller": an adjective or its comparative first
				if firstCommon[strings.ToLower(w)] == off {
					minorOcc[l] = true
					continue
				}
			}
			if !strings.Contains(l, " ") && firstCommon[strings.ToLower(w)] != off {
				if strings.ToLower(w) == w {
					minorOcc[l] = true // "operator": a job in some sense, named with another noun ("machine operator")
				}
				continue
			}
			acronym := len(w) >= 3 && strings.ToUpper(w) == w && strings.Trim(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" &&
				len(byLemma[strings.ToLower(w)]) == 1 // "CPA", "LPN"; not "SEAL" (also a word) or "PCP" (also a drug)
			// A capitalised one-word name of a kind of worker that is its
			// lemma's only sense ("Realtor", "Mountie") is a job, as typed
			// in lower case too.
			trade := !strings.Contains(l, " ") && strings.ToLower(w) != w && !acronym && len(byLemma[strings.ToLower(w)]) == 1 && !adjLemma[l] &&
				len(l) >= 5 && agentEnding.MatchString(l) // (not "Cyril", "Kennan", "DA")
			if l != "" && (strings.ToLower(w) == w || acronym || trade) { // other proper names (capitalised) are people, not jobs
				occLemmas[l] = true
				add("o", l)
				if byName {
					add("on", l) // also a family name: "Mason", "Turner" capitalised are people
				}
			}
		}
	}

	// Things named by two words whose last names a job in some sense, the
	// compound itself no person ("credit card", "device driver", "report
	// card"): where a noun before a job's word would say which job
	// ("machine operator"), these say none.
	for lemma, off := range firstNoun {
		first, last, ok := strings.Cut(strings.Replace(lemma, "-", "_", 1), "_") // ("brain-teaser" too)
		if !ok || strings.Contains(last, "_") || strings.Contains(last, "-") || first == "" || strings.ToLower(lemma) != lemma || !(minorOcc[last] || occLemmas[last]) {
			continue
		}
		if s, ok := nouns[off]; ok && s.lexfile != lexPerson {
			add("c", first+" "+last)
		}
	}

	// Places: named locations, US (with the state) or not.
	type placeInfo struct {
		us, foreign  bool
		states       map[string]bool
		firstForeign bool // the name's most frequent sense is a place outside the US
	}
	places := map[string]*placeInfo{}
	var stateOf func(off string, seen map[string]bool) (string, bool)
	stateOf = func(off string, seen map[string]bool) (string, bool) {
		if seen[off] {
			return "", false
		}
		seen[off] = true
		s := nouns[off]
		for h := range up(off) {
			if americanState[h] {
				return strings.ToLower(s.words[0]), true
			}
		}
		for _, p := range s.holo {
			if usa[p] {
				return "", true
			}
			if st, ok := stateOf(p, seen); ok {
				return st, true
			}
		}
		return "", false
	}
	for off, s := range nouns {
		if s.lexfile != lexLocation && s.lexfile != lexObject || !s.inst {
			continue
		}
		isPlace := false
		for h := range up(off) {
			isPlace = isPlace || placeRootSet[h]
		}
		if !isPlace {
			continue
		}
		st, us := stateOf(off, map[string]bool{})
		if usa[off] {
			us = true
		}
		for _, w := range s.words {
			l := clean(w)
			if l == "" {
				continue
			}
			p := places[l]
			if p == nil {
				p = &placeInfo{states: map[string]bool{}}
				places[l] = p
			}
			if firstNoun[strings.ToLower(w)] == off && !us {
				p.firstForeign = true // "Paris" is mostly the French capital, not the Texas town
			}
			if us {
				p.us = true
				if st != "" {
					p.states[strings.ReplaceAll(st, "_", " ")] = true
				}
			} else {
				p.foreign = true
			}
		}
	}
	for l, p := range places {
		switch {
		case p.firstForeign:
			add("p", l)
		case p.us && len(p.states) == 1:
			for st := range p.states {
				add("u", l, st)
			}
		case p.us:
			add("u", l, "")
		default:
			add("p", l)
		}
	}

	// Single words with their parts of speech (n, v, a, r), for telling
	// English words from names and adjectives from nouns.
	pos := map[string]string{}
	for _, f := range []struct{ file, tag string }{{"index.noun", "n"}, {"index.verb", "v"}, {"index.adj", "a"}, {"index.adv", "r"}} {
		if err := eachLine(filepath.Join(dir, f.file), func(line string) {
			if strings.HasPrefix(line, " ") {
				return
			}
			lemma, _, _ := strings.Cut(line, " ")
			if strings.ContainsAny(lemma, "_-.'0123456789") || len(lemma) < 2 {
				return
			}
			if f.tag == "n" {
				// A noun only as a named thing ("london") is not a common word.
				common := false
				for _, off := range byLemma[lemma] {
					if !nouns[off].inst {
						common = true
					}
				}
				if !common {
					return
				}
			}
			if !strings.Contains(pos[lemma], f.tag) {
				pos[lemma] += f.tag
			}
		}); err != nil {
			return err
		}
	}
	// Tagged-corpus counts by part of speech (sense keys: %1 noun, %2 verb,
	// %3 and %5 adjective).
	verbCount, nounCount, adjCount := map[string]int{}, map[string]int{}, map[string]int{}
	if err := eachLine(filepath.Join(dir, "cntlist.rev"), func(line string) {
		f := strings.Fields(line)
		if len(f) != 3 {
			return
		}
		lemma, key, _ := strings.Cut(f[0], "%")
		n, _ := strconv.Atoi(f[2])
		switch {
		case strings.HasPrefix(key, "1:"):
			nounCount[lemma] += n
		case strings.HasPrefix(key, "2:"):
			verbCount[lemma] += n
		case strings.HasPrefix(key, "3:"), strings.HasPrefix(key, "5:"):
			adjCount[lemma] += n
		}
	}); err != nil {
		return err
	}
	// Irregular forms of everyday verbs ("saw" → see, "went" → go), from
	// WordNet's exception list: as everyday as their verb, unless the form
	// is used more often as a noun of its own.
	commonForm := map[string]bool{}
	if err := eachLine(filepath.Join(dir, "verb.exc"), func(line string) {
		f := strings.Fields(line)
		if len(f) < 2 || strings.ContainsAny(f[0], "_-.'0123456789") || len(f[0]) < 2 {
			return
		}
		form, lemma := f[0], f[1]
		if verbCount[lemma] >= commonVerb && verbCount[lemma] > nounCount[lemma] && verbCount[lemma] > nounCount[form] {
			commonForm[form] = true
			if _, ok := pos[form]; !ok {
				pos[form] = "v"
			}
		}
	}); err != nil {
		return err
	}
	// Relational adjectives: those WordNet links to the noun they pertain to
	// ("chemical" → chemistry, "mechanical" → mechanics). Before a job's
	// noun they name a kind of job ("chemical engineer"), where "senior" or
	// "experienced" only qualify the person.
	relational := map[string]bool{}
	adjs, err := readData(filepath.Join(dir, "data.adj"), false)
	if err != nil {
		return err
	}
	for _, s := range adjs {
		for _, src := range s.pertains {
			switch {
			case src == 0:
				for _, w := range s.words {
					relational[strings.ToLower(w)] = true
				}
			case src <= len(s.words):
				relational[strings.ToLower(s.words[src-1])] = true
			}
		}
	}
	for w, p := range pos {
		if relational[w] && strings.Contains(p, "a") {
			p += "k" // a relational adjective ("chemical", "dental")
		}
		if minorOcc[w] && !occLemmas[w] {
			p += "h" // a job in a less frequent sense ("operator")
		}
		if off, ok := firstNoun[w]; ok && nouns[off].lexfile == lexPerson {
			p += "p" // mostly a noun for a kind of person ("newbie", "recruiter")
		}
		if off, ok := firstNoun[w]; ok && nouns[off].lexfile == lexTime {
			p += "t" // mostly a noun for a time ("decade", "week")
		}
		if verbCount[w] >= commonVerb && verbCount[w] > nounCount[w] || commonForm[w] {
			p += "c" // an everyday verb ("come", "stand")
		}
		if adjCount[w] > nounCount[w] {
			p += "j" // mostly an adjective ("possible", "normal")
		}
		if off, ok := firstCommon[w]; ok && isField(off) {
			p += "f" // mostly a field of study or a line of work ("astronomy", "carpentry")
		}
		if nounCount[w] >= generalCount && len(byLemma[w]) >= generalSenses {
			p += "g" // a general noun: frequent, of many senses ("line", "point", "side")
		}
		add("w", w, p)
	}

	// Irregular plurals of occupations ("firemen" → "fireman").
	if err := eachLine(filepath.Join(dir, "noun.exc"), func(line string) {
		f := strings.Fields(line)
		if len(f) == 2 && occLemmas[strings.ReplaceAll(f[1], "_", " ")] {
			add("x", strings.ReplaceAll(f[0], "_", " "), strings.ReplaceAll(f[1], "_", " "))
		}
	}); err != nil {
		return err
	}

	// Synonyms of the intent table's seed words: the lemmas of the seed's
	// most frequent sense (the first synset its index line lists).
	if intents != "" {
		seeds, err := readSeeds(intents)
		if err != nil {
			return err
		}
		for _, seed := range seeds {
			syns, err := firstSense(dir, seed)
			if err != nil {
				return err
			}
			if len(syns) > 0 {
				add("s", seed, strings.Join(syns, " "))
			}
		}
	}

	// Kinds: each one-word noun of a thing, a food, a place or a plant,
	// with the one-word nouns WordNet files as its direct kinds ("kitchen":
	// "galley", "kitchenette"). The engine reads a word no guide uses as the
	// one kind of it a single guide does ("a space station kitchen" → the
	// galley).
	kinds := map[string]map[string]bool{}
	for _, s := range nouns {
		if s.inst || !kindFiles[s.lexfile] {
			continue
		}
		for _, h := range s.hyper {
			hs := nouns[h]
			if hs == nil || hs.inst || !kindFiles[hs.lexfile] {
				continue
			}
			for _, hw := range hs.words {
				lh := strings.ToLower(hw)
				if !isLower(lh) {
					continue
				}
				for _, w := range s.words {
					if lw := strings.ToLower(w); lw != lh && isLower(lw) {
						if kinds[lh] == nil {
							kinds[lh] = map[string]bool{}
						}
						kinds[lh][lw] = true
					}
				}
			}
		}
	}
	for w, ks := range kinds {
		add("k", w, strings.Join(slices.Sorted(maps.Keys(ks)), " "))
	}

	if cldr != "" {
		// Emoji and symbols: CLDR's English name (its text-to-speech
		// annotation) and keywords, for reading "🚀🍳 💰 in TX" as words.
		for _, name := range []string{"annotations/en.xml", "annotationsDerived/en.xml"} {
			if err := readEmoji(filepath.Join(cldr, name), add); err != nil {
				return err
			}
		}
	}

	sorted := make([]string, 0, len(lines))
	for l := range lines {
		sorted = append(sorted, l)
	}
	sort.Strings(sorted)
	return write(out, sorted, cldr != "")
}

// readSeeds returns the `wordnet` seeds of every intent in the table.
func readSeeds(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var spec struct {
		Intents map[string]struct {
			WordNet []string `yaml:"wordnet"`
		} `yaml:"intents"`
	}
	if err := yaml.Unmarshal(data, &spec); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []string
	for _, in := range spec.Intents {
		out = append(out, in.WordNet...)
	}
	sort.Strings(out)
	return out, nil
}

// firstSense returns the single-word lemmas of a word's most frequent noun
// sense (else verb sense), without the word.
func firstSense(dir, word string) ([]string, error) {
	for _, pos := range []string{"noun", "verb"} {
		var off string
		if err := eachLine(filepath.Join(dir, "index."+pos), func(line string) {
			f := strings.Fields(line)
			if off != "" || len(f) < 4 || f[0] != word {
				return
			}
			pc, _ := strconv.Atoi(f[3])
			if i := 4 + pc + 2; i < len(f) {
				off = f[i]
			}
		}); err != nil {
			return nil, err
		}
		if off == "" {
			continue
		}
		syn, err := readData(filepath.Join(dir, "data."+pos), pos == "noun")
		if err != nil {
			return nil, err
		}
		var out []string
		for _, w := range syn[off].words {
			l := clean(w)
			if l != "" && l != word && !strings.ContainsAny(l, " -.'") {
				out = append(out, l)
			}
		}
		return out, nil
	}
	return nil, nil
}

// workGloss finds definitions of people by their work ("a person trained to
// travel in a spacecraft", "someone employed to ..."): occupations whose
// hypernyms lead elsewhere (an astronaut is a traveler).
var workGloss = regexp.MustCompile(`^(a |an )?(person|someone|one|worker|specialist|expert)\b[^;(]*\b(trained|employed|hired|paid|licensed|works|working|whose (job|occupation|profession))\b`)

var senseTag = regexp.MustCompile(`\([a-z]+\)$`)

// clean lowercases a WordNet lemma and turns '_' into spaces; lemmas with
// digits or odd characters are dropped.
func clean(w string) string {
	w = senseTag.ReplaceAllString(w, "")
	w = strings.ToLower(strings.ReplaceAll(w, "_", " "))
	for _, r := range w {
		if !(r >= 'a' && r <= 'z') && r != ' ' && r != '-' && r != '.' && r != '\'' {
			return ""
		}
	}
	return w
}

func write(path string, lines []string, emoji bool) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, "# careerbot lexicon, generated from WordNet 3.0 by engine/lexicon/gen. Do not edit.")
	fmt.Fprintln(bw, "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. See LICENSE-WordNet.")
	if emoji {
		fmt.Fprintln(bw, "# Emoji names (e records) from Unicode CLDR, Copyright © 1991-2022 Unicode, Inc. See LICENSE-Unicode.")
	}
	for _, l := range lines {
		fmt.Fprintln(bw, l)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w (install Debian's wordnet-base package)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	return sc.Err()
}

// readData parses a WordNet data file: offset, lexicographer file, words and
// pointers (format in wndb(5WN)).
func readData(path string, noun bool) (map[string]*synset, error) {
	out := map[string]*synset{}
	err := eachLine(path, func(line string) {
		if strings.HasPrefix(line, " ") {
			return
		}
		head, gloss, _ := strings.Cut(line, " | ")
		f := strings.Fields(head)
		if len(f) < 4 {
			return
		}
		lex, _ := strconv.Atoi(f[1])
		n, _ := strconv.ParseInt(f[3], 16, 32)
		s := &synset{lexfile: lex, gloss: gloss}
		i := 4
		for k := 0; k < int(n) && i < len(f); k++ {
			w, _, _ := strings.Cut(f[i], "(") // "chemical(a)": an adjective's syntactic marker
			s.words = append(s.words, w)
			i += 2
		}
		if i >= len(f) {
			out[f[0]] = s
			return
		}
		pc, _ := strconv.Atoi(f[i])
		i++
		for k := 0; k < pc && i+3 < len(f)+1; k++ {
			sym, off, pos, st := f[i], f[i+1], f[i+2], f[i+3]
			i += 4
			if sym == "\\" {
				src, _ := strconv.ParseInt(st[:2], 16, 32)
				s.pertains = append(s.pertains, int(src))
			}
			if pos != "n" {
				continue
			}
			switch sym {
			case "@":
				s.hyper = append(s.hyper, off)
			case "@i":
				s.hyper = append(s.hyper, off)
				s.inst = true
			case "#p":
				s.holo = append(s.holo, off)
			}
		}
		out[f[0]] = s
	})
	return out, err
}

// annotationRE matches one CLDR annotation: the code points, whether it is
// the text-to-speech name, and the text (keywords cut by " | ").
var annotationRE = regexp.MustCompile(`<annotation cp="([^"]+)"( type="tts")?>([^<]*)</annotation>`)

// readEmoji adds an "e" record for every emoji or symbol CLDR names in
// English: the code points (without variation selectors), the name, and
// the keywords cut by "|". Letters, digits and ASCII are left out: they
// are read as text.
func readEmoji(path string, add func(...string)) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	names, keys := map[string]string{}, map[string]string{}
	for _, m := range annotationRE.FindAllStringSubmatch(string(data), -1) {
		cp := strings.ReplaceAll(html.UnescapeString(m[1]), "\uFE0F", "")
		text := strings.ToLower(html.UnescapeString(m[3]))
		if !emojiLike(cp) || strings.ContainsAny(text, "\t\n") {
			continue
		}
		if m[2] != "" {
			names[cp] = text
		} else {
			keys[cp] = text
		}
	}
	for cp, name := range names {
		var kw []string
		for _, k := range strings.Split(keys[cp], "|") {
			if k = strings.TrimSpace(k); k != "" && k != name {
				kw = append(kw, k)
			}
		}
		add("e", cp, name, strings.Join(kw, "|"))
	}
	return nil
}

// emojiLike reports whether s is a pictograph or an arrow (its first code
// point a symbol of Unicode's "So" category or an arrow), not punctuation
// ("—"), a letter, a digit or ASCII.
func emojiLike(s string) bool {
	for i, r := range s {
		if r < 0x2000 || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
		if i == 0 && !unicode.Is(unicode.So, r) && (r < 0x2190 || r > 0x21ff) {
			return false
		}
	}
	return s != ""
}
