package bot

import (
	"context"
	"time"
)

// Report is what guide editors read: what was asked, what went unanswered
// and what members thought of the answers. `careerbot report` prints it and
// the admin page draws it.
type Report struct {
	Since        time.Time        `json:"since"`
	Generated    time.Time        `json:"generated"`
	Questions    int              `json:"questions"`
	Answered     int              `json:"answered"`
	AnsweredRate float64          `json:"answered_rate"` // 0..1; 0 with no questions
	VotesUp      int              `json:"votes_up"`
	VotesDown    int              `json:"votes_down"`
	Days         []DayCount       `json:"days"`
	Unanswered   []UnansweredText `json:"unanswered"`
	Feedback     []FeedbackItem   `json:"feedback"`
	Helpfulness  []SectionHelpful `json:"helpfulness"`
	Commands     []CommandCount   `json:"commands"`
	Reasons      map[string]int   `json:"reasons"` // 👎 reason code → count
	Platforms    map[string]int   `json:"platforms"`
}

// DayCount is one UTC day of questions.
type DayCount struct {
	Day       string `json:"day"` // 2006-01-02
	Questions int    `json:"questions"`
	Answered  int    `json:"answered"`
}

// UnansweredText is one group of unanswered questions with the same
// normalised text.
type UnansweredText struct {
	Text     string    `json:"text"`
	Count    int       `json:"count"`
	LastSeen time.Time `json:"last_seen"`
}

// FeedbackItem is one vote with the question it was about.
type FeedbackItem struct {
	Question string    `json:"question"`
	Vote     string    `json:"vote"`
	Reason   string    `json:"reason"`
	Career   string    `json:"career"`
	Section  string    `json:"section"`
	Time     time.Time `json:"time"`
}

// SectionHelpful is the votes on answers from one guide section.
type SectionHelpful struct {
	Career    string `json:"career"`
	Section   string `json:"section"`
	Questions int    `json:"questions"`
	Up        int    `json:"up"`
	Down      int    `json:"down"`
}

// CommandCount is how often a command was used.
type CommandCount struct {
	Command   string `json:"command"`
	Questions int    `json:"questions"`
	Answered  int    `json:"answered"`
}

// Reporter builds reports from what was recorded (package store).
type Reporter interface {
	Report(ctx context.Context, since time.Time) (*Report, error)
}

// NormalizeQuestion folds a question for grouping: lowercase, letters and
// digits only, single spaces ("What's a DAY like?" → "what s a day like").
func NormalizeQuestion(s string) string {
	return Clip(NormalizeName(s), 300)
}
