// Package bot is careerbot's platform-neutral core: the domain types (guides,
// requests, answers), the command registry, routing, middleware, coded errors,
// the plain-text renderer and the answer engine.
//
// It imports no chat SDK. Adapters (bot/discord, bot/slack, the HTTP API)
// translate platform events into Requests and Answers into platform messages;
// the search index (package index) implements the Searcher interface defined
// here.
package bot
