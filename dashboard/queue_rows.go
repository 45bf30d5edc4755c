package dashboard

import (
	"net/http"
)

// queueRows renders the queue's rows alone, for the page's script to swap
// in when an event arrives.
func (d *Dashboard) queueRows(w http.ResponseWriter, r *http.Request, a *account) {
	data, err := d.queue(r, a)
	if err != nil && r.Context().Err() != nil {
		return // the page moved on; nobody reads these rows
	}
	if err != nil {
		d.log.Error("dashboard: queue rows", "err", err)
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	d.renderFragment(w, "rows", d.fragmentView(r, a, data))
}
