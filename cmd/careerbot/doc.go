// Command careerbot answers career questions from guide content on the
// terminal (ask, chat), checks content (validate, new-guide) and serves the
// chat platforms and the HTTP API (serve), and reads what was recorded
// (report, forget). main only wires packages together.
package main
