package triage

import "testing"

// TestLateWeeksBesideMovementsAreAPregnancy: a week of late pregnancy told
// beside the baby's movements is a pregnancy whichever comes first, so
// fewer or no movements are RF-PREG-06 (RCOG Green-top 57). A baby weeks
// old, and movements told as normal, are not.
func TestLateWeeksBesideMovementsAreAPregnancy(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 29, Sex: "f"},
		"34 weeks and the baby stopped moving",
		"baby hasnt moved much today, 36 weeks",
		"38 wks, the baby is not kicking like usual since last night",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 29, Sex: "f"},
		"34 weeks, baby moving fine, back pain",
		"36 weeks and the baby kicks a lot at night, is that normal",
	)
}
