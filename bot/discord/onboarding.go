package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/careerbot-dev/careerbot/bot"

	"github.com/bwmarrin/discordgo"
)

// OnboardingConfig is `discord.onboarding`: welcomes for members who join a
// server, quick-start buttons and an optional menu of interest roles.
// Guilds lists per-server settings (key: the server id); a setting a guild
// leaves out comes from Defaults, and servers not listed use Defaults.
type OnboardingConfig struct {
	Defaults OnboardingSettings            `yaml:"defaults"`
	Guilds   map[string]OnboardingSettings `yaml:"guilds"`
}

// OnboardingSettings are one server's onboarding settings.
type OnboardingSettings struct {
	// Enabled welcomes members when they join (needs guild_members in
	// discord.intents and the gateway mode).
	Enabled *bool `yaml:"enabled"`
	// ChannelID is the channel welcomes are posted in (and the fallback when
	// a DM is refused).
	ChannelID string `yaml:"channel_id"`
	// Channel posts the welcome in ChannelID (default true when ChannelID is set).
	Channel *bool `yaml:"channel"`
	// DM sends the welcome as a direct message (default false).
	DM *bool `yaml:"dm"`
	// Template is the welcome text with {user} {server} {member_count}
	// {commands}; at most 2000 characters once filled in.
	Template string `yaml:"template"`
	// Roles are the interest roles offered in a select menu (at most 25).
	Roles []InterestRole `yaml:"roles"`
	// RejoinWindow: a member who leaves and rejoins within it is not
	// welcomed again (default 24h, at most 720h).
	RejoinWindow time.Duration `yaml:"rejoin_window"`
}

// InterestRole is one option of the interest menu: a server role members can
// give themselves. Label may be left out when Career names a guide (its
// title becomes the label).
type InterestRole struct {
	RoleID      string `yaml:"role_id"`     // Server Settings → Roles → right click → Copy Role ID
	Label       string `yaml:"label"`       // shown in the menu (1-100 characters)
	Career      string `yaml:"career"`      // a guide's name or alias; gives the label from the guides
	Description string `yaml:"description"` // optional, up to 100 characters
}

// DefaultWelcome is the welcome template when none is configured.
const DefaultWelcome = "Welcome to {server}, {user}! I'm the career bot: pick a quick start below, " +
	"choose your interests, or try {commands}."

const (
	defaultRejoinWindow = 24 * time.Hour
	maxRejoinWindow     = 720 * time.Hour
	maxJoinMemory       = 100_000 // remembered joins (guild+user) for the rejoin window
	guildInfoTTL        = time.Minute
	maxSelectOptions    = 25
	maxSelectText       = 100
	// manageRoles is the Manage Roles permission bit.
	manageRoles = 1 << 28
	// rolePrefix starts the custom_id of the interest menu: "cbrole|<guild id>".
	rolePrefix = "cbrole|"
)

var snowflakeRE = regexp.MustCompile(`^[0-9]{5,25}$`)

// guildOnboarding are resolved settings for one server (or the defaults).
type guildOnboarding struct {
	enabled   bool
	channelID string
	channel   bool
	dm        bool
	tmpl      *bot.WelcomeTemplate
	roles     []InterestRole // labels resolved
	window    time.Duration
}

func (g *guildOnboarding) role(id string) (InterestRole, bool) {
	for _, r := range g.roles {
		if r.RoleID == id {
			return r, true
		}
	}
	return InterestRole{}, false
}

// onboarding is the adapter's onboarding state.
type onboarding struct {
	defaults *guildOnboarding
	guilds   map[string]*guildOnboarding
	commands string // {commands}
	joins    *joinMemory
	anyRoles bool // some server offers interest roles: the bot needs Manage Roles

	mu     sync.Mutex
	info   map[string]*guildInfo
	busy   map[string]bool // guild/user with a role update in progress
	warned map[string]bool // guilds whose missing welcome channel was logged
}

type guildInfo struct {
	name  string
	count int
	at    time.Time
}

// settings returns the settings for a guild (its own or the defaults).
func (o *onboarding) settings(guild string) *guildOnboarding {
	if g, ok := o.guilds[guild]; ok {
		return g
	}
	return o.defaults
}

// newOnboarding validates discord.onboarding; errors name the config key.
func newOnboarding(cfg *Config, reg *bot.Registry, intents discordgo.Intent) (*onboarding, error) {
	oc := cfg.Onboarding
	o := &onboarding{guilds: map[string]*guildOnboarding{}, commands: bot.CommandList(reg, 300),
		info: map[string]*guildInfo{}, busy: map[string]bool{}, warned: map[string]bool{}}
	complete := careerCompleter(reg)
	var err error
	o.defaults, err = resolveSettings("discord.onboarding.defaults", oc.Defaults, OnboardingSettings{}, complete)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(oc.Guilds))
	for id := range oc.Guilds {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	horizon := o.defaults.window
	anyEnabled := o.defaults.enabled
	o.anyRoles = len(o.defaults.roles) > 0
	for _, id := range ids {
		key := "discord.onboarding.guilds." + id
		if !snowflakeRE.MatchString(id) {
			return nil, fmt.Errorf("%s: %q is not a server id (right click the server icon → Copy Server ID, with Developer Mode on)", key, id)
		}
		g, err := resolveSettings(key, oc.Guilds[id], oc.Defaults, complete)
		if err != nil {
			return nil, err
		}
		o.guilds[id] = g
		horizon = max(horizon, g.window)
		anyEnabled = anyEnabled || g.enabled
		o.anyRoles = o.anyRoles || len(g.roles) > 0
	}
	if anyEnabled {
		if cfg.Mode == ModeHTTP {
			return nil, errors.New("discord.onboarding: welcomes on join need the gateway (discord.mode: gateway); http mode never receives member joins")
		}
		if intents&discordgo.IntentGuildMembers == 0 {
			return nil, errors.New("discord.onboarding: welcomes on join need the privileged Server Members intent: add guild_members to discord.intents " +
				"and turn on Server Members Intent in the Developer Portal (your application → Bot → Privileged Gateway Intents)")
		}
	}
	o.joins = newJoinMemory(maxJoinMemory, horizon)
	return o, nil
}

// resolveSettings merges a guild's settings over the defaults and checks them.
func resolveSettings(key string, s, def OnboardingSettings, complete bot.CompleteFunc) (*guildOnboarding, error) {
	pick := func(v, d *bool, fallback bool) bool {
		switch {
		case v != nil:
			return *v
		case d != nil:
			return *d
		}
		return fallback
	}
	g := &guildOnboarding{channelID: strings.TrimSpace(s.ChannelID)}
	if g.channelID == "" {
		g.channelID = strings.TrimSpace(def.ChannelID)
	}
	g.enabled = pick(s.Enabled, def.Enabled, false)
	g.dm = pick(s.DM, def.DM, false)
	g.channel = pick(s.Channel, def.Channel, g.channelID != "")
	if g.channelID != "" && !snowflakeRE.MatchString(g.channelID) {
		return nil, fmt.Errorf("%s.channel_id: %q is not a channel id (right click the channel → Copy Channel ID)", key, g.channelID)
	}
	if g.enabled && g.channel && g.channelID == "" {
		return nil, fmt.Errorf("%s.channel_id: set the welcome channel, or set channel: false and dm: true", key)
	}
	if g.enabled && !g.channel && !g.dm {
		return nil, fmt.Errorf("%s: welcomes are enabled but go nowhere: set channel_id, or dm: true", key)
	}
	text, tkey := s.Template, key+".template"
	if strings.TrimSpace(text) == "" {
		text = def.Template
		if !strings.HasSuffix(key, ".defaults") {
			tkey = "discord.onboarding.defaults.template"
		}
	}
	if strings.TrimSpace(text) == "" {
		text = DefaultWelcome
	}
	t, err := bot.ParseWelcome(text, maxContent)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", tkey, err)
	}
	g.tmpl = t
	g.window = s.RejoinWindow
	if g.window == 0 {
		g.window = def.RejoinWindow
	}
	if g.window == 0 {
		g.window = defaultRejoinWindow
	}
	if g.window < 0 || g.window > maxRejoinWindow {
		return nil, fmt.Errorf("%s.rejoin_window: %v must be between 1s and %v", key, g.window, maxRejoinWindow)
	}
	roles, rkey := s.Roles, key+".roles"
	if len(roles) == 0 {
		roles, rkey = def.Roles, "discord.onboarding.defaults.roles"
	}
	if len(roles) > maxSelectOptions {
		return nil, fmt.Errorf("%s: %d roles; a Discord select menu holds at most %d", rkey, len(roles), maxSelectOptions)
	}
	seen := map[string]bool{}
	for i, r := range roles {
		k := fmt.Sprintf("%s[%d]", rkey, i)
		r.RoleID = strings.TrimSpace(r.RoleID)
		r.Label = strings.TrimSpace(r.Label)
		r.Description = strings.TrimSpace(r.Description)
		if !snowflakeRE.MatchString(r.RoleID) {
			return nil, fmt.Errorf("%s.role_id: %q is not a role id (Server Settings → Roles → right click the role → Copy Role ID)", k, r.RoleID)
		}
		if seen[r.RoleID] {
			return nil, fmt.Errorf("%s.role_id: role %s is listed twice", k, r.RoleID)
		}
		seen[r.RoleID] = true
		if r.Label == "" && strings.TrimSpace(r.Career) != "" {
			label, ok := careerLabel(complete, r.Career)
			if !ok {
				return nil, fmt.Errorf("%s.career: no career guide matches %q (see /careers)", k, r.Career)
			}
			r.Label = label
		}
		if r.Label == "" {
			return nil, fmt.Errorf("%s: set label, or career to take the label from a guide", k)
		}
		if n := ulen(r.Label); n > maxSelectText {
			return nil, fmt.Errorf("%s.label: %d characters, Discord allows %d", k, n, maxSelectText)
		}
		if n := ulen(r.Description); n > maxSelectText {
			return nil, fmt.Errorf("%s.description: %d characters, Discord allows %d", k, n, maxSelectText)
		}
		g.roles = append(g.roles, r)
	}
	return g, nil
}

// careerCompleter finds the registry's career autocomplete (the "career"
// option of any command), which knows the guides' titles and aliases.
func careerCompleter(reg *bot.Registry) bot.CompleteFunc {
	for _, c := range reg.Commands() {
		for _, o := range c.Options {
			if o.Name == "career" && o.Complete != nil {
				return o.Complete
			}
		}
	}
	return nil
}

// careerLabel maps a guide name or alias to the guide's title.
func careerLabel(complete bot.CompleteFunc, career string) (string, bool) {
	if complete == nil {
		return "", false
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	got := complete(ctx, career, maxChoices)
	want := bot.NormalizeName(career)
	for _, c := range got {
		if bot.NormalizeName(c.Name) == want || bot.NormalizeName(c.Value) == want {
			return clipRunes(c.Name, maxSelectText), true
		}
	}
	if len(got) == 1 { // an alias or a unique prefix
		return clipRunes(got[0].Name, maxSelectText), true
	}
	return "", false
}

// joinMemory remembers recent joins (guild/user → time) so a member who
// leaves and rejoins within the window is not welcomed twice. It holds at
// most max entries and forgets entries older than horizon.
type joinMemory struct {
	mu      sync.Mutex
	at      map[string]time.Time
	order   []joinEntry // oldest first
	max     int
	horizon time.Duration
}

type joinEntry struct {
	key string
	at  time.Time
}

func newJoinMemory(max int, horizon time.Duration) *joinMemory {
	return &joinMemory{at: map[string]time.Time{}, max: max, horizon: horizon}
}

// first records a join and reports whether it should be welcomed: false when
// the same key joined less than window ago.
func (m *joinMemory) first(key string, window time.Duration, now time.Time) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	for len(m.order) > 0 && (now.Sub(m.order[0].at) >= m.horizon || len(m.at) > m.max) {
		m.pop()
	}
	if t, ok := m.at[key]; ok && now.Sub(t) < window && now.Sub(t) >= 0 {
		return false
	}
	m.at[key] = now
	m.order = append(m.order, joinEntry{key, now})
	for len(m.at) > m.max && len(m.order) > 0 {
		m.pop()
	}
	return true
}

func (m *joinMemory) pop() {
	e := m.order[0]
	m.order = m.order[1:]
	if t, ok := m.at[e.key]; ok && t.Equal(e.at) {
		delete(m.at, e.key)
	}
}

func (m *joinMemory) len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.at)
}

// --- observer ---

// SetObserver makes the adapter report connection state, reconnects and
// onboarding events (for metrics); nil counts nothing.
func (a *Adapter) SetObserver(o bot.Observer) { a.observer.Set(o) }

func (a *Adapter) obs() bot.Observer { return a.observer.Get() }

// --- welcome ---

// onMemberAdd welcomes a member who joined a guild with onboarding enabled:
// in the channel, by DM, or both, with a fallback to the channel when the
// member's DMs are closed.
func (a *Adapter) onMemberAdd(m *discordgo.Member) {
	if m == nil || m.User == nil || m.User.ID == "" || m.GuildID == "" {
		return
	}
	if m.User.Bot || m.User.System {
		return // bots and Discord's system user get no welcome
	}
	set := a.onb.settings(m.GuildID)
	if !set.enabled {
		return
	}
	uid := m.User.ID
	if !a.firstJoin(m.GuildID+"/"+uid, set.window, a.now()) {
		a.log.Debug("discord: member rejoined within the rejoin window; no second welcome", "guild", m.GuildID, "user", uid)
		return
	}
	ctx, cancel := context.WithTimeout(a.base(), time.Minute)
	defer cancel()
	name, count := a.guildInfo(ctx, m.GuildID)
	vars := map[string]string{"user": "<@" + uid + ">", "server": name, "commands": a.onb.commands}
	if count > 0 {
		vars["member_count"] = groupDigits(count)
	}
	msg := a.welcomeMessage(m.GuildID, uid, set.tmpl.Render(vars))
	dmOK := false
	if set.dm {
		err := a.sendDM(ctx, uid, msg)
		if err == nil {
			dmOK = true
			a.obs().Welcome("discord")
		} else {
			a.obs().WelcomeFailed("discord")
			if _, code := restCode(err); code == 50007 {
				a.log.Info("discord: a new member has DMs closed (50007); welcoming in the channel instead",
					"guild", m.GuildID, "channel", set.channelID)
			} else {
				a.log.Warn("discord: the welcome DM failed", "guild", m.GuildID, "err", a.restError(err))
			}
		}
	}
	if !set.channel && (!set.dm || dmOK) {
		return
	}
	if set.channelID == "" {
		a.log.Warn("discord: a welcome DM failed and there is no welcome channel to fall back to; set channel_id",
			"key", "discord.onboarding.guilds."+m.GuildID+".channel_id")
		return
	}
	if _, err := a.rest.ChannelMessageSendComplex(set.channelID, msg, discordgo.WithContext(ctx)); accepted(err) != nil {
		a.obs().WelcomeFailed("discord")
		a.log.Error("discord: posting the welcome failed", "guild", m.GuildID, "channel", set.channelID,
			"fix", permissionHint(err, "View Channel and Send Messages in the welcome channel"), "err", a.restError(err))
		return
	}
	a.obs().Welcome("discord")
}

func (a *Adapter) sendDM(ctx context.Context, uid string, msg *discordgo.MessageSend) error {
	ch, err := a.rest.UserChannelCreate(uid, discordgo.WithContext(ctx))
	if err != nil {
		return err
	}
	_, err = a.rest.ChannelMessageSendComplex(ch.ID, msg, discordgo.WithContext(ctx))
	return accepted(err)
}

// accepted treats a 2xx answer whose body does not decode as delivered:
// the server took the message, so no fallback may send it twice.
func accepted(err error) error {
	if errors.Is(err, discordgo.ErrJSONUnmarshal) {
		return nil
	}
	return err
}

// welcomeMessage builds the welcome: the rendered template (only the new
// member may be pinged), quick-start buttons and the interest menu.
func (a *Adapter) welcomeMessage(guild, uid, text string) *discordgo.MessageSend {
	text = cutText(neutralize(text), maxContent, "…")
	comps := a.panelComponents(quickFollowUps(a.reg, bot.QuickStarts()), guild)
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	return &discordgo.MessageSend{
		Content:         text,
		Embeds:          []*discordgo.MessageEmbed{},
		Components:      comps,
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, Users: []string{uid}},
		StickerIDs:      []string{},
	}
}

// guildInfo returns the server's name and approximate member count, cached
// for a minute (the count then goes up by one per join).
func (a *Adapter) guildInfo(ctx context.Context, guild string) (string, int) {
	now := a.now()
	a.onb.mu.Lock()
	gi := a.onb.info[guild]
	if gi != nil && now.Sub(gi.at) < guildInfoTTL {
		gi.count++
		name, count := gi.name, gi.count
		a.onb.mu.Unlock()
		return name, count
	}
	a.onb.mu.Unlock()
	g, err := a.rest.GuildWithCounts(guild, discordgo.WithContext(ctx))
	if err != nil || g == nil {
		a.log.Warn("discord: cannot read the server's name for the welcome", "guild", guild, "err", a.restError(err))
		if gi != nil {
			return gi.name, gi.count
		}
		return "the server", 0
	}
	name := strings.TrimSpace(g.Name)
	if name == "" {
		name = "the server"
	}
	a.onb.mu.Lock()
	if len(a.onb.info) > 10_000 {
		clear(a.onb.info)
	}
	a.onb.info[guild] = &guildInfo{name: name, count: g.ApproximateMemberCount, at: now}
	a.onb.mu.Unlock()
	return name, g.ApproximateMemberCount
}

func groupDigits(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// quickFollowUps marks follow-ups as quick starts (their buttons answer
// ephemerally) and drops those whose command the registry lacks.
func quickFollowUps(reg *bot.Registry, fs []bot.FollowUp) []bot.FollowUp {
	var out []bot.FollowUp
	for _, f := range fs {
		if _, ok := reg.Lookup(f.Command); !ok {
			continue
		}
		out = append(out, bot.FollowUp{Label: f.Label, Command: f.Command, Options: f.Options, Quick: true})
	}
	return out
}

// panelComponents are the quick-start buttons and, when the guild has
// interest roles, the interest menu in the last row.
func (a *Adapter) panelComponents(quick []bot.FollowUp, guild string) []discordgo.MessageComponent {
	var menu *discordgo.SelectMenu
	if guild != "" {
		menu = interestMenu(guild, a.onb.settings(guild).roles)
	}
	rowsLeft := maxRows
	if menu != nil {
		rowsLeft--
	}
	comps := renderButtons(&bot.Answer{FollowUps: quick}, false)
	if len(comps) > rowsLeft {
		comps = comps[:rowsLeft]
	}
	if menu != nil {
		comps = append(comps, discordgo.ActionsRow{Components: []discordgo.MessageComponent{*menu}})
	}
	return comps
}

// interestMenu is the select menu of interest roles (nil without roles).
func interestMenu(guild string, roles []InterestRole) *discordgo.SelectMenu {
	if len(roles) == 0 {
		return nil
	}
	zero := 0
	m := &discordgo.SelectMenu{MenuType: discordgo.StringSelectMenu, CustomID: rolePrefix + guild,
		Placeholder: "Pick your career interests (roles)", MinValues: &zero, MaxValues: min(len(roles), maxSelectOptions)}
	for _, r := range roles[:min(len(roles), maxSelectOptions)] {
		m.Options = append(m.Options, discordgo.SelectMenuOption{Label: cutText(neutralize(r.Label), maxSelectText, "…"),
			Value: r.RoleID, Description: cutText(neutralize(r.Description), maxSelectText, "…")})
	}
	return m
}

// --- interest roles ---

// onRoleSelect applies an interest-menu submission: the chosen configured
// roles are added, the configured ones not chosen are removed, and the
// member gets an ephemeral confirmation.
func (a *Adapter) onRoleSelect(i *discordgo.Interaction, data discordgo.MessageComponentInteractionData, send sendFunc, acked <-chan struct{}) {
	guild := strings.TrimPrefix(data.CustomID, rolePrefix)
	if !snowflakeRE.MatchString(guild) || (i.GuildID != "" && i.GuildID != guild) {
		a.logSendErr(i, "interaction response", send(a.notice("That menu doesn't belong to this server.")))
		return
	}
	set := a.onb.settings(guild)
	if len(set.roles) == 0 {
		a.logSendErr(i, "interaction response", send(a.notice("Interest roles aren't set up in that server any more.")))
		return
	}
	uid, _ := userOf(i)
	if uid == "" {
		a.logSendErr(i, "interaction response", send(a.notice("I couldn't tell who you are. Please try again.")))
		return
	}
	key := guild + "/" + uid
	a.onb.mu.Lock()
	if a.onb.busy[key] {
		a.onb.mu.Unlock()
		a.logSendErr(i, "interaction response", send(a.notice("I'm still updating your roles from your last choice. Try again in a moment.")))
		return
	}
	a.onb.busy[key] = true
	a.onb.mu.Unlock()
	var have []string
	if i.Member != nil && i.GuildID == guild {
		have = i.Member.Roles
	}
	a.slowNotice(i, send, acked, func(ctx context.Context) string {
		defer func() { // free before the confirmation is sent
			a.onb.mu.Lock()
			delete(a.onb.busy, key)
			a.onb.mu.Unlock()
		}()
		return a.applyRoles(ctx, guild, uid, set, data.Values, have, i.Member != nil && i.GuildID == guild)
	})
}

// applyRoles makes the member's interest roles equal chosen and describes
// what changed. have is the member's roles when known.
func (a *Adapter) applyRoles(ctx context.Context, guild, uid string, set *guildOnboarding, values, have []string, known bool) string {
	if !known {
		m, err := a.rest.GuildMember(guild, uid, discordgo.WithContext(ctx))
		switch _, code := restCode(err); {
		case err == nil && m != nil:
			have, known = m.Roles, true
		case code == 10007:
			return "You're not a member of that server any more, so I can't give you roles there."
		default:
			a.log.Warn("discord: cannot read a member's roles; applying the whole choice", "guild", guild, "err", a.restError(err))
		}
	}
	chosen := map[string]bool{}
	for _, v := range values {
		if _, ok := set.role(v); ok { // anything else is not ours to give
			chosen[v] = true
		}
	}
	held := map[string]bool{}
	for _, r := range have {
		held[r] = true
	}
	var added, removed, failed []string
	missingPerm, unknownRole := false, false
	for _, r := range set.roles {
		add := chosen[r.RoleID]
		if known && held[r.RoleID] == add {
			continue // nothing to change
		}
		var err error
		if add {
			err = a.rest.GuildMemberRoleAdd(guild, uid, r.RoleID, discordgo.WithContext(ctx))
		} else {
			err = a.rest.GuildMemberRoleRemove(guild, uid, r.RoleID, discordgo.WithContext(ctx))
		}
		if err == nil {
			if known {
				a.obs().RoleChange("discord")
				if add {
					added = append(added, r.Label)
				} else {
					removed = append(removed, r.Label)
				}
			} else if add {
				a.obs().RoleChange("discord")
				added = append(added, r.Label)
			}
			continue
		}
		failed = append(failed, r.Label)
		status, code := restCode(err)
		switch {
		case code == 50013 || code == 50001 || status == http.StatusForbidden:
			missingPerm = true
			a.log.Error("discord: cannot change a member's interest role: give the bot the Manage Roles permission and move the bot's role above this role (Server Settings → Roles)",
				"permission", "Manage Roles", "guild", guild, "role", r.RoleID, "role_label", r.Label, "code", code)
		case code == 10011:
			unknownRole = true
			a.log.Error("discord: an interest role does not exist in the server; fix its role_id in discord.onboarding",
				"guild", guild, "role", r.RoleID, "role_label", r.Label)
		case code == 10007:
			return "You're not a member of that server any more, so I can't give you roles there."
		default:
			a.log.Warn("discord: changing a member's interest role failed", "guild", guild, "role", r.RoleID, "err", a.restError(err))
		}
		if ctx.Err() != nil {
			break
		}
	}
	var b strings.Builder
	switch {
	case !known && len(failed) == 0:
		if len(added) == 0 {
			b.WriteString("Done: you have no interest roles now.")
		} else {
			b.WriteString("Done: your interests are now " + boldList(added) + ".")
		}
	case len(added) == 0 && len(removed) == 0 && len(failed) == 0:
		b.WriteString("No changes: your interests were already set that way.")
	case len(added)+len(removed) > 0:
		b.WriteString("Your interests are updated.")
		if len(added) > 0 {
			b.WriteString("\nAdded: " + boldList(added))
		}
		if len(removed) > 0 {
			b.WriteString("\nRemoved: " + boldList(removed))
		}
	}
	if len(failed) > 0 {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString("I couldn't change " + boldList(failed) + ". ")
		switch {
		case missingPerm:
			b.WriteString("I don't have permission to manage that role in this server (it needs the Manage Roles permission, and my role must be above the interest roles). I've told the server admins in my log; please let a moderator know.")
		case unknownRole:
			b.WriteString("That role doesn't exist any more; please let a moderator know.")
		default:
			b.WriteString("Discord didn't accept the change. Please try again in a moment.")
		}
	}
	return b.String()
}

func boldList(labels []string) string {
	out := make([]string, len(labels))
	for i, l := range labels {
		out[i] = "**" + strings.ReplaceAll(l, "*", "") + "**"
	}
	return strings.Join(out, ", ")
}

// slowNotice answers with an ephemeral text that work produces, deferring
// (ephemerally) when work takes longer than defer_after.
func (a *Adapter) slowNotice(i *discordgo.Interaction, send sendFunc, acked <-chan struct{}, work func(ctx context.Context) string) {
	ctx, cancel := context.WithTimeout(a.base(), a.cfg.AnswerTimeout)
	defer cancel()
	done := make(chan string, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("panic in discord role update", "panic", fmt.Sprint(p))
				done <- bot.Apology
			}
		}()
		done <- work(ctx)
	}()
	timer := time.NewTimer(a.cfg.DeferAfter)
	defer timer.Stop()
	select {
	case text := <-done:
		a.logSendErr(i, "role confirmation", send(a.notice(text)))
		return
	case <-timer.C:
	}
	deferred := &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	if err := send(&response{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource, Data: deferred}); err != nil {
		a.logSendErr(i, "deferral", err)
		return
	}
	var text string
	select {
	case text = <-done:
	case <-ctx.Done():
		text = "That took too long. Some of your roles may not have changed; please try again."
	}
	select {
	case <-acked:
	case <-time.After(10 * time.Second):
	}
	content := cutText(neutralize(text), maxContent, "…")
	_, err := a.rest.InteractionResponseEdit(i, &discordgo.WebhookEdit{Content: &content, AllowedMentions: noMentions()})
	a.logSend("editing the deferred role confirmation", err, "interaction", i.ID)
}

// restCode returns the HTTP status and Discord's JSON error code of a REST error.
func restCode(err error) (status, code int) {
	var re *discordgo.RESTError
	if !errors.As(err, &re) {
		return 0, 0
	}
	if re.Response != nil {
		status = re.Response.StatusCode
	}
	if re.Message != nil {
		code = re.Message.Code
	}
	return status, code
}

// permissionHint names what the bot lacks for a 50013/50001 error.
func permissionHint(err error, perms string) string {
	switch _, code := restCode(err); code {
	case 50013:
		return "the bot lacks a permission (50013): give it " + perms
	case 50001:
		return "the bot cannot see the channel (50001): give it " + perms
	case 10003:
		return "the channel does not exist (10003): fix channel_id in discord.onboarding"
	}
	return "check the channel id and the bot's permissions: " + perms
}
