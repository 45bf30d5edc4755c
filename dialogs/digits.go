package dialogs

import (
	"context"
	"fmt"
	"strings"

	"github.com/frontdoor-health/frontdoor/locales"
	"github.com/frontdoor-health/frontdoor/numerals"
)

// Readers of Arabic in the Gulf read Arabic-Indic digits (٩:٣٠); in the
// Maghreb they read and write Western ones (9:30). The conversation
// follows the digits the patient writes, or those they chose with the
// language («العربية (123)»).
const DigitsWestern = "latn"

// followDigits notes which digits an Arabic reader typed: Western digits
// alone switch the replies to Western digits, Arabic-Indic ones back.
func (t *turn) followDigits() {
	was := t.s.Digits
	defer func() {
		if t.s.Digits != was {
			t.saveDigits()
		}
	}()
	var western, eastern bool
	for _, r := range t.in.Text {
		switch {
		case r >= '0' && r <= '9':
			western = true
		case r >= '٠' && r <= '٩', r >= '۰' && r <= '۹':
			eastern = true
		}
	}
	switch {
	case eastern:
		t.s.Digits = ""
	case western && readsOtherDigits(t.lang()) && !isCommand(t.in.Text):
		t.s.Digits = DigitsWestern
	}
}

// saveDigits keeps the session's digits for the patient, so that what is
// said outside a conversation (reminders) follows them too.
func (t *turn) saveDigits() {
	id, digits := t.s.PatientID, t.s.Digits
	t.effect(func(ctx context.Context) error {
		if err := t.e.Patients.SetDigits(ctx, id, digits); err != nil {
			return fmt.Errorf("dialogs: set digits: %w", err)
		}
		return nil
	})
}

// isCommand reports whether text starts with a slash: "/start 42" says
// nothing about the digits a patient writes.
func isCommand(text string) bool { return len(text) > 0 && text[0] == '/' }

// inReaderDigits writes the turn's Arabic replies in the reader's digits.
// Only Arabic-Indic digits are ever folded to Western ones; links (tel:
// included) are left alone, so they stay ASCII.
func (t *turn) inReaderDigits() { inDigits(t.replies, t.s.Digits) }

// inDigits writes replies' Arabic in digits (DigitsWestern folds
// Arabic-Indic digits to Western ones; anything else leaves them). The
// language picker's own buttons keep theirs: «العربية (١٢٣)» names a choice.
func inDigits(replies []Reply, digits string) {
	if digits != DigitsWestern {
		return
	}
	for i := range replies {
		r := &replies[i]
		if l, _ := locales.Lookup(r.Lang); l.Digits == locales.DigitsWestern {
			continue // written in Western digits already
		}
		r.Text = numerals.Fold(r.Text)
		for _, row := range r.Buttons {
			for j := range row {
				if !strings.Contains(row[j].Data, langAction) {
					row[j].Label = numerals.Fold(row[j].Label)
				}
			}
		}
	}
}

// readsOtherDigits reports whether lang's readers expect digits other than
// Western ones by default (Arabic-Indic for Arabic), so that typing Western
// digits says something about the patient.
func readsOtherDigits(lang string) bool {
	l, _ := locales.Lookup(lang)
	return l.Digits != locales.DigitsWestern
}
