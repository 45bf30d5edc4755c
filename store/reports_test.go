package store_test

import (
	"context"
	"testing"
	"time"
)

// TestReport: consults by day and specialty within the reader's scope,
// with the wait from queue to claim (median and 90th percentile), the
// patients who left, and the ratings.
func TestReport(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	w := newCaseWorld(t)
	sara := w.scope(t, "coord.sara") // makkah_ajyad, every specialty
	makkah := sara.Facilities[0]
	omar := w.scope(t, "dr.omar")
	madinah := omar.Facilities[0]
	now := time.Now()
	zone := oneDayZone(t, now, 70*time.Minute)

	// Five general-practice cases at Makkah, waits of 1 to 5 minutes; one
	// rated 4, one 2; an emergency; one dermatology case still waiting;
	// one Madinah case Sara must not count.
	for i := 1; i <= 5; i++ {
		id := w.open(t, "urgent", "general_practice", makkah, 60, true)
		_, err := w.pg.Pool().Exec(ctx, `
UPDATE cases SET status = 'closed', claimed_at = queued_at + make_interval(mins => $2), closed_at = now(),
                 claimed_by = (SELECT id FROM clinicians WHERE username = 'dr.khalid'),
                 rating = CASE $2 WHEN 1 THEN 4 WHEN 2 THEN 2 END
WHERE id = $1`, id, i)
		if err != nil {
			t.Fatal(err)
		}
	}
	w.open(t, "emergency", "general_practice", makkah, 30, true)
	w.open(t, "urgent", "dermatology", makkah, 10, true)
	w.open(t, "urgent", "general_practice", madinah, 10, true)

	rows, err := w.pg.Reports().Consults(ctx, sara, now.Add(-24*time.Hour), now.Add(time.Minute), zone)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("report rows = %+v, want dermatology and general practice", rows)
	}
	derm, gp := rows[0], rows[1]
	if derm.Specialty != "dermatology" || derm.Queued != 1 || derm.Claimed != 0 || derm.MedianWait != 0 {
		t.Errorf("dermatology row = %+v", derm)
	}
	if gp.Specialty != "general_practice" || gp.SpecialtyNames["en"] != "General Practice" || gp.Queued != 6 || gp.Emergencies != 1 ||
		gp.Claimed != 5 || gp.MedianWait != 3*time.Minute || gp.P90Wait < 4*time.Minute || gp.P90Wait > 5*time.Minute ||
		gp.Rated != 2 || gp.MeanRating != 3 {
		t.Errorf("general practice row = %+v", gp)
	}
	if want := now.In(zone).Add(-60 * time.Minute).Format("2006-01-02"); gp.Day != want && gp.Day != now.In(zone).Format("2006-01-02") {
		t.Errorf("day %q, want %s in %s", gp.Day, want, zone)
	}
	madinahRows, err := w.pg.Reports().Consults(ctx, omar, now.Add(-24*time.Hour), now.Add(time.Minute), zone)
	if err != nil || len(madinahRows) != 1 || madinahRows[0].Queued != 1 {
		t.Errorf("Madinah's report = %+v, %v; want its one case", madinahRows, err)
	}
}

// oneDayZone is Asia/Riyadh, or Asia/Tokyo when Riyadh's midnight is less
// than back ago: the cases the test queued in the last back then fall on
// one day of the report (from 21:00 to 22:10 UTC they straddle Riyadh's
// midnight, and the report rightly gives two days).
func oneDayZone(t *testing.T, now time.Time, back time.Duration) *time.Location {
	t.Helper()
	for _, name := range []string{"Asia/Riyadh", "Asia/Tokyo"} {
		zone, err := time.LoadLocation(name)
		if err != nil {
			t.Fatal(err)
		}
		local := now.In(zone)
		if local.Add(-back).Day() == local.Add(time.Minute).Day() {
			return zone
		}
	}
	t.Fatal("no zone where the last hour is one day")
	return nil
}
