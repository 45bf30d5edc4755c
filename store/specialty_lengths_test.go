package store_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
)

// TestSpecialtyLengths: weekly hours that set no appointment length take
// the specialty's, and its rest; a change of the specialty's length moves
// the slots at once; hours without a length are refused while the
// specialty has none, and a length hours rely on cannot be taken away; a
// window's own length wins.
func TestSpecialtyLengths(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{})
	ctx := t.Context()
	appts := c.Appointments(t, nil, nil)
	every := []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}
	plain := []clinic.Hours{{Days: every, From: "09:00", To: "10:00", Line: 1}}
	field := func(err error) string {
		var inv *store.InvalidError
		if !errors.As(err, &inv) || len(inv.Problems) == 0 {
			return ""
		}
		return inv.Problems[0].Field
	}
	if err := c.PG.SetHours(ctx, "dr.test0", plain, admin); field(err) != "slot_from_specialty" {
		t.Fatalf("hours without a length, specialty without one: %v; want a slot_from_specialty problem", err)
	}
	spec := clinic.Specialty{Code: clinictest.Specialty, Name: clinic.Names{"ar": "الطب العام", "en": "General practice"},
		SlotMinutes: mins(20), BufferMinutes: mins(10)}
	if err := c.PG.SaveSpecialty(ctx, spec, admin); err != nil {
		t.Fatal(err)
	}
	if err := c.PG.SetHours(ctx, "dr.test0", plain, admin); err != nil {
		t.Fatal(err)
	}
	day := schedule.DateOf(time.Now().In(c.Zone)).AddDays(2)
	starts := func() []string {
		var out []string
		for _, s := range schedule.OnDay(freeOf(t, appts, c.Clinicians[0]), day, c.Zone) {
			out = append(out, s.Start.In(c.Zone).Format("15:04"))
		}
		return out
	}
	// 20 minutes, 10 minutes' rest: 09:00 and 09:30.
	if got := starts(); len(got) != 2 || got[0] != "09:00" || got[1] != "09:30" {
		t.Errorf("with the specialty's 20+10: %v, want 09:00 and 09:30", got)
	}
	spec.SlotMinutes, spec.BufferMinutes = mins(15), nil
	if err := c.PG.SaveSpecialty(ctx, spec, admin); err != nil {
		t.Fatal(err)
	}
	if got := starts(); len(got) != 4 || got[3] != "09:45" {
		t.Errorf("with the specialty's 15 and no rest: %v, want four slots to 09:45", got)
	}
	spec.SlotMinutes = nil
	if err := c.PG.SaveSpecialty(ctx, spec, admin); field(err) != "slot_relied" {
		t.Errorf("taking a relied-on length away: %v; want a slot_relied problem", err)
	}
	bad := spec
	bad.SlotMinutes, bad.BufferMinutes = mins(3), mins(500)
	if err := c.PG.SaveSpecialty(ctx, bad, admin); field(err) != "slot_minutes" {
		t.Errorf("a 3-minute specialty: %v; want a slot_minutes problem", err)
	}
	own := []clinic.Hours{{Days: every, From: "09:00", To: "10:00", SlotMinutes: mins(30), Line: 1}}
	if err := c.PG.SetHours(ctx, "dr.test0", own, admin); err != nil {
		t.Fatal(err)
	}
	if got := starts(); len(got) != 2 || got[1] != "09:30" {
		t.Errorf("a window's own 30 minutes: %v, want 09:00 and 09:30", got)
	}
	if n := auditRows(t, c, "specialty.save"); n != 2 {
		t.Errorf("%d specialty.save audit rows, want 2 (refused saves write none)", n)
	}
}

// TestImportSpecialtyLengths: an import sets a specialty's length and
// rest, hours without their own use them, and a second run writes
// nothing; a file whose hours lack a length its specialty cannot give is
// refused with the line.
func TestImportSpecialtyLengths(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{Clinicians: 1, NoWindows: true})
	ctx := t.Context()
	file := `
specialties:
  - code: dermatology
    name: {ar: الجلدية, en: Skin}
    slot_minutes: 20
    buffer_minutes: 5
  - code: nutrition
    name: {ar: التغذية, en: Food and diet}
facilities:
  - code: taif_1
    name: {ar: الطائف, en: Taif}
    city: taif
    time_zone: Asia/Riyadh
accounts:
  - username: dr.skin
    name: {ar: د. جلد, en: Dr Skin}
    role: clinician
    facilities: [taif_1]
    specialties: [dermatology]
    hours:
      - {days: [sun, mon, tue, wed, thu, fri, sat], from: "09:00", to: "10:00"}
`
	n, err := clinic.Parse(strings.NewReader(file), "clinic.yaml")
	if err != nil {
		t.Fatal(err)
	}
	nw := c.PG.Network()
	if _, err := nw.Import(ctx, n, store.ImportOptions{}, admin); err != nil {
		t.Fatal(err)
	}
	if res, err := nw.Import(ctx, n, store.ImportOptions{}, admin); err != nil || res.Written != 0 {
		t.Errorf("second run: %+v, %v; want nothing written", res, err)
	}
	specs, err := c.PG.AdminSpecialties(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range specs {
		if s.Code == "dermatology" && (s.Slot == nil || *s.Slot != 20 || s.Buffer == nil || *s.Buffer != 5) {
			t.Errorf("dermatology = %+v, want 20 and 5", s)
		}
	}
	bad := file + `  - username: dr.food
    name: {ar: د. غذاء, en: Dr Food}
    role: clinician
    facilities: [taif_1]
    specialties: [nutrition]
    hours:
      - {days: [sun], from: "09:00", to: "10:00"}
`
	n, err = clinic.Parse(strings.NewReader(bad), "clinic.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = nw.Import(ctx, n, store.ImportOptions{}, admin)
	var le *clinic.LineError
	if !errors.As(err, &le) || le.Line != 28 || le.Field != "slot_from_specialty" {
		t.Errorf("hours without a length for nutrition: %v; want line 28", err)
	}
}
