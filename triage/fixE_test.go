package triage

import (
	"slices"
	"testing"
)

// Fifteenth-session fixes (fixE): what the words still missed or
// over-read. Each test reads the family in English and the dialects, with
// the look-alikes that must not change.

// TestTheRightSideToldBeforeTheBelly: "low down on the right side of my
// tummy" (h85-034) put the pain too far from the place for rlq_pain's
// window, as "on the left side of my chest" did for the chest (set 85).
// The upper right, under the ribs, is not the appendix's.
func TestTheRightSideToldBeforeTheBelly(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-ABD-01", true, Facts{AgeYears: 19, Sex: "f"},
		"had a niggly ache low down on the right side of my tummy since yesterday. maybe 3/10, still eating, no temp, can walk around fine",
		"pain low down on the right side of my belly",
		"a dull ache low down on the right hand side of his tummy since this morning",
		"بطني يوجعني من تحت على اليمين",
		"عندي وجع في بطني تحت عاليمين من امبارح",
		"بطني بتوجعني في الحتة اللي تحت على اليمين",
		"كرشي كتضرني من الجيهة اليمنى لتحت",
		"batni bteoja3ni ta7t 3al yemin",
	)
	amberOf(t, e, "UR-ABD-01", false, Facts{AgeYears: 40},
		"sharp pain on the right side of my tummy under my ribs",
		"pain in the upper right side of my stomach after fatty food",
	)
	for _, text := range []string{
		"pain in the upper right side of my stomach after fatty food",
		"a rash on the right side of my chest that hurts",
	} {
		if present(t, e, text, "belly_side_pain") {
			t.Errorf("%q: belly_side_pain read", text)
		}
	}
}

// TestPillsCollectedFromThePharmacyAreNoPlan: a prescription picked up is
// not pills gathered ("I collected my pills from the pharmacy ...
// hopeless" was RF-MH-01); pills gathered, hoarded or hidden beside a wish
// to die still are the means made ready.
func TestPillsCollectedFromThePharmacyAreNoPlan(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, false, Facts{AgeYears: 35},
		"I collected my pills from the pharmacy today and I feel hopeless",
		"collected my tablets from the chemist this morning, feeling really low and hopeless",
		"I picked up my pills from the pharmacy and I feel like there is no point anymore",
		"جمعت دوايا من الصيدليه اليوم وحاسه اني ما في امل",
		"جبت الحبوب من الفارمسي وانا مخنوق ومعنديش امل",
		"jbt l7bob mn saydaliya w ana ma3ndi amal",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 35},
		"I collected pills for weeks and hid them, I want to die",
		"I have been collecting pills for weeks, I want to die",
		"I have been saving up my pills, I want to die",
		"جمعت الحبوب ومخبيتهم وبدي موت",
	)
	if !present(t, e, "I have been collecting my tablets in a drawer", "means_ready") {
		t.Error("tablets collected in a drawer: means_ready not read")
	}
}

// TestAFearOfTheSymptomIsTheSymptoms: the writer's fear or worry beside a
// symptom («خايفة كتير» after spotting, h87-020) is no mental health
// complaint, so no suicide question; anxiety told as a complaint of its
// own still is.
func TestAFearOfTheSymptomIsTheSymptoms(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انا حامل بالشهر التاني (٧ اسابيع) ونزل معي شوية دم خفيف لونه وردي لما دخلت الحمام، ما في وجع ابدا. خايفة كتير، شو لازم اعمل؟",
		"I'm 8 weeks pregnant and have some light spotting, I'm really worried",
		"my son has a fever of 38.5 since yesterday and I'm so worried",
		"I have a rash on my arm, I'm nervous",
		"انا حامل ونزل مني شوية دم، انا خايفه كتير",
		"بنتي عندها حراره من امبارح وانا خايفه",
		"ana 7amla w nzel mni chwiya dem, ana khayfa bzaf",
	} {
		d := e.Classify(text, Facts{AgeYears: 28, Sex: "f"})
		if slices.Contains(d.Complaints, "mental") {
			t.Errorf("%q: %v, a mental complaint", text, d.Complaints)
		}
		// "no" to each question, the first option of the others (a
		// pregnancy of under 12 weeks, not "not pregnant")
		w := e.Walk(text, Facts{AgeYears: 28, Sex: "f"}, "", func(q Question) string {
			if q.Kind == KindYesNo {
				return "no"
			}
			return q.Options[0].Value
		})
		if slices.Contains(w.Asked, "mh_suicidal") {
			t.Errorf("%q: asked %v", text, w.Asked)
		}
	}
	for _, text := range []string{
		"I have anxiety and panic attacks",
		"I'm always worried about everything",
		"انا خايفه كتير ومش عارفه ليه",
		"عندي خوف وقلق طول الوقت وما انام",
		"عندي صداع وخايفه طول الوقت",
		"I have a headache and I'm so worried, I have anxiety",
		"خايف على نفسي وما عدت اتحمل",
	} {
		d := e.Classify(text, Facts{AgeYears: 30})
		if !slices.Contains(d.Complaints, "mental") {
			t.Errorf("%q: %v, no mental complaint", text, d.Complaints)
		}
	}
}

// TestWatersToldAsAFluid: a fluid or water coming away in pregnancy is the
// waters (RF-PREG-08); a fluid from the nose or a breast, a discharge, or
// water "coming out" with vomiting is not.
func TestWatersToldAsAFluid(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 29, Sex: "f"}
	for _, text := range []string{
		"انا حامل ونزل مني سائل",
		"ana 7amel w nezel menni sa2el",
		"انا حامل في الشهر التامن وبينزل مني سائل شفاف من الصبح",
		"انا حامل بالشهر السابع وفي مي نازله مني من شوي",
		"انا حاملة فالشهر الثامن وكيسيل مني الما",
		"ana 7amla f chher tamen w kaysil mni lma",
		"I'm 30 weeks pregnant and there's clear fluid trickling down my legs",
		"pregnant 36 weeks, leaking some clear fluid since this morning",
		"I'm pregnant and had a gush of water",
	} {
		if d := e.Classify(text, f); !slices.Contains(d.RedFlags, "RF-PREG-08") {
			t.Errorf("%q: %s %v; want RF-PREG-08", text, d.Urgency, d.RedFlags)
		}
	}
	for _, text := range []string{
		"انا حامل ونزل مني سائل من خشمي",
		"I'm pregnant and my breasts are leaking fluid",
		"pregnant with a runny nose, water coming out of my nose all day",
		"I'm pregnant and I have a lot of white discharge",
		"انا حامل وعندي افرازات بيضا",
		"انا حامل وعطشانه وبشرب مية كتير",
		"I'm pregnant, since last night loose motions and vomiting, even water is coming out",
	} {
		if d := e.Classify(text, f); slices.Contains(d.RedFlags, "RF-PREG-08") {
			t.Errorf("%q: RF-PREG-08 fired", text)
		}
	}
}

// TestABloodThinnerBesideAComplaintIsItsMedicine: a sore throat on
// warfarin is the throat's, not a routine heart complaint; bleeding on a
// blood thinner, a refill and a heart condition named keep cardiology.
func TestABloodThinnerBesideAComplaintIsItsMedicine(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, specialty string }{
		{"I have a sore throat and I take warfarin", "ent"},
		{"عندي التهاب في الحلق وباخد دوا السيوله", "ent"},
		{"my mum is on blood thinners and has a rash on her arm", "dermatology"},
		{"امي تاخذ مميع الدم وعندها حساسيه بالجلد", "dermatology"},
		{"I take aspirin every day and my knee hurts", "orthopedics"},
		{"I'm on warfarin and my gums bleed when I brush", "cardiology"},
		{"I need a refill of my warfarin", "cardiology"},
		{"I have AF and take warfarin, I have a sore throat", "cardiology"},
	} {
		if d := e.Classify(c.text, Facts{AgeYears: 60}); d.Specialty != c.specialty {
			t.Errorf("%q: %s %s %v; want %s", c.text, d.Urgency, d.Specialty, d.Complaints, c.specialty)
		}
	}
	for _, text := range []string{
		"كناخد السيولة وعندي الزكام",
		"mama btekhod warfarin w 3andha wja3 bi rasha",
	} {
		if d := e.Classify(text, Facts{AgeYears: 60}); slices.Contains(d.Complaints, "heart_condition") {
			t.Errorf("%q: %v, a heart complaint", text, d.Complaints)
		}
	}
}

// TestWordsJumbledAndAMouthSpillingAreAStroke: speech that comes out
// jumbled, wrong or as gibberish, and a drink or saliva running out of one
// side of the mouth, are FAST's speech and face (h88-003); a teething
// baby's dribble and a tooth or a filling fallen out are not.
func TestWordsJumbledAndAMouthSpillingAreAStroke(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"her words are coming out all jumbled",
		"he is talking gibberish",
		"his speech came out wrong",
		"my dad is suddenly mixing up his words",
		"امي فجأة الكلام طالع منها غلط",
		"بابا كلامه بيطلع غلط",
		"ابوي يلخبط في الكلام",
		"جدي كيخلط فالهضرة",
		"baba kalamo byetla3 ghalat",
	} {
		if !present(t, e, text, "speech_problem") {
			t.Errorf("%q: speech_problem not read", text)
		}
	}
	for _, text := range []string{
		"her tea dribbled out one side of her mouth",
		"drooling from one side of his mouth",
		"والمويه تنزل من جنب فمها",
		"الموية تطيح من جهة وحدة من فمه",
		"الاكل بيقع من ناحية واحدة من بقه",
		"الما كيطيح ليه من جيهة وحدة من فمو",
		"el mayy btenzel men janb tummo",
	} {
		if !present(t, e, text, "face_droop") {
			t.Errorf("%q: face_droop not read", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 81},
		"Hi, mums a bit off since her afternoon nap. her words are coming out all jumbled and her tea dribbled out one side of her mouth. she says shes just tired and not to make a fuss. ok to wait and see how she is in the morning? shes 81",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 30},
		"my sons tooth fell out on the left side of his mouth",
		"my filling fell out on one side of my mouth",
		"I have an ulcer on one side of my mouth",
		"there is a wrong word in my prescription",
		"in other words something is wrong with my knee",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 1},
		"my baby is teething and drooling a lot",
		"my son dribbles when he drinks",
		"سنه وقع من الجهه اليمين من فمه",
	)
}
