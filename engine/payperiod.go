package engine

import (
	"fmt"
	"math"
	"strings"

	"github.com/careerbot-dev/careerbot/bot"
)

// A pay period a question asks pay in: the guides give yearly figures, and
// "how much do ML engineers make per hour?" is answered with them worked
// out for that period, said to be worked out.
type payPeriod struct {
	name    string  // "an hour", "a month"
	label   string  // "Per hour"
	perYear float64 // how many of them a year has
	basis   string  // how the year was divided
}

var (
	perHour   = payPeriod{"an hour", "Per hour", 2080, "a year of 2,080 working hours: 40 a week for 52 weeks"}
	perDay    = payPeriod{"a working day", "Per working day", 260, "a year of 260 working days"}
	perWeek   = payPeriod{"a week", "Per week", 52, "52 weeks a year"}
	perTwoWks = payPeriod{"every two weeks", "Every two weeks", 26, "26 paychecks a year"}
	perMonth  = payPeriod{"a month", "Per month", 12, "12 months a year"}
)

// periodAfter are the words before a period's noun that make it the
// period pay is counted in: "per hour", "an hour", "each month".
var periodAfter = setOf("per", "an", "a", "each", "every", "by", "the")

// askedPayPeriod is the period a question asks pay in, if any. Only the
// noun after "per", "a", "an" or "each" counts ("how many hours a week"
// asks no pay, and is not read here unless pay is asked).
func askedPayPeriod(q *question) (payPeriod, bool) {
	ws := q.words
	for i, w := range ws {
		prev := ""
		if i > 0 {
			prev = ws[i-1]
		}
		switch w {
		case "hourly":
			return perHour, true
		case "hour", "hr":
			if periodAfter[prev] && !(i+1 < len(ws) && (ws[i+1] == "week" || ws[i+1] == "weeks")) { // (not "a 40 hour week")
				return perHour, true
			}
		case "daily":
			if i+1 < len(ws) && (ws[i+1] == "rate" || ws[i+1] == "pay" || ws[i+1] == "wage") {
				return perDay, true
			}
		case "day":
			if prev == "per" || prev == "each" {
				return perDay, true
			}
		case "biweekly", "fortnightly", "fortnight":
			return perTwoWks, true
		case "weekly":
			return perWeek, true
		case "week", "wk":
			if i > 1 && (prev == "two" || prev == "2" || prev == "other") && (ws[i-2] == "every" || ws[i-2] == "each") {
				return perTwoWks, true
			}
			if periodAfter[prev] && prev != "the" {
				return perWeek, true
			}
		case "monthly":
			return perMonth, true
		case "month", "mo":
			if periodAfter[prev] && prev != "the" {
				return perMonth, true
			}
		case "paycheck", "paycheque":
			return perTwoWks, true
		}
	}
	return payPeriod{}, false
}

// periodModifies reports whether a period word stands before a noun it
// describes ("our fortnightly reading group", "a monthly meetup") or tells
// how long ("for a week"), not a period pay is asked in; the pay words
// themselves ("hourly rate") are no such noun.
func periodModifies(q *question) bool {
	for i, w := range q.words {
		if (w == "week" || w == "month" || w == "day" || w == "hour") && i >= 2 && q.words[i-2] == "for" && (q.words[i-1] == "a" || q.words[i-1] == "an") {
			return true // "didn't touch a keyboard for a week": how long, not a pay period
		}
		if !payPeriodWord[w] && w != "daily" || i+1 == len(q.words) {
			continue
		}
		next := q.words[i+1]
		if !q.m.stop[next] && q.m.lex.Noun(next) && q.m.index[next] == nil && next != "rate" && next != "plus" {
			return true
		}
	}
	return false
}

// of is a yearly amount in the period, to the dollar.
func (p payPeriod) of(year int) string {
	return bot.Money(int(math.Round(float64(year) / p.perYear)))
}

// taxWords ask what is left of pay after tax, which no guide says.
var taxWords = setOf("tax", "taxes", "taxed", "pretax", "aftertax", "net", "gross", "takehome", "deductions")

// payPeriodWord are words of a pay period the lexicon may read as things.
var payPeriodWord = setOf("biweekly", "fortnightly", "paycheck", "paycheque", "paychecks", "hourly", "monthly", "weekly", "takehome")

// asksTakeHome reports whether a question asks pay before or after tax
// ("take-home", "after tax", "pre-tax is fine").
func asksTakeHome(q *question) bool {
	for i, w := range q.words {
		if taxWords[w] && w != "gross" && w != "net" || w == "home" && i > 0 && q.words[i-1] == "take" {
			return true
		}
	}
	return false
}

// withPayPeriod adds to a pay answer its figures worked out per the
// period asked ("$72 an hour"), and, when take-home pay is asked, that the
// figures are before tax. The answer is a copy of its own (kept answers'
// slices are clipped: appending copies them).
func withPayPeriod(q *question, g *bot.Guide, a *bot.Answer) *bot.Answer {
	if a == nil || !a.Answered || a.Kind != "salary" || g == nil || g.Salary.Median == 0 {
		return a
	}
	p, ok := askedPayPeriod(q)
	takeHome := asksTakeHome(q)
	if !ok && !takeHome {
		return a
	}
	var b strings.Builder
	if ok {
		var rows []string
		for _, st := range q.states {
			if row := g.State(st.Code); row != nil {
				rows = append(rows, fmt.Sprintf("%s %s in %s", p.of(row.Median), p.name, st.Code))
				a.Fields = append(a.Fields, bot.Field{Label: p.label + " (" + st.Code + ")", Value: p.of(row.Median), Inline: true})
			}
		}
		national := fmt.Sprintf("%s %s at the national median", p.of(g.Salary.Median), p.name)
		if g.Salary.Low > 0 && g.Salary.High > 0 {
			plus := ""
			if g.Salary.HighPlus {
				plus = "+"
			}
			national += fmt.Sprintf(" (the range: %s – %s%s)", p.of(g.Salary.Low), p.of(g.Salary.High), plus)
		}
		if len(rows) == 0 {
			a.Fields = append(a.Fields, bot.Field{Label: p.label, Value: p.of(g.Salary.Median), Inline: true})
		}
		rows = append(rows, national)
		fmt.Fprintf(&b, "%s, worked out from the yearly figures (%s): %s. The guide gives yearly pay only.", p.label, p.basis, strings.Join(rows, "; "))
	}
	if takeHome {
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString("These are gross figures, before tax; the guide has nothing on take-home pay, which depends on taxes where you live.")
	}
	a.Body = strings.TrimSpace(a.Body + "\n\n" + b.String())
	return a
}
