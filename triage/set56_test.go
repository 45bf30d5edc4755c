package triage

import (
	"slices"
	"testing"
)

// Set 56 was written blind at the start of a thirteenth-session task:
// English from native writers (UK, US, Australian, Irish, Canadian), twenty
// emergencies, eighteen of them hidden behind an understated first message
// ("not herself", "probably nothing", "is this normal?"), and twenty
// non-emergencies told the same way. Its first run (-missing=no) missed
// three emergencies, each a word not read: an Australian "bub" of "7
// weeks" (no baby and no age, so a fever under 3 months was never
// weighed); a mother telling that her daughter "gave away her favourite
// stuff ... and wrote some letters" (the farewell signs were read only in
// the first person); and "period is about 2 weeks late" (the period and
// its lateness too far apart), so an ectopic pregnancy's pain and
// faintness were not weighed. Strict mode also sent three non-emergencies
// to the emergency number on "not sure": a stable COPD patient renewing
// inhalers ("chest is the same as always, usual morning cough") asked
// about breathing and confusion; a diabetic's red patch on the shin "from
// a scratch" read as a swollen calf and as a fresh wound to ask about heavy
// bleeding. A red eye told "has been a bit red and sore", a "little one"
// teething and an "upset tummy" were left unread. Each is fixed here in
// general, beside the wording that must not fire.

// TestBabyAgedInWeeksByIs: "<baby> is N weeks" is the baby's age, and a
// fever then is a fever under 3 months (NICE NG143 1.3).
func TestBabyAgedInWeeksByIs(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my bub is 7 weeks and feels a bit warm, thermometer said 38.2",
		"the baby is 6 weeks, temp 38.4, feeding ok",
		"my wee one is 5 weeks and has a temperature of 38.1",
		"بنتي عمرها شهر وعندها حرارة",
	} {
		if d := e.Classify(text, Facts{}); !slices.Contains(d.RedFlags, "RF-CHILD-04") {
			t.Errorf("%q: %s %v; want RF-CHILD-04", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my son is 3 weeks into his antibiotics and has a temp of 38.5",
		"I am 7 weeks and have a temp of 38.4",
	} {
		if d := e.Classify(text, Facts{}); slices.Contains(d.RedFlags, "RF-CHILD-04") {
			t.Errorf("%q: %v; no baby's age told", text, d.RedFlags)
		}
	}
}

// TestFarewellSignsToldOfSomeoneElse: things given away and letters written,
// told by a parent of a child, are the warning signs of suicide (NHS: Help
// for suicidal thoughts; WHO mhGAP 2.0 SUI); either alone is ordinary.
func TestFarewellSignsToldOfSomeoneElse(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"My daughter is 16, been really quiet, and this week gave away her favourite stuff to her friends and wrote some letters. probably just a phase?",
		"my son gave away his playstation and all his stuff, and wrote letters to his sisters",
		"بنتي وزعت اغراضها على صحباتها وكتبت رسايل لاخواتها",
	} {
		if d := e.Classify(text, Facts{}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my daughter gave away her old clothes to charity, she is decluttering",
		"my son wrote some letters to his pen pal and feels a bit low",
	} {
		if d := e.Classify(text, Facts{}); d.Urgency == Emergency {
			t.Errorf("%q: %v; no farewell", text, d.RedFlags)
		}
	}
}

// TestLatePeriodCountedInWeeks: "period is about 2 weeks late" is a late
// period, and with pain and faintness an ectopic pregnancy (NICE NG126).
func TestLatePeriodCountedInWeeks(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"period is about 2 weeks late, got a niggly pain low down on the left and a bit of spotting, went a bit lightheaded in the shower",
		"الدورة متأخرة تقريبا اسبوعين وعندي وجع تحت على اليسار ونقط دم وحسيت بدوخة",
	} {
		if d := e.Classify(text, Facts{Sex: "f"}); !slices.Contains(d.RedFlags, "RF-PREG-09") {
			t.Errorf("%q: %s %v; want RF-PREG-09", text, d.Urgency, d.RedFlags)
		}
	}
	text := "my period is about 2 weeks late, no pain, no bleeding, feel fine"
	if d := e.Classify(text, Facts{Sex: "f"}); d.Urgency == Emergency {
		t.Errorf("%q: %v; a late period alone is no emergency", text, d.RedFlags)
	}
}

// TestEyeRedAndSoreThatLightBothers: a red, sore eye that light bothers is
// seen the same day (UR-EYE-01; College of Optometrists CMG keratitis).
func TestEyeRedAndSoreThatLightBothers(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my right eye has been a bit red and sore since yesterday, I wear contacts, light really bothers it",
		"عيني حمرا وتوجعني والضو يزعجني",
	} {
		if d := e.Classify(text, Facts{AgeYears: 27}); d.Urgency != Urgent {
			t.Errorf("%q: %s; want urgent", text, d.Urgency)
		}
	}
	text := "my eyes have been a bit red and itchy with hay fever, light does not bother them"
	if d := e.Classify(text, Facts{AgeYears: 27}); d.Urgency == Urgent || d.Urgency == Emergency {
		t.Errorf("%q: %s; hay fever's itchy eyes", text, d.Urgency)
	}
}

// TestStableCOPDCoughAsksNoBreathingEmergency: a long-term cough told as
// the same as always is no exacerbation (NICE NG115) nor an infection to
// screen for sepsis (NICE NG51); something new beside it still is asked.
func TestStableCOPDCoughAsksNoBreathingEmergency(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 69, Sex: "f"}
	text := "I have COPD, just need my inhalers renewed, running low. chest is the same as always, usual morning cough. can I book a review?"
	w := e.Walk(text, f, "", answering(nil))
	for _, q := range []string{"breath_speak", "breath_blue", "breath_chest_pain", "breath_fast", "fever_confused"} {
		if slices.Contains(w.Asked, q) {
			t.Errorf("%q: asked %s (%v); a stable cough", text, q, w.Asked)
		}
	}
	worse := "I have COPD, my usual cough but I'm more breathless than normal today"
	if w := e.Walk(worse, f, "", answering(nil)); !slices.Contains(w.Asked, "breath_speak") && !slices.Contains(w.Asked, "breath_blue") {
		t.Errorf("%q: asked %v; breathlessness beside it is still asked", worse, w.Asked)
	}
}

// TestRedPatchFromAScratchIsASkinInfection: a red patch from a scratch on
// the shin, growing past the pen line, is cellulitis (NICE NG141), not a
// swollen calf; a calf red and swollen after an operation is still a clot.
func TestRedPatchFromAScratchIsASkinInfection(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Type 2 diabetic. Got a little red patch on my shin from a scratch last week, its got bigger since yesterday and feels warm. drew round it with a pen and its past the line this morning.",
		"the redness on my arm has gone past the line i drew",
		"الاحمرار في رجلي تعدى الخط اللي رسمته",
	} {
		if d := e.Classify(text, Facts{AgeYears: 62}); d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want urgent (a spreading skin infection)", text, d.Urgency, d.RedFlags)
		}
	}
	text := "my left calf is red and swollen since my operation"
	if d := e.Classify(text, Facts{AgeYears: 50}); !slices.Contains(d.RedFlags, "RF-DVT-01") {
		t.Errorf("%q: %v; want RF-DVT-01", text, d.RedFlags)
	}
}

// TestLittleOneAndUpsetTummy: "my little one", "wee one" are a child, and
// an "upset tummy" or "running to the loo" loose bowels (NHS: Baby
// teething symptoms; NICE CKS Gastroenteritis); "a little one" of a thing
// is not a child.
func TestLittleOneAndUpsetTummy(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my little one is 8 months and teething, dribbling loads and chewing everything, feeding normal",
		"bit of an upset tummy since yesterday, drinking plenty and keeping it down, no blood",
		"dodgy tummy after a takeaway, running to the loo, drinking fine",
	} {
		if d := e.Classify(text, Facts{}); d.Urgency != SelfCare {
			t.Errorf("%q: %s; want self_care", text, d.Urgency)
		}
	}
	if d := e.Classify("my wee one has a temp of 39", Facts{}); d.Specialty != "pediatrics" {
		t.Errorf("wee one: %s; want pediatrics", d.Specialty)
	}
	if d := e.Classify("got a lump on my arm, a little one", Facts{}); d.Specialty == "pediatrics" {
		t.Errorf("a little lump: %s; no child", d.Specialty)
	}
	if d := e.Classify("upset tummy and blood in my poo", Facts{}); d.Urgency == SelfCare {
		t.Errorf("blood: %s; not self care", d.Urgency)
	}
}
