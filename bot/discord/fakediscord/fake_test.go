package fakediscord

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

const wait = 20 * time.Second

func do(t *testing.T, s *Server, method, path, auth string, body any) (int, []byte) {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, s.APIURL+strings.TrimPrefix(path, "/"), r)
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func TestRESTRecordsAndAnswers(t *testing.T) {
	s := New(t, Options{})
	auth := "Bot " + s.Token()
	if st, b := do(t, s, "GET", "/gateway", "", nil); st != 200 || !strings.Contains(string(b), s.GatewayURL) {
		t.Fatalf("gateway: %d %s", st, b)
	}
	if st, _ := do(t, s, "GET", "/users/@me", "Bot wrong", nil); st != 401 {
		t.Errorf("wrong token: %d", st)
	}
	cmds := []map[string]any{{"name": "salary", "description": "Salary", "options": []any{}}}
	path := "/applications/" + s.ApplicationID() + "/guilds/42/commands"
	if st, b := do(t, s, "PUT", path, auth, cmds); st != 200 || !strings.Contains(string(b), `"id"`) {
		t.Fatalf("PUT: %d %s", st, b)
	}
	if st, b := do(t, s, "GET", path, auth, nil); st != 200 || !strings.Contains(string(b), "salary") {
		t.Fatalf("GET: %d %s", st, b)
	}
	bad := []map[string]any{{"name": "x", "description": ""}}
	if st, _ := do(t, s, "PUT", path, auth, bad); st != 400 {
		t.Errorf("invalid command accepted: %d", st)
	}
	if st, _ := do(t, s, "PUT", "/guilds/42/members/7/roles/9", auth, nil); st != 204 {
		t.Errorf("role PUT: %d", st)
	}
	if st, _ := do(t, s, "DELETE", "/guilds/42/members/7/roles/9", auth, nil); st != 204 {
		t.Errorf("role DELETE: %d", st)
	}
	if st, b := do(t, s, "POST", "/users/@me/channels", auth, map[string]string{"recipient_id": "7"}); st != 200 || !strings.Contains(string(b), `"type":1`) {
		t.Errorf("DM channel: %d %s", st, b)
	}
	if st, _ := do(t, s, "POST", "/webhooks/1/tok", "", map[string]string{"content": "hi"}); st != 200 {
		t.Errorf("followup: %d", st)
	}
	c, err := s.WaitCall(wait, Match("POST", "/webhooks/1/tok"))
	if err != nil || !strings.Contains(string(c.Body), "hi") {
		t.Errorf("followup not recorded with its body: %+v %v", c, err)
	}
	if n := len(s.CallsMatching(MatchPrefix("", "/guilds/"))); n != 2 {
		t.Errorf("%d role calls recorded", n)
	}
}

func TestRESTFaults(t *testing.T) {
	s := New(t, Options{})
	auth := "Bot " + s.Token()
	s.AddFault(Fault{Method: "GET", Path: "/users/", Times: 1, Status: 429, RetryAfter: 1500 * time.Millisecond, Global: true})
	s.AddFault(Fault{Method: "GET", Path: "/gateway", Times: 1, Status: 502})
	req, _ := http.NewRequest("GET", s.APIURL+"users/@me", nil)
	req.Header.Set("Authorization", auth)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") != "2" || resp.Header.Get("X-RateLimit-Global") != "true" ||
		!strings.Contains(string(b), `"retry_after":1.5`) {
		t.Errorf("429: %d %v %s", resp.StatusCode, resp.Header, b)
	}
	if st, _ := do(t, s, "GET", "/users/@me", auth, nil); st != 200 {
		t.Errorf("fault applied more than Times: %d", st)
	}
	if st, _ := do(t, s, "GET", "/gateway", "", nil); st != 502 {
		t.Errorf("502 fault: %d", st)
	}
	s.AddFault(Fault{Path: "/users/", Times: 1, Drop: true})
	req, _ = http.NewRequest("GET", s.APIURL+"users/@me", nil)
	fresh := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}} // no silent retry on a reused conn
	if _, err := fresh.Do(req); err == nil {
		t.Errorf("dropped connection answered")
	}
	s.AddFault(Fault{Path: "/users/", Times: 1, Delay: 200 * time.Millisecond})
	start := time.Now()
	do(t, s, "GET", "/users/@me", auth, nil)
	if time.Since(start) < 200*time.Millisecond {
		t.Errorf("delay fault not applied")
	}
}

// gwClient is a minimal gateway client speaking the protocol by hand.
type gwClient struct {
	t *testing.T
	c *websocket.Conn
}

func dial(t *testing.T, s *Server) *gwClient {
	c, _, err := websocket.DefaultDialer.Dial(s.GatewayURL+"/?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	g := &gwClient{t: t, c: c}
	if p := g.read(); p.Op != 10 {
		t.Fatalf("first payload op %d, want HELLO", p.Op)
	}
	return g
}

func (g *gwClient) read() gwPayload {
	g.t.Helper()
	_ = g.c.SetReadDeadline(time.Now().Add(wait))
	var p gwPayload
	if err := g.c.ReadJSON(&p); err != nil {
		g.t.Fatalf("read: %v", err)
	}
	return p
}

func (g *gwClient) send(op int, d any) {
	if err := g.c.WriteJSON(map[string]any{"op": op, "d": d}); err != nil {
		g.t.Fatal(err)
	}
}

func TestGatewayProtocol(t *testing.T) {
	s := New(t, Options{DisallowedIntents: IntentMessageContent})
	// Handshake, heartbeat ack, sharded dispatch.
	shards := make([]*gwClient, 2)
	for i := range shards {
		g := dial(t, s)
		g.send(2, map[string]any{"token": "Bot " + s.Token(), "intents": 513, "shard": []int{i, 2}})
		if p := g.read(); p.T == nil || *p.T != "READY" {
			t.Fatalf("no READY: %+v", p)
		}
		g.send(1, 1)
		if p := g.read(); p.Op != 11 {
			t.Fatalf("heartbeat answered with op %d", p.Op)
		}
		shards[i] = g
	}
	if err := s.WaitConnections(2, wait); err != nil {
		t.Fatal(err)
	}
	// Guild 1<<22 lives on shard 1; DMs on shard 0.
	if err := s.SendMemberAdd("4194304", User{ID: "7"}); err != nil {
		t.Fatal(err)
	}
	if p := shards[1].read(); *p.T != "GUILD_MEMBER_ADD" || !strings.Contains(string(p.D), `"4194304"`) {
		t.Errorf("shard 1 got %+v", p)
	}
	in := s.SlashCommand(User{ID: "7"}, "", "8", "help")
	if err := s.SendInteraction(in); err != nil {
		t.Fatal(err)
	}
	if p := shards[0].read(); *p.T != "INTERACTION_CREATE" || !strings.Contains(string(p.D), in.Token) {
		t.Errorf("shard 0 got %+v", p)
	}
	if ids := s.Identifies(); len(ids) != 2 || ids[1].Shard == nil || ids[1].Intents != 513 {
		t.Errorf("identifies %+v", ids)
	}

	closeCode := func(g *gwClient) int {
		_ = g.c.SetReadDeadline(time.Now().Add(wait))
		for {
			_, _, err := g.c.ReadMessage()
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				return ce.Code
			}
			if err != nil {
				return -1
			}
		}
	}
	g := dial(t, s)
	g.send(2, map[string]any{"token": "Bot nope", "intents": 1})
	if c := closeCode(g); c != CloseAuthenticationFailed {
		t.Errorf("bad token closed with %d", c)
	}
	g = dial(t, s)
	g.send(2, map[string]any{"token": s.Token(), "intents": IntentMessageContent | 1})
	if c := closeCode(g); c != CloseDisallowedIntents {
		t.Errorf("disallowed intent closed with %d", c)
	}
	s.SetIdentifyCloseCode(CloseShardingRequired)
	g = dial(t, s)
	g.send(2, map[string]any{"token": s.Token(), "intents": 1})
	if c := closeCode(g); c != CloseShardingRequired {
		t.Errorf("configured close code: %d", c)
	}
	s.SetIdentifyCloseCode(0)
	s.DropConnections()
	if n := s.Connections(); n != 0 {
		t.Errorf("%d connections after drop", n)
	}
	// The sessions survive the drop: the dispatch waits for a RESUME.
	if err := s.Dispatch("X", map[string]any{}); err != nil {
		t.Errorf("dispatch to a dropped, resumable session: %v", err)
	}
	s.InvalidateSessions()
	if err := s.Dispatch("X", map[string]any{}); !errors.Is(err, ErrNoConnection) {
		t.Errorf("dispatch without sessions: %v", err)
	}
}

// TestResumeReplaysMissedDispatches checks RESUME as Discord does it: the
// dispatches after the client's seq, in order, then RESUMED; INVALID_SESSION
// when the session is unknown or the buffer no longer reaches back.
func TestResumeReplaysMissedDispatches(t *testing.T) {
	s := New(t, Options{ReplayLimit: 5})
	g := dial(t, s)
	g.send(2, map[string]any{"token": s.Token(), "intents": 1})
	ready := g.read()
	if ready.T == nil || *ready.T != "READY" || ready.S == nil || *ready.S != 1 {
		t.Fatalf("READY %+v", ready)
	}
	var rd struct {
		SessionID string `json:"session_id"`
	}
	if err := json.Unmarshal(ready.D, &rd); err != nil || rd.SessionID == "" {
		t.Fatalf("READY without session_id: %s", ready.D)
	}
	// seq 2 and 3 are read; 4 is sent but, say, lost in the drop.
	for i := 2; i <= 4; i++ {
		if err := s.Dispatch("EV", map[string]any{"n": i}); err != nil {
			t.Fatal(err)
		}
	}
	for i := 2; i <= 3; i++ {
		if p := g.read(); p.S == nil || *p.S != int64(i) {
			t.Fatalf("dispatch %d: %+v", i, p)
		}
	}
	s.DropConnections()
	if err := s.WaitConnections(1, 10*time.Millisecond); err == nil {
		t.Fatal("connection still ready after a drop")
	}
	// Dispatched while disconnected: 5 and 6.
	for i := 5; i <= 6; i++ {
		if err := s.Dispatch("EV", map[string]any{"n": i}); err != nil {
			t.Fatalf("dispatch while disconnected: %v", err)
		}
	}
	g2 := dial(t, s)
	g2.send(6, map[string]any{"token": "Bot " + s.Token(), "session_id": rd.SessionID, "seq": 3})
	for i := 4; i <= 6; i++ {
		p := g2.read()
		if p.Op != 0 || p.S == nil || *p.S != int64(i) || p.T == nil || *p.T != "EV" ||
			!strings.Contains(string(p.D), `"n":`+strconv.Itoa(i)) {
			t.Fatalf("replay %d: %+v %s", i, p, p.D)
		}
	}
	if p := g2.read(); p.T == nil || *p.T != "RESUMED" || p.S == nil || *p.S != 7 {
		t.Fatalf("after the replay: %+v", p)
	}
	// The fake counts a resume just after it sends RESUMED: wait for it.
	for deadline := time.Now().Add(2 * time.Second); s.Resumes() != 1 && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	if s.Resumes() != 1 || s.Replayed() != 3 {
		t.Errorf("resumes %d, replayed %d; want 1, 3", s.Resumes(), s.Replayed())
	}
	// Live again: the next dispatch comes straight through.
	if err := s.Dispatch("EV", map[string]any{"n": 8}); err != nil {
		t.Fatal(err)
	}
	if p := g2.read(); p.S == nil || *p.S != 8 {
		t.Fatalf("live dispatch after RESUME: %+v", p)
	}

	// More missed dispatches than the session keeps (5): INVALID_SESSION.
	s.DropConnections()
	for i := 0; i < 7; i++ {
		if err := s.Dispatch("EV", map[string]any{"n": 9 + i}); err != nil {
			t.Fatal(err)
		}
	}
	g3 := dial(t, s)
	g3.send(6, map[string]any{"token": s.Token(), "session_id": rd.SessionID, "seq": 8})
	if p := g3.read(); p.Op != 9 || string(p.D) != "false" {
		t.Fatalf("resume past the buffer: %+v %s", p, p.D)
	}
	// The session is gone for good; an unknown one is refused the same way.
	g4 := dial(t, s)
	g4.send(6, map[string]any{"token": s.Token(), "session_id": rd.SessionID, "seq": 15})
	if p := g4.read(); p.Op != 9 {
		t.Fatalf("resume of an invalidated session: %+v", p)
	}
	if n := s.InvalidSessions(); n != 2 {
		t.Errorf("%d INVALID_SESSIONs, want 2", n)
	}
	// The client identifies again and gets a fresh session.
	g4.send(2, map[string]any{"token": s.Token(), "intents": 1})
	if p := g4.read(); p.T == nil || *p.T != "READY" || p.S == nil || *p.S != 1 {
		t.Fatalf("identify after INVALID_SESSION: %+v", p)
	}
}

func TestMembersRolesGuildAndCodedFaults(t *testing.T) {
	s := New(t, Options{})
	auth := "Bot " + s.Token()
	s.SetGuild("42", Guild{Name: "Careers", MemberCount: 1234})
	if st, b := do(t, s, "GET", "/guilds/42?with_counts=true", auth, nil); st != 200 ||
		!strings.Contains(string(b), `"name":"Careers"`) || !strings.Contains(string(b), `"approximate_member_count":1234`) {
		t.Fatalf("guild: %d %s", st, b)
	}
	if st, b := do(t, s, "GET", "/guilds/42/members/7", auth, nil); st != 404 || !strings.Contains(string(b), "10007") {
		t.Errorf("unknown member: %d %s", st, b)
	}
	s.SetMemberRoles("42", "7", "1", "2")
	do(t, s, "PUT", "/guilds/42/members/7/roles/3", auth, nil)
	do(t, s, "DELETE", "/guilds/42/members/7/roles/1", auth, nil)
	do(t, s, "PUT", "/guilds/42/members/7/roles/3", auth, nil) // idempotent
	roles, ok := s.MemberRoles("42", "7")
	if !ok || strings.Join(roles, ",") != "2,3" {
		t.Errorf("roles after PUT 3, DELETE 1: %v %v", roles, ok)
	}
	if st, b := do(t, s, "GET", "/guilds/42/members/7", auth, nil); st != 200 || !strings.Contains(string(b), `"roles":["2","3"]`) {
		t.Errorf("member: %d %s", st, b)
	}
	in := s.Select(User{ID: "7"}, "42", "5", "menu", []string{"a", "b"}, nil)
	data := in.Payload["data"].(map[string]any)
	if data["component_type"] != 3 || len(data["values"].([]any)) != 2 {
		t.Errorf("select data %v", data)
	}
	if r := in.Payload["member"].(map[string]any)["roles"].([]any); len(r) != 2 {
		t.Errorf("select member roles %v", r)
	}
	s.AddFault(Fault{Method: "POST", Path: "/channels/", Times: 1, Status: 403, Code: 50007})
	if st, b := do(t, s, "POST", "/channels/9/messages", auth, map[string]string{"content": "x"}); st != 403 ||
		!strings.Contains(string(b), `"code":50007`) || !strings.Contains(string(b), "Cannot send messages") {
		t.Errorf("coded fault: %d %s", st, b)
	}
	if st, _ := do(t, s, "POST", "/channels/9/messages", auth, map[string]string{"content": "x"}); st != 200 {
		t.Errorf("fault outlived Times: %d", st)
	}
}

func TestGatewayDown(t *testing.T) {
	s := New(t, Options{})
	s.SetGatewayDown(true)
	_, resp, err := websocket.DefaultDialer.Dial(s.GatewayURL+"/?v=9&encoding=json", nil)
	if err == nil || resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("dial while down: %v %v", resp, err)
	}
	s.SetGatewayDown(false)
	g := dial(t, s)
	g.send(2, map[string]any{"token": s.Token(), "intents": 1})
	if p := g.read(); p.T == nil || *p.T != "READY" {
		t.Fatalf("after the outage: %+v", p)
	}
}
