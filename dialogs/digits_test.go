package dialogs

import (
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// TestRepliesFollowTheDigitsThePatientWrites: an Arabic reader who types
// Western digits (as in the Maghreb) reads times and dates in them; one who
// types Arabic-Indic digits reads those again. Links stay ASCII.
func TestRepliesFollowTheDigitsThePatientWrites(t *testing.T) {
	lw := bookingLangs[0]
	e, _ := newBookingEngine(t)
	c := onboarded(t, e, lw)
	c.send("موعد الساعة 10")
	c.book()
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
		if strings.ContainsAny(r.Text, "0123456789") && r.Lang == LangArabic && !strings.Contains(r.Text, "tel:") {
			t.Errorf("after Arabic-Indic digits a reply still has Western ones: %q", r.Text)
		}
	}
}

// TestDigitsChosenWithTheLanguage: «العربية (123)» in the language menu
// gives Western digits at once, kept for the patient (reminders follow
// them) and across a lost session; the picker's own labels keep theirs;
// «العربية (١٢٣)» takes them back. The emergency number is written in the
// reader's digits, its tel: link in ASCII.
func TestDigitsChosenWithTheLanguage(t *testing.T) {
	e, ss, ps := newTestEngine(t)
	c := newChat(t, e, "ar")
	c.send("/start")
	notice := c.tap("العربية (123)")
	if !strings.Contains(notice[0].Text, "اتصل الآن بالرقم 997") {
		t.Errorf("notice with Western digits = %q", notice[0].Text)
	}
	c.tap("أوافق")
	p := ps.get(c.session().PatientID)
	if p.Digits != DigitsWestern || c.session().Digits != DigitsWestern {
		t.Fatalf("patient digits %q, session %q, want %q", p.Digits, c.session().Digits, DigitsWestern)
	}
	picker := c.send("اللغة")
	if got := labels(picker[len(picker)-1]); len(got) != len(locales.All())+1 || got[0] != "العربية (123)" || got[1] != "العربية (١٢٣)" {
		t.Errorf("picker for a Western-digits reader = %v, want their choice first, both labels as written", got)
	}
	c.tap("العربية (١٢٣)")
	if p := ps.get(c.session().PatientID); p.Digits != "" {
		t.Errorf("after «العربية (١٢٣)» the patient keeps %q", p.Digits)
	}
	help := c.send("مساعدة")
	if !strings.Contains(help[0].Text, "اتصل الآن بالرقم ٩٩٧") {
		t.Errorf("help with Arabic-Indic digits = %q", help[0].Text)
	}

	// A lost session takes the patient's digits back from the store.
	c.send("/lang")
	c.tap("العربية (123)")
	if err := ss.Delete(t.Context(), c.key); err != nil {
		t.Fatal(err)
	}
	c.send("مرحبا")
	if c.session().Digits != DigitsWestern {
		t.Errorf("a new session forgot the patient's digits")
	}

	r := e.RenderReminder(Reminder{Lang: "ar", Digits: DigitsWestern, Appointment: Appointment{
		Start: time.Date(2026, 5, 2, 6, 0, 0, 0, time.UTC), Clinician: Clinician{Names: locales.Names{"ar": "هدى"}},
	}, Now: time.Date(2026, 5, 1, 6, 0, 0, 0, time.UTC)})
	if strings.ContainsAny(r[0].Text, "٠١٢٣٤٥٦٧٨٩") || !strings.ContainsAny(r[0].Text, "0123456789") {
		t.Errorf("reminder for a Western-digits reader = %q", r[0].Text)
	}
}
