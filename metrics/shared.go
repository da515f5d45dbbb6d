package metrics

import "github.com/prometheus/client_golang/prometheus"

// SharedStateMetrics reports the shared state (de-duplication, replay
// protection, rejoin memory) of bot.Shared.
type SharedStateMetrics struct {
	degraded prometheus.Gauge
	changes  prometheus.Counter
}

// SharedState registers the shared state's metrics (call once) and returns
// them; on nil Metrics it returns nil, whose methods do nothing.
func (m *Metrics) SharedState() *SharedStateMetrics {
	if m == nil {
		return nil
	}
	s := &SharedStateMetrics{
		degraded: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: Namespace, Name: "shared_state_degraded",
			Help: "1 while the shared-state database (store) fails and de-duplication, replay protection and the rejoin window fall back to this process's memory."}),
		changes: prometheus.NewCounter(prometheus.CounterOpts{Namespace: Namespace, Name: "shared_state_fallbacks_total",
			Help: "Times the shared state fell back to process memory because its database failed."}),
	}
	m.reg.MustRegister(s.degraded, s.changes)
	return s
}

// Degraded sets shared_state_degraded (and counts a fallback).
func (s *SharedStateMetrics) Degraded(d bool) {
	if s == nil {
		return
	}
	if d {
		s.degraded.Set(1)
		s.changes.Inc()
	} else {
		s.degraded.Set(0)
	}
}
