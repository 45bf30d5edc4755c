package triage

import "testing"

// Set 75 was written blind at the start of a fourteenth-session task:
// forty patients in English as people really type it on a phone, 28 native
// (UK, US, Australian and Gulf-born: lowercase, "tbh", "lol", "down there",
// "waterworks", "a funny turn", "a bit wobbly", understatement) and 12
// second-language writers; 15 emergencies, nearly all behind a mild first
// message, 9 urgent, 8 routine, 8 self-care, with mental health, men's and
// women's health, teenagers and people writing for a partner or a parent.
// Its first run caught 14 of 15 emergencies in both modes: a calf "a bit
// puffy and red compared to the other one" since flying back from Sydney,
// "prob slept funny on the plane", was no long flight, so the clot in the
// leg of RF-DVT-01 was urgent (h75-005). A wife's husband with no sleep for
// days and racing speech, "not talking about hurting himself", was a
// stroke sign with no question (h75-023: "not talking" was speech lost).
// Below the emergency line: a hangover's headache and vomit was
// UR-NEURO-02's headache with vomiting (urgent); "got my first period and
// its really crampy" and "backs gone again after lifting the mower" were
// routine visits for nothing named; and "strong coffee" made brief
// palpitations severe (urgent).

// TestAFlightOneSleptOnIsALongOne: a calf swollen on one side after a
// flight long enough to sleep through or to cross time zones (long haul,
// a red eye, jet lag) is the long journey of RF-DVT-01 (policy; NHS: DVT,
// journeys of more than 4 hours); both ankles puffy after it, or the jet
// lag alone, are not.
func TestAFlightOneSleptOnIsALongOne(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 34},
		"my left calf is swollen and sore since the long haul flight from LA",
		"still jet lagged and my right calf is swollen and red",
		"slept the whole way on the plane and now my calf is swollen and tight",
		"got back on the red eye, one calf swollen and painful",
		"نمت في الطياره وبطة رجلي اليمين منتفخه وتعورني",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 34},
		"both ankles are a bit puffy after the long haul flight",
		"so jet lagged, cant sleep at night, no leg swelling",
		"slept on the plane and my neck aches a bit",
		"نمت في الطياره وتعبان شوي",
	)
}

// TestNotTalkingAboutSomethingIsNoSpeechLost: "not talking about hurting
// himself" is what is said, not speech lost (RF-STROKE-04); speech slurred
// or stopped is still a stroke sign (NICE NG128).
func TestNotTalkingAboutSomethingIsNoSpeechLost(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 38},
		"hes not violent or anything and not talking about hurting himself",
		"my son is not talking about what happened at school, very quiet",
		"she isnt talking about her feelings much lately",
		"ما يتكلم عن اللي صار معه بالمدرسه",
		"مش بيتكلم عن اللي حصل",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"dad is not talking properly and his face is drooping",
		"she suddenly stopped talking and cant lift her arm",
		"he is slurring his words since an hour",
	)
}

// TestRacingSpeechAndNoSleepAreAManiaForToday: days without sleep beside
// racing speech, or delusions told by the family, are a possible mania or
// first psychosis for a same-day crisis assessment (NICE CG185 1.2, CG178
// 1.3), not an emergency and not a routine visit; a night of poor sleep is
// neither.
func TestRacingSpeechAndNoSleepAreAManiaForToday(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 38},
		"he hasnt slept in like 4 days, talking a mile a minute",
		"my sister hasnt slept for days and has racing thoughts, cant stop talking",
		"he says the tv is sending him messages",
		"my husband thinks people are spying on him and reading his mind",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 38},
		"he hasnt slept in like 4 days, talking a mile a minute",
		"he says the tv is sending him messages",
	)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 30},
		"my son hasnt slept well, bad cough",
	)
}

// TestAHangoverIsNoHeadacheWithVomitingForToday: a headache and a vomit
// told as a hangover in their own sentence are self-care (NHS: Hangover
// cures); a headache with vomiting of no told cause is UR-NEURO-02's, and a
// sudden worst headache after drinking is still an emergency.
func TestAHangoverIsNoHeadacheWithVomitingForToday(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 26},
		"bad hangover tbh, headache and felt sick, threw up once this morning",
		"hungover, threw up twice and my head is pounding",
		"drank too much last night, headache and threw up",
	)
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 26},
		"headache and threw up twice this morning",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 26},
		"hungover but this is different, sudden worst headache of my life like being hit with a bat, vomiting",
	)
}

// TestAFirstPeriodsCrampsAreSelfCare: a girl's first period and its
// cramps are period pain, self-care (NICE CKS Dysmenorrhoea), not a routine
// women's health visit.
func TestAFirstPeriodsCrampsAreSelfCare(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 13, Sex: "f"},
		"got my first period and its really crampy is that normal lol",
		"my daughter got her first period, she has cramps",
		"my period started and i have cramps",
	)
}

// TestABackThatHasGoneIsABackPain: "back's gone", "did my back in",
// "pulled my back" after lifting are low back pain, self-care (NICE NG59);
// a back gone with numbness down there and no control of the bladder is
// still cauda equina's emergency.
func TestABackThatHasGoneIsABackPain(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 40, Sex: "m"},
		"backs gone again after lifting the mower, ache low down. can walk fine",
		"did my back in lifting the sofa",
		"pulled my back at the gym yesterday",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 40, Sex: "m"},
		"did my back in lifting, now numb between my legs and cant control my bladder",
	)
}

// TestStrongCoffeeIsNoSeverePalpitation: how strong the coffee was is not
// how bad the palpitations are (routine, NICE CKS Palpitations); with a
// faint or chest pain they are still an emergency.
func TestStrongCoffeeIsNoSeverePalpitation(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 41, Sex: "f"},
		"sometimes my heart beating fast after strong coffee, go away after few minutes",
		"heart racing a bit after a strong tea",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 41, Sex: "f"},
		"heart racing after strong coffee and i fainted",
	)
}

// TestAWeakStreamIsTheProstates: a weak stream and getting up at night to
// pee, as men tell them, are lower urinary tract symptoms for urology
// (NICE CG97), routine; a man who cannot pass urine at all with belly pain
// is still a retention, urgent.
func TestAWeakStreamIsTheProstates(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "urology", Facts{AgeYears: 62, Sex: "m"},
		"i get up like 4 times a night to pee and the stream is kinda weak",
		"my flow is weak and stop start, dribbling after",
		"waterworks have been slow for a year or so",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 62, Sex: "m"},
		"i get up like 4 times a night to pee and the stream is kinda weak",
	)
}
