// Package metrics defines Frontdoor's Prometheus metrics on a registry of
// its own (no globals), served at /metrics.
//
// Labels never carry a chat, user or patient id: cardinality stays fixed and
// no personal data leaves through the metrics.
package metrics

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds every collector. Build it once with New and pass it down.
type Metrics struct {
	Registry *prometheus.Registry

	// UpdatesReceived counts inputs taken in, by channel ("telegram", "web").
	UpdatesReceived *prometheus.CounterVec
	// UpdatesDuplicate counts inputs dropped because they were seen before.
	UpdatesDuplicate *prometheus.CounterVec
	// UpdatesProcessed counts inputs handled to the end, by channel.
	UpdatesProcessed *prometheus.CounterVec
	// UpdatesFailed counts inputs whose handling failed, by channel and
	// reason ("panic", "error", "parked", "busy").
	UpdatesFailed *prometheus.CounterVec
	// HandleSeconds is the time from taking an input in to its replies
	// being handed to the sender, by channel.
	HandleSeconds *prometheus.HistogramVec
	// Sends counts outbound Bot API calls by bot (BotLabel), method and result ("ok",
	// "429", "403", "400", "5xx", "error").
	Sends *prometheus.CounterVec

	// Intake, outbound flow control and reminders: see reliability.go.
	Reliability
	// Abuse: see security.go.
	Security
}

// New creates the collectors and registers them, with the Go runtime and
// process collectors, on a fresh registry.
func New() *Metrics {
	m := &Metrics{
		Registry: prometheus.NewRegistry(),
		UpdatesReceived: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "frontdoor_updates_received_total", Help: "Inputs taken in, by channel.",
		}, []string{"channel"}),
		UpdatesDuplicate: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "frontdoor_updates_duplicate_total", Help: "Inputs dropped as duplicates, by channel.",
		}, []string{"channel"}),
		UpdatesProcessed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "frontdoor_updates_processed_total", Help: "Inputs handled to the end, by channel.",
		}, []string{"channel"}),
		UpdatesFailed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "frontdoor_updates_failed_total", Help: "Inputs whose handling failed, by channel and reason.",
		}, []string{"channel", "reason"}),
		HandleSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "frontdoor_handle_seconds",
			Help:    "Time from taking an input in to handing its replies to the sender.",
			Buckets: []float64{.001, .0025, .005, .01, .02, .05, .1, .15, .25, .5, 1, 2.5, 5},
		}, []string{"channel"}),
		Sends: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "frontdoor_outbound_sends_total", Help: "Outbound Bot API calls, by bot, method and result.",
		}, []string{"bot", "method", "result"}),
	}
	m.Registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.UpdatesReceived, m.UpdatesDuplicate, m.UpdatesProcessed, m.UpdatesFailed,
		m.HandleSeconds, m.Sends,
	)
	m.Reliability = newReliability(m.Registry)
	m.Security = newSecurity(m.Registry)
	return m
}

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{Registry: m.Registry})
}

// BotLabel is the value of the "bot" label for the deployment's bot
// named name: "default" for the first (unnamed) one, TELEGRAM_TOKEN's,
// the name for the others (config forbids a bot named "default"). Every
// Telegram metric carries it, so each bot's sends, 429s and intake lag
// show apart: each bot has Telegram's limits of its own.
func BotLabel(name string) string {
	if name == "" {
		return "default"
	}
	return name
}
