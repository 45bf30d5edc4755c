package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

// InvalidError is an administrator's change that breaks the rules a clinic
// file must follow (package clinic): each problem names its field (and, in
// a list such as the weekly hours, its row as Line).
type InvalidError struct {
	Problems []*clinic.LineError
}

func (e *InvalidError) Error() string {
	msgs := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		msgs[i] = p.Msg
	}
	return "store: invalid: " + strings.Join(msgs, "; ")
}

// invalid returns an *InvalidError for problems, nil for none.
func invalid(problems []*clinic.LineError) error {
	if len(problems) == 0 {
		return nil
	}
	return &InvalidError{Problems: problems}
}

// FacilitySettings are what an administrator sets on a facility's page.
type FacilitySettings struct {
	clinic.Facility
	Fallback dialogs.UrgentFallback
	// Specialties are the codes the facility offers; none offers every
	// specialty of its clinicians.
	Specialties []string
}

// FacilityAdmin is a facility as its administration page shows it.
type FacilityAdmin struct {
	ID          int64         `db:"id"`
	Code        string        `db:"code"`
	Names       locales.Names `db:"names"`
	City        string        `db:"city"`
	TimeZone    string        `db:"time_zone"`
	Phone       string        `db:"phone"`
	Fallback    string        `db:"urgent_fallback_phone"`
	Where       locales.Names `db:"urgent_fallback_where"`
	Specialties []string      `db:"specialties"`
}

const adminFacilitiesSQL = `
SELECT f.id, f.code, f.names, f.city, f.time_zone, f.phone, f.urgent_fallback_phone, f.urgent_fallback_where,
       ARRAY(SELECT fs.specialty_code FROM facility_specialties fs WHERE fs.facility_id = f.id ORDER BY 1) AS specialties
FROM facilities f`

// AdminFacilities lists every facility by code.
func (p *Postgres) AdminFacilities(ctx context.Context) ([]FacilityAdmin, error) {
	rows, _ := p.pool.Query(ctx, adminFacilitiesSQL+` ORDER BY f.code`)
	list, err := pgx.CollectRows(rows, pgx.RowToStructByName[FacilityAdmin])
	if err != nil {
		return nil, fmt.Errorf("store: list facilities: %w", err)
	}
	return list, nil
}

// AdminFacility returns the facility with code, or dialogs.ErrNotFound.
func (p *Postgres) AdminFacility(ctx context.Context, code string) (FacilityAdmin, error) {
	rows, _ := p.pool.Query(ctx, adminFacilitiesSQL+` WHERE f.code = $1`, code)
	f, err := pgx.CollectExactlyOneRow(rows, pgx.RowToStructByName[FacilityAdmin])
	if errors.Is(err, pgx.ErrNoRows) {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		return FacilityAdmin{}, fmt.Errorf("store: facility %q: %w", code, err)
	}
	return f, nil
}

// SaveFacility creates or updates the facility with s.Code (as an import
// of it would), its urgent-care fallback and the specialties it offers, in
// one transaction with its audit entry. An *InvalidError lists what breaks
// the clinic file's rules (a bad time zone, phone, name) or an unknown
// specialty; ErrInvalidUrgentFallback a bad fallback.
func (p *Postgres) SaveFacility(ctx context.Context, s FacilitySettings, by AuditActor) error {
	if err := invalid(clinic.CheckFacility(s.Facility)); err != nil {
		return err
	}
	if s.Specialties == nil {
		s.Specialties = []string{} // an empty list, not NULL: every row goes
	}
	where, err := fallbackWhere(s.Fallback)
	if err != nil {
		return fmt.Errorf("facility %q: %w", s.Code, err)
	}
	err = pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
		var b pgx.Batch
		queueFacility(&b, s.Facility)
		if _, err := execBatch(ctx, tx, &b, "facility"); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, setUrgentFallbackSQL, s.Code, strings.TrimSpace(s.Fallback.Phone), where, by.Kind, by.ID); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `
WITH f AS (SELECT id FROM facilities WHERE code = $1),
gone AS (DELETE FROM facility_specialties fs USING f
         WHERE fs.facility_id = f.id AND NOT fs.specialty_code = ANY($2::text[]))
INSERT INTO facility_specialties (facility_id, specialty_code)
SELECT f.id, s FROM f, unnest($2::text[]) AS s ON CONFLICT DO NOTHING`, s.Code, s.Specialties)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `
INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id, detail)
SELECT $2, $3, 'facility.save', 'facility', id::text, $4 FROM facilities WHERE code = $1`,
			s.Code, by.Kind, by.ID, map[string]any{"specialties": len(s.Specialties)})
		return err
	})
	var pe *pgconn.PgError
	switch {
	case errors.As(err, &pe) && pe.Code == pgerrcode.ForeignKeyViolation:
		return &InvalidError{Problems: []*clinic.LineError{{File: "form", Field: "specialties", Msg: "unknown specialty"}}}
	case errors.As(err, &pe) && pe.Code == pgerrcode.CheckViolation && strings.Contains(pe.ConstraintName, "urgent_fallback"):
		return fmt.Errorf("facility %q: %w", s.Code, ErrInvalidUrgentFallback)
	case err != nil:
		return fmt.Errorf("store: save facility %q: %w", s.Code, err)
	}
	return nil
}

// SpecialtyAdmin is a specialty as the administration pages show it.
type SpecialtyAdmin struct {
	Code  string        `db:"code"`
	Names locales.Names `db:"names"`
	// Slot and Buffer are its usual appointment length and rest (nil:
	// none set), for the weekly hours that set none.
	Slot   *int `db:"slot_minutes"`
	Buffer *int `db:"buffer_minutes"`
}

// AdminSpecialties lists every specialty by code.
func (p *Postgres) AdminSpecialties(ctx context.Context) ([]SpecialtyAdmin, error) {
	rows, _ := p.pool.Query(ctx, `SELECT code, names, slot_minutes, buffer_minutes FROM specialties ORDER BY code`)
	list, err := pgx.CollectRows(rows, pgx.RowToStructByName[SpecialtyAdmin])
	if err != nil {
		return nil, fmt.Errorf("store: list specialties: %w", err)
	}
	return list, nil
}

// SaveSpecialty creates or renames the specialty with s.Code and sets its
// appointment length and rest exactly (nil: none), audited; slots follow at
// once. An *InvalidError lists what breaks the rules, and refuses taking
// the length away while weekly hours without their own rely on it.
func (p *Postgres) SaveSpecialty(ctx context.Context, s clinic.Specialty, by AuditActor) error {
	if err := invalid(clinic.CheckSpecialty(s)); err != nil {
		return err
	}
	err := pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
		// Under the import lock: an import or an hours form at the same
		// time must not add a window relying on a length taken away here.
		if _, err := tx.Exec(ctx, importLock); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		if s.SlotMinutes == nil {
			var relying int
			err := tx.QueryRow(ctx, `
SELECT count(DISTINCT a.clinician_id) FROM availability a
JOIN clinician_specialties cs ON cs.clinician_id = a.clinician_id AND cs.specialty_code = $1
WHERE a.slot_minutes IS NULL`, s.Code).Scan(&relying)
			if err != nil {
				return err
			}
			if relying > 0 {
				return &InvalidError{Problems: []*clinic.LineError{{File: "form", Line: s.Line, Field: "slot_relied",
					Msg: fmt.Sprintf("specialty %q: the hours of %d clinicians take their length from it", s.Code, relying)}}}
			}
		}
		if _, err := tx.Exec(ctx, upsertSpecialtySQL, s.Code, locales.Names(s.Name)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE specialties SET slot_minutes = $2, buffer_minutes = $3 WHERE code = $1`,
			s.Code, s.SlotMinutes, s.BufferMinutes); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, appendAuditSQL, by.Kind, by.ID, "specialty.save", "specialty", s.Code,
			map[string]any{"slot_minutes": s.SlotMinutes, "buffer_minutes": s.BufferMinutes})
		return err
	})
	if inv, ok := errors.AsType[*InvalidError](err); ok {
		return inv
	}
	if err != nil {
		return fmt.Errorf("store: save specialty %q: %w", s.Code, err)
	}
	return nil
}
