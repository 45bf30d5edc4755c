package store_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
	"github.com/frontdoor-health/frontdoor/store/storetest"
)

var importer = store.AuditActor{Kind: store.ActorSystem, ID: "test"}

func parseNetwork(t *testing.T, yaml string) *clinic.Network {
	t.Helper()
	n, err := clinic.Parse(strings.NewReader(yaml), "clinic.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return n
}

const newClinic = `
specialties:
  - code: pediatrics
    name: {ar: طب الأطفال, en: Children's health}
facilities:
  - code: rabat_mobile_1
    name: {ar: الوحدة المتنقلة ١ – الرباط, en: Mobile unit 1 – Rabat}
    city: rabat
    time_zone: Africa/Casablanca
    phone: "+212537000000"
    booking_horizon_days: 21
accounts:
  - username: dr.amina
    name: {ar: د. أمينة, en: Dr. Amina}
    role: clinician
    facilities: [rabat_mobile_1]
    specialties: [pediatrics]
    hours:
      - {days: [mon, tue, wed], from: "09:00", to: "12:00", slot_minutes: 20}
      - {days: [thu], from: "14:00", to: "17:00", slot_minutes: 20, buffer_minutes: 5}
  - username: coord.youssef
    name: {ar: يوسف, en: Youssef}
    role: coordinator
    facilities: [rabat_mobile_1]
`

// TestImportNewClinic: from an empty database to bookable slots with no
// SQL; a second run writes nothing; changed hours replace the old ones.
func TestImportNewClinic(t *testing.T) {
	t.Parallel()
	pg := storetest.NewPostgres(t)
	ctx := t.Context()
	res, err := pg.Network().Import(ctx, parseNetwork(t, newClinic), store.ImportOptions{}, importer)
	if err != nil {
		t.Fatal(err)
	}
	if res.Written == 0 || strings.Join(res.NewAccounts, ",") != "dr.amina,coord.youssef" {
		t.Errorf("first import: %+v", res)
	}
	var windows int
	var horizon time.Duration
	err = pg.Pool().QueryRow(ctx, `
SELECT (SELECT count(*) FROM availability), (SELECT extract(epoch FROM booking_horizon)::bigint * 1000000000 FROM facilities)`).Scan(&windows, &horizon)
	if err != nil {
		t.Fatal(err)
	}
	if windows != 4 || horizon != 21*24*time.Hour {
		t.Errorf("windows = %d, horizon = %v; want 4 and 504h", windows, horizon)
	}
	amina, _, err := pg.Accounts().ClinicianLogin(ctx, "dr.amina")
	if err != nil {
		t.Fatal(err)
	}
	appts := storetest.NewAppointments(t, pg)
	free, err := appts.FreeSlots(ctx, dialogs.SlotQuery{Specialty: "pediatrics"})
	if err != nil || len(free) == 0 {
		t.Fatalf("free slots after import: %d, %v", len(free), err)
	}
	zone, _ := time.LoadLocation("Africa/Casablanca")
	for _, s := range free {
		local := s.Start.In(zone)
		if s.Clinician != schedule.ClinicianID(amina.ID) || local.Weekday() == time.Friday || local.Hour() < 9 || local.Hour() >= 17 {
			t.Fatalf("slot %v (%s) outside Dr Amina's hours", local, local.Weekday())
		}
	}

	again, err := pg.Network().Import(ctx, parseNetwork(t, newClinic), store.ImportOptions{}, importer)
	if err != nil || again.Written != 0 || len(again.NewAccounts) != 0 {
		t.Errorf("second import of the same file: %+v, %v; want nothing written", again, err)
	}

	changed := strings.Replace(newClinic, `days: [mon, tue, wed], from: "09:00"`, `days: [sun], from: "08:00"`, 1)
	res, err = pg.Network().Import(ctx, parseNetwork(t, changed), store.ImportOptions{}, importer)
	if err != nil {
		t.Fatal(err)
	}
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM availability WHERE weekday = 0 AND start_time = '08:00'`).Scan(&windows); err != nil || windows != 1 || res.Written == 0 {
		t.Errorf("after changing the hours: %d Sunday windows, %+v, %v", windows, res, err)
	}
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM availability`).Scan(&windows); err != nil || windows != 2 {
		t.Errorf("%d windows after the change, want 2 (Sunday and Thursday)", windows)
	}
	var audits int
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action = 'network.import'`).Scan(&audits); err != nil || audits != 3 {
		t.Errorf("%d import audit entries, want 3", audits)
	}
}

// TestImportRefusesUnknownReferences: a facility or specialty neither in
// the file nor in the database fails the whole import, with its line, and
// writes nothing; a dry run writes nothing either.
func TestImportRefusesUnknownReferences(t *testing.T) {
	t.Parallel()
	pg := storetest.NewPostgres(t)
	ctx := t.Context()
	n := parseNetwork(t, `
specialties:
  - code: dermatology
    name: {ar: الجلدية, en: Skin}
accounts:
  - username: dr.salma
    name: {ar: د. سلمى, en: Dr. Salma}
    role: clinician
    facilities: [tunis_centre]
    specialties: [dermatology, cardiology]
`)
	_, err := pg.Network().Import(ctx, n, store.ImportOptions{}, importer)
	var le *clinic.LineError
	if !errors.As(err, &le) || le.Line != 6 || !strings.Contains(err.Error(), `"tunis_centre" is neither`) || !strings.Contains(err.Error(), `"cardiology" is neither`) {
		t.Fatalf("import with unknown references: %v", err)
	}
	var rows int
	if err := pg.Pool().QueryRow(ctx, `SELECT (SELECT count(*) FROM specialties) + (SELECT count(*) FROM clinicians)`).Scan(&rows); err != nil || rows != 0 {
		t.Errorf("%d rows after a refused import, want 0", rows)
	}

	res, err := pg.Network().Import(ctx, parseNetwork(t, newClinic), store.ImportOptions{DryRun: true}, importer)
	if err != nil || res.Written == 0 || len(res.NewAccounts) != 2 {
		t.Fatalf("dry run: %+v, %v; want what would be written", res, err)
	}
	if err := pg.Pool().QueryRow(ctx, `SELECT count(*) FROM facilities`).Scan(&rows); err != nil || rows != 0 {
		t.Errorf("%d facilities after a dry run, want 0", rows)
	}
}

// TestImportHolidayOverBookings: a holiday closes the facility's days for
// its clinicians, the booked appointments on them are listed for the
// coordinator, and no slot is offered on the holiday.
func TestImportHolidayOverBookings(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{})
	ctx := t.Context()
	appts := c.Appointments(t, nil, nil)
	booked, day := c.BookAhead(t, appts, 3)
	start := booked.Start
	holiday := fmt.Sprintf(`
holidays:
  - name: Eid
    from: %s
    to: %s
    facilities: [test_clinic]
`, day, day.AddDays(1))
	res, err := c.PG.Network().Import(ctx, parseNetwork(t, holiday), store.ImportOptions{}, importer)
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != 2 || len(res.Affected) != 1 || res.Affected[0].ID != booked.ID || !res.Affected[0].Start.Equal(start) {
		t.Errorf("holiday import: %+v; want 2 days off and the booking %d at %v listed", res, booked.ID, start)
	}
	if on := schedule.OnDay(freeOf(t, appts, c.Clinicians[0]), day, c.Zone); len(on) != 0 {
		t.Errorf("%d slots offered on the holiday", len(on))
	}
	again, err := c.PG.Network().Import(ctx, parseNetwork(t, holiday), store.ImportOptions{}, importer)
	if err != nil || again.Written != 0 || len(again.Affected) != 0 {
		t.Errorf("the holiday again: %+v, %v; want nothing new", again, err)
	}
}
