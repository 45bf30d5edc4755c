package triage

import (
	"slices"
	"testing"
)

// Set 27 was sealed: written blind at the start of the ninth session and
// run once by figures on the tree the session began from. It caught every
// emergency; what it found was over-reading, fixed after that run.

// TestWordsThatNamedTheWrongThing: everyday words that had been read as
// something dangerous, each in the wording of a set 27 case, and the same
// words where they do mean it.
func TestWordsThatNamedTheWrongThing(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text  string
		never string // a red flag or amber rule that must not fire
	}{
		// a camera's flash is no cleaning product in the eye (h27-020)
		{"الوالده عمرها 66 تقول من امس تشوف نقط سودا تطير قدام عينها ومعها ومضات زي الفلاش اذا حركت عينها", "RF-EYE-02"},
		// «الوالدة» is the mother, not a mother who has just given birth
		{"الوالده عمرها 66 وعندها صداع شديد وزغللة", "RF-PREG-11"},
		// seeing "out of" an eye is sight, not a mind out of it (h27-023)
		{"Left eye has gone really red and sore, things look a bit smeary out of it. Bright light is horrible", "RF-NEURO-01"},
		// "very high" sugar readings are no pills taken in excess (h27-030)
		{"عندي سكر من 8 سنين وآخذ حبوب، هالشهر القراءات الصباحيه وايد عاليه", "RF-POISON-01"},
		// bathing in hot water is no scald (h27-038), nor hot water with honey
		{"تيتا عندها 82 سنه وجلدها ناشف اوي مع البرد، بتستحمى بمية سخنة كل يوم", "RF-BURN-01"},
		{"اشرب ماي حار مع عسل للحلق", "UR-BURN-01"},
		// a burn the size of the palm is not bigger than the hand (h27-024)
		{"انكب علي زيت حار على ذراعي، الحرق كبير قد كف اليد وطلعت فيه فقاعات", "RF-BURN-02"},
		// a knee worse little by little over two years is not a hot joint (h27-041)
		{"الواليدة عندها 70 عام وركبتها كتضرها من شي عامين، ولات كتزيد شوية بشوية ملي كتطلع الدروج", "UR-JOINT-01"},
	} {
		d := e.Classify(c.text, Facts{})
		if slices.Contains(d.RedFlags, c.never) || slices.Contains(d.AmberFlags, c.never) {
			t.Errorf("%q: %s %v %v; %s must not fire", c.text, d.Urgency, d.RedFlags, d.AmberFlags, c.never)
		}
	}
	for _, c := range []struct {
		text string
		want string
	}{
		{"chemical splashed in my eye, burning badly", "RF-EYE-02"},
		{"the burn is big, bigger than my hand, with blisters", "RF-BURN-02"},
		{"انكبت على ولدي ميه سخنه", "UR-BURN-01"},
		{"my dad is really out of it today and has a fever", "RF-NEURO-01"},
		{"I took too many pills", "RF-POISON-01"},
	} {
		d := e.Classify(c.text, Facts{AgeYears: 40})
		if !slices.Contains(d.RedFlags, c.want) && !slices.Contains(d.AmberFlags, c.want) {
			t.Errorf("%q: %s %v %v; want %s", c.text, d.Urgency, d.RedFlags, d.AmberFlags, c.want)
		}
	}
}

// TestRedUrineIsBlood: urine told red is blood in it (UR-URO-02): a smoker
// of 60 with urine «احمر زي الشاي التقيل» was told routine (h27-050); red
// eyes beside peeing often are not.
func TestRedUrineIsBlood(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"عمري 60 سنة، امبارح لاحظت البول لونه احمر زي الشاي التقيل مرتين، ما في وجع ولا حرقة",
		"my pee is red since yesterday",
		"بولي احمر",
	} {
		if d := e.Classify(text, Facts{AgeYears: 60}); !slices.Contains(d.AmberFlags, "UR-URO-02") {
			t.Errorf("%q: %s %v, want UR-URO-02", text, d.Urgency, d.AmberFlags)
		}
	}
	if d := e.Classify("red eyes, frequent urination", Facts{AgeYears: 30}); slices.Contains(d.AmberFlags, "UR-URO-02") {
		t.Errorf("red eyes and peeing often: %v; no blood in the urine", d.AmberFlags)
	}
}

// TestFeverishChildLessActive: a feverish child under five quieter than
// usual is seen today, though also told to play a little (UR-CHILD-06,
// NICE NG143 amber; h27-001 was told routine).
func TestFeverishChildLessActive(t *testing.T) {
	e := mustLoad(t)
	text := "ولدي عمره سنتين من امس عنده حراره 39 تنزل مع البنادول وترجع. اليوم هادي شوي اكثر من العاده بس يصحى ويلعب شوي ويشرب حليب وماي زين"
	w := e.Walk(text, Facts{}, "", answerMild)
	if w.Decision.Urgency != Urgent || !slices.Contains(w.Decision.AmberFlags, "UR-CHILD-06") {
		t.Errorf("%s %v; want urgent by UR-CHILD-06", w.Decision.Urgency, w.Decision.AmberFlags)
	}
	if slices.Contains(w.Decision.Complaints, "vomiting") {
		t.Errorf("a fever that comes back after the medicine is no vomiting: %v", w.Decision.Complaints)
	}
}

// TestChestPainOnlyOnCoughingWithAFever: a pilgrim's cough of five days
// with fever and a chest "little painful only when I cough", breathing
// fine, is a chest infection (urgent), not an emergency the words answered
// for the patient (h27-059); with breathlessness it still is one.
func TestChestPainOnlyOnCoughingWithAFever(t *testing.T) {
	e := mustLoad(t)
	text := "I am Turkish pilgrim, 54 years old. 5 days I have cough with yellow green phlegm, fever every night 38.5, my chest is little painful only when I cough. No blood. Breathing is okay when I sit."
	if w := e.Walk(text, Facts{}, "", answerMild); w.Decision.Urgency != Urgent {
		t.Errorf("%s %v after %v; want urgent", w.Decision.Urgency, w.Decision.RedFlags, w.Asked)
	}
	if w := e.Walk("I have a cough and my chest hurts when I cough, I am short of breath", Facts{}, "", answerMild); w.Decision.Urgency != Emergency {
		t.Errorf("breathless with chest pain: %s; want emergency", w.Decision.Urgency)
	}
}

// TestAGuessedPulledMuscleIsNoInjury: a swollen calf after a long flight
// "I think I pulled a muscle" is still asked about a clot (RF-DVT-01); a
// chest that hurts on twisting and pressing after lifting is the chest
// wall's, not RF-CHEST-04 (h27-033).
func TestAGuessedPulledMuscleIsNoInjury(t *testing.T) {
	e := mustLoad(t)
	yesHospital := func(q Question) string {
		if q.ID == "leg_hospital" || q.ID == "leg_one_side" {
			return "yes"
		}
		return answerMild(q)
	}
	w := e.Walk("Since yesterday my left calf is swollen, warm and sore. I think I pulled a muscle hauling the suitcases after a long flight", Facts{AgeYears: 50}, "", yesHospital)
	if !slices.Contains(w.Decision.RedFlags, "RF-DVT-01") {
		t.Errorf("calf after a flight: asked %v, %s %v; want RF-DVT-01", w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
	}
	chest := "yesterday I carry my mother big luggage up into the bus, today my chest right side is pain when I twist or press on it. Not pain when I sit still, no sweating, breathing ok. I think pull muscle lah"
	if d := e.Classify(chest, Facts{AgeYears: 40}); d.Urgency == Emergency {
		t.Errorf("chest wall strain: %s %v; no emergency", d.Urgency, d.RedFlags)
	}
}

// TestPostnatalHeadache: pre-eclampsia can begin after the birth; a new
// mother's severe headache or changed sight is an emergency (RF-PREG-11),
// and a headache told without them is asked about them.
func TestPostnatalHeadache(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I gave birth 6 days ago and I have a really bad headache, my eyes are blurry",
		"had my baby last week, terrible headache, paracetamol not helping",
		"ولدت من ٥ ايام وعندي صداع قوي وزغللة",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); !slices.Contains(d.RedFlags, "RF-PREG-11") {
			t.Errorf("%q: %s %v; want RF-PREG-11", text, d.Urgency, d.RedFlags)
		}
	}
	yes := func(q Question) string {
		if q.ID == "postnatal_headache_vision" {
			return "yes"
		}
		return answerMild(q)
	}
	w := e.Walk("I gave birth 5 days ago, I have a headache and feel a bit off", Facts{AgeYears: 31}, "", yes)
	if !slices.Contains(w.Decision.RedFlags, "RF-PREG-11") || slices.Contains(w.Asked, "sex") {
		t.Errorf("asked %v, %s %v; want the postnatal question, no sex question, and RF-PREG-11", w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
	}
	if w := e.Walk("I have a headache since this morning", Facts{AgeYears: 31, Sex: "f"}, "", answerMild); slices.Contains(w.Asked, "postnatal_headache_vision") {
		t.Errorf("a headache with no birth told: asked %v", w.Asked)
	}
}

// TestAPainScoreIsNoSevereBurn: a blistered burn scored 9 of 10 is seen
// today (UR-BURN-01), not sent to the emergency number as a severe burn
// (h27-024 by its severity answer); a burn said to be severe still is.
func TestAPainScoreIsNoSevereBurn(t *testing.T) {
	e := mustLoad(t)
	if d := e.Assess("I burned my forearm on the oven, it has blisters", Facts{AgeYears: 30}, map[string]string{"severity": "9"}); d.Urgency == Emergency {
		t.Errorf("a burn with a pain score of 9: %s %v; want no emergency", d.Urgency, d.RedFlags)
	}
	for _, text := range []string{"my son has a severe burn from the oven", "انحرقت حرق قوي بالمي السخنة"} {
		if d := e.Classify(text, Facts{AgeYears: 30}); d.Urgency != Emergency {
			t.Errorf("%q: %s; want emergency", text, d.Urgency)
		}
	}
}

// TestALowFallFromTheSofa: a toddler who rolled off the sofa is not asked
// about a road crash or a fall from height, whose "not sure" was an
// emergency (h27-003); a fall from a height still is asked.
func TestALowFallFromTheSofa(t *testing.T) {
	e := mustLoad(t)
	unsure := func(q Question) string {
		if q.Kind == KindYesNo {
			return Unsure
		}
		return answerMild(q)
	}
	w := e.Walk("My 3 year old rolled off the sofa and bumped his forehead on the rug. He cried straight away and is back to running around", Facts{AgeYears: 3}, "", unsure)
	if slices.Contains(w.Asked, "inj_mechanism") {
		t.Errorf("asked %v; a fall from the sofa is no crash", w.Asked)
	}
	if w := e.Walk("my son fell and hurt his arm", Facts{AgeYears: 8}, "", answerMild); !slices.Contains(w.Asked, "inj_mechanism") {
		t.Errorf("a fall told without its height: asked %v; want the mechanism asked", w.Asked)
	}
}
