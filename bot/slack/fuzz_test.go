package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// FuzzPayloads feeds arbitrary bodies to the three HTTP endpoints (signed,
// so they get past verification), to Slack text decoding and to the Block
// Kit renderer. Nothing may panic or answer 5xx, and rendered output must
// stay valid and unable to ping anyone.
func FuzzPayloads(f *testing.F) {
	fake := fakeslack.NewServer(fakeslack.Options{})
	defer fake.Close()
	seeds := [][]byte{
		fakeslack.Form(fake.SlashCommand("U1", "C1", "/salary", "CA")),
		fakeslack.Form(fake.SlashCommand("U1", "C1", "/career", "<!channel> what certifications help?")),
		fakeslack.InteractiveForm(fake.BlockActions("U1", fakeslack.Container{Channel: "C1", MessageTS: "1.2", Ephemeral: true}, followUpPrefix+"0", "cb1|salary?state=CA")),
		[]byte(`{"type":"url_verification","challenge":"abc"}`),
		[]byte(`{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","user":"U1","text":"<@U0BOT> hi","ts":"1.1","channel":"C1"}}`),
		[]byte(`{"type":"event_callback","event_id":"Ev2","event":{"type":"message","channel_type":"im","user":"U1","text":"/salary <!here>","ts":"1.2","channel":"D1"}}`),
		[]byte(`{"type":"event_callback","event":null}`),
		[]byte(`payload=%7B%22type%22%3A%22block_actions%22%2C%22actions%22%3A%5B%7B%7D%5D%7D`),
		[]byte("### **<!everyone>** [x](https://e.com|<!here>) &amp; <@U1|x> __u__\n- \xff"),
		[]byte{},
	}
	for _, s := range seeds {
		f.Add(s)
	}

	tb := testbot.New(f)
	a, err := New(Config{BotToken: fake.BotToken, Mode: "http", SigningSecret: testSecret, APIURL: fake.APIURL(),
		Now: fixedNow, SlowAnswer: 2 * time.Second, HTTPClient: loopbackOnly()},
		tb.Router, tb.Registry, slog.New(slog.DiscardHandler))
	if err != nil {
		f.Fatal(err)
	}
	defer a.shutdown()

	f.Fuzz(func(t *testing.T, body []byte) { fuzzOne(t, a, body) })
}

// loopbackOnly is an HTTP client that refuses every host but 127.0.0.1:
// fuzzed payloads carry arbitrary response_urls.
func loopbackOnly() *http.Client {
	d := &net.Dialer{Timeout: 2 * time.Second}
	return &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{
		Proxy: nil,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			host, _, err := net.SplitHostPort(addr)
			if err != nil || host != "127.0.0.1" {
				return nil, fmt.Errorf("test client: %s is not loopback", addr)
			}
			return d.DialContext(ctx, network, addr)
		},
	}}
}

func fuzzOne(t *testing.T, a *Adapter, body []byte) {
	s := string(body)
	_ = decodeText(s, "U0BOT")

	m := render(&bot.Answer{Title: s, Body: s, Note: s, Fields: []bot.Field{{Label: s, Value: s}}, Bullets: []string{s},
		Source:    &bot.Source{GuideTitle: s, Section: s, URL: s, Publisher: s},
		FollowUps: []bot.FollowUp{{Label: s, Command: "salary", Options: map[string]string{"state": s}}}})
	raw, err := json.Marshal(m.Blocks)
	if err != nil {
		t.Fatal(err)
	}
	if code := fakeslack.ValidateBlocks(raw, m.Text); code != "" {
		t.Fatalf("render(%q): Slack would refuse: %s", s, code)
	}
	checkSafe(t, "render", blocksText(t, string(raw))+"\n"+m.Text)

	a.SetState(nil) // a fresh replay memory: the fuzzer repeats bodies
	for i, ep := range []struct{ path, ctype string }{
		{"/slack/commands", formType}, {"/slack/events", "application/json"}, {"/slack/interactive", formType},
	} {
		// One signature per endpoint: a signature is accepted once.
		ts := int64(1800000000 + i)
		req := httptest.NewRequest(http.MethodPost, ep.path, strings.NewReader(s))
		req.Header.Set("Content-Type", ep.ctype)
		req.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(ts, 10))
		req.Header.Set("X-Slack-Signature", fakeslack.Sign(testSecret, ts, body))
		w := httptest.NewRecorder()
		a.HTTPHandler().ServeHTTP(w, req)
		if w.Code != http.StatusOK && w.Code != http.StatusBadRequest {
			t.Fatalf("%s %q: status %d", ep.path, s, w.Code)
		}
		if w.Code == http.StatusOK && w.Body.Len() > 0 && strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
			var out ackMessage
			if json.Unmarshal(w.Body.Bytes(), &out) == nil && len(out.Blocks) > 0 {
				checkSafe(t, ep.path, blocksText(t, string(out.Blocks)))
			}
		}
	}
}
