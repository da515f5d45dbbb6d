package bot

import (
	"context"
	"time"
)

// Subject is what a conversation was last about: enough to read a
// follow-up that names only part of a question ("and in NY?", "which is
// cheapest?", "the second one").
type Subject struct {
	Career  string     // guide slug
	Command string     // the command that answered ("salary", "certs", "ask")
	State   string     // USPS code, when the answer was about one state
	Kind    string     // section kind or fact the answer came from
	List    []FollowUp // the items the answer listed, in order, for "the second one"
}

// Conversations remembers each conversation's last subject for a while.
// The engine keeps them in memory by default; a shared store can hold them
// when several replicas serve one community.
type Conversations interface {
	Recall(ctx context.Context, key string) (Subject, bool)
	Remember(ctx context.Context, key string, s Subject, ttl time.Duration)
}
