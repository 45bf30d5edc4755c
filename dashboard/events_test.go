package dashboard

import (
	"bufio"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/store"
)

// sseEvent is one server-sent event as a browser parses it.
type sseEvent struct {
	id, name, data string
}

// eventStream is an open event stream.
type eventStream struct {
	t      testing.TB
	events chan sseEvent
	cancel context.CancelFunc
}

// openStream connects b to the event stream with lastID as Last-Event-ID
// ("" for none) and query appended to the URL.
func (b *browser) openStream(lastID, query string) *eventStream {
	b.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, b.base+"/dashboard/events"+query, nil)
	if lastID != "" {
		req.Header.Set("Last-Event-ID", lastID)
	}
	res, err := (&http.Client{Jar: b.c.Jar}).Do(req) // no client timeout: the stream stays open
	if err != nil {
		cancel()
		b.t.Fatalf("open stream: %v", err)
	}
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/event-stream") {
		cancel()
		b.t.Fatalf("open stream = %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	s := &eventStream{t: b.t, events: make(chan sseEvent, 64), cancel: cancel}
	go func() {
		defer res.Body.Close()
		defer close(s.events)
		sc := bufio.NewScanner(res.Body)
		var ev sseEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if ev.name != "" || ev.data != "" {
					s.events <- ev
				}
				ev = sseEvent{}
			case strings.HasPrefix(line, "id: "):
				ev.id = strings.TrimPrefix(line, "id: ")
			case strings.HasPrefix(line, "event: "):
				ev.name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				ev.data = strings.TrimPrefix(line, "data: ")
			}
		}
	}()
	b.t.Cleanup(cancel)
	return s
}

// next returns the next event, failing the test if none comes in time
// (a generous bound: the test never depends on how fast it is).
func (s *eventStream) next() sseEvent {
	s.t.Helper()
	select {
	case ev, ok := <-s.events:
		if !ok {
			s.t.Fatal("the stream ended")
		}
		return ev
	case <-time.After(15 * time.Second):
		s.t.Fatal("no event within 15s")
	}
	return sseEvent{}
}

func publish(t *testing.T, e *env, ev store.CaseEvent) string {
	t.Helper()
	id, err := e.rd.PublishCaseEvent(context.Background(), ev)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestEventStream(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	// A specialist: general practitioners see every specialty.
	aisha := e.clinician(t, "dr.aisha") // makkah_ajyad; internal_medicine, endocrinology, infectious_disease
	omar := e.clinician(t, "dr.omar")   // madinah_quba
	b := e.browser(t, "en")
	b.mustLogin("dr.aisha")
	s := b.openStream("", "")

	home := aisha.Facilities[0]
	// Another facility's case and another specialty's case are not sent;
	// her specialty at home is, and an emergency of the network-wide pool.
	publish(t, e, store.CaseEvent{Kind: store.EventCaseCreated, CaseID: 1, FacilityID: omar.Facilities[0], Specialty: "internal_medicine"})
	publish(t, e, store.CaseEvent{Kind: store.EventCaseCreated, CaseID: 2, FacilityID: home, Specialty: "dermatology"})
	id3 := publish(t, e, store.CaseEvent{Kind: store.EventCaseCreated, CaseID: 3, FacilityID: home, Specialty: "internal_medicine"})
	id4 := publish(t, e, store.CaseEvent{Kind: store.EventCaseClaimed, CaseID: 4, Specialty: "emergency_medicine", Urgency: "emergency", ClinicianID: 9})

	// Case 4 was claimed by another clinician: she cannot open it, so
	// she learns only that the queue changed (issue 11, break 9).
	for _, want := range []sseEvent{
		{id3, "case", `{"kind":"case.created","case":3}`},
		{id4, "case", `{"kind":"queue.changed"}`},
	} {
		if got := s.next(); got != want {
			t.Errorf("event = %+v, want %+v", got, want)
		}
	}

	// Reconnecting with Last-Event-ID replays what was missed, in order.
	s.cancel()
	id5 := publish(t, e, store.CaseEvent{Kind: store.EventCaseClosed, CaseID: 3, FacilityID: home, Specialty: "internal_medicine"})
	again := b.openStream(id3, "?after=0-0") // the header wins over the query
	for _, want := range []sseEvent{
		{id4, "case", `{"kind":"queue.changed"}`},
		{id5, "case", `{"kind":"case.closed","case":3}`},
	} {
		if got := again.next(); got != want {
			t.Errorf("replayed event = %+v, want %+v", got, want)
		}
	}
	// Live events follow the replay without a repeat.
	id6 := publish(t, e, store.CaseEvent{Kind: store.EventCaseCreated, CaseID: 6, FacilityID: home, Specialty: "emergency_medicine", Urgency: "emergency"})
	if got := again.next(); got.id != id6 {
		t.Errorf("first live event after the replay = %+v, want id %s", got, id6)
	}

	// A first connection resumes from the id the page was rendered at.
	fresh := b.openStream("", "?after="+id5)
	if got := fresh.next(); got.id != id6 {
		t.Errorf("first event after ?after=%s = %+v, want %s", id5, got, id6)
	}
}

// The live stream tells a clinician the id and kind of a case only when
// they can open it: waiting cases and their own. Another clinician's claim,
// message or closing reaches them as "the queue changed"; a coordinator,
// who may open every case in scope, gets them all (issue 11, break 9: the
// stream sent every case id in scope).
func TestEventStreamHidesCasesTheReaderCannotOpen(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	khalid, aisha := e.clinician(t, "dr.khalid"), e.clinician(t, "dr.aisha")
	home := khalid.Facilities[0]
	kb, sb := e.browser(t, "en"), e.browser(t, "en")
	kb.mustLogin("dr.khalid")
	sb.mustLogin("coord.sara")
	ks, ss := kb.openStream("", ""), sb.openStream("", "")
	for _, ev := range []store.CaseEvent{
		{Kind: store.EventCaseClaimed, CaseID: 41, FacilityID: home, Specialty: "general_practice", ClinicianID: aisha.ID},
		{Kind: store.EventCaseMessage, CaseID: 41, FacilityID: home, Specialty: "general_practice", ClinicianID: aisha.ID},
		{Kind: store.EventCaseClosed, CaseID: 41, FacilityID: home, Specialty: "general_practice", ClinicianID: aisha.ID},
		{Kind: store.EventCaseClaimed, CaseID: 42, FacilityID: home, Specialty: "general_practice", ClinicianID: khalid.ID},
		{Kind: store.EventCaseMessage, CaseID: 43, FacilityID: home, Specialty: "general_practice"}, // a waiting case
	} {
		publish(t, e, ev)
	}
	for i, want := range []string{
		`{"kind":"queue.changed"}`, `{"kind":"queue.changed"}`, `{"kind":"queue.changed"}`,
		`{"kind":"case.claimed","case":42}`, `{"kind":"case.message","case":43}`,
	} {
		if got := ks.next(); got.data != want {
			t.Errorf("clinician's event %d = %s, want %s", i, got.data, want)
		}
	}
	for i, want := range []string{
		`{"kind":"case.claimed","case":41}`, `{"kind":"case.message","case":41}`, `{"kind":"case.closed","case":41}`,
		`{"kind":"case.claimed","case":42}`, `{"kind":"case.message","case":43}`,
	} {
		if got := ss.next(); got.data != want {
			t.Errorf("coordinator's event %d = %s, want %s", i, got.data, want)
		}
	}
}

func TestEventStreamResetAndSignOut(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	b := e.browser(t, "en")
	b.mustLogin("dr.khalid")

	// An id Redis never made (it lost its data): reload everything.
	s := b.openStream("99999999999999-0", "")
	if got := s.next(); got.name != "reset" {
		t.Errorf("event after an unknown id = %+v, want reset", got)
	}

	// Logging out everywhere closes open streams at their next heartbeat.
	other := e.browser(t, "en")
	other.mustLogin("dr.khalid")
	if res := other.post("/dashboard/logout-all", nil); res.status != http.StatusSeeOther {
		t.Fatalf("logout everywhere = %d", res.status)
	}
	for {
		ev := s.next()
		if ev.name == "signedout" {
			break
		}
		if ev.name != "" {
			t.Fatalf("event %+v before signedout", ev)
		}
	}

	// A signed-out browser gets 401, which the script turns into a reload.
	if res := e.browser(t, "en").get("/dashboard/events"); res.status != http.StatusUnauthorized {
		t.Errorf("signed-out stream = %d, want 401", res.status)
	}
}

func TestHubDropsSlowSubscriber(t *testing.T) {
	t.Parallel()
	h := newHub(nil, nil, hubBlock)
	h.setRunning(true)
	slow, _ := h.subscribe()
	for i := range subscriberBuffer + 1 {
		h.broadcast(store.CaseEvent{ID: "1-" + string(rune('0'+i%10)), Kind: store.EventCaseCreated})
	}
	n := 0
	for range slow {
		n++
	}
	if n != subscriberBuffer {
		t.Errorf("slow subscriber got %d events then a close, want %d", n, subscriberBuffer)
	}
	h.unsubscribe(slow) // already dropped: no panic
	h.setRunning(false)
	if _, ok := h.subscribe(); ok {
		t.Error("subscribe succeeded while the hub is stopped")
	}
}

// The server's WriteTimeout (serve sets 30s) must not cut an event stream:
// the stream extends its write deadline before every write.
func TestEventStreamOutlivesWriteTimeout(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	srv := httptest.NewUnstartedServer(e.d.Routes())
	srv.Config.WriteTimeout = 200 * time.Millisecond
	srv.Start()
	t.Cleanup(srv.Close)
	b := e.browser(t, "en")
	b.mustLogin("dr.khalid") // on the ordinary server: argon2id under -race is slow
	b.base = srv.URL         // the same host, so the cookie goes along
	s := b.openStream("", "")
	time.Sleep(time.Second) // five write timeouts
	id := publish(t, e, store.CaseEvent{Kind: store.EventCaseCreated, CaseID: 1, Specialty: "general_practice"})
	if got := s.next(); got.id != id {
		t.Errorf("event after the write timeout = %+v, want %s", got, id)
	}
}

// TestEventStreamSessionChanged: a joint session the desk changed is
// announced to its two clinicians alone, as a "referral" event carrying
// the referral's id; every other reader gets nothing of it.
func TestEventStreamSessionChanged(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	aisha := e.clinician(t, "dr.aisha")
	hers := e.browser(t, "en")
	hers.mustLogin("dr.aisha")
	his := e.browser(t, "en")
	his.mustLogin("dr.khalid")
	coord := e.browser(t, "en")
	coord.mustLogin("coord.sara")
	streams := []*eventStream{hers.openStream("", ""), his.openStream("", ""), coord.openStream("", "")}

	id := publish(t, e, store.CaseEvent{Kind: store.EventSessionChanged, Referral: 42, For: []int64{aisha.ID, 999999}})
	// A case event after it, which the coordinator sees: the first thing
	// each stream says shows whether the session's event reached it.
	next := publish(t, e, store.CaseEvent{Kind: store.EventCaseCreated, CaseID: 7, FacilityID: aisha.Facilities[0], Specialty: "general_practice"})
	if got, want := streams[0].next(), (sseEvent{id, "referral", `{"kind":"referral.session","referral":42}`}); got != want {
		t.Errorf("the specialist's event = %+v, want %+v", got, want)
	}
	for i, who := range []string{"another clinician", "the coordinator"} {
		if got := streams[i+1].next(); got.id != next {
			t.Errorf("%s got %+v first, want only the case event %s", who, got, next)
		}
	}
}
