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
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

// caseWorld is a seeded database with a patient and helpers to open cases.
type caseWorld struct {
	pg       *store.Postgres
	rd       *store.Redis
	cases    *store.Cases
	consults *store.Consults
	patient  int64
	n        int
	seen     string // the last case event newEvents returned
}

func newCaseWorld(t *testing.T) *caseWorld {
	t.Helper()
	pg := storetest.NewPostgres(t)
	mustSeed(t, pg)
	p, err := pg.Patients().EnsurePatient(context.Background(), dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "77"}, "77")
	if err != nil {
		t.Fatal(err)
	}
	rd := storetest.NewRedis(t)
	return &caseWorld{pg: pg, rd: rd, cases: pg.Cases(rd), consults: pg.Consults(rd), patient: p.ID}
}

// open queues a case (or only records it when queue is false), at facility
// (0: the pool), queued minutesAgo.
func (w *caseWorld) open(t *testing.T, urgency, specialty string, facility int64, minutesAgo int, queue bool) int64 {
	t.Helper()
	ctx := context.Background()
	w.n++
	id, err := w.cases.OpenCase(ctx, dialogs.Case{
		PatientID: w.patient, Source: fmt.Sprintf("tg:77/%d", w.n), Lang: "ar", Complaint: "نص المريض",
		Urgency: urgency, Specialty: specialty, RedFlags: []string{}, Queue: queue,
		Facts: map[string]string{"pilgrim": "true"}, Answers: map[string]string{"duration": "lt1d"},
	})
	if err != nil {
		t.Fatal(err)
	}
	var fac any
	if facility != 0 {
		fac = facility
	}
	if _, err := w.pg.Pool().Exec(ctx, `UPDATE cases SET facility_id = $2,
		queued_at = CASE WHEN queued_at IS NULL THEN NULL ELSE now() - make_interval(mins => $3) END WHERE id = $1`,
		id, fac, minutesAgo); err != nil {
		t.Fatal(err)
	}
	return id
}

// newEvents returns the case events announced since its last call (since
// the start, the first time), oldest first.
func (w *caseWorld) newEvents(t *testing.T) []store.CaseEvent {
	t.Helper()
	if w.seen == "" {
		w.seen = "0-0"
	}
	events, complete, err := w.rd.CaseEventsAfter(context.Background(), w.seen, 100)
	if err != nil || !complete {
		t.Fatalf("case events after %s: %v (complete %v)", w.seen, err, complete)
	}
	if len(events) > 0 {
		w.seen = events[len(events)-1].ID
	}
	return events
}

func (w *caseWorld) scope(t *testing.T, username string) store.Scope {
	t.Helper()
	c, _, err := w.pg.Accounts().ClinicianLogin(context.Background(), username)
	if err != nil {
		t.Fatal(err)
	}
	return c.Scope()
}

func ids(cases []store.QueueCase) []int64 {
	out := make([]int64, len(cases))
	for i, c := range cases {
		out[i] = c.ID
	}
	return out
}

func TestWaitingOrderAndScope(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid := w.scope(t, "dr.khalid") // makkah_ajyad; general_practice, emergency_medicine
	omar := w.scope(t, "dr.omar")     // madinah_quba; pediatrics, general_practice
	sara := w.scope(t, "coord.sara")  // makkah_ajyad, every specialty
	aisha := w.scope(t, "dr.aisha")   // makkah_ajyad; internal_medicine, endocrinology, infectious_disease
	makkah, madinah := khalid.Facilities[0], omar.Facilities[0]

	routineOld := w.open(t, "routine", "general_practice", 0, 30, true)
	urgentNew := w.open(t, "urgent", "general_practice", makkah, 2, true)
	urgentOld := w.open(t, "urgent", "general_practice", 0, 10, true)
	emergencyDerm := w.open(t, "emergency", "dermatology", makkah, 1, true)
	derm := w.open(t, "urgent", "dermatology", makkah, 5, true)
	madinahGP := w.open(t, "urgent", "general_practice", madinah, 50, true)
	w.open(t, "self_care", "general_practice", 0, 0, false) // triaged only: not in the queue

	for _, tc := range []struct {
		name  string
		scope store.Scope
		want  []int64
	}{
		{"specialist: own facility and pool, own specialties, every emergency", aisha,
			[]int64{emergencyDerm}},
		{"general practitioner: every specialty of own facility and pool", khalid,
			[]int64{emergencyDerm, urgentOld, derm, urgentNew, routineOld}},
		{"coordinator: every specialty of the facility", sara,
			[]int64{emergencyDerm, urgentOld, derm, urgentNew, routineOld}},
		{"another facility's clinician", omar, []int64{madinahGP, urgentOld, routineOld}},
		{"no facilities (disabled)", store.Scope{}, []int64{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := w.cases.Waiting(ctx, tc.scope, 0, 100)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(got.Cases), tc.want) || got.Total != len(tc.want) || got.More {
				t.Errorf("Waiting = %v (total %d, more %v), want %v", ids(got.Cases), got.Total, got.More, tc.want)
			}
		})
	}
	list, _ := w.cases.Waiting(ctx, khalid, 0, 100)
	first := list.Cases[0]
	if first.SpecialtyNames["en"] != "Dermatology" || first.SpecialtyNames["ar"] != "الأمراض الجلدية" || first.Visitor != "pilgrim" ||
		first.Lang != "ar" || first.FacilityID != makkah || time.Since(first.Since) > time.Hour {
		t.Errorf("queue row = %+v", first)
	}
}

func TestViewCaseScopedAndAudited(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid := w.scope(t, "dr.khalid")
	omar := w.scope(t, "dr.omar")
	makkah := khalid.Facilities[0]
	earlier := w.open(t, "routine", "general_practice", makkah, 60, false)
	id := w.open(t, "urgent", "general_practice", makkah, 3, true)

	c, err := w.cases.ViewCase(ctx, id, khalid)
	if err != nil {
		t.Fatalf("ViewCase: %v", err)
	}
	if c.ID != id || c.Complaint != "نص المريض" || c.Status != "waiting" || c.Answers["duration"] != "lt1d" ||
		c.Facts["pilgrim"] != "true" || c.ClaimedBy != 0 || c.PatientID != w.patient {
		t.Errorf("ViewCase = %+v", c)
	}
	if len(c.PriorCases) != 1 || c.PriorCases[0].ID != earlier || !c.PriorListed {
		t.Errorf("prior cases = %+v, want the earlier one", c.PriorCases)
	}

	for _, tc := range []struct {
		name  string
		id    int64
		scope store.Scope
	}{
		{"another facility", id, omar},
		{"a guessed id", id + 1000, khalid},
		{"no scope", id, store.Scope{ClinicianID: khalid.ClinicianID}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := w.cases.ViewCase(ctx, tc.id, tc.scope); !errors.Is(err, dialogs.ErrNotFound) {
				t.Errorf("ViewCase = %v, want ErrNotFound", err)
			}
		})
	}
	var views int
	var detail string
	if err := w.pg.Pool().QueryRow(ctx, `SELECT count(*), max(detail::text) FROM audit_log WHERE action = 'case.view'`).Scan(&views, &detail); err != nil {
		t.Fatal(err)
	}
	if views != 1 || detail != `{"status": "waiting"}` {
		t.Errorf("case.view audit rows = %d (%s), want exactly the one allowed view, with no patient text", views, detail)
	}
}

func TestClaimCaseOneWinner(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	makkah := w.scope(t, "dr.khalid").Facilities[0]
	hash := mustHash(t, "a shared test password")
	const n = 12
	scopes := make([]store.Scope, n)
	for i := range n {
		c, err := w.pg.Accounts().AddClinician(ctx, store.NewClinician{
			Username: fmt.Sprintf("dr.t%02d", i), Facilities: []string{"makkah_ajyad"}, Role: store.RoleClinician,
			Names: locales.Names{"ar": "د. اختبار", "en": "Dr. Test"}, Specialties: []string{"general_practice"}, PasswordHash: hash,
		}, cli)
		if err != nil {
			t.Fatal(err)
		}
		scopes[i] = c.Scope()
	}
	id := w.open(t, "urgent", "general_practice", makkah, 1, true)

	errs := make([]error, n)
	w.newEvents(t) // the queued case's
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { errs[i] = w.cases.ClaimCase(ctx, id, scopes[i]) })
	}
	wg.Wait()
	winner := -1
	for i, err := range errs {
		switch {
		case err == nil && winner == -1:
			winner = i
		case err == nil:
			t.Errorf("claims %d and %d both won", winner, i)
		case !errors.Is(err, store.ErrAlreadyClaimed):
			t.Errorf("claim %d = %v, want ErrAlreadyClaimed", i, err)
		}
	}
	if winner < 0 {
		t.Fatal("no claim won")
	}
	// Only the winner's claim is announced.
	if events := w.newEvents(t); len(events) != 1 {
		t.Errorf("events after the claims = %+v; want the winner's alone", events)
	} else if e := events[0]; e.Kind != store.EventCaseClaimed || e.CaseID != id || e.ClinicianID != scopes[winner].ClinicianID || e.Urgency != "urgent" {
		t.Errorf("winner's event = %+v", e)
	}
	var claims int
	var by int64
	if err := w.pg.Pool().QueryRow(ctx, `SELECT (SELECT count(*) FROM audit_log WHERE action = 'case.claim'), claimed_by FROM cases WHERE id = $1`,
		id).Scan(&claims, &by); err != nil {
		t.Fatal(err)
	}
	if claims != 1 || by != scopes[winner].ClinicianID {
		t.Errorf("case.claim audit rows = %d, claimed_by = %d; want 1 and the winner", claims, by)
	}

	// After the claim a losing clinician no longer sees the case; the
	// winner and the coordinator do.
	loser := scopes[(winner+1)%n]
	if _, err := w.cases.ViewCase(ctx, id, loser); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("loser's view of a claimed case = %v, want ErrNotFound", err)
	}
	if c, err := w.cases.ViewCase(ctx, id, scopes[winner]); err != nil || c.Status != "claimed" || c.Claimer["en"] != "Dr. Test" {
		t.Errorf("winner's view = %+v, %v", c, err)
	}
	if _, err := w.cases.ViewCase(ctx, id, w.scope(t, "coord.sara")); err != nil {
		t.Errorf("coordinator's view of a claimed case = %v", err)
	}
}

func TestClaimCaseRefusals(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid := w.scope(t, "dr.khalid")
	madinah := w.scope(t, "dr.omar").Facilities[0]
	waiting := w.open(t, "urgent", "general_practice", 0, 1, true)
	triaged := w.open(t, "routine", "general_practice", 0, 0, false)
	elsewhere := w.open(t, "urgent", "general_practice", madinah, 1, true)
	for _, tc := range []struct {
		name  string
		id    int64
		scope store.Scope
		want  error
	}{
		{"a coordinator", waiting, w.scope(t, "coord.sara"), dialogs.ErrNotFound},
		{"another facility's case", elsewhere, khalid, dialogs.ErrNotFound},
		{"a case never queued", triaged, khalid, dialogs.ErrNotFound},
		{"no such case", waiting + 1000, khalid, dialogs.ErrNotFound},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := w.cases.ClaimCase(ctx, tc.id, tc.scope); !errors.Is(err, tc.want) {
				t.Errorf("ClaimCase = %v, want %v", err, tc.want)
			}
		})
	}
	if err := w.cases.ClaimCase(ctx, waiting, khalid); err != nil {
		t.Fatalf("ClaimCase: %v", err)
	}
	if err := w.cases.ClaimCase(ctx, waiting, khalid); !errors.Is(err, store.ErrAlreadyClaimed) {
		t.Errorf("claiming one's own case again = %v, want ErrAlreadyClaimed", err)
	}
}

func TestCasesAnnounceQueuedCases(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	rd := storetest.NewRedis(t)
	live := w.pg.Cases(rd)
	queued, err := live.OpenCase(ctx, dialogs.Case{PatientID: w.patient, Source: "x/1", Lang: "en", Complaint: "c",
		Urgency: "emergency", Specialty: "emergency_medicine", Queue: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := live.OpenCase(ctx, dialogs.Case{PatientID: w.patient, Source: "x/2", Lang: "en", Complaint: "c",
		Urgency: "routine", Specialty: "general_practice"}); err != nil {
		t.Fatal(err)
	}
	events, _, err := rd.CaseEventsAfter(ctx, "0-0", 10)
	if err != nil || len(events) != 1 {
		t.Fatalf("events = %+v, %v; want one for the queued case", events, err)
	}
	if e := events[0]; e.Kind != store.EventCaseCreated || e.CaseID != queued || e.Urgency != "emergency" || e.FacilityID != 0 {
		t.Errorf("event = %+v", e)
	}
}

func TestQueueStats(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid := w.scope(t, "dr.khalid")
	start := time.Now().Add(-time.Hour)
	for _, m := range []int{4, 10, 30} {
		id := w.open(t, "urgent", "general_practice", 0, m, true)
		if err := w.cases.ClaimCase(ctx, id, khalid); err != nil {
			t.Fatal(err)
		}
	}
	w.open(t, "routine", "general_practice", 0, 1, true)
	closed := w.open(t, "urgent", "general_practice", 0, 2, true)
	if err := w.cases.ClaimCase(ctx, closed, khalid); err != nil {
		t.Fatal(err)
	}
	if _, err := w.pg.Pool().Exec(ctx, `UPDATE cases SET status = 'closed', closed_at = now() WHERE id = $1`, closed); err != nil {
		t.Fatal(err)
	}
	st, err := w.cases.QueueStats(ctx, khalid, start)
	if err != nil {
		t.Fatal(err)
	}
	// Waits of 2, 4, 10 and 30 minutes (to within the test's run time).
	if st.Waiting != 1 || st.Claimed != 4 || st.ClosedByMe != 1 || st.MedianWait < 6*time.Minute || st.MedianWait > 8*time.Minute {
		t.Errorf("QueueStats = %+v, want 1 waiting, 4 claimed (median about 7m), 1 closed", st)
	}
	if st, err := w.cases.QueueStats(ctx, w.scope(t, "coord.sara"), start); err != nil || st.ClosedByMe != 0 || st.Claimed != 4 {
		t.Errorf("coordinator's QueueStats = %+v, %v", st, err)
	}
}

func TestClinicianDay(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid := w.scope(t, "dr.khalid")
	day := time.Date(2030, 3, 10, 0, 0, 0, 0, time.UTC)
	insert := func(start time.Time, status string) {
		t.Helper()
		_, err := w.pg.Pool().Exec(ctx, `
INSERT INTO appointments (patient_id, clinician_id, facility_id, specialty_code, during, status, room, booked_at,
                          cancelled_at, cancelled_by)
VALUES ($1, $2, $3, 'general_practice', tstzrange($4::timestamptz, $4::timestamptz + interval '15 minutes'), $5,
        translate(substr(md5($4::timestamptz::text), 1, 26), '0189', 'abcd'), now(),
        CASE WHEN $5 = 'cancelled' THEN now() END, CASE WHEN $5 = 'cancelled' THEN 'patient' END)`,
			w.patient, khalid.ClinicianID, khalid.Facilities[0], start, status)
		if err != nil {
			t.Fatal(err)
		}
	}
	insert(day.Add(10*time.Hour), "booked")
	insert(day.Add(9*time.Hour), "booked")
	insert(day.Add(11*time.Hour), "cancelled")
	insert(day.Add(30*time.Hour), "booked") // tomorrow
	got, err := storetest.NewAppointments(t, w.pg).ClinicianDay(ctx, khalid.ClinicianID, day, day.Add(24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !got[0].Start.Equal(day.Add(9*time.Hour)) || got[1].End.Sub(got[1].Start) != 15*time.Minute ||
		got[0].Specialty["en"] != "General Practice" {
		t.Errorf("ClinicianDay = %+v, want the two booked today, earliest first", got)
	}
}

// TestCaseReachesThePatientsFacility: a patient who came through a
// facility's link has their cases in that facility's queue, not the
// network-wide pool; another facility's clinician does not see them.
func TestCaseReachesThePatientsFacility(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	khalid, omar := w.scope(t, "dr.khalid"), w.scope(t, "dr.omar") // Makkah, Madinah; both general practice
	if err := w.pg.Patients().SetFacility(ctx, w.patient, "no_such_clinic"); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("SetFacility to no facility: %v, want ErrNotFound", err)
	}
	if err := w.pg.Patients().SetFacility(ctx, w.patient, "madinah_quba"); err != nil {
		t.Fatal(err)
	}
	id, err := w.cases.OpenCase(ctx, dialogs.Case{PatientID: w.patient, Source: "tg:77/routed", Lang: "en", Complaint: "words",
		Urgency: "urgent", Specialty: "general_practice", RedFlags: []string{}, Queue: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		who   string
		scope store.Scope
		sees  bool
	}{{"Madinah's clinician", omar, true}, {"Makkah's clinician", khalid, false}} {
		list, err := w.cases.Waiting(ctx, tc.scope, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(ids(list.Cases), id); got != tc.sees {
			t.Errorf("%s sees the Madinah patient's case: %v, want %v", tc.who, got, tc.sees)
		}
		if tc.sees && list.Cases[0].FacilityID != omar.Facilities[0] {
			t.Errorf("case facility %d, want Madinah's %d", list.Cases[0].FacilityID, omar.Facilities[0])
		}
	}
}
