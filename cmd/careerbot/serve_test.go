package main

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"
	"github.com/careerbot-dev/careerbot/bot/slack/fakeslack"
)

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServe runs `careerbot serve --config FILE` in-process and returns a
// stop function that cancels it (as SIGTERM would) and returns its exit code.
func startServe(t *testing.T, config string) (addr string, logs *syncBuf, stop func() int) {
	t.Helper()
	addr = freeAddr(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(p, []byte("http:\n  listen: "+addr+"\n"+config), 0o644); err != nil {
		t.Fatal(err)
	}
	logs = &syncBuf{}
	m := NewMain()
	m.Stdout, m.Stderr = logs, logs
	m.Getenv = func(string) string { return "" }
	if err := m.ParseFlags([]string{"serve", "--config", p}); err != nil {
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
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil && resp.StatusCode == 200
	})
	return addr, logs, func() int {
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

func TestServeWithoutTokens(t *testing.T) {
	addr, logs, stop := startServe(t, "")
	resp, err := http.Post("http://"+addr+"/v1/ask", "application/json", strings.NewReader(`{"text":"/salary CA"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "185,000") {
		t.Fatalf("/v1/ask: %d %s", resp.StatusCode, body)
	}
	resp, err = http.Get("http://" + addr + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("/readyz = %d with no adapters", resp.StatusCode)
	}
	if code := stop(); code != 0 {
		t.Errorf("exit %d after shutdown:\n%s", code, logs.String())
	}
	for _, want := range []string{"discord is off", "slack is off", "careerbot stopped"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
}

func TestServeDiscordGateway(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	addr, logs, stop := startServe(t, "discord:\n  token: "+f.Token()+"\n  api_url: "+f.APIURL+"\n  guild_ids: [\"500\"]\n")
	if _, err := f.WaitIdentifies(1, 20*time.Second); err != nil {
		t.Fatalf("no IDENTIFY: %v\n%s", err, logs.String())
	}
	waitFor(t, "readyz", func() bool {
		resp, err := http.Get("http://" + addr + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	})
	in := f.SlashCommand(fakediscord.User{ID: "42", Username: "alice"}, "500", "600", "salary", fakediscord.Str("state", "CA"))
	if err := f.SendInteraction(in); err != nil {
		t.Fatal(err)
	}
	call, err := f.WaitResponse(in, 20*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(call.Body), "185,000") {
		t.Errorf("callback lacks 185,000: %s", call.Body)
	}
	// Metrics counted the question.
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(metrics), `platform="discord"`) {
		t.Errorf("no discord question in /metrics")
	}
	if code := stop(); code != 0 {
		t.Errorf("exit %d:\n%s", code, logs.String())
	}
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Count(l, "adapter=discord") > 1 {
			t.Errorf("adapter=discord twice: %s", l)
			break
		}
	}
}

func TestServeDiscordBadTokenStops(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	addr := freeAddr(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "c.yaml")
	os.WriteFile(p, []byte("http:\n  listen: "+addr+"\ndiscord:\n  token: wrong\n  api_url: "+f.APIURL+"\n"), 0o644)
	out, errOut, code := run(t, "", nil, "serve", "--config", p)
	if code != 1 || !strings.Contains(errOut, "discord") || !strings.Contains(strings.ToLower(errOut), "token") {
		t.Fatalf("exit %d, stderr %q, stdout %q", code, errOut, out)
	}
	_ = json.Valid
}

func TestServeSlackSocketMode(t *testing.T) {
	f := fakeslack.New(t, fakeslack.Options{})
	addr, logs, stop := startServe(t, "slack:\n  bot_token: "+f.BotToken+"\n  app_token: "+f.AppToken+"\n  api_url: "+f.APIURL()+"\n")
	f.WaitConnections(t, 1, 20*time.Second)
	waitFor(t, "readyz", func() bool {
		resp, err := http.Get("http://" + addr + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	})
	id := f.Send("slash_commands", f.SlashCommand("U1", "C1", "/salary", "CA"))
	ack := f.WaitAck(t, id, 20*time.Second)
	if !strings.Contains(string(ack.Payload), "185,000") {
		t.Errorf("ack lacks 185,000: %s", ack.Payload)
	}
	if code := stop(); code != 0 {
		t.Errorf("exit %d:\n%s", code, logs.String())
	}
}

// SIGHUP never ends serve: without a content folder it logs that there is
// nothing to reload and goes on serving.
func TestServeSIGHUPWithoutContentFolder(t *testing.T) {
	addr, logs, stop := startServe(t, "")
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the SIGHUP log line", func() bool { return strings.Contains(logs.String(), "SIGHUP: nothing to reload") })
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatalf("not serving after SIGHUP: %v", err)
	}
	resp.Body.Close()
	if code := stop(); code != 0 {
		t.Errorf("exit %d:\n%s", code, logs.String())
	}
}

// With content.watch off, SIGHUP still reloads the content folder.
func TestServeSIGHUPReloadsWithoutWatching(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f.md")
	os.WriteFile(file, []byte(fixtureGuide), 0o644)
	addr, logs, stop := startServe(t, "content_dir: "+dir+"\ncontent:\n  watch: false\n")
	os.WriteFile(file, []byte(strings.Replace(fixtureGuide, "median: 42000", "median: 47000", 1)), 0o644)
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the reload", func() bool {
		resp, err := http.Post("http://"+addr+"/v1/ask", "application/json", strings.NewReader(`{"text":"/salary TX"}`))
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return strings.Contains(string(b), "47,000")
	})
	if !strings.Contains(logs.String(), "reason=SIGHUP") {
		t.Errorf("no reload logged:\n%s", logs.String())
	}
	if code := stop(); code != 0 {
		t.Errorf("exit %d:\n%s", code, logs.String())
	}
}

// "careerbot serving" is logged only once the listener is bound; a taken
// port fails with the listen error.
func TestServeLogsServingAfterBind(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	p := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(p, []byte("http:\n  listen: "+ln.Addr().String()+"\n"), 0o644)
	_, errOut, code := run(t, "", nil, "serve", "--config", p)
	if code != 1 || !strings.Contains(errOut, "listen on "+ln.Addr().String()) {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if strings.Contains(errOut, "careerbot serving") {
		t.Errorf("claimed to serve on a port it could not bind:\n%s", errOut)
	}
}

// Commands the Discord server refused are reported in /readyz details and
// /metrics until a retry registers them.
func TestServeReportsUnregisteredCommands(t *testing.T) {
	f := fakediscord.New(t, fakediscord.Options{})
	f.AddFault(fakediscord.Fault{Method: http.MethodPut, Path: "/applications/", Status: 400, Code: 50035})
	addr, logs, stop := startServe(t, "discord:\n  token: "+f.Token()+"\n  api_url: "+f.APIURL+"\n  guild_ids: [\"500\"]\n")
	get := func(path string) string {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			return ""
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	waitFor(t, "readyz to report unregistered commands", func() bool {
		var d struct {
			Discord struct {
				Unregistered int `json:"commands_unregistered"`
			} `json:"discord"`
		}
		return json.Unmarshal([]byte(get("/readyz")), &d) == nil && d.Discord.Unregistered > 0
	})
	if m := get("/metrics"); !strings.Contains(m, `careerbot_commands_unregistered{adapter="discord"}`) ||
		strings.Contains(m, `careerbot_commands_unregistered{adapter="discord"} 0`) {
		t.Errorf("metrics do not report unregistered commands:\n%s", m)
	}
	f.ClearFaults()
	waitFor(t, "the retry to register the commands", func() bool {
		return strings.Contains(get("/metrics"), `careerbot_commands_unregistered{adapter="discord"} 0`)
	})
	if !strings.Contains(get("/readyz"), `"commands_unregistered":0`) {
		t.Errorf("readyz still reports unregistered commands: %s", get("/readyz"))
	}
	if code := stop(); code != 0 {
		t.Errorf("exit %d:\n%s", code, logs.String())
	}
}
