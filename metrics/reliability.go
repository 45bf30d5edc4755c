package metrics

import "github.com/prometheus/client_golang/prometheus"

// Reliability holds the collectors that show whether Frontdoor keeps up:
// the intake queue (lag per shard, waiting time, parked updates, shard
// ownership), outbound flow control (sends waiting for Telegram's limits)
// and reminder lateness. Shard labels are shard numbers (fixed, small);
// bot labels name the deployment's bots (BotLabel: fixed by its
// configuration); nothing here names a chat or a patient.
type Reliability struct {
	// IntakeStreamLength is how many updates wait in each shard this
	// process holds (appended, not yet acknowledged or parked).
	IntakeStreamLength *prometheus.GaugeVec
	// IntakeLagSeconds is the age of the oldest waiting update of each
	// shard this process holds: how far behind the shard is.
	IntakeLagSeconds *prometheus.GaugeVec
	// IntakeQueueWait is the time from taking an update in to its
	// handler starting (first attempt).
	IntakeQueueWait *prometheus.HistogramVec
	// IntakeParked counts updates parked in the dead-letter stream after
	// failing MaxAttempts times.
	IntakeParked *prometheus.CounterVec
	// IntakeRetries counts handler attempts that will be tried again, by
	// reason: "retry_later" (a store is down) or "failed".
	IntakeRetries *prometheus.CounterVec
	// IntakeShardsHeld is how many shards this process holds now.
	IntakeShardsHeld *prometheus.GaugeVec
	// IntakeShardsAcquired counts shard leases taken (start-up, balancing
	// and takeover of a dead process's shards).
	IntakeShardsAcquired *prometheus.CounterVec
	// WebhookResponses counts webhook answers by status code ("200",
	// "401", "503", …): 401s are forged requests, 503s updates refused
	// because Redis was unavailable (Telegram retries them).
	WebhookResponses *prometheus.CounterVec
	// OutboundWaiting is how many outbound calls wait for the rate limits
	// now, by priority ("interactive", "bulk"): the outbound queue depth.
	OutboundWaiting *prometheus.GaugeVec
	// OutboundWait is how long outbound calls waited for the limits.
	OutboundWait *prometheus.HistogramVec
	// ReminderLateness is how late reminders are sent after they were
	// due, in seconds. The reminders service observes it.
	ReminderLateness prometheus.Histogram
}

// latencyBuckets cover 1 ms to 30 s.
var latencyBuckets = []float64{.001, .0025, .005, .01, .02, .05, .1, .15, .25, .5, 1, 2.5, 5, 10, 30}

func newReliability(reg *prometheus.Registry) Reliability {
	r := Reliability{
		IntakeStreamLength: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "frontdoor_intake_stream_length", Help: "Updates waiting in each intake shard held by this process.",
		}, []string{"bot", "shard"}),
		IntakeLagSeconds: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "frontdoor_intake_lag_seconds", Help: "Age of the oldest waiting update of each intake shard held by this process.",
		}, []string{"bot", "shard"}),
		IntakeQueueWait: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "frontdoor_intake_queue_wait_seconds", Help: "Time from taking an update in to its handler starting.",
			Buckets: latencyBuckets,
		}, []string{"bot"}),
		IntakeParked: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "frontdoor_intake_parked_total", Help: "Updates parked after failing repeatedly.",
		}, []string{"bot"}),
		IntakeRetries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "frontdoor_intake_retries_total", Help: "Handler attempts to be tried again, by reason.",
		}, []string{"bot", "reason"}),
		IntakeShardsHeld: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "frontdoor_intake_shards_held", Help: "Intake shards this process holds.",
		}, []string{"bot"}),
		IntakeShardsAcquired: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "frontdoor_intake_shards_acquired_total", Help: "Intake shard leases taken (start, balancing, takeover).",
		}, []string{"bot"}),
		WebhookResponses: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "frontdoor_webhook_responses_total", Help: "Telegram webhook answers, by HTTP status code.",
		}, []string{"bot", "code"}),
		OutboundWaiting: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "frontdoor_outbound_waiting", Help: "Outbound Bot API calls waiting for the rate limits, by priority.",
		}, []string{"bot", "priority"}),
		OutboundWait: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "frontdoor_outbound_wait_seconds", Help: "Time outbound Bot API calls waited for the rate limits, by priority.",
			Buckets: latencyBuckets,
		}, []string{"bot", "priority"}),
		ReminderLateness: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "frontdoor_reminder_lateness_seconds", Help: "How late reminders were sent after they were due.",
			Buckets: []float64{.1, .5, 1, 2, 5, 10, 30, 60, 120, 300, 600},
		}),
	}
	reg.MustRegister(r.IntakeStreamLength, r.IntakeLagSeconds, r.IntakeQueueWait, r.IntakeParked,
		r.IntakeRetries, r.IntakeShardsHeld, r.IntakeShardsAcquired, r.WebhookResponses,
		r.OutboundWaiting, r.OutboundWait, r.ReminderLateness)
	return r
}
