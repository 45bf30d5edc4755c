package dialogs

import (
	"context"
	"fmt"
	"testing"
)

// SharePhone keeps phone for the patient's case, unless the case is not
// theirs or is over.
func (m *memCases) SharePhone(_ context.Context, patientID, caseID int64, phone string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if caseID < 1 || int(caseID) > len(m.cases) || m.cases[caseID-1].PatientID != patientID || m.status[caseID-1] == "closed" {
		return fmt.Errorf("mem: share phone %d: %w", caseID, ErrNotFound)
	}
	m.phones[caseID] = phone
	return nil
}

func TestPhoneNumber(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"international", "+966 51 234 5678", "+966512345678"},
		{"arabic-indic", "٠٥١٢٣٤٥٦٧٨", "0512345678"},
		{"double zero", "00966-51-234-5678", "+966512345678"},
		{"telegram contact", "966512345678", "966512345678"},
		{"too short", "997", ""},
		{"letters", "call me 0512345678", ""},
		{"plus inside", "05+12345678", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := PhoneNumber(tc.in)
			if (tc.want == "") == ok || ok && got != tc.want {
				t.Errorf("PhoneNumber(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
			}
		})
	}
}

// TestPhoneSharedForTheCase: after the emergency advice (and a place in
// the queue) the patient is offered to send a number; one sent is kept
// with their case, the offer is taken away and the step asked again; an
// unreadable one is asked for again; one with no case is not kept.
func TestPhoneSharedForTheCase(t *testing.T) {
	for _, lang := range []string{"ar", "en"} {
		t.Run(lang, func(t *testing.T) {
			e, cases := newTriageEngine(t)
			e.Phones = cases
			c := atTriage(t, e, lang)
			got := c.send(map[string]string{"ar": "عندي ألم شديد في الصدر وتعرق", "en": "I have crushing chest pain and sweating"}[lang])
			last := got[len(got)-1]
			if last.AskPhone == nil || last.AskPhone.Label != e.Text.Text(lang, "triagedialog_phone_button", nil) || len(last.Buttons) != 0 {
				t.Fatalf("after the emergency the last reply = %+v, want the offer to send a number", last)
			}
			if got[0].AskPhone != nil {
				t.Error("the offer came before the emergency advice")
			}

			bad := c.contact("12")
			if len(bad) != 1 || bad[0].AskPhone == nil || bad[0].Text != e.Text.Text(lang, "dialogs_phone_invalid", nil) {
				t.Errorf("an unreadable number got %+v", bad)
			}
			ok := c.contact("+966 51 234 5678")
			if len(ok) < 2 || !ok[0].EndPhoneAsk || ok[0].Text != e.Text.Text(lang, "dialogs_phone_kept", nil) || len(ok[len(ok)-1].Buttons) == 0 {
				t.Fatalf("a number sent got %+v, want thanks (offer taken away) and the step again", ok)
			}
			d, _ := c.triageState()
			if cases.phone(d.Case) != "+966512345678" || !d.Phone {
				t.Errorf("kept %q for case %d (phone noted %v)", cases.phone(d.Case), d.Case, d.Phone)
			}
			c.send("/menu")
			none := c.contact("+966512345678")
			if len(none) < 1 || none[0].Text != e.Text.Text(lang, "dialogs_phone_not_kept", nil) || !none[0].EndPhoneAsk {
				t.Errorf("a number with no case got %+v", none)
			}
		})
	}
}
