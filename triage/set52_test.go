package triage

import (
	"slices"
	"testing"
)

// Set 52 was written blind at the start of a twelfth-session task: Arabizi
// through the whole conversation, 60 cases, 15 each Gulf, Egyptian,
// Levantine and Maghrebi, as young people and relatives type on phones.
// Its first run missed two emergencies. A father of 72 on aspirin "3shan el
// alb" (for the heart), «تعبان شوية» (h52-016): the heart was read as الاب
// (the father), and a tired older man on aspirin was never asked about
// black stools. A sister of 17 "mdaye2a awy mn el emte7anat" (very upset
// over her exams) and asleep since morning (h52-017): Egypt's «مضايقة»
// (upset) was no mood, so the overdose was never asked. The non-emergencies
// it sent to the emergency number came from words read out of their sense:
// "shayfa mshawesh" (I see blurred) as a new confusion, the Levant's "3am
// 7ke 3adi" (I'm talking normally) as «حكة», an itch, which with the
// breath of an asthma made an anaphylaxis, and the Gulf's "mb 7amel" (not
// pregnant) as a pregnancy. Each is fixed here in general, beside the
// wording that must still fire.

// TestEgyptsUpsetIsAMood: «مضايق», «مضايقة» (upset), however written, is a
// mood that asks about thoughts of ending one's life; the light that
// «بيضايقني» (bothers me) is not.
func TestEgyptsUpsetIsAMood(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"okhti 3ndaha 17 sana w mdaye2a awy mn el emte7anat",
		"ana mdaye2 awy w msh 3aref a3mel eh",
		"اختي مضايقه اوي من الامتحانات ونايمه من الصبح",
	} {
		if !present(t, e, text, "mental_word") {
			t.Errorf("%q: upset not read as a mood", text)
		}
	}
	for _, text := range []string{"el nour beyda2a2ny", "النور بيضايقني والعين بتوجعني"} {
		if present(t, e, text, "mental_word") {
			t.Errorf("%q: a light that bothers the eye read as a mood", text)
		}
	}
	d := e.Assess("okhti 3ndaha 17 sana w mdaye2a awy mn el emte7anat w na2ma mn el sob7", Facts{AgeYears: 17, Sex: "f"},
		map[string]string{"mh_suicidal": "yes", "mh_plan": "yes"})
	if d.Urgency != Emergency {
		t.Errorf("upset, with thoughts of ending her life and a plan: %s %v; want emergency", d.Urgency, d.RedFlags)
	}
}

// TestBlurredSightIsNoConfusion: «شايفة مشوش» (I see blurred) is the
// sight; a mind that is «مشوش» is still a new confusion.
func TestBlurredSightIsNoConfusion(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"3eny el yemeen wag3any awy w el nour beyda2a2ny w shayfa mshawesh shwaya",
		"عيني بتوجعني وبشوف مشوش",
		"نظري مشوش من امبارح",
	} {
		if present(t, e, text, "confusion") {
			t.Errorf("%q: blurred sight read as confusion", text)
		}
		if !present(t, e, text, "blurred_vision") {
			t.Errorf("%q: blurred sight not read", text)
		}
	}
	for _, text := range []string{"baba mshawesh w msh 3arefna", "ابوي مشوش من الصبح وما يعرفنا"} {
		if d := e.Classify(text, Facts{AgeYears: 75, Sex: "m"}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; a new confusion is an emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestTalkingIsNoItch: the Levant's "7ke" (I talk) is no «حكة»; an itch
// with a swelling throat is still an anaphylaxis.
func TestTalkingIsNoItch(t *testing.T) {
	e := mustLoad(t)
	text := "el raboo 3am ytla3 3laye aktar mn el 3ade, neffasi 2aseer bas lamma esta3mel el ventolin bertaa7, 3am 7ke 3adi"
	if present(t, e, text, "itch") {
		t.Errorf("%q: talking read as an itch", text)
	}
	if d := e.Classify(text, Facts{AgeYears: 29, Sex: "m"}); slices.Contains(d.RedFlags, "RF-ALLERGY-01") {
		t.Errorf("%q: %s %v; an asthma that answers to the inhaler, no allergy", text, d.Urgency, d.RedFlags)
	}
	for _, text := range []string{"akalt joz w sar 3ande 7akke w zla3ume wermet w ma 3am 2a2der etnaffas", "اكلت جوز وصار عندي حكه وزلعومي ورمت وما عم اقدر اتنفس"} {
		if d := e.Classify(text, Facts{AgeYears: 22, Sex: "f"}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v; an itch with a swollen throat and no breath is an emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestGulfMbIsNot: the Gulf's "mb" («مب», not) denies what follows.
func TestGulfMbIsNot(t *testing.T) {
	e := mustLoad(t)
	if present(t, e, "3indi 7arga ma3 el bool w dahri y3awrni w 7rara, mb 7amel", "pregnancy_word") {
		t.Error("mb 7amel (not pregnant) read as a pregnancy")
	}
	if !present(t, e, "ana 7amel fe el shahr el 5ames", "pregnancy_word") {
		t.Error("ana 7amel (I'm pregnant) not read")
	}
}

// TestGulfVomitingAndWaterThatWontStay: the Gulf's «اطرش» (I vomit) with
// what comes up, and water that «ما يثبت», are vomiting and fluids not
// kept down; «أطرش» alone is also deaf.
func TestGulfVomitingAndWaterThatWontStay(t *testing.T) {
	e := mustLoad(t)
	text := "ana 7amel fe el shahr el 5ames w mn ams atrash kil shay, 7atta el mai ma y'thbt"
	if !present(t, e, text, "vomiting") || !present(t, e, text, "not_drinking") {
		t.Errorf("%q: vomiting everything and water not kept down not read", text)
	}
	if present(t, e, "ابوي اطرش شوي ويبي سماعه", "vomiting") {
		t.Error("a deaf father read as vomiting")
	}
}

// TestMaghrebToothAndFace: «ضرستي» (my tooth) and "weji" (my face) are
// read, so a swollen face from a tooth is a dental swelling.
func TestMaghrebToothAndFace(t *testing.T) {
	e := mustLoad(t)
	text := "drsti kat7r9ni w weji ntfe5 mn jiha w 3ndi s5ana"
	if !present(t, e, text, "dental_swelling") {
		t.Errorf("%q: a swollen face from a tooth not read", text)
	}
	if present(t, e, "drsti kat7r9ni chwiya", "dental_swelling") {
		t.Error("a sore tooth alone read as a swelling")
	}
}
