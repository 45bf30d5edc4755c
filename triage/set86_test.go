package triage

import (
	"slices"
	"testing"
)

// Training set 86 (Gulf Arabic: Saudi, Kuwaiti, Emirati, Omani, Bahraini,
// Qatari). Each test covers a family of wordings, with the look-alikes that
// must not change.

// TestTheGulfWishNotToGetUp: «ياليتني انام وما اقوم» (I wish I would sleep
// and not get up) is a passive wish to be dead, asked about a plan, not the
// emergency a "yes" to thoughts of ending one's life makes (NICE NG225;
// h86-015). A wish about getting up early, sleeping well or a day at work
// is none.
func TestTheGulfWishNotToGetUp(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"تعبت من كل شي، ياليتني انام وما اقوم",
		"ياليت انام وما اقوم ابد",
		"ليتني انام وما اقوم",
		"يا ليتني انام وما عاد اقوم",
		"ياليتني اموت وارتاح",
		"احيانا اقول ياليتني مت وارتاح",
	} {
		if !present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: no passive wish to be dead read", text)
		}
	}
	for _, text := range []string{
		"ياليتني اقوم بدري للدوام",
		"ياليت اقدر انام زين",
		"ياليتني ما رحت الدوام اليوم",
	} {
		if present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: read as a wish to be dead", text)
		}
	}
	urgencyIs(t, e, Urgent, "psychiatry", Facts{AgeYears: 30},
		"تعبت من كل شي من يوم طلقت، احيانا اقول ياليتني انام وما اقوم، بس والله ما بسوي شي في روحي عندي عيالي. ابا حد اكلمه",
	)
}

// TestScratchingItIsAnItch: the Gulf's and the Maghreb's scratching with
// its object («ويحكها وايد», «كيحكها بزاف») is an itch, so "a lot" is the
// itch's, not a worse rash: mosquito bites scratched a lot are home care
// (NICE CKS Insect bites and stings; h86-039). The Levant's "tell her" in
// Arabizi or in Arabic script is no itch.
func TestScratchingItIsAnItch(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"طلع له حبوب حمر برجوله ويحكها وايد", "بيحكها طول الليل", "الحبوب تحكها وايد", "كيحكها بزاف"} {
		if !present(t, e, text, "itch") {
			t.Errorf("%q: no itch read", text)
		}
	}
	for _, text := range []string{"bade e7kiha shi", "fi 7ada ehke ma3o", "بدي احكيها للدكتور", "لازم تحكيها كل شي"} {
		if present(t, e, text, "itch") {
			t.Errorf("%q: read as an itch", text)
		}
	}
	urgencyIs(t, e, SelfCare, "pediatrics", Facts{AgeYears: 8},
		"ولدي ٨ سنين كنا مخيمين بالبر، طلع له حبوب حمر صغار برجوله ويحكها وايد، اتوقع من البعوض. ما فيه حراره ونشيط. شو احط له؟",
		"my son has mosquito bites on his legs and scratches them a lot, no fever, playing normally",
	)
}

// TestATransfusionIsNoBleeding: blood given every few weeks for
// thalassaemia or sickle cell («تاخذ دم كل شهر», «ركبوا له دم», «موعد نقل
// الدم») is no bleeding (h86-020); blood that comes out still is.
func TestATransfusionIsNoBleeding(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عندها ثلاسيميا وتاخذ دم كل شهر",
		"ولدي عنده سكلسل وركبوا له دم امس",
		"موعد نقل الدم تأخر",
		"he gets a blood transfusion every month for thalassaemia",
		"بتاخد دم كل اسبوعين عشان الانيميا",
		"كياخد الدم كل شهر",
	} {
		if present(t, e, text, "bleeding") {
			t.Errorf("%q: read as bleeding", text)
		}
	}
	for _, text := range []string{"ينزل دم من خشمه", "تنزف من تحت", "she is bleeding a lot"} {
		if !present(t, e, text, "bleeding") {
			t.Errorf("%q: no bleeding read", text)
		}
	}
}

// TestTheDaysHeatIsNoFever: a temperature too high for any body (44 to 60
// °C) beside the temperature word is the weather's, «الحراره اليوم ٥٠»
// (h86-002), and is a day in strong heat, not a fever to ask of malaria or a
// rash; a fever told apart, or a body's reading, stays.
func TestTheDaysHeatIsNoFever(t *testing.T) {
	e := mustLoad(t)
	fever := e.lex.index["fever"]
	for _, c := range []struct {
		text  string
		fever bool
	}{
		{"اخوي يشتغل بالموقع برا والحراره اليوم ٥٠ وراسه يعوره", false},
		{"الحرارة برا ٤٨ درجة وتعبت", false},
		{"temperature was 47 today at work and I have a headache", false},
		{"درجة الحرارة اليوم 49 وجاني دوخه", false},
		{"السخانه اليوم 47 فالخدمة وراسي كيضرني", false},
		{"الحراره اليوم ٥٠ وولدي عنده حراره", true},
		{"حرارته ٣٩ والجو ٥٠ برا", true},
		{"حرارته ٤٠", true},
		{"الحراره اليوم ارتفعت عند ولدي", true},
	} {
		if got := e.said(e.read(c.text), fever); got != c.fever {
			t.Errorf("%q: fever %v, want %v", c.text, got, c.fever)
		}
	}
	text := "الحراره اليوم ٤٨ واشتغل برا وراسي يعورني وحاس بدوخه"
	p := CasePatient{AgeYears: 30, Sex: "m", Findings: map[string]bool{"headache": true, "heat_exposure": true}, MissingIsNo: true}
	w := e.Walk(text, Facts{Lang: "ar"}, "", p.Answer)
	if slices.Contains(w.Asked, "fever_travel") || !slices.Contains(w.Asked, "heat_confused") {
		t.Errorf("%q: asked %v; want the heat's questions, not a fever's travel", text, w.Asked)
	}
}

// TestANegationDoesNotReachAnActOfItsOwn: «وما ياكل ويتنفس بسرعه» (not
// eating, and breathing fast) is no "not breathing", in every dialect; the
// verb glued to و is an act of its own (h86-014). «ما عاد يتنفس» and «ما
// يتنفس» are still not breathing.
func TestANegationDoesNotReachAnActOfItsOwn(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ابوي ما ياكل ويتنفس بسرعه",
		"الولد ما يرضع ويتنفس بصعوبه",
		"ابني مش بياكل وبيتنفس بسرعة",
		"ما عم ياكل وعم يتنفس بسرعة",
		"ما كياكلش وكيتنفس بزربة",
	} {
		if present(t, e, text, "not_breathing") {
			t.Errorf("%q: read as not breathing", text)
		}
	}
	for _, text := range []string{"ما عاد يتنفس", "ما يتنفس", "وقع وما يتنفس"} {
		if !present(t, e, text, "not_breathing") {
			t.Errorf("%q: not breathing not read", text)
		}
	}
}

// TestAskingForTheDeadIsConfusion: an older person asking for a relative
// who has died, as if alive, is disoriented (delirium, NICE CG103):
// «ويسالني عن امي الله يرحمها كانها موجوده» (h86-014), asking where he
// went. The writer asking about a late parent, or the late parent's own
// past, is not.
func TestAskingForTheDeadIsConfusion(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ابوي ٨٢ سنه ويسالني عن امي الله يرحمها كانها موجوده",
		"جدتي من الصبح تسال عن جدي الله يرحمه وين راح",
		"ماما بتسأل عن بابا الله يرحمه كأنه عايش",
		"تيتا عم تسال عن جدو الله يرحمه",
		"مي كتسول على بابا الله يرحمه",
		"my dad keeps asking for his late wife",
	} {
		if !present(t, e, text, "confusion") {
			t.Errorf("%q: no confusion read", text)
		}
	}
	for _, text := range []string{
		"ابوي الله يرحمه كان يسال عن ضغطه",
		"I'm asking for my dad, my mum who passed away had diabetes",
		"امي الله يرحمها كانت عندها سكر وابوي يسال عن التحليل",
		"ابي اسال عن ابوي الله يرحمه هل السكر وراثي",
	} {
		if present(t, e, text, "confusion") {
			t.Errorf("%q: read as confusion", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 82},
		"ابوي ٨٢ سنه عنده التهاب بول والدكتور عطاه مضاد امس، بس اليوم واجد نعسان وما ياكل ويتنفس بسرعه، ويسالني عن امي الله يرحمها كانها موجوده. نكمل المضاد ونصبر؟",
	)
}

// TestNosebleedsThatKeepComing: nosebleeds several times a month, or for
// weeks, are a GP's appointment (NHS: Nosebleed; h86-029); one that
// stopped is still home care.
func TestNosebleedsThatKeepComing(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 10},
		"ولدي ١٠ سنين ينزل من خشمه دم كذا مره هالشهر خصوصا مع الحر والمكيف، كل مره يوقف بعد خمس دقايق اذا ضغطنا",
		"my daughter has had nosebleeds several times this month, they stop with pressure",
		"ابني بينزل دم من مناخيره كذا مره الشهر ده",
	)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 9},
		"ولدي ٩ سنين طلع دم من خشمه بالمدرسه ووقف بعد ٥ دقايق لما ضغطوا عليه",
	)
}

// TestTheKidneyDoctorNamed: a kidney specialist asked for by name is the
// kidney clinic's, ahead of the diabetes told beside it (NICE NG203;
// h86-025).
func TestTheKidneyDoctorNamed(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "nephrology", Facts{AgeYears: 61},
		"ابوي عنده سكر وضغط، طلع تحليل الكلى عنده الكرياتنين مرتفع شوي، الدكتور قال راجعوا دكتور كلى، ابي موعد",
		"I need a referral to a kidney doctor, my creatinine is up, I am diabetic",
		"ابي موعد عند دكتور الكلى عشان الغسيل",
	)
}
