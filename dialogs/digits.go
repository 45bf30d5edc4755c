package dialogs

import "github.com/frontdoor-health/frontdoor/numerals"

// Readers of Arabic in the Gulf read Arabic-Indic digits (٩:٣٠); in the
// Maghreb they read and write Western ones (9:30). The conversation
// follows the digits the patient writes.
const digitsWestern = "latn"

// followDigits notes which digits an Arabic reader typed: Western digits
// alone switch the replies to Western digits, Arabic-Indic ones back.
func (t *turn) followDigits() {
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
	case western && t.lang() == LangArabic && !isCommand(t.in.Text):
		t.s.Digits = digitsWestern
	}
}

// isCommand reports whether text starts with a slash: "/start 42" says
// nothing about the digits a patient writes.
func isCommand(text string) bool { return len(text) > 0 && text[0] == '/' }

// inReaderDigits writes the turn's Arabic replies in the reader's digits.
// Only Arabic-Indic digits are ever folded to Western ones; links (tel:
// included) are left alone, so they stay ASCII.
func (t *turn) inReaderDigits() {
	if t.s.Digits != digitsWestern {
		return
	}
	for i := range t.replies {
		r := &t.replies[i]
		if r.Lang != LangArabic {
			continue
		}
		r.Text = numerals.Fold(r.Text)
		for _, row := range r.Buttons {
			for j := range row {
				row[j].Label = numerals.Fold(row[j].Label)
			}
		}
	}
}
