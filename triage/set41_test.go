package triage

import (
	"slices"
	"testing"
)

// Set 41 was written blind at the start of the eleventh session: children
// and babies, told by mothers, fathers and grandparents. Each test reads
// the wording class in other writers' words, and checks that the wording
// of the real emergency still fires.

// firesFor classifies text for a child of the given age in years and
// reports whether rule (an RF- or UR- id) fired.
func firesFor(e *Engine, text string, ageYears int, rule string) (Decision, bool) {
	d := e.Classify(text, Facts{AgeYears: ageYears})
	return d, slices.Contains(d.RedFlags, rule) || slices.Contains(d.AmberFlags, rule)
}

// TestASwallowedButtonBatteryToldAtLength: a parent's long account of a
// missing round battery that the child "says he ate" (h41-018) is a
// swallowed button battery, an A&E visit at once however well the child
// looks (NHS: button batteries); "round" («المدورة») is no period. A flat
// battery in the remote is nothing.
func TestASwallowedButtonBatteryToldAtLength(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي كانت بتلعب بالساعة، البطارية الصغيرة المدورة اللي جوه مش موجودة وهي بتقول اكلتها، بس هي بتلعب عادي",
		"ولدي فتح لعبته والبطارية المدورة الصغيرة ضايعة ويقول انه اكلها",
		"ابني فتح الريموت وشلنا البطاريات، وحدة منهم ما لقيناها وهو عم يقول بلعها",
		"my son opened the remote and one of the small round batteries is missing, he says he ate it, but he's fine",
		"ولدي بلع بطارية صغيرة",
	} {
		d, ok := firesFor(e, text, 2, "RF-POISON-01")
		if !ok {
			t.Errorf("%q: %s %v; want RF-POISON-01", text, d.Urgency, d.RedFlags)
		}
		if d.Specialty == "obstetrics_gynecology" {
			t.Errorf("%q: a round battery went to %s", text, d.Specialty)
		}
	}
	for _, text := range []string{
		"the remote's battery is flat, my son is crying because his toy stopped",
		"بطارية الريموت خلصت وابني زعلان، بس عنده كحة خفيفة",
		"بنتي اكلها قليل من يومين وعندها حرارة خفيفة",
	} {
		if d, ok := firesFor(e, text, 2, "RF-POISON-01"); ok {
			t.Errorf("%q: %s %v; no battery was swallowed", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestAFitToldAsAFunnyTurn: a body that went stiff and shook, or shook
// with the eyes rolling up, is a fit, and a first fit is a 999 call (NHS:
// Febrile seizures). A grandparent's "funny turn - went all stiff and
// shaky" (h41-030) was a fever; stiff joints and shaky hands are not a fit.
func TestAFitToldAsAFunnyTurn(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"he had a temperature and then went all stiff and shaky for a minute, now asleep",
		"she went rigid and her arms were shaking, eyes rolled up",
		"بنتي سخنة ورجفت وعينيها طلعت لفوق دقيقة وبعدين نامت",
		"ولدي حرارته عالية وجسمه تيبس وعيونه طلعت لفوق",
		"بنتي عندها حرارة وجسمها اتشد وصارت ترجف",
		"ولدي ولا قاصح وكيترعد مع السخانة",
	} {
		if d, ok := firesFor(e, text, 1, "RF-SEIZ-01"); !ok {
			t.Errorf("%q: %s %v; want RF-SEIZ-01", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my joints are stiff and my hands are a bit shaky in the morning",
		"my hands shook and my eyes were fixed on the screen all day",
		"رقبتي متيبسة من النوم وايدي ترجف من البرد",
	} {
		if d, ok := firesFor(e, text, 60, "RF-SEIZ-01"); ok {
			t.Errorf("%q: %s %v; no fit", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestAChildsWeeThatBurns: a small child's wee that burns is a urine
// infection (NICE NG224), not a scald in a child under five (RF-BURN-03,
// h41-020). A real burn still is.
func TestAChildsWeeThatBurns(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my 3 year old says her wee burns and she keeps going to the toilet",
		"his wee is burning and he cries on the potty",
		"burning wee since yesterday and a temperature of 38.5",
	} {
		if d, ok := firesFor(e, text, 3, "RF-BURN-03"); ok {
			t.Errorf("%q: %s %v; a urine infection, no burn", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my 3 year old burned her hand on the kettle",
		"hot tea spilled on my son's arm, it burns and is red",
	} {
		if d, ok := firesFor(e, text, 3, "RF-BURN-03"); !ok {
			t.Errorf("%q: %s %v; want RF-BURN-03", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestBackToPlayingAfterABump: «رجع يلعب» is "went back to playing", not
// «رجع», he vomited; and how hard a head was knocked is the blow's force,
// not a severe head injury (NICE NG232 weighs the mechanism and the signs
// after it, which are asked). A toddler off the sofa, back playing
// (h41-026), went to the emergency number. Vomiting or drowsiness after a
// knock to the head still does.
func TestBackToPlayingAfterABump(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي وقعت من السرير وخبطت راسها، عيطت شوية ورجعت تلعب",
		"ابني وقع وضرب راسو بالارض، بكي شوي ورجع يضحك ويلعب",
		"ولدي طاح وضرب راسه جامد بس رجع ياكل عادي",
		"my son fell off the sofa and hit his head really hard, cried straight away and now playing",
	} {
		if d, ok := firesFor(e, text, 2, "RF-TRAUMA-02"); ok {
			t.Errorf("%q: %s %v; no sign after the knock", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"ابني خبط راسه ورجع مرتين",
		"ابني وقع على راسه وبعدين رجع كل الاكل",
		"ولدي ضرب راسه جامد وصار نعسان",
		"my son hit his head really hard and now he is vomiting",
	} {
		if d, ok := firesFor(e, text, 2, "RF-TRAUMA-02"); !ok {
			t.Errorf("%q: %s %v; want RF-TRAUMA-02", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestAFearOfChokingIsNoChoking: a parent's fear that a coughing child will
// choke, and the Maghreb's "so much I'd say he'll choke", tell how
// frightening the cough is (h41-037 croup, h41-033 a cold); a child who
// is choking, or cannot breathe, is still the emergency.
func TestAFearOfChokingIsNoChoking(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ولدي يكح طول الليل وانا خايفه يختنق، بس نفسه زين",
		"بنتي عندها كحة بزاف حتى نقول راح تتخنق، والنفس مليح",
		"I'm scared he'll choke, he's coughing so much at night",
		"بنتي بتكح كتير وانا خايف تختنق وهي نايمة",
	} {
		if d, ok := firesFor(e, text, 2, "RF-BREATH-01"); ok {
			t.Errorf("%q: %s %v; a fear, not a child who cannot breathe", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"ولدي يختنق وما يقدر يتنفس",
		"انا خايفه، ولدي يختنق",
		"my son cannot breathe, he is struggling",
	} {
		d := e.Classify(text, Facts{AgeYears: 2})
		if d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want an emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestABarkingCoughHoweverLikened: a child's cough likened to a dog's or a
// seal's bark in any order is croup, seen the same day (UR-CHILD-05; NHS:
// Croup), h41-037. A dog's own cough is not.
func TestABarkingCoughHoweverLikened(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ولدي كحته صارت مثل نباح الكلب من البارح",
		"بنتي الكحة ديالها بحال نباح الكلب",
		"my 3 year old's cough is barking since last night",
		"her cough sounds like a little dog",
	} {
		if d, ok := firesFor(e, text, 2, "UR-CHILD-05"); !ok {
			t.Errorf("%q: %s %v; want UR-CHILD-05", text, d.Urgency, d.AmberFlags)
		}
	}
	if d, ok := firesFor(e, "our dog has a cough and my son is worried", 8, "UR-CHILD-05"); ok {
		t.Errorf("a dog's cough: %v; no croup", d.AmberFlags)
	}
}

// TestPausesWithSnoringAreSleepApnoea: a child who snores and "stops
// breathing for a few seconds then gasps" has obstructive sleep apnoea, a
// routine ENT referral (NICE CKS; h41-040); grunting or ribs sucking in
// beside snoring, and pauses told alone, are still RF-BREATH-06.
func TestPausesWithSnoringAreSleepApnoea(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my 4 year old snores every night and sometimes stops breathing for a few seconds then gasps",
		"he snores loudly and has pauses in breathing when asleep, tonsils are big",
	} {
		if d, ok := firesFor(e, text, 4, "RF-BREATH-06"); ok {
			t.Errorf("%q: %s %v; sleep apnoea is routine", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my baby has pauses in breathing",
		"my baby stops breathing for a few seconds and goes blue",
		"he snores and is grunting with his ribs sucking in",
	} {
		if d, ok := firesFor(e, text, 0, "RF-BREATH-06"); !ok {
			t.Errorf("%q: %s %v; want RF-BREATH-06", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestAppendicitisAsAParentPassesItOn: a pain that began round the navel
// and that the child "now says" is lower down on the right is the
// appendix's pattern (NICE CKS Appendicitis; h41-014), however the parent
// words the move.
func TestAppendicitisAsAParentPassesItOn(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"tummy ache since last night, started round his belly button and now he says its lower down on the right",
		"her stomach hurt around the belly button this morning and now she says it is on the right side",
	} {
		if d, ok := firesFor(e, text, 10, "UR-ABD-01"); !ok {
			t.Errorf("%q: %s %v; want UR-ABD-01", text, d.Urgency, d.AmberFlags)
		}
	}
	if d, ok := firesFor(e, "tummy ache round his belly button, now he says it is better", 10, "UR-ABD-01"); ok {
		t.Errorf("a belly ache with no right side: %v; no appendix pattern", d.AmberFlags)
	}
}

// TestAChildComplainingOfAPart: a child who "complains of his head" has a
// headache («يشكي من راسو», h41-006), of the belly a belly ache.
func TestAChildComplainingOfAPart(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, concept string }{
		{"كل صباح يقوم من النوم يشكي من راسو", "headache"},
		{"بنتي بتشتكي من راسها من اسبوع", "headache"},
		{"ولدي كيشكي من كرشو", "abdominal_pain"},
		{"he keeps complaining of his head in the mornings", "headache"},
	} {
		if !present(t, e, c.text, c.concept) {
			t.Errorf("%q: %s not read", c.text, c.concept)
		}
	}
	if present(t, e, "my son complains of being bored and his head is fine", "headache") {
		t.Errorf("a head that is fine read as a headache")
	}
}

// TestAKnockToTheHeadToldIsNotItsSigns: "was the head hit, with fainting,
// vomiting or confusion after?" is not answered "yes" by words that tell
// only the knock: a bump on the head beside a swollen wrist, or a
// toddler's bump off the sofa, went to the emergency number with no
// question (h41-026). The signs are asked instead, fainting among them
// (NICE NG232), and their "yes" is still the emergency.
func TestAKnockToTheHeadToldIsNotItsSigns(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my son fell off his bike and hit his head, his wrist is swollen",
		"بنتي وقعت من ع الكرسي وخبطت راسها، طلعلها بيضة فوق جبينها ورجعت تلعب",
		"ولدي طاح وضرب راسه بالارض وطلع له ورم",
	} {
		w := e.Walk(text, Facts{AgeYears: 6}, "", answerMild)
		if w.Decision.Urgency == Emergency || !slices.Contains(w.Asked, "inj_head_signs") {
			t.Errorf("%q: %s %v after %v; want the signs asked and no emergency", text, w.Decision.Urgency, w.Decision.RedFlags, w.Asked)
		}
		yes := e.Walk(text, Facts{AgeYears: 6}, "", answering(map[string]string{"inj_head_signs": "yes"}))
		if yes.Decision.Urgency != Emergency {
			t.Errorf("%q: a sign after the knock: %s after %v; want RF-TRAUMA-02", text, yes.Decision.Urgency, yes.Asked)
		}
	}
}

// TestWhatAParentSaysSettlesAQuestion: a child "playing and laughing" is
// neither drowsy nor floppy, "still wet nappies" pass urine, "his
// breathing is fine" is not breathless (NICE NG143's green features,
// told): those questions are not asked again. Told sleepy, or with dry
// nappies, they are.
func TestWhatAParentSaysSettlesAQuestion(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text, finding, want string
	}{
		{"ولدي عنده حرارة ٣٨ بس عم يلعب ويضحك", "drowsy", FindingAbsent},
		{"ولدي عنده حرارة ٣٨ بس عم يلعب ويضحك", "floppy", FindingAbsent},
		{"he has a fever but he's running around and laughing", "floppy", FindingAbsent},
		{"my baby has a cold, still wet nappies", "no_urine", FindingAbsent},
		{"بنتي سخنة بس كتبول عادي", "no_urine", FindingAbsent},
		{"كحة من يومين ونفسه زين", "breathless", FindingAbsent},
		{"she was playing this morning but now she is very sleepy", "drowsy", FindingPresent},
		{"only one wet nappy since the morning", "no_urine", ""},
		{"ما في ولا حفاض مبلول من الصبح", "no_urine", ""},
	} {
		if got := e.textFinding(e.lex.analyze(c.text), e.findings[c.finding]); got != c.want {
			t.Errorf("%q: %s %q, want %q", c.text, c.finding, got, c.want)
		}
	}
	w := e.Walk("my son is 2, temperature 38.5, running around and laughing", Facts{AgeYears: 2}, "", answerMild)
	if slices.Contains(w.Asked, "fever_drowsy") {
		t.Errorf("a child told playing: asked %v; not about sleepiness again", w.Asked)
	}
	w = e.Walk("my son is 2, temperature 38.5, he is very sleepy", Facts{AgeYears: 2}, "", answerMild)
	if w.Decision.Urgency != Emergency {
		t.Errorf("a sleepy feverish toddler: %s after %v; want the emergency", w.Decision.Urgency, w.Asked)
	}
}

// TestSmallThingsParentsWrite: "my 10yo" is an age (h41-014 was asked
// it); the Gulf's «ماشي طفح» is no rash (h41-035); a baby with red eyes
// in a fever is not asked whether the sight went, which a baby cannot
// tell (h41-035). An older child's eye, and a rash told, still are.
func TestSmallThingsParentsWrite(t *testing.T) {
	e := mustLoad(t)
	if got := e.Prefill("My 10yo has had tummy ache since last night", Facts{}, "abdominal")[ageQuestion]; got != "5to15y" {
		t.Errorf("my 10yo: age band %q, want 5to15y", got)
	}
	if present(t, e, "الحراره تروح وترجع، ماشي طفح ولا كحه", "rash") {
		t.Errorf("«ماشي طفح» read as a rash")
	}
	if !present(t, e, "الحراره تروح وترجع وطلع له طفح", "rash") {
		t.Errorf("a rash told: not read")
	}
	baby := e.Walk("ولدي عمره ٧ شهور حرارته ٣٩ من يومين وعيونه حمر", Facts{}, "", answerMild)
	if slices.Contains(baby.Asked, "eye_vision") {
		t.Errorf("a feverish baby's red eyes: asked %v; a baby cannot tell lost sight", baby.Asked)
	}
	older := e.Walk("my eye is red and painful and I have a fever", Facts{AgeYears: 30}, "", answerMild)
	if !slices.Contains(older.Asked, "eye_vision") {
		t.Errorf("an adult's painful red eye: asked %v; want eye_vision", older.Asked)
	}
}

// TestABabyToldInMonthsInUrdu: «میری بیٹی ڈیڑھ مہینے کی ہے» is a baby a
// month and a half old, and a baby drinking less milk and sleeping more
// is the emergency of a drowsy baby not feeding (NICE NG143; l8-012, a
// six-week-old, was routine). A baby feeding well is not.
func TestABabyToldInMonthsInUrdu(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"میرا بیٹا دو مہینے کا ہے، کل سے دودھ نہیں پی رہا اور بہت سو رہا ہے",
		"بیٹی تین ہفتے کی ہے، دودھ کم پیتی ہے اور زیادہ سوتی ہے",
	} {
		if d := e.Classify(text, Facts{Lang: "ur"}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want an emergency", text, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("میری بیٹی دو مہینے کی ہے، دودھ ٹھیک پی رہی ہے، ویکسین کے بارے میں پوچھنا ہے", Facts{Lang: "ur"}); d.Urgency == Emergency {
		t.Errorf("a baby feeding well: %s %v; no emergency", d.Urgency, d.RedFlags)
	}
}

// TestAYellowNewborn: a baby under three months told yellow, in the skin's
// colour or the eyes, is seen the same day for a bilirubin level (NICE
// CG98; h41-038, «لونها صاير اصفر وعيونها بعد صفر», was routine). A
// breastfed baby's yellow poo is not, nor an older child's yellow shirt.
func TestAYellowNewborn(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ابني عمره اسبوع لونه صاير اصفر شوي",
		"my 2 week old's eyes look yellow and she is sleepy",
		"بنتي عندها ١٢ يوم وعينيها صفرا",
	} {
		d := e.Classify(text, Facts{AgeMonths: 1})
		if !slices.Contains(d.AmberFlags, "UR-CHILD-07") && d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want UR-CHILD-07", text, d.Urgency, d.AmberFlags)
		}
	}
	for _, c := range []struct {
		text   string
		months int
	}{
		{"my 6 week old's poo is yellow and seedy, is that normal?", 1},
		{"لون البراز اصفر عند بنتي عمرها شهر", 1},
		{"ولدي عمره ٣ سنين لونه اصفر من الفقر دم", 36},
	} {
		if d := e.Classify(c.text, Facts{AgeMonths: c.months}); slices.Contains(d.AmberFlags, "UR-CHILD-07") {
			t.Errorf("%q: %v; no newborn jaundice", c.text, d.AmberFlags)
		}
	}
}
