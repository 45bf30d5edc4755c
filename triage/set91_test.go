package triage

import (
	"slices"
	"testing"
)

// TestGodShouldTakeMeIsAPassiveWish: a wish that God would take one, as
// second-language writers put it (South Asian, Nigerian, Filipino
// English: "god should take me also", "I wish God will just take me",
// "why God is not taking me", "no use living"), with no plan, is a
// passive wish to be dead: UR-MH-02's same-day assessment, then the plan
// question, not the emergency a "yes" to suicidal thoughts gave (h91-007;
// C-SSRS passive ideation, NICE NG225). God taking one somewhere is a
// journey.
func TestGodShouldTakeMeIsAPassiveWish(t *testing.T) {
	e := mustLoad(t)
	f := Facts{Lang: "en", AgeYears: 67, Sex: "f"}
	amberOf(t, e, "UR-MH-02", true, f,
		"since my husband expired last year i am not feeling good. sometimes i feel god should take me also, what is there for me. but i will not do anything",
		"Doctor I am tired, I wish God will just take me, no I have no plan",
		"my mother keeps saying god should take her, she is not eating",
		"every night i am praying god to take me, i feel no use living",
		"why god is not taking me, i am only burden now",
		"God should just take my life, nothing is going well",
	)
	fa := Facts{Lang: "ar", AgeYears: 67, Sex: "f"}
	amberOf(t, e, "UR-MH-02", true, fa,
		"من وفاة زوجي ما لي نفس لشي، اقول يا رب خد امانتك، بس ما راح اسوي شي", // Levantine / Gulf
		"ربنا ياخدني وارتاح، مفيش حاجة ليا",                                   // Egyptian
		"ياريت كون ربي يديني ونرتاح",                                          // Maghrebi
	)
	amberOf(t, e, "UR-MH-02", false, f,
		"I pray god should take me to umrah this year, I have knee pain",
		"I hope god will just take me to see my son in Lagos, my BP is fine",
	)
}

// TestNowHeIsOkEndsTheChestPainOfDaysBack: an ending told of him or her
// ("right now he is ok"), and the days counted back ("4 days ago", South
// Asian "3 days back"), put a chest tightness on the stairs days back past
// the hours of the emergency: an urgent chest complaint, not RF-CHEST-02
// (h91-017; NICE CG95 1.1.2.1). Told with no day back, it is recent and
// stays the emergency; the ending does not end an overdose.
func TestNowHeIsOkEndsTheChestPainOfDaysBack(t *testing.T) {
	e := mustLoad(t)
	f := Facts{Lang: "en", AgeYears: 58, Sex: "m"}
	urgencyIs(t, e, Urgent, "", f,
		"My husband is 58, for about two weeks when he climbs the stairs he feels tight in his chest and has to stop, after some minutes it goes. Right now he is ok, the last time was 4 days ago.",
		"my father gets heaviness in chest when walking fast, now he is fine, last time was 3 days back",
		"my tatay had chest tightness when he climb the stairs, now he ok naman, last time 2 days ago",
		"my mum gets tight chest on the stairs, now she is okay, last one was 2 days back",
	)
	classifiedAs(t, e, true, f,
		"my husband has tight chest since 20 minutes, now he is ok",
		"my father had chest heaviness one hour ago, now he is fine",
		"my son took 20 of my sleeping pills, now he is ok",
	)
	classifiedAs(t, e, true, Facts{Lang: "ar", AgeYears: 58, Sex: "m"},
		"ابوي حس بضيق في صدره من نص ساعة، الحين زين",
	)
}

// TestAHighSugarPastItsCommaIsRead: a high reading told in the sugar's
// sentence past a comma or a duration ("my sugar is high since 3 days,
// 300 to 350", h91-038) is a sugar, very high at 300 and over (UR-DIAB-01,
// NHS: High blood sugar); a dose named before the number is not.
func TestAHighSugarPastItsCommaIsRead(t *testing.T) {
	e := mustLoad(t)
	f := Facts{Lang: "en", AgeYears: 50, Sex: "f"}
	amberOf(t, e, "UR-DIAB-01", true, f,
		"i am diabetic on insulin, my sugar is high since 3 days, 300 to 350 even i take my dose",
		"sugar is high since 2 weeks, after food 320",
		"my mother sugar is not coming down, since yesterday, 410 in the evening",
	)
	amberOf(t, e, "UR-DIAB-01", true, Facts{Lang: "ar", AgeYears: 50, Sex: "f"},
		"عندي سكر وآخذ انسولين، السكر عالي من ٣ ايام، ٣٠٠ و٣٥٠ مع اني آخذ الجرعة", // Gulf
		"عندي السكر، السكر طالع من يومين، 320 الصبح",                              // Levantine / Egyptian
	)
	amberOf(t, e, "UR-DIAB-01", false, f,
		"my sugar is high, taking metformin 500 twice",
		"my sugar is high, on insulin 300 units a month supply needed",
	)
}

// TestSleepLostToNumbOrBurningFeetIsNotTheMood: sleep lost in a sentence
// that names numb or burning feet is the feet's (a diabetic neuropathy:
// NICE CG173), not a mood complaint asked about suicidal thoughts, whose
// "not sure" was the emergency number (h91-027, strict).
func TestSleepLostToNumbOrBurningFeetIsNotTheMood(t *testing.T) {
	e := mustLoad(t)
	f := Facts{Lang: "en", AgeYears: 63, Sex: "f"}
	for _, text := range []string{
		"my mother 63 is diabetic, both her feet feel numb and like burning at night since months, she cant sleep well",
		"my feet are burning at night, i cannot sleep, i am sugar patient",
	} {
		if d := e.Classify(text, f); d.Specialty == "psychiatry" || d.Pathway == "mental" {
			t.Errorf("%q: %s %s %s", text, d.Urgency, d.Specialty, d.Pathway)
		}
	}
	fa := Facts{Lang: "ar", AgeYears: 63, Sex: "f"}
	for _, text := range []string{
		"امي عندها سكر، رجليها تنمل وتحرقها بالليل وما تقدر تنام",
		"ماما عندها السكر ورجليها منملين وبيحرقوها بالليل ومش قادرة تنام",
	} {
		if d := e.Classify(text, fa); d.Specialty == "psychiatry" || d.Pathway == "mental" {
			t.Errorf("%q: %s %s %s", text, d.Urgency, d.Specialty, d.Pathway)
		}
	}
	// the mood's own words still read
	urgencyIs(t, e, Routine, "psychiatry", f, "I feel sad all the time and cant sleep, no interest in anything")
}

// TestThreadwormsAreForThePharmacy: worms seen in a child's stool or potty,
// an itchy bottom at night, are threadworms: mebendazole from the pharmacy
// and hygiene (NICE CKS Threadworm), self-care; nothing was recognised and
// it was routine (h91-012).
func TestThreadwormsAreForThePharmacy(t *testing.T) {
	e := mustLoad(t)
	f := Facts{Lang: "en", AgeYears: 6, Sex: "m"}
	urgencyIs(t, e, SelfCare, "pediatrics", f,
		"my son 6 year old is scratching his bottom in night, i saw small white worms in his potty. what medicine to give?",
		"my daughter has pinworms, itchy bum at night",
		"I think my boy has worms, I saw them in his poo",
	)
	fa := Facts{Lang: "ar", AgeYears: 6, Sex: "m"}
	urgencyIs(t, e, SelfCare, "pediatrics", fa,
		"ابني عنده دود في البراز وبيهرش بالليل", // Egyptian
		"ابني فيه حراقص",                   // Levantine
		"ولدي عنده ديدان، شفتها في الحمام", // Gulf
	)
	// worms with blood or severe pain are not the pharmacy's
	classifiedAs(t, e, false, f, "my son has worms and belly pain")
	if d := e.Classify("my son has worms and blood in his poo", f); d.Urgency == SelfCare {
		t.Errorf("worms with blood: %s", d.Urgency)
	}
}

// TestAChildsAsthmaIsNotAskedAHeartAttacksChestPain: the breathing
// family's chest pain question (RF-CHEST-01, a heart attack's signs in
// adults, NICE CG95) is asked from 16; a child with asthma is asked the
// child's breathing emergencies, and "not sure" of a chest pain no longer
// sends h91-032 to the emergency number. An adult is still asked, and a
// child's chest pain told in words still fires.
func TestAChildsAsthmaIsNotAskedAHeartAttacksChestPain(t *testing.T) {
	e := mustLoad(t)
	for _, c := range []struct {
		text string
		f    Facts
	}{
		{"Hi doctor, my son 5 years has asthma. Since last night coughing a lot, using blue inhaler every 4 hour, still can talk and play", Facts{Lang: "en", AgeYears: 5, Sex: "m"}},
		{"my 12 yr old has asthma and a cold, wheezier the last 2 days, blue inhaler every 4 hours", Facts{Lang: "en", AgeYears: 12, Sex: "f"}},
		{"بنتي عمرها ٧ سنين عندها ربو، من مبارح عم تكح وتصفر بالليل، بتاخد البخاخ الازرق", Facts{Lang: "ar", AgeYears: 7, Sex: "f"}},
		{"bnti 9 sneen 3indaha rabo, alyoom saar 3indaha kat-ha w dheeq nafas shwey", Facts{Lang: "ar", AgeYears: 9, Sex: "f"}},
	} {
		if asked := askedOf(e, c.text, c.f); slices.Contains(asked, "breath_chest_pain") {
			t.Errorf("%q: asked %v", c.text, asked)
		}
	}
	adult := "I have asthma, coughing since 2 days and more breathless, using blue inhaler every 4 hours"
	if asked := askedOf(e, adult, Facts{Lang: "en", AgeYears: 40, Sex: "m"}); !slices.Contains(asked, "breath_chest_pain") {
		t.Errorf("%q: asked %v; an adult is still asked", adult, asked)
	}
	classifiedAs(t, e, true, Facts{Lang: "en", AgeYears: 10, Sex: "m"}, "my son 10 has asthma, he is breathless and has chest pain now")
}
