package triage

import "testing"

// Training set 109 (seventeenth session): emergencies hidden behind a mild
// first message in the elderly and in children, and everyday complaints
// of the same people, mostly told by a relative. The tests below hold the
// families its first run showed.

// TestEgyptsMouthWithItsWaw: Egypt writes its mouth «بُق» with a و for
// every pronoun («بوقها», «بوقو», as «بوقه» already was), so a mouth told
// crooked is a face fallen (RF-STROKE-01; h109-017, «بوقها مايل شوية لما
// بتضحك» at 68, read as tiredness). A spot inside one's own mouth,
// «bo2i», stays a mouth ulcer for the pharmacy, no rash of the face.
func TestEgyptsMouthWithItsWaw(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-STROKE-01", true, Facts{AgeYears: 68},
		"ماما بوقها مايل شوية لما بتضحك",
		"بابا بوقو معوج من الصبح",
		"جدي بوقه مايل على جنب",
		"mama bo2aha mayel shwaya",
	)
	redFlagIs(t, e, "RF-STROKE-01", false, Facts{AgeYears: 68},
		"ماما بوقها ناشف من امبارح",
		"بوقها فيه حبة بتوجعها",
	)
	urgencyIs(t, e, SelfCare, "dentistry", Facts{AgeYears: 25},
		"ya gama3a 3andi 7abba fe bo2i mn gowa mn 3 ayam bet7ra2ni gedan lama bakol 7aga 7arra, 7asa en bo2i wala3. mafeesh sokhoneya. a7ot 3aleha eh?",
		"عندي حبة في بوقي من جوه بتحرقني لما باكل حاجة حارة",
	)
}

// TestWordsSearchedForAreSpeechLost: words looked for and not found, told
// in any dialect, are a stroke's speech (RF-STROKE-04; NHS Stroke: problems
// finding words): «بتتكلم وتدور على الكلام ومش لاقياه» (h109-017). Words
// looked for to say a thing well, a dementia's forgetting of words and "I
// can't find the words to thank you" are not.
func TestWordsSearchedForAreSpeechLost(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-STROKE-04", true, Facts{AgeYears: 70},
		"ماما من ساعتين بتتكلم وتدور على الكلام ومش لاقياه",
		"بابا بيدور على الكلمات ومش لاقيها من الصبح",
		"ابوي من الصبح ما عم يلاقي الكلمات",
		"ستي عم تفتش عالكلمات وما عم تلاقيها",
		"جدي ما يلقى الكلام اليوم",
		"بابا ما كيلقاش الكلمات ملي كيهضر",
		"mum is struggling to find her words since lunch",
		"dad has trouble finding words this morning, keeps stopping mid sentence",
		"baba mesh la2i el kalam",
		"mama bet dawar 3al kalam",
	)
	redFlagIs(t, e, "RF-STROKE-04", false, Facts{AgeYears: 70},
		"I cant find the words to thank you enough",
		"امي عندها زهايمر وبتنسى الكلام",
		"مش لاقي الكلام اللي اوصف بيه الوجع، بس راسي بتوجعني",
		"بدور على الكلمات المناسبة عشان اشرح حالتي",
	)
}

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
