package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// Facilities are the clinics patients are seen at: their phones and the
// urgent-care fallback each sets. Get them from Postgres.Facilities; safe
// for concurrent use.
type Facilities struct {
	pool *pgxpool.Pool
}

// Facilities is the engine's UrgentFallbacks.
var _ dialogs.UrgentFallbacks = (*Facilities)(nil)

// Facilities returns the facilities kept in p's database, sharing its pool.
func (p *Postgres) Facilities() *Facilities { return &Facilities{pool: p.pool} }

// Known reports whether a facility has this code; serve checks each
// facility bot's code with it at start-up, so that an operator's typo
// stops the deployment at once rather than sending that bot's patients
// nowhere.
func (fs *Facilities) Known(ctx context.Context, code string) (bool, error) {
	var known bool
	if err := fs.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM facilities WHERE code = $1)`, code).Scan(&known); err != nil {
		return false, fmt.Errorf("store: facility %q: %w", code, err)
	}
	return known, nil
}

// ErrInvalidUrgentFallback is returned by SetUrgentFallback for a phone
// that is not 3-15 digits (with an optional +) or words over 500
// characters.
var ErrInvalidUrgentFallback = errors.New("store: urgent fallback: the phone must be 3-15 digits with an optional +, the words at most 500 characters")

// urgentFallbackSQL reads the fallback of case $1's facility; a case of
// the network-wide pool takes the deployment's only facility's (with
// several, its patient's facility is not known).
const urgentFallbackSQL = `
SELECT f.urgent_fallback_phone, f.urgent_fallback_where
FROM cases c
JOIN facilities f ON f.id = c.facility_id
                  OR (c.facility_id IS NULL AND (SELECT count(*) FROM facilities) = 1)
WHERE c.id = $1`

// UrgentFallback returns the fallback the facility of a case set; see
// dialogs.UrgentFallbacks. ErrNotFound when it set none, or no facility is
// the case's.
func (fs *Facilities) UrgentFallback(ctx context.Context, caseID int64) (dialogs.UrgentFallback, error) {
	var phone string
	var where map[string]string
	err := fs.pool.QueryRow(ctx, urgentFallbackSQL, caseID).Scan(&phone, &where)
	if errors.Is(err, pgx.ErrNoRows) {
		err = dialogs.ErrNotFound
	}
	if err != nil {
		return dialogs.UrgentFallback{}, fmt.Errorf("store: urgent fallback of case %d: %w", caseID, err)
	}
	f := dialogs.UrgentFallback{Phone: phone, Where: map[string]string{}}
	for lang, words := range where {
		if words != "" {
			f.Where[lang] = words
		}
	}
	if f.IsZero() {
		return dialogs.UrgentFallback{}, fmt.Errorf("store: urgent fallback of case %d: none set: %w", caseID, dialogs.ErrNotFound)
	}
	return f, nil
}

// setUrgentFallbackSQL sets the fallback of facility $1 and writes who
// did it to the audit log in the same statement.
const setUrgentFallbackSQL = `
WITH f AS (
    UPDATE facilities SET urgent_fallback_phone = $2, urgent_fallback_where = $3
    WHERE code = $1 RETURNING id
)
INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id)
SELECT $4, $5, 'facility.urgent_fallback', 'facility', f.id::text FROM f`

// SetUrgentFallback sets the fallback of the facility with code (an empty
// field clears it, so the deployment's applies; the words are trimmed),
// and audits the change as by's. ErrNotFound for an unknown facility,
// ErrInvalidUrgentFallback for a bad phone or words too long.
func (fs *Facilities) SetUrgentFallback(ctx context.Context, code string, f dialogs.UrgentFallback, by AuditActor) error {
	where, err := fallbackWhere(f)
	if err != nil {
		return fmt.Errorf("facility %q: %w", code, err)
	}
	tag, err := fs.pool.Exec(ctx, setUrgentFallbackSQL, code, strings.TrimSpace(f.Phone), where, by.Kind, by.ID)
	var pe *pgconn.PgError
	switch {
	case errors.As(err, &pe) && pe.Code == pgerrcode.CheckViolation:
		return fmt.Errorf("facility %q: %w", code, ErrInvalidUrgentFallback)
	case err != nil:
		return fmt.Errorf("store: set urgent fallback of facility %q: %w", code, err)
	case tag.RowsAffected() == 0:
		return fmt.Errorf("store: set urgent fallback: facility %q: %w", code, dialogs.ErrNotFound)
	}
	return nil
}

// fallbackWhere returns the fallback's words trimmed, without empty ones,
// or ErrInvalidUrgentFallback when one is over 500 characters.
func fallbackWhere(f dialogs.UrgentFallback) (map[string]string, error) {
	where := map[string]string{}
	for lang, words := range f.Where {
		words = strings.TrimSpace(words)
		switch {
		case words == "":
		case utf8.RuneCountInString(words) > 500:
			return nil, ErrInvalidUrgentFallback
		default:
			where[lang] = words
		}
	}
	return where, nil
}

// facilityPhoneSQL reads at most two phones: one means a single clinic.
const facilityPhoneSQL = `SELECT phone FROM facilities WHERE phone <> '' ORDER BY id LIMIT 2`

// Phone returns the phone number to give with the emergency advice
// (dialogs.Triage.FacilityPhone): that of the only facility with one.
// ErrNotFound when no facility has a phone, or several do (the patient's
// clinic is not known then).
func (fs *Facilities) Phone(ctx context.Context) (string, error) {
	rows, _ := fs.pool.Query(ctx, facilityPhoneSQL)
	phones, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return "", fmt.Errorf("store: facility phone: %w", err)
	}
	if len(phones) != 1 {
		return "", fmt.Errorf("store: facility phone: no single facility with a phone: %w", dialogs.ErrNotFound)
	}
	return phones[0], nil
}
