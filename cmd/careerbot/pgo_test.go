package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"strings"
	"testing"
)

// default.pgo is the CPU profile `go build` optimises careerbot with
// (-pgo=auto): a gzipped pprof profile of the server answering questions
// (scripts/pgo.sh), which the release build does not turn off. A stale or
// missing profile would not change what the program does, only how fast it
// does it; this keeps the file one that can guide the build.
func TestDefaultPGOProfile(t *testing.T) {
	data, err := os.ReadFile("default.pgo")
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("default.pgo is not a gzipped pprof profile: %v", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("default.pgo: %v", err)
	}
	// The profile's string table names the functions sampled: the engine
	// reading and answering questions, and the HTTP handler around it.
	for _, fn := range []string{"github.com/careerbot-dev/careerbot/engine.(*Library).analyse",
		"github.com/careerbot-dev/careerbot/engine.(*Engine).askOne", "github.com/careerbot-dev/careerbot/httpapi.(*Server).ask"} {
		if !bytes.Contains(raw, []byte(fn)) {
			t.Errorf("default.pgo has no samples in %s: regenerate it with scripts/pgo.sh", fn)
		}
	}
	release, err := os.ReadFile("../../scripts/release.sh")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(release), "-pgo=off") {
		t.Error("scripts/release.sh builds without the profile (-pgo=off)")
	}
}
