// Package lexicon holds the engine's lexical knowledge, generated from
// WordNet 3.0 (Debian's wordnet-base package) and Unicode CLDR 41's English
// emoji names (Debian's unicode-cldr-core package) at `go generate` time
// and embedded in the binary: occupations (nouns under WordNet's kinds of
// working person), places in and outside the US, parts of speech, the
// synonyms of the intent table's words and what each emoji is called. The
// binary never reads WordNet or CLDR itself.
//
// WordNet 3.0 Copyright 2006 by Princeton University (see LICENSE-WordNet).
// CLDR Copyright © 1991-2022 Unicode, Inc. (see LICENSE-Unicode).
package lexicon
