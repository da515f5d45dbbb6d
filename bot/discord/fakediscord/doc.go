// Package fakediscord is a loopback fake of Discord for tests: a REST API
// (under /api/v9/) and a gateway websocket on 127.0.0.1 that speak the
// documented wire protocol (HELLO, IDENTIFY, READY, heartbeats, RESUME,
// dispatches, close codes), record every REST call, and can inject
// interactions (commands, buttons, select menus), MESSAGE_CREATE and
// GUILD_MEMBER_ADD/REMOVE dispatches or POST signed interactions to an HTTP
// endpoint. It keeps guild names and member counts (GET /guilds/{id}) and
// members' roles, which role PUT/DELETE calls change.
//
// Gateway sessions behave as Discord's: every dispatch is numbered (seq)
// and kept (Options.ReplayLimit, default 10000 per session); a session
// outlives a dropped connection, dispatches sent meanwhile wait for it, and
// a RESUME gets the dispatches after the client's seq, in order, then
// RESUMED; a RESUME of an unknown or invalidated session, or one that needs
// dispatches no longer kept, gets INVALID_SESSION (op 9) and the client
// identifies again. Replayed and InvalidSessions count both outcomes;
// CallsFrom and SetCallHook let load tests follow thousands of REST calls.
//
// Failures are configurable: REST faults (429 with Retry-After, any status
// with a Discord error code such as 50007 or 50013, slow responses, dropped
// connections), gateway close codes on IDENTIFY
// (4004 for a wrong token and 4014 for disallowed intents happen on their
// own), and dropping live gateway connections or refusing new ones (SetGatewayDown).
//
// It never contacts Discord and only listens on 127.0.0.1.
package fakediscord
