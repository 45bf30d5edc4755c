package schedule

import (
	"fmt"
	"time"
)

// ClinicianID identifies a clinician; the store's primary key.
type ClinicianID int64

// Window is a span of wall-clock time cut into slots: Slot long, with Buffer
// free between one slot's end and the next one's start. The first slot
// starts at Start; no slot ends after End. End at or before Start means the
// window crosses midnight and ends on the next day (22:00–02:00); End may be
// Midnight24 (24:00).
type Window struct {
	Start, End Clock
	Slot       time.Duration // length of one appointment; at least a minute
	Buffer     time.Duration // rest between appointments; zero or more
}

// Weekly is a Window that recurs every week on Weekday (the day it starts).
type Weekly struct {
	Weekday time.Weekday
	Window
}

// Extra is a one-off Window on Date (the day it starts), in addition to the
// weekly ones; a clinic opening on a Friday before Eid, say.
type Extra struct {
	Date Date
	Window
}

// Availability is when one clinician sees patients, in a facility's zone.
//
// A date in DaysOff drops the weekly windows that start on that date (a
// window crossing midnight into a day off still runs: it belongs to the day
// it starts). Extra windows apply even on days off, so "off except
// 18:00–20:00" is a day off plus an Extra. Windows may overlap; Free then
// keeps the earliest of any overlapping slots.
type Availability struct {
	Clinician ClinicianID
	Location  *time.Location // the facility's zone; required
	Weekly    []Weekly
	DaysOff   []Date
	Extra     []Extra
}

// Validate reports the first problem with a, wrapping ErrInvalid; nil if a
// can be used with Free.
func (a Availability) Validate() error {
	if a.Location == nil {
		return fmt.Errorf("%w: clinician %d: no location", ErrInvalid, a.Clinician)
	}
	for i, w := range a.Weekly {
		if w.Weekday < time.Sunday || w.Weekday > time.Saturday {
			return fmt.Errorf("%w: clinician %d: weekly window %d: weekday %d", ErrInvalid, a.Clinician, i, w.Weekday)
		}
		if err := w.Window.validate(); err != nil {
			return fmt.Errorf("clinician %d: weekly window %d: %w", a.Clinician, i, err)
		}
	}
	for i, d := range a.DaysOff {
		if !d.valid() {
			return fmt.Errorf("%w: clinician %d: day off %d: date %v", ErrInvalid, a.Clinician, i, d)
		}
	}
	for i, e := range a.Extra {
		if !e.Date.valid() {
			return fmt.Errorf("%w: clinician %d: extra window %d: date %v", ErrInvalid, a.Clinician, i, e.Date)
		}
		if err := e.Window.validate(); err != nil {
			return fmt.Errorf("clinician %d: extra window %d: %w", a.Clinician, i, err)
		}
	}
	return nil
}

func (w Window) validate() error {
	switch {
	case w.Start < 0 || w.Start >= Midnight24:
		return fmt.Errorf("%w: start %d out of range", ErrInvalid, w.Start)
	case w.End < 0 || w.End > Midnight24:
		return fmt.Errorf("%w: end %d out of range", ErrInvalid, w.End)
	case w.Start == w.End || (w.Start == 0 && w.End == Midnight24):
		// 24 hours on end is not a shift anyone works; more likely a typo.
		return fmt.Errorf("%w: window %v–%v is empty or a whole day", ErrInvalid, w.Start, w.End)
	case w.Slot < time.Minute:
		return fmt.Errorf("%w: slot length %v under a minute", ErrInvalid, w.Slot)
	case w.Buffer < 0:
		return fmt.Errorf("%w: negative buffer %v", ErrInvalid, w.Buffer)
	}
	return nil
}

// span returns the instants the window runs between when it starts on day d.
func (w Window) span(d Date, loc *time.Location) (start, end time.Time) {
	start = wallTime(d, w.Start, loc)
	if w.End <= w.Start {
		return start, wallTime(d.AddDays(1), w.End, loc)
	}
	return start, wallTime(d, w.End, loc)
}
