package schedule

import (
	"cmp"
	"slices"
	"time"
)

// Days returns the distinct dates, as seen in zone, on which slots start,
// in calendar order. zone is the patient's display zone, which may differ
// from the facility's: a London slot at 22:00 falls on the next day in
// Riyadh. slots may be in any order.
func Days(slots []Slot, zone *time.Location) []Date {
	var days []Date
	for _, s := range slots {
		d := DateOf(s.Start.In(zone))
		if len(days) == 0 || days[len(days)-1] != d {
			days = append(days, d)
		}
	}
	slices.SortFunc(days, func(a, b Date) int { return a.noon().Compare(b.noon()) })
	return slices.Compact(days)
}

// Merge returns the slots of several clinicians (each list from Free) as one
// list ordered by start time, then clinician: the choices for "any
// clinician of this specialty". Slots of different clinicians may overlap.
func Merge(lists ...[]Slot) []Slot {
	out := slices.Concat(lists...)
	slices.SortFunc(out, func(x, y Slot) int {
		return cmp.Or(x.Start.Compare(y.Start), cmp.Compare(x.Clinician, y.Clinician))
	})
	return out
}

// OnDay returns the slots that start on day as seen in zone, in the order
// given. The result shares no memory with slots.
func OnDay(slots []Slot, day Date, zone *time.Location) []Slot {
	var out []Slot
	for _, s := range slots {
		if DateOf(s.Start.In(zone)) == day {
			out = append(out, s)
		}
	}
	return out
}

// Nearest returns up to n slots whose starts are closest to t, in start
// order; on equal distance the later slot wins, since a patient who lost a
// slot can rarely move earlier. Use it for alternatives when the slot a
// patient chose was just taken: recompute with Free (the taken slot is busy
// now) and pass the chosen start as t. It returns nil if n <= 0.
func Nearest(slots []Slot, t time.Time, n int) []Slot {
	if n <= 0 || len(slots) == 0 {
		return nil
	}
	byDistance := slices.Clone(slots)
	slices.SortStableFunc(byDistance, func(x, y Slot) int {
		return cmp.Or(
			cmp.Compare(distance(x.Start, t), distance(y.Start, t)),
			y.Start.Compare(x.Start), // later first on a tie
		)
	})
	out := byDistance[:min(n, len(byDistance))]
	slices.SortStableFunc(out, func(x, y Slot) int { return x.Start.Compare(y.Start) })
	return slices.Clip(out)
}

func distance(a, b time.Time) time.Duration {
	if d := a.Sub(b); d >= 0 {
		return d
	}
	return b.Sub(a)
}

// LocalDays returns the distinct dates on which slots start in their own
// facility's zone (LocalStart), in calendar order: the days a network
// whose facilities keep different clocks offers, each as its facility
// counts it (a 23:30 Casablanca slot is on its Casablanca day, although it
// is past midnight in Riyadh). slots may be in any order.
func LocalDays(slots []Slot) []Date {
	days := make([]Date, 0, 16)
	for _, s := range slots {
		d := DateOf(s.LocalStart)
		if len(days) == 0 || days[len(days)-1] != d {
			days = append(days, d)
		}
	}
	slices.SortFunc(days, func(a, b Date) int { return a.noon().Compare(b.noon()) })
	return slices.Compact(days)
}

// OnLocalDay returns the slots that start on day in their own facility's
// zone (LocalStart), in the order given. The result shares no memory with
// slots.
func OnLocalDay(slots []Slot, day Date) []Slot {
	var out []Slot
	for _, s := range slots {
		if DateOf(s.LocalStart) == day {
			out = append(out, s)
		}
	}
	return out
}
