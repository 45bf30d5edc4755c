package store_test

import (
	"errors"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
)

func freeOf(t *testing.T, appts *store.Appointments, clinician int64) []schedule.Slot {
	t.Helper()
	free, err := appts.FreeSlots(t.Context(), dialogs.SlotQuery{Clinician: clinician})
	if err != nil {
		t.Fatal(err)
	}
	return free
}

// TestAvailabilityRules: free slots honour the facility's horizon and
// notice, days off, extra windows and buffers, as stored.
func TestAvailabilityRules(t *testing.T) {
	c := clinictest.New(t, clinictest.Options{Clinicians: 2})
	appts := c.Appointments(t, nil, nil)
	ctx := t.Context()
	doc := c.Clinicians[0]

	if err := appts.SetBookingRules(ctx, c.Facility, 48*time.Hour, 2*time.Hour); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	free := freeOf(t, appts, doc)
	if len(free) < 150 || free[0].Start.Before(now.Add(2*time.Hour)) || !free[len(free)-1].Start.Before(now.Add(48*time.Hour)) {
		t.Fatalf("%d slots from %v to %v; want ~184 within notice 2h and horizon 48h of %v",
			len(free), free[0].Start, free[len(free)-1].Start, now)
	}

	// Days off and extra windows, two days ahead, with no notice to cut
	// into the day.
	if err := appts.SetBookingRules(ctx, c.Facility, 14*24*time.Hour, 0); err != nil {
		t.Fatal(err)
	}
	day := schedule.DateOf(now.In(c.Zone)).AddDays(2)
	if err := appts.AddDayOff(ctx, doc, day); err != nil {
		t.Fatal(err)
	}
	if err := appts.AddDayOff(ctx, doc, day); !errors.Is(err, store.ErrInvalidAvailability) {
		t.Errorf("a second day off on the same day: %v", err)
	}
	extra := schedule.Window{Start: schedule.At(18, 0), End: schedule.At(19, 0), Slot: 20 * time.Minute}
	if err := appts.AddExtraWindow(ctx, doc, c.Facility, day, extra); err != nil {
		t.Fatal(err)
	}
	var onDay []string
	for _, s := range schedule.OnDay(freeOf(t, appts, doc), day, c.Zone) {
		onDay = append(onDay, s.LocalStart.Format("15:04"))
	}
	if got := len(onDay); got != 3 || onDay[0] != "18:00" || onDay[2] != "18:40" {
		t.Errorf("on the day off: %v, want only the extra window's 18:00, 18:20, 18:40", onDay)
	}
	if others := schedule.OnDay(freeOf(t, appts, c.Clinicians[1]), day, c.Zone); len(others) != 96 {
		t.Errorf("the other clinician has %d slots that day, want 96", len(others))
	}
	bad := schedule.Window{Start: schedule.At(10, 0), End: schedule.At(10, 10), Slot: 15 * time.Minute}
	if err := appts.AddExtraWindow(ctx, doc, c.Facility, day, bad); !errors.Is(err, store.ErrInvalidAvailability) {
		t.Errorf("a window shorter than its slot: %v", err)
	}
	if err := appts.SetBookingRules(ctx, 999999, time.Hour, 0); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("rules of no facility: %v", err)
	}
}

func TestBufferBetweenAppointments(t *testing.T) {
	c := clinictest.New(t, clinictest.Options{NoWindows: true})
	appts := c.Appointments(t, nil, nil)
	ctx := t.Context()
	doc := c.Clinicians[0]
	w := schedule.Window{Start: schedule.At(9, 0), End: schedule.At(12, 0), Slot: 20 * time.Minute, Buffer: 10 * time.Minute}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if err := appts.AddWeeklyWindow(ctx, doc, c.Facility, wd, w); err != nil {
			t.Fatal(err)
		}
	}
	overlap := schedule.Window{Start: schedule.At(11, 0), End: schedule.At(13, 0), Slot: 20 * time.Minute}
	if err := appts.AddWeeklyWindow(ctx, doc, c.Facility, time.Monday, overlap); !errors.Is(err, store.ErrInvalidAvailability) {
		t.Errorf("an overlapping weekly window: %v", err)
	}
	day := schedule.DateOf(time.Now().In(c.Zone)).AddDays(2)
	var starts []string
	for _, s := range schedule.OnDay(freeOf(t, appts, doc), day, c.Zone) {
		starts = append(starts, s.LocalStart.Format("15:04"))
	}
	if want := "09:00 09:30 10:00 10:30 11:00 11:30"; join(starts) != want {
		t.Fatalf("slots %s, want %s", join(starts), want)
	}
}

// TestFacilityAbroadAcrossDST: a window at 09:00 in London stays at 09:00
// London time for a year of days, across both daylight-saving changes.
func TestFacilityAbroadAcrossDST(t *testing.T) {
	c := clinictest.New(t, clinictest.Options{NoWindows: true})
	appts := c.Appointments(t, nil, nil)
	ctx := t.Context()
	var london int64
	err := c.PG.Pool().QueryRow(ctx, `
INSERT INTO facilities (code, names, city, time_zone, booking_horizon, booking_notice)
VALUES ('london_test', jsonb_build_object('ar', 'لندن'::text, 'en', 'London'::text), 'london', 'Europe/London', interval '366 days', interval '0')
RETURNING id`).Scan(&london)
	if err != nil {
		t.Fatal(err)
	}
	w := schedule.Window{Start: schedule.At(9, 0), End: schedule.At(9, 30), Slot: 30 * time.Minute}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if err := appts.AddWeeklyWindow(ctx, c.Clinicians[0], london, wd, w); err != nil {
			t.Fatal(err)
		}
	}
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	free := freeOf(t, appts, c.Clinicians[0])
	offsets := map[int]bool{}
	for _, s := range free {
		local := s.Start.In(loc)
		_, off := local.Zone()
		offsets[off] = true
		if local.Hour() != 9 || local.Minute() != 0 || s.End.Sub(s.Start) != 30*time.Minute {
			t.Fatalf("slot %v is %v in London, want 09:00 for 30 minutes", s.Start, local)
		}
	}
	if len(free) < 360 || len(offsets) != 2 {
		t.Errorf("%d daily slots over %d UTC offsets, want a year across GMT and BST", len(free), len(offsets))
	}
}

func join(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += " "
		}
		out += s
	}
	return out
}
