package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/dialogs"
)

// ResetLifetime is how long a set-password link works: long enough to hand
// it over on a shift, short enough that a forgotten one is soon useless.
const ResetLifetime = 24 * time.Hour

// ErrResetLink is a set-password link that is unknown, used or expired.
var ErrResetLink = errors.New("store: the set-password link is unknown, used or expired")

// importLock serialises the writers of the network's set-up (imports and
// the administration pages), so that two never both create one account.
const importLock = `SELECT pg_advisory_xact_lock(hashtext('frontdoor.network.import'))`

// withImporter runs fn in a transaction holding the import lock, with an
// importer that knows every facility and specialty: the administration
// pages change the set-up through the same code as `frontdoor import`.
func (p *Postgres) withImporter(ctx context.Context, fn func(im *importer) error) (ImportResult, error) {
	var res ImportResult
	err := pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, importLock); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		im := &importer{tx: tx, res: &res}
		if err := im.loadReference(ctx); err != nil {
			return err
		}
		return fn(im)
	})
	return res, err
}

// referenceProblems turns the importer's unknown facilities and
// specialties into form problems.
func referenceProblems(im *importer, n *clinic.Network) error {
	im.checkReferences(n)
	if len(im.problems) == 0 {
		return nil
	}
	var out []*clinic.LineError
	for _, err := range im.problems {
		var le *clinic.LineError
		if errors.As(err, &le) {
			out = append(out, le)
		}
	}
	return &InvalidError{Problems: out}
}

// SaveAccount creates or updates the account a.Username (names, role,
// facilities with the home first, specialties) as an import of it would;
// its hours, days off and extra sessions are left as they are (see
// SetHours, AddDaysOff). active false disables it (its sessions end). A
// new account has a password nobody knows: hand over a set-password link
// (IssuePasswordReset). It returns the account's id, or an *InvalidError.
func (p *Postgres) SaveAccount(ctx context.Context, a clinic.Account, active bool, by AuditActor) (int64, error) {
	a.Hours, a.DaysOff, a.Extra = nil, nil, nil
	if err := invalid(clinic.CheckAccount(a)); err != nil {
		return 0, err
	}
	var id int64
	_, err := p.withImporter(ctx, func(im *importer) error {
		if err := referenceProblems(im, &clinic.Network{Accounts: []clinic.Account{a}}); err != nil {
			return err
		}
		if err := im.account(ctx, a); err != nil {
			return err
		}
		if !active {
			if _, err := im.tx.Exec(ctx, `
UPDATE clinicians SET active = false, session_epoch = session_epoch + 1 WHERE username = $1 AND active`, a.Username); err != nil {
				return err
			}
		}
		if err := im.tx.QueryRow(ctx, `SELECT id FROM clinicians WHERE username = $1`, a.Username).Scan(&id); err != nil {
			return err
		}
		_, err := im.tx.Exec(ctx, appendAuditSQL, by.Kind, by.ID, "clinician.save", "clinician", fmt.Sprint(id),
			map[string]any{"role": a.Role, "active": active, "created": len(im.res.NewAccounts) > 0,
				"facilities": len(a.Facilities), "specialties": len(a.Specialties)})
		return err
	})
	var inv *InvalidError
	if errors.As(err, &inv) {
		return 0, inv
	}
	if err != nil {
		return 0, fmt.Errorf("store: save account: %w", err)
	}
	return id, nil
}

// ResetLink is a set-password link's secret, shown once to the admin who
// made it.
type ResetLink struct {
	Token   string
	Expires time.Time
}

func tokenHash(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// IssuePasswordReset makes a one-time set-password link for the account
// (an unused older one stops working), audited. Only the token's hash is
// kept. dialogs.ErrNotFound if there is no such account.
func (p *Postgres) IssuePasswordReset(ctx context.Context, clinicianID int64, by AuditActor) (ResetLink, error) {
	link := ResetLink{Token: rand.Text()} // 26 base32 characters: 130 random bits
	err := pgx.BeginFunc(ctx, p.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM password_resets WHERE clinician_id = $1 AND used_at IS NULL`, clinicianID); err != nil {
			return err
		}
		err := tx.QueryRow(ctx, `
INSERT INTO password_resets (token_hash, clinician_id, created_by, expires_at)
SELECT $1, c.id, $3, now() + make_interval(secs => $4) FROM clinicians c WHERE c.id = $2
RETURNING expires_at`, tokenHash(link.Token), clinicianID, by.Kind+":"+by.ID, ResetLifetime.Seconds()).Scan(&link.Expires)
		if errors.Is(err, pgx.ErrNoRows) {
			return dialogs.ErrNotFound
		}
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, appendAuditSQL, by.Kind, by.ID, "clinician.reset_link", "clinician", fmt.Sprint(clinicianID), nil)
		return err
	})
	if err != nil {
		return ResetLink{}, fmt.Errorf("store: reset link of clinician %d: %w", clinicianID, err)
	}
	return link, nil
}

// PasswordResetAccount returns the active account a usable link is for,
// or ErrResetLink.
func (p *Postgres) PasswordResetAccount(ctx context.Context, token string) (Clinician, error) {
	var id int64
	err := p.pool.QueryRow(ctx, `
SELECT r.clinician_id FROM password_resets r JOIN clinicians c ON c.id = r.clinician_id
WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() AND c.active`, tokenHash(token)).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return Clinician{}, ErrResetLink
	}
	if err != nil {
		return Clinician{}, fmt.Errorf("store: reset link: %w", err)
	}
	return p.Accounts().ClinicianByID(ctx, id)
}

// usePasswordResetSQL spends the link, sets the password, ends the
// account's sessions and audits it (as the account's own act), in one
// statement: a link raced by two requests sets one password.
const usePasswordResetSQL = `
WITH r AS (
    UPDATE password_resets SET used_at = now()
    WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
    RETURNING clinician_id
), c AS (
    UPDATE clinicians SET password_hash = $2, session_epoch = session_epoch + 1
    FROM r WHERE clinicians.id = r.clinician_id AND clinicians.active
    RETURNING clinicians.id
)
INSERT INTO audit_log (actor_kind, actor_id, action, subject_kind, subject_id)
SELECT 'clinician', c.id::text, 'clinician.passwd_link', 'clinician', c.id::text FROM c`

// UsePasswordReset sets the password hash of the link's account and spends
// the link. ErrResetLink if it is unknown, used, expired or its account
// disabled.
func (p *Postgres) UsePasswordReset(ctx context.Context, token, hash string) error {
	tag, err := p.pool.Exec(ctx, usePasswordResetSQL, tokenHash(token), hash)
	if err != nil {
		return fmt.Errorf("store: use reset link: %w", err)
	}
	if tag.RowsAffected() == 0 {
		return ErrResetLink
	}
	return nil
}

// AdminAccounts lists every account, disabled ones too, by username.
func (p *Postgres) AdminAccounts(ctx context.Context) ([]Clinician, error) {
	return p.Accounts().ListClinicians(ctx)
}

// AdminAccount returns the account username, active or not, or
// dialogs.ErrNotFound.
func (p *Postgres) AdminAccount(ctx context.Context, username string) (Clinician, error) {
	c, _, err := p.Accounts().clinicianByUsername(ctx, username)
	return c, err
}
