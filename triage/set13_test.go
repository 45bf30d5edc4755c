package triage

import (
	"slices"
	"testing"
)

// TestMeningitisToldAsAHangover: a headache told as a pounding head and
// light told as a torment ("doing my head in") are the headache and the
// photophobia they are, so the stiff neck is asked and its "yes" is the
// emergency (NICE NG240), whatever the patient blames (h13-015).
func TestMeningitisToldAsAHangover(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"worst hangover of my life. head pounding, been sick twice and the light is doing my head in",
		"my head is banging and I've been sick, the lights are doing my head in",
		"throbbing head since last night, threw up, light hurts my eyes",
		"راسي يدق من امس ورجعت مرتين والضو يزعجني",
		"راسي عم يدق وعم استفرغ والنور بيضايقني",
	} {
		w := e.Walk(text, Facts{AgeYears: 19, Sex: "m"}, "", answering(map[string]string{"fever_neck": "yes"}))
		if !slices.Contains(w.Asked, "fever_neck") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want the stiff neck asked and an emergency on its yes", text, w.Asked, w.Decision.Urgency)
		}
	}
}

// TestOneSideOfTheBackIsTheLoin: a pain on one side of the back is loin
// pain, so sudden severe pain is asked and its "yes" is the emergency of
// the policy (renal colic, an aorta); told of lifting it is a strain,
// routine when the answer is no (h13-017: a pilgrim's «عوره بظهري صوب
// اليسار» blamed on the tawaf).
func TestOneSideOfTheBackIsTheLoin(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"من ساعه يتني عوره بظهري صوب اليسار يمكن من كثر الطواف",
		"عندي وجع في ظهري على الجنب اليمين من الصبح",
		"ضهري بيوجعني من الناحية الشمال من ساعتين",
		"pain in my back on the left side since an hour, probably from walking",
		"my back hurts on the right side, came on this morning",
	} {
		w := e.Walk(text, Facts{AgeYears: 44, Sex: "m"}, "", answering(map[string]string{"uro_flank_sudden": "yes"}))
		if !slices.Contains(w.Asked, "uro_flank_sudden") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want sudden severe loin pain asked and an emergency on its yes", text, w.Asked, w.Decision.Urgency)
		}
	}
	// the strain told of lifting is a back pain (strained_flank), looked
	// after at home when it hurts moderately and nothing else is wrong
	// (NHS: Back pain; s104-052); it was routine as the loin's
	strain := "my lower back hurts on the right side since I lifted a box yesterday"
	if w := e.Walk(strain, Facts{AgeYears: 40, Sex: "m"}, "", answering(map[string]string{"severity": "4"})); w.Decision.Urgency != SelfCare {
		t.Errorf("%q: %s, want self-care", strain, w.Decision.Urgency)
	}
	for _, text := range []string{"my right shoulder and upper back hurt when I move my arm", "كتفي اليمين وظهري يوجعوني من الشنطه"} {
		if w := e.Walk(text, Facts{AgeYears: 40, Sex: "m"}, "", answerAll("no")); slices.Contains(w.Asked, "uro_flank_sudden") {
			t.Errorf("%q: the side of a shoulder was read as the loin: %v", text, w.Asked)
		}
	}
	if w := e.Walk("my back hurts since yesterday", Facts{AgeYears: 40, Sex: "m"}, "", answerAll("no")); slices.Contains(w.Asked, "uro_flank_sudden") {
		t.Errorf("a back pain on no side was asked about the loin: %v", w.Asked)
	}
}

// TestAJourneyToldByItsPlane: a fever caught "on the plane home" is a fever
// after travel, so a stay in a malaria area is asked even beside the aches
// of a flu, and its "yes" is the emergency (UKHSA; h13-023).
func TestAJourneyToldByItsPlane(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"Been feeling rubbish for 2 days, like flu coming on. Fever, aches, headache. Probably picked something up on the plane home",
		"got a fever and chills since I landed, maybe a bug from the airport",
		"عندي حراره ورعشه من يوم ما رجعت بالطياره",
		"سخونيه وتكسير من ساعة ما نزلت من الطيارة",
	} {
		w := e.Walk(text, Facts{AgeYears: 34, Sex: "m"}, "", answering(map[string]string{"fever_travel": "yes"}))
		if !slices.Contains(w.Asked, "fever_travel") || w.Decision.Urgency != Emergency {
			t.Errorf("%q: asked %v, %s; want the malaria area asked and an emergency on its yes", text, w.Asked, w.Decision.Urgency)
		}
	}
}

// TestReliefOfNotWakingIsAPassiveWish: the relief of not waking ("if I
// didn't wake up I'd be at peace", «لو ما صحيت الصبح بكون ارتحت») is a
// passive wish to be dead: urgent, with the plan asked, whose "yes" is the
// emergency (UR-MH-02, RF-MH-01; h13-037 ended routine). Not waking up
// better is no such wish.
func TestReliefOfNotWakingIsAPassiveWish(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 21, Sex: "m"}
	for _, text := range []string{
		"صرلي فترة مش طايق حالي، ساعات بفكر لو ما صحيت الصبح بكون ارتحت. بس ما رح اعمل اشي",
		"ساعات اقول لو ما صحيت من النوم كان ارتحت",
		"بقالي فتره مخنوق وبقول لو ما صحيتش الصبح هرتاح",
	} {
		if w := e.Walk(text, f, "", answerAll("no")); w.Decision.Urgency != Urgent {
			t.Errorf("%q: %s after %v, want urgent", text, w.Decision.Urgency, w.Asked)
		}
		if w := e.Walk(text, f, "", answering(map[string]string{"mh_plan": "yes"})); w.Decision.Urgency != Emergency {
			t.Errorf("%q: %s after %v with a plan, want emergency", text, w.Decision.Urgency, w.Asked)
		}
	}
	for _, text := range []string{
		"if I don't wake up feeling better tomorrow I'll book a doctor, sore throat",
		"لو ما صحيت بكير بتفوتني الباص، بس عندي زكام",
	} {
		if w := e.Walk(text, f, "", answerAll("no")); w.Decision.Urgency == Urgent || w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s after %v, want no mood urgency", text, w.Decision.Urgency, w.Asked)
		}
	}
}

// TestSugarReadingToldByItsMeasuring: a reading told by its measuring,
// the sugar named earlier in the sentence, is the sugar (mg/dL), so 350 is
// the very high sugar seen the same day (UR-DIAB-01; h16-056 ended
// routine). A dose, a duration, a pressure or a temperature is not.
func TestSugarReadingToldByItsMeasuring(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 45, Sex: "f"}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"ana 3andy sokkar we 2ist el naharda 350 we 3atshana gedan", true},
		{"عندي سكر وقست اليوم طلع 350 وعطشان كتير", true},
		{"انا عندي السكري، قستها الصبح 380", true},
		{"I'm diabetic, my sugar has been high, checked it this morning and it was 350", true},
		{"عندي السكري من 15 سنة وباخد جلوكوفاج 500", false},
		{"I have diabetes, on metformin 500 twice a day, want a refill", false},
		{"عندي سكر وضغط، قست الضغط طلع 150", false},
		{"عندي سكر وحرارة، قستها طلعت 39", false},
	} {
		got := slices.Contains(e.Classify(tc.text, f).AmberFlags, "UR-DIAB-01")
		if got != tc.want {
			t.Errorf("%q: UR-DIAB-01 %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTheGlassTestIsReadByItsResult: naming the glass test is no finding;
// its result is. Spots that fade under the glass are a rash that blanches
// (h13-048: roseola after three days of fever sent to the emergency
// number), and spots still seen through it are the emergency (NHS:
// Meningitis - the glass test).
func TestTheGlassTestIsReadByItsResult(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"she has a pinky rash on her tummy and back. Did the glass test and it fades.",
		"rash on his chest, I pressed a glass on it and it goes away",
		"ابني طلع عنده طفح، عملت اختبار الكاس وراحت البقع",
		"fever and rash, should I do the glass test?",
	} {
		if d := e.Classify(text, Facts{AgeYears: 4}); slices.Contains(d.RedFlags, "RF-CHILD-01") {
			t.Errorf("%q: %v, the glass test named was read as a rash that does not fade", text, d.RedFlags)
		}
	}
	for _, text := range []string{
		"my baby has a fever and a rash, I did the glass test and the spots are still visible",
		"fever and spots, glass test positive",
		"rash that didnt fade under the glass, she has a temperature",
		"ابني عنده حرارة وطفح، جربت اختبار الكاس والبقع لسه باينه",
		"عندها سخونيه وحبوب في جسمها، حطيت الكوبايه عليها وما اختفت",
	} {
		if d := e.Classify(text, Facts{AgeYears: 4}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v, want the emergency of a rash that does not fade", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestAChildToldBackToNormal: "back to her usual self", "eating fine" are
// NICE NG143's green features as much as "playing" is, so a feverish
// child under five told so is not made urgent by UR-CHILD-04 (h13-048).
func TestAChildToldBackToNormal(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my 3 year old had a temperature of 38.5 last night, this morning she's back to her usual cheeky self",
		"he's 2 and has a temperature of 38, eating fine and drinking fine",
	} {
		w := e.Walk(text, Facts{AgeYears: 3}, "", answerAll("no"))
		if slices.Contains(w.Decision.RedFlags, "UR-CHILD-04") || w.Decision.Urgency == Urgent || w.Decision.Urgency == Emergency {
			t.Errorf("%q: %s %v, want the home care of a well child", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
}

// TestVomitingAndDiarrhoeaInTheDialects: «يسهل» (has diarrhoea) and «يرجع»
// (throws up) beside it are read, so a baby vomiting and with diarrhoea,
// drinking less, is asked about wet nappies and seen today (h13-034, a
// Tunisian baby of 9 months, ended routine); «الله يسهل» stays a blessing.
func TestVomitingAndDiarrhoeaInTheDialects(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"ولدي عندو 9 شهور، من البارح يرجّع ويسهل برشا",
		"بنتي عم ترجع وعم تسهل من مبارح",
		"ابني بيرجع وبيسهل من امبارح",
	} {
		a := e.lex.analyze(text)
		vomiting, diarrhoea := a.present[e.lex.index["vomiting"]], a.present[e.lex.index["diarrhea"]]
		if !vomiting || !diarrhoea {
			t.Errorf("%q: vomiting %v, diarrhoea %v; want both", text, vomiting, diarrhoea)
		}
	}
	w := e.Walk("ولدي عندو 9 شهور، من البارح يرجّع ويسهل برشا. يشرب شوية حليب اما قل", Facts{AgeMonths: 9}, "", answering(map[string]string{"child_wet": "yes"}))
	if w.Decision.Urgency != Urgent && w.Decision.Urgency != Emergency {
		t.Errorf("a baby vomiting with diarrhoea and fewer wet nappies: asked %v, %s", w.Asked, w.Decision.Urgency)
	}
	for _, text := range []string{"الله يسهل، ابي موعد للمتابعة", "ربي يسهل عليك يا دكتور، ابغى اجدد الوصفة"} {
		if e.lex.analyze(text).present[e.lex.index["diarrhea"]] {
			t.Errorf("%q: a blessing read as diarrhoea", text)
		}
	}
}

// TestSkinInfectionToldPlainly: "gone red and warm", "bigger than
// yesterday" round a diabetic's cut is a spreading cellulitis (UR-SKIN-01,
// h13-047 ended routine), and spots with burning on one side of the
// forehead are shingles (h13-044, a woman of 69, ended self care).
func TestSkinInfectionToldPlainly(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"small cut on my foot, the skin round it has gone red and warm and the red patch is bigger than yesterday. Type 2 diabetic",
		"امي عمرها ٦٩، طالعلها حبوب مع حريق ووجع عجبينها من جهة وحدة، من مبارح",
	} {
		w := e.Walk(text, Facts{AgeYears: 69}, "", answerAll("no"))
		if w.Decision.Urgency != Urgent {
			t.Errorf("%q: asked %v, %s %v; want urgent", text, w.Asked, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
}
