package dialogs

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/frontdoor-health/frontdoor/locales"
)

// langWords are what a patient (and a doctor) types in each language in the
// walks below and the consult walk: one place to add a language's words.
var langWords = map[string]struct{ emergency, routine, breathless, note, doctor, reply string }{
	"ar": {"عندي ألم شديد في الصدر وعرق بارد", "عندي حبوب في وجهي من شهور وأبغى موعد", "ضيق في التنفس",
		"أنا في فندق هيلتون، غرفة ٥١٢", "هل يمكنك فتح الكاميرا؟", "لحظة من فضلك"},
	"en": {"crushing chest pain and cold sweat", "I have had spots on my face for months and want an appointment",
		"shortness of breath", "I am in room 512 of the Hilton hotel", "Can you turn your camera on?", "One moment please"},
	"fr": {"douleur à la poitrine et je transpire beaucoup", "j'ai des boutons sur le visage depuis des mois, je voudrais un rendez-vous",
		"je suis essoufflé", "Je suis à l'hôtel Hilton, chambre 512", "Pouvez-vous allumer la caméra ?", "Un instant s'il vous plaît"},
	"ur": {"سینے میں شدید درد ہے اور ٹھنڈا پسینہ آ رہا ہے", "چہرے پر کئی مہینوں سے دانے ہیں، اپائنٹمنٹ چاہیے",
		"سانس پھولتی ہے", "میں ہلٹن ہوٹل کے کمرہ 512 میں ہوں", "کیا آپ کیمرہ آن کر سکتے ہیں؟", "ایک لمحہ رکیں"},
	"id": {"nyeri dada hebat dan keringat dingin", "sudah berbulan-bulan ada jerawat di wajah, mau buat janji temu",
		"sesak napas", "Saya di hotel Hilton, kamar 512", "Bisa nyalakan kamera?", "Sebentar ya"},
}

// tapData presses the button of the last replies whose data ends with
// suffix: the walks below tap by data, so that one walk serves every
// language.
func (c *chat) tapData(suffix string) []Reply {
	c.t.Helper()
	for _, r := range c.last {
		for _, row := range r.Buttons {
			for _, b := range row {
				if strings.HasSuffix(b.Data, suffix) {
					return c.press(b.Data)
				}
			}
		}
	}
	c.t.Fatalf("no button ending %q in the last replies:\n%s", suffix, c.log.String())
	return nil
}

// TestEveryLanguageWalks walks each language Frontdoor speaks through
// onboarding, an emergency typed in the patient's words, and a routine
// problem, against golden transcripts (testdata/lang_<code>.golden): every
// reply in the chosen language, the emergency advice first.
func TestEveryLanguageWalks(t *testing.T) {
	for _, l := range locales.All() {
		t.Run(l.English, func(t *testing.T) {
			words, ok := langWords[l.Code]
			if !ok {
				t.Fatalf("no walk words for %s: add them to langWords", l.Code)
			}
			e, _ := newTriageEngine(t)
			c := newChat(t, e, l.Code)
			c.send("/start")
			c.tapData(":o:lang:" + l.Code)
			c.tapData(":o:agree")
			c.tapData(":o:m:doctor")
			got := c.send(words.emergency)
			checkEmergencyFirst(t, e, l.Code, got)
			for _, r := range got {
				if r.Lang != l.Code {
					t.Errorf("a reply in %s, want %s: %q", r.Lang, l.Code, r.Text)
				}
			}

			c.send("/menu")
			c.tapData(":o:m:doctor")
			c.send(words.routine)
			if c.session().State == trProblem {
				// words the language's lexicon does not read: the topics,
				// with why (triagedialog_not_read), and the patient taps one
				c.tapData(":t:pg:1") // skin is on the second page
				c.tapData(":t:p:skin")
			}
			for i := 0; i < 10 && c.session().Flow == flowTriage && c.session().State == trQuestion; i++ {
				c.answerNoOrFirst()
			}
			if s := c.session(); s.State != trRoutine && s.State != trSelfCare {
				t.Errorf("%q ended in %s/%s, want a routine or self-care decision", words.routine, s.Flow, s.State)
			}
			for _, r := range c.last {
				if r.Lang != l.Code {
					t.Errorf("a reply in %s, want %s: %q", r.Lang, l.Code, r.Text)
				}
			}
			c.golden("lang_" + l.Code)
		})
	}
}

// answerNoOrFirst answers the question asked: "no", or the first option of
// a question without one (an age band).
func (c *chat) answerNoOrFirst() {
	c.t.Helper()
	for _, r := range c.last {
		for _, row := range r.Buttons {
			for _, b := range row {
				if strings.HasSuffix(b.Data, ":t:a:no") {
					c.press(b.Data)
					return
				}
			}
		}
	}
	c.tapData(":t:a:16to39y")
}

// TestEveryLanguageBooks books an appointment in each language, tapping
// the first choice at each step, against golden transcripts
// (testdata/lang_<code>_booking.golden): dates, times and names in the
// patient's language, the confirmation in one message with its calendar
// file.
func TestEveryLanguageBooks(t *testing.T) {
	for _, l := range locales.All() {
		t.Run(l.English, func(t *testing.T) {
			e, m := newBookingEngine(t)
			c := newChat(t, e, l.Code)
			c.send("/start")
			c.tapData(":o:lang:" + l.Code)
			c.tapData(":o:agree")
			c.book()      // as a routine triage hands over (see chat.book)
			for range 4 { // specialty, day, time, "yes, book it"
				c.press(c.last[len(c.last)-1].Buttons[0][0].Data)
			}
			done := c.last
			if len(done) != 1 || done[0].Document == nil || done[0].Lang != l.Code {
				t.Fatalf("after booking: %+v, want one confirmation in %s with its calendar file", done, l.Code)
			}
			if appts := m.booked(c.session().PatientID); len(appts) != 1 {
				t.Fatalf("booked %+v, want one", appts)
			}
			c.golden("lang_" + l.Code + "_booking")
		})
	}
}

// TestEveryLanguageReminds renders the reminders of one appointment in
// every language (the day before, and at the start with the join link)
// against a golden file (testdata/lang_reminders.golden).
func TestEveryLanguageReminds(t *testing.T) {
	e, _ := newBookingEngine(t)
	riyadh, _ := time.LoadLocation("Asia/Riyadh")
	start := time.Date(2026, 5, 2, 14, 30, 0, 0, riyadh)
	ap := Appointment{ID: 7, Version: 1, Start: start, End: start.Add(30 * time.Minute), Status: StatusBooked,
		Clinician: Clinician{ID: 1, Names: locales.Names{"ar": "د. هدى", "en": "Dr Huda"}}}
	var b strings.Builder
	for _, l := range locales.All() {
		for _, r := range []Reminder{
			{Lang: l.Code, Appointment: ap, Now: start.Add(-24 * time.Hour), Offset: 24 * time.Hour},
			{Lang: l.Code, Appointment: ap, Now: start, Link: "https://meet.example.org/room"},
		} {
			got := e.RenderReminder(r)
			if len(got) != 1 || got[0].Lang != l.Code || len(got[0].Buttons) == 0 {
				t.Fatalf("%s reminder = %+v, want one message in %s with its buttons", l.Code, got, l.Code)
			}
			fmt.Fprintf(&b, "[%s] %s\n", got[0].Lang, got[0].Text)
			for _, row := range got[0].Buttons {
				for _, btn := range row {
					fmt.Fprintf(&b, "    [%s]\n", btn.Label)
				}
			}
			b.WriteString("\n")
		}
	}
	path := filepath.Join("testdata", "lang_reminders.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil || string(want) != b.String() {
		t.Errorf("reminders differ from %s (run with -update after checking):\n%s", path, b.String())
	}
}
