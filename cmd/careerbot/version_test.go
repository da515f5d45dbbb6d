package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionCommand(t *testing.T) {
	for _, arg := range []string{"version", "--version"} {
		out, _, code := run(t, "", nil, arg)
		if code != 0 || !strings.HasPrefix(out, "careerbot ") || !strings.Contains(out, "\ncommit: ") || !strings.Contains(out, "\nbuilt: ") {
			t.Errorf("%s: exit %d, %q", arg, code, out)
		}
	}
}

func TestReadBuildInfo(t *testing.T) {
	fromGo := func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/careerbot-dev/careerbot", Version: "v1.4.0"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.time", Value: "2026-11-30T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}, true
	}
	b := readBuildInfo(fromGo)
	if b.Version != "v1.4.0" || b.Commit != "abc123" || b.Date != "2026-11-30T10:00:00Z" || !b.Modified {
		t.Errorf("from build info: %+v", b)
	}
	if s := b.String(); !strings.Contains(s, "careerbot v1.4.0\n") || !strings.Contains(s, "commit: abc123-dirty\n") {
		t.Errorf("String() = %q", s)
	}
	// -ldflags -X overrides win over the build information.
	version, commit, date = "v9.9.9", "feedbeef", "2026-12-01T00:00:00Z"
	t.Cleanup(func() { version, commit, date = "", "", "" })
	b = readBuildInfo(fromGo)
	if b.Version != "v9.9.9" || b.Commit != "feedbeef" || b.Date != "2026-12-01T00:00:00Z" {
		t.Errorf("ldflags overrides: %+v", b)
	}
	version, commit, date = "", "", ""
	// go build outside a module version and VCS: devel, unknown.
	b = readBuildInfo(func() (*debug.BuildInfo, bool) {
		return &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, true
	})
	if b.Version != "devel" || b.Commit != "unknown" || b.Date != "unknown" {
		t.Errorf("devel build: %+v", b)
	}
}
