package dashboard

import (
	"net/http"
)

// queueData is what templates/queue.html and _rows.html render.
type queueData struct {
	After string // the newest event id when the rows were read
	Count string // "3 patients waiting", in the reader's language
	// Emergencies and Web count those among the waiting ("" when none);
	// Showing says which of the others this page lists ("" when all).
	Emergencies, Web, Showing string
	Page                      int    // from 1
	Next, Prev                string // links to the neighbouring pages, "" at the ends
	Rows                      []queueRow
	Mine                      []queueRow // the reader's consults in progress (the page only)
}

// showQueue renders the live queue. The page's script then follows the
// event stream from After, so nothing that happens in between is missed.
func (d *Dashboard) showQueue(w http.ResponseWriter, r *http.Request, a *account) {
	// Read the newest event id before the rows: an event between the two
	// is then replayed, never lost.
	after, err := d.cfg.Events.LastCaseEventID(r.Context())
	if err != nil {
		d.log.Warn("dashboard: newest case event", "err", err)
		after = "" // the stream starts live; the script reloads rows on connect
	}
	data, err := d.queue(r, a)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	data.After = after
	if data.Mine, err = d.openConsults(r.Context(), tr{lang: a.Lang, text: d.cfg.Text}, a); err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.render(w, http.StatusOK, "queue", d.view(r, a, "queue", data))
}
