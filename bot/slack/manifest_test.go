package slack

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/careerbot-dev/careerbot/internal/testbot"
)

func fixedNow() time.Time { return time.Unix(1800000000, 0) }

type manifest struct {
	Features struct {
		AppHome struct {
			HomeTab     bool `yaml:"home_tab_enabled"`
			MessagesTab bool `yaml:"messages_tab_enabled"`
			ReadOnly    bool `yaml:"messages_tab_read_only_enabled"`
		} `yaml:"app_home"`
		BotUser struct {
			DisplayName string `yaml:"display_name"`
		} `yaml:"bot_user"`
		SlashCommands []struct {
			Command      string `yaml:"command"`
			Description  string `yaml:"description"`
			UsageHint    string `yaml:"usage_hint"`
			ShouldEscape bool   `yaml:"should_escape"`
			URL          string `yaml:"url"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuth struct {
		Scopes struct {
			Bot []string `yaml:"bot"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		Events struct {
			BotEvents []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			Enabled bool `yaml:"is_enabled"`
		} `yaml:"interactivity"`
		SocketMode bool `yaml:"socket_mode_enabled"`
	} `yaml:"settings"`
}

// TestManifestMatchesRegistry checks slack-app-manifest.yaml against the
// command registry: one slash command per registered command with the same
// description and usage, plus the catch-all; and the scopes and events the
// adapter needs.
func TestManifestMatchesRegistry(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "slack-app-manifest.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	reg := testbot.New(t).Registry

	want := map[string][2]string{} // command → description, usage hint
	var order []string
	for _, c := range reg.Commands() {
		usage := strings.TrimSpace(strings.TrimPrefix(c.Usage(), "/"+c.Name))
		want["/"+c.Name] = [2]string{c.Description, usage}
		order = append(order, "/"+c.Name)
	}
	if _, clash := reg.Lookup("career"); clash {
		t.Fatal("the registry has a /career command: the catch-all needs another name")
	}
	got := map[string]bool{}
	var expected strings.Builder
	for _, name := range order {
		w := want[name]
		expected.WriteString("    - command: " + name + "\n      description: " + w[0] + "\n")
		if w[1] != "" {
			expected.WriteString("      usage_hint: \"" + w[1] + "\"\n")
		}
	}
	for _, c := range m.Features.SlashCommands {
		if got[c.Command] {
			t.Errorf("%s listed twice", c.Command)
		}
		got[c.Command] = true
		if len([]rune(c.Description)) > 100 || c.Description == "" {
			t.Errorf("%s: description must be 1-100 characters", c.Command)
		}
		if c.ShouldEscape {
			t.Errorf("%s: should_escape must be false (the adapter decodes Slack's formatting itself)", c.Command)
		}
		if c.Command == "/career" {
			continue
		}
		w, ok := want[c.Command]
		if !ok {
			t.Errorf("manifest has %s, which the registry does not", c.Command)
			continue
		}
		if c.Description != w[0] || c.UsageHint != w[1] {
			t.Errorf("%s: manifest says %q / %q, registry %q / %q", c.Command, c.Description, c.UsageHint, w[0], w[1])
		}
	}
	for _, name := range append(order, "/career") {
		if !got[name] {
			t.Errorf("manifest lacks %s", name)
		}
	}
	if t.Failed() {
		t.Logf("slash_commands from the registry (add /career):\n%s", expected.String())
	}
	if n := len(m.Features.SlashCommands); n > 50 {
		t.Errorf("%d slash commands; Slack allows 50 per app", n)
	}

	for _, scope := range []string{"app_mentions:read", "chat:write", "commands", "im:history", "im:write",
		"users:read", "channels:read", "groups:read", "channels:history", "groups:history"} {
		if !slices.Contains(m.OAuth.Scopes.Bot, scope) {
			t.Errorf("bot scope %s missing", scope)
		}
	}
	for _, ev := range []string{"app_mention", "message.im", "message.channels", "message.groups", "app_home_opened", "team_join", "member_joined_channel"} {
		if !slices.Contains(m.Settings.Events.BotEvents, ev) {
			t.Errorf("bot event %s missing", ev)
		}
	}
	if !m.Settings.SocketMode || !m.Settings.Interactivity.Enabled || !m.Features.AppHome.HomeTab ||
		!m.Features.AppHome.MessagesTab || m.Features.AppHome.ReadOnly {
		t.Errorf("want socket mode, interactivity, the Home tab and a writable Messages tab: %+v %+v", m.Settings, m.Features.AppHome)
	}
}
