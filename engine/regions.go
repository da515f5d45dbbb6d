package engine

import (
	"fmt"
	"slices"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// region is a part of the US named instead of a state ("the Midwest",
// "the Pacific Northwest"). Guides hold figures by state only, so a region
// is answered from the guide's rows for its states, saying which of its
// states the guide has no figure for.
type region struct {
	name  string   // as written in answers: "the Midwest"
	codes []string // its states, the Census Bureau's where it defines one
	// asState: the region narrows a list of states ("which midwest state
	// pays best", "states in the west coast"), not only a place
	asState bool
}

// usRegions maps a region's name (lowercase words) to the name used in
// answers and its states. The four Census regions and nine divisions, and
// the common names members use for groups of states; the answer names the
// states it counted, so a looser name ("the Sun Belt") is read openly.
var usRegions = map[string]struct {
	name  string
	codes string
}{
	"northeast":         {"the Northeast", "CT ME MA NH RI VT NJ NY PA"},
	"north east":        {"the Northeast", "CT ME MA NH RI VT NJ NY PA"},
	"new england":       {"New England", "CT ME MA NH RI VT"},
	"mid atlantic":      {"the Mid-Atlantic", "NY NJ PA DE MD DC"},
	"midatlantic":       {"the Mid-Atlantic", "NY NJ PA DE MD DC"},
	"tri state area":    {"the tri-state area", "NY NJ CT"},
	"tristate area":     {"the tri-state area", "NY NJ CT"},
	"midwest":           {"the Midwest", "IL IN MI OH WI IA KS MN MO NE ND SD"},
	"mid west":          {"the Midwest", "IL IN MI OH WI IA KS MN MO NE ND SD"},
	"midwestern":        {"the Midwest", "IL IN MI OH WI IA KS MN MO NE ND SD"},
	"upper midwest":     {"the Upper Midwest", "MN WI MI IA ND SD"},
	"great lakes":       {"the Great Lakes states", "IL IN MI MN NY OH PA WI"},
	"great plains":      {"the Great Plains", "KS NE ND SD OK"},
	"rust belt":         {"the Rust Belt", "IL IN MI NY OH PA WI"},
	"south":             {"the South", "DE DC FL GA MD NC SC VA WV AL KY MS TN AR LA OK TX"},
	"southern":          {"the South", "DE DC FL GA MD NC SC VA WV AL KY MS TN AR LA OK TX"},
	"deep south":        {"the Deep South", "AL GA LA MS SC"},
	"southeast":         {"the Southeast", "AL AR FL GA KY LA MS NC SC TN VA WV"},
	"south east":        {"the Southeast", "AL AR FL GA KY LA MS NC SC TN VA WV"},
	"southwest":         {"the Southwest", "AZ NM NV OK TX"},
	"south west":        {"the Southwest", "AZ NM NV OK TX"},
	"gulf coast":        {"the Gulf Coast", "TX LA MS AL FL"},
	"sun belt":          {"the Sun Belt", "AL AZ CA FL GA LA MS NM NV SC TX"},
	"sunbelt":           {"the Sun Belt", "AL AZ CA FL GA LA MS NM NV SC TX"},
	"west":              {"the West", "AK AZ CA CO HI ID MT NV NM OR UT WA WY"},
	"western":           {"the West", "AK AZ CA CO HI ID MT NV NM OR UT WA WY"},
	"west coast":        {"the West Coast", "CA OR WA"},
	"east coast":        {"the East Coast", "ME NH MA RI CT NY NJ PA DE MD DC VA NC SC GA FL"},
	"pacific northwest": {"the Pacific Northwest", "WA OR ID"},
	"pnw":               {"the Pacific Northwest", "WA OR ID"},
	"pacific nw":        {"the Pacific Northwest", "WA OR ID"},
	"mountain west":     {"the Mountain West", "AZ CO ID MT NV NM UT WY"},
	"rockies":           {"the Rocky Mountain states", "CO ID MT NM UT WY"},
	"rocky mountains":   {"the Rocky Mountain states", "CO ID MT NM UT WY"},
	"carolinas":         {"the Carolinas", "NC SC"},
	"dakotas":           {"the Dakotas", "ND SD"},
}

// regionStarts are the first words of the regions' names.
var regionStarts = func() map[string]bool {
	m := map[string]bool{}
	for name := range usRegions {
		first, _, _ := strings.Cut(name, " ")
		m[first] = true
	}
	return m
}()

// regionNeedsCue are region names that are everyday words too ("south of
// the river", "west of here", "southwest airlines"): a region only after
// "the", "down", "out" or as "… states".
var regionNeedsCue = setOf("south", "southern", "west", "western", "southwest", "south west", "carolinas", "dakotas", "rockies")

// findRegion finds a US region named among words no state, city or other
// name took, and marks its words. "Northeast Kingdom" (Vermont) and
// "Southwest" the airline ("flies for southwest") are no region.
func findRegion(ws []string, taken []bool) *region {
	var buf [64]byte
	for i := range ws {
		if !regionStarts[ws[i]] {
			continue // (most words begin no region's name: one look-up each)
		}
		for n := min(3, len(ws)-i); n >= 1; n-- {
			if anyTaken(taken, i, i+n-1) {
				continue
			}
			name := string(appendPhrase(buf[:0], ws[i:i+n]))
			r, ok := usRegions[name]
			if !ok {
				continue
			}
			before := ""
			if i > 0 {
				before = ws[i-1]
			}
			after := ""
			if i+n < len(ws) {
				after = ws[i+n]
			}
			statesAfter := after == "state" || after == "states"
			if regionNeedsCue[name] && !(before == "the" || before == "down" || before == "out" || statesAfter) {
				continue
			}
			if after == "kingdom" || before == "for" && regionNeedsCue[name] {
				continue
			}
			if (name == "southern" || name == "western") && !statesAfter {
				continue // "southern cooking", "western medicine"
			}
			if name == "midwestern" && !statesAfter && after != "city" && after != "town" && after != "cities" {
				// ("midwestern states"): "a midwestern accent" names no place to pay in
				if !(before == "the" || before == "in") {
					continue
				}
			}
			for k := i; k < i+n; k++ {
				taken[k] = true
			}
			asState := statesAfter || i >= 2 && (ws[i-1] == "the" && (ws[i-2] == "in" || ws[i-2] == "of") && i >= 3 && (ws[i-3] == "states" || ws[i-3] == "state"))
			return &region{name: r.name, codes: strings.Fields(r.codes), asState: asState}
		}
	}
	return nil
}

// in is the region after its preposition: "in the Midwest", "on the West
// Coast".
func (r *region) in() string {
	if strings.HasSuffix(r.name, "Coast") {
		return "on " + r.name
	}
	return "in " + r.name
}

// rows are the guide's state rows in the region, in the guide's order.
func (r *region) rows(g *bot.Guide) []bot.StateSalary {
	var out []bot.StateSalary
	for _, row := range g.States {
		if slices.Contains(r.codes, row.Code) {
			out = append(out, row)
		}
	}
	return out
}

// outside are the guide's states not in the region, as states a ranking
// leaves out.
func (r *region) outside(g *bot.Guide) []bot.USState {
	var out []bot.USState
	for _, row := range g.States {
		if !slices.Contains(r.codes, row.Code) {
			out = append(out, bot.USState{Code: row.Code, Name: bot.StateName(row.Code)})
		}
	}
	return out
}

// regionSalary answers pay in a region: the guide's rows for the region's
// states, or the national figures when it has none, saying so either way.
func regionSalary(e *Engine, g *bot.Guide, r *region, byEmployed bool) *bot.Answer {
	rows := r.rows(g)
	var have, lack []string
	for _, code := range r.codes {
		if g.State(code) != nil {
			have = append(have, bot.StateName(code))
		} else {
			lack = append(lack, code)
		}
	}
	var codes []string
	for _, row := range g.States {
		codes = append(codes, row.Code)
	}
	if len(rows) == 0 {
		a := nationalSalary(e, g, false)
		a.Title = fmt.Sprintf("%s salary: no figure for %s", g.Title, r.name)
		a.Note = fmt.Sprintf("The %s guide doesn't have salary figures for %s or any state in it (%s), so here are the national figures.",
			g.Title, r.name, strings.Join(r.codes, ", "))
		if len(codes) > 0 {
			a.Note += " It has state figures for " + strings.Join(codes, ", ") + "."
		}
		return a
	}
	var a *bot.Answer
	if len(rows) == 1 {
		a = stateSalary(e, g, bot.USState{Code: rows[0].Code, Name: bot.StateName(rows[0].Code)})
	} else {
		var states []bot.USState
		for _, row := range rows {
			states = append(states, bot.USState{Code: row.Code, Name: bot.StateName(row.Code)})
		}
		a = statesAnswer(e, g, states, byEmployed, false, false)
		a.Title = fmt.Sprintf("%s salary %s", g.Title, r.in())
	}
	note := fmt.Sprintf("The guide has figures by state, not by region; of the states %s it has %s.", r.in(), joinAnd(have))
	if len(lack) > 0 {
		note += fmt.Sprintf(" It has no figures for the others (%s).", strings.Join(lack, ", "))
	}
	a.Note = strings.TrimSpace(note + " " + a.Note)
	return a
}
