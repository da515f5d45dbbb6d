// Package bot is careerbot's platform-neutral core: the domain types (guides,
// requests, answers), the command registry, routing, middleware, coded errors,
// and the plain-text renderer. The answer engine is package engine.
//
// It imports no chat SDK. Adapters (bot/discord, bot/slack, the HTTP API)
// translate platform events into Requests and Answers into platform messages;
// the search index (package index) implements the Searcher interface defined
// here.
package bot
