package schedule

import (
	"testing"
	"time"
)

// BenchmarkFree50Clinicians14Days computes two weeks of slots for each of 50
// clinicians (Sunday–Thursday, 09:00–13:00 and 16:00–21:00, 20-minute slots
// with 5-minute buffers, 30 appointments each already booked): the work
// behind a "which days are free" screen for a whole specialty.
func BenchmarkFree50Clinicians14Days(b *testing.B) {
	const clinicians = 50
	now := at(riyadh, "2026-05-09 08:00")
	avails := make([]Availability, clinicians)
	queries := make([]Query, clinicians)
	for c := range clinicians {
		a := Availability{Clinician: ClinicianID(c + 1), Location: riyadh, DaysOff: []Date{day("2026-05-12")}}
		for wd := time.Sunday; wd <= time.Thursday; wd++ {
			a.Weekly = append(a.Weekly,
				Weekly{wd, win("09:00", "13:00", 20*time.Minute, 5*time.Minute)},
				Weekly{wd, win("16:00", "21:00", 20*time.Minute, 5*time.Minute)})
		}
		q := Query{Now: now, Notice: 30 * time.Minute, Horizon: 14 * 24 * time.Hour}
		for i := range 30 {
			s := at(riyadh, "2026-05-10 09:00").Add(time.Duration(i*11+c)*time.Hour + 25*time.Minute)
			q.Busy = append(q.Busy, Interval{Start: s, End: s.Add(20 * time.Minute)})
		}
		avails[c], queries[c] = a, q
	}
	total := 0
	for b.Loop() {
		total = 0
		for c := range clinicians {
			slots, err := Free(avails[c], queries[c])
			if err != nil {
				b.Fatal(err)
			}
			total += len(slots)
		}
	}
	b.ReportMetric(float64(total), "slots/op")
}
