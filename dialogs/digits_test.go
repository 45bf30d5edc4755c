package dialogs

import (
	"strings"
	"testing"
)

// TestRepliesFollowTheDigitsThePatientWrites: an Arabic reader who types
// Western digits (as in the Maghreb) reads times and dates in them; one who
// types Arabic-Indic digits reads those again. Links stay ASCII.
func TestRepliesFollowTheDigitsThePatientWrites(t *testing.T) {
	lw := bookingLangs[0]
	e, _ := newBookingEngine(t)
	c := onboarded(t, e, lw)
	c.send("موعد الساعة 10")
	c.tap(lw.book)
	days := c.tap(lw.gp)
	western := "غدًا، السبت 2 مايو (15 ذو القعدة)"
	if got := labels(days[len(days)-1]); len(got) == 0 || got[0] != western {
		t.Fatalf("after Western digits the days read %v, want %q first", got, western)
	}
	times := c.tap(western)
	if got := labels(times[len(times)-1]); len(got) == 0 || got[0] != "9:00 ص" {
		t.Errorf("times read %v, want 9:00 ص first", got)
	}
	c.send("الساعة ٩")
	again := c.session()
	if again.Digits != "" {
		t.Errorf("after Arabic-Indic digits the session keeps %q", again.Digits)
	}
	for _, r := range c.last {
		if strings.ContainsAny(r.Text, "0123456789") && r.Lang == LangArabic && !strings.Contains(r.Text, e.EmergencyNumber) {
			t.Errorf("after Arabic-Indic digits a reply still has Western ones: %q", r.Text)
		}
	}
}
