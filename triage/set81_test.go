package triage

import "testing"

// Set 81: pilgrims and their companions, most of them writing English as
// a second language. Each test holds a family, in English and several
// dialects, with the look-alikes that must not change.

// TestAnAntibioticAskedAboutIsNoAllergen: an antibiotic the writer asks
// whether to take or buy is none taken, so a tooth's swollen cheek is no
// anaphylaxis (h81-021); one taken before the swelling still is
// (Resuscitation Council UK anaphylaxis 2021).
func TestAnAntibioticAskedAboutIsNoAllergen(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my tooth is killing me and my cheek is swelled. Can i take antibiotic from pharmacy?",
		"can i buy antibiotics without prescription, my gum is swollen",
		"is it ok to take antibiotic for my tooth",
		"سني وجعني وخدي وارم، اقدر اخذ مضاد حيوي من الصيدليه؟",
		"ضرسي واجعني ووشي وارم، ينفع اخذ مضاد حيوي؟",
		"ضرسي عم يوجعني، فيني اخد مضاد حيوي؟",
		"ضرسي كيضرني وخدي منفوخ، نقدر ناخد مضاد حيوي من الفرمسيان؟",
	} {
		if present(t, e, text, "allergy_trigger") {
			t.Errorf("%q: allergy_trigger read", text)
		}
	}
	for _, text := range []string{
		"my face is swelling after the antibiotic",
		"took an antibiotic an hour ago and now my lips are swollen",
		"وجهي انتفخ بعد المضاد",
	} {
		if !present(t, e, text, "allergy_trigger") {
			t.Errorf("%q: allergy_trigger not read", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 30}, "my face is swelling after the antibiotic")
}

// TestInsulinLostAsTheObjectOfTheLosing: insulin lost, forgotten or
// spoiled in the heat, told in one phrase ("lost my insulin bag", h81-018)
// or in the Maghreb's and Egypt's words for lost, needs a supply the same
// day (NICE NG17 1.8); weight or appetite lost on insulin does not.
func TestInsulinLostAsTheObjectOfTheLosing(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-DIAB-03", true, Facts{AgeYears: 54},
		"lost my insulin bag on the bus back from Mina, sugar 290 but I feel ok",
		"i lost all my insulin in the airport",
		"my father forgot his insulin in the hotel in Madinah",
		"my insulin got spoiled in the heat of the bus",
		"I cant find my insulin pens since yesterday",
		"تودر ليا الانسولين فالحج",
		"الانسولين تاه مني في منى",
		"ضيعت ابر الانسولين",
	)
	amberOf(t, e, "UR-DIAB-03", false, Facts{AgeYears: 54},
		"I am on insulin for years and I have lost 3 kilos since the summer",
		"lost my appetite since starting insulin",
	)
}

// TestACountToldWithItsHalf: "three and a half weeks" is a count of
// weeks, so a cough of more than three weeks is a GP visit (NICE NG120;
// h81-026); a week and a half is still under two.
func TestACountToldWithItsHalf(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 47},
		"I have had this cough for three and a half weeks, no fever",
		"cough for 2 and a half weeks",
		"cough for three and half weeks",
		"cough since one and a half month",
		"كحه من اسبوعين ونص",
	)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 47},
		"cough for a week and a half, no fever",
	)
}

// TestAChafeIsTheSkins: thighs rubbed raw by the walking or the ihram are
// a chafe for home care (NHS: Chafing; NICE CKS Intertrigo), not a limb's
// injury, and the side of a limb is not the loin (h81-039); a loin pain,
// and a twisted knee that bears no weight, stay what they were.
func TestAChafeIsTheSkins(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "dermatology", Facts{AgeYears: 47},
		"the inner side of my thighs is red and paining from walking in ihram, skin is rubbed",
		"my thighs are chafed and red from walking, what cream",
		"between my thighs red and raw from the ihram rubbing",
		"kulit paha saya lecet karena ihram",
		"تسلخات بين فخادي من المشي",
		"فخادي بيحكو في بعض من المشي واحمروا",
	)
	urgencyIs(t, e, Routine, "orthopedics", Facts{AgeYears: 47},
		"pain in the side of my leg when walking",
	)
	urgencyIs(t, e, Urgent, "orthopedics", Facts{AgeYears: 47},
		"twisted my knee and the inner side is swollen and painful, cant walk on it",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 60},
		"sudden severe pain in my left side going down to my groin",
	)
}

// TestAnOlderPersonsStomachBugWithAFever: diarrhoea or vomiting with a
// fever at 65 or over is seen the same day (NICE CKS Gastroenteritis;
// h81-017); the same at 30, or with no fever, is not.
func TestAnOlderPersonsStomachBugWithAFever(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-GI-03", true, Facts{AgeYears: 70},
		"my mother has diarrhea 4 days now, 5-6 times in the day, little fever also. She is drinking tea and water",
		"امي عندها اسهال من ٣ ايام وحرارة",
		"ماما عندها اسهال وسخونية من امبارح",
		"ستي عم تستفرغ ومعها حرارة",
		"مي عندها الاسهال والسخانة",
	)
	amberOf(t, e, "UR-GI-03", false, Facts{AgeYears: 70},
		"my father has diarrhoea since yesterday, no fever, drinking well",
	)
	amberOf(t, e, "UR-GI-03", false, Facts{AgeYears: 30},
		"diarrhoea and a fever since last night",
	)
}

// TestAWornJointThatStillWalks: walking on it is a mild sign of a new
// twist (Ottawa), not of a joint that has hurt for a long time: that is a
// GP visit (NICE NG226; NHS: Knee pain; h81-028). A fresh twist that bears
// weight is still home care.
func TestAWornJointThatStillWalks(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 69},
		"his knee pain already long time, now worse after many walking for umrah. No fall. He can still walk slowly",
		"my knees have hurt for months, I can walk but slowly",
	)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 38},
		"Rolled my ankle on a kerb outside the hotel. It's a bit swollen but I can walk on it, just sore",
	)
}
