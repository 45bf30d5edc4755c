package dashboard

import (
	"context"
	"crypto/rand"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/alexedwards/scs/v2"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/password"
	"github.com/frontdoor-health/frontdoor/securityheaders"
	"github.com/frontdoor-health/frontdoor/staticfiles"
	"github.com/frontdoor-health/frontdoor/store"
)

// Session timing: an untouched session ends after IdleTimeout, any session
// after Lifetime (toward ASVS level 3 for an application holding health
// data).
const (
	DefaultIdleTimeout = 30 * time.Minute
	DefaultLifetime    = 12 * time.Hour
	// DefaultHeartbeat is how often an open event stream is checked (is
	// the session still valid?) and sent a comment to keep proxies from
	// closing it.
	DefaultHeartbeat = 20 * time.Second
)

// Accounts reads dashboard accounts and ends their sessions
// (store.Accounts satisfies it).
type Accounts interface {
	// ClinicianLogin returns the active account with this lower-case
	// username and its password hash, or dialogs.ErrNotFound.
	ClinicianLogin(ctx context.Context, username string) (store.Clinician, string, error)
	// ClinicianByID returns the account, active or not, or dialogs.ErrNotFound.
	ClinicianByID(ctx context.Context, id int64) (store.Clinician, error)
	// EndClinicianSessions raises the account's session epoch.
	EndClinicianSessions(ctx context.Context, id int64, by store.AuditActor) error
	// SetOnDuty turns a clinician's on-duty switch on or off, audited;
	// dialogs.ErrNotFound for an account that is not a clinician's.
	SetOnDuty(ctx context.Context, id int64, on bool, by store.AuditActor) error
}

// AuditLog appends to and reads the audit log (store.AuditLog).
type AuditLog interface {
	Append(ctx context.Context, e store.AuditEntry) error
	Page(ctx context.Context, q store.AuditQuery) ([]store.AuditRecord, bool, error)
}

// Events reads the case events between processes (store.Redis). The
// dashboard publishes none: the store announces each change it makes
// (store.Cases), the claims, messages and closings asked for here included.
type Events interface {
	LastCaseEventID(ctx context.Context) (string, error)
	ReadCaseEvents(ctx context.Context, after string, block time.Duration) ([]store.CaseEvent, error)
	CaseEventsAfter(ctx context.Context, after string, limit int) ([]store.CaseEvent, bool, error)
}

// Limiter counts failed logins per key and locks a key out (store.Throttle).
type Limiter interface {
	Fail(ctx context.Context, key string) (time.Duration, error)
	Locked(ctx context.Context, key string) (time.Duration, error)
	Reset(ctx context.Context, key string) error
	// ResetPrefix resets every key starting with prefix.
	ResetPrefix(ctx context.Context, prefix string) error
}

// LoginBackoff returns the default policies for failed logins: per
// username at one client address (5 failures, then 1 minute doubling up
// to 15), per client address (30 failures, since a hospital's staff may
// share one address), and per account from anywhere, which only slows
// logins (from 10 failures, 250 ms doubling up to loginSlowMax) so that
// nobody can lock a clinician out by typing their name.
func LoginBackoff() (perUser, perIP, perAccount store.Backoff) {
	perUser = store.Backoff{Threshold: 5, Base: time.Minute, Max: 15 * time.Minute, Window: time.Hour}
	perIP = store.Backoff{Threshold: 30, Base: time.Minute, Max: 15 * time.Minute, Window: time.Hour}
	perAccount = store.Backoff{Threshold: 10, Base: 250 * time.Millisecond, Max: loginSlowMax, Window: time.Hour}
	return perUser, perIP, perAccount
}

// Config is what New needs. Every field without a default is required.
type Config struct {
	Accounts Accounts
	Audit    AuditLog
	Events   Events
	// Cases is the case store; nil leaves the queue empty.
	Cases Cases
	// Questions renders a case's triage answers; nil shows raw ids.
	Questions Questions
	// Today reads the clinician's day; nil leaves the Today page empty.
	Today Today
	// Reports reads the consult figures for coordinators and admins; nil
	// offers no reports page.
	Reports Reports
	// Desk turns on the coordinator's desk (desk.go); nil offers none.
	Desk *Desk
	// Referrals turns on specialist referrals (referrals.go); nil offers
	// none.
	Referrals *Referrals
	// Admin turns on the administration pages (admin role) and the
	// set-password links; nil offers neither.
	Admin Admin
	// Consult turns on the quick consult on the case page (video link,
	// thread, messages to the patient, closing); nil leaves the case page
	// read-only.
	Consult *Consult
	// Sessions stores dashboard sessions (store.Redis.SessionStore).
	Sessions scs.Store
	// LoginUser and LoginIP lock out repeated failed logins per username
	// at one client address and per client address; LoginAccount slows an
	// account's logins from everywhere (its lock is a delay, not a
	// refusal).
	LoginUser, LoginIP, LoginAccount Limiter
	Text                             *locales.Catalog
	// Location is the zone times are shown in (default Asia/Riyadh).
	Location *time.Location
	// Log receives ids, kinds and counts, never names or patient text;
	// nil discards.
	Log *slog.Logger
	// Secure marks the session cookie Secure (with the __Host- prefix) and
	// sends Strict-Transport-Security; set it when served over HTTPS.
	Secure bool
	// IdleTimeout and Lifetime bound sessions (defaults above).
	IdleTimeout, Lifetime time.Duration
	// ClientIP returns the client address used for the per-address
	// lock-out; the default is the connection's address. Behind a reverse
	// proxy, use clientip.Resolver with the proxies' addresses.
	ClientIP func(*http.Request) string
	// Clock tells the time: sessions' deadlines, "now" on every page;
	// default time.Now. Tests that expire sessions move it.
	Clock func() time.Time
	// Heartbeat is how often an open event stream is checked and kept
	// alive (default DefaultHeartbeat); a signed-out stream closes within
	// one.
	Heartbeat time.Duration
	// EventWait bounds one wait for case events in Redis, and so how long
	// Run takes to stop (default 2 s).
	EventWait time.Duration
}

// Dashboard is the clinicians' web application. Build it with New; its
// handler and Run are safe for concurrent use.
type Dashboard struct {
	cfg      Config
	log      *slog.Logger
	sessions *scs.SessionManager
	pages    map[string]*template.Template
	version  string // static files' content hash
	hub      *hub
	verify   chan struct{} // bounds concurrent argon2id checks (19 MiB each)
	// decoy is checked for unknown usernames, so that they take as long as
	// known ones; its password is random and forgotten.
	decoy string

	now       func() time.Time // cfg.Clock
	heartbeat time.Duration
}

// decoyHash is the process's decoy, made once: an argon2id hash of a random
// password nobody keeps, with the same cost as every account's, so that an
// unknown username takes as long to refuse as a wrong password. One per
// process is enough (it only has to be a real hash nobody can match), and a
// hash is slow by design: seconds under the race detector, which every
// dashboard a test built paid.
var decoyHash = sync.OnceValues(func() (string, error) { return password.Hash(rand.Text()) })

// New checks cfg and builds the dashboard: templates are parsed here, once.
func New(cfg Config) (*Dashboard, error) {
	if cfg.Accounts == nil || cfg.Audit == nil || cfg.Events == nil || cfg.Sessions == nil ||
		cfg.LoginUser == nil || cfg.LoginIP == nil || cfg.LoginAccount == nil || cfg.Text == nil {
		return nil, errors.New("dashboard: Accounts, Audit, Events, Sessions, LoginUser, LoginIP, LoginAccount and Text are required")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Location == nil {
		loc, err := time.LoadLocation("Asia/Riyadh")
		if err != nil {
			return nil, err
		}
		cfg.Location = loc
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.Lifetime <= 0 {
		cfg.Lifetime = DefaultLifetime
	}
	if cfg.ClientIP == nil {
		cfg.ClientIP = remoteIP
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	if cfg.Heartbeat <= 0 {
		cfg.Heartbeat = DefaultHeartbeat
	}
	if cfg.EventWait <= 0 {
		cfg.EventWait = hubBlock
	}
	if cfg.Desk != nil && (cfg.Desk.Store == nil || cfg.Desk.Patients == nil) {
		return nil, errors.New("dashboard: Desk needs Store and Patients")
	}
	if cfg.Referrals != nil && (cfg.Referrals.Store == nil || cfg.Referrals.Patients == nil) {
		return nil, errors.New("dashboard: Referrals needs Store and Patients")
	}
	if cfg.Consult != nil {
		if err := cfg.Consult.check(); err != nil {
			return nil, err
		}
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	decoy, err := decoyHash()
	if err != nil {
		return nil, err
	}
	d := &Dashboard{
		cfg: cfg, log: cfg.Log, pages: pages, version: staticfiles.Version(staticFiles, langStyle()),
		verify: make(chan struct{}, max(2, runtime.GOMAXPROCS(0))),
		decoy:  decoy, now: cfg.Clock, heartbeat: cfg.Heartbeat,
	}
	d.sessions = newSessionManager(cfg)
	d.hub = newHub(cfg.Events, cfg.Log, cfg.EventWait)
	return d, nil
}

// Run feeds the live queue: it reads case events from Redis and hands them
// to every open event stream of this process, until ctx ends (then it
// returns nil). Redis outages are logged and retried; no event is skipped.
// Without Run, GET /dashboard/events answers 503.
func (d *Dashboard) Run(ctx context.Context) error {
	return d.hub.run(ctx)
}

// Routes returns the dashboard's handler. Its patterns are absolute paths
// under /dashboard, so mount it as-is:
//
//	h := d.Routes()
//	mux.Handle("/dashboard", h)
//	mux.Handle("/dashboard/", h)
//
// Every response carries strict security headers; a state-changing request
// from another origin is refused with 403.
func (d *Dashboard) Routes() http.Handler {
	app := http.NewServeMux()
	app.HandleFunc("GET /dashboard", d.home)
	app.HandleFunc("GET /dashboard/{$}", d.home)
	app.HandleFunc("GET /dashboard/login", d.showLogin)                                 // login_show.go
	app.HandleFunc("POST /dashboard/login", d.submitLogin)                              // login_submit.go
	app.HandleFunc("POST /dashboard/lang", d.setLang)                                   // lang_set.go
	app.Handle("POST /dashboard/logout", d.page(d.logout))                              // logout.go
	app.Handle("POST /dashboard/logout-all", d.page(d.logoutAll))                       // logout.go
	app.Handle("GET /dashboard/queue", d.page(d.showQueue))                             // queue_show.go
	app.Handle("GET /dashboard/cases/{id}", d.page(d.showCase))                         // case_show.go
	app.Handle("POST /dashboard/cases/{id}/claim", d.page(d.claim))                     // case_claim.go
	app.Handle("POST /dashboard/cases/{id}/messages", d.page(d.sendMessage))            // case_message.go
	app.Handle("POST /dashboard/cases/{id}/close", d.page(d.closeCase))                 // case_close.go
	app.Handle("GET /dashboard/today", d.page(d.showToday))                             // today_show.go
	app.Handle("POST /dashboard/duty", d.page(d.setDuty))                               // duty_set.go
	app.Handle("GET /dashboard/audit", d.page(d.admin(d.showAudit)))                    // audit_show.go
	app.Handle("GET /dashboard/reports", d.page(d.staff(d.showReports)))                // reports_show.go
	app.Handle("GET /dashboard/reports.csv", d.page(d.staff(d.reportsCSV)))             // reports_show.go
	app.Handle("POST /dashboard/audit/unlock", d.page(d.admin(d.unlockLogin)))          // login_unlock.go
	app.Handle("GET /dashboard/desk", d.page(d.desk(d.showDesk)))                       // desk_show.go
	app.Handle("GET /dashboard/desk/{id}/move", d.page(d.desk(d.showMove)))             // desk_move.go
	app.Handle("POST /dashboard/desk/{id}/move", d.page(d.desk(d.moveAppointment)))     // desk_move.go
	app.Handle("POST /dashboard/desk/{id}/cancel", d.page(d.desk(d.cancelAppointment))) // desk_cancel.go
	app.Handle("POST /dashboard/desk/{id}/no-show", d.page(d.desk(d.markNoShow)))       // desk_cancel.go
	app.Handle("POST /dashboard/desk/{id}/zone", d.page(d.desk(d.setPatientZone)))      // desk_zone.go
	app.Handle("GET /dashboard/desk/book", d.page(d.desk(d.showBook)))                  // desk_book.go
	app.Handle("POST /dashboard/desk/book", d.page(d.desk(d.bookForPatient)))           // desk_book.go
	app.Handle("GET /dashboard/desk/{id}/print", d.page(d.desk(d.showPrint)))           // desk_print.go
	d.adminRoutes(app)                                                                  // admin_*.go

	// What the page's script fetches in the background reads the session
	// but never writes it (see loadSession).
	background := http.NewServeMux()
	d.referralRoutes(app, background) // referral*.go
	app.HandleFunc("/dashboard/", d.notFound)
	background.Handle("GET /dashboard/queue/rows", d.api(d.queueRows))         // queue_rows.go
	background.Handle("GET /dashboard/events", d.api(d.streamEvents))          // events.go
	background.Handle("GET /dashboard/cases/{id}/thread", d.api(d.showThread)) // case_thread.go

	// Cross-origin protection runs inside the session middleware, so that
	// its refusal page can speak the session's language.
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(d.crossOrigin))
	withSession := d.sessions.LoadAndSave(cop.Handler(app))

	// Static files skip the session: no Redis write and no Set-Cookie on
	// responses that caches keep. They are only read (GET), which
	// cross-origin protection lets through anyway.
	root := http.NewServeMux()
	root.Handle("GET /dashboard/static/", staticHandler())
	root.Handle("GET /dashboard/queue/rows", d.loadSession(background))
	root.Handle("GET /dashboard/events", d.loadSession(background))
	root.Handle("GET /dashboard/cases/{id}/thread", d.loadSession(background))
	root.Handle("GET /dashboard/referrals/rows", d.loadSession(background))
	root.Handle("/dashboard", withSession)
	root.Handle("/dashboard/", withSession)
	return securityheaders.Handler(root, d.cfg.Secure)
}

// home sends a visitor to the queue, or to the login page first.
func (d *Dashboard) home(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, pathQueue, http.StatusSeeOther)
}

// Paths the handlers redirect to.
const (
	pathLogin = "/dashboard/login"
	pathQueue = "/dashboard/queue"
)
