package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// freeSlot is a schedule.Slot with the facility whose window it belongs
// to, which the appointment row records.
type freeSlot struct {
	schedule.Slot
	Facility int64
}

// slotQuery is dialogs.SlotQuery plus what validation needs.
type slotQuery struct {
	dialogs.SlotQuery
	// moving is an appointment being rescheduled: it does not keep its
	// patient busy (the clinician's side still sees it).
	moving int64
	// from and to, when set, narrow the listing (FHIR searches).
	from, to time.Time
}

// clinicianGroup is one clinician's availability at one facility, with
// that facility's booking rules.
type clinicianGroup struct {
	avail   schedule.Availability
	notice  time.Duration
	horizon time.Duration
	id      int64 // facility
}

const bookableCliniciansSQL = `
SELECT DISTINCT c.id
FROM clinicians c
JOIN clinician_specialties cs ON cs.clinician_id = c.id
WHERE c.active AND c.role = 'clinician'
  AND ($1::text = '' OR cs.specialty_code = $1::text)
  AND ($2::bigint = 0 OR c.id = $2::bigint)
ORDER BY c.id`

// The weekly windows and extra sessions of the clinicians $1, at
// facilities that offer the specialty asked for: one a facility lists, or
// any when it lists none (migration 00018); ” asks for any. A window
// without its own appointment length or rest takes the specialty's
// (migration 00021): the one asked for, or with none asked for (a
// clinician's whole calendar) the shortest of the clinician's; a length
// found nowhere is 0 and the window offers nothing, a rest found nowhere 0.
const windowsSQL = `
SELECT a.clinician_id, a.facility_id, f.time_zone,
       extract(epoch FROM f.booking_notice)::bigint AS notice_s,
       extract(epoch FROM f.booking_horizon)::bigint AS horizon_s,
       a.weekday, (extract(epoch FROM a.start_time) / 60)::int AS start_min,
       (extract(epoch FROM a.end_time) / 60)::int AS end_min,
       coalesce(a.slot_minutes, sp.slot_minutes, 0)::smallint AS slot_minutes,
       coalesce(a.buffer_minutes, sp.buffer_minutes, 0)::smallint AS buffer_minutes
FROM availability a JOIN facilities f ON f.id = a.facility_id
LEFT JOIN LATERAL (
    SELECT s.slot_minutes, s.buffer_minutes FROM specialties s
    WHERE CASE WHEN $2::text = '' THEN s.code IN (
              SELECT cs.specialty_code FROM clinician_specialties cs WHERE cs.clinician_id = a.clinician_id)
          ELSE s.code = $2::text END
    ORDER BY s.slot_minutes NULLS LAST, s.code LIMIT 1) sp ON true
WHERE a.clinician_id = ANY($1)
  AND ($2::text = '' OR NOT EXISTS (SELECT 1 FROM facility_specialties fs WHERE fs.facility_id = a.facility_id)
       OR EXISTS (SELECT 1 FROM facility_specialties fs WHERE fs.facility_id = a.facility_id AND fs.specialty_code = $2::text))`

const extrasSQL = `
SELECT e.clinician_id, e.facility_id, f.time_zone,
       extract(epoch FROM f.booking_notice)::bigint AS notice_s,
       extract(epoch FROM f.booking_horizon)::bigint AS horizon_s,
       e.day::text AS day, (extract(epoch FROM e.start_time) / 60)::int AS start_min,
       (extract(epoch FROM e.end_time) / 60)::int AS end_min, e.slot_minutes, e.buffer_minutes
FROM availability_exceptions e JOIN facilities f ON f.id = e.facility_id
WHERE e.kind = 'extra' AND e.clinician_id = ANY($1) AND e.day >= $2::date
  AND ($3::text = '' OR NOT EXISTS (SELECT 1 FROM facility_specialties fs WHERE fs.facility_id = e.facility_id)
       OR EXISTS (SELECT 1 FROM facility_specialties fs WHERE fs.facility_id = e.facility_id AND fs.specialty_code = $3::text))`

const daysOffSQL = `
SELECT clinician_id, day::text FROM availability_exceptions
WHERE kind = 'off' AND clinician_id = ANY($1) AND day >= $2::date`

// Busy time: other patients' bookings and live holds for the clinicians,
// the joint sessions they are guests of (referrals.go), the patient's own
// bookings and, when moving a joint session, its guest's other
// appointments (clinician 0: busy whoever the clinician). Expired holds and
// the patient's own hold are not busy.
const busySQL = `
SELECT clinician_id, lower(during), upper(during) FROM appointments
WHERE clinician_id = ANY($1) AND active AND upper(during) > $2 AND lower(during) < $3
  AND NOT (status = 'held' AND (hold_until <= now() OR patient_id = $4))
UNION ALL
SELECT guest_clinician_id, lower(during), upper(during) FROM appointments
WHERE guest_clinician_id = ANY($1) AND active AND upper(during) > $2 AND lower(during) < $3
UNION ALL
SELECT 0, lower(during), upper(during) FROM appointments
WHERE patient_id = $4 AND status = 'booked' AND id <> $5
  AND upper(during) > $2 AND lower(during) < $3
UNION ALL
SELECT 0, lower(o.during), upper(o.during)
FROM appointments m JOIN appointments o
  ON o.id <> m.id AND o.active AND (o.clinician_id = m.guest_clinician_id OR o.guest_clinician_id = m.guest_clinician_id)
WHERE m.id = $5 AND m.guest_clinician_id IS NOT NULL
  AND upper(o.during) > $2 AND lower(o.during) < $3`

type windowRow struct {
	Clinician int64  `db:"clinician_id"`
	Facility  int64  `db:"facility_id"`
	Zone      string `db:"time_zone"`
	NoticeS   int64  `db:"notice_s"`
	HorizonS  int64  `db:"horizon_s"`
	Weekday   int16  `db:"weekday"`
	Day       string `db:"day"`
	StartMin  int    `db:"start_min"`
	EndMin    int    `db:"end_min"`
	Slot      int16  `db:"slot_minutes"`
	Buffer    int16  `db:"buffer_minutes"`
}

// maxHorizon bounds every facility's horizon (the schema allows a year).
const maxHorizon = 366 * 24 * time.Hour

// freeSlots computes q's free slots at now: availability minus busy time,
// per clinician and facility, merged in start order. It reads in one
// round trip after the clinicians are known.
func (a *Appointments) freeSlots(ctx context.Context, db apptQuerier, q slotQuery, now time.Time) ([]freeSlot, error) {
	rows, _ := db.Query(ctx, bookableCliniciansSQL, q.Specialty, q.Clinician)
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("list clinicians: %w", err)
	}
	if len(ids) == 0 {
		return nil, nil
	}
	// A window that starts yesterday may run past midnight into today.
	since := now.UTC().Add(-48 * time.Hour).Format(time.DateOnly)
	// Busy time that can matter: up to the horizon, or around the narrow
	// window asked for (buffers are at most two hours).
	busyFrom, busyTo := now.Add(-2*time.Hour), now.Add(maxHorizon)
	if !q.to.IsZero() {
		busyFrom, busyTo = q.from.Add(-3*time.Hour), q.to.Add(3*time.Hour)
	}
	b := &pgx.Batch{}
	var windows, extras []windowRow
	var off []struct {
		Clinician int64
		Day       string
	}
	var busy []struct {
		Clinician  int64
		Start, End time.Time
	}
	b.Queue(windowsSQL, ids, q.Specialty).Query(func(rows pgx.Rows) error {
		var e error
		windows, e = pgx.CollectRows(rows, pgx.RowToStructByNameLax[windowRow])
		return e
	})
	b.Queue(extrasSQL, ids, since, q.Specialty).Query(func(rows pgx.Rows) error {
		var e error
		extras, e = pgx.CollectRows(rows, pgx.RowToStructByNameLax[windowRow])
		return e
	})
	b.Queue(daysOffSQL, ids, since).Query(func(rows pgx.Rows) error {
		var e error
		off, e = pgx.CollectRows(rows, pgx.RowToStructByPos[struct {
			Clinician int64
			Day       string
		}])
		return e
	})
	b.Queue(busySQL, ids, busyFrom, busyTo, q.PatientID, q.moving).Query(func(rows pgx.Rows) error {
		var e error
		busy, e = pgx.CollectRows(rows, pgx.RowToStructByPos[struct {
			Clinician  int64
			Start, End time.Time
		}])
		return e
	})
	if err := db.SendBatch(ctx, b).Close(); err != nil {
		return nil, fmt.Errorf("load availability: %w", err)
	}

	groups, err := a.groups(windows, extras)
	if err != nil {
		return nil, err
	}
	busyOf := map[int64][]schedule.Interval{}
	for _, bz := range busy {
		busyOf[bz.Clinician] = append(busyOf[bz.Clinician], schedule.Interval{Start: bz.Start, End: bz.End})
	}
	var lists [][]freeSlot
	for _, g := range groups {
		for _, o := range off {
			if o.Clinician != int64(g.avail.Clinician) {
				continue
			}
			d, err := schedule.ParseDate(o.Day)
			if err != nil {
				return nil, fmt.Errorf("day off of clinician %d: %w", o.Clinician, err)
			}
			g.avail.DaysOff = append(g.avail.DaysOff, d)
		}
		cq := schedule.Query{
			Now: now, Notice: g.notice, Horizon: g.horizon,
			Busy: append(busyOf[int64(g.avail.Clinician)], busyOf[0]...),
		}
		if !q.to.IsZero() && q.to.Sub(now) < cq.Horizon {
			// Only slots starting before q.to are wanted: compute no more.
			if cq.Horizon = q.to.Sub(now); cq.Horizon <= 0 {
				continue
			}
		}
		slots, err := schedule.Free(g.avail, cq)
		if err != nil {
			return nil, fmt.Errorf("free slots of clinician %d: %w", g.avail.Clinician, err)
		}
		list := make([]freeSlot, 0, len(slots))
		for _, s := range slots {
			if (!q.from.IsZero() && s.Start.Before(q.from)) || (!q.to.IsZero() && !s.Start.Before(q.to)) {
				continue
			}
			list = append(list, freeSlot{Slot: s, Facility: g.id})
		}
		lists = append(lists, list)
	}
	return mergeFree(lists), nil
}

// groups turns window rows into one schedule.Availability per clinician
// and facility.
func (a *Appointments) groups(windows, extras []windowRow) ([]*clinicianGroup, error) {
	type key struct{ clinician, facility int64 }
	byKey := map[key]*clinicianGroup{}
	var order []*clinicianGroup
	group := func(r windowRow) (*clinicianGroup, error) {
		k := key{r.Clinician, r.Facility}
		if g, ok := byKey[k]; ok {
			return g, nil
		}
		loc, err := a.location(r.Zone)
		if err != nil {
			return nil, err
		}
		g := &clinicianGroup{
			avail:   schedule.Availability{Clinician: schedule.ClinicianID(r.Clinician), Location: loc},
			notice:  time.Duration(r.NoticeS) * time.Second,
			horizon: time.Duration(r.HorizonS) * time.Second,
			id:      r.Facility,
		}
		byKey[k] = g
		order = append(order, g)
		return g, nil
	}
	window := func(r windowRow) schedule.Window {
		return schedule.Window{
			Start: schedule.Clock(r.StartMin), End: schedule.Clock(r.EndMin),
			Slot: time.Duration(r.Slot) * time.Minute, Buffer: time.Duration(r.Buffer) * time.Minute,
		}
	}
	for _, r := range windows {
		if r.Slot <= 0 {
			continue // no length here nor in the specialty: nothing to offer
		}
		g, err := group(r)
		if err != nil {
			return nil, err
		}
		g.avail.Weekly = append(g.avail.Weekly, schedule.Weekly{Weekday: time.Weekday(r.Weekday), Window: window(r)})
	}
	for _, r := range extras {
		g, err := group(r)
		if err != nil {
			return nil, err
		}
		d, err := schedule.ParseDate(r.Day)
		if err != nil {
			return nil, fmt.Errorf("extra window of clinician %d: %w", r.Clinician, err)
		}
		g.avail.Extra = append(g.avail.Extra, schedule.Extra{Date: d, Window: window(r)})
	}
	return order, nil
}

// location loads an IANA zone once per Appointments.
func (a *Appointments) location(name string) (*time.Location, error) {
	if loc, ok := a.zones.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("facility time zone %q: %w", name, err)
	}
	a.zones.Store(name, loc)
	return loc, nil
}

// mergeFree merges per-group lists (each in start order) into one, by
// start then clinician, as schedule.Merge does.
func mergeFree(lists [][]freeSlot) []freeSlot {
	var all []schedule.Slot
	fac := map[slotKey]int64{}
	for _, l := range lists {
		for _, s := range l {
			all = append(all, s.Slot)
			fac[keyOf(s.Slot)] = s.Facility
		}
	}
	merged := schedule.Merge(all)
	out := make([]freeSlot, len(merged))
	for i, s := range merged {
		out[i] = freeSlot{Slot: s, Facility: fac[keyOf(s)]}
	}
	return out
}

type slotKey struct {
	clinician  schedule.ClinicianID
	start, end int64
}

func keyOf(s schedule.Slot) slotKey {
	return slotKey{s.Clinician, s.Start.UnixNano(), s.End.UnixNano()}
}

// findFree returns the free slot equal to s (same clinician, start and end)
// for the patient, or ErrSlotTaken.
func (a *Appointments) findFree(ctx context.Context, tx pgx.Tx, s schedule.Slot, specialty string, patient, moving int64) (freeSlot, error) {
	q := slotQuery{
		SlotQuery: dialogs.SlotQuery{Specialty: specialty, Clinician: int64(s.Clinician), PatientID: patient},
		moving:    moving, from: s.Start, to: s.Start.Add(time.Second),
	}
	slots, err := a.freeSlots(ctx, tx, q, a.now())
	if err != nil {
		return freeSlot{}, err
	}
	for _, f := range slots {
		if f.Start.Equal(s.Start) && f.End.Equal(s.End) {
			return f, nil
		}
	}
	return freeSlot{}, dialogs.ErrSlotTaken
}

// apptQuerier is what reads need: a pool or a transaction.
type apptQuerier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}
