package dialogs

import (
	"context"
	"fmt"
	"strconv"
)

// renderZone asks which time the patient reads: the zones their channel
// hints at, each with its time now so the patient knows it at a glance,
// and the clinic's.
func (bk *booking) renderZone(t *turn, w words, d bookingData, hint string, _ bool) {
	var rows [][]Button
	if d.Pick != nil {
		w = w.in(d.Pick.Z) // the clinic's is the chosen slot's facility's
	}
	for i, id := range d.Zones {
		z := loadZone(id)
		if z == nil {
			continue
		}
		there := words{e: w.e, lang: w.lang, zone: z, now: w.now}
		label := w.text("booking_zone_choice", map[string]any{"Zone": there.zoneName(), "Time": there.clock(w.now)})
		rows = append(rows, bk.btn(label, "z:"+strconv.Itoa(i)))
	}
	rows = append(rows, bk.btn(w.text("booking_zone_clinic", map[string]any{"Zone": w.zoneName()}), "z:c"))
	t.say(t.withHint(hint, w.text("booking_zone_ask", map[string]any{"Zone": w.zoneName()})), rows...)
}

// pressZone keeps the patient's choice and goes on to the confirmation,
// which then gives their time beside the clinic's.
func (bk *booking) pressZone(ctx context.Context, t *turn, d bookingData, action string) error {
	zone := ZoneClinic
	if i, ok := index(action, "z:", len(d.Zones)); ok {
		zone = d.Zones[i]
	} else if action != "z:c" {
		return errUnknownAction
	}
	if err := t.e.Patients.SetZone(ctx, t.s.PatientID, zone); err != nil {
		return fmt.Errorf("dialogs: booking: zone: %w", err)
	}
	t.s.Zone = zone
	d.Zones = nil
	if d.Pick == nil {
		return bk.toDays(ctx, t, d)
	}
	if err := bk.save(t, d); err != nil {
		return err
	}
	return t.fire(ctx, evBkConfirm)
}
