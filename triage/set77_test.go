package triage

import "testing"

// Sealed set 77 (fifteenth session), conv_holdout77.jsonl: sixty patients
// written blind at the session's start and run by figures only, at its
// start and at its end (docs/TRIAGE-HISTORY.md). Both runs missed one
// emergency, opened after the end run: a mother "34 wks with my 2nd" whose
// baby had "been really quiet today, barely felt her since breakfast"
// (h77-040). "34 wks" was no pregnancy's week, "with my 2nd" no pregnancy,
// and the baby told as "her" no fetal movement.

// TestReducedMovementsToldAsHerAtLateWeeks: a pregnancy told by its weeks
// written short or "with my 2nd", and the baby's movements told of "her"
// or "him", is RF-PREG-06 (RCOG Green-top 57; NHS: call the maternity unit
// now). A born child felt "barely" is not.
func TestReducedMovementsToldAsHerAtLateWeeks(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 30, Sex: "f"}
	classifiedAs(t, e, true, f,
		"Hiya, 34 wks with my 2nd. shes been really quiet today, barely felt her since breakfast",
		"34 wks pregnant, barely felt her today",
		"32 weeks gone, havent felt him move since last night",
		"36wks pregnant, cant feel him moving this morning",
	)
	classifiedAs(t, e, false, f,
		"my daughter is 3, I barely felt her forehead warm this morning",
		"34 weeks with my 2nd, baby kicking loads, just want to book my scan",
		"16 wks with my first, feeling sick every morning",
	)
}
