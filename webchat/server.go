package webchat

import (
	"context"
	"embed"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/frontdoor-health/frontdoor/clientip"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/metrics"
	"github.com/frontdoor-health/frontdoor/securityheaders"
	"github.com/frontdoor-health/frontdoor/staticfiles"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// Limits on one POST /chat/send.
const (
	// MaxBodyBytes bounds the request body.
	MaxBodyBytes = 16 << 10
	// MaxTextChars bounds typed text, counted in Unicode code points: the
	// dialogs' own limit, so one limit holds everywhere. The page counts
	// down to it; longer text is refused with a localized answer and the
	// client keeps the draft, so nothing is lost.
	MaxTextChars = dialogs.MaxTextRunes
	// maxIDLen bounds the client message id and maxDataLen the button data
	// (Telegram's callback_data limit, which every dialog already keeps).
	maxIDLen   = 64
	maxDataLen = 64
)

// Timings of one input. lockTTL outlives handleTimeout so a lock never
// expires under a live handler; a crashed process's lock frees itself.
const (
	handleTimeout = 20 * time.Second
	lockTTL       = 30 * time.Second
	lockWait      = 5 * time.Second
)

// Locker takes named locks shared by every Frontdoor process (store.Redis
// satisfies it).
type Locker interface {
	// Lock takes the lock name for at most ttl and returns the function that
	// releases it. It may block until the lock is free or ctx is done, or
	// fail at once while another holder has it; Server retries either way
	// for a few seconds and then answers 503, which the client retries.
	Lock(ctx context.Context, name string, ttl time.Duration) (unlock func(context.Context) error, err error)
}

// Server is the web chat channel. Fill the exported fields, then call Routes
// once; the handler it returns is safe for concurrent use.
type Server struct {
	// Handler runs the dialogs; it receives Input.ID = the client message
	// id and Conversation = {Channel: "web", ID: <cookie id>}.
	Handler dialogs.Handler
	// Text renders the page chrome and the channel's own answers.
	Text *locales.Catalog
	// Locker serializes one conversation's inputs across tabs and processes.
	Locker Locker
	// Metrics counts inputs under channel "web"; nil counts nothing.
	Metrics *metrics.Metrics
	// Log receives ids, kinds and counts, never message text; nil discards.
	Log *slog.Logger
	// Keys keeps device cookies' conversations, pages' floors and
	// one-time codes (store.Redis); required.
	Keys Keys
	// Limiter and Limits bound how fast one client address starts
	// conversations and sends, and one conversation sends (store.Redis;
	// DefaultLimits when Limits is zero). Required.
	Limiter Limiter
	Limits  Limits
	// ClientIP returns the client's address for the limits; the default
	// is the connection's. Behind a reverse proxy use clientip.Resolver.
	ClientIP func(*http.Request) string
	// PublicURL is where patients reach Frontdoor ("https://clinic.example"),
	// named in the note that gives a one-time code; empty: a relative path.
	PublicURL string
	// Secure marks cookies Secure with the __Host- prefix and sends
	// Strict-Transport-Security (set it when served over HTTPS).
	Secure bool
	// Emergency is the emergency number shown on the page and in error
	// answers ("997" when empty).
	Emergency string
	// Pushes, when set, turns on GET /chat/events and Push: messages sent
	// to the patient outside a reply (a clinician writing). Run must run
	// beside the handler to wake open pages.
	Pushes Pushes

	page     *template.Template
	version  string // content hash of the static files, busts caches
	recent   *recent
	lockWait time.Duration // how long an input waits for its turn; tests shorten it
	wakeOnce sync.Once
	wake     *wakers // the open push streams, by conversation
}

// Routes returns the channel's handler. Its patterns are absolute paths
// under /chat, so mount it as-is (no StripPrefix):
//
//	h := s.Routes()
//	mux.Handle("/chat", h)
//	mux.Handle("/chat/", h)
//
// Every response carries the security headers; POSTs from another origin
// are refused with 403. Routes panics if the embedded templates do not
// parse, which a test rules out.
func (s *Server) Routes() http.Handler {
	if s.Log == nil {
		s.Log = slog.New(slog.DiscardHandler)
	}
	if s.Emergency == "" {
		s.Emergency = "997"
	}
	if s.Keys == nil || s.Limiter == nil {
		panic("webchat: Server needs Keys and Limiter")
	}
	if s.Limits == (Limits{}) {
		s.Limits = DefaultLimits()
	}
	if s.ClientIP == nil {
		s.ClientIP = clientip.Resolver{}.Addr
	}
	s.page = template.Must(template.New("").ParseFS(templateFiles, "templates/*.html"))
	s.version = staticfiles.Version(staticFiles, langStyle())
	s.recent = newRecent(recentSize, recentTTL)
	if s.lockWait == 0 {
		s.lockWait = lockWait
	}

	static, err := fs.Sub(staticFiles, "static")
	if err != nil {
		panic(err) // the embed pattern guarantees the directory
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /chat", s.showPage)
	mux.HandleFunc("GET /chat/{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/chat", http.StatusMovedPermanently)
	})
	mux.HandleFunc("POST /chat/send", s.send)
	mux.HandleFunc("GET /chat/events", s.streamPushes)      // events.go
	mux.HandleFunc("POST /chat/end", s.endChat)             // device.go
	mux.HandleFunc("POST /chat/code", s.issueCode)          // device.go
	mux.HandleFunc("GET /chat/continue", s.showContinue)    // device.go
	mux.HandleFunc("POST /chat/continue", s.submitContinue) // device.go
	mux.Handle("GET /chat/static/", staticfiles.Handler("/chat/static/", static, langStyle()))

	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.Log.WarnContext(r.Context(), "webchat: cross-origin request refused", "path", r.URL.Path)
		s.fail(w, http.StatusForbidden, "forbidden", s.Text.Text(s.lang(r), "webchat_forbidden", nil))
	}))
	h := cop.Handler(mux)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		securityheaders.Set(w.Header(), s.Secure) // read per request: tests set Secure after Routes
		h.ServeHTTP(w, r)
	})
}
