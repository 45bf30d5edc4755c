package triage

import (
	"slices"
	"testing"
)

// Set 50 was written blind at the start of a twelfth-session task: Maghrebi
// Arabic and Arabizi of the four regions as people type them on a phone
// (Moroccan, Algerian and Tunisian script, Arabizi of the Maghreb, the
// Gulf, Egypt and the Levant, and French mixed into Maghrebi Arabic),
// pilgrims from the Maghreb, older parents and children. Its first run
// caught every emergency. What it got wrong came from Maghrebi words not
// read or read out of their sense: the Tunisian «فما» (there is) read as
// ف + ما (and not), which denied a heartburn and would deny blood in the
// urine; the Algerian «ماكاش» (there is none) not read as a denial, so a
// sunburn's "no blisters" kept its blisters and went to the same-day
// sunburn rule; the Maghreb's «الضيقة» (the asthma) read as the East's
// distress and an inhaler that helps "for two hours and it comes back"
// («وترجع») as vomiting, so a young man's asthma was asked about suicidal
// thoughts (strict: sent to the emergency number); the French words the
// Maghreb mixes into Arabic («la toux», «brûlure كي تبول», «les règles»,
// «la grippe») not read at all, so a cough after the Umrah went to the
// infectious-disease clinic and a girl's water infection with a fever to
// self-care; a belly «مقلوبة» (upset) not read; a scald from «lma s5on»
// (hot water) read as a fever and asked of malaria; an old man's painless
// night-time peeing asked of a sudden loin pain (strict: the emergency
// number at 71); and a heavy period with dizziness on standing, which the
// policy makes urgent, had no rule. Each is fixed here in general, beside
// the wording that must still fire. A DVT after an operation and a fever
// after Senegal stay emergencies (RF-DVT-01, RF-TRAVEL-01 follow NICE
// NG158's 4-hour scan and UKHSA's "malaria is a medical emergency"),
// against the set's gold of urgent: a policy disagreement, left alone.

// TestAlgerianThereIsNone: «ماكاش» (there is none) denies what follows it,
// and what it closes; what is there is still read.
func TestAlgerianThereIsNone(t *testing.T) {
	e := mustLoad(t)
	sunburn := "تشمست بزاف فالبحر البارح، ظهري حمر ويحرقني كي نلبس، ماكاش فقاعات، مارانيش سخون ولا دايخ"
	if present(t, e, sunburn, "blister_word") {
		t.Errorf("%q: blisters read, but there are none", sunburn)
	}
	if d := e.Classify(sunburn, Facts{AgeYears: 22, Sex: "m"}); d.Urgency != SelfCare {
		t.Errorf("sunburn without blisters: %s %v; want self_care", d.Urgency, d.AmberFlags)
	}
	blisters := "تشمست بزاف فالبحر البارح، ظهري حمر ويحرقني وطلعو فيه فقاعات"
	if d := e.Classify(blisters, Facts{AgeYears: 22, Sex: "m"}); !slices.Contains(d.AmberFlags, "UR-SUN-01") {
		t.Errorf("sunburn with blisters: %s %v; want UR-SUN-01", d.Urgency, d.AmberFlags)
	}
	for _, text := range []string{"السخانة ماكاش", "ماكاش السخانة", "ما كاش السخانة"} {
		if present(t, e, text, "fever") {
			t.Errorf("%q: fever read, but there is none", text)
		}
	}
	if !present(t, e, "كاين السخانة من البارح", "fever") {
		t.Error("a fever that is there: not read")
	}
}

// TestTunisianFammaIsThereIs: Tunisian «فما» / "famma" is "there is"; its
// denial «ما فماش» still denies, and a symptom told with its own negation
// after it is still read whole.
func TestTunisianFammaIsThereIs(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, concept string }{
		{"من نهار العيد وانا ناكل برشا، فما حرقة في المعدة تطلع لفمي كي نرقد", "heartburn"},
		{"3malt test tla3 positif w fama chwaya dam", "bleeding"},
		{"فما برشا دم في البول", "blood_urine"},
		{"famma s5ana w kou7ba", "fever"},
	} {
		if !present(t, e, c.text, c.concept) {
			t.Errorf("%q: %s not read", c.text, c.concept)
		}
	}
	for _, c := range []struct{ text, concept string }{
		{"ما فماش دم", "bleeding"},
		{"دم ما فماش", "bleeding"},
		{"سخانة ما فماش، غير الكحة", "fever"},
		{"sa5ana mafamech", "fever"},
	} {
		if present(t, e, c.text, c.concept) {
			t.Errorf("%q: %s read, but it is denied", c.text, c.concept)
		}
	}
	if d := e.Classify("فما قدرتش نتنفس", Facts{AgeYears: 40}); d.Urgency != Emergency {
		t.Errorf("could not breathe: %s; want emergency", d.Urgency)
	}
}

// TestMaghrebiAsthmaIsNoDistress: «الضيقة» beside an inhaler is the asthma,
// and a reliever that helps "for two hours and it comes back" is no vomit;
// the East's «ضيقة» of the mood and a child who «ترجع» are still read.
func TestMaghrebiAsthmaIsNoDistress(t *testing.T) {
	e := mustLoad(t)
	asthma := "الضيقة رجعتلي هالجمعة، نستعمل في البخاخة الزرقاء برشا مرات في النهار، تنفعني ساعتين وترجع. نجم نحكي عادي وموش ازرق"
	if present(t, e, asthma, "mental_word") {
		t.Errorf("%q: read as a mood", asthma)
	}
	if present(t, e, asthma, "vomiting") {
		t.Errorf("%q: read as vomiting", asthma)
	}
	d := e.Classify(asthma, Facts{AgeYears: 24, Sex: "m"})
	if d.Urgency != Urgent || !slices.Contains(d.Complaints, "asthma") || slices.Contains(d.Complaints, "mental") {
		t.Errorf("asthma that comes back: %s %v; want urgent asthma, no mood", d.Urgency, d.Complaints)
	}
	// the same in Arabizi: "s3a" is an hour, not «سعي» (the Umrah's walk,
	// which made it heat exhaustion), and "edhi9a" the asthma
	az := "na7ki 3adi, ama edhi9a rja3etli w el ventoline tnaf3ni s3a w traja3"
	for _, concept := range []string{"heat_context", "vomiting", "mental_word"} {
		if present(t, e, az, concept) {
			t.Errorf("%q: %s read", az, concept)
		}
	}
	if !present(t, e, "rani f l3omra, 3malt s3i w t3ebt bzaf", "heat_context") {
		t.Error("the Umrah's walk: not read as the pilgrimage")
	}
	for _, text := range []string{"عندي ضيقة وحزن من شهر وما عاد عندي خاطر لشي", "حاسه بضيقه وما بقدر انام"} {
		if !present(t, e, text, "mental_word") {
			t.Errorf("%q: distress not read", text)
		}
	}
	for _, text := range []string{"بنتي ترجع كل شي تاكله", "من البارح يرجع ويسهل برشا"} {
		if !present(t, e, text, "vomiting") {
			t.Errorf("%q: vomiting not read", text)
		}
	}
}

// TestFrenchWordsOfTheMaghreb: the French a Maghrebi writer mixes into
// Arabic names the complaint; French negation still denies it.
func TestFrenchWordsOfTheMaghreb(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct{ text, concept string }{
		{"رجعت من العمرة هادي 4 أيام، عندي la toux شوية وحلقي خشين", "cough"},
		{"بنتي 5 ans عندها brûlure كي تبول وتبكي", "dysuria"},
		{"عندي la grippe من يومين", "cold_flu"},
		{"les règles جاوني برشا هالمرة", "period_problem"},
		{"عندي la diarrhée من البارح", "diarrhea"},
		{"كرشي مقلوبة من البارح", "nausea"},
	} {
		if !present(t, e, c.text, c.concept) {
			t.Errorf("%q: %s not read", c.text, c.concept)
		}
	}
	if present(t, e, "pas de toux, juste le nez bouché", "cough") {
		t.Error("pas de toux: read as a cough")
	}
	if present(t, e, "عندي brûlure في يدي من الفران", "dysuria") {
		t.Error("a burn on the hand: read as a burning pee")
	}
	uti := "بنتي 5 ans عندها brûlure كي تبول وتبكي، وسخانة 38.5 من البارح. تاكل وتشرب شوية"
	if d := e.Classify(uti, Facts{AgeYears: 5, Sex: "f"}); d.Urgency != Urgent {
		t.Errorf("a girl's burning pee with a fever: %s; want urgent", d.Urgency)
	}
}

// TestCoughAfterTheUmrahIsTheCough: a cough or a cold told after a journey,
// without a fever, is that cough's; a fever after travel is still the
// rules'.
func TestCoughAfterTheUmrahIsTheCough(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"رجعت من العمرة هادي 4 أيام، عندي la toux شوية وحلقي خشين، ماعنديش السخانة ولا ضيق فالنفس",
		"رجعت من العمرة هادي 4 ايام وعندي شوية الكحة والعيا، ما عنديش السخانة",
	} {
		if d := e.Classify(text, Facts{AgeYears: 48, Sex: "f"}); d.Urgency != SelfCare {
			t.Errorf("%q: %s %v; want self_care", text, d.Urgency, d.Complaints)
		}
	}
	if d := e.Classify("رجعت من العمرة وعندي كحة وسخانة", Facts{AgeYears: 48}); d.Urgency < Urgent {
		t.Errorf("cough and fever after the Umrah: %s; want urgent or more", d.Urgency)
	}
	if d := e.Classify("I came back from Nigeria with cough and fever", Facts{AgeYears: 30}); d.Urgency != Emergency {
		t.Errorf("fever after Nigeria: %s; want emergency", d.Urgency)
	}
	if d := e.Classify("رجعت من السفر عندي اسهال", Facts{AgeYears: 30}); !slices.Contains(d.Complaints, "infection_travel") {
		t.Errorf("diarrhoea after travel: %v; want infection_travel", d.Complaints)
	}
}

// TestHeavyPeriodWithDizzinessInFrenchAndDarija: a period heavier than usual with dizziness
// on standing is urgent (UR-GYN-01); heavy periods every month, or a heavy
// period without dizziness, are not.
func TestHeavyPeriodWithDizzinessInFrenchAndDarija(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"les règles جاوني برشا هالمرة، نبدل la serviette كل ساعة من البارح، ونحس بـ vertige كي نوقف. موش حاملة",
		"الدورة نازلة كتير هالمرة وعم يدور راسي",
		"my period is very heavy this time, changing pads every hour and I feel dizzy",
	} {
		if d := e.Classify(text, Facts{AgeYears: 35, Sex: "f"}); !slices.Contains(d.AmberFlags, "UR-GYN-01") {
			t.Errorf("%q: %s %v; want UR-GYN-01", text, d.Urgency, d.AmberFlags)
		}
	}
	for _, text := range []string{
		"every month my periods are heavy and I feel a bit dizzy",
		"الدورة نازلة كتير بس ما في دوخة",
		"الدورة جاتني اليوم وعندي دوخة خفيفة",
	} {
		if d := e.Classify(text, Facts{AgeYears: 35, Sex: "f"}); slices.Contains(d.AmberFlags, "UR-GYN-01") {
			t.Errorf("%q: UR-GYN-01 fired", text)
		}
	}
}

// TestHotWaterIsAScald: hot water (الما سخون, "lma s5on") is a scald's
// cause, not a fever, and hot water that fell on a child is no crush; a
// fever and a wall that fell are still read.
func TestHotWaterIsAScald(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"t7r9t b lma s5on f yddi mlli kont kanteyb", "تحرقت بالما سخون في يدي", "طاح عليه الما السخون"} {
		if present(t, e, text, "fever") {
			t.Errorf("%q: read as a fever", text)
		}
	}
	if present(t, e, "طاح عليه الما السخون", "major_trauma") {
		t.Error("hot water that fell on him: read as major trauma")
	}
	if !present(t, e, "ولدي عندو السخانة والما ما بغاش يشربو", "fever") {
		t.Error("a fever: not read")
	}
	if !present(t, e, "طاح عليه الحيط", "major_trauma") {
		t.Error("a wall that fell on him: not read as major trauma")
	}
}

// TestABreathThatRuns: the Maghreb's breath that "runs" («نفسو يجري») is fast
// breathing; a boy who runs on the pitch is not.
func TestABreathThatRuns(t *testing.T) {
	e := mustLoad(t)
	if !present(t, e, "وليدي سخون وعندو الكحة، نفسو يجري شوية كثر من العادة", "fast_breathing") {
		t.Error("a breath that runs: not read as fast breathing")
	}
	if present(t, e, "وليدي كيجري بزاف فالتيران وكيلعب عادي", "fast_breathing") {
		t.Error("a boy running on the pitch: read as fast breathing")
	}
}

// TestNoPainIsNoLoinPain: a message that denies any pain is not asked about
// a sudden loin pain; one that tells a pain elsewhere still is.
func TestNoPainIsNoLoinPain(t *testing.T) {
	e := mustLoad(t)
	f := Facts{AgeYears: 71, Sex: "m"}
	text := "Bonjour، je voudrais un rendez-vous pour mon père، عندو 71 سنة، يقوم بالليل بزاف باش يبول و le jet ضعيف، ماعندوش الوجع ولا الدم"
	answers := map[string]string{}
	for range 12 {
		_, q, ok := e.Step(text, f, "", answers)
		if !ok {
			break
		}
		if q.ID == "uro_flank_sudden" {
			t.Fatalf("%q: asked about a sudden loin pain", text)
		}
		answers[q.ID] = Unsure
	}
	if d := e.Assess(text, f, answers); d.Urgency == Emergency {
		t.Errorf("painless night-time peeing, unsure of everything: %s %v", d.Urgency, d.RedFlags)
	}
	pain := "ابي يقوم بالليل يبول، وعندو وجع في جنبو"
	answers = map[string]string{}
	asked := false
	for range 12 {
		_, q, ok := e.Step(pain, f, "", answers)
		if !ok {
			break
		}
		asked = asked || q.ID == "uro_flank_sudden"
		answers[q.ID] = Unsure
	}
	if !asked {
		t.Errorf("%q: a loin pain never asked whether it was sudden", pain)
	}
}
