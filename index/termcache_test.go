package index

import (
	"fmt"
	"testing"
)

// The cache gives what the analysis gives, whichever word last took a slot.
func TestTermCache(t *testing.T) {
	calls := 0
	analyse := func(w string) []string { calls++; return []string{"t:" + w} }
	var c termCache
	for round := range 2 {
		for i := range 3 * termCacheSlots {
			w := fmt.Sprint("w", i%(termCacheSlots/2))
			if got := c.get(w, analyse); len(got) != 1 || got[0] != "t:"+w {
				t.Fatalf("round %d: get(%q) = %v", round, w, got)
			}
		}
	}
	if calls >= 6*termCacheSlots {
		t.Errorf("%d analyses for %d look-ups: nothing cached", calls, 6*termCacheSlots)
	}
	var nilCache *termCache
	if got := nilCache.get("x", analyse); got[0] != "t:x" {
		t.Errorf("nil cache: %v", got)
	}
}
