// Package clinictest gives tests a clinic to book in, on a fresh database
// of the real PostgreSQL (see storetest): a facility in Makkah time, one
// specialty, clinicians who work around the clock every day, patients, and
// store.Appointments wired to a real River queue (reminders.Sender).
package clinictest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
	"github.com/frontdoor-health/frontdoor/video"
)

// Specialty is the clinic's one specialty.
const Specialty = "general_practice"

// Options shape the clinic; zero fields take the defaults.
type Options struct {
	Clinicians  int           // 1
	SlotMinutes int           // 15; windows run 00:00–12:00 and 12:00–24:00 every day
	Notice      time.Duration // 0 (book right up to the start)
	Horizon     time.Duration // 14 days
	MaxConns    int32         // 16
	// NoWindows leaves the clinicians without weekly windows (add extra
	// windows for exact times).
	NoWindows bool
}

// Clinic is a seeded database.
type Clinic struct {
	URL        string
	PG         *store.Postgres
	Facility   int64
	Clinicians []int64
	Zone       *time.Location
	opts       Options
}

// New creates the clinic; everything is removed when tb ends.
func New(tb testing.TB, opts Options) *Clinic {
	tb.Helper()
	if opts.Clinicians <= 0 {
		opts.Clinicians = 1
	}
	if opts.SlotMinutes <= 0 {
		opts.SlotMinutes = 15
	}
	if opts.Horizon <= 0 {
		opts.Horizon = 14 * 24 * time.Hour
	}
	if opts.MaxConns <= 0 {
		opts.MaxConns = 16
	}
	ctx := context.Background()
	url := storetest.NewDatabase(tb)
	pg, err := store.OpenPostgres(ctx, url, opts.MaxConns)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(pg.Close)
	zone, err := time.LoadLocation("Asia/Riyadh")
	if err != nil {
		tb.Fatal(err)
	}
	c := &Clinic{URL: url, PG: pg, Zone: zone, opts: opts}
	pool := pg.Pool()
	err = pool.QueryRow(ctx, `
INSERT INTO facilities (code, names, city, time_zone, booking_horizon, booking_notice)
VALUES ('test_clinic', '{"ar": "عيادة الاختبار", "en": "Test Clinic"}', 'makkah', 'Asia/Riyadh',
        make_interval(secs => $1), make_interval(secs => $2))
RETURNING id`, opts.Horizon.Seconds(), opts.Notice.Seconds()).Scan(&c.Facility)
	if err != nil {
		tb.Fatalf("clinictest: facility: %v", err)
	}
	if _, err := pool.Exec(ctx, `INSERT INTO specialties (code, names) VALUES ($1, '{"ar": "الطب العام", "en": "General Practice"}')`, Specialty); err != nil {
		tb.Fatalf("clinictest: specialty: %v", err)
	}
	for i := range opts.Clinicians {
		var id int64
		err := pool.QueryRow(ctx, `
INSERT INTO clinicians (facility_id, username, display_names, role, password_hash)
VALUES ($1, $2, jsonb_build_object('ar', $3::text, 'en', $4::text), 'clinician', '$argon2id$test') RETURNING id`,
			c.Facility, fmt.Sprintf("dr.test%d", i), fmt.Sprintf("د. اختبار %d", i), fmt.Sprintf("Dr Test %d", i)).Scan(&id)
		if err != nil {
			tb.Fatalf("clinictest: clinician: %v", err)
		}
		if _, err := pool.Exec(ctx, `INSERT INTO clinician_specialties VALUES ($1, $2)`, id, Specialty); err != nil {
			tb.Fatalf("clinictest: clinician specialty: %v", err)
		}
		for wd := range 7 {
			if opts.NoWindows {
				break
			}
			for _, w := range [][2]string{{"00:00", "12:00"}, {"12:00", "24:00"}} {
				_, err := pool.Exec(ctx, `
INSERT INTO availability (clinician_id, facility_id, weekday, start_time, end_time, slot_minutes)
VALUES ($1, $2, $3, $4::time, $5::time, $6)`, id, c.Facility, wd, w[0], w[1], opts.SlotMinutes)
				if err != nil {
					tb.Fatalf("clinictest: window: %v", err)
				}
			}
		}
		c.Clinicians = append(c.Clinicians, id)
	}
	return c
}

// Patients creates n patients (Telegram conversations "test-<i>") and
// returns their ids.
func (c *Clinic) Patients(tb testing.TB, n int) []int64 {
	tb.Helper()
	ids := make([]int64, n)
	for i := range n {
		key := dialogs.ConversationKey{Channel: dialogs.ChannelTelegram, ID: fmt.Sprintf("test-%d", i)}
		p, err := c.PG.Patients().EnsurePatient(context.Background(), key, key.ID)
		if err != nil {
			tb.Fatal(err)
		}
		if err := c.PG.Patients().SetLanguage(context.Background(), p.ID, dialogs.LangEnglish); err != nil {
			tb.Fatal(err)
		}
		ids[i] = p.ID
	}
	return ids
}

// Queue returns an insert-only reminder queue over the clinic's pool.
func (c *Clinic) Queue(tb testing.TB) *reminders.Jobs {
	tb.Helper()
	q, err := reminders.NewJobs(c.PG.Pool(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return q
}

// Appointments returns store.Appointments over the clinic with jobs
// (Queue when nil) and the reminder offsets (the store's default when
// nil).
func (c *Clinic) Appointments(tb testing.TB, jobs store.ReminderJobs, offsets []time.Duration) *store.Appointments {
	tb.Helper()
	if jobs == nil {
		jobs = c.Queue(tb)
	}
	a, err := store.NewAppointments(c.PG, store.AppointmentsConfig{Rooms: video.NewRoom, Jobs: jobs, Offsets: offsets})
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// SlotAt returns the free slot of clinician i starting at start.
func (c *Clinic) SlotAt(tb testing.TB, i int, start time.Time) schedule.Slot {
	tb.Helper()
	return schedule.Slot{
		Clinician: schedule.ClinicianID(c.Clinicians[i]),
		Start:     start.UTC(), End: start.Add(time.Duration(c.opts.SlotMinutes) * time.Minute).UTC(),
	}
}

// NextSlotStart returns the first slot start of the clinic's grid at or
// after t.
func (c *Clinic) NextSlotStart(t time.Time) time.Time {
	step := time.Duration(c.opts.SlotMinutes) * time.Minute
	local := t.In(c.Zone)
	midnight := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, c.Zone)
	n := (t.Sub(midnight) + step - 1) / step
	return midnight.Add(n * step)
}

// BookAhead books a new patient with the first clinician at 10:00 on the
// day days from today in the clinic's zone, through appts, and returns the
// appointment and its day.
func (c *Clinic) BookAhead(tb testing.TB, appts *store.Appointments, days int) (dialogs.Appointment, schedule.Date) {
	tb.Helper()
	patient := c.Patients(tb, 1)[0]
	day := schedule.DateOf(time.Now().In(c.Zone)).AddDays(days)
	start := day.Midnight(c.Zone).Add(10 * time.Hour)
	booked, err := appts.Book(context.Background(), dialogs.BookRequest{PatientID: patient, Specialty: Specialty, Slot: c.SlotAt(tb, 0, start)})
	if err != nil {
		tb.Fatal(err)
	}
	return booked, day
}
