package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/store"
	"github.com/careerbot-dev/careerbot/store/storetest"
)

// serveConfig runs `careerbot serve --config path` in-process until stop.
func serveConfig(t *testing.T, path, addr string) (logs *syncBuf, stop func() int) {
	t.Helper()
	logs = &syncBuf{}
	m := NewMain()
	m.Stdout, m.Stderr = logs, logs
	m.Getenv = func(string) string { return "" }
	if err := m.ParseFlags([]string{"serve", "--config", path}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		err := m.Run(ctx)
		if cerr := m.Close(); err == nil {
			err = cerr
		}
		done <- exitCode(m, err)
	}()
	waitFor(t, "the HTTP listener", func() bool {
		select {
		case code := <-done:
			t.Fatalf("serve exited %d:\n%s", code, logs.String())
		default:
		}
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == 200
	})
	return logs, func() int {
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(30 * time.Second):
			t.Fatal("serve did not stop")
			return -1
		}
	}
}

func postJSON(t *testing.T, url, body string, header ...string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("%s: %d %s", url, resp.StatusCode, b)
	}
	return resp.StatusCode, out
}

type jsonReport struct {
	Questions  int `json:"questions"`
	Answered   int `json:"answered"`
	Unanswered []struct {
		Text     string    `json:"text"`
		Count    int       `json:"count"`
		LastSeen time.Time `json:"last_seen"`
	} `json:"unanswered"`
	Feedback []struct {
		Question, Vote, Reason, Career, Section string
	} `json:"feedback"`
}

// The "done when": through /v1/ask and /v1/feedback, a refused
// question and a 👎 appear in `careerbot report --format json` after a
// restart of serve, on SQLite and on Postgres.
func TestAskFeedbackRestartReport(t *testing.T) {
	for _, e := range storetest.Engines(t) {
		t.Run(e.Name, func(t *testing.T) {
			cfg := e.Config(t)
			storeYAML := ""
			if cfg.URL != "" {
				storeYAML = "store:\n  url: \"" + cfg.URL + "\"\n"
			}
			dir := t.TempDir()
			addr := freeAddr(t)
			path := filepath.Join(dir, "config.yaml")
			os.WriteFile(path, []byte("http:\n  listen: "+addr+"\n  user_header: X-User\n"+storeYAML), 0o644)

			logs, stop := serveConfig(t, path, addr)
			base := "http://" + addr
			code, refused := postJSON(t, base+"/v1/ask", `{"text":"recipe for chocolate cake"}`, "X-User", "alice")
			if code != 200 || refused["answered"] != false || refused["answer_id"] == nil {
				t.Fatalf("refused question: %d %v", code, refused)
			}
			code, ans := postJSON(t, base+"/v1/ask", `{"text":"what certifications help an ML engineer?"}`, "X-User", "alice")
			id, _ := ans["answer_id"].(string)
			if code != 200 || ans["answered"] != true || id == "" {
				t.Fatalf("answered question: %d %v", code, ans)
			}
			// 👍 then a change of mind: 👎 "out of date".
			if code, body := postJSON(t, base+"/v1/feedback", `{"answer_id":"`+id+`","vote":"up"}`, "X-User", "bob"); code != 200 {
				t.Fatalf("feedback up: %d %v", code, body)
			}
			if code, body := postJSON(t, base+"/v1/feedback", `{"answer_id":"`+id+`","vote":"down","reason":"out of date"}`, "X-User", "bob"); code != 200 {
				t.Fatalf("feedback down: %d %v", code, body)
			}
			if code, _ := postJSON(t, base+"/v1/feedback", `{"answer_id":"`+id+`","vote":"meh"}`); code != 400 {
				t.Fatalf("bad vote: %d, want 400", code)
			}
			if code, _ := postJSON(t, base+"/v1/feedback", `{"answer_id":"abcdefghijklmnop","vote":"up"}`); code != 404 {
				t.Fatalf("unknown answer: %d, want 404", code)
			}
			resp, err := http.Get(base + "/readyz")
			if err != nil {
				t.Fatal(err)
			}
			ready, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if !strings.Contains(string(ready), `"store":{"state":"ok"}`) {
				t.Fatalf("/readyz = %s; want the store's state", ready)
			}
			if code := stop(); code != 0 {
				t.Fatalf("exit %d:\n%s", code, logs.String())
			}
			if cfg.URL == "" {
				if _, err := os.Stat(filepath.Join(dir, "careerbot.db")); err != nil {
					t.Fatalf("no careerbot.db next to the config: %v", err)
				}
			}
			// Restart: the vote on an answer from the previous run is found
			// in the store (not in memory) and still counts.
			logs, stop = serveConfig(t, path, addr)
			if code, body := postJSON(t, base+"/v1/feedback", `{"answer_id":"`+id+`","vote":"down","reason":"wrong"}`, "X-User", "carol"); code != 200 {
				t.Fatalf("feedback after restart: %d %v", code, body)
			}
			if code := stop(); code != 0 {
				t.Fatalf("exit %d:\n%s", code, logs.String())
			}

			out, errOut, code := run(t, "", nil, "report", "--config", path, "--format", "json", "--since", "7d")
			if code != 0 {
				t.Fatalf("report exit %d: %s", code, errOut)
			}
			var r jsonReport
			if err := json.Unmarshal([]byte(out), &r); err != nil {
				t.Fatalf("report json: %v\n%s", err, out)
			}
			if r.Questions != 2 || r.Answered != 1 {
				t.Fatalf("questions %d answered %d, want 2 and 1\n%s", r.Questions, r.Answered, out)
			}
			if len(r.Unanswered) != 1 || r.Unanswered[0].Text != "recipe for chocolate cake" || r.Unanswered[0].Count != 1 ||
				time.Since(r.Unanswered[0].LastSeen) > time.Hour {
				t.Fatalf("unanswered = %+v", r.Unanswered)
			}
			downs := map[string]string{}
			for _, f := range r.Feedback {
				if f.Vote == "down" {
					downs[f.Reason] = f.Question
					if f.Career == "" {
						t.Errorf("👎 without its career: %+v", f)
					}
				}
			}
			if len(r.Feedback) != 2 || downs["out_of_date"] == "" || downs["wrong"] == "" ||
				!strings.Contains(downs["wrong"], "certifications") {
				t.Fatalf("feedback = %+v; want bob's changed vote and carol's, both 👎 with the question", r.Feedback)
			}
			for _, f := range []string{"table", "csv"} {
				out, _, code := run(t, "", nil, "report", "--config", path, "--format", f)
				if code != 0 || !strings.Contains(out, "recipe for chocolate cake") {
					t.Fatalf("report --format %s: exit %d\n%s", f, code, out)
				}
			}
			// forget: alice's questions, and the votes on them, are gone.
			out, _, code = run(t, "", nil, "forget", "--config", path, "--user", "http:user:alice")
			if code != 0 || !strings.Contains(out, "4 record(s)") {
				t.Fatalf("forget: exit %d %q; want 2 questions and 2 votes (bob changed his) deleted", code, out)
			}
			out, _, _ = run(t, "", nil, "report", "--config", path, "--format", "json")
			if strings.Contains(out, "chocolate") {
				t.Fatalf("report after forget still has alice's question:\n%s", out)
			}
		})
	}
}

func TestStoreFaultsAtStart(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.db")
	os.WriteFile(bad, []byte(strings.Repeat("not a database ", 100)), 0o644)
	addr := freeAddr(t)
	p := filepath.Join(dir, "c.yaml")
	os.WriteFile(p, []byte("http:\n  listen: "+addr+"\nstore:\n  path: bad.db\n"), 0o644)
	_, errOut, code := run(t, "", nil, "serve", "--config", p)
	if code != 1 || !strings.Contains(errOut, "store.path") || !strings.Contains(errOut, bad) {
		t.Fatalf("exit %d, stderr %q; want a message naming store.path and the file", code, errOut)
	}
	os.WriteFile(p, []byte("http:\n  listen: "+addr+"\nstore:\n  url: postgres://cb@127.0.0.1:1/cb?connect_timeout=2\n"), 0o644)
	_, errOut, code = run(t, "", nil, "serve", "--config", p)
	if code != 1 || !strings.Contains(errOut, "store.url") {
		t.Fatalf("exit %d, stderr %q; want a message naming store.url", code, errOut)
	}
	// store.required: false runs without a store and says so.
	os.WriteFile(p, []byte("http:\n  listen: "+addr+"\nstore:\n  path: bad.db\n  required: false\n"), 0o644)
	logs, stop := serveConfig(t, p, addr)
	code, ans := postJSON(t, "http://"+addr+"/v1/ask", `{"text":"/salary CA"}`)
	if code != 200 || ans["answered"] != true || ans["answer_id"] != nil {
		t.Fatalf("ask without a store: %d %v", code, ans)
	}
	resp, err := http.Get("http://" + addr + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"state":"unavailable"`) {
		t.Fatalf("/readyz = %d %s; want ready with the store unavailable", resp.StatusCode, body)
	}
	if code, _ := postJSON(t, "http://"+addr+"/v1/feedback", `{"answer_id":"abcdefghijklmnop","vote":"up"}`); code != 404 {
		t.Fatalf("feedback without a store: %d", code)
	}
	if stop() != 0 || !strings.Contains(logs.String(), "running without a store") {
		t.Fatalf("log lacks the warning:\n%s", logs.String())
	}
}

func TestStoreConfigErrorsAndOff(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "c.yaml")
	os.WriteFile(p, []byte("log:\n  level: info\nstore:\n  path: a.db\n  url: postgres://x@127.0.0.1/x\n  retention: 5m\nhttp:\n  admin_token: short\n"), 0o644)
	_, errOut, code := run(t, "", nil, "serve", "--config", p)
	if code != 1 || !strings.Contains(errOut, p+":5: store.url") || !strings.Contains(errOut, p+":6: store.retention") ||
		!strings.Contains(errOut, p+":8: http.admin_token") {
		t.Fatalf("exit %d, stderr %q; want file:line: key for store.url and store.retention", code, errOut)
	}
	// store.enabled: false: nothing recorded, no file; ask never writes.
	addr := freeAddr(t)
	os.WriteFile(p, []byte("http:\n  listen: "+addr+"\nstore:\n  enabled: false\n"), 0o644)
	if _, _, code := run(t, "", nil, "ask", "--config", p, "/salary", "CA"); code != 0 {
		t.Fatal("ask failed")
	}
	logs, stop := serveConfig(t, p, addr)
	if code, ans := postJSON(t, "http://"+addr+"/v1/ask", `{"text":"/salary CA"}`); code != 200 || ans["answer_id"] != nil {
		t.Fatalf("ask with the store off: %d %v", code, ans)
	}
	stop()
	if _, err := os.Stat(filepath.Join(dir, "careerbot.db")); !os.IsNotExist(err) {
		t.Fatalf("careerbot.db exists with store.enabled: false (%v)\n%s", err, logs.String())
	}
	if _, errOut, code := run(t, "", nil, "report", "--config", p); code != 1 || !strings.Contains(errOut, "store.enabled") {
		t.Fatalf("report with the store off: exit %d %q", code, errOut)
	}
	if _, _, code := run(t, "", nil, "forget", "--user", "nocolon"); code != 2 {
		t.Fatalf("forget --user without PLATFORM: exit %d, want 2", code)
	}
	if _, _, code := run(t, "", nil, "report", "--since", "yesterday"); code != 2 {
		t.Fatalf("report --since yesterday: exit %d, want 2", code)
	}
	_ = store.DefaultRetention
}

// report and forget on a store that was never written say so and create
// nothing.
func TestReportWithoutAStore(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "c.yaml")
	os.WriteFile(p, []byte("log:\n  level: info\n"), 0o644)
	_, errOut, code := run(t, "", nil, "report", "--config", p)
	if code != 1 || !strings.Contains(errOut, "store.path") || !strings.Contains(errOut, "does not exist") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "careerbot.db")); !os.IsNotExist(err) {
		t.Fatalf("report created careerbot.db (%v)", err)
	}
}

// `careerbot ask` never opens the store.
func TestAskDoesNotWriteTheStore(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "c.yaml")
	os.WriteFile(p, []byte("log:\n  level: info\n"), 0o644)
	if _, _, code := run(t, "", nil, "ask", "--config", p, "recipe", "for", "cake"); code != 0 {
		t.Fatal("ask failed")
	}
	if _, err := os.Stat(filepath.Join(dir, "careerbot.db")); !os.IsNotExist(err) {
		t.Fatalf("ask created careerbot.db (%v)", err)
	}
}
