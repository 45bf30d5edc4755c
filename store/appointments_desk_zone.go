package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/frontdoor-health/frontdoor/dialogs"
)

// ErrInvalidZone is returned by DeskSetZone for a zone that is neither an
// IANA zone nor dialogs.ZoneClinic.
var ErrInvalidZone = errors.New("store: not a time zone")

// DeskSetZone records, at the desk, the zone the patient of appointment
// c.ID (within c.Scope; any status but a hold) reads times in: an IANA
// zone, or dialogs.ZoneClinic for the facility's own. It is kept on the
// patient, so that every later message, reminder and calendar file gives
// their time beside the facility's, with an audit row, in one
// transaction. It returns the patient's conversation, whose live chat
// session the caller updates too. dialogs.ErrNotFound outside the scope;
// ErrInvalidZone for a zone that is not one.
func (a *Appointments) DeskSetZone(ctx context.Context, c DeskChange, zone string) (dialogs.ConversationKey, error) {
	var key dialogs.ConversationKey
	if zone != dialogs.ZoneClinic {
		if _, err := time.LoadLocation(zone); err != nil || zone == "" || zone == "Local" || zone == "UTC" {
			return key, fmt.Errorf("store: desk zone of appointment %d: %w", c.ID, ErrInvalidZone)
		}
	}
	err := a.inTx(ctx, func(tx pgx.Tx) error {
		var patient int64
		err := tx.QueryRow(ctx, `
SELECT a.patient_id FROM appointments a
WHERE a.id = $4 AND a.status <> 'held' AND`+deskScopeWhere, append(deskScopeArgs(c.Scope), c.ID)...).Scan(&patient)
		if err != nil {
			return notFound(err)
		}
		err = tx.QueryRow(ctx, `UPDATE patients SET time_zone = $2 WHERE id = $1 RETURNING channel, conversation_id`,
			patient, zone).Scan(&key.Channel, &key.ID)
		if err != nil {
			return err
		}
		return auditTx(ctx, tx, c.Actor, "patient.zone_set", "patient", fmt.Sprint(patient),
			map[string]any{"appointment": c.ID, "zone": zone})
	})
	if err != nil {
		return dialogs.ConversationKey{}, fmt.Errorf("store: desk zone of appointment %d: %w", c.ID, err)
	}
	return key, nil
}
