package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/sync/errgroup"

	"github.com/frontdoor-health/frontdoor/bot"
	"github.com/frontdoor-health/frontdoor/clientip"
	"github.com/frontdoor-health/frontdoor/config"
	"github.com/frontdoor-health/frontdoor/dashboard"
	"github.com/frontdoor-health/frontdoor/engine"
	"github.com/frontdoor-health/frontdoor/join"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/relay"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/requestlog"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
	"github.com/frontdoor-health/frontdoor/webchat"
)

const serveUsage = `usage: frontdoor serve

Serves HTTP on FRONTDOOR_HTTP_ADDR: the web chat at /chat, the clinicians'
dashboard at /dashboard, /healthz, /readyz and /metrics. With FRONTDOOR_TELEGRAM_TOKEN set it also runs the
Telegram channel: long polling, or a webhook at /telegram/webhook when
FRONTDOOR_PUBLIC_URL is set too. Stops cleanly on SIGINT or SIGTERM.
`

// shutdownGrace bounds how long in-flight requests may take to finish.
const shutdownGrace = 10 * time.Second

func runServe(ctx context.Context, env *environment, args []string) int {
	if len(args) > 0 {
		fmt.Fprint(env.stderr, serveUsage)
		return exitConfig
	}
	cfg, ok := loadConfig(env)
	if !ok {
		return exitConfig
	}
	log := newLogger(env.stderr, cfg.LogLevel)
	setGCPercent(env.environ)
	if err := serve(ctx, cfg, log); err != nil {
		log.Error("serve stopped", "err", err)
		return exitFail
	}
	return exitOK
}

// serveGCPercent is serve's garbage-collection target unless GOGC says
// otherwise: the heap may grow to five times what is live before a
// collection, not twice. Under a saturating load the live heap is about
// 36 MB and collection took 12% of serve's CPU at Go's default of 100; at
// 400 a collection runs about a third as often, for about 130 MB more of
// resident memory under that load (125 -> 255 MB). GOMEMLIMIT still
// bounds the heap where memory is tight.
const serveGCPercent = 400

// setGCPercent sets serveGCPercent when the environment has no GOGC of its
// own (the runtime has read GOGC already).
func setGCPercent(environ []string) {
	for _, kv := range environ {
		if strings.HasPrefix(kv, "GOGC=") {
			return
		}
	}
	debug.SetGCPercent(serveGCPercent)
}

// serve builds every part from cfg and runs until ctx ends or a part fails.
func serve(ctx context.Context, cfg config.Config, log *slog.Logger) error {
	a, err := build(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer a.Close()
	return a.Run(ctx)
}

// app is the serving process, built once by build: every part is given its
// dependencies at construction, and Run starts the loops and the HTTP
// server. Close releases what build opened, whether or not Run ran.
type app struct {
	cfg       config.Config
	log       *slog.Logger
	bots      []*bot.Telegram // the first bot, then the named ones; none without a Telegram token
	chat      *webchat.Server
	dash      *dashboard.Dashboard
	relay     *relay.Relay
	reminders *reminders.Sender
	srv       *http.Server
	closers   []func() // in the order opened; Close runs them backwards
}

// build makes the process's parts in the one order their dependencies
// allow, top to bottom: the stores and what they read; booking's jobs,
// then the appointments that book with them; the dialogs engine over
// those; the channels that carry the engine's replies; the notifier over
// the channels, and what sends through it (the relay and the reminders'
// sender); the dashboard; the HTTP routes. On error it closes what it had
// opened.
func build(ctx context.Context, cfg config.Config, log *slog.Logger) (_ *app, err error) {
	a := &app{cfg: cfg, log: log}
	defer func() {
		if err != nil {
			a.Close()
		}
	}()

	// Stores, texts, rules.
	pg, err := store.OpenPostgres(ctx, cfg.DatabaseURL, cfg.DatabaseMaxConns)
	if err != nil {
		return nil, err
	}
	a.closers = append(a.closers, pg.Close)
	if cfg.MigrateOnStart {
		if err := store.Migrate(ctx, pg.Pool(), store.MigrateLogger(log)); err != nil {
			return nil, err
		}
	}
	if err := refuseDemoLogins(ctx, cfg, pg); err != nil {
		return nil, err
	}
	rd, err := store.OpenRedis(ctx, cfg.RedisURL, cfg.RedisPrefix, store.WithSessionTTL(cfg.SessionTTL))
	if err != nil {
		return nil, err
	}
	a.closers = append(a.closers, func() { _ = rd.Close() })
	text, err := locales.Load()
	if err != nil {
		return nil, err
	}
	rules, err := loadTriage()
	if err != nil {
		return nil, err
	}
	met := metrics.New()
	jitsi, err := video.NewJitsi(video.JitsiConfig{BaseURL: cfg.VideoURL, AppID: cfg.VideoAppID, Secret: cfg.VideoSecret})
	if err != nil {
		return nil, fmt.Errorf("video: %w", err)
	}
	proxies, err := config.ParseProxies(cfg.TrustedProxies)
	if err != nil {
		return nil, err // config has checked them
	}

	// The conversations, and what they are built on: booking's jobs, then
	// the appointments that book with them, the cases and the consults
	// (package engine, which the end-to-end tests build with too).
	offsets, err := reminders.ParseOffsets(cfg.ReminderOffsets)
	if err != nil {
		return nil, err
	}
	links := newVideoLinks(jitsi, cfg.PublicURL)
	tri, err := triageConfig(ctx, rules, pg, urgentFallback(cfg))
	if err != nil {
		return nil, err
	}
	built, err := engine.New(engine.Config{
		Postgres:        pg,
		Redis:           rd,
		Places:          true,
		Text:            text,
		Triage:          tri,
		ReminderOffsets: offsets,
		Video:           links,
		Zone:            cfg.Location,
		CalendarHost:    calendarHost(cfg.PublicURL),
		EmergencyNumber: cfg.EmergencyNumber,
		CasesOpened:     met.CasesOpened,
		Log:             log,
	})
	if err != nil {
		return nil, err
	}
	eng, appts, consults := built.Engine, built.Appointments, built.Consults

	// The channels, which hand patients' inputs to the engine.
	tg, named, err := wireTelegram(ctx, cfg, telegramDeps{Handler: eng, PG: pg, Redis: rd, Text: text, Metrics: met, Log: log})
	if err != nil {
		return nil, err
	}
	if tg != nil {
		a.bots = append(a.bots, tg)
		for _, b := range cfg.Bots {
			a.bots = append(a.bots, named[b.Name])
		}
		for _, b := range a.bots {
			a.closers = append(a.closers, func() { _ = b.Close() })
		}
	}
	chat := &webchat.Server{
		Handler:   eng,
		Text:      text,
		Locker:    rd,
		Keys:      rd,
		Limiter:   rd,
		ClientIP:  clientip.Resolver{Trusted: proxies}.Addr,
		PublicURL: cfg.PublicURL,
		Metrics:   met,
		Log:       log,
		Secure:    cfg.HTTPS(),
		Emergency: cfg.EmergencyNumber,
		Pushes:    rd,
	}

	// The notifier over the channels, and what sends through it: the
	// relay (what clinicians do, to patients) and the reminders.
	notify := newChannels(tg, named, chat)
	rl, err := relay.New(relay.Config{Store: consults, Patients: eng, Notifier: notify, Locker: rd, Video: jitsi, Log: log})
	if err != nil {
		return nil, err
	}
	sender, err := reminders.New(pg.Pool(), appts, reminders.Config{
		Notifier: notify, Messages: eng, Video: links, Log: log, Lateness: met.ReminderLateness,
	})
	if err != nil {
		return nil, err
	}

	// The clinicians' dashboard.
	// The coordinator's desk tells patients of its moves and cancels
	// through the same notifier, worded by the engine.
	// Referrals' joint sessions reach the patient the same way, with their
	// join link.
	notices := relay.DeskNotices{Words: eng, Notifier: notify, Links: links}
	desk := &dashboard.Desk{Store: appts, Patients: notices, Links: links, Sessions: eng}
	refs := &dashboard.Referrals{Store: pg.Referrals(appts), Patients: notices, Video: jitsi}
	dash, err := newDashboard(cfg, pg, rd, appts, text, rules, &dashboard.Consult{Store: consults, Relay: rl, Video: jitsi, Bookings: appts}, desk, refs, log)
	if err != nil {
		return nil, err
	}

	// The HTTP routes.
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", healthz)
	mux.Handle("GET /readyz", readyz(
		dependency{"postgres", pg.Ping},
		dependency{"redis", rd.Ping},
	))
	mux.Handle("GET /metrics", met.Handler())
	chatRoutes := chat.Routes()
	mux.Handle("/chat", chatRoutes)
	mux.Handle("/chat/", chatRoutes)
	mux.Handle("GET /{$}", http.RedirectHandler("/chat", http.StatusSeeOther))
	dashRoutes := dash.Routes()
	mux.Handle("/dashboard", dashRoutes)
	mux.Handle("/dashboard/", dashRoutes)
	joins, fhirs := bookingRoutes(appts, links, text, eng.EmergencyNumber, cfg.FHIRToken, cfg.PublicURL, cfg.Location, log)
	mux.Handle("GET "+join.Path+"{room}", joins)
	if fhirs != nil {
		mux.Handle("/fhir/", http.StripPrefix("/fhir", fhirs))
	}
	log.Info("booking on", "reminder_offsets", fmt.Sprint(appts.Offsets()), "fhir", fhirs != nil)
	for _, b := range a.bots {
		if b.Webhook() {
			guard := newWebhookGuard(cfg.WebhookSecret, b.WebhookHandler(), rd.Throttle("webhook:secret", webhookBackoff),
				clientip.Resolver{Trusted: proxies}.Addr, met.WebhookWrongSecret, log)
			guard.responses = met.WebhookResponses.MustCurryWith(prometheus.Labels{"bot": metrics.BotLabel(b.Name())})
			mux.Handle("POST "+b.WebhookPath(), guard)
		}
	}

	a.chat, a.dash, a.relay, a.reminders = chat, dash, rl, sender
	a.srv = &http.Server{
		Addr:              cfg.HTTPAddr,
		Handler:           requestlog.Middleware(log, mux),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       90 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	return a, nil
}

// Run runs the dashboard's and the web chat's loops, the relay, the
// reminders, the Telegram channel and the HTTP server until ctx ends or one of them
// fails; then it shuts the server down, letting requests finish for up to
// shutdownGrace.
func (a *app) Run(ctx context.Context) error {
	cfg, log := a.cfg, a.log
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error { return a.dash.Run(ctx) })
	g.Go(func() error { return a.chat.Run(ctx) })
	g.Go(func() error { return a.relay.Run(ctx) })
	g.Go(func() error { return runReminders(ctx, a.reminders, log) })
	if cfg.PprofAddr != "" {
		g.Go(func() error { return runPprof(ctx, cfg.PprofAddr, log) })
	}
	for _, b := range a.bots {
		g.Go(func() error { return b.Run(ctx) })
	}
	if len(a.bots) > 0 {
		log.Info("telegram channel on", "mode", map[bool]string{true: "webhook", false: "polling"}[a.bots[0].Webhook()], "bots", len(a.bots))
	}
	g.Go(func() error {
		log.Info("serving", "addr", cfg.HTTPAddr, "version", buildVersion())
		if err := a.srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("http: %w", err)
		}
		return nil
	})
	g.Go(func() error {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), shutdownGrace)
		defer cancel()
		return a.srv.Shutdown(shutdown)
	})
	err := g.Wait()
	log.Info("stopped")
	return err
}

// Close releases what build opened, the last opened first. Safe to call
// on a partly built app.
func (a *app) Close() {
	for i := len(a.closers) - 1; i >= 0; i-- {
		a.closers[i]()
	}
	a.closers = nil
}

// refuseDemoLogins stops an https deployment whose demo accounts still
// take the public demo password, unless FRONTDOOR_DEMO=true says it is a
// demo. A local run (scripts/run: plain http on localhost) is never
// refused.
func refuseDemoLogins(ctx context.Context, cfg config.Config, pg *store.Postgres) error {
	if !cfg.HTTPS() || cfg.Demo {
		return nil
	}
	open, err := store.DemoLoginsOpen(ctx, pg)
	if err != nil {
		return err
	}
	if len(open) > 0 {
		return fmt.Errorf("%s: demo accounts with the public demo password on an https deployment: "+
			"disable them or change their passwords (frontdoor clinician disable|passwd), or set %sDEMO=true for a demo",
			strings.Join(open, ", "), config.Prefix)
	}
	return nil
}

// newLogger writes JSON lines to w at the given level. Log records carry ids,
// kinds and counts only; never message text, names or phone numbers.
func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	_ = l.UnmarshalText([]byte(level)) // config has checked it
	return slog.New(requestlog.Handler{Handler: slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l})})
}
