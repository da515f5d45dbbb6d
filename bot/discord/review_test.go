package discord

import (
	"bytes"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) { l.mu.Lock(); defer l.mu.Unlock(); return l.b.Write(p) }
func (l *logBuf) String() string              { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

func bufLogger(buf *logBuf) *slog.Logger {
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func eventuallyLog(t *testing.T, buf *logBuf, want string) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !strings.Contains(buf.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("log never had %q:\n%s", want, buf.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Connection errors name the self-hosted API actually called, not
// discord.com.
func TestConnectionErrorsNameTheConfiguredAPI(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + ln.Addr().String() + "/api/v9/"
	ln.Close() // nothing listens there
	eng := engine(t)
	var logs logBuf
	a, err := New(Config{Token: "x", ApplicationID: "1", APIURL: dead}, eng.Router, eng.Registry, bufLogger(&logs))
	if err != nil {
		t.Fatal(err)
	}
	startRun(t, a)
	eventuallyLog(t, &logs, "discord gateway connection failed")
	out := logs.String()
	if strings.Contains(out, "discord.com/api") {
		t.Errorf("logs name discord.com for a self-hosted API:\n%s", out)
	}
	if !strings.Contains(out, ln.Addr().String()+"/api/v9/gateway") {
		t.Errorf("logs do not name the URL called:\n%s", out)
	}
	if n := strings.Count(strings.SplitN(out, "\n", 2)[0], "adapter=discord"); n != 1 {
		t.Errorf("adapter=discord %d times on a line", n)
	}
}
