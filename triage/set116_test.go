package triage

import "testing"

// Training set 116 (seventeenth session): mental health and women's health
// in English and Arabic, Arabizi included: low mood, panic, thoughts of
// suicide told directly and indirectly, self-harm, the mood after a
// birth, periods, pregnancy at every stage, contraception, the breast,
// the menopause. The tests below hold the families its first run showed,
// each in several spellings and dialects, most not in the set.

// TestWatersToldGoneWithAWordBetween: "my waters just went", "have gone",
// "have just broken" are the waters broken, and a pregnancy's weeks and
// days written "38+2" are 38 weeks (h116-019, read as nothing at all and
// booked routinely). At term, clear, that is the maternity unit the same
// day (UR-PREG-01); before term an emergency (RF-PREG-08).
func TestWatersToldGoneWithAWordBetween(t *testing.T) {
	e := mustLoad(t)
	woman := Facts{AgeYears: 31, Sex: "f"}
	for _, text := range []string{
		"pretty sure my waters just went",
		"I think my waters have gone",
		"my waters have just broken, clear fluid",
		"waters just broke about 10 mins ago",
		"I think my waters might have gone, still trickling",
	} {
		if !present(t, e, text, "waters_broke") {
			t.Errorf("%q: no waters read", text)
		}
	}
	amberOf(t, e, "UR-PREG-01", true, woman,
		"Morning! Pretty sure my waters just went (38+2), clear fluid, still trickling. No contractions yet, baby moving loads.",
		"my waters have gone at 39+4, clear, baby kicking",
		"40+1 and I think my waters have just broken, its clear",
		"waters just broke, 38+0 weeks, no contractions",
	)
	for _, text := range []string{
		"Morning! Pretty sure my waters just went (38+2), clear fluid, still trickling.",
		"my waters have gone at 39+4, clear, baby kicking",
	} {
		if d := e.Classify(text, woman); d.Urgency == Emergency {
			t.Errorf("%q: clear waters at term sent to the emergency number %v", text, d.RedFlags)
		}
	}
	redFlagIs(t, e, "RF-PREG-08", true, woman,
		"my waters have gone at 34+1",
		"I think my waters just went, I'm 33+5",
	)
	for in, want := range map[string]string{
		"(38+2), clear":     "38 weeks , clear",
		"38+2 weeks":        "38 weeks",
		"at 39+4w and":      "at 39 weeks and",
		"protein 2+":        "protein 2",
		"1+1 tablets":       "1 1 tablets",
		"bp 120+80":         "bp 120 80",
		"23+4 weeks":        "23 4 weeks",
		"she is 41+6 today": "she is 41 weeks today",
		"temp 38.2+2 weeks": "temp 38.2 2 weeks",
		"٣٨+٢ اسبوع":        "38 اسبوع",
		"38+2 semaines":     "38 semaines",
		"38+2wks, clear":    "38 weeks , clear",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWatersAtTermAreAskedTheFever: waters broken at 37 weeks or more
// are asked about a fever, shivers or coloured waters (RF-PREG-12; NICE
// NG235): «انا حامل ٣٨ اسبوع ونزل مني ماي الصبح» (h116-011, a fever and
// shivers) was asked bleeding, pain, headache and movements and sent to
// urgent. "No" leaves clear waters at term urgent; before term, or at a
// week not told, the waters are RF-PREG-08's already and the question is
// not needed.
func TestWatersAtTermAreAskedTheFever(t *testing.T) {
	e := mustLoad(t)
	woman := Facts{AgeYears: 29, Sex: "f"}
	atTerm := []string{
		"السلام عليكم، انا حامل ٣٨ اسبوع ونزل مني ماي الصبح، مافي طلق لين الحين",
		"I'm 39 weeks pregnant and my waters broke an hour ago, clear",
		"انا حامل في الاسبوع ٣٩ ونزلت مني مية الصبح",
		"ana 7amel fel osbo3 38 w nezlet menni mayya",
		"حاملة ف 40 سيمانة وسال مني الما",
	}
	askedOrNot(t, e, "preg_waters_signs", true, woman, atTerm...)
	playedTo(t, e, Emergency, woman, []string{"fever"}, atTerm...)
	playedTo(t, e, Urgent, woman, nil, atTerm[:3]...)
	askedOrNot(t, e, "preg_waters_signs", false, woman,
		"I'm 32 weeks pregnant and my waters broke",
		"39 weeks pregnant and my waters broke, the water is green",
		"I'm 38 weeks pregnant, no waters, just back pain",
	)
}
