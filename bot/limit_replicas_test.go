package bot

import (
	"testing"
	"time"
)

// limits.rate.replicas divides the rates: three replicas each allow a third
// of per_minute, so together they hold the configured rate.
func TestLimitReplicasDivideRates(t *testing.T) {
	one := NewLimiter(LimitConfig{PerMinute: 60, ChannelPerMinute: 30}, nil).Config()
	three := NewLimiter(LimitConfig{PerMinute: 60, ChannelPerMinute: 30, Replicas: 3}, nil).Config()
	if one.PerMinute != 60 || three.PerMinute != 20 || three.ChannelPerMinute != 10 {
		t.Fatalf("per_minute %v / %v, channel %v: want 60, 20, 10", one.PerMinute, three.PerMinute, three.ChannelPerMinute)
	}
	if three.Burst != one.Burst {
		t.Errorf("burst %d, want it per replica (%d)", three.Burst, one.Burst)
	}
	// Sustained: after the burst, a replica admits per_minute/3.
	clk := time.Unix(1_800_000_000, 0)
	lim := NewLimiter(LimitConfig{PerMinute: 60, Burst: 1, Replicas: 3, Now: func() time.Time { return clk }}, nil)
	admitted := 0
	for range 60 { // one a second for a minute
		rel, _, err := lim.acquire(t.Context(), &Request{Platform: "slack", UserID: "U1"})
		if err == nil {
			admitted++
			rel()
		}
		clk = clk.Add(time.Second)
	}
	if admitted < 19 || admitted > 21 {
		t.Errorf("%d admitted in a minute by one of 3 replicas at 60/minute, want about 20", admitted)
	}
}
