package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run runs the program in-process like main does and returns stdout,
// stderr and the exit code.
func run(t *testing.T, stdin string, env map[string]string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain()
	m.Stdin, m.Stdout, m.Stderr = strings.NewReader(stdin), &out, &errb
	m.Getenv = func(k string) string { return env[k] }
	err := m.ParseFlags(args)
	if err == nil {
		err = m.Run(context.Background())
	}
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	code := exitCode(m, err)
	return out.String(), errb.String(), code
}

func TestAskJSON(t *testing.T) {
	out, _, code := run(t, "", nil, "ask", "--json", "/salary", "CA")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var a struct {
		Answered bool   `json:"answered"`
		Text     string `json:"text"`
		Source   struct {
			Guide string `json:"guide"`
		} `json:"source"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if !a.Answered || !strings.Contains(a.Text, "$185,000") || a.Source.Guide != "ml-engineer" {
		t.Fatalf("got %+v", a)
	}
	if strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Error("--json must print one line")
	}
}

func TestAskPlainAndFlagsAfterText(t *testing.T) {
	out, _, code := run(t, "", nil, "ask", "what", "certifications", "help?", "--json")
	if code != 0 || !strings.Contains(out, `"answered":true`) || !strings.Contains(out, "AWS Machine Learning Specialty") {
		t.Fatalf("exit %d: %s", code, out)
	}
	out, _, code = run(t, "", nil, "ask", "recipe for chocolate cake")
	if code != 0 || !strings.Contains(out, "can't answer") {
		t.Fatalf("off-topic must exit 0 with a reply: %d %s", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"ask"}, {"frobnicate"}, {"ask", "--bogus", "x"}, {"new-guide"}} {
		_, errOut, code := run(t, "", nil, args...)
		if code != 2 || !strings.Contains(errOut, "Usage:") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
	out, _, code := run(t, "", nil, "help")
	if code != 0 || !strings.Contains(out, "careerbot ask") {
		t.Errorf("help: %d %s", code, out)
	}
}

func TestChat(t *testing.T) {
	out, _, code := run(t, "/salary NY\n\nwhat tools should I learn?\n/quit\n/salary CA\n", nil, "chat")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "$170,000") || !strings.Contains(out, "PyTorch") {
		t.Errorf("chat output:\n%s", out)
	}
	if strings.Contains(out, "$185,000") {
		t.Error("chat kept going after /quit")
	}
}

func TestValidateAndNewGuide(t *testing.T) {
	out, _, code := run(t, "", nil, "validate")
	if code != 0 || !strings.Contains(out, "ok: 1 guide(s)") {
		t.Fatalf("validate shipped: %d %s", code, out)
	}
	dir := t.TempDir()
	out, _, code = run(t, "", nil, "new-guide", "--dir", dir, "quantum-gardener")
	if code != 0 || !strings.Contains(out, "quantum-gardener.md") {
		t.Fatalf("new-guide: %d %s", code, out)
	}
	if _, _, code = run(t, "", nil, "new-guide", "--dir", dir, "quantum-gardener"); code != 1 {
		t.Errorf("overwriting must fail, exit %d", code)
	}
	// A skeleton never filled in is refused, placeholder by placeholder.
	out, _, code = run(t, "", nil, "validate", dir)
	if code != 1 || !strings.Contains(out, `quantum-gardener.md:41: body: "Describe the job in a few sentences." is placeholder text`) {
		t.Fatalf("validate skeleton: %d %s", code, out)
	}
	p := filepath.Join(dir, "quantum-gardener.md")
	data, _ := os.ReadFile(p)
	filled := string(data)
	for _, ph := range []string{"Who published the facts (required)", "Describe the job in a few sentences.", "A typical task",
		"Step 1: First step (duration)", "What to do", "A skill", "**A tool**: what it is for",
		"Say whether certifications matter, then list them with prices.", "A likely interview topic", "A project idea",
		"A common challenge", "What the outlook figures mean, with their source."} {
		filled = strings.Replace(filled, ph, "Gardening quanta, carefully.", 1)
	}
	os.WriteFile(p, []byte(filled), 0o644)
	out, _, code = run(t, "", nil, "validate", dir)
	if code != 0 || !strings.Contains(out, "ok: 1 guide(s)") {
		t.Fatalf("validate filled-in skeleton: %d %s", code, out)
	}
	// Break it: a negative salary and a bad state are reported with file:line.
	data, _ = os.ReadFile(p)
	bad := strings.Replace(string(data), "  median: 0", "  median: -3", 1)
	bad = strings.Replace(bad, "states: []", "states:\n  - {code: XX, median: 1}", 1)
	if err := os.WriteFile(p, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = run(t, "", nil, "validate", dir)
	if code != 1 || !strings.Contains(out, "quantum-gardener.md:20: salary.median: must not be negative") ||
		!strings.Contains(out, `states[0].code: "XX" is not a US state code`) {
		t.Fatalf("validate broken: %d\n%s", code, out)
	}
	// The same folder refuses to start the bot.
	_, errOut, code := run(t, "", nil, "ask", "--content", dir, "/salary")
	if code != 1 || !strings.Contains(errOut, "salary.median") {
		t.Errorf("ask with invalid content: %d %s", code, errOut)
	}
}

func TestContentDirOverride(t *testing.T) {
	dir := t.TempDir()
	g := strings.ReplaceAll(fixtureGuide, "\t", "")
	if err := os.WriteFile(filepath.Join(dir, "f.md"), []byte(g), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := run(t, "", nil, "ask", "--content", dir, "/salary TX")
	if code != 0 || !strings.Contains(out, "$42,000") {
		t.Fatalf("%d %s", code, out)
	}
	cfg := filepath.Join(dir, "c.yaml")
	os.WriteFile(cfg, []byte("content_dir: "+dir+"\n"), 0o644)
	out, _, code = run(t, "", nil, "ask", "--config", cfg, "/salary TX")
	if code != 0 || !strings.Contains(out, "$42,000") {
		t.Fatalf("config content_dir: %d %s", code, out)
	}
}

const fixtureGuide = `---
slug: fixture-career
title: Fixture Career
source:
  publisher: careerbot test fixtures
salary:
  median: 40000
states:
  - {code: TX, employed: 3, median: 42000, vs_national_pct: 5}
---

## What it is {#overview}

A made-up career for tests.
`

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"log:\n  level: loud\n":                   `log.level: "loud" must be debug`,
		"http:\n  listne: x\n":                    `c.yaml:2: http.listne: unknown key (did you mean "listen"?)`,
		"limits:\n  max_question_length: many\n":  "c.yaml:2: limits.max_question_length: must be a whole number",
		"content_dir: [a\n":                       "c.yaml:1: (document): malformed YAML",
		"default_career: ${CAREERBOT_NOPE_ENV}\n": "c.yaml:1: default_career: environment variable CAREERBOT_NOPE_ENV is not set",
		"limits:\n  rate:\n    replicas: -2\n":    "c.yaml:3: limits.rate.replicas: -2 must be between 1 and 1000",
		"content:\n  answer_cache: -1\n":          "c.yaml:2: content.answer_cache: -1 must be between 0 (off) and 1000000",
	}
	for body, want := range cases {
		p := filepath.Join(dir, "c.yaml")
		os.WriteFile(p, []byte(body), 0o644)
		_, errOut, code := run(t, "", nil, "ask", "--config", p, "hi")
		if code != 1 || !strings.Contains(errOut, want) {
			t.Errorf("%q: exit %d, want %q in %q", body, code, want, errOut)
		}
	}
	// Environment expansion works when set.
	p := filepath.Join(dir, "c.yaml")
	os.WriteFile(p, []byte("default_career: ${CB_CAREER}\n"), 0o644)
	out, _, code := run(t, "", map[string]string{"CB_CAREER": "ml-engineer"}, "ask", "--config", p, "/salary")
	if code != 0 || !strings.Contains(out, "$150,000") {
		t.Errorf("env expansion: %d %s", code, out)
	}
}

func TestExampleConfigLoadsWithoutSecrets(t *testing.T) {
	cfg, err := LoadConfig("../../config.example.yaml", func(string) string { return "" })
	if err != nil {
		t.Fatalf("config.example.yaml without environment: %v", err)
	}
	if cfg.Discord.Enabled() || cfg.Slack.BotToken != "" {
		t.Error("adapters on without tokens")
	}
	if cfg.Content.AnswerCache != DefaultConfig().Content.AnswerCache {
		t.Errorf("content.answer_cache: the example says %d, the default is %d", cfg.Content.AnswerCache, DefaultConfig().Content.AnswerCache)
	}
}

func TestExampleConfigLoads(t *testing.T) {
	env := map[string]string{}
	for _, k := range []string{"DISCORD_TOKEN", "DISCORD_PUBLIC_KEY", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"} {
		env[k] = "x"
	}
	if _, err := LoadConfig("../../config.example.yaml", func(k string) string { return env[k] }); err != nil {
		t.Fatalf("config.example.yaml: %v", err)
	}
}

// ${ENV} is expanded inside map-valued keys too (per-guild templates), and
// an unset variable there names its key and line.
func TestConfigEnvInMaps(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(p, []byte("discord:\n  onboarding:\n    guilds:\n      \"500\":\n        template: \"${CB_WELCOME} {user}\"\n        channel_id: ${CB_CHANNEL:-600}\n"), 0o644)
	cfg, err := LoadConfig(p, func(k string) string { return map[string]string{"CB_WELCOME": "Hello"}[k] })
	if err != nil {
		t.Fatal(err)
	}
	g := cfg.Discord.Onboarding.Guilds["500"]
	if g.Template != "Hello {user}" || g.ChannelID != "600" {
		t.Fatalf("not expanded: %+v", g)
	}
	_, err = LoadConfig(p, func(string) string { return "" })
	if err == nil || !strings.Contains(err.Error(), "c.yaml:5: discord.onboarding.guilds.500.template: environment variable CB_WELCOME is not set") {
		t.Fatalf("got %v", err)
	}
}
