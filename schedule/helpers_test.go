package schedule

import (
	"testing"
	"time"
)

// Test zones: a fixed-offset Gulf zone and two that change clocks.
var (
	riyadh  = mustLoad("Asia/Riyadh")
	london  = mustLoad("Europe/London")
	newYork = mustLoad("America/New_York")
)

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // the tz database is part of the test environment
	}
	return loc
}

// clk parses "HH:MM" for table literals; bad literals are a test bug.
func clk(s string) Clock {
	c, err := ParseClock(s)
	if err != nil {
		panic(err)
	}
	return c
}

// day parses "2006-01-02" for table literals.
func day(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// at parses a wall-clock "2006-01-02 15:04" in loc.
func at(loc *time.Location, s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		panic(err)
	}
	return t
}

func win(start, end string, slot, buffer time.Duration) Window {
	return Window{Start: clk(start), End: clk(end), Slot: slot, Buffer: buffer}
}

// label formats a slot in the facility zone, abbreviation included so that
// a wrong UTC offset shows: "Sun 03-08 03:00 EDT–04:00 EDT".
func label(s Slot) string {
	return s.LocalStart.Format("Mon 01-02 15:04 MST") + "–" + s.LocalEnd.Format("15:04 MST")
}

func labels(slots []Slot) []string {
	out := make([]string, len(slots))
	for i, s := range slots {
		out[i] = label(s)
	}
	return out
}

// checkInvariants asserts what every result of Free must satisfy.
func checkInvariants(t *testing.T, a Availability, q Query, slots []Slot) {
	t.Helper()
	earliest, limit := q.Now.Add(q.Notice), q.Now.Add(q.Horizon)
	for i, s := range slots {
		switch {
		case s.Start.Location() != time.UTC || s.End.Location() != time.UTC:
			t.Errorf("slot %d %s: Start/End not in UTC", i, label(s))
		case s.LocalStart.Location() != a.Location || s.LocalEnd.Location() != a.Location:
			t.Errorf("slot %d %s: LocalStart/LocalEnd not in the facility zone", i, label(s))
		case !s.Start.Equal(s.LocalStart) || !s.End.Equal(s.LocalEnd):
			t.Errorf("slot %d %s: UTC and local instants differ", i, label(s))
		case !s.Start.Before(s.End):
			t.Errorf("slot %d %s: empty", i, label(s))
		case s.Start.Before(earliest):
			t.Errorf("slot %d %s: starts before now+notice", i, label(s))
		case !s.Start.Before(limit):
			t.Errorf("slot %d %s: starts at or after now+horizon", i, label(s))
		case s.Clinician != a.Clinician:
			t.Errorf("slot %d: clinician %d, want %d", i, s.Clinician, a.Clinician)
		}
		if i > 0 && s.Start.Before(slots[i-1].End) {
			t.Errorf("slot %d %s overlaps or precedes %s", i, label(s), label(slots[i-1]))
		}
		for _, b := range q.Busy {
			if s.Interval().Overlaps(b) {
				t.Errorf("slot %d %s overlaps busy %v–%v", i, label(s), b.Start, b.End)
			}
		}
	}
}
