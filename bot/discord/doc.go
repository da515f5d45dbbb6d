// Package discord is careerbot's Discord adapter, built on discordgo (whose
// types never leave this package).
//
// It registers the core registry's commands as slash commands (bulk
// overwrite, only when they differ), answers slash commands, autocomplete
// and follow-up buttons with embeds that respect every Discord limit,
// defers and edits when the engine is slow, answers mentions and DMs as
// replies, and never lets user text ping @everyone, @here or a role. It runs
// over the gateway (with sharding, reconnects, and fatal close codes turned
// into errors for the admin) or as a stateless HTTP interactions endpoint
// with Ed25519 signature checks.
//
// Onboarding (onboarding.go, configured per server under
// discord.onboarding) welcomes members who join (GUILD_MEMBER_ADD) in a
// channel and/or by DM, pinging only the new member, with quick-start
// buttons that answer privately and a menu of interest roles; /start shows
// the same panel. A bot.Observer set with SetObserver counts welcomes,
// quick starts, role changes, reconnects and the connection state.
//
// Package fakediscord, below it, is the loopback fake Discord its tests use.
package discord
