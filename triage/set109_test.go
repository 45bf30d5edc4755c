package triage

import (
	"slices"
	"testing"
)

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

// TestARunningNoseIsACold: a nose told running, in the Maghreb's words as
// in others («نيفها كيسيل», «خشمه يسيل», "his nose is running"), is a cold,
// a plain source for a child's fever: she is not asked about a malaria
// area, whose "not sure" went to the emergency number (h109-038). Blood
// running from the nose is a nosebleed, not a cold.
func TestARunningNoseIsACold(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عندها 3 سنين فيها السخانة شوية 38.4 ونيفها كيسيل من البارح",
		"ولدي خشمه يسيل وحرارته ٣٨ من امس",
		"ابني مناخيرو عم تسيل وحرارتو ٣٨",
		"my son is 3, his nose is running and he has a temperature of 38.3",
		"binti nifha kaysil w fiha skhana",
	} {
		if !present(t, e, text, "cold_flu") {
			t.Errorf("%q: no cold read", text)
		}
	}
	askedOrNot(t, e, "fever_travel", false, Facts{},
		"بنتي عندها 3 سنين فيها السخانة شوية 38.4 ونيفها كيسيل من البارح. كتلعب وكتشرب مزيان وكتبول عادي",
		"my son is 3, his nose is running and he has a temperature of 38.3, playing and drinking well",
	)
	for _, text := range []string{
		"خشمه يسيل دم من الصبح",
		"his nose is running with blood after the fall",
	} {
		if present(t, e, text, "cold_flu") {
			t.Errorf("%q: a nosebleed read as a cold", text)
		}
	}
}

// TestAChildToldHotHasAFever: a parent who tells a child hot tells a fever
// (NICE NG143 1.1: a parent's report counts): "tonight she is little bit
// hot, 38.0" (h109-005) read none, and her complaint was her vaccines'
// follow-up, routine. "Warm" is a fever not yet measured, asked
// (TestWarmChildIsAskedTheTemperature); a part's heat and the weather's are
// no fever.
func TestAChildToldHotHasAFever(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"tonight she is little bit hot, 38.0",
		"my son feels very hot since this afternoon",
		"he is a bit hot and grumpy today",
		"baby feels hot and wont settle",
		"shes hot and not herself",
	} {
		if !present(t, e, text, "fever") {
			t.Errorf("%q: no fever read", text)
		}
	}
	for _, text := range []string{
		"her knee feels hot and swollen",
		"he was out in the hot sun all day",
		"the weather is very hot here",
		"she feels a bit warm",
		"he was in the hot sun all day and has a headache",
		"my son is in hot water at school again",
	} {
		if present(t, e, text, "fever") {
			t.Errorf("%q: read as a fever", text)
		}
	}
	urgencyIs(t, e, SelfCare, "pediatrics", Facts{AgeMonths: 5, Sex: "f"},
		"Hi, my daughter 5 month, she had her vaccines yesterday and tonight she is little bit hot, 38.0. She is smiling and playing and taking her bottle good, wet diapers normal. Is it normal after vaccine??",
	)
}

// TestAnAgeEndingItsPhrase: "my daughter 5 month, she had her vaccines",
// a child word and a count of weeks or months that ends its phrase, is her
// age as second-language writers give it, not five months of a fever
// (h109-005 was UR-FEVER-02, a fever of five days or more). A count that
// goes on into its complaint ("my son 3 weeks cough") stays a duration.
func TestAnAgeEndingItsPhrase(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text   string
		months int
	}{
		{"my daughter 5 month, she had her vaccines yesterday", 5},
		{"my son 7 month, he has temperature 38.5 since today", 7},
		{"my daughter 6 weeks, she feels hot", 1}, // six weeks: a month and a half
	} {
		m := e.read(c.text).measured(e)
		if m.ageMonths != c.months {
			t.Errorf("%q: age %d months; want %d", c.text, m.ageMonths, c.months)
		}
	}
	for _, text := range []string{"my son 3 weeks cough", "my son 8 years, cough since 3 weeks"} {
		if m := e.read(text).measured(e); m.ageMonths >= 0 && m.ageMonths < 12 {
			t.Errorf("%q: read as an age of %d months", text, m.ageMonths)
		}
	}
	amberOf(t, e, "UR-FEVER-02", false, Facts{},
		"my daughter 5 month, temperature 38.0 since this evening, she is playing and feeding well",
	)
}

// TestFeedingWellAndGainingWeightIsThriving: a baby told "feeding good,
// gaining weight" is thriving, however far back in the message the baby was
// named: a colic of evening crying (h109-030) was a complaint of weight,
// routine. An adult gaining weight and tired is still that complaint.
func TestFeedingWellAndGainingWeightIsThriving(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Hello, baby boy 10 weeks. Every evening he cry a lot for 2 or 3 hours and pull up his legs, but in the day he is happy. Feeding good, gaining weight, no fever, his poo is normal yellow. Nurse say maybe colic. Any advice please?",
		"my son is 2 months. He cries every evening for hours. Feeding well and gaining weight, no fever",
		"ابني عنده شهرين بيعيط كل يوم بالليل ساعتين. بيرضع كويس ووزنه بيزيد",
		"بنتي عمرها ٦ اسابيع عندها مغص بالليل، بترضع منيح ووزنها عم يزيد",
	} {
		if d := e.Classify(text, Facts{AgeMonths: 2, Sex: "m"}); slices.Contains(d.Complaints, "fatigue") {
			t.Errorf("%q: %s %v; want no complaint of weight", text, d.Urgency, d.Complaints)
		}
	}
	urgencyIs(t, e, SelfCare, "pediatrics", Facts{AgeMonths: 2, Sex: "m"},
		"Hello, baby boy 10 weeks. Every evening he cry a lot for 2 or 3 hours and pull up his legs, but in the day he is happy. Feeding good, gaining weight, no fever, his poo is normal yellow. Nurse say maybe colic. Any advice please?",
	)
	if d := e.Classify("I'm tired all the time and gaining weight for months", Facts{AgeYears: 45, Sex: "f"}); !slices.Contains(d.Complaints, "fatigue") {
		t.Errorf("an adult's tiredness and weight gain: %v; want fatigue", d.Complaints)
	}
}

// TestTheMaghrebsWeekIsNoCalf: the Maghreb's «سمانة» is a week (semaine),
// Egypt's the calf: «من سمانة», «هادي سمانة», «السمانة اللي فاتت» tell
// time (h109-018 read a calf, a limb's pain and an injury). The calf told
// with its leg stays the calf.
func TestTheMaghrebsWeekIsNoCalf(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"الطبيب عطالو دوا للوجع من سمانة، ومن ديك الساعة ما راحش للتواليت",
		"هادي سمانة وانا عندي الكحة",
		"السمانة اللي فاتت جاتني السخانة",
		"عندها الزكام شي سمانة",
	} {
		if present(t, e, text, "calf_word") || present(t, e, text, "leg") {
			t.Errorf("%q: a week read as a calf or a leg", text)
		}
	}
	for _, text := range []string{
		"عندي وجع في سمانة رجلي من يومين",
		"الوجع نازل من سمانة رجله",
		"سمانة رجلي وارمة وحمرا",
	} {
		if !present(t, e, text, "calf_word") {
			t.Errorf("%q: no calf read", text)
		}
	}
}

// TestConstipationOnAnOpioidIsTheGPs: bound since an opioid painkiller was
// started is for the prescriber to review, routine (NICE CKS Constipation:
// drug-induced; NHS: see a GP if a medicine may be causing it; h109-018,
// codeine at 84). Iron's is still the pharmacist's, and a constipation
// with no opioid the self-care it was.
func TestConstipationOnAnOpioidIsTheGPs(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "general_practice", Facts{AgeYears: 84},
		"السلام، بابا عندو 84 سنة، الطبيب عطالو دوا للوجع فيه الكودايين من سمانة، ومن ديك الساعة ما راحش للتواليت غير مرة وحدة. راهو ياكل ويشرب عادي وكرشو ما يوجعوش بزاف.",
		"since starting the co-codamol mum hasnt opened her bowels for 5 days",
		"ابوي ياخذ ترامادول وعنده امساك من اسبوع",
		"my dad is constipated since the hospital put him on codeine",
	)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 40},
		"I'm constipated since I started iron tablets",
		"constipated for 3 days, eating and drinking fine",
	)
}
