package triage

import (
	"slices"
	"testing"
)

// Fourteenth-session fixes, chronic illness words (fixA).

// TestAtrialFibrillationIsNamed: AF named in English, French, Indonesian,
// Urdu, Arabic and Arabizi, with a fast or irregular heart and none of
// chest pain, breathlessness or a faint, is urgent (NICE NG196); with them
// the red flags decide; «رجفان» told of the cold, a fever or the body
// stays shivering, and the slang "tired af" is no AF.
func TestAtrialFibrillationIsNamed(t *testing.T) {
	e := mustLoad(t)
	urgentAF := []string{
		"I have AF and my heart is racing since this morning",
		"atrial fibrillation, heart going fast and irregular since last night",
		"my afib is back, palpitations all day",
		"I have a-fib and my pulse is racing",
		"known AF on apixaban, heart rate is high and irregular since the morning",
		"عندي رجفان اذيني وقلبي يدق بسرعه من الصبح",
		"السلام عليكم عندي رجفان اذيني واخذ اليكويس، من الصبح قلبي يدق سريع ومو منتظم، ماعندي الم بالصدر ولا ضيق",
		"عندي الرجفان الاذيني وقلبي كيضرب بزربة",
		"ابوي عنده رجفان في القلب ودقات قلبه غير منتظمه من امبارح",
		"3andi rajafan adini w 9albi kaydo9 bzaf",
		"3andi rajafan w 9albi kaydo9 bzaf",
		"j'ai une fibrillation auriculaire et des palpitations depuis ce matin",
	}
	for _, text := range urgentAF {
		d := e.Classify(text, Facts{AgeYears: 62})
		if d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-HEART-01") || d.Specialty != "cardiology" {
			t.Errorf("%q: %s %s %v %v; want urgent cardiology by UR-HEART-01", text, d.Urgency, d.Specialty, d.RedFlags, d.AmberFlags)
		}
	}
	// with chest pain, breathlessness or a faint: the red flags
	classifiedAs(t, e, true, Facts{AgeYears: 62},
		"I have AF, heart racing and short of breath",
		"عندي رجفان اذيني وقلبي يدق بسرعه ونفسي مقطوع",
		"afib, my heart is pounding and I feel like I'm going to faint",
	)
	// AF named with no fast heart: a routine cardiology matter
	for _, text := range []string{"I have AF, need a refill of apixaban", "عندي رجفان اذيني وبدي اجدد الدوا", "afib follow up"} {
		d := e.Classify(text, Facts{AgeYears: 62})
		if d.Urgency == Emergency || slices.Contains(d.AmberFlags, "UR-HEART-01") || d.Specialty != "cardiology" {
			t.Errorf("%q: %s %s %v %v; want no UR-HEART-01, cardiology", text, d.Urgency, d.Specialty, d.RedFlags, d.AmberFlags)
		}
	}
	// look-alikes: shivering, and the slang
	for _, text := range []string{
		"tired af and my heart is racing after coffee",
		"عندي رجفان من البرد",
		"عندي رجفان وحرارة",
		"انا رجفان من البرد وعندي حرارة",
		"my heart is racing after coffee, no AF that I know of",
	} {
		d := e.Classify(text, Facts{AgeYears: 30})
		if slices.Contains(d.AmberFlags, "UR-HEART-01") {
			t.Errorf("%q: %s %v; want no UR-HEART-01", text, d.Urgency, d.AmberFlags)
		}
	}
	// «رجفان أذيني» is no shivering: a fever with it is not rigors
	a := e.read("عندي رجفان اذيني")
	if c := e.lex.index["shaking"]; a.first[c] >= 0 {
		t.Errorf("«عندي رجفان اذيني» read as shaking")
	}
}

// TestATreatedHypoIsOver: a hypo named ("having a hypo", «هبوط سكر»,
// "hbot sokar") is a low sugar; told treated with a later reading in range
// ("had a hypo 3.1 ... now 4.8") it is over (NHS: Low blood sugar).
func TestATreatedHypoIsOver(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 30},
		"type 1 diabetic, having a hypo, shaky and sweaty",
		"had a hypo 3.1, shaking and sweating",
		"عندي هبوط سكر وعرقان ورجفه",
		"نزل السكر عندي وعرقان",
		"3andi hbot sokar w 3ar2an",
		"hbot sokar w kanrjef",
		"had a hypo, shaking, had juice now 5.2 then dropped again to 2.9",
		// a pulse or a weight after "now" is no sugar of now
		"having a hypo, sweating and confused, pulse now 110",
		"hypo, shaky and sweaty, my son is now 5",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"had a hypo 3.1 shaky, ate glucose tabs, now 4.8 feel ok",
		"had a hypo this morning, 3.1, shaking and sweating, had juice and now 4.8",
		"had a hypo, shaking, had juice now 5.2",
		"had a hypo, was shaky, now 5.4 mmol",
		"كان عندي هبوط سكر ٣.١ وعرقان، شربت عصير والحين ٥",
	)
	for _, text := range []string{"having a hypo", "had a hypo", "I keep having hypos at night", "هبوط سكر", "نزل السكر", "hbot sokar"} {
		if c := e.lex.index["sugar_low_word"]; e.read(text).first[c] < 0 {
			t.Errorf("%q: no sugar_low_word", text)
		}
	}
}

// TestABloodKetoneLevelIsRead: a blood ketone level beside its word is
// read as the ketones, never as a sugar; under 1.5 mmol/L with no warning
// sign it is no DKA, 1.5 to 3 urgent, 3 or more an emergency (JBDS / NHS
// sick-day rules).
func TestABloodKetoneLevelIsRead(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 25},
		"type 1 diabetic, sugar 18, ketones 0.8, drinking fine, no vomiting",
		"sugar 300 and ketones 0.8, shaky",
		"my son is type 1, sugar is 19 and blood ketones 0.6, he is eating and drinking normally",
		"my ketones are 1.2 and I feel fine",
		"السكر ٣٥٠ والكيتون ٠.٦ وما في استفراغ",
		"sugar 22, ketones 2.1, not vomiting",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 25},
		"sugar 22 ketones 3.5",
		"السكر ٣٥٠ والكيتون ٣.٥",
		"ketones 0.8 sugar 20 vomiting",
		"sugar 25 and ketones are high and vomiting",
		"my ketones are high and I keep vomiting",
	)
	d := e.Classify("sugar 22, ketones 2.1, not vomiting", Facts{AgeYears: 25})
	if d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-DIAB-01") {
		t.Errorf("ketones 2.1: %s %v; want urgent UR-DIAB-01", d.Urgency, d.AmberFlags)
	}
	// a sugar told after the ketones word is the sugar's
	classifiedAs(t, e, false, Facts{AgeYears: 25}, "ketones checked, sugar 5.5, feel fine")
	// the ketone level is no sugar: 0.8 is not a sugar of 14 mg/dL
	m := e.read("sugar 300 ketones 0.8").measured(e)
	if m.glucoseMin != 300 || !m.ketoneTold || m.ketones != 0.8 {
		t.Errorf("sugar 300 ketones 0.8: sugar %v-%v ketones %v %v", m.glucoseMin, m.glucoseMax, m.ketoneTold, m.ketones)
	}
}

// TestYearsAfterAnEventAreHowLongAgo: «عندي N سنين» after a transplant,
// an operation or a diagnosis is how long ago it was (the Maghrebi "it
// has been"), not the writer's age; alone it stays the age.
func TestYearsAfterAnEventAreHowLongAgo(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"dert la greffe 3andi 4 snin w daba 3andi s5ana",
		"درت زراعة الكلية عندي ٤ سنين وعندي حرارة",
		"درت زراعة الكلية هادي 4 سنين ودابا عندي السخانة",
		"zar3t kilya 3andi 4 snin w 3andi s5ana",
		"درت العملية عندي 3 سنين ودابا كيضرني الجرح",
		"اكتشفوا عندي السكر عندي ٤ سنين",
	} {
		if m := e.read(text).measured(e); len(m.ages) > 0 {
			t.Errorf("%q: read as age %v", text, m.ages)
		}
		if d := e.Classify(text, Facts{}); d.Specialty == "pediatrics" || slices.Contains(d.AmberFlags, "UR-CHILD-04") {
			t.Errorf("%q: %s %s %v; read as a child", text, d.Urgency, d.Specialty, d.AmberFlags)
		}
	}
	classifiedAs(t, e, true, Facts{}, "dert la greffe 3andi 4 snin w daba 3andi s5ana")
	for _, text := range []string{"عندي ١٥ سنة وعندي حرارة", "بنتي عندها ٤ سنين وعندها حرارة", "3andi 15 sana w 3andi s5ana"} {
		if m := e.read(text).measured(e); len(m.ages) == 0 {
			t.Errorf("%q: no age read", text)
		}
	}
}
