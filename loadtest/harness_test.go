package loadtest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// concurrency is how many requests are in flight at once.
const concurrency = 64

// answerWait bounds the wait for one answer; runWait bounds a whole run.
const (
	answerWait = 60 * time.Second
	runWait    = 5 * time.Minute
)

// loadN is the number of requests per platform: CAREERBOT_LOAD_N, else def.
func loadN(tb testing.TB, def int) int {
	if v := os.Getenv("CAREERBOT_LOAD_N"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1_000_000 {
			tb.Fatalf("CAREERBOT_LOAD_N=%q: want a number of requests between 1 and 1000000", v)
		}
		return n
	}
	if testing.Short() {
		return def / 4
	}
	return def
}

func logger() *slog.Logger {
	if os.Getenv("CAREERBOT_LOAD_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// variant is one kind of request in the mix, with the facts its answer
// must contain. The facts come from the engine itself (the oracle), never
// from this file.
type variant struct {
	name    string
	command string            // registry command
	options map[string]string // its options
	button  bool              // Discord: sent as a follow-up button click
	line    string            // Slack: the typed slash command line, e.g. "/salary CA"
	want    []string          // facts the answer must show
}

// request is the core request the variant stands for.
func (v *variant) request() *bot.Request {
	opts := map[string]string{}
	for k, x := range v.options {
		opts[k] = x
	}
	return &bot.Request{Platform: "oracle", UserID: "oracle", Command: v.command, Options: opts}
}

// facts picks what identifies an answer: its title, its first fields'
// values, its first bullet, and from its body the first sentence, the first
// bold term and the first list item (short plain spans that every
// platform's rendering keeps verbatim).
func facts(a *bot.Answer) []string {
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s != "" && len(s) <= 200 && !strings.ContainsAny(s, "*_`[]#<>&|~\n") && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	add(a.Title)
	for i, f := range a.Fields {
		if i == 3 {
			break
		}
		add(f.Value)
	}
	if len(a.Bullets) > 0 {
		b, _, _ := strings.Cut(a.Bullets[0], " (")
		add(b)
	}
	body := a.Body
	if s, _, ok := strings.Cut(body, ". "); ok {
		add(s + ".")
	}
	if _, rest, ok := strings.Cut(body, "**"); ok {
		if bold, _, ok := strings.Cut(rest, "**"); ok {
			add(bold)
		}
	}
	for _, line := range strings.Split(body, "\n") {
		if item, ok := strings.CutPrefix(line, "- "); ok && !strings.Contains(item, "**") {
			add(item)
			break
		}
	}
	return out
}

// oracle fills in each variant's expected facts by asking the engine
// directly, and checks the oracle against facts the shipped guide is known
// for, so an empty or broken engine cannot pass.
func oracle(t testing.TB, tb *testbot.Bot, vs []*variant) {
	t.Helper()
	titles := map[string]string{}
	for _, v := range vs {
		a := tb.Router.Handle(context.Background(), v.request())
		if !a.Answered {
			t.Fatalf("oracle: %s is not answered: %s", v.name, a.Body)
		}
		v.want = facts(a)
		if len(v.want) < 2 {
			t.Fatalf("oracle: %s has too few facts to check: %q", v.name, v.want)
		}
		titles[v.name] = a.Title
	}
	known := map[string]string{"salary CA": "$185,000", "ask certs": "AWS Machine Learning Specialty"}
	for name, fact := range known {
		v := find(vs, name)
		if v == nil || !slices.ContainsFunc(v.want, func(s string) bool { return strings.Contains(s, fact) }) {
			t.Fatalf("oracle: %s should show %q; facts %q", name, fact, v.want)
		}
	}
}

func find(vs []*variant, name string) *variant {
	for _, v := range vs {
		if v.name == name {
			return v
		}
	}
	return nil
}

// mix is the request mix: salaries for states with and without figures (so
// answers differ from request to request), the topics, and a question in
// words. Discord also clicks follow-up buttons.
func mix(discord bool) []*variant {
	var vs []*variant
	for _, st := range []string{"CA", "WA", "NY", "MA", "TX", "FL", "OR", "CO", "IL", "GA"} {
		vs = append(vs, &variant{name: "salary " + st, command: "salary", options: map[string]string{"state": st},
			line: "/salary " + st})
	}
	vs = append(vs, &variant{name: "salary", command: "salary", options: map[string]string{}, line: "/salary"})
	for _, c := range []string{"certs", "skills", "path", "outlook", "interview", "tools"} {
		vs = append(vs, &variant{name: c, command: c, options: map[string]string{}, line: "/" + c})
	}
	vs = append(vs, &variant{name: "ask certs", command: "ask", options: map[string]string{"question": "what certifications help?"},
		line: "/career what certifications help?"})
	if discord {
		vs = append(vs,
			&variant{name: "button salary WA", command: "salary", options: map[string]string{"state": "WA"}, button: true},
			&variant{name: "button certs", command: "certs", options: map[string]string{}, button: true})
	}
	return vs
}

// textOf collects every string in a JSON document (titles, descriptions,
// fields, blocks), with Slack's escapes undone, for fact checks; an answer
// that is not JSON is an error.
func textOf(raw []byte) (string, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return "", fmt.Errorf("not JSON: %w", err)
	}
	var b strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			b.WriteString(x)
			b.WriteByte('\n')
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for _, k := range keys {
				walk(x[k])
			}
		}
	}
	walk(v)
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(b.String()), nil
}

// missing returns the facts of v that the answer (JSON) lacks, or an error
// when it is not JSON.
func (v *variant) missing(answer []byte) ([]string, error) {
	text, err := textOf(answer)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range v.want {
		if !strings.Contains(text, f) {
			out = append(out, f)
		}
	}
	return out, nil
}

// latencies summarises a run.
type latencies struct {
	d    []time.Duration
	wall time.Duration
	cpu  time.Duration // process CPU during the run (0: not measured)
	// others is the CPU the rest of the machine used during the run (other
	// processes, and the hypervisor's steal), as a share of all its CPUs;
	// -1: not measured. Latencies are only comparable between quiet runs.
	others float64
}

// usage is a snapshot of this process's CPU and the machine's.
type usage struct {
	proc    time.Duration
	machine time.Duration // busy time of all CPUs (with steal); 0: unknown
	at      time.Time
}

func measure() usage { return usage{proc: processCPU(), machine: machineBusy(), at: time.Now()} }

// windowProfile is a CPU profile of the last measured run only (a
// benchmark runs once with b.N = 1 first), from pool's start to since: not the
// setup, nor the check of every answer after it. CAREERBOT_WINDOW_PROFILE
// names its file.
var windowProfile profileWindow

type profileWindow struct{ f *os.File }

func (w *profileWindow) start() {
	path := os.Getenv("CAREERBOT_WINDOW_PROFILE")
	if path == "" || w.f != nil {
		return
	}
	f, err := os.Create(path)
	if err != nil {
		return
	}
	if pprof.StartCPUProfile(f) != nil {
		f.Close()
		return
	}
	w.f = f
}

func (w *profileWindow) stop() {
	if w.f != nil {
		pprof.StopCPUProfile()
		w.f.Close()
		w.f = nil
	}
}

// since fills in l.wall, l.cpu and l.others from the snapshot u taken at
// the start of the run.
func (l *latencies) since(u usage) {
	windowProfile.stop()
	now := measure()
	l.wall, l.cpu, l.others = now.at.Sub(u.at), now.proc-u.proc, -1
	if u.machine > 0 && now.machine > 0 && l.wall > 0 {
		other := (now.machine - u.machine) - l.cpu
		l.others = max(0, float64(other)/float64(l.wall*time.Duration(runtime.NumCPU()))) * 100
	}
}

// machineBusy is the time all CPUs spent busy (not idle or waiting for
// I/O), stolen time included, from /proc/stat; 0 where there is none.
func machineBusy() time.Duration {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 9 || f[0] != "cpu" {
		return 0
	}
	var busy int64
	for i, x := range f[1:9] { // user nice system idle iowait irq softirq steal
		if i == 3 || i == 4 {
			continue
		}
		n, err := strconv.ParseInt(x, 10, 64)
		if err != nil {
			return 0
		}
		busy += n
	}
	return time.Duration(busy) * time.Second / 100 // USER_HZ
}

// cpuPerRequest is the process's CPU time per request answered during the
// run: unlike the latencies it hardly moves with other work on the machine.
func (l *latencies) cpuPerRequest() time.Duration {
	if len(l.d) == 0 {
		return 0
	}
	return l.cpu / time.Duration(len(l.d))
}

func (l *latencies) pct(p float64) time.Duration {
	if len(l.d) == 0 {
		return 0
	}
	s := slices.Clone(l.d)
	slices.Sort(s)
	i := int(p*float64(len(s))+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}

func (l *latencies) throughput() float64 {
	if l.wall <= 0 {
		return 0
	}
	return float64(len(l.d)) / l.wall.Seconds()
}

func (l *latencies) String() string {
	return fmt.Sprintf("%d requests at %d concurrent: p50 %.2f ms, p99 %.2f ms, max %.2f ms, %.0f req/s (wall %v), CPU %.0f µs a request, others %.0f%% of the machine",
		len(l.d), concurrency, ms(l.pct(0.50)), ms(l.pct(0.99)), ms(l.pct(1)), l.throughput(), l.wall.Round(time.Millisecond),
		float64(l.cpuPerRequest())/float64(time.Microsecond), l.others)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// report logs a run's latency and, in a benchmark, reports it as metrics.
func report(tb testing.TB, what string, l *latencies) {
	tb.Logf("%s: %s", what, l)
	if b, ok := tb.(*testing.B); ok {
		b.ReportMetric(ms(l.pct(0.50)), "p50-ms")
		b.ReportMetric(ms(l.pct(0.99)), "p99-ms")
		b.ReportMetric(l.throughput(), "req/s")
		if l.cpu > 0 {
			b.ReportMetric(float64(l.cpuPerRequest())/float64(time.Microsecond), "cpu-us/req")
		}
		if l.others >= 0 {
			b.ReportMetric(l.others, "others-%")
		}
		b.ReportMetric(0, "ns/op") // per-request time is p50/p99, not wall/N
	}
}

// errNoLatency marks a request that has no latency to record (a Slack
// slash command lost with its connection: judged after the run).
var errNoLatency = errors.New("no latency to record")

// pool runs n jobs on concurrency workers; job i returns the latency of
// request i or an error. It stops early (and says so) after 20 errors.
func pool(tb testing.TB, n int, job func(i int) (time.Duration, error)) *latencies {
	tb.Helper()
	var (
		next   atomic.Int64
		mu     sync.Mutex
		errs   []error
		wg     sync.WaitGroup
		failed atomic.Bool
	)
	l := &latencies{d: make([]time.Duration, 0, n)}
	windowProfile.start()
	u := measure()
	for range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				d, err := job(i)
				mu.Lock()
				if errors.Is(err, errNoLatency) {
					mu.Unlock()
					continue
				}
				if err != nil {
					errs = append(errs, fmt.Errorf("request %d: %w", i, err))
					if len(errs) >= 20 {
						failed.Store(true)
					}
				} else {
					l.d = append(l.d, d)
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	l.since(u)
	for _, err := range errs {
		tb.Error(err)
	}
	if failed.Load() {
		tb.Fatalf("stopped after %d errors", len(errs))
	}
	return l
}

// userID spreads requests over many members, as a busy server would.
func userID(base int64, i int) string { return strconv.FormatInt(base+int64(i%997), 10) }
