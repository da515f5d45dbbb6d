package store

import (
	"context"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

const dayMS = 24 * 60 * 60 * 1000

// Report lists what was recorded since a time (bot.Reporter).
func (s *Store) Report(ctx context.Context, since time.Time) (*bot.Report, error) {
	r := &bot.Report{Since: since.UTC(), Generated: time.Now().UTC(), Days: []bot.DayCount{},
		Unanswered: []bot.UnansweredText{}, Feedback: []bot.FeedbackItem{}, Helpfulness: []bot.SectionHelpful{},
		Commands: []bot.CommandCount{}, Reasons: map[string]int{}, Platforms: map[string]int{}}
	ms := since.UnixMilli()
	q := func(query string, scan func(sc func(...any) error) error) error {
		rows, err := s.db.QueryContext(ctx, s.Rebind(query), ms)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			if err := scan(rows.Scan); err != nil {
				return err
			}
		}
		return rows.Err()
	}
	steps := []struct {
		query string
		scan  func(sc func(...any) error) error
	}{
		{`SELECT COUNT(*), COALESCE(SUM(answered), 0) FROM questions WHERE at >= ?`, func(sc func(...any) error) error {
			return sc(&r.Questions, &r.Answered)
		}},
		{`SELECT at / 86400000 AS d, COUNT(*), COALESCE(SUM(answered), 0) FROM questions WHERE at >= ? GROUP BY d ORDER BY d`,
			func(sc func(...any) error) error {
				var d int64
				var c bot.DayCount
				if err := sc(&d, &c.Questions, &c.Answered); err != nil {
					return err
				}
				c.Day = time.UnixMilli(d * dayMS).UTC().Format(time.DateOnly)
				r.Days = append(r.Days, c)
				return nil
			}},
		{`SELECT MIN(text), COUNT(*), MAX(at) FROM questions WHERE at >= ? AND answered = 0 AND text_norm <> ''
			GROUP BY text_norm ORDER BY COUNT(*) DESC, MAX(at) DESC LIMIT 200`, func(sc func(...any) error) error {
			var u bot.UnansweredText
			var last int64
			if err := sc(&u.Text, &u.Count, &last); err != nil {
				return err
			}
			u.LastSeen = time.UnixMilli(last).UTC()
			r.Unanswered = append(r.Unanswered, u)
			return nil
		}},
		{`SELECT COALESCE(q.text, ''), f.vote, f.reason, COALESCE(q.career, ''), COALESCE(q.section, ''), f.at
			FROM feedback f LEFT JOIN questions q ON q.id = f.answer_id WHERE f.at >= ?
			ORDER BY CASE WHEN f.vote = 'down' THEN 0 ELSE 1 END, f.at DESC LIMIT 500`, func(sc func(...any) error) error {
			var f bot.FeedbackItem
			var at int64
			if err := sc(&f.Question, &f.Vote, &f.Reason, &f.Career, &f.Section, &at); err != nil {
				return err
			}
			f.Time = time.UnixMilli(at).UTC()
			r.Feedback = append(r.Feedback, f)
			return nil
		}},
		{`SELECT q.career, q.section, COUNT(DISTINCT q.id),
			COALESCE(SUM(CASE WHEN f.vote = 'up' THEN 1 ELSE 0 END), 0),
			COALESCE(SUM(CASE WHEN f.vote = 'down' THEN 1 ELSE 0 END), 0)
			FROM questions q LEFT JOIN feedback f ON f.answer_id = q.id
			WHERE q.at >= ? AND q.answered = 1 AND q.career <> ''
			GROUP BY q.career, q.section ORDER BY COUNT(DISTINCT q.id) DESC, q.career, q.section LIMIT 200`,
			func(sc func(...any) error) error {
				var h bot.SectionHelpful
				if err := sc(&h.Career, &h.Section, &h.Questions, &h.Up, &h.Down); err != nil {
					return err
				}
				r.Helpfulness = append(r.Helpfulness, h)
				return nil
			}},
		{`SELECT command, COUNT(*), COALESCE(SUM(answered), 0) FROM questions WHERE at >= ?
			GROUP BY command ORDER BY COUNT(*) DESC, command LIMIT 50`, func(sc func(...any) error) error {
			var c bot.CommandCount
			if err := sc(&c.Command, &c.Questions, &c.Answered); err != nil {
				return err
			}
			r.Commands = append(r.Commands, c)
			return nil
		}},
		{`SELECT vote, reason, COUNT(*) FROM feedback WHERE at >= ? GROUP BY vote, reason`, func(sc func(...any) error) error {
			var vote, reason string
			var n int
			if err := sc(&vote, &reason, &n); err != nil {
				return err
			}
			if vote == bot.VoteUp {
				r.VotesUp += n
			} else {
				r.VotesDown += n
				if reason == "" {
					reason = "none"
				}
				r.Reasons[reason] += n
			}
			return nil
		}},
		{`SELECT platform, COUNT(*) FROM questions WHERE at >= ? GROUP BY platform`, func(sc func(...any) error) error {
			var p string
			var n int
			if err := sc(&p, &n); err != nil {
				return err
			}
			r.Platforms[p] = n
			return nil
		}},
	}
	for _, st := range steps {
		if err := q(st.query, st.scan); err != nil {
			return nil, err
		}
	}
	if r.Questions > 0 {
		r.AnsweredRate = float64(r.Answered) / float64(r.Questions)
	}
	return r, nil
}
