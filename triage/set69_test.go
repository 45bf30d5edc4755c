package triage

import "testing"

// Set 69 was written blind at the start of a fourteenth-session task:
// Egyptian and Maghrebi Arabic (Moroccan, Algerian, Tunisian) in Arabic
// script and in Arabizi, fifteen emergencies, twelve of them behind a mild
// first message («عندي شوية حموضة في صدري», "rasi ywja3ni, kayen dwa ghir
// doliprane?"), and twenty-five everyday non-emergencies. Its first run
// caught fourteen of fifteen emergencies with -missing=no and all fifteen
// strict. The miss was a Tunisian back from Abidjan with a fever and a
// headache he called "grippe" (h69-036): the city was no malaria area the
// lexicon knew, the "grippe" made the fever a cold's, so the malaria
// question was never asked and the case went urgent to neurology. Below
// the emergency line, «كل ما اكل كشري ... حرقان في فم المعده» (heartburn,
// h69-014) was a rash sent to dermatology, as koshari was read as ك + شري
// (hives); and a Moroccan baby whose teeth «كيخرجو» (are coming out) at
// 37.8 (h69-020) was no teething, as only «طلع» was known for it.

// TestSubSaharanCitiesAreMalariaAreas: a fever after a stay in a city or a
// country south of the Sahara, named as Egyptians and the Maghreb name it
// (the city, the French spelling), is suspected malaria (project policy;
// UKHSA malaria guidelines; RF-TRAVEL-01). North Africa is not a malaria
// area, and «بنين» (sons) is not Benin.
func TestSubSaharanCitiesAreMalariaAreas(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 36},
		"3andi skhana w sda3 chwaya men lbareh, grippe 3adi? rja3t men abidjan jem3a lfetet",
		"3andi s5ana w rasi kayderni, ana ja mn cameroun hadi 3 simanat",
		"j'ai de la fievre et des frissons, je suis rentree de Dakar",
		"sokhna w ra3sha, rege3t men kinshasa el osboo3 elli fat",
		"عندي سخانة و صداع، رجعت من ابيدجان",
		"jit mn bamako hadi chhar w 3andi skhana w ber3da",
		"3andi skhana, rje3t mn cote d'ivoire",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 6},
		"weldi fih skhana, kan m3a bah f senegal chhar li fat",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 36},
		"عندي بنين وبنت والكبير عندو سخانة",
		"رجعت من ابيدجان الشهر الماضي ومحتاج شهادة صحية للشغل",
		"3andi skhana w sda3, kont f afrique du nord",
		"ana mn tunis w 3andi skhana w sda3",
	)
	if present(t, e, "عندي سخانة، رجعت من السفر في شمال افريقيا", "malaria_area") {
		t.Error("North Africa read as a malaria area")
	}
}

// TestKoshariIsNoRash: koshari, Egypt's dish, is not ك + شري (hives); the
// hives themselves still are a rash.
func TestKoshariIsNoRash(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"كل ما اكل كشري ولا اكل حراق بيجيلي حرقان في فم المعده",
		"اكلت الكشري وبطني وجعتني",
	} {
		if present(t, e, text, "rash") {
			t.Errorf("%q: koshari read as a rash", text)
		}
	}
	if !present(t, e, "طلع عندي شرى في جسمي كله بعد السمك", "rash") {
		t.Error("hives no longer read as a rash")
	}
	classifiedAs(t, e, false, Facts{AgeYears: 24},
		"كل ما اكل كشري ولا اكل حراق بيجيلي حرقان في فم المعده وطعم حمضان في بقي، اخد ايه",
	)
}

// TestTeethComingOut: a baby's teeth "coming out" (خرج), as the Maghreb and
// Egypt say it, and «طالعين له سنان» are teething (NHS: Baby teething
// symptoms); an adult's tooth that hurts is not.
func TestTeethComingOut(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عندها 8 شهور كيخرجو ليها السنان، كتبكي شوية",
		"ابني ٧ شهور سنانه بتخرج ومش مبطل عياط",
		"طالعين له سنان وحرارته 37.5",
	} {
		if !present(t, e, text, "teething_word") {
			t.Errorf("%q: teething not read", text)
		}
	}
	if present(t, e, "ضرسي بيخرج ومش عارف انام من الوجع", "teething_word") {
		t.Error("an adult's aching tooth read as teething")
	}
	classifiedAs(t, e, false, Facts{AgeYears: 0, AgeMonths: 8},
		"بنتي عندها 8 شهور كيخرجو ليها السنان، كتبكي شوية و كدخل يديها لفمها، الحرارة 37.8 واش عادي",
	)
	if d := e.Classify("بنتي عندها 8 شهور كيخرجو ليها السنان، كتبكي شوية و كدخل يديها لفمها، الحرارة 37.8 واش عادي", Facts{AgeMonths: 8}); d.Urgency != SelfCare {
		t.Errorf("teething at 37.8: %s, want self-care", d.Urgency)
	}
}
