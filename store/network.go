package store

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
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
