package dialogs

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// Defaults of Booking.
const (
	DefaultCalendarHost = "frontdoor.invalid"
	DefaultHoldFor      = 5 * time.Minute
)

// defaults fills in what b leaves unset.
func (b *Booking) defaults() {
	if b.Zone == nil {
		b.Zone = defaultZone()
	}
	if b.CalendarHost == "" {
		b.CalendarHost = DefaultCalendarHost
	}
	if b.HoldFor <= 0 {
		b.HoldFor = DefaultHoldFor
	}
}

// bookingZone is the zone patients read times in. Moment and LongDate
// make an Engine of their catalog alone, without a zone.
func (e *Engine) bookingZone() *time.Location {
	if z := e.Booking.Zone; z != nil {
		return z
	}
	return defaultZone()
}

// defaultZone is Makkah time; a fixed +03:00 if the zone database is
// missing (Saudi Arabia keeps no daylight saving).
func defaultZone() *time.Location {
	if loc, err := time.LoadLocation("Asia/Riyadh"); err == nil {
		return loc
	}
	return time.FixedZone("Asia/Riyadh", 3*3600)
}

// switchFlow moves the conversation to flow name at its initial state
// without beginning it: for buttons that jump straight to a step.
func (t *turn) switchFlow(name string) {
	f := t.e.flows[name]
	t.f, t.m = f, f.machine(t, f.initial())
	t.s.Values = nil
}

// nameRef keeps a clinician's or specialty's names in the session, so a
// step can be shown again without asking the store. Sessions written
// before names were kept by language hold "a" and "e" instead of "n".
type nameRef struct {
	ID    int64         `json:"i,omitempty"`
	Code  string        `json:"c,omitempty"`
	Names locales.Names `json:"n,omitempty"`
	Ar    string        `json:"a,omitempty"`
	En    string        `json:"e,omitempty"`
}

// names returns the names kept, from either form.
func (n nameRef) names() locales.Names {
	if n.Names != nil {
		return n.Names
	}
	return locales.Names{LangArabic: n.Ar, LangEnglish: n.En}
}

func (n nameRef) name(lang string) string { return n.names().In(lang) }

func doctorRef(c Clinician) nameRef    { return nameRef{ID: c.ID, Names: c.Names} }
func specRef(s Specialty) nameRef      { return nameRef{Code: s.Code, Names: s.Names} }
func (n nameRef) clinician() Clinician { return Clinician{ID: n.ID, Names: n.names()} }
func (n nameRef) specialty() Specialty { return Specialty{Code: n.Code, Names: n.names()} }

// slotRef is a slot offered to the patient, kept in the session; buttons
// carry its index, never the slot itself, so a forged button cannot name a
// time that was not offered.
type slotRef struct {
	C int64 `json:"c"` // clinician
	S int64 `json:"s"` // start, Unix seconds
	E int64 `json:"e"` // end, Unix seconds
	// Z is the zone of the slot's facility (IANA id), which the patient
	// is told its time in; "" for the deployment's.
	Z string `json:"z,omitempty"`
}

func refOf(s schedule.Slot) slotRef {
	return slotRef{C: int64(s.Clinician), S: s.Start.Unix(), E: s.End.Unix(), Z: slotZone(s)}
}

func (r slotRef) start() time.Time { return time.Unix(r.S, 0).UTC() }

func (r slotRef) slot() schedule.Slot {
	return schedule.Slot{Clinician: schedule.ClinicianID(r.C), Start: r.start(), End: time.Unix(r.E, 0).UTC()}
}

// distinctStarts keeps the first slot of each start time (the store lists
// them by start, then clinician): a patient picks a time, not a doctor.
func distinctStarts(slots []schedule.Slot) []schedule.Slot {
	var out []schedule.Slot
	for _, s := range slots {
		if len(out) == 0 || !out[len(out)-1].Start.Equal(s.Start) {
			out = append(out, s)
		}
	}
	return out
}

// index parses the number after prefix in an action ("d:3"), checking it
// against n.
func index(action, prefix string, n int) (int, bool) {
	rest, ok := strings.CutPrefix(action, prefix)
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(rest)
	if err != nil || i < 0 || i >= n {
		return 0, false
	}
	return i, true
}

// page returns the bounds of page p (wrapping) of n items, size a page.
func page(p, n, size int) (from, to, pages int) {
	pages = max(1, (n+size-1)/size)
	p = ((p % pages) + pages) % pages
	return p * size, min(n, (p+1)*size), pages
}

// idVersion parses "<id>:<version>".
func idVersion(s string) (int64, int, error) {
	a, b, ok := strings.Cut(s, ":")
	id, err1 := strconv.ParseInt(a, 10, 64)
	v, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || id <= 0 || v <= 0 {
		return 0, 0, fmt.Errorf("dialogs: bad appointment reference %q", s)
	}
	return id, v, nil
}
