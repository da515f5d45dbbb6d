package main

import (
	"errors"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run the real program (main, its signal handling
// and exit codes) in a child process: the test binary re-executed with
// CAREERBOT_RUN_MAIN=1 runs main with the arguments after "--".
func TestMain(m *testing.M) {
	if os.Getenv("CAREERBOT_RUN_MAIN") == "1" {
		for i, a := range os.Args {
			if a == "--" {
				os.Args = append([]string{"careerbot"}, os.Args[i+1:]...)
				break
			}
		}
		main()
		return
	}
	os.Exit(m.Run())
}

// SIGHUP, sent to the real process the moment it answers, neither ends it
// (Go's default for SIGHUP is to exit with 129) nor stops it serving; SIGTERM
// then stops it with exit status 0.
func TestProcessSurvivesSIGHUP(t *testing.T) {
	addr := freeAddr(t)
	cfg := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(cfg, []byte("http:\n  listen: "+addr+"\n"), 0o644)
	var out syncBuf
	cmd := exec.Command(os.Args[0], "-test.run=^$", "--", "serve", "--config", cfg)
	cmd.Env = append(os.Environ(), "CAREERBOT_RUN_MAIN=1", "DISCORD_TOKEN=", "SLACK_BOT_TOKEN=")
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer cmd.Process.Kill()
	waitFor(t, "the process to serve", func() bool {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
		}
		return err == nil
	})
	if err := cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the SIGHUP log line", func() bool { return strings.Contains(out.String(), "SIGHUP: nothing to reload") })
	select {
	case err := <-exited:
		t.Fatalf("SIGHUP ended the process: %v\n%s", err, out.String())
	case <-time.After(200 * time.Millisecond):
	}
	if resp, err := http.Get("http://" + addr + "/healthz"); err != nil {
		t.Fatalf("not serving after SIGHUP: %v", err)
	} else {
		resp.Body.Close()
	}
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		var ee *exec.ExitError
		if err != nil && errors.As(err, &ee) {
			t.Fatalf("exit %d after SIGTERM:\n%s", ee.ExitCode(), out.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("SIGTERM did not stop the process")
	}
	if !strings.Contains(out.String(), "careerbot stopped") {
		t.Errorf("no clean stop logged:\n%s", out.String())
	}
}
