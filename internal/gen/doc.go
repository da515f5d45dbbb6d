// Package gen generates synthetic career guides for benchmarks and tests.
//
// Generation is deterministic: the same seed and index always give the same
// guide, whatever the corpus size. Each generated career has its own domain
// vocabulary (a unique field word, tools, certifications with prices,
// skills and jargon made of pseudo-words), a few words shared with the
// careers of its family, and the shared career words of the sentence
// templates, so a question about one career's domain matches that career,
// not every guide. Titles say the guides are synthetic ("Synthetic Career
// 0042 Kelbrinology Analyst"); every figure is made up and lives only in
// memory. Generated guides are never shipped as content.
package gen
