package discord

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"time"

	"github.com/careerbot-dev/careerbot/bot"

	"github.com/bwmarrin/discordgo"
)

// buildCommands turns the registry into Discord chat-input commands: every
// option is a string, with its fixed choices or autocomplete.
func buildCommands(reg *bot.Registry) []*discordgo.ApplicationCommand {
	var out []*discordgo.ApplicationCommand
	for _, c := range reg.Commands() {
		ac := &discordgo.ApplicationCommand{
			Type:        discordgo.ChatApplicationCommand,
			Name:        c.Name,
			Description: clipRunes(c.Description, 100),
			Options:     []*discordgo.ApplicationCommandOption{},
		}
		for _, o := range c.Options {
			opt := &discordgo.ApplicationCommandOption{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        o.Name,
				Description: clipRunes(o.Description, 100),
				Required:    o.Required,
			}
			if o.MaxLength > 0 {
				opt.MaxLength = min(o.MaxLength, 6000)
			}
			if len(o.Choices) > 0 {
				for i, ch := range o.Choices {
					if i == maxChoices {
						break
					}
					opt.Choices = append(opt.Choices, &discordgo.ApplicationCommandOptionChoice{
						Name: clipRunes(ch.Name, maxChoiceName), Value: clipRunes(ch.Value, maxChoiceValue)})
				}
			} else if o.Complete != nil {
				opt.Autocomplete = true
			}
			ac.Options = append(ac.Options, opt)
		}
		out = append(out, ac)
	}
	return out
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}

// Comparable projection of a command: what we set, not what Discord adds
// (ids, versions, permissions, localizations).
type cmdSpec struct {
	Type        int
	Name        string
	Description string
	Options     []optSpec
}

type optSpec struct {
	Type         int
	Name         string
	Description  string
	Required     bool
	Autocomplete bool
	MaxLength    int
	Choices      []choiceSpec
}

type choiceSpec struct{ Name, Value string }

func specs(cmds []*discordgo.ApplicationCommand) []cmdSpec {
	out := []cmdSpec{}
	for _, c := range cmds {
		if c == nil {
			continue
		}
		t := int(c.Type)
		if t == 0 {
			t = int(discordgo.ChatApplicationCommand)
		}
		cs := cmdSpec{Type: t, Name: c.Name, Description: c.Description, Options: []optSpec{}}
		for _, o := range c.Options {
			if o == nil {
				continue
			}
			os := optSpec{Type: int(o.Type), Name: o.Name, Description: o.Description, Required: o.Required,
				Autocomplete: o.Autocomplete, MaxLength: o.MaxLength, Choices: []choiceSpec{}}
			for _, ch := range o.Choices {
				if ch != nil {
					os.Choices = append(os.Choices, choiceSpec{ch.Name, fmt.Sprint(ch.Value)})
				}
			}
			cs.Options = append(cs.Options, os)
		}
		out = append(out, cs)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// sameCommands reports whether Discord already has exactly our commands.
func sameCommands(have, want []*discordgo.ApplicationCommand) bool {
	return reflect.DeepEqual(specs(have), specs(want))
}

// registerCommands makes the registered commands equal the registry, per
// guild in guild_ids or globally, with one bulk overwrite where they differ
// (Discord allows 200 command creates a day per guild). Only an invalid
// token is fatal; other failures are logged with what to fix, and the
// commands left unregistered are counted (CommandsUnregistered) for
// registerLoop to retry.
func (a *Adapter) registerCommands(ctx context.Context) error {
	if a.cfg.RegisterCommands != nil && !*a.cfg.RegisterCommands {
		return nil
	}
	want := buildCommands(a.reg)
	scopes := a.cfg.GuildIDs
	if len(scopes) == 0 {
		scopes = []string{""}
	}
	missing := 0
	defer func() { a.setUnregistered(missing) }()
	appID := a.appID.Load().(string)
	if appID == "" {
		app, err := a.rest.Application("@me")
		if err != nil {
			if isUnauthorized(err) {
				return a.restError(err)
			}
			a.log.Error("discord: cannot look up the application id; set discord.application_id", "err", a.restError(err))
			missing = len(want) * len(scopes)
			return nil
		}
		appID = app.ID
		a.appID.Store(appID)
	}
	for _, guild := range scopes {
		if ctx.Err() != nil {
			return nil
		}
		where := "global"
		if guild != "" {
			where = "guild " + guild
		}
		have, err := a.rest.ApplicationCommands(appID, guild, discordgo.WithContext(ctx))
		if err != nil {
			if isUnauthorized(err) {
				return a.restError(err)
			}
			a.log.Error("discord: cannot read registered commands", "scope", where, "err", a.restError(err))
			missing += len(want)
			continue
		}
		if sameCommands(have, want) {
			a.log.Info("discord commands up to date", "scope", where, "commands", len(want))
			continue
		}
		if _, err := a.rest.ApplicationCommandBulkOverwrite(appID, guild, want, discordgo.WithContext(ctx)); err != nil {
			if isUnauthorized(err) {
				return a.restError(err)
			}
			if errors.Is(err, context.Canceled) {
				return nil
			}
			a.log.Error("discord: command registration failed", "scope", where, "err", a.restError(err))
			missing += len(want)
			continue
		}
		a.log.Info("discord commands registered", "scope", where, "commands", len(want),
			"note", map[bool]string{true: "guild commands update at once", false: "global commands can take up to an hour to appear"}[guild != ""])
	}
	return nil
}

// registerLoop registers the commands and, while some are not registered
// (the server refused them, or was unreachable), retries with backoff until
// they are or ctx ends. It returns only a fatal error (a rejected token).
// With tried set, the first attempt was already made.
func (a *Adapter) registerLoop(ctx context.Context, tried bool) error {
	backoff := time.Duration(0)
	for {
		if !tried {
			if err := a.registerCommands(ctx); err != nil {
				return err
			}
		}
		tried = false
		n := a.CommandsUnregistered()
		if n == 0 || ctx.Err() != nil {
			return nil
		}
		backoff = min(max(backoff*2, a.minBackoff), a.maxBackoff)
		a.log.Warn("discord: commands not registered; retrying", "unregistered", n, "retry_in", backoff)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
	}
}

// CommandsUnregistered is how many commands (summed over the guilds) the
// last registration left unregistered; 0 when all are registered.
func (a *Adapter) CommandsUnregistered() int { return int(a.unregistered.Load()) }

func (a *Adapter) setUnregistered(n int) {
	a.unregistered.Store(int32(n))
	if o, ok := a.obs().(interface{ CommandsUnregistered(adapter string, n int) }); ok {
		o.CommandsUnregistered("discord", n)
	}
}

// ReadyDetail is what /readyz shows about the adapter besides Ready: the
// commands not registered (registration is retried in the background).
func (a *Adapter) ReadyDetail() map[string]any {
	return map[string]any{"commands_unregistered": a.CommandsUnregistered()}
}
