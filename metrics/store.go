package metrics

import "github.com/prometheus/client_golang/prometheus"

// StoreMetrics counts what happens to recorded questions and votes.
type StoreMetrics struct {
	dropped prometheus.Counter
	up      prometheus.Gauge
}

// Store registers the store's metrics (call once) and returns them; on nil
// Metrics it returns nil, whose methods do nothing.
func (m *Metrics) Store(written func() float64) *StoreMetrics {
	if m == nil {
		return nil
	}
	s := &StoreMetrics{
		dropped: prometheus.NewCounter(prometheus.CounterOpts{Namespace: Namespace, Name: "store_dropped_writes_total",
			Help: "Records (questions, votes) lost because the store was slow, full or failing; answers are not affected."}),
		up: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: Namespace, Name: "store_up",
			Help: "1 when questions and votes are being recorded, 0 when the bot runs without a store."}),
	}
	m.reg.MustRegister(s.dropped, s.up)
	if written != nil {
		m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Namespace: Namespace, Name: "store_written_total",
			Help: "Records (questions, votes) written to the store."}, written))
	}
	return s
}

// Dropped counts n records lost.
func (s *StoreMetrics) Dropped(n int) {
	if s != nil {
		s.dropped.Add(float64(n))
	}
}

// Up sets store_up.
func (s *StoreMetrics) Up(up bool) {
	if s == nil {
		return
	}
	if up {
		s.up.Set(1)
	} else {
		s.up.Set(0)
	}
}
