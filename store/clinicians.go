package store

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/locales"
)

// usernamePattern is the schema's CHECK on clinicians.username.
var usernamePattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{2,63}$`)

// Roles of dashboard accounts. A clinician sees the cases of their
// facilities in their specialties and may claim them; a coordinator and an
// admin see every specialty in their facilities; only an admin reads the
// audit log.
const (
	RoleClinician   = "clinician"
	RoleCoordinator = "coordinator"
	RoleAdmin       = "admin"
)

// Errors of the clinician accounts, besides dialogs.ErrNotFound.
var (
	ErrUsernameTaken    = errors.New("username already taken")
	ErrInvalidUsername  = errors.New("username must be 3-64 of a-z 0-9 . _ - starting with a letter or digit")
	ErrInvalidRole      = errors.New("role must be clinician, coordinator or admin")
	ErrUnknownFacility  = errors.New("unknown facility")
	ErrUnknownSpecialty = errors.New("unknown specialty")
	ErrMissingName      = errors.New("display names in Arabic and English are required")
)

// Accounts are the dashboard's accounts (clinicians, coordinators and
// admins): who may log in, with which password hash, where and in what
// role, and when all of an account's sessions end. Every change is
// audited in the statement that makes it. Get them from Postgres.Accounts;
// safe for concurrent use.
type Accounts struct {
	pool *pgxpool.Pool
}

// Accounts returns the dashboard accounts kept in p's database, sharing
// its pool.
func (p *Postgres) Accounts() *Accounts { return &Accounts{pool: p.pool} }

// Clinician is a dashboard account (any role) without its password hash.
type Clinician struct {
	ID       int64
	Username string
	Names    locales.Names // display name by language
	Role     string
	Active   bool
	// Facilities are the facilities the account serves, the home facility
	// first; FacilityCodes are their codes in the same order.
	Facilities    []int64
	FacilityCodes []string
	Specialties   []string // sorted
	// TakesPool: the account's facilities see the network pool, the cases
	// no facility was found for (see scope.go).
	TakesPool bool
	// OnDuty: the clinician takes quick consults now (their switch); they
	// count for the queue's waits and the no-doctor fallback only while
	// their dashboard is open too (store.OnlineWithin).
	OnDuty bool
	// SessionEpoch is raised to end every dashboard session at once.
	SessionEpoch int64
	CreatedAt    time.Time
}

// Name returns the display name in lang, or in the fallback language.
func (c Clinician) Name(lang string) string { return c.Names.In(lang) }

// NewClinician describes an account to create.
type NewClinician struct {
	Username string
	// Facilities are facility codes; the first is the home facility.
	Facilities   []string
	Role         string
	Names        locales.Names // by language: Arabic and English at least
	Specialties  []string
	PasswordHash string // from password.Hash
}

// AuditActor is who changes an account, for the audit log
// (ActorClinician with the id, or ActorSystem with "cli").
type AuditActor struct {
	Kind, ID string
}

type clinicianRow struct {
	ID            int64         `db:"id"`
	Username      string        `db:"username"`
	Names         locales.Names `db:"display_names"`
	Role          string        `db:"role"`
	Active        bool          `db:"active"`
	Facilities    []int64       `db:"facilities"`
	FacilityCodes []string      `db:"facility_codes"`
	Specialties   []string      `db:"specialties"`
	TakesPool     bool          `db:"takes_pool"`
	OnDuty        bool          `db:"on_duty"`
	SessionEpoch  int64         `db:"session_epoch"`
	CreatedAt     time.Time     `db:"created_at"`
	PasswordHash  string        `db:"password_hash"`
}

func (r clinicianRow) clinician() Clinician {
	return Clinician{
		ID: r.ID, Username: r.Username, Names: r.Names, Role: r.Role,
		Active: r.Active, Facilities: r.Facilities, FacilityCodes: r.FacilityCodes,
		Specialties: r.Specialties, TakesPool: r.TakesPool, OnDuty: r.OnDuty, SessionEpoch: r.SessionEpoch, CreatedAt: r.CreatedAt,
	}
}

// The home facility sorts first (o = 0), then the others by id.
const selectClinicianSQL = `
SELECT c.id, c.username, c.display_names, c.role, c.active, c.on_duty,
       c.session_epoch, c.created_at, c.password_hash,
       ARRAY(SELECT x.id FROM (
                SELECT c.facility_id AS id, 0 AS o
                UNION SELECT cf.facility_id, 1 FROM clinician_facilities cf
                      WHERE cf.clinician_id = c.id AND cf.facility_id <> c.facility_id) x
             ORDER BY x.o, x.id) AS facilities,
       ARRAY(SELECT f.code FROM (
                SELECT c.facility_id AS id, 0 AS o
                UNION SELECT cf.facility_id, 1 FROM clinician_facilities cf
                      WHERE cf.clinician_id = c.id AND cf.facility_id <> c.facility_id) x
             JOIN facilities f ON f.id = x.id
             ORDER BY x.o, x.id) AS facility_codes,
       ARRAY(SELECT s.specialty_code FROM clinician_specialties s
             WHERE s.clinician_id = c.id ORDER BY 1) AS specialties,
       (EXISTS (SELECT 1 FROM facilities pf
                WHERE pf.takes_pool AND (pf.id = c.facility_id OR pf.id IN (
                    SELECT cf.facility_id FROM clinician_facilities cf WHERE cf.clinician_id = c.id)))
        OR NOT EXISTS (SELECT 1 FROM facilities pf WHERE pf.takes_pool)) AS takes_pool
FROM clinicians c`

func (a *Accounts) oneClinician(ctx context.Context, where string, arg any) (clinicianRow, error) {
	rows, _ := a.pool.Query(ctx, selectClinicianSQL+" WHERE "+where, arg)
	row, err := pgx.CollectExactlyOneRow(rows, pgx.RowToStructByName[clinicianRow])
	if errors.Is(err, pgx.ErrNoRows) {
		return clinicianRow{}, dialogs.ErrNotFound
	}
	return row, err
}

// ClinicianByID returns the account with this id, active or not, or
// dialogs.ErrNotFound.
func (a *Accounts) ClinicianByID(ctx context.Context, id int64) (Clinician, error) {
	row, err := a.oneClinician(ctx, "c.id = $1", id)
	if err != nil {
		return Clinician{}, fmt.Errorf("store: clinician %d: %w", id, err)
	}
	return row.clinician(), nil
}

// ClinicianLogin returns the active account with this username (already
// lower case) and its password hash, or dialogs.ErrNotFound when there is
// none or it is disabled: a login cannot tell the two apart.
func (a *Accounts) ClinicianLogin(ctx context.Context, username string) (Clinician, string, error) {
	if !usernamePattern.MatchString(username) {
		// No account has it (the schema's CHECK), and PostgreSQL refuses
		// some such text outright (a NUL byte): not found, not an error.
		return Clinician{}, "", fmt.Errorf("store: clinician login: %w", dialogs.ErrNotFound)
	}
	row, err := a.oneClinician(ctx, "c.username = $1 AND c.active", username)
	if err != nil {
		return Clinician{}, "", fmt.Errorf("store: clinician login: %w", err)
	}
	return row.clinician(), row.PasswordHash, nil
}

// ListClinicians returns every account, disabled ones too, by username.
func (a *Accounts) ListClinicians(ctx context.Context) ([]Clinician, error) {
	rows, _ := a.pool.Query(ctx, selectClinicianSQL+" ORDER BY c.username")
	list, err := pgx.CollectRows(rows, pgx.RowToStructByName[clinicianRow])
	if err != nil {
		return nil, fmt.Errorf("store: list clinicians: %w", err)
	}
	out := make([]Clinician, len(list))
	for i, r := range list {
		out[i] = r.clinician()
	}
	return out, nil
}

const (
	facilityIDsSQL = `SELECT id, code FROM facilities WHERE code = ANY($1)`

	addClinicianSQL = `
INSERT INTO clinicians (facility_id, username, display_names, role, password_hash)
VALUES ($1, $2, $3, $4, $5)
RETURNING id`

	addClinicianFacilitySQL = `INSERT INTO clinician_facilities (clinician_id, facility_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`
)

// AddClinician creates the account c with its facilities and specialties,
// and records it in the audit log, in one transaction. It returns
// ErrUsernameTaken, ErrInvalidUsername, ErrInvalidRole, ErrMissingName,
// ErrUnknownFacility or ErrUnknownSpecialty (wrapped) when the database
// refuses it.
func (a *Accounts) AddClinician(ctx context.Context, c NewClinician, by AuditActor) (Clinician, error) {
	if len(c.Facilities) == 0 {
		return Clinician{}, fmt.Errorf("store: add clinician: %w", ErrUnknownFacility)
	}
	if len(c.Names.Missing()) > 0 {
		return Clinician{}, fmt.Errorf("store: add clinician: %w", ErrMissingName)
	}
	var id int64
	err := pgx.BeginFunc(ctx, a.pool, func(tx pgx.Tx) error {
		ids, err := facilityIDs(ctx, tx, c.Facilities)
		if err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, addClinicianSQL, ids[0], c.Username, c.Names, c.Role, c.PasswordHash).Scan(&id); err != nil {
			return clinicianError(err)
		}
		var b pgx.Batch
		for _, f := range ids[1:] {
			b.Queue(addClinicianFacilitySQL, id, f)
		}
		for _, s := range c.Specialties {
			b.Queue(insertClinicianSpecialtySQL, id, s)
		}
		b.Queue(appendAuditSQL, by.Kind, by.ID, "clinician.add", "clinician", fmt.Sprint(id),
			map[string]any{"role": c.Role, "facilities": len(ids), "specialties": len(c.Specialties)})
		if err := tx.SendBatch(ctx, &b).Close(); err != nil {
			return clinicianError(err)
		}
		return nil
	})
	if err != nil {
		return Clinician{}, fmt.Errorf("store: add clinician: %w", err)
	}
	return a.ClinicianByID(ctx, id)
}

// facilityIDs resolves codes in their order, or fails with ErrUnknownFacility.
func facilityIDs(ctx context.Context, tx pgx.Tx, codes []string) ([]int64, error) {
	rows, _ := tx.Query(ctx, facilityIDsSQL, codes)
	byCode := map[string]int64{}
	var id int64
	var code string
	_, err := pgx.ForEachRow(rows, []any{&id, &code}, func() error {
		byCode[code] = id
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("look up facilities: %w", err)
	}
	ids := make([]int64, len(codes))
	for i, c := range codes {
		if ids[i] = byCode[c]; ids[i] == 0 {
			return nil, fmt.Errorf("%w %q", ErrUnknownFacility, c)
		}
	}
	return ids, nil
}

// clinicianError turns the schema's refusals into the account errors.
func clinicianError(err error) error {
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch {
	case pe.Code == pgerrcode.UniqueViolation && pe.ConstraintName == "clinicians_username_key":
		return ErrUsernameTaken
	case pe.Code == pgerrcode.CheckViolation && pe.ConstraintName == "clinicians_username_check":
		return ErrInvalidUsername
	case pe.Code == pgerrcode.CheckViolation && pe.ConstraintName == "clinicians_role_check":
		return ErrInvalidRole
	case pe.Code == pgerrcode.CheckViolation && pe.ConstraintName == "clinicians_display_names_check":
		return ErrMissingName
	case pe.Code == pgerrcode.ForeignKeyViolation && pe.TableName == "clinician_specialties":
		return ErrUnknownSpecialty
	}
	return err
}

// The account change and its audit entry commit together, in one statement.
const (
	setPasswordSQL = `
WITH c AS (
    UPDATE clinicians SET password_hash = $2, session_epoch = session_epoch + 1
    WHERE username = $1 RETURNING id
)
INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id)
SELECT $3, $4, 'clinician.passwd', 'clinician', c.id::text FROM c`

	disableSQL = `
WITH c AS (
    UPDATE clinicians SET active = false, session_epoch = session_epoch + 1
    WHERE username = $1 RETURNING id
)
INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id)
SELECT $2, $3, 'clinician.disable', 'clinician', c.id::text FROM c`

	setOnDutySQL = `
WITH c AS (
    UPDATE clinicians SET on_duty = $2
    WHERE id = $1 AND role = 'clinician' RETURNING id
)
INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id, detail)
SELECT $3, $4, 'clinician.duty', 'clinician', c.id::text, jsonb_build_object('on_duty', $2::boolean) FROM c`
	endSessionsSQL = `
WITH c AS (
    UPDATE clinicians SET session_epoch = session_epoch + 1
    WHERE id = $1 RETURNING id
)
INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id)
SELECT $2, $3, 'clinician.logout_all', 'clinician', c.id::text FROM c`
)

// SetClinicianPassword replaces the password hash of username and ends all
// of that account's dashboard sessions. It returns dialogs.ErrNotFound if
// there is no such account.
func (a *Accounts) SetClinicianPassword(ctx context.Context, username, hash string, by AuditActor) error {
	return a.execAccount(ctx, "set password", setPasswordSQL, username, hash, by.Kind, by.ID)
}

// DisableClinician stops username from logging in and ends all of its
// dashboard sessions; disabling twice is no error. It returns
// dialogs.ErrNotFound if there is no such account.
func (a *Accounts) DisableClinician(ctx context.Context, username string, by AuditActor) error {
	return a.execAccount(ctx, "disable", disableSQL, username, by.Kind, by.ID)
}

// EndClinicianSessions ends every dashboard session of the account ("log
// out everywhere"): each is refused on its next request. It returns
// dialogs.ErrNotFound if there is no such account.
func (a *Accounts) EndClinicianSessions(ctx context.Context, id int64, by AuditActor) error {
	return a.execAccount(ctx, "end sessions", endSessionsSQL, id, by.Kind, by.ID)
}

// SetOnDuty turns the clinician's on-duty switch on or off, audited
// (clinician.duty): the clinician themself, or an admin for them. Only
// clinicians take quick consults: dialogs.ErrNotFound for any other
// account, or none.
func (a *Accounts) SetOnDuty(ctx context.Context, id int64, on bool, by AuditActor) error {
	return a.execAccount(ctx, "duty", setOnDutySQL, id, on, by.Kind, by.ID)
}

func (a *Accounts) execAccount(ctx context.Context, what, sql string, args ...any) error {
	tag, err := a.pool.Exec(ctx, sql, args...)
	if err != nil {
		return fmt.Errorf("store: clinician %s: %w", what, clinicianError(err))
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: clinician %s: %w", what, dialogs.ErrNotFound)
	}
	return nil
}
