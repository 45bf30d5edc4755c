package main

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"sync"
	"text/tabwriter"
	"time"
)

// recorder gathers what the patients measured. Safe for concurrent use.
type recorder struct {
	mu         sync.Mutex
	start      time.Time
	first      []time.Duration // update posted → its first reply
	last       []time.Duration // update posted → its last reply
	updates    int64           // updates taken in (200)
	refused    int64           // posts answered other than 200 before the 200
	walks      int64           // patients who finished their walk
	errors     map[string]int64
	inversions int64     // a chat's replies came in another order than its updates
	extra      int64     // messages no update of the patient's called for
	rss        []float64 // MiB of the serve processes, summed, at each progress line
}

// memory samples the resident memory of the serve processes (Linux).
func (r *recorder) memory(pids []int) {
	if len(pids) == 0 {
		return
	}
	var mib float64
	for _, pid := range pids {
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/statm", pid))
		if err != nil {
			return
		}
		var size, resident int64
		if _, err := fmt.Sscan(string(raw), &size, &resident); err != nil {
			return
		}
		mib += float64(resident*int64(os.Getpagesize())) / (1 << 20)
	}
	r.add(func(r *recorder) { r.rss = append(r.rss, mib) })
}

func newRecorder() *recorder {
	return &recorder{start: time.Now(), errors: map[string]int64{}}
}

func (r *recorder) update(refused int, first, last time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.updates++
	r.refused += int64(refused)
	r.first = append(r.first, first)
	r.last = append(r.last, last)
}

func (r *recorder) fail(kind string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errors[kind]++
}

func (r *recorder) add(f func(r *recorder)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	f(r)
}

// Summary is the result of a run, as printed and as -json writes it.
type Summary struct {
	Command        string           `json:"command"`
	Processes      int              `json:"processes"`
	Patients       int              `json:"patients"`
	Seconds        float64          `json:"seconds"`
	Updates        int64            `json:"updates"`
	UpdatesPerSec  float64          `json:"updates_per_second"`
	Walks          int64            `json:"walks_completed"`
	FirstReply     Percentiles      `json:"update_to_first_reply_ms"`
	LastReply      Percentiles      `json:"update_to_last_reply_ms"`
	Refused        int64            `json:"posts_refused"`
	Errors         map[string]int64 `json:"errors"`
	OrderViolation int64            `json:"order_violations"`
	Extra          int64            `json:"unexpected_messages"`
	BotAPICalls    map[string]int   `json:"bot_api_calls"`
	TooMany        int              `json:"bot_api_429s"`
	// ServeRSS is the serve processes' resident memory (MiB, summed) at
	// the first progress line and at the last, when the tool started them.
	ServeRSS []float64 `json:"serve_rss_mib_first_last,omitempty"`
	// ServeCPUPerUpdate is the serve processes' CPU time (user and
	// system) over the run divided by its updates, in milliseconds, when
	// the tool started them.
	ServeCPUPerUpdate float64 `json:"serve_cpu_ms_per_update,omitempty"`
	// RedisCPUPerUpdate and PostgresCPUPerUpdate are the same for the
	// stores (storeMeter): Redis's whole process (shared with anyone else
	// using that Redis), PostgreSQL's backends of the scratch database and
	// its shared writers. With -serve only.
	RedisCPUPerUpdate    float64 `json:"redis_cpu_ms_per_update,omitempty"`
	PostgresCPUPerUpdate float64 `json:"postgres_cpu_ms_per_update,omitempty"`
	// WaitingAtEnd is how many cases waited for a clinician at the run's
	// end (with -serve): each queued decision counts its place among them.
	WaitingAtEnd int64 `json:"waiting_cases_at_end,omitempty"`
	// Baseline is the bare go-telegram/bot bot's run (-baseline).
	Baseline *Baseline `json:"baseline,omitempty"`
	// Runs are every run's figures with -repeat (the rest of the summary
	// is the last run's), and MedianRatio the median of their ratios.
	Runs        []Run   `json:"runs,omitempty"`
	MedianRatio float64 `json:"median_frontdoor_over_baseline,omitempty"`
}

// Percentiles are latencies in milliseconds.
type Percentiles struct {
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	P99 float64 `json:"p99"`
	Max float64 `json:"max"`
}

func percentiles(ds []time.Duration) Percentiles {
	if len(ds) == 0 {
		return Percentiles{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	at := func(q float64) float64 {
		i := min(len(s)-1, int(q*float64(len(s))))
		return float64(s[i].Microseconds()) / 1000
	}
	return Percentiles{P50: at(.50), P95: at(.95), P99: at(.99), Max: at(1)}
}

// summary computes the run's summary so far.
func (r *recorder) summary() Summary {
	r.mu.Lock()
	defer r.mu.Unlock()
	secs := time.Since(r.start).Seconds()
	errs := make(map[string]int64, len(r.errors))
	for k, v := range r.errors {
		errs[k] = v
	}
	return Summary{
		Seconds: secs, Updates: r.updates, UpdatesPerSec: float64(r.updates) / secs, Walks: r.walks,
		FirstReply: percentiles(r.first), LastReply: percentiles(r.last),
		Refused: r.refused, Errors: errs, OrderViolation: r.inversions, Extra: r.extra,
		ServeRSS: firstLast(r.rss),
	}
}

// progress writes one line about the last interval.
func (r *recorder) progress(w io.Writer, since *int, sinceUpdates *int64, every time.Duration, tooMany int) {
	r.mu.Lock()
	window := percentiles(r.first[*since:])
	n := r.updates - *sinceUpdates
	*since, *sinceUpdates = len(r.first), r.updates
	var errs int64
	for _, v := range r.errors {
		errs += v
	}
	total, elapsed, inv := r.updates, time.Since(r.start), r.inversions
	r.mu.Unlock()
	fmt.Fprintf(w, "[%5.0fs] updates %7d  %6.0f/s  first reply p50 %6.1f ms  p99 %7.1f ms  errors %d  order %d  429s %d\n",
		elapsed.Seconds(), total, float64(n)/every.Seconds(), window.P50, window.P99, errs, inv, tooMany)
}

func firstLast(xs []float64) []float64 {
	if len(xs) == 0 {
		return nil
	}
	return []float64{xs[0], xs[len(xs)-1]}
}

func (s Summary) writeTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(k string, v any) { fmt.Fprintf(tw, "%s\t%v\n", k, v) }
	fmt.Fprintln(w)
	row("serve processes", s.Processes)
	row("patients at once", s.Patients)
	row("duration", fmt.Sprintf("%.1f s", s.Seconds))
	row("updates taken in", s.Updates)
	row("throughput", fmt.Sprintf("%.1f updates/s", s.UpdatesPerSec))
	row("walks completed", s.Walks)
	if s.ServeCPUPerUpdate > 0 {
		row("serve CPU per update", fmt.Sprintf("%.2f ms", s.ServeCPUPerUpdate))
	}
	if s.RedisCPUPerUpdate > 0 || s.PostgresCPUPerUpdate > 0 {
		row("stores' CPU per update", fmt.Sprintf("Redis %.2f ms, PostgreSQL %.2f ms", s.RedisCPUPerUpdate, s.PostgresCPUPerUpdate))
	}
	if s.WaitingAtEnd > 0 {
		row("cases waiting at the end", s.WaitingAtEnd)
	}
	lat := func(name string, p Percentiles) {
		row(name+" p50", fmt.Sprintf("%.1f ms", p.P50))
		row(name+" p95", fmt.Sprintf("%.1f ms", p.P95))
		row(name+" p99", fmt.Sprintf("%.1f ms", p.P99))
		row(name+" max", fmt.Sprintf("%.1f ms", p.Max))
	}
	lat("update → first reply", s.FirstReply)
	lat("update → last reply", s.LastReply)
	row("posts refused (retried)", s.Refused)
	var errs int64
	for _, v := range s.Errors {
		errs += v
	}
	row("errors", fmt.Sprintf("%d %v", errs, s.Errors))
	row("order violations", s.OrderViolation)
	row("unexpected messages", s.Extra)
	row("Bot API 429s provoked", s.TooMany)
	if len(s.ServeRSS) == 2 {
		row("serve memory (RSS)", fmt.Sprintf("%.0f MiB at the first progress line, %.0f MiB at the last", s.ServeRSS[0], s.ServeRSS[1]))
	}
	keys := slices.Sorted(maps.Keys(s.BotAPICalls))
	for i, k := range keys {
		label := ""
		if i == 0 {
			label = "Bot API calls"
		}
		row(label, fmt.Sprintf("%-28s %d", k, s.BotAPICalls[k]))
	}
	if b := s.Baseline; b != nil {
		where := "in the load tool's process"
		if b.Apart {
			where = "its own process"
		}
		row("baseline (bare go-telegram/bot)", where)
		row("", fmt.Sprintf("%d actions in %.1f s: %.0f/s, errors %d, Bot API calls %d", b.Actions, b.Seconds, b.ActionsPerS, b.Errors, b.BotAPICalls))
		row("baseline first reply (ms)", fmt.Sprintf("p50 %.1f  p95 %.1f  p99 %.1f  max %.1f", b.FirstReply.P50, b.FirstReply.P95, b.FirstReply.P99, b.FirstReply.Max))
		row("Frontdoor / baseline", fmt.Sprintf("%.2f", b.Ratio))
	}
	if len(s.Runs) > 0 {
		fmt.Fprintf(tw, "\n%d runs (above: the last)\t\n", len(s.Runs))
		for i, r := range s.Runs {
			row(fmt.Sprintf("run %d", i+1), r)
		}
		if s.MedianRatio > 0 {
			lo, hi := s.Runs[0].Ratio, s.Runs[0].Ratio
			for _, r := range s.Runs {
				lo, hi = min(lo, r.Ratio), max(hi, r.Ratio)
			}
			row("Frontdoor / baseline, median", fmt.Sprintf("%.2f (runs %.2f–%.2f)", s.MedianRatio, lo, hi))
		}
	}
	tw.Flush()
}

func (s Summary) writeJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(s)
}
