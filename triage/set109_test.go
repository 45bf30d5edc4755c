package triage

import "testing"

// Training set 109 (seventeenth session): emergencies hidden behind a mild
// first message in the elderly and in children, and everyday complaints
// of the same people, mostly told by a relative. The tests below hold the
// families its first run showed.

// TestAHeadInjuryOnAnAnticoagulantIsAnEmergency: a blow to the head in
// someone taking an anticoagulant goes to the emergency department however
// well they seem (RF-TRAUMA-06; NICE NG232: referral with current
// anticoagulant therapy, CT within 8 hours; h109-012, "on warfarin ...
// knocked his head on the sink ... a bit of a headache", was a same-day
// visit). A heart pill or an antiplatelet beside the knock stays UR-HEAD-01's
// urgent; a blood thinner with no blow to the head is no head injury.
func TestAHeadInjuryOnAnAnticoagulantIsAnEmergency(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-TRAUMA-06", true, Facts{AgeYears: 79},
		"Hi, my father in law is 79 and on warfarin for his heart rhythm. He slipped in the bathroom yesterday evening and knocked his head on the sink. No cut really, just a lump. Got a bit of a headache today but otherwise himself.",
		"mum bumped her head on the kitchen cupboard, she takes apixaban, she says she's fine",
		"grandad is on rivaroxaban and hit his head when he tripped on the rug",
		"ابوي طاح في الحمام وضرب راسه، وهو ياخذ دوا سيولة",
		"ماما وقعت امبارح وخبطت راسها في الترابيزة، هي بتاخد ماريفان",
		"ستي وقعت ودقت راسها بالحيط، بتاخد وارفارين",
		"جدتي طاحت وضربات راسها مع الحيط، كتاخد دوا ديال تمييع الدم",
		"abui ta7 w darab raaso, w huwa yakhith warfarin",
	)
	redFlagIs(t, e, "RF-TRAUMA-06", false, Facts{AgeYears: 79},
		"dad is on warfarin and has a headache since this morning",
		"ضرب راسه بالباب بس ما ياخذ اي دوا سيولة",
		"he bumped his head, he only takes blood pressure pills",
		"can I get my warfarin dose checked, INR due",
	)
	amberOf(t, e, "UR-HEAD-01", true, Facts{AgeYears: 79},
		"my nan bumped her head on the cupboard, she is on heart pills",
	)
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 79},
		"my nan bumped her head on the cupboard, she is on heart pills",
	)
}
