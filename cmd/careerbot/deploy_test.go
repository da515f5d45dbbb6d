package main

import (
	"net/http"
	"os"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// The deployment files must match what the binary offers: a Docker
// HEALTHCHECK that runs a real subcommand, a non-root static image, and a
// systemd unit that reloads with SIGHUP (which serve handles) and restarts
// on failure. .ci/run also verifies the unit with systemd-analyze and runs
// the binary the Dockerfile builds.
func TestDockerfile(t *testing.T) {
	data, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	df := string(data)
	froms := regexp.MustCompile(`(?m)^FROM\s+(\S+)`).FindAllStringSubmatch(df, -1)
	if len(froms) < 2 {
		t.Fatalf("want a multi-stage build, found %d FROM lines", len(froms))
	}
	final := froms[len(froms)-1][1]
	if !strings.HasPrefix(final, "gcr.io/distroless/static") && final != "scratch" {
		t.Errorf("final stage %q: want distroless/static or scratch", final)
	}
	last := df[strings.LastIndex(df, "\nFROM "):]
	user := regexp.MustCompile(`(?m)^USER\s+(\S+)`).FindStringSubmatch(last)
	if user == nil || strings.HasPrefix(user[1], "0") || strings.HasPrefix(user[1], "root") {
		t.Errorf("final stage USER = %v: want a non-root user", user)
	}
	hc := regexp.MustCompile(`(?m)^\s*CMD \["/careerbot", "(\w+)"\]`).FindStringSubmatch(last[strings.Index(last, "HEALTHCHECK"):])
	if hc == nil || hc[1] != "healthcheck" {
		t.Fatalf("HEALTHCHECK must run /careerbot healthcheck: %v", hc)
	}
	if _, _, code := run(t, "", nil, hc[1], "--url", "http://127.0.0.1:1/healthz"); code != 1 {
		t.Errorf("careerbot %s with nothing listening: exit %d, want 1", hc[1], code)
	}
	for _, want := range []string{"scripts/release.sh", `VOLUME ["/data"]`, "CAREERBOT_HTTP_LISTEN=0.0.0.0:8080", "EXPOSE 8080"} {
		if !strings.Contains(df, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
	release, err := os.ReadFile("../../scripts/release.sh")
	if err != nil || !strings.Contains(string(release), "CGO_ENABLED=0") {
		t.Errorf("scripts/release.sh must build with CGO_ENABLED=0 (%v)", err)
	}
}

func TestSystemdUnit(t *testing.T) {
	data, err := os.ReadFile("../../deploy/careerbot.service")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string][]string{}
	for _, l := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(l), "="); ok && !strings.HasPrefix(l, "#") {
			keys[k] = append(keys[k], v)
		}
	}
	want := map[string]string{
		"ExecReload":      "/bin/kill -HUP $MAINPID",
		"Restart":         "on-failure",
		"NoNewPrivileges": "yes",
		"ProtectSystem":   "strict",
		"DynamicUser":     "yes",
	}
	for k, v := range want {
		if got := keys[k]; len(got) != 1 || got[0] != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
	start := keys["ExecStart"]
	if len(start) != 1 || !strings.HasSuffix(start[0], " serve --config /etc/careerbot/config.yaml") {
		t.Fatalf("ExecStart = %q", start)
	}
	// The command line parses.
	m := NewMain()
	m.Getenv = func(string) string { return "" }
	if err := m.ParseFlags([]string{"serve", "--config", "../../config.example.yaml"}); err != nil {
		t.Errorf("serve --config config.example.yaml: %v", err)
	}
}

// systemctl reload sends SIGHUP; without content_dir it used to end the
// process (Go's default for SIGHUP), which systemd counts as a clean stop.
func TestServeSurvivesSIGHUPWithoutContentDir(t *testing.T) {
	addr, logs, stop := startServe(t, "")
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the SIGHUP log line", func() bool { return strings.Contains(logs.String(), "SIGHUP: nothing to reload") })
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if code := stop(); code != 0 {
		t.Errorf("exit %d:\n%s", code, logs.String())
	}
}
