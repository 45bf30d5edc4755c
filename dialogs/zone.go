package dialogs

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/frontdoor-health/frontdoor/schedule"
)

// Patients abroad: a patient who reads times in another zone than the
// clinic's (a citizen treated abroad, a family in London booking for a
// parent in Makkah) sees both in confirmations, reminders and calendar
// files ("9:00 AM Makkah time — 7:00 AM your time"). Their zone is asked
// once, in the booking, when the channel hints that it differs; a
// coordinator may set it at the desk. Patients in the clinic's zone, and
// those whose channel hints at nothing, see what they always saw.

// ZoneClinic is Patient.Zone for a patient who said they read the
// clinic's time (so the question is not asked again).
const ZoneClinic = "clinic"

// regionZones are the zones of countries that keep one, by the region of
// a language tag ("ar-EG", "ur-PK"): the countries the zone names in the
// locales speak of. A region with several zones (the United States) says
// nothing. Great Britain is left out on purpose: "en-GB" is the English
// many clients default to wherever they are, so it says nothing of where
// the reader is; a browser's own zone (Input.ZoneHint) does.
var regionZones = map[string]string{
	"AE": "Asia/Dubai", "KW": "Asia/Kuwait", "QA": "Asia/Qatar", "BH": "Asia/Bahrain", "OM": "Asia/Muscat",
	"YE": "Asia/Aden", "IQ": "Asia/Baghdad", "JO": "Asia/Amman", "LB": "Asia/Beirut", "SY": "Asia/Damascus",
	"IR": "Asia/Tehran", "PK": "Asia/Karachi", "IN": "Asia/Kolkata", "BD": "Asia/Dhaka",
	"MY": "Asia/Kuala_Lumpur", "TR": "Europe/Istanbul", "EG": "Africa/Cairo", "SD": "Africa/Khartoum",
	"LY": "Africa/Tripoli", "TN": "Africa/Tunis", "DZ": "Africa/Algiers", "MA": "Africa/Casablanca",
	"MR": "Africa/Nouakchott", "NG": "Africa/Lagos", "SA": "Asia/Riyadh",
}

// abroadZones are the other zones offered beside a hinted one, by
// language: where its readers most often are when abroad. Each is named
// in the locales (zones.*.toml), so every reader reads a place they know.
var abroadZones = map[string][]string{
	"ar": {"Africa/Cairo", "Europe/London", "Africa/Casablanca"},
	"en": {"Europe/London", "Asia/Kolkata", "Asia/Karachi"},
	"fr": {"Africa/Casablanca", "Africa/Algiers", "Europe/London"},
	"ur": {"Asia/Karachi", "Europe/London", "Asia/Dubai"},
	"id": {"Asia/Jakarta", "Asia/Kuala_Lumpur", "Asia/Riyadh"},
}

// maxZoneChoices is how many zones the question lists beside "the
// clinic's time": a short list, each on its own row.
const maxZoneChoices = 3

// loadZone returns the zone named id, nil for "", ZoneClinic or a name
// that is not a zone. UTC and the Etc zones are no one's place: a browser
// that reports them is set to hide where it is.
func loadZone(id string) *time.Location {
	if id == "" || id == ZoneClinic || id == "UTC" || strings.HasPrefix(id, "Etc/") || id == "Local" || len(id) > 64 {
		return nil
	}
	loc, err := cachedZone(id)
	if err != nil {
		return nil
	}
	return loc
}

// hintedZone is the zone the input hints the patient reads times in: the
// device's own, else the language tag's region; nil when neither says.
func hintedZone(in Input) *time.Location {
	if z := loadZone(in.ZoneHint); z != nil {
		return z
	}
	_, region, ok := strings.Cut(strings.ReplaceAll(in.LanguageHint, "_", "-"), "-")
	if !ok {
		return nil
	}
	return loadZone(regionZones[strings.ToUpper(region)])
}

// sameClock reports whether a and b show the same wall-clock time at the
// instants near at (the coming months: a summer-time change between now
// and an appointment is caught at the appointment itself).
func sameClock(a, b *time.Location, at time.Time) bool {
	for _, t := range []time.Time{at, at.Add(30 * 24 * time.Hour), at.Add(90 * 24 * time.Hour), at.Add(180 * 24 * time.Hour), at.Add(270 * 24 * time.Hour)} {
		_, oa := t.In(a).Zone()
		_, ob := t.In(b).Zone()
		if oa != ob {
			return false
		}
	}
	return true
}

// zoneChoices are the zones the question offers a patient whose device
// hints at hint: hint first, then their language's usual zones abroad,
// leaving out any that reads the clinic's clock.
func zoneChoices(lang string, hint, clinic *time.Location, now time.Time) []string {
	out := []string{hint.String()}
	for _, id := range abroadZones[lang] {
		z := loadZone(id)
		if len(out) == maxZoneChoices {
			break
		}
		if z == nil || id == hint.String() || sameClock(z, clinic, now) {
			continue
		}
		out = append(out, id)
	}
	return out
}

// Facilities keep their own clocks: a network with a Kuwait virtual
// office, mobile units in Morocco and hospitals in Saudi Arabia tells
// each appointment in its facility's time, named ("9:00 AM Kuwait
// time"). The deployment's zone (Booking.Zone) is said only for what
// carries no facility's.

// slotZone is the zone id of s's facility, "" when the slot carries none
// (LocalStart unset).
func slotZone(s schedule.Slot) string {
	if s.LocalStart.IsZero() {
		return ""
	}
	return s.LocalStart.Location().String()
}

// zones keeps the zones once loaded: every message about an appointment
// names its facility's and often the patient's, and loading one reads
// the zone database (about 50 µs, against 11 ns from here).
var zones sync.Map // IANA id → *time.Location

// cachedZone is time.LoadLocation, each zone loaded once.
func cachedZone(id string) (*time.Location, error) {
	if z, ok := zones.Load(id); ok {
		return z.(*time.Location), nil
	}
	z, err := time.LoadLocation(id)
	if err != nil {
		return nil, err
	}
	zones.Store(id, z)
	return z, nil
}

// facilityZone loads a facility's zone id: the deployment's for "" or an
// id this build cannot load (the store validates them; an old tzdata may
// lag).
func (e *Engine) facilityZone(id string) *time.Location {
	if id == "" {
		return e.bookingZone()
	}
	z, err := cachedZone(id)
	if err != nil {
		return e.bookingZone()
	}
	return z
}

// oneZone is the facility zone id all of the n items zone(i) names share,
// with ok; "" and false when they mix several.
func oneZone(n int, zone func(i int) string) (id string, ok bool) {
	for i := range n {
		if z := zone(i); i == 0 {
			id = z
		} else if z != id {
			return "", false
		}
	}
	return id, true
}

// in returns w saying times in the facility zone id (facilityZone): an
// appointment's or slot's own clock.
func (w words) in(id string) words {
	w.zone = w.e.facilityZone(id)
	return w
}

// ownZone is the zone the session's patient reads times in when it is
// not the clinic's, else nil.
func (t *turn) ownZone() *time.Location { return loadZone(t.s.Zone) }

// zoneAsk says whether the booking should ask the patient's zone now:
// never asked, and their channel hints at a zone whose clock differs from
// clinic's (the chosen slot's facility's).
func (t *turn) zoneAsk(clinic *time.Location) *time.Location {
	if t.s.Zone != "" {
		return nil
	}
	hint := hintedZone(t.in)
	if hint == nil || sameClock(hint, clinic, t.e.Now()) {
		return nil
	}
	return hint
}

// zoneAt names the zone of an instant for a sentence: the clinic's
// ("Makkah time"); for a patient whose own clock differs at that
// instant, the clinic's followed by their time ("Makkah time — 7:00 AM
// your time", with the day too when it is another day there).
func (w words) zoneAt(at time.Time) string {
	name := w.zoneName()
	if w.own == nil {
		return name
	}
	_, clinic := at.In(w.zone).Zone()
	_, own := at.In(w.own).Zone()
	if clinic == own {
		return name
	}
	there := words{e: w.e, lang: w.lang, zone: w.own, now: w.now}
	clock := there.clock(at)
	if there.dayOf(at) != w.dayOf(at) {
		clock = there.text("booking_slot_on_day", map[string]any{"Day": there.date(there.dayOf(at), false), "Time": clock})
	}
	return w.text("booking_zone_both", map[string]any{"Zone": name, "Time": clock})
}

// KnownZones lists the zones the zone question may offer, sorted: the
// ones a coordinator can choose from for a patient at the desk.
func KnownZones() []string {
	set := map[string]bool{}
	for _, z := range regionZones {
		set[z] = true
	}
	for _, l := range abroadZones {
		for _, z := range l {
			set[z] = true
		}
	}
	set["Europe/London"] = true
	return slices.Sorted(maps.Keys(set))
}

// SetSessionZone tells the live chat session of conversation key that its
// patient now reads times in zone (set for them at the coordinator's
// desk; the store keeps it on the patient), so that their next messages
// use it. A conversation without a session reads the patient's zone when
// one starts. Safe for concurrent use: a turn saving meanwhile makes it
// try again.
func (e *Engine) SetSessionZone(ctx context.Context, key ConversationKey, zone string) error {
	for range 3 {
		s, err := e.Sessions.Load(ctx, key)
		switch {
		case errors.Is(err, ErrNotFound):
			return nil
		case err != nil:
			return fmt.Errorf("dialogs: set session zone: %w", err)
		}
		s.Zone = zone
		if _, err = e.Sessions.Save(ctx, key, s); !errors.Is(err, ErrStaleSession) {
			if err != nil {
				return fmt.Errorf("dialogs: set session zone: %w", err)
			}
			return nil
		}
	}
	return fmt.Errorf("dialogs: set session zone: %w", ErrStaleSession)
}
