package triage

import "testing"

// Training set 126 (eighteenth session): plainly told emergencies in
// Maghrebi Arabic, Arabizi and second-language English, with look-alikes.
// The tests below hold the families its first run showed, each in several
// spellings and dialects, most not in the set.

// TestTheMaghrebsHiblaIsAPregnancy: «حبلة» is "pregnant" in Tunisian,
// Libyan and Algerian Arabic. Read as no pregnancy, a wife at 33 weeks with
// a severe headache, stars before her eyes and a swollen face (h126-007)
// was a routine headache, not RF-PREG-03 (pre-eclampsia: NHS, NICE NG133).
// Eyes that "see stars" told in the Maghreb's plural («عينيها يشوفو
// نجوم») are the changed sight. «حبل» (a rope) stays no pregnancy.
func TestTheMaghrebsHiblaIsAPregnancy(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 30, Sex: "f"}
	redFlagIs(t, e, "RF-PREG-03", true, f,
		"مرتي حبلة في الشهر الثامن، عندها وجع راس قوي و عينيها يشوفو نجوم",
		"انا حبلة و راسي يوجع فيا برشا",
		"انا حبله في الشهر السابع و راسي يضرب فيا برشا و نشوف النجوم",
		"مرتو حبلة و عندها صداع قوي و وجهها منفوخ",
	)
	if !present(t, e, "انا حبلة في الشهر السادس", "pregnancy_word") {
		t.Errorf("«انا حبلة» read no pregnancy")
	}
	for _, text := range []string{"شرا حبل جديد للبير", "the rope (7abel) is for the well"} {
		if present(t, e, text, "pregnancy_word") {
			t.Errorf("%q read a pregnancy", text)
		}
	}
	redFlagIs(t, e, "RF-PREG-03", false, f,
		"انا حبلة و عندي وجع راس خفيف",
	)
}

// TestAnEyeOneCannotSeeWithIsSightLost: an eye "one does not see with"
// (Egyptian «مش بتشوف بيها», Maghrebi «ما كتشوفش بيها») or a curtain that
// came down over it is sudden sight loss, RF-EYE-01 (NHS: Vision loss;
// RCOphth): h126-023, a mother's right eye gone blind in half an hour, was
// routine. A bare «مش بتشوف» (she doesn't see someone, the point) is not.
func TestAnEyeOneCannotSeeWithIsSightLost(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 58, Sex: "f"}
	redFlagIs(t, e, "RF-EYE-01", true, f,
		"عينها اليمين مش بتشوف بيها خالص فجأة",
		"mama fag2a 3enha el yemeen mesh bet shoof beeha 5ales",
		"فجأة عيني الشمال مبشوفش بيها",
		"بابا عينو اليسرى ما كيشوفش بيها من الصباح",
		"حسيت كانها ستاره نزلت على عيني",
	)
	redFlagIs(t, e, "RF-EYE-01", false, f,
		"مش بتشوف فايده من الدوا",
		"ماما مش بتشوف الدكتور غير الشهر الجاي",
		"عيني حمرا وبتاكلني بس بشوف كويس",
	)
}

// TestAChemicalSplashInAnothersEyeIsAnEmergency: a chemical splashed "in
// his right eye" (a workmate's alkali, h126-030) is RF-EYE-02 (NHS: Eye
// injuries - chemical splashes, A&E; RCOphth); only "my eye" was read, and
// the chemical named seven words before the eye was too far. Plain water
// splashed in the eye at a pool is not.
func TestAChemicalSplashInAnothersEyeIsAnEmergency(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 30}
	redFlagIs(t, e, "RF-EYE-02", true, f,
		"my friend get the cleaning chemical (sodium hydroxide) splash in his right eye, very red",
		"bleach splashed in her left eye while cleaning, she is screaming",
		"the descaler splash into his eye at work",
		"الخدام طرطش في عينو جافيل",
		"طرطشت في عينها ماء جافيل وهي تنظف",
	)
	redFlagIs(t, e, "RF-EYE-02", false, f,
		"my son got some water splashed in his eye at the pool, bit red",
		"water splashed in my eye in the shower, it stings a bit",
		"my eye is itchy and red since yesterday",
	)
}

// TestTeaSpiltOnAChildInArabiziIsAScald: Arabizi "shay" (tea) is read as
// «شي» (something), and Egyptian "3aleh" (on him) was not read at all: hot
// tea spilt on a 4-year-old's chest and tummy with large blisters
// (h126-024) was a fever. Something hot spilt "on" someone is a scald
// either way (NHS: Burns and scalds; NICE CKS Burns and scalds: a large
// scald in a child is the emergency department's). A hot feeling in the
// body is no scald.
func TestTeaSpiltOnAChildInArabiziIsAScald(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 4}
	redFlagIs(t, e, "RF-BURN-03", true, f,
		"ebny 3ando 4 snin, etdala2 3aleh shay soo5n 3ala sedro w batno, el gild etshala7 w 3amel fa2a3at kbeera",
		"bnti tka3bet 3liha chay s5oun 3la yddha",
		"wlad 5alti waqa3 3alaih shay 7aar 3ala rijleh, fi fuqa3at",
	)
	for _, text := range []string{"اتدلق عليه شي سخن", "etdala2 3aleha shay so5n"} {
		if !present(t, e, text, "burn") {
			t.Errorf("%q read no burn", text)
		}
	}
	for _, text := range []string{"7assa b shay so5n fi gesmi", "el dakatra 2alet 3aleh eno kwayes"} {
		if present(t, e, text, "burn") {
			t.Errorf("%q read a burn", text)
		}
	}
}

// TestABabysMonthsLessSomeWeeksIsUnderThem: a baby's age told as months
// less some weeks («3 شهور الا جوج سيمانات», 3 months less two weeks) is
// under the months told: read as 3 months, a fever of 38.6 at 2½ months
// (h126-004) was urgent, not RF-CHILD-04 (any fever of 38 or more under 3
// months, NICE NG143 1.3). «الا» is a clause break, so the weeks open the
// next clause right after the unit. Months "but for two weeks" (a
// duration) and months with a comma before the weeks are not.
func TestABabysMonthsLessSomeWeeksIsUnderThem(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-CHILD-04", true, Facts{},
		"ولدي عندو 3 شهور الا جوج سيمانات، عندو السخانة 38.6",
		"بنتي عمرها 3 شهور الا اسبوع وعندها حرارة 38.2",
		"بنتي عندها 3 شهور الا سيمانة و عندها سخانة 38.5",
	)
	redFlagIs(t, e, "RF-CHILD-04", false, Facts{},
		"بنتي عندها 3 شهور و عندها سخانة 38.5",
		"ولدي عمرو 3 شهور بس من اسبوعين عندو سخانة 38.5",
		"بنتي عمرها 3 شهور، اسبوعين وهي عندها حرارة 38.2",
	)
}

// TestTheMaghrebsBilaIsABattery: the French pile in Arabic letters with its
// feminine ending («بيلة», Libyan, Tunisian, Algerian) is a battery: a
// 3-year-old who «بلع بيلة صغيرة متاع التليكوموند» (h126-009) was routine
// at the first message. A swallowed button battery is RF-POISON-01 (NHS:
// button batteries, A&E straight away; CAPT). Batteries bought, no one
// swallowing, are not.
func TestTheMaghrebsBilaIsABattery(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 3}
	redFlagIs(t, e, "RF-POISON-01", true, f,
		"ولدي عمره 3 سنين بلع بيلة صغيرة متاع التليكوموند، توا يلعب عادي",
		"بنتي كلات بيلة ديال الساعة",
		"الطفل بلع بيله صغيره",
	)
	redFlagIs(t, e, "RF-POISON-01", false, f,
		"شريت بيلات جداد للريموت وولدي عندو سخانة",
	)
}
