package store

// The importer's account half: one clinician account, its facilities,
// specialties, weekly hours and days off, and the network's holidays, each
// brought to what the file says inside the import's transaction.

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/schedule"
)

type accountRow struct {
	ID       int64         `db:"id"`
	Facility int64         `db:"facility_id"`
	Names    locales.Names `db:"display_names"`
	Role     string        `db:"role"`
	Active   bool          `db:"active"`
}

func (im *importer) account(ctx context.Context, a clinic.Account) error {
	rows, _ := im.tx.Query(ctx, `
SELECT id, facility_id, display_names, role, active FROM clinicians WHERE username = $1`, a.Username)
	cur, err := pgx.CollectOneRow(rows, pgx.RowToStructByName[accountRow])
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return im.newAccount(ctx, a)
	case err != nil:
		return err
	case im.opts.KeepAccounts:
		return im.daysOff(ctx, cur.ID, a)
	}
	home := im.facilities[a.Facilities[0]]
	if cur.Facility != home || !maps.Equal(cur.Names, locales.Names(a.Name)) || cur.Role != a.Role || !cur.Active {
		// Changing a role or disabling ends nothing here: sessions carry the
		// epoch, which bumps so the account's open sessions end.
		_, err := im.tx.Exec(ctx, `
UPDATE clinicians SET facility_id = $2, display_names = $3, role = $4, active = true,
       session_epoch = session_epoch + CASE WHEN role <> $4 OR NOT active THEN 1 ELSE 0 END
WHERE id = $1`, cur.ID, home, locales.Names(a.Name), a.Role)
		if err != nil {
			return clinicianError(err)
		}
		im.res.Written++
	}
	if err := im.syncSet(ctx, cur.ID, "clinician_facilities", "facility_id", im.served(a)); err != nil {
		return err
	}
	if err := im.syncSet(ctx, cur.ID, "clinician_specialties", "specialty_code", a.Specialties); err != nil {
		return err
	}
	if a.Hours != nil {
		if err := im.syncHours(ctx, cur.ID, a); err != nil {
			return err
		}
	}
	return im.daysOff(ctx, cur.ID, a)
}

// home is the account's home facility: its first.
func (im *importer) home(a clinic.Account) int64 { return im.facilities[a.Facilities[0]] }

// served is the account's facilities besides its home.
func (im *importer) served(a clinic.Account) []int64 {
	var ids []int64
	for _, code := range a.Facilities[1:] {
		if id := im.facilities[code]; id != im.home(a) {
			ids = append(ids, id)
		}
	}
	return ids
}

func (im *importer) newAccount(ctx context.Context, a clinic.Account) error {
	hash, err := im.accountHash()
	if err != nil {
		return err
	}
	var id int64
	err = im.tx.QueryRow(ctx, addClinicianSQL, im.home(a), a.Username, locales.Names(a.Name), a.Role, hash).Scan(&id)
	if err != nil {
		return clinicianError(err)
	}
	im.res.Written++
	im.res.NewAccounts = append(im.res.NewAccounts, a.Username)
	if err := im.syncSet(ctx, id, "clinician_facilities", "facility_id", im.served(a)); err != nil {
		return err
	}
	if err := im.syncSet(ctx, id, "clinician_specialties", "specialty_code", a.Specialties); err != nil {
		return err
	}
	if err := im.syncHours(ctx, id, a); err != nil {
		return err
	}
	return im.daysOff(ctx, id, a)
}

// syncRows makes the account's rows in table (column col) exactly want.
func syncRows[T comparable](ctx context.Context, im *importer, id int64, table, col string, want []T) error {
	rows, _ := im.tx.Query(ctx, fmt.Sprintf(`SELECT %s FROM %s WHERE clinician_id = $1`, col, table), id)
	have, err := pgx.CollectRows(rows, pgx.RowTo[T])
	if err != nil {
		return fmt.Errorf("read %s: %w", table, err)
	}
	var b pgx.Batch
	for _, h := range have {
		if !slices.Contains(want, h) {
			b.Queue(fmt.Sprintf(`DELETE FROM %s WHERE clinician_id = $1 AND %s = $2`, table, col), id, h)
		}
	}
	for _, w := range want {
		if !slices.Contains(have, w) {
			b.Queue(fmt.Sprintf(`INSERT INTO %s (clinician_id, %s) VALUES ($1, $2) ON CONFLICT DO NOTHING`, table, col), id, w)
		}
	}
	return im.exec(ctx, &b, table)
}

func (im *importer) syncSet(ctx context.Context, id int64, table, col string, want any) error {
	switch w := want.(type) {
	case []int64:
		return syncRows(ctx, im, id, table, col, w)
	case []string:
		return syncRows(ctx, im, id, table, col, w)
	}
	panic("store: syncSet of an unexpected type")
}

// window is one weekly availability row, as compared and written. A nil
// Slot or Buffer is the specialty's (NULL in the row).
type window struct {
	Facility int64  `db:"facility_id"`
	Weekday  int    `db:"weekday"`
	Start    string `db:"starts"`
	End      string `db:"ends"`
	Slot     *int   `db:"slot_minutes"`
	Buffer   *int   `db:"buffer_minutes"`
}

// key is w as a comparable value (its lengths by value, -1 for nil).
func (w window) key() [6]any {
	v := func(p *int) int {
		if p == nil {
			return -1
		}
		return *p
	}
	return [6]any{w.Facility, w.Weekday, w.Start, w.End, v(w.Slot), v(w.Buffer)}
}

// syncHours replaces the account's weekly windows with the file's when
// they differ (in any order).
func (im *importer) syncHours(ctx context.Context, id int64, a clinic.Account) error {
	var want []window
	for _, h := range a.Hours {
		f := im.home(a)
		if h.Facility != "" {
			f = im.facilities[h.Facility]
		}
		for _, d := range h.Weekdays() {
			want = append(want, window{f, int(d), h.From, h.To, h.SlotMinutes, h.BufferMinutes})
		}
	}
	rows, _ := im.tx.Query(ctx, `
SELECT facility_id, weekday, to_char(start_time, 'HH24:MI') AS starts,
       CASE WHEN end_time = '24:00' THEN '24:00' ELSE to_char(end_time, 'HH24:MI') END AS ends,
       slot_minutes, buffer_minutes
FROM availability WHERE clinician_id = $1`, id)
	have, err := pgx.CollectRows(rows, pgx.RowToStructByNameLax[window])
	if err != nil {
		return fmt.Errorf("read hours: %w", err)
	}
	if sameWindows(have, want) {
		return nil
	}
	var b pgx.Batch
	b.Queue(`DELETE FROM availability WHERE clinician_id = $1`, id)
	for _, w := range want {
		b.Queue(`
INSERT INTO availability (clinician_id, facility_id, weekday, start_time, end_time, slot_minutes, buffer_minutes)
VALUES ($1, $2, $3, $4::time, $5::time, $6, $7)`, id, w.Facility, w.Weekday, w.Start, w.End, w.Slot, w.Buffer)
	}
	if err := im.exec(ctx, &b, "hours"); err != nil {
		return availabilityError(err)
	}
	return nil
}

func sameWindows(a, b []window) bool {
	if len(a) != len(b) {
		return false
	}
	for _, w := range a {
		if !slices.ContainsFunc(b, func(o window) bool { return o.key() == w.key() }) {
			return false
		}
	}
	return true
}

// daysOff adds the account's days off and extra sessions, and lists the
// booked appointments on the days it closed.
func (im *importer) daysOff(ctx context.Context, id int64, a clinic.Account) error {
	var days []schedule.Date
	for _, d := range a.DaysOff {
		days = append(days, clinic.Days(d.From, d.To)...)
	}
	if err := im.closeDays(ctx, id, days); err != nil {
		return err
	}
	var b pgx.Batch
	for _, x := range a.Extra {
		f := im.home(a)
		if x.Facility != "" {
			f = im.facilities[x.Facility]
		}
		b.Queue(`
INSERT INTO availability_exceptions (clinician_id, facility_id, day, kind, start_time, end_time, slot_minutes, buffer_minutes)
SELECT $1, $2, $3::date, 'extra', $4::time, $5::time, $6, $7
WHERE NOT EXISTS (SELECT 1 FROM availability_exceptions
                  WHERE clinician_id = $1 AND facility_id = $2 AND day = $3::date AND kind = 'extra'
                    AND start_time = $4::time AND end_time = $5::time)`,
			id, f, x.Date, x.From, x.To, x.SlotMinutes, x.BufferMinutes)
	}
	if err := im.exec(ctx, &b, "extra sessions"); err != nil {
		return availabilityError(err)
	}
	return nil
}

// closeDays makes days days off for the clinician and records the booked
// appointments that fall on the ones newly closed, each in its facility's
// calendar.
func (im *importer) closeDays(ctx context.Context, id int64, days []schedule.Date) error {
	if len(days) == 0 {
		return nil
	}
	strs := make([]string, len(days))
	for i, d := range days {
		strs[i] = d.String()
	}
	rows, _ := im.tx.Query(ctx, `
INSERT INTO availability_exceptions (clinician_id, day, kind)
SELECT $1, d::date, 'off' FROM unnest($2::text[]) AS d
ON CONFLICT (clinician_id, day) WHERE kind = 'off' DO NOTHING
RETURNING day::text`, id, strs)
	added, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("days off: %w", availabilityError(err))
	}
	im.res.Written += len(added)
	if len(added) == 0 {
		return nil
	}
	rows, _ = im.tx.Query(ctx, `
SELECT a.id, c.username, lower(a.during), (lower(a.during) AT TIME ZONE f.time_zone)::date::text
FROM appointments a
JOIN clinicians c ON c.id = a.clinician_id
JOIN facilities f ON f.id = a.facility_id
WHERE a.clinician_id = $1 AND a.status = 'booked' AND a.active
  AND (lower(a.during) AT TIME ZONE f.time_zone)::date = ANY($2::date[])
ORDER BY lower(a.during)`, id, added)
	var appt AffectedAppointment
	var day string
	_, err = pgx.ForEachRow(rows, []any{&appt.ID, &appt.Clinician, &appt.Start, &day}, func() error {
		var err error
		if appt.Day, err = schedule.ParseDate(day); err != nil {
			return err
		}
		im.res.Affected = append(im.res.Affected, appt)
		return nil
	})
	if err != nil {
		return fmt.Errorf("appointments on days off: %w", err)
	}
	return nil
}

// holidays closes each holiday's facilities for every account there.
func (im *importer) holidays(ctx context.Context, hs []clinic.Holiday) error {
	for _, h := range hs {
		var ids []int64
		for _, code := range h.Facilities {
			ids = append(ids, im.facilities[code])
		}
		rows, _ := im.tx.Query(ctx, `
SELECT c.id FROM clinicians c
WHERE c.active AND c.role = 'clinician'
  AND (cardinality($1::bigint[]) = 0 OR c.facility_id = ANY($1)
       OR EXISTS (SELECT 1 FROM clinician_facilities cf WHERE cf.clinician_id = c.id AND cf.facility_id = ANY($1)))
ORDER BY c.id`, ids)
		clinicians, err := pgx.CollectRows(rows, pgx.RowTo[int64])
		if err != nil {
			return fmt.Errorf("holiday %s: %w", h.Name, err)
		}
		days := clinic.Days(h.From, h.To)
		for _, c := range clinicians {
			if err := im.closeDays(ctx, c, days); err != nil {
				return fmt.Errorf("holiday %s: %w", h.Name, err)
			}
		}
	}
	return nil
}
