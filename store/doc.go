// Package store keeps what careerbot records, questions asked and votes on
// answers, in an embedded SQLite file (modernc.org/sqlite, pure Go) or in
// Postgres (pgx) when several processes share one database. Both engines use
// the same SQL and the same versioned migrations, applied at Open.
//
// Store implements bot.EventSink (the recorder's writer) and bot.Reporter.
// Open returns a Store whose *sql.DB and dialect can be reused by other
// packages that need shared state.
package store
