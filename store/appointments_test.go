package store_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/video"
)

func bookReq(patient int64, s schedule.Slot) dialogs.BookRequest {
	return dialogs.BookRequest{PatientID: patient, Specialty: clinictest.Specialty, Slot: s}
}

// TestBookSameSlotConcurrently: 64 patients book the same slot at once,
// 100 times over (a new slot each round): exactly one wins each round, the
// others get ErrSlotTaken and, asking again, alternatives without the
// taken slot. PostgreSQL's exclusion constraint decides.
func TestBookSameSlotConcurrently(t *testing.T) {
	const contenders, rounds = 64, 100
	// A two-day horizon keeps each loser's alternatives query small.
	c := clinictest.New(t, clinictest.Options{MaxConns: 24, Horizon: 48 * time.Hour})
	appts := c.Appointments(t, nil, nil)
	patients := c.Patients(t, contenders)
	ctx := t.Context()
	start := c.NextSlotStart(time.Now().Add(time.Hour))
	for round := range rounds {
		slot := c.SlotAt(t, 0, start.Add(time.Duration(round)*15*time.Minute))
		var (
			wins, taken atomic.Int32
			wg          sync.WaitGroup
			gate        = make(chan struct{})
			errs        = make(chan error, contenders)
		)
		for _, p := range patients {
			wg.Go(func() {
				<-gate
				_, err := appts.Book(ctx, bookReq(p, slot))
				switch {
				case err == nil:
					wins.Add(1)
				case errors.Is(err, dialogs.ErrSlotTaken):
					taken.Add(1)
					free, err := appts.FreeSlots(ctx, dialogs.SlotQuery{Specialty: clinictest.Specialty, PatientID: p})
					if err != nil {
						errs <- err
						return
					}
					near := schedule.Nearest(free, slot.Start, 3)
					if len(near) == 0 || slices.ContainsFunc(near, func(s schedule.Slot) bool { return s.Start.Equal(slot.Start) }) {
						errs <- errors.New("alternatives missing or include the taken slot")
					}
				default:
					errs <- err
				}
			})
		}
		close(gate)
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatalf("round %d: %v", round, err)
		}
		if wins.Load() != 1 || taken.Load() != contenders-1 {
			t.Fatalf("round %d: %d won and %d were told it was taken, want 1 and %d", round, wins.Load(), taken.Load(), contenders-1)
		}
	}
	var n int
	if err := c.PG.Pool().QueryRow(ctx, `SELECT count(*) FROM appointments WHERE status = 'booked'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != rounds {
		t.Errorf("%d appointments booked, want %d", n, rounds)
	}
}

func TestHoldKeepsSlotForOnePatient(t *testing.T) {
	c := clinictest.New(t, clinictest.Options{})
	appts, err := store.NewAppointments(c.PG, store.AppointmentsConfig{Rooms: video.NewRoom, Jobs: c.Queue(t), HoldFor: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ps := c.Patients(t, 2)
	ctx := t.Context()
	slot := c.SlotAt(t, 0, c.NextSlotStart(time.Now().Add(time.Hour)))

	h, err := appts.Hold(ctx, bookReq(ps[0], slot))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := appts.Hold(ctx, bookReq(ps[1], slot)); !errors.Is(err, dialogs.ErrSlotTaken) {
		t.Fatalf("second hold: %v, want ErrSlotTaken", err)
	}
	if _, err := appts.Book(ctx, bookReq(ps[1], slot)); !errors.Is(err, dialogs.ErrSlotTaken) {
		t.Fatalf("booking a held slot: %v, want ErrSlotTaken", err)
	}
	offered := func(p int64) bool {
		free, err := appts.FreeSlots(ctx, dialogs.SlotQuery{Specialty: clinictest.Specialty, PatientID: p})
		if err != nil {
			t.Fatal(err)
		}
		return slices.ContainsFunc(free, func(s schedule.Slot) bool { return s.Start.Equal(slot.Start) })
	}
	if !offered(ps[0]) || offered(ps[1]) {
		t.Errorf("held slot offered to holder %v, to other %v; want true, false", offered(ps[0]), offered(ps[1]))
	}

	time.Sleep(1100 * time.Millisecond) // the hold expires
	if !offered(ps[1]) {
		t.Error("an expired hold still hides the slot")
	}
	// The holder can still book it while nobody else took it…
	req := bookReq(ps[0], slot)
	req.HoldID = h.ID
	ap, err := appts.Book(ctx, req)
	if err != nil || ap.ID != h.ID {
		t.Fatalf("booking an expired but untaken hold: %+v, %v; want the hold's row %d", ap, err, h.ID)
	}
	// …and booking the same again returns the same appointment.
	again, err := appts.Book(ctx, req)
	if err != nil || again.ID != ap.ID {
		t.Errorf("booking twice: %+v, %v", again, err)
	}
	rs, err := appts.Reminders(ctx, ap.ID)
	if err != nil || len(rs) == 0 || len(rs) > 3 {
		t.Errorf("reminders after a repeated booking: %d, %v", len(rs), err)
	}
}

func TestExpiredHoldGivesWay(t *testing.T) {
	c := clinictest.New(t, clinictest.Options{})
	appts, err := store.NewAppointments(c.PG, store.AppointmentsConfig{Rooms: video.NewRoom, Jobs: c.Queue(t), HoldFor: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	ps := c.Patients(t, 2)
	ctx := t.Context()
	slot := c.SlotAt(t, 0, c.NextSlotStart(time.Now().Add(time.Hour)))
	h, err := appts.Hold(ctx, bookReq(ps[0], slot))
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(1100 * time.Millisecond)
	if _, err := appts.Book(ctx, bookReq(ps[1], slot)); err != nil {
		t.Fatalf("booking over an expired hold: %v", err)
	}
	req := bookReq(ps[0], slot)
	req.HoldID = h.ID
	if _, err := appts.Book(ctx, req); !errors.Is(err, dialogs.ErrSlotTaken) {
		t.Errorf("the first holder booking after losing the slot: %v, want ErrSlotTaken", err)
	}
}

// TestExclusionConstraints writes rows directly: the database refuses
// overlapping active rows of one clinician or one patient, holds
// included, and ignores cancelled ones.
func TestExclusionConstraints(t *testing.T) {
	c := clinictest.New(t, clinictest.Options{Clinicians: 2})
	ps := c.Patients(t, 2)
	pool := c.PG.Pool()
	ctx := t.Context()
	const insert = `
INSERT INTO appointments (patient_id, clinician_id, facility_id, specialty_code, during, status, hold_until, room, booked_at)
VALUES ($1, $2, $3, 'general_practice', tstzrange(now() + $4::interval, now() + $5::interval), $6,
        CASE WHEN $6 = 'held' THEN now() + interval '5 minutes' END,
        CASE WHEN $6 <> 'held' THEN substr(translate(md5(random()::text), '0189', 'wxyz'), 1, 26) END,
        CASE WHEN $6 <> 'held' THEN now() END)`
	mustCode := func(name string, err error, code, constraint string) {
		t.Helper()
		var pe *pgconn.PgError
		if !errors.As(err, &pe) || pe.Code != code || (constraint != "" && pe.ConstraintName != constraint) {
			t.Errorf("%s: %v, want %s %s", name, err, code, constraint)
		}
	}
	exec := func(p, doc int64, from, to, status string) error {
		_, err := pool.Exec(ctx, insert, p, doc, c.Facility, from, to, status)
		return err
	}
	if err := exec(ps[0], c.Clinicians[0], "1 hour", "90 minutes", "booked"); err != nil {
		t.Fatal(err)
	}
	mustCode("clinician overlap", exec(ps[1], c.Clinicians[0], "80 minutes", "2 hours", "booked"),
		pgerrcode.ExclusionViolation, "appointments_clinician_no_overlap")
	mustCode("held overlap", exec(ps[1], c.Clinicians[0], "70 minutes", "80 minutes", "held"),
		pgerrcode.ExclusionViolation, "appointments_clinician_no_overlap")
	mustCode("patient overlap", exec(ps[0], c.Clinicians[1], "75 minutes", "2 hours", "booked"),
		pgerrcode.ExclusionViolation, "appointments_patient_no_overlap")
	if err := exec(ps[1], c.Clinicians[0], "90 minutes", "2 hours", "booked"); err != nil {
		t.Errorf("back-to-back appointments: %v", err)
	}
	if _, err := pool.Exec(ctx, `
UPDATE appointments SET status = 'cancelled', cancelled_at = now() WHERE patient_id = $1`, ps[0]); err != nil {
		t.Fatal(err)
	}
	if err := exec(ps[0], c.Clinicians[1], "75 minutes", "85 minutes", "booked"); err != nil {
		t.Errorf("a cancelled appointment still blocks: %v", err)
	}
}

func TestMoveAndCancel(t *testing.T) {
	c := clinictest.New(t, clinictest.Options{Clinicians: 2})
	appts := c.Appointments(t, nil, nil)
	p := c.Patients(t, 1)[0]
	ctx := t.Context()
	start := c.NextSlotStart(time.Now().Add(48 * time.Hour))
	ap, err := appts.Book(ctx, bookReq(p, c.SlotAt(t, 0, start)))
	if err != nil {
		t.Fatal(err)
	}
	if ap.Version != 1 || ap.Status != dialogs.StatusBooked || len(ap.Room) != 26 {
		t.Fatalf("booked %+v", ap)
	}
	checkReminders(t, appts, ap.ID, map[string]int{"1 pending": 3})

	to := c.SlotAt(t, 1, start.Add(time.Hour))
	h, err := appts.Hold(ctx, bookReq(p, to))
	if err != nil {
		t.Fatal(err)
	}
	moved, err := appts.Move(ctx, dialogs.MoveRequest{PatientID: p, AppointmentID: ap.ID, Version: 1, Slot: to, HoldID: h.ID})
	if err != nil {
		t.Fatal(err)
	}
	if moved.ID != ap.ID || moved.Version != 2 || !moved.Start.Equal(to.Start) || moved.Clinician.ID != c.Clinicians[1] || moved.Room != ap.Room {
		t.Fatalf("moved %+v", moved)
	}
	checkReminders(t, appts, ap.ID, map[string]int{"1 cancelled": 3, "2 pending": 3})
	if n := jobsIn(t, c, "cancelled"); n != 3 {
		t.Errorf("%d river jobs cancelled, want the 3 of version 1", n)
	}
	// The move again (the same input re-run) changes nothing.
	if again, err := appts.Move(ctx, dialogs.MoveRequest{PatientID: p, AppointmentID: ap.ID, Version: 1, Slot: to}); err != nil || again.Version != 2 {
		t.Errorf("repeated move: %+v, %v", again, err)
	}
	// A button from before the move cannot cancel it.
	if _, err := appts.Cancel(ctx, p, ap.ID, 1); !errors.Is(err, dialogs.ErrAppointmentChanged) {
		t.Errorf("cancel at version 1: %v, want ErrAppointmentChanged", err)
	}
	if _, err := appts.Confirm(ctx, p, ap.ID, 2); err != nil {
		t.Fatal(err)
	}
	cancelled, err := appts.Cancel(ctx, p, ap.ID, 2)
	if err != nil || cancelled.Status != dialogs.StatusCancelled || cancelled.Version != 3 {
		t.Fatalf("cancel: %+v, %v", cancelled, err)
	}
	if again, err := appts.Cancel(ctx, p, ap.ID, 2); err != nil || again.Version != 3 {
		t.Errorf("repeated cancel: %+v, %v", again, err)
	}
	checkReminders(t, appts, ap.ID, map[string]int{"1 cancelled": 3, "2 cancelled": 3})
	if byRoom, err := appts.AppointmentByRoom(ctx, ap.Room); err != nil || byRoom.ID != ap.ID || byRoom.Status != dialogs.StatusCancelled {
		t.Errorf("by room after cancel: %+v, %v; want appointment %d cancelled", byRoom, err, ap.ID)
	}
	if _, err := appts.AppointmentByRoom(ctx, strings.Repeat("a", 26)); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("unknown room: %v, want ErrNotFound", err)
	}
	if up, err := appts.Upcoming(ctx, p); err != nil || len(up) != 0 {
		t.Errorf("upcoming after cancel: %v, %v", up, err)
	}
	if _, err := appts.Appointment(ctx, p+1, ap.ID); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("another patient's appointment: %v, want ErrNotFound", err)
	}
	if c, s, err := appts.LastClinician(ctx, p); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("last clinician after the only appointment was cancelled: %v %v %v", c, s, err)
	}
}

// checkReminders compares the appointment's reminders counted by
// "<version> <state>".
func checkReminders(t *testing.T, appts *store.Appointments, id int64, want map[string]int) {
	t.Helper()
	rs, err := appts.Reminders(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, r := range rs {
		got[string(rune('0'+r.Version))+" "+r.State]++
	}
	if len(got) != len(want) {
		t.Errorf("reminders %v, want %v", got, want)
		return
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("reminders %v, want %v", got, want)
			return
		}
	}
}

func jobsIn(t *testing.T, c *clinictest.Clinic, state string) int {
	t.Helper()
	var n int
	if err := c.PG.Pool().QueryRow(t.Context(), `SELECT count(*) FROM river_job WHERE state = $1::river_job_state`, state).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestBookingReads(t *testing.T) {
	c := clinictest.New(t, clinictest.Options{Clinicians: 2})
	appts := c.Appointments(t, nil, nil)
	p := c.Patients(t, 1)[0]
	ctx := t.Context()
	specs, err := appts.Specialties(ctx)
	if err != nil || len(specs) != 1 || specs[0].Code != clinictest.Specialty || specs[0].Names["en"] != "General Practice" {
		t.Fatalf("specialties %+v, %v", specs, err)
	}
	if _, err := appts.Specialty(ctx, "astrology"); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("unknown specialty: %v", err)
	}
	doc, err := appts.Clinician(ctx, c.Clinicians[1])
	if err != nil || doc.Names["en"] != "Dr Test 1" || doc.Names["ar"] != "د. اختبار 1" {
		t.Errorf("clinician %+v, %v", doc, err)
	}
	if _, _, err := appts.LastClinician(ctx, p); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("last clinician of a new patient: %v", err)
	}
	first := c.NextSlotStart(time.Now().Add(2 * time.Hour))
	for i, at := range []time.Time{first.Add(24 * time.Hour), first} {
		if _, err := appts.Book(ctx, bookReq(p, c.SlotAt(t, i, at))); err != nil {
			t.Fatal(err)
		}
	}
	up, err := appts.Upcoming(ctx, p)
	if err != nil || len(up) != 2 || !up[0].Start.Equal(first) || up[0].Clinician.ID != c.Clinicians[1] {
		t.Fatalf("upcoming %+v, %v; want the sooner first", up, err)
	}
	last, spec, err := appts.LastClinician(ctx, p)
	if err != nil || last.ID != c.Clinicians[0] || spec.Code != clinictest.Specialty {
		t.Errorf("last clinician %+v %+v %v; want the one of the latest appointment", last, spec, err)
	}
	// The patient's own appointments are busy time with every clinician.
	free, err := appts.FreeSlots(ctx, dialogs.SlotQuery{Specialty: clinictest.Specialty, PatientID: p})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range free {
		if s.Start.Equal(first) {
			t.Fatalf("slot %+v offered at a time the patient is booked", s)
		}
	}
}
