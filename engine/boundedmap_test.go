package engine

import "testing"

// A bounded map keeps what it is given until it is full, then starts
// afresh with the entry being stored.
func TestBoundedMapStartsAfreshWhenFull(t *testing.T) {
	var b boundedMap[int, string]
	for k := range boundedMapMax {
		b.store(k, "v")
	}
	for k := range boundedMapMax {
		if v, ok := b.load(k); !ok || v != "v" {
			t.Fatalf("entry %d lost before the map was full: %q, %v", k, v, ok)
		}
	}
	b.store(boundedMapMax, "last")
	if _, ok := b.load(0); ok {
		t.Fatal("a full map kept its old entries")
	}
	if v, ok := b.load(boundedMapMax); !ok || v != "last" {
		t.Fatalf("the entry stored when full is %q, %v", v, ok)
	}
	if _, ok := b.load(-1); ok {
		t.Fatal("an entry never stored was found")
	}
}
