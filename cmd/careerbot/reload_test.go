package main

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
)

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) { s.mu.Lock(); defer s.mu.Unlock(); return s.b.Write(p) }
func (s *syncBuf) String() string              { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestHotReload(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f.md")
	write := func(s string) {
		if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(fixtureGuide)
	var logs syncBuf
	m := NewMain()
	m.Config.ContentDir = dir
	m.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	defer m.Close()
	c, err := m.newCore(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var reloads []bool
	var mu sync.Mutex
	r := &reloader{dir: dir, engine: c.engine, logger: m.Logger, ready: make(chan struct{}),
		onReload: func(ok bool, g, s int) { mu.Lock(); reloads = append(reloads, ok); mu.Unlock() }}
	ctx, cancel := context.WithCancel(context.Background())
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	done := make(chan struct{})
	go func() { r.watch(ctx, 50*time.Millisecond, hup); close(done) }()
	<-r.ready
	salary := func() string {
		return bot.RenderText(c.router.HandleLine(context.Background(), bot.Request{Platform: "test"}, "/salary TX"))
	}
	if !strings.Contains(salary(), "$42,000") {
		t.Fatalf("before: %s", salary())
	}
	// An edit is picked up without a restart.
	write(strings.Replace(fixtureGuide, "median: 42000", "median: 43000", 1))
	waitFor(t, "the edit to be served", func() bool { return strings.Contains(salary(), "$43,000") })

	// Invalid content keeps the old index and logs the problem with file:line.
	write(strings.Replace(fixtureGuide, "median: 40000", "median: -1", 1))
	waitFor(t, "the problem to be logged", func() bool { return strings.Contains(logs.String(), "f.md:7: salary.median: must not be negative") })
	if !strings.Contains(salary(), "$43,000") {
		t.Fatalf("old content not kept: %s", salary())
	}
	// SIGHUP reloads too (after fixing the file without waiting for the watcher).
	mu.Lock()
	n := len(reloads)
	mu.Unlock()
	write(strings.Replace(fixtureGuide, "median: 42000", "median: 44000", 1))
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "reload after SIGHUP", func() bool { return strings.Contains(salary(), "$44,000") })
	cancel()
	<-done
	mu.Lock()
	defer mu.Unlock()
	if len(reloads) <= n || !reloads[len(reloads)-1] {
		t.Errorf("reload outcomes %v", reloads)
	}
	sawFail := false
	for _, ok := range reloads {
		sawFail = sawFail || !ok
	}
	if !sawFail {
		t.Errorf("the invalid content was not reported as a failed reload: %v", reloads)
	}
}

// Shutdown does not wait for a reload in progress, and a reload that ends
// after shutdown began swaps nothing in.
func TestReloadDuringShutdown(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "f.md"), []byte(fixtureGuide), 0o644)
	var logs syncBuf
	m := NewMain()
	m.Config.ContentDir = dir
	m.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	defer m.Close()
	c, err := m.newCore(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	before := c.engine.Library()
	started, release := make(chan struct{}), make(chan struct{})
	r := &reloader{dir: dir, engine: c.engine, logger: m.Logger, ready: make(chan struct{}),
		load: func(ctx context.Context, dir string, lim content.Limits) ([]*bot.Guide, error) {
			close(started)
			<-release // a slow step that ignores ctx (like an index build)
			return content.LoadDirContext(context.Background(), dir, lim)
		}}
	ctx, cancel := context.WithCancel(context.Background())
	hup := make(chan os.Signal, 1)
	done := make(chan struct{})
	go func() { r.watch(ctx, 0, hup); close(done) }()
	<-r.ready
	hup <- syscall.SIGHUP
	<-started
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("watch waited for the reload in progress")
	}
	r.stop()
	close(release)
	waitFor(t, "the reload to give up", func() bool { return strings.Contains(logs.String(), "content reload abandoned") })
	if c.engine.Library() != before {
		t.Fatal("a reload swapped content in after shutdown began")
	}
	// A reload asked for after stop does nothing either.
	r.load = nil
	if r.reload(context.Background(), "late") || c.engine.Library() != before {
		t.Fatal("reload after stop swapped content in")
	}
}

// A FIFO or an oversized guide in the folder fails the reload at once,
// naming the file, and the previous content keeps serving.
func TestReloadRefusesBadFilesAndKeepsServing(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "f.md"), []byte(fixtureGuide), 0o644)
	var logs syncBuf
	m := NewMain()
	m.Config.ContentDir = dir
	m.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	defer m.Close()
	c, err := m.newCore(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	before := c.engine.Library()
	r := &reloader{dir: dir, engine: c.engine, logger: m.Logger, limits: content.Limits{MaxGuideBytes: 4096}}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skip(err)
	}
	os.WriteFile(filepath.Join(dir, "big.md"), []byte(fixtureGuide+strings.Repeat("More text. ", 1000)), 0o644)
	done := make(chan bool, 1)
	go func() { done <- r.reload(context.Background(), "test") }()
	select {
	case ok := <-done:
		if ok {
			t.Fatal("reload accepted a FIFO and an oversized guide")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("reload blocked")
	}
	for _, want := range []string{"pipe.md: is a named pipe (FIFO)", "big.md: is over the limit of 4096 bytes"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
	if c.engine.Library() != before {
		t.Error("the previous content was not kept")
	}
}

// With content.index_dir, the index is kept on disk: a second start with
// the same guides reuses it, and a reload after one guide changed parses
// and re-indexes that guide only.
func TestPersistedIndexAndIncrementalReload(t *testing.T) {
	dir, idxDir := t.TempDir(), t.TempDir()
	guide := func(slug, title, tx string) string {
		g := strings.Replace(fixtureGuide, "slug: fixture-career", "slug: "+slug, 1)
		g = strings.Replace(g, "title: Fixture Career", "title: "+title, 1)
		return strings.Replace(g, "median: 42000", "median: "+tx, 1)
	}
	os.WriteFile(filepath.Join(dir, "a.md"), []byte(guide("alpha-career", "Alpha Career", "42000")), 0o644)
	os.WriteFile(filepath.Join(dir, "b.md"), []byte(guide("beta-career", "Beta Career", "43000")), 0o644)
	start := func() (*Main, *core, *syncBuf) {
		var logs syncBuf
		m := NewMain()
		m.Config.ContentDir = dir
		m.Config.Content.IndexDir = idxDir
		m.Logger = slog.New(slog.NewTextHandler(&logs, nil))
		c, err := m.newCore(nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return m, c, &logs
	}
	m, _, logs := start()
	if !strings.Contains(logs.String(), "reused=false added=2") {
		t.Fatalf("first start did not build the index: %s", logs.String())
	}
	m.Close()
	m, c, logs := start()
	defer m.Close()
	if !strings.Contains(logs.String(), "reused=true added=0 changed=0 removed=0") {
		t.Fatalf("second start did not reuse the index: %s", logs.String())
	}
	r := &reloader{dir: dir, engine: c.engine, logger: m.Logger, load: m.parsed.LoadDir, indexDir: idxDir}
	os.WriteFile(filepath.Join(dir, "b.md"), []byte(guide("beta-career", "Beta Career", "47000")), 0o644)
	before := c.engine.Library()
	if !r.reload(context.Background(), "test") {
		t.Fatalf("reload failed: %s", logs.String())
	}
	if m.parsed.Reused() != 1 {
		t.Errorf("reload reused %d parsed guides, want 1", m.parsed.Reused())
	}
	a := c.router.HandleLine(context.Background(), bot.Request{Platform: "test"}, "/salary TX career:beta-career")
	if !strings.Contains(bot.RenderText(a), "$47,000") {
		t.Errorf("edit not live: %s", bot.RenderText(a))
	}
	if g, _ := c.engine.Library().Guide("alpha-career"); g == nil {
		t.Fatal("alpha lost")
	} else if old, _ := before.Guide("alpha-career"); old != g {
		t.Error("the unchanged guide was parsed again")
	}
}
