package dashboard

import (
	"net/http"
)

// showThread renders a case's thread alone, for the page's script to swap
// in when the thread changes. Each read is audited, as a view of the case.
func (d *Dashboard) showThread(w http.ResponseWriter, r *http.Request, a *account) {
	id, ok := caseID(r)
	if !ok || d.cfg.Consult == nil {
		http.NotFound(w, r)
		return
	}
	v, err := d.cfg.Consult.Store.CaseConsult(r.Context(), id, a.Scope, true)
	if err != nil {
		if r.Context().Err() != nil {
			return // the page moved on
		}
		status := errorStatus(err)
		if status == http.StatusInternalServerError {
			d.log.Error("dashboard: thread", "case", id, "err", err)
		}
		http.Error(w, http.StatusText(status), status)
		return
	}
	t := tr{lang: a.Lang, text: d.cfg.Text}
	d.renderFragment(w, "thread", d.fragmentView(r, a, caseData{ID: id, Consult: d.thread(t, v)}))
}
