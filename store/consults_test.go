package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/video"
)

// claimed opens a waiting case at the clinician's facility and claims it
// as them.
func (w *caseWorld) claimed(t *testing.T, scope store.Scope) int64 {
	t.Helper()
	id := w.open(t, "urgent", "general_practice", scope.Facilities[0], 1, true)
	if err := w.consults.ClaimConsult(context.Background(), id, scope, video.NewRoom()); err != nil {
		t.Fatalf("ClaimConsult: %v", err)
	}
	return id
}

func note(w *caseWorld, id int64, source, text string) dialogs.PatientNote {
	return dialogs.PatientNote{CaseID: id, PatientID: w.patient, Source: source, Kind: dialogs.NoteText, Text: text}
}

// TestThreadOrder: the patient's notes and the clinician's messages come
// back in the order they were written, each once however often it is
// written, with the claim's notice first.
func TestThreadOrder(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid := w.scope(t, "dr.khalid")
	id := w.open(t, "urgent", "general_practice", khalid.Facilities[0], 1, true)

	if _, err := w.consults.AddNote(ctx, note(w, id, "tg:77/10", "غرفة ٥١٢")); err != nil {
		t.Fatal(err)
	}
	loc := dialogs.PatientNote{CaseID: id, PatientID: w.patient, Source: "tg:77/11", Kind: dialogs.NoteLocation,
		Location: &dialogs.Location{Latitude: 21.42, Longitude: 39.82}}
	w.newEvents(t) // the queued case's, the first note's
	if _, err := w.consults.AddNote(ctx, loc); err != nil {
		t.Fatalf("location note: %v", err)
	}
	if e := w.newEvents(t); len(e) != 1 || e[0].Kind != store.EventCaseMessage || e[0].CaseID != id {
		t.Fatalf("location note: events %+v", e)
	}
	if _, err := w.consults.AddNote(ctx, loc); err != nil {
		t.Errorf("the same note again: %v", err)
	}
	if e := w.newEvents(t); len(e) != 0 {
		t.Errorf("the same note again: events %+v; want no new note", e)
	}
	if err := w.consults.ClaimConsult(ctx, id, khalid, video.NewRoom()); err != nil {
		t.Fatal(err)
	}
	for i, text := range []string{"Hello, I am Dr Khalid", "Can you show me the rash?"} {
		if err := w.consults.SendMessage(ctx, id, khalid, text, fmt.Sprint("form", i)); err != nil {
			t.Fatal(err)
		}
		if _, err := w.consults.AddNote(ctx, note(w, id, fmt.Sprint("tg:77/", 20+i), fmt.Sprint("reply ", i))); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.consults.SendMessage(ctx, id, khalid, "Hello, I am Dr Khalid", "form0"); err != nil {
		t.Errorf("the same form twice: %v", err)
	}

	v, err := w.consults.CaseConsult(ctx, id, khalid, true)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range v.Messages {
		got = append(got, m.Author+":"+m.Kind+":"+m.Body)
	}
	want := []string{"patient:text:غرفة ٥١٢", "patient:location:", "system:claimed:",
		"clinician:text:Hello, I am Dr Khalid", "patient:text:reply 0",
		"clinician:text:Can you show me the rash?", "patient:text:reply 1"}
	if !slices.Equal(got, want) {
		t.Errorf("thread = %q\nwant     %q", got, want)
	}
	if m := v.Messages[1]; *m.Latitude != 21.42 || *m.Longitude != 39.82 {
		t.Errorf("location note %+v", m)
	}
	if m := v.Messages[3]; !m.Outbound || m.Clinician["en"] != "Dr. Khalid Al-Otaibi" || m.DeliveredAt != nil {
		t.Errorf("clinician's message %+v, want outbound, named, not yet delivered", m)
	}
	if !video.ValidRoom(v.Room) || v.Status != dialogs.CaseClaimed || v.ClaimedBy != khalid.ClinicianID || v.Channel != dialogs.ChannelTelegram {
		t.Errorf("consult %+v, want a claimed case with a video room", v)
	}
	if n := auditCount(t, w.pg, "case.thread", id); n != 1 {
		t.Errorf("case.thread audit rows = %d, want 1", n)
	}
	if n := auditCount(t, w.pg, "case.message", id); n != 2 {
		t.Errorf("case.message audit rows = %d, want 2 (one per message)", n)
	}
	if _, err := w.consults.CaseConsult(ctx, id, w.scope(t, "dr.omar"), true); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("another facility's clinician reads the thread: %v, want ErrNotFound", err)
	}
}

func auditCount(t *testing.T, pg *store.Postgres, action string, id int64) int {
	t.Helper()
	var n int
	err := pg.Pool().QueryRow(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action = $1 AND subject_id = $2`, action, fmt.Sprint(id)).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestClaimConsultOneWinner: of clinicians claiming at once, one wins,
// and the case gets one room and one notice.
func TestClaimConsultOneWinner(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid, aisha := w.scope(t, "dr.khalid"), w.scope(t, "dr.aisha")
	id := w.open(t, "emergency", "emergency_medicine", khalid.Facilities[0], 1, true)
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		scope := khalid
		if i%2 == 1 {
			scope = aisha
		}
		wg.Go(func() { errs[i] = w.consults.ClaimConsult(ctx, id, scope, video.NewRoom()) })
	}
	wg.Wait()
	won := 0
	for _, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, store.ErrAlreadyClaimed):
			t.Errorf("a losing claim: %v, want ErrAlreadyClaimed", err)
		}
	}
	out, err := w.consults.Undelivered(ctx, id, 10)
	if won != 1 || err != nil || len(out) != 1 || out[0].Kind != "claimed" || !video.ValidRoom(out[0].Room) {
		t.Errorf("%d winners; notices %+v, %v; want one winner, one notice with a room", won, out, err)
	}
}

func TestLeaveQueue(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid := w.scope(t, "dr.khalid")
	id := w.open(t, "urgent", "general_practice", 0, 1, true)
	w.newEvents(t) // the queued case's
	st, err := w.consults.LeaveQueue(ctx, w.patient, id)
	if e := w.newEvents(t); err != nil || st.Status != dialogs.CaseLeft || len(e) != 1 || e[0].Kind != store.EventCaseLeft {
		t.Fatalf("LeaveQueue = %+v, %+v, %v", st, e, err)
	}
	if st, err := w.consults.LeaveQueue(ctx, w.patient, id); err != nil || st.Status != dialogs.CaseLeft {
		t.Errorf("leaving twice = %+v, %v; want no error", st, err)
	}
	if e := w.newEvents(t); len(e) != 0 {
		t.Errorf("leaving twice: events %+v; want no second event", e)
	}
	if _, err := w.consults.WaitFigures(ctx, id); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("a case that left still has a place: %v", err)
	}
	if _, err := w.consults.AddNote(ctx, note(w, id, "tg:77/5", "still there?")); !errors.Is(err, dialogs.ErrCaseChanged) {
		t.Errorf("note on a case that left: %v, want ErrCaseChanged", err)
	}
	if err := w.consults.ClaimConsult(ctx, id, khalid, video.NewRoom()); !errors.Is(err, store.ErrAlreadyClaimed) {
		t.Errorf("claim of a case that left: %v, want ErrAlreadyClaimed", err)
	}

	taken := w.claimed(t, khalid)
	st, err = w.consults.LeaveQueue(ctx, w.patient, taken)
	if !errors.Is(err, dialogs.ErrCaseChanged) || st.Status != dialogs.CaseClaimed || st.Clinician.Names["en"] != "Dr. Khalid Al-Otaibi" {
		t.Errorf("leaving a claimed case = %+v, %v; want ErrCaseChanged naming the clinician", st, err)
	}
	if _, err := w.consults.LeaveQueue(ctx, w.patient+1000, taken); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("another patient's case: %v, want ErrNotFound", err)
	}
}

// TestCloseAndRate: only the clinician in consult closes, once, with
// the notice queued for the patient and an audit record without notes;
// then only the patient rates, once closed, within 1-5.
func TestCloseAndRate(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid, aisha := w.scope(t, "dr.khalid"), w.scope(t, "dr.aisha")
	// An emergency, which Aisha (another specialty) sees too.
	id := w.open(t, "emergency", "emergency_medicine", khalid.Facilities[0], 1, true)
	if err := w.consults.ClaimConsult(ctx, id, khalid, video.NewRoom()); err != nil {
		t.Fatal(err)
	}
	if err := w.consults.Rate(ctx, w.patient, id, 5); !errors.Is(err, dialogs.ErrCaseChanged) {
		t.Errorf("rating before the closing: %v, want ErrCaseChanged", err)
	}
	r := store.CloseRequest{Disposition: dialogs.DispositionReferred, Notes: "Refer to dermatology; private note"}
	if err := w.consults.CloseConsult(ctx, id, aisha, r); !errors.Is(err, dialogs.ErrCaseChanged) {
		t.Errorf("close by a clinician who did not claim it: %v, want ErrCaseChanged", err)
	}
	if err := w.consults.CloseConsult(ctx, id, w.scope(t, "dr.omar"), r); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("close from another facility: %v, want ErrNotFound", err)
	}
	if err := w.consults.CloseConsult(ctx, id, khalid, store.CloseRequest{Disposition: "cured"}); err == nil {
		t.Error("an unknown disposition was accepted")
	}
	w.newEvents(t) // the queue's and the claim's
	err := w.consults.CloseConsult(ctx, id, khalid, r)
	if e := w.newEvents(t); err != nil || len(e) != 1 || e[0].Kind != store.EventCaseClosed || e[0].CaseID != id {
		t.Fatalf("CloseConsult = %+v, %v", e, err)
	}
	if err := w.consults.CloseConsult(ctx, id, khalid, r); !errors.Is(err, dialogs.ErrCaseChanged) {
		t.Errorf("closing twice: %v, want ErrCaseChanged", err)
	}
	if err := w.consults.SendMessage(ctx, id, khalid, "one more thing", "late"); !errors.Is(err, dialogs.ErrCaseChanged) {
		t.Errorf("message after the closing: %v, want ErrCaseChanged", err)
	}
	out, _ := w.consults.Undelivered(ctx, id, 10)
	if len(out) != 2 || out[1].Kind != "closed" || out[1].Disposition != dialogs.DispositionReferred {
		t.Errorf("to deliver after the closing: %+v, want the claim and the closing", out)
	}
	var leaked int
	_ = w.pg.Pool().QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE detail::text LIKE '%private%'`).Scan(&leaked)
	if n := auditCount(t, w.pg, "case.close", id); n != 1 || leaked != 0 {
		t.Errorf("case.close audit rows = %d (notes leaked into %d); want 1 without notes", n, leaked)
	}

	for _, tc := range []struct {
		name    string
		patient int64
		stars   int
		wantErr error
	}{
		{"another patient", w.patient + 1000, 4, dialogs.ErrNotFound},
		{"four stars", w.patient, 4, nil},
		{"changed mind: five", w.patient, 5, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := w.consults.Rate(ctx, tc.patient, id, tc.stars); !errors.Is(err, tc.wantErr) {
				t.Errorf("Rate = %v, want %v", err, tc.wantErr)
			}
		})
	}
	if err := w.consults.Rate(ctx, w.patient, id, 6); err == nil {
		t.Error("six stars accepted")
	}
	v, err := w.consults.CaseConsult(ctx, id, khalid, false)
	if err != nil || v.Rating != 5 || v.Disposition != dialogs.DispositionReferred || v.Notes != r.Notes || v.Status != dialogs.CaseClosed {
		t.Errorf("closed consult = %+v, %v", v, err)
	}
}

// TestDeliveryOutbox: messages are handed out in order until delivered;
// a final failure gives one up and lets the next go.
func TestDeliveryOutbox(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid := w.scope(t, "dr.khalid")
	id := w.claimed(t, khalid)
	for i := range 3 {
		if err := w.consults.SendMessage(ctx, id, khalid, fmt.Sprint("message ", i), fmt.Sprint("t", i)); err != nil {
			t.Fatal(err)
		}
	}
	out, err := w.consults.Undelivered(ctx, id, 10)
	if err != nil || len(out) != 4 || out[0].Kind != "claimed" || out[1].Body != "message 0" ||
		out[0].Conversation != (dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "77"}) ||
		out[1].Clinician.Names["ar"] != "د. خالد العتيبي" {
		t.Fatalf("Undelivered = %+v, %v", out, err)
	}
	if err := w.consults.Delivered(ctx, out[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := w.consults.DeliveryFailed(ctx, out[1].ID, false); err != nil {
		t.Fatal(err)
	}
	if again, _ := w.consults.Undelivered(ctx, id, 10); len(again) != 3 || again[0].ID != out[1].ID || again[0].Attempts != 1 {
		t.Errorf("after one delivery and one failure: %+v", again)
	}
	if err := w.consults.DeliveryFailed(ctx, out[1].ID, true); err != nil {
		t.Fatal(err)
	}
	if again, _ := w.consults.Undelivered(ctx, id, 10); len(again) != 2 || again[0].Body != "message 1" {
		t.Errorf("after giving one up: %+v", again)
	}
	cases, err := w.consults.CasesToDeliver(ctx, 0, 10)
	if err != nil || !slices.Equal(cases, []int64{id}) {
		t.Errorf("CasesToDeliver = %v, %v", cases, err)
	}
	if cases, _ := w.consults.CasesToDeliver(ctx, time.Hour, 10); len(cases) != 0 {
		t.Errorf("CasesToDeliver skips what the request path is delivering: got %v", cases)
	}
}

// TestWaitFigures: the place, the clinicians on duty who could take the
// case and are busy, and recent consult lengths.
func TestWaitFigures(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid, omar := w.scope(t, "dr.khalid"), w.scope(t, "dr.omar")
	// The demo's clinicians start on duty; these start off.
	if _, err := w.pg.Pool().Exec(ctx, `UPDATE clinicians SET on_duty = false WHERE id = ANY($1)`, []int64{khalid.ClinicianID, omar.ClinicianID}); err != nil {
		t.Fatal(err)
	}
	makkah := khalid.Facilities[0]
	first := w.open(t, "urgent", "general_practice", makkah, 20, true)
	second := w.open(t, "urgent", "general_practice", makkah, 10, true)

	f, err := w.consults.WaitFigures(ctx, second)
	if err != nil || f != (dialogs.WaitFigures{Position: 2}) {
		t.Fatalf("nobody on duty: %+v, %v", f, err)
	}
	for _, c := range []int64{khalid.ClinicianID, omar.ClinicianID} {
		if err := w.consults.ClinicianSeen(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	// An open dashboard alone is not duty: the switch is off.
	if f, err := w.consults.WaitFigures(ctx, second); err != nil || f.Online != 0 {
		t.Fatalf("present but off duty: %+v, %v; want nobody online", f, err)
	}
	for _, c := range []int64{khalid.ClinicianID, omar.ClinicianID} {
		if err := w.pg.Accounts().SetOnDuty(ctx, c, true, store.AuditActor{Kind: store.ActorClinician, ID: fmt.Sprint(c)}); err != nil {
			t.Fatal(err)
		}
	}
	// Three past consults of 4, 6 and 20 minutes, and Khalid in one now.
	for i, mins := range []int{4, 6, 20} {
		id := w.open(t, "urgent", "general_practice", 0, 30+i, true)
		if _, err := w.pg.Pool().Exec(ctx, `UPDATE cases SET status = 'closed', claimed_by = $2,
			claimed_at = now() - make_interval(mins => $3), closed_at = now() WHERE id = $1`, id, khalid.ClinicianID, mins); err != nil {
			t.Fatal(err)
		}
	}
	w.claimed(t, khalid)
	f, err = w.consults.WaitFigures(ctx, second)
	// Omar works in Madinah: only Khalid can take a Makkah case.
	if want := (dialogs.WaitFigures{Position: 2, Online: 1, Busy: 1, Typical: 6 * time.Minute}); err != nil || f != want {
		t.Errorf("WaitFigures = %+v, %v; want %+v", f, err, want)
	}
	pool := w.open(t, "routine", "general_practice", 0, 0, true)
	// Every clinician can take a pool case; only pool cases are ahead of it
	// (as TestQueuePosition orders them).
	if f, err := w.consults.WaitFigures(ctx, pool); err != nil || f.Online != 2 || f.Position != 1 {
		t.Errorf("a pool case: %+v, %v; want both clinicians, first place", f, err)
	}

	ws, err := w.consults.WaitingCases(ctx, 100)
	if err != nil || len(ws) != 3 || ws[0].CaseID != first || ws[0].Told != nil {
		t.Fatalf("WaitingCases = %+v, %v", ws, err)
	}
	// One case's figures (read by its key) are those of the look at every
	// waiting case (TestQueuePosition checks the place's order).
	for _, wc := range ws {
		f, err := w.consults.WaitFigures(ctx, wc.CaseID)
		if err != nil || f != wc.Figures {
			t.Errorf("WaitFigures(%d) = %+v, %v; WaitingCases has %+v", wc.CaseID, f, err, wc.Figures)
		}
	}
	// The figures read are recorded as told by the same statement, in the
	// JSON the look at every case reads back (6 minutes' typical included).
	if ws, err = w.consults.WaitingCases(ctx, 100); err != nil || len(ws) != 3 {
		t.Fatalf("WaitingCases = %+v, %v", ws, err)
	}
	for _, wc := range ws {
		if wc.Told == nil || *wc.Told != wc.Figures || wc.ToldAt == nil {
			t.Errorf("case %d: told %+v at %v; want its figures %+v recorded", wc.CaseID, wc.Told, wc.ToldAt, wc.Figures)
		}
	}
	if _, err := w.consults.WaitFigures(ctx, 1<<40); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("WaitFigures of no case: %v; want ErrNotFound", err)
	}
	// Two processes see the same change; one tells the patient.
	var wins int
	for range 2 {
		ok, err := w.consults.ClaimWaitUpdate(ctx, ws[0], ws[0].Figures)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			wins++
		}
	}
	ws2, _ := w.consults.WaitingCases(ctx, 100)
	if wins != 1 || ws2[0].Told == nil || *ws2[0].Told != ws[0].Figures || ws2[0].ToldAt == nil {
		t.Errorf("%d updates claimed; told %+v", wins, ws2[0].Told)
	}
}

func TestWebPushes(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rd := storetest.NewRedis(t)
	wake, err := rd.WebPushWakeups(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if last, err := rd.LastWebPushID(ctx, "CONV"); err != nil || last != "0-0" {
		t.Fatalf("LastWebPushID of nothing = %q, %v", last, err)
	}
	var ids []string
	for i := range 3 {
		id, err := rd.PushWeb(ctx, "CONV", []byte(fmt.Sprintf(`{"n":%d}`, i)))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	select {
	case conv := <-wake:
		if conv != "CONV" {
			t.Errorf("woken for %q", conv)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no wake-up")
	}
	got, err := rd.WebPushesAfter(ctx, "CONV", ids[0], 10)
	if err != nil || len(got) != 2 || got[0].ID != ids[1] || string(got[1].Payload) != `{"n":2}` {
		t.Errorf("WebPushesAfter = %+v, %v", got, err)
	}
	if other, _ := rd.WebPushesAfter(ctx, "OTHER", "0-0", 10); len(other) != 0 {
		t.Errorf("another conversation sees %d pushes", len(other))
	}
	if ttl := rd.Client().TTL(ctx, rd.Key("chat:push:CONV")).Val(); ttl <= 0 || ttl > 24*time.Hour {
		t.Errorf("push stream TTL = %v", ttl)
	}
	// The patient erases their data: their pushes go with it.
	if err := rd.EraseConversation(ctx, dialogs.ConversationKey{Channel: dialogs.ChannelWeb, ID: "CONV"}); err != nil {
		t.Fatal(err)
	}
	if left, err := rd.WebPushesAfter(ctx, "CONV", "0-0", 10); err != nil || len(left) != 0 {
		t.Errorf("after erasure %d pushes left, %v", len(left), err)
	}
}
