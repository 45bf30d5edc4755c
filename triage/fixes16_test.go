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

// TestBetterForAllIfIDied: "it would be better for everyone if I died",
// condition first or last, in each dialect and in Latin letters, is a
// passive wish to be dead (UR-MH-02's urgent; NICE NG225), not nothing:
// «لو متت بكون احسن للكل» (h46-041) was routine. A question about who
// would look after the children, or a joke after feeling better, is not.
func TestBetterForAllIfIDied(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"صارلي فترة بفكر انه لو متت بكون احسن للكل. بس والله ما عندي نية اعمل اشي لحالي",
		"لو مت بيكون احسن لكل الناس",
		"ايلا مت غادي يرتاحو مني",
		"law mett bkoun a7san lal kel",
		"a7san law mott",
		"sometimes i think it would be easier for everyone if i was gone",
		"everyone is better off if i die",
	} {
		if d := e.Classify(text, Facts{AgeYears: 27}); d.Urgency != Urgent {
			t.Errorf("%q: %s; want urgent (a passive wish to be dead)", text, d.Urgency)
		}
	}
	for _, text := range []string{
		"لو مت مين يربي ولادي",
		"if i die who will look after my kids",
		"I feel better today, if I die from this cough I will be annoyed haha",
	} {
		if d := e.Classify(text, Facts{AgeYears: 27}); d.Urgency == Urgent || d.Urgency == Emergency {
			t.Errorf("%q: %s; want no wish to be dead read", text, d.Urgency)
		}
	}
}

// TestGoingDownTheStairsIsNoFall: stairs that cannot be gone down, or hurt
// to go down, are a sore leg, not a fall down them (RF-TRAUMA-01 is a
// fall from height or a crash; NICE NG232): "my leg muscles are killing me
// after the gym, cant go down the stairs" was the emergency number. A fall
// on the stairs, or a slip going down them, stays one.
func TestGoingDownTheStairsIsNoFall(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"my leg muscles are killing me after the gym yesterday, cant go down the stairs",
		"my knee hurts going down the stairs",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"he went down the stairs and tripped, fell all the way down",
		"slipped going down the stairs",
		"my mum fell down the stairs and hit her head",
	)
}
