package dashboard

import (
	"net/http"

	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
)

// referralsData is what templates/referrals.html (and its rows fragment,
// _referral_rows.html) renders.
type referralsData struct {
	Queue, Sent []referralRow
	Receives    bool // the reader is a clinician who may receive referrals
}

// referralRow is one referral in a list, in the reader's language.
type referralRow struct {
	ID                          int64
	Number, Urgency, UrgencyLbl string
	Specialty, Facility, From   string
	Referrer, Specialist        string
	Status, StatusLabel, Age    string
	Unseen                      bool
	// Title ("Referral 12"), FromLine (who sent it, from where) and News
	// ("New", when Unseen) in the reader's words.
	Title, FromLine, News string
}

// showReferrals lists the referrals waiting for the reader or their
// specialty (most urgent first, then oldest) and those they made (the
// latest change first, what changed since they looked marked). The queue
// refreshes itself (dash.js fetches the rows fragment).
func (d *Dashboard) showReferrals(w http.ResponseWriter, r *http.Request, a *account) {
	data, err := d.referralsData(r, a)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.render(w, http.StatusOK, "referrals", d.view(r, a, "referrals", data))
}

// referralRows renders the queue's rows alone, for the page's script.
func (d *Dashboard) referralRows(w http.ResponseWriter, r *http.Request, a *account) {
	data, err := d.referralsData(r, a)
	if err != nil {
		d.log.ErrorContext(r.Context(), "dashboard: referral rows", "err", err)
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	d.renderFragment(w, "referral_rows", d.fragmentView(r, a, data))
}

func (d *Dashboard) referralsData(r *http.Request, a *account) (referralsData, error) {
	lists, err := d.cfg.Referrals.Store.Lists(r.Context(), a.ReferralScope())
	if err != nil {
		return referralsData{}, err
	}
	t := tr{lang: a.Lang, text: d.cfg.Text}
	data := referralsData{Receives: a.Role == store.RoleClinician}
	for _, ref := range lists.Queue {
		data.Queue = append(data.Queue, d.referralRow(t, ref))
	}
	for _, ref := range lists.Sent {
		data.Sent = append(data.Sent, d.referralRow(t, ref))
	}
	return data, nil
}

// referralRow is ref as the lists show it.
func (d *Dashboard) referralRow(t tr, ref store.Referral) referralRow {
	row := referralRow{
		ID: ref.ID, Number: numerals.Format(t.lang, int(ref.ID)),
		Urgency: urgencyClass(ref.Urgency), UrgencyLbl: t.T("dash_urgency_" + urgencyClass(ref.Urgency)),
		Specialty: ref.Specialty.Name(t.lang), Facility: t.T("dash_ref_any_facility"),
		From: ref.FromFacility.In(t.lang), Referrer: ref.Referrer.Name(t.lang),
		Status: ref.Status, StatusLabel: t.T("dash_ref_status_" + ref.Status),
		Age: d.clock(t.lang, ref.CreatedAt), Unseen: ref.Unseen,
	}
	if ref.Facility.ID != 0 {
		row.Facility = ref.Facility.Names.In(t.lang)
	}
	row.Title = t.D("dash_ref_number", "Number", row.Number)
	row.FromLine = t.D("dash_ref_from", "Name", row.Referrer, "Facility", row.From)
	if ref.Unseen {
		row.News = t.T("dash_ref_new")
	}
	if ref.Specialist.ID != 0 {
		row.Specialist = ref.Specialist.Name(t.lang)
	}
	return row
}
