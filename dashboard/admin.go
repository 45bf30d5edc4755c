package dashboard

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
)

// Admin changes the clinic network's set-up (store.Postgres): facilities,
// specialties, accounts, hours and exceptions, each change audited by the
// store in the transaction that makes it. Checks follow the clinic file's
// rules (package clinic): a refused change is a *store.InvalidError
// naming its fields.
type Admin interface {
	AdminFacilities(ctx context.Context) ([]store.FacilityAdmin, error)
	AdminFacility(ctx context.Context, code string) (store.FacilityAdmin, error)
	SaveFacility(ctx context.Context, s store.FacilitySettings, by store.AuditActor) error
	AdminSpecialties(ctx context.Context) ([]store.SpecialtyAdmin, error)
	SaveSpecialty(ctx context.Context, s clinic.Specialty, by store.AuditActor) error
	AdminAccounts(ctx context.Context) ([]store.Clinician, error)
	AdminAccount(ctx context.Context, username string) (store.Clinician, error)
	SaveAccount(ctx context.Context, a clinic.Account, active bool, by store.AuditActor) (int64, error)
	IssuePasswordReset(ctx context.Context, clinicianID int64, by store.AuditActor) (store.ResetLink, error)
	PasswordResetAccount(ctx context.Context, token string) (store.Clinician, error)
	UsePasswordReset(ctx context.Context, token, hash string) error
	AdminHours(ctx context.Context, clinicianID int64) ([]store.HoursAdmin, error)
	SetHours(ctx context.Context, username string, hours []clinic.Hours, by store.AuditActor) error
	AddDaysOff(ctx context.Context, username string, r clinic.DayRange, by store.AuditActor) ([]store.AffectedAppointment, error)
	AddExtraSession(ctx context.Context, username string, x clinic.Extra, by store.AuditActor) error
	AddHoliday(ctx context.Context, h clinic.Holiday, by store.AuditActor) ([]store.AffectedAppointment, error)
	AdminExceptions(ctx context.Context, clinicianID int64, since time.Time) ([]store.ExceptionAdmin, error)
	RemoveException(ctx context.Context, clinicianID, id int64, by store.AuditActor) error
	Duty(ctx context.Context) ([]store.OnDuty, error)
}

// Paths of the administration pages.
const (
	pathAdmin         = "/dashboard/admin"
	pathAdminFacility = "/dashboard/admin/facilities/"
	pathAdminAccount  = "/dashboard/admin/accounts/"
	pathPasswordLink  = "/dashboard/password/"
)

// adminRoutes adds the administration pages (admin role only) and the
// set-password page a link opens (no session needed: the link is the key).
// Without Config.Admin there are none.
func (d *Dashboard) adminRoutes(app *http.ServeMux) {
	if d.cfg.Admin == nil {
		return
	}
	admin := func(h handlerFunc) http.Handler { return d.page(d.admin(h)) }
	app.Handle("GET /dashboard/admin", admin(d.showAdmin))                                                   // admin_show.go
	app.Handle("POST /dashboard/admin/specialties", admin(d.saveSpecialty))                                  // admin_specialty.go
	app.Handle("POST /dashboard/admin/holidays", admin(d.addHoliday))                                        // admin_holiday.go
	app.Handle("GET /dashboard/admin/facilities/{code}", admin(d.showFacility))                              // admin_facility.go
	app.Handle("POST /dashboard/admin/facilities", admin(d.saveFacility))                                    // admin_facility.go
	app.Handle("GET /dashboard/admin/accounts/{username}", admin(d.showAccount))                             // admin_account.go
	app.Handle("POST /dashboard/admin/accounts", admin(d.saveAccount))                                       // admin_account.go
	app.Handle("POST /dashboard/admin/accounts/{username}/reset", admin(d.resetLink))                        // admin_account.go
	app.Handle("POST /dashboard/admin/accounts/{username}/duty", admin(d.setDutyFor))                        // duty_set.go
	app.Handle("GET /dashboard/admin/accounts/{username}/hours", admin(d.showHours))                         // admin_hours.go
	app.Handle("POST /dashboard/admin/accounts/{username}/hours", admin(d.saveHours))                        // admin_hours.go
	app.Handle("POST /dashboard/admin/accounts/{username}/days-off", admin(d.addDaysOff))                    // admin_exceptions.go
	app.Handle("POST /dashboard/admin/accounts/{username}/extra", admin(d.addExtra))                         // admin_exceptions.go
	app.Handle("POST /dashboard/admin/accounts/{username}/exceptions/{id}/remove", admin(d.removeException)) // admin_exceptions.go
	app.HandleFunc("GET /dashboard/password/{token}", d.showPasswordLink)                                    // password_link.go
	app.HandleFunc("POST /dashboard/password/{token}", d.usePasswordLink)                                    // password_link.go
}

// parseAdminForm parses an administration form, bounded in size.
func parseAdminForm(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	return r.ParseForm()
}

// formNames reads one field per language ("name.ar", "name.en", …), leaving
// out blank ones.
func formNames(r *http.Request, prefix string) map[string]string {
	out := map[string]string{}
	for _, l := range locales.All() {
		if v := strings.TrimSpace(r.PostFormValue(prefix + "." + l.Code)); v != "" {
			out[l.Code] = v
		}
	}
	return out
}

// problems are a refused form's messages by field ("time_zone",
// "name.ar"; in a list "3.from" for row 3), in the reader's language.
type problems map[string]string

// adminProblem is the message id of each field's problem; the clinic
// package's English text is for files, not for this form.
var adminProblem = map[string]string{
	"code":           "admin_bad_code",
	"city":           "admin_bad_city",
	"time_zone":      "admin_bad_time_zone",
	"phone":          "admin_bad_phone",
	"username":       "admin_bad_username",
	"role":           "admin_bad_role",
	"facilities":     "admin_bad_facilities",
	"specialties":    "admin_bad_specialties",
	"days":           "admin_bad_days",
	"from":           "admin_bad_from",
	"to":             "admin_bad_to",
	"date":           "admin_bad_date",
	"slot_minutes":   "admin_bad_slot",
	"buffer_minutes": "admin_bad_buffer",
	// A window without a length, where the specialty has none to give;
	// a specialty's length taken away while windows rely on it.
	"slot_from_specialty": "admin_bad_slot_specialty",
	"slot_relied":         "admin_bad_slot_relied",
	"facility":            "admin_bad_facility",
	"name":                "admin_bad_name",
	"fallback":            "admin_bad_fallback",
}

// problemsOf turns a refused change into messages by field; ok is false
// for any other error. rows says the form is a list whose rows are the
// problems' Lines.
func problemsOf(t tr, err error, rows bool) (problems, bool) {
	if errors.Is(err, store.ErrInvalidUrgentFallback) {
		return problems{"fallback": t.T("admin_bad_fallback")}, true
	}
	var inv *store.InvalidError
	if !errors.As(err, &inv) {
		return nil, false
	}
	p := problems{}
	for _, e := range inv.Problems {
		field := e.Field
		id := adminProblem[field]
		if strings.HasPrefix(field, "name.") {
			id = "admin_bad_name"
		}
		if id == "" {
			id, field = "admin_bad_other", ""
		}
		if rows && e.Line > 0 {
			field = fmt.Sprintf("%d.%s", e.Line, field)
		}
		if _, seen := p[field]; !seen {
			p[field] = t.T(id)
		}
	}
	return p, true
}

// deskLink is where the coordinator's desk shows a day's appointments.
func deskLink(day string) string {
	return pathDesk + "?day=" + url.QueryEscape(day)
}

// affectedRow is a booked appointment on a day now closed, as the page
// lists it: no patient details (the dashboard keeps none on appointments).
type affectedRow struct {
	ID        int64
	Clinician string
	When      string
	Desk      string
}

func (d *Dashboard) affectedRows(t tr, list []store.AffectedAppointment) []affectedRow {
	out := make([]affectedRow, len(list))
	for i, a := range list {
		out[i] = affectedRow{ID: a.ID, Clinician: a.Clinician, Desk: deskLink(a.Day.String()),
			When: a.Day.String() + " " + a.Start.In(d.cfg.Location).Format("15:04")}
		out[i].When = numerals.In(t.lang, out[i].When)
	}
	return out
}
