// Package metrics exports careerbot's Prometheus metrics: questions by
// platform, command and outcome, answer latency, adapter connection state and
// reconnects, rate-limited requests, recovered panics, content reloads and
// index size, and onboarding counters.
//
// Everything lives on the Metrics value's own prometheus.Registry (never the
// global default registry). All methods are safe on a nil *Metrics, so
// packages can take an optional metrics sink without checking for nil.
// Packages that must not import metrics (bot and the adapters) declare the
// few methods they call as a small interface where they use it.
package metrics
