package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

// Referrals are specialist referrals (e-consults): a clinician asks a
// specialty, at one facility of the network or at any, a written question
// about a patient of a case or an appointment; a specialist of that
// specialty accepts it, answers it in writing, declines it, or books a
// joint video session with the patient and the referring clinician
// (referrals_session.go). Every reading of one referral is audited in the
// transaction that reads it, and every change in the one that makes it.
// The question and the answer are shown, never logged or audited. Get
// them from Postgres.Referrals; safe for concurrent use.
type Referrals struct {
	pool  *pgxpool.Pool
	appts *Appointments
}

// Referrals returns the referrals of p's database, sharing its pool; their
// joint sessions are booked as appts books (its reminders and rooms).
func (p *Postgres) Referrals(appts *Appointments) *Referrals {
	return &Referrals{pool: p.pool, appts: appts}
}

// Referral statuses.
const (
	ReferralOpen      = "open"      // waiting for a specialist
	ReferralAccepted  = "accepted"  // a specialist took it
	ReferralAnswered  = "answered"  // answered in writing
	ReferralBooked    = "booked"    // a joint video session is booked
	ReferralDeclined  = "declined"  // the specialist declined it
	ReferralWithdrawn = "withdrawn" // the referring clinician withdrew it
)

// Errors of referrals, besides dialogs.ErrNotFound (a referral, case or
// appointment outside the reader's scope, or none).
var (
	// ErrInvalidReferral: no question, one past 4000 characters, an unknown
	// urgency, specialty or facility, or neither a case nor an appointment.
	ErrInvalidReferral = errors.New("store: referral: a question (1-4000 characters), a known specialty, facility and urgency, and a case or an appointment are needed")
	// ErrReferralChanged: the referral is no longer in a state that allows
	// the change (someone else accepted it, it was answered, withdrawn…).
	ErrReferralChanged = errors.New("store: referral changed meanwhile")
	// ErrInvalidAnswer: an empty answer or one past 8000 characters.
	ErrInvalidAnswer = errors.New("store: referral answer: 1-8000 characters")
)

// ReferralScope is what an account may see of referrals: those it made,
// those it accepted, those to its specialties at its facilities or at any
// facility (Receives: clinicians), and, for coordinators and admins
// (Oversees), every referral to or from their facilities.
type ReferralScope struct {
	ClinicianID int64
	Facilities  []int64
	Specialties []string
	Receives    bool
	Oversees    bool
}

// ReferralScope returns what c may see of referrals. A disabled account
// sees nothing.
func (c Clinician) ReferralScope() ReferralScope {
	if !c.Active {
		return ReferralScope{}
	}
	return ReferralScope{
		ClinicianID: c.ID, Facilities: slices.Clone(c.Facilities), Specialties: slices.Clone(c.Specialties),
		Receives: c.Role == RoleClinician, Oversees: c.Role == RoleCoordinator || c.Role == RoleAdmin,
	}
}

// The referrals r an account receives (may accept, answer, decline or
// book): to one of its specialties, at one of its facilities or at any,
// made by someone else. $1 facilities, $2 specialties, $3 the clinician, $4
// whether it receives.
const referralReceivesWhere = `
($4::bool AND r.referrer_id <> $3::bigint AND cardinality($1::bigint[]) > 0
 AND r.specialty_code = ANY($2::text[])
 AND (r.facility_id IS NULL OR r.facility_id = ANY($1::bigint[])))`

// referralParams names the type of every scope parameter ($1-$5), so that
// a statement using only some of them still binds (PostgreSQL cannot type a
// parameter it never meets).
const referralParams = `
AND cardinality($1::bigint[]) >= 0 AND cardinality($2::text[]) >= 0 AND $3::bigint IS NOT NULL
AND $4::bool IS NOT NULL AND $5::bool IS NOT NULL`

// What an account may read: what it receives, made or took, and what an
// overseer's facilities sent or were asked ($5).
const referralSeesWhere = `
(r.referrer_id = $3::bigint OR r.specialist_id = $3::bigint OR` + referralReceivesWhere + `
 OR ($5::bool AND (r.facility_id = ANY($1::bigint[]) OR r.from_facility_id = ANY($1::bigint[]))))`

func referralScopeArgs(s ReferralScope) []any {
	fs, ss := s.Facilities, s.Specialties
	if fs == nil {
		fs = []int64{}
	}
	if ss == nil {
		ss = []string{}
	}
	return []any{fs, ss, s.ClinicianID, s.Receives, s.Oversees}
}

// NewReferral is a referral to make. Exactly the patient of Case (which
// must be within Scope, as its page is) or of Appointment (which must be
// the referring clinician's own) is referred; with both, they must be the
// same patient's.
type NewReferral struct {
	Scope       Scope // the referring clinician's (Clinician.Scope)
	Actor       AuditActor
	Case        int64
	Appointment int64
	Specialty   string
	Facility    int64  // 0: any facility of the network
	Urgency     string // emergency, urgent or routine
	Question    string
}

// ReferralUrgencies are the urgencies a referral may have, most urgent
// first (the queue's order).
var ReferralUrgencies = []string{"emergency", "urgent", "routine"}

// Create records r and its audit row in one transaction and returns its
// id. dialogs.ErrNotFound if the case or the appointment is not the
// referring clinician's to refer; ErrInvalidReferral for a bad question,
// urgency, specialty or facility (one that does not offer the specialty).
func (rs *Referrals) Create(ctx context.Context, r NewReferral) (int64, error) {
	r.Question = strings.TrimSpace(r.Question)
	if r.Question == "" || utf8.RuneCountInString(r.Question) > 4000 || !slices.Contains(ReferralUrgencies, r.Urgency) ||
		(r.Case == 0 && r.Appointment == 0) || r.Scope.ClinicianID == 0 {
		return 0, ErrInvalidReferral
	}
	var id int64
	err := pgx.BeginFunc(ctx, rs.pool, func(tx pgx.Tx) error {
		patient, err := referredPatient(ctx, tx, r)
		if err != nil {
			return err
		}
		var from *int64
		if len(r.Scope.Facilities) > 0 {
			from = &r.Scope.Facilities[0]
		}
		var to *int64
		if r.Facility != 0 {
			to = &r.Facility
			var offers bool
			err := tx.QueryRow(ctx, `SELECT `+offersSQL+` FROM facilities f, specialties s WHERE f.id = $1 AND s.code = $2`,
				r.Facility, r.Specialty).Scan(&offers)
			if errors.Is(err, pgx.ErrNoRows) || err == nil && !offers {
				return ErrInvalidReferral // no such facility, or it does not offer the specialty
			}
			if err != nil {
				return err
			}
		}
		err = tx.QueryRow(ctx, `
INSERT INTO referrals (patient_id, case_id, appointment_id, referrer_id, from_facility_id, specialty_code, facility_id, urgency, question)
VALUES ($1, nullif($2, 0::bigint), nullif($3, 0::bigint), $4, $5, $6, $7, $8, $9)
RETURNING id`, patient, r.Case, r.Appointment, r.Scope.ClinicianID, from, r.Specialty, to, r.Urgency, r.Question).Scan(&id)
		if err != nil {
			return referralError(err)
		}
		return auditTx(ctx, tx, r.Actor, "referral.create", "referral", fmt.Sprint(id), map[string]any{
			"case": r.Case, "appointment": r.Appointment, "specialty": r.Specialty, "facility": r.Facility, "urgency": r.Urgency,
		})
	})
	if err != nil {
		return 0, fmt.Errorf("store: refer case %d, appointment %d to %s: %w", r.Case, r.Appointment, r.Specialty, err)
	}
	return id, nil
}

// referredPatient returns the patient of r's case (within r's scope) and
// appointment (the referring clinician's own, as clinician or guest).
func referredPatient(ctx context.Context, tx pgx.Tx, r NewReferral) (int64, error) {
	var fromCase, fromAppt int64
	if r.Case != 0 {
		err := tx.QueryRow(ctx, `SELECT c.patient_id FROM cases c WHERE c.id = $6 AND`+scopeWhere,
			append(scopeArgs(r.Scope), r.Case)...).Scan(&fromCase)
		if err != nil {
			return 0, notFound(err)
		}
	}
	if r.Appointment != 0 {
		err := tx.QueryRow(ctx, `
SELECT patient_id FROM appointments
WHERE id = $1 AND status <> 'held' AND (clinician_id = $2 OR guest_clinician_id = $2)`,
			r.Appointment, r.Scope.ClinicianID).Scan(&fromAppt)
		if err != nil {
			return 0, notFound(err)
		}
	}
	if fromCase != 0 && fromAppt != 0 && fromCase != fromAppt {
		return 0, ErrInvalidReferral
	}
	return max(fromCase, fromAppt), nil
}

// referralError turns the table's refusals (an unknown specialty or
// facility, a bad urgency or text) into ErrInvalidReferral.
func referralError(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (pe.Code == pgerrcode.ForeignKeyViolation || pe.Code == pgerrcode.CheckViolation) {
		return ErrInvalidReferral
	}
	return err
}

// Referral is one referral as the dashboard lists and shows it. Question
// and Answer are clinicians' words about a patient: render them, never
// log them.
type Referral struct {
	ID            int64
	PatientID     int64
	CaseID        int64 // 0: made from an appointment
	AppointmentID int64 // 0: made from a case
	Referrer      dialogs.Clinician
	FromFacility  locales.Names // the referring clinician's home facility; empty when none
	Specialty     dialogs.Specialty
	Facility      FacilityRef // ID 0: any facility
	Urgency       string
	Question      string
	Status        string
	Specialist    dialogs.Clinician // ID 0: nobody yet
	Answer        string
	Session       *AppointmentRecord // the joint session, when booked
	CreatedAt     time.Time
	UpdatedAt     time.Time
	RespondedAt   *time.Time
	// Unseen: changed (answered, booked, declined, its session moved or
	// cancelled at the desk) since the reader last opened it: the
	// referring clinician, or for a session change the specialist too.
	Unseen bool
	// SessionChange is "moved" or "cancelled" when the coordinator's desk
	// last changed the joint session, at SessionChangedAt; "" otherwise.
	SessionChange    string
	SessionChangedAt *time.Time
}

// referralColumns read one referral r (with its referrer k, specialist
// p, specialty s, target facility f and home facility h); $3 is the
// reader, for Unseen.
const referralColumns = `
SELECT r.id, r.patient_id, coalesce(r.case_id, 0), coalesce(r.appointment_id, 0),
       r.referrer_id, k.display_names, coalesce(h.names, '{}'::jsonb),
       r.specialty_code, s.names, coalesce(r.facility_id, 0), coalesce(f.names, '{}'::jsonb), coalesce(f.time_zone, ''),
       r.urgency, r.question, r.status, coalesce(r.specialist_id, 0), coalesce(p.display_names, '{}'::jsonb),
       coalesce(r.answer, ''), coalesce(r.session_id, 0), r.created_at, r.updated_at, r.responded_at,
       (r.referrer_id = $3::bigint AND r.status IN ('answered', 'booked', 'declined')
            AND (r.referrer_seen_at IS NULL OR r.referrer_seen_at < r.updated_at))
       OR (r.specialist_id = $3::bigint AND r.session_changed_at IS NOT NULL
           AND r.session_changed_at > coalesce(r.specialist_seen_at, '-infinity')),
       coalesce(r.session_change, ''), r.session_changed_at
FROM referrals r
JOIN clinicians k ON k.id = r.referrer_id` + referralParams + `
JOIN specialties s ON s.code = r.specialty_code
LEFT JOIN clinicians p ON p.id = r.specialist_id
LEFT JOIN facilities f ON f.id = r.facility_id
LEFT JOIN facilities h ON h.id = r.from_facility_id`

// scanReferral scans referralColumns; the session's id goes to *session.
func scanReferral(row pgx.CollectableRow, session *int64) (Referral, error) {
	var r Referral
	err := row.Scan(&r.ID, &r.PatientID, &r.CaseID, &r.AppointmentID,
		&r.Referrer.ID, &r.Referrer.Names, &r.FromFacility,
		&r.Specialty.Code, &r.Specialty.Names, &r.Facility.ID, &r.Facility.Names, &r.Facility.Zone,
		&r.Urgency, &r.Question, &r.Status, &r.Specialist.ID, &r.Specialist.Names,
		&r.Answer, session, &r.CreatedAt, &r.UpdatedAt, &r.RespondedAt, &r.Unseen, &r.SessionChange, &r.SessionChangedAt)
	return r, err
}

// The queue's order: most urgent first, then the oldest.
const referralOrder = `
ORDER BY array_position(ARRAY['emergency', 'urgent', 'routine'], r.urgency), r.created_at, r.id`

// Targets lists what a referral may name: the specialties at least one
// active clinician practises (in name order of their codes), and every
// facility of the network, by id.
func (rs *Referrals) Targets(ctx context.Context) ([]dialogs.Specialty, []FacilityRef, error) {
	rows, _ := rs.pool.Query(ctx, `
SELECT s.code, s.names FROM specialties s
WHERE EXISTS (SELECT 1 FROM clinician_specialties cs JOIN clinicians c ON c.id = cs.clinician_id
              WHERE cs.specialty_code = s.code AND c.active AND c.role = 'clinician')
ORDER BY s.code`)
	specialties, err := pgx.CollectRows(rows, pgx.RowToStructByPos[dialogs.Specialty])
	if err != nil {
		return nil, nil, fmt.Errorf("store: referral specialties: %w", err)
	}
	rows, _ = rs.pool.Query(ctx, `SELECT id, names, time_zone FROM facilities ORDER BY id`)
	facilities, err := pgx.CollectRows(rows, pgx.RowToStructByPos[FacilityRef])
	if err != nil {
		return nil, nil, fmt.Errorf("store: referral facilities: %w", err)
	}
	return specialties, facilities, nil
}

// offersSQL says whether facility f.id offers specialty s.code, as the
// booking counts it (migration 00018): it lists it, or it lists none and
// an active clinician of the specialty works there (their home facility or
// another of theirs).
const offersSQL = `(
    EXISTS (SELECT 1 FROM facility_specialties fs WHERE fs.facility_id = f.id AND fs.specialty_code = s.code)
    OR (NOT EXISTS (SELECT 1 FROM facility_specialties fs WHERE fs.facility_id = f.id)
        AND EXISTS (SELECT 1 FROM clinicians c
                    JOIN clinician_specialties cs ON cs.clinician_id = c.id AND cs.specialty_code = s.code
                    WHERE c.active AND c.role = 'clinician' AND (c.facility_id = f.id OR EXISTS (
                        SELECT 1 FROM clinician_facilities cf WHERE cf.clinician_id = c.id AND cf.facility_id = f.id)))))`

// Offers lists, by specialty code, the ids of the facilities that offer
// it (offersSQL), by id: the referral form names only those.
func (rs *Referrals) Offers(ctx context.Context) (map[string][]int64, error) {
	rows, _ := rs.pool.Query(ctx, `
SELECT s.code, f.id FROM specialties s CROSS JOIN facilities f
WHERE `+offersSQL+`
ORDER BY s.code, f.id`)
	out := map[string][]int64{}
	var code string
	var id int64
	_, err := pgx.ForEachRow(rows, []any{&code, &id}, func() error {
		out[code] = append(out[code], id)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: facilities by specialty: %w", err)
	}
	return out, nil
}
