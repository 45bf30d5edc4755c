package dashboard

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/store"
)

// hoursData is what templates/admin_hours.html renders.
type hoursData struct {
	Account    store.Clinician
	Rows       []hoursRow
	Exceptions []store.ExceptionAdmin
	Weekdays   []int
	// Typed is what the leave and extra-session forms held when refused.
	Typed    map[string]string
	Problems problems
	Form     string // which form Problems are about: "hours", "days_off", "extra"
	// Affected are the booked appointments on days just closed.
	Affected      []affectedRow
	AffectedShown bool
}

// hoursRow is one weekly window as the form holds it (Row counts from 1,
// as the problems do).
type hoursRow struct {
	Row                                     int
	Day                                     int
	From, To, Facility, Slot, Buffer, Error string
}

// weekdayKeys are the clinic file's weekday names, by time.Weekday.
var weekdayKeys = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// blankRows are the empty rows the hours form offers for new windows.
const blankRows = 3

// showHours is GET /dashboard/admin/accounts/{username}/hours: a
// clinician's weekly hours per facility (with the appointment length and
// rest between appointments of each window), days off and extra sessions.
func (d *Dashboard) showHours(w http.ResponseWriter, r *http.Request, a *account) {
	d.renderHours(w, r, a, http.StatusOK, hoursData{}, nil)
}

// renderHours renders the page; rows nil shows the stored hours.
func (d *Dashboard) renderHours(w http.ResponseWriter, r *http.Request, a *account, status int, data hoursData, rows []hoursRow) {
	ctx := r.Context()
	c, err := d.cfg.Admin.AdminAccount(ctx, r.PathValue("username"))
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	data.Account = c
	if rows == nil {
		stored, err := d.cfg.Admin.AdminHours(ctx, c.ID)
		if err != nil {
			d.failWith(w, r, a, err)
			return
		}
		for i, h := range stored {
			rows = append(rows, hoursRow{Row: i + 1, Day: h.Weekday, From: h.From, To: h.To, Facility: h.Facility,
				Slot: minutesText(h.Slot), Buffer: minutesText(h.Buffer)})
		}
		for i := range blankRows {
			// Blank lengths: the specialty's (set on the set-up page).
			rows = append(rows, hoursRow{Row: len(stored) + i + 1, Day: -1})
		}
	}
	data.Rows = rows
	data.Weekdays = []int{0, 1, 2, 3, 4, 5, 6}
	if data.Exceptions, err = d.cfg.Admin.AdminExceptions(ctx, c.ID, d.now().Add(-24*time.Hour)); err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.render(w, status, "admin_hours", d.view(r, a, "admin", data))
}

// saveHours is POST /dashboard/admin/accounts/{username}/hours: the form's
// rows replace the clinician's weekly hours, and the slots offered follow
// at once. Rows without times are left out; a refused row shows its
// problem beside it.
func (d *Dashboard) saveHours(w http.ResponseWriter, r *http.Request, a *account) {
	if err := parseAdminForm(w, r); err != nil {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	f := r.PostForm
	n := len(f["from"])
	if len(f["day"]) != n || len(f["to"]) != n || len(f["facility"]) != n || len(f["slot"]) != n || len(f["buffer"]) != n || n > 100 {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	var rows []hoursRow
	var hours []clinic.Hours
	for i := range n {
		row := hoursRow{Row: i + 1, Day: -1, From: strings.TrimSpace(f["from"][i]), To: strings.TrimSpace(f["to"][i]),
			Facility: f["facility"][i], Slot: strings.TrimSpace(f["slot"][i]), Buffer: strings.TrimSpace(f["buffer"][i])}
		if day, err := strconv.Atoi(f["day"][i]); err == nil && day >= 0 && day < 7 {
			row.Day = day
		}
		rows = append(rows, row)
		if row.From == "" && row.To == "" {
			continue // an unused row
		}
		h := clinic.Hours{Facility: row.Facility, From: row.From, To: row.To, Line: row.Row,
			SlotMinutes: minutesOf(row.Slot), BufferMinutes: minutesOf(row.Buffer)}
		if row.Day >= 0 {
			h.Days = []string{weekdayKeys[row.Day]}
		}
		hours = append(hours, h)
	}
	t := tr{lang: a.Lang, text: d.cfg.Text}
	err := d.cfg.Admin.SetHours(r.Context(), r.PathValue("username"), hours, a.actor())
	if p, ok := problemsOf(t, err, true); ok {
		for i := range rows {
			for _, field := range []string{"days", "from", "to", "facility", "slot_minutes", "slot_from_specialty", "buffer_minutes", ""} {
				if msg, ok := p[fmt.Sprintf("%d.%s", rows[i].Row, field)]; ok && rows[i].Error == "" {
					rows[i].Error = msg
				}
			}
		}
		d.renderHours(w, r, a, http.StatusUnprocessableEntity, hoursData{Problems: p, Form: "hours"}, rows)
		return
	}
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	d.log.Info("dashboard: hours saved", "by", a.ID, "windows", len(hours))
	d.sessions.Put(r.Context(), keyFlash, "admin_saved")
	http.Redirect(w, r, r.URL.Path, http.StatusSeeOther)
}

func atoiOr(s string, bad int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return bad
	}
	return n
}

// minutesOf reads a length field: blank is nil (the specialty's), and
// anything but a whole number -1, which the checks refuse.
func minutesOf(s string) *int {
	if s == "" {
		return nil
	}
	n := atoiOr(s, -1)
	return &n
}

// minutesText writes a length for its field, blank for nil.
func minutesText(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}
