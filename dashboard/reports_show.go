package dashboard

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
)

// Reports reads the consult figures (store.Reports). It may be nil: the
// reports page is then not offered.
type Reports interface {
	Consults(ctx context.Context, scope store.Scope, from, to time.Time, zone *time.Location) ([]store.ReportRow, error)
}

// reportPeriods are the periods a coordinator can pick, in days.
var reportPeriods = []int{7, 30, 90}

// reportsData is what templates/reports.html renders.
type reportsData struct {
	Days    int
	Periods []int
	Rows    []reportRow
	Chart   []chartBar
	Max     string // the chart's top, as read
	Width   int    // the chart's width in its units
	CSV     string // the same figures as CSV
	// Referred sums the period's specialist referrals and how many were
	// answered within 24 hours ("" when none were made).
	Referred string
}

type reportRow struct {
	Day, Specialty, Queued, Emergencies, Claimed, Median, P90, Left, Rating, NoShows string
	Referrals, Answered24h                                                           string
}

// chartBar is one day's bar of consults, placed in the chart's 100-unit
// height.
type chartBar struct {
	X, Y, Height int
	Label, Title string
}

// staff wraps a handler for coordinators and admins.
func (d *Dashboard) staff(next handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, a *account) {
		if a.Role != store.RoleAdmin && a.Role != store.RoleCoordinator {
			d.fail(w, r, a, http.StatusForbidden)
			return
		}
		next(w, r, a)
	}
}

// reportPeriod reads ?days= (7 when absent); ok is false for anything not
// offered.
func reportPeriod(r *http.Request) (int, bool) {
	s := r.URL.Query().Get("days")
	if s == "" {
		return reportPeriods[0], true
	}
	n, err := strconv.Atoi(s)
	for _, p := range reportPeriods {
		if err == nil && n == p {
			return n, true
		}
	}
	return 0, false
}

// report reads the figures of the period the request asks for, or answers
// the request itself (404 without Reports, 400 for a period not offered,
// the error page) and returns ok false.
func (d *Dashboard) report(w http.ResponseWriter, r *http.Request, a *account) (days int, rows []store.ReportRow, ok bool) {
	if d.cfg.Reports == nil {
		d.fail(w, r, a, http.StatusNotFound)
		return 0, nil, false
	}
	days, ok = reportPeriod(r)
	if !ok {
		d.fail(w, r, a, http.StatusBadRequest)
		return 0, nil, false
	}
	now := d.now().In(d.cfg.Location)
	midnight := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, d.cfg.Location)
	from := midnight.AddDate(0, 0, 1-days)
	rows, err := d.cfg.Reports.Consults(r.Context(), a.Scope, from, midnight.AddDate(0, 0, 1), d.cfg.Location)
	if err != nil {
		d.failWith(w, r, a, err)
		return 0, nil, false
	}
	return days, rows, true
}

// showReports renders the consults of the reader's facilities by day and
// specialty (and the appointments missed, marked at the desk, and the
// specialist referrals made and answered within 24 hours), with a bar
// chart of consults per day.
func (d *Dashboard) showReports(w http.ResponseWriter, r *http.Request, a *account) {
	days, rows, ok := d.report(w, r, a)
	if !ok {
		return
	}
	num := func(s string) string { return numerals.In(a.Lang, s) }
	t := tr{lang: a.Lang, text: d.cfg.Text}
	data := reportsData{Days: days, Periods: reportPeriods, CSV: fmt.Sprintf("/dashboard/reports.csv?days=%d", days)}
	perDay := map[string]int{}
	referrals, answered := 0, 0
	for _, row := range rows {
		referrals, answered = referrals+row.Referrals, answered+row.Answered24h
		perDay[row.Day] += row.Queued
		name := row.SpecialtyNames.In(a.Lang)
		rating := "–"
		if row.Rated > 0 {
			rating = num(strconv.FormatFloat(row.MeanRating, 'f', 1, 64) + " (" + strconv.Itoa(row.Rated) + ")")
		}
		data.Rows = append(data.Rows, reportRow{
			Day: num(row.Day), Specialty: name,
			Queued: num(strconv.Itoa(row.Queued)), Emergencies: num(strconv.Itoa(row.Emergencies)),
			Claimed: num(strconv.Itoa(row.Claimed)),
			Median:  num(waitText(t, row.MedianWait, row.Claimed)), P90: num(waitText(t, row.P90Wait, row.Claimed)),
			Left: num(strconv.Itoa(row.Left)), Rating: rating, NoShows: num(strconv.Itoa(row.NoShows)),
			Referrals: num(strconv.Itoa(row.Referrals)), Answered24h: num(strconv.Itoa(row.Answered24h)),
		})
	}
	if referrals > 0 {
		data.Referred = t.D("dash_reports_referred", "Made", t.Num(referrals), "Answered", t.Num(answered),
			"Share", t.Num(answered*100/referrals))
	}
	top := 1
	for _, n := range perDay {
		top = max(top, n)
	}
	data.Max = num(strconv.Itoa(top))
	now := d.now().In(d.cfg.Location)
	const barWidth = 10
	data.Width = days * barWidth
	for i := range days {
		day := time.Date(now.Year(), now.Month(), now.Day()-days+1+i, 12, 0, 0, 0, d.cfg.Location).Format("2006-01-02")
		n := perDay[day]
		h := n * 100 / top
		data.Chart = append(data.Chart, chartBar{
			X: i * barWidth, Y: 100 - h, Height: h,
			Label: num(day[8:]), Title: num(day + ": " + strconv.Itoa(n)),
		})
	}
	d.render(w, http.StatusOK, "reports", d.view(r, a, "reports", data))
}

// waitText is a wait in whole minutes, or a dash when nothing was claimed.
func waitText(t tr, wait time.Duration, claimed int) string {
	if claimed == 0 {
		return "–"
	}
	return t.N("dash_waiting_minutes", int(wait.Round(time.Minute)/time.Minute))
}

// reportsCSV writes the same figures as CSV (UTF-8 with a byte-order mark,
// so that spreadsheet programs read the Arabic names), waits in seconds.
func (d *Dashboard) reportsCSV(w http.ResponseWriter, r *http.Request, a *account) {
	days, rows, ok := d.report(w, r, a)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="frontdoor-consults-%dd.csv"`, days))
	fmt.Fprint(w, "\ufeff")
	cw := csv.NewWriter(w)
	cw.Write([]string{"day", "specialty", "specialty_name", "queued", "emergencies", "claimed",
		"median_wait_s", "p90_wait_s", "left_queue", "rated", "mean_rating", "no_shows", "referrals", "referrals_answered_24h"})
	for _, row := range rows {
		cw.Write([]string{row.Day, row.Specialty, row.SpecialtyNames.In(a.Lang),
			strconv.Itoa(row.Queued), strconv.Itoa(row.Emergencies), strconv.Itoa(row.Claimed),
			strconv.Itoa(int(row.MedianWait / time.Second)), strconv.Itoa(int(row.P90Wait / time.Second)),
			strconv.Itoa(row.Left), strconv.Itoa(row.Rated), strconv.FormatFloat(row.MeanRating, 'f', 2, 64), strconv.Itoa(row.NoShows),
			strconv.Itoa(row.Referrals), strconv.Itoa(row.Answered24h)})
	}
	cw.Flush()
}
