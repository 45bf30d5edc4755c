package triage

import (
	"slices"
	"testing"
)

// Set 36 was written blind at the start of a tenth-session task: look-alikes
// within one organ, an everyday complaint beside the emergency it resembles.
// Its first run missed an adult's epiglottitis told in plain words and sent
// non-emergencies to the emergency number for words read out of their
// sense: a blocked nose's breath and nasal spray, a bruised ankle's blue, a
// tooth's "electric shock", the Arabizi "hya" (she) read as a snake. Each is
// fixed here in general, with wordings that must still fire.

// answerUnsure answers every question "not sure", as the strict
// simulation does for what the patient did not tell.
func answerUnsure(Question) string { return Unsure }

// TestDroolingSoreThroatIsAnEmergency: saliva running out of the mouth with
// a sore throat is epiglottitis or a deep neck infection until proven
// otherwise (NHS Sore throat: 999 for drooling; NICE CKS: admit if drooling
// or unable to swallow saliva), h36-007. A teething baby's drool, a quinsy
// that still swallows and a plain sore throat are not.
func TestDroolingSoreThroatIsAnEmergency(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"زلعومي عم يوجعني كتير من مبارح وهلأ ما عم اقدر ابلع حتى ريقي، عم يسيل من تمي، وصوتي صار مكتوم",
		"my throat is killing me, I can't even swallow my spit, it's dribbling out of my mouth",
		"sore throat since yesterday and now drooling, voice sounds muffled",
		"حلقي يعورني وايد وريقي يسيل من فمي ما اقدر ابلعه",
		"زوري بيوجعني جامد والريالة نازلة من بقي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 40}); !slices.Contains(d.RedFlags, "RF-ENT-01") {
			t.Errorf("%q: %s %v; want RF-ENT-01", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"بنتي عندها ٨ شهور بتسنن وريالتها كتير، مفيش سخونيه",
		"my baby is teething and drooling a lot, gums sore",
		"sore throat for 2 days, swallowing fine, no drooling",
		"عندي الحلق من 4 ايام، اليوم ما نقدرش نبلع والوجع غير في جيهة وحدة",
		"اخد الدوا على الريق وحلقي بيوجعني شوية",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); slices.Contains(d.RedFlags, "RF-ENT-01") {
			t.Errorf("%q: %s %v; want no RF-ENT-01", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestBlockedNoseBreathIsNotAnEmergency: "I can't breathe well at night"
// in the sentence of a nose blocked for months, and the nasal spray that
// did not help, are a blocked nose, not an asthma attack (h36-013). The
// reliever inhaler that fails, and breath that fails without a nose, still
// are.
func TestBlockedNoseBreathIsNotAnEmergency(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"نيفي مسدود ديما هادي شي 6 شهور، ما كنقدرش نتنفس مزيان بالليل وكنشخر، جربت البخاخ ديال الفرماسيان وما نفعش",
		"my nose has been blocked for months now, at night I really cannot breathe properly and I snore, the spray did nothing",
	} {
		if d := e.Classify(text, Facts{AgeYears: 37}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; want no emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"عندي ربو وما اقدر اتنفس، البخاخ ما يفيد",
		"my asthma is bad, blue inhaler not working",
		"ما نقدرش نتنفس",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); d.Urgency != Emergency {
			t.Errorf("%q: %s; want emergency", text, d.Urgency)
		}
	}
}

// TestABlueSprainIsABruise: blue told with a twisted or fallen-on limb is a
// bruise (h36-037, an ankle twisted on the stairs), not blue lips; blue lips
// after a fall still are.
func TestABlueSprainIsABruise(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"rigli etlawet 3al salalem w wer2et awi w zar2a, el mo2lem ana mesh 3aref hya maksoura wala la2. bs ba3raf am4y 3aleha shwaya",
		"رجلي اتلوت عالسلالم وورمت اوي وزرقا، بس بعرف امشي عليها",
		"twisted my ankle, it's swollen and gone blue and purple, can walk on it",
	} {
		if d := e.Classify(text, Facts{AgeYears: 25}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; want no emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"وقع من الدرج وشفايفه صارت زرقا", "he fell and now his lips are blue"} {
		if d := e.Classify(text, Facts{AgeYears: 5}); !slices.Contains(d.RedFlags, "RF-BREATH-04") {
			t.Errorf("%q: %s %v; want RF-BREATH-04", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestASnakeBitesToBeASnake: the Arabizi "hya" (she, it) and «حية» alone
// (alive, she) are no snake; a snake that bit still is.
func TestASnakeBitesToBeASnake(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("ana mesh 3aref hya maksoura wala la2", Facts{AgeYears: 25})
	if slices.Contains(d.RedFlags, "RF-POISON-03") {
		t.Errorf("hya: %v; want no envenomation", d.RedFlags)
	}
	for _, text := range []string{"لدغته حيه في رجله قبل ساعه", "عضتني حيه وانا في البر", "snake bite on my foot"} {
		if d := e.Classify(text, Facts{AgeYears: 30}); d.Urgency != Emergency {
			t.Errorf("%q: %s; want emergency", text, d.Urgency)
		}
	}
}

// TestPainLikeAnElectricShockIsNoBurn: a tooth's pain "like electric shock"
// is how it feels (h36-016), not a current through the body; an electric
// shock taken still is an emergency.
func TestPainLikeAnElectricShockIsNoBurn(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("I have terrible pain in my tooth when I drink cold water, like electric shock, going away after some seconds", Facts{AgeYears: 38})
	if d.Urgency == Emergency || slices.Contains(d.AmberFlags, "UR-BURN-01") {
		t.Errorf("tooth like electric shock: %s %v %v", d.Urgency, d.RedFlags, d.AmberFlags)
	}
	if d := e.Classify("my son got an electric shock from a socket", Facts{AgeYears: 8}); d.Urgency != Emergency {
		t.Errorf("electric shock taken: %s; want emergency", d.Urgency)
	}
}

// TestRazorThroatIsNoCut: a throat "like a razor" is a sore throat
// (h36-009), never asked about heavy bleeding from a wound.
func TestRazorThroatIsNoCut(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"marhaba, 7al2i ktir 3am yewja3ni mbare7, ka2anno fi mous, w 3andi shway 7arara 38",
		"حلقي بيوجعني كأني ببلع موس",
	} {
		w := e.Walk(text, Facts{AgeYears: 19}, "", answerUnsure)
		if slices.Contains(w.Asked, "inj_bleeding") || w.Decision.Urgency == Emergency {
			t.Errorf("%q: asked %v, %s %v", text, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	if d := e.Classify("اتجرحت بالموس والدم مش عايز يقف", Facts{AgeYears: 30}); d.Urgency != Emergency {
		t.Errorf("a razor cut that will not stop bleeding: %s; want emergency", d.Urgency)
	}
}

// TestToothSwellingIsTheFeversSource: a tooth told with a swelling of the
// jaw is a dental abscess, the plain source of its fever, so the malaria
// question is not asked unless a journey is told (h36-015, the Maghreb's
// «نفخة في حنكي»).
func TestToothSwellingIsTheFeversSource(t *testing.T) {
	e := mustLoad(t)
	text := "الضرسة تاعي فيها الخانز، دارتلي نفخة شوية في حنكي والبارح جاتني السخانة، نقدر نبلع ونتنفس عادي بصح الوجع قوي"
	w := e.Walk(text, Facts{AgeYears: 31}, "", answerUnsure)
	if slices.Contains(w.Asked, "fever_travel") || w.Decision.Urgency != Urgent || !slices.Contains(w.Decision.AmberFlags, "UR-DENT-01") {
		t.Errorf("asked %v, %s %v %v; want urgent UR-DENT-01, no travel question", w.Asked, w.Decision.Urgency, w.Decision.RedFlags, w.Decision.AmberFlags)
	}
	w = e.Walk("رجعت من نيجيريا الاسبوع الي فات وعندي السخانة وضرستي منفوخة", Facts{AgeYears: 31}, "", answerUnsure)
	if w.Decision.Urgency != Emergency {
		t.Errorf("a journey told: %s %v; want the malaria question to send it on", w.Decision.Urgency, w.Asked)
	}
}

// TestEgyptsNoLongerHearing: «ودني مبقتش اسمع بيها» since yesterday
// morning is a sudden hearing loss (h36-012): urgent.
func TestEgyptsNoLongerHearing(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"من امبارح الصبح فجأة ودني اليمين مبقتش اسمع بيها خالص تقريبا",
		"ودني الشمال مبقتش بسمع بيها من الصبح",
	} {
		if d := e.Classify(text, Facts{AgeYears: 46}); d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want urgent", text, d.Urgency, d.AmberFlags)
		}
	}
}

// TestLevantineWaterBlisters: «حبوب مي» on one side of the forehead are
// shingles' blisters (h36-025): urgent for antivirals.
func TestLevantineWaterBlisters(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("طلعلي حبوب مي مع حرقة قوية على جهة وحدة من جبيني لفوق عيني اليمين من مبارح", Facts{AgeYears: 67})
	if d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-SKIN-01") {
		t.Errorf("%s %v; want urgent UR-SKIN-01", d.Urgency, d.AmberFlags)
	}
}

// TestBiteOverAJointIsABite: bites found on waking, one swollen over the
// wrist, are a bite's local reaction (h36-028), not a hot joint; a hot
// swollen knee still is.
func TestBiteOverAJointIsABite(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("woke up covered in bites on my arms, huge red lumps and one on my wrist has swollen up loads and really itchy", Facts{AgeYears: 30})
	if slices.Contains(d.AmberFlags, "UR-JOINT-01") {
		t.Errorf("bites: %s %v", d.Urgency, d.AmberFlags)
	}
	if d := e.Classify("my knee is swollen, hot and red since last night", Facts{AgeYears: 55}); !slices.Contains(d.AmberFlags, "UR-JOINT-01") {
		t.Errorf("a hot swollen knee: %s %v; want UR-JOINT-01", d.Urgency, d.AmberFlags)
	}
}

// TestANasalSprayIsNoInhaler: the spray that did not help a nose blocked
// for months makes no asthma complaint, so a blocked nose is not asked
// about blue lips or chest pain, where "not sure" is the emergency number
// (h36-013, strict). An asthmatic's failing inhaler is still asked.
func TestANasalSprayIsNoInhaler(t *testing.T) {
	e := mustLoad(t)
	text := "نيفي مسدود ديما هادي شي 6 شهور، ما كنقدرش نتنفس مزيان بالليل وكنشخر، جربت البخاخ ديال الفرماسيان وما نفعش"
	w := e.Walk(text, Facts{AgeYears: 37}, "", answerUnsure)
	if w.Decision.Urgency == Emergency || slices.Contains(w.Asked, "breath_blue") {
		t.Errorf("asked %v, %s %v; want no breathing questions and no emergency", w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
	}
	if d := e.Classify("عندي ربو وصدري مسكر والبخاخ ما نفع", Facts{AgeYears: 30}); d.Pathway != "breathing" {
		t.Errorf("an asthmatic's inhaler: pathway %s; want breathing", d.Pathway)
	}
}

// TestBloodPouringFromTheNoseIsANosebleed: blood told as flowing out of the
// nose is a nosebleed (h36-011): stopped within ten minutes it is self-care,
// still going it is heavy bleeding.
func TestBloodPouringFromTheNoseIsANosebleed(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("blood was literally pouring out of my nose at work, all over my shirt. I pinched it and it stopped after about 10 mins. feel fine now", Facts{AgeYears: 33})
	if d.Urgency != SelfCare || d.Specialty != "ent" {
		t.Errorf("a short nosebleed: %s %s; want self_care ent", d.Urgency, d.Specialty)
	}
	if d := e.Classify("blood pouring out of his nose for 40 minutes and it won't stop", Facts{AgeYears: 60}); d.Urgency != Emergency {
		t.Errorf("a nosebleed that will not stop: %s; want emergency", d.Urgency)
	}
}

// TestEgyptsICanWalk: «بعرف امشي عليها» (I can walk on it) is weight borne
// after a twist (h36-037).
func TestEgyptsICanWalk(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("رجلي اتلوت عالسلالم امبارح، بس بعرف امشي عليها شوية", Facts{AgeYears: 25})
	if d.Urgency != SelfCare {
		t.Errorf("%s %v; want self_care", d.Urgency, d.AmberFlags)
	}
}

// TestMaghrebiThrushIsDischarge: «افرازات بيض كيف الحليب» is a white
// vaginal discharge (h36-033), a women's-health complaint, not a skin itch.
func TestMaghrebiThrushIsDischarge(t *testing.T) {
	e := mustLoad(t)
	d := e.Classify("عندي حكة قوية لتحت وافرازات بيض كيف الحليب المقطع", Facts{AgeYears: 32, Sex: "f"})
	if d.Specialty != "obstetrics_gynecology" {
		t.Errorf("%s %s; want obstetrics_gynecology", d.Urgency, d.Specialty)
	}
}

// TestSleepLostToAnItchIsTheItchs: sleep lost in a sentence that names its
// physical cause, before or after, is the cause's (h36-026: eczema whose
// itch keeps her awake was asked about suicidal thoughts, and "not sure"
// was the emergency number). Sleep lost with nothing to explain it, or
// beside low mood, still asks about mood.
func TestSleepLostToAnItchIsTheItchs(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"الاكزيما عندي من زمان بس هالشهر يدي كلها احمرار وتشقق وحكه تجنن ما اقدر انام، استعملت الكريمات المرطبه ومو نافعه",
		"the itch on my legs is driving me mad, I cannot sleep, creams are not helping",
		"my back pain is so bad I can't sleep",
	} {
		w := e.Walk(text, Facts{AgeYears: 28}, "", answerUnsure)
		if w.Decision.Urgency == Emergency || slices.Contains(w.Asked, "mh_suicidal") {
			t.Errorf("%q: asked %v, %s %v", text, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"I can't sleep for weeks now and I feel so low",
		"ما اقدر انام من شهر وحاسه حالي حزينه",
		"I haven't slept properly in a month",
	} {
		w := e.Walk(text, Facts{AgeYears: 28}, "", answerUnsure)
		if !slices.Contains(w.Asked, "mh_suicidal") {
			t.Errorf("%q: asked %v; want mh_suicidal", text, w.Asked)
		}
	}
}
