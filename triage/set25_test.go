package triage

import (
	"slices"
	"testing"
)

// TestANegationOwnsTheBreathsManner: in a list of denials, a negation
// before the breath and a word of speed after it denies fast breathing,
// and a second negation owns what follows it. «ما فيها طفح ولا تنفسها سريع» (no
// rash, nor fast breathing) read as a child not breathing and sent a
// feverish four-year-old to the emergency number with no question asked
// (h25-023). A child who is not breathing stays an emergency, "quick"
// and all: "not breathing quick help" names no list of what is absent.
func TestANegationOwnsTheBreathsManner(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عندها حراره وكحه، ما فيها طفح ولا تنفسها سريع",
		"ولدي سخن من امبارح، مش بيرجع ومش بيتنفس بسرعه",
		"ابني عندو حرارة، ما عندو طفح ولا نفسو سريع",
		"بنتي فيها السخانة، ماشي عندها طفح وما كتنفس بزربة",
		"my son has a fever and a cough, no rash and he is not breathing fast",
		"ibni 3ando 7arara, ma fi tafa7 w ma byetnaffas bsor3a",
	} {
		w := e.Walk(text, Facts{AgeYears: 4, Sex: "f"}, "", answerAll("no"))
		if w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v; denied fast breathing is no child not breathing", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"ابني ما يتنفس",
		"بنتي مش بتتنفس وشفايفها زرق",
		"my baby is not breathing",
		"ولدي طاح وما عاد يتنفس",
		"my son is not breathing quick help",
		"baby not breathing quickly come",
		"ابني ما يتنفس بسرعه الحقوني",
	} {
		if w := e.Walk(text, Facts{AgeYears: 2, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want the emergency of a child not breathing", text, w.Decision.Urgency)
		}
	}
}

// TestAnAntibioticAskedForWithoutAnArticle: an antibiotic asked for, as a
// second language writes it ("Can I get antibiotic?", "give me
// antibiotic") or in the dialects («ممكن مضاد حيوي», «واش مضاد حيوي»), is
// no allergen taken; a tooth's swollen cheek beside it read as anaphylaxis
// (h25-002, RF-ALLERGY-02). One taken before a swelling stays an allergy.
func TestAnAntibioticAskedForWithoutAnArticle(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I have toothache since 4 days, now my cheek is swelled and hot. Can I get antibiotic?",
		"tooth pain and my face is swollen, please give me antibiotic",
		"ضرسي يوجعني وخدي منتفخ، ممكن مضاد حيوي؟",
		"ضرسي كيضرني وحنكي منفوخ، واش مضاد حيوي؟",
		"سني بيوجعني ووشي ورم، تكتبلي مضاد حيوي؟",
	} {
		if w := e.Walk(text, Facts{AgeYears: 38, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v; an antibiotic asked for is no allergen", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"I took a new antibiotic and my face is swelling and I feel faint",
		"خذيت مضاد حيوي ووجهي انتفخ ونفسي ضايق",
		"after the antibiotic my lips are swelling and I'm short of breath",
	} {
		if w := e.Walk(text, Facts{AgeYears: 38, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want the emergency of an allergic reaction", text, w.Decision.Urgency)
		}
	}
}

// TestANewBreastLumpIsUrgent: a new lump in the breast is seen today by
// the service's policy (NICE NG12 1.3.1), with a side between the lump and
// the breast, or the Arabic chest that is also the breast. «a lump in my
// left breast ... doesn't hurt» ended routine (h25-032). A lump known for
// years is a follow-up, and a sore breast before a period no lump.
func TestANewBreastLumpIsUrgent(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I found a lump in my left breast in the shower two days ago, it doesn't hurt",
		"there's a small hard lump in my right breast",
		"لقيت كتله في صدري اليمين ما تعور",
		"لقيت كتلة في الثدي الشمال من يومين",
		"حسيت في كتلة قاسية بصدري",
		"لقيت واحد الكويرة فالبزولة ديالي",
		"l9it wa7ed lkwira f sdri",
	} {
		w := e.Walk(text, Facts{AgeYears: 46, Sex: "f"}, "", answerAll("no"))
		if w.Decision.Urgency != Urgent || !slices.Contains(w.Decision.AmberFlags, "UR-BREAST-02") {
			t.Errorf("%q: %s %v, want UR-BREAST-02, urgent", text, w.Decision.Urgency, w.Decision.AmberFlags)
		}
	}
	for _, text := range []string{
		"I've had this breast lump for years, checked and unchanged",
		"no lump in my breast, just sore before my period",
		"ولدي كان يلعب كوره امس وطاح على صدره",
		"my son fell on his chest at football mass this morning",
		"my heart is racing, lump in my throat, I think it's panic",
	} {
		if w := e.Walk(text, Facts{AgeYears: 46, Sex: "f"}, "", answerAll("no")); slices.Contains(w.Decision.AmberFlags, "UR-BREAST-02") {
			t.Errorf("%q: %v; no new lump", text, w.Decision.AmberFlags)
		}
	}
}

// TestTeethingToldVerbFirstIsHomeCare: teeth coming through, told with the
// verb first («كتطلع ليها السنان», «بيطلعله سنان») are teething, cared for
// at home (NHS: Baby teething symptoms), and the Maghreb's «كتنعس مزيان»
// is sleeping well, not a drowsy baby (h25-035 ended routine). A baby who
// is drowsy stays one.
func TestTeethingToldVerbFirstIsHomeCare(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عندها 8 شهور كتطلع ليها السنان، كتريل وكتعض كلشي، كترضع عادي وكتلعب وكتنعس مزيان",
		"ولدي عمره ٧ شهور يطلع له سنان ويعض كل شي، ياكل ويلعب عادي",
		"ابني عمرو ٩ شهور عم يطلعلو سنان وبيعض كل شي، بيرضع منيح وبيلعب",
		"my 8 month old is teething, drooling and chewing everything, feeding and playing as usual",
	} {
		if w := e.Walk(text, Facts{AgeMonths: 8, Sex: "f"}, "", answerMild); w.Decision.Urgency != SelfCare {
			t.Errorf("%q: %s, want the home care of teething", text, w.Decision.Urgency)
		}
	}
	lx := e.lex
	drowsy := lx.index["drowsy"]
	for text, want := range map[string]bool{
		"كترضع عادي وكتنعس مزيان":        false,
		"كينعس مليح فالليل":              false,
		"بنتي كتنعس بزاف وما كترضعش":     true,
		"ولدي نعسان طول الوقت وما بيرضع": true,
	} {
		if a := lx.analyze(text); a.present[drowsy] != want {
			t.Errorf("%q: drowsy %v, want %v", text, a.present[drowsy], want)
		}
	}
}

// TestATwistInThePresentAndOffABus: a second language tells a twist in the
// present ("yesterday i twist my ankle"), and stepping off a bus is where
// it happened, not a crash. "i twist my ankle when i go down from bus ...
// i can walk on it" was read as no injury, routine, and once read, asked
// about a blow to the head as if from a crash (h25-040). A car that hit
// someone stays a road crash.
func TestATwistInThePresentAndOffABus(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"yesterday i twist my ankle when i go down from bus, little swollen but i can walk on it",
		"I twist my foot this morning getting off the bus, I can walk on it slowly",
		"لويت رجلي وانا نازل من الباص، اقدر امشي عليها عادي",
		"التوت رجلي وانا نازلة من العربية، بمشي عليها عادي",
	} {
		w := e.Walk(text, Facts{AgeYears: 35, Sex: "m"}, "", answerMild)
		if w.Decision.Urgency != SelfCare || slices.Contains(w.Asked, "inj_head") {
			t.Errorf("%q: %s, asked %v; want a sprain's home care and no crash's questions", text, w.Decision.Urgency, w.Asked)
		}
	}
	for _, text := range []string{
		"I got out of the car and a truck hit me",
		"صدمتني سيارة وانا نازل من الباص",
	} {
		if w := e.Walk(text, Facts{AgeYears: 35, Sex: "m"}, "", answerAll("no")); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want the emergency of a road crash", text, w.Decision.Urgency)
		}
	}
}

// TestAKnockToTheHeadOfAWellChildIsHomeCare: a knock to the head with
// none of the injury's danger signs, in a child told to be playing as
// usual, is watched at home (NHS: Head injury and concussion). No family
// held the head injury itself, and a toddler's bump on a sofa ended
// routine (h25-008). Vomiting after it stays the emergency of RF-TRAUMA-02.
func TestAKnockToTheHeadOfAWellChildIsHomeCare(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بنتي عمرها سنة ونص وقعت عن الكنباية وخبطت راسها بالارض، عيطت فورا وهلأ بتلعب عادي، طلعلها نفخة صغيرة",
		"my daughter bumped her head on the table, cried straight away, small bump, she's playing as usual now",
		"ولدي طاح من الكنب وضرب راسه، صاح شوي والحين يلعب عادي",
		"ابني وقع من على الكنبة واتخبط في راسه، بيلعب عادي وبياكل",
	} {
		if w := e.Walk(text, Facts{AgeYears: 2, Sex: "f"}, "", answerMild); w.Decision.Urgency != SelfCare {
			t.Errorf("%q: %s %v, want home care with the safety net", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	for _, text := range []string{
		"my son hit his head on the table and now he keeps vomiting",
		"ولدي طاح على راسه وصار يستفرغ",
	} {
		if w := e.Walk(text, Facts{AgeYears: 2, Sex: "m"}, "", answerMild); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s, want the emergency of a head injury with vomiting", text, w.Decision.Urgency)
		}
	}
}

// TestMusclesSoreAfterAWorkoutAreHomeCare: muscles sore a day or three
// after a workout are rest and a painkiller; "a big leg day at the gym ...
// both my calves are still really tight and sore" ended routine at
// orthopaedics (h25-022). A knee that bears no weight after training, or
// a calf swollen on one side after a flight, is not made home care.
func TestMusclesSoreAfterAWorkoutAreHomeCare(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"did a big leg day at the gym on Saturday and both my calves are still tight and sore",
		"my thighs are so sore after my workout yesterday, hard to go down stairs",
		"رجولي توجعني من التمرين امس، عضلات الفخذ مشدودة",
		"من الجيم امبارح ورجليا واجعيني وانا نازل السلم",
		"رجليا كيضروني بعد التمارين ديال البارح",
	} {
		if w := e.Walk(text, Facts{AgeYears: 26, Sex: "m"}, "", answerMild); w.Decision.Urgency != SelfCare {
			t.Errorf("%q: %s, want the home care of sore muscles", text, w.Decision.Urgency)
		}
	}
	for _, text := range []string{
		"after training my knee is swollen and I can't put weight on it",
		"after the gym my left calf is swollen, red and painful, I flew back from London yesterday",
	} {
		if w := e.Walk(text, Facts{AgeYears: 40, Sex: "m"}, "", answerMild); w.Decision.Urgency == SelfCare {
			t.Errorf("%q: %s; a workout does not make this home care", text, w.Decision.Urgency)
		}
	}
}
