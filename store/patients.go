package store

import (
	"context"
	"fmt"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Patients are the people behind the conversations: one per channel and
// conversation, with their language, consent and whether their channel
// still reaches them. It implements dialogs.PatientStore. Get it from
// Postgres.Patients; safe for concurrent use.
type Patients struct {
	pool *pgxpool.Pool
}

// Patients is the engine's PatientStore, erasure included.
var _ dialogs.PatientStore = (*Patients)(nil)

// Patients returns the patients kept in p's database, sharing its pool.
func (p *Postgres) Patients() *Patients { return &Patients{pool: p.pool} }

type patientRow struct {
	ID        int64      `db:"id"`
	Lang      *string    `db:"lang"`
	ConsentAt *time.Time `db:"consent_at"`
	Digits    *string    `db:"digits"`
	Visitor   *string    `db:"visitor"`
	Placed    bool       `db:"placed"`
	Zone      *string    `db:"time_zone"`
}

func (r patientRow) patient() dialogs.Patient {
	p := dialogs.Patient{ID: r.ID}
	if r.Lang != nil {
		p.Lang = *r.Lang
	}
	if r.ConsentAt != nil {
		p.ConsentAt = *r.ConsentAt
	}
	if r.Digits != nil {
		p.Digits = *r.Digits
	}
	if r.Visitor != nil {
		p.Visitor = *r.Visitor
	}
	if r.Zone != nil {
		p.Zone = *r.Zone
	}
	p.Placed = r.Placed
	return p
}

// DO UPDATE (not DO NOTHING) so that RETURNING yields the row whether this
// call inserted it or a concurrent one did; it also keeps user_id current,
// and a patient who writes has not blocked the bot.
const ensurePatientSQL = `
INSERT INTO patients (channel, conversation_id, user_id)
VALUES ($1, $2, $3)
ON CONFLICT (channel, conversation_id) DO UPDATE SET user_id = EXCLUDED.user_id, blocked_at = NULL
RETURNING id, lang, consent_at, digits, visitor, facility_id IS NOT NULL OR place_asked AS placed, time_zone`

// EnsurePatient returns the patient behind this conversation, creating it
// the first time. Concurrent calls for one conversation yield one patient:
// the unique key decides, in a single statement.
func (ps *Patients) EnsurePatient(ctx context.Context, key dialogs.ConversationKey, userID string) (dialogs.Patient, error) {
	rows, _ := ps.pool.Query(ctx, ensurePatientSQL, key.Channel, key.ID, userID)
	row, err := pgx.CollectExactlyOneRow(rows, pgx.RowToStructByName[patientRow])
	if err != nil {
		return dialogs.Patient{}, fmt.Errorf("store: ensure patient on %s: %w", key.Channel, err)
	}
	return row.patient(), nil
}

const setLanguageSQL = `UPDATE patients SET lang = $2 WHERE id = $1`

// SetLanguage records the patient's preferred language (one of
// locales.Languages; the schema rejects others). It returns dialogs.ErrNotFound if no patient has
// this id.
func (ps *Patients) SetLanguage(ctx context.Context, patientID int64, lang string) error {
	tag, err := ps.pool.Exec(ctx, setLanguageSQL, patientID, lang)
	if err != nil {
		return fmt.Errorf("store: set language of patient %d: %w", patientID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: set language of patient %d: %w", patientID, dialogs.ErrNotFound)
	}
	return nil
}

// SetFacility records the facility the patient came through, by its code;
// see dialogs.PatientStore. The patient's cases opened from now on belong
// to it.
func (ps *Patients) SetFacility(ctx context.Context, patientID int64, code string) error {
	tag, err := ps.pool.Exec(ctx, `
UPDATE patients SET facility_id = f.id FROM facilities f
WHERE patients.id = $1 AND f.code = $2`, patientID, code)
	if err != nil {
		return fmt.Errorf("store: set facility of patient %d: %w", patientID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: set facility of patient %d: %w", patientID, dialogs.ErrNotFound)
	}
	return nil
}

// SetZone records the zone the patient reads times in: an IANA zone, or
// dialogs.ZoneClinic for the clinic's (the schema refuses anything else
// that does not look like a zone; the dialogs check it loads). It returns
// dialogs.ErrNotFound if no patient has this id.
func (ps *Patients) SetZone(ctx context.Context, patientID int64, zone string) error {
	tag, err := ps.pool.Exec(ctx, `UPDATE patients SET time_zone = $2 WHERE id = $1`, patientID, zone)
	if err != nil {
		return fmt.Errorf("store: set zone of patient %d: %w", patientID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: set zone of patient %d: %w", patientID, dialogs.ErrNotFound)
	}
	return nil
}

const setDigitsSQL = `UPDATE patients SET digits = nullif($2, '') WHERE id = $1`

// SetDigits records the digits the patient reads ("latn" for Western, ""
// for the language's own; the schema rejects others). It returns
// dialogs.ErrNotFound if no patient has this id.
func (ps *Patients) SetDigits(ctx context.Context, patientID int64, digits string) error {
	tag, err := ps.pool.Exec(ctx, setDigitsSQL, patientID, digits)
	if err != nil {
		return fmt.Errorf("store: set digits of patient %d: %w", patientID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: set digits of patient %d: %w", patientID, dialogs.ErrNotFound)
	}
	return nil
}

// The consent and its audit entry commit together in one statement: a
// consent without its trail, or a trail without the consent, cannot exist.
const recordConsentSQL = `
WITH p AS (
    UPDATE patients SET consent_at = $2 WHERE id = $1 RETURNING id, consent_at
)
INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id, detail)
SELECT 'patient', p.id::text, 'patient.consent', 'patient', p.id::text,
       jsonb_build_object('consent_at', p.consent_at)
FROM p`

// RecordConsent records when the patient accepted the data notice (a later
// acceptance replaces the time) and appends it to the audit log. It returns
// dialogs.ErrNotFound if no patient has this id.
func (ps *Patients) RecordConsent(ctx context.Context, patientID int64, at time.Time) error {
	tag, err := ps.pool.Exec(ctx, recordConsentSQL, patientID, at)
	if err != nil {
		return fmt.Errorf("store: record consent of patient %d: %w", patientID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: record consent of patient %d: %w", patientID, dialogs.ErrNotFound)
	}
	return nil
}

// SetBlocked records that the patient of this conversation blocked the bot
// (blocked) or unblocked it. Their reminders are skipped while blocked. A
// conversation with no patient is not an error: there is nothing to skip.
func (ps *Patients) SetBlocked(ctx context.Context, key dialogs.ConversationKey, blocked bool) error {
	_, err := ps.pool.Exec(ctx, `
UPDATE patients SET blocked_at = CASE WHEN $3 THEN coalesce(blocked_at, now()) END
WHERE channel = $1 AND conversation_id = $2 AND (blocked_at IS NULL) = $3`, key.Channel, key.ID, blocked)
	if err != nil {
		return fmt.Errorf("store: record a blocked bot: %w", err)
	}
	return nil
}
