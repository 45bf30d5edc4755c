package triage

import "testing"

// Training set 111 (seventeenth session): Arabizi in the four regions,
// digits for letters, as young people and relatives type on a phone. The
// tests below hold the families its first run showed, each in several
// spellings and dialects, most not in the set.

// TestTheLeftIsNoMaghrebiLot: "il yasar" (the left, with its article) also
// spells ياسر, the Maghreb's "a lot"; with the article stripped a known
// stone's pain on the left was severe (h111-005). The side keeps no
// severity; the Maghreb's «ياسر» after a pain still does.
func TestTheLeftIsNoMaghrebiLot(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"rja3li nafs il alam fil janb il yasar min ams",
		"3andi alam fil janb el yasar",
		"wja3 f jenbi l yasar",
		"الالم في الجنب الياسر",
	} {
		if present(t, e, text, "severe") {
			t.Errorf("%q: read as severe", text)
		}
	}
	for _, text := range []string{"عندي وجيعة في كرشي ياسر", "الكحة ياسر"} {
		if !present(t, e, text, "amount_word") {
			t.Errorf("%q: the Maghreb's ياسر not read", text)
		}
	}
}

// TestABigPainIsNoLeg: «كبير» (big) was read as ك + بير, the Urdu foot
// (پیر folded), so "wja3 kbir barcha fel testicule" was a leg's pain for
// orthopaedics, and a "big" pain is a strong one in the Maghreb and in MSA
// (h111-033). Tunisia's "y9ayyi" is vomiting.
func TestABigPainIsNoLeg(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"وجع كبير في الخصية", "عندي وجع كبير في بطني", "راسو كبير"} {
		if present(t, e, text, "leg") {
			t.Errorf("%q: read as a leg", text)
		}
	}
	redFlagIs(t, e, "RF-URO-01", true, Facts{AgeYears: 14, Sex: "m"},
		"wledi 3mrou 14 sna, fe9 mel noum b wja3 kbir barcha fel testicule issar, y9ayyi w ma ynajjamch yo9ef.",
		"wldi 3ndo wja3 kbir f l5osya",
		"ولدي عندو وجيعة كبيرة في الخصية",
		"ibni 3ando alam kbir fil 5isye w y9ayyi",
	)
	for _, text := range []string{"wledi y9ayyi mel sbe7", "bnti t9ayyi barcha", "9ayya marrtin"} {
		if !present(t, e, text, "vomiting") {
			t.Errorf("%q: no vomiting read", text)
		}
	}
}

// TestAKnownStonesPainAgain: the Gulf's «حصا» in the kidney ("79a fil
// kilya") and the same pain come back beside a stone named are a known
// stone's colic again, urgent (the service's policy), not RF-URO-02
// (h111-005). "7asa" alone is «حاسة» (feeling), no stone (h37-059,
// h46-060). A sudden severe loin pain with no stone told stays RF-URO-02.
func TestAKnownStonesPainAgain(t *testing.T) {
	e := mustLoad(t)
	man := Facts{AgeYears: 38, Sex: "m"}
	for _, text := range []string{
		"3indi 79a fil kilya min sanatain, w rja3li nafs il alam fil janb",
		"عندي حصوة في الكلية ورجعلي نفس الالم بالجنب",
		"3andi 7asa bil kilye w raje3li nafs el waja3",
		"i have a kidney stone and the same pain again on my right side",
	} {
		if !present(t, e, text, "known_stone") {
			t.Errorf("%q: no known stone read", text)
		}
	}
	redFlagIs(t, e, "RF-URO-02", false, man,
		"mar7aba, 3indi 79a fil kilya min sanatain, w rja3li nafs il alam fil janb il yasar min ams, mo wayed 8awi yiji w yroo7. ma 3indi 7arara",
		"عندي حصوة في الكلية ورجعلي نفس الالم بالجنب، الالم قوي مرة",
	)
	redFlagIs(t, e, "RF-URO-02", true, man,
		"فجأة جاني وجع قوي مرة في جنبي اليمين",
		"sudden severe pain in my left loin, cant sit still",
	)
	for _, text := range []string{
		"ya gama3a 3andi 7abba fe bo2i, 7asa en bo2i wala3",
		"7asa rooo7i bamoot",
		"7asa nafsi mo zain",
	} {
		if present(t, e, text, "kidney_stone") {
			t.Errorf("%q: read as a kidney stone", text)
		}
	}
}

// TestTheGulfsLaAfterAVerbIsToHim: "la" after a verb of coming out or
// happening ("6ala3 la jir7", a wound came up on him) is the Gulf's «له»,
// not the negation: it denied a diabetic's foot wound (h111-006), urgent
// in general practice. "la" before a noun alone still denies.
func TestTheGulfsLaAfterAVerbIsToHim(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "general_practice", Facts{AgeYears: 63, Sex: "m"},
		"abooy 3inda sukkar w 6ala3 la jir7 fi rijla ma y6eeb",
		"ubooy 3inda sukkar, 6ala3 la jir7 ta7t rijla min usbu3ain w ma y6eeb",
		"umi 3indaha sukkar w 9ar la jir7 fi rijlaha ma yabi y6eeb",
	)
	for _, text := range []string{"la 7rara la walo", "3indi kha8 bs la 7arara"} {
		if present(t, e, text, "fever") {
			t.Errorf("%q: the denied fever read", text)
		}
	}
}

// TestAPadChangedHourlyInArabizi: a pad changed every hour told with the
// English "pad" in Arabizi, Egypt's «بغير» (I change, not "without") before
// it, is UR-GYN-02 (NHS: Heavy periods), and «تقيلة» is a heavy period
// (h111-015). A pad not changed is nothing.
func TestAPadChangedHourlyInArabizi(t *testing.T) {
	e := mustLoad(t)
	woman := Facts{AgeYears: 34, Sex: "f"}
	amberOf(t, e, "UR-GYN-02", true, woman,
		"el period 3andi gat te2ila awy, b8ayyar el pad kol sa3a men el soboh",
		"el period te2ila, baghayar el pad kol sa3a",
		"el dawra 3andi 2awya, ba8ayar el pad kol sa3tein",
		"بغير ال pad كل ساعة من الصبح والدورة تقيلة",
	)
	amberOf(t, e, "UR-GYN-02", false, woman,
		"ana mesh bghayar el pad 5ales",
	)
	for _, text := range []string{"الدورة تقيلة هالمرة", "el period gat te2ila", "الدوره ثقيله كتير"} {
		if !present(t, e, text, "period_heavy") {
			t.Errorf("%q: no heavy period read", text)
		}
	}
}

// TestTheWorldBetterWithoutMe: "the world is better without me", the
// better told last, and the Arabizi "donia" (a Latin word of the lexicon's
// own phrases, left unread) are a passive wish: UR-MH-02 and the plan
// question, not the thoughts question whose yes is RF-MH-01 (h111-016).
func TestTheWorldBetterWithoutMe(t *testing.T) {
	e := mustLoad(t)
	young := Facts{AgeYears: 22, Sex: "m"}
	amberOf(t, e, "UR-MH-02", true, young,
		"ba2ali 2 shohor mesh 3ayez a3mel 7aga w saat bafakar en el donia men gheiri a7san",
		"el donya a7san men gheiri",
		"الدنيا احسن من غيري",
		"حاسس ان الدنيا بدوني احسن",
		"ahli a7san men gheiri",
	)
	askedOrNot(t, e, "mh_plan", true, young,
		"ba2ali 2 shohor mesh 3ayez a3mel 7aga w saat bafakar en el donia men gheiri a7san",
	)
	amberOf(t, e, "UR-MH-02", false, young,
		"el donia 7elwa",
		"el dawa men gheiro a7san",
	)
}

// TestHairFallingWithTheThyroid: hair falling out beside the thyroid named
// is the thyroid's sign, endocrinology (h111-018; NICE CKS
// Hypothyroidism); hair loss alone is still the skin clinic's.
func TestHairFallingWithTheThyroid(t *testing.T) {
	e := mustLoad(t)
	woman := Facts{AgeYears: 31, Sex: "f"}
	urgencyIs(t, e, Routine, "endocrinology", woman,
		"3ayza a3mel ta7aleel el ghoda (thyroid) 3ashan sha3ri bey2a3 w wazni zad",
		"I have an underactive thyroid and my hair is falling out",
		"عندي الغدة وشعري يطيح وايد",
	)
	urgencyIs(t, e, Routine, "dermatology", woman,
		"my hair is falling out, I need a dermatologist",
		"شعري بيقع جامد",
	)
}

// TestAnEpiPenBesideAFoodAsksTheThroat: an EpiPen named beside a food
// eaten or a sign is a known severe allergy meeting its allergen; the
// throat and the breathing are asked whatever else is told (h111-023: a
// cashew, a cough and a changed voice were asked only a cough's questions,
// self-care). The lips with the Levant's pronoun, their swelling in the
// plural and the cashew are read; an EpiPen's expiry asks nothing.
func TestAnEpiPenBesideAFoodAsksTheThroat(t *testing.T) {
	e := mustLoad(t)
	askedOrNot(t, e, "skin_swelling", true, Facts{AgeYears: 6, Sex: "m"},
		"ibn ekhte 3omro 6 snin akal kaju bel 3eed w 3am ysa3el, 3anna epipen bs ma ba3ref iza lazem",
		"my son ate a biscuit at a party and is coughing, we have his epipen",
		"ibni akal 7alawa fiha fosto2 w 3am ye7ok, ma3na el epipen",
	)
	askedOrNot(t, e, "skin_swelling", false, Facts{AgeYears: 30},
		"how long should I keep my epipen before it expires",
	)
	redFlagIs(t, e, "RF-ALLERGY-02", true, Facts{},
		"ibni akal kaju w shfafo nfa5o",
		"akalet fosto2 w shfafi wirmo",
		"binti akalet kaju w shfafha wermo",
		"ate cashews and my lips are swelling",
	)
}

// TestALumpFoundInTheBreast: a lump («حبة») found in the breast with the
// Levant's «ب» or the article is a new breast lump, urgent (UR-BREAST-02,
// the service's policy), not a pimple (h111-024). Itchy spots on the
// chest stay a rash.
func TestALumpFoundInTheBreast(t *testing.T) {
	e := mustLoad(t)
	woman := Facts{AgeYears: 41, Sex: "f"}
	amberOf(t, e, "UR-BREAST-02", true, woman,
		"la2eit 7abbe bel sder el yamin mn jem3a w ana 3am e3mel douche, ma bteja3",
		"لقيت حبة بالصدر اليمين",
		"fi lump bel sder",
		"la2et kitle b sedri",
		"l9it 7abba f sdri",
	)
	amberOf(t, e, "UR-BREAST-02", false, woman,
		"عندي حبوب بصدري بتحك",
	)
}

// TestTheKidneysWashingMissed: the kidney's washing told with the Levant's
// «كلوة» ("ghaseel kelwe") is dialysis, and a session missed without signs
// is urgent (UR-KIDNEY-02, the service's policy), not a routine question
// (h111-025).
func TestTheKidneysWashingMissed(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-KIDNEY-02", true, Facts{AgeYears: 66, Sex: "m"},
		"baba 3ando ghaseel kelwe 3 marrat bel jem3a, fawwat jalset mbere7",
		"baba 3ando ghasil kilwe w fawat el jalse",
		"بابا عنده غسيل كلوة وفوت الجلسة امبارح",
		"ummi 3indaha ghaseel kilya w ma ra7at il yom",
	)
}

// TestAToddlerTuggingAtTheEar: a small child pulling or tugging at an ear
// with a fever has an earache (NICE CKS Otitis media - acute): the ear's
// source is read and no malaria area is asked of a fever with no source
// (h111-026, where "not sure" went to the emergency number). A hand only
// put on the ear is left as it was (h41-019).
func TestAToddlerTuggingAtTheEar(t *testing.T) {
	e := mustLoad(t)
	toddler := Facts{AgeYears: 2, Sex: "f"}
	for _, text := range []string{
		"binte 3omra sentein 3am tebke w tshedd 3a dayneta w 3anda 7rara 38.5",
		"my 1 year old has a fever and keeps pulling at her ear",
		"ابني عنده حرارة وعم يشد على دينتو",
		"ebni sokhn w beyshed wedno",
		"wldi fih skhana w kayjbed wdnih",
	} {
		if !present(t, e, text, "ear_pain") {
			t.Errorf("%q: no earache read", text)
		}
	}
	askedOrNot(t, e, "fever_travel", false, toddler,
		"binte 3omra sentein 3am tebke w tshedd 3a dayneta w 3anda 7rara 38.5 sar 3 eyyam",
	)
	if present(t, e, "binti t7ot eedha 3ala ethenha w 7rartha 38.3", "ear_pain") {
		t.Errorf("a hand put on the ear read as an earache")
	}
}

// TestSmallPrintIsNoSightLost: not seeing the small print well is the
// long sight of age (NHS: Long-sightedness), not sudden sight lost
// (h111-028, RF-EYE-01 at 45). Sight lost suddenly stays RF-EYE-01.
func TestSmallPrintIsNoSightLost(t *testing.T) {
	e := mustLoad(t)
	adult := Facts{AgeYears: 45}
	redFlagIs(t, e, "RF-EYE-01", false, adult,
		"3omre 45 w sar 3ande ta3ab bel 3yoon 3al computer w ma 3am shouf el ktebe el zghire mnee7 mtl abel",
		"I cant see the small print anymore, need reading glasses?",
		"مش شايف الخط الصغير كويس",
		"ana 50 sana w ma bashof el kitaba el soghayara kwayes",
		"ma nchofch lktaba sghira mzyan",
	)
	redFlagIs(t, e, "RF-EYE-01", true, adult,
		"fja2a ma 3am shouf b 3ayne el yamin",
		"suddenly I cant see out of my left eye",
		"فجأة ما عدت اشوف بعيني",
	)
}

// TestSunburntShouldersAreNoHotJoint: shoulders red and sore after a day
// at the sea are sunburn, not a hot joint (UR-JOINT-01; h111-030); "7ott"
// (put) is no fish. A knee red, hot and swollen stays UR-JOINT-01.
func TestSunburntShouldersAreNoHotJoint(t *testing.T) {
	e := mustLoad(t)
	adult := Facts{AgeYears: 25, Sex: "m"}
	urgencyIs(t, e, SelfCare, "", adult,
		"ra7na 3al ba7er mbere7 w nsit el sunblock, kteefe 7mer w byewja3o lama el2os, bas ma fi fa22a3at. shu 7ott?",
		"fell asleep by the pool, my shoulders are red and sore",
	)
	amberOf(t, e, "UR-JOINT-01", true, adult,
		"my knee is red hot and swollen",
		"ركبتي منتفخة وحارة وحمرا",
	)
	if present(t, e, "shu 7ott 3aleh?", "allergy_trigger") {
		t.Errorf("7ott read as a fish")
	}
}

// TestTeethComingInThePlural: the teeth coming told with the plural verb
// («غادي يطلعو ليه السنان», "ghadi ytl3o lih snan") is teething, home care
// (h111-040; NHS: Baby teething symptoms).
func TestTeethComingInThePlural(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "pediatrics", Facts{AgeYears: 1},
		"bebe dyali 3ndo 3am w chhar, kaysil lih bzaf d lri9, 3la ma ban lia ghadi ytl3o lih snan. ma fih skhana",
		"binti 3am yetla3o snanha",
		"el bebe beytla3o snano",
	)
}

// TestWeGaveHimIsNoStabbing: the Gulf's "3a6ainah" (we gave him) spelled
// ع + طعنه, a stabbing, and a young man confused after football in the
// heat was major trauma (h111-003), not the heat illness asked about.
func TestWeGaveHimIsNoStabbing(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-TRAUMA-01", false, Facts{AgeYears: 22, Sex: "m"},
		"akhooy kan yil3ab kora il 39r fil 7ar, rij3 il bait rasa y3awra. 3a6ainah panadol w may",
		"3a6ainaha brufen w nimat",
		"3a6eetah panadol",
	)
	askedOrNot(t, e, "heat_confused", true, Facts{AgeYears: 22, Sex: "m"},
		"akhooy 22 sana kan yil3ab kora il 39r fil 7ar, rij3 il bait rasa y3awra w ta3ban wayed. 3a6ainah panadol w may. 3adi ynam?",
	)
}

// TestADiabetesTypeIsNoSugarReading: the type of a diabetes ("sokkar type
// 1", «سكر نوع 2») is no sugar reading of 1 or 2 mmol/L: a type 1
// teenager vomiting and drowsy was read as a hypo, RF-DIAB-01 (h111-031).
// A reading told stays one.
func TestADiabetesTypeIsNoSugarReading(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-DIAB-01", false, Facts{AgeYears: 16, Sex: "f"},
		"khti 3ndha sokkar type 1 w katr3ch",
		"عندها سكر نوع 1 وعرقانة",
		"عندي السكري النوع 2 وبعرق",
		"3andi sokar type 2 w 3ar2an",
	)
	redFlagIs(t, e, "RF-DIAB-01", true, Facts{AgeYears: 16, Sex: "f"},
		"type 1 diabetic, sugar 2.8, shaking",
		"عندي سكر نوع اول والسكر 2.5 وبرجف",
	)
	redFlagIs(t, e, "RF-DIAB-03", true, Facts{AgeYears: 16, Sex: "f"},
		"salam, khti 3ndha 16 3am w 3ndha sokkar type 1, lyoum katt9iya w 3yyana bzaf, kat3tech w katchrb lma bzaf. wach n3tiwha smecta w tn3s?",
	)
}
