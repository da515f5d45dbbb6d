package httpapi

import (
	"bufio"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// serveForShutdown serves the real engine on a loopback listener; cancel
// starts the shutdown, served reports Serve's return.
func serveForShutdown(t *testing.T, cfg Config) (s *Server, addr string, cancel context.CancelFunc, served chan error) {
	t.Helper()
	b := testbot.New(t)
	s = New(Options{Config: cfg, Router: b.Router, Logger: slog.New(slog.DiscardHandler)})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served = make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-served:
		case <-time.After(30 * time.Second):
			t.Error("Serve did not return")
		}
	})
	return s, ln.Addr().String(), cancel, served
}

const askBody = `{"text":"/salary CA"}`

func askHead(n int) string {
	return "POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " + strconv.Itoa(n) + "\r\n\r\n"
}

func waitDraining(t *testing.T, s *Server) {
	t.Helper()
	for i := 0; i < 3000 && !s.Draining(); i++ {
		time.Sleep(time.Millisecond)
	}
	if !s.Draining() {
		t.Fatal("shutdown did not begin")
	}
}

// A request whose body is still arriving when shutdown begins was accepted:
// it is answered (not 503) and told the connection closes.
func TestShutdownAnswersBodyStillArriving(t *testing.T) {
	s, addr, cancel, _ := serveForShutdown(t, Config{ShutdownTimeout: 20 * time.Second})
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	half := len(askBody) / 2
	io.WriteString(c, askHead(len(askBody))+askBody[:half])
	time.Sleep(100 * time.Millisecond) // the handler is reading the body
	cancel()
	waitDraining(t, s)
	io.WriteString(c, askBody[half:])
	c.SetReadDeadline(time.Now().Add(20 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("no response: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(string(body), "185,000") {
		t.Fatalf("%d %s", resp.StatusCode, body)
	}
	if !resp.Close {
		t.Error("response during shutdown does not close the connection")
	}
}

// Requests already sent on keep-alive connections when shutdown begins are
// answered, not met with EOF or a reset.
func TestShutdownAnswersRequestsAlreadySent(t *testing.T) {
	_, addr, cancel, _ := serveForShutdown(t, Config{ShutdownTimeout: 20 * time.Second})
	const n = 8
	conns := make([]net.Conn, n)
	readers := make([]*bufio.Reader, n)
	for i := range conns {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		conns[i], readers[i] = c, bufio.NewReader(c)
		io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
		resp, err := http.ReadResponse(readers[i], nil)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	// Every connection is idle and kept alive: send, then shut down at once.
	for _, c := range conns {
		io.WriteString(c, askHead(len(askBody))+askBody)
	}
	cancel()
	for i, c := range conns {
		c.SetReadDeadline(time.Now().Add(20 * time.Second))
		resp, err := http.ReadResponse(readers[i], nil)
		if err != nil {
			t.Errorf("conn %d: request already sent got %v", i, err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || !strings.Contains(string(body), "185,000") {
			t.Errorf("conn %d: %d %s", i, resp.StatusCode, body)
		}
	}
}

// Idle keep-alive connections are closed cleanly (EOF, no reset) and the
// drain does not wait for the whole shutdown timeout because of them.
func TestShutdownClosesIdleConnectionsCleanly(t *testing.T) {
	_, addr, cancel, served := serveForShutdown(t, Config{ShutdownTimeout: 20 * time.Second})
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	start := time.Now()
	cancel()
	c.SetReadDeadline(time.Now().Add(20 * time.Second))
	if _, err := r.ReadByte(); !errors.Is(err, io.EOF) {
		t.Fatalf("idle connection: %v, want a clean EOF", err)
	}
	select {
	case err := <-served:
		served <- err
	case <-time.After(5 * time.Second):
		t.Fatal("drain waited on an idle connection")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("drain took %v", d)
	}
}

// A response that starts after shutdown began says the connection closes,
// though its request arrived (and its handler started) before: the header
// is decided when the response starts, not when the request did.
func TestShutdownClosesResponseStartedAfterDrain(t *testing.T) {
	s := New(Options{Config: Config{ShutdownTimeout: time.Second}, Logger: slog.New(slog.DiscardHandler)})
	s.Handle("/test/drain-then-answer", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.draining.Store(true) // shutdown begins while the handler runs
		io.WriteString(w, "done")
	}))
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/test/drain-then-answer", nil))
	if rec.Body.String() != "done" {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	if got := rec.Header().Get("Connection"); got != "close" {
		t.Errorf("Connection header %q, want close: a response started after shutdown began keeps the connection", got)
	}
	rec = httptest.NewRecorder()
	s.draining.Store(false)
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if got := rec.Header().Get("Connection"); got != "" {
		t.Errorf("Connection header %q before shutdown", got)
	}
}
