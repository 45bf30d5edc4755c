package schedule

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// A clinician in London seen by a patient in Riyadh, across the Sunday
// London moves its clocks forward: the same London hours land an hour
// earlier in Riyadh afterwards, and late London slots fall on the next
// Riyadh day.
func TestDaysAndOnDayAcrossZones(t *testing.T) {
	a := Availability{Clinician: 3, Location: london}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		a.Weekly = append(a.Weekly,
			Weekly{wd, win("09:00", "10:00", time.Hour, 0)},
			Weekly{wd, win("21:00", "23:00", time.Hour, 0)})
	}
	q := Query{Now: at(london, "2026-03-27 00:00"), Horizon: 4 * 24 * time.Hour}
	slots, err := Free(a, q)
	if err != nil {
		t.Fatalf("Free: %v", err)
	}
	checkInvariants(t, a, q, slots)

	dates := func(ds []Date) []string {
		out := make([]string, len(ds))
		for i, d := range ds {
			out[i] = d.String()
		}
		return out
	}
	clock := func(ss []Slot, zone *time.Location) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = s.Start.In(zone).Format("15:04")
		}
		return out
	}
	tests := []struct {
		name      string
		zone      *time.Location
		wantDays  []string
		onDay     Date
		wantClock []string
	}{
		{
			name:      "seen from riyadh",
			zone:      riyadh,
			wantDays:  []string{"2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31"},
			onDay:     day("2026-03-29"),
			wantClock: []string{"00:00", "01:00", "11:00", "23:00"},
		},
		{
			name:      "seen from riyadh before the change",
			zone:      riyadh,
			wantDays:  []string{"2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31"},
			onDay:     day("2026-03-28"),
			wantClock: []string{"00:00", "01:00", "12:00"},
		},
		{
			name:      "seen from london",
			zone:      london,
			wantDays:  []string{"2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30"},
			onDay:     day("2026-03-29"),
			wantClock: []string{"09:00", "21:00", "22:00"},
		},
		{
			name:      "a day without slots",
			zone:      riyadh,
			wantDays:  []string{"2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30", "2026-03-31"},
			onDay:     day("2026-04-02"),
			wantClock: []string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := dates(Days(slots, tc.zone)); !slices.Equal(got, tc.wantDays) {
				t.Errorf("Days = %q, want %q", got, tc.wantDays)
			}
			if got := clock(OnDay(slots, tc.onDay, tc.zone), tc.zone); !slices.Equal(got, tc.wantClock) {
				t.Errorf("OnDay(%v) = %q, want %q", tc.onDay, got, tc.wantClock)
			}
		})
	}
}

func TestMerge(t *testing.T) {
	mk := func(c ClinicianID, hhmm ...string) []Slot {
		var out []Slot
		for _, h := range hhmm {
			s := at(riyadh, "2026-05-10 "+h).UTC()
			out = append(out, Slot{Clinician: c, Start: s, End: s.Add(30 * time.Minute)})
		}
		return out
	}
	got := Merge(mk(2, "09:00", "10:00"), mk(1, "09:00", "09:30"), nil, mk(3, "08:00"))
	var gotS []string
	for _, s := range got {
		gotS = append(gotS, fmt.Sprintf("%s/%d", s.Start.In(riyadh).Format("15:04"), s.Clinician))
	}
	want := []string{"08:00/3", "09:00/1", "09:00/2", "09:30/1", "10:00/2"}
	if !slices.Equal(gotS, want) {
		t.Errorf("Merge = %q, want %q", gotS, want)
	}
	// Days does not depend on order.
	reversed := slices.Clone(got)
	slices.Reverse(reversed)
	if d := Days(reversed, riyadh); len(d) != 1 || d[0] != day("2026-05-10") {
		t.Errorf("Days(reversed) = %v", d)
	}
	if len(Merge()) != 0 {
		t.Error("Merge() not empty")
	}
}

func TestNearest(t *testing.T) {
	var slots []Slot
	for _, s := range []string{"09:00", "09:30", "10:30", "11:00", "11:30"} { // 10:00 was taken
		start := at(riyadh, "2026-05-10 "+s).UTC()
		slots = append(slots, Slot{Start: start, End: start.Add(30 * time.Minute)})
	}
	tests := []struct {
		name string
		t    string
		n    int
		want []string
	}{
		{"tie goes to the later slot", "10:00", 1, []string{"10:30"}},
		{"two around the taken slot", "10:00", 2, []string{"09:30", "10:30"}},
		{"three, returned in time order", "10:00", 3, []string{"09:30", "10:30", "11:00"}},
		{"four", "10:00", 4, []string{"09:00", "09:30", "10:30", "11:00"}},
		{"more than there are", "10:00", 10, []string{"09:00", "09:30", "10:30", "11:00", "11:30"}},
		{"before all", "06:00", 2, []string{"09:00", "09:30"}},
		{"after all", "23:00", 2, []string{"11:00", "11:30"}},
		{"none asked", "10:00", 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Nearest(slots, at(riyadh, "2026-05-10 "+tc.t), tc.n)
			var gotS []string
			for _, s := range got {
				gotS = append(gotS, s.Start.In(riyadh).Format("15:04"))
			}
			if !slices.Equal(gotS, tc.want) {
				t.Errorf("Nearest(%s, %d) = %q, want %q", tc.t, tc.n, gotS, tc.want)
			}
		})
	}
	if got := Nearest(nil, time.Now(), 3); got != nil {
		t.Errorf("Nearest(nil) = %v, want nil", got)
	}
}

// Two facilities an hour apart (Casablanca at +01:00, Riyadh at +03:00):
// each slot falls on its own facility's day, whatever the other's clock
// says, so a 23:00 Casablanca slot stays on its Casablanca day.
func TestLocalDaysKeepEachFacilitysDay(t *testing.T) {
	casablanca, err := time.LoadLocation("Africa/Casablanca")
	if err != nil {
		t.Fatal(err)
	}
	late := Availability{Clinician: 1, Location: casablanca}
	early := Availability{Clinician: 2, Location: riyadh}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		late.Weekly = append(late.Weekly, Weekly{wd, win("23:00", "23:30", 30*time.Minute, 0)})
		early.Weekly = append(early.Weekly, Weekly{wd, win("00:30", "01:00", 30*time.Minute, 0)})
	}
	// 2026-05-10 is a Sunday; Ramadan summer time in Morocco is long past.
	q := Query{Now: at(riyadh, "2026-05-10 02:00"), Horizon: 24 * time.Hour}
	a, err := Free(late, q)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Free(early, q)
	if err != nil {
		t.Fatal(err)
	}
	slots := Merge(a, b)
	var got []string
	for _, d := range LocalDays(slots) {
		for _, s := range OnLocalDay(slots, d) {
			got = append(got, fmt.Sprintf("%s %d %s", d, s.Clinician, s.LocalStart.Format("15:04 MST")))
		}
	}
	// The Casablanca slot starts at 01:00 in Riyadh on the 11th, yet it is
	// on the 10th; Riyadh's 00:30 slot on the 11th is on the 11th.
	want := []string{"2026-05-10 1 23:00 +01", "2026-05-11 2 00:30 +03"}
	if !slices.Equal(got, want) {
		t.Errorf("local days = %q, want %q", got, want)
	}
	if ds := Days(slots, riyadh); len(ds) != 1 {
		t.Errorf("Days in Riyadh = %v, want both on one Riyadh day", ds)
	}
}
