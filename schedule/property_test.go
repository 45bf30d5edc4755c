package schedule

import (
	"math/rand/v2"
	"testing"
	"time"
)

var propertyZones = []string{
	"Asia/Riyadh", "Europe/London", "America/New_York", "America/Santiago",
	"Africa/Casablanca", "Australia/Lord_Howe", "Asia/Kathmandu",
}

// randomCase builds an availability with at most one window per weekday and
// none crossing midnight, so that slots never clash across windows, plus
// random busy intervals, from seed.
func randomCase(seed uint64) (Availability, Query) {
	r := rand.New(rand.NewPCG(seed, seed>>7^0x9e3779b97f4a7c15))
	a := Availability{Clinician: ClinicianID(r.IntN(100)), Location: mustLoad(propertyZones[r.IntN(len(propertyZones))])}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if r.IntN(4) == 0 {
			continue
		}
		start := Clock(r.IntN(20*60/5) * 5)
		end := min(start+Clock(30+r.IntN(int(Midnight24-start-30)/5+1)*5), Midnight24)
		if start == 0 && end == Midnight24 {
			end = At(23, 0) // a whole day is refused as a likely typo
		}
		a.Weekly = append(a.Weekly, Weekly{wd, Window{
			Start: start, End: end,
			Slot:   time.Duration(5+r.IntN(12)*5) * time.Minute,
			Buffer: time.Duration(r.IntN(4)*5) * time.Minute,
		}})
	}
	// Anywhere in 2026, so that clock changes come up.
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(r.Int64N(int64(365 * 24 * time.Hour))))
	q := Query{Now: now, Notice: time.Duration(r.IntN(120)) * time.Minute, Horizon: time.Duration(1+r.IntN(21)) * 24 * time.Hour}
	for range r.IntN(20) {
		s := now.Add(time.Duration(r.Int64N(int64(q.Horizon))))
		q.Busy = append(q.Busy, Interval{Start: s, End: s.Add(time.Duration(1+r.IntN(180)) * time.Minute)})
	}
	if r.IntN(3) == 0 {
		a.DaysOff = append(a.DaysOff, DateOf(now.In(a.Location)).AddDays(r.IntN(7)))
	}
	return a, q
}

// checkProperties asserts the invariants, and that booking any one free slot
// takes exactly that slot away (buffers never hide a neighbour on the grid).
func checkProperties(t *testing.T, seed uint64) {
	t.Helper()
	a, q := randomCase(seed)
	slots, err := Free(a, q)
	if err != nil {
		t.Fatalf("seed %d: Free: %v", seed, err)
	}
	checkInvariants(t, a, q, slots)
	if len(slots) == 0 {
		return
	}
	taken := slots[int(seed%uint64(len(slots)))]
	q.Busy = append(q.Busy, taken.Interval())
	after, err := Free(a, q)
	if err != nil {
		t.Fatalf("seed %d: Free after booking: %v", seed, err)
	}
	if len(after) != len(slots)-1 {
		t.Fatalf("seed %d: booking %s left %d slots of %d", seed, label(taken), len(after), len(slots))
	}
	for _, s := range after {
		if s.Start.Equal(taken.Start) {
			t.Fatalf("seed %d: booked slot %s still free", seed, label(taken))
		}
	}
}

func TestFreeProperties(t *testing.T) {
	for seed := range uint64(300) {
		checkProperties(t, seed)
	}
}

func FuzzFree(f *testing.F) {
	for _, seed := range []uint64{0, 1, 42, 1 << 40} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, seed uint64) { checkProperties(t, seed) })
}
