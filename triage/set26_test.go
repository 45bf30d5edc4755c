package triage

import (
	"slices"
	"testing"
)

// TestAFeverWithRigorsIsAskedTheJourney: a fever with shivering fits is
// asked about a malaria area even when the writer calls it a cold or the
// flu going round (h26-015, «رشح وسخونة ... عم برجف بالليل», back from
// Nigeria and never asked). A fever with a plain source other than a cold
// (burning pee, a tooth) is still asked only when a journey is told.
func TestAFeverWithRigorsIsAskedTheJourney(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"just a cold I think, temperature since yesterday and shivering at night, everyone at work has the flu",
		"عندي شوية رشح وسخونة من امبارح وعم برجف بالليل",
		"عندي زكام وحرارة ورجفة من البارح",
		"عندي برد وسخونية وبترعش طول الليل",
		"عندي الرواح والسخانة وكنترعد بالليل",
	} {
		w := e.Walk(text, Facts{AgeYears: 39, Sex: "m"}, "", answerAll("no"))
		if !slices.Contains(w.Asked, "fever_travel") {
			t.Errorf("%q: asked %v; a fever with rigors is asked about a malaria area", text, w.Asked)
		}
	}
	for _, text := range []string{
		"burning when I pee, a fever and shivers since last night",
		"حرقان في البول وحرارة ورجفة",
	} {
		w := e.Walk(text, Facts{AgeYears: 41, Sex: "f"}, "", answerAll("no"))
		if slices.Contains(w.Asked, "fever_travel") {
			t.Errorf("%q: asked %v; a urine infection's fever is asked the journey only when one is told", text, w.Asked)
		}
	}
}

// TestAChestSoreFromCoughingIsTheCough: a chest made sore by a cold's
// coughing, said so, is the cough's, not a chest pain of its own: a cough
// of four days with «صدري يوجعني شوي من كتر الكحة» went to cardiology,
// urgent, and (its words answering "chest pain?" for the patient) to the
// emergency number (h26-006). Breathlessness or sweating beside it is
// still RF-CHEST-01, and a chest pain told without the cough's cause stays
// the chest's.
func TestAChestSoreFromCoughingIsTheCough(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"cold and cough for 4 days, my chest is a bit sore from all the coughing, no fever, breathing fine",
		"معي رشح وكحة من ٤ ايام وصدري يوجعني شوي من كتر الكحة",
		"عندي كحه من اسبوع وصدري يعورني من الكحه",
		"عندي كحة وزكام وصدري واجعني من كتر الكحة",
		"عندي الكحة من ثلاث ايام وصدري كيضرني من الكحة",
	} {
		w := e.Walk(text, Facts{AgeYears: 27, Sex: "m"}, "", answerMild)
		if w.Decision.Urgency != SelfCare || slices.Contains(w.Decision.Complaints, "chest_pain") {
			t.Errorf("%q: %s %v %v; a chest sore from a cold's coughing is self-care", text, w.Decision.Urgency, w.Decision.Complaints, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"my chest hurts from all the coughing and I'm sweating and short of breath",
		"صدري يوجعني من الكحة وعرقان ونفسي ضيق",
	} {
		if w := e.Walk(text, Facts{AgeYears: 55, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s; chest pain with sweating or breathlessness stays an emergency", text, w.Decision.Urgency)
		}
	}
	if w := e.Walk("I have a cough and chest pain", Facts{AgeYears: 50, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency == SelfCare {
		t.Errorf("a cough and a chest pain: %s; a chest pain not put down to the coughing is not self-care", w.Decision.Urgency)
	}
}

// TestSleepLostToASymptomIsNoMood: "I can't sleep from the cough" is the
// cough's, and asked as a sleep complaint a cold got the suicide
// question, where "not sure" is the emergency number (h26-006, «ما عم نام
// منها»). Sleeplessness told on its own still asks about mood.
func TestSleepLostToASymptomIsNoMood(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"dry cough for 3 days, I want something for it because I cant sleep with the cough",
		"بدي شي للكحة لاني ما عم نام منها",
		"عندي كحة ما بنام من الكحة بالليل",
		"ضرسي يوجعني ما اقدر انام من الوجع",
		"عندي الكحة ما نقدرش نرقد من الكحة",
	} {
		if w := e.Walk(text, Facts{AgeYears: 30, Sex: "f"}, "", answerAll("no")); slices.Contains(w.Asked, "mh_suicidal") {
			t.Errorf("%q: asked %v; sleep lost to a symptom is not a mood", text, w.Asked)
		}
	}
	for _, text := range []string{
		"I cant sleep for weeks and I feel low",
		"ما عم نام من شهر وحاسس حالي مخنوق",
	} {
		if w := e.Walk(text, Facts{AgeYears: 30, Sex: "f"}, "", answerAll("no")); !slices.Contains(w.Asked, "mh_suicidal") {
			t.Errorf("%q: asked %v; sleeplessness on its own asks about mood", text, w.Asked)
		}
	}
}

// TestABallOrAnEggAsASizeIsNoTesticle: a boil "the size of a golf ball,
// really sore" read as a sore testicle, asked a sudden loin pain and went
// to the emergency number on "not sure" (h26-012). An egg as a size
// («قد البيضة») is no بيضة either. A testicle said so stays one.
func TestABallOrAnEggAsASizeIsNoTesticle(t *testing.T) {
	lx := mustLoad(t).lex
	testicle := lx.index["testicle"]
	for text, want := range map[string]bool{
		"a boil on my thigh about the size of a golf ball, really sore": false,
		"lump in my armpit like a ping pong ball":                       false,
		"عندي دمل في فخذي قد البيضة ويوجعني":                            false,
		"طلعت لي حبة بحجم البيضه تحت ابطي":                              false,
		"my balls hurt since this morning":                              true,
		"وجع في الخصية من الصبح":                                        true,
	} {
		if a := lx.analyze(text); a.present[testicle] != want {
			t.Errorf("%q: testicle %v, want %v", text, a.present[testicle], want)
		}
	}
}

// TestTheHeadOfASpotIsNoHead: the yellow head of a stye, a boil or a spot
// with "bit sore" read as a headache and asked about a thunderclap
// (h26-028). A sore head stays a headache.
func TestTheHeadOfASpotIsNoHead(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"stye on my eyelid, little red lump with a yellow head, bit sore",
		"a boil on my neck that has come to a head, sore",
		"حبه في جفني طلع لها راس اصفر وتوجعني شوي",
		"عندي دمل فيه راس ابيض ويوجعني",
	} {
		w := e.Walk(text, Facts{AgeYears: 42, Sex: "f"}, "", answerAll("no"))
		if slices.Contains(w.Decision.Complaints, "headache") || slices.Contains(w.Asked, "head_sudden") {
			t.Errorf("%q: %v asked %v; the head of a spot is no headache", text, w.Decision.Complaints, w.Asked)
		}
	}
	if d := e.Classify("my head is sore since this morning", Facts{AgeYears: 42}); !slices.Contains(d.Complaints, "headache") {
		t.Errorf("a sore head: %v, want a headache", d.Complaints)
	}
}

// TestAChestPainCheckedAndMuscularIsNoHeartAttack: a chest pain checked at
// the emergency department and called a strained muscle, still sore "when
// I move my arm or press on the spot", read as pressure (شد), pain
// spreading to the arm and a pressed chest: RF-CHEST-01, -02 and -04
// (h26-020). A pressing pain or one going down the arm stays an emergency.
func TestAChestPainCheckedAndMuscularIsNoHeartAttack(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"رحت الطوارئ الاسبوع اللي فات عشان وجع في صدري، عملولي رسم قلب وتحاليل وقالولي ده شد عضلي من الجيم. لسه بيوجعني شويه لما بحرك دراعي او بضغط على المكان",
		"A&E said it was a pulled muscle from the gym, my chest still hurts a bit when I move my arm or press on the spot",
		"صدري عم يوجعني لما بضغط على المكان ولما بحرك ايدي، الدكتور قال شد عضلي",
		"صدري كيضرني شوية ملي كنضغط عليه، قالو ليا شد عضلي",
	} {
		if w := e.Walk(text, Facts{AgeYears: 36, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v; a chest wall pain checked and named is no emergency", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"chest pain going down my left arm",
		"وجع في صدري واصل لدراعي الشمال",
		"my chest feels tight and heavy",
	} {
		if w := e.Walk(text, Facts{AgeYears: 58, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s; want the emergency", text, w.Decision.Urgency)
		}
	}
}

// TestABrokenThingIsNoBrokenBone: a cut from a broken glass or plate is a
// wound, not a broken bone or a blow: "sliced my palm on a broken glass"
// asked about a blow to the head, and "not sure" went to the emergency
// number (h26-019). A broken bone said so stays an injury.
func TestABrokenThingIsNoBrokenBone(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Sliced my palm on a broken glass doing the washing up, it's gaping a bit",
		"جرحت ايدي بزجاج مكسور وانا بغسل الصحون",
		"اتعورت من كاس مكسور في صباعي",
		"تجرحت بقزاز مكسور في رجلي",
	} {
		w := e.Walk(text, Facts{AgeYears: 38, Sex: "f"}, "", answerAll("no"))
		if slices.Contains(w.Asked, "inj_head") || w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s asked %v; a cut from a broken glass is a wound, no blow", text, w.Decision.Urgency, w.Asked)
		}
	}
	for _, text := range []string{"I think my wrist is broken, I fell on it", "ايدي مكسورة وقعت عليها"} {
		if d := e.Classify(text, Facts{AgeYears: 38}); !slices.Contains(d.Complaints, "injury") {
			t.Errorf("%q: %v, want an injury", text, d.Complaints)
		}
	}
}

// TestMaghrebNotDeepIsNoDeepWound: Maghrebi ماشي before an adjective is
// "not": «جرح صغير ماشي عميق» (a small cut, not deep) read as a deep
// wound, urgent, and «جرح صغير» (a small cut) as a child (h26-018). A deep
// cut said so stays one.
func TestMaghrebNotDeepIsNoDeepWound(t *testing.T) {
	lx := mustLoad(t).lex
	deep, child := lx.index["deep_wound"], lx.index["child_word"]
	for text, want := range map[string]bool{
		"جرحت صبعي بالموس جرح صغير ماشي عميق": false,
		"تجرحت في يدي بالسكين ماشي عميقة":     false,
		"جرح عميق في يدي والدم ما حبسش":       true,
		"the cut is deep and gaping":          true,
		"جرحت يدي بالسكين والجرح مفتوح وعميق": true,
	} {
		if a := lx.analyze(text); a.present[deep] != want {
			t.Errorf("%q: deep_wound %v, want %v", text, a.present[deep], want)
		}
	}
	for text, want := range map[string]bool{
		"عندي جرح صغير في صبعي":  false,
		"عندي حبة صغيرة في ظهري": false,
		"ولدي الصغير عنده حرارة": true,
	} {
		if a := lx.analyze(text); a.present[child] != want {
			t.Errorf("%q: child_word %v, want %v", text, a.present[child], want)
		}
	}
}

// TestAFeverBackAfterItsMedicineIsNoVomiting: «بتنزل بالخافض وبترجع تاني»
// (it comes down with the fever medicine and comes back again) read as
// vomiting, and a feverish two-year-old was asked about vomited blood and
// tablets swallowed (h26-027). A child who throws up stays vomiting.
func TestAFeverBackAfterItsMedicineIsNoVomiting(t *testing.T) {
	lx := mustLoad(t).lex
	vomit := lx.index["vomiting"]
	for text, want := range map[string]bool{
		"بنتي سخنة ٣٩ بتنزل بالخافض وبترجع تاني":   false,
		"الحرارة تنزل بالبنادول وترجع":             false,
		"حرارته بتنزل بالدوا وبترجع ترتفع بالليل":  false,
		"ابني سخن وبيرجع كل حاجة بياكلها":          true,
		"بنتي عندها سخونية وبترجع من الصبح ٣ مرات": true,
	} {
		if a := lx.analyze(text); a.present[vomit] != want {
			t.Errorf("%q: vomiting %v, want %v", text, a.present[vomit], want)
		}
	}
}

// TestEverydayWordsOfAMildIllness: a mild short illness told in everyday
// words is read as what it is, so the conversation and the advice are
// its own: a scratchy, croaky throat (h26-001, read as nothing, routine);
// constipation told as not having been to the toilet (h26-011, whose
// negation reached the named «امساك»); the Gulf's «حرقان وانا اسوي حمام»
// and «كل شوي ابا اروح» (h26-032, read as a belly pain).
func TestEverydayWordsOfAMildIllness(t *testing.T) {
	lx := mustLoad(t).lex
	for _, tc := range []struct {
		name, concept string
		texts         []string
	}{
		{"throat", "sore_throat", []string{
			"got a scratchy throat since yesterday, bit croaky",
			"tickly throat and a runny nose",
			"حلقي يحكني من امبارح",
			"عندي خشونة في الزور وصوتي مبحوح",
			"زوري بيحكني وناشف",
		}},
		{"constipation", "constipation", []string{
			"sar 4 iyyam ma fetet 3al 7ammam",
			"I havent been to the toilet for 4 days",
			"صار لي ٣ ايام ما رحت الحمام",
			"ما عملتش حمام من ٤ ايام",
		}},
		{"dysuria", "dysuria", []string{
			"احس بحرقان وانا اسوي حمام",
			"يحرقني وانا اسوي حمام",
		}},
		{"frequency", "urinary_frequency", []string{
			"كل شوي ابا اروح الحمام",
			"كل شويه عايزه ادخل الحمام",
			"I keep needing to pee",
		}},
	} {
		c := lx.index[tc.concept]
		for _, text := range tc.texts {
			if a := lx.analyze(text); !a.present[c] {
				t.Errorf("%s: %q does not read %s", tc.name, text, tc.concept)
			}
		}
	}
	e := mustLoad(t)
	if w := e.Walk("Morning - got a scratchy throat since yesterday, bit croaky, no temp, eating and drinking fine", Facts{AgeYears: 31, Sex: "m"}, "", answerMild); w.Decision.Urgency != SelfCare {
		t.Errorf("a scratchy throat of a day: %s, want self-care", w.Decision.Urgency)
	}
}

// TestACoinOrABruiseInTheGulfsWords: «ازرق بحجم الريال» (a bruise the size
// of a riyal) read the riyal as Egypt's ريالة (drool), a throat that
// cannot swallow, and «طلع له ازرق» as nothing, so a boy's bruise was
// asked about wet nappies and a stiff neck (h26-009). A child walking and
// running is a bruise cared for at home; drooling said so is still read.
func TestACoinOrABruiseInTheGulfsWords(t *testing.T) {
	e := mustLoad(t)
	lx := e.lex
	swallow := lx.index["swallow_difficulty"]
	for text, want := range map[string]bool{
		"طلع له ازرق بحجم الريال على رجله":   false,
		"حبه قد الريال على ظهري":             false,
		"ابني عنده ريالة كتير ومش قادر يبلع": true,
	} {
		if a := lx.analyze(text); a.present[swallow] != want {
			t.Errorf("%q: swallow_difficulty %v, want %v", text, a.present[swallow], want)
		}
	}
	for _, text := range []string{
		"ولدي عمره ١٠ سنين ضرب رجله في طرف الطاوله امس وطلع له ازرق بحجم الريال، يمشي ويركض عادي",
		"بنتي خبطت رجلها وطلع لها ازرق، تمشي وتركض عادي",
	} {
		w := e.Walk(text, Facts{AgeYears: 10, Sex: "m"}, "", answerMild)
		if w.Decision.Urgency != SelfCare || slices.Contains(w.Asked, "child_wet") {
			t.Errorf("%q: %s asked %v; a bruise on a child who runs about is self-care", text, w.Decision.Urgency, w.Asked)
		}
	}
}

// TestAFingerPressingIsNoBloodPressure: «بضغط على المكان» (I press on the
// spot) read as blood pressure, a long-term condition and a chest felt as
// pressure (h26-020). Blood pressure named stays read.
func TestAFingerPressingIsNoBloodPressure(t *testing.T) {
	lx := mustLoad(t).lex
	bp := lx.index["hypertension_word"]
	for text, want := range map[string]bool{
		"لسه بيوجعني لما بحرك دراعي او بضغط على المكان": false,
		"يوجعني لما اضغط عليه":                          false,
		"كيضرني ملي كنضغط على البلاصة":                  false,
		"عندي ضغط وسكر":                                 true,
		"بدي جدد دوا الضغط":                             true,
	} {
		if a := lx.analyze(text); a.present[bp] != want {
			t.Errorf("%q: hypertension_word %v, want %v", text, a.present[bp], want)
		}
	}
}

// TestTheBellyOfTheLegIsTheCalf: «بطن رجلي» (the belly of my leg) is the
// calf in Egypt and the Levant: read as a belly, a red swollen calf three
// weeks after a knee operation was asked about vomited blood, a severe
// belly pain and a pregnancy before the operation (h26-013). The belly
// said alone stays the belly.
func TestTheBellyOfTheLegIsTheCalf(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بطن رجلي اليمين وارمه شويه وحمرا وبتوجعني لما بمشي",
		"بطن رجلي الشمال منفوخة وحمرا",
		"بطن الرجل اليسرى متورم ويوجعني",
	} {
		w := e.Walk(text, Facts{AgeYears: 45, Sex: "f"}, "", answerAll("no"))
		if !slices.Contains(w.Asked, "leg_hospital") || slices.Contains(w.Asked, "abd_blood") {
			t.Errorf("%q: asked %v; the belly of the leg is the calf", text, w.Asked)
		}
	}
	if d := e.Classify("بطني بيوجعني من امبارح", Facts{AgeYears: 45}); !slices.Contains(d.Complaints, "abdominal_pain") {
		t.Errorf("a belly pain: %v, want abdominal_pain", d.Complaints)
	}
}

// TestAWishToSleepAndNotWakeIsPassive: "I wish I could just go to sleep
// and not wake up" is a passive wish, urgent with the plan asked, not
// someone who cannot be woken (it was RF-CONSC-01; found while probing set
// 26's worries). A parent who went to sleep and cannot be woken stays the
// emergency.
func TestAWishToSleepAndNotWakeIsPassive(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I have been low for a few weeks, sometimes I wish I could just go to sleep and not wake up",
		"some nights I want to fall asleep and never wake up",
		"honestly id like to just go to sleep and not wake up",
	} {
		w := e.Walk(text, Facts{AgeYears: 30, Sex: "f"}, "", answerAll("no"))
		if w.Decision.Urgency != Urgent || slices.Contains(w.Decision.RedFlags, "RF-CONSC-01") {
			t.Errorf("%q: %s %v; a wish not to wake is passive, urgent", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"my dad went to sleep and not wake up this morning, he is breathing but I can't wake him",
		"my mum went to sleep and we cant wake her up",
	} {
		if w := e.Walk(text, Facts{AgeYears: 70, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s; someone who cannot be woken is the emergency", text, w.Decision.Urgency)
		}
	}
}

// TestWhatComesFromHerIsNoFace: Arabic «منه», «منها» (from him, from her)
// are Urdu's منہ (mouth) once normalized, so «ونازل منها ريالة كتير»
// (drool coming from her) of a teething baby read as a face drooping,
// RF-STROKE-01 (found while probing set 26's teething). A drooping mouth
// said so stays the stroke's sign.
func TestWhatComesFromHerIsNoFace(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عندها سنة وبتسنن وحرارتها ٣٧.٨ ونازل منها ريالة كتير",
		"ابني بيسنن وبينزل منه ريالة طول اليوم",
		"ولدي طالع منه ريال كثير وهو يسنن",
	} {
		if w := e.Walk(text, Facts{AgeYears: 1, Sex: "f"}, "", answerAll("no")); w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v; drool coming from a teething baby is no stroke", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{"بقه نازل من جهة من الصبح", "وشها مايل وبقها نازل"} {
		if w := e.Walk(text, Facts{AgeYears: 70, Sex: "f"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s; a drooping mouth is the stroke's sign", text, w.Decision.Urgency)
		}
	}
}

// TestSunburntShouldersAndAFearedDisease: shoulders "red and sore" after
// the sun are a sunburn, not a joint pain (routine, orthopedics); a
// disease feared in oneself ("worried I might have a brain tumour") is a
// question about the symptom, not anxiety asked about suicide. Both found
// while probing set 26's look-alikes.
func TestSunburntShouldersAndAFearedDisease(t *testing.T) {
	e := mustLoad(t)
	if w := e.Walk("got sunburnt at the pool yesterday, shoulders red and sore, no blisters", Facts{AgeYears: 22, Sex: "m"}, "", answerMild); w.Decision.Urgency != SelfCare {
		t.Errorf("sunburnt shoulders: %s %v, want self-care", w.Decision.Urgency, w.Decision.Complaints)
	}
	for _, text := range []string{
		"I'm worried I might have a brain tumour because I get headaches after work",
		"scared I have cancer, I found a small mole",
	} {
		if w := e.Walk(text, Facts{AgeYears: 29, Sex: "f"}, "", answerMild); slices.Contains(w.Asked, "mh_suicidal") {
			t.Errorf("%q: asked %v; a feared disease is no mood", text, w.Asked)
		}
	}
	if w := e.Walk("I'm worried all the time and can't sleep", Facts{AgeYears: 29, Sex: "f"}, "", answerMild); !slices.Contains(w.Asked, "mh_suicidal") {
		t.Errorf("worry on its own: asked %v, want the mood's questions", w.Asked)
	}
}

// TestASmallBurnNotBlisteredIsHomeCare: a burn told red and not blistered
// ("no blister", «ما طلع فيه فقاعات») is small (minor_burn), and UR-BURN-01
// no longer makes it urgent, on a finger or hand too (NHS: Burns and
// scalds, A&E for a hand burn that blisters). A blistered hand stays
// urgent.
func TestASmallBurnNotBlisteredIsHomeCare(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"burnt my finger on the oven tray, red, no blister, ran it under cold water",
		"انحرقت بالمكوى على ايدي، احمر وما طلع فيه فقاعات",
		"اتحرقت من الطاسة في صباعي احمر بس ما طلعش فقاقيع",
	} {
		if d := e.Classify(text, Facts{AgeYears: 33}); slices.Contains(d.AmberFlags, "UR-BURN-01") {
			t.Errorf("%q: %s %v; a small burn not blistered is no urgent burn", text, d.Urgency, d.AmberFlags)
		}
	}
	if d := e.Classify("burnt my hand with boiling water, big blisters", Facts{AgeYears: 33}); d.Urgency.Rank() < Urgent.Rank() {
		t.Errorf("a blistered hand burn: %s, want urgent", d.Urgency)
	}
}
