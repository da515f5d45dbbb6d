package content

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// An unknown key does not hide the other problems of the file.
func TestParseReportsEveryProblem(t *testing.T) {
	src := strings.Replace(good, "summary: A fixture", "sumary: A fixture", 1)
	src = strings.Replace(src, "aliases: [TC, tester]", "aliasses: [TC]", 1)
	src = strings.Replace(src, "  median: 50000\n", "  median: -5\n", 1)
	src = strings.Replace(src, "{#overview}", "{#overveiw}", 1)
	src = strings.Replace(src, "  low: 40000\n", "  low: lots\n", 1)
	_, probs := Parse("bad.md", []byte(src))
	all := probs.Error()
	for _, want := range []string{
		"bad.md:4: aliasses: unknown key",
		"bad.md:5: sumary: unknown key",
		"bad.md:9: salary.median: must not be negative",
		"bad.md:10: salary.low: must be a whole number",
		"bad.md:26: kind: {#overveiw} is not a section kind",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("want %q in\n%s", want, all)
		}
	}
	if n := strings.Count(all, "salary.low"); n != 1 {
		t.Errorf("salary.low reported %d times:\n%s", n, all)
	}
}

// Only regular files are read; sizes are capped per guide and per folder;
// each refusal names the file; the good guides of the folder are not served
// (the caller keeps its previous content).
func TestLoadDirRefusesBadFiles(t *testing.T) {
	write := func(dir, name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	other := strings.NewReplacer("slug: test-career", "slug: other-career", "title: Test Career", "title: Other Career",
		"aliases: [TC, tester]", "aliases: []").Replace(good)

	t.Run("fifo", func(t *testing.T) {
		dir := t.TempDir()
		write(dir, "a.md", good)
		if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
			t.Skip("no mkfifo:", err)
		}
		done := make(chan error, 1)
		go func() { _, err := LoadDir(dir); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "pipe.md")+": is a named pipe (FIFO), not a regular file") {
				t.Fatalf("got %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("the loader blocked on a FIFO")
		}
	})
	t.Run("device symlink", func(t *testing.T) {
		dir := t.TempDir()
		write(dir, "a.md", good)
		if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.md")); err != nil {
			t.Skip(err)
		}
		_, err := LoadDir(dir)
		if err == nil || !strings.Contains(err.Error(), "zero.md: is a device, not a regular file") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("symlink to a regular file is fine", func(t *testing.T) {
		dir, elsewhere := t.TempDir(), t.TempDir()
		write(elsewhere, "real.md", good)
		if err := os.Symlink(filepath.Join(elsewhere, "real.md"), filepath.Join(dir, "a.md")); err != nil {
			t.Skip(err)
		}
		if gs, err := LoadDir(dir); err != nil || len(gs) != 1 {
			t.Fatalf("got %v %v", gs, err)
		}
	})
	t.Run("folder named .md", func(t *testing.T) {
		dir := t.TempDir()
		write(dir, "a.md", good)
		os.Mkdir(filepath.Join(dir, "sub.md"), 0o755)
		if _, err := LoadDir(dir); err == nil || !strings.Contains(err.Error(), "sub.md: is a folder") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("guide too big", func(t *testing.T) {
		dir := t.TempDir()
		write(dir, "a.md", good)
		big := good + "\n## FAQ {#faq}\n\n" + strings.Repeat("Lots of words here. ", 60000) + "\n"
		write(dir, "big.md", strings.ReplaceAll(big, "test-career", "big-career"))
		start := time.Now()
		_, err := LoadDir(dir)
		if err == nil || !strings.Contains(err.Error(), "big.md: is over the limit of 1048576 bytes for one guide (content.max_guide_bytes)") {
			t.Fatalf("got %v", err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("refusing took %v", d)
		}
		// A raised limit accepts it.
		if _, err := LoadDirContext(context.Background(), dir, Limits{MaxGuideBytes: 4 << 20}); err != nil && strings.Contains(err.Error(), "over the limit") {
			t.Fatalf("raised limit: %v", err)
		}
	})
	t.Run("folder too big", func(t *testing.T) {
		dir := t.TempDir()
		write(dir, "a.md", good)
		write(dir, "b.md", other)
		_, err := LoadDirContext(context.Background(), dir, Limits{MaxTotalBytes: int64(len(good) + 10)})
		if err == nil || !strings.Contains(err.Error(), "b.md: the guides up to this file add up to") ||
			!strings.Contains(err.Error(), "content.max_total_bytes") {
			t.Fatalf("got %v", err)
		}
		if gs, err := LoadDir(dir); err != nil || len(gs) != 2 {
			t.Fatalf("default limits: %v %v", gs, err)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		dir := t.TempDir()
		write(dir, "a.md", good)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := LoadDirContext(ctx, dir, Limits{}); !errors.Is(err, context.Canceled) {
			t.Fatalf("got %v", err)
		}
	})
}
