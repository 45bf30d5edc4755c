package triage

import (
	"slices"
	"testing"
)

// Set 47 was written blind at the start of a twelfth-session task:
// Egyptian and Levantine Arabic (the weakest groups of the last sealed
// set), in Arabic script, in Arabizi and in the English of Egyptian and
// Levantine writers; older parents, children, pilgrims, chronic illness
// and women's health, emergencies behind mild or explained-away first
// messages and everyday complaints told in alarming words. Its first run
// missed two emergencies: "I collected all my pills in a box and I think
// tonight I will finish everything" (second-language English for «اخلص من
// كل شي») was read as nothing, and an Egyptian on ibuprofen for three days
// writing in Arabizi that something of hers was "sooda awy" (very black),
// asking whether it was the iron tablets, was never asked about a black
// stool. The non-emergencies it sent to the emergency number came from
// words read out of their sense or their place: «حرقان في البول اوي»
// (burning urine, very) as a severe loin pain a few words on, «حاسس اني
// هموت من الكحة والزكام» (dying of a cold) as the dread of sepsis, «مكان
// صغير» (a small patch) as a small child and «من غير فقاقيع» (without
// blisters) as blisters, and Arabizi "bakhod gaviscon w btrja3" (I take
// Gaviscon and it comes back) as chest burning with vomiting. Other
// urgencies were wrong by a passive wish to die in second-language English
// not read ("it is better if I die"), a heavy period with dizziness with
// no rule for it, a wheeze in the dialects («عم تكح وتصفر») not read, the
// Mina tent not read as the shade, spicy food («الحراق») spell-corrected
// to a parting, and a voice lost after a match read as a stroke's speech.
// Each is fixed here in general, beside the wording that must still fire.

// TestFinishingEverythingBesideThePills: the means made ready beside
// "finishing everything" is a plan; finishing everything alone is work.
func TestFinishingEverythingBesideThePills(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I am not ok. I lost my job and my wife left with the kids. I collected all my pills in a box and I think tonight I will finish everything. Sorry",
		"the tablets ready, I want to finish it all tonight",
		"مجمعه حبوب من شهر وبدي اخلص من كل شي",
	} {
		if !present(t, e, text, "suicidal") {
			t.Errorf("%q: not read as suicidal intent", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 40}); d.Urgency != Emergency {
			t.Errorf("%q: %s; want emergency", text, d.Urgency)
		}
	}
	for _, text := range []string{
		"I will finish everything tonight before the trip, I just need a refill",
		"عايزه اخلص من كل حاجه في الشغل النهارده",
	} {
		if present(t, e, text, "suicidal") {
			t.Errorf("%q: read as suicidal intent", text)
		}
	}
}

// TestBetterIfIDie: "it is better if I die" is a passive wish to be dead:
// urgent, and the plan is asked; "never do anything" leaves it urgent.
func TestBetterIfIDie(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Sometimes I think it is better if I die, but I will never do anything, I have my kids",
		"ساعات بحس انه احسن لو اموت",
		"better for everyone if i die",
	} {
		if !present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: not read as a passive thought of death", text)
		}
	}
	text := "Sometimes I think it is better if I die, but I will never do anything, I have my kids. I feel very down since months"
	w := e.Walk(text, Facts{AgeYears: 34, Sex: "f"}, "", answerMild)
	if w.Decision.Urgency != Urgent || !slices.Contains(w.Asked, "mh_plan") {
		t.Errorf("%q: %s asked %v; want urgent, the plan asked", text, w.Decision.Urgency, w.Asked)
	}
	if d := e.Assess(text, Facts{AgeYears: 34, Sex: "f"}, map[string]string{"mh_plan": "yes"}); d.Urgency != Emergency {
		t.Errorf("%q with a plan: %s; want emergency", text, d.Urgency)
	}
	for _, text := range []string{"it is better if I drink more water", "better if i diet first"} {
		if present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: read as a thought of death", text)
		}
	}
}

// TestSomethingBlackOnAnAntiInflammatory: someone on an NSAID or a blood
// thinner who tells of something black is asked the black stool, whatever
// word they use for it; its "yes" is the emergency. Black without the
// medicine asks nothing of the kind.
func TestSomethingBlackOnAnAntiInflammatory(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ba2ali 3 ayam bakhod brufen 3ashan dahri, w el naharda el bufa bta3ty sooda awy w ri7etha we7sha, w da55a shwaya. da mn 7abayeb el 7adid ely bakhodha?",
		"I take ibuprofen for my knee and today it was black, is that the iron?",
		"بقالي اسبوع باخد بروفين ولقيتها سودا النهارده",
	} {
		w := e.Walk(text, Facts{AgeYears: 61, Sex: "m"}, "", answering(map[string]string{"gen_bleed": "yes"}))
		if !slices.Contains(w.Asked, "gen_bleed") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s asked %v; want the black stool asked, and its yes an emergency", text, w.Decision.Urgency, w.Asked)
		}
	}
	w := e.Walk("my nails have black lines, I take vitamins", Facts{AgeYears: 40}, "", answerMild)
	if slices.Contains(w.Asked, "gen_bleed") {
		t.Errorf("black nails, no NSAID: asked %v", w.Asked)
	}
}

// TestWithoutIsANegation: Egypt's «من غير» (without) denies what follows
// as «بدون» does; «غير» alone still breaks the clause ("but"), and a
// negation holding its symptom («ما فيني اتنفس») keeps it.
func TestWithoutIsANegation(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, concept string }{
		{"مكان صغير احمر بيحرقني بس من غير فقاقيع", "blister_word"},
		{"عنده كحة من غير حرارة", "fever"},
		{"بيرجع من غير دم", "vomit_blood"},
	} {
		if present(t, e, c.text, c.concept) {
			t.Errorf("%q: %s read", c.text, c.concept)
		}
	}
	for _, c := range []struct{ text, concept string }{
		{"ما فيني اتنفس", "cant_breathe"},
		{"من غير سبب عنده حرارة عالية", "fever"},
		{"حرق صغير وطلعت فقاقيع", "blister_word"},
	} {
		if !present(t, e, c.text, c.concept) {
			t.Errorf("%q: %s not read", c.text, c.concept)
		}
	}
	text := "اتلسعت من المكوة في ضهر ايدي، مكان صغير احمر بيحرقني بس من غير فقاقيع. احط عليه معجون سنان؟"
	if d := e.Classify(text, Facts{}); d.Urgency == Emergency {
		t.Errorf("%q: %s %v; a small burn without blisters", text, d.Urgency, d.RedFlags)
	}
}

// TestASmallPatchIsNoChild: «مكان صغير» (a small patch) is no small
// child; «ابني الصغير» still is, and a toddler's burn still fires.
func TestASmallPatchIsNoChild(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"مكان صغير احمر في ايدي", "في منطقه صغيره حمرا", "جزء صغير من جلدي"} {
		if present(t, e, text, "child_word") {
			t.Errorf("%q: read as a child", text)
		}
	}
	if !present(t, e, "ابني الصغير اتحرق من الشاي", "child_word") {
		t.Error("ابني الصغير: no child read")
	}
	if d := e.Classify("ابني عنده سنتين اتحرق من الشاي السخن", Facts{}); d.Urgency != Emergency {
		t.Errorf("a toddler's scald: %s; want emergency", d.Urgency)
	}
}

// TestHowMuchItBurnsIsTheUrines: "very" after the burning urine is the
// urine's, not a severe loin pain's; a loin pain told severe still is.
func TestHowMuchItBurnsIsTheUrines(t *testing.T) {
	e := mustLoad(t)
	text := "عندي حرقان في البول اوي ووجع في جنبي اليمين من ورا، وسخنة ٣٩ ورعشة من امبارح بالليل"
	if present(t, e, text, "severe_flank_pain") {
		t.Errorf("%q: read as a severe loin pain", text)
	}
	if d := e.Classify(text, Facts{AgeYears: 34, Sex: "f"}); d.Urgency != Urgent {
		t.Errorf("%q: %s %v; a kidney infection is urgent", text, d.Urgency, d.RedFlags)
	}
	for _, text := range []string{
		"عندي وجع في جنبي اليمين جامد اوي وسخنة ٣٩",
		"وجع شديد في جنبي فجأة وبرجع",
	} {
		if d := e.Classify(text, Facts{AgeYears: 40}); d.Urgency != Emergency {
			t.Errorf("%q: %s; a severe loin pain with fever or vomiting is an emergency", text, d.Urgency)
		}
	}
}

// TestDyingOfACold: dying "of the cough and the cold" is how fed up one
// is, not the dread of sepsis; with a fever in the sentence it is.
func TestDyingOfACold(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"حاسس اني هموت من الكحة والزكام، جسمي مكسر خالص ومناخيري مسدودة",
		"I feel like I'm dying from this cold",
	} {
		if present(t, e, text, "mottled") {
			t.Errorf("%q: read as the dread of sepsis", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 30}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; a cold", text, d.Urgency, d.RedFlags)
		}
	}
	if !present(t, e, "حاسس اني هموت من الكحة وحرارتي ٤٠ ورعشة", "mottled") {
		t.Error("dying, with a fever of 40: the dread not read")
	}
	if !present(t, e, "حاسس اني هموت", "mottled") {
		t.Error("حاسس اني هموت alone: the dread not read")
	}
}

// TestSpicyIsNoParting: Egypt's «الحراق» (spicy food) is not «الفراق» (a
// parting): no mood questions for a heartburn.
func TestSpicyIsNoParting(t *testing.T) {
	e := mustLoad(t)
	text := "الحموضة بتموتني بعد الاكل الحراق، بحس بنار طالعة لحد زوري بالليل"
	if present(t, e, text, "mental_word") {
		t.Errorf("%q: read as a mood", text)
	}
	w := e.Walk(text, Facts{AgeYears: 35, Sex: "m"}, "", answerMild)
	if slices.Contains(w.Asked, "mh_suicidal") {
		t.Errorf("%q: asked %v", text, w.Asked)
	}
	if !present(t, e, "تعبانة من الفراق ومش عارفة انام", "mental_word") {
		t.Error("الفراق: no mood read")
	}
}

// TestALostVoiceIsNoStroke: "can't talk" told with one's voice gone or
// hoarse is laryngitis; a father who suddenly cannot talk is a stroke sign.
func TestALostVoiceIsNoStroke(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"zori beywga3ni awy w soty ra7 khales, msh 2ader atkalem mn embare7 ba3d el match",
		"زوري بيوجعني وصوتي مبحوح مش قادر اتكلم",
		"I lost my voice, can't talk since yesterday",
	} {
		if present(t, e, text, "speech_problem") {
			t.Errorf("%q: read as a stroke's speech", text)
		}
	}
	for _, text := range []string{"ابويا فجأة مش قادر يتكلم", "my dad suddenly can't talk properly"} {
		if !present(t, e, text, "speech_problem") {
			t.Errorf("%q: speech problem not read", text)
		}
	}
}

// TestHeavyPeriodWithDizziness: a heavy period with dizziness is urgent
// (UR-GYN-01); a heavy period alone, or one of months with tiredness
// asking for blood tests, is not.
func TestHeavyPeriodWithDizziness(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"الدورة نازلة جامد اوي المرة دي، بغير الفوطة كل ساعة تقريبا من الصبح ومعاها مغص، وبدوخ لما اقوم من السرير. انا مش حامل",
		"my period is very heavy this time and I feel dizzy",
		"الدورة نازلة كتير هالمرة وعم دوخ",
	} {
		if d := e.Classify(text, Facts{AgeYears: 26, Sex: "f"}); d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-GYN-01") {
			t.Errorf("%q: %s %v; want urgent by UR-GYN-01", text, d.Urgency, d.AmberFlags)
		}
	}
	for _, text := range []string{
		"الدورة نازلة جامد اوي المرة دي",
		"مرحبا، صار لي شهرين ميتة من التعب، اقعد من النوم تعبانة ودايخة شوي لين اقوم بسرعة، والدورة عندي وايد غزيرة. ابي اسوي تحاليل",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30, Sex: "f"}); slices.Contains(d.AmberFlags, "UR-GYN-01") {
			t.Errorf("%q: UR-GYN-01 fired", text)
		}
	}
}

// TestWheezeInTheDialects: a cough "and whistles", a chest that whistles
// or (Egypt) «بيزيق» is a wheeze; «بيصفر» alone (turning yellow) is not.
func TestWheezeInTheDialects(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"من مبارح عم تكح وتصفر بالليل", "صدره بيزيق من امبارح", "ابني بيكح وبيصفر"} {
		if !present(t, e, text, "breathless") {
			t.Errorf("%q: no wheeze read", text)
		}
	}
	for _, text := range []string{"وشه بيصفر ولونه مش طبيعي", "في صفير في اذني"} {
		if present(t, e, text, "breathless") {
			t.Errorf("%q: read as breathless", text)
		}
	}
	text := "بنتي عمرها ٧ سنين عندها ربو، من مبارح عم تكح وتصفر بالليل، بتاخد البخاخ الازرق بترتاح شوي بس بترجع بعد كم ساعة"
	w := e.Walk(text, Facts{AgeYears: 7, Sex: "f"}, "", answerMild)
	if w.Decision.Urgency != Urgent {
		t.Errorf("%q: %s; worsening asthma is urgent", text, w.Decision.Urgency)
	}
}

// TestItComesBack: what eases and comes back after hours, or after the
// medicine, returns: no vomiting. Vomiting told as vomiting still is.
func TestItComesBack(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بترتاح شوي بس بترجع بعد كم ساعة",
		"sarli shahr 3am 7es b 7ar2a bi sedri ba3d el akel, bakhod gaviscon w btrja3",
		"باخد مسكن وبترجع تاني",
	} {
		if present(t, e, text, "vomiting") {
			t.Errorf("%q: read as vomiting", text)
		}
	}
	if d := e.Classify("sarli shahr 3am 7es b 7ar2a bi sedri ba3d el akel, bakhod gaviscon w btrja3. baddi doctor y4ofne", Facts{AgeYears: 46}); d.Urgency == Emergency {
		t.Errorf("a month of heartburn: %s %v", d.Urgency, d.RedFlags)
	}
	for _, text := range []string{"بيرجع بعد الاكل على طول", "ابني بيرجع كل حاجة"} {
		if !present(t, e, text, "vomiting") {
			t.Errorf("%q: no vomiting read", text)
		}
	}
	if d := e.Classify("صدري بيوجعني وبرجع وعرقان", Facts{AgeYears: 60}); d.Urgency != Emergency {
		t.Errorf("chest pain with vomiting and sweating: %s; want emergency", d.Urgency)
	}
}

// TestThePilgrimsTentIsTheShade: sat in the Mina tent, drinking and
// splashed with water is heat exhaustion being cooled; a pilgrim confused
// and hot in the tent is still heat stroke.
func TestThePilgrimsTentIsTheShade(t *testing.T) {
	e := mustLoad(t)
	text := "انا بالحج بمنى، عمري ٥٥، صرلي ساعتين بالشمس وانا ماشي وحسيت بدوخة وتعب كتير، قعدت بالخيمة وشربت مي ورشيت ع حالي وهلأ صرت احسن الحمدلله"
	if !present(t, e, text, "cooled_down") {
		t.Errorf("%q: the first aid not read", text)
	}
	if d := e.Classify(text, Facts{AgeYears: 55, Sex: "m"}); d.Urgency == Urgent || d.Urgency == Emergency {
		t.Errorf("%q: %s %v; heat exhaustion settling", text, d.Urgency, d.AmberFlags)
	}
	if d := e.Classify("رجعنا ابويا للخيمة وشربناه مي بس لسه بيخرف وجسمه سخن نار", Facts{AgeYears: 70}); d.Urgency != Emergency {
		t.Errorf("confused and hot in the tent: %s; want emergency", d.Urgency)
	}
}
