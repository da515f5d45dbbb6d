// Command httpcpu measures the CPU a running careerbot spends per HTTP
// request at a given concurrency: GET /healthz (the HTTP floor) against
// POST /v1/ask (real answers), in one run. /v1/ask runs twice: eight
// questions in turn (repeated questions: after the first two of each, the
// answer cache answers the free-text ones), then the same questions spaced
// differently every time (unique texts: the cache never answers one). It
// prints each one's CPU per request, its ratio to /healthz and the answer
// cache's hit rate (from /metrics). It starts `careerbot serve`
// itself (the shipped guide unless -config says otherwise), drives it over
// loopback from this process and reads the server's CPU time from
// /proc/PID/stat (Linux), so the client's work is not counted.
//
// Without -config the server runs with the production defaults except for
// rate limits (off: the limiter is not what is measured) and log level
// (warn): in particular the SQLite store is on and records every question,
// in a fresh folder of its own that is removed afterwards. Each phase's CPU
// includes a short settle after its last reply, so that the store's writer
// finishing the phase's last batch is counted in it.
//
//	go build -o /tmp/careerbot ./cmd/careerbot
//	go run ./loadtest/httpcpu -bin /tmp/careerbot -n 20000 -c 64
//
// To profile the server over the /v1/ask phase, build it with the
// cpuprofile tag and pass -cpuprofile:
//
//	go build -tags cpuprofile -o /tmp/careerbot-prof ./cmd/careerbot
//	go run ./loadtest/httpcpu -bin /tmp/careerbot-prof -cpuprofile /tmp/ask.pprof
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/careerbot-dev/careerbot/internal/askmix"
)

func main() {
	bin := flag.String("bin", "./careerbot", "careerbot binary")
	cfg := flag.String("config", "", "config file for serve (default: none, the shipped guide)")
	addr := flag.String("addr", "", "listen address (must match the config when one is given; default: a free loopback port)")
	n := flag.Int("n", 20000, "requests per endpoint")
	c := flag.Int("c", 64, "requests in flight")
	profile := flag.String("cpuprofile", "", "write the server's CPU profile of the /v1/ask phase here (a -tags cpuprofile build)")
	profileUnique := flag.Bool("profile-unique", false, "with -cpuprofile: profile the unique-questions phase instead")
	flag.Parse()
	if *addr == "" {
		*addr = freeAddr()
	}
	if *cfg == "" {
		// A fresh folder: the config and, next to it, the store (on, as in
		// production). No rate limits (the limiter is not what is
		// measured), quiet logs.
		dir, err := os.MkdirTemp("", "httpcpu-")
		if err != nil {
			fail(err)
		}
		defer os.RemoveAll(dir)
		*cfg = filepath.Join(dir, "careerbot.yaml")
		conf := fmt.Sprintf("http:\n  listen: %s\nlog:\n  level: warn\nlimits:\n  rate:\n    per_minute: 100000000\n    burst: 1000000\n    max_in_flight: 1024\n", *addr)
		if err := os.WriteFile(*cfg, []byte(conf), 0o600); err != nil {
			fail(err)
		}
	}
	cmd := exec.Command(*bin, "serve", "--config", *cfg)
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	if *profile != "" {
		os.Remove(*profile)
		cmd.Env = append(os.Environ(), "CAREERBOT_CPUPROFILE="+*profile)
	}
	if err := cmd.Start(); err != nil {
		fail(err)
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}()
	base := "http://" + *addr
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *c * 2}, Timeout: 10 * time.Second}
	for deadline := time.Now().Add(30 * time.Second); ; {
		if r, err := client.Get(base + "/readyz"); err == nil && r.StatusCode == 200 {
			r.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			fail(fmt.Errorf("%s never became ready", base))
		}
		time.Sleep(50 * time.Millisecond)
	}
	health := func(int) (*http.Request, error) { return http.NewRequest("GET", base+"/healthz", nil) }
	post := func(text string) (*http.Request, error) {
		b, _ := json.Marshal(map[string]string{"text": text})
		r, err := http.NewRequest("POST", base+"/v1/ask", bytes.NewReader(b))
		if err == nil {
			r.Header.Set("Content-Type", "application/json")
		}
		return r, err
	}
	ask := func(i int) (*http.Request, error) { return post(askmix.Questions[i%len(askmix.Questions)]) }
	// The same questions, each asked in words spaced differently every time
	// ("what  certifications   help?"): the engine reads the same words,
	// but no text repeats, so the answer cache never answers one.
	unique := func(i int) (*http.Request, error) {
		q := askmix.Questions[i%len(askmix.Questions)]
		return post(askmix.Spaced(q, i/len(askmix.Questions), *n/len(askmix.Questions)+1))
	}
	run(client, cmd.Process.Pid, *n/10, *c, health) // warm up
	run(client, cmd.Process.Pid, *n/10, *c, ask)
	h := run(client, cmd.Process.Pid, *n, *c, health)
	hits0, miss0 := cacheLookups(client, base)
	if *profile != "" && !*profileUnique {
		cmd.Process.Signal(syscall.SIGUSR1)
	}
	a := run(client, cmd.Process.Pid, *n, *c, ask)
	if *profile != "" && !*profileUnique {
		stopProfile(cmd, *profile)
	}
	hits1, miss1 := cacheLookups(client, base)
	if *profile != "" && *profileUnique {
		cmd.Process.Signal(syscall.SIGUSR1)
	}
	u := run(client, cmd.Process.Pid, *n, *c, unique)
	if *profile != "" && *profileUnique {
		stopProfile(cmd, *profile)
	}
	hits2, miss2 := cacheLookups(client, base)
	if d := metric(client, base, "careerbot_store_dropped_writes_total"); d > 0 {
		fail(fmt.Errorf("the store dropped %.0f records: its writer's CPU is not all counted", d))
	}
	fmt.Printf("concurrency %d, %d requests each\n", *c, *n)
	fmt.Printf("GET /healthz:              %6.1f µs server CPU per request, %7.0f req/s\n", h.cpu, h.rps)
	fmt.Printf("POST /v1/ask, 8 questions: %6.1f µs server CPU per request, %7.0f req/s, ratio %.2fx, %s\n",
		a.cpu, a.rps, a.cpu/h.cpu, hitRate(hits1-hits0, miss1-miss0))
	fmt.Printf("POST /v1/ask, unique:      %6.1f µs server CPU per request, %7.0f req/s, ratio %.2fx, %s\n",
		u.cpu, u.rps, u.cpu/h.cpu, hitRate(hits2-hits1, miss2-miss1))
}

// cacheLookups reads the answer cache's hits and misses so far.
func cacheLookups(client *http.Client, base string) (hits, misses float64) {
	return metric(client, base, `careerbot_answer_cache_lookups_total{result="hit"}`),
		metric(client, base, `careerbot_answer_cache_lookups_total{result="miss"}`)
}

func hitRate(hits, misses float64) string {
	if hits+misses == 0 {
		return "no answer cache look-ups"
	}
	return fmt.Sprintf("answer cache hits %.0f%% of %.0f look-ups", 100*hits/(hits+misses), hits+misses)
}

// stopProfile ends the server's CPU profile and waits for the file.
func stopProfile(cmd *exec.Cmd, profile string) {
	cmd.Process.Signal(syscall.SIGUSR2)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if _, err := os.Stat(profile); err == nil {
			return
		}
		if time.Now().After(deadline) {
			fail(fmt.Errorf("no profile in %s: was the server built with -tags cpuprofile?", profile))
		}
	}
}

// settle is how long a phase's CPU keeps being counted after its last
// reply: more than the store writer's flush interval (250ms), so that the
// phase's last batch of records is written within it.
const settle = 400 * time.Millisecond

// freeAddr returns a loopback address with a port that was free just now.
func freeAddr() string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// metric reads one unlabelled sample from /metrics (0 when absent).
func metric(client *http.Client, base, name string) float64 {
	resp, err := client.Get(base + "/metrics")
	if err != nil {
		fail(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, name+" "); ok {
			f, _ := strconv.ParseFloat(v, 64)
			return f
		}
	}
	return 0
}

type result struct{ cpu, rps float64 }

func run(client *http.Client, pid, n, c int, mk func(int) (*http.Request, error)) result {
	var next atomic.Int64
	var bad atomic.Int64
	cpu0 := cpuOf(pid)
	t0 := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				req, err := mk(i)
				if err != nil {
					fail(err)
				}
				resp, err := client.Do(req)
				if err != nil {
					bad.Add(1)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					bad.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	el := time.Since(t0)
	time.Sleep(settle)
	if bad.Load() > 0 {
		fail(fmt.Errorf("%d of %d requests failed", bad.Load(), n))
	}
	return result{cpu: float64(cpuOf(pid)-cpu0) / float64(n) / 1e3, rps: float64(n) / el.Seconds()}
}

// cpuOf is the process's user+system CPU time in ns.
func cpuOf(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		fail(err)
	}
	f := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return (ut + st) * int64(time.Second) / 100 // USER_HZ
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "httpcpu:", err)
	os.Exit(1)
}
