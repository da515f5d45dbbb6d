package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
	"github.com/careerbot-dev/careerbot/store/storetest"
)

// These tests run real `careerbot serve` processes (the test binary
// re-executed, see TestMain) on one real Postgres (CAREERBOT_TEST_POSTGRES,
// started by .ci/run; under CI=true its absence fails them), with Slack HTTP
// mode and Discord HTTP interactions against the loopback fakes.

const replicaSecret = "replica-test-signing-secret"

// replicaEnv is what the replicas talk to: one Postgres schema, one fake
// Slack, one fake Discord and the Discord application key.
type replicaEnv struct {
	t     *testing.T
	pgURL string
	slack *fakeslack.Server
	disc  *fakediscord.Server
	priv  ed25519.PrivateKey
	pub   string
}

func newReplicaEnv(t *testing.T) *replicaEnv {
	t.Helper()
	pg, ok := storetest.PostgresEngine(t)
	if !ok {
		t.Skip("needs Postgres")
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return &replicaEnv{t: t, pgURL: pg.Config(t).URL, slack: fakeslack.New(t, fakeslack.Options{}),
		disc: fakediscord.New(t, fakediscord.Options{}), priv: priv, pub: hex.EncodeToString(pub)}
}

// replica is one serve process.
type replica struct {
	addr string
	cfg  string
	logs *syncBuf
	cmd  *exec.Cmd
	done chan error
}

// config is a replica's configuration file, its store at pgURL.
func (e *replicaEnv) config(addr, pgURL string) string {
	return fmt.Sprintf(`http:
  listen: %s
store:
  url: %q
slack:
  bot_token: %s
  mode: http
  signing_secret: %s
  api_url: %q
  onboarding:
    enabled: true
discord:
  token: %s
  mode: http
  application_id: %q
  public_key: %s
  api_url: %q
`, addr, pgURL, e.slack.BotToken, replicaSecret, e.slack.APIURL(), e.disc.Token(), e.disc.ApplicationID(), e.pub, e.disc.APIURL)
}

// start runs a serve process and waits until /readyz says ready.
func (e *replicaEnv) start(pgURL string) *replica {
	t := e.t
	t.Helper()
	addr := freeAddr(t)
	p := filepath.Join(t.TempDir(), "careerbot.yaml")
	if err := os.WriteFile(p, []byte(e.config(addr, pgURL)), 0o600); err != nil {
		t.Fatal(err)
	}
	return e.run(addr, p)
}

func (e *replicaEnv) run(addr, cfg string) *replica {
	t := e.t
	t.Helper()
	r := &replica{addr: addr, cfg: cfg, logs: &syncBuf{}, done: make(chan error, 1)}
	r.cmd = exec.Command(os.Args[0], "-test.run=^$", "--", "serve", "--config", cfg)
	r.cmd.Env = append(os.Environ(), "CAREERBOT_RUN_MAIN=1", "DISCORD_TOKEN=", "SLACK_BOT_TOKEN=")
	r.cmd.Stdout, r.cmd.Stderr = r.logs, r.logs
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.done <- r.cmd.Wait() }()
	t.Cleanup(func() { r.stop(t) })
	deadline := time.Now().Add(60 * time.Second)
	for {
		st, _ := r.get("/readyz")
		if st == http.StatusOK {
			return r
		}
		select {
		case err := <-r.done:
			r.done <- err
			t.Fatalf("replica exited at start: %v\n%s", err, r.logs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("replica not ready:\n%s", r.logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop ends the process with SIGTERM (idempotent).
func (r *replica) stop(t *testing.T) {
	if r.cmd.ProcessState != nil {
		return
	}
	r.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-r.done:
		r.done <- err
	case <-time.After(30 * time.Second):
		r.cmd.Process.Kill()
		t.Errorf("replica did not stop on SIGTERM:\n%s", r.logs.String())
	}
}

func (r *replica) get(path string) (int, string) {
	resp, err := http.Get("http://" + r.addr + path)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (r *replica) do(t *testing.T, req *http.Request) (int, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// slack builds a Slack request to this replica, signed at ts.
func (r *replica) slack(path, ctype string, body []byte, ts time.Time) *http.Request {
	return fakeslack.SignedRequest("http://"+r.addr+path, replicaSecret, ts, ctype, body)
}

// discord builds a signed Discord interaction request to this replica.
func (r *replica) discord(body []byte, sig, ts string) *http.Request {
	req, _ := http.NewRequest(http.MethodPost, "http://"+r.addr+"/discord/interactions", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", sig)
	req.Header.Set("X-Signature-Timestamp", ts)
	return req
}

// metric sums the samples of a metric whose labels contain every want.
func (r *replica) metric(t *testing.T, name string, want ...string) float64 {
	t.Helper()
	_, body := r.get("/metrics")
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(name) + `(\{[^}]*\})? (\S+)$`)
	sum := 0.0
	for _, m := range re.FindAllStringSubmatch(body, -1) {
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(m[1], w)
		}
		if ok {
			v, _ := strconv.ParseFloat(m[2], 64)
			sum += v
		}
	}
	return sum
}

// sharedState is /readyz's shared_state.state.
func (r *replica) sharedState() string {
	_, body := r.get("/readyz")
	var d struct {
		Shared struct {
			State string `json:"state"`
		} `json:"shared_state"`
	}
	json.Unmarshal([]byte(body), &d)
	return d.Shared.State
}

// both sends two requests at once and returns their statuses.
func both(t *testing.T, a, b func() (int, string)) (int, int) {
	var wg sync.WaitGroup
	var sa, sb int
	wg.Add(2)
	go func() { defer wg.Done(); sa, _ = a() }()
	go func() { defer wg.Done(); sb, _ = b() }()
	wg.Wait()
	return sa, sb
}

const formCT = "application/x-www-form-urlencoded"

func TestReplicasShareState(t *testing.T) {
	e := newReplicaEnv(t)
	r1, r2 := e.start(e.pgURL), e.start(e.pgURL)
	for _, r := range []*replica{r1, r2} {
		if s := r.sharedState(); s != "ok" {
			t.Fatalf("shared_state %q at start, want ok", s)
		}
	}

	// The same signed Slack event delivered to both replicas: one answer.
	ev, _ := json.Marshal(e.slack.EventCallback("EvBoth1", e.slack.AppMention("U1", "C1", "1700000500.000001", "", "<@U0BOT> what certifications help?")))
	now := time.Now()
	s1, s2 := both(t, func() (int, string) { return r1.do(t, r1.slack("/slack/events", "application/json", ev, now)) },
		func() (int, string) { return r2.do(t, r2.slack("/slack/events", "application/json", ev, now)) })
	if s1 == http.StatusOK == (s2 == http.StatusOK) {
		t.Errorf("event statuses %d, %d: want one accepted, the other refused as a replay", s1, s2)
	}
	// The same event re-signed by Slack (a retry at a new time) to the other
	// replicas: the event id is already claimed.
	r2.do(t, r2.slack("/slack/events", "application/json", ev, now.Add(time.Second)))
	e.slack.WaitCall(t, "chat.postMessage", 15*time.Second, func(c fakeslack.Call) bool { return c.Param("channel") == "C1" })
	time.Sleep(time.Second) // let a second answer, if any, arrive
	if n := countCalls(e.slack, "chat.postMessage", "channel", "C1"); n != 1 {
		t.Errorf("%d answers to one Slack event delivered to two replicas, want 1", n)
	}

	// The same signed Discord interaction sent to both: processed once.
	in := e.disc.SlashCommand(fakediscord.User{ID: "900000000000000001", Username: "alice"}, "123456789012345678", "223456789012345678",
		"salary", fakediscord.Str("state", "CA"))
	body := in.JSON()
	sig, ts := fakediscord.Sign(e.priv, body, time.Now())
	d1, d2 := both(t, func() (int, string) { return r1.do(t, r1.discord(body, sig, ts)) },
		func() (int, string) { return r2.do(t, r2.discord(body, sig, ts)) })
	if (d1 == http.StatusOK) == (d2 == http.StatusOK) || max(d1, d2) != http.StatusUnauthorized {
		t.Errorf("interaction statuses %d, %d: want one 200 and one 401", d1, d2)
	}
	// Replayed again within the 5 minutes, to either: refused and counted.
	for _, r := range []*replica{r1, r2} {
		if st, _ := r.do(t, r.discord(body, sig, ts)); st != http.StatusUnauthorized {
			t.Errorf("replayed interaction: %d, want 401", st)
		}
	}
	replays := r1.metric(t, "careerbot_requests_rejected_total", `adapter="discord"`, `reason="replay"`) +
		r2.metric(t, "careerbot_requests_rejected_total", `adapter="discord"`, `reason="replay"`)
	if replays != 3 {
		t.Errorf("%v Discord replays counted across replicas, want 3", replays)
	}
	// A Slack slash command replayed: 401 and counted.
	cmd := fakeslack.Form(e.slack.SlashCommand("U2", "C2", "/salary", "CA"))
	at := time.Now()
	if st, body := r1.do(t, r1.slack("/slack/commands", formCT, cmd, at)); st != http.StatusOK || !strings.Contains(body, "185,000") {
		t.Errorf("slash command: %d %s", st, body)
	}
	if st, _ := r2.do(t, r2.slack("/slack/commands", formCT, cmd, at)); st != http.StatusUnauthorized {
		t.Errorf("slash command replayed to the other replica: %d, want 401", st)
	}
	if n := r2.metric(t, "careerbot_requests_rejected_total", `adapter="slack"`, `reason="replay"`); n < 1 {
		t.Errorf("Slack replay not counted on the replica that refused it")
	}

	// A member joins (replica 1), leaves and rejoins (replica 2): one welcome.
	join := func(r *replica, evID, user string) {
		t.Helper()
		b, _ := json.Marshal(e.slack.EventCallback(evID, map[string]any{"type": "team_join",
			"user": map[string]any{"id": user, "name": "newbie"}}))
		if st, _ := r.do(t, r.slack("/slack/events", "application/json", b, time.Now())); st != http.StatusOK {
			t.Fatalf("team_join: %d", st)
		}
	}
	welcomed := func(user string) int { return countCalls(e.slack, "conversations.open", "users", user) }
	join(r1, "EvJoin1", "U0NEWBIE1")
	waitFor(t, "the welcome", func() bool { return welcomed("U0NEWBIE1") == 1 })
	join(r2, "EvJoin2", "U0NEWBIE1")
	// ...and once more after replica 1 restarted.
	r1.stop(t)
	r1 = e.run(r1.addr, r1.cfg)
	join(r1, "EvJoin3", "U0NEWBIE1")
	join(r1, "EvJoin4", "U0SENTINEL") // welcomed: the welcome path works after the restart
	waitFor(t, "the sentinel's welcome", func() bool { return welcomed("U0SENTINEL") == 1 })
	time.Sleep(500 * time.Millisecond)
	if n := welcomed("U0NEWBIE1"); n != 1 {
		t.Errorf("member welcomed %d times across replicas and a restart, want 1", n)
	}
}

func countCalls(s *fakeslack.Server, method, param, value string) int {
	n := 0
	for _, c := range s.Calls(method) {
		if c.Error == "" && c.Param(param) == value {
			n++
		}
	}
	return n
}

// pgProxy forwards TCP to Postgres; Cut makes Postgres vanish (refused
// connections, established ones dropped) and Restore brings it back on the
// same address, as a Postgres restart would.
type pgProxy struct {
	target, addr string
	mu           sync.Mutex
	ln           net.Listener
	conns        map[net.Conn]bool
}

func newPGProxy(t *testing.T, target string) *pgProxy {
	p := &pgProxy{target: target, conns: map[net.Conn]bool{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(p.Cut)
	return p
}

func (p *pgProxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.pipe(c)
		}
	}()
}

func (p *pgProxy) pipe(c net.Conn) {
	u, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	p.conns[c], p.conns[u] = true, true
	p.mu.Unlock()
	go func() { io.Copy(u, c); u.Close() }()
	io.Copy(c, u)
	c.Close()
}

func (p *pgProxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
		delete(p.conns, c)
	}
}

func (p *pgProxy) Restore(t *testing.T) {
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatal(err)
	}
	p.serve(ln)
}

// Postgres going away during a load run loses no answer: the replica falls
// back to process memory, says so in /readyz and /metrics, still answers
// each request once, and picks Postgres up again without a restart.
func TestReplicaSurvivesPostgresOutage(t *testing.T) {
	e := newReplicaEnv(t)
	u, err := url.Parse(e.pgURL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := newPGProxy(t, u.Host)
	u.Host = proxy.addr
	r := e.start(u.String())
	if s := r.sharedState(); s != "ok" {
		t.Fatalf("shared_state %q at start", s)
	}

	const total, workers = 120, 6
	type result struct {
		i      int
		status int
		body   string
		resp   string // response_url of the command
	}
	results := make(chan result, total)
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				p := e.slack.SlashCommand(fmt.Sprintf("U%04d", i), "C9", "/salary", "CA")
				st, body := r.do(t, r.slack("/slack/commands", formCT, fakeslack.Form(p), time.Now()))
				results <- result{i, st, body, p["response_url"]}
			}
		}()
	}
	var degradedSeen, metricSeen bool
	for i := range total {
		switch i {
		case total / 3:
			proxy.Cut()
		case total / 3 * 2:
			degradedSeen = r.sharedState() == "degraded"
			metricSeen = r.metric(t, "careerbot_shared_state_degraded") == 1
			proxy.Restore(t)
		}
		next <- i
	}
	close(next)
	wg.Wait()
	close(results)
	answered := 0
	for res := range results {
		switch {
		case res.status == http.StatusOK && strings.Contains(res.body, "185,000"):
			answered++
		case res.status == http.StatusOK && strings.TrimSpace(res.body) == "":
			// A slow answer comes through response_url.
			post := e.slack.WaitResponsePost(t, res.resp, 15*time.Second)
			if strings.Contains(string(post.Body), "185,000") {
				answered++
			}
		default:
			t.Errorf("request %d: %d %.200s", res.i, res.status, res.body)
		}
	}
	if answered != total {
		t.Errorf("%d of %d questions answered across the outage", answered, total)
	}
	if !degradedSeen || !metricSeen {
		t.Errorf("during the outage: /readyz degraded %v, careerbot_shared_state_degraded 1 %v; want both\n%s",
			degradedSeen, metricSeen, r.logs.String())
	}
	waitFor(t, "the shared state to recover", func() bool { return r.sharedState() == "ok" })
	if v := r.metric(t, "careerbot_shared_state_degraded"); v != 0 {
		t.Errorf("careerbot_shared_state_degraded %v after recovery", v)
	}
	if v := r.metric(t, "careerbot_shared_state_fallbacks_total"); v != 1 {
		t.Errorf("careerbot_shared_state_fallbacks_total %v, want 1", v)
	}
	// Claims are shared again: a replay is refused, on Postgres.
	cmd := fakeslack.Form(e.slack.SlashCommand("U9999", "C9", "/salary", "CA"))
	at := time.Now()
	if st, _ := r.do(t, r.slack("/slack/commands", formCT, cmd, at)); st != http.StatusOK {
		t.Fatalf("after recovery: %d", st)
	}
	r2 := e.start(u.String())
	if st, _ := r2.do(t, r2.slack("/slack/commands", formCT, cmd, at)); st != http.StatusUnauthorized {
		t.Errorf("a request replayed to a second replica after the recovery: %d, want 401", st)
	}
}
