package store

import (
	"context"
	"fmt"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// sharePhoneSQL keeps the number on the patient's own open case only.
const sharePhoneSQL = `
UPDATE cases SET phone = $3
WHERE id = $2 AND patient_id = $1 AND status IN ('triaged', 'waiting', 'claimed')`

// SharePhone records the phone number the patient shared for their case
// (see dialogs.CasePhones); the clinicians read it on the case's page,
// whose every view is audited. It returns dialogs.ErrNotFound if the case
// is not the patient's or is over. The number is never logged, nor put in
// an error.
func (cs *Cases) SharePhone(ctx context.Context, patientID, caseID int64, phone string) error {
	tag, err := cs.pool.Exec(ctx, sharePhoneSQL, patientID, caseID, phone)
	if err != nil {
		return fmt.Errorf("store: share a phone for case %d: %w", caseID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: share a phone for case %d: %w", caseID, dialogs.ErrNotFound)
	}
	return nil
}
