package schedule_test

import (
	"fmt"
	"time"

	"github.com/frontdoor-health/frontdoor/schedule"
)

// A clinician in London works Sunday mornings; a patient in Riyadh books.
// The week London moves its clocks, the same London hour is an hour earlier
// in Riyadh.
func ExampleFree() {
	london, _ := time.LoadLocation("Europe/London")
	riyadh, _ := time.LoadLocation("Asia/Riyadh")
	a := schedule.Availability{
		Clinician: 12,
		Location:  london,
		Weekly: []schedule.Weekly{{Weekday: time.Sunday, Window: schedule.Window{
			Start: schedule.At(9, 0), End: schedule.At(10, 30),
			Slot: 30 * time.Minute, Buffer: 15 * time.Minute,
		}}},
	}
	booked := time.Date(2026, 3, 29, 8, 45, 0, 0, time.UTC) // 09:45 BST
	slots, err := schedule.Free(a, schedule.Query{
		Now:     time.Date(2026, 3, 21, 12, 0, 0, 0, time.UTC),
		Notice:  30 * time.Minute,
		Horizon: 14 * 24 * time.Hour,
		Busy:    []schedule.Interval{{Start: booked, End: booked.Add(30 * time.Minute)}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range schedule.Days(slots, riyadh) {
		fmt.Print(d, ":")
		for _, s := range schedule.OnDay(slots, d, riyadh) {
			fmt.Print(" ", s.Start.In(riyadh).Format("15:04"), " (", s.LocalStart.Format("15:04 MST"), ")")
		}
		fmt.Println()
	}
	// Output:
	// 2026-03-22: 12:00 (09:00 GMT) 12:45 (09:45 GMT)
	// 2026-03-29: 11:00 (09:00 BST)
}

// Nearest offers alternatives around a slot that was just taken.
func ExampleNearest() {
	riyadh, _ := time.LoadLocation("Asia/Riyadh")
	a := schedule.Availability{Clinician: 4, Location: riyadh, Weekly: []schedule.Weekly{
		{Weekday: time.Monday, Window: schedule.Window{Start: schedule.At(9, 0), End: schedule.At(12, 0), Slot: 30 * time.Minute}},
	}}
	chosen := time.Date(2026, 5, 11, 10, 0, 0, 0, riyadh)
	slots, _ := schedule.Free(a, schedule.Query{
		Now:     time.Date(2026, 5, 10, 12, 0, 0, 0, riyadh),
		Horizon: 7 * 24 * time.Hour,
		Busy:    []schedule.Interval{{Start: chosen, End: chosen.Add(30 * time.Minute)}}, // taken meanwhile
	})
	for _, s := range schedule.Nearest(slots, chosen, 3) {
		fmt.Println(s.LocalStart.Format("Mon 15:04"))
	}
	// Output:
	// Mon 09:30
	// Mon 10:30
	// Mon 11:00
}
