package httpapi

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// layoutJS measures the page at the current viewport.
const layoutJS = `(() => {
  const r = (e) => e.getBoundingClientRect();
  const q = document.getElementById('q'), form = document.getElementById('ask');
  const main = document.querySelector('main');
  const rows = new Set(Array.from(form.children).filter(c => c.offsetParent !== null && r(c).height > 1 && getComputedStyle(c).position !== 'absolute')
    .map(c => Math.round(r(c).top + r(c).height / 2)));
  // Placeholder width in the input's own font.
  const cs = getComputedStyle(q);
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = cs.font;
  const room = q.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  // WCAG contrast of the input border against the page background.
  const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => { const [R, G, B] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B; };
  const a = lum(rgb(cs.borderTopColor)), b = lum(rgb(getComputedStyle(document.body).backgroundColor));
  return {
    viewport: innerHeight, width: innerWidth, main: r(main).height, header: r(document.querySelector('header')).height,
    formRows: Array.from(rows).sort((x, y) => x - y), careerShown: !document.getElementById('career-wrap').hidden,
    placeholder: ctx.measureText(q.placeholder).width, room: room,
    contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
  };
})()`

type layout struct {
	Viewport, Width, Main, Header float64
	FormRows                      []float64
	CareerShown                   bool
	Placeholder, Room, Contrast   float64
}

func checkPhoneLayout(t *testing.T, ctx context.Context, when string) {
	t.Helper()
	l := eval[layout](t, ctx, layoutJS)
	if l.Width != 390 || l.Viewport != 844 {
		t.Fatalf("%s: viewport %vx%v, want 390x844", when, l.Width, l.Viewport)
	}
	if share := l.Main / l.Viewport; share < 0.75 {
		t.Errorf("%s: the conversation has %.0f of %.0f px (%.0f%%), want at least 75%% (header %.0f px, form rows %v)",
			when, l.Main, l.Viewport, 100*share, l.Header, l.FormRows)
	}
	if !l.CareerShown {
		t.Errorf("%s: the career picker is hidden with several guides", when)
	}
	// Children of one row share a vertical centre within a few pixels.
	if n := len(l.FormRows); n == 0 || l.FormRows[n-1]-l.FormRows[0] > 4 {
		t.Errorf("%s: the question form wraps to rows centred at %v", when, l.FormRows)
	}
	if l.Placeholder > l.Room {
		t.Errorf("%s: the placeholder needs %.0f px, the input has %.0f", when, l.Placeholder, l.Room)
	}
	if l.Contrast < 3 {
		t.Errorf("%s: input border contrast %.2f:1, want at least 3:1", when, l.Contrast)
	}
}

// TestWebChatOnPhone loads the page at 390x844 (an iPhone 12-15) with four
// guides, so the career picker shows, and checks the first screen, the
// layout, key facts stacking, clickable /help commands and the
// conversation surviving a reload.
func TestWebChatOnPhone(t *testing.T) {
	fixtures, err := content.LoadDir("../testdata/guides")
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	b := testbot.FromGuides(t, append(fixtures, shipped...))
	ts := httptest.NewServer(New(Options{Router: b.Router, Logger: slog.New(slog.DiscardHandler)}))
	t.Cleanup(ts.Close)
	ctx, out := browser(t)

	ready := chromedp.Poll[chromedp.Void](`document.body.dataset.ready === 'true' && !document.getElementById('career-wrap').hidden`,
		chromedp.WithPollingTimeout(30*time.Second))
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateScale(3)),
		chromedp.Navigate(ts.URL+"/"),
		ready,
	); err != nil {
		t.Fatalf("load the page: %v\n%s", err, out.String())
	}

	// First screen: quick starts and example questions, no empty page.
	if n := eval[int](t, ctx, `document.querySelectorAll('#welcome:not([hidden]) #quick-starts button').length`); n < 3 {
		t.Errorf("%d quick-start buttons on the first screen", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#welcome:not([hidden]) #examples button').length`); n < 3 {
		t.Errorf("%d example-question buttons on the first screen", n)
	}
	checkPhoneLayout(t, ctx, "first screen")

	// A quick start for one career: key facts stack label over value.
	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.ID("career"), "ml-engineer"),
		chromedp.Click(chromedp.CSS(`#quick-starts button[data-line="/salary"]`)),
		waitAnswers(1),
	); err != nil {
		t.Fatalf("quick start: %v", err)
	}
	if hidden := eval[bool](t, ctx, `document.getElementById('welcome').hidden`); !hidden {
		t.Error("the welcome stays after the first question")
	}
	stacked := eval[map[string]float64](t, ctx, `(() => {
	  const dt = document.querySelector('#log .answer dl.fields dt').getBoundingClientRect();
	  const dd = document.querySelector('#log .answer dl.fields dd').getBoundingClientRect();
	  return {dtBottom: dt.bottom, ddTop: dd.top, dtLeft: dt.left, ddLeft: dd.left};
	})()`)
	if stacked["ddTop"] < stacked["dtBottom"]-1 || stacked["ddLeft"] != stacked["dtLeft"] {
		t.Errorf("key facts not stacked label over value on a phone: %v", stacked)
	}
	checkPhoneLayout(t, ctx, "after an answer")

	// /help's commands are buttons; /careers (no argument) asks at once.
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.ID("q"), "/help"+kb.Enter), waitAnswers(2)); err != nil {
		t.Fatal(err)
	}
	const lastAnswer = `(() => { const a = document.querySelectorAll('#log .answer'); return a[a.length-1] })()`
	if n := eval[int](t, ctx, lastAnswer+`.querySelectorAll('button.cmd').length`); n < 10 {
		t.Fatalf("/help shows %d clickable commands", n)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#log article.answer:last-of-type button.cmd[data-command="careers"]`)), waitAnswers(3)); err != nil {
		t.Fatalf("click /careers in /help: %v", err)
	}
	if you := eval[string](t, ctx, `(() => { const y = document.querySelectorAll('#log .you'); return y[y.length-1].textContent })()`); you != "/careers" {
		t.Errorf("clicking /careers asked %q", you)
	}
	// A command that needs an argument goes to the question box instead.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`#log article.answer:nth-last-of-type(2) button.cmd[data-command="compare"]`))); err != nil {
		t.Fatalf("click /compare: %v", err)
	}
	if v := eval[string](t, ctx, `document.getElementById('q').value`); v != "/compare " {
		t.Errorf("clicking /compare put %q in the question box", v)
	}

	// The conversation survives a reload of the tab.
	before := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#log > *')).map(e => e.className + ':' + e.textContent.slice(0, 40))`)
	if err := chromedp.Do(ctx, chromedp.Reload(), ready); err != nil {
		t.Fatal(err)
	}
	after := eval[[]string](t, ctx, `Array.from(document.querySelectorAll('#log > *')).map(e => e.className + ':' + e.textContent.slice(0, 40))`)
	if len(before) != 6 || len(after) != len(before) {
		t.Fatalf("log before reload %d entries, after %d:\n%q\n%q", len(before), len(after), before, after)
	}
	for i := range before {
		if before[i] != after[i] {
			t.Errorf("entry %d changed across the reload: %q -> %q", i, before[i], after[i])
		}
	}
	if hidden := eval[bool](t, ctx, `document.getElementById('welcome').hidden`); !hidden {
		t.Error("the welcome shows over a restored conversation")
	}
	// New chat empties it, for good.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("new-chat")), chromedp.Reload(), ready); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#log > *').length`); n != 0 {
		t.Errorf("%d entries after New chat and a reload", n)
	}
	if hidden := eval[bool](t, ctx, `document.getElementById('welcome').hidden`); hidden {
		t.Error("no welcome after New chat")
	}
}
