package store_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/clinic"
	"github.com/frontdoor-health/frontdoor/dialogs"
	"github.com/frontdoor-health/frontdoor/password"
	"github.com/frontdoor-health/frontdoor/reminders/clinictest"
	"github.com/frontdoor-health/frontdoor/schedule"
	"github.com/frontdoor-health/frontdoor/store"
)

var admin = store.AuditActor{Kind: store.ActorClinician, ID: "1"}

// mins is a length in minutes as the clinic file's optional fields hold it.
func mins(n int) *int { return &n }

func auditRows(t *testing.T, c *clinictest.Clinic, action string) int {
	t.Helper()
	var n int
	if err := c.PG.Pool().QueryRow(t.Context(), `SELECT count(*) FROM audit_log WHERE action = $1`, action).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// fields lists the fields an *InvalidError names.
func fields(err error) []string {
	var inv *store.InvalidError
	if !errors.As(err, &inv) {
		return nil
	}
	var out []string
	for _, p := range inv.Problems {
		out = append(out, p.Field)
	}
	return out
}

// TestAdminFacility: a facility is created and changed through the
// clinic file's rules (a bad zone or phone names its field), its fallback
// and specialties are kept, and every save is audited.
func TestAdminFacility(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{})
	ctx := t.Context()
	f := store.FacilitySettings{Facility: clinic.Facility{Code: "rabat_1", Name: clinic.Names{"ar": "الرباط ١", "en": "Rabat 1"},
		City: "rabat", TimeZone: "Mars/Olympus", Phone: "0537"}}
	err := c.PG.SaveFacility(ctx, f, admin)
	if got := fields(err); len(got) != 2 || got[0] != "time_zone" || got[1] != "phone" {
		t.Fatalf("bad zone and phone: %v (fields %v), want time_zone and phone", err, got)
	}
	f.TimeZone, f.Phone = "Africa/Casablanca", "+212537000000"
	f.Fallback = dialogs.UrgentFallback{Phone: "141", Where: map[string]string{"ar": " مستشفى ابن سينا ", "en": "Ibn Sina hospital"}}
	f.Specialties = []string{clinictest.Specialty}
	if err := c.PG.SaveFacility(ctx, f, admin); err != nil {
		t.Fatal(err)
	}
	got, err := c.PG.AdminFacility(ctx, "rabat_1")
	if err != nil || got.TimeZone != "Africa/Casablanca" || got.Fallback != "141" || got.Where["ar"] != "مستشفى ابن سينا" ||
		len(got.Specialties) != 1 {
		t.Errorf("saved facility = %+v, %v", got, err)
	}
	f.Specialties = []string{"no_such"}
	if got := fields(c.PG.SaveFacility(ctx, f, admin)); len(got) != 1 || got[0] != "specialties" {
		t.Errorf("unknown specialty: fields %v, want specialties", got)
	}
	if n := auditRows(t, c, "facility.save"); n != 1 {
		t.Errorf("%d facility.save audit rows, want 1", n)
	}
	if _, err := c.PG.AdminFacility(ctx, "nowhere"); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("unknown facility: %v, want ErrNotFound", err)
	}
}

// TestAdminSpecialtyOffered: a facility that lists its specialties offers
// no slot in another one; listing none offers every one again.
func TestAdminSpecialtyOffered(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{})
	ctx := t.Context()
	appts := c.Appointments(t, nil, nil)
	if err := c.PG.SaveSpecialty(ctx, clinic.Specialty{Code: "dermatology", Name: clinic.Names{"ar": "الجلدية", "en": "Skin"}}, admin); err != nil {
		t.Fatal(err)
	}
	f := store.FacilitySettings{Facility: clinic.Facility{Code: "test_clinic", Name: clinic.Names{"ar": "عيادة", "en": "Clinic"},
		City: "makkah", TimeZone: "Asia/Riyadh"}, Specialties: []string{"dermatology"}}
	if err := c.PG.SaveFacility(ctx, f, admin); err != nil {
		t.Fatal(err)
	}
	free := func() int {
		s, err := appts.FreeSlots(ctx, dialogs.SlotQuery{Specialty: clinictest.Specialty})
		if err != nil {
			t.Fatal(err)
		}
		return len(s)
	}
	if n := free(); n != 0 {
		t.Errorf("%d general practice slots at a facility offering only dermatology, want 0", n)
	}
	f.Specialties = nil
	if err := c.PG.SaveFacility(ctx, f, admin); err != nil {
		t.Fatal(err)
	}
	if n := free(); n == 0 {
		t.Error("no slots once the facility lists no specialty (every one offered)")
	}
}

// TestAdminAccountAndResetLink: an account is created with a password
// nobody knows, changed and disabled; a set-password link works once,
// only as its hash is kept, and not after it expires.
func TestAdminAccountAndResetLink(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{})
	ctx := t.Context()
	a := clinic.Account{Username: "Bad Name", Name: clinic.Names{"ar": "سارة", "en": "Sara"}, Role: "clinician",
		Facilities: []string{"test_clinic"}}
	_, err := c.PG.SaveAccount(ctx, a, true, admin)
	if got := fields(err); len(got) != 2 || got[0] != "username" || got[1] != "specialties" {
		t.Fatalf("bad username, no specialty: %v (fields %v)", err, got)
	}
	a.Username, a.Specialties = "dr.sara", []string{clinictest.Specialty}
	id, err := c.PG.SaveAccount(ctx, a, true, admin)
	if err != nil {
		t.Fatal(err)
	}
	a.Role = "coordinator"
	if _, err := c.PG.SaveAccount(ctx, a, false, admin); err != nil {
		t.Fatal(err)
	}
	got, err := c.PG.Accounts().ClinicianByID(ctx, id)
	if err != nil || got.Role != "coordinator" || got.Active {
		t.Errorf("after the change: %+v, %v; want a disabled coordinator", got, err)
	}
	if _, err := c.PG.SaveAccount(ctx, a, true, admin); err != nil {
		t.Fatal(err)
	}
	if n := auditRows(t, c, "clinician.save"); n != 3 {
		t.Errorf("%d clinician.save audit rows, want 3", n)
	}

	link, err := c.PG.IssuePasswordReset(ctx, id, admin)
	if err != nil || len(link.Token) < 26 || time.Until(link.Expires) > store.ResetLifetime {
		t.Fatalf("link = %+v, %v", link, err)
	}
	var stored int
	if err := c.PG.Pool().QueryRow(ctx, `SELECT count(*) FROM password_resets WHERE token_hash = convert_to($1, 'UTF8')`, link.Token).Scan(&stored); err != nil || stored != 0 {
		t.Errorf("the token itself is stored (%d, %v)", stored, err)
	}
	if who, err := c.PG.PasswordResetAccount(ctx, link.Token); err != nil || who.ID != id {
		t.Errorf("link's account = %d, %v", who.ID, err)
	}
	hash, err := password.Hash("a long enough new password")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.PG.UsePasswordReset(ctx, link.Token, hash); err != nil {
		t.Fatal(err)
	}
	if err := c.PG.UsePasswordReset(ctx, link.Token, hash); !errors.Is(err, store.ErrResetLink) {
		t.Errorf("the link a second time: %v, want ErrResetLink", err)
	}
	if _, h, err := c.PG.Accounts().ClinicianLogin(ctx, "dr.sara"); err != nil || h != hash {
		t.Errorf("password not set by the link (%v)", err)
	}
	old, _ := c.PG.IssuePasswordReset(ctx, id, admin)
	if _, err := c.PG.Pool().Exec(ctx, `UPDATE password_resets SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day'`); err != nil {
		t.Fatal(err)
	}
	if err := c.PG.UsePasswordReset(ctx, old.Token, hash); !errors.Is(err, store.ErrResetLink) {
		t.Errorf("an expired link: %v, want ErrResetLink", err)
	}
	if n := auditRows(t, c, "clinician.passwd_link"); n != 1 {
		t.Errorf("%d clinician.passwd_link audit rows, want 1", n)
	}
}

// TestAdminHoursApplyAtOnce: new weekly hours are the slots offered at
// once; overlapping windows are refused with their row.
func TestAdminHoursApplyAtOnce(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{})
	ctx := t.Context()
	appts := c.Appointments(t, nil, nil)
	err := c.PG.SetHours(ctx, "dr.test0", []clinic.Hours{
		{Days: []string{"sun"}, From: "09:00", To: "12:00", SlotMinutes: mins(30), Line: 1},
		{Days: []string{"sun"}, From: "11:00", To: "13:00", SlotMinutes: mins(30), Line: 2},
	}, admin)
	var inv *store.InvalidError
	if !errors.As(err, &inv) || inv.Problems[0].Line != 2 || inv.Problems[0].Field != "from" {
		t.Fatalf("overlapping windows: %v, want row 2's from", err)
	}
	hours := []clinic.Hours{{Days: []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}, From: "09:00", To: "10:00", SlotMinutes: mins(20), BufferMinutes: mins(10), Line: 1}}
	if err := c.PG.SetHours(ctx, "dr.test0", hours, admin); err != nil {
		t.Fatal(err)
	}
	day := schedule.DateOf(time.Now().In(c.Zone)).AddDays(2)
	on := schedule.OnDay(freeOf(t, appts, c.Clinicians[0]), day, c.Zone)
	// 09:00-09:20, then 10 minutes' rest: 09:30-09:50; 10:00 ends the window.
	if len(on) != 2 || on[0].Start.In(c.Zone).Format("15:04") != "09:00" || on[1].Start.In(c.Zone).Format("15:04") != "09:30" {
		t.Errorf("slots on %s = %v, want 09:00 and 09:30", day, on)
	}
	if n := auditRows(t, c, "clinician.hours"); n != 1 {
		t.Errorf("%d clinician.hours audit rows, want 1", n)
	}
}

// TestAdminLeaveOverBookings: leave over a booked appointment lists it
// (with its facility's day, for the coordinator's desk), the day's slots
// are gone, the booking stays; an extra session adds slots at once.
func TestAdminLeaveOverBookings(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{})
	ctx := t.Context()
	appts := c.Appointments(t, nil, nil)
	booked, day := c.BookAhead(t, appts, 3)
	affected, err := c.PG.AddDaysOff(ctx, "dr.test0", clinic.DayRange{From: day.String()}, admin)
	if err != nil {
		t.Fatal(err)
	}
	if len(affected) != 1 || affected[0].ID != booked.ID || affected[0].Day != day {
		t.Errorf("affected = %+v, want booking %d on %s", affected, booked.ID, day)
	}
	if on := schedule.OnDay(freeOf(t, appts, c.Clinicians[0]), day, c.Zone); len(on) != 0 {
		t.Errorf("%d slots offered on a day off", len(on))
	}
	if err := c.PG.AddExtraSession(ctx, "dr.test0", clinic.Extra{Date: day.String(), From: "20:00", To: "21:00", SlotMinutes: 30}, admin); err != nil {
		t.Fatal(err)
	}
	if on := schedule.OnDay(freeOf(t, appts, c.Clinicians[0]), day, c.Zone); len(on) != 2 {
		t.Errorf("%d slots with an extra session on the day off, want 2", len(on))
	}
	list, err := c.PG.AdminExceptions(ctx, c.Clinicians[0], time.Now())
	if err != nil || len(list) != 2 || list[0].Kind != "off" {
		t.Fatalf("exceptions = %+v, %v", list, err)
	}
	if err := c.PG.RemoveException(ctx, c.Clinicians[0], list[0].ID, admin); err != nil {
		t.Fatal(err)
	}
	if on := schedule.OnDay(freeOf(t, appts, c.Clinicians[0]), day, c.Zone); len(on) < 40 {
		t.Errorf("%d slots once the day off is removed, want the day's hours back", len(on))
	}
	for _, action := range []string{"clinician.days_off", "clinician.extra", "clinician.exception_remove"} {
		if n := auditRows(t, c, action); n != 1 {
			t.Errorf("%d %s audit rows, want 1", n, action)
		}
	}
	hol, err := c.PG.AddHoliday(ctx, clinic.Holiday{Name: "Eid", From: day.AddDays(1).String(), Facilities: []string{"elsewhere"}}, admin)
	if got := fields(err); len(hol) != 0 || len(got) != 1 {
		t.Errorf("a holiday at an unknown facility: %v", err)
	}
}

// TestAdminDuty: the duty list shows who takes consults now (switched on
// and seen lately) first; a clinician switched on but away, or present but
// switched off, does not; the switch is audited and only for clinicians.
func TestAdminDuty(t *testing.T) {
	t.Parallel()
	c := clinictest.New(t, clinictest.Options{Clinicians: 3})
	ctx := t.Context()
	if _, err := c.PG.Pool().Exec(ctx, `UPDATE clinicians SET seen_at = now() WHERE id = ANY($1)`,
		[]int64{c.Clinicians[1], c.Clinicians[2]}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{c.Clinicians[0], c.Clinicians[1]} {
		if err := c.PG.Accounts().SetOnDuty(ctx, id, true, admin); err != nil {
			t.Fatal(err)
		}
	}
	duty, err := c.PG.Duty(ctx)
	if err != nil || len(duty) != 3 {
		t.Fatalf("duty = %+v, %v", duty, err)
	}
	if d := duty[0]; d.ID != c.Clinicians[1] || !d.Online || !d.Switch {
		t.Errorf("first = %+v; want dr.test1 on duty and present", d)
	}
	if d := duty[1]; d.ID != c.Clinicians[0] || d.Online || !d.Switch {
		t.Errorf("second = %+v; want dr.test0 switched on but away", d)
	}
	if d := duty[2]; d.ID != c.Clinicians[2] || d.Online || d.Switch {
		t.Errorf("third = %+v; want dr.test2 present but off duty", d)
	}
	var n int
	if err := c.PG.Pool().QueryRow(ctx, `SELECT count(*) FROM audit_log WHERE action = 'clinician.duty'
		AND subject_id = $1 AND detail->>'on_duty' = 'true'`, fmt.Sprint(c.Clinicians[1])).Scan(&n); err != nil || n != 1 {
		t.Errorf("audit rows of the switch = %d, %v; want 1", n, err)
	}
	if err := c.PG.Accounts().SetOnDuty(ctx, c.Clinicians[1], false, admin); err != nil {
		t.Fatal(err)
	}
	if got, _ := c.PG.Accounts().ClinicianByID(ctx, c.Clinicians[1]); got.OnDuty {
		t.Error("switched off, the account still reads on duty")
	}
	var coord int64
	if err := c.PG.Pool().QueryRow(ctx, `
INSERT INTO clinicians (facility_id, username, display_names, role, password_hash)
VALUES ($1, 'coord.duty', '{"ar": "منسق", "en": "Coordinator"}', 'coordinator', '$argon2id$test') RETURNING id`,
		c.Facility).Scan(&coord); err != nil {
		t.Fatal(err)
	}
	if err := c.PG.Accounts().SetOnDuty(ctx, coord, true, admin); !errors.Is(err, dialogs.ErrNotFound) {
		t.Errorf("a coordinator switched on duty: %v; want ErrNotFound", err)
	}
}
