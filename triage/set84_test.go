package triage

import (
	"testing"
)

// Training set 84 (fifteenth session), conv_holdout84.jsonl: forty patients
// written blind, 28 emergencies told plainly in the first message across
// every red-flag family (12 English, half second-language; 16 Arabic in
// every dialect group and Arabizi) and 12 non-emergencies sharing their
// words. Its first run (-missing=no) missed a 3-year-old who drank
// dishwasher liquid (h84-010) and a hot-oil burn of the face in Maghrebi
// Arabizi (h84-028); it sent a known epileptic's usual short fit to the
// emergency number (h84-031) and an Emirati passive wish to be dead to a
// routine appointment (h84-039). Three emergencies were caught for the
// wrong reason: a suicide plan with the tablets out read only as a
// confusion ("talk me out of it", h84-005), a child's asthma that "cant get
// his words out" as a stroke (h84-004), and a toddler's first febrile fit
// («ترجف كلها وعيونها لفوق», h84-021) as shivering, caught by a question.

// TestHouseholdCausticsAreAPoisoning: the dishwasher's and the laundry's
// products, drunk, swallowed, licked or bitten into, are a poisoning (NPIS/
// TOXBASE: corrosive; NHS: Poisoning); the fruit lime is no builder's lime.
func TestHouseholdCausticsAreAPoisoning(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 3},
		"my daughter she is 3 year old, she drank from the dishwasher liquid bottle maybe 10 minute ago",
		"my son swallowed a laundry pod",
		"toddler drank some dish washer liquid",
		"she licked a dishwasher tablet",
		"my son bit into a washing capsule",
		"بنتي شربت من منظف غسالة الصحون",
		"ابني شرب صابون مواعين",
		"ابني شرب سائل جلي",
		"ولدي شرب صابون الماعن",
		"ولدي لحس كلوركس",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"I had warm water with lime and honey for my cough",
		"he has ulcers and uses mouthwash, chewing on his lip",
		"squeezed a lime and the juice went in my eye",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 30}, "I was plastering and got lime in my eye, it burns")
}

// TestHotLiquidsInEveryDialectAreABurn: hot oil, tea, milk or water in each
// dialect's word for hot is a scald, not a fever (NHS: Burns and scalds; a
// burn of the face or in a child under five is an emergency); a hot drink
// drunk is neither.
func TestHotLiquidsInEveryDialectAreABurn(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"khouya t9leb 3lih zit skhoun 3la wjhou w dra3ou, jeldou t9achar w kaywjaa bzaf",
		"اخوي طاح عليه زيت سخون على وجهو",
		"انكب عليها زيت سخن على وجها",
		"et7ara2 wesho b zeit sokhn",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 2},
		"ولدي انكب عليه الحليب الحار على رجله",
		"ابني وقع عليه الزيت المغلي على ايده",
		"inkab 3leh 7aleeb 7ar 3la rijla",
	)
	for _, text := range []string{"تقلب عليه الاتاي السخون على يدو", "تقلب عليا الما السخون على رجلي وطلع فيها النفاخ"} {
		if !present(t, e, text, "burn") || present(t, e, text, "fever") {
			t.Errorf("%q: want a burn and no fever", text)
		}
	}
	if text := "كنشرب اتاي سخون مع النعناع وعندي الكحة"; present(t, e, text, "burn") {
		t.Errorf("%q: a hot tea drunk is no burn", text)
	}
}

// TestTabletsLaidOutForTonightAreAPlan: all the tablets out, lined up or in
// front of the writer beside the act set for tonight is a suicide plan
// (C-SSRS preparatory behaviour; NICE NG225); "talk me out of it" is no
// confusion, and a dose asked about is no plan.
func TestTabletsLaidOutForTonightAreAPlan(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ive got all my tablets out on the table and im going to take them tonight. i just wanted someone to know, dont try and talk me out of it",
		"all the pills in front of me and im going to take them all tonight",
		"الحبوب كلها قدامي ورح اخدهم الليلة",
		"صفيت الحبوب على الطاولة وبخذهم الحين",
		"l7bob kamlin 9dami w ghadi nchrbhom lyouma",
	} {
		if d := e.Classify(text, Facts{AgeYears: 24}); d.Urgency != Emergency || d.RedFlags[0] != "RF-MH-01" {
			t.Errorf("%q: %s %v; want RF-MH-01", text, d.Urgency, d.RedFlags)
		}
	}
	classifiedAs(t, e, false, Facts{AgeYears: 70},
		"my tablets are next to me, can i take them now",
		"my tablets are on the table, im going to take them tonight",
		"i forgot my morning dose, all my tablets are here in front of me, can i take them now?",
	)
	if present(t, e, "i just wanted someone to know, dont try and talk me out of it", "confusion") {
		t.Error("talked out of it: read as a confusion")
	}
}

// TestTheGulfsIDontWantToLive: the Emirates' and Kuwait's «ما ابا اعيش» is a
// passive wish to be dead: urgent and the plan question (NICE NG225; NHS:
// Help for suicidal thoughts).
func TestTheGulfsIDontWantToLive(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "psychiatry", Facts{AgeYears: 22},
		"من فتره احس ما ابا اعيش، بس ما عندي نيه اسوي شي في عمري",
		"والله ما ابا اعيش",
		"ma aba a3eesh khalas",
	)
	amberOf(t, e, "UR-MH-02", true, Facts{AgeYears: 22}, "ولدي يقول ما يبا يعيش")
}

// TestAKnownEpilepsysUsualFitOver: his or her usual fit, short and over,
// with the person back to themselves, is for their own team (NHS: What to
// do if someone has a seizure); longer than usual or not waking is still
// the emergency number.
func TestAKnownEpilepsysUsualFitOver(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 35},
		"my husband has epilepsy, he had one of his usual short seizures this morning, about a minute, back to himself now. should i tell his neuro?",
		"عنده صرع وجاته نوبه زي عادته دقيقه وفاق ورجع طبيعي",
		"3ando sar3 w gatlo nooba zay 3adto w fa2 dlw2ty kwayes",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 35},
		"my husband has epilepsy, he had one of his usual seizures but it was longer than his usual and he is still not waking",
		"he has epilepsy and had a seizure, not his usual one, now fine",
	)
}

// TestEyesUpWithShakingIsAFit: shaking with the eyes told "up" without a
// verb is a fit (NHS: Febrile seizures; a first fit is a 999 call).
func TestEyesUpWithShakingIsAFit(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 1},
		"بنتي عمرها سنة ونص سخنة من الصبح وهلأ صارت ترجف كلها وعيونها لفوق، اول مرة بيصير معها هيك",
		"ابني سخن وعنيه راحت لفوق وبيترعش",
		"bnti s5na w 3yonha lfo2 w trjf",
		"my son has a fever and was shaking and his eyes rolled up into his head",
	)
	for _, text := range []string{"بنتي عمرها سنة ونص سخنة من الصبح وهلأ صارت ترجف كلها وعيونها لفوق"} {
		if !present(t, e, text, "seizure") {
			t.Errorf("%q: no fit read", text)
		}
	}
	if text := "بنتي سخنه وبترجف من البرد"; present(t, e, text, "seizure") {
		t.Errorf("%q: shivering with a fever is no fit", text)
	}
}

// TestTooBreathlessToTalkIsTheBreaths: words that will not come in an
// asthma attack are too breathless to speak (BTS/SIGN 158), RF-BREATH-01,
// not a stroke's lost speech; a stroke's speech stays RF-STROKE-04.
func TestTooBreathlessToTalkIsTheBreaths(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my son is having an asthma attack and he cant get his words out",
		"hes having an asthma attack, used his inhaler 10 puffs, he can hardly talk",
		"بنتي عندها ربو وما تقدر تتكلم من ضيق النفس",
		"عندو الضيقة والبخاخ وما يقدرش يهضر",
		"ماما ما عم تقدر تتنفس، عندها ربو والبخاخ ما عم يفيد وما عم تقدر تحكي جملة كاملة",
	} {
		d := e.Classify(text, Facts{AgeYears: 9})
		if d.Urgency != Emergency || d.RedFlags[0] != "RF-BREATH-01" || present(t, e, text, "speech_problem") {
			t.Errorf("%q: %s %v; want RF-BREATH-01 and no lost speech", text, d.Urgency, d.RedFlags)
		}
	}
	if !present(t, e, "my dad suddenly cant speak and his arm is weak", "speech_problem") {
		t.Error("a stroke's lost speech not read")
	}
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 40}, "i have asthma, mild wheeze, talking fine, used my inhaler and it helped")
}
