package store

import (
	"context"
	"fmt"

	"github.com/frontdoor-health/frontdoor/clinic"
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

// SeedDemo loads the demo network (clinic.Demo) with Network.Import. It is
// idempotent: facilities and specialties are upserted on their codes and
// rewritten only where they differ from the demo definition; a demo
// account is created once, with DemoPassword, its specialties and hours,
// and never touched again, so an operator's changes (a new password,
// another schedule) survive a second run. Safe to run concurrently.
func SeedDemo(ctx context.Context, pg *Postgres) (Demo, error) {
	n := clinic.Demo()
	res, err := pg.Network().Import(ctx, n, ImportOptions{NewPassword: DemoPassword, KeepAccounts: true},
		AuditActor{Kind: ActorSystem, ID: "seed"})
	if err != nil {
		return Demo{}, fmt.Errorf("store: seed demo: %w", err)
	}
	// New accounts start off duty; the demo's clinicians made now start on
	// it, so that a demo's urgent patients meet a clinician as soon as one
	// opens the dashboard. Those that existed keep what they chose.
	if len(res.NewAccounts) > 0 {
		if _, err := pg.pool.Exec(ctx, seedOnDutySQL, res.NewAccounts); err != nil {
			return Demo{}, fmt.Errorf("store: seed demo: on duty: %w", err)
		}
	}
	d := Demo{Password: DemoPassword, Written: res.Written}
	for _, a := range n.Accounts {
		d.Logins = append(d.Logins, DemoLogin{Username: a.Username, Role: a.Role, Facility: a.Facilities[0]})
	}
	if err := countDemo(ctx, pg, n, &d); err != nil {
		return Demo{}, fmt.Errorf("store: seed demo: %w", err)
	}
	return d, nil
}

// The WHERE clause skips rows already equal to the file's, so a second
// import writes nothing.
const (
	upsertFacilitySQL = `
INSERT INTO facilities (code, names, city, time_zone, phone)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (code) DO UPDATE
SET names = EXCLUDED.names, city = EXCLUDED.city,
    time_zone = EXCLUDED.time_zone, phone = EXCLUDED.phone
WHERE (facilities.names, facilities.city, facilities.time_zone, facilities.phone)
      IS DISTINCT FROM (EXCLUDED.names, EXCLUDED.city, EXCLUDED.time_zone, EXCLUDED.phone)`

	upsertSpecialtySQL = `
INSERT INTO specialties (code, names)
VALUES ($1, $2)
ON CONFLICT (code) DO UPDATE
SET names = EXCLUDED.names
WHERE (specialties.names) IS DISTINCT FROM (EXCLUDED.names)`

	// The import audits the accounts it makes; being on duty is part of
	// making a demo account, not a clinician's later switch.
	seedOnDutySQL = `UPDATE clinicians SET on_duty = true WHERE username = ANY($1) AND role = 'clinician'`

	insertClinicianSpecialtySQL = `
INSERT INTO clinician_specialties (clinician_id, specialty_code) VALUES ($1, $2)`
)

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

func countDemo(ctx context.Context, pg *Postgres, n *clinic.Network, d *Demo) error {
	var facilities, specialties, accounts []string
	for _, f := range n.Facilities {
		facilities = append(facilities, f.Code)
	}
	for _, s := range n.Specialties {
		specialties = append(specialties, s.Code)
	}
	for _, a := range n.Accounts {
		accounts = append(accounts, a.Username)
	}
	err := pg.pool.QueryRow(ctx, countDemoSQL, facilities, specialties, accounts).
		Scan(&d.Facilities, &d.Specialties, &d.Clinicians, &d.Windows)
	if err != nil {
		return fmt.Errorf("count demo rows: %w", err)
	}
	return nil
}
