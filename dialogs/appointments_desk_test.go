package dialogs

import (
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// TestRenderJointSession: a referral's joint session is worded for the
// patient in every language with both doctors' names, the time in their
// zone, the join button with their link, and the calendar file; without a
// link, no button.
func TestRenderJointSession(t *testing.T) {
	e, _ := newBookingEngine(t)
	riyadh, _ := time.LoadLocation("Asia/Riyadh")
	start := time.Date(2026, 5, 3, 10, 0, 0, 0, riyadh)
	ap := Appointment{
		ID: 9, Version: 1, Start: start, End: start.Add(30 * time.Minute), Status: StatusBooked,
		Clinician: Clinician{ID: 2, Names: locales.Names{"ar": "د. ريم", "en": "Dr Reem"}},
	}
	gp := Clinician{ID: 1, Names: locales.Names{"ar": "د. سلمى", "en": "Dr Salma"}}
	for _, l := range locales.All() {
		t.Run(l.Code, func(t *testing.T) {
			got := e.RenderDeskChange(DeskChange{Lang: l.Code, Appointment: ap, Now: start.Add(-48 * time.Hour),
				Referrer: &gp, Link: "https://clinic.example.org/join/abc"})
			if len(got) != 2 || got[1].Document == nil {
				t.Fatalf("replies = %+v, want the notice and the calendar file", got)
			}
			text := got[0].Text
			for _, want := range []string{gp.Name(l.Code), ap.Clinician.Name(l.Code)} {
				if !strings.Contains(text, want) {
					t.Errorf("the notice %q lacks %q", text, want)
				}
			}
			if b := got[0].Buttons; len(b) != 1 || b[0][0].URL != "https://clinic.example.org/join/abc" ||
				b[0][0].Label != e.Text.Text(l.Code, "booking_join_button", nil) {
				t.Errorf("buttons = %+v, want the join button with the link", b)
			}
		})
	}
	got := e.RenderDeskChange(DeskChange{Lang: "en", Appointment: ap, Now: start.Add(-48 * time.Hour), Referrer: &gp})
	if len(got[0].Buttons) != 0 || !strings.HasPrefix(got[0].Text, "👥 Dr Salma asked a specialist") {
		t.Errorf("without a link: %q with %d button rows", got[0].Text, len(got[0].Buttons))
	}
}
