package triage

import (
	"slices"
	"testing"
)

// Set 48 was written blind at the start of a twelfth-session task: the
// questions that must be asked, complaint family by age group. Every case
// opens mildly, as a patient or a relative would, and only the answers
// reveal the emergency (30), the urgent problem (15) or that all is well
// (15). Its first run missed four emergencies, each behind a question
// never asked: an older man's back pain "since few hours" after lifting
// (a leaking aneurysm: nothing asked a back whether the pain came on
// suddenly), a sore eye "since I was cleaning the bathroom" (no product
// named, so no chemical asked), a construction worker home "very tired
// and have headache" (the heat never named, so no heat question), and a
// new mother's fever and rigors (fast breathing asked of the 65-and-over
// only). A nursing mother's «صدري» (the breast) was read as chest pain
// after the birth and sent to the emergency number. Among the other
// wrong urgencies: a graze that bled a little fired the bleeding-cut rule,
// a fever with aches all over called "a cold" was never asked about a
// malaria area, and a diabetic's week-old foot wound was never asked
// whether it was infected. Each is fixed here in general, beside the
// wording that must not.

// answerYesTo answers "yes" to the questions named and "no" to every
// other yes/no question (the simulation's -missing=no).
func answerYesTo(ids ...string) Answerer {
	return func(q Question) string {
		if slices.Contains(ids, q.ID) {
			return "yes"
		}
		return "no"
	}
}

// TestOlderBackPainIsAskedIfSudden: an older person's back pain of hours
// is asked whether it came on suddenly and is severe (a ruptured aortic
// aneurysm is blamed on a lift, NICE NG156); "yes" is the emergency. A
// younger adult's back after lifting, and a back of months, are not asked.
func TestOlderBackPainIsAskedIfSudden(t *testing.T) {
	e := mustLoad(t)
	old := Facts{AgeYears: 68, Sex: "m"}
	for _, text := range []string{
		"Good evening. My back is paining since few hours, maybe I lifted wrong the rice bag. Which cream or tablet is ok for back pain?",
		"ضهري عم يوجعني من الصبح، يمكن من حمل الغراض",
		"ظهري يعورني من امس بالليل، ابي مسكن",
	} {
		w := e.Walk(text, old, "", answerYesTo("back_sudden"))
		if !slices.Contains(w.Asked, "back_sudden") || !slices.Contains(w.Decision.RedFlags, "RF-URO-02") {
			t.Errorf("%q: asked %v, %s %v; want back_sudden asked and RF-URO-02", text, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
		}
		if w := e.Walk(text, old, "", answerYesTo()); w.Decision.Urgency == Emergency {
			t.Errorf("%q answered no: %s %v", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, c := range []struct {
		text string
		f    Facts
	}{
		{"my lower back is sore after I lifted a heavy box yesterday", Facts{AgeYears: 35, Sex: "m"}},
		{"my back has been aching for 6 months, worse in the morning", old},
	} {
		if w := e.Walk(c.text, c.f, "", answerYesTo()); slices.Contains(w.Asked, "back_sudden") {
			t.Errorf("%q: asked back_sudden %v", c.text, w.Asked)
		}
	}
}

// TestCleaningSplashAsksTheChemical: a sore eye after cleaning the house
// is asked about a chemical splash, though no product is named (RF-EYE-02);
// an itchy red eye, or cleaning told of another complaint, is not.
func TestCleaningSplashAsksTheChemical(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 34, Sex: "f"}
	for _, text := range []string{
		"My eye's a bit sore and watery since I was cleaning the bathroom this morning, any eye drops you'd recommend?",
		"عيني بتوجعني من لما كنت بنضف الحمام",
		"عيني كتضرني من ملي كنت كنسيق الدار",
	} {
		w := e.Walk(text, f, "", answerYesTo("eye_chemical"))
		if !slices.Contains(w.Decision.RedFlags, "RF-EYE-02") {
			t.Errorf("%q: asked %v, %s %v; want the chemical asked and RF-EYE-02", text, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{"my eye is red and itchy since this morning", "my back hurts after cleaning the house all day"} {
		if w := e.Walk(text, f, "", answerYesTo()); slices.Contains(w.Asked, "eye_chemical") {
			t.Errorf("%q: asked eye_chemical %v", text, w.Asked)
		}
	}
}

// TestGrazeIsNoBleedingCut: a graze that bled a little is cleaned at home;
// a cut that bleeds is still the same-day UR-WOUND-01.
func TestGrazeIsNoBleedingCut(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"My son came off his bike and grazed his knee, bit bloody but he's ok. Do I need to do anything other than clean it?",
		"بنتي وقعت وانخدشت ركبتها ونزل شوية دم",
	} {
		if d := e.Classify(text, Facts{AgeYears: 8}); slices.Contains(d.AmberFlags, "UR-WOUND-01") {
			t.Errorf("%q: %s %v; a graze is no bleeding cut", text, d.Urgency, d.AmberFlags)
		}
	}
	for _, text := range []string{"I cut my hand on a knife and it's bleeding", "deep cut on my leg that needs stitches"} {
		if d := e.Classify(text, Facts{AgeYears: 30}); !slices.Contains(d.AmberFlags, "UR-WOUND-01") {
			t.Errorf("%q: %s %v; want UR-WOUND-01", text, d.Urgency, d.AmberFlags)
		}
	}
}

// TestOutdoorWorkIsHeat: someone who labours out of doors and comes home
// unwell is asked the heat questions, though the heat is never named;
// confusion or hot dry skin there is heat stroke. A builder's sick note
// for his back is not asked about the heat.
func TestOutdoorWorkIsHeat(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 38, Sex: "m"}
	for _, text := range []string{
		"Hello sir, my brother is working in construction, today he come back very tired and have headache, he is lying down now. What medicine he can take?",
		"اخوي عامل بناء ورجع من الشغل تعبان وراسه يعوره",
		"خويا خدام فالشانطي ورجع عيان وراسو كيضرو",
	} {
		w := e.Walk(text, f, "", answerYesTo("heat_hot_dry"))
		if !slices.Contains(w.Decision.RedFlags, "RF-HEAT-01") {
			t.Errorf("%q: asked %v, %s %v; want RF-HEAT-01", text, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	text := "I work in construction and need a sick note for my back"
	if w := e.Walk(text, f, "", answerYesTo()); slices.Contains(w.Asked, "heat_confused") || slices.Contains(w.Asked, "heat_hot_dry") {
		t.Errorf("%q: asked the heat questions %v", text, w.Asked)
	}
}

// TestPostnatalFeverAsksSepsisSigns: a fever or rigors in the weeks after
// the birth is asked about fast breathing (NICE NG51: a group of its own);
// a new mother without a fever is not.
func TestPostnatalFeverAsksSepsisSigns(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 27, Sex: "f"}
	for _, text := range []string{
		"مرحبا، ولدت من ٦ ايام وحاسة حالي تعبانة شوي وبردانة، طبيعي بعد الولادة؟",
		"I gave birth 5 days ago and I have a temperature of 38.3",
		"ولدت من اسبوع وعندي سخونية",
	} {
		w := e.Walk(text, f, "", answerYesTo("breath_fast"))
		if !slices.Contains(w.Decision.RedFlags, "RF-SEPSIS-03") {
			t.Errorf("%q: asked %v, %s %v; want RF-SEPSIS-03", text, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	text := "I gave birth 3 weeks ago and I feel low and cry a lot"
	if w := e.Walk(text, f, "", answerYesTo()); slices.Contains(w.Asked, "breath_fast") {
		t.Errorf("%q: asked breath_fast %v", text, w.Asked)
	}
}

// TestNursingMothersChestIsTheBreast: in a sentence where the mother says
// she breastfeeds, the Arabic chest is the breast (mastitis when a fever is
// told or answered), not chest pain after the birth. Without it the chest
// is the chest, and an English "chest pain" stays chest pain.
func TestNursingMothersChestIsTheBreast(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 28, Sex: "f"}
	text := "ولدت قبل ٣ اسابيع وارضع، صدري يعورني شوي من امس، عادي؟"
	if present(t, e, text, "chest_pain") || !present(t, e, text, "breast_word") {
		t.Errorf("%q: read as chest pain, not the breast", text)
	}
	if d := e.Classify(text, f); d.Urgency == Emergency {
		t.Errorf("%q: %s %v; the breast of a nursing mother", text, d.Urgency, d.RedFlags)
	}
	w := e.Walk(text, f, "", answerYesTo("breast_fever"))
	if !slices.Contains(w.Decision.AmberFlags, "UR-BREAST-01") {
		t.Errorf("%q with a fever: asked %v, %s %v; want UR-BREAST-01", text, w.Asked, w.Decision.Urgency, w.Decision.AmberFlags)
	}
	if w := e.Walk(text, f, "", answerYesTo("postnatal_screen")); w.Decision.Urgency != Emergency {
		t.Errorf("%q with chest pain or breathlessness answered: %s; want emergency", text, w.Decision.Urgency)
	}
	for _, text := range []string{"ولدت من اسبوع وصدري يوجعني", "I'm breastfeeding and I have chest pain"} {
		if !present(t, e, text, "chest_pain") {
			t.Errorf("%q: not read as chest pain", text)
		}
	}
}

// TestAchesAllOverAskTheMalariaArea: a fever with aches all over is asked
// about a malaria area even when the writer calls it a cold; a cough, a
// chest infection's, or a runny nose alone is not.
func TestAchesAllOverAskTheMalariaArea(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 35, Sex: "m"}
	for _, text := range []string{
		"عندي سخونية وتكسير في جسمي من امبارح، اخد ايه؟ دور برد ولا ايه",
		"fever and body aches since yesterday, probably the flu",
		"عندي حرارة وجسمي مكسر من يومين",
	} {
		w := e.Walk(text, f, "", answerYesTo("fever_travel"))
		if !slices.Contains(w.Decision.RedFlags, "RF-TRAVEL-01") {
			t.Errorf("%q: asked %v, %s %v; want the malaria area asked", text, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{"I have a fever, a cough and body aches", "runny nose and a temperature since yesterday"} {
		if w := e.Walk(text, f, "", answerYesTo()); slices.Contains(w.Asked, "fever_travel") {
			t.Errorf("%q: asked fever_travel %v", text, w.Asked)
		}
	}
}

// TestOldWoundIsAskedIfInfected: a wound of days, one that will not heal,
// or a diabetic's is asked whether the skin round it is red, hot and
// spreading (UR-SKIN-01); a fresh cut is not.
func TestOldWoundIsAskedIfInfected(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 55, Sex: "m"}
	for _, text := range []string{
		"salam doc, 3ndi jr7 sghir f rejli mn chi simana, bghit chi krem ydir lih",
		"I have a wound on my leg for a week, it's not healing",
		"عندي جرح في رجلي من اسبوع وما عم يطيب",
	} {
		w := e.Walk(text, f, "", answerYesTo("wound_infected"))
		if !slices.Contains(w.Decision.AmberFlags, "UR-SKIN-01") {
			t.Errorf("%q: asked %v, %s %v; want UR-SKIN-01", text, w.Asked, w.Decision.Urgency, w.Decision.AmberFlags)
		}
	}
	text := "I cut my finger while cooking just now, small cut"
	if w := e.Walk(text, f, "", answerYesTo()); slices.Contains(w.Asked, "wound_infected") {
		t.Errorf("%q: asked wound_infected %v", text, w.Asked)
	}
}
