package metrics

import "github.com/prometheus/client_golang/prometheus"

// Security holds what an operator watches for abuse: a burst of new web
// conversations or of emergencies is either a disaster or a flood of fake
// patients, and both need a human (deploy/prometheus-alerts.yaml).
type Security struct {
	// WebConversationsStarted counts web chat conversations started.
	WebConversationsStarted prometheus.Counter
	// RateLimited counts requests refused by a rate limit, by limit
	// ("web_start", "web_send_address", "web_send_conversation",
	// "web_code", "webhook_secret").
	RateLimited *prometheus.CounterVec
	// CasesOpened counts triage cases recorded, by urgency and channel.
	CasesOpened *prometheus.CounterVec
	// WebhookWrongSecret counts webhook requests with a wrong secret.
	WebhookWrongSecret prometheus.Counter
}

func newSecurity(reg *prometheus.Registry) Security {
	s := Security{
		WebConversationsStarted: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "frontdoor_web_conversations_started_total", Help: "Web chat conversations started.",
		}),
		RateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "frontdoor_rate_limited_total", Help: "Requests refused by a rate limit, by limit.",
		}, []string{"limit"}),
		CasesOpened: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "frontdoor_cases_opened_total", Help: "Triage cases recorded, by urgency and channel.",
		}, []string{"urgency", "channel"}),
		WebhookWrongSecret: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "frontdoor_webhook_wrong_secret_total", Help: "Telegram webhook requests refused for a wrong secret.",
		}),
	}
	reg.MustRegister(s.WebConversationsStarted, s.RateLimited, s.CasesOpened, s.WebhookWrongSecret)
	return s
}
