package slack

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	slackgo "github.com/slack-go/slack"

	"github.com/careerbot-dev/careerbot/bot"
)

// OnboardingConfig is `slack.onboarding`: a welcome DM for people who join
// the workspace (team_join), an optional ephemeral welcome in chosen
// channels (member_joined_channel), both with the quick-start buttons.
type OnboardingConfig struct {
	// Enabled turns welcomes on (default false).
	Enabled bool `yaml:"enabled"`
	// Template is the welcome text, Markdown-light (**bold**, [text](https://…),
	// "- " bullets), with the placeholders {user} (a mention of the new
	// member), {server} (the workspace's name) and {commands} (the slash
	// commands). Empty: DefaultWelcome. At most 3000 characters once filled in.
	Template string `yaml:"template"`
	// DM sends the welcome as a direct message when someone joins the
	// workspace (default true; needs the team_join event, users:read and
	// im:write).
	DM *bool `yaml:"dm"`
	// Channels are channel ids (C0123ABCD) where someone who joins the
	// channel gets the welcome as an ephemeral message only they see
	// (needs member_joined_channel, channels:read / groups:read, and the
	// bot in the channel).
	Channels []string `yaml:"channels"`
	// QuickStarts adds the quick-start buttons (Salary by state,
	// Certifications, ...) to welcomes (default true).
	QuickStarts *bool `yaml:"quick_starts"`
}

// DefaultWelcome is the welcome template when none is configured.
const DefaultWelcome = "Welcome to {server}, {user}! I'm the career bot: I answer questions about careers " +
	"from our guides. Pick a quick start below, or try {commands}."

const (
	// quickStartPrefix starts the action_id of quick-start buttons; it
	// extends followUpPrefix, so the follow-up handler answers them.
	quickStartPrefix = followUpPrefix + "qs_"
	maxHomeBlocks    = 100 // Slack's limit for a Home tab view
	homeIntroTTL     = time.Minute
	platform         = "slack"
)

var (
	placeholderRE = regexp.MustCompile(`\{([^{}\s]*)\}`)
	userIDRE      = regexp.MustCompile(`^[UW][A-Z0-9]{2,40}$`)
	channelIDRE   = regexp.MustCompile(`^[CG][A-Z0-9]{2,40}$`)
)

// onboarding is the compiled OnboardingConfig.
type onboarding struct {
	enabled  bool
	dm       bool
	quick    bool
	tmpl     *bot.WelcomeTemplate
	channels map[string]bool
}

// compile validates the settings; errors name the key to fix.
func (c OnboardingConfig) compile() (*onboarding, error) {
	o := &onboarding{enabled: c.Enabled, dm: c.DM == nil || *c.DM,
		quick: c.QuickStarts == nil || *c.QuickStarts, channels: map[string]bool{}}
	raw := c.Template
	if strings.TrimSpace(raw) == "" {
		raw = DefaultWelcome
	}
	tmpl, err := parseWelcome(raw)
	if err != nil {
		return nil, fmt.Errorf("slack.onboarding.template: %w", err)
	}
	o.tmpl = tmpl
	for i, ch := range c.Channels {
		ch = strings.TrimSpace(ch)
		if !channelIDRE.MatchString(ch) {
			return nil, fmt.Errorf("slack.onboarding.channels[%d]: %q is not a channel id: use the id (like C0123ABCD) shown at the bottom of the channel's details, not its name", i, ch)
		}
		o.channels[ch] = true
	}
	return o, nil
}

// parseWelcome validates a Slack welcome template and converts its
// Markdown-light text to escaped mrkdwn, placeholders kept.
func parseWelcome(raw string) (*bot.WelcomeTemplate, error) {
	var unknown []string
	memberCount := false
	for _, m := range placeholderRE.FindAllStringSubmatch(raw, -1) {
		switch m[1] {
		case "user", "server", "commands":
		case "member_count":
			memberCount = true
		default:
			if !slices.Contains(unknown, "{"+m[1]+"}") {
				unknown = append(unknown, "{"+m[1]+"}")
			}
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return nil, fmt.Errorf("unknown placeholder %s; Slack welcomes can use {user}, {server} and {commands}", strings.Join(unknown, ", "))
	}
	if memberCount {
		return nil, errors.New("{member_count} is not available on Slack (Slack has no cheap way to count a workspace's members): remove it")
	}
	if _, err := bot.ParseWelcome(raw, 0); err != nil {
		return nil, err
	}
	// Escape and convert first, so the length check counts what is sent.
	return bot.ParseWelcome(strings.Join(mrkdwnLines(raw), "\n"), maxSectionText)
}

// --- observer ---

// SetObserver makes the adapter report connection state, reconnects and
// onboarding events (for metrics); nil counts nothing.
func (a *Adapter) SetObserver(o bot.Observer) { a.observer.Set(o) }

func (a *Adapter) obs() bot.Observer { return a.observer.Get() }

// setUp records the connection state, telling the observer on changes.
func (a *Adapter) setUp(up bool) {
	if a.ready.Swap(up) != up {
		a.obs().AdapterUp(platform, up)
	}
}

// --- welcomes ---

// onTeamJoin sends the welcome DM to someone who joined the workspace.
func (a *Adapter) onTeamJoin(u *slackgo.User) {
	if !a.onb.enabled || !a.onb.dm || u == nil {
		return
	}
	if u.IsBot || u.IsAppUser || u.Deleted || u.ID == "" || u.ID == "USLACKBOT" || u.ID == a.botUser() {
		return
	}
	if !userIDRE.MatchString(u.ID) {
		a.log.Warn("slack: team_join with an odd user id; no welcome", "user", bot.Clip(u.ID, 40))
		return
	}
	if a.dedup.Seen("welcome:"+u.ID, a.cfg.Now()) {
		return
	}
	user := u.ID
	a.spawn("welcome", func(ctx context.Context) {
		var ch *slackgo.Channel
		err := a.withRetry(ctx, "conversations.open", func(ctx context.Context) error {
			var err error
			ch, _, _, err = a.api.OpenConversationContext(ctx, &slackgo.OpenConversationParameters{Users: []string{user}})
			return err
		})
		if err == nil && (ch == nil || ch.ID == "") {
			err = errors.New("conversations.open returned no channel")
		}
		if err != nil {
			a.obs().WelcomeFailed(platform)
			a.log.Warn("slack: could not open a DM for the welcome", "err", err, "fix", fixHint(err))
			a.log.Debug("slack: welcome DM failed: who", "user", user)
			return
		}
		if err := a.post(ctx, ch.ID, "", "", a.welcomeMessage(user)); err != nil {
			a.obs().WelcomeFailed(platform)
			a.log.Warn("slack: could not send the welcome DM", "err", err, "fix", fixHint(err))
			return
		}
		a.obs().Welcome(platform)
		a.log.Debug("slack: welcomed a new member by DM", "user", user)
	})
}

// onMemberJoinedChannel welcomes someone who joined a configured channel
// with an ephemeral message only they see.
func (a *Adapter) onMemberJoinedChannel(user, channel string) {
	if !a.onb.enabled || !a.onb.channels[channel] {
		return
	}
	if user == "" || user == a.botUser() || user == "USLACKBOT" || !userIDRE.MatchString(user) {
		return
	}
	if a.dedup.Seen("chanwelcome:"+channel+":"+user, a.cfg.Now()) {
		return
	}
	a.spawn("channel welcome", func(ctx context.Context) {
		if err := a.post(ctx, channel, "", user, a.welcomeMessage(user)); err != nil {
			a.obs().WelcomeFailed(platform)
			a.log.Warn("slack: could not send the channel welcome", "channel", channel, "err", err, "fix", fixHint(err))
			return
		}
		a.obs().Welcome(platform)
	})
}

// fixHint tells the admin what to do about a Slack error, "" if nothing.
func fixHint(err error) string {
	switch slackCode(err) {
	case "missing_scope":
		return "add the scopes in slack-app-manifest.yaml (im:write, users:read, channels:read, groups:read) and reinstall the app"
	case "not_in_channel", "channel_not_found":
		return "invite the bot to the channel (/invite @careerbot) or remove it from slack.onboarding.channels"
	case "cannot_dm_bot", "user_disabled", "user_not_found", "user_not_in_channel":
		return "none needed: the member cannot receive the welcome"
	}
	return ""
}

// welcomeMessage is the welcome for user: the template, then the
// quick-start buttons. Only user is mentioned; everything else is escaped.
func (a *Adapter) welcomeMessage(user string) *message {
	text := a.onb.tmpl.Render(map[string]string{
		"user":     "<@" + user + ">",
		"server":   a.serverName(),
		"commands": a.commandsText(300),
	})
	blocks := []slackgo.Block{slackgo.NewSectionBlock(mrkdwn(text), nil, nil)}
	if a.onb.quick {
		if act := buttons(a.quickStarts(), true); act != nil {
			act.BlockID = "quickstarts"
			blocks = append(blocks, act)
		}
	}
	return &message{Text: clipConverted(strings.ReplaceAll(text, "\n", " "), maxFallback), Blocks: blocks, plainText: text}
}

// serverName is the workspace name for {server}, escaped.
func (a *Adapter) serverName() string {
	name, _ := a.teamName.Load().(string)
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		name = "the workspace"
	}
	return fit(strings.ReplaceAll(name, "|", "¦"), 100, escapeText)
}

// commandsText lists the slash commands as members type them, for
// {commands}: "/salary, /certs, ...".
func (a *Adapter) commandsText(limit int) string {
	var names []string
	for _, c := range a.reg.Commands() {
		names = append(names, "/"+a.cfg.CommandPrefix+c.Name)
	}
	return fit(strings.Join(names, ", "), limit, escapeText)
}

// quickStarts are the core's quick starts whose commands the registry has.
func (a *Adapter) quickStarts() []bot.FollowUp {
	var out []bot.FollowUp
	for _, f := range bot.QuickStarts() {
		if _, ok := a.reg.Lookup(f.Command); ok {
			out = append(out, f)
		}
	}
	return out
}

// isStartPanel reports whether an answer's follow-ups are the quick starts
// (the /start panel): its buttons then count as quick-start clicks.
// Ordinary answers whose follow-ups merely include one do not.
func isStartPanel(fs []bot.FollowUp) bool {
	qs := bot.QuickStarts()
	if len(fs) != len(qs) {
		return false
	}
	for i, f := range fs {
		if f.Command != qs[i].Command || f.Label != qs[i].Label || len(f.Options) > 0 {
			return false
		}
	}
	return true
}

// --- App Home ---

// homeIntro caches the /start answer (the same for everyone) so opening
// the Home tab does not cost an engine call, or a rate-limit token, each
// time.
type homeIntro struct {
	mu  sync.Mutex
	ans *bot.Answer
	at  time.Time
}

// intro returns what the Home tab says about the bot: the /start answer
// (or /help without /start); nil when neither answers.
func (a *Adapter) intro(ctx context.Context, user, team string) *bot.Answer {
	now := time.Now()
	a.home.mu.Lock()
	if a.home.ans != nil && now.Sub(a.home.at) < homeIntroTTL {
		ans := a.home.ans
		a.home.mu.Unlock()
		return ans
	}
	a.home.mu.Unlock()
	line := ""
	for _, name := range []string{"start", "help"} {
		if _, ok := a.reg.Lookup(name); ok {
			line = "/" + name
			break
		}
	}
	if line == "" {
		return nil
	}
	req, ans := a.parse(line)
	if ans == nil {
		ans = a.answer(ctx, base(req, user, "", "", team))
	}
	if ans.Code != "" || !ans.Answered {
		return nil // refused (rate limit, error): show the rest of the Home tab
	}
	a.home.mu.Lock()
	a.home.ans, a.home.at = ans, now
	a.home.mu.Unlock()
	return ans
}

// publishHome shows the Home tab: what the bot can do, the quick starts
// and the commands.
func (a *Adapter) publishHome(ctx context.Context, user, team string) {
	view := slackgo.HomeTabViewRequest{Type: slackgo.VTHomeTab,
		Blocks: slackgo.Blocks{BlockSet: a.homeBlocks(a.intro(ctx, user, team))}}
	err := a.withRetry(ctx, "views.publish", func(ctx context.Context) error {
		_, err := a.api.PublishViewContext(ctx, slackgo.PublishViewContextRequest{UserID: user, View: view})
		return err
	})
	if err != nil {
		a.log.Warn("slack: could not publish the Home tab", "err", err)
	}
}

// homeBlocks builds the Home tab within Slack's 100 blocks (and our
// character budget): intro, quick starts, one section per command; the
// commands that do not fit are summed up in a closing line.
func (a *Adapter) homeBlocks(intro *bot.Answer) []slackgo.Block {
	var blocks []slackgo.Block
	budget := messageBudget
	add := func(b slackgo.Block, chars int) {
		blocks = append(blocks, b)
		budget -= chars
	}
	title := "What I can do"
	if intro != nil && strings.TrimSpace(intro.Title) != "" {
		title = intro.Title
	}
	h := fit(strings.Join(strings.Fields(title), " "), maxHeaderText, escapeText)
	add(slackgo.NewHeaderBlock(plain(h)), runes(h))
	if intro != nil && strings.TrimSpace(intro.Body) != "" {
		// At most a quarter of the budget, so the commands keep room.
		left := min(maxSectionText, budget/4)
		for _, chunk := range pack(mrkdwnLines(intro.Body), maxSectionText) {
			if n := runes(chunk); n > left {
				if left > 100 {
					chunk = clipConverted(chunk, left)
					add(slackgo.NewSectionBlock(mrkdwn(chunk), nil, nil), runes(chunk))
				}
				break
			}
			add(slackgo.NewSectionBlock(mrkdwn(chunk), nil, nil), runes(chunk))
			left -= runes(chunk)
		}
	}
	if act := buttons(a.quickStarts(), true); act != nil {
		act.BlockID = "quickstarts"
		add(act, 100)
	}
	add(slackgo.NewDividerBlock(), 0)
	add(slackgo.NewHeaderBlock(plain("Commands")), 8)

	tip := "Ask in your own words too: mention me in a channel I'm in, or send me a message in the Messages tab."
	if a.cfg.CatchAll != "" {
		tip += " `/" + a.cfg.CommandPrefix + a.cfg.CatchAll + " <command or question>` works everywhere."
	}
	tip = escapeText(tip)
	budget -= runes(tip)
	cmds := a.reg.Commands()
	shown := 0
	for _, c := range cmds {
		line := a.commandLine(c)
		// Keep two blocks for the "more" note and the tip.
		if len(blocks)+3 > maxHomeBlocks || runes(line)+200 > budget {
			break
		}
		add(slackgo.NewSectionBlock(mrkdwn(line), nil, nil), runes(line))
		shown++
	}
	if rest := len(cmds) - shown; rest > 0 {
		help := ""
		if _, ok := a.reg.Lookup("help"); ok {
			help = " Type `/" + a.cfg.CommandPrefix + "help` to see them all."
		}
		note := fmt.Sprintf("_…and %d more command%s._%s", rest, plural(rest), help)
		add(slackgo.NewContextBlock("more", mrkdwn(note)), runes(note))
	}
	blocks = append(blocks, slackgo.NewContextBlock("tip", mrkdwn(tip)))
	return blocks
}

// commandLine describes one command for the Home tab: "*/salary*
// `[state] [career]`", the description and the example.
func (a *Adapter) commandLine(c *bot.Command) string {
	name := "/" + a.cfg.CommandPrefix + c.Name
	line := "*" + escapeText(name) + "*"
	if args := strings.TrimSpace(strings.TrimPrefix(c.Usage(), "/"+c.Name)); args != "" {
		line += " `" + fit(args, 300, escapeText) + "`"
	}
	if d := strings.TrimSpace(c.Description); d != "" {
		line += "\n" + fit(d, 300, escapeText)
	}
	if ex := strings.TrimSpace(c.Example); ex != "" && ex != "/"+c.Name && strings.HasPrefix(ex, "/"+c.Name) {
		ex = name + strings.TrimPrefix(ex, "/"+c.Name)
		line += "\n_e.g._ `" + fit(ex, 200, escapeText) + "`"
	}
	return line
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
