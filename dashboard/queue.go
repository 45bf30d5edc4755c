package dashboard

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/triage"
)

// Cases lists, shows and claims cases within an account's scope
// (store.Cases). It may be nil where there is no case store: the queue
// is then empty and every case is not found.
type Cases interface {
	// Waiting returns every waiting emergency in scope and limit other
	// waiting cases from offset, most urgent first, then longest waiting,
	// with the counts of all of them.
	Waiting(ctx context.Context, scope store.Scope, offset, limit int) (store.QueueList, error)
	// ViewCase returns the case if it is in scope and audits the view in
	// the same statement; dialogs.ErrNotFound otherwise.
	ViewCase(ctx context.Context, id int64, scope store.Scope) (store.CaseDetail, error)
	// ClaimCase gives the case to scope's clinician: exactly one of
	// concurrent claims wins, the others get store.ErrAlreadyClaimed. The
	// store announces a claim that stands to every dashboard.
	ClaimCase(ctx context.Context, id int64, scope store.Scope) error
	// QueueStats returns the queue's figures in scope since a time (the
	// Today page's).
	QueueStats(ctx context.Context, scope store.Scope, since time.Time) (store.QueueStats, error)
}

// Questions names the triage questions and answers of a case's pathway
// (triage.Engine). It may be nil: answers then show as raw ids.
type Questions interface {
	Question(id string) (triage.Question, bool)
	Next(pathway string, answers map[string]string) (triage.Question, bool)
}

// queueRow is one line of the queue, every label already in the reader's
// language.
type queueRow struct {
	ID           int64
	Number       string // the id in the reader's digits
	Urgency      string // CSS class suffix: emergency, urgent, routine, self_care
	UrgencyLabel string
	Flags        []string
	Waiting      string
	Kind         string // pilgrim or resident
	Web          bool   // came through the web chat (anyone can open one)
	HasPhone     bool   // the patient sent a number: the case page shows it
	Language     string
	Specialty    string
}

// queuePageSize is how many cases other than emergencies one page of the
// queue lists; emergencies are all listed on every page.
const queuePageSize = 100

// queue reads one page of the waiting cases in a's scope and labels them.
// The page is ?page=N (from 1) of the request.
func (d *Dashboard) queue(r *http.Request, a *account) (queueData, error) {
	page := 1
	if n, err := strconv.Atoi(r.URL.Query().Get("page")); err == nil && n > 1 && n <= 100000 {
		page = n
	}
	var list store.QueueList
	if d.cfg.Cases != nil {
		var err error
		if list, err = d.cfg.Cases.Waiting(r.Context(), a.Scope, (page-1)*queuePageSize, queuePageSize); err != nil {
			return queueData{}, err
		}
	}
	t := tr{lang: a.Lang, text: d.cfg.Text}
	data := queueData{Count: t.N("dash_queue_count", list.Total), Page: page, Rows: make([]queueRow, 0, len(list.Cases))}
	if list.Emergencies > 0 {
		data.Emergencies = t.N("dash_queue_emergencies", list.Emergencies)
	}
	if list.Web > 0 {
		data.Web = t.N("dash_queue_web", list.Web)
	}
	others := list.Total - list.Emergencies
	shown := len(list.Cases) - min(list.Emergencies, store.MaxEmergencies)
	if list.Offset > 0 || list.More {
		data.Showing = t.D("dash_queue_showing", "From", t.Num(list.Offset+1), "To", t.Num(list.Offset+shown), "Total", t.Num(others))
	}
	if list.More {
		data.Next = "/dashboard/queue?page=" + strconv.Itoa(page+1)
	}
	if page > 1 {
		data.Prev = "/dashboard/queue?page=" + strconv.Itoa(page-1)
	}
	now := d.now()
	for _, c := range list.Cases {
		data.Rows = append(data.Rows, d.queueRow(t, c, now))
	}
	return data, nil
}

func (d *Dashboard) queueRow(t tr, c store.QueueCase, now time.Time) queueRow {
	row := queueRow{
		ID: c.ID, Number: numerals.Format(t.lang, int(c.ID)), Urgency: urgencyClass(c.Urgency), UrgencyLabel: t.T("dash_urgency_" + urgencyClass(c.Urgency)),
		Waiting: waiting(t, now.Sub(c.Since)), Kind: visitorKind(t, c.Visitor), Language: locales.LanguageName(t.lang, c.Lang),
		Specialty: c.SpecialtyNames.In(t.lang),
	}
	row.Web = c.Channel == "web"
	row.HasPhone = c.HasPhone
	for _, f := range c.RedFlags {
		row.Flags = append(row.Flags, ruleName(t, f))
	}
	return row
}

// urgencyClass keeps only the four known urgencies (it becomes a class
// name); anything else shows as routine.
func urgencyClass(u string) string {
	switch u {
	case "emergency", "urgent", "routine", "self_care":
		return u
	}
	return "routine"
}

// ruleName is a red-flag rule's name in the reader's language, or its id
// when the catalog has no name for it.
func ruleName(t tr, rule string) string {
	id := triage.RuleMessageID(rule)
	if !t.text.Has(t.lang, id) {
		return rule
	}
	return t.T(id)
}

// waiting renders how long a case has waited, in whole minutes.
func waiting(t tr, d time.Duration) string {
	m := int(d / time.Minute)
	if m < 1 {
		return t.T("dash_waiting_new")
	}
	return t.N("dash_waiting_minutes", m)
}

// visitorKind names what the patient said they are: a pilgrim, a
// resident, or not said (never asked, or skipped): not "resident" by
// default, which told clinicians something nobody said.
func visitorKind(t tr, visitor string) string {
	switch visitor {
	case "pilgrim":
		return t.T("dash_pilgrim")
	case "resident":
		return t.T("dash_resident")
	}
	return t.T("dash_visitor_unknown")
}
