package discord

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerbot-dev/careerbot/bot"
	"github.com/careerbot-dev/careerbot/bot/discord/fakediscord"

	"gopkg.in/yaml.v3"
)

var (
	guild2     = "1100000000000000002" // DM welcomes with a channel fallback, no roles
	guild3     = "1100000000000000003" // not listed: defaults (disabled)
	welcomeCh  = "1200000000000000010"
	fallbackCh = "1200000000000000020"
	roleMLE    = "1500000000000000001"
	roleDS     = "1500000000000000002"
	otherRole  = "1500000000000000099" // a role the member has that is not an interest role
	bob        = fakediscord.User{ID: "900000000000000002", Username: "bob"}
)

// countObserver counts bot.Observer events.
type countObserver struct {
	mu sync.Mutex
	n  map[string]int
	up []bool
}

func newCountObserver() *countObserver { return &countObserver{n: map[string]int{}} }

func (o *countObserver) add(k string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.n[k]++
}
func (o *countObserver) AdapterUp(_ string, up bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.up = append(o.up, up)
}
func (o *countObserver) Reconnect(string)     { o.add("reconnect") }
func (o *countObserver) Welcome(string)       { o.add("welcome") }
func (o *countObserver) WelcomeFailed(string) { o.add("welcome_failed") }
func (o *countObserver) QuickStart(string)    { o.add("quick_start") }
func (o *countObserver) RoleChange(string)    { o.add("role_change") }

func (o *countObserver) get(k string) int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.n[k]
}

// wait waits until counter k reaches n (counters move just after the REST
// call the fake records) and returns its value.
func (o *countObserver) wait(t *testing.T, k string, n int) int {
	t.Helper()
	deadline := time.Now().Add(wait)
	for o.get(k) < n && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	return o.get(k)
}

func (o *countObserver) ups() []bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]bool(nil), o.up...)
}

// testClock is a settable clock for the rejoin window.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// logBuffer captures log lines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func boolp(b bool) *bool { return &b }

func onboardingConfig(f *fakediscord.Server) Config {
	cfg := fakeConfig(f)
	cfg.GuildIDs = []string{guildID}
	cfg.Intents = []string{"guild_members"}
	cfg.Onboarding = OnboardingConfig{
		Defaults: OnboardingSettings{RejoinWindow: time.Hour},
		Guilds: map[string]OnboardingSettings{
			guildID: {Enabled: boolp(true), ChannelID: welcomeCh,
				Template: "Welcome {user} to {server}! You are member #{member_count}. Try {commands}.",
				Roles: []InterestRole{
					{RoleID: roleMLE, Career: "mle", Description: "ML engineering talk"},
					{RoleID: roleDS, Label: "Data Scientist"},
				}},
			guild2: {Enabled: boolp(true), DM: boolp(true), Channel: boolp(false), ChannelID: fallbackCh},
		},
	}
	return cfg
}

// startOnboarding runs an adapter with a clock, an observer and a log buffer
// installed before Run.
func startOnboarding(t *testing.T, f *fakediscord.Server, cfg Config, ans bot.Answerer, reg *bot.Registry) (*running, *testClock, *countObserver, *logBuffer) {
	t.Helper()
	logs := &logBuffer{}
	a, err := New(cfg, ans, reg, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	clock := &testClock{t: time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)}
	a.now = clock.Now
	obs := newCountObserver()
	a.SetObserver(obs)
	r := startRun(t, a)
	if err := f.WaitConnections(1, wait); err != nil {
		t.Fatal(err)
	}
	return r, clock, obs, logs
}

// welcomeTo matches a message posted in channel that mentions user.
func welcomeTo(channel, user string) func(fakediscord.Call) bool {
	return func(c fakediscord.Call) bool {
		return c.Method == http.MethodPost && c.Path == "/channels/"+channel+"/messages" && mentions(c, user)
	}
}

// mentions reports whether a posted message's content mentions user.
func mentions(c fakediscord.Call, user string) bool {
	var p struct {
		Content string `json:"content"`
	}
	return c.Decode(&p) == nil && strings.Contains(p.Content, "<@"+user+">")
}

type wireSelect struct {
	Type      int    `json:"type"`
	CustomID  string `json:"custom_id"`
	Label     string `json:"label"`
	MinValues *int   `json:"min_values"`
	MaxValues int    `json:"max_values"`
	Options   []struct {
		Label       string `json:"label"`
		Value       string `json:"value"`
		Description string `json:"description"`
	} `json:"options"`
}

type wirePost struct {
	Content         string          `json:"content"`
	AllowedMentions json.RawMessage `json:"allowed_mentions"`
	Components      []struct {
		Type       int          `json:"type"`
		Components []wireSelect `json:"components"`
	} `json:"components"`
}

func (p wirePost) components() (buttons []wireSelect, menus []wireSelect) {
	for _, r := range p.Components {
		for _, c := range r.Components {
			if c.Type == 3 {
				menus = append(menus, c)
			} else {
				buttons = append(buttons, c)
			}
		}
	}
	return buttons, menus
}

// checkOnlyUser asserts allowed_mentions is {parse:[], users:[user]}.
func checkOnlyUser(t *testing.T, raw json.RawMessage, user string) {
	t.Helper()
	var am struct {
		Parse []string `json:"parse"`
		Roles []string `json:"roles"`
		Users []string `json:"users"`
	}
	if err := json.Unmarshal(raw, &am); err != nil {
		t.Fatalf("allowed_mentions %s: %v", raw, err)
	}
	if am.Parse == nil || len(am.Parse) != 0 || len(am.Roles) != 0 || !slices.Equal(am.Users, []string{user}) {
		t.Fatalf("allowed_mentions %s: want parse [] and users [%s] only", raw, user)
	}
}

// checkQuickStarts asserts the buttons are the four quick starts, encoded
// for the follow-up handler.
func checkQuickStarts(t *testing.T, buttons []wireSelect) {
	t.Helper()
	var cmds []string
	for _, b := range buttons {
		req, ok := bot.DecodeFollowUp(b.CustomID)
		if !ok {
			t.Fatalf("button %q does not decode as a follow-up", b.CustomID)
		}
		cmds = append(cmds, req.Command)
	}
	if !slices.Equal(cmds, []string{"salary", "certs", "path", "help"}) {
		t.Fatalf("quick-start buttons %v", cmds)
	}
	if buttons[0].Label != "Salary by state" {
		t.Errorf("first button label %q", buttons[0].Label)
	}
}

func buttonID(t *testing.T, buttons []wireSelect, label string) string {
	t.Helper()
	for _, b := range buttons {
		if b.Label == label {
			return b.CustomID
		}
	}
	t.Fatalf("no %q button in %+v", label, buttons)
	return ""
}

// TestOnboarding drives welcomes, quick starts, interest roles and /start
// through the fake gateway with the real engine (one session for all
// subtests: discordgo's Close sleeps a second). The subtests share state and
// run in order.
func TestOnboarding(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.Options{})
	f.SetGuild(guildID, fakediscord.Guild{Name: "Career Builders", MemberCount: 1234})
	f.SetGuild(guild2, fakediscord.Guild{Name: "Second Server", MemberCount: 10})
	tb := engine(t)
	sw := newSwitch(tb.Router)
	r, clock, obs, logs := startOnboarding(t, f, onboardingConfig(f), sw, tb.Registry)

	for deadline := time.Now().Add(wait); !r.a.Ready() && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond) // Open returns just after the fake sent READY
	}
	if ups := obs.ups(); len(ups) == 0 || !ups[len(ups)-1] {
		t.Errorf("AdapterUp(true) not reported after connecting: %v", ups)
	}
	if ids := f.Identifies(); len(ids) != 1 || ids[0].Intents&fakediscord.IntentGuildMembers == 0 {
		t.Fatalf("IDENTIFY without the Server Members intent: %+v", ids)
	}

	var welcome wirePost
	var welcomeMsg map[string]any
	t.Run("member join is welcomed in the channel, pinging only them", func(t *testing.T) {
		if err := f.SendMemberAdd(guildID, alice); err != nil {
			t.Fatal(err)
		}
		c, err := f.WaitCall(wait, welcomeTo(welcomeCh, alice.ID))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Decode(&welcome); err != nil {
			t.Fatal(err)
		}
		if err := c.Decode(&welcomeMsg); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"Welcome <@" + alice.ID + "> to Career Builders!", "member #1,234", "/salary", "/start"} {
			if !strings.Contains(welcome.Content, want) {
				t.Errorf("welcome %q lacks %q", welcome.Content, want)
			}
		}
		checkOnlyUser(t, welcome.AllowedMentions, alice.ID)
		buttons, menus := welcome.components()
		checkQuickStarts(t, buttons)
		if len(menus) != 1 {
			t.Fatalf("want one interest menu, got %+v", menus)
		}
		m := menus[0]
		if m.CustomID != rolePrefix+guildID || m.MinValues == nil || *m.MinValues != 0 || m.MaxValues != 2 || len(m.Options) != 2 {
			t.Fatalf("interest menu %+v", m)
		}
		if m.Options[0].Label != "Machine Learning Engineer" || m.Options[0].Value != roleMLE || m.Options[0].Description != "ML engineering talk" {
			t.Errorf("label from the guides: %+v", m.Options[0])
		}
		if m.Options[1].Label != "Data Scientist" || m.Options[1].Value != roleDS {
			t.Errorf("configured label: %+v", m.Options[1])
		}
		var wm wireMessage
		_ = c.Decode(&wm)
		checkLimits(t, wm)
		if n := obs.wait(t, "welcome", 1); n != 1 {
			t.Errorf("Welcome counted %d times", n)
		}
		// No DM: this guild welcomes in the channel only.
		if n := len(f.CallsMatching(fakediscord.Match(http.MethodPost, "/users/@me/channels"))); n != 0 {
			t.Errorf("%d DM channels opened for a channel-only guild", n)
		}
	})

	t.Run("bots joining are not welcomed", func(t *testing.T) {
		botUser := fakediscord.User{ID: "900000000000000077", Username: "otherbot", Bot: true}
		if err := f.SendMemberAdd(guildID, botUser); err != nil {
			t.Fatal(err)
		}
		carol := fakediscord.User{ID: "900000000000000003", Username: "carol"}
		if err := f.SendMemberAdd(guildID, carol); err != nil {
			t.Fatal(err)
		}
		if _, err := f.WaitCall(wait, welcomeTo(welcomeCh, carol.ID)); err != nil {
			t.Fatal(err)
		}
		if n := len(f.CallsMatching(welcomeTo(welcomeCh, botUser.ID))); n != 0 {
			t.Errorf("a bot was welcomed %d times", n)
		}
		if n := obs.wait(t, "welcome", 2); n != 2 {
			t.Errorf("Welcome counted %d times after carol", n)
		}
	})

	t.Run("a guild without onboarding sends nothing", func(t *testing.T) {
		dave := fakediscord.User{ID: "900000000000000004", Username: "dave"}
		if err := f.SendMemberAdd(guild3, dave); err != nil {
			t.Fatal(err)
		}
		sentinel := fakediscord.User{ID: "900000000000000005", Username: "erin"}
		if err := f.SendMemberAdd(guildID, sentinel); err != nil {
			t.Fatal(err)
		}
		if _, err := f.WaitCall(wait, welcomeTo(welcomeCh, sentinel.ID)); err != nil {
			t.Fatal(err)
		}
		for _, c := range f.CallsMatching(fakediscord.MatchPrefix(http.MethodPost, "/channels/")) {
			if strings.Contains(string(c.Body), dave.ID) {
				t.Errorf("member of an unconfigured guild welcomed: %s %s", c.Path, c.Body)
			}
		}
		obs.wait(t, "welcome", 3)
	})

	t.Run("rejoin inside the window is not welcomed twice; after it is", func(t *testing.T) {
		if err := f.SendMemberRemove(guildID, alice); err != nil {
			t.Fatal(err)
		}
		clock.Advance(30 * time.Minute)
		if err := f.SendMemberAdd(guildID, alice); err != nil {
			t.Fatal(err)
		}
		sentinel := fakediscord.User{ID: "900000000000000006", Username: "frank"}
		if err := f.SendMemberAdd(guildID, sentinel); err != nil {
			t.Fatal(err)
		}
		if _, err := f.WaitCall(wait, welcomeTo(welcomeCh, sentinel.ID)); err != nil {
			t.Fatal(err)
		}
		if n := len(f.CallsMatching(welcomeTo(welcomeCh, alice.ID))); n != 1 {
			t.Fatalf("alice welcomed %d times after rejoining inside the window, want 1", n)
		}
		// (the skipped rejoin's debug line: alice's event may be handled
		// after frank's welcome went out)
		eventuallyLog(t, logs, "rejoined within the rejoin window")
		// The window (1h) counts from the welcome: 31 more minutes pass it.
		clock.Advance(31 * time.Minute)
		mark := time.Now()
		if err := f.SendMemberAdd(guildID, alice); err != nil {
			t.Fatal(err)
		}
		if _, err := f.WaitCall(wait, func(c fakediscord.Call) bool {
			return welcomeTo(welcomeCh, alice.ID)(c) && !c.At.Before(mark)
		}); err != nil {
			t.Fatalf("alice not welcomed again after the window: %v", err)
		}
		if n := len(f.CallsMatching(welcomeTo(welcomeCh, alice.ID))); n != 2 {
			t.Errorf("alice welcomed %d times in all, want 2", n)
		}
		if n := obs.wait(t, "welcome", 5); n != 5 {
			t.Errorf("Welcome counted %d times, want 5", n)
		}
	})

	t.Run("DM refused with 50007 falls back to the channel", func(t *testing.T) {
		failedBefore := obs.get("welcome_failed")
		f.AddFault(fakediscord.Fault{Method: http.MethodPost, Path: "/channels/", Times: 1, Status: http.StatusForbidden, Code: 50007})
		if err := f.SendMemberAdd(guild2, bob); err != nil {
			t.Fatal(err)
		}
		c, err := f.WaitCall(wait, welcomeTo(fallbackCh, bob.ID))
		if err != nil {
			t.Fatalf("no channel fallback: %v", err)
		}
		var p wirePost
		_ = c.Decode(&p)
		checkOnlyUser(t, p.AllowedMentions, bob.ID)
		if !strings.Contains(p.Content, "Second Server") {
			t.Errorf("fallback welcome %q", p.Content)
		}
		buttons, menus := p.components()
		checkQuickStarts(t, buttons)
		if len(menus) != 0 {
			t.Errorf("interest menu in a guild without roles: %+v", menus)
		}
		// The DM was tried first and refused.
		dm, err := f.WaitCall(wait, fakediscord.Match(http.MethodPost, "/users/@me/channels"))
		if err != nil || !strings.Contains(string(dm.Body), bob.ID) {
			t.Fatalf("no DM channel opened for bob: %v %s", err, dm.Body)
		}
		refused := f.CallsMatching(func(c fakediscord.Call) bool {
			return c.Method == http.MethodPost && strings.HasPrefix(c.Path, "/channels/") && c.Status == http.StatusForbidden
		})
		if len(refused) != 1 || refused[0].Path == "/channels/"+fallbackCh+"/messages" {
			t.Errorf("refused DM post: %+v", refused)
		}
		if n := obs.get("welcome_failed") - failedBefore; n != 1 {
			t.Errorf("WelcomeFailed counted %d times for a refused DM", n)
		}
		if !strings.Contains(logs.String(), "50007") {
			t.Errorf("no log line for the refused DM")
		}
		if n := obs.wait(t, "welcome", 6); n != 6 {
			t.Errorf("Welcome counted %d times, want 6 (the fallback counts)", n)
		}
	})

	t.Run("DM accepted: no channel post", func(t *testing.T) {
		gina := fakediscord.User{ID: "900000000000000008", Username: "gina"}
		if err := f.SendMemberAdd(guild2, gina); err != nil {
			t.Fatal(err)
		}
		c, err := f.WaitCall(wait, func(c fakediscord.Call) bool {
			return c.Method == http.MethodPost && strings.HasPrefix(c.Path, "/channels/") && c.Path != "/channels/"+fallbackCh+"/messages" &&
				mentions(c, gina.ID)
		})
		if err != nil || c.Status != http.StatusOK {
			t.Fatalf("no DM welcome: %v %+v", err, c)
		}
		var p wirePost
		_ = c.Decode(&p)
		checkOnlyUser(t, p.AllowedMentions, gina.ID)
		if n := len(f.CallsMatching(welcomeTo(fallbackCh, gina.ID))); n != 0 {
			t.Errorf("channel welcome although the DM worked")
		}
		if n := obs.wait(t, "welcome", 7); n != 7 {
			t.Errorf("Welcome counted %d times, want 7 (one for the DM)", n)
		}
	})

	t.Run("DM accepted with a 2xx that does not decode: no channel post", func(t *testing.T) {
		hal := fakediscord.User{ID: "900000000000000009", Username: "hal"}
		f.AddFault(fakediscord.Fault{Method: http.MethodPost, Path: "/channels/", Times: 1, Status: http.StatusOK, Body: "not json"})
		if err := f.SendMemberAdd(guild2, hal); err != nil {
			t.Fatal(err)
		}
		if n := obs.wait(t, "welcome", 8); n != 8 {
			t.Errorf("Welcome counted %d times, want 8: the DM was delivered", n)
		}
		if n := len(f.CallsMatching(welcomeTo(fallbackCh, hal.ID))); n != 0 {
			t.Errorf("welcomed twice: a channel post after an accepted DM")
		}
	})

	t.Run("quick-start click answers ephemerally", func(t *testing.T) {
		buttons, _ := welcome.components()
		id := buttonID(t, buttons, "Certifications")
		before := obs.get("quick_start")
		in := f.Button(bob, guildID, welcomeCh, id, welcomeMsg)
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, typ := finalMessage(t, f, in)
		if m.Flags&64 == 0 {
			t.Fatalf("quick-start answer (type %d) is not ephemeral: flags %d", typ, m.Flags)
		}
		if len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].text(), "AWS Machine Learning Specialty") {
			t.Fatalf("certifications answer: %+v", m.Embeds)
		}
		checkLimits(t, m)
		checkNoMassMentions(t, m.AllowedMentions)
		if n := obs.get("quick_start") - before; n != 1 {
			t.Errorf("QuickStart counted %d times", n)
		}
		reqs := sw.requests()
		last := reqs[len(reqs)-1]
		if last.Command != "certs" || last.UserID != bob.ID || len(last.Options) != 0 || last.Text != "/certs" {
			t.Errorf("engine saw %+v; the quick-start marker must not reach it", last)
		}
		if !slices.Contains(m.customIDs(), shareID) {
			t.Errorf("ephemeral quick-start answer without a share button: %v", m.customIDs())
		}
	})

	t.Run("quick-start salary from the welcome", func(t *testing.T) {
		buttons, _ := welcome.components()
		in := f.Button(alice, guildID, welcomeCh, buttonID(t, buttons, "Salary by state"), welcomeMsg)
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		if m.Flags&64 == 0 || len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].text(), "$") {
			t.Fatalf("salary quick start: flags %d %+v", m.Flags, m.Embeds)
		}
	})

	t.Run("select menu adds chosen and removes de-selected roles", func(t *testing.T) {
		f.SetMemberRoles(guildID, bob.ID, roleDS, otherRole)
		before := obs.get("role_change")
		// "777..." is not an interest role: a forged value is ignored.
		in := f.Select(bob, guildID, welcomeCh, rolePrefix+guildID, []string{roleMLE, "1500000000000000777"}, welcomeMsg)
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		if m.Flags&64 == 0 {
			t.Errorf("role confirmation not ephemeral")
		}
		if !strings.Contains(m.Content, "Added: **Machine Learning Engineer**") || !strings.Contains(m.Content, "Removed: **Data Scientist**") {
			t.Errorf("confirmation %q", m.Content)
		}
		checkNoMassMentions(t, m.AllowedMentions)
		puts := f.CallsMatching(fakediscord.MatchPrefix(http.MethodPut, "/guilds/"+guildID+"/members/"+bob.ID+"/roles/"))
		dels := f.CallsMatching(fakediscord.MatchPrefix(http.MethodDelete, "/guilds/"+guildID+"/members/"+bob.ID+"/roles/"))
		if len(puts) != 1 || !strings.HasSuffix(puts[0].Path, "/"+roleMLE) {
			t.Errorf("role PUTs %+v", puts)
		}
		if len(dels) != 1 || !strings.HasSuffix(dels[0].Path, "/"+roleDS) {
			t.Errorf("role DELETEs %+v", dels)
		}
		roles, _ := f.MemberRoles(guildID, bob.ID)
		slices.Sort(roles)
		if !slices.Equal(roles, []string{roleMLE, otherRole}) {
			t.Errorf("bob's roles now %v", roles)
		}
		if n := obs.get("role_change") - before; n != 2 {
			t.Errorf("RoleChange counted %d, want 2", n)
		}
	})

	t.Run("same choice again changes nothing", func(t *testing.T) {
		calls := len(f.CallsMatching(fakediscord.MatchPrefix("", "/guilds/"+guildID+"/members/")))
		in := f.Select(bob, guildID, welcomeCh, rolePrefix+guildID, []string{roleMLE}, welcomeMsg)
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		if !strings.Contains(m.Content, "No changes") {
			t.Errorf("confirmation %q", m.Content)
		}
		if n := len(f.CallsMatching(fakediscord.MatchPrefix("", "/guilds/"+guildID+"/members/"))); n != calls {
			t.Errorf("%d role calls for an unchanged choice", n-calls)
		}
	})

	t.Run("select from the DM welcome reads the member first", func(t *testing.T) {
		// In a DM there is no member in the interaction: the adapter reads
		// the member's roles, then changes them.
		f.SetMemberRoles(guildID, alice.ID, roleMLE)
		in := f.Select(alice, "", "1200000000000000099", rolePrefix+guildID, []string{roleDS}, nil)
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		if m.Flags&64 == 0 || !strings.Contains(m.Content, "Added: **Data Scientist**") || !strings.Contains(m.Content, "Removed: **Machine Learning Engineer**") {
			t.Errorf("DM confirmation flags %d %q", m.Flags, m.Content)
		}
		if _, err := f.WaitCall(wait, fakediscord.Match(http.MethodGet, "/guilds/"+guildID+"/members/"+alice.ID)); err != nil {
			t.Errorf("member not read: %v", err)
		}
		roles, _ := f.MemberRoles(guildID, alice.ID)
		if !slices.Equal(roles, []string{roleDS}) {
			t.Errorf("alice's roles %v", roles)
		}
	})

	t.Run("slow role changes are deferred ephemerally", func(t *testing.T) {
		f.SetMemberRoles(guildID, bob.ID)
		f.AddFault(fakediscord.Fault{Method: http.MethodPut, Path: "/guilds/" + guildID + "/members/" + bob.ID, Times: 1, Delay: time.Second})
		in := f.Select(bob, guildID, welcomeCh, rolePrefix+guildID, []string{roleDS}, welcomeMsg)
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, typ := finalMessage(t, f, in)
		if typ != fakediscord.ResponseDeferredMessage || m.Flags&64 == 0 {
			t.Errorf("slow change: response type %d flags %d, want an ephemeral deferral", typ, m.Flags)
		}
		if !strings.Contains(m.Content, "Added: **Data Scientist**") {
			t.Errorf("edited confirmation %q", m.Content)
		}
	})

	t.Run("50013 gets an ephemeral explanation and an admin log line", func(t *testing.T) {
		f.SetMemberRoles(guildID, bob.ID, roleMLE)
		f.AddFault(fakediscord.Fault{Method: http.MethodPut, Path: "/guilds/" + guildID + "/members/", Times: 1,
			Status: http.StatusForbidden, Code: 50013})
		in := f.Select(bob, guildID, welcomeCh, rolePrefix+guildID, []string{roleMLE, roleDS}, welcomeMsg)
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		if m.Flags&64 == 0 {
			t.Errorf("explanation not ephemeral")
		}
		for _, want := range []string{"couldn't change **Data Scientist**", "Manage Roles", "moderator"} {
			if !strings.Contains(m.Content, want) {
				t.Errorf("explanation %q lacks %q", m.Content, want)
			}
		}
		lg := logs.String()
		if !strings.Contains(lg, "permission=\"Manage Roles\"") || !strings.Contains(lg, "role="+roleDS) || !strings.Contains(lg, "level=ERROR") {
			t.Errorf("no admin log line naming Manage Roles and the role:\n%s", lg)
		}
	})

	t.Run("/start shows the panel ephemerally with buttons and menu", func(t *testing.T) {
		in := f.SlashCommand(bob, guildID, channelID, "start")
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		c, err := f.WaitResponse(in, wait)
		if err != nil {
			t.Fatal(err)
		}
		var resp struct {
			Type int `json:"type"`
			Data struct {
				wirePost
				Flags  int         `json:"flags"`
				Embeds []wireEmbed `json:"embeds"`
			} `json:"data"`
		}
		if err := c.Decode(&resp); err != nil {
			t.Fatal(err)
		}
		if resp.Type != fakediscord.ResponseMessage && resp.Type != fakediscord.ResponseDeferredMessage {
			t.Fatalf("response type %d", resp.Type)
		}
		if resp.Data.Flags&64 == 0 {
			t.Fatalf("/start panel not ephemeral")
		}
		if resp.Type == fakediscord.ResponseDeferredMessage {
			e, err := f.WaitEdit(in, wait)
			if err != nil {
				t.Fatal(err)
			}
			resp.Data.Components = nil
			_ = e.Decode(&resp.Data)
		}
		if len(resp.Data.Embeds) != 1 || !strings.Contains(resp.Data.Embeds[0].Title, "Welcome") {
			t.Errorf("panel embed %+v", resp.Data.Embeds)
		}
		buttons, menus := resp.Data.components()
		checkQuickStarts(t, buttons)
		for _, b := range buttons {
			if b.CustomID == shareID {
				t.Errorf("share button on the panel")
			}
		}
		if len(menus) != 1 || menus[0].CustomID != rolePrefix+guildID || len(menus[0].Options) != 2 {
			t.Errorf("panel menu %+v", menus)
		}
		// A panel button is a quick start too: ephemeral.
		click := f.Button(bob, guildID, channelID, buttonID(t, buttons, "How to get there"), nil)
		if err := f.SendInteraction(click); err != nil {
			t.Fatal(err)
		}
		if m, _ := finalMessage(t, f, click); m.Flags&64 == 0 {
			t.Errorf("panel quick start not ephemeral")
		}
	})

	t.Run("/start in a guild without roles has no menu", func(t *testing.T) {
		in := f.SlashCommand(bob, guild2, fallbackCh, "start")
		if err := f.SendInteraction(in); err != nil {
			t.Fatal(err)
		}
		m, _ := finalMessage(t, f, in)
		if m.Flags&64 == 0 {
			t.Errorf("panel not ephemeral")
		}
		var menus int
		for _, r := range m.Components {
			for _, c := range r.Components {
				if c.Type == 3 {
					menus++
				}
			}
		}
		if menus != 0 || len(m.Components) == 0 {
			t.Errorf("components %+v", m.Components)
		}
	})

	t.Run("reconnect is counted", func(t *testing.T) {
		f.DropConnections()
		deadline := time.After(wait)
		for obs.get("reconnect") == 0 {
			select {
			case <-deadline:
				t.Fatal("no Reconnect after a dropped connection")
			case <-time.After(20 * time.Millisecond):
			}
		}
		ups := obs.ups()
		if !slices.Contains(ups, false) {
			t.Errorf("AdapterUp(false) not reported on the drop: %v", ups)
		}
		_ = r
	})
}

func TestOnboardingConfigErrors(t *testing.T) {
	t.Parallel()
	tb := engine(t)
	base := func() Config {
		return Config{Token: "t", APIURL: "http://127.0.0.1:1/api/v9/", Intents: []string{"guild_members"}}
	}
	long := strings.Repeat("x", 1950) + " {user} {commands}"
	cases := []struct {
		name  string
		mod   func(*Config)
		wants []string
	}{
		{"unknown placeholder in a guild", func(c *Config) {
			c.Onboarding.Guilds = map[string]OnboardingSettings{"123456": {Enabled: boolp(true), ChannelID: welcomeCh, Template: "Hi {usr}"}}
		}, []string{"discord.onboarding.guilds.123456.template: unknown placeholder {usr}"}},
		{"too long for Discord", func(c *Config) {
			c.Onboarding.Guilds = map[string]OnboardingSettings{"123456": {Enabled: boolp(true), ChannelID: welcomeCh, Template: long}}
		}, []string{"discord.onboarding.guilds.123456.template", "2000"}},
		{"bad defaults template", func(c *Config) { c.Onboarding.Defaults.Template = "Hello {name}" },
			[]string{"discord.onboarding.defaults.template: unknown placeholder {name}"}},
		{"guild inherits a bad defaults template", func(c *Config) {
			c.Onboarding.Defaults.Template = "Hello {"
			c.Onboarding.Guilds = map[string]OnboardingSettings{"123456": {Enabled: boolp(true), ChannelID: welcomeCh}}
		}, []string{"discord.onboarding.defaults.template"}},
		{"no welcome channel", func(c *Config) {
			c.Onboarding.Guilds = map[string]OnboardingSettings{"123456": {Enabled: boolp(true)}}
		}, []string{"discord.onboarding.guilds.123456", "channel_id"}},
		{"nowhere to welcome", func(c *Config) {
			c.Onboarding.Guilds = map[string]OnboardingSettings{"123456": {Enabled: boolp(true), Channel: boolp(false)}}
		}, []string{"discord.onboarding.guilds.123456", "dm: true"}},
		{"not a guild id", func(c *Config) {
			c.Onboarding.Guilds = map[string]OnboardingSettings{"my-server": {}}
		}, []string{"discord.onboarding.guilds.my-server", "Copy Server ID"}},
		{"missing intent", func(c *Config) {
			c.Intents = nil
			c.Onboarding.Guilds = map[string]OnboardingSettings{"123456": {Enabled: boolp(true), ChannelID: welcomeCh}}
		}, []string{"guild_members", "discord.intents", "Server Members Intent"}},
		{"http mode", func(c *Config) {
			c.Mode, c.ApplicationID, c.PublicKey = ModeHTTP, "1", strings.Repeat("ab", 32)
			c.Onboarding.Defaults.Enabled, c.Onboarding.Defaults.DM = boolp(true), boolp(true)
		}, []string{"discord.onboarding", "gateway"}},
		{"role without id", func(c *Config) {
			c.Onboarding.Guilds = map[string]OnboardingSettings{"123456": {Roles: []InterestRole{{Label: "ML"}}}}
		}, []string{"discord.onboarding.guilds.123456.roles[0].role_id"}},
		{"unknown career", func(c *Config) {
			c.Onboarding.Guilds = map[string]OnboardingSettings{"123456": {Roles: []InterestRole{{RoleID: roleMLE, Career: "astronaut"}}}}
		}, []string{"discord.onboarding.guilds.123456.roles[0].career", "astronaut"}},
		{"role without label", func(c *Config) {
			c.Onboarding.Guilds = map[string]OnboardingSettings{"123456": {Roles: []InterestRole{{RoleID: roleMLE}}}}
		}, []string{"roles[0]", "label"}},
		{"duplicate role", func(c *Config) {
			c.Onboarding.Defaults.Roles = []InterestRole{{RoleID: roleMLE, Label: "a"}, {RoleID: roleMLE, Label: "b"}}
		}, []string{"discord.onboarding.defaults.roles[1].role_id", "twice"}},
		{"too many roles", func(c *Config) {
			for i := range 26 {
				c.Onboarding.Defaults.Roles = append(c.Onboarding.Defaults.Roles, InterestRole{RoleID: "15000000000000001" + string(rune('0'+i/10)) + string(rune('0'+i%10)), Label: "r"})
			}
		}, []string{"discord.onboarding.defaults.roles", "25"}},
		{"rejoin window too long", func(c *Config) { c.Onboarding.Defaults.RejoinWindow = 1000 * time.Hour },
			[]string{"discord.onboarding.defaults.rejoin_window"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := base()
			c.mod(&cfg)
			_, err := New(cfg, tb.Router, tb.Registry, nil)
			if err == nil {
				t.Fatal("New accepted a bad onboarding config")
			}
			for _, w := range c.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}

	t.Run("valid config", func(t *testing.T) {
		cfg := base()
		cfg.Onboarding.Defaults = OnboardingSettings{Template: "Hi {user} from {server} ({member_count}); {commands}"}
		cfg.Onboarding.Guilds = map[string]OnboardingSettings{"123456": {Enabled: boolp(true), ChannelID: welcomeCh,
			Roles: []InterestRole{{RoleID: roleMLE, Career: "machine learning engineer"}}}}
		a, err := New(cfg, tb.Router, tb.Registry, nil)
		if err != nil {
			t.Fatal(err)
		}
		g := a.onb.settings("123456")
		if !g.enabled || !g.channel || g.dm || g.window != defaultRejoinWindow || len(g.roles) != 1 || g.roles[0].Label != "Machine Learning Engineer" {
			t.Errorf("resolved %+v", g)
		}
		if got := g.tmpl.Render(map[string]string{"user": "U", "server": "S", "member_count": "3", "commands": "C"}); got != "Hi U from S (3); C" {
			t.Errorf("inherited template renders %q", got)
		}
		if d := a.onb.settings("999999"); d.enabled || len(d.roles) != 0 {
			t.Errorf("unlisted guild: %+v", d)
		}
		if !strings.Contains(a.InviteURL(), "permissions=275146427392") {
			t.Errorf("invite with interest roles lacks Manage Roles: %s", a.InviteURL())
		}
		plain, err := New(base(), tb.Router, tb.Registry, nil)
		if err != nil || !strings.Contains(plain.InviteURL(), "permissions=274877991936") {
			t.Errorf("invite without roles: %v %s", err, plain.InviteURL())
		}
	})
}

func TestOnboardingIntentRefused(t *testing.T) {
	t.Parallel()
	f := fakediscord.New(t, fakediscord.Options{DisallowedIntents: fakediscord.IntentGuildMembers})
	tb := engine(t)
	cfg := onboardingConfig(f)
	r := runAdapter(t, cfg, tb.Router, tb.Registry)
	err := r.runErr(t)
	if err == nil || !strings.Contains(err.Error(), "4014") || !strings.Contains(err.Error(), "Server Members Intent") {
		t.Fatalf("Run error %v must name close 4014 and the Server Members Intent", err)
	}
}

func TestJoinMemory(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	m := newJoinMemory(3, time.Hour)
	if !m.first("g/a", time.Hour, t0) || m.first("g/a", time.Hour, t0.Add(59*time.Minute)) {
		t.Fatal("second join inside the window welcomed")
	}
	if !m.first("g/a", time.Hour, t0.Add(61*time.Minute)) {
		t.Fatal("join after the window not welcomed")
	}
	// Bounded: never more than max entries, oldest forgotten first.
	for i := range 10 {
		m.first("g/"+string(rune('b'+i)), time.Hour, t0.Add(62*time.Minute+time.Duration(i)*time.Second))
		if n := m.len(); n > 3 {
			t.Fatalf("%d entries, max 3", n)
		}
	}
	// Expiry: everything is forgotten after the horizon.
	m.first("g/z", time.Hour, t0.Add(5*time.Hour))
	if n := m.len(); n != 1 {
		t.Errorf("%d entries after the horizon, want 1", n)
	}
}

func TestWelcomeRenderNeverMassPings(t *testing.T) {
	t.Parallel()
	tb := engine(t)
	cfg := Config{Token: "t", APIURL: "http://127.0.0.1:1/api/v9/", Intents: []string{"guild_members"}}
	cfg.Onboarding.Defaults = OnboardingSettings{Template: "Welcome {user} to {server}"}
	a, err := New(cfg, tb.Router, tb.Registry, nil)
	if err != nil {
		t.Fatal(err)
	}
	text := a.onb.defaults.tmpl.Render(map[string]string{"user": "<@1>", "server": "@everyone and @here " + strings.Repeat("é", 3000)})
	msg := a.welcomeMessage("123456", "1", text)
	if strings.Contains(msg.Content, "@everyone") || strings.Contains(msg.Content, "@here") {
		t.Errorf("mass mention in %q", msg.Content)
	}
	if ulen(msg.Content) > maxContent {
		t.Errorf("content %d units", ulen(msg.Content))
	}
	if len(msg.AllowedMentions.Parse) != 0 || !slices.Equal(msg.AllowedMentions.Users, []string{"1"}) || len(msg.AllowedMentions.Roles) != 0 {
		t.Errorf("allowed mentions %+v", msg.AllowedMentions)
	}
}

// TestOnboardingHTTPMode: /start, quick starts and the interest menu work
// statelessly over HTTP interactions too (welcomes need the gateway).
func TestOnboardingHTTPMode(t *testing.T) {
	t.Parallel()
	h := newHTTPBot(t, func(c *Config) {
		c.Onboarding.Guilds = map[string]OnboardingSettings{guildID: {Roles: []InterestRole{
			{RoleID: roleMLE, Career: "ML engineer"}, {RoleID: roleDS, Label: "Data Scientist"}}}}
	})
	f := h.f
	st, r := h.send(t, f.SlashCommand(alice, guildID, channelID, "start"))
	if st != 200 || r.Type != 4 || r.Data.Flags&64 == 0 {
		t.Fatalf("/start over http: %d type %d flags %d", st, r.Type, r.Data.Flags)
	}
	var quick, menu string
	for _, row := range r.Data.Components {
		for _, c := range row.Components {
			switch {
			case c.Type == 3:
				menu = c.CustomID
			case c.Label == "Certifications":
				quick = c.CustomID
			}
		}
	}
	if menu != rolePrefix+guildID || quick == "" {
		t.Fatalf("panel components %+v", r.Data.Components)
	}
	st, r = h.send(t, f.Button(bob, guildID, channelID, quick, nil))
	if st != 200 || r.Data.Flags&64 == 0 || len(r.Data.Embeds) != 1 || !strings.Contains(r.Data.Embeds[0].text(), "AWS Machine Learning Specialty") {
		t.Fatalf("quick start over http: %d flags %d %+v", st, r.Data.Flags, r.Data.Embeds)
	}
	f.SetMemberRoles(guildID, bob.ID, roleDS)
	st, r = h.send(t, f.Select(bob, guildID, channelID, menu, []string{roleMLE}, nil))
	if st != 200 || r.Data.Flags&64 == 0 || !strings.Contains(r.Data.Content, "Added: **Machine Learning Engineer**") {
		t.Fatalf("select over http: %d flags %d %q", st, r.Data.Flags, r.Data.Content)
	}
	if roles, _ := f.MemberRoles(guildID, bob.ID); !slices.Equal(roles, []string{roleMLE}) {
		t.Errorf("roles after select: %v", roles)
	}
	// A menu of another server, clicked here, changes nothing.
	st, r = h.send(t, f.Select(bob, guildID, channelID, rolePrefix+guild2, []string{roleDS}, nil))
	if st != 200 || !strings.Contains(r.Data.Content, "doesn't belong") {
		t.Errorf("foreign menu: %d %q", st, r.Data.Content)
	}
}

// TestOnboardingREADMEExample: the YAML example in README.md loads and
// passes New's checks (the same snippet goes into config.example.yaml).
func TestOnboardingREADMEExample(t *testing.T) {
	t.Parallel()
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	i := strings.Index(doc, "### Configuration")
	if i < 0 {
		t.Fatal("README has no onboarding Configuration section")
	}
	start := strings.Index(doc[i:], "```yaml\n")
	end := strings.Index(doc[i+start+8:], "```")
	if start < 0 || end < 0 {
		t.Fatal("no yaml block in the Configuration section")
	}
	snippet := doc[i+start+8 : i+start+8+end]
	var top struct {
		Discord Config `yaml:"discord"`
	}
	if err := yaml.Unmarshal([]byte(snippet), &top); err != nil {
		t.Fatalf("README example: %v\n%s", err, snippet)
	}
	cfg := top.Discord
	cfg.Token = "t"
	tb := engine(t)
	a, err := New(cfg, tb.Router, tb.Registry, nil)
	if err != nil {
		t.Fatalf("README example rejected: %v", err)
	}
	g := a.onb.settings("234567890123456789")
	if !g.enabled || !g.channel || g.dm || len(g.roles) != 2 || g.roles[0].Label != "Machine Learning Engineer" || a.onb.defaults.window != 24*time.Hour {
		t.Errorf("README example resolved to %+v", g)
	}
}

func BenchmarkJoinMemory(b *testing.B) {
	m := newJoinMemory(maxJoinMemory, time.Hour)
	t0 := time.Now()
	i := 0
	for b.Loop() {
		m.first("1100000000000000001/"+strconv.Itoa(i%200_000), time.Hour, t0.Add(time.Duration(i)*time.Millisecond))
		i++
	}
}

func BenchmarkWelcomeMessage(b *testing.B) {
	tb := engine(b)
	cfg := Config{Token: "t", APIURL: "http://127.0.0.1:1/api/v9/", Intents: []string{"guild_members"}}
	cfg.Onboarding.Defaults = OnboardingSettings{Roles: []InterestRole{{RoleID: roleMLE, Career: "mle"}, {RoleID: roleDS, Label: "Data Scientist"}}}
	a, err := New(cfg, tb.Router, tb.Registry, nil)
	if err != nil {
		b.Fatal(err)
	}
	vars := map[string]string{"user": "<@900000000000000001>", "server": "Career Builders", "member_count": "1,234", "commands": a.onb.commands}
	for b.Loop() {
		_ = a.welcomeMessage(guildID, "900000000000000001", a.onb.defaults.tmpl.Render(vars))
	}
}
