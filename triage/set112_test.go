package triage

import "testing"

// Training set 112 (seventeenth session): plain emergencies told plainly in
// the first message, mostly in second-language English (pilgrims and
// workers from South Asia, Africa, Indonesia, Turkey) and Arabizi, with
// look-alikes that are not emergencies. The tests below hold the families
// its first run showed, each in several wordings, most not in the set.

// TestAFitWithoutItsArticle: second-language English drops the article
// ("my friend is having fit, shaking whole body and foam from mouth,
// already 7 minute still not stop", h112-014, a first fit of seven minutes
// read as nothing, routine). "having fit", foam at the mouth however it is
// worded, and the Gulf's and the Levant's «جاله نوبة» are a fit; a fit
// still going is RF-SEIZ-02. Getting fit, a fit of coughing, clothes that
// fit and a toothpaste's foam are not.
func TestAFitWithoutItsArticle(t *testing.T) {
	e := mustLoad(t)
	adult := Facts{AgeYears: 24, Sex: "m"}
	redFlagIs(t, e, "RF-SEIZ-01", true, adult,
		"my friend is having fit, shaking whole body and foam from mouth, already 7 minute still not stop. he never had this before",
		"my brother having fit on the floor, please help",
		"he had fit just now in the mosque and still not wake up properly",
		"white foam coming out his mouth and his body is jerking",
		"my son has foam in mouth and eyes rolling up",
		"ابوي جاله نوبه وجسمه يرتجف",
		"اخوي جاتله نوبه الحين",
		"my son is epileptic and his fit is still not stopping after 6 minutes",
	)
	redFlagIs(t, e, "RF-SEIZ-02", true, adult,
		"my friend is having fit, shaking whole body and foam from mouth, already 7 minute still not stop. he never had this before",
		"she is having seizure and still shaking, more than 5 min",
	)
	redFlagIs(t, e, "RF-SEIZ-01", false, adult,
		"i want to get fit, which exercise is good for my back pain",
		"he had fit of coughing and vomit once, now ok",
		"toothpaste foam in his mouth, he swallowed a bit of it",
		"these new shoes dont fit and my heel has a blister",
		"my son had fit last year, fine since, need his follow up",
	)
}

// TestManyTabletsGathered: tablets gathered in a number no prescription
// gives ("i collected many tablets from madam cupboard and i will take all
// tonight when family sleep", h112-008) are the means made ready, and "take
// all tonight" the act set for a time: with a wish not to live, a plan
// (RF-MH-01; C-SSRS preparatory behaviour). Tablets collected from the
// pharmacy, and a dose asked about, are not.
func TestManyTabletsGathered(t *testing.T) {
	e := mustLoad(t)
	woman := Facts{AgeYears: 26, Sex: "f"}
	redFlagIs(t, e, "RF-MH-01", true, woman,
		"i dont want to live anymore. i collected many tablets from madam cupboard and i will take all tonight when family sleep. nobody can help me",
		"i have gathered lots of pills, i dont want to live",
		"saved so many sleeping pills, tired of life",
		"i have many tablets of my mother, i will take all tonight, i am tired of this life",
		"gama3t 7bob keteer w ha5odhom el leila",
	)
	redFlagIs(t, e, "RF-MH-01", false, woman,
		"i collected many tablets from the pharmacy for my mother",
		"can i take all tonight or half in morning? my doctor gave 2 tablets",
		"i collected all the tablets for my father's new prescription, which one is for sugar",
	)
}

// TestAChestPressedToldApart: a sore chest told in one short sentence and
// the press or the twist that brings it on in the next ("chest pain on
// right side since yesterday after i lift many cement bag at site. pain
// only when i press on it or turn my body", h112-029) is the chest wall's,
// as it is told in one sentence (NICE CG95: chest wall tenderness makes a
// cardiac cause less likely). A press told of another part is that part's,
// and a pain that sweats is still RF-CHEST-01.
func TestAChestPressedToldApart(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"chest pain on right side since yesterday after i lift many cement bag at site. pain only when i press on it or turn my body, breathing is ok, no sweat.",
		"my chest is sore since i carry the luggage. pain when i press on it, otherwise fine",
		"left side chest pain from gym yesterday. it hurts when i twist or press on it",
	} {
		if !present(t, e, text, "chest_wall_chest") {
			t.Errorf("%q: no chest wall read", text)
		}
	}
	for _, text := range []string{
		"i have chest pain since morning. my knee hurts when i press on it",
		"chest pain since an hour. my back also hurts when i press on it",
	} {
		if present(t, e, text, "chest_wall_chest") {
			t.Errorf("%q: another part's press read as the chest wall", text)
		}
	}
	redFlagIs(t, e, "RF-CHEST-01", true, Facts{AgeYears: 55, Sex: "m"},
		"i have chest pain since an hour. sweating a lot. pain more when i press on it",
	)
	// the knee's press keeps nothing off: a chest pain since the morning
	// is RF-CHEST-04's (TestAKneeSorePressedLeavesTheChestPain)
	urgencyIs(t, e, Emergency, "emergency_medicine", Facts{AgeYears: 55, Sex: "m"},
		"i have chest pain since morning. my knee hurts when i press on it",
	)
	urgencyIs(t, e, SelfCare, "general_practice", Facts{AgeYears: 28, Sex: "m"},
		"chest pain on right side since yesterday after i lift many cement bag at site. pain only when i press on it or turn my body, breathing is ok, no sweat.",
	)
}

// TestComeBackToMeIsNoVomiting: «رجع» is vomiting in the Gulf, but «رجع
// ليا», «رجعت لي» written apart is "came back to me" ("rje3 lia lwje3 f
// jenbi", h112-035, a known stone's pain back again read as vomiting), as
// «رجعلي» glued already is. «رجع» alone, or counted, stays vomiting.
func TestComeBackToMeIsNoVomiting(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"rje3 lia lwje3 f jenbi",
		"رجع ليا الوجع في جنبي",
		"rj3at liha s5ana",
		"رجعت لي الحراره اليوم",
	} {
		if present(t, e, text, "vomiting") {
			t.Errorf("%q: read as vomiting", text)
		}
	}
	for _, text := range []string{"ولدي رجع مرتين", "rja3 3 marrat", "رجعت 3 مرات من الصبح"} {
		if !present(t, e, text, "vomiting") {
			t.Errorf("%q: no vomiting read", text)
		}
	}
}
