package triage

import (
	"testing"
)

// Training set 110 (seventeenth session): pilgrims at Hajj and Umrah, at
// Mina, Arafat, Muzdalifah, the Haram and their hotels, half in
// second-language English and half in Arabic. The tests below hold the
// families its first run showed, in several dialects and spellings.

// TestALowerRightToothIsNoBelly: the lower right of a tooth, the jaw, an
// ear or an eye is that part's, not the lower right belly of an
// appendicitis: «ضرسي اللي تحت يمين يعورني» (h110-002) was UR-ABD-01 and
// gastroenterology. The belly's lower right stays the belly's.
func TestALowerRightToothIsNoBelly(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "dentistry", Facts{AgeYears: 41},
		"السلام عليكم، ضرسي اللي تحت يمين يعورني من يومين خاصة مع الماي البارد. ما فيه ورم ولا حرارة",
		"ضرسي اللي يمين تحت يوجعني من امبارح",
		"الضرس اللي تحت يمين بيوجعني لما اشرب حاجه ساقعه",
		"my lower right molar hurts with cold water since 2 days, no swelling",
	)
	for _, text := range []string{
		"ضرسي اللي تحت يمين يعورني",
		"my tooth lower right is aching",
		"عيني اليمين تحت الجفن فيها حبه",
	} {
		if present(t, e, text, "lower_right_belly") {
			t.Errorf("%q: read as the lower right belly", text)
		}
	}
	for _, text := range []string{
		"وجع في بطني تحت يمين من الصبح",
		"pain in my lower right tummy since this morning",
	} {
		if !present(t, e, text, "lower_right_belly") {
			t.Errorf("%q: the lower right belly not read", text)
		}
	}
}

// TestAFathersDiabeticFootToldApart: a relative's diabetes told in its own
// sentence, then his foot's wound in the next ("my father ... have diabetes
// since long time. ... he got blister on bottom of his foot, now the skin
// open like small wound and little red around", h110-005), is his diabetic
// foot: the GP the same day (UR-DIAB-06; NICE NG19 1.3.5), not an injury for
// orthopaedics. A relative's diabetes beside the writer's own foot is not.
func TestAFathersDiabeticFootToldApart(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-DIAB-06", true, Facts{},
		"Doctor, my father 63 years have diabetes since long time. From walking tawaf and sai without shoes he got blister on bottom of his foot, now the skin open like small wound and little red around. he say not so pain because his feet always numb. no fever.",
		"my mother has diabetes. she has a wound on her foot from walking barefoot, it is red and not healing",
		"ابوي عنده سكر من زمان. طلع له جرح في رجله من المشي حافي وصار محمر",
	)
	amberOf(t, e, "UR-DIAB-06", false, Facts{},
		"my mother is diabetic. I have a blister on my heel from walking, it is red",
		"my father has diabetes. I got a wound on my foot, it is red",
	)
	urgencyIs(t, e, Urgent, "general_practice", Facts{},
		"my father 63 years have diabetes since long time. he got blister on bottom of his foot, now the skin open like small wound and little red around",
	)
}

// TestACrowdsShoveIsNoHeatCollapse: a fall the crowd's shoving brought
// («دفاش», «التدافع», "people were pushing") is a fall, not a collapse in
// the heat: «عند الجمرات صار دفاش وطحت والتوى كاحلي» (h110-011) was sent to
// the emergency number as a heat stroke. A fall with no cause told in the
// heat, or confusion after one, is still RF-HEAT-01.
func TestACrowdsShoveIsNoHeatCollapse(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-HEAT-01", false, Facts{},
		"عند الجمرات صار دفاش وطحت والتوى كاحلي اليسار. متورم وازرق شوي وما اقدر ادوس عليه ابد",
		"at jamarat people were pushing and i fell, my ankle is swollen",
		"في التدافع عند الجمرات طحت على ركبتي",
		"at the tawaf i got shoved and fell on my knee, it hurts",
		"i was knocked over in the crowd at mina and hurt my wrist",
	)
	redFlagIs(t, e, "RF-HEAT-01", true, Facts{},
		"ابوي طاح عند الجمرات",
		"my mother collapsed in the sun at arafat and is confused",
		"صار دفاش عند الجمرات وابوي طاح وصار يخربط في الكلام",
	)
}

// TestALegThatBearsNoWeightIsAnXRay: an injured leg that cannot bear
// weight is an X-ray the same day (UR-INJ-03; Ottawa ankle and knee rules),
// however mildly the rest is told: "a bit blue" beside «ما اقدر ادوس عليه
// ابد» (h110-011) made UR-INJ-01's swelling mild and the sprain self-care.
// Walking on it still rules it out.
func TestALegThatBearsNoWeightIsAnXRay(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-INJ-03", true, Facts{},
		"والتوى كاحلي اليسار. متورم وازرق شوي وما اقدر ادوس عليه ابد",
		"twisted my ankle, a little swollen but I cant put weight on it at all",
		"رجلي اتلوت وورمت شويه ومش قادر ادوس عليها",
		"التوى كاحلي شوي وما فيني دوس عليه",
	)
	amberOf(t, e, "UR-INJ-03", false, Facts{},
		"twisted my ankle, a bit swollen, I can walk on it fine",
		"my grandmother is weak and cant walk since the flu",
	)
}

// TestWeeksBackIsAgo: "3 weeks back", "2 days back" is "ago" in South Asian
// and West African English, not the back a chest pain spreads to: "3 weeks
// back I had chest pain one time ... ECG and blood test all normal ...
// Since then no pain at all" (h110-012) was RF-CHEST-01. A pain going to
// the back is still one.
func TestWeeksBackIsAgo(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Routine, "cardiology", Facts{AgeYears: 52},
		"Before coming to umrah, 3 weeks back I had chest pain one time, went to hospital in Lahore, ECG and blood test all normal, doctor said gastric. Since then no pain at all. Now we are in Makkah, is it safe for me to do tawaf and sai?",
		"3 weeks back I had chest pain one time, ECG normal, since then no pain",
		"2 weeks back I had chest pain, checked, all normal, since then fine",
	)
	redFlagIs(t, e, "RF-CHEST-01", true, Facts{AgeYears: 52},
		"chest pain since 2 days, pain goes to the back",
		"2 days back I have chest pain going to my back",
		"my chest hurts and the pain goes through to my back",
	)
}

// TestNoPainSinceThen: "since then no pain", "since then fine" told first,
// as second-language writers and the Arabic tell it, ends a pain weeks back
// as "no pain since" does, so "not sure" of its spreading is not asked of a
// pain long over (h110-012). A pain back again is now.
func TestNoPainSinceThen(t *testing.T) {
	e := mustLoad(t)
	askedOrNot(t, e, "chest_heavy", false, Facts{AgeYears: 52},
		"Before coming to umrah, 3 weeks back I had chest pain one time, went to hospital in Lahore, ECG and blood test all normal, doctor said gastric. Since then no pain at all.",
		"I had chest pain 3 weeks ago, checked at the hospital. since then fine",
	)
	classifiedAs(t, e, true, Facts{AgeYears: 52},
		"I had chest pain 3 weeks ago. since then no pain but today it came back with sweating",
		"2 hours ago I had chest pain, since then no pain",
	)
}

// TestInsulinFinishedIsInsulinMissing: insulin that "finish yesterday", "don
// finish" (second-language and Nigerian English) has run out: UR-DIAB-03, a
// supply the same day (NICE NG17 1.8). h110-015 (type 1, sugar 290, the bag
// lost at Jeddah) was a routine diabetes visit. Finishing the Umrah is no
// medicine.
func TestInsulinFinishedIsInsulinMissing(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-DIAB-03", true, Facts{},
		"Doctor abeg, my husband is type 1 diabetic, his insulin finish yesterday because one of our bag got lost in Jeddah airport. His sugar this morning 290.",
		"my insulin don finish since 2 days",
		"my lantus finish already and we are in madinah",
		"his insulin all finish, we are at mina",
	)
	amberOf(t, e, "UR-DIAB-03", false, Facts{},
		"i will finish my umrah and then take insulin",
		"I am on insulin, I finish my tawaf and sugar was 140",
	)
}

// TestAKnownStoneToldAsADiagnosis: a stone in the kidney one has, told as
// a diagnosis («انا عندي حصوة في الكلية متشخصة من سنة»), is a known stone,
// its year its own and not a loin pain's; its colic back without a fever
// is urgent (the policy's settled note; NICE CKS Renal colic). The walk
// "a lot" and the water drunk "not enough" before it are no severity and no
// fluids refused: h110-018 was RF-URO-02, then RF-URO-03. A fever with it
// is still the emergency.
func TestAKnownStoneToldAsADiagnosis(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, Urgent, "urology", Facts{AgeYears: 44},
		"انا عندي حصوة في الكلية متشخصة من سنة. من امبارح الوجع رجعلي في جنبي الشمال بعد ما مشينا كتير ومشربتش ميه كفاية. خدت مسكن وهدي شوية. مفيش سخونية ولا ترجيع.",
		"عندي حصوة في الكلية من سنتين والوجع رجع في جنبي اليمين، ما فيه حرارة",
		"I have a kidney stone since last year, the pain is back in my left side, no fever",
	)
	redFlagIs(t, e, "RF-URO-03", true, Facts{AgeYears: 44},
		"عندي حصوة في الكلية من سنتين، ودلوقتي وجع جامد في جنبي ومسخن ورعشة",
		"I have a kidney stone, now bad pain in my side with fever and shivering",
	)
	for _, text := range []string{
		"بعد ما مشينا كتير ومشربتش ميه كفاية",
		"we walked so much and i didnt drink enough water",
	} {
		if present(t, e, text, "not_drinking") {
			t.Errorf("%q: read as not drinking", text)
		}
		if present(t, e, text, "severe") {
			t.Errorf("%q: read as severe", text)
		}
	}
	for _, text := range []string{"ابني مش بيشرب خالص من امبارح", "she cant keep water down"} {
		if !present(t, e, text, "not_drinking") {
			t.Errorf("%q: not drinking not read", text)
		}
	}
}

// TestWalkingTooMuchIsNoSeverity: "because too much walking", told as the
// guessed cause of an early spotting (h110-021), is the walk's amount, no
// severe bleeding (RF-PREG-05); the pain and faintness are asked
// (preg_pain), and told they are still the emergency.
func TestWalkingTooMuchIsNoSeverity(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-PREG-05", false, Facts{},
		"I just found I am pregnant about 7 weeks. Today after sa'ie got a bit of spotting, brownish. Is it normal because too much walking?",
		"8 weeks pregnant, little spotting, maybe from too much walking in the haram",
	)
	redFlagIs(t, e, "RF-PREG-05", true, Facts{},
		"8 weeks pregnant, some spotting and I feel faint",
		"7 weeks pregnant, spotting and very bad pain, too much walking today",
	)
	playedTo(t, e, Emergency, Facts{}, []string{"belly_pain", "faint_now", "pain_lower_right_belly"},
		"Salam doctor, I am doing umrah with my husband, I just found I am pregnant about 7 weeks. Today after sa'ie got a bit of spotting, brownish. Is it normal because too much walking? should I stop the umrah?",
	)
}

// TestABlisterThatBrokeOpen: a blister "one already broke", "one of them is
// broken", "broke open" is burst, no broken bone (NHS: Blisters): h110-024
// was an injury for orthopaedics, and strict the emergency number. A bone
// broken is still a fracture.
func TestABlisterThatBrokeOpen(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "", Facts{AgeYears: 27},
		"I am 27, no diabetes, from walking so much between Masjidil Haram and hotel I got 2 blister on heel, one already broke. not red, not pus, only pain when walking with sandal.",
		"got blisters on both feet from the walking, one of them is broken, not red",
		"a blister on my toe from the new sandals broke open, no redness",
	)
	amberOf(t, e, "UR-INJ-01", true, Facts{},
		"fell and my wrist is broken, swollen",
		"i think my ankle is broken, swollen and cant walk",
	)
}

// TestADialysisAppointmentMissed: the session told as an appointment
// («موعد», «الميعاد», "appointment", «روندفو»), dialysis named in the
// message, is a session missed: UR-KIDNEY-02 (h110-025, a car broken down
// at Umrah, a routine follow-up); with breathlessness RF-KIDNEY-01. An
// appointment to come is not missed.
func TestADialysisAppointmentMissed(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-KIDNEY-02", true, Facts{},
		"السلام عليكم، بابا عندو 66 سنة يدير الدياليز 3 مرات فالسمانة. جينا للعمرة وكان عندو موعد اليوم فالسبيطار بمكة بصح الكار تعطل وفاتو الموعد. راهو لاباس، ماعندوش ضيق فالنفس.",
		"my dad is on dialysis, the bus was late and he missed his appointment today",
		"ماما بتغسل كلى وفاتها الميعاد النهارده",
		"امي على الغسيل الكلوي وما راحت الموعد اليوم",
	)
	redFlagIs(t, e, "RF-KIDNEY-01", true, Facts{},
		"امي على غسيل الكلى وفاتها الموعد امس ونفسها ضيق",
	)
	amberOf(t, e, "UR-KIDNEY-02", false, Facts{},
		"I am on dialysis, I have an appointment tomorrow",
		"بابا يدير الدياليز وعندو موعد غدوة",
	)
}

// TestHeatExhaustionOverSixSentences: a pilgrim's heat exhaustion told with
// a greeting, the heat, the signs, the first aid "but still dizzy", and how
// he is now (h110-033) has six sentences, "but" beginning one: the heat,
// the signs and the cooling are read across them, and still unwell after
// the cooling is UR-HEAT-03's same-day visit (NHS: Heat exhaustion), not a
// vomiting for gastroenterology.
func TestHeatExhaustionOverSixSentences(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-HEAT-03", true, Facts{},
		"salam, i am 45. today stay long time in sun at mina to do rami. got bad headache, vomited 2 times, very weak. i rest in the AC tent 2 hour and drink water but still dizzy and headache not going. i can talk normal, still sweating.",
		"hello, i am 50. was in the sun at arafat all afternoon. headache and dizzy, vomited once. sat in the AC tent and drank water but still dizzy and weak. i can walk ok.",
	)
	urgencyIs(t, e, Urgent, "general_practice", Facts{},
		"salam, i am 45. today stay long time in sun at mina to do rami. got bad headache, vomited 2 times, very weak. i rest in the AC tent 2 hour and drink water but still dizzy and headache not going. i can talk normal, still sweating.",
	)
}

// TestASoreThroatAfterTheJourney: a sore throat told after coming back from
// Umrah, no fever, is the throat's (ENT self-care; NICE NG84), as a cold or
// a cough after a journey is; h110-034 was a routine visit for infectious
// diseases. A fever after travel from a malaria area is still RF-TRAVEL-01.
func TestASoreThroatAfterTheJourney(t *testing.T) {
	e := mustLoad(t)
	urgencyIs(t, e, SelfCare, "ent", Facts{AgeYears: 26},
		"عسلامة، رجعت من العمرة من يومين وعندي وجيعة خفيفة في القرجومة، نبلع عادي وما عنديش سخانة.",
		"came back from umrah 2 days ago, mild sore throat, no fever, swallowing ok",
		"رجعت من الحج وحلقي يوجعني شوي، ما فيه حرارة",
	)
	redFlagIs(t, e, "RF-TRAVEL-01", true, Facts{},
		"came back from nigeria 3 days ago, sore throat and fever 39",
	)
}

// TestARashTheHeatBroughtOn: a rash or an itch the heat and the sweat
// brought on («حبوب الحر», "prickly heat", "heat rash", a groin rash
// "started in Makkah with the heat and sweating", h110-040) is the skin's
// (NHS: Heat rash; NICE CKS Fungal skin infection), not heat exhaustion's
// same-day visit. Sweating with dizziness or a headache in the heat is
// still heat exhaustion.
func TestARashTheHeatBroughtOn(t *testing.T) {
	e := mustLoad(t)
	amberOf(t, e, "UR-HEAT-01", false, Facts{},
		"Hello doctor, 2 weeks I have red itchy rash in groin and under arms, started in Makkah with the heat and sweating. I used powder but not better. No fever.",
		"I have heat rash on my back and neck, itchy",
		"prickly heat on my chest from sweating in the heat at mina",
		"عندي حبوب الحر على ظهري من العرق في منى",
		"حكة تحت الابط من الحر والعرق بالحج",
	)
	urgencyIs(t, e, Routine, "dermatology", Facts{},
		"Hello doctor, 2 weeks I have red itchy rash in groin and under arms, started in Makkah with the heat and sweating. I used powder but not better. No fever. now I am back in Istanbul.",
	)
	amberOf(t, e, "UR-HEAT-01", true, Facts{},
		"dizzy, headache and heavy sweating after walking in the sun at mina",
		"sweating a lot in the sun at arafat and very tired",
		"الحاج دايخ وعرقان وتعبان بعد ما مشى في الشمس",
	)
}

// TestTrampledInTheCrowd: fallen and walked over by the crowd is trampling,
// a crush (RF-TRAUMA-03; ACS-COT field triage), however lightly the pain
// is told: «طحت ودازو عليا شي ناس. دابا ضلوعي كيضرو شوية» (h110-026) was
// found only by the safety screen's chest pain, and "I fell down and
// somebody stepped on me" (h81-002) by its breathlessness. The Maghreb's
// «دازو عليا» without a fall is "they came by".
func TestTrampledInTheCrowd(t *testing.T) {
	e := mustLoad(t)
	redFlagIs(t, e, "RF-TRAUMA-03", true, Facts{},
		"السلام، البارح فالطواف كان الزحام بزاف وطحت ودازو عليا شي ناس. دابا ضلوعي كيضرو شوية، واش نقدر نشرب دوليبران ونكمل؟",
		"I was inside the crowd at jamarat this morning and people pressed on us, I fell down and somebody stepped on me. Now my side is paining me",
		"fell in the crowd at mina and people walked over me, my ribs hurt",
		"ابوي طاح في الزحمه والناس مشوا فوقه",
		"اخوي انداس بالزحمة عند الجمرات وصدره يوجعه",
		"امي داسوها الناس في الطواف",
	)
	redFlagIs(t, e, "RF-TRAUMA-03", false, Facts{},
		"الضياف دازو عليا البارح وعندي صداع",
		"my colleague walked over to me and said I look pale",
	)
}
