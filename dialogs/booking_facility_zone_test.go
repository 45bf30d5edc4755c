package dialogs

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFacilityZone: a cardiologist whose facility is a mobile unit in
// Morocco (Africa/Casablanca, two hours behind the deployment's Makkah
// time) is offered, confirmed, booked, listed and put in the calendar
// file in Morocco time, named; a patient whose phone is in Saudi Arabia
// is asked their zone (it differs from the unit's, though it is the
// deployment's) and then sees their time beside it.
func TestFacilityZone(t *testing.T) {
	for _, tc := range []struct {
		name, hint        string
		lw                bookingWords
		cardiology, nine  string
		header, own, both string
	}{
		{"arabic", "ar-SA", bookingLangs[0], "القلب", "٩:٠٠ ص",
			"الأوقات بتوقيت المغرب", "بتوقيت مكة المكرمة (الساعة الآن ١٢:٠٠ م)",
			"بتوقيت المغرب — ١١:٠٠ ص بتوقيتك"},
		{"english", "en-SA", bookingLangs[1], "Heart", "9:00 AM",
			"All times are Morocco time", "Makkah time (now 12:00 PM)",
			"Morocco time — 11:00 AM your time"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, p := engineWith(t, newMemSessions(), newMemPatients(), nil)
			p.appts.docSpecs[2] = []string{"general_practice"} // cardiology: Dr Sami alone
			p.appts.relocate(t, 3, "Africa/Casablanca")
			c := newChat(t, e, tc.hint)
			c.send("/start")
			c.tap(tc.lw.lang)
			c.tap(tc.lw.agree)
			c.book()
			c.tap(tc.cardiology)
			times := c.tap(tc.lw.firstDay)
			if got := times[len(times)-1].Text; !strings.Contains(got, tc.header) {
				t.Errorf("times %q, want them said in %q", got, tc.header)
			}
			if got := labels(times[len(times)-1]); !slices.Contains(got, tc.nine) {
				t.Errorf("times %q, want the unit's 9:00 as %q", got, tc.nine)
			}
			c.tap(tc.nine)
			if s := c.session(); s.State != bkZone {
				t.Fatalf("a patient in Saudi Arabia booking a unit in Morocco is at %s, want the zone question", s.State)
			}
			confirm := c.tap(tc.own)
			if got := confirm[len(confirm)-1].Text; !strings.Contains(got, tc.both) {
				t.Errorf("confirmation %q lacks %q", got, tc.both)
			}
			done := c.tap(tc.lw.yes)
			if got := done[0].Text; !strings.Contains(got, tc.both) {
				t.Errorf("booked message %q lacks %q", got, tc.both)
			}
			ics := string(documentOf(done).Data)
			if !strings.Contains(ics, "DTSTART:20260502T080000Z") {
				t.Errorf("calendar file starts elsewhere than 9:00 in Morocco (08:00 UTC):\n%s", ics)
			}
			appts := p.appts.booked(c.session().PatientID)
			if len(appts) != 1 || appts[0].Zone != "Africa/Casablanca" {
				t.Fatalf("booked %+v, want one appointment at the unit", appts)
			}
			list := c.tap(tc.lw.mine)
			if got := list[len(list)-1].Text; !strings.Contains(got, tc.nine) {
				t.Errorf("my appointments %q, want the unit's %s", got, tc.nine)
			}
			c.golden("facility_zone_" + tc.name)
		})
	}
}

// TestFacilityZonesMixed: when one day's times come from facilities of
// two clocks (a cardiologist in Riyadh, another in Morocco), each time
// names its zone, and the header says so.
func TestFacilityZonesMixed(t *testing.T) {
	e, p := engineWith(t, newMemSessions(), newMemPatients(), nil)
	p.appts.relocate(t, 3, "Africa/Casablanca")
	lw := bookingLangs[1]
	c := onboarded(t, e, lw)
	c.book()
	c.tap("Heart")
	times := c.tap(lw.firstDay)
	last := times[len(times)-1]
	if !strings.Contains(last.Text, "its clinic's own time") {
		t.Errorf("header %q, want it to say each time is its clinic's", last.Text)
	}
	got := labels(last)
	for _, want := range []string{"9:00 AM (Makkah time)", "10:00 AM (Morocco time)"} {
		if !slices.Contains(got, want) && !slices.Contains(labelsAll(t, c, last), want) {
			t.Errorf("times %q lack %q", got, want)
		}
	}
}

// labelsAll is every time offered across the pages of a times list.
func labelsAll(t *testing.T, c *chat, first Reply) []string {
	t.Helper()
	out := labels(first)
	for page := first; slices.Contains(labels(page), "Later times"); {
		r := c.tap("Later times")
		page = r[len(r)-1]
		out = append(out, labels(page)...)
	}
	return out
}

// TestNoticesInFacilityZone: a reminder and a desk change of an
// appointment at a facility in Kuwait name Kuwait time, in Arabic and
// English; one without a facility zone speaks the deployment's.
func TestNoticesInFacilityZone(t *testing.T) {
	e, _ := newBookingEngine(t)
	start := time.Date(2026, 5, 2, 6, 0, 0, 0, time.UTC) // 9:00 in Kuwait and Makkah
	a := Appointment{ID: 7, Version: 1, Status: StatusBooked, Start: start, End: start.Add(15 * time.Minute),
		Clinician: Clinician{ID: 1, Names: map[string]string{"ar": "د. خالد", "en": "Dr Khalid"}}, Zone: "Asia/Kuwait"}
	now := start.Add(-24 * time.Hour)
	for _, tc := range []struct{ lang, zone, want string }{
		{"en", "Asia/Kuwait", "9:00 AM (Kuwait time)"},
		{"ar", "Asia/Kuwait", "٩:٠٠ ص (بتوقيت الكويت)"},
		{"en", "", "9:00 AM (Makkah time)"},
	} {
		a.Zone = tc.zone
		for name, got := range map[string]string{
			"reminder":    e.RenderReminder(Reminder{Lang: tc.lang, Appointment: a, Now: now, Offset: 24 * time.Hour})[0].Text,
			"desk change": e.RenderDeskChange(DeskChange{Lang: tc.lang, Appointment: a, Was: start.Add(time.Hour), Now: now})[0].Text,
		} {
			if !strings.Contains(got, tc.want) {
				t.Errorf("%s (%s, %q) = %q, want %q in it", name, tc.lang, tc.zone, got, tc.want)
			}
		}
	}
}
