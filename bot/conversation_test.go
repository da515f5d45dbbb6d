package bot

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

type mapConvs struct {
	mu sync.Mutex
	m  map[string]Subject
}

func (c *mapConvs) Recall(_ context.Context, k string) (Subject, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[k]
	return s, ok
}
func (c *mapConvs) Remember(_ context.Context, k string, s Subject, _ time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = s
}

type fakeSubjects struct {
	mu   sync.Mutex
	m    map[string]Subject
	fail bool
}

func (f *fakeSubjects) RecallSubject(_ context.Context, k string, _ time.Time) (Subject, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return Subject{}, false, errors.New("down")
	}
	s, ok := f.m[k]
	return s, ok, nil
}
func (f *fakeSubjects) RememberSubject(_ context.Context, k string, s Subject, _ time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail {
		return errors.New("down")
	}
	f.m[k] = s
	return nil
}

// Two replicas sharing a subject store: what one remembers, the other
// recalls; when the shared store fails, each keeps its own.
func TestSharedConversations(t *testing.T) {
	shared := &fakeSubjects{m: map[string]Subject{}}
	var errs int
	var mu sync.Mutex
	onErr := func(error) { mu.Lock(); errs++; mu.Unlock() }
	a := NewSharedConversations(&mapConvs{m: map[string]Subject{}}, shared, onErr)
	b := NewSharedConversations(&mapConvs{m: map[string]Subject{}}, shared, onErr)
	ctx := context.Background()
	a.Remember(ctx, "k", Subject{Career: "ml-engineer", State: "CA"}, time.Minute)
	deadline := time.Now().Add(2 * time.Second)
	for {
		if s, ok := b.Recall(ctx, "k"); ok && s.State == "CA" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("replica b never recalled replica a's subject")
		}
		time.Sleep(5 * time.Millisecond)
	}
	shared.mu.Lock()
	shared.fail = true
	shared.mu.Unlock()
	a.Remember(ctx, "k2", Subject{Career: "x"}, time.Minute)
	if s, ok := a.Recall(ctx, "k2"); !ok || s.Career != "x" {
		t.Fatalf("local recall during an outage: %+v %v", s, ok)
	}
	if _, ok := b.Recall(ctx, "k3"); ok {
		t.Fatal("recall of an unknown key during an outage succeeded")
	}
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	if errs == 0 {
		t.Fatal("shared-store failures were not reported")
	}
}
