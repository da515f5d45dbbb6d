package slack

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
	"github.com/careerbot-dev/careerbot/metrics"
)

const testSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// Slack's documented request-signing example
// (https://api.slack.com/authentication/verifying-requests-from-slack).
const (
	exampleTS   = 1531420618
	exampleBody = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	exampleSig  = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

func TestVerifySlackDocumentedExample(t *testing.T) {
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", "1531420618")
	h.Set("X-Slack-Signature", exampleSig)
	at := func(d time.Duration) verifier {
		return verifier{secret: []byte(testSecret), now: func() time.Time { return time.Unix(exampleTS, 0).Add(d) }}
	}
	if got := at(0).sign("1531420618", []byte(exampleBody)); got != exampleSig {
		t.Fatalf("sign = %s, want %s", got, exampleSig)
	}
	if got := fakeslack.Sign(testSecret, exampleTS, []byte(exampleBody)); got != exampleSig {
		t.Fatalf("fakeslack.Sign = %s, want %s", got, exampleSig)
	}
	for _, d := range []time.Duration{0, 4 * time.Minute, -4 * time.Minute, 5 * time.Minute} {
		if err := at(d).verify(h, []byte(exampleBody)); err != nil {
			t.Errorf("clock %+v: %v", d, err)
		}
	}
	for _, d := range []time.Duration{5*time.Minute + time.Second, -6 * time.Minute, 24 * time.Hour} {
		if err := at(d).verify(h, []byte(exampleBody)); !errors.Is(err, errStale) {
			t.Errorf("clock %+v: got %v, want stale", d, err)
		}
	}
	if err := at(0).verify(h, []byte(exampleBody+"x")); !errors.Is(err, errBadSignature) {
		t.Errorf("tampered body: %v", err)
	}
	// The real clock is years past the example.
	if err := (verifier{secret: []byte(testSecret), now: time.Now}).verify(h, []byte(exampleBody)); !errors.Is(err, errStale) {
		t.Errorf("real clock: %v, want stale", err)
	}
	other := verifier{secret: []byte("another secret"), now: at(0).now}
	if err := other.verify(h, []byte(exampleBody)); !errors.Is(err, errBadSignature) {
		t.Errorf("wrong secret: %v", err)
	}
	h.Set("X-Slack-Request-Timestamp", "soon")
	if err := at(0).verify(h, []byte(exampleBody)); !errors.Is(err, errBadTimestamp) {
		t.Errorf("bad timestamp: %v", err)
	}
	if err := at(0).verify(http.Header{}, []byte(exampleBody)); !errors.Is(err, errUnsigned) {
		t.Errorf("unsigned: %v", err)
	}
}

// httpHarness runs the adapter in HTTP mode behind a test server, with a
// clock the test controls.
type httpHarness struct {
	*harness
	srv *httptest.Server
	now time.Time
}

func newHTTPHarness(t *testing.T, s setup) *httpHarness {
	hh := &httpHarness{now: time.Unix(1800000000, 0)}
	inner := s.cfg
	s.cfg = func(c *Config) {
		c.Mode = "http"
		c.AppToken = ""
		c.SigningSecret = testSecret
		c.Now = func() time.Time { return hh.now }
		if inner != nil {
			inner(c)
		}
	}
	hh.harness = newHarness(t, s)
	mux := http.NewServeMux()
	mux.Handle("/slack/", hh.a.HTTPHandler())
	hh.srv = httptest.NewServer(mux)
	t.Cleanup(hh.srv.Close)
	return hh
}

func (hh *httpHarness) do(req *http.Request) (int, string) {
	hh.t.Helper()
	resp, err := hh.srv.Client().Do(req)
	if err != nil {
		hh.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func (hh *httpHarness) signed(path, ctype string, body []byte) (int, string) {
	return hh.do(fakeslack.SignedRequest(hh.srv.URL+path, testSecret, hh.now, ctype, body))
}

const formType = "application/x-www-form-urlencoded"

func TestHTTPSlashCommand(t *testing.T) {
	hh := newHTTPHarness(t, setup{})
	if !hh.a.Ready() {
		t.Error("not Ready in HTTP mode")
	}
	status, body := hh.signed("/slack/commands", formType, fakeslack.Form(hh.fake.SlashCommand("U1", "C1", "/salary", "CA")))
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	var m ackMessage
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	if !strings.Contains(blocksText(t, string(m.Blocks)), "185,000") || m.ResponseType != "ephemeral" {
		t.Errorf("answer: %s", body)
	}
	if code := fakeslack.ValidateBlocks(m.Blocks, m.Text); code != "" {
		t.Errorf("Slack would refuse the answer: %s", code)
	}
	// ssl_check pings are answered without a command.
	if status, _ := hh.signed("/slack/commands", formType, []byte("ssl_check=1&token=x")); status != http.StatusOK {
		t.Errorf("ssl_check: %d", status)
	}
}

func TestHTTPRejectsBadRequests(t *testing.T) {
	hh := newHTTPHarness(t, setup{})
	body := fakeslack.Form(hh.fake.SlashCommand("U1", "C1", "/salary", "CA"))
	url := hh.srv.URL + "/slack/commands"

	tampered := fakeslack.SignedRequest(url, testSecret, hh.now, formType, body)
	tampered.Body = io.NopCloser(strings.NewReader(strings.Replace(string(body), "CA", "TX", 1)))
	tampered.ContentLength = -1

	stale := fakeslack.SignedRequest(url, testSecret, hh.now.Add(-6*time.Minute), formType, body)
	future := fakeslack.SignedRequest(url, testSecret, hh.now.Add(6*time.Minute), formType, body)
	wrongSecret := fakeslack.SignedRequest(url, "not the secret", hh.now, formType, body)
	unsigned, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(string(body)))
	unsigned.Header.Set("Content-Type", formType)
	noTimestamp := fakeslack.SignedRequest(url, testSecret, hh.now, formType, body)
	noTimestamp.Header.Del("X-Slack-Request-Timestamp")

	challenge := []byte(`{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	unsignedChallenge, _ := http.NewRequest(http.MethodPost, hh.srv.URL+"/slack/events", strings.NewReader(string(challenge)))

	event, _ := json.Marshal(hh.fake.EventCallback("EvBad", hh.fake.DirectMessage("U1", "D1", "1700000100.000001", "/salary CA")))
	forgedEvent := fakeslack.SignedRequest(hh.srv.URL+"/slack/events", "not the secret", hh.now, "application/json", event)
	staleButton := fakeslack.SignedRequest(hh.srv.URL+"/slack/interactive", testSecret, hh.now.Add(-time.Hour), formType,
		fakeslack.InteractiveForm(hh.fake.BlockActions("U1", fakeslack.Container{Channel: "C1", MessageTS: "1.2"}, followUpPrefix+"0", "cb1|certs")))

	for name, req := range map[string]*http.Request{
		"tampered": tampered, "stale": stale, "future": future, "wrong secret": wrongSecret,
		"unsigned": unsigned, "no timestamp": noTimestamp, "unsigned url_verification": unsignedChallenge,
		"forged event": forgedEvent, "stale button": staleButton,
	} {
		status, resp := hh.do(req)
		if status != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401 (%s)", name, status, resp)
		}
		if strings.Contains(resp, "185,000") || strings.Contains(resp, "challenge") {
			t.Errorf("%s: answered anyway: %s", name, resp)
		}
	}
	get, _ := http.NewRequest(http.MethodGet, url, nil)
	if status, _ := hh.do(get); status != http.StatusMethodNotAllowed {
		t.Errorf("GET: %d, want 405", status)
	}
	if status, _ := hh.signed("/slack/elsewhere", formType, body); status != http.StatusNotFound {
		t.Errorf("unknown path: %d, want 404", status)
	}
	big := make([]byte, maxBody+10)
	if status, _ := hh.signed("/slack/events", "application/json", big); status != http.StatusRequestEntityTooLarge {
		t.Errorf("huge body: %d, want 413", status)
	}
	hh.idle()
	if calls := hh.fake.Calls("chat.postMessage"); len(calls) != 0 {
		t.Errorf("bad requests made %d posts", len(calls))
	}
	if posts := hh.fake.ResponsePosts(""); len(posts) != 0 {
		t.Errorf("bad requests made %d response_url posts", len(posts))
	}
}

func TestHTTPEvents(t *testing.T) {
	hh := newHTTPHarness(t, setup{})
	status, body := hh.signed("/slack/events", "application/json",
		[]byte(`{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`))
	if status != http.StatusOK || !strings.Contains(body, `"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"`) {
		t.Errorf("url_verification: %d %s", status, body)
	}

	ev, _ := json.Marshal(hh.fake.EventCallback("EvHTTP", hh.fake.AppMention("U1", "C1", "1700000110.000001", "", "<@U0BOT> what certifications help?")))
	if status, _ := hh.signed("/slack/events", "application/json", ev); status != http.StatusOK {
		t.Fatalf("event: %d", status)
	}
	c := hh.fake.WaitCall(t, "chat.postMessage", wait, func(c fakeslack.Call) bool { return c.Param("channel") == "C1" })
	if c.Param("thread_ts") != "1700000110.000001" || !strings.Contains(blocksText(t, c.Param("blocks")), "AWS Machine Learning") {
		t.Errorf("mention answer: thread %q blocks %s", c.Param("thread_ts"), c.Param("blocks"))
	}
	// Slack's HTTP retry of the same event (X-Slack-Retry-Num) is not answered again.
	req := fakeslack.SignedRequest(hh.srv.URL+"/slack/events", testSecret, hh.now, "application/json", ev)
	req.Header.Set("X-Slack-Retry-Num", "1")
	req.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	if status, _ := hh.do(req); status != http.StatusOK {
		t.Errorf("retry: %d", status)
	}
	hh.idle()
	if n := len(hh.posts("C1")); n != 1 {
		t.Errorf("%d answers to one event, want 1", n)
	}

	// A button over HTTP.
	p := hh.fake.BlockActions("U1", fakeslack.Container{Channel: "C1", MessageTS: "1700000111.000001", Ephemeral: true}, followUpPrefix+"0", "cb1|salary?state=CA")
	if status, body := hh.signed("/slack/interactive", formType, fakeslack.InteractiveForm(p)); status != http.StatusOK {
		t.Fatalf("interactive: %d %s", status, body)
	}
	post := hh.fake.WaitResponsePost(t, p["response_url"].(string), wait)
	if !strings.Contains(string(post.Body), "185,000") {
		t.Errorf("button answer: %s", post.Body)
	}
	if status, _ := hh.signed("/slack/interactive", formType, []byte("payload=%7Bnot+json")); status != http.StatusBadRequest {
		t.Errorf("bad interactive payload: %d, want 400", status)
	}
}

func TestHTTPSlowAnswer(t *testing.T) {
	release := make(chan struct{})
	hh := newHTTPHarness(t, setup{
		cfg:    func(c *Config) { c.SlowAnswer = 50 * time.Millisecond },
		answer: func(n bot.Answerer) bot.Answerer { return gate{n, release} },
	})
	p := hh.fake.SlashCommand("U1", "C1", "/career", "what certifications help?")
	status, body := hh.signed("/slack/commands", formType, fakeslack.Form(p))
	if status != http.StatusOK || strings.TrimSpace(body) != "" {
		t.Fatalf("slow answer: want an empty 200 at once, got %d %q", status, body)
	}
	close(release)
	post := hh.fake.WaitResponsePost(t, p["response_url"], wait)
	if !strings.Contains(string(post.Body), "AWS Machine Learning") {
		t.Errorf("late answer: %s", post.Body)
	}
}

func TestHTTPNotConfigured(t *testing.T) {
	h := newHarness(t, setup{noRun: true})
	srv := httptest.NewServer(h.a.HTTPHandler())
	defer srv.Close()
	req := fakeslack.SignedRequest(srv.URL+"/slack/commands", "", time.Now(), formType, []byte("command=%2Fsalary"))
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("socket mode without signing secret: %d, want 404", resp.StatusCode)
	}
}

// A flood of unsigned requests writes one WARN line a minute, not one per
// request, and every one is counted in /metrics.
func TestHTTPUnsignedRequestsSampledAndCounted(t *testing.T) {
	m := metrics.New()
	hh := newHTTPHarness(t, setup{observer: m})
	url := hh.srv.URL + "/slack/commands"
	body := string(fakeslack.Form(hh.fake.SlashCommand("U1", "C1", "/salary", "CA")))
	send := func(n int) {
		for i := 0; i < n; i++ {
			req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
			req.Header.Set("Content-Type", formType)
			if status, _ := hh.do(req); status != http.StatusUnauthorized {
				t.Fatalf("status %d, want 401", status)
			}
		}
	}
	warns := func() int {
		return strings.Count(hh.logs.String(), "level=WARN msg=\"slack: rejected unverified request")
	}
	send(200)
	if n := warns(); n != 1 {
		t.Errorf("%d WARN lines for 200 unsigned requests, want 1", n)
	}
	hh.now = hh.now.Add(61 * time.Second)
	send(1)
	if n := warns(); n != 2 || !strings.Contains(hh.logs.String(), "not_logged_since_last=199") {
		t.Errorf("a minute later: %d WARN lines:\n%s", n, hh.logs.String())
	}
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if !strings.Contains(rec.Body.String(), `careerbot_requests_rejected_total{adapter="slack",reason="signature"} 201`) {
		t.Errorf("rejections not counted:\n%s", grepLines(rec.Body.String(), "rejected"))
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
