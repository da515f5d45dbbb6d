package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
)

// Release builds set these with -ldflags "-X main.version=v1.2.3 -X
// main.commit=abc123 -X main.date=2026-12-01T15:00:00Z" (scripts/release.sh
// does). Empty: read from the build information the Go toolchain embeds.
var (
	version string
	commit  string
	date    string
)

// BuildInfo is what `careerbot version` prints.
type BuildInfo struct {
	Version, Commit, Date, GoVersion, Platform string
	Modified                                   bool
}

// readBuildInfo combines the -ldflags overrides with debug.ReadBuildInfo:
// the module version for `go install …@vX`, the VCS revision and time for
// `go build` in a git checkout.
func readBuildInfo(read func() (*debug.BuildInfo, bool)) BuildInfo {
	b := BuildInfo{Version: version, Commit: commit, Date: date, GoVersion: runtime.Version(),
		Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if bi, ok := read(); ok {
		b.GoVersion = bi.GoVersion
		if b.Version == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			b.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if b.Commit == "" {
					b.Commit = s.Value
				}
			case "vcs.time":
				if b.Date == "" {
					b.Date = s.Value
				}
			case "vcs.modified":
				b.Modified = s.Value == "true"
			}
		}
	}
	if b.Version == "" {
		b.Version = "devel"
	}
	if b.Commit == "" {
		b.Commit = "unknown"
	}
	if b.Date == "" {
		b.Date = "unknown"
	}
	return b
}

func (b BuildInfo) String() string {
	c := b.Commit
	if b.Modified && !strings.HasSuffix(c, "-dirty") {
		c += "-dirty"
	}
	return fmt.Sprintf("careerbot %s\ncommit: %s\nbuilt: %s\ngo: %s %s\n", b.Version, c, b.Date, b.GoVersion, b.Platform)
}

func (m *Main) runVersion(w io.Writer) error {
	_, err := io.WriteString(w, readBuildInfo(debug.ReadBuildInfo).String())
	return err
}
