package schedule

import (
	"errors"
	"testing"
	"time"
)

func TestParseClock(t *testing.T) {
	tests := []struct {
		name, in string
		want     Clock
		wantErr  bool
	}{
		{"morning", "09:30", At(9, 30), false},
		{"midnight", "00:00", 0, false},
		{"end of day", "24:00", Midnight24, false},
		{"past end of day", "24:01", 0, true},
		{"minute 60", "10:60", 0, true},
		{"no leading zero", "9:30", 0, true},
		{"negative", "-1:00", 0, true},
		{"letters", "ab:cd", 0, true},
		{"empty", "", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseClock(tc.in)
			if tc.wantErr {
				if !errors.Is(err, ErrInvalid) {
					t.Fatalf("ParseClock(%q) = %v, %v; want ErrInvalid", tc.in, got, err)
				}
				return
			}
			if err != nil || got != tc.want || got.String() != tc.in {
				t.Fatalf("ParseClock(%q) = %v (%s), %v; want %v", tc.in, int(got), got, err, tc.want)
			}
		})
	}
}

func TestDate(t *testing.T) {
	d := day("2026-02-27")
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"adds across a month end", d.AddDays(2).String(), "2026-03-01"},
		{"subtracts across a year", day("2026-01-01").AddDays(-1).String(), "2025-12-31"},
		{"normalises", NewDate(2026, 1, 32).String(), "2026-02-01"},
		{"weekday", d.Weekday().String(), "Friday"},
		{"date of an instant in its zone", DateOf(time.Date(2026, 3, 1, 22, 0, 0, 0, time.UTC).In(riyadh)).String(), "2026-03-02"},
		{"midnight", day("2026-03-29").Midnight(london).Format(time.RFC3339), "2026-03-29T00:00:00Z"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %s, want %s", tc.got, tc.want)
			}
		})
	}
	if !d.Before(d.AddDays(1)) || d.Before(d) {
		t.Error("Before is not a strict order")
	}
	if _, err := ParseDate("2026-02-30"); !errors.Is(err, ErrInvalid) {
		t.Errorf("ParseDate(2026-02-30) error = %v, want ErrInvalid", err)
	}
}

// TestWallTimeAgainstBruteForce checks wallTime on every quarter hour of the
// days around each 2026 clock change in zones that change at odd hours (at
// midnight, by 30 minutes, for Ramadan), against a search over instants: the
// first instant whose wall clock reads the time, or, for a skipped time, the
// instant the RFC 5545 rule gives, which must lie after the gap.
func TestWallTimeAgainstBruteForce(t *testing.T) {
	zones := []string{
		"America/New_York", "Europe/London", "America/Santiago", "America/Havana",
		"Asia/Beirut", "Africa/Cairo", "Africa/Casablanca", "Australia/Lord_Howe",
		"Pacific/Chatham", "Asia/Riyadh", "Asia/Tehran",
	}
	const quarter = 15 * 60
	for _, name := range zones {
		t.Run(name, func(t *testing.T) {
			loc := mustLoad(name)
			changeDays := 0
			for d := day("2026-01-01"); d.Before(day("2027-01-01")); d = d.AddDays(1) {
				if offsetAt(d.noon().Unix()-86400, loc) == offsetAt(d.noon().Unix()+86400, loc) {
					continue // no change near this day
				}
				changeDays++
				for c := Clock(0); c < Midnight24; c += 15 {
					got := wallTime(d, c, loc)
					naive := time.Date(d.Year, d.Month, d.Day, 0, int(c), 0, 0, time.UTC).Unix()
					var first int64
					found := false
					for u := naive - 16*3600; u <= naive+16*3600; u += quarter {
						if int64(offsetAt(u, loc))+u == naive {
							first, found = u, true
							break
						}
					}
					if found {
						if got.Unix() != first {
							t.Errorf("%v %v: got %v, want the first %v", d, c, got, time.Unix(first, 0).In(loc))
						}
						continue
					}
					// Skipped: the result must read later than asked, by the gap.
					wall := got.Unix() + int64(offsetAt(got.Unix(), loc))
					if wall <= naive || wall-naive > 2*3600 {
						t.Errorf("%v %v (skipped): got %v", d, c, got)
					}
				}
			}
			fixed := name == "Asia/Riyadh" || name == "Asia/Tehran"
			if fixed != (changeDays == 0) {
				t.Errorf("%d days near a clock change in 2026; the tz data is not what this test expects", changeDays)
			}
		})
	}
}
