package triage

import "testing"

// Training set 71 (fourteenth session): 40 pilgrims and travellers at
// Arafat, Mina, Muzdalifah, the Haram, on Umrah, in hotels in Makkah and
// Madinah, on long flights and buses; 16 second-language English writers
// (Nigeria, Pakistan, Indonesia, Malaysia, Bangladesh, Turkey, Egypt,
// Senegal, India), 4 native English, 12 Arabic script (Gulf, Levantine,
// Egyptian) and 8 Arabizi; 15 emergencies, 12 of them behind a mild first
// message. Its first run (-missing=no) caught 14 of 15 emergencies and
// sent 2 of 25 non-emergencies to the emergency number. It missed a
// one-sided swollen red calf two days after a long flight told as "flight
// was long and she was sitting whole time" (h71-003: the journey and its
// length told apart were not a long journey), and over-triaged acute
// retention told as "cannot make urine ... lower belly hurting and hard"
// (h71-016: a full bladder read as a rigid belly), and a heart attack
// dated "sanat 2019" in Arabizi (h71-033: the Arabizi year word did not
// date it). Lesser misreadings: a diabetic's burning feet at night read as
// a burn (h71-032), a burst blister ("one is broken") as a fracture
// (h71-034), "not done toilet 3 days" as nothing (h71-039), and a child
// "not hurt only small scratch" whose scratch the negation swallowed
// (h71-038).

// TestSet71ALongJourneyToldApartIsTravel: a one-sided swollen calf after a
// long flight or bus journey is a suspected DVT (NICE NG158 1.1; policy),
// however the journey's length is told.
func TestSet71ALongJourneyToldApartIsTravel(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 70},
		"my mother 70, flight was long and she was sitting whole time. now her left calf is swell and red and paining",
		"my dad's right calf is swollen and sore since the flight from Kano, 11 hours on the plane",
		"امي بطة رجلها اليسار منفوخه وحمرا وتوجعها، الرحلة من لاهور كانت طويلة وهي قاعدة",
		"ابوي رجله اليمين منتفخه ومحمره، جلسنا ١٤ ساعه بالباص من الاردن",
		"mama batt rijlha el yamin manfookha w 7amra ba3d el ri7la el tawila",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 50},
		"the bus from Madinah took 6 hours and now my knees ache from the walking, both legs tired",
		"flight was long, both ankles a bit puffy in the evening",
		"the flight was long and I have a headache and feel tired",
		"الرحلة كانت طويلة وتعبان شوي وراسي يوجعني",
	)
}

// TestSet71UrineOnlyInDropsIsRetention: a man who cannot pass urine, his
// lower belly hard, is acute retention, urgent (policy; NHS: Urinary
// retention), not a rigid abdomen; a hard belly without it still is.
func TestSet71UrineOnlyInDropsIsRetention(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 66, Sex: "m"},
		"since this morning he cannot make urine at all, only few drops, and his lower belly is hurting and hard",
		"my father cant make urine since morning, only few drops come, his belly is hard and paining",
		"ابوي ما يطلع منه بول من الصبح، يطلع نقطه نقطه، وبطنه تحت قاسيه وتعوره",
	)
	for _, text := range []string{
		"since this morning he cannot make urine at all, only few drops, and his lower belly is hurting",
		"ابوي البول ما يطلع من الصبح وبطنه تحت يعوره",
	} {
		if d := e.Classify(text, Facts{AgeYears: 66, Sex: "m"}); d.Urgency != Urgent {
			t.Errorf("%q: %s; want urgent (acute retention)", text, d.Urgency)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 66, Sex: "m"},
		"belly is hard as a board and very painful",
		"بطنه قاسيه وتعوره مره",
	)
}

// TestSet71AYearInArabiziDatesAHeartAttack: a heart attack dated to a year
// in Arabizi ("sanat 2019") is history (policy: a past event followed up is
// not an emergency); a chest pain now still is.
func TestSet71AYearInArabiziDatesAHeartAttack(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 60, Sex: "m"},
		"ana 60 sana, 3amalt azma 2albeya sanat 2019 w 3amalt da3amat. 3ayez a3mel el metab3a m3 doktor el 2alb",
		"fi sanat 2019 gatni azma 2albeya, delwa2ty kwayes w 3ayez metab3a",
		"جاتني جلطه قلبيه سنت 2019، ابي موعد متابعه",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 60, Sex: "m"},
		"3andy wag3 shedid fe sedry w 3ara2 delwa2ty",
		"gatni azma 2albeya sanat 2019 w delwa2ty 3andy wag3 fe sedry",
	)
}

// TestSet71LesserMisreadings: a burst blister is no fracture, a diabetic's
// feet that burn at night are no burn, "not done toilet" is constipation,
// and "only" stops a negation ("not hurt only small scratch").
func TestSet71LesserMisreadings(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"too much walking for umrah, now my both heels got blisters like water bubble, one is broken. No red around",
		"I am diabetic 12 years, my two feet tingle and numb, at night it burn me. No wound on the feet",
		"after long bus journey i have not done toilet 3 days, stomach feel full. no vomit",
	)
	for _, c := range []struct {
		text string
		want Urgency
	}{
		{"too much walking for umrah, now my both heels got blisters like water bubble, one is broken. No red around", SelfCare},
		{"after long bus journey i have not done toilet 3 days, stomach feel full. no vomit", SelfCare},
		{"I am diabetic 12 years, my two feet tingle and numb, at night it burn me. No wound on the feet", Routine},
		{"I twisted my ankle, I think it is broken, very swollen", Urgent},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 40}); d.Urgency != c.want {
			t.Errorf("%q: %s; want %s", c.text, d.Urgency, c.want)
		}
	}
	a := e.read("he is not hurt only small scratch on his knee")
	if !a.present[e.lex.index["wound"]] {
		t.Errorf("not hurt only small scratch: the scratch should be read")
	}
}
