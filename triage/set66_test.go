package triage

import (
	"slices"
	"testing"
)

// Set 66 was written blind at the start of a thirteenth-session task:
// older people (65 and over) in English, Arabic and Arabizi, twenty
// emergencies most of them behind a mild first message from a son, a
// daughter or a carer, and twenty non-emergencies (constipation, a cough
// of months, a medicine review, worn knees, insomnia). Its first run
// caught all twenty emergencies in both modes; the misses were below the
// emergency line. A father of 79 who "hasnt been able to pee since about
// 6am" was a belly ache sent routine (the retention told with "been" was
// not read, nor the Levant's «ما فاتت عالحمام تعمل بول»); a woman of 68
// whose wrist was swollen after a fall on her hand was self-care because
// she added "I can walk normal", and her "slip on the wet floor" was not a
// low-energy fall, so "not sure" of a crash went to the emergency number;
// "stool is hard" and the Gulf's «الطلعة صارت صعبة» were read as nothing,
// so two older people's constipation went routine; Egypt's «بقّو ناشف»
// (his mouth is dry) beside three days of diarrhoea was not read. And a
// diabetic of 80 on insulin «بيتكلم كلام ملوش لازمة» (talking nonsense)
// was caught only through the ketoacidosis question.

// TestRetentionToldOverHours: not having passed urine for hours, told
// with "been", "wee" or the Levant's making water, is a retention
// (UR-URO-03; NHS: Urinary retention); passing it is not.
func TestRetentionToldOverHours(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my dad hasnt been able to pee since about 6am, lower tummy sore",
		"he couldnt pee all day and his belly is tight",
		"ستي من الصبح ما فاتت عالحمام تعمل بول وبطنها منفوخ",
		"بابا ما عملش بول من الصبح وبطنه بتوجعه",
		"jeddo ma 3am ya3mel bol mn el sob7",
	} {
		if d := e.Classify(text, Facts{AgeYears: 80, Sex: "m"}); !slices.Contains(d.AmberFlags, "UR-URO-03") {
			t.Errorf("%q: %s %v %v; want UR-URO-03", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	for _, text := range []string{
		"been able to pee fine, just a bit of burning",
		"no problem passing urine, just back pain",
	} {
		if d := e.Classify(text, Facts{AgeYears: 40}); slices.Contains(d.AmberFlags, "UR-URO-03") {
			t.Errorf("%q: %v; passing urine is no retention", text, d.AmberFlags)
		}
	}
}

// TestWalkingSaysNothingOfAnArm: walking does not make a swollen, painful
// wrist after a fall a sprain for home (UR-INJ-01; NHS: Broken arm or
// wrist); it still does an ankle.
func TestWalkingSaysNothingOfAnArm(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I fall on my hand yesterday, my wrist is swollen and painful, I can walk normal",
		"وقعت على ايدي وصارت منفخة وبتوجعني كتير، بقدر امشي عادي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 68, Sex: "f"}); d.Urgency != Urgent {
			t.Errorf("%q: %s %v; want urgent", text, d.Urgency, d.AmberFlags)
		}
	}
	text := "twisted my ankle, a bit swollen, walking fine"
	if d := e.Classify(text, Facts{AgeYears: 30}); d.Urgency != SelfCare {
		t.Errorf("%q: %s %v; want self_care", text, d.Urgency, d.AmberFlags)
	}
	// a slip on the floor from standing is no crash or fall from a height
	text = "I slip on the wet floor yesterday and fall on my hand, wrist swollen"
	if q, ok := e.NextQuestion(text, Facts{AgeYears: 68, Sex: "f"}, "", map[string]string{}); ok && q.ID == "inj_mechanism" {
		t.Errorf("%q: asked inj_mechanism", text)
	}
}

// TestAHardStoolIsConstipation: a hard stool and the Gulf's «الطلعة» are
// constipation, self-care at any age (NICE CKS Constipation).
func TestAHardStoolIsConstipation(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"from 4 days I not go to toilet properly, stool is hard",
		"الطلعه صارت صعبه شوي من اسبوع",
		"el tal3a sarat sa3ba shway mn osboo3",
	} {
		d := e.Classify(text, Facts{AgeYears: 70})
		if !slices.Contains(d.Complaints, "constipation") || d.Urgency != SelfCare {
			t.Errorf("%q: %s %v; want constipation, self_care", text, d.Urgency, d.Complaints)
		}
	}
	for _, text := range []string{"طلعه البر كانت حلوه", "my stool is soft and normal"} {
		if d := e.Classify(text, Facts{AgeYears: 40}); slices.Contains(d.Complaints, "constipation") {
			t.Errorf("%q: %v; no constipation", text, d.Complaints)
		}
	}
}

// TestEgyptsDryMouthInDiarrhoea: «بقّو ناشف» (his mouth is dry) beside
// diarrhoea is a sign of dehydration (UR-GI-01; NICE CG84); drinking well
// without it is not.
func TestEgyptsDryMouthInDiarrhoea(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"بابا عنده اسهال من ٣ ايام وبقو ناشف", "baba 3ando es-hal mn 3 ayam w bo2o nashef"} {
		if d := e.Classify(text, Facts{AgeYears: 78, Sex: "m"}); !slices.Contains(d.AmberFlags, "UR-GI-01") {
			t.Errorf("%q: %s %v; want UR-GI-01", text, d.Urgency, d.AmberFlags)
		}
	}
	text := "بابا عنده اسهال من ٣ ايام بس بيشرب كويس"
	if d := e.Classify(text, Facts{AgeYears: 78, Sex: "m"}); slices.Contains(d.AmberFlags, "UR-GI-01") {
		t.Errorf("%q: %v; no sign of dehydration", text, d.AmberFlags)
	}
}

// TestTalkWithNoSenseInADiabetic: Egypt's talking with no sense in it is a
// new confusion (NICE NG51; JBDS hypoglycaemia); saying silly things when
// cross is not.
func TestTalkWithNoSenseInADiabetic(t *testing.T) {
	e := mustLoad(t)
	text := "جدو عنده سكر وبيتكلم كلام ملوش لازمة"
	if d := e.Classify(text, Facts{AgeYears: 80, Sex: "m"}); d.Urgency != Emergency {
		t.Errorf("%q: %s %v; want emergency", text, d.Urgency, d.RedFlags)
	}
	text = "ابني بيقول كلام ملوش لازمة لما بيزعل"
	if d := e.Classify(text, Facts{AgeYears: 30, Sex: "m"}); d.Urgency == Emergency {
		t.Errorf("%q: %v; no confusion", text, d.RedFlags)
	}
}

// TestSleepLostWithTheMoodFine: sleep lost lately with the mood told as
// fine is sleep advice at home (NICE CKS Insomnia); a low or hopeless mood
// stays a GP appointment, and thoughts of ending one's life the emergency.
func TestSleepLostWithTheMoodFine(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"im 74 and just cant sleep lately, lie awake till 3am. mood is ok",
		"انا عمري ٦٨ ما عم نام منيح. مزاجي منيح الحمدلله",
	} {
		if d := e.Classify(text, Facts{AgeYears: 70}); d.Urgency != SelfCare {
			t.Errorf("%q: %s %v; want self_care", text, d.Urgency, d.Complaints)
		}
	}
	text := "i feel low and hopeless, cant sleep"
	if d := e.Classify(text, Facts{AgeYears: 70}); d.Urgency == SelfCare {
		t.Errorf("%q: self_care; a low mood is seen", text)
	}
	text = "cant sleep, mood is ok but I want to end my life"
	if d := e.Classify(text, Facts{AgeYears: 70}); d.Urgency != Emergency {
		t.Errorf("%q: %s; want emergency", text, d.Urgency)
	}
}
