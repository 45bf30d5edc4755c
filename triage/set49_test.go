package triage

import (
	"slices"
	"testing"
)

// Set 49 was written blind at the start of a twelfth-session task: look-
// alikes that must not go to the emergency number (alarming words, idioms,
// past history, ended episodes, worried relatives, a known condition's
// usual pattern, a question about a test or a medicine, Hajj tiredness),
// with 15 true emergencies told much like them. Its first run caught every
// emergency; what it got wrong was the other way. Six non-emergencies went
// to the emergency number with -missing=no, four of them words read out of
// their sense: a cholesterol result's "does that mean I'm going to have a
// heart attack?" read as a heart attack now; «باكل وبشرب عادي ونفسي كويس»
// (I eat and drink as usual and my breathing is fine) read as ع + اذي نفسي,
// harming myself; a fall down three steps read as a fall from height; and a
// nosebleed that "stop" after ten minutes' pinching, in a second language's
// present, read as one that would not. Two are policy disagreements left
// alone (fever after a malaria area and a calf swollen after an operation
// are emergencies in this engine, urgent in the writer's policy). The
// over-triage below them came from a negation a helper's window swallowed
// ("the redness is not spreading" was spreading), a fit "over in a minute"
// (دقيقه وخلصت) read as an epileptic's tablets run out, heart failure's
// usual ankles "same like always" read as a worsening, a DVT two years back
// read as one now, a faint at the sight of a needle read as a faint of
// unknown cause, a crowd «الزحمه قويه» read as a severe heat illness, a
// pilgrim's home country read as travel to a malaria area, spots «حبوب حمر»
// read as pills swallowed, and "10 week pregnant" not read as the first
// months. Each is fixed here in general, beside the wording that must
// still fire.

// TestARiskAskedIsNoHeartAttack: a heart attack asked about as a risk is
// not one now (h49-008); one suspected now still is.
func TestARiskAskedIsNoHeartAttack(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Got my blood results, cholesterol is 7.2 and in red. Does that mean im going to have a heart attack?? no symptoms at all",
		"what is my risk of a heart attack with this blood pressure",
		"الكوليسترول عالي، يعني هتجيلي ازمة قلبية؟",
	} {
		if d := e.Classify(text, Facts{AgeYears: 52}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; a risk asked about is no emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"I think I'm having a heart attack", "خايف تكون جلطة بالقلب", "my dad is having a heart attack"} {
		if _, ok := firesFor(e, text, 60, "RF-CHEST-03"); !ok {
			t.Errorf("%q: RF-CHEST-03 did not fire", text)
		}
	}
}

// TestAsUsualIsNoHarm: «عادي» (as usual) is not ع + اذي (harm): «باكل
// وبشرب عادي ونفسي كويس» is no self-harm (h49-033). Harming oneself said
// outright still is.
func TestAsUsualIsNoHarm(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انا هموت من البرد ده، مفيش سخونيه، باكل وبشرب عادي ونفسي كويس",
		"باكل عادي ونفسي مفتوحه",
	} {
		if present(t, e, text, "self_harm") {
			t.Errorf("%q: read as self-harm", text)
		}
	}
	for _, text := range []string{"بأذي نفسي", "بدي اذي حالي", "عم يجرح حالو"} {
		if d := e.Classify(text, Facts{AgeYears: 20}); d.Urgency != Emergency {
			t.Errorf("%q: %s; self-harm is an emergency", text, d.Urgency)
		}
	}
}

// TestAFewStepsIsNoHeight: a fall down a few steps is no fall from height
// (NICE NG232: more than 5 stairs), nor is it asked about a crash
// (h49-034); a fall down the stairs or from the roof still is.
func TestAFewStepsIsNoHeight(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"جوزي وقع من على السلم ٣ درجات وسند على ايده، رسغه ورم جامد",
		"slipped down the last 2 steps and twisted my ankle",
	} {
		if present(t, e, text, "major_trauma") {
			t.Errorf("%q: read as major trauma", text)
		}
		if d := e.Classify(text, Facts{AgeYears: 40}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"my mum fell down the stairs and isnt moving", "خيي وقع عن السطح", "ابوي طاح من الدرج"} {
		if _, ok := firesFor(e, text, 70, "RF-TRAUMA-01"); !ok {
			t.Errorf("%q: RF-TRAUMA-01 did not fire", text)
		}
	}
}

// TestASecondLanguageStopEndsTheBleed: "we pinch the nose 10 minute and it
// stop" is a nosebleed over (h49-024); one that will not stop still fires.
func TestASecondLanguageStopEndsTheBleed(t *testing.T) {
	e := mustLoad(t)
	text := "My son 8 years have nose bleed, blood very much everywhere!! We pinch the nose 10 minute and it stop. He is playing now"
	if d := e.Classify(text, Facts{AgeYears: 8}); d.Urgency == Emergency {
		t.Errorf("%q: %s %v; a nosebleed that stopped", text, d.Urgency, d.RedFlags)
	}
	for _, text := range []string{"nose bleed, blood everywhere, cannot make it stop", "my nose is bleeding a lot and it dont stop"} {
		if _, ok := firesFor(e, text, 30, "RF-BLEED-01"); !ok {
			t.Errorf("%q: RF-BLEED-01 did not fire", text)
		}
	}
}

// TestANegationInsideAHelpersWindow: a helper built around a negation keeps
// it ("not waking"), one whose window only spans it does not: "the redness
// is not spreading" denies the spreading (h49-037). Spreading told still
// is a skin infection.
func TestANegationInsideAHelpersWindow(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"the redness is not spreading",
		"ابني اتقرص من ناموسه ودراعه وارمه وحمرا، مفيش سخونيه والاحمرار مش بيكبر",
		"الاحمرار ما عم يكبر",
	} {
		if present(t, e, text, "skin_infection") {
			t.Errorf("%q: read as a spreading skin infection", text)
		}
	}
	for _, text := range []string{"the redness is spreading up my leg", "الاحمرار عم يكبر ورجلي سخنه"} {
		if !present(t, e, text, "skin_infection") {
			t.Errorf("%q: spreading redness not read", text)
		}
	}
	if d := e.Classify("my baby is not waking up", Facts{AgeMonths: 8}); d.Urgency != Emergency {
		t.Errorf("not waking: %s; want emergency", d.Urgency)
	}
}

// TestAFitOverInAMinuteIsNoRunOut: «دقيقه وخلصت» (over in a minute) is no
// medicine run out (h49-038); an epileptic's tablets finished still are.
func TestAFitOverInAMinuteIsNoRunOut(t *testing.T) {
	e := mustLoad(t)
	text := "امي عندها صرع من زمان وجتلها النوبه العاديه بتاعتها امبارح، دقيقه وخلصت وفاقت تماما زي كل مره"
	if present(t, e, text, "ran_out") {
		t.Errorf("%q: read as a medicine run out", text)
	}
	if d := e.Classify(text, Facts{AgeYears: 50}); d.Urgency == Emergency || d.Urgency == Urgent {
		t.Errorf("%q: %s %v %v; a known epileptic's usual fit is routine", text, d.Urgency, d.RedFlags, d.AmberFlags)
	}
	if _, ok := firesFor(e, "ابني عنده صرع ودواه خلص من يومين", 10, "UR-MED-01"); !ok {
		t.Error("epilepsy tablets run out: UR-MED-01 did not fire")
	}
}

// TestHeartFailuresUsualAnkles: the evening ankles of a stable heart
// failure "same like always" are a refill (h49-023); more swollen "than the
// usual" is still a worsening.
func TestHeartFailuresUsualAnkles(t *testing.T) {
	e := mustLoad(t)
	text := "My mother always have swelling in both legs in the evening, she has heart failure known, same like always, not more breathless than usual. She need refill of furosemide"
	if _, ok := firesFor(e, text, 74, "UR-HF-01"); ok {
		t.Errorf("%q: UR-HF-01 fired", text)
	}
	for _, text := range []string{"I have heart failure and my legs are more swollen than the usual", "عندي ضعف في عضلة القلب ووزني زاد ورجولي منفخه"} {
		if _, ok := firesFor(e, text, 70, "UR-HF-01"); !ok {
			t.Errorf("%q: UR-HF-01 did not fire", text)
		}
	}
}

// TestAPastClotAndAFinishedCourse: "I had a DVT 2 years ago, finished my
// rivaroxaban" is a history and a course completed (h49-011), not a clot
// now nor a blood thinner run out; a DVT suspected now still is.
func TestAPastClotAndAFinishedCourse(t *testing.T) {
	e := mustLoad(t)
	text := "I had a DVT 2 years ago, finished my rivaroxaban ages ago. im flying to Australia next month, should I be getting anything for the flight? no leg problems at all now"
	for _, c := range []string{"dvt_word", "ran_out"} {
		if present(t, e, text, c) {
			t.Errorf("%q: %s read", text, c)
		}
	}
	if d := e.Classify(text, Facts{AgeYears: 45}); d.Urgency == Emergency || d.Urgency == Urgent {
		t.Errorf("%q: %s %v", text, d.Urgency, d.AmberFlags)
	}
	if _, ok := firesFor(e, "my calf is swollen, I think its a DVT, had an operation 2 weeks ago", 50, "RF-DVT-01"); !ok {
		t.Error("a DVT now after an operation: RF-DVT-01 did not fire")
	}
	if _, ok := firesFor(e, "I ran out of my warfarin yesterday", 60, "UR-MED-01"); !ok {
		t.Error("warfarin run out: UR-MED-01 did not fire")
	}
}

// TestAFaintAtTheNeedle: a faint at the sight of a needle or of blood drawn
// is an uncomplicated faint (NICE CG109 1.1.3) and a needle seen is no
// allergen (h49-005); a faint with chest pain, or after an injection with
// swelling, still fires.
func TestAFaintAtTheNeedle(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Went for my blood test this morning and fainted when i saw the needle. Nurse gave me juice and I felt normal in a few mins",
		"اغمي علي لما شفت الابره وهما بيسحبوا الدم وفقت على طول",
	} {
		d := e.Classify(text, Facts{AgeYears: 23})
		if d.Urgency == Emergency || d.Urgency == Urgent {
			t.Errorf("%q: %s %v %v; an uncomplicated faint", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	for _, c := range []struct{ text, rule string }{
		{"fainted at my blood test and now I have chest pain and cant breathe", "RF-CHEST-01"},
		{"اغمي علي بعد الابره وشفايفي وارمه", "RF-ALLERGY-02"},
		{"I fainted this morning and now I'm ok", "UR-NEURO-01"},
	} {
		if _, ok := firesFor(e, c.text, 60, c.rule); !ok {
			t.Errorf("%q: %s did not fire", c.text, c.rule)
		}
	}
}

// TestThePilgrimsCrowdAndHome: «الزحمه قويه» is a big crowd, not a severe
// heat illness (h49-031), and "I am from Pakistan doing hajj, very tired in
// the sun" is the heat's, not an infection brought home (h49-014); heat
// stroke and a fever after a malaria area still fire.
func TestThePilgrimsCrowdAndHome(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انا في منى والزحمه قويه وتعبت من المشي، رجولي تعورني وشوي صداع، رحت المخيم تحت المكيف وشربت مويه وتحسنت الحين",
		"Assalamu alaikum, I am from Pakistan doing hajj, very tired after walking in the sun at Arafat, little headache. I sat in shade and drink lot of water and ORS, now feeling much better.",
	} {
		if d := e.Classify(text, Facts{AgeYears: 50}); d.Urgency != SelfCare {
			t.Errorf("%q: %s %v; mild heat exhaustion, self-care", text, d.Urgency, d.AmberFlags)
		}
	}
	for _, c := range []struct{ text, rule string }{
		{"خويا كان واقف فالشمس فعرفة، دابا سخون بزاف وجلدو ناشف وكيهضر بلا معنى", "RF-HEAT-01"},
		{"fever and chills since I came back from Nigeria last week", "RF-TRAVEL-01"},
	} {
		d := e.Classify(c.text, Facts{AgeYears: 60})
		if d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want emergency", c.text, d.Urgency, d.RedFlags)
		}
	}
}

// TestSpotsAreNoPills: «طلعلي حبوب حمر» (red spots came out) after
// strawberries is a rash, not pills swallowed (h49-054); a child who
// swallowed pills still is poisoning.
func TestSpotsAreNoPills(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"kalet fraise w tele3li 7bob 7mor 3a idi bt7ekni, ma fi waram b wejji wala shfafi",
		"اكلت فراولة وطلعلي حبوب حمر بتحكني",
	} {
		if present(t, e, text, "child_med_ingestion") {
			t.Errorf("%q: read as pills swallowed", text)
		}
		if !present(t, e, text, "allergy_trigger") {
			t.Errorf("%q: the food not read", text)
		}
	}
	for _, text := range []string{"ابني بلع حبوب من علبة جدته", "بنتي اكلت حبوب الضغط تبع ستها"} {
		if d := e.Classify(text, Facts{AgeYears: 3}); d.Urgency != Emergency {
			t.Errorf("%q: %s; a child who swallowed pills", text, d.Urgency)
		}
	}
}

// TestAToddlersBumpOnTheTable: "banged his head on the coffee table" is a
// low bump, not asked about a crash (h49-012).
func TestAToddlersBumpOnTheTable(t *testing.T) {
	e := mustLoad(t)
	text := "my 2 yr old banged his head on the coffee table, massive egg on his forehead!! he cried straight away, now hes running round playing"
	if !present(t, e, text, "minor_mechanism") {
		t.Errorf("%q: no minor mechanism read", text)
	}
	w := e.Walk(text, Facts{AgeYears: 2}, "", answering(map[string]string{}))
	if slices.Contains(w.Asked, "inj_mechanism") {
		t.Errorf("%q: asked about a crash or a fall from height", text)
	}
}

// TestTenWeekPregnant: "I am 10 week pregnant" is the first months: no
// question about waters (h49-017); "32 week pregnant" still is asked.
func TestTenWeekPregnant(t *testing.T) {
	e := mustLoad(t)
	if !present(t, e, "I am 10 week pregnant, little brown spotting", "early_pregnancy") {
		t.Error("10 week pregnant: not read as early pregnancy")
	}
	w := e.Walk("I am 10 week pregnant, little brown spotting when I wipe, no pain", Facts{AgeYears: 32, Sex: "f"}, "", answering(map[string]string{}))
	if slices.Contains(w.Asked, "preg_waters") {
		t.Errorf("10 weeks: asked %v", w.Asked)
	}
	if present(t, e, "I am 32 week pregnant", "early_pregnancy") {
		t.Error("32 week pregnant read as early pregnancy")
	}
}

// TestMyBreathingIsFine: «ونفسي كويس» and "no breathing problem" say the
// breath is fine, so it is not asked again (h49-033); feeling oneself well
// («حاسس نفسي كويس») says nothing of the breath.
func TestMyBreathingIsFine(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"باكل وبشرب عادي ونفسي كويس", "now fever and chills, no breathing problem", "نفسي منيح وما في وجع بصدري"} {
		if !present(t, e, text, "breathing_fine") {
			t.Errorf("%q: breathing not read as fine", text)
		}
	}
	if present(t, e, "حاسس نفسي كويس بس عندي كحه", "breathing_fine") {
		t.Error("feeling oneself well read as breathing fine")
	}
	if d := e.Classify("نفسي ضيق ومش قادر اتكلم", Facts{AgeYears: 40}); d.Urgency != Emergency {
		t.Errorf("too breathless to speak: %s; want emergency", d.Urgency)
	}
}
