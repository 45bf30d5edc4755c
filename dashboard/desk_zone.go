package dashboard

import (
	"net/http"
	"slices"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/store"
)

// zoneChoices are the zones a coordinator may set for a patient abroad,
// each named as the patient's messages name it.
func (d *Dashboard) zoneChoices(lang string) []slotChoice {
	var out []slotChoice
	for _, id := range dialogs.KnownZones() {
		if z, err := time.LoadLocation(id); err == nil {
			out = append(out, slotChoice{Value: id, Label: dialogs.ZoneName(d.cfg.Text, lang, z)})
		}
	}
	return out
}

// knownZone reports whether a form's zone is one the desk offers: the
// facility's own (dialogs.ZoneClinic) or a known zone abroad.
func knownZone(z string) bool {
	return z == dialogs.ZoneClinic || slices.Contains(dialogs.KnownZones(), z)
}

// setPatientZone records the zone the patient of an appointment reads
// times in, for any patient of the reader's facilities (a relative on the
// phone from abroad says where they are): kept on the patient with an
// audit row, and passed to their live chat, so that their next messages,
// reminders and calendar files give their time beside the facility's.
func (d *Dashboard) setPatientZone(w http.ResponseWriter, r *http.Request, a *account) {
	id, ok := caseID(r)
	zone := r.PostFormValue("zone")
	if !ok || !knownZone(zone) {
		d.fail(w, r, a, http.StatusBadRequest)
		return
	}
	key, err := d.cfg.Desk.Store.DeskSetZone(r.Context(), store.DeskChange{Scope: a.Scope, Actor: a.actor(), ID: id}, zone)
	if err != nil {
		d.failWith(w, r, a, err)
		return
	}
	if s := d.cfg.Desk.Sessions; s != nil && key.Channel != "" {
		if err := s.SetSessionZone(r.Context(), key, zone); err != nil {
			// Kept on the patient: their next session reads it.
			d.log.Warn("dashboard: zone not passed to the live chat", "appointment", id, "err", err)
		}
	}
	d.log.Info("dashboard: patient zone set at the desk", "appointment", id, "clinician", a.ID)
	d.flashTo(w, r, deskBack(r), "dash_desk_zone_done")
}
