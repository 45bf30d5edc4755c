package dashboard

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/frontdoor-health/frontdoor/store"
)

// caseID reads the {id} of a case path; ok is false when it is no id.
func caseID(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id, err == nil && id > 0
}

// showCase renders one case in the reader's language, whatever the
// patient's. Reading it writes the audit record (in the same statement), so
// no case is shown unaudited; a case outside the account's scope is 404,
// exactly like one that does not exist.
func (d *Dashboard) showCase(w http.ResponseWriter, r *http.Request, a *account) {
	id, ok := caseID(r)
	if !ok || d.cfg.Cases == nil {
		d.fail(w, r, a, http.StatusNotFound)
		return
	}
	c, err := d.cfg.Cases.ViewCase(r.Context(), id, a.Scope)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: case viewed", "case", c.ID, "clinician", a.ID)
	v := d.view(r, a, "queue", nil)
	data := d.caseData(v.L, a, c)
	// The view above wrote the audit record of this read too.
	if data.Consult, err = d.consult(r, v.L, a, c, false); err != nil {
		d.failWith(w, r, a, err)
		return
	}
	if d.cfg.Referrals != nil {
		refs, err := d.cfg.Referrals.Store.ForCase(r.Context(), a.ReferralScope(), c.ID)
		if err != nil {
			d.failWith(w, r, a, err)
			return
		}
		for _, ref := range refs {
			data.Referrals = append(data.Referrals, d.referralRow(v.L, ref))
		}
		if a.Role == store.RoleClinician {
			data.ReferLink = pathReferrals + "/new?" + url.Values{
				"case": {strconv.FormatInt(c.ID, 10)}, "urgency": {c.Urgency},
			}.Encode()
		}
	}
	v.Data = data
	d.render(w, http.StatusOK, "case", v)
}
