package engine_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/content"
	"github.com/careerbot-dev/careerbot/engine"
	"github.com/careerbot-dev/careerbot/index"
	"github.com/careerbot-dev/careerbot/internal/testbot"
)

// Questions in flight while libraries are swapped all succeed, and every
// retired library's index is closed once its last request ends.
func TestSwapUnderLoad(t *testing.T) {
	b := testbot.New(t)
	guides, err := content.Default()
	if err != nil {
		t.Fatal(err)
	}
	var closed atomic.Int64
	newLib := func() *engine.Library {
		idx, err := index.Build(guides)
		if err != nil {
			t.Fatal(err)
		}
		lib, err := engine.NewLibrary(guides, idx)
		if err != nil {
			t.Fatal(err)
		}
		lib.SetCloser(func() error { closed.Add(1); return idx.Close() })
		return lib
	}
	first := newLib()
	b.Engine.Swap(first) // retires testbot's own library (no closer)
	const workers, rounds, swaps = 6, 60, 12
	var wg sync.WaitGroup
	var failed atomic.Int64
	stop := make(chan struct{})
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lines := []string{"/salary CA", "what certifications help?", "which workflow orchestration tool is mentioned", "/tools"}
			for i := 0; i < rounds; i++ {
				a := b.Router.HandleLine(context.Background(), bot.Request{Platform: "test"}, lines[i%len(lines)])
				if !a.Answered {
					failed.Add(1)
					t.Errorf("not answered during swaps: %s", bot.RenderText(a))
				}
			}
		}()
	}
	go func() {
		for i := 0; i < swaps; i++ {
			b.Engine.Swap(newLib())
		}
		close(stop)
	}()
	wg.Wait()
	<-stop
	if failed.Load() > 0 {
		t.Fatalf("%d questions failed", failed.Load())
	}
	// All but the current library were retired, and nothing uses them now.
	if got := closed.Load(); got != swaps {
		t.Errorf("closed %d retired indexes, want %d", got, swaps)
	}
}
