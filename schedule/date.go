package schedule

import (
	"errors"
	"fmt"
	"time"
)

// ErrInvalid is wrapped by every error this package returns for bad input
// (a malformed clock or date, an impossible window, a missing location).
var ErrInvalid = errors.New("schedule: invalid input")

// Date is a civil date (no time of day, no zone): a day on a calendar.
// The zero Date is invalid; build one with NewDate, DateOf or ParseDate.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d, normalised as time.Date does
// (NewDate(2026, 1, 32) is 2026-02-01).
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 12, 0, 0, 0, time.UTC))
}

// DateOf returns the date of t in t's own location. Convert first to pick
// the zone: DateOf(t.In(patientZone)).
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// ParseDate parses an ISO 8601 calendar date such as "2026-03-29".
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%w: date %q: %w", ErrInvalid, s, err)
	}
	return DateOf(t), nil
}

// AddDays returns the date n calendar days after d (before, if n < 0).
func (d Date) AddDays(n int) Date { return NewDate(d.Year, d.Month, d.Day+n) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.noon().Weekday() }

// Before reports whether d is an earlier day than e.
func (d Date) Before(e Date) bool { return d.noon().Before(e.noon()) }

// String formats d as "2006-01-02".
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// Midnight returns the first instant of d in loc. Like the window starts, a
// midnight that the zone skips resolves to the first instant after the gap.
func (d Date) Midnight(loc *time.Location) time.Time { return wallTime(d, 0, loc) }

// valid reports whether d names a real day (2026-02-30 does not).
func (d Date) valid() bool { return d == NewDate(d.Year, d.Month, d.Day) }

func (d Date) noon() time.Time { return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC) }

// Clock is a wall-clock time of day in minutes since midnight, from 00:00
// (0) to 24:00 (1440, allowed only as the end of a window).
type Clock int

// Midnight24 is 24:00, the end of a day, for windows that run to midnight.
const Midnight24 Clock = 24 * 60

// At returns the clock time hour:minute. It does not validate; Validate on
// the availability does.
func At(hour, minute int) Clock { return Clock(hour*60 + minute) }

// ParseClock parses "HH:MM" (24-hour, "24:00" allowed).
func ParseClock(s string) (Clock, error) {
	var h, m int
	if len(s) != 5 || s[2] != ':' {
		return 0, fmt.Errorf("%w: clock %q: want HH:MM", ErrInvalid, s)
	}
	if _, err := fmt.Sscanf(s, "%02d:%02d", &h, &m); err != nil {
		return 0, fmt.Errorf("%w: clock %q: %w", ErrInvalid, s, err)
	}
	c := At(h, m)
	if h < 0 || m < 0 || m > 59 || c > Midnight24 {
		return 0, fmt.Errorf("%w: clock %q out of range", ErrInvalid, s)
	}
	return c, nil
}

// Hour returns the hour of c (24 for Midnight24).
func (c Clock) Hour() int { return int(c) / 60 }

// Minute returns the minute within the hour of c.
func (c Clock) Minute() int { return int(c) % 60 }

// String formats c as "HH:MM".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c.Hour(), c.Minute()) }

// wallTime returns the instant the wall clock in loc reads c on day d,
// resolving skipped and repeated wall times with the offset in force before
// the transition (RFC 5545 §3.3.5). time.Date leaves that choice
// unspecified, and in practice it differs between zones.
func wallTime(d Date, c Clock, loc *time.Location) time.Time {
	naive := time.Date(d.Year, d.Month, d.Day, 0, int(c), 0, 0, time.UTC).Unix()
	// Zone transitions are far more than a day apart, so the offsets in
	// force a day and a bit either side bracket the one we need.
	const margin = 26 * 3600
	before := offsetAt(naive-margin, loc)
	after := offsetAt(naive+margin, loc)
	u1, u2 := naive-int64(before), naive-int64(after)
	ok1 := offsetAt(u1, loc) == before
	ok2 := offsetAt(u2, loc) == after
	switch {
	case ok1 && ok2: // repeated (or ordinary, when u1 == u2): the first one
		return time.Unix(min(u1, u2), 0).In(loc)
	case ok1:
		return time.Unix(u1, 0).In(loc)
	case ok2:
		return time.Unix(u2, 0).In(loc)
	default: // skipped: read with the earlier offset, landing after the gap
		return time.Unix(u1, 0).In(loc)
	}
}

func offsetAt(unix int64, loc *time.Location) int {
	_, off := time.Unix(unix, 0).In(loc).Zone()
	return off
}
