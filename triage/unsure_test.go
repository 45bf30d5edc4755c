package triage

import (
	"slices"
	"testing"
)

// notSure answers "not sure" to every yes/no question and the last option
// to the others: the most doubtful patient.
var notSure = answerAll(Unsure)

// TestNotSureOnlyWhereItMatters: a patient not sure of everything is not
// sent to the emergency number for a question that could not matter to
// what they wrote (a slight cold asked about blue lips, a weak stream of a
// year about sudden loin pain, a closed sprain about heavy bleeding,
// cystitis without fever about confusion); nor is early pregnancy asked
// about waters breaking.
// The real thing, with its sign said, still is.
func TestNotSureOnlyWhereItMatters(t *testing.T) {
	e := mustLoad(t)
	for _, tc := range []struct {
		name, text string
		f          Facts
	}{
		{"slight cold", "عندي زكام وكحه خفيفه من يومين، وش احسن شراب للكحه؟", Facts{AgeYears: 30, Sex: "m"}},
		{"slight cough, no fever", "I have catarrh and sneezing since 2 days with small small cough. No fever.", Facts{AgeYears: 34, Sex: "m"}},
		{"weak stream for a year", "I am getting up 3-4 times in night to pass urine, stream is weak since 1 year", Facts{AgeYears: 61, Sex: "m"}},
		{"thirst with a high sugar", "3andi sokkar type 2, kan3tach bzaf w kanbol bzaf", Facts{AgeYears: 50, Sex: "m"}},
		{"closed sprain", "I twisted my ankle playing football yesterday, its swollen and I cannot put my foot down", Facts{AgeYears: 22, Sex: "m"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if w := e.Walk(tc.text, tc.f, "", notSure); w.Decision.Urgency == Emergency {
				t.Errorf("%q ends in an emergency (%v) after %v", tc.text, w.Decision.RedFlags, w.Asked)
			}
		})
	}
	// Cystitis without fever: not sure of everything but of a pain in the
	// side or back (the loin check anyone can answer), it is not sent to
	// the emergency number for a sepsis it gave no sign of. (Not sure of
	// the loin pain and of its check too, it is: a doubt about a kidney
	// stone or infection behind the burning counts, by design.)
	cystitis := "عندي حرقان في البول وبدخل الحمام كل شوية من امبارح، مفيش سخونية"
	noLoinPain := func(q Question) string {
		if q.ID == "uro_flank" {
			return "no"
		}
		return notSure(q)
	}
	if w := e.Walk(cystitis, Facts{AgeYears: 30, Sex: "f"}, "", noLoinPain); w.Decision.Urgency == Emergency {
		t.Errorf("%q ends in an emergency (%v) after %v", cystitis, w.Decision.RedFlags, w.Asked)
	}
	w := e.Walk("عايزة احجز متابعة حمل، انا في الشهر التالت وكله تمام", Facts{AgeYears: 27, Sex: "f"}, "", answerAll("no"))
	if slices.Contains(w.Asked, "preg_waters") {
		t.Errorf("the third month was asked about waters breaking: %v", w.Asked)
	}
	for _, text := range []string{
		"my father is 70, he has a cough and fever and he is breathing very fast",
		"burning when I pee, and now sudden terrible pain in my side and I keep vomiting",
	} {
		if w := e.Walk(text, Facts{}, "", notSure); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s after %v, want an emergency", text, w.Decision.Urgency, w.Asked)
		}
	}
}

// TestBellyPainAskedAboutPills: an overdose or a poison shows first as
// belly pain and vomiting, and is often told only on asking.
func TestBellyPainAskedAboutPills(t *testing.T) {
	e := mustLoad(t)
	yesToPills := answering(map[string]string{"abd_pills": "yes"})
	for _, tc := range []struct {
		text string
		f    Facts
	}{
		{"3nde waja3 b batne mn mbere7 w 3am estafreg", Facts{AgeYears: 17, Sex: "m"}},
		{"my daughter has belly pain since this morning", Facts{AgeYears: 3, Sex: "f"}},
		{"بطني توجعني واستفرغ من الصبح", Facts{AgeYears: 40, Sex: "f"}},
	} {
		w := e.Walk(tc.text, tc.f, "", yesToPills)
		if !slices.Contains(w.Asked, "abd_pills") || !slices.Contains(w.Decision.RedFlags, "RF-POISON-01") {
			t.Errorf("%q: asked %v, decision %s %v; want abd_pills asked and RF-POISON-01", tc.text, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	// loose stools alone are not asked
	w := e.Walk("runny tummy 3 times today, drinking fine", Facts{AgeYears: 30, Sex: "m"}, "", yesToPills)
	if slices.Contains(w.Asked, "abd_pills") {
		t.Errorf("loose stools without pain or vomiting asked about pills: %v", w.Asked)
	}
}

// TestMildSignsMakeSelfCare: a sprain that bears weight and a small burn
// without blisters are self-care (Ottawa rules; NHS: Burns and scalds).
func TestMildSignsMakeSelfCare(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"went over on my ankle at football, it hurts but I can walk on it ok",
		"I touched the hot pan, small burn on one finger, no blisters",
	} {
		if d := e.Classify(text, Facts{AgeYears: 30}); d.Urgency != SelfCare {
			t.Errorf("%q: %s, want self_care", text, d.Urgency)
		}
	}
	if d := e.Classify("twisted my ankle, very swollen and I cannot walk on it", Facts{AgeYears: 30}); d.Urgency.Rank() < Urgent.Rank() {
		t.Errorf("a sprain that cannot bear weight: %s, want urgent", d.Urgency)
	}
}

// TestFoundWithMedicineAskedAboutPills: a toddler or a parent with dementia
// found with tablets not theirs may have swallowed some while looking well
// (NPIS TOXBASE treats it as swallowed until shown otherwise): whatever
// else is said, the swallowing is asked, in each dialect's wording
// (h17-007), unless the words already make the emergency. A medicine asked
// for, with nothing found, is not.
func TestFoundWithMedicineAskedAboutPills(t *testing.T) {
	e := mustLoad(t)
	yesToPills := answering(map[string]string{"abd_pills": "yes"})
	for _, text := range []string{
		"found my 2 year old with his grandmothers tablets, he seems fine",
		"found mum with her pill box open, she has dementia",
		"ebni 3ando santeen la2eto ma3ah 3elbet dawa el daght bta3et teta, howa kwayes",
		"ولدي لقيته يلعب بحبوب جدته وهو زين",
		"ابني لقيته معاه شريط دوا بتاع جدته",
		"لقيتو لابني ماسك علبة حبوب تبع جدته",
		"لقيتو كيلعب بالدوا ديال جدتو",
	} {
		w := e.Walk(text, Facts{}, "", yesToPills)
		if w.Decision.Urgency != Emergency || (len(w.Asked) > 0 && !slices.Contains(w.Asked, "abd_pills")) {
			t.Errorf("%q: asked %v, decision %s %v; want abd_pills asked and an emergency", text, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"what medicine can I give my 2 year old for a fever",
		"ابني عنده سخونية اديله دوا ايه",
	} {
		if w := e.Walk(text, Facts{}, "", yesToPills); slices.Contains(w.Asked, "abd_pills") {
			t.Errorf("%q: a medicine asked for was asked about swallowing: %v", text, w.Asked)
		}
	}
}

// TestCoughIsAFeversSource: a cough with a fever is a chest infection, a
// plain source like a cold, so a malaria area is asked only when a journey
// is told (h17-022: a father with dementia coughing at home was asked it,
// and "not sure" went to the emergency number).
func TestCoughIsAFeversSource(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"أبوي عنده زهايمر، وله ثلاث أيام يكح وعنده حرارة، بس ياكل ويشرب عادي",
		"my dad has had a cough and a fever for three days",
		"ماما عندها كحة وسخونية من امبارح",
		"بابا عندو الكحة والسخانة من يومين",
	} {
		if w := e.Walk(text, Facts{AgeYears: 80, Sex: "m"}, "", answerAll("no")); slices.Contains(w.Asked, "fever_travel") {
			t.Errorf("%q: asked about a malaria area: %v", text, w.Asked)
		}
	}
	for _, text := range []string{
		"cough and fever since I came back from Nigeria last week",
		"عندي كحة وحرارة من رجعت من السودان",
	} {
		if d := e.Classify(text, Facts{AgeYears: 40, Sex: "m"}); d.Urgency != Emergency {
			t.Errorf("%q: %s, want an emergency (a fever after a malaria area)", text, d.Urgency)
		}
	}
}

// TestWoundNotHealingIsNotAskedAboutHeavyBleeding: a wound told as not
// healing, or a diabetic's foot wound, is a slow or infected wound, not a
// fresh one that could bleed heavily: "not sure" of heavy bleeding sent
// h17-023 to the emergency number. A fresh cut is still asked.
func TestWoundNotHealingIsNotAskedAboutHeavyBleeding(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"إمي عندها سكري، وفي جرح تحت رجلها صارلو أسبوع ما بطيب، وصار حواليه أحمر",
		"my mum is diabetic and has a wound on her foot that isn't healing for a week",
		"ابويا عنده جرح في رجله من اسبوع مش راضي يطيب",
		"بابا عندو جرح فرجلو هادي سيمانة وما بغاش يبرا",
	} {
		if w := e.Walk(text, Facts{AgeYears: 70, Sex: "f"}, "", notSure); slices.Contains(w.Asked, "inj_bleeding") {
			t.Errorf("%q: asked about heavy bleeding: %v", text, w.Asked)
		}
	}
	if w := e.Walk("I cut my hand on a knife just now, there's a wound", Facts{AgeYears: 30, Sex: "m"}, "", answerAll("no")); !slices.Contains(w.Asked, "inj_bleeding") {
		t.Errorf("a fresh cut was not asked about heavy bleeding: %v", w.Asked)
	}
}
