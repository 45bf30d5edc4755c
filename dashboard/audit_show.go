package dashboard

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/frontdoor-health/frontdoor/store"
)

// auditPageSize is how many records one page of the audit log shows.
const auditPageSize = 50

// auditData is what templates/audit.html renders.
type auditData struct {
	Query   store.AuditQuery
	Records []auditRow
	Older   string // link to the next page back, "" on the last
	Newest  string // link to the first page, "" on it
}

type auditRow struct {
	At, Actor, Action, Subject, Detail string
}

// showAudit renders the audit log for admins, newest first, filtered by
// actor (a username, an id, or kind:id) and subject (kind and id).
func (d *Dashboard) showAudit(w http.ResponseWriter, r *http.Request, a *account) {
	q := r.URL.Query()
	query := store.AuditQuery{
		Actor:       strings.TrimSpace(q.Get("actor")),
		SubjectKind: strings.TrimSpace(q.Get("subject_kind")),
		SubjectID:   strings.TrimSpace(q.Get("subject_id")),
		Limit:       auditPageSize,
	}
	if kind, id, ok := strings.Cut(query.Actor, ":"); ok {
		query.ActorKind, query.Actor = kind, id
	}
	if b := q.Get("before"); b != "" {
		n, err := strconv.ParseInt(b, 10, 64)
		if err != nil || n <= 0 {
			d.fail(w, r, a, http.StatusBadRequest)
			return
		}
		query.Before = n
	}
	records, more, err := d.cfg.Audit.Page(r.Context(), query)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	data := auditData{Query: query, Records: make([]auditRow, 0, len(records))}
	if query.ActorKind != "" { // show the filter as it was typed
		data.Query.Actor = query.ActorKind + ":" + query.Actor
	}
	for _, rec := range records {
		data.Records = append(data.Records, auditRow{
			At:      rec.At.In(d.cfg.Location).Format("2006-01-02 15:04:05"),
			Actor:   actorLabel(rec),
			Action:  rec.Action,
			Subject: strings.TrimPrefix(rec.SubjectKind+" "+rec.SubjectID, " "),
			Detail:  rec.Detail,
		})
	}
	link := func(before int64) string {
		v := url.Values{}
		for k, s := range map[string]string{"actor": data.Query.Actor, "subject_kind": query.SubjectKind, "subject_id": query.SubjectID} {
			if s != "" {
				v.Set(k, s)
			}
		}
		if before > 0 {
			v.Set("before", strconv.FormatInt(before, 10))
		}
		if len(v) == 0 {
			return "/dashboard/audit"
		}
		return "/dashboard/audit?" + v.Encode()
	}
	if more {
		data.Older = link(records[len(records)-1].ID)
	}
	if query.Before > 0 {
		data.Newest = link(0)
	}
	d.render(w, http.StatusOK, "audit", d.view(r, a, "audit", data))
}

// actorLabel names an actor: "dr.khalid (clinician 3)", "system login".
func actorLabel(rec store.AuditRecord) string {
	s := rec.ActorKind
	if rec.ActorID != "" {
		s += " " + rec.ActorID
	}
	if rec.ActorName != "" {
		return rec.ActorName + " (" + s + ")"
	}
	return s
}
