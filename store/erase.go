package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"
)

// Erased counts what an erasure or a purge deleted.
type Erased struct {
	Patients     int64 `json:"patients"`
	Cases        int64 `json:"cases"` // their messages go with them
	Appointments int64 `json:"appointments"`
}

// ErasePatient deletes the patient and everything that hangs from them, in
// one transaction: their cases (and, by ON DELETE CASCADE, the cases'
// messages), their appointments (and their reminders; upcoming ones free
// their slots), and the patient row with its language and consent. It
// appends an audit row "patient.erase" naming the patient's id and the
// counts, nothing personal; the audit log itself is append-only and keeps
// only ids. Erasing a patient who is already gone is no error (a repeated
// request succeeds). Safe for concurrent use.
func (ps *Patients) ErasePatient(ctx context.Context, patientID int64) error {
	err := pgx.BeginFunc(ctx, ps.pool, func(tx pgx.Tx) error {
		var id int64
		err := tx.QueryRow(ctx, `SELECT id FROM patients WHERE id = $1 FOR UPDATE`, patientID).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		n, err := erasePatients(ctx, tx, []int64{id})
		if err != nil {
			return err
		}
		return auditErasure(ctx, tx, ActorPatient, strconv.FormatInt(id, 10), "patient.erase",
			"patient", strconv.FormatInt(id, 10), n, nil)
	})
	if err != nil {
		return fmt.Errorf("store: erase patient %d: %w", patientID, err)
	}
	return nil
}

// erasePatients deletes the patients ids with their cases and
// appointments, children first (a case may point at an appointment).
func erasePatients(ctx context.Context, tx pgx.Tx, ids []int64) (Erased, error) {
	var n Erased
	tag, err := tx.Exec(ctx, `DELETE FROM cases WHERE patient_id = ANY($1)`, ids)
	if err != nil {
		return n, fmt.Errorf("delete cases: %w", err)
	}
	n.Cases = tag.RowsAffected()
	if ok, err := tableExists(ctx, tx, "appointments"); err != nil {
		return n, err
	} else if ok {
		tag, err := tx.Exec(ctx, `DELETE FROM appointments WHERE patient_id = ANY($1)`, ids)
		if err != nil {
			return n, fmt.Errorf("delete appointments: %w", err)
		}
		n.Appointments = tag.RowsAffected()
	}
	tag, err = tx.Exec(ctx, `DELETE FROM patients WHERE id = ANY($1)`, ids)
	if err != nil {
		return n, fmt.Errorf("delete patients: %w", err)
	}
	n.Patients = tag.RowsAffected()
	return n, nil
}

// tableExists tells whether a table of the schema exists, so erasure
// works on databases migrated before appointments existed.
func tableExists(ctx context.Context, tx pgx.Tx, name string) (bool, error) {
	var ok bool
	if err := tx.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, name).Scan(&ok); err != nil {
		return false, fmt.Errorf("look for table %s: %w", name, err)
	}
	return ok, nil
}

// auditErasure appends the audit row of an erasure or purge: ids and
// counts only.
func auditErasure(ctx context.Context, tx pgx.Tx, actorKind, actorID, action, subjectKind, subjectID string,
	n Erased, extra map[string]any) error {
	detail := map[string]any{"patients": n.Patients, "cases": n.Cases, "appointments": n.Appointments}
	for k, v := range extra {
		detail[k] = v
	}
	if _, err := tx.Exec(ctx, appendAuditSQL, actorKind, actorID, action, subjectKind, subjectID, detail); err != nil {
		return fmt.Errorf("audit %s: %w", action, err)
	}
	return nil
}
