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

// TestBloodPressureInCentimetres: the Maghreb, the Levant and France write
// a blood pressure in centimetres of mercury ("tension 19/11", «الطونسيون
// 19 على 11»): beside a word of blood pressure it is read in mmHg; a bare
// "12/5" is a date.
func TestBloodPressureInCentimetres(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text     string
		sys, dia int
	}{
		{"يما عندها 68 عام، الطونسيون طلع ليها 19 على 11 وراسها كيضرها شوية", 190, 110},
		{"بابا الضغط عندو 18/10 وراسو كيضرو", 180, 100},
		{"ma mère a la tension à 19/11 et mal à la tête", 190, 110},
		{"الضغط 12 على 8 الحمد لله", 120, 80},
		{"ضغطي ١٥٠ على ٩٥", 150, 0},
		{"موعدي يوم 12/5", 0, 0},
	} {
		m := e.lex.analyze(tc.text).measured(e)
		if m.bpSys != tc.sys || m.bpDia != tc.dia {
			t.Errorf("%q: %d/%d, want %d/%d", tc.text, m.bpSys, m.bpDia, tc.sys, tc.dia)
		}
	}
}

// TestMeterReadingAsSaid: «القراية» (Egypt and the Levant: the meter's
// reading), in Arabic script or Arabizi, puts the number beside it as a
// blood sugar.
func TestMeterReadingAsSaid(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"3andi sokkar w el 2eraya enharda 350, 3atshan awy",
		"عندي سكر والقرايه النهارده 350 وعطشان اوي",
		"قرايتي الصبح كانت 320 وعطشانه",
	} {
		if m := e.lex.analyze(text).measured(e); m.glucoseMax < 300 {
			t.Errorf("%q: glucose %v, want the reading", text, m.glucoseMax)
		}
	}
}

// TestCoupleOfAsACount: "a couple of months" is a duration as "two months"
// is; "a few weeks" already was.
func TestCoupleOfAsACount(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		text string
		days int
	}{
		{"keep getting heartburn after meals for the last couple of months", 60},
		{"a cough for a couple of weeks now", 14},
		{"fever for a couple of days", 2},
		{"heartburn for the last few weeks", 21},
	} {
		if m := e.lex.analyze(tc.text).measured(e); m.durDays != tc.days {
			t.Errorf("%q: %d days, want %d", tc.text, m.durDays, tc.days)
		}
	}
}
