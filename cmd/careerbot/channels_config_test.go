package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestChannelAllowListConfigErrors(t *testing.T) {
	dir := t.TempDir()
	for body, want := range map[string]string{
		"discord:\n  channels:\n    - \"1300000000000000001\"\n    - general\n": `c.yaml:4: discord.channels[1]: "general" is not a channel id`,
		"slack:\n  channels: [C0HELP, \"#help\"]\n":                             `c.yaml:2: slack.channels[1]: "#help" is not a channel id`,
	} {
		p := filepath.Join(dir, "c.yaml")
		os.WriteFile(p, []byte(body), 0o644)
		_, errOut, code := run(t, "", nil, "ask", "--config", p, "hi")
		if code != 1 || !strings.Contains(errOut, want) {
			t.Errorf("%q: exit %d, want %q in %q", body, code, want, errOut)
		}
	}
	p := filepath.Join(dir, "ok.yaml")
	os.WriteFile(p, []byte("discord:\n  channels: [\"1300000000000000001\"]\nslack:\n  channels: [C0HELP, G0PRIVATE]\n"), 0o644)
	if _, errOut, code := run(t, "", nil, "ask", "--config", p, "/careers"); code != 0 {
		t.Errorf("valid channel ids refused: %s", errOut)
	}
}
