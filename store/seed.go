package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/frontdoor-health/frontdoor/password"
	"github.com/jackc/pgx/v5"
)

// DemoPassword is the password of every demo account. It is public: demo
// data is for trying Frontdoor, never for a clinic's real accounts.
const DemoPassword = "frontdoor-demo"

// Demo describes the demo data after SeedDemo.
type Demo struct {
	// Facilities, Specialties, Clinicians and Windows count the demo rows
	// the database holds.
	Facilities, Specialties, Clinicians, Windows int
	// Written counts the rows this call inserted or changed: 0 when the
	// demo data was already in place.
	Written int
	// Logins are the demo accounts, all with Password.
	Logins   []DemoLogin
	Password string
}

// DemoLogin is one demo account.
type DemoLogin struct {
	Username, Role, Facility string
}

// SeedDemo puts the demo facilities, specialties and clinicians (with their
// specialties and weekly availability) in the database, in one transaction.
// It is idempotent: facilities and specialties are upserted on their codes
// and rewritten only where they differ from the demo definition; a demo
// clinician is created once, with its password, specialties and windows,
// and never touched again, so an operator's changes (a new password,
// another schedule) survive a second run. Safe to run concurrently.
func SeedDemo(ctx context.Context, pg *Postgres) (Demo, error) {
	d := Demo{Password: DemoPassword}
	err := pgx.BeginFunc(ctx, pg.pool, func(tx pgx.Tx) error {
		n, err := seedReference(ctx, tx)
		if err != nil {
			return err
		}
		d.Written += n
		for _, c := range demoClinicians {
			n, err := seedClinician(ctx, tx, c)
			if err != nil {
				return err
			}
			d.Written += n
			d.Logins = append(d.Logins, DemoLogin{Username: c.username, Role: c.role, Facility: c.facility})
		}
		return countDemo(ctx, tx, &d)
	})
	if err != nil {
		return Demo{}, fmt.Errorf("store: seed demo: %w", err)
	}
	return d, nil
}

// The WHERE clause skips rows already equal to the demo definition, so a
// second run writes nothing.
const (
	upsertFacilitySQL = `
INSERT INTO facilities (code, name_ar, name_en, city, time_zone, phone)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (code) DO UPDATE
SET name_ar = EXCLUDED.name_ar, name_en = EXCLUDED.name_en, city = EXCLUDED.city,
    time_zone = EXCLUDED.time_zone, phone = EXCLUDED.phone
WHERE (facilities.name_ar, facilities.name_en, facilities.city, facilities.time_zone, facilities.phone)
      IS DISTINCT FROM (EXCLUDED.name_ar, EXCLUDED.name_en, EXCLUDED.city, EXCLUDED.time_zone, EXCLUDED.phone)`

	upsertSpecialtySQL = `
INSERT INTO specialties (code, name_ar, name_en)
VALUES ($1, $2, $3)
ON CONFLICT (code) DO UPDATE
SET name_ar = EXCLUDED.name_ar, name_en = EXCLUDED.name_en
WHERE (specialties.name_ar, specialties.name_en) IS DISTINCT FROM (EXCLUDED.name_ar, EXCLUDED.name_en)`
)

// seedReference upserts facilities and specialties in one round trip and
// returns how many rows it wrote.
func seedReference(ctx context.Context, tx pgx.Tx) (int, error) {
	var b pgx.Batch
	for _, f := range demoFacilities {
		b.Queue(upsertFacilitySQL, f.code, f.nameAr, f.nameEn, f.city, f.timeZone, f.phone)
	}
	for _, s := range demoSpecialties {
		b.Queue(upsertSpecialtySQL, s.code, s.nameAr, s.nameEn)
	}
	return execBatch(ctx, tx, &b, "facilities and specialties")
}

const (
	clinicianExistsSQL = `SELECT EXISTS (SELECT 1 FROM clinicians WHERE username = $1)`

	insertClinicianSQL = `
INSERT INTO clinicians (facility_id, username, display_name_ar, display_name_en, role, password_hash)
SELECT f.id, $2, $3, $4, $5, $6 FROM facilities f WHERE f.code = $1
ON CONFLICT (username) DO NOTHING
RETURNING id`

	insertClinicianSpecialtySQL = `
INSERT INTO clinician_specialties (clinician_id, specialty_code) VALUES ($1, $2)`

	insertWindowSQL = `
INSERT INTO availability (clinician_id, facility_id, weekday, start_time, end_time, slot_minutes)
SELECT $1, f.id, $3, $4::time, $5::time, $6 FROM facilities f WHERE f.code = $2`
)

// seedClinician creates the demo clinician c with its specialties and
// windows unless the username exists, and returns how many rows it wrote.
func seedClinician(ctx context.Context, tx pgx.Tx, c demoClinician) (int, error) {
	var exists bool
	if err := tx.QueryRow(ctx, clinicianExistsSQL, c.username).Scan(&exists); err != nil {
		return 0, fmt.Errorf("look up clinician %s: %w", c.username, err)
	}
	if exists {
		return 0, nil // hash nothing: argon2id costs tens of milliseconds
	}
	hash, err := password.Hash(DemoPassword)
	if err != nil {
		return 0, err
	}
	var id int64
	err = tx.QueryRow(ctx, insertClinicianSQL, c.facility, c.username, c.nameAr, c.nameEn, c.role, hash).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil // a concurrent seed created it first
	}
	if err != nil {
		return 0, fmt.Errorf("insert clinician %s: %w", c.username, err)
	}
	var b pgx.Batch
	for _, s := range c.specialties {
		b.Queue(insertClinicianSpecialtySQL, id, s)
	}
	for _, w := range c.windows {
		for _, day := range w.days {
			b.Queue(insertWindowSQL, id, c.facility, int(day), w.start, w.end, w.slotMinutes)
		}
	}
	n, err := execBatch(ctx, tx, &b, "clinician "+c.username)
	return 1 + n, err
}

// execBatch sends b and returns the rows its statements affected.
func execBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch, what string) (int, error) {
	if b.Len() == 0 {
		return 0, nil
	}
	res := tx.SendBatch(ctx, b)
	n := 0
	for range b.Len() {
		tag, err := res.Exec()
		if err != nil {
			res.Close()
			return 0, fmt.Errorf("seed %s: %w", what, err)
		}
		n += int(tag.RowsAffected())
	}
	if err := res.Close(); err != nil {
		return 0, fmt.Errorf("seed %s: %w", what, err)
	}
	return n, nil
}

const countDemoSQL = `
SELECT
    (SELECT count(*) FROM facilities WHERE code = ANY($1)),
    (SELECT count(*) FROM specialties WHERE code = ANY($2)),
    (SELECT count(*) FROM clinicians WHERE username = ANY($3)),
    (SELECT count(*) FROM availability a JOIN clinicians c ON c.id = a.clinician_id WHERE c.username = ANY($3))`

func countDemo(ctx context.Context, tx pgx.Tx, d *Demo) error {
	var facilities, specialties, clinicians []string
	for _, f := range demoFacilities {
		facilities = append(facilities, f.code)
	}
	for _, s := range demoSpecialties {
		specialties = append(specialties, s.code)
	}
	for _, c := range demoClinicians {
		clinicians = append(clinicians, c.username)
	}
	err := tx.QueryRow(ctx, countDemoSQL, facilities, specialties, clinicians).
		Scan(&d.Facilities, &d.Specialties, &d.Clinicians, &d.Windows)
	if err != nil {
		return fmt.Errorf("count demo rows: %w", err)
	}
	return nil
}
