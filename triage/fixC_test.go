package triage

import "testing"

// TestMaghrebMashiBeforeAVerbIsNot: the Maghreb's «ماشي» (machi) before a
// present verb is "not" («ماشي كيضرني راسي», "machi kaydorni rasi": my
// head does not hurt, h79-037); alone it is still walking or "OK". «ولا»
// before a present verb is "became" or "or" («ولا كيعرج», he started
// limping), and "nor" only after a negation.
func TestMaghrebMashiBeforeAVerbIsNot(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ماشي كيضرني راسي",
		"راسي ماشي كيوجعني",
		"ماشي تايوجعني راسي، غير بغيت نقيس الطونسيون",
		"9st tension f pharmacie l9itha 15/9, ma 3ndi walo, machi kaydorni rasi",
		"machi kaydorni rasi, ghir bghit nchof tbib",
	} {
		if present(t, e, text, "headache") {
			t.Errorf("%q: headache read", text)
		}
	}
	// look-alikes: the headache told, and «ولا» as became or or
	for _, c := range []struct{ text, concept string }{
		{"راسي كيضرني بزاف من الصباح", "headache"},
		{"ولدي ولا كيعرج من الصباح", "child_limp"},
		{"bnti wla kaya3raj mn sbah", "child_limp"},
		{"خويا ولا كيعرق بزاف وكيتقيا", "sweating"},
	} {
		if !present(t, e, c.text, c.concept) {
			t.Errorf("%q: %s not read", c.text, c.concept)
		}
	}
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 5}, "ولدي ولا كيعرج من الصباح، ما طاحش")
	urgencyIs(t, e, Routine, "", Facts{AgeYears: 52},
		"9st tension f pharmacie l9itha 15/9, ma 3ndi walo, machi kaydorni rasi. wach khassni nchof tbib? 3ndi 52 3am")
	// "nor" after a negation still denies
	if present(t, e, "ما عندوش السخانة ولا كيكح", "cough") {
		t.Error("nor: the cough denied by «ما عندوش … ولا» was read")
	}
}

// TestABabysMonthsAreNoPregnancyStage: a count of months or weeks read as a
// baby's age («ابني ٥ شهور», "weldi 5 shohor", "bnti 3 chhar", "my baby 6
// weeks") is no stage of a pregnancy; a pregnant writer's months still are.
func TestABabysMonthsAreNoPregnancyStage(t *testing.T) {
	e := mustLoad(t)
	stages := []string{"early_pregnancy", "mid_pregnancy", "late_pregnancy"}
	read := func(text string) bool {
		a := e.read(text)
		for _, s := range stages {
			if a.present[e.lex.index[s]] {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"weldi 5 shohor w fih s5ana",
		"ebni 5 shohor bey2ay kteer",
		"binti 3omrha 6 shhour 3andha 7arara",
		"el baby 5 shohor 3ando ka7a w s5ouna",
		"ابني ٥ شهور عنده حرارة",
		"بنتي ٧ شهور فيها اسهال",
		"my baby 6 weeks has fever 38.2",
	} {
		if read(text) {
			t.Errorf("%q: a pregnancy's stage read", text)
		}
	}
	for _, text := range []string{
		"انا حامل ٥ شهور وعندي صداع",
		"ana 7amla 6 chhour w kanchouf dem",
		"I am 30 weeks pregnant and my feet are swollen",
	} {
		if !read(text) {
			t.Errorf("%q: the pregnancy's stage not read", text)
		}
	}
}

// TestArabiziLiquidIsSaail: "sa2el" is «سائل», a liquid: a child who drank
// dishwashing or washing liquid is a poisoning (NPIS/TOXBASE), in Arabizi
// as in Arabic script; a liquid from an ear is not.
func TestArabiziLiquidIsSaail(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 3},
		"ebni shereb sa2el jali",
		"ibni shirib sa2el ghaseel",
		"ebni shereb men el sa2el el jali w 3am yes3ol",
		"binti shirbat sa2el ghasil",
		"ابني شرب سائل غسيل",
		"بنتي شربت سائل جلي",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 3},
		"ebni 3ando sa2el byenzel men wedno",
		"ebni shereb mayye w ba3dein 3am yel3ab",
	)
}

// TestWarmToTheTouchOfAPartIsNoFever: warmth felt with the hand on a foot,
// a leg, a joint, a wound or a breast is the part's inflammation (h78-016,
// h80-028; NICE NG141), not a fever; a forehead, a body or a child warm to
// the hand still is (NICE NG143 1.1).
func TestWarmToTheTouchOfAPartIsNoFever(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"في جرح صغير باصبع اجره صار احمر والحمرة عم تطلع لفوق عالقدم، وسخن شوي ع اللمس",
		"ضرك الجرح راه حمر والحمورية راهي تطلع للقدم وسخونة كي نحط يدي",
		"ركبتي منفوخة وسخنة لما احط يدي عليها",
		"my foot wound is red and hot to touch",
		"الجرح اللي في رجله حامي وسخن لما المسه",
	} {
		if present(t, e, text, "fever") {
			t.Errorf("%q: fever read", text)
		}
	}
	for _, text := range []string{
		"ابني سخن لما احط يدي عليه",
		"جبينه سخن لما حطيت يدي",
		"رجله منفوخة، وجبينه سخن لما احط يدي عليه",
		"his forehead is hot to touch",
		"my leg is red and swollen and I have a fever",
	} {
		if !present(t, e, text, "fever") {
			t.Errorf("%q: fever not read", text)
		}
	}
	urgencyIs(t, e, Urgent, "", Facts{AgeYears: 77},
		"ابوي عنده سكري من زمان، في جرح صغير باصبع اجره صار احمر والحمرة عم تطلع لفوق عالقدم، وسخن شوي ع اللمس. ما عنده حرارة. شو نعمل؟")
}

// TestADiabeticFootToldInTwoSentences: the diabetes told in a sentence of
// its own, in a short message about the patient, makes the foot's sore or
// wound a diabetic foot as one sentence does (NICE NG19 1.3; h81-016); a
// mother's diabetes, a blister with nothing wrong and a cut hand do not.
func TestADiabeticFootToldInTwoSentences(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I have diabetes. My foot has a sore that won't heal",
		"Doctor, I walked barefoot in the Haram and got a blister under my foot. Now 2 days it become red and swollen till the ankle, warm also. I am diabetic on tablets.",
		"عندي السكر. طلعتلي نفاخة في رجلي وولات حمرا ومنفوخة",
		"انا مريض سكر. عندي جرح في رجلي من اسبوع وصار احمر",
		"عندي سكري. في جرح في رجلي ما بيطيب",
	} {
		if !present(t, e, text, "diabetic_foot") {
			t.Errorf("%q: no diabetic foot", text)
		}
	}
	for _, text := range []string{
		"My mother has diabetes. I have a sore on my foot that won't heal",
		"I have diabetes. I have blisters on my feet from new shoes",
		"I have diabetes. I have a wound on my hand",
		"عندي سكري. انجرحت في ايدي",
	} {
		if present(t, e, text, "diabetic_foot") {
			t.Errorf("%q: a diabetic foot read", text)
		}
	}
}

// TestFirstTimeOnlyBesideAHeadache: «اول مرة» (the first time) is the
// thunderclap's word only beside a headache; a first fit, a first
// pregnancy or a first visit fill no headache finding.
func TestFirstTimeOnlyBesideAHeadache(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"اول مرة تجيه نوبة صرع",
		"اول مره احمل وعندي غثيان",
		"first time pregnant, I have nausea",
		"اول مرة نجي عندكم، بغيت نشوف طبيب",
		"راسي قاتلني من الصباح، ماشي اول مرة",
	} {
		if present(t, e, text, "worst_headache_word") {
			t.Errorf("%q: the worst headache read", text)
		}
	}
	for _, text := range []string{
		"راسي يعورني مره قوي، اول مره يصير لي كذا",
		"اول مرة يجيني صداع بهالقوة",
		"عندي صداع قوي اول مرة يجيني",
		"sudden headache, first time in my life",
	} {
		if !present(t, e, text, "worst_headache_word") {
			t.Errorf("%q: the worst headache not read", text)
		}
	}
}
