package triage

import "testing"

// TestAFaintWithAPlainTriggerIsNotAnEmergency: a faint at a blood test,
// while giving blood or in a hot shower, now well, is an uncomplicated
// faint (NICE CG109 1.1.3), not the emergency number (h77-037). An older
// person's, a pregnant woman's, or one with chest pain, palpitations or a
// head injury is still RF-CONSC-02.
func TestAFaintWithAPlainTriggerIsNotAnEmergency(t *testing.T) {
	e := mustLoad(t)
	adult := Facts{AgeYears: 25}
	classifiedAs(t, e, false, adult,
		"انا اغمى عليا النهارده في المعمل وانا بسحب دم 😅 حسيت بدوخة وعرق وبعدين وقعت على الكرسي وفوقت على طول. دلوقتي كويسة خالص. هل ده خطر؟",
		"I fainted while giving blood today, came round straight away, feel fine now",
		"fainted at the blood donation this morning, fine now",
		"I fainted in the hot shower this morning, fine now",
		"اغمي علي وهم يسحبون لي دم في المختبر والحين زين",
		"غبت عن الوعي وانا عم اتبرع بالدم وهلأ منيح",
		"اغمى عليا تحت الدش السخن وفقت على طول ودلوقتي كويسه",
		"oghma 3alaya enharda w ana bas7ab dam, delwa2ti kwayesa 5ales",
	)
	// self-care since training set 102 (simple_faint): the uncomplicated
	// faint needs no further assessment (NICE CG109 1.1.3), as the gold of
	// h49-005 and h77-037 says; it was the routine of an ended episode
	urgencyIs(t, e, SelfCare, "", adult, "I fainted while giving blood today, came round straight away, feel fine now")
	classifiedAs(t, e, true, Facts{AgeYears: 78}, "I fainted while giving blood", "اغمي علي وهم يسحبون لي دم")
	classifiedAs(t, e, true, Facts{AgeYears: 28, Pregnant: true}, "I fainted in the hot shower")
	classifiedAs(t, e, true, adult,
		"I fainted while giving blood and had chest pain",
		"اغمى عليا وانا بسحب دم وقلبي بيدق جامد",
		"I fainted at the lab when they took blood and hit my head",
		"I fainted in the shower and hit my head",
	)
	// «خالص» after a word of being well is "completely fine"; after a pain
	// it is still its strength
	if present(t, e, "دلوقتي كويسة خالص", "severe") {
		t.Error("«كويسة خالص» read as severe")
	}
}

// TestShinglesByTheEyeIsSameDay: blisters on the forehead or face by one
// eye, burning, are shingles near the eye (NICE CKS Shingles: same day),
// not self-care (h77-039); a cold sore, a shoe blister and chickenpox are
// not it.
func TestShinglesByTheEyeIsSameDay(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 66}
	urgencyIs(t, e, Urgent, "", f,
		"مرحبا، من امس طالعه لي حبوب مثل الفقاقيع على جبهتي ويم عيني اليمين ويحرقني المكان، وقبلها بيومين كان راسي يعورني من هالصوب. شو اللي احطه عليها؟",
		"blisters on my forehead and around my left eye, burning",
		"طلعلي حبوب فيها مية على جبيني وجنب عيني الشمال وبتحرقني",
		"طلعولي حبوب فيهن مي على جبيني وحد عيني اليمين وعم يحرقوني",
		"طلعو ليا حبوب بحال الما فجبهتي وحدا عيني ليمنى وكيحرقوني",
	)
	amberOf(t, e, "UR-SKIN-01", false, f,
		"blisters on my lip, cold sore",
		"I have a blister on my foot from new shoes",
		"my son has chickenpox blisters all over his body",
	)
}

// TestTheWorstHeadacheBuiltSlowlyIsNoThunderclap: a thunderclap peaks
// within a minute (NICE CG150); "the worst headache" told as building
// slowly over hours (h77-048) is not RF-NEURO-02. Told with a sudden onset,
// or with no onset, it is still the emergency.
func TestTheWorstHeadacheBuiltSlowlyIsNoThunderclap(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 30}
	classifiedAs(t, e, false, f,
		"السلام عليكم، اول يوم رمضان وراسي بينفجر 😩 اسوأ صداع مر علي، بدا الظهر شوي شوي وزاد مع العصر. انا متعود اشرب ٤ ٥ كوفي باليوم. شو اسوي لين الفطور؟",
		"worst headache of my life, it came on gradually over the afternoon",
		"the worst headache ever, building up slowly since this morning, I missed my coffee",
		"اسوأ صداع في حياتي، بدأ شوية شوية من الصبح",
		"أسوأ وجع راس بحياتي، اجا شوي شوي من الظهر",
	)
	classifiedAs(t, e, true, f,
		"worst headache of my life",
		"worst headache of my life, came on suddenly then got gradually worse",
		"اسوأ صداع في حياتي جه فجأة",
		"وجع راس اقوى من اي مرة بحياتي",
	)
}

// TestNoIntentionSettlesThePlanQuestion: a passive wish told with "no
// intention to do anything", in any dialect or Arabizi, denies a plan as
// "no plan" does (h77-003): the case is UR-MH-02's, and the plan question
// is not asked. A wish with the intention not denied leaves it to ask.
func TestNoIntentionSettlesThePlanQuestion(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 22}
	planDenied := func(text string, want bool) {
		t.Helper()
		d := e.Classify(text, f)
		got := false
		for _, s := range d.Findings {
			if s.ID == "suicide_plan" && s.State == FindingAbsent {
				got = true
			}
		}
		if got != want || d.Urgency != Urgent {
			t.Errorf("%q: %s %v plan denied=%v; want urgent, denied=%v", text, d.Urgency, d.AmberFlags, got, want)
		}
	}
	for _, text := range []string{
		"hi, ma ba3ref iza hayda el ma7al el sa7, bas sarli kaza shaher ma 3am nam mnee7 w 7asse 7ale ta3bane men kel shi. sa3at bfakker iza ma fi2t el sob7 a7san. ma 3ande niyye a3mel shi bas badde 7ada e7ke ma3o",
		"sometimes I wish I wouldnt wake up but I have no intention of doing anything",
		"ساعات افكر لو ما صحيت احسن للكل، بس ما عندي نية اسوي شي",
		"ساعات بقول ياريتني ما اصحى، بس مش ناوي اعمل حاجة",
		"sa3at ba2ool ya retni ma as7a, bas mosh nawi a3mel 7aga",
		"ساعات كنتمنى ما نفيقش، ولكن ما نقصد ندير والو",
		"sometimes I wish I didnt wake up, ma 3andi niya a3mel shi",
	} {
		planDenied(text, true)
	}
	planDenied("sometimes I wish I wouldnt wake up", false)
	planDenied("ساعات بفكر اذا ما فقت الصبح احسن", false)
	// "if I don't wake up better" is no wish
	classifiedAs(t, e, false, f, "if I don't wake up better tomorrow I will come in")
	urgencyIs(t, e, Routine, "", f, "لو ما صحيت احسن بكره هاجي العيادة")
}
