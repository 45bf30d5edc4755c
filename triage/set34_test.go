package triage

import (
	"slices"
	"testing"
)

// Set 34 was a training set of the tenth session: chronic illness and
// medicines (diabetes, kidney disease and dialysis, heart failure, asthma
// and COPD, blood thinners, epilepsy, thyroid, blood pressure), often with
// readings and often from a relative writing for an older parent. What
// follows is what the first message read wrongly, each in the set's words
// and in other writers'.

// TestWokeUpWithSwelling: «صحيت» is "I woke up" as well as "he came
// round", and what follows it is what was found on waking, new now.
// «دوا ضغط جديد ... صحيت لقيت شفايفي وارمه ولساني تقيل» (h34-010, ACE
// inhibitor angioedema reaching the tongue: NHS call 999, NICE CKS
// Angioedema) ended routine, the swelling read as an episode that had
// ended. Fainting and coming round is still over.
func TestWokeUpWithSwelling(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بقالي اسبوعين باخد دوا ضغط جديد (كابوتين). النهارده صحيت لقيت شفايفي وارمه ولساني تقيل شويه",
		"صحيت لقيت شفايفي وارمه ولساني وارم",
		"صحيت الصبح ولساني منتفخ",
	} {
		if d := e.Classify(text, Facts{AgeYears: 61, Sex: "f"}); !slices.Contains(d.RedFlags, "RF-ALLERGY-01") {
			t.Errorf("%q: %s %v, want RF-ALLERGY-01", text, d.Urgency, d.RedFlags)
		}
	}
	if d := e.Classify("صحيت من النوم وما اسمع في اذني اليمين", Facts{AgeYears: 50, Sex: "m"}); d.Urgency == SelfCare || d.Urgency == Routine {
		t.Errorf("sudden deafness on waking: %s, read as over", d.Urgency)
	}
	// lips alone on a new medicine, the tongue and throat spared, is seen
	// today (NICE CKS Angioedema; h6-106), not read as anaphylaxis
	if d := e.Classify("mn ba3d ma ballasht dawa el da8et el jdid, shaf2e w wejje 3am yenfakho shway. bel zlo3 ma fi shi", Facts{AgeYears: 58, Sex: "f"}); slices.Contains(d.RedFlags, "RF-ALLERGY-01") {
		t.Errorf("lips and face only: %v, read as the tongue or throat", d.RedFlags)
	}
}

// TestRelieverEveryDayOrTwoCounts: "4 or 5 times every day" is the reliever
// needed about every four hours of the waking day, urgent (UR-ASTHMA-02,
// NHS: Asthma attack - urgent GP appointment); h34-019 ended routine.
func TestRelieverEveryDayOrTwoCounts(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"my asthma getting bad this week. I need my ventolin 4 or 5 times every day now",
		"asthma is worse, using the blue inhaler 5 times every day",
		"عندي ربو وصرت استعمل البخاخ الازرق 4 او 5 مرات في اليوم",
	} {
		if d := e.Classify(text, Facts{AgeYears: 29, Sex: "f"}); !slices.Contains(d.AmberFlags, "UR-ASTHMA-02") {
			t.Errorf("%q: %s %v %v, want UR-ASTHMA-02", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	if present(t, e, "I take my brown inhaler 2 times every day, asthma fine", "inhaler_overuse") {
		t.Errorf("a preventer twice a day read as reliever overuse")
	}
}

// TestHeartFailureWorse: heart failure with weight up over days, more leg
// swelling or more breathless is seen today (UR-HF-01, NICE NG106). In
// «وزني زاد 2 كيلو ونص ورجولي منفخه» (h34-012) the half of a weight
// («كيلو ونص») was one side of the body, so both legs became one swollen
// calf (a clot), and «وزني زاد» was a symptom getting worse, so the
// breathlessness asked about became severe: an emergency for a man
// talking normally.
func TestHeartFailureWorse(t *testing.T) {
	e := mustLoad(t)
	text := "عندي ضعف في عضلة القلب. من ثلاث ايام وزني زاد 2 كيلو ونص ورجولي منفخه اكثر من العاده"
	for _, c := range []string{"calf_one_side", "severe"} {
		if present(t, e, text, c) {
			t.Errorf("%q: %s read", text, c)
		}
	}
	for _, text := range []string{
		text,
		"I have heart failure, my weight went up 2 kilos in 3 days and my ankles are more swollen",
		"الوالد عنده هبوط في القلب ورجليه وارمين اكتر من العادة",
	} {
		if d := e.Classify(text, Facts{AgeYears: 66, Sex: "m"}); d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-HF-01") {
			t.Errorf("%q: %s %v %v, want urgent by UR-HF-01", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	// a swollen calf on one side is still a clot's question, and the half of
	// the body still one side
	if !present(t, e, "رجلي اليمين وارمه", "calf_one_side") {
		t.Errorf("one leg swollen no longer read")
	}
	if d := e.Classify("I have heart failure, stable, just need my furosemide refill", Facts{AgeYears: 70}); slices.Contains(d.AmberFlags, "UR-HF-01") {
		t.Errorf("a stable refill read as worsening heart failure")
	}
}

// TestBruisingOnBloodThinner: blue patches on warfarin are bruising, its
// side effect, seen today with the bleeding gums (UR-MED-03, NHS: Warfarin);
// «بقع زرقا» (h34-013) was a meningococcal rash, an emergency. A fever with
// purple spots is still an emergency at any age, on a thinner or not
// (RF-SEPSIS-04, NICE NG240).
func TestBruisingOnBloodThinner(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"انا عم اخد وارفارين من سنة. من كم يوم لثتي عم تنزف كل ما فرشي سناني وطالعين بقع زرقا ع ايديي",
		"I'm on warfarin and my gums bleed when I brush, and bruises keep coming on my arms",
		"ابوي ياخذ دوا السيوله وطلعت له بقع زرقا في يدينه",
	} {
		if d := e.Classify(text, Facts{AgeYears: 54, Sex: "f"}); d.Urgency != Urgent || !slices.Contains(d.AmberFlags, "UR-MED-03") {
			t.Errorf("%q: %s %v %v, want urgent by UR-MED-03", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	for _, text := range []string{
		"on warfarin, fever 38.9 and purple spots on my legs",
		"باخد وارفارين ومعي حرارة وطالعين بقع زرقا ع رجليي",
		"my baby has a fever and a rash that doesnt fade when i press a glass on it",
	} {
		if d := e.Classify(text, Facts{AgeYears: 54}); d.Urgency != Emergency {
			t.Errorf("%q: %s %v, want emergency", text, d.Urgency, d.RedFlags)
		}
	}
}

// TestInfectionOnCarbimazole: a sore throat or fever on carbimazole (and
// the other medicines that can stop the white cells) needs a blood count
// today (UR-MED-02, MHRA/BNF; NICE CKS Hyperthyroidism); h34-015
// «نيومركازول ... وجع في الحلق وسخانة» ended routine.
func TestInfectionOnCarbimazole(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"سلام عليكم، راني نشرب دوا تاع الغدة (نيومركازول) من شهرين. من البارح عندي وجع كبير في الحلق وسخانة 38.7",
		"I take carbimazole for my thyroid, now sore throat and temperature",
		"باخد ميثوتريكسات للروماتيزم وعندي سخونيه وقرح في بقي",
	} {
		if d := e.Classify(text, Facts{AgeYears: 35, Sex: "f"}); d.Urgency == SelfCare || d.Urgency == Routine || !slices.Contains(d.AmberFlags, "UR-MED-02") {
			t.Errorf("%q: %s %v %v, want UR-MED-02", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	if d := e.Classify("carbimazole refill please, I feel well", Facts{AgeYears: 35, Sex: "f"}); slices.Contains(d.AmberFlags, "UR-MED-02") {
		t.Errorf("a refill read as an infection on carbimazole")
	}
}

// TestFistulaLostItsBuzz: a dialysis fistula with no buzz (thrill) may have
// clotted and is seen today, often saved within hours (UR-KIDNEY-01, renal
// units' advice; NICE NG107). h34-017 ended routine. Its Arabizi "rasha"
// (without the 3 of «رعشة») is left unread: it also spells «رشة».
func TestFistulaLostItsBuzz(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"I'm on dialysis and I can't feel the buzz in my fistula since this morning",
		"el fistula mafihash ra3sha men el sob7, ana 3ala el ghaseel",
		"انا على الغسيل والفيستولا مافيهاش رعشه من الصبح",
	} {
		if d := e.Classify(text, Facts{AgeYears: 52, Sex: "m"}); !slices.Contains(d.AmberFlags, "UR-KIDNEY-01") {
			t.Errorf("%q: %s %v %v, want UR-KIDNEY-01", text, d.Urgency, d.RedFlags, d.AmberFlags)
		}
	}
	if d := e.Classify("my fistula is buzzing fine, when is my next dialysis", Facts{AgeYears: 52}); slices.Contains(d.AmberFlags, "UR-KIDNEY-01") {
		t.Errorf("a working fistula read as lost")
	}
}

// TestMedicineDurationIsNotTheComplaints: how long a medicine has been
// taken («بقالي اسبوعين باخد دوا ضغط جديد», "on these tablets for 3
// months") does not answer the duration question. Answered from it, the
// duration counted for every complaint in the message: h34-010's first
// message was an emergency (slurred speech today, RF-STROKE-04) and the
// conversation ended routine after one screening question, the speech now
// "weeks" old. A complaint's own duration still answers it.
func TestMedicineDurationIsNotTheComplaints(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"بقالي اسبوعين باخد دوا ضغط جديد. النهارده لقيت كلامي تقيل ومش مرتاحه في الكلام",
		"I have been on these tablets for 3 months. Today my speech is slurred",
	} {
		if v := e.Prefill(text, Facts{}, "headache")["duration"]; v != "" {
			t.Errorf("%q: duration prefilled %q from the medicine's", text, v)
		}
		w := e.Walk(text, Facts{AgeYears: 61}, "", func(q Question) string { return "no" })
		if w.Decision.Urgency != Emergency {
			t.Errorf("%q: walked to %s %v, want the stroke sign kept", text, w.Decision.Urgency, w.Decision.RedFlags)
		}
	}
	if v := e.Prefill("I have a headache for 3 days", Facts{}, "headache")["duration"]; v != "days" {
		t.Errorf("a headache for 3 days: duration %q, want days", v)
	}
}

// TestOtherComplaintsDurationKeepsTheStroke: a duration the words tell of
// another complaint in another sentence ("my knee has hurt for 3 weeks"),
// prefilled as the answer to "how long?", still counts only in its own
// sentence: the stroke told today stays an emergency through the
// conversation, as it was from the first message. A stroke sign the words
// themselves say is weeks old is still not one now.
func TestOtherComplaintsDurationKeepsTheStroke(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"My knee has hurt for 3 weeks. Today my face is drooping on one side and my arm is weak",
		"ركبتي تعورني من ثلاث اسابيع. اليوم كلامي ثقيل فجأة",
		"I have had back pain for a month. This morning I suddenly cant speak properly",
	} {
		w := e.Walk(text, Facts{AgeYears: 60}, "", func(q Question) string { return "no" })
		if w.Decision.Urgency != Emergency {
			t.Errorf("%q: walked to %s %v (answers %v), want the stroke kept", text, w.Decision.Urgency, w.Decision.RedFlags, w.Answers)
		}
	}
	w := e.Walk("my speech has been slurred for 3 weeks", Facts{AgeYears: 60}, "", func(q Question) string { return "no" })
	if w.Decision.Urgency == Emergency {
		t.Errorf("speech slurred for 3 weeks: %v, want no emergency (RF-STROKE-04's none @dur_14d)", w.Decision.RedFlags)
	}
}
