package triage

import "testing"

// Set 78 (Maghrebi Arabic only: Moroccan, Algerian and Tunisian writers,
// French words mixed in). Each test covers the family of a first-run
// mismatch in the three dialects, with the look-alikes that must not read.

// TestMaghrebiCrampsWithBleedingInPregnancy: the Maghreb's cramp, «التقطاع»,
// «التقطيع», the belly "cutting", is belly pain; told with blood in
// pregnancy it is the emergency of RF-PREG-10 (NICE NG126 1.3; RCOG
// GTG63). h78-007 read no pain and was a same-day visit.
func TestMaghrebiCrampsWithBleedingInPregnancy(t *testing.T) {
	e := mustLoad(t)
	classifiedAs(t, e, true, Facts{AgeYears: 26},
		"انا فالشهر الخامس ديال الحمل، لقيت شوية ديال الدم فالسليب ومعاه واحد التقطاع فالكرش بحال ديال الريغلات",
		"راني حاملة فالشهر الرابع، شفت شوية دم وعندي تقطيع في كرشي",
		"انا حامل في الشهر الخامس وفما شوية دم وكرشي تقطع فيا",
		"انا حاملة وكيجيني شوية د الدم وكرشي كتقطعني",
	)
	// no pain told, or a mild one: the early pregnancy unit today
	classifiedAs(t, e, false, Facts{AgeYears: 27},
		"راني حاملة فالشهر الثاني، شفت شوية تاع الدم خفيف بني، ما عنديش وجع",
		"انا حاملة فالشهر التالت، بان ليا شوية ديال الدم اليوم مع وجع خفيف فالكرش",
	)
	for _, text := range []string{"عندي تقطيع فالبول ملي كنبول", "ولدي طاح من السيكل وطلع ليه زرقان"} {
		if present(t, e, text, "abdominal_pain") || present(t, e, text, "vaginal_word") {
			t.Errorf("%q: read as belly pain or a period", text)
		}
	}
	if !present(t, e, "الكرش كتضرني بحال ديال الريغلات", "vaginal_word") {
		t.Error("«الريغلات», the periods, not read")
	}
}

// TestPassiveDeathWishInTheMaghreb: dying to find rest and death in one's
// thoughts are passive ideation, urgent (UR-MH-02), the plan question
// next; «ما عمري غادي ندير شي حاجة لراسي» (I will never do anything to
// myself) denies a plan, and «وولا» (and it became) is no "nor".
// h78-018 was asked about thoughts of ending her life and went to the
// emergency number.
func TestPassiveDeathWishInTheMaghreb(t *testing.T) {
	e := mustLoad(t)
	texts := []string{
		"من شي شهرين وانا مقنطة، ما بقيتش كنعس، وولا كيجيني فبالي نموت ونرتاح. ما عمري غادي ندير شي حاجة لراسي",
		"ساعات نقول نموت ونرتاح من هاد الدنيا، بصح ما عنديش نية ندير حاجة",
		"ولات الدنيا ضيقة عليا وكنفكر فالموت بزاف",
		"توا ديما نخمم في الموت، ما عندي حتى خطة",
	}
	amberOf(t, e, "UR-MH-02", true, Facts{AgeYears: 35}, texts...)
	classifiedAs(t, e, false, Facts{AgeYears: 35}, texts...)
	classifiedAs(t, e, true, Facts{AgeYears: 24}, "لميت الكاشيات متاع امي الكل عندي في البيت، الليلة نحب نرتاح من كل شي")
	for _, text := range []string{"كنت غادي نموت من الضحك", "كنت غادي نموت من الوجع ودابا ارتحت"} {
		if present(t, e, text, "passive_suicidal") {
			t.Errorf("%q: read as a wish to die", text)
		}
	}
	if present(t, e, "ما عمري غادي ندير شي حاجة لراسي", "suicide_intent_word") {
		t.Error("«ما عمري غادي» does not deny the intent")
	}
	if !present(t, e, "ما بقيتش كناكل، وولا كيجيني الصداع كل نهار", "headache") {
		t.Error("«وولا» read as a negation")
	}
	if !present(t, e, "ما عمري جاني صداع بحال هادا، فجأة", "worst_headache_word") {
		t.Error("«ما عمري جاني» no longer the worst headache")
	}
}

// TestWeatherHotIsNoFever: the day's heat in the Maghreb's words («الجو
// سخون», «الحال سخون», «الدنيا سخونة») is not the body's: h78-036, a
// nosebleed that had stopped, was asked about malaria.
func TestWeatherHotIsNoFever(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"الجو سخون بزاف هاد الايام", "الحال سخون اليوم وخرج ليا الدم من نيفي", "الدنيا سخونة برشا توا",
		"الطقس سخن بزاف عندنا",
	} {
		if present(t, e, text, "fever") || present(t, e, text, "body_hot") {
			t.Errorf("%q: the weather read as a fever", text)
		}
	}
	for _, text := range []string{"ولدي سخون بزاف وما بغاش ياكل", "عندو السخانة من البارح", "جسمو سخون بزاف"} {
		if !present(t, e, text, "fever") && !present(t, e, text, "body_hot") {
			t.Errorf("%q: the fever not read", text)
		}
	}
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 31},
		"البارح فالليل خرج ليا الدم من نيفي شي 10 دقايق، شديتو ووقف. دابا لاباس. الجو سخون بزاف هاد الايام")
}

// TestSugarInGramsToldByItsMeasuring: a reading with its decimals told by
// its measuring, the sugar named further back («عندي السكر ... قست لقيتو
// 3.6»), is a Maghreb meter's g/L: 3.6 g/L is very high, a same-day review
// (UR-DIAB-01; NICE NG28). h78-023 was routine.
func TestSugarInGramsToldByItsMeasuring(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-DIAB-01", true, Facts{AgeYears: 60},
		"عندي السكر type 2، البارح قست لقيتو 3.6 واليوم الصباح 3.2. نشرب برشا",
		"عندي le sucre من عشر سنين، الصباح قستو لقيتو 3.4",
		"عندي السكر، دابا قست لقيتو 3.1 وكنبول بزاف",
	)
	amberOf(t, e, "UR-DIAB-01", false, Facts{AgeYears: 60},
		"عندي السكر، قست الصباح لقيتو 1.2 الحمد لله",
		"عندي السكر وقست الحرارة لقيتها 38.5",
	)
}

// TestHeadKillingAndNotTheFirstTime: the head "killing" one is a headache
// (English "my head is killing me"); "not the first time" («ماشي اول
// مرة») is the opposite of a first, worst headache; coffee not drunk is no
// fluid refused. h78-039, a familiar tension headache, read nothing, then
// a thunderclap.
func TestHeadKillingAndNotTheFirstTime(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{"راسي قاتلني من الصباح", "الراس قتلني اليوم", "قاتلني راسي", "راسها قاتلاها من البارح"} {
		if !present(t, e, text, "headache") {
			t.Errorf("%q: no headache", text)
		}
	}
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 40},
		"راسي قاتلني من الصباح، حيت ما نعستش مزيان البارح وما شربتش القهوة ديالي اليوم. بحال شي حزام مزير على راسي. ماشي اول مرة",
	)
	classifiedAs(t, e, false, Facts{AgeYears: 40},
		"عندي صداع، ماشي اول مرة",
		"وجع راس موش اول مرة، كيف العادة",
		"headache again, not the first time",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 45},
		"جاني صداع فجأة عمري ما حسيت بحالو",
		"first time ever a headache like this, worst of my life",
	)
	if present(t, e, "ما شربتش القهوة ديالي اليوم", "not_drinking") {
		t.Error("coffee not drunk read as not drinking")
	}
	if !present(t, e, "ولدي ما شربش الما من الصباح", "not_drinking") {
		t.Error("not drinking water no longer read")
	}
}

// TestFearOfThePregnancyIsNoMood: the writer frightened by what she told
// («وراني خايفة», «خايفة على البيبي») or a parent's fright told by the
// other parent («امو خايفة») is no mood of the patient's: h78-019, spotting
// at 8 weeks, was asked about suicidal thoughts.
func TestFearOfThePregnancyIsNoMood(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"هادي اول grossesse نتاعي وراني خايفة. واش هذا عادي؟", "انا حاملة وخايفة على البيبي",
		"امو خايفة، نجم نخليه في الدار؟",
	} {
		if present(t, e, text, "mental_word") {
			t.Errorf("%q: read as the patient's mood", text)
		}
	}
	if !present(t, e, "راني ديما مقلقة وما نرقدش بالليل", "mental_word") {
		t.Error("a mood no longer read")
	}
}

// TestNowNothingEndsItInTunisAndAlgiers: «توا ما عندي شي», «ضرك ما عندي
// والو» (now I have nothing) end the episode told before, as «دابا ما
// عندي والو» does: h78-027, a chest pain three weeks ago checked at the
// emergency department, was asked if it spread to the arm.
func TestNowNothingEndsItInTunisAndAlgiers(t *testing.T) {
	e := mustLoad(t)
	for _, text := range []string{
		"جاني وجع في صدري البارح. توا ما عندي شي",
		"جاني وجع في صدري البارح فالليل. ضرك ما عندي والو",
		"البارح كان عندي وجع في صدري. دروك لاباس",
	} {
		if present(t, e, text, "chest_pain") || !e.lex.analyze(text).past[e.lex.index["chest_pain"]] {
			t.Errorf("%q: chest pain now", text)
		}
	}
	classifiedAs(t, e, true, Facts{AgeYears: 55}, "عندي وجع في صدري وكيمشي لذراعي، توا زاد")
}

// TestDiabetesAndAFootWoundToldApart: the diabetes told in one sentence
// and a red or swollen foot wound in the next are an active diabetic foot
// problem, seen the same day (UR-DIAB-04, NICE NG19 1.3.5); «le sucre» is
// the diabetes as the Maghreb writes it. h78-016 was urgent only through
// a warmth read as a fever.
func TestDiabetesAndAFootWoundToldApart(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-DIAB-04", true, Facts{AgeYears: 55},
		"عندي le sucre من 10 سنين. جرحت رجلي بالصباط الجديد الاسبوع لي فات، ضرك الجرح راه حمر",
		"عندي السكر. الجرح لي فرجلي ما بغاش يبرا ومنفوخ",
		"انا عندي السكري. عندي جرح في ساقي وولى حمر",
		"I have diabetes for years. My foot has a wound since last week and it is red",
	)
	amberOf(t, e, "UR-DIAB-04", false, Facts{AgeYears: 55},
		"عندي السكر. جرحت صبعي بالموس وهو نقي",
		"عندي le sucre. رجلي كتضرني ملي كنمشي بزاف",
		"my son cut his knee, it is a bit red, he is not diabetic",
	)
	for _, text := range []string{"عندي le sucre من 10 سنين", "diabete depuis 5 ans"} {
		if !present(t, e, text, "diabetes_word") {
			t.Errorf("%q: no diabetes", text)
		}
	}
}
