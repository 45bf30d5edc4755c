package store_test

import (
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/schedule"
)

// TestFacilityZonesOnOneDay: a mobile unit in Morocco (Africa/Casablanca)
// and a hospital in Riyadh both open at 09:00 on the same day. Each
// clinician's weekly hours are read in their own facility's zone, so the
// two slots are two hours apart; each slot's local time and each booked
// appointment (as the patient's messages and reminders read it) carry
// their facility's zone.
func TestFacilityZonesOnOneDay(t *testing.T) {
	c := clinictest.New(t, clinictest.Options{Clinicians: 2, NoWindows: true})
	appts := c.Appointments(t, nil, nil)
	ctx := t.Context()
	var unit int64
	if err := c.PG.Pool().QueryRow(ctx, `
INSERT INTO facilities (code, names, city, time_zone, booking_horizon, booking_notice)
VALUES ('unit_ma', '{"ar": "الوحدة المتنقلة", "en": "Mobile unit"}', 'casablanca', 'Africa/Casablanca', interval '14 days', interval '0')
RETURNING id`).Scan(&unit); err != nil {
		t.Fatal(err)
	}
	casablanca, err := time.LoadLocation("Africa/Casablanca")
	if err != nil {
		t.Fatal(err)
	}
	nine := schedule.Window{Start: schedule.At(9, 0), End: schedule.At(9, 30), Slot: 30 * time.Minute}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if err := appts.AddWeeklyWindow(ctx, c.Clinicians[0], unit, wd, nine); err != nil {
			t.Fatal(err)
		}
		if err := appts.AddWeeklyWindow(ctx, c.Clinicians[1], c.Facility, wd, nine); err != nil {
			t.Fatal(err)
		}
	}
	day := schedule.DateOf(time.Now().In(c.Zone)).AddDays(3)
	free, err := appts.FreeSlots(ctx, dialogs.SlotQuery{Specialty: clinictest.Specialty})
	if err != nil {
		t.Fatal(err)
	}
	on := schedule.OnLocalDay(free, day)
	want := map[int64]time.Time{
		c.Clinicians[0]: time.Date(day.Year, day.Month, day.Day, 9, 0, 0, 0, casablanca),
		c.Clinicians[1]: time.Date(day.Year, day.Month, day.Day, 9, 0, 0, 0, c.Zone),
	}
	if len(on) != 2 {
		t.Fatalf("%d slots on %v, want one at each facility", len(on), day)
	}
	zoneOf := map[int64]string{c.Clinicians[0]: "Africa/Casablanca", c.Clinicians[1]: "Asia/Riyadh"}
	for _, s := range on {
		id := int64(s.Clinician)
		if !s.Start.Equal(want[id]) || s.LocalStart.Format("15:04") != "09:00" || s.LocalStart.Location().String() != zoneOf[id] {
			t.Errorf("clinician %d: slot at %v (local %v), want 09:00 in %s (%v)", id, s.Start, s.LocalStart, zoneOf[id], want[id].UTC())
		}
	}
	if gap := want[c.Clinicians[0]].Sub(want[c.Clinicians[1]]); gap < time.Hour {
		t.Errorf("the unit's 09:00 is %v after Riyadh's, want hours (Morocco is behind)", gap)
	}

	patient := c.Patients(t, 1)[0]
	var unitSlot schedule.Slot
	for _, s := range on {
		if int64(s.Clinician) == c.Clinicians[0] {
			unitSlot = s
		}
	}
	ap, err := appts.Book(ctx, dialogs.BookRequest{PatientID: patient, Specialty: clinictest.Specialty, Slot: unitSlot})
	if err != nil {
		t.Fatal(err)
	}
	if ap.Zone != "Africa/Casablanca" {
		t.Errorf("booked appointment's zone %q, want the unit's", ap.Zone)
	}
	if got, err := appts.Upcoming(ctx, patient); err != nil || len(got) != 1 || got[0].Zone != "Africa/Casablanca" {
		t.Errorf("upcoming = %+v, %v; want the unit's appointment in its zone", got, err)
	}
	rems, err := appts.Reminders(ctx, ap.ID)
	if err != nil || len(rems) == 0 {
		t.Fatalf("reminders %v, %v", rems, err)
	}
	d, err := appts.ClaimReminder(ctx, rems[0].ID, 1, time.Minute, time.Hour)
	if err != nil {
		t.Fatalf("claim reminder: %v", err)
	}
	if d.Appointment.Zone != "Africa/Casablanca" {
		t.Errorf("reminder's appointment zone %q, want the unit's", d.Appointment.Zone)
	}
}
