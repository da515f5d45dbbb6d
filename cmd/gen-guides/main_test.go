package main

import (
	"os"
	"testing"

	"github.com/careerbot-dev/careerbot/content"
)

func TestWritesLoadableGuides(t *testing.T) {
	dir := t.TempDir()
	if err := run([]string{"-n", "12", "-out", dir}); err != nil {
		t.Fatal(err)
	}
	gs, err := content.LoadDir(dir)
	if err != nil {
		t.Fatalf("written guides do not load: %v", err)
	}
	if len(gs) != 12 {
		t.Fatalf("loaded %d guides, want 12", len(gs))
	}
	if err := run([]string{"-n", "2", "-out", dir, "-corpus", "nope"}); err == nil {
		t.Fatal("an unknown corpus was accepted")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	}
}
