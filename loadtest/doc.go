// Package loadtest holds careerbot's load and soak tests. It has no code of
// its own: its tests drive the real Discord and Slack adapters, wired to the
// real engine (internal/testbot), through the loopback fakes
// (bot/discord/fakediscord, bot/slack/fakeslack) on 127.0.0.1.
//
//   - TestLoadDiscordInteractions: slash commands and follow-up buttons
//     dispatched over the gateway (INTERACTION_CREATE) and answered through
//     the interaction callback, 64 at a time.
//   - TestLoadSlackSlashCommands: slash commands delivered as Socket Mode
//     envelopes and answered in their acks, 64 at a time.
//   - TestSoakDiscordReconnects and TestSoakSlackReconnects: the same load
//     while the fakes drop the connection again and again; the gateway
//     replays missed dispatches on RESUME and Socket Mode redelivers
//     unacknowledged events, as the real services do.
//
// Each asserts that every request got exactly one answer (at most one for
// Slack slash commands caught in a dropped connection, which Slack does not
// redeliver) and that the answer carries the facts the engine gives for that
// request. They never assert on latency; they log p50/p99 latency and
// throughput, which BenchmarkLoadDiscord64 and BenchmarkLoadSlack64 report
// as metrics. CAREERBOT_LOAD_N sets the number of requests per platform
// (default 2000); see BENCHMARKS.md at the repository root for measurements and the commands that
// reproduce them.
package loadtest
