// Command frontdoor-load drives a Frontdoor in webhook mode with simulated
// patients and reports throughput and update-to-reply latency.
//
// It starts a fake Telegram Bot API (bot/telegramtest) on loopback, then
// either starts serve processes itself (-serve, pointed at the fake) or
// posts to one already running (-target, started with
// FRONTDOOR_TELEGRAM_API_URL set to the fake's -fake-addr). Patients walk
// onboarding and rounds of triage with follow-up questions; every other
// round they send two messages at once to check per-chat order. Loopback
// only; the run is bounded by -duration and -max-updates.
//
//	frontdoor-load -serve ./frontdoor -processes 1 -patients 200 -duration 60s
//	frontdoor-load -target http://127.0.0.1:8080 -secret S -fake-addr 127.0.0.1:8081
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/frontdoor-health/frontdoor/bot/telegramtest"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
)

type options struct {
	target, secret, fakeAddr     string
	serve                        string
	processes, patients, rounds  int
	repeat                       int
	duration, timeout, grace     time.Duration
	think, progress, ramp        time.Duration
	rate                         float64
	maxUpdates                   int64
	json, baseline, keepQueue    bool
	baselineApart                bool
	fakeChatLimit, fakeBotLimit  float64
	dbAdmin, redisURL, serveArgs string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	if addr := os.Getenv(bareBotEnv); addr != "" {
		err := serveBare(ctx, addr)
		stop()
		if err != nil {
			fmt.Fprintln(os.Stderr, "frontdoor-load:", err)
			os.Exit(1)
		}
		return
	}
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func parse(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("frontdoor-load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.target, "target", "", "base URL of a running serve in webhook mode (loopback), e.g. http://127.0.0.1:8080")
	fs.StringVar(&o.secret, "secret", "load_test_secret-0123456789-abcdefXYZ", "the webhook secret serve was given")
	fs.StringVar(&o.fakeAddr, "fake-addr", "127.0.0.1:0", "loopback address of the fake Bot API (with -target, the one serve calls)")
	fs.StringVar(&o.serve, "serve", "", "path of a frontdoor binary: start -processes serve processes against the fake")
	fs.IntVar(&o.processes, "processes", 1, "serve processes to start (with -serve)")
	fs.StringVar(&o.dbAdmin, "db-admin", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable", "with -serve: a server where a scratch database is made and dropped")
	fs.StringVar(&o.redisURL, "redis", "redis://127.0.0.1:6379/0", "with -serve: the Redis to use (keys under a fresh prefix, removed afterwards)")
	fs.StringVar(&o.serveArgs, "serve-env", "", "with -serve: extra FRONTDOOR_* settings, comma-separated KEY=VALUE")
	fs.IntVar(&o.patients, "patients", 100, "patients walking at once")
	fs.IntVar(&o.rounds, "rounds", 2, "triage rounds per patient before a new patient takes over")
	fs.DurationVar(&o.duration, "duration", 30*time.Second, "how long to run (at most 30m)")
	fs.Int64Var(&o.maxUpdates, "max-updates", 1_000_000, "stop after this many updates")
	fs.Float64Var(&o.rate, "rate", 0, "updates a second at most, over all patients (0: as fast as answers come)")
	fs.DurationVar(&o.think, "think", time.Second, "mean pause of a patient before each update (reading, tapping); 0 for none")
	fs.DurationVar(&o.ramp, "ramp", 10*time.Second, "start the patients evenly over this time, not all at once")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "longest wait for an answer before counting an error")
	fs.DurationVar(&o.grace, "grace", 30*time.Millisecond, "wait for more messages after a turn's question")
	fs.DurationVar(&o.progress, "progress", 2*time.Second, "interval of the progress line (0: none)")
	fs.BoolVar(&o.json, "json", false, "print the summary as JSON")
	fs.BoolVar(&o.baseline, "baseline", false, "then drive a bare go-telegram/bot bot (in this process unless -baseline-apart, on its own fake) with the same patients for the same -duration, and report the ratio")
	fs.BoolVar(&o.baselineApart, "baseline-apart", false, "with -baseline: run the bare bot as a process of its own (this binary), as serve runs, instead of in this process")
	fs.BoolVar(&o.keepQueue, "keep-queue", false, "with -serve: leave the cases earlier runs queued waiting (by default each run starts with an empty queue: nobody claims the walks' cases, and each queued decision costs more the longer the queue)")
	fs.IntVar(&o.repeat, "repeat", 1, "run this many times (with -baseline: Frontdoor then the bare bot, each time), reporting each run with the load average before it and the median ratio")
	fs.Float64Var(&o.fakeChatLimit, "fake-chat-limit", 1, "messages a second per chat the fake allows before answering 429 (0: no limit)")
	fs.Float64Var(&o.fakeBotLimit, "fake-bot-limit", 0, "messages a second for the bot the fake allows before 429 (0: no limit; Telegram's is about 30)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	switch {
	case (o.target == "") == (o.serve == ""):
		return o, errors.New("give exactly one of -target and -serve")
	case o.patients < 1 || o.processes < 1 || o.rounds < 1 || o.repeat < 1:
		return o, errors.New("-patients, -processes, -rounds and -repeat must be at least 1")
	case o.duration <= 0 || o.duration > 30*time.Minute:
		return o, errors.New("-duration must be within (0, 30m]")
	case o.target != "" && !loopbackURL(o.target):
		return o, errors.New("-target must be a loopback http URL: this tool never sends load elsewhere")
	}
	return o, nil
}

func loopbackURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme != "http" {
		return false
	}
	ip := net.ParseIP(u.Hostname())
	return u.Hostname() == "localhost" || (ip != nil && ip.IsLoopback())
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	o, err := parse(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "frontdoor-load:", err)
		}
		return 2
	}
	fake, err := telegramtest.Listen(o.fakeAddr)
	if err != nil {
		fmt.Fprintln(stderr, "frontdoor-load:", err)
		return 1
	}
	defer fake.Close()
	fake.SetRecordCalls(false)
	// Telegram allows short bursts over its limits; a burst of 5 is
	// still well below what a sender without a limiter would do.
	fake.EnforceLimits(telegramtest.Limits{PerChat: o.fakeChatLimit, Global: o.fakeBotLimit, Burst: 5})

	var targets []string
	var pids []int
	var cl *servers
	var meter *storeMeter
	if o.serve != "" {
		if cl, err = startServes(ctx, o, fake.URL, stderr); err != nil {
			fmt.Fprintln(stderr, "frontdoor-load:", err)
			return 1
		}
		defer cl.stop(stderr)
		if meter, err = newStoreMeter(ctx, cl); err != nil {
			fmt.Fprintln(stderr, "frontdoor-load: no CPU figures of the stores:", err)
		} else {
			defer meter.close()
		}
		targets = cl.urls
		for _, c := range cl.cmds {
			pids = append(pids, c.Process.Pid)
		}
	} else {
		targets = []string{strings.TrimRight(o.target, "/")}
		fmt.Fprintf(stderr, "frontdoor-load: fake Bot API at %s; serve must use FRONTDOOR_TELEGRAM_API_URL=%s\n", fake.URL, fake.URL)
	}
	text, err := locales.Load()
	if err != nil {
		fmt.Fprintln(stderr, "frontdoor-load:", err)
		return 1
	}
	// On a shared machine the load of others moves a run by as much as
	// what it measures: several runs, each with the load average before
	// it, say how far a figure can be trusted.
	var sum Summary
	var runs []Run
	for i := 0; i < o.repeat && ctx.Err() == nil; i++ {
		if cl != nil && !o.keepQueue {
			if err := cl.emptyQueue(ctx); err != nil {
				fmt.Fprintln(stderr, "frontdoor-load: empty the queue:", err)
			}
		}
		r := Run{LoadBefore: loadAverage()}
		sum = drive(ctx, o, fake, targets, pids, meter, text, stderr)
		r.UpdatesPerSec, r.ServeCPUPerUpdate, r.OrderViolations = sum.UpdatesPerSec, sum.ServeCPUPerUpdate, sum.OrderViolation
		r.RedisCPUPerUpdate, r.PostgresCPUPerUpdate = sum.RedisCPUPerUpdate, sum.PostgresCPUPerUpdate
		if cl != nil {
			if n, err := cl.waitingCases(ctx); err == nil {
				sum.WaitingAtEnd, r.WaitingAtEnd = n, n
			}
		}
		for _, n := range sum.Errors {
			r.Errors += n
		}
		if o.baseline && ctx.Err() == nil {
			r.BaselineLoadBefore = loadAverage()
			base, err := driveBare(ctx, o, stderr)
			if err != nil {
				fmt.Fprintln(stderr, "frontdoor-load: baseline:", err)
				return 1
			}
			if base.ActionsPerS > 0 {
				base.Ratio = sum.UpdatesPerSec / base.ActionsPerS
			}
			sum.Baseline = &base
			r.BaselinePerSec, r.Ratio = base.ActionsPerS, base.Ratio
		}
		runs = append(runs, r)
		fmt.Fprintf(stderr, "frontdoor-load: run %d of %d: %s\n", i+1, o.repeat, r)
	}
	sum.Command = "frontdoor-load " + strings.Join(args, " ")
	if o.repeat > 1 {
		sum.Runs = runs
		sum.MedianRatio = medianRatio(runs)
	}
	if o.json {
		if err := sum.writeJSON(stdout); err != nil {
			return 1
		}
	} else {
		sum.writeTable(stdout)
	}
	return 0
}

// drive runs the patients until the duration or the budget is spent.
func drive(ctx context.Context, o options, fake *telegramtest.Server, targets []string, pids []int, meter *storeMeter, text *locales.Catalog, stderr io.Writer) Summary {
	ctx, cancel := context.WithTimeout(ctx, o.duration)
	defer cancel()
	before := fake.Counts()
	cpuBefore, cpuOK := cpuSeconds(pids)
	var storesBefore storeCPU
	if meter != nil {
		storesBefore = meter.read(ctx)
	}
	w := &walker{fake: fake, rec: newRecorder(), rounds: o.rounds, grace: o.grace, timeout: o.timeout,
		think: o.think, budget: &atomic.Int64{},
		help: map[string]string{"ar": text.Text("ar", "dialogs_help", map[string]any{"Emergency": numerals.In("ar", "997")}),
			"en": text.Text("en", "dialogs_help", map[string]any{"Emergency": "997"})}}
	w.budget.Store(o.maxUpdates)
	for _, t := range targets {
		h := telegramtest.NewWebhook(t+"/telegram/webhook", o.secret)
		h.Retry = 50 * time.Millisecond
		w.hooks = append(w.hooks, h)
	}
	if o.rate > 0 {
		tick := time.NewTicker(time.Duration(float64(time.Second) / o.rate))
		defer tick.Stop()
		w.gate = tick.C
	}
	if o.progress > 0 {
		go func() {
			since, sinceUpdates := 0, int64(0)
			t := time.NewTicker(o.progress)
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
					w.rec.progress(stderr, &since, &sinceUpdates, o.progress, fake.Counts()["sendMessage"][429])
					w.rec.memory(pids)
				}
			}
		}()
	}
	var ids atomic.Int64
	ids.Store(7_000_000_000 + time.Now().Unix()%1_000_000*1000)
	var wg sync.WaitGroup
	for i := range o.patients {
		wg.Go(func() {
			if !sleepCtx(ctx, o.ramp*time.Duration(i)/time.Duration(o.patients)) {
				return
			}
			r := rand.New(rand.NewPCG(uint64(i), uint64(time.Now().UnixNano())))
			for ctx.Err() == nil {
				if err := w.walk(ctx, ids.Add(1), r); errors.Is(err, errBudget) {
					cancel()
					return
				}
			}
		})
	}
	wg.Wait()
	sum := w.rec.summary()
	sum.Processes, sum.Patients = len(targets), o.patients
	// CPU time per update moves less with the rest of the machine's load
	// than updates a second do, so a change can be judged on a busy one.
	if cpuAfter, ok := cpuSeconds(pids); ok && cpuOK && len(pids) > 0 && sum.Updates > 0 {
		sum.ServeCPUPerUpdate = (cpuAfter - cpuBefore) * 1000 / float64(sum.Updates)
	}
	if meter != nil && sum.Updates > 0 {
		// ctx has ended with the run: read with a context of its own.
		rctx, rcancel := context.WithTimeout(context.Background(), 5*time.Second)
		redis, redisOK, pg, pgOK := meter.read(rctx).since(storesBefore)
		rcancel()
		if redisOK {
			sum.RedisCPUPerUpdate = redis * 1000 / float64(sum.Updates)
		}
		if pgOK {
			sum.PostgresCPUPerUpdate = pg * 1000 / float64(sum.Updates)
		}
	}
	sum.BotAPICalls = map[string]int{}
	for method, byStatus := range fake.Counts() {
		for status, n := range byStatus {
			// This run's calls: the fake counts since it started.
			if n -= before[method][status]; n == 0 {
				continue
			}
			sum.BotAPICalls[fmt.Sprintf("%s %d", method, status)] = n
			if status == 429 {
				sum.TooMany += n
			}
		}
	}
	return sum
}

// sleepCtx waits d or until ctx ends; false when ctx ended.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
