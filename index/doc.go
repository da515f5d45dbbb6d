// Package index implements bot.Searcher on bleve: one document per guide
// section plus one "facts" document per guide, in an in-memory scorch index
// with BM25 scoring, English analysis, boosted titles and a synonym list.
//
// User text is only ever given to match queries (analysed with the same
// analyzer as the fields), never to a query-string query.
package index
