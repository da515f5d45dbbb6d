package bot

import (
	"context"
	"errors"
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

// SubjectStore keeps subjects where every replica reads them (the store on
// Postgres).
type SubjectStore interface {
	RecallSubject(ctx context.Context, key string, now time.Time) (Subject, bool, error)
	RememberSubject(ctx context.Context, key string, s Subject, until time.Time) error
}

// SharedConversations keeps subjects in a local store and in a shared one:
// a recall looks locally first, then (briefly) in the shared store, so a
// follow-up that reaches another replica still has its context; a
// remember writes locally at once and to the shared store in the
// background, so answers never wait on it. When the shared store fails,
// conversations keep working on each replica alone.
type SharedConversations struct {
	Local   Conversations
	Shared  SubjectStore
	Timeout time.Duration // for a shared recall (default 100ms)
	OnError func(error)   // told of shared-store failures (log, count); may be nil
	slots   chan struct{}
}

// NewSharedConversations returns local in front of shared, with at most 64
// background writes in flight.
func NewSharedConversations(local Conversations, shared SubjectStore, onError func(error)) *SharedConversations {
	return &SharedConversations{Local: local, Shared: shared, Timeout: 100 * time.Millisecond, OnError: onError,
		slots: make(chan struct{}, 64)}
}

func (c *SharedConversations) Recall(ctx context.Context, key string) (Subject, bool) {
	if s, ok := c.Local.Recall(ctx, key); ok {
		return s, true
	}
	rctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	s, ok, err := c.Shared.RecallSubject(rctx, key, time.Now())
	if err != nil {
		c.failed(err)
		return Subject{}, false
	}
	return s, ok
}

func (c *SharedConversations) Remember(ctx context.Context, key string, s Subject, ttl time.Duration) {
	c.Local.Remember(ctx, key, s, ttl)
	select {
	case c.slots <- struct{}{}:
	default:
		c.failed(errors.New("shared conversations: too many writes in flight, one dropped"))
		return
	}
	until := time.Now().Add(ttl)
	go func() {
		defer func() { <-c.slots }()
		wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		if err := c.Shared.RememberSubject(wctx, key, s, until); err != nil {
			c.failed(err)
		}
	}()
}

func (c *SharedConversations) failed(err error) {
	if c.OnError != nil {
		c.OnError(err)
	}
}
