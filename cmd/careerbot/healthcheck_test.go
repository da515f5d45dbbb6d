package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

func TestHealthURL(t *testing.T) {
	for listen, want := range map[string]string{
		"127.0.0.1:8080": "http://127.0.0.1:8080/healthz",
		"0.0.0.0:9000":   "http://127.0.0.1:9000/healthz",
		":8080":          "http://127.0.0.1:8080/healthz",
		"[::]:8080":      "http://127.0.0.1:8080/healthz",
	} {
		if got, err := healthURL(listen); err != nil || got != want {
			t.Errorf("healthURL(%q) = %q, %v; want %q", listen, got, err, want)
		}
	}
	if _, err := healthURL("8080"); err == nil {
		t.Error("healthURL accepted an address without a port")
	}
}

func TestHealthcheckCommand(t *testing.T) {
	var status atomic.Int32
	status.Store(http.StatusOK)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" {
			http.NotFound(w, r)
			return
		}
		w.WriteHeader(int(status.Load()))
	}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	port := addr[strings.LastIndex(addr, ":"):]

	// The listen address from the environment, as the Docker image sets it.
	out, errOut, code := run(t, "", map[string]string{"CAREERBOT_HTTP_LISTEN": "0.0.0.0" + port}, "healthcheck")
	if code != 0 || !strings.Contains(out, "ok: http://127.0.0.1"+port+"/healthz") {
		t.Fatalf("healthy: exit %d, %q %q", code, out, errOut)
	}
	status.Store(http.StatusServiceUnavailable)
	_, errOut, code = run(t, "", nil, "healthcheck", "--url", srv.URL+"/healthz")
	if code != 1 || !strings.Contains(errOut, "503") {
		t.Errorf("unhealthy: exit %d, %q", code, errOut)
	}
	srv.Close()
	if _, _, code = run(t, "", nil, "healthcheck", "--url", srv.URL+"/healthz"); code != 1 {
		t.Errorf("nothing listening: exit %d, want 1", code)
	}
}
