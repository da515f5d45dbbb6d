package httpapi

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/careerbot-dev/careerbot/bot"
)

// chromiumPath finds a Chromium binary: $CHROMIUM when set (a missing file
// there counts as no browser), else Debian's chromium on $PATH.
func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return ""
		}
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "/usr/bin/chromium", "google-chrome-stable", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts headless Chromium for the test, or skips (fails under CI)
// when there is none.
func browser(t *testing.T) (context.Context, *bytes.Buffer) {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no chromium binary found and CI is set: install Debian's chromium (apt-get install -y chromium) or set $CHROMIUM")
		}
		t.Skip("skipping the browser test: no chromium binary found (apt-get install -y chromium, or set $CHROMIUM); with CI set this fails")
	}
	var out bytes.Buffer
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.CombinedOutput(&syncWriter{w: &out}),
		chromedp.WSURLReadTimeout(60 * time.Second),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start chromium %s: %v\n%s", path, err, out.String())
	}
	return bctx, &out
}

type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func waitAnswers(n int) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelectorAll('#log .answer').length >= %d && !document.getElementById('send').disabled`, n),
		chromedp.WithPollingTimeout(60*time.Second))
}

func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func TestWebChatInBrowser(t *testing.T) {
	e := newEnv(t, Config{})
	ctx, out := browser(t)

	// Collect console errors and uncaught exceptions (CSP violations and
	// failed loads are browser-log errors).
	var mu sync.Mutex
	var jsErrors []string
	cctx, stopConsole := context.WithCancel(ctx)
	messages := chromedp.Console(cctx)
	consoleDone := make(chan struct{})
	go func() {
		defer close(consoleDone)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				mu.Lock()
				jsErrors = append(jsErrors, m.String())
				mu.Unlock()
			}
		}
	}()

	const question = "how much do machine learning engineers make?"
	err := chromedp.Do(ctx,
		chromedp.Navigate(e.url+"/"),
		chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), question+kb.Enter),
		waitAnswers(1),
	)
	if err != nil {
		t.Fatalf("ask in the page: %v\nchromium output:\n%s", err, out.String())
	}
	first, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#log .answer")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first, "150,000") {
		t.Fatalf("first answer lacks 150,000:\n%s", first)
	}
	if live := eval[string](t, ctx, `document.getElementById('log').getAttribute('aria-live')`); live != "polite" {
		t.Errorf("answer log aria-live = %q", live)
	}
	if focused := eval[string](t, ctx, `document.activeElement.id`); focused != "q" {
		t.Errorf("focus after answering is on %q, want the question box", focused)
	}
	if title := eval[string](t, ctx, `document.querySelector('#log .answer h2').textContent`); title == "" {
		t.Errorf("answer has no title")
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#log .answer dl.fields dt').length`); n == 0 {
		t.Errorf("answer fields not rendered")
	}
	if src := eval[string](t, ctx, `document.querySelector('#log .answer .source').textContent`); !strings.Contains(src, "Source:") {
		t.Errorf("source line = %q", src)
	}
	buttons := eval[int](t, ctx, `document.querySelectorAll('#log .answer .followups button').length`)
	line := eval[string](t, ctx, `document.querySelector('#log .answer .followups button').dataset.line`)
	if buttons == 0 || line == "" {
		t.Fatalf("no follow-up buttons (%d, line %q)", buttons, line)
	}

	// Click the first follow-up: a new answer appears, the one the engine
	// gives for that follow-up's line.
	want := e.bot.Router.HandleLine(context.Background(), bot.Request{Platform: "http"}, line)
	if !want.Answered || want.Title == "" {
		t.Fatalf("engine answer for follow-up %q: %+v", line, want)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#log .answer .followups button")), waitAnswers(2)); err != nil {
		t.Fatalf("click follow-up: %v", err)
	}
	const lastTitle = `(() => { const a = document.querySelectorAll('#log .answer'); return a[a.length-1].querySelector('h2').textContent })()`
	if title := eval[string](t, ctx, lastTitle); title != want.Title {
		t.Fatalf("follow-up answer title %q, want %q", title, want.Title)
	}
	youLines := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#log .you')).map(e => e.textContent)`)
	if len(youLines) != 2 || youLines[0] != question || youLines[1] != line {
		t.Errorf("asked lines shown = %q", youLines)
	}

	// Keyboard only: focus a follow-up button of the latest answer and press Enter.
	err = chromedp.Do(ctx,
		chromedp.Focus(chromedp.CSS("#log article.answer:last-of-type .followups button")),
		chromedp.KeyEvent(kb.Enter),
		waitAnswers(3),
	)
	if err != nil {
		t.Fatalf("follow-up by keyboard: %v", err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#log .answer').length`); n != 3 {
		t.Fatalf("%d answers after the keyboard follow-up, want 3", n)
	}

	// Untrusted text is shown as text, never parsed as HTML.
	const hostile = `<img src=x onerror="document.title='pwned'"> salary`
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("q"), hostile+kb.Enter), waitAnswers(4)); err != nil {
		t.Fatal(err)
	}
	shown := eval[string](t, ctx, `(() => { const y = document.querySelectorAll('#log .you'); return y[y.length-1].textContent })()`)
	imgs := eval[int](t, ctx, `document.querySelectorAll('#log img').length`)
	docTitle, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	if shown != hostile || imgs != 0 || docTitle == "pwned" {
		t.Fatalf("hostile input rendered as HTML: shown %q, %d img, title %q", shown, imgs, docTitle)
	}

	stopConsole()
	<-consoleDone
	mu.Lock()
	defer mu.Unlock()
	if len(jsErrors) > 0 {
		t.Errorf("errors in the page console:\n%s", strings.Join(jsErrors, "\n"))
	}
}
