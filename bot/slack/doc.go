// Package slack is careerbot's Slack adapter. It serves a workspace in
// Socket Mode (a websocket the bot opens: no public URL needed) or HTTP
// mode (Slack posts to /slack/commands, /slack/events and
// /slack/interactive, every request verified with the signing secret).
//
// Slash commands come from the core registry (/salary CA, /certs, ...) plus
// a catch-all (/career <command or question>); answers are acked within
// Slack's 3-second deadline, or acked empty and posted through response_url
// when the engine is slow. Mentions are answered in the question's thread,
// direct messages in the DM; follow-up buttons (block_actions) are
// answered too. Events are de-duplicated by event id, so a redelivered
// event gets one answer. Answers are Block Kit messages kept within Slack's
// limits, with &, < and > escaped everywhere so nobody can make the bot
// ping @channel, @here or @everyone.
//
// Onboarding (onboarding.go): team_join sends a welcome DM built from a
// template with quick-start buttons, member_joined_channel an ephemeral
// welcome in configured channels, and app_home_opened publishes a Home tab
// with the /start panel, the quick starts and the commands. Repeated
// rate-limit refusals (bot.IsSilent) are dropped, and an optional
// bot.Observer hears connection changes, reconnects, welcomes and
// quick-start clicks.
//
// slack-go (imported as slackgo) is used for the Web API, Socket Mode and
// event parsing; none of its types leave this package.
package slack
