package schedule

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// Interval is the half-open span [Start, End) of absolute time. Two
// intervals that merely touch (one ends when the other starts) do not
// overlap, matching PostgreSQL's tstzrange '[)' and its && operator.
type Interval struct {
	Start, End time.Time
}

// Overlaps reports whether i and j share any instant.
func (i Interval) Overlaps(j Interval) bool {
	return i.Start.Before(j.End) && j.Start.Before(i.End)
}

// Query says which of a clinician's slots to return.
type Query struct {
	// Now is the current instant; required.
	Now time.Time
	// Notice is the minimum lead time: a slot must start at or after
	// Now+Notice. Zero or more.
	Notice time.Duration
	// Horizon bounds booking ahead: a slot must start before Now+Horizon
	// (14*24*time.Hour for "two weeks"). Required.
	Horizon time.Duration
	// Busy holds what is already taken for this clinician: appointments,
	// slots held for a patient who is confirming, leave booked ad hoc. Add
	// the patient's own appointments too and no slot will clash with them.
	// Any order; overlaps allowed. A slot is busy if it, widened by its
	// window's Buffer on both sides, overlaps any of these.
	Busy []Interval
}

// Slot is a free appointment slot. Start and End are in UTC; LocalStart and
// LocalEnd are the same instants in the facility's zone. Compare instants
// with Equal, not ==.
type Slot struct {
	Clinician            ClinicianID
	Start, End           time.Time
	LocalStart, LocalEnd time.Time
}

// Interval returns the slot's span.
func (s Slot) Interval() Interval { return Interval{Start: s.Start, End: s.End} }

// Free returns a's free slots for q, ordered by start time and never
// overlapping one another. It returns an error wrapping ErrInvalid if a does
// not validate, q.Now is zero, q.Horizon is not positive or q.Notice is
// negative. No slot is ever returned that runs past the end of its window.
func Free(a Availability, q Query) ([]Slot, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	switch {
	case q.Now.IsZero():
		return nil, fmt.Errorf("%w: clinician %d: query without now", ErrInvalid, a.Clinician)
	case q.Horizon <= 0:
		return nil, fmt.Errorf("%w: clinician %d: horizon %v", ErrInvalid, a.Clinician, q.Horizon)
	case q.Notice < 0:
		return nil, fmt.Errorf("%w: clinician %d: notice %v", ErrInvalid, a.Clinician, q.Notice)
	}
	earliest, limit := q.Now.Add(q.Notice), q.Now.Add(q.Horizon)
	if !earliest.Before(limit) {
		return []Slot{}, nil
	}
	busy := merge(q.Busy)
	loc := a.Location
	// A window starting the day before earliest may cross midnight into it.
	first := DateOf(earliest.In(loc)).AddDays(-1)
	last := DateOf(limit.In(loc))

	slots := make([]Slot, 0, 64)
	emit := func(w Window, d Date) {
		start, end := w.span(d, loc)
		step := w.Slot + w.Buffer
		for s := start; !s.Add(w.Slot).After(end) && s.Before(limit); s = s.Add(step) {
			e := s.Add(w.Slot)
			if s.Before(earliest) || isBusy(busy, s.Add(-w.Buffer), e.Add(w.Buffer)) {
				continue
			}
			slots = append(slots, Slot{
				Clinician: a.Clinician,
				Start:     s.UTC(), End: e.UTC(),
				LocalStart: s.In(loc), LocalEnd: e.In(loc),
			})
		}
	}
	for d := first; !last.Before(d); d = d.AddDays(1) {
		if !slices.Contains(a.DaysOff, d) {
			for _, w := range a.Weekly {
				if w.Weekday == d.Weekday() {
					emit(w.Window, d)
				}
			}
		}
		for _, e := range a.Extra {
			if e.Date == d {
				emit(e.Window, d)
			}
		}
	}
	return dropOverlaps(slots), nil
}

// merge returns the union of busy as sorted, disjoint intervals, so that a
// binary search by end time finds the only candidate for an overlap.
func merge(busy []Interval) []Interval {
	out := make([]Interval, 0, len(busy))
	for _, b := range busy {
		if b.Start.Before(b.End) {
			out = append(out, b)
		}
	}
	slices.SortFunc(out, func(x, y Interval) int { return x.Start.Compare(y.Start) })
	n := 0
	for _, b := range out {
		if n > 0 && !b.Start.After(out[n-1].End) {
			if b.End.After(out[n-1].End) {
				out[n-1].End = b.End
			}
			continue
		}
		out[n] = b
		n++
	}
	return out[:n]
}

// isBusy reports whether [start, end) overlaps any of the merged intervals.
func isBusy(merged []Interval, start, end time.Time) bool {
	i, _ := slices.BinarySearchFunc(merged, start, func(b Interval, t time.Time) int {
		if b.End.After(t) {
			return 1
		}
		return -1
	})
	return i < len(merged) && merged[i].Start.Before(end)
}

// dropOverlaps sorts slots and keeps, of any that overlap (from overlapping
// windows), the one that starts first (the shorter on a tie).
func dropOverlaps(slots []Slot) []Slot {
	slices.SortFunc(slots, func(x, y Slot) int {
		return cmp.Or(x.Start.Compare(y.Start), x.End.Compare(y.End))
	})
	out := slots[:0]
	for _, s := range slots {
		if len(out) > 0 && s.Start.Before(out[len(out)-1].End) {
			continue
		}
		out = append(out, s)
	}
	return out
}
