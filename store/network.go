package store

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/password"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// ImportOptions say how Network.Import treats accounts.
type ImportOptions struct {
	// NewPassword is the password of the accounts the import creates. Empty:
	// a random one nobody knows, so the account cannot log in until an
	// administrator sets one (frontdoor clinician passwd).
	NewPassword string
	// KeepAccounts leaves accounts that exist as they are, hours included
	// (the demo seed: an operator's changes survive a second run).
	KeepAccounts bool
	// DryRun checks the file against the database and reports what would
	// change, then rolls everything back.
	DryRun bool
}

// ImportResult says what an import changed.
type ImportResult struct {
	// Written counts the rows inserted or changed: 0 when the database
	// already matched the file.
	Written int
	// NewAccounts are the usernames the import created.
	NewAccounts []string
	// Affected are booked appointments on days the import closed (days off
	// and holidays): someone must move or cancel them and tell the patients.
	Affected []AffectedAppointment
}

// AffectedAppointment is a booked appointment on a day that is now closed.
type AffectedAppointment struct {
	ID        int64
	Clinician string
	Start     time.Time
	// Day is the appointment's date in its facility's calendar.
	Day schedule.Date
}

// Network is the clinic network as an operator describes it in a file
// (clinic.Network): specialties, facilities, accounts and their hours. Get
// it from Postgres.Network; safe for concurrent use.
type Network struct {
	pool *pgxpool.Pool
}

// Network returns the network kept in p's database, sharing its pool.
func (p *Postgres) Network() *Network { return &Network{pool: p.pool} }

// Import applies a clinic network file in one transaction, audited:
// specialties and facilities are upserted on their codes, accounts on their
// usernames (names, role, facilities and specialties as the file says;
// weekly hours replaced when the file gives them), and days off, holidays
// and extra sessions added. It is idempotent: a second run of the same file
// writes nothing. A reference to a facility or specialty that is neither in
// the file nor in the database fails the import with the line
// (*clinic.LineError, joined).
func (nw *Network) Import(ctx context.Context, n *clinic.Network, opts ImportOptions, by AuditActor) (ImportResult, error) {
	var res ImportResult
	err := pgx.BeginFunc(ctx, nw.pool, func(tx pgx.Tx) error {
		// One import at a time: two concurrent runs of a file would both
		// see an account missing and both create it.
		if _, err := tx.Exec(ctx, importLock); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		im := importer{tx: tx, opts: opts, res: &res}
		if err := im.run(ctx, n); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, appendAuditSQL, by.Kind, by.ID, "network.import", "network", "",
			map[string]any{"written": res.Written, "new_accounts": len(res.NewAccounts), "affected": len(res.Affected), "dry_run": opts.DryRun})
		if err != nil {
			return fmt.Errorf("audit: %w", err)
		}
		if opts.DryRun {
			return errDryRun
		}
		return nil
	})
	if err != nil && !errors.Is(err, errDryRun) {
		return ImportResult{}, fmt.Errorf("store: import network: %w", err)
	}
	return res, nil
}

// queueFacility queues the upsert of f on its code (the import and the
// dashboard's facility page alike); a row equal to f is left unwritten.
func queueFacility(b *pgx.Batch, f clinic.Facility) {
	b.Queue(upsertFacilitySQL, f.Code, locales.Names(f.Name), f.City, f.TimeZone, f.Phone)
	if f.BookingNoticeMinutes != nil {
		b.Queue(`UPDATE facilities SET booking_notice = make_interval(mins => $2)
WHERE code = $1 AND booking_notice IS DISTINCT FROM make_interval(mins => $2)`, f.Code, *f.BookingNoticeMinutes)
	}
	if f.BookingHorizonDays != nil {
		b.Queue(`UPDATE facilities SET booking_horizon = make_interval(days => $2)
WHERE code = $1 AND booking_horizon IS DISTINCT FROM make_interval(days => $2)`, f.Code, *f.BookingHorizonDays)
	}
	queuePlace(b, f)
}

// queueSpecialty queues the upsert of s on its code: its names, and its
// appointment length and rest where s gives them (a file that leaves them
// out leaves the database's as they are, as for a facility's notice).
func queueSpecialty(b *pgx.Batch, s clinic.Specialty) {
	b.Queue(upsertSpecialtySQL, s.Code, locales.Names(s.Name))
	if s.SlotMinutes != nil {
		b.Queue(`UPDATE specialties SET slot_minutes = $2 WHERE code = $1 AND slot_minutes IS DISTINCT FROM $2`, s.Code, *s.SlotMinutes)
	}
	if s.BufferMinutes != nil {
		b.Queue(`UPDATE specialties SET buffer_minutes = $2 WHERE code = $1 AND buffer_minutes IS DISTINCT FROM $2`, s.Code, *s.BufferMinutes)
	}
}

type importer struct {
	tx         pgx.Tx
	opts       ImportOptions
	res        *ImportResult
	facilities map[string]int64 // code → id, every facility after the upserts
	specialty  map[string]bool  // every specialty code after the upserts
	// sized: the specialties that set an appointment length, for hours
	// that set none.
	sized    map[string]bool
	problems []error
	// newHash is the password hash of the accounts this import creates,
	// made once (see accountHash).
	newHash string
}

// accountHash returns the password hash every account this import
// creates gets. One hash serves them all, because they all get one
// password (NewPassword, or one random text nobody keeps), and argon2id is
// slow by design: a fifth of a second each, seconds under the race
// detector, which the demo's six accounts paid on every seed. Their
// sharing a salt gives nothing away: the demo's password is public, and
// the random one is known to no one.
func (im *importer) accountHash() (string, error) {
	if im.newHash != "" {
		return im.newHash, nil
	}
	pw := im.opts.NewPassword
	if pw == "" {
		pw = rand.Text() // unknown to anyone: no login until a password is set
	}
	hash, err := password.Hash(pw)
	if err != nil {
		return "", err
	}
	im.newHash = hash
	return hash, nil
}

func (im *importer) problem(line int, format string, args ...any) {
	im.fieldProblem(line, "", format, args...)
}

// fieldProblem records a problem of one key, so a form shows it there.
func (im *importer) fieldProblem(line int, field, format string, args ...any) {
	im.problems = append(im.problems, &clinic.LineError{File: "import", Line: line, Msg: fmt.Sprintf(format, args...), Field: field})
}

func (im *importer) run(ctx context.Context, n *clinic.Network) error {
	var b pgx.Batch
	for _, s := range n.Specialties {
		queueSpecialty(&b, s)
	}
	for _, f := range n.Facilities {
		queueFacility(&b, f)
	}
	if err := im.exec(ctx, &b, "facilities and specialties"); err != nil {
		return err
	}
	if err := im.loadReference(ctx); err != nil {
		return err
	}
	im.checkReferences(n)
	if len(im.problems) > 0 {
		return errors.Join(im.problems...)
	}
	for _, a := range n.Accounts {
		if err := im.account(ctx, a); err != nil {
			return fmt.Errorf("account %s: %w", a.Username, err)
		}
	}
	return im.holidays(ctx, n.Holidays)
}

// exec sends b and counts the rows it changed.
func (im *importer) exec(ctx context.Context, b *pgx.Batch, what string) error {
	n, err := execBatch(ctx, im.tx, b, what)
	im.res.Written += n
	return err
}

func (im *importer) loadReference(ctx context.Context) error {
	im.facilities, im.specialty = map[string]int64{}, map[string]bool{}
	rows, _ := im.tx.Query(ctx, `SELECT id, code FROM facilities`)
	var id int64
	var code string
	if _, err := pgx.ForEachRow(rows, []any{&id, &code}, func() error {
		im.facilities[code] = id
		return nil
	}); err != nil {
		return fmt.Errorf("load facilities: %w", err)
	}
	im.sized = map[string]bool{}
	var sized bool
	rows, _ = im.tx.Query(ctx, `SELECT code, slot_minutes IS NOT NULL FROM specialties`)
	if _, err := pgx.ForEachRow(rows, []any{&code, &sized}, func() error {
		im.specialty[code], im.sized[code] = true, sized
		return nil
	}); err != nil {
		return fmt.Errorf("load specialties: %w", err)
	}
	return nil
}

// checkReferences reports every facility and specialty the file names that
// neither it nor the database defines, with its line.
func (im *importer) checkReferences(n *clinic.Network) {
	facility := func(line int, what, code string) {
		if code != "" && im.facilities[code] == 0 {
			im.problem(line, "%s: facility %q is neither in the file nor in the database", what, code)
		}
	}
	for _, h := range n.Holidays {
		for _, f := range h.Facilities {
			facility(h.Line, fmt.Sprintf("holiday %q", h.Name), f)
		}
	}
	for _, a := range n.Accounts {
		what := fmt.Sprintf("account %q", a.Username)
		for _, f := range a.Facilities {
			facility(a.Line, what, f)
		}
		for _, s := range a.Specialties {
			if !im.specialty[s] {
				im.problem(a.Line, "%s: specialty %q is neither in the file nor in the database", what, s)
			}
		}
		im.checkLengths(a)
	}
}

// checkLengths reports each weekly window that sets no appointment length
// while one of the account's specialties sets none either: a patient
// booking that specialty would find no length to cut the window by.
func (im *importer) checkLengths(a clinic.Account) {
	for _, h := range a.Hours {
		if h.SlotMinutes != nil {
			continue
		}
		for _, s := range a.Specialties {
			if im.specialty[s] && !im.sized[s] {
				im.fieldProblem(h.Line, "slot_from_specialty", "account %q: hours: slot_minutes is missing and specialty %q sets none (give the window a length, or the specialty one)", a.Username, s)
				break
			}
		}
	}
}

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
