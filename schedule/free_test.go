package schedule

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestFree(t *testing.T) {
	const (
		min5  = 5 * time.Minute
		min10 = 10 * time.Minute
		min30 = 30 * time.Minute
		hour  = time.Hour
		week  = 7 * 24 * time.Hour
	)
	santiago := mustLoad("America/Santiago")
	tests := []struct {
		name  string
		avail Availability
		query Query
		want  []string
	}{
		{
			name: "riyadh slots with buffer, none straddling the window end",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Sunday, win("09:00", "11:00", min30, min10)},
			}},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Horizon: week},
			want: []string{
				"Sun 05-10 09:00 +03–09:30 +03",
				"Sun 05-10 09:40 +03–10:10 +03",
				"Sun 05-10 10:20 +03–10:50 +03",
			},
		},
		{
			name: "a slot that would end past the window is dropped",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Sunday, win("09:00", "10:15", min30, 0)},
			}},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Horizon: week},
			want:  []string{"Sun 05-10 09:00 +03–09:30 +03", "Sun 05-10 09:30 +03–10:00 +03"},
		},
		{
			name: "window crossing midnight runs into the next day",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Thursday, win("22:00", "02:00", hour, 0)},
			}},
			query: Query{Now: at(riyadh, "2026-05-10 12:00"), Horizon: week},
			want: []string{
				"Thu 05-14 22:00 +03–23:00 +03", "Thu 05-14 23:00 +03–00:00 +03",
				"Fri 05-15 00:00 +03–01:00 +03", "Fri 05-15 01:00 +03–02:00 +03",
			},
		},
		{
			name: "window crossing midnight that started yesterday is still offered",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Thursday, win("22:00", "02:00", hour, 0)},
			}},
			query: Query{Now: at(riyadh, "2026-05-15 00:10"), Notice: min30, Horizon: 2 * hour},
			want:  []string{"Fri 05-15 01:00 +03–02:00 +03"},
		},
		{
			name: "window ending at 24:00",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Sunday, win("22:00", "24:00", hour, 0)},
			}},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Horizon: week},
			want:  []string{"Sun 05-10 22:00 +03–23:00 +03", "Sun 05-10 23:00 +03–00:00 +03"},
		},
		{
			name: "new york spring forward inside a window: three real hours",
			avail: Availability{Location: newYork, Weekly: []Weekly{
				{time.Sunday, win("00:00", "04:00", hour, 0)},
			}},
			query: Query{Now: at(newYork, "2026-03-07 12:00"), Horizon: 2 * 24 * hour},
			want: []string{
				"Sun 03-08 00:00 EST–01:00 EST", "Sun 03-08 01:00 EST–03:00 EDT",
				"Sun 03-08 03:00 EDT–04:00 EDT",
			},
		},
		{
			name: "new york fall back inside a window: five real hours",
			avail: Availability{Location: newYork, Weekly: []Weekly{
				{time.Sunday, win("00:00", "04:00", hour, 0)},
			}},
			query: Query{Now: at(newYork, "2026-10-31 12:00"), Horizon: 2 * 24 * hour},
			want: []string{
				"Sun 11-01 00:00 EDT–01:00 EDT", "Sun 11-01 01:00 EDT–01:00 EST",
				"Sun 11-01 01:00 EST–02:00 EST", "Sun 11-01 02:00 EST–03:00 EST",
				"Sun 11-01 03:00 EST–04:00 EST",
			},
		},
		{
			name: "new york window starting in the skipped hour starts after the gap",
			avail: Availability{Location: newYork, Weekly: []Weekly{
				{time.Sunday, win("02:30", "04:00", min30, 0)},
			}},
			query: Query{Now: at(newYork, "2026-03-07 12:00"), Horizon: 2 * 24 * hour},
			want:  []string{"Sun 03-08 03:30 EDT–04:00 EDT"},
		},
		{
			name: "new york window starting in the repeated hour starts at the first one",
			avail: Availability{Location: newYork, Weekly: []Weekly{
				{time.Sunday, win("01:30", "02:00", min30, 0)},
			}},
			query: Query{Now: at(newYork, "2026-10-31 12:00"), Horizon: 2 * 24 * hour},
			// 01:30 EDT to 02:00 EST is 90 real minutes.
			want: []string{
				"Sun 11-01 01:30 EDT–01:00 EST", "Sun 11-01 01:00 EST–01:30 EST",
				"Sun 11-01 01:30 EST–02:00 EST",
			},
		},
		{
			name: "new york morning clinic keeps its wall clock across the change",
			avail: Availability{Location: newYork, Weekly: []Weekly{
				{time.Monday, win("09:00", "10:00", hour, 0)},
			}},
			query: Query{Now: at(newYork, "2026-03-01 12:00"), Horizon: 2 * week},
			want:  []string{"Mon 03-02 09:00 EST–10:00 EST", "Mon 03-09 09:00 EDT–10:00 EDT"},
		},
		{
			name: "london spring forward inside a window",
			avail: Availability{Location: london, Weekly: []Weekly{
				{time.Sunday, win("00:00", "04:00", hour, 0)},
			}},
			query: Query{Now: at(london, "2026-03-28 12:00"), Horizon: 2 * 24 * hour},
			want: []string{
				"Sun 03-29 00:00 GMT–02:00 BST", "Sun 03-29 02:00 BST–03:00 BST",
				"Sun 03-29 03:00 BST–04:00 BST",
			},
		},
		{
			name: "london fall back inside a window",
			avail: Availability{Location: london, Weekly: []Weekly{
				{time.Sunday, win("00:00", "03:00", hour, 0)},
			}},
			query: Query{Now: at(london, "2026-10-24 12:00"), Horizon: 2 * 24 * hour},
			want: []string{
				"Sun 10-25 00:00 BST–01:00 BST", "Sun 10-25 01:00 BST–01:00 GMT",
				"Sun 10-25 01:00 GMT–02:00 GMT", "Sun 10-25 02:00 GMT–03:00 GMT",
			},
		},
		{
			name: "santiago skips midnight: the window starts at 01:00",
			avail: Availability{Location: santiago, Weekly: []Weekly{
				{time.Sunday, win("00:00", "02:00", min30, 0)},
			}},
			query: Query{Now: at(santiago, "2026-09-05 12:00"), Horizon: 2 * 24 * hour},
			want:  []string{"Sun 09-06 01:00 -03–01:30 -03", "Sun 09-06 01:30 -03–02:00 -03"},
		},
		{
			name: "busy appointment removes its slot only; touching is not overlapping",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Sunday, win("09:00", "11:00", min30, 0)},
			}},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Horizon: week, Busy: []Interval{
				{at(riyadh, "2026-05-10 09:30"), at(riyadh, "2026-05-10 10:00")},
			}},
			want: []string{
				"Sun 05-10 09:00 +03–09:30 +03", "Sun 05-10 10:00 +03–10:30 +03",
				"Sun 05-10 10:30 +03–11:00 +03",
			},
		},
		{
			name: "buffer keeps distance from an ad hoc appointment off the grid",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Sunday, win("09:00", "11:00", min30, min10)},
			}},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Horizon: week, Busy: []Interval{
				{at(riyadh, "2026-05-10 09:35"), at(riyadh, "2026-05-10 09:38")},
			}},
			// 09:00–09:30 ends 5 minutes before it and 09:40 starts 2 after.
			want: []string{"Sun 05-10 10:20 +03–10:50 +03"},
		},
		{
			name: "held slot and unsorted, overlapping busy intervals",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Sunday, win("09:00", "12:00", min30, 0)},
			}},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Horizon: week, Busy: []Interval{
				{at(riyadh, "2026-05-10 11:00"), at(riyadh, "2026-05-10 11:30")},
				{at(riyadh, "2026-05-10 09:00"), at(riyadh, "2026-05-10 10:00")},
				{at(riyadh, "2026-05-10 09:15"), at(riyadh, "2026-05-10 09:45")},
				{at(riyadh, "2026-05-10 10:00"), at(riyadh, "2026-05-10 10:00")}, // empty: ignored
			}},
			want: []string{
				"Sun 05-10 10:00 +03–10:30 +03", "Sun 05-10 10:30 +03–11:00 +03",
				"Sun 05-10 11:30 +03–12:00 +03",
			},
		},
		{
			name: "day off drops that day's weekly windows only",
			avail: Availability{Location: riyadh,
				Weekly: []Weekly{
					{time.Sunday, win("09:00", "10:00", hour, 0)},
					{time.Monday, win("09:00", "10:00", hour, 0)},
				},
				DaysOff: []Date{day("2026-05-10")},
			},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Horizon: 3 * 24 * hour},
			want:  []string{"Mon 05-11 09:00 +03–10:00 +03"},
		},
		{
			name: "extra window on a day off and on an ordinary day",
			avail: Availability{Location: riyadh,
				Weekly:  []Weekly{{time.Sunday, win("09:00", "10:00", hour, 0)}},
				DaysOff: []Date{day("2026-05-10")},
				Extra: []Extra{
					{day("2026-05-10"), win("18:00", "19:00", hour, 0)},
					{day("2026-05-12"), win("20:00", "21:00", min30, 0)},
				},
			},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Horizon: 4 * 24 * hour},
			want: []string{
				"Sun 05-10 18:00 +03–19:00 +03",
				"Tue 05-12 20:00 +03–20:30 +03", "Tue 05-12 20:30 +03–21:00 +03",
			},
		},
		{
			name: "night shift into a day off still runs",
			avail: Availability{Location: riyadh,
				Weekly:  []Weekly{{time.Saturday, win("23:00", "01:00", hour, 0)}},
				DaysOff: []Date{day("2026-05-10")}, // the Sunday it runs into
			},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Horizon: 24 * hour},
			want:  []string{"Sat 05-09 23:00 +03–00:00 +03", "Sun 05-10 00:00 +03–01:00 +03"},
		},
		{
			name: "minimum notice: a slot exactly at now+notice is offered, earlier ones not",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Sunday, win("09:00", "11:00", min30, 0)},
			}},
			query: Query{Now: at(riyadh, "2026-05-10 09:01"), Notice: 29 * time.Minute, Horizon: 24 * hour},
			want:  []string{"Sun 05-10 09:30 +03–10:00 +03", "Sun 05-10 10:00 +03–10:30 +03", "Sun 05-10 10:30 +03–11:00 +03"},
		},
		{
			name: "horizon: a slot starting at now+horizon is not offered",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Sunday, win("09:00", "10:00", min30, 0)},
			}},
			query: Query{Now: at(riyadh, "2026-05-03 09:00"), Notice: min30, Horizon: week},
			// 05-10 09:00 is exactly a week on; 09:30 is past it.
			want: []string{"Sun 05-03 09:30 +03–10:00 +03"},
		},
		{
			name: "fourteen day horizon covers two of each weekday",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Tuesday, win("09:00", "09:30", min30, 0)},
			}},
			query: Query{Now: at(riyadh, "2026-05-10 12:00"), Notice: min30, Horizon: 14 * 24 * hour},
			want:  []string{"Tue 05-12 09:00 +03–09:30 +03", "Tue 05-19 09:00 +03–09:30 +03"},
		},
		{
			name: "notice beyond horizon gives nothing",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Sunday, win("09:00", "10:00", min30, 0)},
			}},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Notice: 2 * week, Horizon: week},
			want:  []string{},
		},
		{
			name: "overlapping windows keep the earliest of clashing slots",
			avail: Availability{Location: riyadh, Weekly: []Weekly{
				{time.Sunday, win("09:00", "10:00", min30, 0)},
				{time.Sunday, win("09:15", "10:15", min30, 0)},
				{time.Sunday, win("09:00", "10:00", min30, 0)}, // a duplicate row
			}},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Horizon: week},
			want:  []string{"Sun 05-10 09:00 +03–09:30 +03", "Sun 05-10 09:30 +03–10:00 +03"},
		},
		{
			name:  "no availability, no slots",
			avail: Availability{Location: riyadh},
			query: Query{Now: at(riyadh, "2026-05-09 12:00"), Horizon: week},
			want:  []string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.avail.Clinician = 7
			got, err := Free(tc.avail, tc.query)
			if err != nil {
				t.Fatalf("Free: %v", err)
			}
			if g := labels(got); !slices.Equal(g, tc.want) {
				t.Errorf("Free slots:\n got %q\nwant %q", g, tc.want)
			}
			checkInvariants(t, tc.avail, tc.query, got)
		})
	}
}

func TestFreeRejectsBadInput(t *testing.T) {
	good := Window{Start: At(9, 0), End: At(10, 0), Slot: 30 * time.Minute}
	now := at(riyadh, "2026-05-09 12:00")
	q := Query{Now: now, Horizon: time.Hour}
	tests := []struct {
		name  string
		avail Availability
		query Query
	}{
		{"no location", Availability{Weekly: []Weekly{{time.Sunday, good}}}, q},
		{"weekday out of range", Availability{Location: riyadh, Weekly: []Weekly{{7, good}}}, q},
		{"empty window", Availability{Location: riyadh, Weekly: []Weekly{{time.Sunday, Window{Start: At(9, 0), End: At(9, 0), Slot: time.Minute}}}}, q},
		{"whole day window", Availability{Location: riyadh, Weekly: []Weekly{{time.Sunday, Window{Start: 0, End: Midnight24, Slot: time.Hour}}}}, q},
		{"start out of range", Availability{Location: riyadh, Weekly: []Weekly{{time.Sunday, Window{Start: Midnight24, End: At(1, 0), Slot: time.Hour}}}}, q},
		{"end out of range", Availability{Location: riyadh, Weekly: []Weekly{{time.Sunday, Window{Start: At(1, 0), End: At(25, 0), Slot: time.Hour}}}}, q},
		{"slot under a minute", Availability{Location: riyadh, Weekly: []Weekly{{time.Sunday, Window{Start: At(9, 0), End: At(10, 0), Slot: time.Second}}}}, q},
		{"negative buffer", Availability{Location: riyadh, Weekly: []Weekly{{time.Sunday, Window{Start: At(9, 0), End: At(10, 0), Slot: time.Minute, Buffer: -1}}}}, q},
		{"impossible day off", Availability{Location: riyadh, DaysOff: []Date{{2026, 2, 30}}}, q},
		{"impossible extra date", Availability{Location: riyadh, Extra: []Extra{{Date{2026, 13, 1}, good}}}, q},
		{"bad extra window", Availability{Location: riyadh, Extra: []Extra{{day("2026-05-10"), Window{Start: At(9, 0), End: At(10, 0)}}}}, q},
		{"zero now", Availability{Location: riyadh}, Query{Horizon: time.Hour}},
		{"zero horizon", Availability{Location: riyadh}, Query{Now: now}},
		{"negative notice", Availability{Location: riyadh}, Query{Now: now, Horizon: time.Hour, Notice: -time.Minute}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Free(tc.avail, tc.query)
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("Free = %d slots, %v; want an error wrapping ErrInvalid", len(got), err)
			}
		})
	}
}
