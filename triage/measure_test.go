package triage

import "testing"

// TestMeasuresReadAgesNotDurations: a number the words give as someone's
// age is no duration of the complaint, a day named with the article is no
// age, and an Arabizi word that starts with a digit is no number.
func TestMeasuresReadAgesNotDurations(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text    string
		band    string // the one age band read, "" for none
		durDays int    // the longest duration read, -1 for none
	}{
		{"Hello, I am 45 years. Today at gym I get headache in back of head", "40to64y", -1},
		{"امي ٦٥ سنة عندها صداع من يومين", "65plus", 2},
		{"جدي عمره ٨٢ وما عنده حيل، واليوم الصبح داخ شوي", "65plus", -1},
		{"salam, abuy 3omra 64, yigool 3ndah 7moo9a w ta3ban", "40to64y", -1},
		{"ولدي عمره يوم وحرارته عاليه", "u3m", -1},
		{"headache for 3 days", "", 3},
	} {
		a := e.read(tc.text)
		m := e.readMeasures(a)
		band, _ := e.textAge(a, m)
		if band != tc.band || m.durDays != tc.durDays {
			t.Errorf("%q: age band %q, duration %d days; want %q, %d", tc.text, band, m.durDays, tc.band, tc.durDays)
		}
	}
}
