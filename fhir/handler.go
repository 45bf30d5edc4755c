package fhir

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
)

// Source is what the endpoints read; *store.Appointments implements it.
type Source interface {
	Schedules(ctx context.Context, clinicianID int64) ([]store.ClinicianSchedule, error)
	ClinicianFreeSlots(ctx context.Context, clinicianID int64, from, to time.Time) ([]schedule.Slot, error)
	ClinicianAppointments(ctx context.Context, q store.AppointmentQuery) ([]store.AppointmentRecord, error)
	AppointmentRecord(ctx context.Context, id int64) (store.AppointmentRecord, error)
}

// ContentType is the media type of every response.
const ContentType = "application/fhir+json; charset=utf-8"

// Server serves the FHIR endpoints. Set the fields, then use Handler; do
// not change them afterwards. Safe for concurrent use.
type Server struct {
	Source Source
	// Token is the API token every request must present as
	// "Authorization: Bearer <token>"; with Token empty every request is
	// refused.
	Token string
	// BaseURL is the public URL the handler is mounted at
	// ("https://clinic.example/fhir"), for Bundle links; default "/fhir",
	// a reference relative to the server. Never the request's Host, which
	// the client writes.
	BaseURL string
	// Zone reads search dates given without a zone; default Makkah time.
	Zone *time.Location
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Log gets ids, paths and status codes only.
	Log *slog.Logger
}

// Handler returns the routes, to be mounted under a prefix with
// http.StripPrefix ("/fhir").
func (s *Server) Handler() http.Handler {
	if s.Zone == nil {
		s.Zone = time.FixedZone("Asia/Riyadh", 3*3600)
		if loc, err := time.LoadLocation("Asia/Riyadh"); err == nil {
			s.Zone = loc
		}
	}
	if s.Now == nil {
		s.Now = time.Now
	}
	if s.Log == nil {
		s.Log = slog.New(slog.DiscardHandler)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metadata", s.capabilities)
	mux.HandleFunc("GET /Schedule", s.searchSchedules)
	mux.HandleFunc("GET /Schedule/{id}", s.readSchedule)
	mux.HandleFunc("GET /Slot", s.searchSlots)
	mux.HandleFunc("GET /Slot/{id}", s.readSlot)
	mux.HandleFunc("GET /Appointment", s.searchAppointments)
	mux.HandleFunc("GET /Appointment/{id}", s.readAppointment)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			s.fail(w, r, http.StatusMethodNotAllowed, "not-supported", "read-only: only GET is served")
			return
		}
		s.fail(w, r, http.StatusNotFound, "not-found", "no such resource type or operation")
	})
	return s.auth(mux)
}

// auth checks the bearer token in constant time (hashing first, so that
// the comparison's time does not depend on the lengths either).
func (s *Server) auth(next http.Handler) http.Handler {
	want := sha256.Sum256([]byte(s.Token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		sum := sha256.Sum256([]byte(got))
		if s.Token == "" || !ok || subtle.ConstantTimeCompare(sum[:], want[:]) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="frontdoor-fhir"`)
			s.fail(w, r, http.StatusUnauthorized, "security", "a valid API token is required")
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) write(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", ContentType)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// fail answers with an OperationOutcome.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, code, diagnostics string) {
	s.Log.Info("fhir: refused", "path", r.URL.Path, "status", status, "code", code)
	s.write(w, status, OperationOutcome{ResourceType: "OperationOutcome",
		Issue: []Issue{{Severity: "error", Code: code, Diagnostics: diagnostics}}})
}

// failErr maps a Source error: not found, or a server error (logged; its
// text is not shown).
func (s *Server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, dialogs.ErrNotFound) {
		s.fail(w, r, http.StatusNotFound, "not-found", "no such resource")
		return
	}
	s.Log.Error("fhir: read failed", "path", r.URL.Path, "err", err)
	s.fail(w, r, http.StatusInternalServerError, "exception", "the server could not read the data")
}

// bundle wraps resources in a searchset.
func (s *Server) bundle(r *http.Request, kind string, ids []string, resources []any) Bundle {
	b := Bundle{ResourceType: "Bundle", Type: "searchset", Timestamp: instant(s.Now()), Total: len(resources)}
	base := strings.TrimRight(s.BaseURL, "/")
	if base == "" {
		base = "/fhir"
	}
	b.Link = []BundleLink{{Relation: "self", URL: base + "/" + kind + "?" + r.URL.RawQuery}}
	for i, res := range resources {
		b.Entry = append(b.Entry, BundleEntry{FullURL: base + "/" + kind + "/" + ids[i], Resource: res,
			Search: &EntrySearch{Mode: "match"}})
	}
	return b
}
