package fakeslack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

const wait = 20 * time.Second

func call(t *testing.T, s *Server, method, token string, form url.Values) (int, map[string]any, http.Header) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, s.APIURL()+method, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, m, resp.Header
}

func TestTokensAndFailures(t *testing.T) {
	s := New(t, Options{})
	cases := []struct{ method, token, want string }{
		{"auth.test", s.BotToken, ""},
		{"auth.test", s.AppToken, "not_allowed_token_type"},
		{"auth.test", "xoxb-other", "invalid_auth"},
		{"auth.test", "", "not_authed"},
		{"apps.connections.open", s.AppToken, ""},
		{"apps.connections.open", s.BotToken, "not_allowed_token_type"},
		{"apps.connections.open", "xapp-other", "invalid_auth"},
		{"no.such.method", s.BotToken, "unknown_method"},
	}
	for _, c := range cases {
		_, m, _ := call(t, s, c.method, c.token, nil)
		if got, _ := m["error"].(string); got != c.want {
			t.Errorf("%s with %q: error %q, want %q", c.method, c.token, got, c.want)
		}
	}
	s.RateLimit("chat.postMessage", 1, 7)
	status, m, h := call(t, s, "chat.postMessage", s.BotToken, url.Values{"channel": {"C1"}, "text": {"hi"}})
	if status != http.StatusTooManyRequests || h.Get("Retry-After") != "7" || m["error"] != "ratelimited" {
		t.Errorf("rate limit: %d %v %q", status, m, h.Get("Retry-After"))
	}
	if _, m, _ = call(t, s, "chat.postMessage", s.BotToken, url.Values{"channel": {"C1"}, "text": {"hi"}}); m["ok"] != true {
		t.Errorf("after the limit: %v", m)
	}
	s.Fail("*", "fatal_error", 1)
	if _, m, _ = call(t, s, "auth.test", s.BotToken, nil); m["error"] != "fatal_error" {
		t.Errorf("Fail(*): %v", m)
	}
	calls := s.Calls("chat.postMessage")
	if len(calls) != 2 || calls[1].Param("text") != "hi" || calls[1].Token != s.BotToken {
		t.Errorf("recorded calls: %+v", calls)
	}
}

func TestSocketModeRedeliversUnacked(t *testing.T) {
	s := New(t, Options{AckTimeout: 300 * time.Millisecond, PingInterval: 20 * time.Millisecond})
	_, m, _ := call(t, s, "apps.connections.open", s.AppToken, nil)
	u, _ := m["url"].(string)
	ws, _, err := websocket.DefaultDialer.Dial(u, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	var pings atomic.Int32
	ws.SetPingHandler(func(string) error { pings.Add(1); return nil })
	_ = ws.SetReadDeadline(time.Now().Add(wait))
	read := func() map[string]any {
		t.Helper()
		var env map[string]any
		if err := ws.ReadJSON(&env); err != nil {
			t.Fatal(err)
		}
		return env
	}
	if hello := read(); hello["type"] != "hello" {
		t.Fatalf("first frame %v, want hello", hello)
	}
	id := s.Send(EventsAPI, s.EventCallback("Ev1", s.DirectMessage("U1", "D1", "1.1", "hi")))
	first := read()
	if first["envelope_id"] != id || first["retry_attempt"] != float64(0) || first["type"] != "events_api" {
		t.Fatalf("first delivery %v", first)
	}
	// Not acked: delivered again with a new envelope id and retry_attempt 1.
	again := read()
	if again["envelope_id"] == id || again["retry_attempt"] != float64(1) || again["retry_reason"] != "timeout" {
		t.Fatalf("redelivery %v", again)
	}
	if p1, p2 := fmt.Sprint(first["payload"]), fmt.Sprint(again["payload"]); p1 != p2 {
		t.Errorf("redelivered payload differs")
	}
	if err := ws.WriteJSON(map[string]any{"envelope_id": again["envelope_id"]}); err != nil {
		t.Fatal(err)
	}
	s.WaitAck(t, again["envelope_id"].(string), wait)
	// Acked: the next frame is the next request, not another retry.
	next := s.Send(SlashCommands, s.SlashCommand("U1", "C1", "/salary", "CA"))
	if env := read(); env["envelope_id"] != next || env["accepts_response_payload"] != true {
		t.Fatalf("after the ack got %v, want the slash command", env)
	}
	if pings.Load() == 0 {
		t.Error("no websocket PING frames")
	}
	if ids := s.EnvelopeIDs(id); len(ids) != 2 {
		t.Errorf("envelope ids %v", ids)
	}

	s.Disconnect("refresh_requested")
	if env := read(); env["type"] != "disconnect" || env["reason"] != "refresh_requested" {
		t.Errorf("disconnect frame %v", env)
	}
}

func TestValidateBlocks(t *testing.T) {
	section := func(n int) string {
		return fmt.Sprintf(`{"type":"section","text":{"type":"mrkdwn","text":%q}}`, strings.Repeat("x", n))
	}
	many := func(n int, b string) string { return "[" + strings.TrimSuffix(strings.Repeat(b+",", n), ",") + "]" }
	fields := func(n, size int) string {
		f := fmt.Sprintf(`{"type":"mrkdwn","text":%q}`, strings.Repeat("y", size))
		return `[{"type":"section","fields":` + many(n, f) + `}]`
	}
	header := func(n int) string {
		return fmt.Sprintf(`[{"type":"header","text":{"type":"plain_text","text":%q}}]`, strings.Repeat("h", n))
	}
	button := func(n int) string {
		return fmt.Sprintf(`[{"type":"actions","elements":[{"type":"button","action_id":"a","value":"v","text":{"type":"plain_text","text":%q}}]}]`, strings.Repeat("b", n))
	}
	cases := []struct {
		blocks, want string
	}{
		{many(50, section(10)), ""},
		{many(51, section(10)), "invalid_blocks"},
		{"[" + section(3000) + "]", ""},
		{"[" + section(3001) + "]", "invalid_blocks"},
		{fields(10, 1000), ""},
		{fields(1, 2000), ""},
		{fields(11, 10), "invalid_blocks"},
		{fields(1, 2001), "invalid_blocks"},
		{header(150), ""},
		{header(151), "invalid_blocks"},
		{button(75), ""},
		{button(76), "invalid_blocks"},
		{many(5, section(2500)), "msg_blocks_too_long"},
		{"not json", "invalid_blocks_format"},
		{`[{"type":"mystery"}]`, "invalid_blocks"},
		{`[{"type":"divider","block_id":"a"},{"type":"divider","block_id":"b"},{"type":"divider"},{"type":"divider"}]`, ""},
		{`[{"type":"divider","block_id":"a"},{"type":"divider","block_id":"a"}]`, "invalid_blocks"},
		{`[{"type":"actions","block_id":"fb1|x","elements":[{"type":"button","action_id":"up","text":{"type":"plain_text","text":"up"}}]}]`, ""},
	}
	for i, c := range cases {
		if got := ValidateBlocks(json.RawMessage(c.blocks), ""); got != c.want {
			t.Errorf("case %d: %q, want %q", i, got, c.want)
		}
	}
}

func TestResponseURL(t *testing.T) {
	s := New(t, Options{})
	u := s.NewResponseURL()
	for i := 0; i < 6; i++ {
		resp, err := http.Post(u, "application/json", bytes.NewReader([]byte(`{"text":"hi"}`)))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		want := http.StatusOK
		if i == 5 {
			want = http.StatusNotFound // Slack: 5 posts per response_url
		}
		if resp.StatusCode != want {
			t.Errorf("post %d: %d, want %d", i+1, resp.StatusCode, want)
		}
	}
	if n := len(s.ResponsePosts(u)); n != 6 {
		t.Errorf("%d posts recorded", n)
	}
	s.WaitResponsePost(t, u, wait)
}

func TestViewsPublish(t *testing.T) {
	s := New(t, Options{})
	section := `{"type":"section","text":{"type":"mrkdwn","text":"hi"}}`
	blocks := func(n int) string { return "[" + strings.TrimSuffix(strings.Repeat(section+",", n), ",") + "]" }
	cases := []struct{ view, want string }{
		{`{"type":"home","blocks":` + blocks(100) + `}`, ""},
		{`{"type":"home","blocks":` + blocks(101) + `}`, "invalid_blocks"},
		{`{"type":"modal","blocks":` + blocks(1) + `}`, "invalid_arguments"},
		{`not json`, "invalid_arguments"},
	}
	for _, c := range cases {
		_, m, _ := call(t, s, "views.publish", s.BotToken, url.Values{"user_id": {"U1"}, "view": {c.view}})
		if got, _ := m["error"].(string); got != c.want {
			t.Errorf("view %.40s...: error %q, want %q", c.view, got, c.want)
		}
	}
	_, m, _ := call(t, s, "views.publish", s.BotToken, url.Values{"view": {`{"type":"home","blocks":[]}`}})
	if m["error"] != "invalid_arguments" {
		t.Errorf("no user_id: %v", m)
	}
}

// TestParseAck: the fast path and the decoder agree on what slack-go sends,
// and other messages fall back to decoding.
func TestParseAck(t *testing.T) {
	for _, c := range []struct {
		msg, id, payload string
		ok               bool
	}{
		{`{"envelope_id":"env-1"}`, "env-1", "", true},
		{`{"envelope_id":"env-2","payload":{"text":"hi \"there\"","blocks":[{"type":"actions"}]}}` + "\n", "env-2", `{"text":"hi \"there\"","blocks":[{"type":"actions"}]}`, true},
		{`{"payload":{"text":"x"},"envelope_id":"env-3"}`, "env-3", `{"text":"x"}`, true},
		{`{ "envelope_id" : "env-4" }`, "env-4", "", true},
		{`{"envelope_id":"env\u002d5"}`, "env-5", "", true},
		{`{"type":"hello"}`, "", "", false},
		{`not json`, "", "", false},
	} {
		id, payload, ok := parseAck([]byte(c.msg))
		if id != c.id || string(payload) != c.payload || ok != c.ok {
			t.Errorf("parseAck(%s) = %q, %s, %v; want %q, %s, %v", c.msg, id, payload, ok, c.id, c.payload, c.ok)
		}
	}
}
