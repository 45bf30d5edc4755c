package store_test

import (
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
)

// referralClinic is a clinic network for referrals: at the clinic, a
// general practitioner (the referring clinician, clinician 0), a
// dermatologist (clinician 1, the specialist) and a general practitioner
// without dermatology (clinician 2); at a second facility, a
// dermatologist (far). One patient has a waiting case at the clinic.
type referralClinic struct {
	*clinictest.Clinic
	appts    *store.Appointments
	refs     *store.Referrals
	other    int64 // the second facility
	far      int64 // its dermatologist
	patient  int64
	caseID   int64
	referrer store.Scope
}

func newReferralClinic(t *testing.T) *referralClinic {
	t.Helper()
	c := clinictest.New(t, clinictest.Options{Clinicians: 3})
	ctx := t.Context()
	pool := c.PG.Pool()
	rc := &referralClinic{Clinic: c, appts: c.Appointments(t, nil, nil)}
	rc.refs = c.PG.Referrals(rc.appts)
	exec := func(sql string, args ...any) {
		t.Helper()
		if _, err := pool.Exec(ctx, sql, args...); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	exec(`INSERT INTO specialties (code, names) VALUES ('dermatology', '{"ar": "الجلدية", "en": "Skin"}')`)
	exec(`INSERT INTO clinician_specialties VALUES ($1, 'dermatology')`, c.Clinicians[1])
	err := pool.QueryRow(ctx, `
INSERT INTO facilities (code, names, city, time_zone) VALUES ('far_clinic', '{"ar": "البعيدة", "en": "Far Clinic"}', 'jeddah', 'Asia/Riyadh')
RETURNING id`).Scan(&rc.other)
	if err != nil {
		t.Fatal(err)
	}
	err = pool.QueryRow(ctx, `
INSERT INTO clinicians (facility_id, username, display_names, role, password_hash)
VALUES ($1, 'dr.far', '{"ar": "د. بعيد", "en": "Dr Far"}', 'clinician', '$argon2id$test') RETURNING id`, rc.other).Scan(&rc.far)
	if err != nil {
		t.Fatal(err)
	}
	exec(`INSERT INTO clinician_specialties VALUES ($1, 'dermatology')`, rc.far)
	rc.patient = c.Patients(t, 1)[0]
	err = pool.QueryRow(ctx, `
INSERT INTO cases (patient_id, source, lang, complaint, urgency, specialty, facility_id, status, queued_at)
VALUES ($1, 'test/1', 'en', 'a rash that spreads', 'urgent', 'general_practice', $2, 'waiting', now()) RETURNING id`,
		rc.patient, c.Facility).Scan(&rc.caseID)
	if err != nil {
		t.Fatal(err)
	}
	rc.referrer = store.Scope{ClinicianID: c.Clinicians[0], Facilities: []int64{c.Facility}, AllSpecialties: true, CanClaim: true}
	return rc
}

// scope is clinician id's referral scope at facility f.
func (rc *referralClinic) scope(t *testing.T, id, f int64) store.ReferralScope {
	t.Helper()
	var specialties []string
	err := rc.PG.Pool().QueryRow(t.Context(), `SELECT array_agg(specialty_code ORDER BY specialty_code) FROM clinician_specialties WHERE clinician_id = $1`, id).Scan(&specialties)
	if err != nil {
		t.Fatal(err)
	}
	return store.ReferralScope{ClinicianID: id, Facilities: []int64{f}, Specialties: specialties, Receives: true}
}

func actor(id int64) store.AuditActor {
	return store.AuditActor{Kind: store.ActorClinician, ID: fmt.Sprint(id)}
}

// refer makes a referral of the case to dermatology at facility (0: any).
func (rc *referralClinic) refer(t *testing.T, facility int64) int64 {
	t.Helper()
	id, err := rc.refs.Create(t.Context(), store.NewReferral{
		Scope: rc.referrer, Actor: actor(rc.Clinicians[0]), Case: rc.caseID,
		Specialty: "dermatology", Facility: facility, Urgency: "urgent", Question: "Is this eczema or psoriasis?",
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func (rc *referralClinic) audited(t *testing.T, action string, id int64) int {
	t.Helper()
	var n int
	err := rc.PG.Pool().QueryRow(t.Context(), `SELECT count(*) FROM audit_log WHERE action = $1 AND subject_id = $2`,
		action, fmt.Sprint(id)).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func queued(l store.ReferralLists, id int64) bool {
	for _, r := range l.Queue {
		if r.ID == id {
			return true
		}
	}
	return false
}

// TestReferralScope: a referral to a facility reaches the dermatologists
// of that facility only; one to any facility, every dermatologist; a
// clinician of another specialty or facility is told "not found", and every
// reading is audited. The case summary travels with it, without the
// patient's phone. A case outside the referring clinician's scope cannot be
// referred, and a referral needs a question.
func TestReferralScope(t *testing.T) {
	rc := newReferralClinic(t)
	ctx := t.Context()
	here := rc.refer(t, rc.Facility)
	anywhere := rc.refer(t, 0)
	derm, gp, far := rc.scope(t, rc.Clinicians[1], rc.Facility), rc.scope(t, rc.Clinicians[2], rc.Facility), rc.scope(t, rc.far, rc.other)

	lists, err := rc.refs.Lists(ctx, derm)
	if err != nil || !queued(lists, here) || !queued(lists, anywhere) {
		t.Fatalf("the clinic's dermatologist's queue: %+v, %v; want both referrals", lists.Queue, err)
	}
	if lists.Queue[0].ID != here {
		t.Errorf("queue order: %d first, want the oldest of one urgency (%d)", lists.Queue[0].ID, here)
	}
	if lists, _ = rc.refs.Lists(ctx, far); queued(lists, here) || !queued(lists, anywhere) {
		t.Errorf("the far dermatologist's queue: %+v; want only the referral to any facility", lists.Queue)
	}
	if lists, _ = rc.refs.Lists(ctx, gp); len(lists.Queue) != 0 {
		t.Errorf("a general practitioner's queue: %+v; want none", lists.Queue)
	}
	for name, s := range map[string]store.ReferralScope{"another specialty": gp, "another facility": far} {
		if _, err := rc.refs.View(ctx, s, actor(s.ClinicianID), here); !errors.Is(err, dialogs.ErrNotFound) {
			t.Errorf("%s views the referral: %v, want not found", name, err)
		}
	}
	d, err := rc.refs.View(ctx, derm, actor(derm.ClinicianID), here)
	if err != nil || d.Case == nil || d.Case.Complaint != "a rash that spreads" || d.Question != "Is this eczema or psoriasis?" {
		t.Fatalf("the dermatologist views it: %+v, %v", d, err)
	}
	if d.Case.Phone != "" || d.Urgency != "urgent" || d.Status != store.ReferralOpen || d.Referrer.ID != rc.Clinicians[0] {
		t.Errorf("the referral as read: %+v", d.Referral)
	}
	if n := rc.audited(t, "referral.view", here); n != 1 {
		t.Errorf("%d audit rows of the reading, want 1", n)
	}
	if n := rc.audited(t, "referral.create", here); n != 1 {
		t.Errorf("%d audit rows of the creation, want 1", n)
	}

	outside := rc.referrer
	outside.Facilities = []int64{rc.other}
	_, err = rc.refs.Create(ctx, store.NewReferral{Scope: outside, Actor: actor(rc.Clinicians[0]), Case: rc.caseID,
		Specialty: "dermatology", Urgency: "routine", Question: "?"})
	if !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("referring a case outside one's scope: %v, want not found", err)
	}
	// From an appointment: the referring clinician's own only.
	start := rc.NextSlotStart(time.Now().Add(30 * time.Hour))
	own, err := rc.appts.Book(ctx, bookReq(rc.patient, rc.SlotAt(t, 0, start)))
	if err != nil {
		t.Fatal(err)
	}
	others, err := rc.appts.Book(ctx, bookReq(rc.patient, rc.SlotAt(t, 2, start.Add(time.Hour))))
	if err != nil {
		t.Fatal(err)
	}
	fromAppt := store.NewReferral{Scope: rc.referrer, Actor: actor(rc.Clinicians[0]), Appointment: own.ID,
		Specialty: "dermatology", Urgency: "routine", Question: "A second opinion, please."}
	if _, err := rc.refs.Create(ctx, fromAppt); err != nil {
		t.Errorf("referring from one's own appointment: %v", err)
	}
	fromAppt.Appointment = others.ID
	if _, err := rc.refs.Create(ctx, fromAppt); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("referring from another clinician's appointment: %v, want not found", err)
	}
	for name, r := range map[string]store.NewReferral{
		"no question":       {Specialty: "dermatology", Urgency: "routine", Question: "  "},
		"unknown specialty": {Specialty: "astrology", Urgency: "routine", Question: "?"},
		"unknown urgency":   {Specialty: "dermatology", Urgency: "whenever", Question: "?"},
	} {
		r.Scope, r.Actor, r.Case = rc.referrer, actor(rc.Clinicians[0]), rc.caseID
		if _, err := rc.refs.Create(ctx, r); !errors.Is(err, store.ErrInvalidReferral) {
			t.Errorf("%s: %v, want ErrInvalidReferral", name, err)
		}
	}
}

// TestReferralAnswer: one specialist accepts (a second is refused), answers
// in writing; the referring clinician's dashboard counts the change until
// they open it; a referral answered cannot be withdrawn, an open one can.
func TestReferralAnswer(t *testing.T) {
	rc := newReferralClinic(t)
	ctx := t.Context()
	id := rc.refer(t, 0)
	derm, far := rc.scope(t, rc.Clinicians[1], rc.Facility), rc.scope(t, rc.far, rc.other)
	me := store.ReferralScope{ClinicianID: rc.Clinicians[0], Facilities: []int64{rc.Facility}, Specialties: []string{"general_practice"}, Receives: true}

	if n, err := rc.refs.Notices(ctx, far); err != nil || n.Waiting != 1 {
		t.Errorf("the far dermatologist's notices: %+v, %v; want 1 waiting", n, err)
	}
	if err := rc.refs.Accept(ctx, derm, actor(derm.ClinicianID), id); err != nil {
		t.Fatal(err)
	}
	if err := rc.refs.Accept(ctx, far, actor(far.ClinicianID), id); !errors.Is(err, store.ErrReferralChanged) {
		t.Errorf("a second acceptance: %v, want ErrReferralChanged", err)
	}
	if err := rc.refs.Answer(ctx, far, actor(far.ClinicianID), id, "no"); !errors.Is(err, store.ErrReferralChanged) {
		t.Errorf("another's answer to an accepted referral: %v, want ErrReferralChanged", err)
	}
	if lists, _ := rc.refs.Lists(ctx, far); queued(lists, id) {
		t.Error("an accepted referral stays in another dermatologist's queue")
	}
	if err := rc.refs.Answer(ctx, derm, actor(derm.ClinicianID), id, " "); !errors.Is(err, store.ErrInvalidAnswer) {
		t.Errorf("an empty answer: %v", err)
	}
	if err := rc.refs.Answer(ctx, derm, actor(derm.ClinicianID), id, "Psoriasis: start a topical steroid."); err != nil {
		t.Fatal(err)
	}
	if n, _ := rc.refs.Notices(ctx, me); n.Changed != 1 {
		t.Errorf("the referring clinician's notices after the answer: %+v, want 1 changed", n)
	}
	d, err := rc.refs.View(ctx, me, actor(me.ClinicianID), id)
	if err != nil || d.Answer != "Psoriasis: start a topical steroid." || d.Status != store.ReferralAnswered ||
		d.Specialist.ID != derm.ClinicianID || d.RespondedAt == nil {
		t.Fatalf("the answer as the referring clinician reads it: %+v, %v", d.Referral, err)
	}
	if n, _ := rc.refs.Notices(ctx, me); n.Changed != 0 {
		t.Errorf("notices once read: %+v, want none changed", n)
	}
	if err := rc.refs.Withdraw(ctx, me, actor(me.ClinicianID), id); !errors.Is(err, store.ErrReferralChanged) {
		t.Errorf("withdrawing an answered referral: %v", err)
	}
	open := rc.refer(t, rc.Facility)
	if err := rc.refs.Withdraw(ctx, derm, actor(derm.ClinicianID), open); !errors.Is(err, store.ErrReferralChanged) {
		t.Errorf("a specialist withdraws another's referral: %v, want ErrReferralChanged", err)
	}
	if err := rc.refs.Withdraw(ctx, me, actor(me.ClinicianID), open); err != nil {
		t.Errorf("withdrawing an open referral: %v", err)
	}
	for _, action := range []string{"referral.accept", "referral.answer"} {
		if n := rc.audited(t, action, id); n != 1 {
			t.Errorf("%d audit rows of %s, want 1", n, action)
		}
	}
}

// TestReferralJointSession: the joint session's times leave out those the
// referring clinician is busy; booking one of those anyway is refused by
// the exclusion constraint; a free one is booked with the referring
// clinician as guest, its reminders planned and the referral marked
// booked; afterwards neither clinician can be booked at that time, not
// even the guest, whose free slots no longer offer it.
func TestReferralJointSession(t *testing.T) {
	rc := newReferralClinic(t)
	ctx := t.Context()
	id := rc.refer(t, rc.Facility)
	derm := rc.scope(t, rc.Clinicians[1], rc.Facility)
	other := rc.Patients(t, 2)[1]
	busyAt := rc.NextSlotStart(time.Now().Add(26 * time.Hour))
	if _, err := rc.appts.Book(ctx, bookReq(other, rc.SlotAt(t, 0, busyAt))); err != nil {
		t.Fatal(err)
	}
	slots, err := rc.refs.SessionSlots(ctx, derm, id, busyAt.Add(-time.Hour), busyAt.Add(time.Hour))
	if err != nil || len(slots) == 0 {
		t.Fatalf("session slots: %d, %v", len(slots), err)
	}
	for _, s := range slots {
		if s.Start.Equal(busyAt) || int64(s.Clinician) != derm.ClinicianID {
			t.Errorf("offered %v with clinician %d; the referring clinician is busy at %v", s.Start, s.Clinician, busyAt)
		}
	}
	if _, err := rc.refs.BookSession(ctx, derm, actor(derm.ClinicianID), id, rc.SlotAt(t, 1, busyAt)); !errors.Is(err, dialogs.ErrSlotTaken) {
		t.Errorf("a session over the referring clinician's appointment: %v, want ErrSlotTaken", err)
	}
	at := busyAt.Add(time.Hour)
	js, err := rc.refs.BookSession(ctx, derm, actor(derm.ClinicianID), id, rc.SlotAt(t, 1, at))
	if err != nil {
		t.Fatal(err)
	}
	if js.Appointment.PatientID != rc.patient || js.Appointment.Clinician.ID != derm.ClinicianID ||
		js.Referrer.ID != rc.Clinicians[0] || js.Conversation.ID != "test-0" || js.Lang != dialogs.LangEnglish {
		t.Errorf("the session's notice: %+v", js)
	}
	if rem, err := rc.appts.Reminders(ctx, js.Appointment.ID); err != nil || len(rem) != 3 {
		t.Errorf("the session's reminders: %d, %v; want 3", len(rem), err)
	}
	d, err := rc.refs.View(ctx, derm, actor(derm.ClinicianID), id)
	if err != nil || d.Status != store.ReferralBooked || d.Session == nil || d.Session.ID != js.Appointment.ID {
		t.Fatalf("the referral after booking: %+v, %v", d.Referral, err)
	}
	gs, err := rc.refs.GuestSessions(ctx, rc.Clinicians[0], at.Add(-time.Minute), at.Add(time.Minute))
	if err != nil || len(gs) != 1 || gs[0].ID != js.Appointment.ID || gs[0].Referral != id || gs[0].Clinician.ID != derm.ClinicianID {
		t.Errorf("the guest's sessions: %+v, %v", gs, err)
	}
	// The guest is busy now: not offered, and not bookable.
	free, err := rc.appts.ClinicianFreeSlots(ctx, rc.Clinicians[0], at, at.Add(time.Minute))
	if err != nil || len(free) != 0 {
		t.Errorf("the referring clinician's free slots at the session: %v, %v; want none", free, err)
	}
	if _, err := rc.appts.Book(ctx, bookReq(other, rc.SlotAt(t, 0, at))); !errors.Is(err, dialogs.ErrSlotTaken) {
		t.Errorf("booking the guest over the session: %v, want ErrSlotTaken", err)
	}
	if _, err := rc.refs.BookSession(ctx, derm, actor(derm.ClinicianID), id, rc.SlotAt(t, 1, at.Add(time.Hour))); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("a second session of a booked referral: %v, want not found", err)
	}
	// Moving the session at the desk offers no time its guest is busy at,
	// and a move there anyway is refused.
	coord := store.Scope{ClinicianID: rc.Clinicians[2], Facilities: []int64{rc.Facility}, AllSpecialties: true}
	moves, err := rc.appts.DeskSlots(ctx, coord, js.Appointment.ID, busyAt.Add(-time.Hour), busyAt.Add(time.Hour))
	if err != nil || len(moves) == 0 {
		t.Fatalf("the session's desk slots: %d, %v", len(moves), err)
	}
	for _, s := range moves {
		if s.Start.Equal(busyAt) {
			t.Errorf("the desk offers to move the session to %v, when its guest is busy", busyAt)
		}
	}
	_, err = rc.appts.DeskMove(ctx, store.DeskChange{Scope: coord, Actor: actor(coord.ClinicianID), ID: js.Appointment.ID, Version: 1},
		rc.SlotAt(t, 1, busyAt))
	if !errors.Is(err, dialogs.ErrSlotTaken) {
		t.Errorf("moving the session over its guest's appointment: %v, want ErrSlotTaken", err)
	}
	// The patient's "Change the time" from a reminder: the first times
	// offered already leave out the guest's busy time (a plain listing of
	// the specialist's times offers it), and a move there is refused.
	patientQ := dialogs.SlotQuery{Specialty: js.Appointment.Specialty.Code, Clinician: derm.ClinicianID, PatientID: rc.patient}
	offersBusy := func(q dialogs.SlotQuery) bool {
		t.Helper()
		free, err := rc.appts.FreeSlots(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		return slices.ContainsFunc(free, func(s schedule.Slot) bool { return s.Start.Equal(busyAt) })
	}
	if !offersBusy(patientQ) {
		t.Fatalf("the specialist is not free at %v: the check below proves nothing", busyAt)
	}
	patientQ.Moving = js.Appointment.ID
	if offersBusy(patientQ) {
		t.Errorf("rescheduling the joint session offers %v, when its guest is busy", busyAt)
	}
	_, err = rc.appts.Move(ctx, dialogs.MoveRequest{PatientID: rc.patient, AppointmentID: js.Appointment.ID, Version: 1, Slot: rc.SlotAt(t, 1, busyAt)})
	if !errors.Is(err, dialogs.ErrSlotTaken) {
		t.Errorf("the patient moving the session over its guest's appointment: %v, want ErrSlotTaken", err)
	}
	var guest int64
	err = rc.PG.Pool().QueryRow(ctx, `SELECT guest_clinician_id FROM appointments WHERE id = $1`, js.Appointment.ID).Scan(&guest)
	if err != nil || guest != rc.Clinicians[0] {
		t.Errorf("the session's guest: %d, %v", guest, err)
	}
	if n := rc.audited(t, "referral.book", id); n != 1 {
		t.Errorf("%d audit rows of the booking, want 1", n)
	}
	// The desk moves it to a time both are free: the referral records it,
	// and the specialist's notices count it until they open it.
	moved, err := rc.appts.DeskMove(ctx, store.DeskChange{Scope: coord, Actor: actor(coord.ClinicianID), ID: js.Appointment.ID, Version: 1},
		rc.SlotAt(t, 1, at.Add(2*time.Hour)))
	if err != nil || moved.Referral != id {
		t.Fatalf("the desk's move of the session: referral %d, %v; want %d", moved.Referral, err, id)
	}
	if n, err := rc.refs.Notices(ctx, derm); err != nil || n.Changed != 1 {
		t.Errorf("the specialist's notices after the move: %+v, %v; want one changed", n, err)
	}
	if d, err := rc.refs.View(ctx, derm, actor(derm.ClinicianID), id); err != nil || d.SessionChange != "moved" || d.SessionChangedAt == nil {
		t.Errorf("the referral after the desk's move: %q at %v, %v", d.SessionChange, d.SessionChangedAt, err)
	}
	if n, err := rc.refs.Notices(ctx, derm); err != nil || n.Changed != 0 {
		t.Errorf("the specialist's notices once opened: %+v, %v; want none", n, err)
	}
}

// TestReportReferrals: the reports count the referrals made from or to a
// scope's facilities by day and specialty, and those answered (in writing
// or with a session booked) within 24 hours of being made; another
// facility's coordinator counts none of them.
func TestReportReferrals(t *testing.T) {
	rc := newReferralClinic(t)
	ctx := t.Context()
	derm := rc.scope(t, rc.Clinicians[1], rc.Facility)
	quick, late := rc.refer(t, rc.Facility), rc.refer(t, 0)
	rc.refer(t, rc.Facility) // still open
	for _, id := range []int64{quick, late} {
		if err := rc.refs.Answer(ctx, derm, actor(derm.ClinicianID), id, "See the answer."); err != nil {
			t.Fatal(err)
		}
	}
	// The late one was answered a day and an hour after it was made.
	if _, err := rc.PG.Pool().Exec(ctx, `UPDATE referrals SET responded_at = created_at + interval '25 hours' WHERE id = $1`, late); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	here := store.Scope{ClinicianID: rc.Clinicians[0], Facilities: []int64{rc.Facility}, AllSpecialties: true}
	rows, err := rc.PG.Reports().Consults(ctx, here, now.Add(-time.Hour), now.Add(time.Minute), rc.Zone)
	if err != nil {
		t.Fatal(err)
	}
	var got store.ReportRow
	for _, r := range rows {
		if r.Specialty == "dermatology" {
			got = r
		}
	}
	if got.Referrals != 3 || got.Answered24h != 1 || got.SpecialtyNames["en"] != "Skin" {
		t.Errorf("the clinic's dermatology referrals: %+v, want 3 made, 1 answered within 24 h", got)
	}
	there := store.Scope{ClinicianID: rc.far, Facilities: []int64{rc.other}, AllSpecialties: true}
	if rows, err := rc.PG.Reports().Consults(ctx, there, now.Add(-time.Hour), now.Add(time.Minute), rc.Zone); err != nil || len(rows) != 0 {
		t.Errorf("another facility's report: %+v, %v; want nothing", rows, err)
	}
}

// TestReferralErased: a patient's erasure takes their referrals and joint
// session with it (and the clinicians' rows stay).
func TestReferralErased(t *testing.T) {
	rc := newReferralClinic(t)
	ctx := t.Context()
	id := rc.refer(t, 0)
	derm := rc.scope(t, rc.Clinicians[1], rc.Facility)
	at := rc.NextSlotStart(time.Now().Add(28 * time.Hour))
	if _, err := rc.refs.BookSession(ctx, derm, actor(derm.ClinicianID), id, rc.SlotAt(t, 1, at)); err != nil {
		t.Fatal(err)
	}
	if err := rc.PG.Patients().ErasePatient(ctx, rc.patient); err != nil {
		t.Fatal(err)
	}
	var left int
	err := rc.PG.Pool().QueryRow(ctx, `
SELECT (SELECT count(*) FROM referrals) + (SELECT count(*) FROM appointments WHERE patient_id = $1)`, rc.patient).Scan(&left)
	if err != nil || left != 0 {
		t.Errorf("after erasure: %d referral and appointment rows left (%v), want none", left, err)
	}
}
