package httpapi

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	_ "embed"
	"encoding/hex"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
)

// The admin dashboard: /admin on the HTTP listener, only with
// http.admin_token set. It needs "Authorization: Bearer TOKEN", or a login
// with the token through its form, which sets a session cookie (an HMAC of
// the token, never the token). Pages are rendered on the server, charts are
// inline SVG, nothing is loaded from elsewhere and no script runs.

const adminCookie = "careerbot_admin"

const adminCSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; " +
	"base-uri 'none'; frame-ancestors 'none'"

//go:embed admin/admin.css
var adminCSS []byte

//go:embed admin/admin.html
var adminHTML string

var adminTmpl = template.Must(template.New("admin").Funcs(template.FuncMap{
	"pct":    func(f float64) string { return strconv.Itoa(int(f*100+0.5)) + "%" },
	"ratio":  ratio,
	"reason": reasonLabel,
	"date":   func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04") },
	"clip":   func(s string) string { return bot.Clip(s, 160) },
}).Parse(adminHTML))

func ratio(n, of int) string {
	if of == 0 {
		return "-"
	}
	return strconv.Itoa(int(float64(n)*100/float64(of)+0.5)) + "%"
}

func reasonLabel(code string) string {
	if l := bot.ReasonLabel(code); l != "" {
		return l
	}
	if code == "" || code == "none" {
		return "(no reason)"
	}
	return code
}

func (s *Server) mountAdmin() {
	if s.cfg.AdminToken == "" {
		return
	}
	s.mux.HandleFunc("/admin", s.admin)
	s.mux.HandleFunc("/admin/", s.admin)
}

// session is the cookie value for a logged-in admin: derived from the
// token, so the token itself is never stored in the browser.
func (s *Server) session() string {
	m := hmac.New(sha256.New, []byte(s.cfg.AdminToken))
	m.Write([]byte("careerbot admin session v1"))
	return hex.EncodeToString(m.Sum(nil))
}

func equal(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// authorized checks the bearer token or the session cookie in constant time.
func (s *Server) authorized(r *http.Request) bool {
	if h := r.Header.Get("Authorization"); h != "" {
		tok, ok := strings.CutPrefix(h, "Bearer ")
		return ok && equal(strings.TrimSpace(tok), s.cfg.AdminToken)
	}
	if c, err := r.Cookie(adminCookie); err == nil {
		return equal(c.Value, s.session())
	}
	return false
}

func adminHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Security-Policy", adminCSP)
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cache-Control", "no-store")
}

func (s *Server) admin(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/admin/admin.css":
		if !allow(w, r, http.MethodGet) {
			return
		}
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(adminCSS)
		return
	case "/admin/login":
		s.adminLogin(w, r)
		return
	case "/admin/logout":
		if !allow(w, r, http.MethodPost) {
			return
		}
		http.SetCookie(w, &http.Cookie{Name: adminCookie, Value: "", Path: "/admin", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode})
		http.Redirect(w, r, "/admin", http.StatusSeeOther)
		return
	case "/admin", "/admin/":
	default:
		writeError(w, http.StatusNotFound, "not_found", "Nothing here. The dashboard is at /admin.")
		return
	}
	if !allow(w, r, http.MethodGet) {
		return
	}
	if !s.authorized(r) {
		s.adminPage(w, http.StatusUnauthorized, adminView{Login: true, Error: r.Header.Get("Authorization") != ""})
		return
	}
	since := r.URL.Query().Get("since")
	days := map[string]int{"1d": 1, "7d": 7, "30d": 30, "90d": 90}[since]
	if days == 0 {
		since, days = "7d", 7
	}
	v := adminView{Since: since, Ranges: []string{"1d", "7d", "30d", "90d"}}
	if s.opts.Reporter == nil {
		v.NoStore = true
		s.adminPage(w, http.StatusOK, v)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 15*time.Second)
	defer cancel()
	rep, err := s.opts.Reporter.Report(ctx, time.Now().Add(-time.Duration(days)*24*time.Hour))
	if err != nil {
		s.logger.Warn("admin: building the report failed", "err", err)
		v.Failed = true
		s.adminPage(w, http.StatusServiceUnavailable, v)
		return
	}
	v.R = rep
	v.DaysChart = daysChart(rep.Days)
	v.RateChart = rateChart(rep.Days)
	v.VotesChart = votesChart(rep)
	for _, f := range rep.Feedback {
		if f.Vote == bot.VoteDown {
			v.Down = append(v.Down, f)
		}
	}
	s.adminPage(w, http.StatusOK, v)
}

type adminView struct {
	Login, Error, NoStore, Failed    bool
	Since                            string
	Ranges                           []string
	R                                *bot.Report
	Down                             []bot.FeedbackItem
	DaysChart, RateChart, VotesChart template.HTML
}

func (s *Server) adminPage(w http.ResponseWriter, status int, v adminView) {
	adminHeaders(w)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if err := adminTmpl.Execute(w, v); err != nil {
		s.logger.Warn("admin: rendering failed", "err", err)
	}
}

// adminLogin takes the token from the login form and sets the session
// cookie; a wrong token shows the form again.
func (s *Server) adminLogin(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodPost) {
		return
	}
	if err := r.ParseForm(); err != nil {
		s.adminPage(w, http.StatusBadRequest, adminView{Login: true, Error: true})
		return
	}
	if !equal(r.PostForm.Get("token"), s.cfg.AdminToken) {
		s.logger.Warn("admin: failed login", "client", ClientIP(r, s.cfg.TrustForwardedFor))
		time.Sleep(300 * time.Millisecond) // slows guessing a little
		s.adminPage(w, http.StatusUnauthorized, adminView{Login: true, Error: true})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: adminCookie, Value: s.session(), Path: "/admin", MaxAge: 12 * 3600,
		HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/admin", http.StatusSeeOther)
}

// --- charts: inline SVG drawn here, sized by viewBox so they shrink on a phone ---

const chartW, chartH, chartPad = 600, 200, 34

func svgOpen(b *strings.Builder, label string) {
	fmt.Fprintf(b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="%s" xmlns="http://www.w3.org/2000/svg">`,
		chartW, chartH+chartPad, html.EscapeString(label))
	fmt.Fprintf(b, `<title>%s</title>`, html.EscapeString(label))
}

// daysChart is questions per day as bars, answered in the darker part.
func daysChart(days []bot.DayCount) template.HTML {
	var b strings.Builder
	svgOpen(&b, "Questions per day (answered in dark)")
	top := 1
	for _, d := range days {
		top = max(top, d.Questions)
	}
	n := max(len(days), 1)
	bw := float64(chartW) / float64(n)
	for i, d := range days {
		x := float64(i) * bw
		h := float64(d.Questions) / float64(top) * chartH
		ha := float64(d.Answered) / float64(top) * chartH
		fmt.Fprintf(&b, `<rect class="all" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s: %d asked</title></rect>`,
			x+1, chartH-h, max(bw-2, 1), h, d.Day, d.Questions)
		fmt.Fprintf(&b, `<rect class="ok" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s: %d answered</title></rect>`,
			x+1, chartH-ha, max(bw-2, 1), ha, d.Day, d.Answered)
		if n <= 10 || i%((n+9)/10) == 0 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%d">%s</text>`, x+bw/2, chartH+26, d.Day[5:])
		}
	}
	fmt.Fprintf(&b, `<text class="max" x="4" y="20">%d</text></svg>`, top)
	return template.HTML(b.String())
}

// rateChart is the answered rate per day as a line.
func rateChart(days []bot.DayCount) template.HTML {
	var b strings.Builder
	svgOpen(&b, "Answered rate per day")
	fmt.Fprintf(&b, `<line class="grid" x1="0" y1="%d" x2="%d" y2="%d"/>`, chartH/2, chartW, chartH/2)
	n := len(days)
	var pts []string
	for i, d := range days {
		x := float64(chartW) / 2
		if n > 1 {
			x = float64(i) * float64(chartW-20) / float64(n-1)
		}
		x += 10
		rate := 0.0
		if d.Questions > 0 {
			rate = float64(d.Answered) / float64(d.Questions)
		}
		y := chartH - rate*(chartH-10)
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x, y))
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="4"><title>%s: %d%%</title></circle>`, x, y, d.Day, int(rate*100+0.5))
	}
	if len(pts) > 1 {
		fmt.Fprintf(&b, `<polyline points="%s"/>`, strings.Join(pts, " "))
	}
	fmt.Fprintf(&b, `<text class="max" x="4" y="20">100%%</text><text class="max" x="4" y="%d">50%%</text></svg>`, chartH/2-6)
	return template.HTML(b.String())
}

// votesChart is 👍, then 👎 by reason, as horizontal bars.
func votesChart(r *bot.Report) template.HTML {
	type bar struct {
		label, class string
		n            int
	}
	bars := []bar{{"👍 helpful", "up", r.VotesUp}}
	for _, reason := range []string{"wrong", "not_asked", "out_of_date", "other", "none"} {
		if n := r.Reasons[reason]; n > 0 || reason != "none" {
			bars = append(bars, bar{"👎 " + reasonLabel(reason), "down", n})
		}
	}
	top := 1
	for _, x := range bars {
		top = max(top, x.n)
	}
	var b strings.Builder
	rowH := 30
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-label="Votes" xmlns="http://www.w3.org/2000/svg"><title>Votes</title>`,
		chartW, rowH*len(bars)+4)
	for i, x := range bars {
		y := i * rowH
		w := float64(x.n) / float64(top) * (chartW - 300)
		fmt.Fprintf(&b, `<text class="label" x="0" y="%d">%s</text>`, y+20, html.EscapeString(x.label))
		fmt.Fprintf(&b, `<rect class="%s" x="250" y="%d" width="%.1f" height="22"/>`, x.class, y+4, max(w, 1))
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" class="label">%d</text>`, 258+w, y+20, x.n)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
