package calendar

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// ErrInvalid is wrapped by Marshal's errors for an event it cannot write.
var ErrInvalid = errors.New("calendar: invalid event")

// Method is the iCalendar METHOD (RFC 5546) of the file.
type Method string

// Methods. Publish suits a file a patient imports; Request and Cancel are
// iTIP scheduling messages and need an Organizer.
const (
	Publish Method = "PUBLISH"
	Request Method = "REQUEST"
	Cancel  Method = "CANCEL" // the event's STATUS becomes CANCELLED
)

// ProdID identifies Frontdoor as the file's producer.
const ProdID = "-//Frontdoor//Appointments//EN"

// DefaultAlarm is how long before the start the alarm goes off when
// Event.Alarm is zero.
const DefaultAlarm = 15 * time.Minute

// Party is an organizer or attendee.
type Party struct {
	Name string // common name, shown by calendar apps; may be empty
	URI  string // required: "mailto:clinic@example.org" or another absolute URI
}

// Event is one appointment as a calendar entry. Texts arrive localised;
// Marshal only escapes them.
type Event struct {
	// UID is globally unique and stays the same across reschedules and the
	// cancel, so that calendar apps update the entry rather than add one:
	// "appointment-42@frontdoor.example".
	UID string
	// Sequence counts revisions: bump it on every reschedule or cancel.
	Sequence int
	// Stamp (DTSTAMP) is when the file was made; required.
	Stamp time.Time
	// Start and End are written in UTC; calendar apps show them in the
	// device's zone.
	Start, End time.Time
	// Summary is the title (required); Description the body, newlines
	// allowed. Lang, if set, is their language ("ar", "en").
	Summary, Description, Lang string
	// URL is the video link, written as URL and as LOCATION; optional.
	URL string
	// Organizer is required for Request and Cancel; Attendees are optional.
	Organizer *Party
	Attendees []Party
	// Alarm is how long before Start a display alarm goes off: zero means
	// DefaultAlarm, negative means no alarm.
	Alarm time.Duration
}

// ContentType returns the MIME type for a file with method m, for HTTP
// headers and mail attachments.
func ContentType(m Method) string {
	return "text/calendar; charset=utf-8; method=" + string(m)
}

// Marshal returns the iCalendar file for e with method m: CRLF line ends,
// lines folded at 75 octets on UTF-8 character boundaries. The error wraps
// ErrInvalid if m is unknown, UID or Summary is empty, Stamp is zero, End is
// not after Start, a URI is not absolute, or m needs an Organizer and has none.
func Marshal(m Method, e Event) ([]byte, error) {
	if err := validate(m, e); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	line := func(name, value string) { b.WriteString(fold(name + ":" + value)) }
	text := func(name, value string) {
		if e.Lang != "" {
			name += ";LANGUAGE=" + paramText(e.Lang)
		}
		line(name, escape(value))
	}
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", ProdID)
	line("CALSCALE", "GREGORIAN")
	line("METHOD", string(m))
	line("BEGIN", "VEVENT")
	line("UID", escape(e.UID))
	line("SEQUENCE", strconv.Itoa(e.Sequence))
	line("DTSTAMP", utc(e.Stamp))
	line("DTSTART", utc(e.Start))
	line("DTEND", utc(e.End))
	text("SUMMARY", e.Summary)
	if e.Description != "" {
		text("DESCRIPTION", e.Description)
	}
	if e.URL != "" {
		line("URL", e.URL)
		line("LOCATION", escape(e.URL))
	}
	if m == Cancel {
		line("STATUS", "CANCELLED")
	} else {
		line("STATUS", "CONFIRMED")
	}
	line("TRANSP", "OPAQUE")
	if e.Organizer != nil {
		line("ORGANIZER"+cn(e.Organizer.Name), e.Organizer.URI)
	}
	for _, a := range e.Attendees {
		line("ATTENDEE"+cn(a.Name)+";ROLE=REQ-PARTICIPANT", a.URI)
	}
	if e.Alarm >= 0 {
		line("BEGIN", "VALARM")
		line("ACTION", "DISPLAY")
		text("DESCRIPTION", e.Summary)
		line("TRIGGER", "-"+duration(cmpOr(e.Alarm, DefaultAlarm)))
		line("END", "VALARM")
	}
	line("END", "VEVENT")
	line("END", "VCALENDAR")
	return b.Bytes(), nil
}

func validate(m Method, e Event) error {
	switch {
	case m != Publish && m != Request && m != Cancel:
		return fmt.Errorf("%w: method %q", ErrInvalid, m)
	case strings.TrimSpace(e.UID) == "":
		return fmt.Errorf("%w: no UID", ErrInvalid)
	case strings.TrimSpace(e.Summary) == "":
		return fmt.Errorf("%w: %s: no summary", ErrInvalid, e.UID)
	case e.Stamp.IsZero():
		return fmt.Errorf("%w: %s: no DTSTAMP", ErrInvalid, e.UID)
	case e.Start.IsZero() || !e.Start.Before(e.End):
		return fmt.Errorf("%w: %s: end not after start", ErrInvalid, e.UID)
	case m != Publish && e.Organizer == nil:
		return fmt.Errorf("%w: %s: METHOD:%s needs an organizer", ErrInvalid, e.UID, m)
	case e.URL != "" && !absoluteURI(e.URL):
		return fmt.Errorf("%w: %s: URL is not an absolute URI", ErrInvalid, e.UID)
	case e.Lang != "" && paramText(e.Lang) != e.Lang:
		return fmt.Errorf("%w: %s: language %q", ErrInvalid, e.UID, e.Lang)
	}
	parties := e.Attendees
	if e.Organizer != nil {
		parties = append([]Party{*e.Organizer}, parties...)
	}
	for _, p := range parties {
		if !absoluteURI(p.URI) {
			return fmt.Errorf("%w: %s: organizer or attendee URI %q", ErrInvalid, e.UID, p.URI)
		}
	}
	return nil
}

// absoluteURI reports whether s parses as an absolute URI with nothing in
// it that would break the content line (controls, spaces, quotes).
func absoluteURI(s string) bool {
	for _, r := range s {
		if r <= ' ' || r == 0x7f || r == '"' {
			return false
		}
	}
	u, err := url.Parse(s)
	return err == nil && u.IsAbs()
}

func utc(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

// duration formats d (positive) as an RFC 5545 dur-time: "PT15M", "PT1H30M".
func duration(d time.Duration) string {
	d = d.Round(time.Second)
	var b strings.Builder
	b.WriteString("PT")
	if h := d / time.Hour; h > 0 {
		fmt.Fprintf(&b, "%dH", h)
	}
	if m := d % time.Hour / time.Minute; m > 0 {
		fmt.Fprintf(&b, "%dM", m)
	}
	if s := d % time.Minute / time.Second; s > 0 || d == 0 {
		fmt.Fprintf(&b, "%dS", s)
	}
	return b.String()
}

// cn returns the ";CN=..." parameter for name, or "" if name is empty.
func cn(name string) string {
	name = paramText(name)
	if name == "" {
		return ""
	}
	return `;CN="` + name + `"`
}

// paramText keeps what a quoted parameter value may hold: no DQUOTE and no
// control characters (RFC 5545 QSAFE-CHAR).
func paramText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '"' || (r < ' ' && r != '\t') || r == 0x7f {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

func cmpOr[T comparable](v, fallback T) T {
	var zero T
	if v == zero {
		return fallback
	}
	return v
}
