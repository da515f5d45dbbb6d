// Package lexicon holds the engine's lexical knowledge, generated from
// WordNet 3.0 (Debian's wordnet-base package) at `go generate` time and
// embedded in the binary: occupations (nouns under WordNet's kinds of working
// person), places in and outside the US, parts of speech and the synonyms of
// the intent table's words. The binary never reads WordNet itself.
//
// WordNet 3.0 Copyright 2006 by Princeton University (see LICENSE-WordNet).
package lexicon
