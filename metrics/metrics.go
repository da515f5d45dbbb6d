package metrics

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/careerbot-dev/careerbot/bot"
)

// Namespace prefixes every metric name.
const Namespace = "careerbot"

// Metrics holds careerbot's collectors on a private registry.
type Metrics struct {
	reg *prometheus.Registry

	questions    *prometheus.CounterVec   // platform, command, outcome
	latency      *prometheus.HistogramVec // platform, command
	adapterUp    *prometheus.GaugeVec     // adapter
	reconnects   *prometheus.CounterVec   // adapter
	limited      *prometheus.CounterVec   // platform, reason
	panics       prometheus.Counter
	reloads      *prometheus.CounterVec // result
	guides       prometheus.Gauge
	sections     prometheus.Gauge
	lastReload   prometheus.Gauge
	welcomes     *prometheus.CounterVec // platform
	quickStarts  *prometheus.CounterVec // platform
	roleChanges  *prometheus.CounterVec // platform
	welcomeFails *prometheus.CounterVec // platform
	rejected     *prometheus.CounterVec // adapter, reason
	unregistered *prometheus.GaugeVec   // adapter
	cacheHits    prometheus.Counter     // answer_cache_lookups_total{result="hit"}
	cacheMisses  prometheus.Counter     // answer_cache_lookups_total{result="miss"}
}

// LatencyBuckets are the answer latency histogram's upper bounds in seconds:
// 0.5 ms to about 8 s.
var LatencyBuckets = prometheus.ExponentialBuckets(0.0005, 2, 15)

// New builds the metrics on a new registry, with the Go runtime and process
// collectors.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{reg: reg}
	m.questions = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "questions_total",
		Help: "Questions handled, by platform, command and outcome (answered, not_answered, rejected, limited, error)."},
		[]string{"platform", "command", "outcome"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: Namespace, Name: "answer_latency_seconds",
		Help: "Time to answer a question, by platform and command.", Buckets: LatencyBuckets},
		[]string{"platform", "command"})
	m.adapterUp = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: Namespace, Name: "adapter_up",
		Help: "1 when the chat adapter is connected and serving, else 0."}, []string{"adapter"})
	m.reconnects = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "adapter_reconnects_total",
		Help: "Times the chat adapter reconnected."}, []string{"adapter"})
	m.limited = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "rate_limited_total",
		Help: "Requests refused by the rate limiter, by platform and reason (user, channel, busy)."},
		[]string{"platform", "reason"})
	m.panics = prometheus.NewCounter(prometheus.CounterOpts{Namespace: Namespace, Name: "panics_recovered_total",
		Help: "Panics in handlers that were recovered."})
	m.reloads = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "content_reloads_total",
		Help: "Content (guide) reloads, by result (ok, failed)."}, []string{"result"})
	m.guides = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: Namespace, Name: "index_guides",
		Help: "Guides in the search index."})
	m.sections = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: Namespace, Name: "index_sections",
		Help: "Guide sections in the search index."})
	m.lastReload = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: Namespace, Name: "content_last_reload_timestamp_seconds",
		Help: "Unix time of the last successful content load."})
	m.welcomes = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "onboarding_welcomes_total",
		Help: "Welcome messages sent to new members, by platform."}, []string{"platform"})
	m.welcomeFails = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "onboarding_welcome_failures_total",
		Help: "Welcome messages that could not be delivered (DMs closed, missing permission), by platform."}, []string{"platform"})
	m.quickStarts = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "onboarding_quick_start_clicks_total",
		Help: "Quick-start buttons clicked, by platform."}, []string{"platform"})
	m.roleChanges = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "onboarding_role_changes_total",
		Help: "Career roles given or removed, by platform."}, []string{"platform"})
	m.rejected = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "requests_rejected_total",
		Help: "Requests refused before reaching the bot, by adapter and reason (signature: a Slack request without a valid signature)."},
		[]string{"adapter", "reason"})
	m.unregistered = prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: Namespace, Name: "commands_unregistered",
		Help: "Slash commands the platform has not accepted yet (registration failed and is being retried), by adapter; 0 when all are registered."},
		[]string{"adapter"})
	lookups := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: "answer_cache_lookups_total",
		Help: "Free-text questions looked up in the answer cache, by result (hit: answered from it, miss: worked out)."},
		[]string{"result"})
	m.cacheHits, m.cacheMisses = lookups.WithLabelValues("hit"), lookups.WithLabelValues("miss")
	reg.MustRegister(m.rejected, m.unregistered, lookups)
	reg.MustRegister(m.questions, m.latency, m.adapterUp, m.reconnects, m.limited, m.panics, m.reloads,
		m.guides, m.sections, m.lastReload, m.welcomes, m.welcomeFails, m.quickStarts, m.roleChanges,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry returns the registry the metrics live on.
func (m *Metrics) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// Handler serves the metrics in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	if m == nil {
		return http.NotFoundHandler()
	}
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg, MaxRequestsInFlight: 4})
}

// Middleware counts every request by platform, command and outcome and
// observes its latency. Put it outermost (before Recover and RateLimit) so
// that panics and refusals are counted too. Commands not in reg are counted
// as "unknown", so label values stay bounded whatever users type.
func (m *Metrics) Middleware(reg *bot.Registry) bot.Middleware {
	return func(next bot.Handler) bot.Handler {
		if m == nil {
			return next
		}
		var series seriesCache
		return func(ctx context.Context, req *bot.Request) (*bot.Answer, error) {
			start := time.Now()
			a, err := next(ctx, req)
			command := commandLabel(reg, req.Command)
			s := series.get(m, req.Platform, command, Outcome(a, err))
			s.questions.Inc()
			s.latency.Observe(time.Since(start).Seconds())
			return a, err
		}
	}
}

// seriesCache remembers the question counter and latency histogram of
// each platform, command label and outcome the middleware has seen: most
// of the middleware's cost was finding them again (sanitising the
// platform, hashing the labels, a read lock every request shares). The
// platform is keyed as given (label is a function of it) and the command
// by its label, so the keys are as bounded as the series; past
// maxCachedSeries keys (platforms are set by adapters, not users, but the
// cache trusts no one) series are looked up as before.
type seriesCache struct {
	m sync.Map // seriesKey → *seriesPair
	n atomic.Int32
}

type seriesKey struct{ platform, command, outcome string }

type seriesPair struct {
	questions prometheus.Counter
	latency   prometheus.Observer
}

const maxCachedSeries = 512

func (c *seriesCache) get(m *Metrics, platform, command, outcome string) *seriesPair {
	k := seriesKey{platform, command, outcome}
	if v, ok := c.m.Load(k); ok {
		return v.(*seriesPair)
	}
	p := label(platform)
	s := &seriesPair{m.questions.WithLabelValues(p, command, outcome), m.latency.WithLabelValues(p, command)}
	if c.n.Load() < maxCachedSeries {
		if _, loaded := c.m.LoadOrStore(seriesKey{strings.Clone(platform), command, outcome}, s); !loaded {
			c.n.Add(1)
		}
	}
	return s
}

// Outcome is bot.Outcome, with silent rate-limit refusals counted as
// "limited" like the first one.
func Outcome(a *bot.Answer, err error) string {
	if bot.IsLimited(bot.ErrorCode(err)) {
		return "limited"
	}
	return bot.Outcome(a, err)
}

func commandLabel(reg *bot.Registry, name string) string {
	if name == "" {
		return "ask"
	}
	if name == bot.CommandAutocomplete {
		return name
	}
	if reg == nil {
		return label(name)
	}
	if c, ok := reg.Lookup(name); ok {
		return c.Name
	}
	return "unknown"
}

// label keeps a label value short and printable.
func label(s string) string {
	if s == "" {
		return "unknown"
	}
	if len(s) > 32 {
		s = s[:32]
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == 0xfffd {
			return '_'
		}
		return r
	}, strings.ToValidUTF8(s, "_"))
}

// Question records one handled question; for adapters that answer outside
// the router (none today). Prefer Middleware.
func (m *Metrics) Question(platform, command, outcome string, latency time.Duration) {
	if m == nil {
		return
	}
	m.questions.WithLabelValues(label(platform), label(command), label(outcome)).Inc()
	m.latency.WithLabelValues(label(platform), label(command)).Observe(latency.Seconds())
}

// AdapterUp sets whether the named adapter is connected.
func (m *Metrics) AdapterUp(name string, up bool) {
	if m == nil {
		return
	}
	v := 0.0
	if up {
		v = 1
	}
	m.adapterUp.WithLabelValues(label(name)).Set(v)
}

// Reconnect counts a reconnect of the named adapter.
func (m *Metrics) Reconnect(name string) {
	if m == nil {
		return
	}
	m.reconnects.WithLabelValues(label(name)).Inc()
}

// Limited counts a rate-limited request; reason is bot.LimitUser,
// bot.LimitChannel or bot.LimitBusy.
func (m *Metrics) Limited(platform, reason string) {
	if m == nil {
		return
	}
	m.limited.WithLabelValues(label(platform), label(reason)).Inc()
}

// OnLimited is Limited in the shape bot.RateLimit takes.
func (m *Metrics) OnLimited(req *bot.Request, reason string) { m.Limited(req.Platform, reason) }

// Panic counts a recovered panic; pass it to bot.Recover.
func (m *Metrics) Panic() {
	if m == nil {
		return
	}
	m.panics.Inc()
}

// Reload counts a content reload, successful or not.
func (m *Metrics) Reload(ok bool) {
	if m == nil {
		return
	}
	if ok {
		m.reloads.WithLabelValues("ok").Inc()
		m.lastReload.SetToCurrentTime()
	} else {
		m.reloads.WithLabelValues("failed").Inc()
	}
}

// AnswerCache counts a look-up in the engine's answer cache.
func (m *Metrics) AnswerCache(hit bool) {
	if m == nil {
		return
	}
	if hit {
		m.cacheHits.Inc()
	} else {
		m.cacheMisses.Inc()
	}
}

// IndexSize sets the number of guides and sections indexed.
func (m *Metrics) IndexSize(guides, sections int) {
	if m == nil {
		return
	}
	m.guides.Set(float64(guides))
	m.sections.Set(float64(sections))
}

// Rejected counts a request refused before reaching the bot (e.g. a Slack
// request without a valid signature).
func (m *Metrics) Rejected(adapter, reason string) {
	if m == nil {
		return
	}
	m.rejected.WithLabelValues(label(adapter), label(reason)).Inc()
}

// CommandsUnregistered sets how many commands the adapter could not
// register (0: all registered).
func (m *Metrics) CommandsUnregistered(adapter string, n int) {
	if m == nil {
		return
	}
	m.unregistered.WithLabelValues(label(adapter)).Set(float64(n))
}

// Welcome counts a welcome message sent on a platform.
func (m *Metrics) Welcome(platform string) {
	if m == nil {
		return
	}
	m.welcomes.WithLabelValues(label(platform)).Inc()
}

// WelcomeFailed counts a welcome message that could not be delivered.
func (m *Metrics) WelcomeFailed(platform string) {
	if m == nil {
		return
	}
	m.welcomeFails.WithLabelValues(label(platform)).Inc()
}

// QuickStart counts a click on a quick-start button.
func (m *Metrics) QuickStart(platform string) {
	if m == nil {
		return
	}
	m.quickStarts.WithLabelValues(label(platform)).Inc()
}

// RoleChange counts a career role given or removed.
func (m *Metrics) RoleChange(platform string) {
	if m == nil {
		return
	}
	m.roleChanges.WithLabelValues(label(platform)).Inc()
}
