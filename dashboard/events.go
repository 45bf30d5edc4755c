package dashboard

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"time"

	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/stream"
)

// replayLimit bounds how many missed events a reconnecting stream replays;
// beyond it the browser reloads the queue instead.
const replayLimit = 500

// streamEvents is the live queue's server-sent event stream:
//
//	id: <stream id>      (the browser sends it back as Last-Event-ID)
//	event: case
//	data: {"kind":"case.created","case":17}
//
// plus "event: reset" when missed events cannot be replayed (reload the
// queue) and "event: signedout" when the session ended (reload the page).
// Only events within the account's scope are sent. A first connection
// passes ?after=<id> (the id the page was rendered at) so nothing between
// the page and the stream is lost.
func (d *Dashboard) streamEvents(w http.ResponseWriter, r *http.Request, a *account) {
	ch, ok := d.hub.subscribe()
	if !ok {
		http.Error(w, http.StatusText(http.StatusServiceUnavailable), http.StatusServiceUnavailable)
		return
	}
	defer d.hub.unsubscribe(ch)

	ctx := r.Context()
	s := &sse{w: w, rc: http.NewResponseController(w), timeout: 2 * d.heartbeat}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("X-Accel-Buffering", "no") // nginx: pass events through at once
	w.WriteHeader(http.StatusOK)
	s.printf("retry: 3000\n\n")

	after := r.Header.Get("Last-Event-ID")
	if after == "" {
		after = r.URL.Query().Get("after")
	}
	last := ""
	if stream.ValidID(after) {
		last = d.replay(ctx, s, a, after)
	}
	d.seen(ctx, a)
	if s.err != nil {
		return
	}

	tick := time.NewTicker(d.heartbeat)
	defer tick.Stop()
	for s.err == nil {
		select {
		case <-ctx.Done():
			return
		case e, open := <-ch:
			if !open {
				return // fell behind or the hub stopped: the browser reconnects
			}
			if last != "" && !stream.Less(last, e.ID) {
				continue // already replayed
			}
			last = e.ID
			s.eventFor(a, e)
		case <-tick.C:
			if !d.stillSignedIn(r, a) {
				s.printf("event: signedout\ndata: {}\n\n")
				return
			}
			d.seen(ctx, a)
			s.printf(": ping\n\n")
		}
	}
}

// seen records that a clinician has the dashboard open, for waiting-time
// estimates (a clinician with an open page can take a case).
func (d *Dashboard) seen(ctx context.Context, a *account) {
	if d.cfg.Consult == nil || !a.Scope.CanClaim {
		return
	}
	if err := d.cfg.Consult.Store.ClinicianSeen(ctx, a.ID); err != nil && ctx.Err() == nil {
		d.log.Warn("dashboard: record clinician seen", "clinician", a.ID, "err", err)
	}
}

// replay sends the events after id and returns the last id seen; when
// they cannot all be replayed it sends "reset" with the newest id instead.
func (d *Dashboard) replay(ctx context.Context, s *sse, a *account, after string) string {
	events, complete, err := d.cfg.Events.CaseEventsAfter(ctx, after, replayLimit)
	if err != nil || !complete {
		if err != nil {
			d.log.Warn("dashboard: replay case events", "err", err)
		}
		newest, err := d.cfg.Events.LastCaseEventID(ctx)
		if err != nil {
			s.printf("event: reset\ndata: {}\n\n")
			return ""
		}
		s.printf("id: %s\nevent: reset\ndata: {}\n\n", newest)
		return newest
	}
	last := after
	for _, e := range events {
		last = e.ID
		s.eventFor(a, e)
	}
	return last
}

// stillSignedIn re-checks an open stream's session: it still exists in the
// store, and the account is active and was not logged out everywhere.
func (d *Dashboard) stillSignedIn(r *http.Request, a *account) bool {
	// A context without the request's values: scs would otherwise return
	// the copy of the session it loaded at connect.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	fresh, err := d.sessions.Load(ctx, d.sessions.Token(r.Context()))
	if err != nil || d.sessions.GetInt64(fresh, keyClinician) != a.ID || d.now().After(d.sessions.Deadline(fresh)) {
		return false
	}
	c, err := d.cfg.Accounts.ClinicianByID(ctx, a.ID)
	return err == nil && c.Active && c.SessionEpoch == a.SessionEpoch
}

// sse writes one stream, extending the write deadline before each write
// (the server's WriteTimeout would otherwise cut the stream) and flushing
// after it. The first error sticks and ends the stream.
type sse struct {
	w       io.Writer
	rc      *http.ResponseController
	timeout time.Duration
	err     error
}

func (s *sse) printf(format string, args ...any) {
	if s.err != nil {
		return
	}
	// Not every writer supports deadlines (tests' recorders); that is fine.
	_ = s.rc.SetWriteDeadline(time.Now().Add(s.timeout))
	if _, s.err = fmt.Fprintf(s.w, format, args...); s.err == nil {
		s.err = s.rc.Flush()
	}
}

// eventData is what the browser receives: ids and kinds only.
type eventData struct {
	Kind     string `json:"kind"`
	Case     int64  `json:"case,omitempty"`
	Referral int64  `json:"referral,omitempty"`
}

// eventFor sends e as a reads it: nothing outside a's scope; the case id
// and kind only for a case a can open (a clinician opens the waiting
// cases and those they took; coordinators and admins every case in
// scope). For another clinician's case the event says only that the queue
// changed, so the page reloads its rows and learns no id. An event for
// named readers (For: a joint session the desk changed) goes to them
// alone, as a "referral" event.
func (s *sse) eventFor(a *account, e store.CaseEvent) {
	if e.For != nil || e.Kind == store.EventSessionChanged {
		// Meant for named readers alone: a joint session the desk changed.
		if slices.Contains(e.For, a.ID) {
			data, _ := json.Marshal(eventData{Kind: e.Kind, Referral: e.Referral})
			s.printf("id: %s\nevent: referral\ndata: %s\n\n", e.ID, data)
		}
		return
	}
	if !a.Scope.Allows(e.FacilityID, e.Specialty, e.Urgency) {
		return
	}
	d := eventData{Kind: e.Kind, Case: e.CaseID}
	if a.Scope.CanClaim && e.ClinicianID != 0 && e.ClinicianID != a.ID {
		d = eventData{Kind: eventChanged}
	}
	data, _ := json.Marshal(d)
	s.printf("id: %s\nevent: case\ndata: %s\n\n", e.ID, data)
}

// eventChanged tells a page its queue changed without saying which case.
const eventChanged = "queue.changed"
