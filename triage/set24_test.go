package triage

import (
	"slices"
	"testing"
)

// TestWeakSinceAnOldStrokeIsLongStanding: a sentence that runs on "since
// then" from a sentence dated years back tells what has gone on since, not
// something new. An 84-year-old's weakness unchanged since a stroke in 2023
// went to the emergency number (h24-014). A new weakness told after it, now
// or suddenly, stays the stroke emergency.
func TestWeakSinceAnOldStrokeIsLongStanding(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my dad had a stroke back in 2023. His right arm and leg have been weak since then, no change",
		"My mum had a stroke 2 years ago. Her left leg has been weak ever since.",
		"امي جتها جلطه سنة ٢٠٢٢. ايدها اليمين ضعيفه من وقتها",
		"بابا جاته جلطة قبل ٣ سنين. من يومها ايده الشمال ما بيحركها منيح",
	} {
		if w := e.Walk(text, Facts{AgeYears: 80, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v; an old stroke's unchanged weakness is long-standing", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"my dad had a stroke in 2023. Since then he was fine but today he can't move his right arm",
		"my father can't move his left arm",
		"ابوي ما يقدر يحرك يده اليسار",
	} {
		if w := e.Walk(text, Facts{AgeYears: 80, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want the stroke emergency", text, w.Decision.Urgency)
		}
	}
}

// TestWishGodTakeMeIsNoUnwakingPerson: "I wish God would take me and I
// didn't wake up", said by a grieving mother every day (h24-015), is a
// passive wish to die, not a person who cannot be woken.
func TestWishGodTakeMeIsNoUnwakingPerson(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"امي عمرها ٧٨ سنة، صارت تقول كل يوم يا ريت الله ياخدني وما فيق الصبح",
		"امي بتقول كل يوم ربنا ياخدني وما اصحاش الصبح",
		"الوالده تقول كل ليله الله ياخذني وما اصحى",
	} {
		w := e.Walk(text, Facts{AgeYears: 78, Sex: "f"}, "", answerAll("no"))
		if slices.Contains(w.Decision.RedFlags, "RF-CONSC-01") || w.Decision.Urgency != Urgent {
			t.Errorf("%q: %s %v; want the urgent passive wish, not RF-CONSC-01", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{"ابويا نام وماصحاش", "امي طاحت وما تصحى"} {
		if w := e.Walk(text, Facts{AgeYears: 78, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want the emergency of someone who does not wake", text, w.Decision.Urgency)
		}
	}
}

// TestFewerMovementsBeforeTwentyFourWeeks: before about 24 weeks a baby's
// movements are not yet regular enough to be fewer (RCOG Green-top 57). At
// 19 weeks in a first pregnancy (h24-032) RF-PREG-06 sent her to the
// emergency number. From 24 weeks it stays the emergency.
func TestFewerMovementsBeforeTwentyFourWeeks(t *testing.T) {
	e := mustLoad(t)
	yes := answering(map[string]string{"preg_movements": "yes"})
	for _, text := range []string{
		"انا حامل في الشهر الخامس، ١٩ اسبوع، اول حمل. مش حاسة بالبيبي بيتحرك غير رفرفة خفيفة",
		"I'm 20 weeks pregnant and I barely feel the baby move",
		"حامل بالشهر الرابع وما احس الجنين يتحرك كثير",
		"I am 5 months pregnant, first baby, not feeling much movement yet",
	} {
		if w := e.Walk(text, Facts{AgeYears: 26, Sex: "f"}, "", yes); slices.Contains(w.Decision.RedFlags, "RF-PREG-06") {
			t.Errorf("%q: %s %v; before 24 weeks fewer movements are no emergency", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"I'm 30 weeks pregnant and the baby is moving less than usual",
		"انا حامل في السابع والبيبي حركته قليلة اوي من امبارح",
		"انا حامل في التامن ومش حاسة بحركة الجنين من امبارح",
	} {
		if w := e.Walk(text, Facts{AgeYears: 29, Sex: "f"}, "", yes); !slices.Contains(w.Decision.RedFlags, "RF-PREG-06") {
			t.Errorf("%q: %s %v, want RF-PREG-06", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
}

// TestMalariaWordIsNoStay: naming malaria guesses at the illness; it does
// not say where the writer has been. "Back home it is always malaria" from a
// man five years in Riyadh (h24-003) fired RF-TRAVEL-01 at once. The stay
// is asked instead, and a named place still fires.
func TestMalariaWordIsNoStay(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I live in Riyadh for 5 years, I have small fever and catarrh, back home it is always malaria",
		"عندي حراره وصداع واظن انها ملاريا",
		"سخونية وتكسير، خايف تكون الملاريا",
	} {
		w := e.Walk(text, Facts{AgeYears: 36, Sex: "m"}, "", answerAll("no"))
		if w.Decision.Urgency == Emergency || !slices.Contains(w.Asked, "fever_travel") {
			t.Errorf("%q: %s %v, asked %v; want the stay asked, no emergency when it is denied", text, w.Decision.Urgency, w.Decision.RedFlags, w.Asked)
		}
	}
	for _, text := range []string{
		"fever and chills since I came back from Nigeria last week",
		"عندي حراره ورجفه من رجعت من السودان",
	} {
		if w := e.Walk(text, Facts{AgeYears: 36, Sex: "m"}, "", answerAll("no")); !slices.Contains(w.Decision.RedFlags, "RF-TRAVEL-01") {
			t.Errorf("%q: %s %v, want RF-TRAVEL-01", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
}

// TestOuterSideAndGroundAreNoHeatOrFall: "bruised on the outside" of an
// ankle is no time outdoors (h24-034, asked about heat stroke), and
// sleeping on the ground at Muzdalifah is no fall (h24-024, asked about a
// fall from a height).
func TestOuterSideAndGroundAreNoHeatOrFall(t *testing.T) {
	lx := mustLoad(t).lex
	heat, fall := lx.index["heat_context"], lx.index["fall_word"]
	for text, want := range map[string]bool{
		"rolled my ankle, swollen and bruised on the outside": false,
		"pain on the outside of my knee":                      false,
		"he was working outside all day in the sun":           true,
	} {
		if got := lx.analyze(text).present[heat]; got != want {
			t.Errorf("heat_context in %q = %v, want %v", text, got, want)
		}
	}
	for text, want := range map[string]bool{
		"slept on the ground at Muzdalifah and woke with a sore shoulder": false,
		"نمت على الارض في مزدلفه وصحيت ظهري يوجعني":                       false,
		"رقدنا على الارض في مزدلفه":                                       false,
		"my dad fell on the ground":                                       true,
		"امي طاحت على الارض":                                              true,
	} {
		if got := lx.analyze(text).present[fall]; got != want {
			t.Errorf("fall_word in %q = %v, want %v", text, got, want)
		}
	}
}

// TestBurningOnGoingToTheToiletIsBurningUrine: «حرقة لما بيعمل حمام»
// (burning when he goes to the toilet, h24-016, a father of 71) read as
// nothing and was routine. Burning beside going to the toilet is dysuria;
// heartburn after eating is not.
func TestBurningOnGoingToTheToiletIsBurningUrine(t *testing.T) {
	lx := mustLoad(t).lex
	dys := lx.index["dysuria"]
	for text, want := range map[string]bool{
		"ابوي بيحكي انه في حرقة لما بيعمل حمام":  true,
		"جوزي عنده حرقان وهو بيدخل الحمام":       true,
		"امي عندها حرقه لما تروح الحمام":         true,
		"it burns when he goes to the toilet":    true,
		"عندي حرقة في المعدة لما اكل":            false,
		"بعمل حمام كل يوم والحمد لله مفيش مشاكل": false,
	} {
		if got := lx.analyze(text).present[dys]; got != want {
			t.Errorf("dysuria in %q = %v, want %v", text, got, want)
		}
	}
}

// TestANewBreastLumpIsSeenToday: a new lump in the breast is urgent by the
// policy (NICE NG12 refers an unexplained lump from 30); "she found a lump
// in her left breast" (h24-008, a mother of 67) ended routine. A lump
// known for years and breast pain before a period are not.
func TestANewBreastLumpIsSeenToday(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Writing for my mum, 67. She found a lump in her left breast in the shower 2 days ago, doesnt hurt",
		"امي لقت كتله في ثديها اليسار",
		"ماما لقت حباية صغيرة في الثدي اليمين",
		"حسيت في عقدة بثديي اليمين",
		"لقيت واحد الكتلة فالبزولة ديالي",
	} {
		if w := e.Walk(text, Facts{AgeYears: 55, Sex: "f"}, "", answerAll("no")); w.Decision.Urgency != Urgent {
			t.Errorf("%q: %s %v, want urgent (UR-BREAST-02)", text, w.Decision.Urgency, w.Decision.AmberFlags)
		}
	}
	for _, text := range []string{
		"a lump in my breast for 10 years, checked and unchanged",
		"breast pain before my period, no lump",
	} {
		if w := e.Walk(text, Facts{AgeYears: 40, Sex: "f"}, "", answerAll("no")); slices.Contains(w.Decision.AmberFlags, "UR-BREAST-02") {
			t.Errorf("%q: %v, want no UR-BREAST-02", text, w.Decision.AmberFlags)
		}
	}
}

// TestArabiziSafarIsTravel: Arabizi "safar" is سفر, the journey, not
// صفار, the yellow of jaundice. "ba3d el safar sar fi nfa5 bi ejreha"
// (after the journey her ankles swelled, h24-028) read as jaundice and was
// asked about blood in the stool. A fever after a journey to a malaria area
// stays the emergency.
func TestArabiziSafarIsTravel(t *testing.T) {
	e := mustLoad(t)
	lx := e.lex
	jaundice, travel := lx.index["jaundice"], lx.index["travel_word"]
	for _, text := range []string{
		"ba3d el safar sar fi nfa5 5afif bi ejreha",
		"safarna 3al 3omra bil bas w ejray wirmo",
		"safart mn ams w ta3bana",
	} {
		a := lx.analyze(text)
		if a.present[jaundice] || !a.present[travel] {
			t.Errorf("%q: jaundice %v, travel %v; want the journey", text, a.present[jaundice], a.present[travel])
		}
	}
	for _, text := range []string{"3andi 7arara w ra3sha ba3d el safar mn nigeria", "safart 3al sudan w rje3t 3andi 7arara"} {
		if w := e.Walk(text, Facts{AgeYears: 40, Sex: "m"}, "", answerAll("no")); !slices.Contains(w.Decision.RedFlags, "RF-TRAVEL-01") {
			t.Errorf("%q: %s %v, want RF-TRAVEL-01", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
}

// TestUnbornBabyNotMovingIsNoUnresponsivePerson: «الجنين ما يتحرك» is the
// unborn baby's movements, weighed by RF-PREG-06 from about 24 weeks, not
// a person who does not move (RF-CONSC-01). With 22 weeks kept off
// RF-PREG-06 (h24-032's lesson) it went to the emergency number as
// unresponsive. A father or a baby who does not move stays RF-CONSC-01.
func TestUnbornBabyNotMovingIsNoUnresponsivePerson(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"حامل ٢٢ اسبوع والجنين ما يتحرك كثير",
		"انا حامل في الشهر الخامس والجنين مش بيتحرك زي صاحبتي",
		"حاملة فالشهر الخامس واللي فكرشي ما كيتحركش بزاف",
	} {
		if w := e.Walk(text, Facts{AgeYears: 26, Sex: "f"}, "", answerAll("no")); slices.Contains(w.Decision.RedFlags, "RF-CONSC-01") {
			t.Errorf("%q: %s %v; the unborn baby's movements are no unresponsive person", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{"ابوي طاح وما يتحرك", "البيبي عمره شهرين وما يتحرك ولا يرد"} {
		if w := e.Walk(text, Facts{AgeYears: 60, Sex: "m"}, "", answerAll("no")); !slices.Contains(w.Decision.RedFlags, "RF-CONSC-01") {
			t.Errorf("%q: %s %v, want RF-CONSC-01", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	if w := e.Walk("انا حامل في التامن والجنين مش بيتحرك من الصبح", Facts{AgeYears: 30, Sex: "f"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
		t.Errorf("late pregnancy, no movements: %s, want the emergency", w.Decision.Urgency)
	}
}

// TestSinceADatedPointIsLongStanding: "since" with a year or a point
// months or years back tells something that has gone on from then: "weak
// since his stroke in 2023", "since 2019". Both fired RF-STROKE-02 as a new
// weakness, and "for 3 years since his stroke" RF-STROKE-05 as a stroke
// now. A condition's own years ("diabetic since 2015") and a weakness
// since this morning stay the emergency.
func TestSinceADatedPointIsLongStanding(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"his right arm has been weak since his stroke in 2023",
		"his right arm has been weak since 2019",
		// not "for 3 years since his stroke" nor "since her stroke" without a
		// date: "since his"/"since her" as history also put "since his car
		// accident an hour ago" in the past, so an undated stroke after
		// them is read as now (over-triage, kept on the safe side)
		"ابوي ايده ضعيفه منذ سنة ٢٠٢٢",
	} {
		if w := e.Walk(text, Facts{AgeYears: 80, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v; a weakness since years back is long-standing", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"he is diabetic since 2015 and he can't move his right arm",
		"he can't move his right arm since this morning",
		"since his car accident an hour ago he is vomiting and very sleepy",
		"I think my mother is having a stroke, she has had a headache for 3 weeks",
		"my dad had a stroke this morning",
	} {
		if w := e.Walk(text, Facts{AgeYears: 80, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want the stroke emergency", text, w.Decision.Urgency)
		}
	}
}

// TestSweatingALotIsNoSeverity: how much one sweats in the heat measures
// the sweat, not the illness. «جاني صداع وتعب وعرق كثير» from a pilgrim
// cooling down in an air-conditioned tent at Arafat (h24-022) was severe
// and stayed urgent; being cooled and drinking is heat exhaustion's home
// care. Sweating with chest pain stays the emergency, and confusion in the
// heat stays heat stroke.
func TestSweatingALotIsNoSeverity(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انا في عرفات، من الحر جاني صداع وتعب وعرق كثير، الحين جالس في الخيمه تحت المكيف واشرب موية وعصير واحس اني احسن شوي",
		"I was at Arafat, headache and sweating a lot, now in the AC tent drinking water and feeling better",
		"كنت فعرفات وجاني الراس وكنعرق بزاف، دابا فالخيمة فالمكيف وكنشرب الما وتحسنت",
	} {
		if w := e.Walk(text, Facts{AgeYears: 45, Sex: "m"}, "", answering(map[string]string{"severity": "4"})); w.Decision.Urgency == Urgent || w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v, want home care for heat exhaustion being cooled", text, w.Decision.Urgency, w.Decision.AmberFlags)
		}
	}
	for _, text := range []string{"صدري يوجعني وعرق كثير", "ابوي في عرفات يعرق كثير وصار يخربط في الكلام"} {
		if w := e.Walk(text, Facts{AgeYears: 60, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want the emergency", text, w.Decision.Urgency)
		}
	}
}

// TestAParentsWishToldByTheChildIsPassive: the children of set 24 write
// their parents' words in the third person: "he wishes he wouldn't wake
// up", "she wishes God would take her". Read as nothing, they ended
// routine; they are passive wishes to die (UR-MH-02), as the writer's own.
func TestAParentsWishToldByTheChildIsPassive(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my dad is 80, since mum died he says every night he wishes he wouldn't wake up",
		"my mum says she wishes God would take her",
		"my grandmother prays God takes her, she is so tired",
	} {
		if w := e.Walk(text, Facts{AgeYears: 80, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Urgent || !slices.Contains(w.Decision.AmberFlags, "UR-MH-02") {
			t.Errorf("%q: %s %v, want urgent UR-MH-02", text, w.Decision.Urgency, w.Decision.AmberFlags)
		}
	}
}
