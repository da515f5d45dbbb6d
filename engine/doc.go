// Package engine understands and answers career questions: it reads what a
// question is about (the career, an occupation the guides do not cover, a
// place, a company), routes it by meaning to a structured fact, a passage or
// a section of a guide, and builds the platform-neutral bot.Answer. It owns
// the commands that answer from guides (/salary, the section commands,
// /compare, /ask, ...) and registers them in a bot.Registry; cmd/careerbot
// wires it between the content loader, the index and the router.
package engine
