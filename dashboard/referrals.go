package dashboard

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

// Referrals turns on specialist referrals (e-consults): a clinician refers
// the patient of a case or an appointment to a specialty, at one facility
// of the network or at any, with a written question; the specialists of
// that specialty there see it in their referral queue, accept it, answer
// it in writing, decline it, or book a joint video session with the
// patient and the referring clinician. Every view of a referral is
// audited by the store; the referring clinician's dashboard announces the
// answer, the session or the refusal, and the patient hears only of the
// joint session (through Patients).
type Referrals struct {
	// Store is the referrals' system of record (store.Referrals). Required.
	Store ReferralStore
	// Patients tells a patient of a joint session (relay.DeskNotices).
	// Required.
	Patients ReferralPatients
	// Video makes the clinicians' join links of a joint session (the
	// specialist's as moderator, the referring clinician's as guest); nil
	// shows none.
	Video video.Provider
}

// ReferralStore is what referrals need from the store (store.Referrals);
// see its methods for their contracts.
type ReferralStore interface {
	Create(ctx context.Context, r store.NewReferral) (int64, error)
	Lists(ctx context.Context, scope store.ReferralScope) (store.ReferralLists, error)
	ForCase(ctx context.Context, scope store.ReferralScope, caseID int64) ([]store.Referral, error)
	Notices(ctx context.Context, scope store.ReferralScope) (store.ReferralNotices, error)
	View(ctx context.Context, scope store.ReferralScope, actor store.AuditActor, id int64) (store.ReferralDetail, error)
	Accept(ctx context.Context, scope store.ReferralScope, actor store.AuditActor, id int64) error
	Answer(ctx context.Context, scope store.ReferralScope, actor store.AuditActor, id int64, answer string) error
	Decline(ctx context.Context, scope store.ReferralScope, actor store.AuditActor, id int64, note string) error
	Withdraw(ctx context.Context, scope store.ReferralScope, actor store.AuditActor, id int64) error
	SessionSlots(ctx context.Context, scope store.ReferralScope, id int64, from, to time.Time) ([]store.DeskSlot, error)
	BookSession(ctx context.Context, scope store.ReferralScope, actor store.AuditActor, id int64, slot schedule.Slot) (store.JointSession, error)
	Targets(ctx context.Context) ([]dialogs.Specialty, []store.FacilityRef, error)
	Offers(ctx context.Context) (map[string][]int64, error)
	GuestSessions(ctx context.Context, clinicianID int64, from, to time.Time) ([]store.GuestSession, error)
}

// ReferralPatients tells a patient, on their channel and in their
// language, of a referral's joint session with their join link
// (relay.DeskNotices).
type ReferralPatients interface {
	JointSessionBooked(ctx context.Context, js store.JointSession) error
}

// pathReferrals is the referrals page.
const pathReferrals = "/dashboard/referrals"

// referralRoutes adds the referral routes to app, and their background
// fragment to background.
func (d *Dashboard) referralRoutes(app, background *http.ServeMux) {
	app.Handle("GET /dashboard/referrals", d.page(d.referrals(d.showReferrals)))                 // referrals_show.go
	app.Handle("GET /dashboard/referrals/new", d.page(d.referrals(d.showNewReferral)))           // referral_new.go
	app.Handle("POST /dashboard/referrals", d.page(d.referrals(d.createReferral)))               // referral_new.go
	app.Handle("GET /dashboard/referrals/{id}", d.page(d.referrals(d.showReferral)))             // referral_show.go
	app.Handle("POST /dashboard/referrals/{id}/accept", d.page(d.referrals(d.acceptReferral)))   // referral_act.go
	app.Handle("POST /dashboard/referrals/{id}/answer", d.page(d.referrals(d.answerReferral)))   // referral_act.go
	app.Handle("POST /dashboard/referrals/{id}/decline", d.page(d.referrals(d.declineReferral))) // referral_act.go
	app.Handle("POST /dashboard/referrals/{id}/withdraw", d.page(d.referrals(d.withdrawReferral)))
	app.Handle("GET /dashboard/referrals/{id}/book", d.page(d.referrals(d.showSessionTimes))) // referral_book.go
	app.Handle("POST /dashboard/referrals/{id}/book", d.page(d.referrals(d.bookSession)))     // referral_book.go
	background.Handle("GET /dashboard/referrals/rows", d.api(d.referrals(d.referralRows)))    // referrals_show.go
}

// referrals wraps a referral handler: 404 when referrals are off.
func (d *Dashboard) referrals(next handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, a *account) {
		if d.cfg.Referrals == nil {
			d.fail(w, r, a, http.StatusNotFound)
			return
		}
		next(w, r, a)
	}
}

// referralFail maps a referral change's errors to the flash the reader
// sees back on the referral's page, or to the error page.
func (d *Dashboard) referralFail(w http.ResponseWriter, r *http.Request, a *account, back string, err error) {
	switch {
	case errors.Is(err, store.ErrReferralChanged):
		d.flashTo(w, r, back, "dash_ref_changed")
	case errors.Is(err, store.ErrInvalidAnswer):
		d.flashTo(w, r, back, "dash_ref_answer_invalid")
	default:
		d.failWith(w, r, a, err)
	}
}

// referralNotices counts what the menu announces to a; zero when
// referrals are off or the count fails (the page shows without it).
func (d *Dashboard) referralNotices(r *http.Request, a *account) int {
	if d.cfg.Referrals == nil || a == nil {
		return 0
	}
	n, err := d.cfg.Referrals.Store.Notices(r.Context(), a.ReferralScope())
	if err != nil {
		d.log.WarnContext(r.Context(), "dashboard: referral notices", "clinician", a.ID, "err", err)
		return 0
	}
	return n.Waiting + n.Changed
}
