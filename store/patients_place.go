package store

import (
	"context"
	"fmt"
	"math"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

// Patients routes cases by where the patient is: see dialogs.Places.
var _ dialogs.Places = (*Patients)(nil)

// SetVisitor records whether the patient is a pilgrim or a resident (or
// skipped the question); the schema rejects any other value.
func (ps *Patients) SetVisitor(ctx context.Context, patientID int64, visitor string) error {
	return ps.exec(ctx, "set visitor", patientID, `UPDATE patients SET visitor = $2 WHERE id = $1`, patientID, visitor)
}

// SetPlace records where the patient is, rounded to two decimals (about a
// kilometre): enough to find the nearest facility, and no more of a
// person's whereabouts than that needs.
func (ps *Patients) SetPlace(ctx context.Context, patientID int64, at dialogs.Location) error {
	return ps.exec(ctx, "set place", patientID, `
UPDATE patients SET place_latitude = $2, place_longitude = $3, place_asked = true WHERE id = $1`,
		patientID, round2(at.Latitude), round2(at.Longitude))
}

// placeNamedSQL takes as the patient's place the place of the facility
// with an area the words contain (case-insensitively), the longest area
// first ("Aziziyah North" before "Aziziyah"); a facility without a place
// is the patient's facility instead.
const placeNamedSQL = `
WITH hit AS (
    SELECT f.id, f.latitude, f.longitude
    FROM facilities f, unnest(f.areas) AS a(name)
    WHERE strpos(lower($2), lower(a.name)) > 0
    ORDER BY char_length(a.name) DESC, f.id
    LIMIT 1
)
UPDATE patients p
SET place_latitude = hit.latitude, place_longitude = hit.longitude, place_asked = true,
    facility_id = CASE WHEN hit.latitude IS NULL THEN hit.id ELSE p.facility_id END
FROM hit WHERE p.id = $1`

// PlaceNamed records the place of the facility whose area the words name;
// dialogs.ErrNotFound when no facility's area is named (or no patient).
func (ps *Patients) PlaceNamed(ctx context.Context, patientID int64, words string) error {
	return ps.exec(ctx, "place named", patientID, placeNamedSQL, patientID, dialogs.CleanText(words))
}

// SkipPlace records that the patient chose not to say where they are.
func (ps *Patients) SkipPlace(ctx context.Context, patientID int64) error {
	return ps.exec(ctx, "skip place", patientID, `UPDATE patients SET place_asked = true WHERE id = $1`, patientID)
}

type choiceRow struct {
	Code  string        `db:"code"`
	Names locales.Names `db:"names"`
}

// Choices returns at most n facilities after the first offset, those
// with a place first, in the order they were set up.
func (ps *Patients) Choices(ctx context.Context, offset, n int) ([]dialogs.FacilityChoice, error) {
	rows, _ := ps.pool.Query(ctx, `
SELECT code, names FROM facilities ORDER BY latitude IS NULL, id LIMIT $1 OFFSET $2`, n, offset)
	list, err := pgx.CollectRows(rows, pgx.RowToStructByName[choiceRow])
	if err != nil {
		return nil, fmt.Errorf("store: facilities to choose from: %w", err)
	}
	out := make([]dialogs.FacilityChoice, len(list))
	for i, r := range list {
		out[i] = dialogs.FacilityChoice{Code: r.Code, Names: r.Names}
	}
	return out, nil
}

// exec runs one update of patient id's row; dialogs.ErrNotFound when it
// changed none.
func (ps *Patients) exec(ctx context.Context, what string, id int64, sql string, args ...any) error {
	tag, err := ps.pool.Exec(ctx, sql, args...)
	if err != nil {
		return fmt.Errorf("store: %s of patient %d: %w", what, id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: %s of patient %d: %w", what, id, dialogs.ErrNotFound)
	}
	return nil
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }
