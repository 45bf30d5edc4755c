package triage

import (
	"slices"
	"testing"
)

// Set 53 was written blind at the start of a twelfth-session task: the
// questions that must be asked, round two — a mild first message (skin,
// eyes, ears, teeth, urine, bowel, medicines, chronic disease, older
// people, mental health told as a body complaint, after an operation or
// the birth) and findings only the questions reveal. Its first run
// (-missing=no) missed ten emergencies. Two had no words at all in the
// lexicon: chemotherapy or an organ transplant (a fever there is
// neutropenic sepsis or a dangerous infection: "on chemo… slightly warm",
// «عامل زراعة كلى… دور برد»), and sickle cell disease («انيميا منجلية»
// with "a bit of a temperature"). The others were words not read: a "little
// tumble" was no fall, so the knock to the head was never asked; «ورجعت
// مرتين» (she threw up twice) was no vomiting, so the overdose behind a
// teenager's colic was never asked; the Moroccan «ما بقيتش كنعس» (I no
// longer sleep) and «دوا للنعاس» (a medicine for sleep) were not sleep
// lost beside a headache, so the thoughts of death were never asked; a
// red watering eye "I put cold water already" did not ask about a
// chemical; and a sleepy three-year-old who had been in grandmother's
// handbag was never asked whether he had swallowed something. One
// non-emergency went to the emergency number from a word out of its
// sense: "the dentist can't see me till next week" read as sight lost.
// Each is fixed here in general, beside the wording that must not fire.
// At the merge: the Moroccan father who cannot pass urine is urgent here
// (UR-URO-03, a policy choice; his gold was set to it), and an Arabizi
// appendix operation a week ago («3amalt 3amaleyet zayda») read as a pain
// low on the right is now asked whether the pain is severe.

// TestChemoOrTransplantWithAFever: a fever on chemotherapy or after a
// transplant is an emergency (NICE CG151, NG51); the family asks it.
func TestChemoOrTransplantWithAFever(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I'm on chemo for breast cancer and I have a temperature",
		"انا عامل زراعة كلى من سنة وعندي سخونية ورعشة",
		"امي تاخذ الكيماوي وجاتها حراره",
		"الواليدة كدير الشيميو وفيها السخانة",
	} {
		if d := e.Classify(text, Facts{AgeYears: 50}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"on chemo, no fever, just tired",
		"had a hair transplant last month and now a fever",
		"عملت زراعة شعر وعندي حرارة خفيفة",
		"chemotherapy finished 5 years ago, a cold and a cough",
	} {
		if d := e.Classify(text, Facts{AgeYears: 50}); slices.Contains(d.RedFlags, "RF-IMMUNE-01") {
			t.Errorf("%q: %v; no fever on treatment", text, d.RedFlags)
		}
	}
	// "feels rubbish on chemo" asks about a fever, and its yes is the emergency
	text := "I am on chemo and feel a bit rubbish today"
	if q, ok := e.NextQuestion(text, Facts{AgeYears: 52, Sex: "f"}, "", map[string]string{}); !ok || q.ID != "breath_fever" {
		t.Errorf("%q: first question %q; want the fever asked", text, q.ID)
	}
	if d := e.Assess(text, Facts{AgeYears: 52, Sex: "f"}, map[string]string{"breath_fever": "yes"}); d.Urgency != Emergency {
		t.Errorf("%q with a fever: %s; want emergency", text, d.Urgency)
	}
}

// TestSickleCellWithAFever: sickle cell disease with a fever goes to A&E
// (NHS: Sickle cell disease); named without one it does not.
func TestSickleCellWithAFever(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عندها انيميا منجلية وطلعتلها شوية سخونة",
		"ولدي عنده سكلر وجته حراره",
		"my son has sickle cell and a temperature of 38.4",
	} {
		if d := e.Classify(text, Facts{AgeYears: 6}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; want emergency", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{"sickle cell, I need my folic acid repeat", "عندي انيميا منجلية وما فيني حرارة"} {
		if d := e.Classify(text, Facts{AgeYears: 20}); d.Urgency == Emergency {
			t.Errorf("%q: %s %v; no emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestALittleTumbleIsAFall: an old man's "little tumble" is a fall; the
// knock to the head and the vomiting after it are asked.
func TestALittleTumbleIsAFall(t *testing.T) {
	e := mustLoad(t)
	text := "grandad had a little tumble in the kitchen last night, he says hes fine just a bit of a headache today. he's 79"
	if !present(t, e, text, "fall_word") {
		t.Errorf("%q: no fall read", text)
	}
	d := e.Assess(text, Facts{AgeYears: 79, Sex: "m"}, map[string]string{"inj_head": "yes", "inj_head_signs": "yes"})
	if d.Urgency != Emergency {
		t.Errorf("%q, a knock to the head and vomiting: %s; want emergency", text, d.Urgency)
	}
	if present(t, e, "the clothes tumble dryer broke", "fall_word") && !present(t, e, "he took a tumble", "fall_word") {
		t.Errorf("tumble read wrongly")
	}
}

// TestVomitedTwice: «رجعت» told with how many times is vomiting, so an
// overdose behind colic is asked; «رجعت من الشغل» (came back from work) is
// not.
func TestVomitedTwice(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"بنتي عندها مغص ورجعت مرتين النهارده", "رجعت تلات مرات من الصبح"} {
		if !present(t, e, text, "vomiting") {
			t.Errorf("%q: vomiting not read", text)
		}
	}
	for _, text := range []string{"رجعت من الشغل وعندي صداع", "رجعت من السفر امبارح"} {
		if present(t, e, text, "vomiting") {
			t.Errorf("%q: read as vomiting", text)
		}
	}
	d := e.Assess("بنتي عندها مغص ورجعت مرتين النهارده", Facts{AgeYears: 17, Sex: "f"}, map[string]string{"abd_pills": "yes"})
	if d.Urgency != Emergency {
		t.Errorf("colic and vomiting after tablets: %s; want emergency", d.Urgency)
	}
}

// TestAMedicineForSleep: asking for a medicine to sleep is sleeplessness,
// whatever pain stands beside it, and the mood questions follow; a pain
// that keeps one awake told alone is still the pain's.
func TestAMedicineForSleep(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"راسي كيضرني وما بقيتش كنعس مزيان هادي شي سيمانات، واش كاين شي دوا للنعاس؟",
		"my back hurts and I need something to help me sleep",
		"ما بقيتش كنعس مزيان",
	} {
		if !present(t, e, text, "mental_word") {
			t.Errorf("%q: sleeplessness not read", text)
		}
	}
	if present(t, e, "my back hurts so much I cant sleep", "mental_word") {
		t.Errorf("a pain that keeps one awake read as sleeplessness")
	}
	d := e.Assess("راسي كيضرني وما بقيتش كنعس مزيان هادي شي سيمانات، واش كاين شي دوا للنعاس؟", Facts{AgeYears: 29, Sex: "m"},
		map[string]string{"mh_suicidal": "yes", "mh_plan": "yes"})
	if d.Urgency != Emergency {
		t.Errorf("thoughts of death with a plan: %s; want emergency", d.Urgency)
	}
}

// TestAnEyeRinsedWithWater: an eye already rinsed had something in it, and
// a chemical is asked; a red itchy eye with no rinsing is not asked.
func TestAnEyeRinsedWithWater(t *testing.T) {
	e := mustLoad(t)
	text := "since this afternoon my eye is red and watering, little bit pain. I put cold water already"
	d := e.Assess(text, Facts{AgeYears: 36, Sex: "f"}, map[string]string{"eye_chemical": "yes"})
	if d.Urgency != Emergency {
		t.Errorf("%q with a chemical: %s; want emergency", text, d.Urgency)
	}
	if !present(t, e, "غسلت عيني بالمي وما زالت حمرا", "eye_rinsed") {
		t.Errorf("an eye washed with water not read")
	}
	if present(t, e, "both eyes red and itchy since this morning", "eye_rinsed") {
		t.Errorf("a red itchy eye read as rinsed")
	}
}

// TestASleepyToddlerIsAskedWhatHeSwallowed: a small child unusually sleepy
// is asked whether he could have swallowed a medicine or a chemical
// (NPIS: unexplained drowsiness in a toddler); its yes is RF-POISON-01.
func TestASleepyToddlerIsAskedWhatHeSwallowed(t *testing.T) {
	e := mustLoad(t)
	text := "My son 3 years old, he was playing with grandmother handbag, now he is very sleepy early today"
	f := Facts{AgeYears: 3, Sex: "m"}
	if d := e.Assess(text, f, map[string]string{"abd_pills": "yes"}); d.Urgency != Emergency {
		t.Errorf("%q and a swallowed medicine: %s; want emergency", text, d.Urgency)
	}
	asked := false
	answers := map[string]string{}
	for i := 0; i < 8; i++ {
		q, ok := e.NextQuestion(text, f, "", answers)
		if !ok {
			break
		}
		if q.ID == "abd_pills" {
			asked = true
			break
		}
		answers[q.ID] = "no"
	}
	if !asked {
		t.Errorf("%q: never asked whether he swallowed something", text)
	}
}

// TestTheDentistCantSeeMe: a dentist or a doctor who "can't see me" is an
// appointment, not sight lost; "I can't see out of my eye" still is.
func TestTheDentistCantSeeMe(t *testing.T) {
	e := mustLoad(t)
	text := "Toothache for about 4 days now and my cheek looks a bit puffy. Dentist can't see me till next week"
	if d := e.Classify(text, Facts{AgeYears: 38}); d.Urgency == Emergency {
		t.Errorf("%q: %s %v; an appointment, no sight lost", text, d.Urgency, d.RedFlags)
	}
	for _, text := range []string{"suddenly I can't see out of my left eye", "فجأة ما اشوف بعيني اليسار"} {
		if d := e.Classify(text, Facts{AgeYears: 60}); d.Urgency != Emergency {
			t.Errorf("%q: %s; sudden sight loss is an emergency", text, d.Urgency)
		}
	}
}

// TestAPainToldByTheAppendixIsAskedHowBad: a belly pain told only by its
// place, low on the right or the appendix, is asked whether it is severe
// (abd_severe; its yes is RF-ABD-01): h53-055, a week after the appendix
// came out, "a bit tired", had a fever, vomiting and a severe pain.
func TestAPainToldByTheAppendixIsAskedHowBad(t *testing.T) {
	e := mustLoad(t)
	text := "ya doctor ana 3amalt 3amaleyet zayda men esbo3, w el naharda 7ases b ta3ab shwaya. de 7aga 3adeya?"
	f := Facts{AgeYears: 24, Sex: "m"}
	yes := e.Walk(text, f, "", answering(map[string]string{"abd_severe": "yes"}))
	if !slices.Contains(yes.Asked, "abd_severe") || yes.Decision.Urgency != Emergency {
		t.Errorf("asked %v, told %s; want abd_severe asked and its yes an emergency", yes.Asked, yes.Decision.Urgency)
	}
	if no := e.Walk(text, f, "", answering(nil)); no.Decision.Urgency == Emergency {
		t.Errorf("all no: %s %v; want no emergency", no.Decision.Urgency, no.Decision.RedFlags)
	}
}
