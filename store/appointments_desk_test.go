package store_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/store"
)

// deskClinic is a clinic with two clinicians of one specialty and a
// coordinator of its facility.
type deskClinic struct {
	*clinictest.Clinic
	appts *store.Appointments
	scope store.Scope
	actor store.AuditActor
}

func newDeskClinic(t *testing.T) *deskClinic {
	t.Helper()
	c := clinictest.New(t, clinictest.Options{Clinicians: 2})
	var coord int64
	err := c.PG.Pool().QueryRow(t.Context(), `
INSERT INTO clinicians (facility_id, username, display_names, role, password_hash)
VALUES ($1, 'coord', '{"ar": "منسق", "en": "Coordinator"}', 'coordinator', '$argon2id$test') RETURNING id`, c.Facility).Scan(&coord)
	if err != nil {
		t.Fatal(err)
	}
	return &deskClinic{
		Clinic: c, appts: c.Appointments(t, nil, nil),
		scope: store.Scope{ClinicianID: coord, Facilities: []int64{c.Facility}, AllSpecialties: true},
		actor: store.AuditActor{Kind: store.ActorClinician, ID: fmt.Sprint(coord)},
	}
}

func (dc *deskClinic) change(id int64, version int) store.DeskChange {
	return store.DeskChange{Scope: dc.scope, Actor: dc.actor, ID: id, Version: version}
}

// audited counts the audit rows of action on appointment id.
func (dc *deskClinic) audited(t *testing.T, action string, id int64) int {
	t.Helper()
	var n int
	err := dc.PG.Pool().QueryRow(t.Context(), `
SELECT count(*) FROM audit_log WHERE action = $1 AND subject_id = $2 AND actor_id = $3`, action, fmt.Sprint(id), dc.actor.ID).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestDeskMove: a coordinator moves an appointment to another clinician
// of the specialty; its room stays, the old reminders are cancelled (and
// refused by the sender), new ones planned for the new version, the change
// audited, and the notice names the patient's conversation and language.
func TestDeskMove(t *testing.T) {
	dc := newDeskClinic(t)
	ctx := t.Context()
	ps := dc.Patients(t, 1)
	start := dc.NextSlotStart(time.Now().Add(26 * time.Hour))
	ap, err := dc.appts.Book(ctx, bookReq(ps[0], dc.SlotAt(t, 0, start)))
	if err != nil {
		t.Fatal(err)
	}
	old, err := dc.appts.Reminders(ctx, ap.ID)
	if err != nil || len(old) != 3 {
		t.Fatalf("reminders before: %d, %v", len(old), err)
	}
	to := dc.SlotAt(t, 1, start.Add(2*time.Hour))
	slots, err := dc.appts.DeskSlots(ctx, dc.scope, ap.ID, to.Start.Add(-time.Hour), to.Start.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	offered := false
	for _, s := range slots {
		offered = offered || (s.Clinician == to.Clinician && s.Start.Equal(to.Start))
	}
	if !offered {
		t.Fatalf("the slot of the other clinician is not offered among %d", len(slots))
	}

	n, err := dc.appts.DeskMove(ctx, dc.change(ap.ID, ap.Version), to)
	if err != nil {
		t.Fatal(err)
	}
	got := n.Appointment
	if got.ID != ap.ID || got.Room != ap.Room || got.Version != ap.Version+1 || got.Clinician.ID != int64(to.Clinician) ||
		!got.Start.Equal(to.Start) || !n.Was.Equal(ap.Start) {
		t.Errorf("moved: %+v (was %v), want clinician %d at %v, same room, version %d", got, n.Was, to.Clinician, to.Start, ap.Version+1)
	}
	if n.Conversation != (dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: "test-0"}) || n.Lang != dialogs.LangEnglish {
		t.Errorf("notice to %v in %q", n.Conversation, n.Lang)
	}
	rs, err := dc.appts.Reminders(ctx, ap.ID)
	if err != nil {
		t.Fatal(err)
	}
	var cancelled, planned int
	for _, r := range rs {
		switch {
		case r.Version == ap.Version && r.State == "cancelled" && r.Outcome == "moved":
			cancelled++
		case r.Version == got.Version && r.State == "pending" && r.DueAt.Equal(got.Start.Add(-r.Offset)):
			planned++
		default:
			t.Errorf("reminder %+v", r)
		}
	}
	if cancelled != 3 || planned != 3 {
		t.Errorf("%d old reminders cancelled and %d new planned, want 3 and 3", cancelled, planned)
	}
	for _, r := range old {
		if _, err := dc.appts.ClaimReminder(ctx, r.ID, 1, time.Minute, time.Minute); !errors.Is(err, store.ErrReminderDone) {
			t.Errorf("claiming an old reminder after the move: %v, want ErrReminderDone", err)
		}
	}
	if dc.audited(t, "appointment.move", ap.ID) != 1 {
		t.Error("the move is not audited")
	}

	// The version the coordinator saw is gone: a second move is refused.
	if _, err := dc.appts.DeskMove(ctx, dc.change(ap.ID, ap.Version), dc.SlotAt(t, 0, start)); !errors.Is(err, dialogs.ErrAppointmentChanged) {
		t.Errorf("moving a stale version: %v, want ErrAppointmentChanged", err)
	}
	// Another facility's coordinator does not find it.
	other := dc.change(got.ID, got.Version)
	other.Scope.Facilities = []int64{dc.Facility + 1000}
	if _, err := dc.appts.DeskMove(ctx, other, dc.SlotAt(t, 0, start)); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("moving out of scope: %v, want ErrNotFound", err)
	}
	if _, err := dc.appts.DeskCancel(ctx, other); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("cancelling out of scope: %v, want ErrNotFound", err)
	}
	if _, err := dc.appts.DeskSlots(ctx, other.Scope, got.ID, start, start.Add(time.Hour)); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("slots out of scope: %v, want ErrNotFound", err)
	}
}

// TestDeskMoveRacesBooking: a coordinator moves an appointment to a slot
// a patient books at the same moment, round after round: exactly one of
// them gets it, the other is told it was just taken, and the clinician is
// never booked twice.
func TestDeskMoveRacesBooking(t *testing.T) {
	const rounds = 30
	dc := newDeskClinic(t)
	ctx := t.Context()
	ps := dc.Patients(t, 2*rounds)
	start := dc.NextSlotStart(time.Now().Add(2 * time.Hour))
	var moved, booked int
	for round := range rounds {
		mover, booker := ps[2*round], ps[2*round+1]
		ap, err := dc.appts.Book(ctx, bookReq(mover, dc.SlotAt(t, 1, start.Add(time.Duration(round)*15*time.Minute))))
		if err != nil {
			t.Fatal(err)
		}
		target := dc.SlotAt(t, 0, start.Add(time.Duration(round)*15*time.Minute))
		var moveErr, bookErr error
		var wg sync.WaitGroup
		gate := make(chan struct{})
		wg.Go(func() { <-gate; _, moveErr = dc.appts.DeskMove(ctx, dc.change(ap.ID, ap.Version), target) })
		wg.Go(func() { <-gate; _, bookErr = dc.appts.Book(ctx, bookReq(booker, target)) })
		close(gate)
		wg.Wait()
		switch {
		case moveErr == nil && errors.Is(bookErr, dialogs.ErrSlotTaken):
			moved++
		case bookErr == nil && errors.Is(moveErr, dialogs.ErrSlotTaken):
			booked++
		default:
			t.Fatalf("round %d: move %v, booking %v; want one to win and the other ErrSlotTaken", round, moveErr, bookErr)
		}
	}
	var overlaps int
	err := dc.PG.Pool().QueryRow(ctx, `
SELECT count(*) FROM appointments a JOIN appointments b ON a.id < b.id AND a.clinician_id = b.clinician_id
WHERE a.status = 'booked' AND b.status = 'booked' AND a.during && b.during`).Scan(&overlaps)
	if err != nil || overlaps != 0 {
		t.Errorf("%d overlapping bookings (%v)", overlaps, err)
	}
	t.Logf("%d rounds: the move won %d, the booking %d", rounds, moved, booked)
}

// TestDeskCancel: the appointment is cancelled by the clinic with its
// reminders, audited, and the notice carries the new version.
func TestDeskCancel(t *testing.T) {
	dc := newDeskClinic(t)
	ctx := t.Context()
	ps := dc.Patients(t, 1)
	ap, err := dc.appts.Book(ctx, bookReq(ps[0], dc.SlotAt(t, 0, dc.NextSlotStart(time.Now().Add(26*time.Hour)))))
	if err != nil {
		t.Fatal(err)
	}
	n, err := dc.appts.DeskCancel(ctx, dc.change(ap.ID, ap.Version))
	if err != nil {
		t.Fatal(err)
	}
	if n.Appointment.Status != dialogs.StatusCancelled || n.Appointment.Version != ap.Version+1 || !n.Was.IsZero() {
		t.Errorf("cancelled: %+v", n)
	}
	rec, err := dc.appts.AppointmentRecord(ctx, ap.ID)
	if err != nil || rec.CancelledBy != "clinician" {
		t.Errorf("cancelled by %q (%v), want clinician", rec.CancelledBy, err)
	}
	rs, _ := dc.appts.Reminders(ctx, ap.ID)
	for _, r := range rs {
		if r.State != "cancelled" {
			t.Errorf("reminder %+v after the cancel", r)
		}
	}
	if dc.audited(t, "appointment.cancel", ap.ID) != 1 {
		t.Error("the cancel is not audited")
	}
	if _, err := dc.appts.DeskCancel(ctx, dc.change(ap.ID, n.Appointment.Version)); !errors.Is(err, dialogs.ErrAppointmentChanged) {
		t.Errorf("cancelling twice: %v, want ErrAppointmentChanged", err)
	}
}

// TestDeskNoShow: an appointment cannot be missed before it starts; once
// started it is marked once, audited, listed on the desk and counted in
// the reports.
func TestDeskNoShow(t *testing.T) {
	dc := newDeskClinic(t)
	ctx := t.Context()
	ps := dc.Patients(t, 2)
	future, err := dc.appts.Book(ctx, bookReq(ps[0], dc.SlotAt(t, 0, dc.NextSlotStart(time.Now().Add(2*time.Hour)))))
	if err != nil {
		t.Fatal(err)
	}
	if err := dc.appts.DeskNoShow(ctx, dc.change(future.ID, future.Version)); !errors.Is(err, store.ErrNotStarted) {
		t.Errorf("no-show before the start: %v, want ErrNotStarted", err)
	}
	// An appointment that started ten minutes ago (booking cannot make one).
	var past int64
	err = dc.PG.Pool().QueryRow(ctx, `
INSERT INTO appointments (patient_id, clinician_id, facility_id, specialty_code, during, status, room, booked_at)
VALUES ($1, $2, $3, $4, tstzrange(now() - interval '10 minutes', now() + interval '5 minutes'), 'booked',
        'abcdefghijklmnopqrstuvwxyz', now() - interval '1 day')
RETURNING id`, ps[1], dc.Clinicians[1], dc.Facility, clinictest.Specialty).Scan(&past)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := dc.appts.DeskNoShow(ctx, dc.change(past, 1)); err != nil {
			t.Fatal(err)
		}
	}
	if dc.audited(t, "appointment.no_show", past) != 2 {
		t.Error("each no-show mark is not audited")
	}
	day := time.Now().Add(-time.Hour)
	list, err := dc.appts.Desk(ctx, store.DeskQuery{Scope: dc.scope, From: day, To: day.Add(4 * time.Hour)}, dc.actor)
	if err != nil {
		t.Fatal(err)
	}
	var seen bool
	for _, d := range list {
		if d.ID == past {
			seen = d.NoShow && d.PatientLang == dialogs.LangEnglish && d.Channel == dialogs.ChannelTelegram
		}
	}
	if len(list) != 2 || !seen {
		t.Errorf("desk lists %d appointments (no-show seen: %v), want 2", len(list), seen)
	}
	rows, err := dc.PG.Reports().Consults(ctx, dc.scope, time.Now().Add(-24*time.Hour), time.Now().Add(time.Hour), dc.Zone)
	if err != nil {
		t.Fatal(err)
	}
	var missed int
	for _, r := range rows {
		missed += r.NoShows
	}
	if missed != 1 {
		t.Errorf("reports count %d no-shows, want 1 (%+v)", missed, rows)
	}
	// Another facility's desk lists none of them.
	other := dc.scope
	other.Facilities = []int64{dc.Facility + 1000}
	if list, err := dc.appts.Desk(ctx, store.DeskQuery{Scope: other, From: day, To: day.Add(4 * time.Hour)}, dc.actor); err != nil || len(list) != 0 {
		t.Errorf("another facility's desk: %d, %v", len(list), err)
	}
}

// TestDeskBook: a coordinator books for a new patient at the desk (no
// channel: the printed page names them) and for one who uses the bot
// (told there); the slot is kept by the exclusion constraint as for any
// booking, reminders are planned, and both are audited.
func TestDeskBook(t *testing.T) {
	dc := newDeskClinic(t)
	ctx := t.Context()
	start := dc.NextSlotStart(time.Now().Add(26 * time.Hour))
	b := store.DeskBooking{Scope: dc.scope, Actor: dc.actor, Name: "Amina Y.", Phone: "+966 50 000 0000", Lang: "fr",
		Specialty: clinictest.Specialty, Slot: dc.SlotAt(t, 0, start)}
	bad := b
	bad.Phone = "call me"
	if _, err := dc.appts.DeskBook(ctx, bad); !errors.Is(err, store.ErrInvalidDeskPatient) {
		t.Errorf("a bad phone: %v, want ErrInvalidDeskPatient", err)
	}
	bad.Phone, bad.Lang = "", "xx"
	if _, err := dc.appts.DeskBook(ctx, bad); !errors.Is(err, store.ErrInvalidDeskPatient) {
		t.Errorf("an unknown language: %v, want ErrInvalidDeskPatient", err)
	}
	n, err := dc.appts.DeskBook(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if n.Conversation.Channel != store.ChannelDesk || n.Lang != "fr" || n.Appointment.Status != dialogs.StatusBooked {
		t.Errorf("desk booking: %+v", n)
	}
	rs, err := dc.appts.Reminders(ctx, n.Appointment.ID)
	if err != nil || len(rs) != 3 {
		t.Errorf("%d reminders planned (%v), want 3", len(rs), err)
	}
	rec, p, err := dc.appts.DeskPrint(ctx, dc.scope, dc.actor, n.Appointment.ID)
	if err != nil || p.Name != "Amina Y." || p.Phone != "+966500000000" || rec.ID != n.Appointment.ID {
		t.Errorf("printed page: %+v %+v %v", rec, p, err)
	}
	if dc.audited(t, "appointment.desk_book", n.Appointment.ID) != 1 || dc.audited(t, "appointment.desk_print", n.Appointment.ID) != 1 {
		t.Error("the booking or the printed page is not audited")
	}
	// The same time again, for someone else: just taken.
	if _, err := dc.appts.DeskBook(ctx, b); !errors.Is(err, dialogs.ErrSlotTaken) {
		t.Errorf("booking a taken time: %v, want ErrSlotTaken", err)
	}
	// A patient of the bot: booked on their conversation.
	ps := dc.Patients(t, 1)
	linked := store.DeskBooking{Scope: dc.scope, Actor: dc.actor, Patient: ps[0], Specialty: clinictest.Specialty, Slot: dc.SlotAt(t, 1, start)}
	n, err = dc.appts.DeskBook(ctx, linked)
	if err != nil || n.Conversation.Channel != dialogs.ChannelTelegram || n.Appointment.PatientID != ps[0] {
		t.Errorf("booking for a bot patient: %+v, %v", n, err)
	}
	if _, _, err := dc.appts.DeskPrint(ctx, dc.scope, dc.actor, n.Appointment.ID); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("a printed page of a bot patient: %v, want ErrNotFound", err)
	}
	linked.Patient = 1 << 30
	if _, err := dc.appts.DeskBook(ctx, linked); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("booking for no such patient: %v, want ErrNotFound", err)
	}
	// Another facility's coordinator cannot book here.
	other := b
	other.Scope.Facilities = []int64{dc.Facility + 1000}
	other.Slot = dc.SlotAt(t, 0, start.Add(time.Hour))
	if _, err := dc.appts.DeskBook(ctx, other); !errors.Is(err, dialogs.ErrSlotTaken) {
		t.Errorf("booking at another facility: %v, want ErrSlotTaken", err)
	}
}

// TestDeskBookAbroad: a desk booking with the patient's zone keeps it on
// the patient, the notice carries it, and so does each reminder's claim,
// so every message gives the patient's time too; a zone that is no zone
// is refused and books nothing.
func TestDeskBookAbroad(t *testing.T) {
	dc := newDeskClinic(t)
	ctx := t.Context()
	start := dc.NextSlotStart(time.Now().Add(26 * time.Hour))
	ps := dc.Patients(t, 1)
	b := store.DeskBooking{Scope: dc.scope, Actor: dc.actor, Patient: ps[0], Zone: "bad zone!",
		Specialty: clinictest.Specialty, Slot: dc.SlotAt(t, 0, start)}
	if _, err := dc.appts.DeskBook(ctx, b); !errors.Is(err, store.ErrInvalidDeskPatient) {
		t.Errorf("a zone that is no zone: %v, want ErrInvalidDeskPatient", err)
	}
	b.Zone = "Europe/London"
	n, err := dc.appts.DeskBook(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if n.Zone != "Europe/London" {
		t.Errorf("notice zone %q, want Europe/London", n.Zone)
	}
	rs, err := dc.appts.Reminders(ctx, n.Appointment.ID)
	if err != nil || len(rs) == 0 {
		t.Fatalf("reminders: %d, %v", len(rs), err)
	}
	// Make the first one due now, then claim it as the sender would.
	if _, err := dc.PG.Pool().Exec(ctx, `UPDATE appointment_reminders SET due_at = now() WHERE id = $1`, rs[0].ID); err != nil {
		t.Fatal(err)
	}
	d, err := dc.appts.ClaimReminder(ctx, rs[0].ID, 1, time.Minute, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if d.Zone != "Europe/London" {
		t.Errorf("reminder delivery zone %q, want Europe/London", d.Zone)
	}
}
