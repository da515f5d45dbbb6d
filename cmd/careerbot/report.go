package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// writeReport prints a report as table, csv or json.
func writeReport(w io.Writer, r *bot.Report, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	case "csv":
		return writeReportCSV(w, r)
	}
	return writeReportTable(w, r)
}

func pct(n, of int) string {
	if of == 0 {
		return "-"
	}
	return strconv.Itoa(int(float64(n)*100/float64(of)+0.5)) + "%"
}

func reasonText(code string) string {
	if l := bot.ReasonLabel(code); l != "" {
		return l
	}
	return code
}

func writeReportTable(out io.Writer, r *bot.Report) error {
	w := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintf(w, "careerbot report since %s (UTC)\n\n", r.Since.Format("2006-01-02 15:04"))
	fmt.Fprintf(w, "Questions\t%d\nAnswered\t%d (%s)\nVotes\t👍 %d  👎 %d\n\n", r.Questions, r.Answered, pct(r.Answered, r.Questions), r.VotesUp, r.VotesDown)

	fmt.Fprintln(w, "QUESTIONS PER DAY\tASKED\tANSWERED\tRATE")
	for _, d := range r.Days {
		fmt.Fprintf(w, "%s\t%d\t%d\t%s\n", d.Day, d.Questions, d.Answered, pct(d.Answered, d.Questions))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "UNANSWERED QUESTIONS\tCOUNT\tLAST SEEN")
	for _, u := range r.Unanswered {
		fmt.Fprintf(w, "%s\t%d\t%s\n", bot.Clip(u.Text, 70), u.Count, u.LastSeen.Format("2006-01-02 15:04"))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "👎 ANSWERS\tREASON\tCAREER\tSECTION")
	for _, f := range r.Feedback {
		if f.Vote == bot.VoteDown {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", bot.Clip(f.Question, 60), reasonText(f.Reason), f.Career, f.Section)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "HELPFULNESS\tSECTION\tANSWERS\t👍\t👎")
	for _, h := range r.Helpfulness {
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%d\n", h.Career, h.Section, h.Questions, h.Up, h.Down)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "TOP COMMANDS\tUSED\tANSWERED")
	for _, c := range r.Commands {
		fmt.Fprintf(w, "/%s\t%d\t%s\n", c.Command, c.Questions, pct(c.Answered, c.Questions))
	}
	if len(r.Reasons) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "👎 REASONS\tCOUNT")
		keys := make([]string, 0, len(r.Reasons))
		for k := range r.Reasons {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "%s\t%d\n", reasonText(k), r.Reasons[k])
		}
	}
	return w.Flush()
}

// writeReportCSV writes one table: section, then that section's columns.
func writeReportCSV(out io.Writer, r *bot.Report) error {
	w := csv.NewWriter(out)
	ts := func(t time.Time) string { return t.Format(time.RFC3339) }
	w.Write([]string{"section", "key", "a", "b", "c", "d"})
	w.Write([]string{"summary", "questions", strconv.Itoa(r.Questions), "", "", ""})
	w.Write([]string{"summary", "answered", strconv.Itoa(r.Answered), "", "", ""})
	w.Write([]string{"summary", "answered_rate", strconv.FormatFloat(r.AnsweredRate, 'f', 3, 64), "", "", ""})
	w.Write([]string{"summary", "votes", strconv.Itoa(r.VotesUp), strconv.Itoa(r.VotesDown), "", ""})
	for _, d := range r.Days {
		w.Write([]string{"day", d.Day, strconv.Itoa(d.Questions), strconv.Itoa(d.Answered), "", ""})
	}
	for _, u := range r.Unanswered {
		w.Write([]string{"unanswered", csvSafe(u.Text), strconv.Itoa(u.Count), ts(u.LastSeen), "", ""})
	}
	for _, f := range r.Feedback {
		w.Write([]string{"feedback", csvSafe(f.Question), f.Vote, f.Reason, f.Career, f.Section})
	}
	for _, h := range r.Helpfulness {
		w.Write([]string{"helpfulness", h.Career, h.Section, strconv.Itoa(h.Questions), strconv.Itoa(h.Up), strconv.Itoa(h.Down)})
	}
	for _, c := range r.Commands {
		w.Write([]string{"command", c.Command, strconv.Itoa(c.Questions), strconv.Itoa(c.Answered), "", ""})
	}
	w.Flush()
	return w.Error()
}

// csvSafe keeps members' text from being read as a formula by spreadsheets.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
